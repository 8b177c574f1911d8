"""A recommended action followed by a comma list of further objects of its verb gives one recommendation per object,
the first with the verb (CLAIMS_SPEC.md, session 12); the lists that name something else stay in one advice. The
sentences are written for these tests, about conditions of no development corpus."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.strength, m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a sick-day rule of a diabetes clinic: the list ends at a subordinate clause
        ("If you are vomiting, you should stop taking metformin, gliclazide and dapagliflozin until you can eat again.",
         [("stop taking metformin", "should", False), ("gliclazide", "should", False), ("dapagliflozin", "should", False)]),
        # things to avoid with hives, the last joined by "or"
        ("Avoid hot showers, tight clothing or spicy food.",
         [("hot showers", "should", True), ("tight clothing", "should", True), ("spicy food", "should", True)]),
        # a bullet of a leaflet on gastritis, the strength of its cue kept
        ("- try to cut down on coffee, cola and alcohol",
         [("cut down on coffee", "may", False), ("cola", "may", False), ("alcohol", "may", False)]),
    ],
)
def test_each_listed_object_is_a_recommendation(sentence: str, expected: list) -> None:
    assert advice(sentence) == expected


@pytest.mark.parametrize(
    "sentence, listed",
    [
        # what a preposition of the action names: the signs to look for
        ("Check your skin every week for lumps, moles or sores.", ["moles", "sores"]),
        # what the object's own clause names: the contents of one thing
        ("Avoid shampoos that contain sulphates, parabens or alcohol.", ["parabens", "alcohol"]),
        # the places to get help
        ("Call your GP, a pharmacist or NHS 111.", ["a pharmacist", "pharmacist", "NHS 111"]),
        # what the object is like: a diet and what it is low in, not more things to eat
        ("Eat a balanced diet, low in salt, sugar and saturated fat.", ["sugar", "saturated fat"]),
        # a dose and its limit
        ("Take two tablets every four hours, up to eight tablets a day.", ["up to eight tablets a day", "eight tablets a day"]),
    ],
)
def test_a_list_of_something_else_stays_one_advice(sentence: str, listed: list) -> None:
    got = advice(sentence)
    assert len(got) == 1 and got[0][0] not in listed
