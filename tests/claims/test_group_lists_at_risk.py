"""A list of groups as the subject of "are at higher risk" / "are more likely to" (session 24, gen20; dev25's "Kids in
daycare, people who play contact sports such as wrestling, and anyone with a weakened immune system or diabetes are at
higher risk", dev29's "Children with a weak immune system, for example those having chemotherapy, are at higher risk",
dev33's "which is why surfers, fishermen, farmers and builders are at higher risk"):

* each group of the list is a risk factor of its own;
* a group named by what it has or does ("people who ...", "anyone with ...", "those having ...") is that trait, and the
  examples it names ("such as wrestling") are apart;
* a clause before "which is why" is no group, and a subject that is no list keeps its one reading;
* "X are (the) most likely to get / develop Y" names X as a group at risk (dev34's "Children aged 6 months to 3 years are
  most likely to get croup"), not "most likely to be caused by" or "to recover".

Sentences written for these tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence,groups",
    [
        ("Bakers, hairdressers and nurses are at higher risk of hand eczema.", ["Bakers", "hairdressers", "nurses"]),
        ("Cooks, people who work with raw fish such as sushi chefs, and anyone with diabetes are at higher risk.",
         ["Cooks", "work with raw fish", "sushi chefs", "diabetes"]),
        ("Adults with kidney disease, for example those having dialysis, are at higher risk of gout.",
         ["kidney disease", "dialysis"]),
        ("Pregnant women, people over 65 and anyone with a long-term illness are more likely to get seriously ill.",
         ["Pregnant women", "people over 65", "long-term illness"]),
        ("Dust from grain adds to the dose, which is why millers, bakers and farmers are at higher risk.",
         ["millers", "bakers", "farmers"]),
        ("People who are not vaccinated, or who travel abroad, are at higher risk.", ["not vaccinated", "travel abroad"]),
    ],
)
def test_each_group_of_a_list_is_a_risk_factor(sentence: str, groups: list[str]) -> None:
    found = [c for c, _, r in causes(sentence) if r == "risk_factor"]
    assert sorted(found) == sorted(groups)


@pytest.mark.parametrize(
    "sentence,groups",
    [
        ("Smokers are at higher risk.", ["Smokers"]),
        ("People with psoriasis are at higher risk of gout.", ["psoriasis"]),
    ],
)
def test_a_subject_that_is_no_list_keeps_its_reading(sentence: str, groups: list[str]) -> None:
    assert [c for c, _, r in causes(sentence) if r == "risk_factor"] == groups


@pytest.mark.parametrize(
    "sentence,groups",
    [
        ("Babies aged 2 to 6 months are most likely to get bronchiolitis.", ["Babies aged 2 to 6 months"]),
        ("Men over 40 are the most likely to develop gout.", ["Men over 40"]),
    ],
)
def test_the_group_most_likely_to_get_it(sentence: str, groups: list[str]) -> None:
    assert [c for c, _, r in causes(sentence) if r == "risk_factor"] == groups


@pytest.mark.parametrize(
    "sentence",
    ["The pain is most likely to be caused by a trapped nerve.", "Adults are most likely to recover within a week."],
)
def test_most_likely_of_no_getting_names_no_group(sentence: str) -> None:
    assert [c for c, _, r in causes(sentence) if r == "risk_factor"] == []


def test_one_group_whose_trait_has_commas_stays_one() -> None:
    # dev9's "People who spend time outdoors in wooded, brushy or grassy areas where ticks live are at higher risk"
    sentence = "People who work outdoors in hot, humid or dusty places where sandflies live are at higher risk."
    assert [c for c, _, r in causes(sentence) if r == "risk_factor"] == ["work outdoors in hot, humid or dusty places"]
