"""Imperatives the lexicon alone does not read (issue 3, session 14): a verb that is an adjective too before where it
acts ("Clean between your teeth"; "Keep moving" and "Quit vaping" stay read as before), advice
with a call to the site's services in a clause of its own ("Quit smoking - ask us about support"), and the objects
listed after an action up to a relative clause ("Cut down on salt, sugar and red meat, which ...").

Every text here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def actions(sentence: str, advice_item: bool = False) -> list[tuple[str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES, advice_item=advice_item)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Keep moving during the day, even when your hip is stiff.", [("Keep moving during the day", False)]),
        ("Quit vaping before your operation.", [("Quit vaping", False)]),  # up to its time clause
        ("Dry between your toes carefully after a bath.", [("Dry between your toes carefully after a bath", False)]),
        ("Clean around the catheter site every morning.", [("Clean around the catheter site every morning", False)]),
    ],
)
def test_imperatives_the_lexicon_reads_as_nouns_or_adjectives(sentence, expected):
    assert actions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Face swelling",  # a finding: the first word is a body part, the gerund a finding
        "Skin peeling on the palms",
        "Morning stiffness lasts about an hour.",
        "Slow in onset and usually mild.",  # an adjective before a preposition without a place
        "Dry skin around the mouth",
    ],
)
def test_findings_and_descriptions_are_no_imperatives(sentence):
    assert actions(sentence, advice_item=True) == []


def test_bullet_with_the_sites_offer_in_a_clause_of_its_own_keeps_its_advice():
    assert actions("\u2022 Stop smoking - ask us about our free support clinic", advice_item=True) == [("Stop smoking", False)]
    assert actions("Give up alcohol; call us to join our support group.") == [("Give up alcohol", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pop in and ask \u2013 no appointment needed.",  # a remark set off by the dash: the whole is the site's offer
        "Call us today - our team will book your consultation.",
    ],
)
def test_calls_to_action_stay_none(sentence):
    assert actions(sentence) == []


def test_listed_objects_end_at_a_relative_clause():
    got = actions("Cut down on salt, sugar and red meat, which can all raise your risk.")
    assert got == [("Cut down on salt", False), ("sugar", False), ("red meat", False)]
    got = actions("Avoid tight boots, high heels and narrow shoes, because they press on the joint.")
    assert got == [("tight boots", True), ("high heels", True), ("narrow shoes", True)]  # "avoid" names what is avoided


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Don't repeat my mistake - wear earplugs at concerts.", [("wear earplugs at concerts", False)]),
        ("Take my advice and keep the ankle raised for two days.", [("keep the ankle raised for two days", False)]),
    ],
)
def test_an_action_on_the_writers_own_leads_to_the_advice(sentence, expected):
    assert actions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Swelling around the ankle bone is common after a sprain.",  # a finding opens the sentence, no imperative
        "Bleeding from the gums when you brush",
        "Your physiotherapist may recommend any of the following:",  # a lead-in: its items are the advice
        "Our team can suggest one or more of these options:",
    ],
)
def test_findings_and_lead_ins_are_no_recommendations(sentence):
    assert actions(sentence) == []


def test_a_fronted_where_clause_is_the_situation_not_the_advice():
    got = actions("Where an operation is needed, the type should be chosen with the surgeon.")
    assert ("operation", False) not in got


def test_a_referral_to_a_joint_specialty_stays_one_recommendation():
    got = actions("Referral to a hand and wrist surgeon is recommended when the finger stays locked.")
    assert got == [("Referral to a hand and wrist surgeon", False)]
