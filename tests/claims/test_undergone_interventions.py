"""An intervention the people of a sentence have had, when the sentence says harm lasts or follows
("people who have an operation on their knee go on to have long-lasting pain", "... who have had
hip surgery end up with a limp"), is their history, no treatment claim; the same relative clause
with an outcome that is no harm stays one.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from tests.claims.test_treatments import reason  # why treatments.incidental_intervention drops a mention


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("About 1 in 5 people who have an operation on their knee go on to have long-lasting pain.", "operation"),
        ("Some patients who have had shoulder surgery end up with a stiff joint.", "surgery"),
        ("Children who received radiotherapy to the neck still have a higher risk of thyroid problems.", "radiotherapy"),
    ],
)
def test_an_intervention_undergone_before_lasting_harm_is_history(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) == "cause"


def test_an_intervention_undergone_with_a_good_outcome_is_left_to_the_treatment_rules() -> None:
    assert reason("Most people who have an operation on their knee walk without pain within a year.", "operation") != "cause"
