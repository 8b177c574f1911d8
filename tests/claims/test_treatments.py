"""Treatment claims are claims, not mentions (issue 3): an intervention a sentence names is a
treatment claim only when the text says it is used for, offered for or helps the condition.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import advice_bullet, incidental_intervention
from extract.pipeline import make_doc

CUES = load_relation_cues()


def treatments(nlp, text: str) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN001
    """(intervention, condition, effect) of every treatment claim the pipeline finds in ``text``."""
    doc = nlp(make_doc(nlp, text, "doc_treatments"))
    return [
        (c.intervention.text, c.condition.text if c.condition else None, c.effect)
        for c in doc._.claims
        if c.type == "treatment"
    ]


def reason(sentence: str, mention: str) -> str | None:
    s = sentence.index(mention)
    return incidental_intervention(sentence, (s, s + len(mention)), CUES)


@pytest.mark.parametrize(
    "text",
    [
        # a cause or risk factor, not a treatment
        "Gout attacks can be triggered by dehydration or by some medicines, including thiazide diuretics.",
        "Because of chemotherapy or a bone marrow transplant, the immune system can be weak for months.",
        "Taking antihistamines every day for months can lead to drowsiness at work.",
        "Things that raise your risk of gout include:\n• eating a lot of red meat\n• taking water tablets (diuretics)\n",
        # the agent of a side effect or of harm
        "Warfarin can harm an unborn baby.",
        "Lisinopril can affect your kidneys, so you need regular blood tests.",
        "A pacemaker can cause bruising where it is placed.",
        # metadata and study methods
        "Keywords: asthma; inhaled corticosteroids; bronchodilators; adherence",
        "An exacerbation was defined as a course of oral corticosteroids or an emergency visit.",
        # page furniture, services, organisations, reviews
        "Ask in store about our travel vaccination service.",
        "Our physiotherapy team will see you within a week.",
        "The guidance was written with the Faculty of Pain Medicine and patient groups.",
        "\u2605\u2605\u2605\u2605\u2605 \"After my knee injection I could walk again!\" \u2013 Jo, 58",
        'Reader question: "Do antibiotics help with a cold?" \u2013 Sam, by email',
        # logistics about an intervention
        "Cataract surgery is done under local anaesthetic and takes about 20 minutes.",
        "Adalimumab takes 8 to 12 weeks to start working.",
        "Acupuncture is usually not covered by insurance.",
        # advised against, or kept for after other treatment has failed
        "Antibiotics are not usually recommended for a sore throat.",
        "An operation should only be considered after at least 6 months of physiotherapy.",
        # a verb that looks like an intervention head
        "A clot blocks the artery and starves the heart muscle.",
    ],
)
def test_interventions_named_but_not_claimed_to_treat_give_no_treatment_claim(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []


def test_an_apposition_or_predicate_naming_the_class_adds_no_second_claim(nlp) -> None:  # noqa: ANN001
    assert treatments(nlp, "Your GP may prescribe amlodipine, a medicine that relaxes the blood vessels.") == [
        ("amlodipine", None, None)
    ]
    assert treatments(nlp, "Statins are medicines that lower cholesterol.") == [("Statins", None, None)]
    assert treatments(nlp, "They are not ordinary painkillers.") == []
    assert treatments(nlp, "Beta blockers, the most widely prescribed drugs for angina, slow the heart.") == [
        ("Beta blockers", None, None)
    ]


def test_a_device_named_for_comparison_or_a_placebo_arm_is_no_treatment(nlp) -> None:  # noqa: ANN001
    text = "Deep brain stimulation uses a small generator, similar to a pacemaker, to calm the tremor of Parkinson's disease."
    assert treatments(nlp, text) == [("Deep brain stimulation", None, None)]
    text = "In the trial, 61% of patients given acupuncture improved, compared with 38% of those given sham acupuncture."
    assert [t[0] for t in treatments(nlp, text)] == ["acupuncture"]


def test_a_generic_name_before_called_gives_way_to_the_name(nlp) -> None:  # noqa: ANN001
    text = "If the nerve stays trapped, you may be offered an operation called cubital tunnel release."
    assert [t[0] for t in treatments(nlp, text)] == ["cubital tunnel release"]


def test_the_title_and_journal_lines_of_an_abstract_claim_nothing(nlp) -> None:  # noqa: ANN001
    text = (
        "Journal of Skin Research 2023;4:12-19\n\n"
        "Topical tacrolimus versus hydrocortisone cream for eczema in children: a randomised trial\n\n"
        "Background: Eczema is common in children and often itchy. Topical tacrolimus reduced itch in 60% of children.\n"
    )
    # a treatment its sentence states takes no implicit condition from the title (linking.document.STATED_TREATMENT_RULES)
    assert treatments(nlp, text) == [("Topical tacrolimus", None, "reduced itch in 60% of children")]


def test_only_a_table_row_that_names_the_intervention_is_a_claim(nlp) -> None:  # noqa: ANN001
    text = (
        "Patient survey\n\nWould recommend the laser treatment | 94%\nLaser therapy | 70%\n"
        "Laser therapy sessions given since 2019 | 4,000\n"
    )
    assert treatments(nlp, text) == [("Laser therapy", None, None)]


def test_stated_treatments_stay_claims(nlp) -> None:  # noqa: ANN001
    found = treatments(nlp, "Physiotherapy, massage and acupuncture can all ease neck pain.")
    assert sorted(t[0] for t in found) == ["Physiotherapy", "acupuncture", "massage"]
    assert {t[2] for t in found} <= {None, "ease neck pain"} and ("massage", None, "ease neck pain") in found
    assert treatments(nlp, "Nerve blocks can ease pain after a hip fracture.") == [("Nerve blocks", None, "ease pain")]
    assert treatments(nlp, "While you wait for the tablets to work, ibuprofen can ease the pain.") == [
        ("ibuprofen", None, "ease the pain")
    ]


@pytest.mark.parametrize(
    ("sentence", "mention", "why"),
    [
        ("Overuse of decongestant sprays and antihistamines can make a blocked nose worse.", "antihistamines", "cause"),
        ("A flare was identified by a new prescription of oral steroids within 14 days.", "oral steroids", "method"),
        ("According to the Academy of Sleep Medicine, most adults need seven hours.", "Sleep Medicine", "service"),
        ("The stent is an outpatient procedure done under sedation.", "stent", "logistics"),
        ("Surgery on the spine is not usually recommended for simple back pain.", "Surgery", "against"),
        ("Ask about surgery after 3 to 6 months of physiotherapy.", "physiotherapy", "against"),
        ("Migraine drugs that block CGRP can prevent attacks.", "block", "verb"),
        ("Nerve blocks can ease pain after a hip fracture.", "Nerve blocks", None),
    ],
)
def test_incidental_intervention_names_why(sentence: str, mention: str, why: str | None) -> None:
    assert reason(sentence, mention) == why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each intervention of a coordinated subject is its own claim, with the effect as written
        (
            "Cool compresses and calamine lotion may ease the itch of chickenpox.",
            [("Cool compresses", None, "ease the itch of chickenpox"), ("calamine lotion", None, "ease the itch of chickenpox")],
        ),
        # a generic treatment named by its apposition
        ("The usual treatment, a course of antibiotics, clears most ear infections.", [("course of antibiotics", None, None)]),
        # a predicate that says what treats the condition
        ("Levothyroxine is the standard treatment for an underactive thyroid.", [("Levothyroxine", "underactive thyroid", None)]),
        ("Many hearing problems can be fixed with a hearing aid.", [("hearing aid", "hearing problems", None)]),
        ("Semaglutide was approved for weight management in adults.", [("Semaglutide", "weight management", None)]),
        ("Inhalers work for most people with asthma.", [("Inhalers", None, "work for most people")]),
        # how a treatment worked: "after X" with an outcome before it is no time anchor
        ("About 85% of people are satisfied a year after cataract surgery.", [("cataract surgery", None, None)]),
    ],
)
def test_general_constructions_that_state_a_treatment(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Omalizumab is not approved for children under six.",
        "No single inhaler works for everyone.",
        "Some people still have blurred vision after cataract surgery.",
        "Another reason why many hip operations fail to relieve pain is loosening of the implant.",
        "About 70% of patients improve after two treatment cycles.",
    ],
)
def test_what_looks_like_those_constructions_but_claims_no_treatment(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []


def test_a_lead_in_ending_in_we_offer_opens_a_treatment_list(nlp) -> None:  # noqa: ANN001
    text = (
        "Gallstones that cause repeated attacks need treatment. We offer:\n"
        "\u2022 Laparoscopic cholecystectomy, in which the gallbladder is removed through small cuts\n"
        "\u2022 Endoscopic sphincterotomy (ES), which widens the opening of the bile duct\n"
    )
    assert [t[0] for t in treatments(nlp, text)] == ["Laparoscopic cholecystectomy", "Endoscopic sphincterotomy"]


@pytest.mark.parametrize(
    ("sentence", "mention", "why"),
    [
        ("Cholecystectomy is one of the most common abdominal operations in adults.", "abdominal operations", "classifier"),
        ("Ablation is often combined with medication.", "medication", None),
        ("Symptoms return in 1 in 5 people within two years of the operation.", "operation", "logistics"),
    ],
)
def test_classifying_predicates_and_time_anchors(sentence: str, mention: str, why: str | None) -> None:
    s = sentence.index(mention)
    first = sentence.split()[0]
    assert incidental_intervention(sentence, (s, s + len(mention)), CUES, others=[(0, len(first))]) == why


@pytest.mark.parametrize(
    ("sentence", "mention", "why"),
    [
        # what it is or how it is given, with nothing about what it does for the condition
        ("Botulinum toxin injections are injected into the overactive muscle.", "Botulinum toxin injections", "description"),
        ("Deep brain stimulation uses thin wires placed in the brain.", "Deep brain stimulation", "description"),
        # the same verbs with an effect are a claim
        ("Deep brain stimulation uses thin wires to calm the tremor.", "Deep brain stimulation", None),
        ("Shockwave therapy uses sound waves to stimulate healing.", "Shockwave therapy", None),
        # an intervention that names a condition of misuse is a cause
        ("Opioid overuse can make headaches more frequent.", "Opioid", "cause"),
        ("Chronic headache can follow painkiller overuse.", "painkiller", "cause"),
        ("Our nurses help you manage stent complications at home.", "stent", "cause"),
        ("The evaluation may include a diagnostic nerve block.", "diagnostic nerve block", "classifier"),
    ],
)
def test_descriptions_and_misuse_are_no_treatment_claims(sentence: str, mention: str, why: str | None) -> None:
    assert reason(sentence, mention) == why


def test_the_class_in_brackets_after_a_blocked_procedure_is_no_claim(nlp) -> None:  # noqa: ANN001
    text = "After a thyroidectomy (an operation to remove the thyroid gland), most people need hormone tablets for life."
    named = [t[0] for t in treatments(nlp, text)]
    # the bracketed class ("an operation to ...") names the procedure again: no claim of its own. (Whether the
    # procedure of a fronted "After a X (...)" is a treatment claim is the gold's call: dev3 annotates "After a
    # discectomy (an operation to remove part of a slipped disc ...)" as one, and the learned tagger may find it.)
    assert "hormone tablets" in named and not any("operation" in n for n in named)
    assert set(named) <= {"hormone tablets", "thyroidectomy"}


# ---- issue 3: habits, drug stems, provider practice (sentences about other conditions) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change of habit named by a gerund, said to help
        ("Losing weight can ease the pressure on varicose veins.", [("Losing weight", None, "ease the pressure on varicose veins")]),
        ("If you drink heavily, cutting down on alcohol may reduce hot flushes.", [("cutting down on alcohol", None, "reduce hot flushes")]),
        ("If you smoke, quitting can reduce the loss of bone in osteoporosis.",
         [("quitting", None, "reduce the loss of bone in osteoporosis")]),
        ("Getting enough sleep helps prevent cluster headaches.", [("Getting enough sleep", None, "prevent cluster headaches")]),
        # drug names by their stems, dosage forms and lasers as heads, under a treatment list
        (
            "Treatment options for acne include:\n\u2022 Tretinoin cream\n\u2022 Roflumilast tablets\n\u2022 Mesalazine\n",
            [("Tretinoin cream", None, None), ("Roflumilast tablets", None, None), ("Mesalazine", None, None)],
        ),
        (
            "Treatment options include:\n\u2022 Raising the head of your bed\n\u2022 Eating smaller meals\n",
            [("Raising the head of your bed", None, None), ("Eating smaller meals", None, None)],
        ),
        ("Laser treatment can remove small thread veins.", [("Laser treatment", None, "remove small thread veins")]),
        # what the page's own provider starts with is a treatment
        ("For mild hay fever we usually start with a steroid nasal spray.", [("steroid nasal spray", None, None)]),
    ],
)
def test_habits_drug_stems_and_provider_practice_are_treatments(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eating salty food increases your blood pressure.",  # a habit that harms: no treatment
        "Taking it with food reduces stomach upset.",  # a pronoun names no habit
        "Without treatment, most cold sores heal within ten days.",  # the natural course, no intervention
        "Do not eat for an hour before or after taking your tablets.",  # a time anchor of use
        "If you cannot tolerate statins, your doctor can discuss other options.",  # an intolerance
        "You should seek urgent medical help if your eyelid swells or your vision changes.",  # help sought: a noun
        "Ask for help from your pharmacy team if the spray stings.",
    ],
)
def test_habits_and_intolerances_that_claim_no_treatment(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []


def test_an_outcome_in_those_who_underwent_a_procedure_is_a_treatment_claim(nlp) -> None:  # noqa: ANN001
    assert treatments(nlp, "Pain relief was achieved in 40% of patients who underwent balloon kyphoplasty.") == [("balloon kyphoplasty", None, None)]
    assert treatments(nlp, "About 5% of patients underwent revision surgery.") == []  # a volume, no outcome


def test_a_bullet_names_its_interventions_not_what_they_are_for_nor_a_generic_class(nlp) -> None:  # noqa: ANN001
    text = (
        "Treatment options include:\n\u2022 Paracetamol and ibuprofen for occasional headaches\n"
        "\u2022 Physiotherapy, hydrotherapy and other treatments\n"
    )
    assert [t[0] for t in treatments(nlp, text)] == ["Paracetamol", "ibuprofen", "Physiotherapy", "hydrotherapy"]


@pytest.mark.parametrize(
    "text",
    [
        "Keep all blood test appointments if you take methotrexate or leflunomide.",  # the situation of advice
        "Warning signs include trouble swallowing and unexplained weight loss.",  # a sign, not weight loss as a treatment
    ],
)
def test_interventions_in_the_situation_of_advice_or_in_a_sign_are_no_treatment(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []


def test_the_form_a_named_drug_is_given_in_is_no_second_claim(nlp) -> None:  # noqa: ANN001
    assert [t[0] for t in treatments(nlp, "Omalizumab, given as an injection every four weeks, reduces asthma attacks.")] == ["Omalizumab"]


def test_a_lead_in_saying_what_helps_opens_a_list_of_habits(nlp) -> None:  # noqa: ANN001
    text = (
        "Lifestyle changes can reduce the number of asthma attacks:\n\u2022 Losing weight if you are overweight\n"
        "\u2022 Treating hay fever\n\u2022 Being physically active on most days\n"
    )
    assert [t[0] for t in treatments(nlp, text)] == [
        "Lifestyle changes", "Losing weight", "Treating hay fever", "Being physically active on most days"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If you are overweight, losing weight gradually can lower your blood pressure.", ["losing weight gradually"]),
        # the class labelling a line before a dash is no claim of its own
        ("Oral treatments \u2013 Tretinoin and isotretinoin work by unblocking pores.", ["Tretinoin", "isotretinoin"]),
        # a hormone the body makes, an aim helped with, a treatment that fails to control: no claims
        ("It happens when the pancreas does not make enough insulin.", []),
        ("If other medicines do not keep your symptoms under control, you may need a steroid injection.", ["steroid injection"]),
        # a pronoun classifying a named drug, after a markdown heading
        ("**Metformin.** This is usually the first medicine offered.", ["Metformin"]),
    ],
)
def test_labels_physiology_and_failures_name_no_treatment(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert [t[0] for t in treatments(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Over 80% of our patients have a successful trial and go on to a permanent implant.",  # the next step, not a claim
        "A successful trial led to permanent implantation in 90% of patients.",
    ],
)
def test_the_step_a_course_goes_on_to_is_no_treatment_claim(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []


def test_imperative_advice_bullets_are_recommendations_not_treatments(nlp) -> None:  # noqa: ANN001
    """CLAIMS_SPEC.md: an imperative self-care or prevention bullet is a recommendation; it is a treatment claim
    too only when it says what it does for the condition."""
    for text in (
        "Treating a nosebleed\n\nIf you have a nosebleed, it can help to:\n- sit down and lean forward\n"
        "- breathe through your mouth while you wait\n",
        "Prevention\n\nYou can lower your chances of getting food poisoning:\n- Wash your hands with soap before cooking.\n"
        "- Use a separate chopping board for raw meat.\n",
    ):
        doc = nlp(make_doc(nlp, text, "doc_advice_bullets"))
        assert [c.intervention.text for c in doc._.claims if c.type == "treatment"] == []
        assert len([c for c in doc._.claims if c.type == "recommendation"]) == 2


@pytest.mark.parametrize(
    ("item", "advice"),
    [
        ("- sit down and lean forward", True),
        ("- move your arm slowly", True),
        ("- Use a cold compress on the area", True),
        ("- sleep with your head raised", True),
        ("- add ginger to drinks, which can help settle the stomach", False),  # says what it does
        ("- Ice packs on the swollen joint", False),  # a noun phrase: an item, not an imperative
        ("- Rest and ice", False),
        ("- Rest from the activities that strain the wrist", False),
    ],
)
def test_an_advice_bullet_is_an_imperative_that_states_no_effect(item: str, advice: bool) -> None:
    assert advice_bullet(item, CUES) is advice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what failed in a condition is the situation of the option offered
        ("You may be offered an operation if tablets do not help, or if the bleeding comes back.", ["operation"]),
        ("Q: Will I need an operation?\nA: Only if medicines have not helped enough.", []),
        # a denied effect in a main clause stays a (negated) claim
        ("Long-term steroid tablets have not been shown to help chronic hives.", ["Long-term steroid tablets"]),
        # a preposition before a generic head names nothing
        ("The rash can stay red for weeks despite treatment, which is normal.", []),
    ],
)
def test_what_failed_in_a_condition_is_no_treatment_claim(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert [t[0] for t in treatments(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unknown names coordinated with named drugs in a list are interventions too
        ("Cefalexin, amoxicillin and cefuroxime are the antibiotics most often used for a kidney infection.",
         ["Cefalexin", "amoxicillin", "cefuroxime"]),
        # conditions and outcomes coordinated with the population are not
        ("In patients with cluster headache and prior oxygen failure, galcanezumab reduced weekly attacks.", ["galcanezumab"]),
    ],
)
def test_names_coordinated_with_a_named_drug_are_interventions(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert sorted(t[0] for t in treatments(nlp, text)) == sorted(expected)


def test_the_claim_finder_reads_drug_names_by_the_linkers_stems_too() -> None:
    """A drug whose stem only the linker's stem file lists ("cef-", "-vir") heads an intervention
    for the claim finder as well, with linking off; English words those stems exclude do not."""
    from extract.claims.cues import intervention_word, load_relation_cues

    cues = load_relation_cues()
    for word in ("ceftriaxone", "valaciclovir", "mirtazapine", "flucloxacillin", "omeprazole"):
        assert intervention_word(word, cues), word
    for word in ("cholesterol", "mongrel", "intercept"):
        assert not intervention_word(word, cues), word


def test_a_first_line_title_that_names_the_arms_of_a_trial_names_treatments(nlp) -> None:  # noqa: ANN001
    text = (
        "Functional bracing versus supervised physiotherapy for acute ankle sprain in adults: a randomised trial\n\n"
        "Background: Ankle sprains are common in sport.\n"
    )
    found = sorted(t[0] for t in treatments(nlp, text))
    assert found == ["Functional bracing", "supervised physiotherapy"]


def test_a_first_line_title_without_arms_names_no_treatment(nlp) -> None:  # noqa: ANN001
    text = (
        "Functional bracing and supervised physiotherapy for acute ankle sprain in adults: a narrative review\n\n"
        "Background: Ankle sprains are common in sport.\n"
    )
    assert treatments(nlp, text) == []
