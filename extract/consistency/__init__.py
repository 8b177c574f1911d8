"""Consistency: flagging figures that disagree, across and within documents.

This stage owns deciding which figures measure the same thing (same outcome, population,
intervention and threshold, complements normalised), comparing them as intervals
(contradiction, divergent), and the arithmetic checks within one document (complementary
figures above 100%, parts that do not add up to their whole, percentages that no whole count
out of the stated n can give). Everything is pure functions over claim records.
"""

from extract.consistency.check import CheckResult, check_claims

__all__ = ["CheckResult", "check_claims"]
