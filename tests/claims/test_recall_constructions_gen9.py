"""Cause and symptom constructions of session 19 (gen9, with dev27), each tested with sentences written for these
tests about conditions no development corpus covers:

* several subjects of one association with an adverb of distribution ("A, B and C were each associated with Y");
* "has been implicated in Y", and "have also been implicated" with the effect left implicit (journal style);
* a subject with a relative clause ("wounds that became infected were linked to ..."): the head noun, not the clause;
* warning bullets of how a part near another looks ("the skin around the bite is red, hot and swollen").
"""

import pytest

from extract.claims.lists import warning_items

from tests.claims.conftest import CUES, causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Obesity, smoking and low vitamin D were each associated with multiple sclerosis.",
         [("Obesity", "multiple sclerosis", "associated_with"), ("smoking", "multiple sclerosis", "associated_with"),
          ("low vitamin D", "multiple sclerosis", "associated_with")]),
        ("Pregnancy and the contraceptive pill are both associated with lupus flares.",
         [("Pregnancy", "lupus flares", "associated_with"), ("the contraceptive pill", "lupus flares", "associated_with")]),
    ],
)
def test_subjects_of_one_association_with_each_or_both(sentence: str, expected: list) -> None:
    got = causes(sentence)
    assert [(s.removeprefix("the "), o, r) for s, o, r in got] == [(s.removeprefix("the "), o, r) for s, o, r in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Epstein-Barr virus has been implicated in multiple sclerosis.", [("Epstein-Barr virus", "multiple sclerosis", "associated_with")]),
        # the grammar gives the direction: what is implicated is the cause, even when it names a disease
        ("Coeliac neuropathy has been implicated in the falls of older patients.",
         [("Coeliac neuropathy", "falls of older patients", "associated_with")]),
        # with the effect left implicit, each subject is a cause of the page's condition
        ("Hormonal changes and low iron stores have also been implicated, although the evidence is weak.",
         [("Hormonal changes", None, "associated_with"), ("low iron stores", None, "associated_with")]),
    ],
)
def test_what_has_been_implicated_is_a_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_implicated_as_a_question_or_about_nothing_claims_no_cause() -> None:
    assert causes("Has stress been implicated in lupus?") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pressure sores that reached the bone were associated with osteomyelitis.",
         [("Pressure sores", "osteomyelitis", "associated_with")]),
        ("Tonsils which became infected repeatedly were linked to quinsy.", [("Tonsils", "quinsy", "associated_with")]),
    ],
)
def test_a_subject_with_a_relative_clause_is_its_head(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_relative_clause_of_having_keeps_what_is_had() -> None:
    # "patients who have diabetes": the disease is what the association is said of, not the patients
    assert causes("Patients who have diabetes are associated with slower wound healing.") == [
        ("diabetes", "slower wound healing", "associated_with")]


def warnings(bullet: str) -> list[str]:
    return [bullet[m.subject[0] : m.subject[1]] for m in warning_items(bullet, CUES, None, None)]


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("- the skin around the bite is red, hot and swollen", ["red", "hot", "swollen"]),
        ("- the skin over the joint looks red and shiny", ["red", "shiny"]),
        ("- the skin around your eye becomes swollen or painful", ["swollen", "painful"]),
        ("- your skin is red and hot", ["red", "hot"]),
    ],
)
def test_how_a_part_near_another_looks_is_a_warning_sign(bullet: str, expected: list) -> None:
    assert warnings(bullet) == expected


def test_a_part_that_is_getting_bigger_names_only_its_states() -> None:
    assert warnings("- the skin around the bite is red and is getting bigger") == ["red"]


def test_the_risk_factor_most_associated_is_the_subject_of_the_copula() -> None:
    assert causes("Smoking was the risk factor most strongly associated with recurrent pleurisy.") == [
        ("Smoking", "recurrent pleurisy", "associated_with")]
    assert causes("Obesity was the main risk factor most consistently associated with relapse.") == [
        ("Obesity", "relapse", "associated_with")]


def test_a_cue_noun_after_an_opening_verb_of_advice_has_no_subject() -> None:
    # "triggers" is what the advice names, not a verb whose subject is "Avoid"
    assert causes("Avoid triggers such as hot showers and tight clothing.") == [
        ("hot showers", None, "causes"), ("tight clothing", None, "causes")]
    assert causes("Identify triggers like pollen and dust.") == []
    assert causes("Heat triggers flare-ups.") == [("Heat", "flare-ups", "causes")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Things that made it worse for me: late nights, hot baths and red wine.",
         [("late nights", None, "causes"), ("hot baths", None, "causes"), ("red wine", None, "causes")]),
        ("Things that make my rash worse: sweating, wool and stress.",
         [("sweating", "my rash", "causes"), ("wool", "my rash", "causes"), ("stress", "my rash", "causes")]),
    ],
)
def test_a_list_after_the_colon_of_what_makes_it_worse_names_causes(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_what_makes_it_worse_without_a_colon_list_is_one_cause() -> None:
    assert causes("Cold weather made it worse.") == [("Cold weather", "it", "causes")]


def symptoms_of(sentence: str) -> list[tuple[str, str | None]]:
    from extract.claims.relations import find_relations

    found, _ = find_relations(sentence, CUES)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where and when the patient presented stand between the verb and "with"; a person named by age and trade is no condition
        ("A 58-year-old retired plumber presented to the fracture clinic in March with a week of hip pain and fever.",
         [("week of hip pain", None), ("fever", None)]),
        ("Patients with pleurisy usually present to their GP with sharp chest pain.", [("sharp chest pain", "pleurisy")]),
    ],
)
def test_presenting_somewhere_with_findings(sentence: str, expected: list) -> None:
    assert symptoms_of(sentence) == expected


def test_results_presented_at_a_meeting_are_no_findings() -> None:
    assert symptoms_of("The trial results were presented at a meeting with the nurses.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how a body part is or becomes: each state word a finding, up to the first other word
        ("With chickenpox the skin becomes red, itchy and may blister within a day.", [("red", None), ("itchy", None)]),
        ("On examination both knees were warm and swollen.", [("warm", None), ("swollen", None)]),
        ("In scarlet fever the tongue may look red and swollen.", [("red", None), ("swollen", None)]),
    ],
)
def test_the_states_of_a_body_part_are_findings(sentence: str, expected: list) -> None:
    assert symptoms_of(sentence) == expected


def test_a_denied_state_or_a_state_of_no_body_part_is_no_finding() -> None:
    assert symptoms_of("After the first week the skin is not red or sore.") == []
    assert symptoms_of("The results were mixed and unclear.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each way a disease spreads, a second way after ", and by" or "or from" as well as the first
        # (two plural nouns are two ways, as dev23's and dev29's golds list "coughs" and "sneezes": session 24)
        ("Chickenpox is spread in coughs and sneezes, and by sharing towels.",
         [("coughs", "Chickenpox", "causes"), ("sneezes", "Chickenpox", "causes"), ("sharing towels", "Chickenpox", "causes")]),
        ("Gastroenteritis spreads through dirty hands or from contaminated food.",
         [("dirty hands", "Gastroenteritis", "causes"), ("contaminated food", "Gastroenteritis", "causes")]),
    ],
)
def test_each_way_a_disease_spreads(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_consequence_after_the_ways_or_a_rash_spreading_in_time_is_no_way() -> None:
    assert causes("Scabies spreads through close contact, so treat the whole household.") == [
        ("close contact", "Scabies", "causes")]
    assert causes("The blisters spread in a few days to the chest.") == []


def test_what_can_pass_it_on_is_a_cause_of_the_page_condition() -> None:
    assert causes("Sharing towels can also pass it on.") == [("Sharing towels", None, "causes")]
    # who passes it on to others is no cause
    assert causes("You can pass it on to others for up to a week.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a first-person account: "being" before the state, and more inabilities than sleeping or breathing
        ("By the evening I was being sick and I couldn't stand up.", [("sick", None), ("couldn't stand up", None)]),
        ("For two days I couldn't walk straight.", [("couldn't walk straight", None)]),
        ("I couldn't keep fluids down after the first night.", [("couldn't keep fluids down", None)]),
    ],
)
def test_first_person_states_and_inabilities(sentence: str, expected: list) -> None:
    assert symptoms_of(sentence) == expected


def test_a_first_person_state_after_when_brings_it_on() -> None:
    assert ("tired", None) not in symptoms_of("My joints ache more when I'm tired.")


def test_a_condition_defined_as_a_leakage_or_a_loss() -> None:
    assert symptoms_of("Urge incontinence is the sudden leakage of urine before reaching the toilet.") == [
        ("sudden leakage", "Urge incontinence")]
    assert symptoms_of("Alopecia areata is a patchy hair loss of the scalp.") == [("patchy hair loss", "Alopecia areata")]


def test_an_adverb_aside_names_the_usual_cause_beside_its_class() -> None:
    assert causes("Viruses, most often norovirus, cause most gastroenteritis in adults.") == [
        ("norovirus", "gastroenteritis", "causes"), ("Viruses", "gastroenteritis", "causes")]
    # an aside that describes the subject names no cause
    assert causes("Gallstones, usually small, can cause pancreatitis.") == [("Gallstones", "pancreatitis", "causes")]


def test_the_causative_organism_is_a_cause() -> None:
    assert causes("Staphylococcus aureus is the commonest causative organism of osteomyelitis.") == [
        ("Staphylococcus aureus", "osteomyelitis", "causes")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chickenpox usually starts as small red spots on the chest.", ["small red spots on the chest"]),
        ("Pleurisy is often accompanied by a dry cough and fever.", ["dry cough", "fever"]),
        ("Labyrinthitis may come with hearing loss and ringing in the ear.", ["hearing loss", "ringing in the ear"]),
    ],
)
def test_what_a_condition_starts_as_or_comes_with(sentence: str, expected: list) -> None:
    assert [s for s, _ in symptoms_of(sentence)] == expected


def test_starting_as_soon_as_possible_is_no_finding() -> None:
    assert symptoms_of("Treatment should start as soon as possible after the diagnosis.") == []


def test_the_states_of_a_finding_are_findings_too() -> None:
    assert symptoms_of("In shingles the blisters may be itchy before they crust over.") == [("itchy", None)]
    assert symptoms_of("The glands can become so swollen that swallowing hurts.")[:1] == [("swollen", None)]


ROSACEA_CLINIC = """Facial redness clinic

What does it feel like?
Most of our clients describe:
- A burning feeling across the cheeks after a hot drink
- Small red bumps that come and go
- Dry, tight skin in the mornings
"""


def test_bullets_after_what_the_clients_of_a_practice_describe_are_findings(plain) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = plain(make_doc(plain, ROSACEA_CLINIC, "doc_clients_describe"))
    found = [c.symptom.text for c in doc._.claims if c.type == "symptom"]
    assert any(s.startswith("burning feeling") for s in found)
    assert any(s.startswith("Small red bumps") for s in found)
    assert any(s.startswith("Dry, tight skin") or s == "tight skin" or s.startswith("Dry") for s in found)
