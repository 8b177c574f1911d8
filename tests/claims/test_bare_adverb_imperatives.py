"""An imperative after a bare "also" or "then", with no comma ("Also avoid loud music", "Then rest the joint"), is advice
as after "Also," (session 25: dev7, dev31); a statement opened so stays none. The sentences are written for these
tests, about conditions outside the development corpora."""

import pytest

from extract.claims.recommendations import recommendations
from tests.claims.conftest import CUES


def actions(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Also avoid tight collars; pressure on the neck can bring on an attack.", "tight collars"),
        ("Then rest the wrist in a splint for two weeks.", "rest the wrist in a splint for two weeks"),
        ("Also call the ward straight away if the wound starts to leak.", "call the ward straight away"),
    ],
)
def test_an_imperative_after_a_bare_adverb_is_advice(sentence: str, expected: str) -> None:
    assert expected in actions(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Also known as writer's cramp, it affects the hand.", "Then the swelling spreads to the ankle."],
)
def test_a_statement_after_a_bare_adverb_is_no_advice(sentence: str) -> None:
    assert actions(sentence) == []
