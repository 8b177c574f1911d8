"""One claim, many sources: grouping qualitative claims across documents."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator

from extract.consistency import group_claims, select_groups
from extract.consistency.groups import polarized_key

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
SCAR = ("Scar tissue", "EV:epidural_fibrosis", "Epidural fibrosis")
PAIN = ("chronic pain", "HP:0012532", "Chronic pain")


def scar_claims(build):
    """'Scar tissue causes chronic pain' three times in doc A, once in doc B, denied in doc C."""
    return [
        build.cause("doc_a", "Scar tissue causes chronic pain.", SCAR, PAIN),
        build.cause("doc_a", "Scar tissue, again, causes chronic pain.", SCAR, PAIN, certainty="possible"),
        build.cause("doc_a", "In short: Scar tissue leads to chronic pain.", SCAR, PAIN, certainty="probable"),
        build.cause("doc_b", "Scar tissue may cause chronic pain.", SCAR, PAIN, certainty="possible", hedged=True),
        build.cause("doc_c", "Scar tissue does not cause chronic pain.", SCAR, PAIN, negated=True),
    ]


def test_sources_count_distinct_documents_not_mentions(build):
    groups = group_claims(scar_claims(build))
    affirmed = next(g for g in groups if g.polarity == "affirmed")
    assert (affirmed.n_sources, affirmed.n_mentions) == (2, 4)
    assert affirmed.doc_ids == ["doc_a", "doc_b"]
    assert affirmed.claim_ids == sorted(affirmed.claim_ids) and len(set(affirmed.claim_ids)) == 4
    assert affirmed.certainty == "fact"


def test_negated_claims_are_a_group_of_their_own(build):
    claims = scar_claims(build)
    groups = group_claims(claims)
    assert [(g.polarity, g.n_sources) for g in groups] == [("affirmed", 2), ("negated", 1)]
    negated = groups[1]
    assert negated.doc_ids == ["doc_c"] and negated.certainty == "counterfact"
    assert negated.label == "not: epidural fibrosis -> chronic pain"
    assert groups[0].group_key == claims[0].group_key  # affirmed groups keep the claims' key
    assert negated.group_key == polarized_key(claims[-1]) != claims[-1].group_key


def test_a_recommendation_against_is_not_grouped_with_one_for(build):
    claims = [
        build.recommendation("doc_a", "Opioids should be used for back pain.", "Opioids", "back pain"),
        build.recommendation("doc_b", "Opioids should be avoided for back pain.", "Opioids", "back pain", against=True),
        build.recommendation("doc_c", "Opioids are not recommended for back pain.", "Opioids", "back pain", negated=True),
    ]
    groups = group_claims(claims)
    assert sorted((g.polarity, g.n_sources) for g in groups) == [("affirmed", 1), ("negated", 1), ("negated", 1)]
    assert {g.label for g in groups} == {"opioids for back pain", "against: opioids for back pain"}


def test_labels_use_concept_names_when_linked_and_the_text_otherwise(build):
    claims = [
        build.cause("doc_a", "Scar formation causes chronic pain.", ("Scar formation", "EV:scar", "Scar formation"), PAIN),
        build.cause("doc_b", "Obesity is a risk factor for knee pain.", "Obesity", "knee pain", relation="risk_factor"),
        build.symptom("doc_a", "Carpal tunnel syndrome causes Numbness.", "Numbness", "Carpal tunnel syndrome"),
        build.treatment("doc_b", "SCS is used for chronic pain.", "SCS", "chronic pain"),
        build.recommendation("doc_a", "Physical therapy should be tried.", "Physical therapy"),
    ]
    labels = {g.type: g.label for g in group_claims(claims) if g.type != "cause" or g.relation == "causes"}
    assert labels == {
        "cause": "scar formation -> chronic pain",
        "symptom": "numbness in carpal tunnel syndrome",
        "treatment": "SCS for chronic pain",
        "recommendation": "physical therapy",
    }
    risk = next(g for g in group_claims(claims) if g.relation == "risk_factor")
    assert risk.label == "obesity -> knee pain (risk factor)"
    assert (risk.subject_concept_id, risk.object, risk.object_concept_id) == (None, "knee pain", None)
    scar = next(g for g in group_claims(claims) if g.subject_concept_id == "EV:scar")
    assert (scar.subject_concept_name, scar.object_concept_id, scar.object_concept_name) == (
        "Scar formation", "HP:0012532", "Chronic pain"
    )


def test_groups_are_ordered_by_sources_then_label_and_stable(build):
    claims = scar_claims(build) + [
        build.symptom("doc_a", "Leg pain is common.", "Leg pain"),
        build.symptom("doc_b", "Leg pain is frequent.", "Leg pain"),
        build.symptom("doc_c", "Back pain is frequent.", "Back pain"),
    ]
    groups = group_claims(claims)
    assert [(g.n_sources, g.label) for g in groups] == [
        (2, "epidural fibrosis -> chronic pain"),
        (2, "leg pain"),
        (1, "back pain"),
        (1, "not: epidural fibrosis -> chronic pain"),
    ]
    assert group_claims(claims[::-1]) == groups


def test_statistic_claims_are_not_grouped(build, fbss_claims):
    figures = [c for cs in fbss_claims.values() for c in cs if c.type == "statistic"]
    assert figures and group_claims(figures) == []
    assert len(group_claims(figures + scar_claims(build))) == 2


def test_an_unstated_effect_is_labelled_as_such(build):
    (group,) = group_claims([build.cause("doc_a", "Obesity is a risk factor.", "Obesity", None, relation="risk_factor")])
    assert (group.label, group.object) == ("obesity -> (unstated) (risk factor)", None)


def test_groups_validate_against_the_committed_schema(build):
    validator = Draft202012Validator(json.loads((SCHEMAS / "claim_group.schema.json").read_text(encoding="utf-8")))
    for group in group_claims(scar_claims(build)):
        validator.validate(json.loads(group.model_dump_json()))


def test_select_groups_by_type_document_and_sources(build):
    groups = group_claims(scar_claims(build) + [build.symptom("doc_c", "Leg pain is common.", "Leg pain")])
    assert [g.label for g in select_groups(groups, min_sources=2)] == ["epidural fibrosis -> chronic pain"]
    assert [g.type for g in select_groups(groups, type_="symptom")] == ["symptom"]
    assert {g.label for g in select_groups(groups, doc_id="doc_c")} == {"leg pain", "not: epidural fibrosis -> chronic pain"}


def test_a_group_record_is_built_from_a_stream_of_claims_as_from_the_list(build):
    """make_group takes its claims one at a time (the file check streams them from disk and
    keeps none): the record is the one the definitions over the whole list give."""
    from extract.consistency.groups import make_group
    from extract.consistency.statements import argument_name, arguments, best_certainty

    claims = scar_claims(build)[:4] + [build.cause("doc_d", "Scarring causes pain.", "Scarring", "pain")]
    record = make_group("k", iter(claims))
    assert (record.subject, record.subject_concept_id, record.subject_concept_name) == argument_name([arguments(c)[0] for c in claims])
    assert (record.object, record.object_concept_id, record.object_concept_name) == argument_name([arguments(c)[1] for c in claims])
    assert record.certainty == best_certainty(claims)
    assert record.claim_ids == sorted(c.claim_id for c in claims) and record.doc_ids == ["doc_a", "doc_b", "doc_d"]
    names = ["Scar formation", "Scarring", "Scarring"]  # none linked: the text most of them use
    texts = [build.cause(f"doc_{i}", f"{name} causes pain.", name, None) for i, name in enumerate(names)]
    assert make_group("k", iter(texts)).subject == argument_name([arguments(c)[0] for c in texts])[0] == "scarring"
