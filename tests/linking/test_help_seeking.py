"""Advice to seek care ("see your GP", "call 999") links to the consultation or the emergency care
concept, read from a verb of contact and who is seen or a word of emergency (``help_seeking`` of
``data/linking.json``), however the page words it."""

from __future__ import annotations

import pytest

from extract.linking.linker import HELP_FACTOR, INTERVENTION_TYPES, Linker

CONSULTATION, EMERGENCY = "EV:medical_consultation", "EV:emergency_care"


@pytest.mark.parametrize(
    ("mention", "concept"),
    [
        ("Ring the practice nurse", CONSULTATION),
        ("talk to your midwife", CONSULTATION),
        ("book an appointment with your optician", CONSULTATION),
        ("ask the pharmacist", CONSULTATION),
        ("see a dermatologist", CONSULTATION),  # by its ending
        ("speaking to a podiatrist", CONSULTATION),
        ("phone 911", EMERGENCY),
        ("go to A&E", EMERGENCY),
        ("call an ambulance straight away", EMERGENCY),
        ("seek emergency medical attention", EMERGENCY),
        ("see a doctor urgently", EMERGENCY),  # an emergency word wins over who is seen
    ],
)
def test_advice_to_seek_care_links_to_its_concept(linker: Linker, mention: str, concept: str) -> None:
    found = linker.link(mention, INTERVENTION_TYPES)
    assert found is not None and found.id == concept, (mention, found)
    assert found.score >= HELP_FACTOR or found.alias == mention.lower()  # read by the rule, or named exactly


@pytest.mark.parametrize(
    "mention",
    [
        "please call us",  # nobody who gives care
        "go for a short walk",
        "take your tablets",
        "ask your GP to refer you for counselling",  # the referral's object is the advice
        "wear an emergency bracelet",  # no verb of contact
    ],
)
def test_other_advice_is_not_read_as_seeking_care(linker: Linker, mention: str) -> None:
    assert linker._help_matches(mention.lower()) == []
