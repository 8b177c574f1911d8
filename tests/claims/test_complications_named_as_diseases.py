"""What a cause or a condition "can cause" is a complication, caused, when the text names it as a disease in brackets
("cause inflammation of the pancreas (acute pancreatitis)") or it is a mood problem or a social burden ("real anxiety
and social isolation"): a cause claim, not a symptom (CLAIMS_SPEC.md: "a complication that is a disease of its own is
caused"; session 17, a mood problem the condition brings; "a burden on people is caused"). A finding it produces stays
a symptom ("burning and stinging"). Session 29, gen41, from dev6's gallstones leaflet and dev27's hyperhidrosis column,
whose complications were read as symptoms.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import CUES
from extract.claims.relations import find_relations


def _kinds(sentence: str) -> set[tuple[str, str]]:
    found, _ = find_relations(sentence, CUES, None, condition=lambda t: t.lower() == "vitiligo")
    return {(m.kind, sentence[(m.object if m.kind == "cause" else m.subject)[0] : (m.object if m.kind == "cause" else m.subject)[1]])
            for m in found if m.kind in ("cause", "symptom")}


@pytest.mark.parametrize(
    "sentence,effect",
    [
        ("However, a stone can get stuck and cause inflammation of the pancreas (acute pancreatitis).", "inflammation of the pancreas"),
        ("A stone can get stuck and cause inflammation of the bladder (cystitis).", "inflammation of the bladder"),
        ("Vitiligo can cause real anxiety.", "real anxiety"),
        ("Vitiligo can cause social isolation.", "social isolation"),
    ],
)
def test_a_complication_named_as_a_disease_or_a_burden_is_caused(sentence, effect) -> None:
    kinds = _kinds(sentence)
    assert ("cause", effect) in kinds
    assert ("symptom", effect) not in kinds


def test_a_finding_stays_a_symptom() -> None:
    assert ("symptom", "burning") in _kinds("Vitiligo can cause burning and stinging.")
