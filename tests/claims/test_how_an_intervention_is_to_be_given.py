"""What an intervention "needs to be" ("repeated after 7 days", "applied twice a day") is advice on how to give it
(CLAIMS_SPEC.md, session 17: "need to be VERBed" states what should be done); the action is the participle phrase,
even after a quantifier of the interventions ("Most lice treatments ..."), which is no share of people.

Sentences of our own, about conditions the development corpora do not cover.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, str]]:
    found, _ = find_relations(sentence, CUES, None)
    return [(sentence[m.subject[0] : m.subject[1]], m.strength) for m in found if m.kind == "recommendation"]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Most scabies treatments need to be repeated after 7 days.", "repeated after 7 days"),
        ("A wart gel usually needs to be used for 12 weeks.", "used for 12 weeks"),
        ("The gel needs to be applied twice a day to the cold sore.", "applied twice a day to the cold sore"),
        ("Antibiotics for cellulitis need to be taken for the full course.", "taken for the full course"),
    ],
)
def test_how_an_intervention_needs_to_be_given_is_advice(sentence: str, action: str) -> None:
    assert (action, "should") in advice(sentence)


def test_a_share_of_people_who_need_care_is_still_how_often() -> None:
    assert advice("Most people with shingles need to be treated at home.") == []
