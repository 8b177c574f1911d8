"""A clause the reader or a group notices or finds of their own is a symptom ("you may notice that they refuse
feeds, are floppy ...", "Some people notice they put on weight quickly", "Some find their eyes water a lot");
what they find helps is none (session 15: dev11's heart failure page, dev16's dry eye leaflet, dev19's meningitis
leaflet). Sentences written for these tests."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return sorted(sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In toddlers, you may notice that they stop eating, are listless or have a hoarse cough.",
         ["hoarse cough", "listless", "stop eating"]),
        ("Some people notice they lose weight without trying, especially in the first months.", ["lose weight without trying"]),
        ("Many people find their hands shake in the mornings.", ["hands shake in the mornings"]),
        ("At first you might only notice that you tire more quickly when you walk uphill.", ["tire more quickly"]),
    ],
)
def test_a_noticed_clause_names_its_states(sentence: str, expected: list) -> None:
    assert symptoms(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Many people find that they sleep better after a short walk.",  # a relief
        "Some people find they ease the ache within a few days.",  # what the medicines named before do
        "Most people find their nurse very helpful.",  # no part of the body
    ],
)
def test_a_noticed_relief_or_a_person_is_no_symptom(sentence: str) -> None:
    assert symptoms(sentence) == []
