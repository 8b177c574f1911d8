"""Getting better is what to expect, not advice, whoever the subject (session 33, gen54): "They should start to feel
better within an hour" says what will happen, as "The swelling should settle" does; advice until one feels better
stays advice ("You should rest until you feel better").

The sentences are written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues(None)


def actions(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the glucose drink they should start to feel better within 15 minutes.",
        "Your child should begin to get better after two or three days of antibiotics.",
        "Most people with food poisoning should start feeling much better within 48 hours.",
    ],
)
def test_getting_better_is_no_advice(sentence: str) -> None:
    assert actions(sentence) == []


def test_advice_until_one_feels_better_stays() -> None:
    assert actions("With a migraine you should rest in a dark room until you feel better.") != []
