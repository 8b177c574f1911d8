"""The examples of a recommended class joined by "or" (session 24, gen20; dev32's "Take simple painkillers such as
paracetamol or ibuprofen if you need them", dev5's "... tests of your stomach and bowel, such as a gastroscopy or
colonoscopy"): each example is a recommendation of its own, as examples joined by commas and "and" already are
(CLAIMS_SPEC.md: a class and its examples give a claim each). Sentences written for these tests, about conditions no
corpus covers."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence, examples",
    [
        ("Take an antihistamine such as cetirizine or loratadine if the itch keeps you awake.", ["cetirizine", "loratadine"]),
        ("Use a barrier cream such as zinc oxide or petroleum jelly.", ["zinc oxide", "petroleum jelly"]),
        ("Ask about a scan, such as an ultrasound or a CT scan.", ["ultrasound", "CT scan"]),
        # two joined by "and" after a negative verb: each advised against (dev26's "avoid contact sports such as rugby and hockey")
        ("Pupils should avoid contact sports such as judo and boxing for a month.", ["judo", "boxing"]),
    ],
)
def test_each_alternative_example_is_advised(sentence: str, examples: list[str]) -> None:
    got = advice(sentence)
    assert all(e in got for e in examples)


def test_modifiers_of_one_example_stay_one() -> None:
    assert "hot or cold packs" in advice("Use a compress, such as hot or cold packs.")
