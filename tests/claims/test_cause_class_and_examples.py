"""A cause named as a class with its usual examples after a comma (session 24, gen20; dev34's "Croup is usually caused
by a virus, most often the parainfluenza virus", dev23's "Most tonsillitis is caused by a virus, such as a cold or flu
virus", dev13's "Most cases are caused by bacteria, usually Streptococcus pneumoniae"): the class and each example are
causes (CLAIMS_SPEC.md: a class and its examples give a claim each). Sentences written for these tests, about
conditions no corpus covers."""

import pytest

from tests.claims.conftest import causes


def _unknown(text: str) -> bool:
    """A vocabulary that knows none of the words (the pipeline always passes one)."""
    return False


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Impetigo is usually caused by bacteria, most often Staphylococcus aureus.", ["bacteria", "Staphylococcus aureus"]),
        ("Ringworm is caused by a fungus, usually Trichophyton rubrum.", ["fungus", "Trichophyton rubrum"]),
        ("Otitis externa is usually caused by an infection, such as a fungus or a bacterium.", ["infection", "fungus", "bacterium"]),
    ],
)
def test_the_class_and_each_example_are_causes(sentence: str, expected: list[str]) -> None:
    assert [c for c, _, _ in causes(sentence, known=_unknown)] == expected


def test_an_item_with_no_examples_stays_one() -> None:
    assert [c for c, _, _ in causes("Gout is caused by a build-up of uric acid, which forms crystals in the joint.", known=_unknown)] == ["build-up of uric acid"]
