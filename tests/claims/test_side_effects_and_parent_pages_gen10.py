"""Cause and symptom constructions of session 20 (gen10, with dev29), each tested with sentences written for these
tests about conditions no development corpus covers:

* a treatment's side effects are no cause and no symptom of the condition (CLAIMS_SPEC.md): "this medicine can cause
  side effects", the findings listed after them, and the signs of a leaflet's warning that opens with stopping the
  treatment; a medicine that causes the condition "as a side effect" still causes it;
* a page for parents speaks of "your child" as a page for patients speaks of "you": "Your child may have X", the
  lead-in "Your baby may get:";
* warning bullets that continue the lead-in's person with two verb clauses ("is breathing fast or has chest pain"),
  states that are not all feelings ("is very sleepy, confused or hard to wake", "is vomiting") and a part told by a
  verb of having and a relative clause ("has skin around the bite that is red, hot and swollen").
"""

import pytest

from extract.claims.lists import list_lead_kind, warning_items
from extract.claims.relations import find_relations

from tests.claims.conftest import CUES, causes


def found(sentence: str, kind: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in find_relations(sentence, CUES)[0] if m.kind == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Like any drug, this inhaler can cause side effects, although most people do not get them.",
        "Spinal fusion was associated with more adverse events than physiotherapy.",
        "Beta-blockers can cause side effects such as cold hands, tiredness and vivid dreams.",
    ],
)
def test_side_effects_of_a_treatment_are_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Anticonvulsants used for trigeminal pain can cause side effects including dizziness, double vision and nausea.",
        "Common side effects are headache, flushing and a blocked nose.",
        "If you notice any side effects, tell your pharmacist.",
        "Stop using the gel and see a doctor straight away if you have swelling of the lips or difficulty breathing.",
    ],
)
def test_side_effects_listed_are_no_symptoms(sentence: str) -> None:
    assert found(sentence, "symptom") == []
    assert causes(sentence) == []


def test_a_cause_of_the_condition_as_a_side_effect_stays_a_cause() -> None:
    got = causes("Some blood pressure tablets can cause gout as a side effect.")
    assert [(c.removeprefix("Some "), e.startswith("gout")) for c, e, _ in got] == [("blood pressure tablets", True)]


def test_findings_and_causes_of_the_condition_beside_side_effects_stay() -> None:
    # the sentence speaks of side effects, but the cause of the condition is not one of them
    assert causes("Smoking causes chronic bronchitis.") == [("Smoking", "chronic bronchitis", "causes")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Your child may have a high temperature, a headache or earache.", "high temperature"),
        ("Your daughter may also have a stiff neck.", "stiff neck"),
        ("Your baby may have a rash on the cheeks.", "rash on the cheeks"),
    ],
)
def test_your_child_may_have_names_findings_as_you_may_have(sentence: str, expected: str) -> None:
    got = found(sentence, "symptom")
    assert got and got[0] == expected
    # the same findings as the sentence said of the reader
    you = sentence.replace(sentence.split(" may")[0], "You", 1)
    assert got == found(you, "symptom")


def test_your_child_having_an_operation_is_no_symptom() -> None:
    assert found("Your son may have an operation to remove his tonsils.", "symptom") == []


def test_a_parent_page_lead_in_opens_a_list_of_symptoms() -> None:
    assert list_lead_kind("Your baby may get:", CUES) == "symptom"
    assert list_lead_kind("Your son may notice:", CUES) == "symptom"
    # "your doctor" is no person of the reader's own: what they may recommend is no symptom
    assert list_lead_kind("Your doctor may recommend:", CUES) != "symptom"


def warnings(bullet: str) -> list[str]:
    return [bullet[m.subject[0] : m.subject[1]] for m in warning_items(bullet, CUES, None, None)]


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("- is wheezing or has blue lips", ["wheezing", "blue lips"]),
        ("- is floppy, drowsy or difficult to wake", ["floppy", "drowsy", "difficult to wake"]),
        ("- is vomiting", ["vomiting"]),
        ("- has skin around the bite that is red, hot and swollen", ["red", "hot", "swollen"]),
        ("- has skin that looks blotchy or pale", ["blotchy", "pale"]),
    ],
)
def test_warning_clauses_of_the_lead_in_person(bullet: str, expected: list) -> None:
    assert warnings(bullet) == expected


@pytest.mark.parametrize("bullet", ["- is getting worse", "- is not improving after two days of antibiotics", "- is pregnant or over 65"])
def test_a_change_or_a_failed_course_is_no_warning_sign(bullet: str) -> None:
    assert warnings(bullet) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a study's findings in the past tense, as "X, Y and Z are common"
        ("Nausea, dizziness and palpitations were common.", ["Nausea", "dizziness", "palpitations"]),
        ("Joint pain and fatigue were frequently reported, and most patients recovered.", ["Joint pain", "fatigue"]),
    ],
)
def test_findings_that_were_common_are_symptoms(sentence: str, expected: list) -> None:
    assert found(sentence, "symptom") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Pleurisy is more common in men.",  # a comparison names who is at risk, no finding
        "Persistent pain was reported by 12% of patients after the operation.",
    ],
)
def test_a_comparison_or_a_reported_outcome_is_no_common_finding(sentence: str) -> None:
    assert found(sentence, "symptom") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By the third day my daughter had a high temperature and a barking cough.", ["high temperature", "barking cough"]),
        ("I had a splitting headache and couldn't keep food down.", ["splitting headache", "couldn't keep food down"]),
        ("My son had a sore throat and could not swallow.", ["sore throat", "could not swallow"]),
    ],
)
def test_first_person_and_family_narratives_name_findings(sentence: str, expected: list) -> None:
    assert found(sentence, "symptom") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I had an operation on my knee and couldn't walk for a week.",  # the course after a treatment
        "My daughter has an appointment with the nurse on Monday.",
    ],
)
def test_a_narrative_of_care_names_no_finding(sentence: str) -> None:
    assert found(sentence, "symptom") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who a condition is common in, told with a plural or a pronoun and adverbs
        ("They are most common in toddlers and school-age children.", "toddlers"),
        ("Warts are common in teenagers.", "teenagers"),
        ("It mostly affects children under 5.", "children under 5"),
        ("Women aged between 40 and 60 are most often affected.", "Women aged between 40 and 60"),
    ],
)
def test_who_a_condition_is_common_in_is_a_risk_group(sentence: str, expected: str) -> None:
    got = causes(sentence)
    assert got and got[0][0] == expected and got[0][2] == "risk_factor"


@pytest.mark.parametrize(
    "sentence",
    [
        "Joint pain and tiredness are common in people with lupus.",  # findings common in the people who have it
        "In patients with stiff arteries, which are common in diabetes, the test is unreliable.",  # a relative clause
        "The ankles are most often affected.",  # where, not who
    ],
)
def test_findings_or_places_common_in_a_group_name_no_risk_group(sentence: str) -> None:
    assert causes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hand, foot and mouth disease spreads very easily through coughs and by touching dirty surfaces.",
         ["coughs", "touching dirty surfaces"]),
        ("Most cases are caused mainly by viruses.", ["viruses"]),
    ],
)
def test_an_adverb_between_a_verb_of_spreading_or_causing_and_its_preposition(sentence: str, expected: list) -> None:
    assert [c for c, _, _ in causes(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a gerund with a list of what it acts on is one way of catching it (CLAIMS_SPEC.md, session 20)
        ("Hepatitis B is spread by sharing needles, razors or toothbrushes, or through sex.",
         ["sharing needles, razors or toothbrushes", "sex"]),
        ("Threadworms are spread through close contact and by sharing towels, flannels or bedding.",
         ["close contact", "sharing towels, flannels or bedding"]),
        # each cause of its own stays apart: a gerund whose object has a modifier, a gerund among other causes
        ("Flares can be triggered by eating spicy food, alcohol or stress.", ["eating spicy food", "alcohol", "stress"]),
        ("Attacks can be caused by smoking, drinking coffee, stress or poor sleep.", ["smoking", "drinking coffee", "stress", "poor sleep"]),
        # a concessive clause after the causes names none
        ("Eczema is not caused by dirt, whatever you may have read.", ["dirt"]),
    ],
)
def test_a_gerund_and_what_it_acts_on_is_one_cause(sentence: str, expected: list) -> None:
    assert [c for c, _, _ in causes(sentence)] == expected


def test_a_bullet_of_a_gerund_and_its_objects_is_one_cause() -> None:
    from extract.claims.lists import bullet_item

    bullet = "- sharing cups, straws or water bottles"
    assert [bullet[m.subject[0] : m.subject[1]] for m in bullet_item(bullet, "cause", CUES, None)] == [
        "sharing cups, straws or water bottles"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state a condition leaves a person of the reader's own in, the pronoun opening a coordinated clause
        ("The cough is the worst part, and it can make your baby clingy and miserable.", ["clingy", "miserable"]),
        ("It can make your toddler floppy and listless.", ["floppy", "listless"]),
    ],
)
def test_states_a_condition_leaves_a_child_in_are_symptoms(sentence: str, expected: list) -> None:
    assert found(sentence, "symptom") == expected


def test_what_contributes_to_the_onset_of_symptoms_is_a_cause() -> None:
    # symptoms named by no finding: what a disease-like subject contributes to is the condition's course, a cause
    assert causes("Chest infections may contribute to the onset of symptoms.") == [
        ("Chest infections", "onset of symptoms", "causes")]
    assert found("Chest infections may contribute to the onset of symptoms.", "symptom") == []


def test_a_condition_that_causes_unnamed_symptoms_claims_nothing() -> None:
    sentence = "Pleurisy is a painful condition that causes symptoms in the chest."
    assert causes(sentence) == [] and found(sentence, "symptom") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "If you have any further questions, ask your nurse or pharmacist.",
        "Call the clinic if you have concerns about your recovery.",
        "Check with your pharmacist before using the spray if you have ever had an allergic reaction to it.",
    ],
)
def test_an_information_need_or_a_history_in_a_sentence_of_advice_is_no_sign(sentence: str) -> None:
    assert found(sentence, "symptom") == []


def test_a_warning_sign_in_a_sentence_of_advice_stays_one() -> None:
    assert found("See your GP if you have a fever or a rash.", "symptom") == ["fever", "rash"]


def test_each_subject_of_the_factors_most_associated_is_a_cause() -> None:
    assert causes("Smoking, obesity and diabetes were the factors most strongly associated with amputation.") == [
        ("Smoking", "amputation", "associated_with"), ("obesity", "amputation", "associated_with"),
        ("diabetes", "amputation", "associated_with")]
    # one subject stays one
    assert causes("Smoking was the factor most strongly associated with amputation.") == [("Smoking", "amputation", "associated_with")]


@pytest.mark.parametrize(
    "sentence",
    [
        # examples after the verb and its effect: the claim's stretch runs from the effect to the examples (a reversed
        # stretch made the pipeline fail on the whole page)
        "Many things can raise your blood pressure, including stress and salt.",
        "Many factors can trigger an attack, including cold air and exercise.",
    ],
)
def test_a_cause_stated_by_examples_after_the_verb_has_an_ordered_stretch(sentence: str) -> None:
    found_ = [m for m in find_relations(sentence, CUES)[0] if m.kind == "cause"]
    assert found_
    assert all(m.target[0] <= m.subject[0] and m.subject[1] <= m.target[1] for m in found_)


def test_the_pipeline_reads_a_page_with_examples_after_the_verb() -> None:
    from extract.pipeline import load, make_doc

    nlp = load(link=False, progress=False)
    doc = nlp(make_doc(nlp, "Many things can raise your blood pressure, including stress and salt.", "doc_gen10_examples"))
    assert [(c.type, c.cause.text) for c in doc._.claims if c.type == "cause"] == [("cause", "stress and salt")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pleurisy can also follow a chest infection.", [("chest infection", "Pleurisy")]),
        ("Shingles sometimes follows a period of stress.", [("period of stress", "Shingles")]),
    ],
)
def test_what_a_condition_follows_is_its_cause(sentence: str, expected: list) -> None:
    assert [(c, e) for c, e, _ in causes(sentence)] == expected


@pytest.mark.parametrize("sentence", ["You can also follow our advice on diet.", "Patients can follow the exercises at home."])
def test_a_person_following_advice_names_no_cause(sentence: str) -> None:
    assert causes(sentence) == []
