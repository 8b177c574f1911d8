"""A lead-in whose subject is people in the plural and whose verb tells what they feel (session 21, gen11; dev31's
"Students describe:"): the bullets after it are symptoms, whoever the people are ("Runners often notice:", "People with
shin splints report:"), as "Patients describe:" already was. Sentences written for these tests."""

import pytest

from extract.claims.lists import list_lead_kind

from tests.claims.conftest import CUES


@pytest.mark.parametrize(
    "lead",
    [
        "Students describe:",
        "Runners often notice:",
        "Most athletes describe:",
        "People with shin splints report:",
        "Travellers who have it usually mention:",
        "Many parents notice:",
        "Teenagers may also complain of:",
    ],
)
def test_people_telling_what_they_feel_lead_symptoms(lead: str) -> None:
    assert list_lead_kind(lead, CUES) == "symptom"


@pytest.mark.parametrize(
    "lead",
    [
        "Students can book:",  # what they can do, no report
        "Our runners' club offers:",  # a provider, no people telling
        "Researchers describe three approaches:",  # no colon right after the verb, and not people feeling
        "Parents describe how they cope in our forum. Read more:",
    ],
)
def test_other_lead_ins_of_people_lead_no_symptoms(lead: str) -> None:
    assert list_lead_kind(lead, CUES) != "symptom"


def test_bullets_under_a_report_lead_are_symptoms_in_a_page() -> None:
    from extract.pipeline import load, make_doc

    page = ("Shin splints\n\nWhat does it feel like?\n\nRunners describe:\n"
            "- a dull ache along the inside of the shin\n- tenderness when you press on the bone\n")
    nlp = load(link=False, progress=False)
    doc = nlp(make_doc(nlp, page, "doc_gen11_report_lead"))
    assert "tenderness" in [c.symptom.text for c in doc._.claims if c.type == "symptom"]
