"""A symptom label before a colon that opens a case of care, not a list of findings (session 23, gen16; dev32's "No
symptoms: if the sinus has never been infected, surgery is not usually needed"): a denied or qualified label ("No
symptoms:", "Without symptoms:") or a clause after the colon ("Symptoms: if ...") names no symptom, while "Symptoms:
fever, stiff neck" still lists them. Sentences written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def _symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    "sentence",
    [
        "No symptoms: if the cyst has never been inflamed, no treatment is needed.",
        "Without symptoms: most people with a small hernia can wait and see.",
        "Mild symptoms: when the rash is small, a moisturiser is often enough.",
    ],
)
def test_a_case_after_a_label_names_no_symptom(sentence: str) -> None:
    assert _symptoms(sentence) == []


def test_a_label_with_findings_still_lists_them() -> None:
    assert _symptoms("Symptoms: fever, stiff neck and headache.") == ["fever", "stiff neck", "headache"]
