"""Two readings of a causal verb that name no cause: a body site "involved in" attacks says where the condition strikes,
and an intervention that "causes less pain than" another states a compared benefit. Other subjects and a harm told as
"less blood" stay causes. Sentences of our own."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def causes(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, None)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "cause"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The wrist is involved in about a third of cases of pseudogout.",
        "Laser surgery usually causes less bleeding than a scalpel.",
        "Keyhole surgery leads to fewer complications.",
    ],
)
def test_a_site_or_a_compared_benefit_is_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("Genes are involved in some cases of vitiligo.", "Genes"),
        ("Narrowed arteries cause less blood to reach the feet.", "Narrowed arteries"),
        ("Heavy drinking leads to lower bone density.", "Heavy drinking"),
    ],
)
def test_other_causes_stay(sentence: str, cause: str) -> None:
    assert cause in causes(sentence)
