"""Advice whose predicate is only how the thing is done ("Tapering should be gradual", "Exercise should be gentle and
regular"): the advised thing is the subject, not the adjective (session 23, gen16; dev32's polymyalgia review). What
a condition or a finding "should be" ("The rash should be painless") is what to expect, no such advice. Sentences
written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def _recommendations(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "recommendation"]


@pytest.mark.parametrize(
    "sentence,action",
    [
        ("Weaning off steroids should be gradual.", "Weaning off steroids"),
        ("Rehabilitation after a hip fracture should be early and intensive.", "Rehabilitation after a hip fracture"),
        ("Rewarming should be slow.", "Rewarming"),
    ],
)
def test_the_subject_is_the_advice(sentence: str, action: str) -> None:
    assert _recommendations(sentence) == [action]


@pytest.mark.parametrize("sentence", ["Shingles should be painless after a month.", "Gastritis should be mild."])
def test_a_condition_that_should_be_so_is_no_advice_of_it(sentence: str) -> None:
    assert not any(a in ("Shingles", "Gastritis") for a in _recommendations(sentence))
