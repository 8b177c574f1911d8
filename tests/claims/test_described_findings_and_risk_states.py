"""Precision of symptom and cause claims on constructions that named no finding (session 18, gen8):

* "describe" as a verb of the writers ("We describe a woman who presented with ...") or with a likeness
  ("People describe the headache as a tight band"): the finding is the likeness, never what is described;
* a reflexive intensifier between a subject and its verb ("X can itself cause Y"): the subject is X;
* a state of the reader that puts them at risk in a warning bullet ("you have a weakened immune system",
  "you are pregnant"): who should get help sooner, no sign;
* adjectives joined by a comma alone before one noun ("sudden, severe pain"): one finding, not two;
* a poisoning or a sudden death the condition leads to is caused (a cause claim), not a symptom.

Sentences are about other conditions than the development corpora's.
"""

from extract.claims.cues import load_relation_cues
from extract.claims.lists import warning_items
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def claims(sentence: str, kind: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES, None, None, None, None)
    return [
        (sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
        for m in found
        if m.kind == kind
    ]


def warnings(bullet: str) -> list[str]:
    return [bullet[m.subject[0] : m.subject[1]] for m in warning_items(bullet, CUES, None, None)]


def test_the_likeness_after_describe_as_is_the_finding_not_what_is_described() -> None:
    found = [s for s, _ in claims("People with lupus often describe the fatigue as a heavy weight they cannot shake off.", "symptom")]
    assert found and all(" as " not in s for s in found)
    assert any(s.startswith("heavy weight") for s in found)
    found = [s for s, _ in claims("Sufferers describe the itch of scabies as unbearable.", "symptom")]
    assert found == ["unbearable"]


def test_a_case_the_writers_describe_is_no_finding() -> None:
    found = claims("We describe a woman who presented with painful swollen knees and a rash.", "symptom")
    subjects = [s for s, _ in found]
    assert "woman" not in subjects and "painful swollen knees" in subjects
    assert all(o is None or not o.lower().startswith("describe") for _, o in found)


def test_describe_still_takes_a_finding_or_a_happening() -> None:
    assert ("gnawing pain under the ribs", None) in claims("Patients commonly describe a gnawing pain under the ribs.", "symptom")
    found = [s for s, _ in claims("Men typically describe dribbling urine after they finish.", "symptom")]
    assert len(found) == 1 and found[0].startswith("dribbling urine")


def test_a_reflexive_intensifier_stands_for_the_subject_before_it() -> None:
    assert claims("Overusing decongestant sprays can itself cause a blocked nose.", "cause") == [
        ("Overusing decongestant sprays", "blocked nose")]
    assert [s for s, _ in claims("Alcohol can itself trigger attacks of gout.", "cause")] == ["Alcohol"]


def test_a_risk_state_of_the_reader_in_a_warning_bullet_is_no_sign() -> None:
    assert warnings("\u2022 you have a weakened immune system, for example because of HIV") == []
    assert warnings("\u2022 you have a high fever and a weakened immune system") == ["high fever"]
    assert warnings("\u2022 you have a stiff neck and a high temperature") == ["stiff neck", "high temperature"]


def test_adjectives_joined_by_a_comma_alone_name_one_finding() -> None:
    assert warnings("\u2022 you have sudden, severe pain in your chest") == ["sudden, severe pain in your chest"]
    assert warnings("\u2022 you have a cough, a fever and chills") == ["cough", "fever", "chills"]


def test_a_participial_apposition_of_cause_ends_where_the_predicate_resumes() -> None:
    assert claims("Scurvy, caused by a lack of vitamin C, can lead to bleeding gums and loose teeth.", "cause")[0] == (
        "lack of vitamin C", "Scurvy")
    found = claims("Rickets, caused by low vitamin D and poor sunlight, is seen mostly in young children.", "cause")
    # (the group it is "seen mostly in" is a risk group, gen48: "Glandular fever is common in teenagers", CLAIMS_SPEC.md)
    assert found == [("low vitamin D", "Rickets"), ("poor sunlight", "Rickets"), ("young children", None)]
    assert all(not s.startswith(("can ", "is ", "seen")) for s, _ in
               claims("Goitre, caused by too little iodine, can cause a swelling in the neck.", "cause"))


def test_cause_after_a_determiner_or_an_adjective_is_the_noun() -> None:
    assert claims("Behcet's disease is an inflammatory disorder of unknown cause that affects the blood vessels.", "cause") == []
    assert claims("Offer it to patients who have no identifiable cause for their dizziness.", "cause") == []
    assert [s for s, _ in claims("Some viruses cause warts on the hands.", "cause")] == ["viruses"]


def test_feeling_well_or_only_something_is_no_symptom() -> None:
    assert claims("Children can go back to nursery once they feel well enough.", "symptom") == []
    assert claims("The gel numbs the gum, so most people feel only slight pressure.", "symptom") == []
    assert [s for s, _ in claims("You may feel dizzy or faint.", "symptom")] == ["dizzy", "faint"]


def claims_on_page(sentence: str, page: str, kind: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES, None, None, lambda t: t.lower() == page, None)
    return [
        (sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
        for m in found
        if m.kind == kind
    ]


def test_a_poisoning_or_a_sudden_death_the_condition_leads_to_is_caused_not_a_symptom() -> None:
    sentence = "Myocarditis can occasionally cause sudden death in young athletes."
    assert [s for s, _ in claims_on_page(sentence, "myocarditis", "symptom")] == []
    assert [o for _, o in claims_on_page(sentence, "myocarditis", "cause")] == ["sudden death in young athletes"]
    assert claims_on_page("Cholera can lead to blood poisoning and a fever.", "cholera", "cause") == [("Cholera", "blood poisoning")]


def test_a_share_of_everyone_a_finding_affects_is_how_common_it_is_not_a_symptom_of_patients() -> None:
    assert claims("Chronic cough affects about one in ten adults.", "symptom") == []
    assert claims("Hair thinning affects around 40% of women by the age of 50.", "symptom") == []
    assert claims("Night sweats affect up to half of patients with tuberculosis.", "symptom") == [("Night sweats", "tuberculosis")]
    assert claims("Itching affects about 80% of patients.", "symptom") == [("Itching", None)]


def test_common_in_a_group_ends_before_a_clause_of_its_own_and_never_names_the_page_condition() -> None:
    found = claims("Hand, foot and mouth disease is common in toddlers and most children get better within a week.", "cause")
    assert [s for s, _ in found] == ["toddlers"]
    on_page = claims_on_page("See a doctor if the rash spreads: this reaction is common in measles.", "measles", "cause")
    assert on_page == []


def test_an_association_with_a_lower_risk_names_a_protective_factor_not_a_cause() -> None:
    assert claims("Breastfeeding is associated with a reduced risk of childhood eczema.", "cause") == []
    assert claims("Regular coffee drinking has been linked to a significantly lower incidence of gout.", "cause") == []
    assert [s for s, _ in claims("Heavy drinking is associated with a higher risk of gout.", "cause")] == ["Heavy drinking"]


def test_what_a_condition_defined_as_a_kind_of_disorder_of_a_part_causes_are_its_symptoms() -> None:
    sentence = "Narcolepsy is a disorder of the brain that causes severe daytime sleepiness."
    assert claims_on_page(sentence, "narcolepsy", "cause") == []
    assert claims_on_page(sentence, "narcolepsy", "symptom") == [("severe daytime sleepiness", "Narcolepsy")]
    sentence = "Lupus is a disease of the immune system that causes joint pain and rashes."
    assert claims_on_page(sentence, "lupus", "symptom") == [("joint pain", "Lupus"), ("rashes", "Lupus")]


def test_the_causes_of_a_passive_end_at_a_second_predicate_of_the_effect() -> None:
    found = claims("The rash of polymorphic light eruption is triggered by sunlight and fades within a few days.", "cause")
    assert [s for s, _ in found] == ["sunlight"]
    found = claims("Chest pain is brought on by exertion or cold weather, and settles within minutes of rest.", "cause")
    assert [s for s, _ in found] == ["exertion", "cold weather"]
    assert [s for s, _ in claims("Attacks are triggered by alcohol and exercise with heavy weights.", "cause")] == ["alcohol and exercise"]


def test_relatives_sharing_a_condition_are_one_family_history() -> None:
    from extract.claims.lists import bullet_item

    bullet = "\u2022 Have a mother, father or sister with type 1 diabetes"
    assert [bullet[m.subject[0] : m.subject[1]] for m in bullet_item(bullet, "risk_factor", CUES, None)] == [
        "mother, father or sister with type 1 diabetes"]
    bullet = "\u2022 smoking, obesity or high blood pressure"
    assert len(bullet_item(bullet, "risk_factor", CUES, None)) == 3
    sentence = "Your risk is higher if you have a parent, brother or sister with coeliac disease."
    assert [s for s, _ in claims(sentence, "cause")] == ["parent, brother or sister with coeliac disease"]
