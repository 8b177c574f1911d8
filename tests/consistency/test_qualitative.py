"""Opposing qualitative claims across documents (conflict kind ``opposing_claims``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from extract.consistency import check_claims, check_qualitative

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
SCAR = ("Scar tissue", "EV:epidural_fibrosis", "Epidural fibrosis")
PAIN = ("chronic pain", "HP:0012532", "Chronic pain")
LABELS = {"doc_a": "a.txt", "doc_b": "b.txt", "doc_c": "c.txt"}


def conflicts(claims, **kwargs):
    found, _coverage = check_qualitative(claims, labels=LABELS, **kwargs)
    return found


def pairs(claims, **kwargs):
    return [sorted(c.claim_ids) for c in conflicts(claims, **kwargs)]


def test_a_claim_affirmed_in_one_document_and_negated_in_another_is_flagged(build):
    yes = build.cause("doc_a", "Scar tissue causes chronic pain.", SCAR, PAIN)
    no = build.cause("doc_b", "Scar tissue does not cause chronic pain.", SCAR, PAIN, negated=True)
    (c,) = conflicts([yes, no])
    assert (c.kind, c.severity) == ("opposing_claims", "high")
    assert c.claim_ids == [yes.claim_id, no.claim_id]
    assert "a.txt" in c.explanation and "b.txt" in c.explanation
    assert yes.evidence.quote in c.explanation and no.evidence.quote in c.explanation
    assert c.measure == "epidural fibrosis -> chronic pain"
    assert [(s.claim_id, s.doc_id, s.polarity) for s in c.statements] == [
        (yes.claim_id, "doc_a", "affirmed"),
        (no.claim_id, "doc_b", "negated"),
    ]


def test_a_treatment_that_helps_and_one_that_does_not(build):
    yes = build.treatment("doc_a", "Physical therapy helps knee pain.", "Physical therapy", "knee pain", effect="helps")
    no = build.treatment("doc_b", "Physical therapy does not help knee pain.", "Physical therapy", "knee pain", negated=True)
    assert pairs([yes, no]) == [sorted([yes.claim_id, no.claim_id])]


def test_a_recommendation_for_and_one_against(build):
    yes = build.recommendation("doc_a", "Patients with back pain should use opioids.", "opioids", "back pain")
    no = build.recommendation("doc_b", "Avoid opioids for back pain.", "opioids", "back pain", against=True)
    (c,) = conflicts([yes, no])
    assert c.claim_ids == [yes.claim_id, no.claim_id]
    assert "a.txt recommends opioids" in c.explanation and "b.txt recommends against opioids" in c.explanation


def test_a_leading_avoid_makes_a_recommendation_one_against(build):
    yes = build.recommendation("doc_a", "Bed rest is recommended.", "Bed rest")
    no = build.recommendation("doc_b", "It is important to avoid bed rest.", "avoid bed rest")
    (c,) = conflicts([yes, no])
    assert [s.polarity for s in c.statements] == ["affirmed", "negated"]


@pytest.mark.parametrize(
    "a_first,b_first",
    [
        (("Conservative care should be tried before surgery.", "Conservative care", "surgery"),
         ("Surgery should be performed before conservative care.", "Surgery", "conservative care")),
        (("Try physical therapy rather than spine surgery.", "physical therapy", "spine surgery"),
         ("Surgery is preferred over physical therapy.", "Surgery", "physical therapy")),
    ],
    ids=["before", "rather than / over, spine surgery as surgery"],
)
def test_opposite_orders_of_recommendations_are_flagged(build, a_first, b_first):
    a = build.recommendation("doc_a", a_first[0], a_first[1], instead_of=a_first[2])
    b = build.recommendation("doc_b", b_first[0], b_first[1], instead_of=b_first[2])
    (c,) = conflicts([a, b])
    assert sorted(c.claim_ids) == sorted([a.claim_id, b.claim_id])
    assert "opposite order" in c.explanation


def test_one_action_first_and_another_before_it(build):
    first = build.recommendation("doc_a", "Surgery should be the first option.", "Surgery")
    before = build.recommendation("doc_b", "Conservative care should come before surgery.", "Conservative care", instead_of="surgery")
    (c,) = conflicts([first, before])
    assert c.claim_ids == [first.claim_id, before.claim_id]
    assert "a.txt recommends surgery first" in c.explanation
    assert "b.txt recommends conservative care over surgery" in c.explanation


@pytest.mark.parametrize(
    "make_other",
    [
        lambda b: b.cause("doc_b", "Scar tissue does not cause back pain.", SCAR, "back pain", negated=True),
        lambda b: b.cause("doc_b", "Smoking does not cause chronic pain.", "Smoking", PAIN, negated=True),
        lambda b: b.cause("doc_b", "Scar tissue can cause chronic pain.", SCAR, PAIN),
        lambda b: b.cause("doc_a", "But scar tissue does not cause chronic pain.", SCAR, PAIN, negated=True),
        lambda b: b.cause("doc_b", "If scar tissue did not cause chronic pain ...", SCAR, PAIN, negated=True, hypothetical=True),
        lambda b: b.symptom("doc_b", "Scar tissue is not a symptom of chronic pain.", SCAR, PAIN, negated=True),
    ],
    ids=["different object", "different subject", "same polarity", "same document", "hypothetical", "different type"],
)
def test_claims_that_do_not_oppose_are_not_flagged(build, make_other):
    yes = build.cause("doc_a", "Scar tissue causes chronic pain.", SCAR, PAIN)
    assert conflicts([yes, make_other(build)]) == []


@pytest.mark.parametrize(
    "claims",
    [
        lambda b: [
            b.recommendation("doc_a", "Conservative care should be tried before surgery.", "Conservative care", instead_of="surgery"),
            b.recommendation("doc_b", "Try conservative care before surgery.", "conservative care", instead_of="surgery"),
        ],
        lambda b: [
            b.recommendation("doc_a", "Conservative care should be tried before surgery.", "Conservative care", instead_of="surgery"),
            b.recommendation("doc_b", "Avoid surgery.", "surgery", against=True),
        ],
        lambda b: [
            b.recommendation("doc_a", "Physical therapy should be tried first.", "Physical therapy"),
            b.recommendation("doc_b", "Injections should be tried first.", "Injections"),
        ],
        lambda b: [
            b.recommendation("doc_a", "Opioids should be avoided in children.", "Opioids", "children", against=True),
            b.recommendation("doc_b", "Opioids should be used for cancer pain.", "Opioids", "cancer pain"),
        ],
    ],
    ids=["same order", "A over B and against B", "two different firsts", "different populations"],
)
def test_recommendations_that_agree_or_differ_in_population_are_not_flagged(build, claims):
    assert conflicts(claims(build)) == []


def test_a_cause_denied_with_a_stronger_relation_leaves_a_weaker_one_standing(build):
    risk = build.cause("doc_a", "Smoking is a risk factor for back pain.", "Smoking", "back pain", relation="risk_factor")
    not_cause = build.cause("doc_b", "Smoking does not cause back pain.", "Smoking", "back pain", negated=True)
    not_linked = build.cause(
        "doc_c", "Smoking is not associated with back pain.", "Smoking", "back pain", relation="associated_with", negated=True
    )
    flagged = pairs([risk, not_cause, not_linked])
    assert flagged == [sorted([risk.claim_id, not_linked.claim_id])]


@pytest.mark.parametrize(
    "yes_flags,no_flags,severity",
    [({}, {}, "high"), ({"certainty": "possible", "hedged": True}, {}, "medium"), ({"hedged": True}, {"hedged": True}, "low")],
)
def test_severity_follows_how_firmly_both_sides_assert(build, yes_flags, no_flags, severity):
    yes = build.cause("doc_a", "Scar tissue causes chronic pain.", SCAR, PAIN, **yes_flags)
    no = build.cause("doc_b", "Scar tissue does not cause chronic pain.", SCAR, PAIN, negated=True, **no_flags)
    (c,) = conflicts([yes, no])
    assert c.severity == severity


def test_a_document_stating_a_claim_twice_is_flagged_once(build):
    claims = [
        build.cause("doc_a", "Scar tissue causes chronic pain.", SCAR, PAIN),
        build.cause("doc_a", "Again: Scar tissue causes chronic pain.", SCAR, PAIN),
        build.cause("doc_b", "Scar tissue does not cause chronic pain.", SCAR, PAIN, negated=True),
        build.cause("doc_c", "Scar tissue does not cause chronic pain at all.", SCAR, PAIN, negated=True),
    ]
    found, coverage = check_qualitative(claims)
    assert len(found) == 2  # a vs b, a vs c
    assert all(claims[0].claim_id in c.claim_ids or claims[1].claim_id in c.claim_ids for c in found)
    assert coverage == {"qualitative_claims_examined": 4, "qualitative_claims_compared": 4, "qualitative_pairs_compared": 5}


def test_claims_without_an_object_are_too_vague_to_oppose(build):
    yes = build.treatment("doc_a", "Physical therapy helps.", "Physical therapy")
    no = build.treatment("doc_b", "We do not offer physical therapy.", "Physical therapy", negated=True)
    assert conflicts([yes, no]) == []


def test_recommendations_are_compared_only_within_a_topic(build):
    yes = build.recommendation("doc_a", "Surgery should be tried first.", "Surgery")
    no = build.recommendation("doc_b", "Avoid surgery.", "surgery", against=True)
    same = {"doc_a": ("knee", "osteoarthr", "cartilag"), "doc_b": ("knee", "osteoarthr", "joint")}
    other = {"doc_a": ("knee", "osteoarthr", "cartilag"), "doc_b": ("migrain", "headach", "aura")}
    assert len(conflicts([yes, no], topics=same)) == 1
    assert conflicts([yes, no], topics=other) == []


def test_never_stop_taking_is_a_recommendation_for(build):
    keep = build.recommendation("doc_a", "You should never stop taking statins.", "stop taking statins", against=True)
    stop = build.recommendation("doc_b", "Statins are not recommended.", "Statins", against=True)
    (c,) = conflicts([keep, stop])
    assert [s.polarity for s in c.statements] == ["affirmed", "negated"]
    assert c.statements[0].label == "statins"


def test_conflict_ids_are_stable_across_runs_and_input_order(build):
    claims = [
        build.cause("doc_a", "Scar tissue causes chronic pain.", SCAR, PAIN),
        build.cause("doc_b", "Scar tissue does not cause chronic pain.", SCAR, PAIN, negated=True),
        build.recommendation("doc_a", "Conservative care should be tried before surgery.", "Conservative care", instead_of="surgery"),
        build.recommendation("doc_c", "Surgery should be performed before conservative care.", "Surgery", instead_of="conservative care"),
    ]
    first = conflicts(claims)
    assert len(first) == 2
    assert conflicts(claims) == first
    assert [c.conflict_id for c in conflicts(claims[::-1])] == [c.conflict_id for c in first]


def test_check_claims_reports_opposing_claims_with_the_figures(build, fbss_claims):
    figures = [c for cs in fbss_claims.values() for c in cs if c.type == "statistic"]
    yes = build.cause("doc_a", "Scar tissue causes chronic pain.", SCAR, PAIN)
    no = build.cause("doc_b", "Scar tissue does not cause chronic pain.", SCAR, PAIN, negated=True)
    result = check_claims(figures + [yes, no], labels=LABELS)
    kinds = [c.kind for c in result.conflicts]
    assert kinds.count("opposing_claims") == 1 and len(kinds) > 1
    assert result.coverage["qualitative_claims_examined"] == 2 and result.coverage["figures_compared"] > 0
    validator = Draft202012Validator(json.loads((SCHEMAS / "conflict.schema.json").read_text(encoding="utf-8")))
    for conflict in result.conflicts:
        validator.validate(json.loads(conflict.model_dump_json()))
