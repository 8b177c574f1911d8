"""A medicine's storage and disposal and the errands of a visit ("Keep this medicine out of the sight and reach of
children", "Do not store above 25C", "Please bring all your inhalers with you") are no advice of care; taking or using
the medicine stays advice. Sentences written for these tests, about other conditions."""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def _actions(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize("sentence", [
    "Keep the cream out of the sight and reach of children.",
    "Do not store the drops above 25C.",
    "Do not use the gel after the expiry date.",
    "Please bring your spacer with you to the clinic.",
    "Do not throw used patches in the household bin.",
])
def test_storage_disposal_and_errands_are_no_advice(sentence: str) -> None:
    assert _actions(sentence) == []


@pytest.mark.parametrize(("sentence", "action"), [
    ("Keep taking the tablets every day.", "Keep taking the tablets every day"),
    ("Use the cream twice a day.", "Use the cream twice a day"),
])
def test_taking_the_medicine_stays_advice(sentence: str, action: str) -> None:
    assert _actions(sentence) == [action]


@pytest.mark.parametrize("text", [
    "Please take used inhalers back to a pharmacy for safe disposal.",
    "Store the insulin pens in the fridge.",
])
def test_a_medicine_named_in_its_storage_or_disposal_is_no_treatment(plain, text):  # noqa: ANN001
    doc = plain("Diabetes\n\n" + text + "\n")
    assert [c.type for c in doc._.claims if c.type in ("treatment", "recommendation")] == []


def test_contact_lenses_are_what_is_advised_not_a_call() -> None:
    # "Contact" opens the compound noun, not a verb of calling to strip from the subject
    assert _actions("Contact lenses should be taken out before using the drops.") == ["Contact lenses"]
