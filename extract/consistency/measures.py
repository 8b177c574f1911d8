"""Which figures measure the same thing, and how they relate (same or opposite polarity)."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Sequence

from extract.consistency.settings import CheckSettings
from extract.records.models import StatisticClaim


def block_key(c: StatisticClaim) -> tuple:
    """Claims can only be comparable within the same block (unit, outcome axis)."""
    return (c.value.unit, c.measure.axis)


def blocks(claims: Iterable[StatisticClaim]) -> Iterator[list[StatisticClaim]]:
    """Groups of claims sharing a block key, with two or more members."""
    groups: dict[tuple, list[StatisticClaim]] = defaultdict(list)
    for c in claims:
        groups[block_key(c)].append(c)
    for group in groups.values():
        if len(group) > 1:
            yield group


@lru_cache(maxsize=1)
def intervention_head_terms() -> frozenset[str]:
    """Stems that name an intervention: the figures stage's intervention heads, stemmed."""
    from extract.figures.context import stem
    from extract.figures.cues import load_context_cues

    cues = load_context_cues()
    generic = {st for w in cues.generic_interventions for st in stem(w, cues)}
    return frozenset(st for w in cues.intervention_heads for part in w.split() for st in stem(part, cues)) - generic


_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}


def times_compatible(ta: Sequence[str], tb: Sequence[str]) -> bool:
    """Time frames agree: one missing, the same words, or the same duration within 15%
    ('1 year' and '12 months'; '24 weeks' and '6 months')."""
    if not ta or not tb or list(ta) == list(tb):
        return True
    da, db = _duration(ta), _duration(tb)
    return da is not None and db is not None and max(da, db) <= 1.15 * min(da, db)


def _duration(t: Sequence[str]) -> Optional[float]:
    if len(t) == 2 and t[1] in _DAYS:
        try:
            return float(t[0]) * _DAYS[t[1]]
        except ValueError:
            return None
    return None


def interventions_compatible(a: StatisticClaim, b: StatisticClaim, settings: CheckSettings) -> bool:
    """Both without an intervention; or one intervention's terms within the other's; or, for
    different wordings ("spinal cord stimulation", "a stimulator"), half the specific terms of
    the shorter shared, including the name of the intervention itself (not only "permanent")."""
    ia, ib = set(a.measure.intervention_terms), set(b.measure.intervention_terms)
    if not ia or not ib:
        return not ia and not ib
    if ia <= ib or ib <= ia:
        return True
    generic = set(settings.generic_intervention_terms)
    sa, sb = ia - generic, ib - generic
    shared = sa & sb
    if not sa or not sb or not shared & intervention_head_terms():
        return False
    return len(shared) / min(len(sa), len(sb)) >= 0.5


def populations_compatible(a: StatisticClaim, b: StatisticClaim) -> bool:
    """Same population terms, or one side unspecified and the other a single term; a place on
    one side only is compatible (US vs unspecified), two different places are not (US vs
    worldwide)."""
    pa, pb = set(a.measure.population_terms), set(b.measure.population_terms)
    ga, gb = {t for t in pa if t.startswith("geo:")}, {t for t in pb if t.startswith("geo:")}
    ra, rb = pa - ga, pb - gb
    # an unspecified population is compatible with a one-word one ("chronic migraine patients" on a
    # migraine page), not with a description of a subgroup
    if ra != rb and not (not ra and len(rb) == 1 or not rb and len(ra) == 1):
        return False
    return not ga or not gb or ga == gb


def outcome_compatible(a: StatisticClaim, b: StatisticClaim) -> bool:
    """Outcome terms agree enough for the two figures to be of one measure.

    With a shared intervention and outcome axis ("success of carpal tunnel release"), only
    disjoint outcome terms on both sides veto; without one, the terms must overlap.
    """
    ta, tb = set(a.measure.outcome_terms), set(b.measure.outcome_terms)
    if a.value.unit == "count":
        return bool(ta) and ta == tb
    if a.measure.axis is not None and a.measure.intervention_terms:
        return not (ta and tb) or bool(ta & tb)
    if not ta or not tb:
        return a.measure.axis is not None
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.5


def incomparable_reason(a: StatisticClaim, b: StatisticClaim, settings: CheckSettings) -> Optional[str]:
    """Why two claims of one block do not measure the same thing, or None if they do."""
    if a.doc_id == b.doc_id and a.evidence.sentence_index == b.evidence.sentence_index:
        return "same sentence"
    if not interventions_compatible(a, b, settings):
        return "different interventions"
    if not populations_compatible(a, b):
        return "different populations"
    if not outcome_compatible(a, b):
        return "different outcomes"
    ha, hb = a.measure.threshold, b.measure.threshold
    if ha and hb and ha != hb:
        return "different thresholds"  # one side stating none is compatible, as for time frames
    if not times_compatible(a.measure.time_terms, b.measure.time_terms):
        return "different time frames"
    if a.doc_id != b.doc_id:
        shared = set(a.measure.topic_terms) & set(b.measure.topic_terms)
        if len(shared) < settings.min_topic_overlap:
            return "documents about different topics"
    if a.measure.axis is None and (a.polarity or b.polarity):
        return "no outcome axis"
    return None


def complementary(a: StatisticClaim, b: StatisticClaim, settings: CheckSettings) -> bool:
    """Whether the two figures are on one axis with opposite polarity (relief vs persistence)."""
    return (
        a.measure.axis in settings.complementable_axes
        and a.polarity is not None
        and b.polarity is not None
        and a.polarity != b.polarity
        and a.value.unit == "proportion"
    )
