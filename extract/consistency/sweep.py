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
  once per relation on two stand-ins (:func:`comparable_table`), not once per pair of figures.
* **Candidate classes.** Two classes can only be comparable if they share an outcome term or
  an outcome concept (id, related id or ICD-10-CM code prefix), or one of them states no
  outcome terms; other class pairs are never looked at (:func:`candidate_keys`).
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
every comparable pair either way.

Figures come in as :class:`Figure` rows (no claim record) from a loader; the claims are loaded
only for the pairs that conflict. Pure functions; the callers (:func:`check_claims
<extract.consistency.check.check_claims>` in memory, :func:`check_file
<extract.consistency.files.check_file>` from a file) provide the loaders.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple, Optional

from extract.consistency.compare import Finding, compare_pair, interval_conflict
from extract.consistency.intervals import ONE_SIDED, POINT_LIKE, Interval, complement_of, to_interval
from extract.consistency.measures import _ICD_CODE, NEGATION_TERM, complementary, incomparable_reason
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
    """A class representative placed in a document, section and sentence."""

    doc_id: str
    evidence: _Where
    measure: Measure
    value: _Unit
    polarity: Optional[str]
    outcome: Optional[str]
    population: Optional[str]
    intervention: Optional[str]


def figure(ordinal: int, claim: StatisticClaim, settings: CheckSettings) -> Figure:
    """The sweep's row of a claim (its interval as stated, never complemented)."""
    ev = claim.evidence
    return Figure(ordinal, claim.doc_id, ev.section, ev.sentence_index, to_interval(claim, settings.about_tolerance))


def class_rep(claim: StatisticClaim) -> ClassRep:
    return ClassRep(claim.measure, _Unit(claim.value.unit), claim.polarity, claim.outcome, claim.population, claim.intervention)


def signature(claim: StatisticClaim) -> str:
    """Everything comparability reads of a figure except where it is, as one string: unit,
    polarity, phrases, and the measure's terms, axis, threshold and concepts (not its key)."""
    m = claim.measure
    concepts = tuple(None if c is None else (c.id, tuple(c.related), c.name) for c in (m.outcome_concept, m.population_concept, m.intervention_concept))
    return repr((
        claim.value.unit, claim.polarity, claim.outcome, claim.population, claim.intervention,
        tuple(m.outcome_terms), tuple(m.population_terms), tuple(m.intervention_terms), m.axis, m.threshold,
        tuple(m.time_terms), tuple(m.topic_terms), concepts,
    ))


def block_of(rep: ClassRep) -> tuple:
    """The block (see :func:`~extract.consistency.measures.block_key`) of a class."""
    return (rep.value.unit, rep.measure.axis)


def candidate_keys(rep: ClassRep, docs: Iterable[str], settings: CheckSettings) -> tuple[list[str], list[str]]:
    """Keys two comparable classes of one block share: ``(index, query)``. A class is indexed
    under every key of ``index`` and looks for the classes indexed under ``query``; two classes
    that can be comparable are found from one side at least.

    A key combines three necessary conditions. Outcome: a shared outcome term, or one concept
    (shared id or related id, or ICD-10-CM codes under one 3-character code); a class without
    outcome terms passes it with any class ("o:*"). Intervention: a shared intervention term or
    concept, or both without one (a figure "without X" meets those too). Place: a shared topic
    term (figures of two documents need ``min_topic_overlap`` of them) or a shared document."""
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
    wild = [f"o:*\x1f{c}" for c in combos]
    if not m.outcome_terms:
        return wild, wild
    own = [f"{o}\x1f{c}" for o in dict.fromkeys(outcome) for c in combos]
    return own + wild, own


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
    return _StandIn(place[0], _Where(place[1], place[2]), *rep)


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


def relation(f: Figure, g: Figure) -> Optional[str]:
    """How two figures stand to each other; None for one sentence (never comparable)."""
    if f.doc_id != g.doc_id:
        return OTHER_DOC
    if f.sentence == g.sentence:
        return None
    return SAME_SECTION if f.section == g.section else OTHER_SECTION


class _Counts:
    """Figures of a class by document, section and sentence, for counting comparable partners."""

    def __init__(self, figures: Sequence[Figure]) -> None:
        self.total = len(figures)
        self.doc = Counter(f.doc_id for f in figures)
        self.sec = Counter((f.doc_id, f.section) for f in figures)
        self.sent = Counter((f.doc_id, f.sentence) for f in figures)
        self.sec_sent = Counter((f.doc_id, f.section, f.sentence) for f in figures)

    def partners(self, f: Figure) -> dict[str, int]:
        """How many figures of this class stand in each relation to ``f``."""
        doc, sec = self.doc[f.doc_id], self.sec[(f.doc_id, f.section)]
        sent, sec_sent = self.sent[(f.doc_id, f.sentence)], self.sec_sent[(f.doc_id, f.section, f.sentence)]
        return {OTHER_DOC: self.total - doc, SAME_SECTION: sec - sec_sent, OTHER_SECTION: (doc - sec) - (sent - sec_sent)}


class GroupResult(NamedTuple):
    """Comparable pairs of two classes (or one), the flags of the first class's figures in at
    least one, the pairs whose intervals conflict (ordinals, earlier first; at most ``cap + 1``:
    ``overflow`` says there are more), and the complements in one document to check by their sum."""

    pairs: int
    compared: list[bool]
    conflicts: list[tuple[int, int]]
    overflow: bool
    complements: list[tuple[int, int]]


def compare_class_pair(
    fa: Sequence[Figure],
    fb: Optional[Sequence[Figure]],
    rep_a: ClassRep,
    rep_b: ClassRep,
    settings: CheckSettings,
    table: Mapping[tuple[bool, str], bool],
    find: bool = True,
    cap: Optional[int] = None,
    disjoint_docs: bool = False,
    counts_b: Optional[_Counts] = None,
    sides: Optional[Callable[[Sequence[Figure], bool], _Side]] = None,
) -> GroupResult:
    """Comparable pairs, comparability flags of ``fa`` and conflicting pairs of class ``a``
    against class ``b`` (``fb`` None: ``a`` against itself). ``find`` False skips looking for
    conflicts (the pair was done from the other side); ``cap``: stop after that many;
    ``disjoint_docs``: no document has figures of both classes; ``counts_b`` and ``sides``:
    cached :class:`_Counts` of ``fb`` and :func:`_side` (the caller's caches)."""
    same = fb is None
    others = fa if same else fb
    symmetric = all(table[(True, r)] == table[(False, r)] for r in RELATIONS)
    if symmetric and not same and disjoint_docs:  # every pair across documents
        comparable = table[(True, OTHER_DOC)] and bool(fa) and bool(fb)
        pairs, flags = (len(fa) * len(fb) if comparable else 0), [comparable] * len(fa)  # type: ignore[arg-type]
    elif symmetric:
        counts = counts_b or _Counts(others)  # type: ignore[arg-type]
        total, flags = 0, []
        for f in fa:
            partners = counts.partners(f)
            n = sum(k for r, k in partners.items() if table[(True, r)])
            total += n
            flags.append(n > 0)
        pairs = total // 2 if same else total
    else:  # rare: comparability depends on which figure comes first; count pair by pair
        pairs, flags = 0, [False] * len(fa)
        for i, f in enumerate(fa):
            for g in others:  # type: ignore[union-attr]
                rel = relation(f, g)
                if g is f or rel is None or not table[(f.ordinal < g.ordinal, rel)]:
                    continue
                flags[i] = True
                if not same or f.ordinal < g.ordinal:
                    pairs += 1
    if not (find and pairs):
        return GroupResult(pairs, flags, [], False, [])
    found, overflow, complements = _conflicting(fa, fb, rep_a, rep_b, settings, table, cap, sides or _side)
    return GroupResult(pairs, flags, found, overflow, complements)


def _scale(figures: Sequence[Figure], flip: bool) -> list[Interval]:
    return [complement_of(f.interval) if flip else f.interval for f in figures]


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
    rest: list[int]  # positions of the figures that are not point estimates


def _side(figures: Sequence[Figure], flip: bool) -> _Side:
    ivs = _scale(figures, flip)
    kinds = [_kind(iv) for iv in ivs]
    order = sorted((ivs[i].point, i) for i, k in enumerate(kinds) if k == "point")  # type: ignore[type-var]
    tmin = min((ivs[i].tolerance for _, i in order), default=0.0)
    rest = [i for i, k in enumerate(kinds) if k != "point"]
    return _Side(figures, ivs, kinds, [p for p, _ in order], [i for _, i in order], tmin, rest)


def _outside(side: _Side, lo: float, hi: float) -> Iterator[int]:
    """Positions of the side's point estimates outside [lo, hi] (shrunk by _EPS: edges are checked)."""
    lo, hi = lo + _EPS, hi - _EPS
    if lo > hi:
        yield from side.point_index
        return
    yield from side.point_index[: bisect_left(side.points, lo)]
    yield from side.point_index[bisect_right(side.points, hi) :]


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
    for i in a.point_index:  # point against point: outside the window of agreement
        f = a.figures[i]
        for j in _outside(b, *_window(a.intervals[i], "point", b.tmin)):  # type: ignore[misc]
            if not same or f.ordinal < b.figures[j].ordinal:
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


def _conflicting(
    fa: Sequence[Figure],
    fb: Optional[Sequence[Figure]],
    rep_a: ClassRep,
    rep_b: ClassRep,
    settings: CheckSettings,
    table: Mapping[tuple[bool, str], bool],
    cap: Optional[int],
    sides: Callable[[Sequence[Figure], bool], _Side],
) -> tuple[list[tuple[int, int]], bool, list[tuple[int, int]]]:
    same = fb is None
    fb = fa if fb is None else fb
    opposite = not same and complementary(rep_a, rep_b, settings)  # type: ignore[arg-type]
    sa = sides(fa, opposite and rep_a.polarity == "negative")
    sb = sa if same else sides(fb, opposite and rep_b.polarity == "negative")
    found: list[tuple[int, int]] = []
    overflow = False
    for i, j in _candidates(sa, sb, same):
        f, g = sa.figures[i], sb.figures[j]
        if _breaks(f, sa.intervals[i], g, sb.intervals[j], table, opposite):
            found.append(_ordered(f, g))
            if cap is not None and len(found) > cap:
                overflow = True
                break
    complements = []
    if opposite and table[(True, SAME_SECTION)] | table[(True, OTHER_SECTION)] | table[(False, SAME_SECTION)] | table[(False, OTHER_SECTION)]:  # complements in one document: the sum check, every pair
        by_doc: dict[str, list[Figure]] = defaultdict(list)
        for g in fb:
            by_doc[g.doc_id].append(g)
        for f in fa:
            for g in by_doc.get(f.doc_id, ()):
                rel = relation(f, g)
                if rel is not None and table[(f.ordinal < g.ordinal, rel)]:
                    complements.append(_ordered(f, g))
    return found, overflow, complements


def _ordered(f: Figure, g: Figure) -> tuple[int, int]:
    return (f.ordinal, g.ordinal) if f.ordinal < g.ordinal else (g.ordinal, f.ordinal)


def _breaks(f: Figure, iv_f: Interval, g: Figure, iv_g: Interval, table: Mapping[tuple[bool, str], bool], opposite: bool) -> bool:
    """Whether figures ``f`` (of the table's first class) and ``g``, with their intervals on one
    scale, are comparable and break a rule (complements in one document are left to the sum check)."""
    rel = relation(f, g)
    if rel is None or (opposite and rel != OTHER_DOC) or not table[(f.ordinal < g.ordinal, rel)]:
        return False
    ia, ib = (iv_f, iv_g) if f.ordinal < g.ordinal else (iv_g, iv_f)
    return interval_conflict(ia, ib) is not None


# -- driving it over classes ---------------------------------------------------------------------


class ClassInfo(NamedTuple):
    """A class of figures with one signature: its representative, its first ordinal and the
    documents its figures are in."""

    rep: ClassRep
    first: int
    docs: frozenset[str]


def compare_classes(
    classes: Mapping[Any, ClassInfo],
    load_figures: Callable[[Any], Sequence[Figure]],
    load_claims: Callable[[list[int]], Mapping[int, StatisticClaim]],
    settings: CheckSettings,
    mark_compared: Callable[[Iterable[int]], None],
    convert: Callable[[Finding], Any] = lambda f: f,
) -> tuple[list[Any], int]:
    """Findings of the figure comparisons over all classes (each passed through ``convert``,
    so that a caller can keep records instead of findings that hold whole claims), and the
    number of comparable pairs.

    Classes are taken a candidate group at a time (classes joined by shared candidate keys,
    within one block), so only that group's figures are loaded. ``load_figures(key)`` gives a
    class's figures in input order; ``load_claims(ordinals)`` the claims of conflicting pairs;
    ``mark_compared`` receives the ordinals of figures in at least one comparable pair."""
    by_block: dict[tuple, list[Any]] = defaultdict(list)
    for key, info in sorted(classes.items(), key=lambda kv: kv[1].first):
        by_block[block_of(info.rep)].append(key)
    findings: list[Finding] = []
    pairs = 0
    for keys in by_block.values():
        near = _neighbours(keys, classes, settings)
        parent = {k: k for k in keys}
        for key, others in near.items():
            for other in others:
                _union(parent, key, other)
        groups: dict[Any, list[Any]] = defaultdict(list)
        for key in keys:
            groups[_root(parent, key)].append(key)
        for members in groups.values():
            figures = {k: load_figures(k) for k in members}
            found, n = _compare_group(members, near, classes, figures, settings, mark_compared)
            pairs += n
            findings += map(convert, _findings(found, load_claims, settings))
    return findings, pairs


def _union(parent: dict[Any, Any], a: Any, b: Any) -> None:
    ra, rb = _root(parent, a), _root(parent, b)
    if ra != rb:
        parent[ra] = rb


def _neighbours(keys: Sequence[Any], classes: Mapping[Any, ClassInfo], settings: CheckSettings) -> dict[Any, list[Any]]:
    """Each class of a block with the classes it may be comparable with (itself included), in input order."""
    index: dict[str, list[Any]] = defaultdict(list)
    queries = {}
    for key in keys:
        own, query = candidate_keys(classes[key].rep, classes[key].docs, settings)
        queries[key] = query
        for k in dict.fromkeys(own):
            index[k].append(key)
    near: dict[Any, dict[Any, None]] = {key: {key: None} for key in keys}
    for key in keys:
        for k in queries[key]:
            for other in index.get(k, ()):
                near[key][other] = None
                near[other][key] = None
    rank = {k: classes[k].first for k in keys}
    return {key: sorted(found, key=rank.__getitem__) for key, found in near.items()}


class _Edge(NamedTuple):
    table: dict[tuple[bool, str], bool]
    conflicts: list[tuple[int, int]]
    overflow: bool


def _compare_group(
    members: Sequence[Any],
    near: Mapping[Any, Sequence[Any]],
    classes: Mapping[Any, ClassInfo],
    figures: Mapping[Any, Sequence[Figure]],
    settings: CheckSettings,
    mark_compared: Callable[[Iterable[int]], None],
) -> tuple[list[tuple[int, int]], int]:
    """Conflicting pairs (by ordinal) and comparable pairs of one candidate group: every class
    against its neighbours, then each set of classes joined by comparable pairs reported in
    full or, with too many conflicts, against its consensus."""
    if len(members) == 1 and len(figures[members[0]]) < 2:
        return [], 0
    rank = {k: classes[k].first for k in members}
    counts: dict[Any, _Counts] = {}
    side_cache: dict[tuple[int, bool], _Side] = {}

    def sides(fs: Sequence[Figure], flip: bool) -> _Side:
        key = (id(fs), flip)
        if key not in side_cache:
            side_cache[key] = _side(fs, flip)
        return side_cache[key]

    edges: dict[tuple[Any, Any], _Edge] = {}
    complements: list[tuple[int, int]] = []
    pairs = 0
    parent = {k: k for k in members}
    # conflicts looked for in this candidate group before each set is judged; the limit of any
    # set of comparable classes in it is at most this, so a pair cut short here is finished later
    budget = max(settings.max_pairwise_conflicts, sum(len(f) for f in figures.values()))
    for key in members:
        fa, info = figures[key], classes[key]
        flags, every = [False] * len(fa), False
        for other in near[key]:
            lead = rank[key] <= rank[other]
            if not lead and (other, key) not in edges:
                continue  # no comparable pair: nothing to count or flag from this side either
            fb = None if other == key else figures[other]
            shared = other == key or not info.docs.isdisjoint(classes[other].docs)
            edge = edges.get((other, key))
            if edge is not None:
                table = _swap(edge.table)
            else:
                table = comparable_table(info.rep, classes[other].rep, settings, RELATIONS if shared else (OTHER_DOC,))
            if shared and other not in counts:
                counts[other] = _Counts(figures[other])
            cap = max(0, budget)
            result = compare_class_pair(
                fa, fb, info.rep, classes[other].rep, settings, table, find=lead, cap=cap,
                disjoint_docs=not shared, counts_b=counts.get(other), sides=sides,
            )
            if not every:
                flags = [x or y for x, y in zip(flags, result.compared)]
                every = all(flags)
            if lead and result.pairs:
                pairs += result.pairs
                edges[(key, other)] = _Edge(table, result.conflicts, result.overflow)
                budget -= len(result.conflicts)
                complements += result.complements
                _union(parent, key, other)
        mark_compared(f.ordinal for f, flag in zip(fa, flags) if flag)
    found = list(complements)
    sets: dict[Any, list[Any]] = defaultdict(list)
    for key in members:
        sets[_root(parent, key)].append(key)
    inside: dict[Any, dict[tuple[Any, Any], _Edge]] = defaultdict(dict)
    for pair, edge in edges.items():
        inside[_root(parent, pair[0])][pair] = edge
    for root, keys in sets.items():
        limit = max(settings.max_pairwise_conflicts, sum(len(figures[k]) for k in keys))
        edges_in = inside[root]
        conflicts = [p for edge in edges_in.values() for p in edge.conflicts]
        unfinished = [pair for pair, edge in edges_in.items() if edge.overflow]
        if unfinished and len(conflicts) <= limit:  # cut short by the group's budget: finish them
            conflicts = [p for edge in edges_in.values() if not edge.overflow for p in edge.conflicts]
            for a, b in unfinished:
                fb = None if a == b else figures[b]
                more = _conflicting(figures[a], fb, classes[a].rep, classes[b].rep, settings, edges_in[(a, b)].table, limit - len(conflicts), sides)
                conflicts += more[0]
                if more[1]:
                    break
        if len(conflicts) > limit:
            tables = {pair: edge.table for pair, edge in edges_in.items()}
            conflicts = _consensus(keys, tables, classes, figures.__getitem__, settings)
        found += conflicts
    return found, pairs


def _root(parent: dict[Any, Any], key: Any) -> Any:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _consensus(
    members: Sequence[Any],
    tables: Mapping[tuple[Any, Any], Mapping[tuple[bool, str], bool]],
    classes: Mapping[Any, ClassInfo],
    load_figures: Callable[[Any], Sequence[Figure]],
    settings: CheckSettings,
) -> list[tuple[int, int]]:
    """The bounded answer for a group with many disagreeing figures: each figure against the
    group's consensus (the median point estimate, complements turned round to the positive
    side), or against its own class's median when it cannot be compared with that one; and the
    lowest figure against the highest."""
    figures = [(k, f) for k in members for f in load_figures(k)]
    flips = {
        k: classes[k].rep.polarity == "negative" and classes[k].rep.measure.axis in settings.complementable_axes
        and classes[k].rep.value.unit == "proportion"
        for k in members
    }
    on_scale = {f.ordinal: complement_of(f.interval) if flips[k] else f.interval for k, f in figures}

    def scaled(k: Any, f: Figure) -> Interval:
        return on_scale[f.ordinal]

    def median(items: Sequence[tuple[Any, Figure]]) -> Optional[tuple[Any, Figure]]:
        points = sorted((scaled(k, f).point, f.ordinal, k, f) for k, f in items if _kind(scaled(k, f)) == "point")  # type: ignore[type-var]
        if not points:
            return min(items, key=lambda kf: kf[1].ordinal) if items else None
        _, _, k, f = points[(len(points) - 1) // 2]
        return k, f

    center = median(figures)
    own = {k: median([(k, f) for f in load_figures(k)]) for k in members}
    low = min(figures, key=lambda kf: (scaled(*kf).lo, kf[1].ordinal))
    high = max(figures, key=lambda kf: (scaled(*kf).hi, -kf[1].ordinal))
    found: set[tuple[int, int]] = set()
    for k, f in figures:
        for ck, c in (center, own[k]):  # type: ignore[misc]
            state = None if c is f else _pair_state(k, f, ck, c, tables, classes, settings)
            if state is not None:  # compared with this one: conflicting or not, done
                if state:
                    found.add(_ordered(f, c))
                break
    if low[1] is not high[1] and _pair_state(*low, *high, tables, classes, settings):
        found.add(_ordered(low[1], high[1]))
    return sorted(found)


def _table(tables: Mapping[tuple[Any, Any], Mapping[tuple[bool, str], bool]], a: Any, b: Any) -> Optional[Mapping[tuple[bool, str], bool]]:
    """The comparability table of classes (a, b), from the stored (a, b) or (b, a) one."""
    if (a, b) in tables:
        return tables[(a, b)]
    if (b, a) in tables:
        return _swap(tables[(b, a)])
    return None


def _pair_state(
    ka: Any, f: Figure, kb: Any, g: Figure,
    tables: Mapping[tuple[Any, Any], Mapping[tuple[bool, str], bool]],
    classes: Mapping[Any, ClassInfo],
    settings: CheckSettings,
) -> Optional[bool]:
    """None when figure ``f`` of class ``ka`` and ``g`` of ``kb`` are not compared by their
    intervals (not comparable, or complements in one document); else whether they conflict."""
    table = _table(tables, ka, kb)
    rel = relation(f, g)
    if table is None or rel is None or not table[(f.ordinal < g.ordinal, rel)]:
        return None
    rep_a, rep_b = classes[ka].rep, classes[kb].rep
    opposite = ka != kb and complementary(rep_a, rep_b, settings)  # type: ignore[arg-type]
    if opposite and rel != OTHER_DOC:
        return None
    iv_f = complement_of(f.interval) if opposite and rep_a.polarity == "negative" else f.interval
    iv_g = complement_of(g.interval) if opposite and rep_b.polarity == "negative" else g.interval
    return _breaks(f, iv_f, g, iv_g, table, opposite)


def _swap(table: Mapping[tuple[bool, str], bool]) -> dict[tuple[bool, str], bool]:
    """The table of (b, a) from that of (a, b)."""
    return {(not first, rel): v for (first, rel), v in table.items()}


def _findings(
    pairs: list[tuple[int, int]], load_claims: Callable[[list[int]], Mapping[int, StatisticClaim]], settings: CheckSettings
) -> list[Finding]:
    """compare_pair on the conflicting pairs, the earlier figure first (as all pairs would)."""
    if not pairs:
        return []
    claims = load_claims(sorted({o for p in pairs for o in p}))
    out = []
    for x, y in sorted(set(pairs)):
        f = compare_pair(claims[x], claims[y], settings)
        if f is not None:
            out.append(f)
    return out
