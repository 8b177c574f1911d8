"""Causes named in a comparative ellipsis after a clause that states a cause ("Stress can make the itching worse, as
can hot baths"; "A fall is a common cause, as is heavy lifting"; "Babies are more vulnerable, as are people with heart
disease"): each item after "as" and its auxiliary is a cause with the relation and effect of the cause before it
(gen51, session 32, from dev53's first sight). A group that is more susceptible, prone or vulnerable with the condition
left implicit ("Women are more susceptible than men") is a risk group, as "more susceptible to X" was. Sentences
written for these tests, about other conditions."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Stress can make the itching worse, as can hot baths.",
         [("Stress", "itching", "causes"), ("hot baths", "itching", "causes")]),
        ("Alcohol can trigger an attack of gout, as can some cheeses and red wine.",
         [("Alcohol", "attack of gout", "causes"), ("cheeses", "attack of gout", "causes"), ("red wine", "attack of gout", "causes")]),
        ("Stress is a common trigger, as are changes in the weather.",
         [("Stress", None, "causes"), ("changes in the weather", None, "causes")]),
        ("Psoriasis is linked to heart disease, as is eczema.",
         [("Psoriasis", "heart disease", "associated_with"), ("eczema", "heart disease", "associated_with")]),
        ("Older adults are more vulnerable to heatstroke, as are people with diabetes.",
         [("Older adults", "heatstroke", "risk_factor"), ("diabetes", "heatstroke", "risk_factor")]),
    ],
)
def test_the_items_of_a_comparative_ellipsis_are_causes_too(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Smoking raises the risk of gum disease, as is well known.",
        "Stress can make eczema worse, as can happen with many skin conditions.",
        "Smoking raises the risk of gum disease, as do most other habits.",
    ],
)
def test_a_clause_of_manner_or_a_vague_class_after_as_adds_no_cause(sentence: str) -> None:
    assert len(causes(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Women are more susceptible than men.", [("Women", None, "risk_factor")]),
        ("Toddlers are more vulnerable, because their airways are narrow.", [("Toddlers", None, "risk_factor")]),
    ],
)
def test_a_group_more_susceptible_with_the_condition_implicit_is_a_risk_group(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected
