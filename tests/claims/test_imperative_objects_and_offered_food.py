"""Three edges of imperative advice. An imperative whose object is a pronoun is advice with that object ("If you
find a splinter, remove it as soon as you can": 'remove it', not a bare verb taken for a heading). Two adjectives
right after the verb are one noun's ("Offer soft, cool foods such as ..."), as after a determiner ("a healthy,
balanced diet"). Foods offered are advice, not interventions: the examples of a food class after "Offer" give
recommendations and no treatment claim.

Sentences written for these tests, about conditions no corpus covers.
"""

import pytest

import extract
from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def advised(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("If you find a splinter, remove it as soon as you can.", ["remove it"]),
        ("If the dressing gets wet, replace it as soon as possible.", ["replace it"]),
    ],
)
def test_an_imperative_with_a_pronoun_object_is_advice(sentence: str, expected: list[str]) -> None:
    assert advised(sentence) == expected


def test_a_bare_verb_is_still_no_advice() -> None:
    assert advised("Rest.") == []


def test_two_adjectives_after_the_verb_are_one_nouns() -> None:
    assert advised("Offer small, frequent meals to a child with gastroenteritis.")[0].startswith("small, frequent meals")


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return extract.load(link=False, progress=False)


def test_offered_foods_are_advice_and_no_treatment(nlp) -> None:  # noqa: ANN001
    doc = nlp("Offer soft, cold foods such as custard, jelly or ice cream if your child has a sore throat.")
    advice = {c.action.text for c in doc._.claims if c.type == "recommendation"}
    offered = {c.intervention.text for c in doc._.claims if c.type == "treatment" and c.evidence.rule == "treatment:offered"}
    assert {"custard", "jelly", "ice cream"} <= advice
    # (the mention rules still read "cold foods" as an intervention: a known weakness of treatment:mention)
    assert not offered & {"custard", "jelly", "ice cream", "soft"}
