"""What a condition or its symptoms get better with ("Symptoms usually improve with rest and ice", "Most cases settle
within a week with rest, ice and simple painkillers", "Gingivitis is reversible with good home care") is a treatment
claim per item, the verb of getting better its effect (CLAIMS_SPEC.md: a treatment with its claimed effect); time,
age, a treatment named by no name and who helps are none. Sentences written for these tests, about other
conditions."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def _treatments(sentence: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES)
    return [(sentence[m.subject[0] : m.subject[1]], m.relation) for m in found if m.kind == "treatment"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shin pain usually improves with rest and ice.", [("rest", "improves"), ("ice", "improves")]),
    ("Most sprains settle within two weeks with rest, compression and simple painkillers.",
     [("rest", "settle"), ("compression", "settle"), ("simple painkillers", "settle")]),
    ("Early gum disease is reversible with daily flossing and a professional clean.",
     [("daily flossing", "is reversible"), ("professional clean", "is reversible")]),
])
def test_what_a_condition_gets_better_with_is_a_treatment(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _treatments(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Most children get better with time.",
    "The rash often improves with age.",
    "It usually gets better with treatment.",
    "Your knee should improve with the help of your physiotherapist.",
    "We will check whether it improves with the new dose.",
])
def test_time_age_a_nameless_treatment_or_a_helper_is_none(sentence: str) -> None:
    assert _treatments(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The typical sign is weakness that worsens with activity and improves with rest.",
    "Many people have tiredness that does not get better with sleep.",
])
def test_how_a_finding_behaves_is_no_treatment(sentence: str) -> None:
    assert _treatments(sentence) == []
