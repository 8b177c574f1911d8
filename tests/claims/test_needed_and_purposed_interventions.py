"""What a condition "needs", named as an intervention, is a treatment claim as well as advice (CLAIMS_SPEC.md, session
11), without how soon it is needed; and each of a short list of things advised with a purpose ("Take paracetamol or
ibuprofen to ease the pain") is a treatment claim of its own."""

import pytest


def _claims(nlp, title: str, text: str, kind: str) -> list[str]:  # noqa: ANN001
    doc = nlp(title + "\n\n" + text + "\n")
    return [(c.intervention.text if kind == "treatment" else c.action.text) for c in doc._.claims if c.type == kind]


@pytest.mark.parametrize("text, interventions", [
    ("A severe asthma attack needs a steroid injection urgently.", ["steroid injection"]),
    ("Nail infections often need antifungal tablets such as itraconazole or fluconazole.",
     ["antifungal tablets", "itraconazole", "fluconazole"]),
])
def test_what_is_needed_by_name_is_a_treatment(plain, text, interventions):  # noqa: ANN001
    assert sorted(_claims(plain, "Care", text, "treatment")) == sorted(interventions)


@pytest.mark.parametrize("text", [
    "The wound needs to be cleaned daily.",
    "You will need a blood test.",
    "Most children need nothing more than rest.",
])
def test_what_is_needed_otherwise_is_advice_only(plain, text):  # noqa: ANN001
    assert _claims(plain, "Care", text, "treatment") == []


def test_each_of_a_short_list_taken_for_a_purpose(plain):  # noqa: ANN001
    found = _claims(plain, "Shingles", "Take paracetamol or ibuprofen to ease the pain.", "treatment")
    assert sorted(found) == ["ibuprofen", "paracetamol"]


def test_a_list_without_an_intervention_stays_advice(plain):  # noqa: ANN001
    assert _claims(plain, "Sprains", "Take a warm bath or shower to ease the aches.", "treatment") == []
