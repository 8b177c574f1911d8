"""Warning signs that come with the condition in a sentence of advice (session 13: dev15): "Call 999
if hives come with A, B or C", "See a doctor if the rash is accompanied by ...", and a list of
signs read on past a second place of the first ("swelling of the tongue or throat, difficulty
breathing, ..."). The sentences are written for these tests, about other conditions than the
development corpora's."""

import pytest

from extract.claims.relations import find_relations
from tests.claims.conftest import CUES


def signs(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in find_relations(sentence, CUES, None)[0] if m.kind == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Get medical help at once if a headache comes with a stiff neck or a rash.", ["stiff neck", "rash"]),
        ("Call 999 if a nosebleed is accompanied by dizziness or a racing heartbeat.", ["dizziness", "racing heartbeat"]),
        ("Call 999 if you have swelling of the lips or mouth, wheezing, or feeling faint.", ["swelling of the lips", "wheezing", "feeling faint"]),
    ],
)
def test_signs_that_come_with_the_condition_are_warning_symptoms(sentence: str, expected: list) -> None:
    assert signs(sentence) == expected


def test_what_comes_back_or_a_belief_is_no_sign() -> None:
    assert signs("See your GP if the rash comes back.") == []
    assert signs("See your GP if you think you have hives.") == []
