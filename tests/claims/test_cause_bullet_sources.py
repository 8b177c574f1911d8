"""A cause bullet that names a harm and a list of where it comes from ("Nerve damage from diabetes or a stroke", dev39's
hammer toe page; "Nerve damage from stroke, multiple sclerosis, ...", dev20's overactive bladder page): the harm and every
source are causes, the first source too, which was read as part of the harm; a single source stays one item. Lines
written for these tests, about other conditions than the development corpora's."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.lists import bullet_item

CUES = load_relation_cues()


def items(line: str) -> list[str]:
    return [line[m.subject[0] : m.subject[1]] for m in bullet_item(line, "cause", CUES, None)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Joint damage from gout or an old injury", ["Joint damage", "gout", "old injury"]),
        ("- Lung damage from asbestos, silica or coal dust", ["Lung damage", "asbestos", "silica", "coal dust"]),
    ],
)
def test_each_source_of_a_harm_is_a_cause(line: str, expected: list[str]) -> None:
    assert items(line) == expected


def test_a_single_source_stays_one_item() -> None:
    assert items("- Dehydration from vomiting") == ["Dehydration from vomiting"]
