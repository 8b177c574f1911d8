"""Two constructions of care (session 20, adj1). "X can be used to relieve Y" (any modal before "be used to", and the
verbs of relief "ease", "soothe", "control", "maintain") names X a treatment, as "X is used to treat Y" does. "People
with Y need to be seen urgently" is advice by a passive of care (CLAIMS_SPEC, session 19): a recommendation whose
subject is the care and whose object the people, no treatment claim; things that "need to be treated" are no advice.

The sentences are written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues(None)


def claims(sentence: str, kind: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES, None)
    return [
        (sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
        for m in found
        if m.kind == kind
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Calamine lotion can be used to relieve the itching of chickenpox.", "Calamine lotion"),
        ("Emollients may be used to soothe cracked heels.", "Emollients"),
        ("Nasal sprays are used to ease a blocked nose.", "Nasal sprays"),
        ("Beta blockers can be used to control the shaking of an overactive thyroid.", "Beta blockers"),
    ],
)
def test_what_can_be_used_to_relieve_a_finding_is_a_treatment(sentence: str, expected: str) -> None:
    assert expected in [s for s, _ in claims(sentence, "treatment")]


def test_what_is_used_to_confirm_a_diagnosis_is_no_treatment() -> None:
    assert claims("A blood test can be used to confirm the diagnosis of mumps.", "treatment") == []


@pytest.mark.parametrize(
    ("sentence", "care", "people"),
    [
        ("Toddlers with a barking cough and noisy breathing need to be seen urgently.", "seen urgently",
         "Toddlers with a barking cough and noisy breathing"),
        ("Older adults with a swollen, hot joint also need to be checked by a GP the same day.",
         "checked by a GP the same day", "Older adults with a swollen, hot joint"),
    ],
)
def test_people_who_need_to_be_seen_are_advised(sentence: str, care: str, people: str) -> None:
    assert (care, people) in claims(sentence, "recommendation")
    assert claims(sentence, "treatment") == []


def test_things_that_need_to_be_treated_are_no_advice() -> None:
    assert claims("Ulcers that bleed need to be treated in hospital.", "recommendation") == []
