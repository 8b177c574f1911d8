"""List lead-ins whose subject is a pronoun ("Everyone is different, but common ones are:", "These may include:",
"When signs do appear, they can include:"): the bullets are of the kind the pronoun stands for, found in the
lead-in, the sentence before or the heading (session 15: dev18's menopause Q&A, dev19). The pages are written
for these tests."""

import pytest

from extract.claims.lists import anaphoric_lead_kind
from extract.pipeline import make_doc

from tests.claims.conftest import CUES


def claims(nlp, text: str, kind: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_anaphoric_leads"))
    return [(c.symptom if kind == "symptom" else c.intervention).text
            for c in doc._.claims if c.type == kind]


@pytest.mark.parametrize(
    ("lead", "before", "heading", "expected"),
    [
        # the list head is in the lead-in itself, before the pronoun
        ("When signs do appear, they can include:", None, None, "symptom"),
        # ... in the sentence before
        ("Everyone reacts differently, but the usual ones are:", "Most people with lupus get symptoms at some point.", None, "symptom"),
        ("The main ones are:", "Several treatments can help if rest is not enough.", None, "treatment"),
        # ... else the heading's kind
        ("These include:", "We see this a lot in people who work outdoors.", "risk_factor", "risk_factor"),
        ("Common ones are:", "The emotional side matters just as much.", "symptom", "symptom"),
    ],
)
def test_a_pronoun_lead_in_takes_the_kind_of_what_it_stands_for(lead, before, heading, expected) -> None:  # noqa: ANN001
    assert anaphoric_lead_kind(lead, before, heading, CUES) == expected


@pytest.mark.parametrize(
    ("lead", "before", "heading"),
    [
        ("These include:", "Thanks for reading our leaflet.", None),  # nothing for the pronoun to stand for
        ("Call us if you:", "Most people with lupus get symptoms.", "symptom"),  # no pronoun subject
        ("Common ones are listed below.", "Most people get symptoms.", "symptom"),  # no colon: no list opens
    ],
)
def test_no_kind_without_a_pronoun_lead_or_an_antecedent(lead, before, heading) -> None:  # noqa: ANN001
    assert anaphoric_lead_kind(lead, before, heading, CUES) is None


def test_bullets_after_common_ones_are_symptoms_of_the_heading(plain) -> None:  # noqa: ANN001
    text = ("Lupus\n\nWhat symptoms might I get?\nIt affects people in different ways. Everyone is different, but common ones are:\n"
            "- aching joints\n- a rash across the cheeks\n- extreme tiredness\n")
    found = claims(plain, text, "symptom")
    assert {"aching joints", "extreme tiredness"} <= set(found) and any("rash" in s for s in found)


def test_bullets_after_the_main_ones_are_treatments_of_the_sentence_before(plain) -> None:  # noqa: ANN001
    text = ("Frozen jaw\n\nWhat else can be done?\nSeveral treatments can help if rest is not enough. The main ones are:\n"
            "- physiotherapy\n- steroid injections\n")
    assert {"physiotherapy", "steroid injections"} <= set(claims(plain, text, "treatment"))


def test_a_pronoun_lead_with_nothing_to_stand_for_opens_no_claims(plain) -> None:  # noqa: ANN001
    text = "Our clinic\n\nVisiting us\nWe are open every weekday. These include:\n- Monday\n- Tuesday\n"
    assert claims(plain, text, "symptom") == [] and claims(plain, text, "treatment") == []


@pytest.mark.parametrize(
    "lead",
    ["Make sure you and your children have them when they're due:", "Some people notice them:", "Children may have it:"],
)
def test_a_verb_of_having_with_a_pronoun_object_leads_no_symptoms(lead: str) -> None:
    from extract.claims.lists import list_lead_kind

    assert list_lead_kind(lead, CUES) is None


def test_vaccine_bullets_after_a_have_them_lead_are_no_symptoms(plain) -> None:  # noqa: ANN001
    text = ("Flu\n\nVaccines\nThe vaccines protect well. Make sure your children have them when they are due:\n"
            "- nasal spray vaccine, given at 2 years\n- injected vaccine, given at 6 months\n")
    assert claims(plain, text, "symptom") == []


@pytest.mark.parametrize(
    ("lead", "before", "heading", "expected"),
    [
        # a list head naming a record or a tool is no antecedent: the heading's kind (session 28, dev44's IBS thread)
        ("For me the worst ones are:", "I kept a food and symptom diary for a month to work them out.", "cause", "cause"),
        ("These include:", "Your GP may ask you to try a symptom checker app first.", "treatment", "treatment"),
        # the head itself still is
        ("For me the worst ones are:", "I kept a diary of my symptoms for a month.", "cause", "symptom"),
    ],
)
def test_a_head_naming_a_record_is_no_antecedent(lead, before, heading, expected) -> None:  # noqa: ANN001
    assert anaphoric_lead_kind(lead, before, heading, CUES) == expected
