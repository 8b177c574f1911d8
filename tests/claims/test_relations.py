"""Finding causes, symptoms, treatments and recommendations in sentences (no linking)."""

import json

import pytest

from extract.claims.cues import CueFileError, load_relation_cues
from extract.claims.lists import bullet_item
from extract.claims.recommendations import recommendation
from extract.claims.relations import find_relations
from extract.claims.treatments import intervention_mentions
from extract.figures.cues import load_context_cues

CUES = load_relation_cues()


def claims(sentence: str, known=None) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    found, _ = find_relations(sentence, CUES, known)
    return [
        (m.kind, sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
        for m in found
    ]


def test_listed_causes_give_one_claim_each_and_shared_heads_stay_whole() -> None:
    s = "Common causes include recurrent or new disc herniation, hip osteoarthritis, and muscle strain."
    assert [c[1] for c in claims(s) if c[0] == "cause"] == [
        "recurrent or new disc herniation",
        "hip osteoarthritis",
        "muscle strain",
    ]


def test_relative_clause_sends_the_cause_to_its_antecedent() -> None:
    s = "Over time the joint develops bone spurs, which can press on tendons and give rise to shoulder pain."
    assert ("cause", "bone spurs", "shoulder pain") in claims(s)


def test_passive_cause_reads_effect_on_the_left() -> None:
    assert ("cause", "a primary injury to the nervous system"[2:], "Neuropathic pain") in claims(
        "Neuropathic pain is caused by a primary injury to the nervous system."
    )


def test_cause_noun_is_not_a_cause_verb() -> None:
    assert claims("Our doctors find the cause of your heel pain.") == []


def test_risk_factor_is_marked_as_such() -> None:
    found, _ = find_relations("Obesity is a major risk factor for gout.", CUES)
    assert [(m.kind, m.relation) for m in found] == [("cause", "risk_factor")]
    found, _ = find_relations("Gout is more common in people with kidney disease.", CUES)
    assert [(m.kind, m.relation) for m in found][:1] == [("cause", "risk_factor")]


def test_condition_producing_symptoms_is_a_symptom_claim() -> None:
    got = claims("It causes itching, redness and scaly patches on the elbows.")
    assert [(k, s) for k, s, _ in got] == [("symptom", "itching"), ("symptom", "redness"), ("symptom", "scaly patches on the elbows")]


def test_symptoms_of_experiencers_with_their_condition() -> None:
    got = claims("Patients with asthma often experience wheezing, chest tightness, and coughing at night.")
    assert [(k, s, o) for k, s, o in got] == [
        ("symptom", "wheezing", "asthma"),
        ("symptom", "chest tightness", "asthma"),
        ("symptom", "coughing at night", "asthma"),
    ]


def test_the_cases_of_a_study_report_symptoms() -> None:
    """Session 28 (dev44's case-control abstract): the cases of a study are people who report findings."""
    got = claims("At diagnosis, 58% of cases reported night pain in the shoulder.")
    assert ("symptom", "night pain in the shoulder", None) in got, got


def test_treated_with_splits_known_concepts_joined_by_and() -> None:
    s = "Hypothyroidism is usually treated with levothyroxine and regular blood tests."
    assert claims(s) == [("treatment", "levothyroxine and regular blood tests", "Hypothyroidism")]
    known = {"levothyroxine", "regular blood tests", "blood tests"}.__contains__
    assert claims(s, lambda t: known(t.lower())) == [
        ("treatment", "levothyroxine", "Hypothyroidism"),
        ("treatment", "regular blood tests", "Hypothyroidism"),
    ]


def test_list_lead_in_opens_a_list_for_the_bullets_that_follow() -> None:
    found, opened = find_relations("Treatment options for psoriasis include:", CUES)
    assert found == [] and opened == ("treatment", "psoriasis")
    items = bullet_item("Topical corticosteroids, vitamin D creams and phototherapy", "treatment", CUES, None)
    text = "Topical corticosteroids, vitamin D creams and phototherapy"
    assert [text[m.subject[0] : m.subject[1]] for m in items] == ["Topical corticosteroids", "vitamin D creams", "phototherapy"]


def test_bullets_that_are_clauses_or_negations_name_nothing() -> None:
    assert bullet_item("No hospital stays or long recovery periods", "treatment", CUES, None) == []
    assert bullet_item("All of these procedures are performed in our office", "treatment", CUES, None) == []


@pytest.mark.parametrize(
    ("sentence", "action", "strength", "against", "instead"),
    [
        ("Chronic pain should be treated with lesser invasive procedures prior to spine surgery.",
         "lesser invasive procedures", "should", False, "spine surgery"),
        ("You should avoid heavy lifting for six weeks.", "heavy lifting for six weeks", "should", True, None),
        ("It is imperative to seek care from a qualified dermatologist.", "seek care from a qualified dermatologist", "must", False, None),
        ("Antibiotics are not recommended for viral bronchitis.", "Antibiotics", "should", True, None),
        ("Metformin may be considered rather than insulin in early disease.", "Metformin", "may", False, "insulin"),  # "in early disease" is the situation, not the alternative
    ],
)
def test_recommendations_with_strength_direction_and_alternative(sentence, action, strength, against, instead) -> None:  # noqa: ANN001
    m = recommendation(sentence, CUES)
    assert m is not None
    assert sentence[m.subject[0] : m.subject[1]] == action
    assert (m.strength, m.against) == (strength, against)
    assert (sentence[m.instead_of[0] : m.instead_of[1]] if m.instead_of else None) == instead


@pytest.mark.parametrize(
    "sentence",
    [
        "Call us today to schedule your consultation.",
        "Should surgery fail, the result is called failed back surgery syndrome.",
        "Should I have surgery?",
        "You should know that recovery takes time.",
    ],
)
def test_calls_to_action_conditions_and_questions_are_not_recommendations(sentence: str) -> None:
    assert recommendation(sentence, CUES) is None


def test_intervention_mentions_skip_time_anchors_and_condition_names() -> None:
    ctx = load_context_cues(None)
    heads = frozenset(h.lower() for h in ctx.intervention_heads)
    generic = frozenset(g.lower() for g in ctx.generic_interventions)
    s = "Pain after knee surgery may respond to genicular nerve ablation or hyaluronic acid injections."
    got = [s[a:b] for a, b in intervention_mentions(s, heads, generic, CUES)]
    assert got == ["genicular nerve ablation", "hyaluronic acid injections"]
    s = "Failed back surgery syndrome is common."
    assert intervention_mentions(s, heads, generic, CUES) == []


def test_malformed_cue_file_is_rejected_naming_the_field(tmp_path) -> None:  # noqa: ANN001
    raw = json.loads(load_relation_cues().model_dump_json())
    raw["recommendation_cues"][0]["strength"] = "would"
    path = tmp_path / "relations.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(CueFileError, match="recommendation_cues"):
        load_relation_cues(str(path))


# -- precision of intervention mentions, vocabulary beyond the seed conditions -------------------------

def _mentions(sentence: str) -> list[str]:
    ctx = load_context_cues()
    heads = frozenset(h.lower() for h in ctx.intervention_heads)
    generic = frozenset(g.lower() for g in ctx.generic_interventions)
    return [sentence[s:e] for s, e in intervention_mentions(sentence, heads, generic, CUES)]


def test_drug_stems_and_class_words_name_interventions_of_any_specialty() -> None:
    found = _mentions("She was started on lisinopril, atorvastatin and an inhaled bronchodilator last spring.")
    assert "lisinopril" in found and "atorvastatin" in found
    assert any(m.endswith("bronchodilator") for m in found)
    assert _mentions("Thyroidectomy is rarely needed.") == ["Thyroidectomy"]
    # words that only end like a drug are no drug
    assert _mentions("High cholesterol runs in the family since April.") == []


def test_counts_failures_and_generic_heads_are_no_treatment_claims() -> None:
    assert _mentions("More than 2,000 cataract surgeries performed each year.") == []
    assert _mentions("Failed knee replacement is a painful outcome.") == []
    assert _mentions("Our doctors design an individualized approach and the most effective treatment.") == []
    assert _mentions("Most people improve with conservative care.") == ["conservative care"]


def test_page_furniture_is_recognised() -> None:
    from extract.claims.lists import boilerplate

    assert boilerplate("Asthma Treatment | Boston, MA")
    assert boilerplate("Home · Conditions · Treatments · Contact")
    assert boilerplate("Call the clinic on 617-555-0100 to book.")
    assert not boilerplate("Inhaled steroids (two puffs twice a day) | 80%")
    assert not boilerplate("Inhaled steroids reduce flare-ups in most patients.")


def test_what_a_condition_causes_is_its_symptom() -> None:
    found = claims("Psoriasis is a chronic disease that causes itchy, scaly patches and joint pain.")
    assert ("symptom", "itchy, scaly patches"[7:], "Psoriasis") in found or any(
        k == "symptom" and "scaly patches" in s for k, s, _ in found
    )
    assert ("symptom", "joint pain", "Psoriasis") in found
    assert not [c for c in found if c[0] == "cause"]
    # the page's condition, told by a callable (the component passes the document's topic)
    found, _ = find_relations("Gout can cause sudden joint swelling.", CUES, condition=lambda t: t == "Gout")
    assert [(m.kind, "Gout can cause sudden joint swelling."[m.subject[0] : m.subject[1]]) for m in found] == [
        ("symptom", "sudden joint swelling")
    ]


def test_outcomes_patients_report_are_no_symptoms() -> None:
    assert not [c for c in claims("Most patients report significant relief after the injection.") if c[0] == "symptom"]
    s = "Patients often report blurred vision, headaches and fatigue."
    found, _ = find_relations(s, CUES, finding=lambda t: t != "headaches")
    assert [s[m.subject[0] : m.subject[1]] for m in found] == ["blurred vision", "fatigue"]


def test_sentence_initial_imperatives_are_recommendations() -> None:
    rec = recommendation("Keep your feet elevated for two days.", CUES)
    assert rec is not None and rec.strength == "should" and not rec.against
    assert "Keep your feet elevated for two days."[rec.subject[0] : rec.subject[1]].startswith("Keep your feet elevated")
    rec = recommendation("3. Take your inhaler every morning.", CUES)
    assert rec is not None
    assert recommendation("Exercise, diet and sleep all matter.", CUES) is None
    assert recommendation("Take Control Of Your Asthma", CUES) is None  # a title
    assert recommendation("Call us today to book your visit.", CUES) is None


def test_more_likely_and_more_common_in_mark_risk_factors() -> None:
    found, _ = find_relations("Smokers are twice as likely to develop COPD as non-smokers.", CUES)
    assert [(m.kind, m.relation) for m in found] == [("cause", "risk_factor")]
    s = "Patients with obesity were three times more likely to need surgery."
    found, _ = find_relations(s, CUES)
    assert [s[m.subject[0] : m.subject[1]] for m in found] == ["obesity"]
    s = "Lupus is nine times more common in women than in men."
    assert [(m.kind, s[m.subject[0] : m.subject[1]], m.relation) for m in find_relations(s, CUES)[0]] == [
        ("cause", "women", "risk_factor")
    ]


def test_generic_causes_are_dropped() -> None:
    assert not [c for c in claims("A variety of factors can cause chronic fatigue.") if c[0] == "cause"]


def test_places_and_qualifiers_after_symptoms_are_not_more_symptoms() -> None:
    s = "Shingles causes burning, itching and pain on one side of the chest, back or face, often worse at night."
    found, _ = find_relations(s, CUES, condition=lambda t: t == "Shingles")
    got = [s[m.subject[0] : m.subject[1]] for m in found]
    assert got[:2] == ["burning", "itching"] and got[2].startswith("pain")
    assert len(got) == 3  # not "back", "face" or "worse at night"
    s = "A flare typically causes a hot, swollen joint, often with fever and chills."
    got = [s[m.subject[0] : m.subject[1]] for m in find_relations(s, CUES)[0]]
    assert any("fever" in g for g in got)


def test_a_conditional_clause_lists_nothing() -> None:
    s = "If your symptoms are severe or keep coming back, your doctor may suggest a referral."
    assert not [c for c in claims(s) if c[0] == "symptom"]


# --- clause boundaries, coordination and discourse (other conditions than the seeds') ---------


def test_a_list_ends_where_a_second_clause_begins() -> None:
    s = "Gout flares are usually caused by uric acid crystals, and most patients are middle-aged men."
    assert [c[1] for c in claims(s) if c[0] == "cause"] == ["uric acid crystals"]
    s = "Psoriasis is more common in smokers, affecting up to 3 in 10 of them, and often improves in summer."
    assert [c[1] for c in claims(s) if c[0] == "cause"] == ["smokers"]


def test_two_coordinated_modifiers_share_their_head() -> None:
    s = "Risk factors include chronic renal or hepatic failure, obesity and smoking."
    assert [c[1] for c in claims(s) if c[0] == "cause"] == ["chronic renal or hepatic failure", "obesity", "smoking"]


def test_single_modifiers_before_a_named_finding_are_one_item_and_the_name_wins() -> None:
    def known(text: str) -> bool:
        return text.lower() in {"bone pain", "numbness", "tingling"}

    s = "Many people experience deep, gnawing, and constant pain known as bone pain."
    assert [c[1] for c in claims(s, known) if c[0] == "symptom"] == ["bone pain"]
    s = "Many people experience numbness, tingling and burning pain."
    assert [c[1] for c in claims(s, known) if c[0] == "symptom"] == ["numbness", "tingling", "burning pain"]


def test_a_participle_after_a_clause_takes_the_clause_subject_as_cause() -> None:
    s = "Plaque can build up inside the arteries, leading to heart attacks and strokes."
    assert ("cause", "Plaque", "heart attacks") in claims(s, lambda t: t in {"heart attacks", "strokes"})


def test_the_cause_of_y_is_x() -> None:
    assert ("cause", "Hashimoto's thyroiditis", "hypothyroidism") in claims(
        "The most common cause of hypothyroidism is Hashimoto's thyroiditis."
    )
    assert [c for c in claims("The cause of fibromyalgia is unknown.") if c[0] == "cause"] == []
    assert [c[1] for c in claims("Another reason why acne returns is hormonal change.") if c[0] == "cause"] == ["hormonal change"]


def test_a_relative_clause_between_subject_and_verb_leaves_the_subject_as_cause() -> None:
    assert ("cause", "crystals", "swelling") in claims("The crystals which collect inside the joint may be the cause of the swelling.")
    # ... unless the antecedent names no one in particular: who they are is the risk factor
    assert [c[1] for c in claims("People who smoke are twice as likely to develop psoriasis.") if c[0] == "cause"] == ["smoke"]


def test_a_chain_of_causes_gives_each_link_its_own_subject() -> None:
    found = claims("Insulin resistance leads to high blood sugar resulting in nerve damage.")
    assert ("cause", "Insulin resistance", "high blood sugar") in found
    assert ("cause", "high blood sugar", "nerve damage") in found


def test_why_a_treatment_stopped_is_no_cause_and_questions_state_no_symptom() -> None:
    assert [c for c in claims("Therapy was discontinued because of nausea in 5% of patients.") if c[0] == "cause"] == []
    assert [c for c in claims("Do You Suffer From Eczema?") if c[0] == "symptom"] == []
    assert [c for c in claims("In the trials that led to its approval, 40% of patients improved.") if c[0] == "cause"] == []


def test_a_condition_that_is_a_leading_cause_of_y_has_y_as_symptom() -> None:
    s = "Glaucoma is a leading cause of blindness in older adults."
    found, _ = find_relations(s, CUES, condition=lambda t: t == "Glaucoma")
    assert [(m.kind, s[m.subject[0] : m.subject[1]]) for m in found] == [("symptom", "blindness in older adults")]
    assert ("cause", "Smoking", "lung cancer") in claims("Smoking is a leading cause of lung cancer.")


def test_a_bullet_item_ends_at_its_relative_clause() -> None:
    found = bullet_item("Swelling that gets worse in the evening", "symptom", CUES, None)
    assert ["Swelling that gets worse in the evening"[m.subject[0] : m.subject[1]] for m in found] == ["Swelling"]


def test_a_question_over_a_bulleted_list_types_its_items(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = "Gout\n\nWho Is at Risk?\n• Drinking beer: it raises uric acid levels\n• A family history of gout\n"
    doc = nlp(make_doc(nlp, text, "doc_gout"))
    causes = [(c.cause.text, c.relation) for c in doc._.claims if c.type == "cause"]
    assert causes == [("Drinking beer", "risk_factor"), ("family history of gout", "risk_factor")]


def test_an_intervention_that_fails_or_is_counted_or_anchors_a_time_is_no_treatment_mention() -> None:
    context = load_context_cues()
    heads = frozenset(h.lower() for h in context.intervention_heads)
    generic = frozenset(g.lower() for g in context.generic_interventions)
    for s in ("Pain may return when cataract surgery fails to clear the lens.",
              "In general, the more surgeries you have, the worse the scarring.",
              "Bleeding during tonsillectomy is rare."):
        assert intervention_mentions(s, heads, generic, CUES) == [], s
    s = "Cataract surgery restores vision in most patients."
    assert [s[a:b] for a, b in intervention_mentions(s, heads, generic, CUES)] == ["Cataract surgery"]


def test_a_verbless_line_followed_by_this_is_a_cause_of_names_a_cause() -> None:
    from extract.claims.causes import fragment_cause

    frag = "Untreated strep throat in childhood."
    m = fragment_cause(frag, "This is the most common cause of rheumatic heart disease.", CUES)
    assert m is not None and frag[m.subject[0] : m.subject[1]] == "Untreated strep throat" and m.relation == "causes"
    m = fragment_cause("Heavy alcohol use.", "This is a major risk factor for liver cirrhosis.", CUES)
    assert m is not None and m.relation == "risk_factor"
    # a sentence with a verb, or a next sentence about something else, names no cause
    assert fragment_cause("Strep throat is common in children.", "This is the main cause of rheumatic fever.", CUES) is None
    assert fragment_cause("Untreated strep throat.", "This is treated with antibiotics.", CUES) is None


def test_more_likely_if_clauses_are_risk_factors_without_their_experiencer() -> None:
    s = "Gout is more likely if you drink beer, or if you are overweight."
    assert [(c[1], c[2]) for c in claims(s) if c[0] == "cause"] == [("drink beer", "Gout"), ("overweight", "Gout")]
    s = "A stroke is more likely if you had high blood pressure before your pregnancy."
    assert [c[1] for c in claims(s) if c[0] == "cause"] == ["high blood pressure"]


def test_more_likely_marks_a_risk_factor_only_for_getting_something() -> None:
    assert [c[1] for c in claims("Smokers are twice as likely as others to develop gum disease.") if c[0] == "cause"] == ["Smokers"]
    assert [c for c in claims("Older patients are more likely to recover slowly than younger ones.") if c[0] == "cause"]
    assert [c for c in claims("In smokers, cough is more likely to persist for months.") if c[0] == "cause"] == []


def test_occurs_because_takes_the_whole_reason() -> None:
    s = "Kidney stones occur because minerals in the urine crystallise and clump together."
    assert [c[1] for c in claims(s) if c[0] == "cause"] == ["minerals in the urine crystallise and clump together"]
    assert [c for c in claims("It happens because it hurts.") if c[0] == "cause"] == []


def test_a_subordinate_as_clause_ends_the_cause() -> None:
    s = "Cubital tunnel syndrome is caused by pressure on the ulnar nerve as it passes behind the elbow."
    assert ("cause", "pressure on the ulnar nerve", "Cubital tunnel syndrome") in claims(s)


def test_a_finding_along_or_beside_a_part_is_described() -> None:
    """Session 28 (dev43, dev6): "along", "beside", "beneath" end a finding's head as "in" does."""
    got = claims("Patients often describe pain along the outer edge of the foot.")
    assert any(k == "symptom" and s.startswith("pain along") for k, s, _ in got), got
