"""Figures as intervals: tolerance for rounding and 'about', orientation, comparison."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from extract.records.models import StatisticClaim

POINT_LIKE = ("exact", "about")
ONE_SIDED = ("up_to", "less_than", "at_least", "more_than")


@dataclass(frozen=True)
class Interval:
    """A figure's interval on the comparison scale, widened by its tolerance."""

    lower: float
    upper: float
    point: Optional[float]
    qualifier: str
    tolerance: float
    complemented: bool

    @property
    def lo(self) -> float:
        return self.lower - self.tolerance

    @property
    def hi(self) -> float:
        return self.upper + self.tolerance


_FLIP = {"up_to": "at_least", "less_than": "more_than", "at_least": "up_to", "more_than": "less_than"}


def to_interval(claim: StatisticClaim, about_tolerance: float, complement: bool = False) -> Interval:
    """The claim's interval; with ``complement``, of 1 - value (90% relief as 10% without)."""
    v = claim.value
    upper_default = 1.0 if v.unit == "proportion" else float("inf")
    lower = v.lower if v.lower is not None else 0.0
    upper = v.upper if v.upper is not None else upper_default
    tol = v.precision
    if v.qualifier == "about" and v.point is not None:
        tol += about_tolerance * abs(v.point)
    point, qualifier = v.point, v.qualifier
    if complement:
        lower, upper = 1.0 - upper, 1.0 - lower
        point = None if point is None else 1.0 - point
        qualifier = _FLIP.get(qualifier, qualifier)
    return Interval(lower, upper, point, qualifier, tol, complement)


def disjoint(a: Interval, b: Interval) -> bool:
    """Whether two intervals are disjoint beyond their tolerances."""
    return a.hi < b.lo or b.hi < a.lo


def bound_value(iv: Interval) -> float:
    """The stated end of a one-sided bound."""
    return iv.upper if iv.qualifier in ("up_to", "less_than") else iv.lower


def ratio(a: float, b: float) -> float:
    """max/min of two magnitudes (inf when one is zero)."""
    lo, hi = sorted((abs(a), abs(b)))
    return hi / lo if lo else float("inf")
