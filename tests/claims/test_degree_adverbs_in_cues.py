"""A degree adverb between a cue's copula and its predicate ("is perfectly reasonable", "is really important to")
keeps the cue: the advice and its strength are those of the plain predicate. Sentences of our own."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, str]]:
    found, _ = find_relations(sentence, CUES, None)
    return [(sentence[m.subject[0] : m.subject[1]], m.strength) for m in found if m.kind == "recommendation"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Leaving a small skin tag alone is perfectly reasonable.", ("Leaving a small skin tag alone", "may")),
        ("Watchful waiting is entirely reasonable for a small hydrocele.", ("Watchful waiting", "may")),
        ("It is really important to keep the blister clean.", ("keep the blister clean", "should")),
    ],
)
def test_a_degree_adverb_keeps_the_cue(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in advice(sentence)
