"""An apposition that names the class of the intervention just named is no second claim, also when
it says "a type (kind, form) of" the class or follows the intervention's bracketed short form:
"vestibular rehabilitation, a type of physiotherapy that ...", "balloon sinuplasty (BSP), a
minimally invasive procedure".

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import incidental_intervention

CUES = load_relation_cues()


def reason(sentence: str, mention: str, named: str) -> str | None:
    s, n = sentence.index(mention), sentence.index(named)
    return incidental_intervention(sentence, (s, s + len(mention)), CUES, (), [(n, n + len(named))])


@pytest.mark.parametrize(
    ("sentence", "mention", "named"),
    [
        ("You may be referred for pelvic floor training, a type of physiotherapy that strengthens the muscles.", "physiotherapy", "pelvic floor training"),
        ("Balloon sinuplasty (BSP), a minimally invasive procedure", "minimally invasive procedure", "Balloon sinuplasty"),
        ("Most children are offered grommets, a kind of surgery that is done as a day case.", "surgery", "grommets"),
    ],
)
def test_the_class_in_an_apposition_is_no_second_claim(sentence: str, mention: str, named: str) -> None:
    assert reason(sentence, mention, named) == "classifier"


def test_a_second_intervention_coordinated_after_a_comma_stays_a_claim() -> None:
    sentence = "The clinic offers pelvic floor training, a pessary fitting and surgery."
    assert reason(sentence, "surgery", "pelvic floor training") is None
