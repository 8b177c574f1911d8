"""A condition named as the subject of "is linked to" an exposure (stress, pressure, overuse, a gerund) has that exposure
as its cause, as when a pronoun names it (CLAIMS_SPEC.md, session 17: the cause is what comes first); a condition linked
to a disease or a mood keeps the order of the sentence. Sentences of our own."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()
CONDITIONS = {"bruxism", "hives", "cluster headache"}


def condition(text: str) -> bool:
    return text.lower() in CONDITIONS


def causes(sentence: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES, None, None, condition)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in found if m.kind == "cause"]


def test_exposures_a_condition_is_linked_to_are_its_causes() -> None:
    found = causes("Bruxism can also be linked to stress and high blood pressure.")
    assert ("stress", "Bruxism") in found
    assert ("high blood pressure", "Bruxism") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hives is linked to a higher risk of thyroid disease.", ("Hives", "thyroid disease")),
        ("Cluster headache is associated with depression.", ("Cluster headache", "depression")),
    ],
)
def test_what_follows_a_condition_keeps_the_order(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in causes(sentence)
