"""Knowing or learning how to do something for one's care ("you must know how to recognise and treat a hypo", "Learn how
to use your adrenaline pen") is advice, the whole skill one action; knowing a fact ("You should know that ...") and
"learn more about our services" are not. Sentences written for these tests, about other conditions."""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def _actions(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.strength) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("If your child has a severe allergy, you must know how to spot and treat anaphylaxis.",
     [("know how to spot and treat anaphylaxis", "must")]),
    ("Learn how to use your adrenaline pen.", [("Learn how to use your adrenaline pen", "should")]),
])
def test_a_skill_of_care_is_advice(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _actions(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "You should know that most cases clear up on their own.",
    "Learn more about our allergy services.",
])
def test_knowing_a_fact_or_learning_more_is_no_advice(sentence: str) -> None:
    assert _actions(sentence) == []


@pytest.mark.parametrize(("sentence", "action"), [
    ("Antihistamine sprays work best if you start them two weeks before the pollen season.",
     "start them two weeks before the pollen season"),
    ("Antiviral tablets are most effective when you take them within three days of the rash.",
     "take them within three days of the rash"),
])
def test_how_a_thing_works_best_is_advice(sentence: str, action: str) -> None:
    # the condition of a thing's best effect is how to use it
    assert _actions(sentence) == [(action, "should")]


def test_a_state_a_thing_works_best_in_is_no_advice() -> None:
    assert _actions("The exercise works best if you are relaxed.") == []
