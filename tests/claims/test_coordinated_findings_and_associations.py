"""Constructions a writer about any condition uses for findings and associations (session 14, from dev17's
first-sight misses): a definition whose subject carries its abbreviation ("X (XY) is a sharp pain"), a comma series
of verb phrases sharing one experiencer ("may become breathless, have pale skin and feel tired"), the states an
examination finds ("cool skin", "weak ankle pulses", "hair loss on the toes"), several subjects of one association
("A, B and C were each independently associated with Y") and an association that ends a coordination of
predicates ("Y is common, often painful and closely linked to X"). The sentences are written for these tests."""

import pytest

from extract.claims.relations import find_relations
from tests.claims.conftest import CUES, causes


def symptoms(sentence: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES, None)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in found if m.kind == "symptom"]


def test_a_definition_reads_past_the_abbreviation_of_its_subject() -> None:
    assert symptoms("Cluster headache (CH) is a severe, stabbing pain around one eye.") == [("stabbing pain", "Cluster headache")]


def test_an_abbreviated_condition_defined_as_a_disease_has_no_symptom() -> None:
    assert symptoms("Myasthenia gravis (MG) is an autoimmune disease of the nerves and muscles.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("People with anaemia may become breathless, have pale skin and feel tired.",
         [("breathless", "anaemia"), ("pale skin", "anaemia"), ("tired", "anaemia")]),
        ("Children with measles often feel unwell, get a high temperature and develop a blotchy rash.",
         [("unwell", "measles"), ("high temperature", "measles"), ("blotchy rash", "measles")]),
        ("You may feel sick, have a headache and notice dark urine.", [("sick", None), ("headache", None), ("dark urine", None)]),
    ],
)
def test_each_verb_phrase_of_an_experiencer_series_gives_its_findings(sentence: str, expected: list) -> None:
    assert symptoms(sentence) == expected


def test_an_action_in_an_experiencer_series_is_no_finding() -> None:
    assert symptoms("You may feel tired, have a blood test and see a specialist.") == [("tired", None)]


def test_an_examination_finds_parts_in_a_state_and_a_lost_part() -> None:
    sentence = "On examination there may be a cold, pale foot, weak ankle pulses and hair loss on the toes."
    # "a cold, pale foot": two modifiers of one head are one finding (CLAIMS_SPEC, session 20, adj1)
    assert [s for s, _ in symptoms(sentence)] == ["cold, pale foot", "weak ankle pulses", "hair loss on the toes"]


@pytest.mark.parametrize(
    "sentence",
    ["The nurse will look at your wound and check your blood pressure.", "The physiotherapist will look at your posture."],
)
def test_an_examination_of_a_part_names_no_state(sentence: str) -> None:
    assert symptoms(sentence) == []


def test_several_subjects_of_one_association_are_each_its_factors() -> None:
    sentence = "Obesity, inactivity and poor sleep were each independently associated with fibromyalgia."
    assert causes(sentence) == [(s, "fibromyalgia", "associated_with") for s in ("Obesity", "inactivity", "poor sleep")]


def test_a_disease_associated_with_an_exposure_is_its_effect() -> None:
    assert causes("Lung cancer is strongly associated with smoking.") == [("smoking", "Lung cancer", "associated_with")]


def test_an_association_that_ends_a_series_of_predicates_is_said_of_the_subject() -> None:
    assert causes("Crohn's disease is common, often painful and closely linked to smoking.") == [
        ("smoking", "Crohn's disease", "associated_with")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two main causes are injuries and repetitive strain.", ["injuries", "repetitive strain"]),
        ("Flare-ups are usually caused by infections and some blood pressure medicines.", ["infections", "blood pressure medicines"]),
    ],
)
def test_a_plural_noun_before_a_longer_phrase_is_an_item_of_its_own(sentence: str, expected: list) -> None:
    assert [c for c, _, _ in causes(sentence)] == expected


def test_a_conjunction_of_modifiers_keeps_one_item() -> None:
    sentence = "Common symptoms include back and leg pain."
    assert symptoms(sentence) == [("back and leg pain", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A virus is usually responsible.", [("virus", None, "causes")]),
        ("In rare cases an inherited gene fault is responsible.", [("inherited gene fault", None, "causes")]),
        ("Genes are partly to blame.", [("Genes", None, "causes")]),
    ],
)
def test_what_is_responsible_for_the_condition_left_implicit_is_its_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize("sentence", ["Who is responsible?", "The patient is responsible."])
def test_a_person_or_a_question_is_responsible_for_no_condition(sentence: str) -> None:
    assert causes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Current smokers had roughly three times the odds of gout compared with never-smokers.", [("Current smokers", "gout", "risk_factor")]),
        ("Night-shift workers have twice the risk of peptic ulcers.", [("Night-shift workers", "peptic ulcers", "risk_factor")]),
        ("People with diabetes have twice the risk of a stroke.", [("diabetes", "stroke", "risk_factor")]),
    ],
)
def test_a_subject_with_a_multiple_of_the_risk_is_a_risk_factor(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_clause_after_a_plural_noun_is_no_second_item() -> None:
    assert symptoms("Many people have kidney cysts and never know it.") == []


def test_plural_nouns_before_a_longer_last_item_are_items_not_its_modifiers() -> None:
    from extract.claims.grammar import list_items

    text = "divers, pilots, miners and farm workers"
    items = list_items(text, (0, len(text)), CUES, lambda t: t == "farm workers")
    assert [text[a:b] for a, b in items] == ["divers", "pilots", "miners", "farm workers"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tremor is present in about 70% of patients with the disease.", ["Tremor"]),
        ("Fatigue occurs in up to 80% of people with lupus.", ["Fatigue"]),
        ("Skin changes such as thickening and redness affect about a third of patients.", ["Skin changes", "thickening", "redness"]),
    ],
)
def test_a_finding_with_the_share_of_patients_who_have_it_is_a_symptom(sentence: str, expected: list) -> None:
    assert [s for s, _ in symptoms(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Gout occurs in about 1 in 50 adults.",  # how common a disease is
        "Smoking was common in 30% of the patients.",  # a habit
        "Persistent pain was reported by 17% of patients after the operation.",  # a trial's outcome
        "Lifestyle changes affect most patients.",
    ],
)
def test_a_share_of_a_disease_a_habit_or_an_outcome_is_no_symptom(sentence: str) -> None:
    assert symptoms(sentence) == []


def test_a_pronoun_that_makes_a_function_a_state_gives_the_states() -> None:
    assert symptoms("They can make your eyes dry, gritty and itchy.") == [("dry", None), ("gritty", None), ("itchy", None)]


def test_a_pronoun_that_makes_a_part_a_state_naming_no_finding_gives_none() -> None:
    assert symptoms("It makes your skin soft.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Neck pain is particularly common in office workers.", [("office workers", "Neck pain", "risk_factor")]),
        ("It is common, especially in older people.", [("older people", None, "risk_factor")]),
        ("Men are diagnosed about twice as often as women.", [("Men", None, "risk_factor")]),
        ("The yearly incidence is low, with women affected about three times as often as men.", [("women", None, "risk_factor")]),
    ],
)
def test_who_a_condition_is_common_in_or_affects_more_often_is_a_risk_factor(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_sign_of_other_conditions_on_a_page_about_the_sign_gives_their_causes() -> None:
    sentence = "Hiccups can be a sign of a stroke or a brain tumour."
    found = causes(sentence, condition=lambda t: t.lower() == "hiccups")
    assert [(c, e) for c, e, _ in found] == [("stroke", "Hiccups"), ("brain tumour", "Hiccups")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erectile dysfunction: a pharmacist's guide\n\nErectile dysfunction (ED) is common.", "erectile dysfunction"),
        ("Peripheral artery disease in primary care: a review\n\nPeripheral artery disease is common.", "peripheral artery disease"),
        ("Health Forums > Skin > Psoriasis\n\nMy psoriasis is worse in winter.", "psoriasis"),
        ("Riverside Community Hospital\n\nRiverside Community Hospital treats gallstones.", None),  # a publisher
        ("Cataract surgery: what your plan covers\n\nCataract surgery is covered.", None),  # a treatment
        ("What is gout?\n\nGout is a type of arthritis.", None),  # a question
        ("Hay fever\n\nPollen allergy is common in spring.", None),  # not named in the text
    ],
)
def test_the_title_names_the_pages_condition_when_the_text_uses_the_name(text: str, expected) -> None:  # noqa: ANN001
    from extract.claims.component import title_condition

    assert title_condition(text) == expected


def test_each_verb_of_a_pronouns_series_gives_its_findings() -> None:
    sentence = "It can cause tiredness, make your skin dry and lead to weight gain."
    assert sorted(s for s, _ in symptoms(sentence)) == ["dry", "tiredness", "weight gain"]
    assert causes(sentence) == []  # no verb phrase of the series is the cause of the next


def test_a_named_subject_of_a_series_keeps_its_causes() -> None:
    assert causes("Smoking can cause cancer and make asthma worse.")[:1] == [("Smoking", "cancer", "causes")]


def test_a_complication_that_is_a_disease_is_caused_not_a_symptom() -> None:
    sentence = "In some people shingles leads to sepsis."
    assert symptoms(sentence) == []
    assert causes(sentence) == [("shingles", "sepsis", "causes")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two commonest causes are obesity and high blood pressure.", ["obesity", "high blood pressure"]),
        ("Risk factors include stress and poor sleep.", ["stress", "poor sleep"]),
    ],
)
def test_a_noun_before_a_phrase_with_its_own_adjective_is_an_item_of_its_own(sentence: str, expected: list) -> None:
    assert [c for c, _, _ in causes(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It causes neck and shoulder pain.", ["neck and shoulder pain"]),
        ("Symptoms include muscle and joint aches.", ["muscle and joint aches"]),
    ],
)
def test_a_head_shared_across_and_stays_one_finding(sentence: str, expected: list) -> None:
    assert [s for s, _ in symptoms(sentence)] == expected


def test_each_likeness_of_a_description_with_its_own_article_is_a_finding() -> None:
    sentence = "It is often described as a burning pain or a feeling of pins and needles."
    assert [s for s, _ in symptoms(sentence)] == ["burning pain", "feeling of pins and needles"]


def test_a_description_with_one_article_stays_one_finding() -> None:
    sentence = "It is often described as a dull, heavy ache."
    assert [s for s, _ in symptoms(sentence)] == ["dull, heavy ache"]


@pytest.mark.parametrize(
    "sentence",
    ["Sometimes no cause can be found at all.", "The exact cause is not known.", "Iodine deficiency remains the leading cause worldwide."],
)
def test_cause_after_a_determiner_or_a_ranking_adjective_is_a_noun_not_the_verb(sentence: str) -> None:
    assert causes(sentence) == []


def test_a_noun_phrase_before_a_modal_and_cause_stays_its_subject() -> None:
    assert causes("The compression of the nerve root could cause pain.")[:1] == [("compression of the nerve root", "pain", "causes")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some people get a flare-up after eating spicy food.", [("eating spicy food", "flare-up", "causes")]),
        ("Many people have a flare after a stressful event.", [("stressful event", "flare", "causes")]),
    ],
)
def test_what_an_attack_follows_sets_it_off(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize("sentence", ["Most patients have pain after surgery.", "Some patients have a flare after surgery."])
def test_a_finding_or_an_attack_after_a_treatment_names_no_cause(sentence: str) -> None:
    assert causes(sentence) == []
