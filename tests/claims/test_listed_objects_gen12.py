"""Objects listed after an imperative verb (session 21, gen12): each further object is a recommendation of its own,
the first keeps the verb (CLAIMS_SPEC.md: a recommended list of things gives one per item). What follows the last
object and belongs to the whole list (a place, a means, a time, a participle phrase) ends the last item; items may be
two words long. Sentences written for these tests, about other conditions than the development corpora's."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def actions(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a means or place after the last object belongs to all of them
        ("Wash pillowcases, sheets and towels on a hot cycle.", ["Wash pillowcases", "sheets", "towels"]),
        ("Take ibuprofen, naproxen or aspirin with food.", ["Take ibuprofen", "naproxen", "aspirin"]),
        # a participle phrase after the last object: which ones, not part of the name
        ("Wash hats, scarves and combs used in the last two days in hot water.", ["Wash hats", "scarves", "combs"]),
        # a time after the last object
        ("Change pillowcases, face cloths and towels daily.", ["Change pillowcases", "face cloths", "towels"]),
        # two-word objects after a verb that is an adjective too
        ("Clean door handles, light switches and taps every day.", ["Clean door handles", "light switches", "taps"]),
        ("Wipe kitchen counters, chopping boards and fridge handles with a disinfectant.",
         ["Wipe kitchen counters", "chopping boards", "fridge handles"]),
    ],
)
def test_each_listed_object_is_a_recommendation(sentence: str, expected: list[str]) -> None:
    assert actions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a preposition inside a middle item: what the object is like, no list of objects
        ("Eat a diet rich in oily fish, nuts and seeds.", ["Eat a diet rich in oily fish"]),
    ],
)
def test_no_listed_objects(sentence: str, expected: list[str]) -> None:
    assert actions(sentence)[: len(expected)] == expected
    assert len(actions(sentence)) == len(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Toe separators, gel pads and night splints are widely sold.",  # a listed subject before its predicate
        "Dry lips, cracking and soreness.",  # a bullet of findings, no imperative
        "Wet cough, fever and chills.",
    ],
)
def test_no_imperative_over_a_list(sentence: str) -> None:
    assert actions(sentence) == []


def test_examples_of_an_object_keep_no_example_word() -> None:
    # "including" opens the examples of the object (each a claim of its own, CLAIMS_SPEC.md), never an object itself
    sentence = "Patients with severe psoriasis should be offered phototherapy, including narrowband UVB, PUVA and home units."
    found = actions(sentence)
    assert "phototherapy" in found and "PUVA" in found
    assert not any(a.lower().startswith("including") for a in found)
