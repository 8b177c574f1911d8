"""What a text says is indicated or preferred is recommended (issue 3, session 14): "X is indicated when ..." (a
recommendation of strength should, and a treatment claim when X is an intervention), "X may be preferred in ..." (may),
"X are preferred for ..." (should). "As indicated by ..." is no cue.

Every text here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations
from extract.pipeline import make_doc

CUES = load_relation_cues()


@pytest.mark.parametrize(
    ("sentence", "action", "strength"),
    [
        ("Tendon transfer is indicated when the thumb can no longer be straightened.", "Tendon transfer", "should"),
        ("Compression stockings are indicated for people with swollen legs.", "Compression stockings", "should"),
        ("A night splint may be preferred in children who sleep with the wrist bent.", "night splint", "may"),
        ("Soft collars are usually preferred for older adults.", "Soft collars", "should"),
    ],
)
def test_indicated_and_preferred_are_recommendations(sentence, action, strength):
    got = [(sentence[m.subject[0] : m.subject[1]], m.strength, m.against) for m in recommendations(sentence, CUES)]
    assert got == [(action, strength, False)]


def test_as_indicated_by_is_no_recommendation():
    assert recommendations("As indicated by the arrow, the tendon sheath is thickened.", CUES) == []


def test_an_indicated_intervention_is_a_treatment_claim_too(nlp):  # noqa: ANN001
    doc = nlp(make_doc(nlp, "A test page\n\nTendon transfer is indicated when the thumb can no longer be straightened.", "doc_indicated"))
    kinds = sorted((c.type, (c.intervention if c.type == "treatment" else c.action).text) for c in doc._.claims if c.type in ("treatment", "recommendation"))
    assert kinds == [("recommendation", "Tendon transfer"), ("treatment", "Tendon transfer")]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("A new lump in the breast must always be checked by a doctor.", "checked by a doctor"),
        ("Your blood pressure should be checked every year.", "checked every year"),
        ("Older adults should be assessed for fall risk at every visit.", "assessed for fall risk at every visit"),
    ],
)
def test_a_participle_of_care_after_should_be_is_the_advice(sentence, action):
    got = [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]
    assert got == [action]


def test_an_offered_or_avoided_subject_stays_the_advice():
    sentence = "Surgery should be offered to people whose pain persists."
    assert [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)] == ["Surgery"]
    sentence = "Iron tablets should be taken with orange juice."
    assert [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)] == ["Iron tablets"]
    sentence = "Steroid creams should not be used on the face."
    assert [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)] == ["Steroid creams"]


def _kinds(nlp, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "A test page\n\n" + text, "doc_needed"))
    return [(c.type, (c.intervention if c.type == "treatment" else c.action).text) for c in doc._.claims if c.type in ("treatment", "recommendation")]


def test_an_intervention_that_is_only_needed_sometimes_is_a_treatment_claim(nlp):  # noqa: ANN001
    assert _kinds(nlp, "An operation to release the tendon is only needed if the finger stays locked.") == [
        ("treatment", "operation to release the tendon")
    ]
    assert _kinds(nlp, "Good sleep habits are needed for the tablets to work.") == [("recommendation", "Good sleep habits")]
    assert _kinds(nlp, "Antibiotics are not needed for most sore throats.")[0][0] == "recommendation"
