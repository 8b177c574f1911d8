"""Checks within one document: parts against their whole, percentages against their n."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional, Sequence

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.consistency.compare import Finding
from extract.consistency.describe import cite
from extract.consistency.settings import CheckSettings
from extract.records.models import StatisticClaim


def _head(c: StatisticClaim) -> str:
    words = (c.population or "").lower().split()
    return words[-1] if words else ""


def whole_checked(c: StatisticClaim) -> bool:
    """Whether the parts-and-whole check reads the figure: an exact count."""
    return c.value.unit == "count" and c.value.qualifier == "exact" and c.value.point is not None


def parts_whole(claims: Sequence[StatisticClaim], settings: CheckSettings) -> tuple[list[Finding], int]:
    """Sentences that state a whole count and a complete partition of it (women and men).

    Returns the findings and how many wholes could be checked; parts that add up pass silently.
    """
    findings: list[Finding] = []
    checked = 0
    by_sentence: dict[tuple[str, int], list[StatisticClaim]] = defaultdict(list)
    for c in claims:
        if whole_checked(c):
            by_sentence[(c.doc_id, c.evidence.sentence_index)].append(c)
    members = {w for p in settings.partitions for w in p}
    for group in by_sentence.values():
        group.sort(key=lambda c: c.value.start)
        wholes = [c for c in group if _head(c) not in members and c.evidence.rule != "count_n"]
        if not wholes:
            continue
        whole = wholes[0]
        breakdowns = [
            [c for c in group if _head(c) in partition and c.value.start > whole.value.start]
            for partition in settings.partitions
        ]
        breakdowns = [b for b, p in zip(breakdowns, settings.partitions) if sorted(map(_head, b)) == sorted(p)]
        # trial arms: "218 patients ... randomised to A (n = 108) or B (n = 106)"
        arms = [c for c in group if c.evidence.rule == "count_n" and c.value.start > whole.value.start]
        if len(arms) >= 2:
            breakdowns.append(arms)
        for parts in breakdowns:
            checked += 1
            total = sum(c.value.point for c in parts)  # type: ignore[misc]
            if abs(total - whole.value.point) < 0.5:  # type: ignore[operator]
                continue
            listing = " + ".join(f"{int(c.value.point)} {_head(c) if c.evidence.rule != 'count_n' else '(' + c.value.surface + ')'}" for c in parts)  # type: ignore[arg-type]
            text = (
                f"The parts do not add up to the whole: {listing} = {int(total)}, but the sample is "
                f"{int(whole.value.point)} ({cite(whole)}). One of the counts is wrong or a group is "  # type: ignore[arg-type]
                f"missing from the breakdown."
            )
            findings.append(Finding("parts_whole", "high", (whole, *parts), text, (False,) * (1 + len(parts))))
    return findings, checked


def _decimals(surface: str) -> int:
    m = re.search(r"\d+(?:\.(\d+))?\s*(?:%|percent|per\s*cent)", surface, re.I)
    return len(m.group(1)) if m and m.group(1) else 0


def granularity_basis(percent_times_10d: int, decimals: int, n: int) -> tuple[bool, bool]:
    """Whether some whole k out of n gives the reported percentage (scaled by 10^decimals as an
    integer R), under rounding (half up) and under truncation. Integer arithmetic only."""
    scale = 100 * 10**decimals
    r = percent_times_10d
    k0 = (r * n) // scale
    ks = range(max(0, k0 - 2), min(n, k0 + 3) + 1)
    rounding = any((2 * r - 1) * n <= 2 * scale * k < (2 * r + 1) * n for k in ks)
    truncation = any(r * n <= scale * k < (r + 1) * n for k in ks)
    return rounding, truncation


def granularity(claim: StatisticClaim, settings: CheckSettings) -> Optional[Finding]:
    """A GRIM-style check of a percentage against its denominator; None when rounding explains it."""
    v = claim.value
    d = _decimals(v.surface)
    if d > settings.granularity_max_decimals:
        return None
    n = claim.n.n  # type: ignore[union-attr]
    r = round(v.point * 100 * 10**d)  # type: ignore[operator]
    rounding, truncation = granularity_basis(r, d, n)
    if rounding:
        return None
    k = round(v.point * n)  # type: ignore[operator]
    near = ", ".join(f"{kk}/{n} = {100 * kk / n:.{d + 3}f}%" for kk in (k - 1, k, k + 1) if 0 <= kk <= n)
    if truncation:
        text = (
            f"{v.surface} of n = {n} is consistent only under truncation, not under rounding "
            f"({near}): the source truncates or misreports. {cite(claim)}; n from \"{claim.n.surface}\"."  # type: ignore[union-attr]
        )
        return Finding("granularity", "low", (claim,), text, (False,), basis="truncation")
    text = (
        f"No whole count out of n = {n} gives {v.surface}, under rounding or truncation ({near}). "
        f"The percentage or the n is wrong. {cite(claim)}; n from \"{claim.n.surface}\"."  # type: ignore[union-attr]
    )
    return Finding("granularity", "high", (claim,), text, (False,), basis="neither")


def checkable_granularity(claims: Iterable[StatisticClaim]) -> list[StatisticClaim]:
    """Percentages stated exactly and with a denominator."""
    return [
        c for c in claims
        if c.value.unit == "proportion" and c.n is not None and c.value.qualifier == "exact"
        and c.value.point is not None and c.evidence.rule == "percent"
    ]
