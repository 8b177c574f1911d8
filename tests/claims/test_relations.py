"""Finding causes, symptoms, treatments and recommendations in sentences (no linking)."""

import json

import pytest

from extract.claims.cues import CueFileError, load_relation_cues
from extract.claims.relations import bullet_item, find_relations, intervention_mentions, recommendation
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
        ("Metformin may be considered rather than insulin in early disease.", "Metformin", "may", False, "insulin in early disease"),
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
