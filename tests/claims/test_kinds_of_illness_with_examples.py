"""A risk or cause bullet naming a general head of illness that a word makes a kind of its own, then its examples
("have a long-term kidney condition such as polycystic kidney disease"): the class is a cause as each example is
(CLAIMS_SPEC.md, session 17: "a skin condition such as eczema", "a long-term lung condition such as COPD": both), while
a general head with only a determiner, a length of time or the realm of health ("a long-term condition such as
diabetes", "an underlying medical condition") stands for its examples. dev8's cellulitis, the pneumonia leaflet and
dev44's gastritis leaflet had the class in their gold. Lines written for these tests, about other conditions."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.lists import bullet_item

CUES = load_relation_cues()


def items(line: str) -> list[str]:
    return [line[m.subject[0] : m.subject[1]] for m in bullet_item(line, "cause", CUES, None)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- have a long-term kidney condition such as polycystic kidney disease",
         ["long-term kidney condition", "polycystic kidney disease"]),
        ("- have another autoimmune disease, such as coeliac disease or lupus",
         ["autoimmune disease", "coeliac disease", "lupus"]),
        ("- a bowel disorder such as Crohn's disease", ["bowel disorder", "Crohn's disease"]),
    ],
)
def test_a_kind_of_illness_and_its_examples_are_causes(line: str, expected: list[str]) -> None:
    assert items(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- have a long-term condition such as kidney disease", ["kidney disease"]),
        ("- an underlying medical condition, such as sickle cell disease", ["sickle cell disease"]),
        ("- some health problems, such as an overactive thyroid", ["overactive thyroid"]),
    ],
)
def test_a_general_class_of_illness_stands_for_its_examples(line: str, expected: list[str]) -> None:
    assert items(line) == expected
