"""Symptom lead-ins whose subject is a group of patients, and if-clauses of advice that state who the advice is
for rather than a warning sign (session 12: dev13). The pages are written for these tests."""

import pytest

from extract.claims.lists import list_lead_kind
from extract.pipeline import make_doc

from tests.claims.conftest import CUES


def symptoms(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_leads"))
    return [c.symptom.text for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize(
    "lead", ["Patients typically notice:", "Adults may also have:", "Sufferers often report:", "Women commonly experience:"],
)
def test_a_group_of_patients_with_a_verb_of_having_leads_symptoms(lead: str) -> None:
    assert list_lead_kind(lead, CUES) == "symptom"


def test_bullets_under_a_patients_lead_in_are_symptoms(plain) -> None:  # noqa: ANN001
    text = "Mumps\n\nWhat does it feel like?\nPatients typically notice:\n* swelling of the glands below the ear\n* a dry mouth\n"
    found = symptoms(plain, text)
    assert any(s.startswith("swelling of the glands") for s in found) and "dry mouth" in found


@pytest.mark.parametrize(
    "sentence",
    [
        # who should be checked for a disease: the if-clause names risk factors, not signs
        "If you have high blood pressure, kidney disease or another risk factor, ask your GP whether you should be tested for it.",
        "If you smoke or have a family history, see your GP to be checked for glaucoma.",
    ],
)
def test_who_should_be_checked_states_no_warning_sign(plain, sentence: str) -> None:  # noqa: ANN001
    assert symptoms(plain, sentence + "\n") == []


def test_the_situation_before_a_second_state_is_no_sign(plain) -> None:  # noqa: ANN001
    # "If you have gout and have a fever": gout is who the advice is for, the fever is the sign
    found = symptoms(plain, "If you have psoriasis and have swollen, painful joints, see your GP.\n")
    assert "psoriasis" not in found
    assert symptoms(plain, "See your GP if you have a fever and a rash.\n") == ["fever", "rash"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of four findings after "have" is a list, not a first finding with an apposition
        ("You may also have a dry cough, a hoarse voice, fatigue and loss of appetite.\n",
         {"dry cough", "hoarse voice", "fatigue", "loss of appetite"}),
        # a comma clause after the first finding does not end the list
        ("You may also have a headache, which is often worse in the morning, a stiff neck, nausea and sensitivity to light.\n",
         {"headache", "stiff neck", "nausea", "sensitivity to light"}),
    ],
)
def test_an_inline_list_of_findings_goes_on_past_an_aside(plain, text: str, expected: set) -> None:  # noqa: ANN001
    assert expected <= set(symptoms(plain, text))


def test_a_first_finding_with_its_apposition_stays_one(plain) -> None:  # noqa: ANN001
    # "aura, a visual disturbance before the headache": a definition, not a second finding
    found = symptoms(plain, "Some people have an aura, a visual disturbance before the headache starts.\n")
    assert "visual disturbance" not in " ".join(found[1:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Children may instead become unusually sleepy.\n", ["sleepy"]),
        ("In a bad attack you may become suddenly breathless and dizzy.\n", ["breathless", "dizzy"]),
        # "become" takes a state only, never a thing or a role
        ("Many patients become carers for their partners.\n", []),
        ("Some people become members of a support group.\n", []),
    ],
)
def test_an_experiencer_becoming_a_state_has_a_symptom(plain, text: str, expected: list) -> None:  # noqa: ANN001
    assert symptoms(plain, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finding and those that come with it, each a sign
        ("Call your doctor if you have a headache along with a stiff neck or a rash.\n", ["headache", "stiff neck", "rash"]),
        # when the sign shows is no part of it
        ("See your GP if you develop a high temperature in the days after a tick bite.\n", ["high temperature"]),
    ],
)
def test_a_warning_sign_ends_before_what_comes_with_it_and_when(plain, text: str, expected: list) -> None:  # noqa: ANN001
    assert symptoms(plain, text) == expected
