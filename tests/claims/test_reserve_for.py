"""Clinicians who "(would) reserve X for Y" advise X for those people only (session 23, gen16; dev32's "We would reserve
these biologics for patients who relapse repeatedly despite methotrexate"): a recommendation of strength `may` for
them and a treatment claim of X; the verb is no modifier of the intervention ("reserve surgery" was the treatment).
Sentences written for these tests, about conditions no corpus covers."""

import pytest

import extract
from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


@pytest.mark.parametrize(
    "sentence,action,whom",
    [
        ("We would reserve surgery for children whose symptoms persist after a year.", "surgery",
         "children whose symptoms persist after a year"),
        ("Most surgeons reserve spinal fusion for patients with instability.", "spinal fusion", "patients with instability"),
    ],
)
def test_reserve_for_people_is_advice_for_them(sentence: str, action: str, whom: str) -> None:
    found, _ = find_relations(sentence, CUES)
    recs = [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None, m.strength)
            for m in found if m.kind == "recommendation"]
    assert (action, whom, "may") in recs


def test_the_reserved_intervention_is_a_treatment_without_the_verb() -> None:
    nlp = extract.load(link=False, progress=False)
    doc = nlp("Most surgeons reserve spinal fusion for patients with instability.")
    assert [c.intervention.text for c in doc._.claims if c.type == "treatment"] == ["spinal fusion"]


def test_a_reserve_supply_is_no_advice_of_reserving() -> None:
    found, _ = find_relations("Keep a reserve supply of inhalers at school.", CUES)
    assert not any((m.cue or "").endswith("reserve") for m in found if m.kind == "recommendation")
