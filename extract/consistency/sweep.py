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

**The bound.** When many figures of a group disagree, the disagreeing pairs are themselves
quadratic (100 figures around 30% and five "up to 30%" bounds: 475 low divergences). A group
(one class, or two comparable classes) reports every conflicting pair while there are at most
``max(settings.max_pairwise_conflicts, group size)`` of them; above that, each figure is
compared with the group's consensus (the median point estimate) and the two most extreme
figures with each other, so a group reports at most about as many conflicts as it has figures.
Figures that add up past 100% as complements in one document are always all reported.
Coverage (``pairs_compared``, ``figures_compared``) counts every comparable pair either way.

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
from extract.consistency.measures import _ICD_CODE, complementary, incomparable_reason
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


def candidate_keys(rep: ClassRep) -> Optional[list[str]]:
    """Keys two comparable classes of one block share, or None when the class states no outcome
    terms (it may be comparable with any class of its block).

    Outcome terms, and the outcome concept's ids, related ids and ICD-10-CM code prefixes: two
    figures pass the outcome test only with a shared term, an empty side, or one concept
    (shared id, or one ICD-10-CM code under the other)."""
    m = rep.measure
    if not m.outcome_terms:
        return None
    keys = ["t:" + t for t in m.outcome_terms]
    concept = m.outcome_concept
    if concept is not None:
        for code in (concept.id, *concept.related):
            keys.append("c:" + code)
            if _ICD_CODE.match(code):
                keys.append("icd:" + code.replace(".", "")[:3])
    return keys


_PLACES = {
    OTHER_DOC: (("\x00doc1", "\x00s1", 0), ("\x00doc2", "\x00s1", 1)),
    SAME_SECTION: (("\x00doc1", "\x00s1", 0), ("\x00doc1", "\x00s1", 1)),
    OTHER_SECTION: (("\x00doc1", "\x00s1", 0), ("\x00doc1", "\x00s2", 1)),
}


def _stand_in(rep: ClassRep, place: tuple[str, str, int]) -> _StandIn:
    return _StandIn(place[0], _Where(place[1], place[2]), *rep)


def comparable_table(a: ClassRep, b: ClassRep, settings: CheckSettings) -> dict[tuple[bool, str], bool]:
    """Whether a figure of class ``a`` and one of class ``b`` are comparable, by (whether the
    first of the two in input order is of ``a``, relation): ``incomparable_reason`` on stand-ins."""
    table = {}
    for rel, (p1, p2) in _PLACES.items():
        table[(True, rel)] = incomparable_reason(_stand_in(a, p1), _stand_in(b, p2), settings) is None  # type: ignore[arg-type]
        table[(False, rel)] = incomparable_reason(_stand_in(b, p1), _stand_in(a, p2), settings) is None  # type: ignore[arg-type]
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
    least one, and the conflicting pairs as (ordinal, ordinal) in input order."""

    pairs: int
    compared: list[bool]
    conflicts: list[tuple[int, int]]


def compare_class_pair(
    fa: Sequence[Figure],
    fb: Optional[Sequence[Figure]],
    rep_a: ClassRep,
    rep_b: ClassRep,
    settings: CheckSettings,
    table: Mapping[tuple[bool, str], bool],
    find: bool = True,
) -> GroupResult:
    """Comparable pairs, comparability flags of ``fa`` and conflicting pairs of class ``a``
    against class ``b`` (``fb`` None: ``a`` against itself). Pairs are counted once for two
    classes; ``find`` False skips looking for conflicts (the pair was done from the other side)."""
    same = fb is None
    others = fa if same else fb
    symmetric = all(table[(True, r)] == table[(False, r)] for r in RELATIONS)
    if symmetric:
        counts = _Counts(others)  # type: ignore[arg-type]
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
    conflicts = _conflicting(fa, fb, rep_a, rep_b, settings, table) if find and pairs else []
    return GroupResult(pairs, flags, conflicts)


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
) -> list[tuple[int, int]]:
    same = fb is None
    fb = fa if fb is None else fb
    opposite = not same and complementary(rep_a, rep_b, settings)  # type: ignore[arg-type]
    sa = _side(fa, opposite and rep_a.polarity == "negative")
    sb = sa if same else _side(fb, opposite and rep_b.polarity == "negative")
    limit = max(settings.max_pairwise_conflicts, len(fa) + (0 if same else len(fb)))
    found: list[tuple[int, int]] = []
    for i, j in _candidates(sa, sb, same):
        if _breaks(sa, i, sb, j, table, opposite):
            found.append(_ordered(sa.figures[i], sb.figures[j]))
            if len(found) > limit:
                found = _consensus(sa, sb, same, table, opposite)
                break
    if opposite:  # complements in one document: the sum check, every pair
        by_doc: dict[str, list[Figure]] = defaultdict(list)
        for g in fb:
            by_doc[g.doc_id].append(g)
        for f in fa:
            for g in by_doc.get(f.doc_id, ()):
                rel = relation(f, g)
                if rel is not None and table[(f.ordinal < g.ordinal, rel)]:
                    found.append(_ordered(f, g))
    return found


def _ordered(f: Figure, g: Figure) -> tuple[int, int]:
    return (f.ordinal, g.ordinal) if f.ordinal < g.ordinal else (g.ordinal, f.ordinal)


def _breaks(sa: _Side, i: int, sb: _Side, j: int, table: Mapping[tuple[bool, str], bool], opposite: bool) -> bool:
    """Whether figures i of a and j of b are comparable and their intervals break a rule
    (complements in one document are left to the sum check)."""
    f, g = sa.figures[i], sb.figures[j]
    rel = relation(f, g)
    if rel is None or (opposite and rel != OTHER_DOC) or not table[(f.ordinal < g.ordinal, rel)]:
        return False
    ia, ib = (sa.intervals[i], sb.intervals[j]) if f.ordinal < g.ordinal else (sb.intervals[j], sa.intervals[i])
    return interval_conflict(ia, ib) is not None


def _consensus(sa: _Side, sb: _Side, same: bool, table: Mapping[tuple[bool, str], bool], opposite: bool) -> list[tuple[int, int]]:
    """The bounded answer for a group with many disagreeing figures: each figure against the
    group's consensus (the median point estimate, or the first figure when there is none), and
    the figure of lowest interval against the one of highest."""
    members = [(sa, i) for i in range(len(sa.figures))] + ([] if same else [(sb, j) for j in range(len(sb.figures))])
    points = sorted((s.intervals[k].point, s.figures[k].ordinal, s is sa, k) for s, k in members if s.kinds[k] == "point")  # type: ignore[type-var]
    if points:
        _, _, first, k = points[(len(points) - 1) // 2]
        center = (sa if first else sb, k)
    else:
        center = min(members, key=lambda m: m[0].figures[m[1]].ordinal)
    low = min(members, key=lambda m: (m[0].intervals[m[1]].lo, m[0].figures[m[1]].ordinal))
    high = max(members, key=lambda m: (m[0].intervals[m[1]].hi, -m[0].figures[m[1]].ordinal))
    pairs = [(center, m) for m in members] + [(low, high)]
    found: set[tuple[int, int]] = set()
    for (s1, k1), (s2, k2) in pairs:
        if s1 is s2 and (k1 == k2 or not same):
            continue
        (x, i), (y, j) = ((s1, k1), (s2, k2)) if s1 is sa else ((s2, k2), (s1, k1))
        if _breaks(x, i, y, j, table, opposite):
            found.add(_ordered(x.figures[i], y.figures[j]))
    return sorted(found)


# -- driving it over classes ---------------------------------------------------------------------


class ClassInfo(NamedTuple):
    """A class of figures with one signature: its representative and its first ordinal."""

    rep: ClassRep
    first: int


def compare_classes(
    classes: Mapping[Any, ClassInfo],
    load_figures: Callable[[Any], Sequence[Figure]],
    load_claims: Callable[[list[int]], Mapping[int, StatisticClaim]],
    settings: CheckSettings,
    mark_compared: Callable[[Iterable[int]], None],
) -> tuple[list[Finding], int]:
    """Findings of the figure comparisons over all classes, and the number of comparable pairs.

    ``load_figures(key)`` gives a class's figures in input order; ``load_claims(ordinals)``
    the claims of conflicting pairs; ``mark_compared`` receives the ordinals of figures in at
    least one comparable pair (the caller counts them)."""
    by_block: dict[tuple, list[Any]] = defaultdict(list)
    for key, info in sorted(classes.items(), key=lambda kv: kv[1].first):
        by_block[block_of(info.rep)].append(key)
    findings: list[Finding] = []
    pairs = 0
    for keys in by_block.values():
        found, n = _compare_block(keys, classes, load_figures, settings, mark_compared)
        pairs += n
        findings += _findings(found, load_claims, settings)
    return findings, pairs


def _neighbours(keys: Sequence[Any], classes: Mapping[Any, ClassInfo]) -> Iterator[tuple[Any, list[Any]]]:
    """Each class of a block with the classes it may be comparable with (itself included)."""
    index: dict[str, list[Any]] = defaultdict(list)
    wild: list[Any] = []
    own: dict[Any, Optional[list[str]]] = {}
    for key in keys:
        own[key] = candidate_keys(classes[key].rep)
        if own[key] is None:
            wild.append(key)
        else:
            for k in set(own[key]):  # type: ignore[arg-type]
                index[k].append(key)
    for key in keys:
        if own[key] is None:
            yield key, list(keys)
            continue
        near = dict.fromkeys(wild)
        for k in own[key]:  # type: ignore[union-attr]
            near.update(dict.fromkeys(index[k]))
        near[key] = None
        yield key, list(near)


def _compare_block(
    keys: Sequence[Any],
    classes: Mapping[Any, ClassInfo],
    load_figures: Callable[[Any], Sequence[Figure]],
    settings: CheckSettings,
    mark_compared: Callable[[Iterable[int]], None],
) -> tuple[list[tuple[int, int]], int]:
    """Conflicting pairs (by ordinal) and comparable pairs of one block."""
    if len(keys) == 1 and len(load_figures(keys[0])) < 2:
        return [], 0
    rank = {k: classes[k].first for k in keys}
    found: list[tuple[int, int]] = []
    pairs = 0
    tables: dict[tuple[Any, Any], dict[tuple[bool, str], bool]] = {}
    for key, near in _neighbours(keys, classes):
        fa = load_figures(key)
        flags = [False] * len(fa)
        for other in near:
            lead = rank[key] <= rank[other]
            table = tables.pop((key, other), None) if not lead else None
            if table is None:
                table = comparable_table(classes[key].rep, classes[other].rep, settings)
            if lead and other != key:
                tables[(other, key)] = _swap(table)  # for when ``other`` comes round
            fb = None if other == key else load_figures(other)
            result = compare_class_pair(fa, fb, classes[key].rep, classes[other].rep, settings, table, find=lead)
            flags = [x or y for x, y in zip(flags, result.compared)]
            if lead:
                pairs += result.pairs
                found += result.conflicts
        mark_compared(f.ordinal for f, flag in zip(fa, flags) if flag)
    return found, pairs


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
