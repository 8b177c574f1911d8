"""Advice about another action on a named intervention than giving it (CLAIMS_SPEC.md, session 17: "when the verb names
another action on it (stopped, combined, switched, taken with) the subject is that action"), now with a named subject
as with a pronoun: "Beta-blockers should not be stopped suddenly" advises against 'stopped suddenly', and the named
thing is no treatment claim of its own; positive advice does so when its subject names no intervention ("The dose
should be reduced slowly"). A time before "before" is no alternative ("taken 30 minutes before breakfast"), while "Try
physiotherapy before surgery" still names what it comes before.

Sentences written for these tests, about conditions no corpus covers.
"""

import pytest

import extract
from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def advice(sentence: str) -> list[tuple[str, bool, str | None]]:
    g = lambda span: sentence[span[0] : span[1]] if span else None  # noqa: E731
    return [(g(m.subject), m.against, g(m.instead_of)) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Beta-blockers should not be stopped suddenly in people with angina.", ("stopped suddenly in people with angina", True, None)),
        ("The dose should be reduced slowly over several weeks.", ("reduced slowly over several weeks", False, None)),
    ],
)
def test_the_action_on_a_named_thing_is_the_advice(sentence: str, expected: tuple) -> None:
    assert advice(sentence)[0] == expected


def test_positive_advice_on_a_named_intervention_keeps_it() -> None:
    # (CLAIMS_SPEC.md, session 27; a time before "before" is no alternative)
    assert advice("Levothyroxine should be taken 30 minutes before breakfast.")[0] == ("Levothyroxine", False, None)


def test_what_comes_before_an_action_with_no_time_is_still_an_alternative() -> None:
    assert advice("Try a splint before surgery.") == [("splint", False, "surgery")]


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return extract.load(link=False, progress=False)


def test_the_thing_acted_on_is_no_treatment_claim(nlp) -> None:  # noqa: ANN001
    doc = nlp("Angina\n\nBeta-blockers should not be stopped suddenly.\n")
    assert not [c for c in doc._.claims if c.type == "treatment"]
