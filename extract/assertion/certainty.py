"""Grading how certain the text makes a claim, from the flags and hedges that modify it."""

from __future__ import annotations

from typing import Iterable

from extract.records.models import Certainty


def grade(negated: bool, hedge_grades: Iterable[str]) -> Certainty:
    """The certainty of a claim, from whether it is negated and the grades of its hedges.

    ``hedge_grades`` holds the grade of every hedge cue that modifies the claim
    ("probable", "possible" or "doubtful"; see ``data/hedges.json``). The first rule that
    applies wins:

    1. negated and hedged ("may not", "is unlikely to", "does not usually") -> ``doubtful``
    2. negated ("does not", "no evidence that") -> ``counterfact``
    3. a doubtful hedge ("rarely", "unlikely", "little evidence that") -> ``doubtful``
    4. a possible hedge ("may", "suggests", "up to") -> ``possible``
    5. a probable hedge ("often", "usually", "probably") -> ``probable``
    6. nothing -> ``fact``

    So the weakest hedge wins over stronger ones ("often may" is possible). Hypothetical and
    generic framing do not change the grade: a conditional or generic claim is graded by how
    certainly it is stated within its condition or class.

    >>> grade(False, []), grade(True, []), grade(True, ["possible"]), grade(False, ["probable", "possible"])
    ('fact', 'counterfact', 'doubtful', 'possible')
    """
    grades = set(hedge_grades)
    unknown = grades - {"probable", "possible", "doubtful"}
    if unknown:
        raise ValueError(f"unknown hedge grades: {sorted(unknown)}")
    if negated:
        return "doubtful" if grades else "counterfact"
    for level in ("doubtful", "possible", "probable"):
        if level in grades:
            return level  # type: ignore[return-value]
    return "fact"
