"""Entry point of the consistency stage (being written)."""

from __future__ import annotations

from typing import NamedTuple, Sequence

from extract.records.models import Conflict, StatisticClaim


class CheckResult(NamedTuple):
    conflicts: list[Conflict]
    coverage: dict[str, int]


def check_claims(claims: Sequence[StatisticClaim]) -> CheckResult:
    """All conflicts among ``claims`` (every document of a run), and how many figures each check examined."""
    return CheckResult([], {})
