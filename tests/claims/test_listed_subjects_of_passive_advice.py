"""A list of things as the subject of passive advice ("Rest, ice and gentle stretching are recommended"): one
recommendation per item, and no extra item that runs from one item over the cue itself (session 23, gen16; dev23's
"Long-acting nitrates, ivabradine, nicorandil and ranolazine may be considered ..." gave "ranolazine may be considered").
Imperatives with examples ("Take simple painkillers such as paracetamol") keep their action. Sentences written for these
tests, about conditions no corpus covers."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def _recommendations(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "recommendation"]


@pytest.mark.parametrize(
    "sentence,items",
    [
        ("Rest, ice and gentle stretching are recommended for the first week.", ["Rest", "ice", "gentle stretching"]),
        ("Oral iron, intravenous iron and blood transfusion may be considered in severe anaemia.",
         ["Oral iron", "intravenous iron", "blood transfusion"]),
    ],
)
def test_each_item_once_and_no_item_over_the_cue(sentence: str, items: list[str]) -> None:
    found = _recommendations(sentence)
    for item in items:
        assert item in found, (item, found)
    assert not any(" are recommended" in a or " may be considered" in a for a in found), found


def test_an_imperative_with_examples_keeps_its_action() -> None:
    found = _recommendations("Take simple painkillers such as paracetamol or ibuprofen if you need them.")
    assert any(a.startswith("Take simple painkillers") for a in found), found
