"""A cause named as a class with its usual examples after a comma (session 24, gen20; dev34's "Croup is usually caused
by a virus, most often the parainfluenza virus", dev23's "Most tonsillitis is caused by a virus, such as a cold or flu
virus", dev13's "Most cases are caused by bacteria, usually Streptococcus pneumoniae"): the class and each example are
causes (CLAIMS_SPEC.md: a class and its examples give a claim each). Sentences written for these tests, about
conditions no corpus covers. Two plural nouns joined by "and" after a verb of spreading or causing ("through coughs and
sneezes", dev23 and dev29) are two causes; "wear and tear" stays one."""

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


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Whooping cough spreads easily through coughs and sneezes.", ["coughs", "sneezes"]),
        ("Scabies is passed on by close contact, or through towels and sheets.", ["close contact", "towels", "sheets"]),
    ],
)
def test_two_plural_nouns_are_two_ways_it_spreads(sentence: str, expected: list[str]) -> None:
    assert [c for c, _, _ in causes(sentence, known=_unknown)] == expected


def test_a_pair_that_is_no_plural_pair_stays_one() -> None:
    assert [c for c, _, _ in causes("Osteoarthritis is caused by wear and tear on the joints.", known=_unknown)] == ["wear and tear on the joints"]
