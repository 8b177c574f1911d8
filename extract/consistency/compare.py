"""Comparing two figures of the same measure: contradiction, divergent, or complements over 100%."""

from __future__ import annotations

from typing import NamedTuple, Optional

from extract.consistency.describe import cite, fmt_number, fmt_value, what
from extract.consistency.intervals import ONE_SIDED, POINT_LIKE, Interval, bound_value, disjoint, ratio, to_interval
from extract.consistency.measures import complementary
from extract.consistency.settings import CheckSettings
from extract.records.models import StatisticClaim


class Finding(NamedTuple):
    kind: str
    severity: str
    claims: tuple[StatisticClaim, ...]
    explanation: str
    complemented: tuple[bool, ...]
    basis: Optional[str] = None


def _stated(c: StatisticClaim) -> float:
    v = c.value
    return v.point if v.point is not None else (v.lower or 0.0)


def complement_sum(a: StatisticClaim, b: StatisticClaim) -> Optional[Finding]:
    """Within one document: a positive and a negative figure on one axis adding up past 100%."""
    pos, neg = (a, b) if a.polarity == "positive" else (b, a)
    total = _stated(pos) + _stated(neg)
    if total <= 1.0 + pos.value.precision + neg.value.precision:
        return None
    exact = pos.value.qualifier in POINT_LIKE and neg.value.qualifier in POINT_LIKE
    severity = "high" if exact and total > 1.1 else "medium"
    text = (
        f"The same document gives {fmt_value(pos)} for {what(pos)} and {fmt_value(neg)} for {what(neg)}; "
        f"as complements they add up to {fmt_number(total, 'proportion')}, more than 100%. "
        f"Check which figure is wrong or whether they describe different groups: {cite(pos)}; {cite(neg)}."
    )
    return Finding("complement_sum", severity, (pos, neg), text, (False, False))


def _severity(pa: float, pb: float, settings: CheckSettings) -> str:
    r = ratio(pa, pb)
    if r >= settings.severity_ratio_high:
        return "high"
    return "medium" if r >= settings.severity_ratio_medium else "low"


def compare_pair(a: StatisticClaim, b: StatisticClaim, settings: CheckSettings) -> Optional[Finding]:
    """The flag two figures of one measure deserve, or None when they agree."""
    opposite = complementary(a, b, settings)
    if opposite and a.doc_id == b.doc_id:
        return complement_sum(a, b)
    flip_a = opposite and a.polarity == "negative"
    flip_b = opposite and b.polarity == "negative"
    ia = to_interval(a, settings.about_tolerance, flip_a)
    ib = to_interval(b, settings.about_tolerance, flip_b)
    measure = what(a if not flip_a else b)
    note = " (compared as complements: a failure rate of x% is a success rate of 100-x%)" if opposite else ""
    both = f"{cite(a)}; {cite(b)}"
    rule = interval_conflict(ia, ib)
    if rule is None:
        return None
    if rule == "divergent":
        text = (
            f"Two point estimates for {measure} differ beyond rounding: {fmt_value(a)} against "
            f"{fmt_value(b)}{note}. Check whether they describe the same population, follow-up and "
            f"definition: {both}."
        )
        return Finding("divergent", _severity(ia.point, ib.point, settings), (a, b), text, (flip_a, flip_b))  # type: ignore[arg-type]
    if rule == "contradiction":
        text = (
            f"The figures for {measure} cannot both hold: {fmt_value(a)} and {fmt_value(b)} do not "
            f"overlap{note}. {both}."
        )
        return Finding("contradiction", "high", (a, b), text, (flip_a, flip_b))
    iv_b, iv_p = (a, b) if rule == "bound_first" else (b, a)
    text = (
        f"A one-sided bound and a different point estimate for {measure}: {fmt_value(iv_b)} "
        f"against {fmt_value(iv_p)}{note}. The point lies within the bound, but the sources "
        f"state different figures; check which one a reader should rely on: {both}."
    )
    return Finding("divergent", "low", (a, b), text, (flip_a, flip_b))


def interval_conflict(ia: Interval, ib: Interval) -> Optional[str]:
    """Which rule two figures' intervals (on one scale) break, or None when they agree:
    ``"divergent"`` (two point estimates apart beyond their tolerances), ``"contradiction"``
    (disjoint intervals), ``"bound_first"`` / ``"bound_second"`` (that figure is a one-sided
    bound, the other a point estimate away from the bound's end)."""
    if ia.qualifier in POINT_LIKE and ib.qualifier in POINT_LIKE:
        return "divergent" if abs(ia.point - ib.point) > ia.tolerance + ib.tolerance else None  # type: ignore[operator]
    if disjoint(ia, ib):
        return "contradiction"
    for rule, bound, point in (("bound_first", ia, ib), ("bound_second", ib, ia)):
        if bound.qualifier in ONE_SIDED and point.qualifier in POINT_LIKE:
            if abs(bound_value(bound) - point.point) > bound.tolerance + point.tolerance:  # type: ignore[operator]
                return rule
    return None
