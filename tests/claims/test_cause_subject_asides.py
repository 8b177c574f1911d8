"""Causes whose subject carries an aside before the verb, and predicates in the past (session 13:
dev15): a noun phrase in apposition (", a hole in the wall of the bowel,"), the examples a subject
singles out (", in particular X,", ", especially X,"), and "remained / became the main risk
factor". The sentences are written for these tests, about other conditions than the development
corpora's."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A blocked tear duct, a common problem in babies, can lead to conjunctivitis.",
         [("blocked tear duct", "conjunctivitis", "causes")]),
        ("Gallstones, the hard lumps that form in the gallbladder, can cause pancreatitis.",
         [("Gallstones", "pancreatitis", "causes")]),
    ],
)
def test_an_appositive_between_subject_and_verb_is_no_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_fronted_phrase_is_no_subject() -> None:
    assert causes("Left untreated, the infection can spread to the kidneys.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Long journeys, in particular long flights, are the main risk factor.",
         {"Long journeys", "long flights"}),
        ("Heavy drinking and some medicines, especially steroids, raise the risk of osteonecrosis.",
         {"Heavy drinking", "steroids"}),
    ],
)
def test_examples_singled_out_after_the_subject_are_causes_too(sentence: str, expected: set) -> None:
    assert {c for c, _, _ in causes(sentence)} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In the 1990s, smoking remained the strongest risk factor.",
        "By then, obesity had become the main risk factor.",
        "Obesity became the leading risk factor.",
    ],
)
def test_a_predicate_in_the_past_names_its_subject(sentence: str) -> None:
    assert [r for _, _, r in causes(sentence)] == ["risk_factor"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("People with lupus have three times the risk of a stroke.", [("lupus", "stroke", "risk_factor")]),
        ("Women with migraine have about twice the risk.", [("migraine", None, "risk_factor")]),
        ("Smokers with psoriasis have roughly double the odds of severe disease.", [("psoriasis", "severe disease", "risk_factor")]),
    ],
)
def test_a_group_with_a_multiple_of_the_risk_names_a_risk_factor(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected
