"""A thing advised to take or use "for" a finding of the condition ("Take paracetamol or ibuprofen for the pain", "Use an
antihistamine cream for the itching") is a treatment claim, one per item of a short list, with what it is for as its
effect (CLAIMS_SPEC.md, session 11: advice naming an intervention with what it does is a treatment too). "for" a time, a
manner or a person is no purpose. Sentences written for these tests, about other conditions."""

import pytest


def _treatments(nlp, title: str, text: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    doc = nlp(title + "\n\n" + text + "\n")
    return sorted((c.intervention.text, c.effect) for c in doc._.claims if c.type == "treatment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Take paracetamol or ibuprofen for the pain.", [("ibuprofen", "for the pain"), ("paracetamol", "for the pain")]),
        ("Use an antihistamine cream for the itching.", [("antihistamine cream", "for the itching")]),
    ],
)
def test_a_thing_taken_for_a_finding_is_a_treatment(plain, text, expected):  # noqa: ANN001
    assert _treatments(plain, "Chickenpox", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Take the tablets for a week.",  # a time
        "Take a warm bath or shower for the aches.",  # no intervention named
        "See a pharmacist for advice on the rash.",  # nothing taken
    ],
)
def test_for_a_time_or_without_an_intervention_is_no_treatment(plain, text):  # noqa: ANN001
    assert _treatments(plain, "Chickenpox", text) == []
