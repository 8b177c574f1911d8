"""A list of objects that ends at ", and" before an action of its own (session 24, gen20; dev25's "Don't share towels,
flannels or bedding, and wash them on a hot cycle", dev23's "Try not to share towels, socks or nail clippers, and throw
away old shoes ..."): each object is a recommendation of its own, as in any listed object (CLAIMS_SPEC.md, session 12),
and the action after the list keeps its own. Sentences written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # head lice: things not to share, then a chore of its own
        ("Don't share combs, hats or pillows, and wash them on a hot cycle.",
         [("share combs", True), ("hats", True), ("pillows", True)]),
        # rosacea: things to avoid, then a diary to keep
        ("Avoid hot drinks, saunas and spicy food, and keep a diary of your flares.",
         [("hot drinks", True), ("saunas", True), ("spicy food", True), ("keep a diary of your flares", False)]),
    ],
)
def test_the_list_ends_before_an_action_of_its_own(sentence: str, expected: list) -> None:
    got = advice(sentence)
    assert all(e in got for e in expected)


def test_a_list_with_a_verb_inside_stays_one_advice() -> None:
    # "..., up to 10 puffs" / "and keep active" right after the first object: no list of objects
    assert [a for a, _ in advice("Avoid lifting, and keep active.")] == ["lifting", "keep active"]
