"""Causes whose verb is split by a pronoun object ("can set it off", "can bring one on") and causes named as a class
and its examples in the second clause of a sentence ("..., and strong smells such as X can trigger it"), session 21,
gen12. Sentences written for these tests, about other conditions than the development corpora's."""

import pytest

from tests.claims.conftest import causes


def subjects(sentence: str) -> list[str]:
    return sorted(c for c, _, _ in causes(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sudden changes in temperature can set it off.", ["Sudden changes in temperature"]),
        ("A cold draught on the face can also set one off.", ["cold draught on the face"]),
        ("Bright light and loud noise can bring it on, although not in everyone.", ["Bright light", "loud noise"]),
    ],
)
def test_a_split_particle_verb_names_a_cause(sentence: str, expected: list[str]) -> None:
    assert subjects(sentence) == sorted(expected)


def test_a_bare_verb_before_a_split_particle_verb_is_no_cause() -> None:
    assert subjects("Steer clear of anything you know sets it off.") == []


def test_class_and_examples_in_a_second_clause() -> None:
    sentence = "Cold weather can make it worse, and certain foods such as aged cheese and red wine can trigger an attack."
    assert "aged cheese" in subjects(sentence) and "red wine" in subjects(sentence)
    assert "aged cheese and red wine" not in subjects(sentence)


def test_a_list_with_a_serial_comma_is_no_second_clause() -> None:
    assert subjects("Dust, mould, and strong smells such as bleach can trigger an attack.") == sorted(
        ["Dust", "mould", "strong smells", "bleach"])
