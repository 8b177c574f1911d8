"""Symptom claims: definitions, conditionals, appositions, body-part verbs and the spans they give.

Sentences are about other conditions than the development corpora's, so each rule is checked as
general English, not as the wording of one page. ``known`` / ``finding`` stand in for the linker
where a rule needs it (a plain set of concept names).
"""

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations
from extract.claims.symptoms import symptom_list

CUES = load_relation_cues()
FINDINGS = {"pain", "rash", "wheezing", "headaches", "nausea", "disability", "itching", "fatigue", "back pain",
            "eye pain", "blurred vision", "sensitivity", "joint pain", "fever"}


def known(text: str) -> bool:
    return text.lower() in FINDINGS


def symptoms(sentence: str, condition=None, linked: bool = False) -> list[tuple[str, str | None]]:  # noqa: ANN001
    found, _ = find_relations(sentence, CUES, known if linked else None, None, condition, known if linked else None)
    return [
        (sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
        for m in found
        if m.kind == "symptom"
    ]


def test_a_condition_defined_by_what_the_patient_has() -> None:
    s = "Chronic asthma means having wheezing on most days of the week."
    assert symptoms(s, linked=True) == [("wheezing on most days of the week", "Chronic asthma")]
    s = "Shingles is a condition where a painful rash appears on one side of the body."
    assert ("painful rash appears on one side of the body", "Shingles") in symptoms(s)


def test_a_definition_of_a_pathology_is_no_symptom() -> None:
    s = "Glaucoma is a condition in which the optic nerve slowly thins."
    assert symptoms(s, linked=True) == []


def test_a_condition_defined_between_dashes() -> None:
    s = "Gout \u2013 sudden pain in the big toe, usually at night \u2013 is more common in men."
    assert symptoms(s, condition=lambda t: t == "Gout") == [("sudden pain in the big toe", "Gout")]
    # a page title with a dash defines nothing
    assert symptoms("Lupus Foundation \u2013 Patient Guide") == []


def test_if_you_have_symptoms_you_may_have_the_condition() -> None:
    s = "If you have itching, blisters or a band of pain on one side, you may have shingles."
    assert symptoms(s) == [("itching", "shingles"), ("blisters", "shingles"), ("band of pain on one side", "shingles")]
    s = "If you have headaches on 10 or more days a month, at least 5 of them severe, you might have chronic tension headache."
    assert symptoms(s) == [("headaches on 10 or more days a month", "chronic tension headache")]
    s = "If you wake up at night coughing, it could be asthma."
    assert symptoms(s) == [("wake up at night coughing", "asthma")]


def test_dash_apposition_after_a_symptom_lists_its_forms() -> None:
    s = "Many people with lupus experience a rash \u2014 red patches, scaly spots or blisters \u2014 that worsens in sunlight."
    assert [x for x, _ in symptoms(s)] == ["rash", "red patches", "scaly spots", "blisters"]
    assert {c for _, c in symptoms(s)} == {"lupus"}


def test_comma_apposition_defines_one_symptom() -> None:
    s = "Some people with glaucoma also experience halos, a ring of light around lamps at night."
    assert symptoms(s) == [("halos", "glaucoma")]


def test_parenthesized_list_after_a_symptom_head() -> None:
    s = "Seek help at once for warning signs (chest pain, shortness of breath, fainting)."
    assert [x for x, _ in symptoms(s)] == ["chest pain", "shortness of breath", "fainting"]


def test_a_body_part_showing_a_symptom() -> None:
    # the skin's state is a finding of its own (session 19: the states of a body part)
    assert symptoms("In a gout attack the big toe swells and the skin looks red.") == [("big toe swells", None), ("red", None)]
    assert ("eyes itch", None) in symptoms("With hay fever your eyes itch and water all day.")


def test_everyday_activities_that_have_become_hard() -> None:
    s = "If walking, climbing stairs or lifting a kettle have become a struggle, rheumatoid arthritis may be the reason."
    assert [x for x, _ in symptoms(s)] == ["walking", "climbing stairs", "lifting a kettle"]
    # no activity named: a treatment that is painful is no symptom
    assert symptoms("If the injection is painful, tell the nurse.") == []


def test_comparisons_after_a_symptom_are_no_symptoms() -> None:
    s = "People with gout often suffer from joint pain, just as bad or worse than before the diet."
    assert symptoms(s) == [("joint pain", "gout")]


def test_the_way_pain_is_felt_is_no_symptom() -> None:
    assert symptoms("Nerve stimulators change the way you feel pain.") == []


def test_symptom_list_ends_before_the_population() -> None:
    s = "Lupus nephritis is characterized by swelling of the legs in a patient who has had lupus for years."
    assert symptoms(s) == [("swelling of the legs", "Lupus nephritis")]


def test_symptoms_in_a_conditional_are_no_list() -> None:
    s = "If rest has not helped, or your symptoms are severe, surgery may be offered."
    assert symptoms(s) == []


def test_patients_who_had_a_finding() -> None:
    s = "At diagnosis, 30 patients (12%) had eye pain and blurred vision."
    assert symptoms(s, linked=True) == [("eye pain", None), ("blurred vision", None)]
    assert symptoms("About 2 million people have gout.", condition=lambda t: t == "gout", linked=True) == []


def test_this_is_another_cause_is_no_symptom_of_the_page() -> None:
    assert symptoms("This is another common cause of eye pain after cataract surgery.") == []
    assert symptoms("It causes eye pain and blurred vision.") == [("eye pain", None), ("blurred vision", None)]


def test_symptom_lists_keep_a_shared_head_and_split_a_known_finding() -> None:
    s = "It causes back or leg pain"
    span = (s.index("back"), len(s))
    assert [s[a:b] for a, b in symptom_list(s, span, CUES, known)] == ["back or leg pain"]
    s = "It causes nausea and sensitivity to light and sound"
    span = (s.index("nausea"), len(s))
    assert [s[a:b] for a, b in symptom_list(s, span, CUES, known)] == ["nausea", "sensitivity to light and sound"]


def test_pain_after_a_treatment_is_no_symptom_patients_had() -> None:
    assert symptoms("Up to 1 in 4 patients have pain after their knee replacement.", linked=True) == []


def test_a_finding_and_its_verb_in_a_definition_is_the_finding() -> None:
    s = "Chronic gout is a condition where pain persists between attacks."
    assert symptoms(s, linked=True) == [("pain", "Chronic gout")]
    s = "Chronic gout is a condition where fatigue returns between attacks."
    assert symptoms(s, linked=True) == [("fatigue", "Chronic gout")]


def others(sentence: str) -> list[tuple[str, str]]:
    found, _ = find_relations(sentence, CUES)
    return [(m.kind, sentence[m.subject[0] : m.subject[1]]) for m in found if m.kind != "symptom"]


def test_a_ranked_sign_names_its_symptoms() -> None:
    s = "The first sign of glaucoma is often blurred vision or halos around lights."
    assert symptoms(s) == [("blurred vision", "glaucoma"), ("halos around lights", "glaucoma")]
    assert symptoms("Fatigue is usually the first symptom of lupus.") == [("Fatigue", "lupus")]
    # the subject before a comma apposition; a complication is a symptom claim of the condition
    s = "Kidney failure, a loss of the kidneys' filtering power, is its most serious complication."
    assert symptoms(s) == [("Kidney failure", None)]


def test_a_ranked_noun_without_a_finding_is_no_symptom() -> None:
    assert symptoms("The main reason is cost.") == []
    assert symptoms("This is an early sign.") == []
    # a lead-in that ends the sentence opens a list (the list rules' business), it names nothing here
    assert symptoms("The most common signs are:") == []


def test_a_description_of_the_symptom_is_the_symptom() -> None:
    s = "The itch is usually worse at night and may spread to the arms."
    assert symptoms(s) == [("worse at night", None), ("spread to the arms", None)]
    s = "Patients often describe it as a deep, gnawing pain in the jaw."
    assert symptoms(s) == [("deep, gnawing pain in the jaw", None)]


def test_what_makes_a_symptom_worse_or_a_conditional_is_no_description() -> None:
    assert symptoms("Scratching can make the itch worse.") == []
    assert symptoms("If the pain spreads to your arm, call an ambulance.") == []
    assert symptoms("The headaches are worse than before the treatment.") == []


def test_a_finding_named_in_apposition() -> None:
    assert symptoms("The swelling, known as lymphoedema, can last for months.") == [("lymphoedema", None)]
    assert symptoms("A procedure called ablation can help.") == []


def test_a_condition_defined_as_a_finding() -> None:
    s = "Gout is a painful swelling of the joints caused by uric acid crystals."
    assert symptoms(s) == [("painful swelling", "Gout")]
    # the finding noun modifies another noun: a drug or a treatment, not a symptom
    assert symptoms("Ibuprofen is a pain reliever.") == []
    assert symptoms("Physiotherapy is a pain treatment that works.") == []


def test_a_finding_that_occurs() -> None:
    assert symptoms("Dizziness may also occur.") == [("Dizziness", None)]
    assert symptoms("Recovery may occur within weeks.") == []
    assert symptoms("Pain may develop after the operation.") == []


def test_what_people_find_hard_to_bear() -> None:
    s = "Many people with lupus find sunlight or heat hard to tolerate."
    assert symptoms(s) == [("sunlight", None), ("heat", None)]
    assert symptoms("Some patients find the injections painful.") == []


def test_feeling_adjectives_after_feel() -> None:
    s = "With anaemia you may feel tired, dizzy or faint."
    assert symptoms(s, linked=True) == [("tired", None), ("dizzy", None), ("faint", None)]
    s = "After a concussion you may feel dizzy and be sick."
    assert symptoms(s, linked=True) == [("dizzy", None), ("be sick", None)]
    assert symptoms("Most people feel better within a week.") == []


def test_a_feeling_in_the_condition_of_advice_is_no_symptom() -> None:
    s = "You should not operate machinery if you feel drowsy."
    assert symptoms(s) == []
    assert others(s) == [("recommendation", "operate machinery")]


def test_quantified_people_and_coordinated_experiencer_verbs() -> None:
    s = "Most golfers describe a dull ache on the inside of the elbow."
    assert symptoms(s) == [("dull ache on the inside of the elbow", None)]
    assert symptoms("Most studies report a reduction in pain.") == []
    s = "They are more likely to report chest pain and less likely to describe breathlessness."
    assert symptoms(s) == [("chest pain", None), ("breathlessness", None)]


def test_what_people_with_a_condition_develop() -> None:
    s = "Up to 1 in 3 people with diabetes develop nerve pain in the feet."
    assert symptoms(s) == [("nerve pain in the feet", "diabetes")]
    # a risk in the general population is no symptom of anything
    assert symptoms("About 1 in 10 adults will develop gout.") == []


def test_how_common_a_condition_is_is_no_finding() -> None:
    def finding(text: str) -> bool:
        return text.lower() in {"psoriasis", "itching"}

    found, _ = find_relations("Roughly 1 in 20 adults have psoriasis.", CUES, finding, None, None, finding)
    assert [m for m in found if m.kind == "symptom"] == []
    s = "At diagnosis, 40 patients had itching."
    found, _ = find_relations(s, CUES, finding, None, None, finding)
    assert [s[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"] == ["itching"]


def test_this_causes_speaks_of_the_sentence_before() -> None:
    assert symptoms("This causes scarring, which can narrow the airways.") == []
    assert symptoms("It causes scarring of the airways.") == [("scarring of the airways", None)]


def test_a_condition_with_its_relative_clause_causes_a_symptom() -> None:
    s = "A tumour that presses on the spinal cord often causes weakness in the legs."
    assert symptoms(s) == [("weakness in the legs", "tumour that presses on the spinal cord")]
    assert others(s) == []  # a symptom of the tumour, not a cause of weakness
    s = "An ulcer usually causes sharp, burning pain in the upper abdomen."
    assert symptoms(s) == [("sharp, burning pain in the upper abdomen", "ulcer")]


def test_a_form_defined_by_a_frequency_between_dashes() -> None:
    s = "About 1 in 30 people have the severe form \u2013 4 or more attacks a year \u2013 and need daily treatment."
    assert symptoms(s) == [("4 or more attacks a year", "severe form")]


def test_a_plural_finding_described_without_a_determiner() -> None:
    # the symptoms as a whole name no finding: how they behave is the course of the condition (session 28: no
    # development gold has one, four corpora had it spurious)
    assert symptoms("Symptoms are often worse at night.") == []
    assert symptoms("Headaches tend to be worse in the morning.") == [("worse in the morning", None)]
    # a rate is an outcome, not a description of the symptom
    assert symptoms("Symptoms return within two years in 15% of patients.") == []


def test_how_a_condition_starts() -> None:
    s = "Lupus often starts with a rash across the cheeks."
    assert symptoms(s) == [("rash across the cheeks", None)]
    assert symptoms("Treatment usually starts with rest and ice.") == []


def test_what_people_with_a_condition_have() -> None:
    s = "People with lupus often have joint pain and tiredness."
    assert symptoms(s) == [("joint pain", "lupus"), ("tiredness", "lupus")]  # one claim per finding listed
    assert symptoms("You may also have a high temperature.") == [("high temperature", None)]
    # an intervention, a plan, a conversation or a denial is no finding they have
    assert symptoms("You may have surgery.") == []
    assert symptoms("You may have a scan to check the kidneys.") == []
    assert symptoms("It does not replace the conversation you will have with your pain consultant.") == []
    assert symptoms("Many patients with spurs have no heel pain at all.") == []
    # the diagnosis of a conditional is the condition, not a symptom
    s = "If you wheeze at night, you may have asthma."
    assert ("asthma", None) not in symptoms(s)


def test_a_place_after_a_located_finding_is_no_new_symptom() -> None:
    s = "A hernia often causes a dull ache in the groin and thigh."
    assert symptoms(s) == [("dull ache in the groin and thigh", "hernia")]
    s = "An ulcer can cause pain in the stomach and fatigue."
    assert symptoms(s) == [("pain in the stomach", "ulcer"), ("fatigue", "ulcer")]


def test_a_quality_before_or_modifies_the_finding() -> None:
    s = "Most hikers describe a bruise-like or burning pain at the back of the knee."
    assert symptoms(s) == [("bruise-like or burning pain at the back of the knee", None)]
    # two findings stay two: neither is a quality
    assert [x for x, _ in symptoms("It causes numbness, or tingling and pain in the fingers.")] == ["numbness", "tingling", "pain in the fingers"]


def test_comfort_and_denials_are_no_symptoms() -> None:
    assert symptoms("Cool compresses may help you feel more comfortable.") == []
    assert symptoms("Most people with small cysts never have pain at all.") == []


def test_a_definition_by_frequency_is_one_item() -> None:
    s = "Chronic gout means having attacks on 4 or more days a month, at least 2 of them severe."
    assert symptoms(s) == [("attacks on 4 or more days a month", "Chronic gout")]
    # "which means" gives a consequence, not a definition
    assert symptoms("Up to 1 in 20 people develop an infection, which sometimes means the implant has to be removed.") == []


def test_a_risk_of_having_a_symptom_is_no_symptom_claim() -> None:
    s = "Patients with diabetes were twice as likely as others to have lingering pain."
    assert symptoms(s) == []
    assert others(s) == [("cause", "diabetes")]


def test_side_effects_of_a_treatment_are_no_symptoms() -> None:
    assert symptoms("Pain may also occur at the injection site.") == []
    assert symptoms("Side effects are rare; you may feel a little sore for a day or two after the injection.") == []
    # an everyday moment after "after" is part of the description
    assert symptoms("The pain is often worse after a fatty meal.") == [("worse after a fatty meal", None)]
    assert symptoms("The pain often persists after the operation.") == []


def test_it_starts_with() -> None:
    s = "It usually starts with stiffness in the neck."
    assert symptoms(s) == [("stiffness in the neck", None)]


def test_a_page_condition_named_by_a_disease_word_causes_symptoms(nlp) -> None:  # noqa: ANN001
    """With the linker: "gout" names a disease (an ICD-10-CM code) and is the page's topic, so what it
    causes is its symptom, not an effect; the advice's condition stays no symptom."""
    from extract.pipeline import make_doc

    text = (
        "Gout: a guide for patients\n\nGout is a type of arthritis that comes and goes. Gout attacks often start at night. "
        "Gout can cause sudden, severe pain in the big toe. The pain is usually worst in the first day. "
        "Some people also feel feverish. You should not drive if you feel dizzy."
    )
    claims = nlp(make_doc(nlp, text, "doc_gout_test"))._.claims
    found = [(c.symptom.text, c.condition.text if c.condition else None, c.condition.implicit if c.condition else None)
             for c in claims if c.type == "symptom"]
    # the symptoms the sentences leave unwritten take the title's "Gout" as an implicit condition (session 16)
    assert found == [("sudden, severe pain in the big toe", "Gout", False), ("worst in the first day", "Gout", True),
                     ("feverish", "Gout", True)]
    assert {c.condition.start for c in claims if c.type == "symptom" and c.condition.implicit} == {0}  # the title's word
    assert [c for c in claims if c.type == "cause"] == []


def test_warning_signs_in_a_sentence_of_advice_are_symptoms() -> None:
    s = "Call 999 if you have a stiff neck, a rash that does not fade under a glass, or if you are very drowsy."
    found = [x for x, _ in symptoms(s)]
    assert "stiff neck" in found and any(x.startswith("rash") for x in found)
    s = "If your baby has a high temperature, or seems floppy, get urgent help the same day."
    assert [x for x, _ in symptoms(s)][:1] == ["high temperature"]
    s = "See a doctor if your skin becomes red, swollen or warm."
    assert [x for x, _ in symptoms(s)] == ["red", "swollen", "warm"]
    # a list the list reader ends early is read on from the comma after the same verb of having
    s = "Get medical help if you have redness around the eye, blurred vision, a severe headache or confusion."
    assert [x for x, _ in symptoms(s)] == ["redness around the eye", "blurred vision", "severe headache", "confusion"]


def test_the_condition_of_advice_names_no_warning_sign() -> None:
    assert symptoms("See your GP if you think you have measles.") == []
    assert symptoms("If pneumonia is affecting your daily life, talk to your GP.") == []
    assert symptoms("If you've had one attack, talk to your doctor about prevention.") == []
    # signs of a complication of care, not of the condition
    assert symptoms("Contact the clinic if you have increasing pain or a fever after surgery.") == []
    # "if the rash isn't improving": a failed treatment, no finding
    assert symptoms("See your GP if the rash isn't improving with the cream.") == []


def test_a_condition_making_a_part_of_the_body_a_state_gives_each_state() -> None:
    s = "Impetigo makes the skin red, crusty and itchy."
    assert symptoms(s) == [("red", "Impetigo"), ("crusty", "Impetigo"), ("itchy", "Impetigo")]
    s = "Conjunctivitis can make your eyes sticky or watery."
    assert [x for x, _ in symptoms(s)] == ["sticky", "watery"]
    # a treatment or an action making the skin so is no symptom of it
    assert symptoms("Emollients make the skin soft and supple.") == []
    assert symptoms("Scratching can make the skin sore.") == []
    # "makes the skin worse" is a worsening, the cause rules' claim
    assert [x for x, _ in symptoms("Impetigo can make the skin worse.")] == []


def test_what_people_have_named_by_an_abstract_noun_is_a_symptom() -> None:
    assert [x for x, _ in symptoms("Some people also have bad breath or a loss of appetite.")] == ["bad breath", "loss of appetite"]
    assert symptoms("Many people with croup also have trouble sleeping.") == [("trouble sleeping", "croup")]
    # a test or an appointment someone has is no finding
    assert symptoms("You may have screening for kidney disease.") == []
    assert symptoms("You may have a meeting with the nurse.") == []


def test_a_first_person_account_tells_its_symptoms() -> None:
    assert [x for x, _ in symptoms("I couldn't sleep and I was exhausted all day.")] == ["exhausted all day", "couldn't sleep"]
    assert [x for x, _ in symptoms("My hands started to shake and I'd go bright red.")] == ["go bright red", "hands started to shake"]
    assert [x for x, _ in symptoms("I kept getting headaches.")] == ["headaches"]
    # a feeling that is no symptom, and a question, tell none
    assert symptoms("I was happy with the result.") == []
    assert symptoms("Was I tired because of the tablets?") == []
