"""A multiple of a risk written as one word ("five-fold", "several-fold", "2.5-fold") is part of the risk, whatever
the number: the people who have it are the risk factor, and the multiple is never a cause of its own."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Siblings of affected children have a five-fold higher risk of developing asthma.",
         [("Siblings of affected children", "asthma", "risk_factor")]),
        ("First-degree relatives of patients have a several-fold increased risk, and twin studies agree.",
         [("First-degree relatives of patients", None, "risk_factor")]),
        ("Smokers had a 2.5-fold higher risk of psoriasis.", [("Smokers", "psoriasis", "risk_factor")]),
        ("Men have a three-fold increased risk of kidney stones.", [("Men", "kidney stones", "risk_factor")]),
    ],
)
def test_a_multiple_of_the_risk_is_no_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected
