"""What a thing "should not" do by the course of things ("Conjunctivitis should not hurt much", "it should not affect your
sight", "The swelling should not last more than a week") is what to expect, no advice against anything, as "The rash
should clear up" is no advice (CLAIMS_SPEC.md: expectations); what a person "should not" do stays advice against.
Sentences written for these tests, about other conditions."""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def _actions(sentence: str) -> list[tuple[str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize("sentence", [
    "A stye should not hurt much, and it should not affect your vision.",
    "The bruising should not last more than two weeks.",
    "This shouldn't leave a scar.",
])
def test_what_a_thing_should_not_do_is_no_advice(sentence: str) -> None:
    assert _actions(sentence) == []


@pytest.mark.parametrize(("sentence", "action"), [
    ("You should not return to nursery until the spots have crusted over.", "return to nursery"),
    ("Children should not return to school for 48 hours.", "return to school for 48 hours"),
])
def test_what_a_person_should_not_do_is_advice_against(sentence: str, action: str) -> None:
    assert _actions(sentence) == [(action, True)]
