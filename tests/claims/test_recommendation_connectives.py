"""Recommendation cues with a connective inside them, cues that class rather than advise, and
treatment verbs with a place between the verb and what treats (issue 3, session 24).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def claims(nlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Thyroid eye disease\n\n" + text + "\n", "doc_connectives"))
    out = []
    for c in doc._.claims:
        if c.type == "recommendation":
            out.append(("recommendation", c.action.text, c.strength))
        elif c.type == "treatment":
            out.append(("treatment", c.intervention.text, None))
    return out


@pytest.mark.parametrize(
    ("sentence", "action", "strength"),
    [
        ("Orbital radiotherapy should therefore be offered to patients with worsening double vision.", "Orbital radiotherapy", "should"),
        ("Selenium may thus be considered for people with mild disease.", "Selenium", "may"),
        ("Teprotumumab should consequently be reserved for active, moderate-to-severe disease.", "Teprotumumab", "should"),
    ],
)
def test_a_connective_inside_the_cue_keeps_the_recommendation(nlp, sentence: str, action: str, strength: str) -> None:  # noqa: ANN001
    got = [c for c in claims(nlp, sentence) if c[0] == "recommendation"]
    assert got and got[0][1:] == (action, strength)


@pytest.mark.parametrize(
    "sentence",
    [
        "Eyelid retraction is therefore best regarded as a sign of active disease.",
        "Sudden loss of colour vision should be seen as an emergency sign.",
        "Lubricating drops should not be regarded as a treatment for the inflammation itself.",
    ],
)
def test_a_cue_that_classes_its_subject_is_no_recommendation(nlp, sentence: str) -> None:  # noqa: ANN001
    assert [c for c in claims(nlp, sentence) if c[0] == "recommendation"] == []


def test_a_cue_followed_by_advice_still_recommends(nlp) -> None:  # noqa: ANN001
    got = [c for c in claims(nlp, "Smoking is best stopped before any treatment starts.") if c[0] == "recommendation"]
    assert got and got[0][1] == "Smoking"


def test_what_treats_after_the_place_of_treatment_is_the_treatment(nlp) -> None:  # noqa: ANN001
    text = "Sight-threatening disease is treated in a specialist orbital clinic with intravenous methylprednisolone."
    assert ("treatment", "intravenous methylprednisolone", None) in claims(nlp, text)
