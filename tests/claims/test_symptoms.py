"""Symptom claims: definitions, conditionals, appositions, body-part verbs and the spans they give.

Sentences are about other conditions than the development corpora's, so each rule is checked as
general English, not as the wording of one page. ``known`` / ``finding`` stand in for the linker
where a rule needs it (a plain set of concept names).
"""

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations, symptom_list

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
    assert symptoms("In a gout attack the big toe swells and the skin looks red.") == [("big toe swells", None)]
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
