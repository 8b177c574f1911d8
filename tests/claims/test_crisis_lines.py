"""A crisis or poisons line is a care contact, as 999 and 111 are: "call or text 988", "call the Samaritans on 116 123"
are advice, and so is the action after them; a clinic's own number stays a call to action. Sentences written for these
tests."""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def _actions(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


def test_call_or_text_a_crisis_line_and_the_next_action_are_advice() -> None:
    sentence = "If you feel you cannot keep yourself safe, call or text 988, or go to your nearest emergency department."
    assert _actions(sentence) == ["call or text 988", "go to your nearest emergency department"]


@pytest.mark.parametrize(("sentence", "action"), [
    ("If you are struggling, call the Samaritans on 116 123.", "call the Samaritans on 116 123"),
    ("If a child swallows the tablets, call the poison control center straight away.", "call the poison control center straight away"),
])
def test_a_helpline_is_a_care_contact(sentence: str, action: str) -> None:
    assert _actions(sentence) == [action]


def test_a_clinic_number_is_still_a_call_to_action() -> None:
    assert _actions("Call or text us today to book your assessment.") == []
