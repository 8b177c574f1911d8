"""A cause or risk bullet whose one head noun has a coordinated complement names one thing (session 26): "a history of
drug or alcohol misuse", "a diet high in salt or animal protein" and "a family history of X or Y" are one cause each
(the development golds so; relations.json ``complement_heads``), while a list of things stays a list. Sentences
written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.lists import bullet_item

CUES = load_relation_cues()


def items(bullet: str) -> list[str]:
    return [bullet[m.subject[0] : m.subject[1]] for m in bullet_item(bullet, "risk_factor", CUES, None)]


@pytest.mark.parametrize(
    "bullet, expected",
    [
        ("• a history of rheumatic fever or endocarditis", ["history of rheumatic fever or endocarditis"]),
        ("• a diet low in calcium or vitamin D", ["diet low in calcium or vitamin D"]),
        ("• a family history of aortic aneurysm or Marfan syndrome", ["family history of aortic aneurysm or Marfan syndrome"]),
    ],
)
def test_a_coordinated_complement_is_one_item(bullet: str, expected: list[str]) -> None:
    assert items(bullet) == expected


def test_a_list_of_things_stays_a_list() -> None:
    assert items("• smoking or heavy drinking") == ["smoking", "heavy drinking"]
