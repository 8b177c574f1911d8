"""The argument spans the linker is given (issue 3): a concept is only as right as the phrase it is
asked about. Without the linker: the rules alone (extract.claims.relations.find_relations).

Sentences written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations


def relations(sentence: str, kind: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, load_relation_cues(None))
    return [
        (sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
        for m in found if m.kind == kind
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gout is not always caused by diet.", [("diet", "Gout")]),
        ("Eczema is never caused by poor hygiene.", [("poor hygiene", "Eczema")]),
        ("Psoriasis is not caused by an infection.", [("infection", "Psoriasis")]),
        ("Asthma is only rarely caused by a food allergy.", [("food allergy", "Asthma")]),
        ("Most back pain is not usually caused by a serious problem.", [("serious problem", "back pain")]),
    ],
)
def test_a_negated_or_hedged_passive_cause_keeps_its_effect(sentence: str, expected) -> None:  # noqa: ANN001
    # the negation is the assertion stage's to mark; the effect is the subject, not "not always"
    assert relations(sentence, "cause") == expected


def test_an_unnegated_passive_cause_is_unchanged() -> None:
    assert relations("Shingles is caused by the chickenpox virus.", "cause") == [("chickenpox virus", "Shingles")]


@pytest.mark.parametrize(
    ("sentence", "action", "population"),
    [
        ("Glaucoma is a serious eye condition that needs prompt treatment.", "prompt treatment", "Glaucoma"),
        ("Sepsis is a life-threatening condition that requires emergency treatment.", "emergency treatment", "Sepsis"),
        ("Lyme disease is an illness that needs antibiotics.", "antibiotics", "Lyme disease"),
    ],
)
def test_the_population_of_x_is_a_disease_that_requires_y_is_x(sentence: str, action: str, population: str) -> None:
    assert relations(sentence, "recommendation") == [(action, population)]


def test_a_disease_noun_without_a_named_subject_stays_as_found() -> None:
    found = relations("It is a condition that requires urgent surgery.", "recommendation")
    assert all(p != "It" for _, p in found)
    found = relations("People with a chronic condition that requires daily insulin should carry a card.", "recommendation")
    assert all(p is None or not p.startswith("People with a chronic condition that") or "People" in p for _, p in found)


@pytest.mark.parametrize(
    ("sentence", "condition", "symptoms"),
    [
        ("Gout is a painful condition that causes sudden swelling of a joint.", "Gout", ["sudden swelling of a joint"]),
        ("Rosacea is a long-term skin condition that causes redness of the face.", "Rosacea", ["redness of the face"]),
        ("Shingles is a viral illness that causes a painful rash.", "Shingles", ["painful rash"]),
    ],
)
def test_the_condition_of_x_is_a_condition_that_causes_y_is_x(sentence: str, condition: str, symptoms: list[str]) -> None:
    found = relations(sentence, "symptom")
    assert [s for s, _ in found] == symptoms
    assert {c for _, c in found} == {condition}


def test_a_condition_noun_without_a_named_subject_stays_the_condition() -> None:
    # nothing names the condition in the sentence: the phrase as found, for the page to resolve
    assert relations("It is a condition that causes joint pain.", "symptom") == [("joint pain", "condition")]
    assert relations("A stone that moves into the ureter usually causes pain.", "symptom") == [
        ("pain", "stone that moves into the ureter")
    ]
