"""Comparing figures by measure class and by sweep, not by all pairs.

All-pairs comparison inside a block of figures (same unit and outcome axis) is quadratic: 100
figures per measure over 10,000 measures is 50 million pairs. This module gives the same
answer as all pairs (:func:`~extract.consistency.measures.incomparable_reason`, then
:func:`~extract.consistency.compare.compare_pair`) by three reductions:

* **Measure classes.** Whether two figures measure the same thing depends on their measure
  (terms, concepts, threshold, time, topic, axis), unit, polarity and phrases, which a figure's
  *signature* holds, and on where they are relative to each other: other documents, one
  document in one section, one document in two sections, or one sentence (never comparable).
  Figures with one signature form a class; whether two classes are comparable is decided
  once per relation on two stand-ins (:func:`comparable_table`), not once per pair of figures,
  and each test of that decision once per pair of what it reads (:class:`Comparability`: the
  classes of one measure share their intervention and outcome, measures share populations
  and time frames), not once per pair of classes.
* **Candidate classes.** Two classes can only be comparable if they share an outcome term or
  an outcome concept (id, related id or ICD-10-CM code prefix), or one of them states no
  outcome terms; other class pairs are never looked at (:func:`candidate_keys`). The classes
  under each key are held as lists, not as pairs of classes (:class:`_Neighbours`): memory
  follows the classes, not the square of a block's classes.
* **Sweep.** Inside a comparable pair of classes, point estimates are sorted; a figure is only
  checked against the figures outside the window in which no rule can fire (two points within
  their tolerances, a bound's end within tolerance of a point, a point inside a range), found
  by bisection, so the work follows the number of disagreeing pairs, not all pairs.

**The bound.** When many figures of a measure disagree, the disagreeing pairs are themselves
quadratic (100 figures around 30% with five "up to 30%" and three outliers: several hundred
flags). A *group* here is a set of classes joined by comparable pairs (in practice one measure
with its populations, time frames and complements). A group reports every conflicting pair
while there are at most ``max(settings.max_pairwise_conflicts, figures in the group)`` of them
(45 by default: ten figures that all disagree are reported in full, as are the few figures of
any group in the project's corpora); above that, each figure is compared only with the group's
consensus (its median point estimate, complements turned round; a figure that cannot be
compared with it, with its own class's median) and the lowest figure with the highest, so a
group reports at most one conflict per figure. Complements that add up past 100% in one
document are always all reported. Coverage (``pairs_compared``, ``figures_compared``) counts
every comparable pair either way. A group's comparable class pairs are all found first; its
conflicts are then searched class pair after class pair only until there are more than its
bound, which sends it to the consensus; not at all when the pairs of point estimates further
apart than any of their tolerances, counted by bisection (:func:`sure_conflicts`), already
exceed the bound.

Figures come in as :class:`Figure` rows (no claim record) from a loader; the claims are loaded
only for the pairs that conflict. Pure functions; the callers (:func:`check_claims
<extract.consistency.check.check_claims>` in memory, :func:`check_file
<extract.consistency.files.check_file>` from a file) provide the loaders, and the candidate
groups one at a time (:func:`compare_groups`): :func:`class_groups` from classes in memory, the
file check from its database, the same groups in the same order.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple, Optional

from extract.consistency.compare import Finding, compare_pair, interval_conflict
from extract.consistency.intervals import ONE_SIDED, POINT_LIKE, Interval, complement_of, to_interval
from extract.consistency.measures import _ICD_CODE, NEGATION_TERM, complementary, incomparable_reason, role_reason, times_compatible
from extract.consistency.settings import CheckSettings
from extract.records.models import Measure, StatisticClaim

#: Relations of two figures that can be comparable (one sentence never is).
OTHER_DOC, SAME_SECTION, OTHER_SECTION = "other_doc", "same_section", "other_section"
RELATIONS = (OTHER_DOC, SAME_SECTION, OTHER_SECTION)
#: Tolerance of the sweep windows against floating-point rounding: pairs this close to a
#: window's edge are checked exactly rather than skipped.
_EPS = 1e-9


class Figure(NamedTuple):
    """A figure as the sweep reads it: input position, where it is, and its interval."""

    ordinal: int
    doc_id: str
    section: Optional[str]
    sentence: int
    interval: Interval


class _Unit(NamedTuple):
    unit: str


class ClassRep(NamedTuple):
    """What comparability reads of a figure besides where it is (duck-types a StatisticClaim)."""

    measure: Measure
    value: _Unit
    polarity: Optional[str]
    outcome: Optional[str]
    population: Optional[str]
    intervention: Optional[str]


class _Where(NamedTuple):
    section: Optional[str]
    sentence_index: int


class _StandIn(NamedTuple):
    """A class representative placed in a document, section and sentence (duck-types a
    StatisticClaim for :func:`~extract.consistency.measures.incomparable_reason`)."""

    rep: ClassRep
    doc_id: str
    evidence: _Where

    @property
    def measure(self) -> Measure:
        return self.rep.measure

    @property
    def value(self) -> _Unit:
        return self.rep.value

    @property
    def polarity(self) -> Optional[str]:
        return self.rep.polarity

    @property
    def outcome(self) -> Optional[str]:
        return self.rep.outcome

    @property
    def population(self) -> Optional[str]:
        return self.rep.population

    @property
    def intervention(self) -> Optional[str]:
        return self.rep.intervention


def figure(ordinal: int, claim: StatisticClaim, settings: CheckSettings) -> Figure:
    """The sweep's row of a claim (its interval as stated, never complemented)."""
    ev = claim.evidence
    return Figure(ordinal, claim.doc_id, ev.section, ev.sentence_index, to_interval(claim, settings.about_tolerance))


def class_rep(claim: StatisticClaim, measure: Optional[Measure] = None) -> ClassRep:
    """The class representative of a claim (with ``measure`` in place of its own, when given:
    a reader that reads the measure apart)."""
    m = claim.measure if measure is None else measure
    return ClassRep(m, _Unit(claim.value.unit), claim.polarity, claim.outcome, claim.population, claim.intervention)


def signature(claim: StatisticClaim) -> tuple:
    """Everything comparability reads of a figure except where it is, as one hashable tuple:
    unit, polarity, phrases, and the measure's terms, axis, threshold and concepts (not its key)."""
    return (claim.value.unit, claim.polarity, claim.outcome, claim.population, claim.intervention, *measure_signature(claim.measure))


def measure_signature(m: Measure) -> tuple:
    """What :func:`signature` reads of a measure: its terms, axis, threshold and concepts."""
    concepts = tuple(None if c is None else (c.id, tuple(c.related), c.name) for c in (m.outcome_concept, m.population_concept, m.intervention_concept))
    return (
        tuple(m.outcome_terms), tuple(m.population_terms), tuple(m.intervention_terms), m.axis, m.threshold,
        tuple(m.time_terms), tuple(m.topic_terms), concepts,
    )


def block_of(rep: ClassRep) -> tuple:
    """The block (see :func:`~extract.consistency.measures.block_key`) of a class."""
    return (rep.value.unit, rep.measure.axis)


def candidate_keys(rep: ClassRep, docs: Iterable[str], settings: CheckSettings, wild: bool = True) -> tuple[list[str], list[str]]:
    """Keys two comparable classes of one block share: ``(index, query)``. A class is indexed
    under every key of ``index`` and looks for the classes indexed under ``query``; two classes
    that can be comparable are found from one side at least.

    A key combines three necessary conditions. Outcome: a shared outcome term, or one concept
    (shared id or related id, or ICD-10-CM codes under one 3-character code); a class without
    outcome terms passes it with any class ("o:*"). Intervention: a shared intervention term or
    concept, or both without one (a figure "without X" meets those too). Place: a shared topic
    term (figures of two documents need ``min_topic_overlap`` of them) or a shared document.
    ``wild`` False: no class of the block is without outcome terms, so none queries the "o:*"
    keys, and a class with outcome terms is not indexed under them."""
    m = rep.measure
    outcome = ["o:" + t for t in m.outcome_terms] + _concept_keys("oc:", m.outcome_concept)
    intervention = ["i:" + t for t in m.intervention_terms] + _concept_keys("ic:", m.intervention_concept)
    if not m.intervention_terms or NEGATION_TERM in m.intervention_terms:
        intervention.append("i:-")
    if settings.min_topic_overlap <= 0:
        place = ["p:*"]
    else:
        place = ["t:" + t for t in m.topic_terms] + ["d:" + d for d in docs]
    combos = [f"{i}\x1f{p}" for i in dict.fromkeys(intervention) for p in dict.fromkeys(place)]
    if not m.outcome_terms:
        anything = [f"o:*\x1f{c}" for c in combos]
        return anything, anything
    own = [f"{o}\x1f{c}" for o in dict.fromkeys(outcome) for c in combos]
    return (own + [f"o:*\x1f{c}" for c in combos] if wild else own), own


def _concept_keys(prefix: str, concept: Any) -> list[str]:
    if concept is None:
        return []
    keys = []
    for code in (concept.id, *concept.related):
        keys.append(prefix + code)
        if _ICD_CODE.match(code):
            keys.append(prefix + "icd:" + code.replace(".", "")[:3])
    return keys


_PLACES = {
    OTHER_DOC: (("\x00doc1", "\x00s1", 0), ("\x00doc2", "\x00s1", 1)),
    SAME_SECTION: (("\x00doc1", "\x00s1", 0), ("\x00doc1", "\x00s1", 1)),
    OTHER_SECTION: (("\x00doc1", "\x00s1", 0), ("\x00doc1", "\x00s2", 1)),
}


def _stand_in(rep: ClassRep, place: tuple[str, str, int]) -> _StandIn:
    return _StandIn(rep, place[0], _Where(place[1], place[2]))


def comparable_table(a: ClassRep, b: ClassRep, settings: CheckSettings, relations: Iterable[str] = RELATIONS) -> dict[tuple[bool, str], bool]:
    """Whether a figure of class ``a`` and one of class ``b`` are comparable, by (whether the
    first of the two in input order is of ``a``, relation): ``incomparable_reason`` on stand-ins.

    Only ``relations`` are decided (the others are False: the caller knows no pair stands so).
    The order of the two figures matters only when one states an intervention and the other
    none (the outcome test then reads the first one's intervention: see ``outcome_compatible``);
    otherwise every test is symmetric and one order is asked."""
    table = dict.fromkeys(((first, rel) for first in (True, False) for rel in RELATIONS), False)
    ordered = bool(a.measure.intervention_terms) != bool(b.measure.intervention_terms)
    for rel in relations:
        p1, p2 = _PLACES[rel]
        table[(True, rel)] = incomparable_reason(_stand_in(a, p1), _stand_in(b, p2), settings) is None  # type: ignore[arg-type]
        if ordered:
            table[(False, rel)] = incomparable_reason(_stand_in(b, p1), _stand_in(a, p2), settings) is None  # type: ignore[arg-type]
        else:
            table[(False, rel)] = table[(True, rel)]
    return table


class Facets(NamedTuple):
    """What each test of :func:`~extract.consistency.measures.incomparable_reason` reads of a
    class, the phrases and terms of each role as ids (see :class:`Comparability`)."""

    intervention: int
    population: int
    outcome: int
    threshold: Optional[str]
    time: int
    topic: int
    axis: Optional[str]
    polarity: Optional[str]
    ordered: bool  # states intervention terms: the outcome test of two classes reads the first one's


def _concept_facet(concept: Any) -> Optional[tuple]:
    """What the concept tests read of a concept (:func:`~extract.consistency.measures.concept_relation`)."""
    return None if concept is None else (concept.id, tuple(concept.related), concept.name)


_ALL_FALSE = dict.fromkeys(((first, rel) for first in (True, False) for rel in RELATIONS), False)
_TABLE_KEYS = tuple(_ALL_FALSE)
#: The tables :meth:`Comparability.table` gives, one per distinct answer (at most 64), shared
#: by every pair of classes with that answer: read, never changed.
_TABLES: dict[tuple[bool, ...], dict[tuple[bool, str], bool]] = {}
#: Answers a :class:`Comparability` keeps per test, at most: a full cache is emptied (its answers
#: are worked out again if asked), so that its memory does not grow with the pairs of classes.
_PAIR_CACHE = 1 << 16


def _shared_table(values: tuple[bool, ...]) -> dict[tuple[bool, str], bool]:
    """The table of these values (in the order of ``_TABLE_KEYS``), shared."""
    found = _TABLES.get(values)
    if found is None:
        found = _TABLES[values] = dict(zip(_TABLE_KEYS, values))
    return found


def _remember(cache: dict, key: Any, value: Any) -> Any:
    """``cache[key] = value``, the cache emptied first when it holds :data:`_PAIR_CACHE` answers."""
    if len(cache) >= _PAIR_CACHE:
        cache.clear()
    cache[key] = value
    return value


_ROLE_ANSWERS = {(ok, widened): (ok, widened) for ok in (True, False) for widened in (True, False)}


class Comparability:
    """:func:`comparable_table` for the class pairs of one check, each test of
    ``incomparable_reason`` decided once per pair of what it reads, not once per pair of classes.

    The classes of one measure differ in their population, time frame or polarity and share
    the rest, and measures share populations and time frames: a role's test (``role_reason``
    on the intervention, the population or the outcome) is asked once per pair of that role's
    phrases, terms and concept (a population also per "same section or not"); time frames and
    topics once per pair of term lists. The answer is exactly :func:`comparable_table`'s (a
    test pins it on random classes); a test a pair has not met yet is decided on the stand-ins
    of the first classes that had those facets. Each test keeps at most :data:`_PAIR_CACHE`
    answers (emptied when full), and the tables are shared by value (:func:`_shared_table`):
    memory does not grow with the pairs of classes met."""

    def __init__(self, settings: CheckSettings) -> None:
        self.settings = settings
        self._ids: dict[tuple, int] = {}
        self._reps: list[ClassRep] = []  # by id: a class with that facet, to ask the test on
        self._values: list[Any] = []  # by id: the term lists of times and topics
        self._roles: dict[tuple[int, int, bool], tuple[bool, bool]] = {}
        self._times: dict[tuple[int, int], bool] = {}
        self._topics: dict[tuple[int, int], bool] = {}

    def forget(self, limit: int) -> None:
        """Forget every facet and answer when more than ``limit`` facets are held (between two
        groups: the facets given out before are not valid after)."""
        if len(self._ids) > limit:
            self._ids.clear()
            self._reps.clear()
            self._values.clear()
            self._roles.clear()
            self._times.clear()
            self._topics.clear()

    def _id(self, facet: tuple, rep: ClassRep, value: Any = None) -> int:
        found = self._ids.get(facet)
        if found is None:
            found = self._ids[facet] = len(self._reps)
            self._reps.append(rep)
            self._values.append(value)
        return found

    def facets(self, rep: ClassRep) -> Facets:
        """The facets of a class (once per class)."""
        m = rep.measure
        intervention = ("i", _concept_facet(m.intervention_concept), rep.intervention, tuple(m.intervention_terms))
        population = ("p", _concept_facet(m.population_concept), rep.population, rep.intervention, tuple(m.population_terms))
        outcome = (
            "o", _concept_facet(m.outcome_concept), rep.outcome, tuple(m.outcome_terms), rep.value.unit, m.axis,
            bool(m.intervention_terms),
        )
        time, topic = tuple(m.time_terms), frozenset(m.topic_terms)
        return Facets(
            self._id(intervention, rep), self._id(population, rep), self._id(outcome, rep), m.threshold,
            self._id(("t", time), rep, time), self._id(("s", topic), rep, topic), m.axis, rep.polarity,
            bool(m.intervention_terms),
        )

    def table(self, a: Facets, b: Facets, relations: Iterable[str] = RELATIONS) -> dict[tuple[bool, str], bool]:
        """:func:`comparable_table` of two classes, from their facets."""
        relations = tuple(relations)
        if relations == (OTHER_DOC,):  # two classes without a shared document (most pairs): written out
            across = self._across(a, b)
            back = self._across(b, a) if a.ordered != b.ordered else across
            return _shared_table((across, False, False, back, False, False))
        first = dict(zip(relations, self._comparable(a, b, relations)))
        second = dict(zip(relations, self._comparable(b, a, relations))) if a.ordered != b.ordered else first
        return _shared_table(tuple(first.get(rel, False) for rel in RELATIONS) + tuple(second.get(rel, False) for rel in RELATIONS))

    def _comparable(self, a: Facets, b: Facets, relations: tuple[str, ...]) -> list[bool]:
        """Whether a figure of ``a`` and a later one of ``b`` measure the same thing, by relation:
        incomparable_reason's tests in its order of reading them."""
        ok_i, wide_i = self._role("intervention", a.intervention, b.intervention, False)
        ok_o, wide_o = self._role("outcome", a.outcome, b.outcome, False)
        if not (ok_i and ok_o) or not self._time(a.time, b.time) or (a.axis is None and (a.polarity or b.polarity)):
            return [False] * len(relations)
        out = []
        for rel in relations:
            ok_p, wide_p = self._role("population", a.population, b.population, rel == SAME_SECTION)
            ha, hb = a.threshold, b.threshold
            if not ok_p or ha != hb and (ha and hb or wide_i or wide_p or wide_o):
                out.append(False)
            else:
                out.append(rel != OTHER_DOC or self._topic(a.topic, b.topic))
        return out

    def _across(self, a: Facets, b: Facets) -> bool:
        """``_comparable(a, b, (OTHER_DOC,))[0]``, written out."""
        ok_i, wide_i = self._role("intervention", a.intervention, b.intervention, False)
        ok_o, wide_o = self._role("outcome", a.outcome, b.outcome, False)
        if not (ok_i and ok_o) or not self._time(a.time, b.time) or (a.axis is None and (a.polarity or b.polarity)):
            return False
        ok_p, wide_p = self._role("population", a.population, b.population, False)
        ha, hb = a.threshold, b.threshold
        if not ok_p or ha != hb and (ha and hb or wide_i or wide_p or wide_o):
            return False
        return self._topic(a.topic, b.topic)

    def _role(self, role: str, a: int, b: int, same_section: bool) -> tuple[bool, bool]:
        key = (a, b, same_section)
        found = self._roles.get(key)
        if found is None:
            p1, p2 = _PLACES[SAME_SECTION if same_section else OTHER_DOC]
            reason, widened = role_reason(_stand_in(self._reps[a], p1), _stand_in(self._reps[b], p2), role, self.settings)  # type: ignore[arg-type]
            found = _remember(self._roles, key, _ROLE_ANSWERS[(reason is None, widened)])
        return found

    def _time(self, a: int, b: int) -> bool:
        found = self._times.get((a, b))
        if found is None:
            found = _remember(self._times, (a, b), times_compatible(self._values[a], self._values[b]))
        return found

    def _topic(self, a: int, b: int) -> bool:
        found = self._topics.get((a, b))
        if found is None:
            found = _remember(self._topics, (a, b), len(self._values[a] & self._values[b]) >= self.settings.min_topic_overlap)
        return found


def relation(f: Figure, g: Figure) -> Optional[str]:
    """How two figures stand to each other; None for one sentence (never comparable)."""
    if f.doc_id != g.doc_id:
        return OTHER_DOC
    if f.sentence == g.sentence:
        return None
    return SAME_SECTION if f.section == g.section else OTHER_SECTION


def by_doc(figures: Sequence[Figure]) -> dict[str, list[int]]:
    """Positions of a class's figures by document."""
    out: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        out[f.doc_id].append(i)
    return out


def _count_pairs(
    fa: Sequence[Figure],
    fb: Optional[Sequence[Figure]],
    table: Mapping[tuple[bool, str], bool],
    docs: Callable[[Sequence[Figure]], dict[str, list[int]]],
) -> tuple[int, list[bool], list[bool]]:
    """Comparable pairs of class ``a`` and class ``b`` (``fb`` None: ``a`` against itself), and
    whether each figure of ``a``, and of ``b``, is in one. ``docs``: :func:`by_doc`, cached by
    the caller. Figures in two documents are comparable by ``OTHER_DOC`` alone, counted by
    document sizes; only figures of a document both classes have are looked at one by one."""
    same = fb is None
    others: Sequence[Figure] = fa if fb is None else fb
    if any(table[(True, r)] != table[(False, r)] for r in RELATIONS):
        return _count_ordered(fa, others, same, table)
    across = table[(True, OTHER_DOC)]
    docs_a, docs_b = docs(fa), docs(others)
    flags_a = [across] * len(fa)
    flags_b = flags_a if same else [across] * len(others)
    pairs = len(fa) * len(others) if across else 0  # ordered pairs when same, itself included
    for doc, at_a in (docs_a.items() if len(docs_a) <= len(docs_b) else ((d, docs_a[d]) for d in docs_b if d in docs_a)):
        at_b = docs_b.get(doc)
        if at_b is None:
            continue
        if across:
            pairs -= len(at_a) * len(at_b)  # not across documents after all
            if len(at_b) == len(others):  # b is all in this document: a's figures here have no partner across
                for i in at_a:
                    flags_a[i] = False
            if len(at_a) == len(fa):
                for j in at_b:
                    flags_b[j] = False
        if same and len(at_a) == 1:  # a figure alone in its document: no pair inside it
            continue
        for i in at_a:
            f = fa[i]
            for j in at_b:
                g = others[j]
                if g is f:
                    continue
                rel = relation(f, g)
                if rel is not None and table[(True, rel)]:
                    pairs += 1
                    flags_a[i] = flags_b[j] = True
    if same:
        return pairs // 2, flags_a, flags_a
    return pairs, flags_a, flags_b


def _count_ordered(
    fa: Sequence[Figure], others: Sequence[Figure], same: bool, table: Mapping[tuple[bool, str], bool]
) -> tuple[int, list[bool], list[bool]]:
    """_count_pairs when comparability depends on which figure comes first (rare): pair by pair."""
    pairs, flags_a, flags_b = 0, [False] * len(fa), [False] * len(others)
    for i, f in enumerate(fa):
        for j, g in enumerate(others):
            rel = relation(f, g)
            if g is f or rel is None or not table[(f.ordinal < g.ordinal, rel)]:
                continue
            flags_a[i] = flags_b[j] = True
            if not same or f.ordinal < g.ordinal:
                pairs += 1
    return pairs, flags_a, (flags_a if same else flags_b)


def _scale(figures: Sequence[Figure], flip: bool) -> list[Interval]:
    return [complement_of(f.interval) for f in figures] if flip else [f.interval for f in figures]


def _kind(iv: Interval) -> str:
    """'point' (a point estimate with lower = upper = point), 'bound' (a one-sided bound whose
    end is its stated figure), 'range', or 'other' (checked against everything)."""
    if iv.qualifier in POINT_LIKE:
        ok = iv.point is not None and iv.lower == iv.point == iv.upper
        return "point" if ok else "other"
    if iv.qualifier in ONE_SIDED:
        return "bound" if iv.lower <= iv.upper and iv.point is not None else "other"
    return "range" if iv.lower <= iv.upper else "other"


class _Side(NamedTuple):
    figures: Sequence[Figure]
    intervals: list[Interval]
    kinds: list[str]
    points: list[float]  # sorted points of the point estimates
    point_index: list[int]  # their positions in figures
    tmin: float  # smallest tolerance of a point estimate
    tmax: float  # largest tolerance of a point estimate
    rest: list[int]  # positions of the figures that are not point estimates


def _side(figures: Sequence[Figure], flip: bool) -> _Side:
    ivs = _scale(figures, flip)
    pointed = [i for i, iv in enumerate(ivs) if iv.qualifier in POINT_LIKE and iv.point is not None and iv.lower == iv.point == iv.upper]
    order = sorted([(ivs[i].point, i) for i in pointed])  # type: ignore[type-var]
    if len(pointed) == len(ivs):  # only point estimates (most classes)
        kinds = ["point"] * len(ivs)
        rest: list[int] = []
        tolerances = [iv.tolerance for iv in ivs]
    else:
        kinds = [_kind(iv) for iv in ivs]
        rest = [i for i, k in enumerate(kinds) if k != "point"]
        tolerances = [ivs[i].tolerance for _, i in order]
    return _Side(figures, ivs, kinds, [p for p, _ in order], [i for _, i in order], min(tolerances, default=0.0), max(tolerances, default=0.0), rest)


def _outside(side: _Side, lo: float, hi: float) -> list[int]:
    """Positions of the side's point estimates outside [lo, hi] (shrunk by _EPS: edges are checked)."""
    lo, hi = lo + _EPS, hi - _EPS
    if lo > hi:
        return side.point_index
    points, index = side.points, side.point_index
    start, end = bisect_left(points, lo), bisect_right(points, hi)
    if start == 0:
        return index[end:]
    return index[:start] + index[end:] if end < len(index) else index[:start]


def _window(iv: Interval, kind: str, tmin: float) -> Optional[tuple[float, float]]:
    """Where a point estimate of tolerance >= ``tmin`` agrees with ``iv`` for sure; None: nowhere."""
    if kind == "point":
        return iv.point - iv.tolerance - tmin, iv.point + iv.tolerance + tmin  # type: ignore[operator]
    if kind == "bound":
        end = iv.upper if iv.qualifier in ("up_to", "less_than") else iv.lower
        return end - iv.tolerance - tmin, end + iv.tolerance + tmin
    if kind == "range":
        return iv.lo - tmin, iv.hi + tmin
    return None


def _candidates(a: _Side, b: _Side, same: bool) -> Iterator[tuple[int, int]]:
    """Pairs (position in a, position in b) that may break a rule; each unordered pair once
    when ``a`` and ``b`` are one class."""
    if not a.rest and not b.rest and a.points and b.points:  # only point estimates, all close: none
        spread = max(a.points[-1], b.points[-1]) - min(a.points[0], b.points[0])
        if spread < a.tmin + b.tmin - 2 * _EPS:
            return
    intervals, tmin = a.intervals, b.tmin
    for i in a.point_index:  # point against point: outside the window of agreement (_window of a point)
        iv = intervals[i]
        outside = _outside(b, iv.point - iv.tolerance - tmin, iv.point + iv.tolerance + tmin)  # type: ignore[operator]
        if not same:
            for j in outside:
                yield i, j
        else:
            ordinal, figures_b = a.figures[i].ordinal, b.figures
            for j in outside:
                if ordinal < figures_b[j].ordinal:
                    yield i, j
    for i in a.rest:  # bound, range, other against point estimates
        window = _window(a.intervals[i], a.kinds[i], b.tmin)
        for j in (_outside(b, *window) if window else b.point_index):
            yield i, j
    if not same:
        for j in b.rest:
            window = _window(b.intervals[j], b.kinds[j], a.tmin)
            for i in (_outside(a, *window) if window else a.point_index):
                yield i, j
    for i in a.rest:  # the rest against the rest
        for j in b.rest:
            if not same or a.figures[i].ordinal < b.figures[j].ordinal:
                yield i, j


def _sweep(
    sa: _Side, sb: _Side, same: bool, table: Mapping[tuple[bool, str], bool], opposite: bool, cap: int
) -> tuple[list[tuple[int, int]], bool]:
    """The conflicting pairs of two sides (ordinals, earlier first), at most ``cap + 1`` of them;
    and whether there were more than ``cap``."""
    found: list[tuple[int, int]] = []
    figures_a, figures_b, intervals_a, intervals_b = sa.figures, sb.figures, sa.intervals, sb.intervals
    for i, j in _candidates(sa, sb, same):  # comparable and breaking a rule, written out: the innermost loop
        f, g = figures_a[i], figures_b[j]
        if f.doc_id != g.doc_id:
            rel = OTHER_DOC
        elif opposite or f.sentence == g.sentence:
            continue
        else:
            rel = SAME_SECTION if f.section == g.section else OTHER_SECTION
        first = f.ordinal < g.ordinal
        if not table[(first, rel)]:
            continue
        if first:
            conflict = interval_conflict(intervals_a[i], intervals_b[j])
        else:
            conflict = interval_conflict(intervals_b[j], intervals_a[i])
        if conflict is not None:
            found.append((f.ordinal, g.ordinal) if first else (g.ordinal, f.ordinal))
            if len(found) > cap:
                return found, True
    return found, False


def _complements(fa: Sequence[Figure], fb: Sequence[Figure], table: Mapping[tuple[bool, str], bool]) -> list[tuple[int, int]]:
    """Comparable complements in one document (left to the sum check, every pair)."""
    if not (table[(True, SAME_SECTION)] or table[(True, OTHER_SECTION)] or table[(False, SAME_SECTION)] or table[(False, OTHER_SECTION)]):
        return []
    by_doc: dict[str, list[Figure]] = defaultdict(list)
    for g in fb:
        by_doc[g.doc_id].append(g)
    out = []
    for f in fa:
        for g in by_doc.get(f.doc_id, ()):
            rel = relation(f, g)
            if rel is not None and table[(f.ordinal < g.ordinal, rel)]:
                out.append(_ordered(f, g))
    return out


def _ordered(f: Figure, g: Figure) -> tuple[int, int]:
    return (f.ordinal, g.ordinal) if f.ordinal < g.ordinal else (g.ordinal, f.ordinal)


# -- driving it over classes ---------------------------------------------------------------------


class ClassInfo(NamedTuple):
    """A class of figures with one signature: its representative, its first ordinal and the
    documents its figures are in."""

    rep: ClassRep
    first: int
    docs: frozenset[str]


def compare_classes(
    classes: Mapping[Any, ClassInfo],
    load_figures: Callable[[Sequence[Any]], Mapping[Any, Sequence[Figure]]],
    load_claims: Callable[[list[int]], Mapping[int, StatisticClaim]],
    settings: CheckSettings,
    convert: Callable[[Finding], Any] = lambda f: f,
) -> tuple[list[Any], int, int]:
    """Findings of the figure comparisons over all classes (each passed through ``convert``,
    so that a caller can keep records instead of findings that hold whole claims), the number
    of comparable pairs and the number of figures in at least one.

    Classes are taken a candidate group at a time (classes joined by shared candidate keys,
    within one block: :func:`class_groups`), so only that group's figures are loaded.
    ``load_figures(keys)`` gives the figures of each of those classes in input order;
    ``load_claims(ordinals)`` the claims of conflicting pairs."""
    return compare_groups(class_groups(classes, settings), load_figures, load_claims, settings, convert)


class Group(NamedTuple):
    """A candidate group: its classes in input order, each class's neighbours (its candidate
    classes, all in the group: :class:`_Neighbours`), and the record of each class (of the
    group's classes at least)."""

    members: Sequence[Any]
    near: Mapping[Any, Sequence[Any]]
    classes: Mapping[Any, ClassInfo]


def class_groups(classes: Mapping[Any, ClassInfo], settings: CheckSettings) -> Iterator[Group]:
    """The candidate groups of ``classes``: the blocks in the order of their first class, and
    in each block the groups in the order of their first class, each in input order. A caller
    that holds its classes elsewhere (the file check's database) gives the same groups in the
    same order, one at a time."""
    by_block: dict[tuple, list[Any]] = defaultdict(list)
    for key, info in sorted(classes.items(), key=lambda kv: kv[1].first):
        by_block[block_of(info.rep)].append(key)
    for keys in by_block.values():
        near = _Neighbours(keys, classes, settings)
        for members in near.groups():
            yield Group(members, near, classes)


#: Distinct facets a :class:`Comparability` holds, at most, between two groups of
#: :func:`compare_groups`: past it, its facets and answers are forgotten (worked out again
#: when met), so that its memory does not grow with the distinct measures of the check.
_FACETS = 1 << 15


def compare_groups(
    groups: Iterable[Group],
    load_figures: Callable[[Sequence[Any]], Mapping[Any, Sequence[Figure]]],
    load_claims: Callable[[list[int]], Mapping[int, StatisticClaim]],
    settings: CheckSettings,
    convert: Callable[[Finding], Any] = lambda f: f,
    keep: bool = True,
) -> tuple[list[Any], int, int]:
    """:func:`compare_classes` over candidate groups given one at a time (:func:`class_groups`,
    or a caller's own in the same order); nothing of a group is held past it but the findings
    (``keep`` False: not even those, the caller's ``convert`` takes them; the list is empty)."""
    comparability = Comparability(settings)
    findings: list[Any] = []
    pairs = compared = 0
    for members, near, classes in groups:
        comparability.forget(_FACETS)
        facets = {key: comparability.facets(classes[key].rep) for key in members}
        figures = load_figures(members)
        found, n, flagged = _compare_group(members, near, classes, facets, comparability, figures, settings)
        pairs += n
        compared += flagged
        converted = map(convert, _findings(found, load_claims, settings))
        if keep:
            findings += converted
        else:
            for _ in converted:
                pass
    return findings, pairs, compared


def _union(parent: dict[Any, Any], a: Any, b: Any) -> None:
    ra, rb = _root(parent, a), _root(parent, b)
    if ra != rb:
        parent[ra] = rb


class _Neighbours:
    """The classes of a block each class may be comparable with (itself included), in input
    order (``near[key]``): a class is a neighbour of those indexed under a key it queries, and
    they of it (see :func:`candidate_keys`). A document's key is left out where its classes all
    state the same topic terms (see :func:`_doc_keys_needed`).

    Held as the classes under each key, not as the pairs: the classes of a key are kept once
    per distinct list (the classes of one measure query and are indexed under the same keys:
    one list for all of them), and a class keeps the lists it reaches; its neighbours are
    worked out when they are asked for, so memory follows the classes and their keys, not the
    pairs of classes, which are quadratic where many classes share a key (a block of 4,334
    classes held 3.78 million pairs). :meth:`groups` joins the classes that reach one another."""

    def __init__(self, keys: Sequence[Any], classes: Mapping[Any, ClassInfo], settings: CheckSettings) -> None:
        wild = any(not classes[key].rep.measure.outcome_terms for key in keys)  # else no class asks for "o:*" keys
        needed = _doc_keys_needed(keys, classes)
        lists = []
        for key in keys:
            docs = classes[key].docs
            if len(needed) < len(docs):
                docs = [d for d in docs if d in needed]
            own, query = candidate_keys(classes[key].rep, docs, settings, wild)
            lists.append((key, own, query))
        self._link(keys, {k: classes[k].first for k in keys}, lists)

    @classmethod
    def from_keys(cls, keys: Sequence[Any], rank: Mapping[Any, int], lists: Iterable[tuple[Any, Sequence[str], Sequence[str]]]) -> "_Neighbours":
        """The neighbours of ``keys`` (in input order, ``rank``: each one's first ordinal) from
        their candidate keys already worked out: (class, keys it is indexed under, keys it
        queries) of each (a class without any reaches itself alone)."""
        near = cls.__new__(cls)
        near._link(keys, rank, lists)
        return near

    @classmethod
    def from_sorted(cls, keys: Sequence[Any], rank: Mapping[Any, int], rows: Iterable[tuple[str, int, Any]]) -> "_Neighbours":
        """The neighbours of ``keys`` (as :meth:`from_keys`) from their candidate keys as rows
        (key, 0 indexed under it or 1 querying it, class), by key, then role, then class in
        input order: one key's classes held at a time."""
        near = cls.__new__(cls)
        near.keys, near.rank = keys, rank
        near._reach(_under_sorted(rows))
        return near

    def _link(self, keys: Sequence[Any], rank: Mapping[Any, int], lists: Iterable[tuple[Any, Sequence[str], Sequence[str]]]) -> None:
        self.keys, self.rank = keys, rank
        indexed: dict[str, list[Any]] = defaultdict(list)
        queried: dict[str, list[Any]] = defaultdict(list)
        for key, own, query in lists:
            for k in dict.fromkeys(own):
                indexed[k].append(key)
            for k in dict.fromkeys(query):
                queried[k].append(key)
        self._reach((indexed[k], askers) for k, askers in queried.items() if k in indexed)

    def _reach(self, under: Iterable[tuple[Sequence[Any], Sequence[Any]]]) -> None:
        """``reach`` from the classes (indexed, querying) under each key, in input order."""
        distinct: dict[tuple, tuple] = {}  # each distinct list of classes once
        # a class reaches the classes indexed under a key it queries, and those that query a key it is indexed under
        reach: dict[Any, dict[int, tuple]] = {key: {} for key in self.keys}
        for found, askers in under:
            if not found:
                continue
            found_t, askers_t = tuple(found), tuple(askers)
            found_t, askers_t = distinct.setdefault(found_t, found_t), distinct.setdefault(askers_t, askers_t)
            for key in askers_t:
                reach[key].setdefault(id(found_t), found_t)
            for other in found_t:
                reach[other].setdefault(id(askers_t), askers_t)
        self.reach = {key: tuple(r.values()) for key, r in reach.items()}

    def __getitem__(self, key: Any) -> list[Any]:
        reached = self.reach[key]
        if len(reached) == 1 and key in reached[0]:
            return list(reached[0])  # (in input order already)
        found = {key}
        for classes in reached:
            found.update(classes)
        return sorted(found, key=self.rank.__getitem__)

    def groups(self) -> list[list[Any]]:
        """The classes joined by reaching one another, each group in input order, the groups in
        the order of their first class."""
        parent = {k: k for k in self.keys}
        joined: set[int] = set()
        for key, reached in self.reach.items():
            for classes in reached:
                _union(parent, key, classes[0])
                if id(classes) not in joined:
                    joined.add(id(classes))
                    first = classes[0]
                    for other in classes[1:]:
                        _union(parent, first, other)
        groups: dict[Any, list[Any]] = defaultdict(list)
        for key in self.keys:
            groups[_root(parent, key)].append(key)
        return list(groups.values())


def _under_sorted(rows: Iterable[tuple[str, int, Any]]) -> Iterator[tuple[list[Any], list[Any]]]:
    """(classes indexed, classes querying) under each key of rows sorted by key (see
    :meth:`_Neighbours.from_sorted`), the keys with both."""
    last: Any = _UNKNOWN
    found: list[Any] = []
    askers: list[Any] = []
    for key, role, cls in rows:
        if key != last:
            if found and askers:
                yield found, askers
            last, found, askers = key, [], []
        (askers if role else found).append(cls)
    if found and askers:
        yield found, askers


def _doc_keys_needed(keys: Sequence[Any], classes: Mapping[Any, ClassInfo]) -> set[str]:
    """The documents whose key ("d:", see :func:`candidate_keys`) can join two classes that no
    topic key joins: those with classes of different or no topic terms. Two classes of a
    document whose classes all state the same topic terms (one or more) share a topic key with
    every outcome and intervention key they would share a document key with, so that key
    would join nothing new."""
    topics: dict[str, Optional[tuple[str, ...]]] = {}
    for key in keys:
        terms = classes[key].rep.measure.topic_terms
        stated = tuple(sorted(set(terms))) if terms else None
        for d in classes[key].docs:
            seen = topics.get(d, _UNKNOWN)
            if seen is _UNKNOWN:
                topics[d] = stated
            elif seen != stated:
                topics[d] = None
    return {d for d, stated in topics.items() if stated is None}


def _compare_group(
    members: Sequence[Any],
    near: Mapping[Any, Sequence[Any]],
    classes: Mapping[Any, ClassInfo],
    facets: Mapping[Any, Facets],
    comparability: Comparability,
    figures: Mapping[Any, Sequence[Figure]],
    settings: CheckSettings,
) -> tuple[list[tuple[int, int]], int, int]:
    """Conflicting pairs (by ordinal), comparable pairs and compared figures of one candidate
    group. First every pair of neighbouring classes once: its comparability table, its
    comparable pairs and which figures are in one; then each set of classes joined by
    comparable pairs is searched for conflicts, reported in full while there are at most
    ``max(settings.max_pairwise_conflicts, figures of the set)``, else against its consensus.

    The comparable pairs of classes (the edges) can be quadratic in the group's classes (a
    measure stated by many documents in many variants: 1,562 classes, 49,629 edges), so they
    are kept as :class:`_Edges`, a few bytes each, not as Python tuples and dicts."""
    if len(members) == 1 and len(figures[members[0]]) < 2:
        return [], 0, 0
    rank = {k: classes[k].first for k in members}
    indexed: dict[int, dict[str, list[int]]] = {}

    def docs(fs: Sequence[Figure]) -> dict[str, list[int]]:
        if id(fs) not in indexed:
            indexed[id(fs)] = by_doc(fs)
        return indexed[id(fs)]

    edges = _Edges(members)
    flags: dict[Any, list[bool]] = {}
    full: set[Any] = set()
    pairs = 0
    parent = {k: k for k in members}
    for a in members:
        fa, info = figures[a], classes[a]
        for b in near[a]:
            if rank[b] < rank[a]:
                continue
            same = a == b
            shared = same or not info.docs.isdisjoint(classes[b].docs)
            table = comparability.table(facets[a], facets[b], RELATIONS if shared else (OTHER_DOC,))
            if not any(table.values()):
                continue
            if not shared and table[(True, OTHER_DOC)] == table[(False, OTHER_DOC)]:  # every pair across documents
                n = len(fa) * len(figures[b])
                for key in (a, b):
                    full.add(key)
                    flags.pop(key, None)
            elif same and len(info.docs) == len(fa):  # a class against itself, each figure in its own document
                n = len(fa) * (len(fa) - 1) // 2 if table[(True, OTHER_DOC)] else 0  # (_count_pairs, counted)
                _flag(flags, full, a, [n > 0] * len(fa))
            else:
                n, flags_a, flags_b = _count_pairs(fa, None if same else figures[b], table, docs)
                _flag(flags, full, a, flags_a)
                _flag(flags, full, b, flags_b)
            if not n:
                continue
            pairs += n
            # apart: no two figures of the pair in one document
            edges.add(a, b, table, not shared or same and len(info.docs) == len(fa))
            _union(parent, a, b)
    compared = sum(len(figures[k]) for k in full) + sum(sum(f) for f in flags.values())
    sets: dict[Any, list[Any]] = defaultdict(list)
    for key in members:
        sets[_root(parent, key)].append(key)
    sided: dict[tuple[int, bool], _Side] = {}

    def sides(fs: Sequence[Figure], flip: bool) -> _Side:
        if (id(fs), flip) not in sided:
            sided[(id(fs), flip)] = _side(fs, flip)
        return sided[(id(fs), flip)]

    found: list[tuple[int, int]] = []
    for root, inside in edges.by_set(lambda key: _root(parent, key)):
        keys = sets[root]
        tables = edges.tables(inside)
        limit = max(settings.max_pairwise_conflicts, sum(len(figures[k]) for k in keys))
        conflicts: list[tuple[int, int]] = []
        opposites = bytearray(len(inside))
        for at, (a, b, _, _) in enumerate(edges.items(inside)):
            rep_a, rep_b = classes[a].rep, classes[b].rep
            if a != b and complementary(rep_a, rep_b, settings):  # type: ignore[arg-type]
                opposites[at] = 1  # complements in one document: the sum check, every pair
                found += _complements(figures[a], figures[b], tables[(a, b)])
        paired = _Paired(edges, tables, inside, opposites, classes, figures, sides)
        # more surely conflicting pairs than the bound: the sweep would overflow, and is not run
        overflow = _surely_over(paired, docs, limit, paired.apart)
        for a, b, sa, sb, table, opposite in paired:
            if overflow:
                break
            more, overflow = _sweep(sa, sb, a == b, table, opposite, limit - len(conflicts))
            conflicts += more
        if overflow:
            conflicts = _consensus(keys, tables, classes, figures, settings)
        found += conflicts
    return found, pairs, compared


class _Edges:
    """The comparable pairs of classes of a candidate group, in the order found: each as the
    positions of its two classes in the group, the index of its comparability table (tables are
    shared: :func:`_shared_table`, at most 64) and whether no two figures of the pair are in one
    document (``apart``), in arrays: 10 bytes a pair, where a tuple key in a dict and a set took
    about 200."""

    def __init__(self, members: Sequence[Any]) -> None:
        self.members = members
        self.position = {k: i for i, k in enumerate(members)}
        self.first, self.second = array("i"), array("i")
        self.table_index = bytearray()
        self.apart = bytearray()
        self.table_list: list[Mapping[tuple[bool, str], bool]] = []
        self._table_ids: dict[int, int] = {}

    def add(self, a: Any, b: Any, table: Mapping[tuple[bool, str], bool], apart: bool) -> None:
        at = self._table_ids.get(id(table))
        if at is None:
            at = self._table_ids[id(table)] = len(self.table_list)
            self.table_list.append(table)
        self.first.append(self.position[a])
        self.second.append(self.position[b])
        self.table_index.append(at)
        self.apart.append(apart)

    def by_set(self, root: Callable[[Any], Any]) -> Iterator[tuple[Any, array]]:
        """(root, the indices of its edges in the order found) of each set of classes joined by
        edges, the sets in the order of their first class in the group (as the sets of classes
        are listed)."""
        members = self.members
        inside: dict[Any, array] = {}
        for i, a in enumerate(self.first):
            key = root(members[a])
            found = inside.get(key)
            if found is None:
                found = inside[key] = array("i")
            found.append(i)
        order = {}
        for k in members:
            order.setdefault(root(k), len(order))
        return iter(sorted(inside.items(), key=lambda kv: order[kv[0]]))

    def items(self, inside: Sequence[int]) -> Iterator[tuple[Any, Any, Mapping[tuple[bool, str], bool], bool]]:
        """(class a, class b, table, apart) of the edges ``inside``, in that order."""
        members, tables = self.members, self.table_list
        for i in inside:
            yield members[self.first[i]], members[self.second[i]], tables[self.table_index[i]], bool(self.apart[i])

    def tables(self, inside: Sequence[int]) -> "_EdgeTables":
        return _EdgeTables(self, inside)


class _EdgeTables(Mapping):
    """The tables of some edges by (class a, class b), as a read-only mapping (what the
    consensus looks up: a class against the centre's and its own), found by bisection over the
    edges' codes, sorted: no dict of the pairs."""

    def __init__(self, edges: _Edges, inside: Sequence[int]) -> None:
        self.edges, self.size = edges, len(edges.members)
        # each edge's code and index as one number (code * edges + index; codes are unique), sorted:
        # one int an edge while sorting, where (code, index) tuples took about 140 bytes an edge
        n = max(1, len(edges.first))
        first, second, size = edges.first, edges.second, self.size
        coded = sorted((first[i] * size + second[i]) * n + i for i in inside)
        self.codes = array("q", (c // n for c in coded))
        self.index = array("i", (c % n for c in coded))

    def _find(self, key: Any) -> int:
        if not isinstance(key, tuple) or len(key) != 2:
            return -1
        a, b = self.edges.position.get(key[0]), self.edges.position.get(key[1])
        if a is None or b is None:
            return -1
        code = a * self.size + b
        at = bisect_left(self.codes, code)
        return self.index[at] if at < len(self.codes) and self.codes[at] == code else -1

    def __getitem__(self, key: Any) -> Mapping[tuple[bool, str], bool]:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self.edges.table_list[self.edges.table_index[i]]

    def __contains__(self, key: object) -> bool:
        return self._find(key) >= 0

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        members = self.edges.members
        return ((members[self.edges.first[i]], members[self.edges.second[i]]) for i in self.index)

    def __len__(self) -> int:
        return len(self.codes)


class _Paired:
    """The edges of a set as the sweep reads them, made again at each pass (rather than kept
    as a list): (class a, class b, side a, side b, table, complements?); ``apart`` answers
    whether a pair of them has no two figures in one document."""

    def __init__(
        self,
        edges: _Edges,
        tables: "_EdgeTables",
        inside: Sequence[int],
        opposites: bytearray,
        classes: Mapping[Any, ClassInfo],
        figures: Mapping[Any, Sequence[Figure]],
        sides: Callable[[Sequence[Figure], bool], _Side],
    ) -> None:
        self.edges, self.inside, self.opposites = edges, inside, opposites
        self.classes, self.figures, self.sides = classes, figures, sides
        self.apart = _Apart(edges, tables)

    def __iter__(self) -> Iterator[tuple[Any, Any, _Side, _Side, Mapping[tuple[bool, str], bool], bool]]:
        classes, figures, sides = self.classes, self.figures, self.sides
        for at, (a, b, table, _) in enumerate(self.edges.items(self.inside)):
            opposite = bool(self.opposites[at])
            sa = sides(figures[a], opposite and classes[a].rep.polarity == "negative")
            sb = sa if a == b else sides(figures[b], opposite and classes[b].rep.polarity == "negative")
            yield a, b, sa, sb, table, opposite


class _Apart:
    """``(a, b) in apart``: the edge of classes a and b has no two figures in one document."""

    def __init__(self, edges: _Edges, tables: _EdgeTables) -> None:
        self.edges, self.tables = edges, tables

    def __contains__(self, key: object) -> bool:
        i = self.tables._find(key)
        return i >= 0 and bool(self.edges.apart[i])


def _surely_over(
    paired: Sequence[tuple[Any, Any, _Side, _Side, Mapping[tuple[bool, str], bool], bool]],
    docs: Callable[[Sequence[Figure]], dict[str, list[int]]],
    limit: int,
    apart: Collection[tuple[Any, Any]] = (),
) -> bool:
    """Whether a set's class pairs have more than ``limit`` conflicting pairs for sure, counted
    by bisection rather than pair by pair (:func:`sure_conflicts`); False when that count does not
    show it (the sweep then finds out). ``apart``: the class pairs with no two figures in one
    document (their documents are not looked at)."""
    if sum(len(sa.figures) * len(sb.figures) for _, _, sa, sb, _, _ in paired) <= limit:
        return False  # not even that many pairs
    total = 0
    for a, b, sa, sb, table, _ in paired:
        if table[(True, OTHER_DOC)] and table[(False, OTHER_DOC)]:
            total += sure_conflicts(sa, sb, a == b, docs, (a, b) in apart)
            if total > limit:
                return True
    return False


def sure_conflicts(a: _Side, b: _Side, same: bool, docs: Callable[[Sequence[Figure]], dict[str, list[int]]], apart: bool = False) -> int:
    """A lower bound on the pairs of the two sides that break a rule when every pair across
    documents is comparable (each unordered pair once when ``same``): point estimates further
    apart than the two sides' largest tolerances (so further apart than their own: divergent),
    counted by bisection over ``b``'s sorted points, less every pair of one document (``docs``:
    :func:`by_doc`, cached by the caller), whether it was counted or not; none when ``apart``
    (the caller knows that no two figures of the sides are in one document)."""
    if not a.points or not b.points:
        return 0
    reach = a.tmax + b.tmax + _EPS  # beyond it, two point estimates diverge whatever their tolerances
    points, n = b.points, len(b.points)
    count = 0
    for p in a.points:
        count += bisect_left(points, p - reach) + n - bisect_right(points, p + reach)
    if apart:
        return count // 2 if same else count
    docs_a = docs(a.figures)
    if same:
        return count // 2 - sum(len(at) * (len(at) - 1) // 2 for at in docs_a.values())
    docs_b = docs(b.figures)
    return count - sum(len(at) * len(docs_b[d]) for d, at in docs_a.items() if d in docs_b)


def _flag(flags: dict[Any, list[bool]], full: set[Any], key: Any, new: list[bool]) -> None:
    """Mark the figures of class ``key`` found in a comparable pair (``full``: all of them)."""
    if key in full:
        return
    old = flags.get(key)
    merged = new if old is None else [x or y for x, y in zip(old, new)]
    if all(merged):
        full.add(key)
        flags.pop(key, None)
    else:
        flags[key] = merged


def _root(parent: dict[Any, Any], key: Any) -> Any:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _consensus(
    members: Sequence[Any],
    tables: Mapping[tuple[Any, Any], Mapping[tuple[bool, str], bool]],
    classes: Mapping[Any, ClassInfo],
    figures: Mapping[Any, Sequence[Figure]],
    settings: CheckSettings,
) -> list[tuple[int, int]]:
    """The bounded answer for a set with many disagreeing figures: each figure against the
    set's consensus (the median point estimate, complements turned round to the positive
    side), or against its own class's median when it cannot be compared with that one; and the
    lowest figure against the highest.

    Worked out class by class over lists (a figure's place in its class), not through
    per-figure dicts: a set's figures are all looked at once or twice, and at scale nearly
    every large measure comes here."""
    pairing = _Pairing(tables, classes, settings)
    scaled: dict[Any, list[Interval]] = {}
    everywhere: list[tuple[float, int, Any, Figure, Interval]] = []  # the point estimates: (point, ordinal, class, figure, on scale)
    own: dict[Any, tuple[Any, Figure, Interval]] = {}
    low: Optional[tuple[float, int, Any, Figure, Interval]] = None
    high: Optional[tuple[float, int, Any, Figure, Interval]] = None
    for k in members:
        rep, fs = classes[k].rep, figures[k]
        if not fs:
            continue
        flip = rep.polarity == "negative" and rep.measure.axis in settings.complementable_axes and rep.value.unit == "proportion"
        ivs = scaled[k] = [complement_of(f.interval) for f in fs] if flip else [f.interval for f in fs]
        points = sorted([  # the point estimates (_is_point, written out)
            (iv.point, f.ordinal, k, f, iv) for f, iv in zip(fs, ivs)
            if iv.qualifier in POINT_LIKE and iv.point is not None and iv.lower == iv.point == iv.upper
        ])  # type: ignore[type-var]
        if points:
            own[k] = points[(len(points) - 1) // 2][2:]
            everywhere += points
        else:
            first = min(range(len(fs)), key=lambda i: fs[i].ordinal)
            own[k] = (k, fs[first], ivs[first])
        lo = _extreme(fs, ivs, [iv.lower - iv.tolerance for iv in ivs], min, k)  # Interval.lo and .hi, written out
        hi = _extreme(fs, ivs, [iv.upper + iv.tolerance for iv in ivs], max, k)
        low = lo if low is None or (lo[0], lo[1]) < (low[0], low[1]) else low
        high = hi if high is None or (hi[0], -hi[1]) > (high[0], -high[1]) else high
    if low is None or high is None:
        return []
    if everywhere:
        everywhere.sort()  # by point, then ordinal (unique: the rest is never compared)
        center = everywhere[(len(everywhere) - 1) // 2][2:]
    else:
        center = min(own.values(), key=lambda kfi: kfi[1].ordinal)
    found: set[tuple[int, int]] = set()
    ck, c, sc = center
    for k, ivs in scaled.items():
        _, o, so = own[k]
        to_center, to_own = pairing.between(k, ck), pairing.between(k, k)  # (once per class, not per figure)
        for f, sf in zip(figures[k], ivs):
            state = None if c is f or to_center is None else _state(to_center, f, sf, c, sc)
            if state is not None:  # compared with the consensus: conflicting or not, done
                if state:
                    found.add(_ordered(f, c))
            elif o is not f and to_own is not None and _state(to_own, f, sf, o, so):
                found.add(_ordered(f, o))
    if low[3] is not high[3] and pairing.state(*low[2:], *high[2:]):
        found.add(_ordered(low[3], high[3]))
    return sorted(found)


def _extreme(
    fs: Sequence[Figure], ivs: Sequence[Interval], ends: list[float], pick: Callable[..., float], k: Any
) -> tuple[float, int, Any, Figure, Interval]:
    """(end, ordinal, class, figure, interval) of the class's figure whose end is ``pick`` (min
    or max) of ``ends``, the earliest of those that tie."""
    end = pick(ends)
    i = min((fs[i].ordinal, i) for i, e in enumerate(ends) if e == end)[1]
    return end, fs[i].ordinal, k, fs[i], ivs[i]


def _is_point(iv: Interval) -> bool:
    """``_kind(iv) == "point"``, written out (the consensus asks it of every figure)."""
    return iv.qualifier in POINT_LIKE and iv.point is not None and iv.lower == iv.point == iv.upper


_UNKNOWN = object()


class _Pairing:
    """Whether two figures of a set conflict, with what depends only on their classes (the
    comparability table, whether they are complements) worked out once per pair of classes."""

    def __init__(
        self,
        tables: Mapping[tuple[Any, Any], Mapping[tuple[bool, str], bool]],
        classes: Mapping[Any, ClassInfo],
        settings: CheckSettings,
    ) -> None:
        self.tables, self.classes, self.settings = tables, classes, settings
        self.known: dict[tuple[Any, Any], Optional[tuple[Mapping[tuple[bool, str], bool], bool, bool, bool]]] = {}

    def between(self, ka: Any, kb: Any) -> Optional[tuple[Mapping[tuple[bool, str], bool], bool, bool, bool]]:
        """(table of ka against kb, complements?, turn ka's figure?, turn kb's?), None: no comparable pair."""
        found = self.known.get((ka, kb), _UNKNOWN)
        if found is not _UNKNOWN:
            return found  # type: ignore[return-value]
        if (ka, kb) in self.tables:
            table = self.tables[(ka, kb)]
        elif (kb, ka) in self.tables:
            table = {(not first, rel): v for (first, rel), v in self.tables[(kb, ka)].items()}
        else:
            self.known[(ka, kb)] = None
            return None
        rep_a, rep_b = self.classes[ka].rep, self.classes[kb].rep
        opposite = ka != kb and complementary(rep_a, rep_b, self.settings)  # type: ignore[arg-type]
        found = self.known[(ka, kb)] = (table, opposite, opposite and rep_a.polarity == "negative", opposite and rep_b.polarity == "negative")
        return found

    def state(self, ka: Any, f: Figure, sf: Interval, kb: Any, g: Figure, sg: Interval) -> Optional[bool]:
        """None when figure ``f`` of class ``ka`` and ``g`` of ``kb`` are not compared by their
        intervals (not comparable, or complements in one document); else whether they conflict.
        ``sf`` and ``sg``: their intervals on the positive scale (complements turned round)."""
        known = self.between(ka, kb)
        return None if known is None else _state(known, f, sf, g, sg)


def _state(
    known: tuple[Mapping[tuple[bool, str], bool], bool, bool, bool], f: Figure, sf: Interval, g: Figure, sg: Interval
) -> Optional[bool]:
    """:meth:`_Pairing.state` once the pair of classes is known (``_Pairing.between``, not None)."""
    table, opposite, flip_f, flip_g = known
    if f.doc_id != g.doc_id:  # relation(f, g), written out
        rel = OTHER_DOC
    elif opposite or f.sentence == g.sentence:
        return None
    else:
        rel = SAME_SECTION if f.section == g.section else OTHER_SECTION
    if not table[(f.ordinal < g.ordinal, rel)]:
        return None
    iv_f = sf if flip_f else f.interval
    iv_g = sg if flip_g else g.interval
    ia, ib = (iv_f, iv_g) if f.ordinal < g.ordinal else (iv_g, iv_f)
    return interval_conflict(ia, ib) is not None


#: Claims :func:`_findings` holds at a time (the most recently used), each a whole claim record.
CLAIMS_HELD = 1024
#: Conflicting pairs whose claims :func:`_findings` loads in one call of ``load_claims``.
PAIRS_LOADED = 256


def _findings(
    pairs: list[tuple[int, int]], load_claims: Callable[[list[int]], Mapping[int, StatisticClaim]], settings: CheckSettings
) -> Iterator[Finding]:
    """compare_pair on the conflicting pairs, the earlier figure first (as all pairs would),
    one finding at a time. The claims are loaded as the pairs need them, those of
    :data:`PAIRS_LOADED` pairs in one call (one call per claim was a twentieth of the
    1M-figure check, a database query each), and at most :data:`CLAIMS_HELD` are held after
    (the pairs, in order, reuse their first claim): a group's conflicting figures grow with the
    corpus (a measure many sources state, each figure off the consensus a pair), and loading
    them all at once held every one of those claims."""
    held: OrderedDict[int, StatisticClaim] = OrderedDict()
    ordered = sorted(set(pairs))
    for start in range(0, len(ordered), PAIRS_LOADED):
        chunk = ordered[start : start + PAIRS_LOADED]
        used = list(dict.fromkeys(o for pair in chunk for o in pair))  # in order of first use
        wanted = [o for o in used if o not in held]
        loaded = load_claims(wanted) if wanted else {}
        for ordinal in used:
            found = held.pop(ordinal, None)
            held[ordinal] = found if found is not None else loaded[ordinal]
        for x, y in chunk:
            f = compare_pair(held[x], held[y], settings)
            if f is not None:
                yield f
        while len(held) > CLAIMS_HELD:
            held.popitem(last=False)
