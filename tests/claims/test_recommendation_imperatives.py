"""Imperative advice that reads like a booking, a noun or a pair of verbs (issue 3).

A call to the site's own services ("Book an appointment with our specialists today") is no
recommendation (CLAIMS_SPEC.md); booking care with the reader's own clinician, or in a situation of
care the sentence states, is advice. The sentences are written for this file, about conditions of
no development corpus.
"""

import pytest

from tests.claims.conftest import CUES
from extract.claims.recommendations import recommendations


def actions(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # care booked with the reader's own clinician (an epilepsy leaflet)
        ("Make an appointment to see your GP within a week.", ["Make an appointment to see your GP"]),
        # a booking in a situation of care (a COPD self-management sheet)
        ("If you need your rescue pack more than twice a month, book a review with the practice.", ["book a review with the practice"]),
        # the noun "phone" is no call to action (a diabetes page)
        ("Keep a list of your medicines on your phone.", ["Keep a list of your medicines on your phone"]),
        # a vaccination to have (a heart failure leaflet)
        ("Have the pneumonia jab once.", ["Have the pneumonia jab once"]),
        # a noun-like verb before an adjective (a kidney disease diet sheet)
        ("Swap salty snacks for fresh fruit.", ["Swap salty snacks for fresh fruit"]),
        # two verbs of one advice (a foot care leaflet)
        ("Wash and dry your feet every day.", ["Wash and dry your feet every day"]),
    ],
)
def test_imperative_advice_is_found(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Book an appointment with our specialists today.",
        "If you would like to know more, book a consultation.",
        "Call us today to arrange your first visit.",
        "Diet and exercise are important.",
    ],
)
def test_calls_to_action_and_noun_phrases_are_no_advice(sentence: str) -> None:
    assert actions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an action coordinated after a negated imperative (a chickenpox leaflet)
        ("Do not scratch, and keep the blisters covered.", ["scratch", "keep the blisters covered"]),
        # an action coordinated after a short place or means (a leg ulcer leaflet)
        ("Wrap the leg in a bandage and avoid standing for long periods.", ["Wrap the leg", "avoid standing for long periods"]),
    ],
)
def test_coordinated_actions_each_are_advice(sentence: str, expected: list) -> None:
    assert actions(sentence) == expected
