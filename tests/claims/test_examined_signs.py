"""Signs a clinician, an examination or a test finds are symptom claims of the page's condition ("we usually find reduced
movement and tender muscles", "Blood tests may show a low platelet count"); what is looked for, found absent or found to
be so ("show whether", "found no", "found that") is none."""

import pytest


def _symptoms(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp("Frozen wrist\n\n" + text + "\n")
    return [c.symptom.text for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize("text, signs", [
    ("On examination the physiotherapist usually finds reduced wrist movement and tender tendons along the thumb.",
     ["reduced wrist movement", "tender tendons along the thumb"]),
    ("Your GP may find a warm, swollen joint.", ["warm, swollen joint"]),
    ("Blood tests often show raised inflammatory markers or a low haemoglobin.", ["raised inflammatory markers", "low haemoglobin"]),
])
def test_signs_found_are_symptoms(plain, text, signs):  # noqa: ANN001
    assert sorted(_symptoms(plain, text)) == sorted(signs)


@pytest.mark.parametrize("text", [
    "An X-ray will show whether the bone is broken.",
    "Blood tests found no sign of infection.",
    "We found that most patients recover within a year.",
    "Your doctor may find it helpful to refer you to a hand therapist.",
])
def test_what_is_looked_for_or_absent_is_no_symptom(plain, text):  # noqa: ANN001
    assert _symptoms(plain, text) == []


@pytest.mark.parametrize("text", [
    "They should start to feel better within 30 minutes.",
    "Most children should get better within a week.",
])
def test_a_recovery_expected_of_people_is_no_advice(plain, text):  # noqa: ANN001
    doc = plain("Heat exhaustion\n\n" + text + "\n")
    assert [c for c in doc._.claims if c.type == "recommendation"] == []
