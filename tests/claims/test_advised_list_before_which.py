"""The things a piece of advice is against, listed before a "which" clause that says what they do (session 24, gen20;
dev18's "cut down on alcohol, caffeine and spicy food, which can set off hot flushes"): each thing is a cause of what
the clause names, as one thing or two joined by "and" already were ("cut down on caffeine and alcohol, which irritate
the bladder"). Sentences written for these tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import causes


def _unknown(text: str) -> bool:
    """A vocabulary that knows the drinks and foods named (the pipeline always passes one)."""
    return text.lower() in {"alcohol", "coffee", "cola", "spicy food", "fizzy drinks"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Cut down on alcohol, coffee and spicy food, which can set off a flare of rosacea.",
         [("alcohol", "flare of rosacea"), ("coffee", "flare of rosacea"), ("spicy food", "flare of rosacea")]),
        ("- avoid alcohol, coffee and fizzy drinks, which can trigger palpitations",
         [("alcohol", "palpitations"), ("coffee", "palpitations"), ("fizzy drinks", "palpitations")]),
    ],
)
def test_each_thing_advised_against_is_a_cause(sentence: str, expected: list) -> None:
    got = [(c, e) for c, e, _ in causes(sentence, known=_unknown)]
    assert all(x in got for x in expected)


def test_a_sentence_that_opens_with_no_advice_keeps_its_subject() -> None:
    sentence = "Many people drink alcohol, coffee and cola, which can set off a flare."
    assert ("alcohol", "flare") not in [(c, e) for c, e, _ in causes(sentence, known=_unknown)]
