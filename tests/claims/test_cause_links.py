"""The concepts of cause arguments: a drug or a device can be a cause (issue 3, linking)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "cause_id", "effect_id"),
    [
        ("Long courses of high-dose steroids can cause thinning of the bones.", "EV:corticosteroids", "HP:0004272"),
        ("A poorly fitted hearing aid can cause ear pain.", "EV:hearing_aid", "HP:0030766"),
        ("Sleeping pills can cause daytime drowsiness.", "EV:sleep_medication", "HP:0002329"),
    ],
)
def test_drug_and_device_causes_link_to_their_concepts(nlp, text: str, cause_id: str, effect_id: str) -> None:
    causes = [c for c in nlp(text)._.claims if c.type == "cause"]
    assert len(causes) == 1
    assert causes[0].cause.concept is not None and causes[0].cause.concept.id == cause_id
    assert causes[0].effect.concept is not None and causes[0].effect.concept.id == effect_id


@pytest.mark.parametrize(
    ("text", "cause_id"),
    [
        ("Radiation therapy to the head or neck can cause an underactive thyroid.", "EV:radiation_therapy"),
        ("Vigorous exercise can trigger wheezing.", "EV:exercise"),
        ("Prolonged bed rest increases the risk of blood clots in the legs.", "EV:bed_rest"),
    ],
)
def test_a_therapy_or_an_activity_can_be_a_cause(nlp, text: str, cause_id: str) -> None:
    """A cause may be a therapy ("radiation therapy"), an activity named like one ("exercise",
    "bed rest"): its therapy concept, not an ICD code for counselling about it or a body part."""
    causes = [c for c in nlp(text)._.claims if c.type == "cause"]
    assert causes, [c.type for c in nlp(text)._.claims]
    assert causes[0].cause.concept is not None and causes[0].cause.concept.id == cause_id, causes[0].cause
