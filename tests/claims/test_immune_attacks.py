"""The immune attack that defines an autoimmune condition, in a relative clause or after a colon, is a cause of the
condition named before it, as "X happens when the immune system attacks Y" already is (session 28; dev37's alopecia
forum and dev40's vitiligo news had it in their gold). A clause only set beside the kind ("In this autoimmune disease,
the immune system attacks ...") describes, as heldout2's hypothyroidism gold reads it. Sentences written for these
tests, about other conditions."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("My doctor said it's myasthenia gravis, an autoimmune condition where the immune system attacks the nerve-muscle junction.",
         [("immune system attacks the nerve-muscle junction", "myasthenia gravis", "causes")]),
        ("Pemphigus is an autoimmune disease: the immune system mistakenly attacks proteins that hold skin cells together, and blisters form.",
         [("immune system mistakenly attacks proteins that hold skin cells together", "Pemphigus", "causes")]),
        ("Graves' disease is an autoimmune disorder in which the immune system targets the thyroid gland.",
         [("immune system targets the thyroid gland", "Graves' disease", "causes")]),
    ],
)
def test_the_defining_immune_attack_is_a_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_an_attack_set_beside_the_kind_describes() -> None:
    assert causes("In this autoimmune disease, the immune system attacks the adrenal glands.") == []
