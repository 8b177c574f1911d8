"""Consistency: flagging figures and claims that disagree, and grouping claims across documents.

This stage owns deciding which figures measure the same thing (same outcome, population,
intervention and threshold, complements normalised), comparing them as intervals
(contradiction, divergent), and the arithmetic checks within one document (complementary
figures above 100%, parts that do not add up to their whole, percentages that no whole count
out of the stated n can give). For the qualitative claims (causes, symptoms, treatments,
recommendations) it owns grouping the claims that say the same thing across documents
(:mod:`~extract.consistency.groups`) and flagging claims that oppose each other
(:mod:`~extract.consistency.qualitative`). Everything is pure functions over claim records;
figures are compared by measure class and sweep, not all pairs (:mod:`~extract.consistency.sweep`),
and :func:`~extract.consistency.files.check_file` runs the whole check from a claims.jsonl
file, one group of claims in memory at a time.
"""

from extract.consistency.check import CheckResult, check_claims
from extract.consistency.files import check_file
from extract.consistency.groups import group_claims, select_groups
from extract.consistency.qualitative import check_qualitative

__all__ = ["CheckResult", "check_claims", "check_file", "check_qualitative", "group_claims", "select_groups"]
