"""Precision of symptom claims on shapes that name no sign of the page's condition (session 33, gen52):

* what an intervention makes a person feel ("Beta-blockers can make you feel tired or dizzy"): a side effect of care,
  no symptom; the condition as the agent ("Anaemia can make you feel tired") still names its symptom;
* a long-term condition of the reader in a warning ("you have diabetes", "if you have heart disease and ..."): who
  should get help sooner, no sign, as "a weakened immune system" already was;
* the page's condition itself with how often it comes ("you get migraines every month", "cold sores several times a
  year"): the condition, no sign of it;
* a warning item whose relative clause tells a relief that failed or a growth ("pain that is not eased by painkillers",
  "a lump that is getting bigger"), whichever rule or tagger found the finding ("a cough that is getting worse" stays
  a sign, as the development gold has it);
* signs after "an injection or operation" are signs of a complication of care, as after "the operation" already were;
* a finding said to be common in a group of people or a stage of life ("Back pain is common in late pregnancy"): how
  common it is among everyone of the group, no symptom of the page's condition ("common in people with ..." still is);
* a lead-in that names a hospital ward, unit, clinic or helpline to call ("Contact the day surgery unit if you have:")
  is a warning lead-in as one naming a doctor is.

Sentences are about other conditions than the development corpora's.
"""

from extract.claims.cues import load_relation_cues
from extract.claims.lists import list_lead_kind, warning_items
from extract.claims.relations import find_relations
from extract.claims.symptoms import without_changing_signs, without_frequency
from extract.pipeline import make_doc

CUES = load_relation_cues()


def symptoms(sentence: str, condition=None) -> list[str]:  # noqa: ANN001
    found, _ = find_relations(sentence, CUES, None, condition=condition)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


def warnings(bullet: str) -> list[str]:
    return [bullet[m.subject[0] : m.subject[1]] for m in warning_items(bullet, CUES, None, None)]


def test_what_a_drug_makes_you_feel_is_a_side_effect_not_a_symptom() -> None:
    assert symptoms("Beta-blockers can make you feel tired or dizzy.") == []
    assert symptoms("Amitriptyline may make some people feel drowsy the next morning.") == []
    assert symptoms("Ferrous sulfate tablets can make some people feel sick.") == []


def test_what_the_condition_makes_you_feel_stays_a_symptom() -> None:
    assert symptoms("Anaemia can make you feel tired and breathless.") == ["tired", "breathless"]
    # the lack of a medicine is no harm of it: what its stopping makes one feel is no side effect either
    assert "unwell" in symptoms("Stopping your steroid tablets suddenly can make you feel unwell.")


def test_a_long_term_condition_of_the_reader_in_a_warning_is_no_sign() -> None:
    assert warnings("\u2022 you have type 2 diabetes") == []
    assert warnings("\u2022 you have a long-term lung condition") == []
    assert warnings("\u2022 you have heart disease and sudden chest pain") == ["sudden chest pain"]
    found = symptoms("See your GP if you have diabetes and your leg becomes hot and swollen.")
    assert "diabetes" not in found


def test_the_condition_with_how_often_it_comes_is_the_condition_itself() -> None:
    assert without_frequency("migraines every month") == "migraines"
    assert without_frequency("cold sores several times a year") == "cold sores"
    assert without_frequency("nosebleeds most weeks") == "nosebleeds"
    assert without_frequency("pain every morning when I wake") == "pain every morning when I wake"
    is_gout = lambda t: t.lower().rstrip("s") in {"gout attack", "gout"}  # noqa: E731
    found, _ = find_relations("See your GP if you get gout attacks every year.", CUES, None, condition=is_gout)
    assert [m for m in found if m.kind == "symptom"] == []


def test_a_worsening_or_a_failed_relief_in_a_warning_item_is_no_sign() -> None:
    for bullet, finding in [("\u2022 a lump in your neck that is getting bigger", "lump in your neck"),
                            ("\u2022 severe pain that is not eased by painkillers", "severe pain"),
                            ("\u2022 a rash that gets bigger", "rash"),
                            ("\u2022 a fever which does not settle with paracetamol", "fever")]:
        at = bullet.index(finding)
        from extract.claims.grammar import RelationMention

        m = RelationMention("symptom", (at, at + len(finding)), None, None, "learned:symptom", (at, at + len(finding)))
        assert without_changing_signs(bullet, [m]) == [], bullet


def test_how_a_finding_behaves_stays_a_sign() -> None:
    from extract.claims.grammar import RelationMention

    for bullet, finding in [("\u2022 a headache that gets worse when you lie down", "headache"),
                            ("\u2022 a cough that is getting worse", "cough"),
                            ("\u2022 a cough that brings up blood", "cough"),
                            ("\u2022 pain that is worse at night", "pain")]:
        at = bullet.index(finding)
        m = RelationMention("symptom", (at, at + len(finding)), None, None, "learned:symptom", (at, at + len(finding)))
        assert without_changing_signs(bullet, [m]) == [m], bullet


def test_a_ward_unit_clinic_or_helpline_to_call_opens_a_warning_list() -> None:
    assert list_lead_kind("Contact the day surgery unit straight away, day or night, if you have:", CUES) == "warning"
    assert list_lead_kind("Call the ward if you notice:", CUES) == "warning"
    assert list_lead_kind("Ring the Parkinson's helpline if:", CUES) == "warning"
    assert list_lead_kind("Our clinic offers:", CUES) != "warning"


def test_a_worsening_warning_bullet_names_no_sign_in_a_page(plain) -> None:  # noqa: ANN001
    text = ("Shingles: a patient guide\n\nCall the Eye Clinic helpline straight away if you have:\n\n"
            "- a spot on your eyelid that is getting bigger\n- pain in your eye that is not eased by painkillers\n- blurred vision\n")
    doc = plain(make_doc(plain, text, "doc_warning_changes"))
    found = [c.symptom.text for c in doc._.claims if c.type == "symptom"]
    assert "blurred vision" in found
    assert not any(f.startswith(("spot", "a spot", "pain")) for f in found)


def test_signs_after_an_injection_are_of_a_complication_of_care() -> None:
    found = symptoms("If you develop a rash or a fever after an injection or operation, call the clinic straight away.")
    assert found == []
    assert symptoms("If you develop a rash or a fever, call the clinic straight away.") == ["rash", "fever"]


def test_a_finding_common_in_a_group_or_a_stage_of_life_is_no_symptom() -> None:
    assert symptoms("Back pain is also common in late pregnancy.") == []
    assert symptoms("Tiredness is very common in older adults.") == []
    assert symptoms("Night sweats are common in people with lymphoma.") == ["Night sweats"]
    assert symptoms("Headaches and nausea are also common.") == ["Headaches", "nausea"]


def test_a_finding_common_in_a_stage_of_life_is_no_symptom_whichever_rule_or_tagger_reads_it(nlp) -> None:  # noqa: ANN001
    text = "Carpal tunnel syndrome: a leaflet\n\nBack pain is also common in late pregnancy.\n"
    doc = nlp(make_doc(nlp, text, "doc_common_in_pregnancy"))
    assert [c.symptom.text for c in doc._.claims if c.type == "symptom"] == []


def test_a_body_part_with_its_side_or_level_alone_is_no_finding() -> None:
    from extract.claims.grammar import RelationMention
    from extract.claims.symptoms import findings_only

    bullet = "\u2022 aching and tenderness in the hips and lower back"
    spans = [(i, i + len(w)) for w in ("aching", "tenderness in the hips", "lower back") for i in [bullet.index(w)]]
    assert [bullet[a:b] for a, b in spans] == ["aching", "tenderness in the hips", "lower back"]
    found = [RelationMention("symptom", s, None, None, "bullet", s) for s in spans]
    assert [bullet[m.subject[0] : m.subject[1]] for m in findings_only(bullet, found, CUES)] == ["aching", "tenderness in the hips"]


def test_a_clause_of_having_after_what_people_find_hard_is_read_on_its_own() -> None:
    sentence = "Some people with sciatica find it hard to sit for long, or have pins and needles in their feet."
    assert symptoms(sentence) == ["hard to sit for long", "pins and needles in their feet"]
    assert sorted(symptoms("Many children with glandular fever find it hard to concentrate and have headaches.")) == [
        "hard to concentrate", "headaches"]
    assert symptoms("You may find it hard to climb stairs, get out of a chair or walk far.") == [
        "hard to climb stairs", "get out of a chair", "walk far"]


def test_a_set_phrase_of_a_finding_after_a_verb_of_having_is_one_finding() -> None:
    assert symptoms("Many people with a slipped disc have pins and needles in one leg.") == ["pins and needles in one leg"]


def test_a_finding_reported_as_lessened_is_an_outcome_not_a_symptom() -> None:
    assert symptoms("Most of the women report less pelvic pain within a month.") == []
    assert symptoms("Patients often report burning pain in the feet.") == ["burning pain in the feet"]
    assert symptoms("Patients report reduced night vision.") == ["reduced night vision"]
