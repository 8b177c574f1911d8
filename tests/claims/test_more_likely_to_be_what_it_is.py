""""More likely to be" what something is ("to be chickenpox", "to be cancer") or what causes it ("to be caused by an
infection") tells a diagnosis or a cause, no risk factor; "more likely to be diagnosed / affected" still does.
Sentences of our own."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def risk_factors(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, None)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "cause" and m.relation == "risk_factor"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A mole that bleeds or itches is more likely to be melanoma.",
        "A lump that grows quickly is more likely to be a cancer.",
        "Hip pain at night is more likely to be caused by an infection.",
    ],
)
def test_what_something_is_likely_to_be_is_no_risk_factor(sentence: str) -> None:
    assert risk_factors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Smokers are more likely to be diagnosed with gum disease.", "Smokers"),
        ("Men are more likely to be affected by gout than women.", "Men"),
    ],
)
def test_groups_more_likely_to_get_it_stay_risk_factors(sentence: str, group: str) -> None:
    assert group in risk_factors(sentence)
