"""Two symptom constructions of session 15 (dev19), with sentences written for these tests:

* a condition that leaves or makes someone in a state ("Attacks can leave you drained and weak", "They tend to
  leave you exhausted"): each feeling adjective is a symptom; a treatment leaving you so is none;
* warning bullets about someone other than the reader ("your child has a fever and a stiff neck", "someone is
  very drowsy") and bullets of states after a verb of being ("you are drowsy or confused").
"""

import pytest

from extract.claims.lists import warning_items
from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


def warnings(bullet: str) -> list[str]:
    return [bullet[m.subject[0] : m.subject[1]] for m in warning_items(bullet, CUES, None, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Afterwards, they tend to leave you exhausted and shaky for the rest of the day.", ["exhausted", "shaky"]),
        ("A cluster headache attack can leave you drained and irritable.", ["drained", "irritable"]),
        ("It may make you tired and dizzy.", ["tired", "dizzy"]),
    ],
)
def test_a_condition_leaving_someone_in_a_state_gives_each_state(sentence: str, expected: list) -> None:
    assert symptoms(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The operation can leave you tired for a few weeks.",  # a treatment's doing, no symptom of the condition
        "Our nurses will leave you a leaflet to read at home.",  # no state
        "It can make you more likely to fall.",  # a risk, not a feeling
    ],
)
def test_no_state_of_a_treatment_or_of_a_non_feeling(sentence: str) -> None:
    assert symptoms(sentence) == []


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("- your baby has a high temperature and a stiff neck", ["high temperature", "stiff neck"]),
        ("- someone has a rash that does not fade under a glass", ["rash"]),
        ("- your child is unusually sleepy", ["sleepy"]),
        ("- you are drowsy or confused", ["drowsy", "confused"]),
        ("- you have a severe headache and are confused", ["severe headache", "confused"]),
    ],
)
def test_warning_bullets_of_another_person_or_of_states_name_their_signs(bullet: str, expected: list) -> None:
    assert warnings(bullet) == expected


@pytest.mark.parametrize(
    "bullet",
    [
        "- you are worried about your symptoms",  # a worry, not a state of the illness
        "- your child is going to a nursery",  # no state
        "- you have been treated and are still unwell",  # a course of care
    ],
)
def test_warning_bullets_without_a_finding_name_none(bullet: str) -> None:
    assert warnings(bullet) == []


def symptom_list(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return sorted(sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second if-clause with "you're": the reader's states and findings, as with "you are"
        ("Get urgent help if you have a sudden headache that will not go away, especially if you're also drowsy or confused.",
         ["confused", "drowsy", "sudden headache"]),
        ("Call 111 if you're having chest pains.", ["chest pains"]),
    ],
)
def test_contracted_warning_clauses_name_their_signs(sentence: str, expected: list) -> None:
    assert symptom_list(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "See your GP if you're worried about your symptoms.",  # a worry
        "See your GP if you're having migraine attacks regularly.",  # the condition itself, however often
    ],
)
def test_contracted_worries_and_the_condition_itself_are_no_signs(sentence: str) -> None:
    assert symptom_list(sentence) == []


def test_a_call_to_the_office_when_you_notice_signs_leads_warning_bullets() -> None:
    from extract.claims.lists import WARNING, list_lead_kind

    assert list_lead_kind("Phone the practice if you notice any of these:", CUES) == WARNING
    assert symptom_list("Call our office if you notice any of the following:") == []  # the signs are the bullets'


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("- Skin that itches during bathing or showering", ["Skin that itches during bathing or showering"]),  # one phrase
        ("- Nails that are thickening, making them hard to cut", ["Nails that are thickening"]),  # a consequence, no sign
    ],
)
def test_warning_bullets_keep_a_second_gerund_and_drop_a_consequence(bullet: str, expected: list) -> None:
    assert warnings(bullet) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Patients with chest pain, breathlessness or fainting should be assessed urgently.",
         ["breathlessness", "chest pain", "fainting"]),
        ("Babies with a high temperature or who seem very floppy must be seen the same day.",
         ["high temperature", "seem very floppy"]),
    ],
)
def test_the_findings_of_people_sent_for_care_are_warning_signs(sentence: str, expected: list) -> None:
    assert symptom_list(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Children with asthma should be referred to a specialist.",  # a condition of theirs, no finding
        "Adults with a parent who had bowel cancer should be referred for a colonoscopy.",  # a family history
    ],
)
def test_people_with_a_condition_or_a_history_sent_for_care_name_no_sign(sentence: str) -> None:
    assert symptom_list(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "- you think your baby may have sepsis",  # a belief
        "- you're worried about your child's breathing",  # a worry
    ],
)
def test_warning_bullets_of_a_belief_or_worry_name_no_sign(text: str) -> None:
    assert warnings(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "See an optician every two years, even if your eyes feel fine.",  # a state of health
        "People who have had a frightening experience are more likely to get it.",  # the noun "experience"
    ],
)
def test_health_and_a_noun_of_experience_are_no_symptoms(sentence: str) -> None:
    assert symptom_list(sentence) == []


def test_a_condition_leaving_people_with_findings_gives_each_finding() -> None:
    sentence = "Encephalitis can cause seizures and can leave people with memory loss and weakness."
    found, _ = find_relations(sentence, CUES, condition=lambda t: t.lower() == "encephalitis")
    left = [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in found if m.kind == "symptom" and m.rule == "symptom:leaves with"]
    assert left == [("memory loss", "Encephalitis"), ("weakness", "Encephalitis")]
    assert [m for m in find_relations("The operation can leave you with a scar.", CUES)[0] if m.kind == "symptom"] == []
