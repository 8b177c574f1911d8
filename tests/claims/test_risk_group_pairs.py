"""Two groups of people joined by "and" or "or" where a risk group is named ("more common in military recruits and
dancers", "Smokers and heavy drinkers are at higher risk", "babies, pregnant women and older people are more
vulnerable"): a risk factor each, as a comma list of groups already was (CLAIMS_SPEC.md: one claim per listed item;
dev43's "military recruits and dancers" and dev53's "babies, pregnant women and older people" had one of the two
groups missed; gen51, session 32). Two things that are no people, and a group named by the first ("children and their
families", dev22's gold: one), stay as they were. Sentences written for these tests,
about other conditions."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hip fractures are more common in smokers and heavy drinkers.", ["smokers", "heavy drinkers"]),
        ("Stress fractures are even more common in army recruits and ballet dancers.", ["army recruits", "ballet dancers"]),
        ("Smokers and heavy drinkers are at higher risk.", ["Smokers", "heavy drinkers"]),
        ("Babies and older people are more vulnerable.", ["Babies", "older people"]),
        ("Anyone can catch flu, but toddlers, pregnant women and older people are more vulnerable.",
         ["toddlers", "pregnant women", "older people"]),
    ],
)
def test_two_groups_of_people_are_two_risk_factors(sentence: str, expected: list[str]) -> None:
    assert [c for c, _, r in causes(sentence) if r == "risk_factor"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sunburn is more common in sand and snow.", ["sand and snow"]),
        ("Blisters are more common in heat and humidity.", ["heat and humidity"]),
        ("Scabies is most common in nursery children and their parents.", ["nursery children and their parents"]),
    ],
)
def test_things_that_are_no_people_or_a_group_named_by_the_first_stay_one(sentence: str, expected: list[str]) -> None:
    assert [c for c, _, _ in causes(sentence)] == expected
