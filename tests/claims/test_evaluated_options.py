"""Predicates that rank an intervention as an option (session 27): "X remains a curative option", "X may be the
better option", "X is a safer alternative", "X is the recommended first treatment" recommend X, as "X is a good option"
does (CLAIMS_SPEC.md: an option or alternative so named is also a recommendation); "X are best" as "X is best"; and
"Y is best soothed / treated with X" advises X, the means, not Y. "X is the first-line treatment for Y" stays a
treatment claim only (CLAIMS_SPEC.md: what treats, no advice).

Sentences written for these tests, about conditions no corpus covers.
"""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def advice(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.strength) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cholecystectomy remains a curative option for recurrent biliary colic.", [("Cholecystectomy", "may")]),
        ("Steroid injection may be the better option for a frozen shoulder in the freezing phase.", [("Steroid injection", "may")]),
        ("Topical NSAIDs are a safer alternative for older adults with hand osteoarthritis.", [("Topical NSAIDs", "may")]),
        ("Permethrin cream is the recommended first treatment for scabies.", [("Permethrin cream", "should")]),
        ("Warm salt-water gargles are best.", [("Warm salt-water gargles", "should")]),
    ],
)
def test_a_ranked_option_is_recommended(sentence: str, expected: list) -> None:
    assert advice(sentence) == expected


def test_what_is_best_treated_with_a_means_advises_the_means() -> None:
    assert advice("A sore throat is best soothed with warm salt-water gargles.") == [("warm salt-water gargles", "should")]


def test_the_first_line_treatment_is_no_advice() -> None:
    assert advice("Permethrin cream is the first-line treatment for scabies.") == []
