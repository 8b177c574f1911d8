"""Advice a clinician gave, as a patient reports it: "my GP told me to start moving", "The dietitian said to avoid
bran", "My GP said you can try a probiotic", "I was told to rest" (session 28; dev33's labyrinthitis blog and dev44's
IBS thread). What the clinician said that is no advice ("said it was probably caused by stress") stays none.
Sentences written for these tests, about conditions no corpus covers."""

import pytest


def _advice(nlp, sentence: str) -> list[tuple[str, str, bool]]:  # noqa: ANN001
    return [(c.action.text, c.strength, c.against) for c in nlp(sentence)._.claims if c.type == "recommendation"]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("After the flare settled, my rheumatologist told me to start the exercises again.", ("start the exercises again", "should", False)),
        ("The podiatrist said to avoid flat shoes for a while.", ("avoid flat shoes", "should", True)),
        ("My GP said you can try an antihistamine at night.", ("try an antihistamine at night", "may", False)),
        ("The consultant said I should keep the splint on at night.", ("keep the splint on at night", "should", False)),
        ("I was told to keep the arm in a sling for two weeks.", ("keep the arm in a sling for two weeks", "should", False)),
    ],
)
def test_reported_advice_is_advice(plain, sentence: str, expected: tuple) -> None:  # noqa: ANN001
    assert expected in _advice(plain, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "My GP said it was probably the new washing powder.",
        "The nurse told me the results would take a week.",
        "She said that the rash would fade.",
    ],
)
def test_what_was_said_that_is_no_advice_stays_none(plain, sentence: str) -> None:  # noqa: ANN001
    assert _advice(plain, sentence) == []
