"""Figures as intervals: tolerance for rounding and 'about', orientation, comparison."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.records.models import StatisticClaim, Value

POINT_LIKE = ("exact", "about")
ONE_SIDED = ("up_to", "less_than", "at_least", "more_than")


class Interval(NamedTuple):
    """A figure's interval on the comparison scale, widened by its tolerance (a named tuple:
    the check makes one per figure, millions at scale)."""

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
        tol += rounding_tolerance(v, about_tolerance)
    interval = Interval(lower, upper, v.point, v.qualifier, tol, False)
    return complement_of(interval) if complement else interval


def complement_of(iv: Interval) -> Interval:
    """The interval of 1 - value: bounds swapped and a one-sided qualifier turned around."""
    point = None if iv.point is None else 1.0 - iv.point
    return Interval(1.0 - iv.upper, 1.0 - iv.lower, point, _FLIP.get(iv.qualifier, iv.qualifier), iv.tolerance, True)


_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUMBER = r"(\d+|" + "|".join(_NUMBER_WORDS) + r")"
_K_IN_N = re.compile(_NUMBER + r"\s+(?:in|out\s+of|of\s+every)\s+(?:every\s+)?" + _NUMBER + r"\b", re.IGNORECASE)
_DECIMAL = re.compile(r"\d[.,](\d+)")


def rounding_tolerance(value: Value, about_tolerance: float) -> float:
    """How far the figure an approximate proportion rounds may lie from it, beyond the precision
    of its digits (``value.precision``, half the last digit): half the step a writer rounds to.
    "About 90%" and "about 85%" are rounded to 5 points (2.5 either way), "about 83%" to one
    (its digits say as much), "about 83.5%" to a tenth; "about 1 in 5" lies between "1 in 4.5"
    and "1 in 5.5" (half the gap to "1 in 4" and "1 in 6"); "about half" or "roughly a third"
    to 5 points. Other units (counts, ratios) keep the relative ``about_tolerance`` of the
    settings."""
    point = value.point
    if point is None:
        return 0.0
    if value.unit != "proportion":
        return about_tolerance * abs(point)
    return max(0.0, _half_step(value.surface, point) - value.precision)


@lru_cache(maxsize=4096)
def _half_step(surface: str, point: float) -> float:
    """Half the rounding step of an approximate proportion as written (cached: figures repeat)."""
    k_in_n = _K_IN_N.search(surface)
    if k_in_n:
        k, n = (int(g) if g.isdigit() else _NUMBER_WORDS[g.lower()] for g in k_in_n.groups())
        if n > 1 and 0 < k < n:
            return (k / (n - 0.5) - k / (n + 0.5)) / 2
    if not re.search(r"\d", surface):
        return 0.05  # "about half", "roughly two thirds"
    decimals = _DECIMAL.search(surface)
    if decimals:
        return 0.5 * 10 ** -len(decimals.group(1)) / 100
    percent = round(point * 100)
    return 0.025 if percent % 5 == 0 else 0.005


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
