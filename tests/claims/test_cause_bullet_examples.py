"""A cause bullet's item and the things it names as its examples after "for example", "especially" or "particularly"
(session 21, gen12; CLAIMS_SPEC.md): each example is a cause as the item is; a clause, a time or a place names none; a
bare class named only for its examples is none. Sentences written for these tests, about other conditions than the
development corpora's."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.lists import bullet_item

CUES = load_relation_cues()


def items(line: str) -> list[str]:
    return [line[m.subject[0] : m.subject[1]] for m in bullet_item(line, "cause", CUES, None)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- repeated strain on the wrist, especially typing and gaming", ["repeated strain on the wrist", "typing", "gaming"]),
        ("- a recent viral illness, for example with glandular fever or measles",
         ["recent viral illness", "glandular fever", "measles"]),
        ("- liver damage, for example because of hepatitis or heavy drinking", ["liver damage", "hepatitis", "heavy drinking"]),
        ("- a narrowed urethra, for example from scarring", ["narrowed urethra", "scarring"]),
        ("- Caffeine, particularly strong coffee", ["Caffeine", "strong coffee"]),
        # a bare class named only for its examples is none
        ("- drinks, especially cola and energy drinks", ["cola", "energy drinks"]),
    ],
)
def test_examples_of_a_cause_bullet_are_causes(line: str, expected: list[str]) -> None:
    assert items(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- standing for long periods, especially on hard floors", ["standing for long periods"]),  # a place
        ("- pregnancy, particularly in the third trimester", ["pregnancy"]),  # a time
        ("- injuring the knee, for example by twisting it during sport", ["injuring the knee"]),  # a clause
        ("- losing a lot of blood, for example after childbirth", ["losing a lot of blood"]),
    ],
)
def test_a_clause_time_or_place_is_no_example(line: str, expected: list[str]) -> None:
    assert items(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a short aside in brackets before the examples is no end of the item (session 28, dev44's gastritis leaflet)
        ("- proton pump inhibitors (PPIs), such as omeprazole or lansoprazole", ["proton pump inhibitors", "omeprazole", "lansoprazole"]),
        ("- a viral infection (a cold), for example with a rhinovirus", ["viral infection", "rhinovirus"]),
    ],
)
def test_examples_after_a_bracketed_aside_are_causes(line: str, expected: list[str]) -> None:
    assert items(line) == expected


def test_a_bracket_without_examples_still_ends_the_item() -> None:
    assert items("- long-term steroid use (more than three months)") == ["long-term steroid use"]
