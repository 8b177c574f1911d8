"""Causes and risk factors stated in prose (issue 3): predicates, risk verbs, rising risk, roles,
list subjects, causal clauses, and what states no cause (questions, open questions).

Every sentence here is written for these tests, about conditions the development corpora do not
cover; each test asserts the exact claims (subject, object, relation) and what must not be found.
"""

import pytest

from extract.claims.relations import find_relations
from tests.claims.conftest import CUES, causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Heavy drinking is the strongest known risk factor.", [("Heavy drinking", None, "risk_factor")]),
        ("Obesity remains the biggest single risk factor for type 2 diabetes.", [("Obesity", "type 2 diabetes", "risk_factor")]),
        ("Poor posture is the main culprit.", [("Poor posture", None, "causes")]),
        ("Bright light may act as a trigger in some people.", [("Bright light", None, "causes")]),
        ("Chocolate is a common trigger for eczema flares.", [("Chocolate", "eczema flares", "causes")]),
        # the noun before the verb "is": the predicate is the cause
        ("The single biggest cause is not washing your hands.", [("not washing your hands", None, "causes")]),
        ("In toddlers, the usual trigger is a viral infection: a cold or the flu.", [("viral infection", None, "causes")]),
        ("The main risk factor for gallstones is being overweight, especially losing weight quickly.",
         [("overweight", "gallstones", "risk_factor"), ("losing weight quickly", "gallstones", "risk_factor")]),
    ],
)
def test_a_cause_named_by_a_predicate_noun(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_predicate_noun_used_as_a_modifier_or_an_unknown_cause_names_nothing() -> None:
    assert causes("Massage can ease a trigger point in the neck.") == []
    assert causes("The main cause is unknown.") == []
    assert causes("Keeping a trigger diary helps.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Having a parent with psoriasis increases your chance of getting it.",
         [("Having a parent with psoriasis", None, "risk_factor")]),
        ("Long flights raise the risk of deep vein thrombosis.", [("Long flights", "deep vein thrombosis", "risk_factor")]),
        ("Pregnancy appears to increase the risk in younger women.", [("Pregnancy", None, "risk_factor")]),
        ("Diabetes doubles the odds of developing cataracts.", [("Diabetes", "cataracts", "risk_factor")]),
        ("Lack of sleep has also been associated with a higher risk.", [("Lack of sleep", None, "associated_with")]),
        ("Air pollution has been linked with a higher risk of asthma attacks.",
         [("Air pollution", "asthma attacks", "associated_with")]),
    ],
)
def test_a_risk_factor_raises_a_chance_or_a_risk(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Your risk goes up as you get older.", [("get older", None, "risk_factor")]),
        ("The risk of glaucoma rises sharply with age and with high eye pressure.",
         [("age", "glaucoma", "risk_factor"), ("high eye pressure", "glaucoma", "risk_factor")]),
        ("The chance of a stroke is higher if you smoke, especially after 60.", [("smoke", "stroke", "risk_factor")]),
    ],
)
def test_a_rising_risk_names_what_raises_it(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_each_item_of_a_list_subject_is_a_cause() -> None:
    s = "Being born early, low birth weight and a family history of allergies can all play a part."
    assert causes(s) == [
        ("born early", None, "causes"),
        ("low birth weight", None, "causes"),
        ("family history of allergies", None, "causes"),
    ]
    s = "Damp housing, mould and cold air can trigger wheezing in children."
    assert [c[0] for c in causes(s)] == ["Damp housing", "mould", "cold air"]
    # a subject with a clause or a figure of its own is no list
    assert [c[0] for c in causes("Sitting for hours, as many office workers do, can lead to back pain.")] != [
        "Sitting for hours", "many office workers do"]
    assert [c[0] for c in causes("Eating on 3 or more occasions a night can lead to reflux.")] == [
        "Eating on 3 or more occasions a night"]


def test_a_role_is_a_cause_unless_the_subject_is_care() -> None:
    assert causes("Your genes play a part.") == [("genes", None, "causes")]
    assert causes("Hormones may play a key role in acne.") == [("Hormones", "acne", "causes")]
    assert causes("Physiotherapy plays an important role in recovery.") == []
    assert causes("Diet plays a big part in managing gout.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A burst appendix can make you seriously ill within hours.", [("burst appendix", "you seriously ill", "causes")]),
        ("Alcohol can make hot flushes worse.", [("Alcohol", "hot flushes", "causes")]),
        ("A family history of the disease makes glaucoma more likely.", [("family history of the disease", "glaucoma", "risk_factor")]),
    ],
)
def test_what_makes_you_unwell_or_makes_something_worse_or_more_likely(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_risk_groups() -> None:
    assert causes("Anyone who has had measles can get this rare brain infection.") == [
        ("measles", "rare brain infection", "risk_factor")]
    assert causes("People with lupus can get better with treatment.") == []  # an outcome, not a disease
    assert causes("Women are affected more often than men.") == [("Women", None, "risk_factor")]
    assert causes("Older men are two to three times more likely than women to develop gout.") == [
        ("Older men", None, "risk_factor")]
    s = "Anyone can develop rosacea, particularly those with fair skin or a family history."
    assert causes(s) == [("fair skin", None, "risk_factor"), ("family history", None, "risk_factor")]
    # no risk is stated: a treatment that suits some patients names no risk factor
    assert causes("The cream suits most patients, particularly those with dry skin.") == []


def test_you_dont_have_to_do_x_to_get_y_names_a_cause_it_denies() -> None:
    assert causes("You don't have to run marathons to get runner's knee.") == [("run marathons", "runner's knee", "causes")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two causes: the reason, and the reason for it
        ("Most ulcers form because the stomach lining is damaged, usually as a result of not eating regularly.",
         [("stomach lining is damaged", "ulcers", "causes"), ("not eating regularly", None, "causes")]),
        ("Cavities form when bacteria in plaque turn sugar into acid that attacks the enamel.",
         [("bacteria in plaque turn sugar into acid", "Cavities", "causes")]),
        ("Back pain – often felt in the lower back, usually because a muscle is strained – is very common.",
         [("muscle is strained", None, "causes")]),
        ("Do not use decongestant sprays for more than 7 days, as this can cause rebound congestion.",
         [("use decongestant sprays for more than 7 days", "rebound congestion", "causes")]),
        ("Using a decongestant spray on 8 or more days in a row can lead to rebound congestion.",
         [("Using a decongestant spray on 8 or more days in a row", "rebound congestion", "causes")]),
        ("A low thyroid — because of Hashimoto's disease, surgery or radiation — makes depression more likely.",
         [("Hashimoto's disease", "low thyroid", "causes"), ("surgery", "low thyroid", "causes"), ("radiation", "low thyroid", "causes"),
          ("low thyroid", "depression", "risk_factor")]),
    ],
)
def test_causal_clauses(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_protein_involved_in_a_condition_is_associated_with_it_but_a_person_is_not() -> None:
    s = "New drugs that block IL-17, a protein involved in psoriasis, work quickly."
    assert causes(s) == [("IL-17", "psoriasis", "associated_with")]
    s = "\"It works,\" said Dr. Amy Cole, a dermatologist involved in the trial."
    assert causes(s) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Does eating chocolate cause acne?",
        "Can stress cause hair loss?",
        "Could my medication be the main culprit?",
        "We do not know exactly what causes lupus.",
        "Nobody knows what triggers the first attack.",
        "A food diary, sleep tracking and trigger tracking help you plan.",
    ],
)
def test_questions_and_open_questions_state_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


def test_the_assertion_of_denied_and_omitted_causes(nlp) -> None:  # noqa: ANN001
    """"X does not cause Y" is denied; "not drinking enough" is a cause of its own, asserted."""
    from extract.pipeline import make_doc

    text = (
        "Dry eye.\n\nThe single biggest cause is not blinking enough at screens. "
        "Wearing glasses does not cause dry eye. You don't have to wear contact lenses to get dry eye.\n"
    )
    doc = nlp(make_doc(nlp, text, "doc_dry_eye"))
    got = {(c.cause.text, c.assertion.negated) for c in doc._.claims if c.type == "cause"}
    assert got == {("not blinking enough at screens", False), ("Wearing glasses", True), ("wear contact lenses", True)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The longer you smoke, the greater the risk of emphysema.", [("longer you smoke", None, "risk_factor")]),
        ("In general, the more sunburns you get, the more likely you are to develop melanoma.",
         [("sunburns", None, "risk_factor")]),
        ("One result of this nerve damage is a loss of feeling in the feet.",
         [("nerve damage", "loss of feeling in the feet", "causes")]),
        ("The gums swell and bleed, making the teeth more painful.", [("gums swell and bleed", "the teeth more painful", "causes")]),
        ("Hearing loss is strongly associated with dementia.", [("Hearing loss", "dementia", "associated_with")]),
        ("Some children have anaemia as a direct result of a poor diet, if it is not treated.",
         [("poor diet", "anaemia", "causes")]),
        # the nested cause is the cause: "when X fails due to Y" names Y
        ("Glaucoma can progress when eye drops fail due to poor adherence.", [("poor adherence", "eye drops fail", "causes")]),
    ],
)
def test_correlatives_results_and_participles(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_predicate_factor_and_a_noun_results_and_a_reason_to_stop() -> None:
    s = "Sleep quality was poor, and loneliness was the factor most strongly associated with depression."
    assert causes(s) == [("loneliness", "depression", "associated_with")]
    assert causes("Salons advertise better results from their own products.") == []
    assert causes("Many patients stop within a year, mostly because of side effects like weight gain.") == []
    assert causes("Hair loss results from stress.") == [("stress", "Hair loss", "causes")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Physiotherapy can increase your chance of a full recovery.",
        "Regular exercise increases your chances of staying independent.",
        "Anyone with questions can get help from our nurses.",
        "Your asthma nurse plays a key role in your care.",
        "Eating well plays a role in staying healthy.",
        "The more you practise, the more likely you are to succeed.",
        "Keeping active makes it easier to manage pain.",
    ],
)
def test_benefits_and_services_are_no_causes(sentence: str) -> None:
    assert causes(sentence) == []


def test_more_likely_to_get_it_if() -> None:
    s = "You are more likely to get it if you smoke or if you have high blood pressure."
    assert causes(s) == [("smoke", None, "risk_factor"), ("high blood pressure", None, "risk_factor")]
    s = "Being overweight makes gout harder to control."
    assert causes(s) == [("overweight", "gout harder to control", "causes")]
    s = "Sun exposure is the main risk factor for skin cancer, especially sunburn in childhood."
    assert causes(s) == [("Sun exposure", "skin cancer", "risk_factor"), ("sunburn in childhood", "skin cancer", "risk_factor")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Smoking puts you at higher risk of gum disease.", [("Smoking", "gum disease", "risk_factor")]),
        ("You are at higher risk if you smoke or have diabetes.", [("smoke", None, "risk_factor"), ("diabetes", None, "risk_factor")]),
        ("People with diabetes are more prone to infections.", [("diabetes", "infections", "risk_factor")]),
        ("Those who have had a stroke are at increased risk of another.", [("stroke", None, "risk_factor")]),
        ("Nerve damage is a common complication of diabetes.", [("diabetes", "Nerve damage", "causes")]),
        ("Hair loss is a side effect of chemotherapy.", [("chemotherapy", "Hair loss", "causes")]),
        ("Gout is more common in people who drink beer.", [("drink beer", "Gout", "risk_factor")]),
        ("Cold sores can develop after a fever.", [("fever", "Cold sores", "causes")]),
    ],
)
def test_risk_groups_complications_and_what_follows(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cold weather can worsen joint pain.", [("Cold weather", "joint pain", "causes")]),
        ("Stress can set off an asthma attack.", [("Stress", "asthma attack", "causes")]),
        ("Obesity is a major contributor to heart disease.", [("Obesity", "heart disease", "causes")]),
        ("Back pain can happen if you lift heavy objects badly.", [("lift heavy objects badly", "Back pain", "causes")]),
        ("Poor sleep is often to blame for headaches.", [("Poor sleep", "headaches", "causes")]),
        ("Smoking has been shown to increase the risk of cataracts.", [("Smoking", "cataracts", "risk_factor")]),
        ("Bruising results when small blood vessels break.", [("small blood vessels break", "Bruising", "causes")]),
        # an intransitive use names no cause
        ("Symptoms may worsen at night.", []),
    ],
)
def test_aggravating_verbs_blame_and_conditional_clauses(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_activities_in_general_are_no_cause() -> None:
    assert causes("Rest from the activities that aggravate your knee.") == []
    assert causes("Avoid the movements that trigger your back pain.") == []


def test_a_cause_of_it_and_fronted_phrases_that_are_no_list() -> None:
    assert causes("Occasionally, a virus can trigger it.") == [("virus", None, "causes")]
    assert causes("Certain foods can cause it in some people.") == [("foods", None, "causes")]
    assert causes("Your doctor can cause it.") == []
    assert causes("It can cause it.") == []
    assert [c[0] for c in causes("Left untreated, high blood pressure and diabetes can cause kidney damage.")] == [
        "high blood pressure and diabetes"]
    assert [c[0] for c in causes("Over time, stress and worry can cause hair loss.")] == ["stress and worry"]
    assert [c[0] for c in causes("Sometimes, stress can cause hives.")] == ["stress"]


def test_study_phrasings_of_risk() -> None:
    s = "Results: Obesity was associated with an increased risk of hip pain (OR 2.1, 95% CI 1.5-2.9)."
    assert causes(s) == [("Obesity", "hip pain", "associated_with")]
    assert causes("Age over 65 was a significant predictor of poor outcome.") == [("Age over 65", "poor outcome", "risk_factor")]
    assert causes("Smoking was an independent risk factor for nonunion.") == [("Smoking", "nonunion", "risk_factor")]
    assert causes("Long working hours are a major driver of burnout.") == [("Long working hours", "burnout", "causes")]
    assert causes("A 50% reduction in dose led to fewer side effects.") == []


def test_an_absence_that_is_the_cause_is_not_a_denial(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = "Rickets.\n\nA lack of vitamin D has been linked to weak bones. There is a lack of evidence that fizzy drinks cause rickets.\n"
    doc = nlp(make_doc(nlp, text, "doc_rickets"))
    got = {(c.cause.text, c.assertion.negated) for c in doc._.claims if c.type == "cause"}
    assert got == {("lack of vitamin D", False), ("fizzy drinks", True)}


def test_contributing_factors_and_the_cause_for_concern() -> None:
    assert causes("Obesity is a major contributing factor in knee osteoarthritis.") == [
        ("Obesity", "knee osteoarthritis", "causes")]
    assert causes("Pollen is a common allergy trigger.") == [("Pollen", None, "causes")]
    assert causes("The main cause for concern is infection.") == []


def test_what_raises_a_body_measure_causes_its_rise() -> None:
    assert causes("Drinking too much alcohol can raise your blood pressure.") == [
        ("Drinking too much alcohol", "blood pressure", "causes")]
    # a disease raising a measure: what the condition produces is a symptom claim, as for "causes"
    found, _ = find_relations("Kidney disease can raise your blood pressure.", CUES)
    assert [(m.kind, m.rule) for m in found] == [("symptom", "symptom:raise")]
    assert causes("Salt raises blood pressure.") == [("Salt", "blood pressure", "causes")]
    assert causes("Regular walking lowers your blood pressure.") == []


def test_especially_if_after_an_outcome_is_a_risk_but_after_advice_is_not() -> None:
    s = "Some people still have a stiff shoulder a year later, especially if the joint was frozen for a long time."
    assert causes(s) == [("joint was frozen for a long time", None, "risk_factor")]
    assert causes("Gallstones are more common, especially if you are overweight.") == [("overweight", None, "risk_factor")]
    assert causes("See a doctor, especially if you have a fever.") == []
    assert causes("You should rest, especially if the pain gets worse.") == []


def test_causes_joined_by_a_repeated_by_are_a_claim_each() -> None:
    s = "Less often, pneumonia is caused by a fungal infection, by breathing in food or by a weak immune system."
    assert [c for c, _, _ in causes(s)] == ["fungal infection", "breathing in food", "weak immune system"]


def test_a_hedged_list_subject_with_a_numbered_name_is_a_cause_each() -> None:
    s = "Obesity, type 2 diabetes and lack of exercise also appear to increase the risk."
    assert [c for c, _, _ in causes(s)] == ["Obesity", "type 2 diabetes", "lack of exercise"]
