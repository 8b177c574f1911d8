"""What "is (usually) the first step" or "the best first step" names is a course of care advised, of strength may or
should, and an intervention named so is a treatment claim too, each item of a list subject one (CLAIMS_SPEC.md, session
10: "X is the first option"); "Take the first step today" is a call to action, no advice. Sentences written for these
tests, about other conditions."""

import pytest


def _claims(nlp, text: str, kind: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    doc = nlp("Bursitis\n\n" + text + "\n")
    if kind == "treatment":
        return sorted((c.intervention.text, None) for c in doc._.claims if c.type == kind)
    return sorted((c.action.text, c.strength) for c in doc._.claims if c.type == kind)


def test_a_listed_first_step_is_advice_and_treatment_per_item(plain):  # noqa: ANN001
    text = "Rest, ice packs and a padded splint are usually the first step."
    assert _claims(plain, text, "recommendation") == [("Rest", "may"), ("ice packs", "may"), ("padded splint", "may")]
    assert _claims(plain, text, "treatment") == [("Rest", None), ("ice packs", None), ("padded splint", None)]


def test_the_best_first_step_is_a_should(plain):  # noqa: ANN001
    assert _claims(plain, "An ultrasound scan is the best first step.", "recommendation") == [("ultrasound scan", "should")]


@pytest.mark.parametrize("text", [
    "Take the first step towards a pain-free life and book with our team.",
    "Book today and take the first step.",
])
def test_a_call_to_take_the_first_step_is_no_advice(plain, text):  # noqa: ANN001
    assert _claims(plain, text, "recommendation") == []


def test_a_subject_ending_in_a_modal_s_letters_keeps_its_strength(plain):  # noqa: ANN001
    # "scan" ends in the letters of "can": no modal before the cue, the advice stays a should
    assert _claims(plain, "A CT scan is the best option.", "recommendation") == [("CT scan", "should")]
