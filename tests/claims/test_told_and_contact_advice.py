"""Advice told in the passive ("You'll be advised to ...", "Most people are told to ..."; "You will be asked to fast
before the test" stays an instruction, as tests/claims/test_recommendations_challenge.py holds), advice given by clinicians the agent list lacked ("Your dentist may suggest ..."), and "contact" as the first word
of a compound noun ("contact lenses", "contact sports"), not a call to the site's services (issue 3, session 14).

Every text here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def actions(sentence: str) -> list[tuple[str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("You'll be advised to keep the ear dry for two weeks.", [("keep the ear dry for two weeks", False)]),
        ("Patients are usually advised to avoid swimming for a month.", [("avoid swimming for a month", True)]),
        ("Most people are told to rest the ankle for a few days.", [("rest the ankle for a few days", False)]),
        ("Your dentist may suggest a mouth guard.", [("mouth guard", False)]),
        ("Your midwife may suggest a support belt.", [("support belt", False)]),
    ],
)
def test_passive_telling_and_clinicians_give_advice(sentence, expected):
    assert actions(sentence) == expected


def test_being_told_a_result_is_no_advice():
    assert actions("You will be told the results within a week.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Avoid contact sports until the spleen has healed.", [("contact sports", True)]),
        ("Do not wear contact lenses while you use the drops.", [("wear contact lenses", True)]),
    ],
)
def test_contact_compounds_are_advice_not_calls(sentence, expected):
    assert actions(sentence) == expected


def test_a_call_to_the_site_stays_none():
    assert actions("Contact us to book your first appointment.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Do not swim, bathe or use a hot tub until the wound has healed.",
         [("swim", True), ("bathe", True), ("use a hot tub", True)]),
        ("Don't smoke, drink alcohol or stay up late before the test.", [("smoke", True), ("drink alcohol", True), ("stay up late", True)]),
    ],
)
def test_a_negated_comma_list_of_bare_actions_is_advised_against_item_by_item(sentence, expected):
    assert actions(sentence) == expected


def test_an_or_inside_one_advice_or_after_a_positive_action_stays():
    assert actions("Come back or call 111 if the bleeding starts again.") == [("Come back or call 111", False)]
    assert actions("Do not scratch, use a cool compress instead.") == [("scratch", True), ("use a cool compress", False)]
