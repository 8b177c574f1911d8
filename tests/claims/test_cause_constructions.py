"""Cause and risk-factor constructions of pages nobody here has seen (issue 3): the direction of
"associated with", sequences, hedged passives, vague subjects with examples, group risks, clauses
that name the cause elsewhere than the grammatical subject, accumulation, series of causes, and
what states no cause (a symptom naming a condition, a body site, an illustration, a description).

Every sentence is written for these tests, in the wording of clinic pages, leaflets, abstracts,
news and FAQs about conditions the development corpora do not cover; each asserts the exact claims
(cause, effect, relation) and what must not be found.
"""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a condition or symptom on the left of "associated with" is the effect; the exposure is the cause (a mood problem
        # the condition brings follows it: CLAIMS_SPEC.md, session 17)
        ("Lung cancer is strongly associated with smoking.", [("smoking", "Lung cancer", "associated_with")]),
        ("Neck pain is associated with poor posture and long hours at a desk.",
         [("poor posture", "Neck pain", "associated_with"), ("long hours at a desk", "Neck pain", "associated_with")]),
        ("Chronic fatigue is associated with disturbed sleep followed by low mood.",
         [("disturbed sleep", "Chronic fatigue", "associated_with"), ("Chronic fatigue", "low mood", "associated_with")]),
        ("In our cohort, tendinopathy was linked to repetitive loading of the tendon.",
         [("repetitive loading of the tendon", "tendinopathy", "associated_with")]),
        # two conditions, a body measure or an outcome: the written direction stays
        ("Hearing loss is strongly associated with dementia.", [("Hearing loss", "dementia", "associated_with")]),
        ("Untreated high blood pressure is associated with kidney disease.",
         [("Untreated high blood pressure", "kidney disease", "associated_with")]),
        ("Chronic pain is associated with poor satisfaction after surgery.",
         [("Chronic pain", "poor satisfaction", "associated_with")]),
        ("Persistent pain was the factor most strongly associated with dissatisfaction.",
         [("Persistent pain", "dissatisfaction", "associated_with")]),
        ("Researchers found that poor sleep was linked to a higher risk of dementia.", [("poor sleep", "dementia", "associated_with")]),
    ],
)
def test_the_direction_of_associated_with(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_the_page_condition_on_the_left_of_associated_with_is_the_effect() -> None:
    def rosacea(text: str) -> bool:
        return text.lower() == "rosacea"

    assert causes("Rosacea is linked with a mite that lives on the skin.", condition=rosacea) == [
        ("mite", "Rosacea", "associated_with")]
    assert causes("Rosacea is linked with a mite that lives on the skin.") == [("Rosacea", "mite", "associated_with")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Repetitive strain injury is thought to be caused by repeated movements of the hand.",
         [("repeated movements of the hand", "Repetitive strain injury", "causes")]),
        ("Lupus is believed to be triggered by sunlight in some people.", [("sunlight", "Lupus", "causes")]),
        ("Type 2 diabetes develops when the body stops responding to insulin.",
         [("body stops responding to insulin", "Type 2 diabetes", "causes")]),
        ("Lack of vitamin B12 can cause anaemia.", [("Lack of vitamin B12", "anaemia", "causes")]),
        ("Asthma can be set off by pollen, dust mites and cold air.",
         [("pollen", "Asthma", "causes"), ("dust mites", "Asthma", "causes"), ("cold air", "Asthma", "causes")]),
        ("Rosacea can be made worse by spicy food, hot drinks and alcohol.",
         [("spicy food", "Rosacea", "causes"), ("hot drinks", "Rosacea", "causes"), ("alcohol", "Rosacea", "causes")]),
        ("Headaches can find their source in the neck, the jaw or the sinuses.",
         [("neck", "Headaches", "causes"), ("jaw", "Headaches", "causes"), ("sinuses", "Headaches", "causes")]),
        ("Hay fever is an allergic reaction to pollen.", [("pollen", "Hay fever", "causes")]),
        ("Most nosebleeds happen because the inside of the nose is dry.",
         [("inside of the nose is dry", "nosebleeds", "causes")]),
        ("Diabetes predisposes people to foot infections.", [("Diabetes", "foot infections", "risk_factor")]),
        ("Stomach ulcers are usually caused by an infection or by taking anti-inflammatory painkillers.",
         [("infection", "Stomach ulcers", "causes"), ("taking anti-inflammatory painkillers", "Stomach ulcers", "causes")]),
    ],
)
def test_passive_and_hedged_causes(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Several factors increase your risk, including age, smoking and a family history.",
         [("age", None, "risk_factor"), ("smoking", None, "risk_factor"), ("family history", None, "risk_factor")]),
        ("A number of things can trigger an attack, such as stress, bright lights and lack of sleep.",
         [("stress", "attack", "causes"), ("bright lights", "attack", "causes"), ("lack of sleep", "attack", "causes")]),
        ("Some foods can make reflux worse, like coffee, chocolate and spicy dishes.",
         [("coffee", "reflux", "causes"), ("chocolate", "reflux", "causes"), ("spicy dishes", "reflux", "causes")]),
        ("There are many causes of dizziness, such as inner ear problems, low blood pressure and dehydration.",
         [("inner ear problems", "dizziness", "causes"), ("low blood pressure", "dizziness", "causes"), ("dehydration", "dizziness", "causes")]),
        ("Other sources of hip pain include bursitis, tendon strain and referred pain from the back.",
         [("bursitis", "hip pain", "causes"), ("tendon strain", "hip pain", "causes"), ("referred pain from the back", "hip pain", "causes")]),
        ("There are other conditions that can mimic gout, such as pseudogout and cellulitis.", []),
        ("Other triggers of hives, like insect stings, are less common.", [("insect stings", "hives", "causes")]),
    ],
)
def test_vague_subjects_and_sources_with_examples(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_bracketed_example_of_an_item_is_a_cause_too() -> None:
    s = "There are other sources of jaw pain that can mimic toothache, such as sinusitis, tooth grinding and ear disease (such as otitis media)."
    assert causes(s) == [("sinusitis", "jaw pain", "causes"), ("tooth grinding", "jaw pain", "causes"), ("ear disease", "jaw pain", "causes"),
                         ("otitis media", "jaw pain", "causes")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("People who smoke have a higher risk of macular degeneration.", [("smoke", "macular degeneration", "risk_factor")]),
        ("People with diabetes have a much higher chance of developing cataracts.", [("diabetes", "cataracts", "risk_factor")]),
        ("Women who are overweight are at higher risk of gallstones.", [("overweight", "gallstones", "risk_factor")]),
        ("People with psoriasis are at increased risk.", [("psoriasis", None, "risk_factor")]),
        ("Adults with obesity face a greater risk of sleep apnoea.", [("obesity", "sleep apnoea", "risk_factor")]),
        ("Women had a twofold higher risk of migraine than men.", [("Women", "migraine", "risk_factor")]),
        ("Smokers have an increased risk of gum disease.", [("Smokers", "gum disease", "risk_factor")]),
        ("Patients aged over 70 had a 3.2-fold higher risk of delirium.", [("Patients aged over 70", "delirium", "risk_factor")]),
        ("The risk is higher in people over 60.", [("people over 60", None, "risk_factor")]),
        ("The odds of developing asthma were higher among children exposed to tobacco smoke.",
         [("children exposed to tobacco smoke", "odds of developing asthma", "risk_factor")]),
        ("Anyone can get cellulitis, but it's more common in people with diabetes.", [("diabetes", None, "risk_factor")]),
        ("Psoriasis tends to run in families.", [("run in families", "Psoriasis", "risk_factor")]),
        ("It often runs in families.", [("runs in families", None, "risk_factor")]),
        ("In multivariable analysis, smoking (HR 1.9) and diabetes (HR 2.4) predicted amputation.",
         [("smoking", "amputation", "risk_factor"), ("diabetes", "amputation", "risk_factor")]),
    ],
)
def test_risk_groups_odds_and_families(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ", which causes" after two coordinated predicates: the clause's subject is the cause
        ("Scar tissue can form after an operation and press on a nerve, which causes pain.", [("Scar tissue", "pain", "causes")]),
        ("Over time, plaque can build up in the arteries and narrow them, which leads to angina.", [("plaque", "angina", "causes")]),
        # a subject modified by a participle: the head noun is the cause, not the noun in its modifier
        ("The bone damage caused by the infection that led to the amputation can cause phantom pain.",
         [("bone damage", "phantom pain", "causes"), ("infection", "bone damage", "causes")]),
        ("Inflammation caused by an infection can lead to scarring.",
         [("Inflammation", "scarring", "causes"), ("infection", "Inflammation", "causes")]),
        # a fronted state: what is in that state is the cause
        ("When the valves in the leg veins are weak, blood can pool and lead to varicose veins.",
         [("valves in the leg veins", "varicose veins", "causes")]),
        ("If the arches of your feet are flat, your knees can roll inwards and cause knee pain.",
         [("arches of your feet", "knee pain", "causes")]),
        ("If you are overweight, extra weight can cause back pain.", [("extra weight", "back pain", "causes")]),
        # a fronted reason with an effect of its own; a description after it is none
        ("Due to poor blood flow, wounds on the feet heal slowly.", [("poor blood flow", "wounds on the feet heal slowly", "causes")]),
        ("Because of the changes in the brain that come with long-term pain, the original injury is often more than a scan can show.", []),
    ],
)
def test_clauses_that_name_the_cause_elsewhere(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("With every new flare, more cartilage is lost.", [("flare", "cartilage", "causes")]),
        ("After each attack, more damage builds up in the joint.", [("attack", "damage", "causes")]),
        ("As the liver continues to be damaged by alcohol, more scar tissue replaces healthy cells.",
         [("alcohol", "scar tissue replaces healthy cells", "causes")]),
        ("One complication of long-term steroid use is that the bones become thin.",
         [("long-term steroid use", "bones become thin", "causes")]),
        ("A problem following knee replacement is that the joint can stay stiff.",
         [("knee replacement", "joint can stay stiff", "causes")]),
    ],
)
def test_accumulation_continuing_states_and_problems_that_follow(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Heart disease is one of the leading causes of death worldwide.", [("Heart disease", "death worldwide", "causes")]),
        ("It is among the biggest causes of disability in young adults.", [("It", "disability in young adults", "causes")]),
        ("Untreated gout can damage the joints, and it is linked to kidney stones.", [("it", "kidney stones", "associated_with")]),
    ],
)
def test_a_condition_causes_a_burden_and_is_linked_to_other_conditions(sentence: str, expected: list) -> None:
    got = causes(sentence)
    assert all(claim in got for claim in expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # a symptom that names a condition does not cause it; a diagnosis is no effect
        "Sometimes the ache won't settle, resulting in a condition called chronic widespread pain.",
        "The symptoms persist, leading to a diagnosis of chronic fatigue syndrome.",
        # a body site is where a condition occurs, not a risk factor
        "Gout is most common in the big toe.",
        "Osteoarthritis is most common in the knees and hips.",
        "Eczema is more common on the inside of the elbows.",
        # an illustration of a stimulus is no cause of the condition
        "For example, a cold breeze would trigger a sharp pain in the tooth.",
        "For instance, brushing your hair would cause pain in someone with allodynia.",
        # a reason given for a description
        "Because of these nerve changes, the trigger is usually more than what a scan can show.",
    ],
)
def test_what_states_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


def test_a_body_site_is_no_risk_factor_but_a_group_is() -> None:
    assert causes("Osteoarthritis is most common in older women.") == [("older women", "Osteoarthritis", "risk_factor")]
    assert causes("Gout is more common in people who drink beer.") == [("drink beer", "Gout", "risk_factor")]


def test_a_series_of_paragraphs_each_opened_by_a_cause(nlp) -> None:  # noqa: ANN001
    """A page that lists causes as paragraphs, each opened by a verbless line naming the cause: once one
    line of the series is claimed ("This is a common cause of ..."), the next lines of its shape are
    causes; a paragraph that opens with a sentence ends the series."""
    from extract.pipeline import make_doc

    text = (
        "Why hip replacements fail\n\n"
        "There are several reasons why a hip replacement can fail.\n\n"
        "Loosening of the implant over time. This is the most common cause of a failed hip replacement. "
        "It is usually seen on X-ray.\n\n"
        "Infection of the joint after surgery. This is another common cause of failure.\n\n"
        "Wear of the plastic liner. The surgeon will check the liner at every review.\n\n"
        "Treatment depends on the cause and may need a second operation.\n\n"
        "Gentle exercise every day.\n"
    )
    doc = nlp(make_doc(nlp, text, "doc_hip_failure"))
    got = [c.cause.text for c in doc._.claims if c.type == "cause"]
    assert got == ["Loosening of the implant", "Infection of the joint", "Wear of the plastic liner"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Men over 50 are most at risk.", [("Men over 50", None, "risk_factor")]),
        ("Smokers are particularly at risk of complications.", [("Smokers", "complications", "risk_factor")]),
        ("You're at risk if you have a weakened immune system.", [("weakened immune system", None, "risk_factor")]),
        ("Most cases are linked to a virus.", [("virus", "cases", "associated_with")]),
        ("Being overweight puts extra strain on your joints.", [("overweight", "joints", "causes")]),
        ("Long-term use of steroid creams can thin the skin.", [("Long-term use of steroid creams", "skin", "causes")]),
        ("Running too far too soon can overload the Achilles tendon.", [("Running too far too soon", "Achilles tendon", "causes")]),
        ("Cortisone shots can ease a sore shoulder for a while, but they may weaken the tendon.",
         [("Cortisone shots", "tendon", "causes")]),
        ("Dry eye can occur as a side effect of some medicines.", [("medicines", "Dry eye", "causes")]),
        ("Sinusitis usually follows a cold or flu.", [("cold", "Sinusitis", "causes"), ("flu", "Sinusitis", "causes")]),  # two alternatives, two causes (session 10)
        ("Tendinitis is usually caused by repetitive movements, but it can also be caused by a sudden injury.",
         [("repetitive movements", "Tendinitis", "causes"), ("sudden injury", None, "causes")]),
    ],
)
def test_groups_at_risk_strain_side_effects_and_what_follows(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_class_of_movements_with_a_modifier_is_a_cause_but_movements_in_general_are_not() -> None:
    assert causes("Repetitive movements can inflame the tendon.") == [("Repetitive movements", "tendon", "causes")]
    assert causes("Avoid the movements that inflame the tendon.") == []
    assert causes("A number of things can inflame the tendon.") == []


def test_a_list_of_actions_as_subject() -> None:
    s = "Lifting too much too soon, switching to heavier weights or longer sets, or skipping rest days can all overload the shoulder."
    assert causes(s) == [("Lifting too much too soon", "shoulder", "causes"),
                         ("switching to heavier weights or longer sets", "shoulder", "causes"),
                         ("skipping rest days", "shoulder", "causes")]
    s = "Repeated bending, kneeling and squatting on hard floors puts strain on the knee."
    assert causes(s) == [("Repeated bending, kneeling and squatting on hard floors", "knee", "causes")]
    s = "Dust, pollen and pet hair can all trigger sneezing."
    assert causes(s) == [("Dust", "sneezing", "causes"), ("pollen", "sneezing", "causes"), ("pet hair", "sneezing", "causes")]


def test_what_they_may_harm_is_a_cause_and_still_a_treatment(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = "Frozen shoulder.\n\nSteroid injections can ease the pain for a few weeks, but they may weaken the tendon.\n"
    doc = nlp(make_doc(nlp, text, "doc_frozen_shoulder"))
    got = {(c.type, c.cause.text if c.type == "cause" else None) for c in doc._.claims if c.type in ("cause", "treatment")}
    assert ("cause", "Steroid injections") in got
    assert any(t == "treatment" for t, _ in got)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Risk factors: obesity, smoking and diabetes.",
         [("obesity", None, "risk_factor"), ("smoking", None, "risk_factor"), ("diabetes", None, "risk_factor")]),
        ("Common triggers of migraine: cheese, red wine and missed meals.",
         [("cheese", "migraine", "causes"), ("red wine", "migraine", "causes"), ("missed meals", "migraine", "causes")]),
        ("Poor sleep may be to blame.", [("Poor sleep", None, "causes")]),
        ("Hives can be brought about by an allergic reaction.", [("allergic reaction", "Hives", "causes")]),
        ("Gallstones are caused mainly by too much cholesterol in the bile.",
         [("too much cholesterol in the bile", "Gallstones", "causes")]),
        ("Eczema is often linked with asthma.", [("Eczema", "asthma", "associated_with")]),
        ("Back pain is often linked with long hours of sitting.", [("long hours of sitting", "Back pain", "associated_with")]),
        ("Malaria is spread by mosquitoes.", [("mosquitoes", "Malaria", "causes")]),
        ("Flu is caused by influenza viruses that infect the nose, throat and lungs.", [("influenza viruses", "Flu", "causes")]),
        ("A bacterial infection accounts for most cases.", [("bacterial infection", "cases", "causes")]),
        ("Cataracts are more likely in people who have diabetes.", [("diabetes", "Cataracts", "risk_factor")]),
        ("Low iron levels can leave you feeling tired.", [("Low iron levels", "tired", "causes")]),
        ("Too much screen time has been blamed for rising rates of short-sightedness.",
         [("Too much screen time", "rising rates of short-sightedness", "causes")]),
        ("It mostly affects women over 40.", [("women over 40", None, "risk_factor")]),
        ("Shingles mainly affects older people and those with weakened immune systems.",
         [("older people", "Shingles", "risk_factor"), ("weakened immune systems", "Shingles", "risk_factor")]),
        # where a condition occurs is no risk group
        ("Psoriasis mainly affects the elbows and knees.", []),
        # a cause that is blamed for nothing in particular, and a list head used as a title, name nothing
        ("Causes and treatment", []),
    ],
)
def test_inline_lists_blame_spread_and_who_is_affected(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_the_subject_of_a_second_coordinated_verb_is_the_main_subject() -> None:
    s = ("In some patients, the torn meniscus, which was trimmed during the operation, never settles down and continues "
         "to be a source of knee pain.")
    assert causes(s) == [("torn meniscus", "knee pain", "causes")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Anxiety doesn't cause stomach ulcers.", [("Anxiety", "stomach ulcers", "causes")]),
        ("Children are more susceptible to ear infections than adults.", [("Children", "ear infections", "risk_factor")]),
        ("The condition is more prevalent among older adults.", [("older adults", "condition", "risk_factor")]),
        ("Being older, being female and having a family history are all risk factors.",
         [("older", None, "risk_factor"), ("female", None, "risk_factor"), ("having a family history", None, "risk_factor")]),
        ("Heavy alcohol use was the strongest predictor of relapse.", [("Heavy alcohol use", "relapse", "risk_factor")]),
    ],
)
def test_contracted_denials_susceptible_groups_and_all_risk_factors(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_contracted_denial_is_negated(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = "Stomach ulcers.\n\nSpicy food doesn't cause stomach ulcers.\n"
    doc = nlp(make_doc(nlp, text, "doc_ulcer_myths"))
    got = {(c.cause.text, c.assertion.negated) for c in doc._.claims if c.type == "cause"}
    assert got == {("Spicy food", True)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a leaflet on lipomas
        ("Lipomas are not caused by anything you did.", [("anything you did", "Lipomas", "causes")]),
        # a parents' page on Perthes disease: the clause of two people
        ("Perthes disease is not caused by anything you or your child did wrong, and it is not catching.",
         [("anything you or your child did wrong", "Perthes disease", "causes")]),
        # a forum post on gastroparesis: the clause ends before a cause coordinated with it
        ("Gastroparesis is not caused by anything you ate or by stress.",
         [("anything you ate", "Gastroparesis", "causes"), ("stress", "Gastroparesis", "causes")]),
    ],
)
def test_anything_someone_did_is_a_cause_though_its_pronoun_is_none(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected
