"""A gerund whose object is one adjective before a comma: the adjective modifies the next item's noun.

"passing dark, tarry stools" is one symptom; "feeling tired, weak legs" is two, since a copular
gerund's adjective is its whole complement. Sentences about conditions of our own choosing.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, None, None, None, None)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Symptoms of a bleeding ulcer include passing dark, tarry stools and feeling sick.",
         ["passing dark, tarry stools", "feeling sick"]),
        ("Signs of a bleed include vomiting blood or passing black, sticky poo.",
         ["vomiting blood", "passing black, sticky poo"]),
        ("Symptoms of a chest infection include coughing up thick, green phlegm and a high temperature.",
         ["coughing up thick, green phlegm", "high temperature"]),
    ],
)
def test_a_gerund_and_its_lone_adjective_take_the_next_noun(sentence: str, expected: list[str]) -> None:
    assert symptoms(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Symptoms of anaemia include feeling tired, weak legs and headaches.", ["feeling tired", "weak legs", "headaches"]),
        ("Symptoms of bowel cancer include passing blood, tummy pain and weight loss.",
         ["passing blood", "tummy pain", "weight loss"]),
    ],
)
def test_other_items_stay_apart(sentence: str, expected: list[str]) -> None:
    assert symptoms(sentence) == expected
