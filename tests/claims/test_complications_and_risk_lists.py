"""Causes and symptoms of unseen pages (issue 3): complications, risk bullets after an "if you:"
lead-in, hedged risk ratios, "by far the most common cause", symptoms after a bare "This causes",
"you may have A, B and C", and what states no symptom ("causes no symptoms", "Symptoms are
triggered by ...").

Every page is written for these tests, about conditions the development corpora do not cover;
each asserts the exact cause and symptom claims the pipeline makes without linking (as on a
machine without the knowledge base), and what must not be found.
"""

import pytest

from tests.claims.conftest import causes


def claims(nlp, text: str) -> list[tuple]:  # noqa: ANN001
    """(type, argument, object or None, relation or None) of the page's cause and symptom claims, in page order."""
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, "doc_causesym"))
    out = []
    for c in doc._.claims:
        if c.type == "cause":
            out.append(("cause", c.cause.text, c.effect.text if c.effect else None, c.relation))
        elif c.type == "symptom":
            out.append(("symptom", c.symptom.text, c.condition.text if c.condition else None, None))
    return out


def test_risk_bullets_after_an_if_you_lead_in_name_what_follows_the_verb(plain) -> None:  # noqa: ANN001
    page = "You are more likely to get gout if you:\n\n- are overweight\n- have high blood pressure\n- have had kidney disease\n"
    assert claims(plain, page) == [
        ("cause", "overweight", None, "risk_factor"),
        ("cause", "high blood pressure", None, "risk_factor"),
        ("cause", "kidney disease", None, "risk_factor"),
    ]


def test_symptom_bullets_keep_their_verb_phrases(plain) -> None:  # noqa: ANN001
    # the verbs of being and having are stripped only under a cause or risk lead-in
    page = "Signs of dehydration include:\n\n- feeling thirsty\n- dark yellow urine\n"
    assert [c[1] for c in claims(plain, page)] == ["feeling thirsty", "dark yellow urine"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("People with psoriasis are about twice as likely to have heart disease as other people.", [("psoriasis", None, "risk_factor")]),
        ("Smokers are at least three times more likely to develop gum disease.", [("Smokers", None, "risk_factor")]),
        ("Graves' disease is by far the most common cause of an overactive thyroid.",
         [("Graves' disease", "overactive thyroid", "causes")]),
    ],
)
def test_hedged_ratios_and_by_far_name_the_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a condition leading to a disease of its own: a complication is caused, not a symptom
        ("Untreated gallstones can trigger pancreatitis.", [("cause", "Untreated gallstones", "pancreatitis", "causes")]),
        ("Many people with diabetes develop kidney disease.", [("cause", "diabetes", "kidney disease", "causes")]),
        ("Some people with ulcerative colitis go on to develop arthritis.",
         [("cause", "ulcerative colitis", "arthritis", "causes")]),
        # findings it produces stay its symptoms
        ("Kidney stones can cause severe pain and blood in the urine.",
         [("symptom", "severe pain", "Kidney stones", None), ("symptom", "blood in the urine", "Kidney stones", None)]),
    ],
)
def test_a_complication_is_a_cause_a_finding_a_symptom(plain, page: str, expected: list) -> None:  # noqa: ANN001
    assert claims(plain, page) == expected


def test_a_bare_this_causing_findings_names_symptoms(plain) -> None:  # noqa: ANN001
    assert claims(plain, "This causes pain, redness and a fever.") == [
        ("symptom", "pain", None, None), ("symptom", "redness", None, None), ("symptom", "fever", None, None)]
    # a mechanism names no finding: no claim
    assert claims(plain, "This causes the muscle to tighten.") == []


@pytest.mark.parametrize(
    "page",
    [
        "Many people have a hernia and never know it, because it causes no symptoms.",
        "Small fibroids usually cause no symptoms at all.",
    ],
)
def test_no_symptoms_is_no_symptom(plain, page: str) -> None:  # noqa: ANN001
    assert claims(plain, page) == []


def test_symptoms_triggered_by_name_causes_not_a_list_of_symptoms(plain) -> None:  # noqa: ANN001
    assert claims(plain, "Symptoms are often triggered by cold air, exercise or pollen.") == [
        ("cause", "cold air", "Symptoms", "causes"), ("cause", "exercise", "Symptoms", "causes"), ("cause", "pollen", "Symptoms", "causes")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("You may have a sore throat, a runny nose and a cough.", ["sore throat", "runny nose", "cough"]),
        ("Some children also get earache and a fever.", ["earache", "fever"]),
        ("Many people also get headaches and earache.", ["headaches", "earache"]),
    ],
)
def test_what_you_may_have_or_get_is_one_symptom_each(plain, page: str, expected: list) -> None:  # noqa: ANN001
    assert [c[1] for c in claims(plain, page) if c[0] == "symptom"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a series of short predicates after "if you": one risk factor each, without the verb of being or having
        ("Your risk is higher if you are over 65, smoke or have diabetes.",
         [("over 65", None, "risk_factor"), ("smoke", None, "risk_factor"), ("diabetes", None, "risk_factor")]),
        ("You are more likely to get it if you are overweight, have had a previous injury, or play sports that involve jumping.",
         [("overweight", None, "risk_factor"), ("previous injury", None, "risk_factor"), ("play sports", None, "risk_factor")]),
        ("You are more likely to get it if you have asthma or eczema.", [("asthma", None, "risk_factor"), ("eczema", None, "risk_factor")]),
        # one condition stays whole
        ("Sprains are more likely if you exercise on uneven ground.", [("exercise on uneven ground", None, "risk_factor")]),
    ],
)
def test_the_conditions_after_if_you_are_one_risk_factor_each(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Things that can trigger a flare-up include stress, hot weather and alcohol.",
         [("stress", "flare-up", "causes"), ("hot weather", "flare-up", "causes"), ("alcohol", "flare-up", "causes")]),
        ("Foods that may cause heartburn are coffee, chocolate and spicy food.",
         [("coffee", "heartburn", "causes"), ("chocolate", "heartburn", "causes"), ("spicy food", "heartburn", "causes")]),
    ],
)
def test_things_that_cause_y_include_lists_the_causes(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_causes_as_a_noun_is_no_cause_verb() -> None:
    assert causes("Possible causes include:") == []
    assert causes("The causes of hiccups are not well understood.") == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a group of people who may (also) have findings, and a state joined to them ("and be sick")
        ("Children may also have tummy pain and be sick.", ["be sick", "tummy pain"]),
        ("Some also have a cough.", ["cough"]),
        # what they have that is no finding, a figure of how many, or a bare "have" (often the course after a treatment)
        ("Many people may have surgery within a year.", []),
        ("Roughly 1 in 5 people may have pain a year after the operation.", []),
        ("Some people have tenderness in the palm for a few months.", []),
    ],
)
def test_a_group_that_may_have_findings_has_symptoms(plain, page: str, expected: list) -> None:  # noqa: ANN001
    assert [c[1] for c in claims(plain, page) if c[0] == "symptom"] == expected


def test_a_leading_cause_of_disability_is_a_cause_of_pain_a_symptom(plain) -> None:  # noqa: ANN001
    page = "Hip osteoarthritis is a leading cause of pain and disability in older adults."
    found = claims(plain, page)
    assert ("symptom", "pain", "Hip osteoarthritis", None) in found
    assert [c for c in found if c[0] == "cause"] == [("cause", "Hip osteoarthritis", "disability in older adults", "causes")]
    assert not any(c[0] == "symptom" and c[1].startswith("disability") for c in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how an infection is caught: what it is caught from is its cause; who catches it is no effect
        ("You can get it from contaminated food or water.", [("contaminated food or water", None, "causes")]),
        ("Most people catch it from an infected person.", [("infected person", None, "causes")]),
        ("Norovirus is spread through contaminated food and water.", [("contaminated food and water", "Norovirus", "causes")]),
    ],
)
def test_what_an_infection_is_caught_from_is_its_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("At first, you may only notice mild itching.", ["mild itching"]),
        ("I have constant pain in my heel.", ["constant pain in my heel"]),
        # what a writer had that is no finding
        ("I had an operation on my knee last year.", []),
    ],
)
def test_a_hedged_notice_and_a_first_person_have_name_symptoms(plain, page: str, expected: list) -> None:  # noqa: ANN001
    assert [c[1] for c in claims(plain, page) if c[0] == "symptom"] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a condition doing something to the body, then ", causing" findings: its symptoms
        ("The infection spreads to the joints, causing pain and swelling.",
         [("symptom", "pain", "infection", None), ("symptom", "swelling", "infection", None)]),
        ("The disease affects the joints, causing pain and stiffness.",
         [("symptom", "pain", "disease", None), ("symptom", "stiffness", "disease", None)]),
        # an exposure doing something: a cause
        ("Smoking narrows the arteries, causing poor circulation.", [("cause", "Smoking narrows the arteries", "poor circulation", "causes")]),
        # a pronoun names no symptom
        ("The symptoms can develop slowly, so you may not notice them at first.", []),
    ],
)
def test_a_condition_causing_findings_and_pronoun_objects(plain, page: str, expected: list) -> None:  # noqa: ANN001
    assert claims(plain, page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # several words of how a part feels, or one feeling of several parts: one symptom
        ("Symptoms include:\n\n- itchy, red or watery eyes\n- an itchy throat, mouth or ears\n",
         ["itchy, red or watery eyes", "itchy throat, mouth or ears"]),
        # two states in one bullet: two symptoms
        ("You may also notice:\n\n- feeling sick or being sick\n- sweating\n", ["feeling sick", "being sick", "sweating"]),
    ],
)
def test_symptom_bullets_of_parts_and_states(plain, page: str, expected: list) -> None:  # noqa: ANN001
    assert [c[1] for c in claims(plain, page) if c[0] == "symptom"] == expected


def test_an_example_phrase_in_a_risk_bullet_is_no_risk_factor(plain) -> None:  # noqa: ANN001
    page = "Things that make kidney stones more likely include:\n\n- drinking too little fluid, for example in hot weather\n- gout\n"
    assert [c[1] for c in claims(plain, page) if c[0] == "cause"] == ["drinking too little fluid", "gout"]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a verb of onset after the last item is no part of it
        ("Symptoms usually start with a dry cough and then shortness of breath develops.", ["dry cough", "shortness of breath"]),
        # "loss of" a function is a finding of its own
        ("It may also cause fatigue and loss of appetite.", ["fatigue", "loss of appetite"]),
    ],
)
def test_onset_verbs_and_losses(plain, page: str, expected: list) -> None:  # noqa: ANN001
    assert [c[1] for c in claims(plain, page) if c[0] == "symptom"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cataracts become more common with age.", [("age", "Cataracts", "risk_factor")]),
        ("Glaucoma is more common with age.", [("age", "Glaucoma", "risk_factor")]),
    ],
)
def test_more_common_with_age_is_a_risk_factor(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected
