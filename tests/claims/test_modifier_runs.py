"""Several modifiers of one head (session 20, adj1): commas between adjectives or participles before one noun join no
list of findings ("a sharp, burning or shooting pain" is one finding, not "sharp", "burning" and "shooting pain"), while
findings named on their own stay apart ("fever, swollen glands", "vomiting, bleeding or abdominal pain").

The sentences are written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.phrases import split_items
from extract.claims.relations import find_relations

CUES = load_relation_cues(None)


def items(phrase: str) -> list[str]:
    return [phrase[s:e] for s, e in split_items(phrase, (0, len(phrase)), CUES)]


def symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, None)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a dull, throbbing ache behind the knee", ["dull, throbbing ache behind the knee"]),
        ("a thick, crusted patch", ["thick, crusted patch"]),
        ("hot, red, swollen toes", ["hot, red, swollen toes"]),
        ("a stabbing, burning or gnawing pain in the upper abdomen", ["stabbing, burning or gnawing pain in the upper abdomen"]),
        ("whistling, crackling or rattling noises", ["whistling, crackling or rattling noises"]),
        ("a tight or squeezing feeling", ["tight or squeezing feeling"]),
        ("a pale yellow or grey stool", ["pale yellow or grey stool"]),
    ],
)
def test_modifiers_of_one_head_are_one_item(phrase: str, expected: list[str]) -> None:
    assert items(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("fever, swollen glands", ["fever", "swollen glands"]),
        ("coughing, bleeding or abdominal pain", ["coughing", "bleeding", "abdominal pain"]),
        ("weight loss, sweating, enlarged glands", ["weight loss", "sweating", "enlarged glands"]),
        ("drowsy, confused or irritable", ["drowsy", "confused", "irritable"]),
        ("itching, burning or stinging", ["itching", "burning", "stinging"]),
        ("a cough, itchy skin", ["cough", "itchy skin"]),
        ("being tired, loud rooms and coffee", ["tired", "loud rooms", "coffee"]),
    ],
)
def test_findings_named_on_their_own_stay_apart(phrase: str, expected: list[str]) -> None:
    assert items(phrase) == expected


def test_a_bullet_of_several_modifiers_is_one_symptom() -> None:
    found = symptoms("Gout attacks usually cause a sudden, throbbing, burning pain in the big toe.")
    assert found == ["sudden, throbbing, burning pain in the big toe"]


def test_a_described_feeling_with_several_modifiers_is_one_symptom() -> None:
    found = symptoms("Many patients describe a prickling, itching or crawling feeling under the skin of the forearms.")
    assert found == ["prickling, itching or crawling feeling under the skin of the forearms"]


def test_two_modifiers_joined_by_or_in_a_comma_list_are_one_finding() -> None:
    found = symptoms("Early symptoms include a tingling or burning sensation, a headache and a high temperature.")
    assert found == ["tingling or burning sensation", "headache", "high temperature"]
