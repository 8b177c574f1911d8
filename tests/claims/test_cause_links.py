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
