"""The kinds of an advised thing listed after it, after a colon or "with plenty of" ("Gradually add more fibre: fruit,
veg, porridge", "Eat a high-fibre diet, with plenty of fruit, vegetables and beans"), are each advised too, as the
examples after "such as" are (CLAIMS_SPEC.md: a class and its examples); under "avoid" each is advised against. A colon
before a clause or a single thing lists no kinds. Sentences written for these tests, about other conditions."""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def _actions(sentence: str) -> list[tuple[str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


def test_kinds_after_a_colon_are_each_advised() -> None:
    sentence = "Drink more fluids: water, diluted squash, herbal tea."
    assert _actions(sentence) == [("Drink more fluids", False), ("water", False), ("diluted squash", False), ("herbal tea", False)]


def test_kinds_with_plenty_of_are_each_advised() -> None:
    sentence = "Eat a balanced diet, with plenty of oily fish, nuts and leafy greens."
    assert [a for a, _ in _actions(sentence)] == ["Eat a balanced diet", "oily fish", "nuts", "leafy greens"]


def test_kinds_of_what_to_avoid_are_each_advised_against() -> None:
    sentence = "Avoid known triggers: red wine, strong cheese and chocolate."
    assert all(against for _, against in _actions(sentence))
    assert [a for a, _ in _actions(sentence)] == ["known triggers", "red wine", "strong cheese", "chocolate"]


@pytest.mark.parametrize("sentence", [
    "Keep a diary: write down what you ate and how you slept.",
    "Rest the joint: it needs time to heal.",
])
def test_a_colon_before_a_clause_lists_no_kinds(sentence: str) -> None:
    assert len(_actions(sentence)) == 1
