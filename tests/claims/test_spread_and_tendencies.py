"""Ways a disease spreads to people, "contact" as a noun in list items, and "tends to" as a hedge (issue 3).

Every sentence here is written for these tests, about conditions the development corpora do not cover.
"""

import pytest

from extract.claims.relations import find_relations
from tests.claims.conftest import CUES, causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how a disease spreads to people is its cause (CLAIMS_SPEC.md), with "spreads" as with "is spread"
        ("Impetigo spreads through close contact with someone who has it.", [("close contact", "Impetigo", "causes")]),
        ("Scabies spreads by prolonged skin-to-skin contact.", [("prolonged skin-to-skin contact", "Scabies", "causes")]),
        ("Measles spreads via coughs and sneezes.", [("coughs", "Measles", "causes"), ("sneezes", "Measles", "causes")]),  # two ways (session 24)
    ],
)
def test_the_way_a_disease_spreads_is_its_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_spread_within_the_body_is_no_cause() -> None:
    assert causes("Sepsis can follow if the infection spreads through the bloodstream.") == []
    assert causes("The cancer sometimes spreads through the lymph nodes.") == []


def test_contact_as_a_noun_is_a_list_item_and_as_a_verb_a_call_to_action() -> None:
    assert causes("Risk factors include contact sports and wearing contact lenses.") == [
        ("contact sports", None, "risk_factor"), ("wearing contact lenses", None, "risk_factor")]
    assert causes("Warts are passed on through direct skin contact.") == [("direct skin contact", "Warts", "causes")]
    assert causes("Common causes include contact us today.") == []


def test_tends_to_is_a_hedge_before_the_verb_not_part_of_the_subject() -> None:
    sentence = "Scarlet fever tends to produce a rough red rash."
    found, _ = find_relations(sentence, CUES, None, condition=lambda t: t.lower() == "scarlet fever")
    got = [(m.kind, sentence[m.subject[0] : m.subject[1]]) for m in found]
    assert ("symptom", "rough red rash") in got
    assert all("tends" not in s for _, s in got)


@pytest.mark.parametrize(
    ("sentence", "cause", "effect"),
    [
        # a mood problem the condition brings is what follows it (CLAIMS_SPEC.md, session 17)
        ("Hyperhidrosis is often associated with anxiety.", "Hyperhidrosis", "anxiety"),
        ("Chronic pancreatitis is also linked to depression, partly because of the constant pain.", "Chronic pancreatitis", "depression"),
        ("Psoriatic arthritis is associated with low mood.", "Psoriatic arthritis", "low mood"),
        # an exposure stays what comes first, whichever side it is written on
        ("Bladder cancer is strongly associated with smoking.", "smoking", "Bladder cancer"),
    ],
)
def test_the_direction_of_an_association_with_a_mood_problem(sentence: str, cause: str, effect: str) -> None:
    got = causes(sentence)
    assert got and got[0][:2] == (cause, effect)


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        # an inability is a finding, not a denial (CLAIMS_SPEC.md, session 18)
        # another word after the inability: no plain sign; the state of the first clause stays one (session 20: the
        # clauses of the lead-in's person are read each on its own, CLAIMS_SPEC.md "a state coordinated with it")
        ("- is wheezing and cannot speak in full sentences", ["wheezing"]),
        ("- you can't breathe properly", []),
        ("- are confused and unable to stand", ["unable to stand"]),
        ("- are coughing and can't swallow", ["coughing", "can't swallow"]),
        ("- you are unable to bear weight", ["unable to bear weight"]),
        ("- you cannot keep anything down", ["cannot keep anything down"]),
    ],
)
def test_an_inability_in_a_warning_bullet_is_a_sign(bullet: str, expected: list) -> None:
    from extract.claims.lists import warning_items

    assert [bullet[m.subject[0] : m.subject[1]] for m in warning_items(bullet, CUES, None, None)] == expected


def test_a_complication_named_as_a_disease_produces_symptoms_not_causes() -> None:
    # "psoriatic arthritis, which causes joint pain": a finding the complication produces is a symptom (CLAIMS_SPEC.md)
    sentence = "About 1 in 10 people with Crohn's disease develop uveitis, which causes eye pain and blurred vision."
    found, _ = find_relations(sentence, CUES, None)
    got = [(m.kind, sentence[m.subject[0] : m.subject[1]]) for m in found]
    assert ("symptom", "eye pain") in got
    assert ("cause", "uveitis") not in got
    # a disease it leads to stays caused
    assert causes("Cirrhosis can cause liver failure.") == [("Cirrhosis", "liver failure", "causes")]
    assert causes("Pancreatitis can lead to diabetes.") == [("Pancreatitis", "diabetes", "causes")]


def test_getting_the_condition_after_an_event_names_the_event_as_its_cause() -> None:
    assert causes("Some people develop it after a bout of glandular fever.") == [("bout of glandular fever", None, "causes")]
    assert causes("Men can get one after a bladder infection.") == [("bladder infection", None, "causes")]


def test_characterised_clinically_by_lists_symptoms() -> None:
    sentence = "Sjogren's syndrome is characterised clinically by dry eyes, a dry mouth and joint pain."
    found, _ = find_relations(sentence, CUES, None)
    assert [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"] == ["dry eyes", "dry mouth", "joint pain"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Headaches and dizziness are common.", ["Headaches", "dizziness"]),
        ("Night sweats are also common in the first few weeks.", ["Night sweats"]),
        ("Hoarseness, a dry cough and tiredness are common accompanying features.", ["Hoarseness", "dry cough", "tiredness"]),
        ("Dysphagia and fatigue are very common, and many patients lose weight.", ["Dysphagia", "fatigue"]),
        # a side effect, a cause, a condition or a pronoun said to be common is no finding of the page's condition
        ("Dizziness and constipation are common side effects.", []),
        ("Side effects such as nausea and headache are common, so the dose is built up slowly.", []),
        ("Stress and tiredness are common causes.", []),
        ("Kidney stones are common.", []),
        ("It is very common.", []),
    ],
)
def test_findings_said_to_be_common_are_symptoms(sentence: str, expected: list) -> None:
    found, _ = find_relations(sentence, CUES, None)
    assert [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom" and m.rule == "symptom:are common"] == expected


def test_a_predicate_noun_with_by_far_or_a_clause_of_who_sees_the_causes() -> None:
    assert causes("Sunburn and friction are by far the most common triggers we see in clinic.") == [
        ("Sunburn", None, "causes"), ("friction", None, "causes")]
    assert causes("Heat is by far the main trigger.") == [("Heat", None, "causes")]


def test_the_pathogens_or_organisms_listed_are_causes() -> None:
    assert [c for c, _, _ in causes("The usual bacterial pathogens are Staphylococcus aureus and Streptococcus pyogenes.")] == [
        "Staphylococcus aureus", "Streptococcus pyogenes"]
    assert [c for c, _, _ in causes("The commonest causative organisms are Proteus mirabilis and Klebsiella pneumoniae.")] == [
        "Proteus mirabilis", "Klebsiella pneumoniae"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each verb of having of the same person in a warning clause opens findings of its own
        ("Seek care straight away if you notice a lump in your neck, have a high temperature, or get night sweats.",
         ["lump in your neck", "high temperature", "night sweats"]),
        # the situation before "and get" is no sign; the sign after it is
        ("If you have asthma and get chest pain, call 999.", ["chest pain"]),
        # "when you swallow" says when the finding comes; ", as this may be ..." is a comment, no sign
        ("See your GP if you have a sore throat when you swallow, as this may be a sign of infection.", ["sore throat"]),
    ],
)
def test_warning_signs_after_several_verbs_of_having(sentence: str, expected: list) -> None:
    found, _ = find_relations(sentence, CUES, None)
    assert [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"] == expected


def test_people_with_findings_who_also_need_to_be_seen() -> None:
    sentence = "Young children with a stiff neck and a rash also need to be seen urgently."
    found, _ = find_relations(sentence, CUES, None)
    assert [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"] == ["stiff neck", "rash"]


def test_a_demonstrative_said_to_be_signs_of_a_condition_is_a_symptom_as_written() -> None:
    sentence = "These can be signs of sepsis, which needs treatment in hospital."
    found, _ = find_relations(sentence, CUES, None)
    assert [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]]) for m in found if m.kind == "symptom"] == [
        ("These", "sepsis")]


def test_the_examples_of_a_vaguely_named_condition_are_no_findings() -> None:
    sentence = "These may be signs of something more serious, such as appendicitis or a twisted ovary."
    found, _ = find_relations(sentence, CUES, None)
    assert [m for m in found if m.kind == "symptom"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the mornings her left eye waters constantly.", ["left eye waters"]),
        ("If one side of your mouth droops, call 999.", ["mouth droops"]),
        ("Your gums may bleed easily when you brush.", ["gums may bleed easily"]),
        ("Keep going with the salt and water until the cough settles.", []),
    ],
)
def test_a_body_part_that_waters_droops_or_bleeds_is_a_symptom(sentence: str, expected: list) -> None:
    found, _ = find_relations(sentence, CUES, None)
    assert [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"] == expected


def test_the_first_example_after_things_like_is_a_cause() -> None:
    assert [c for c, _, _ in causes("Contact dermatitis is a reaction to things like nickel, latex or perfume.")] == [
        "nickel", "latex", "perfume"]
    assert [c for c, _, _ in causes("Attacks can be triggered by substances such as sulphites or aspirin.")] == ["sulphites", "aspirin"]


def test_an_age_in_a_warning_bullet_is_who_not_a_sign() -> None:
    from extract.claims.lists import warning_items

    bullet = "- you're over 60 and have a new cough or blood in your phlegm"
    got = [bullet[m.subject[0] : m.subject[1]] for m in warning_items(bullet, CUES, None, None)]
    assert "over 60" not in got and "new cough" in got


def test_what_advice_is_against_is_the_cause_of_its_which_clause() -> None:
    assert causes("Cut down on tea and cola, which can trigger palpitations.") == [
        ("tea", "palpitations", "causes"), ("cola", "palpitations", "causes")]
    assert causes("Avoid scented wipes, which can irritate the skin.")[0][0] == "scented wipes"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Early signs vary, but the most common are thirst and loss of appetite.", ["thirst", "loss of appetite"]),
        ("The pain is usually followed by a dull, heavy ache.", []),  # a comma in the finding: left to other rules
        ("It is usually followed by a throbbing headache that lasts a day.", ["throbbing headache"]),
        ("Surgery is often followed by pain.", []),  # what follows an intervention is no symptom of the condition
        ("Costs vary, but the main ones are travel and parking.", []),  # no symptom noun named before the rank
    ],
)
def test_findings_after_an_elided_rank_or_following_the_condition(sentence: str, expected: list) -> None:
    found, _ = find_relations(sentence, CUES, None)
    got = [sentence[m.subject[0] : m.subject[1]] for m in found
           if m.kind == "symptom" and m.rule in ("symptom:the most common are", "symptom:followed by")]
    assert got == expected


def test_items_listed_before_another_risk_factor_are_risk_factors() -> None:
    assert causes("If you have high cholesterol, kidney disease or another risk factor, ask about a heart check.") == [
        ("high cholesterol", None, "risk_factor"), ("kidney disease", None, "risk_factor")]
    assert [c for c, _, r in causes("Frequent antibiotics, a weak immune system and other causes are discussed below.") if r == "causes"] == [
        "Frequent antibiotics", "weak immune system"]


def test_a_group_with_the_condition_that_has_more_of_it_names_a_cause() -> None:
    assert causes("Heavy drinkers with psoriasis tend to have more severe flares.") == [("Heavy drinkers", "psoriasis", "causes")]
    assert causes("Overweight people with arthritis often get more pain.") == [("Overweight", "arthritis", "causes")]
    assert causes("People with lupus tend to have more infections.") == []  # the group is only those with the condition
