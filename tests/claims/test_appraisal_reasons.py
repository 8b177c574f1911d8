"""The reason a review gives for judging its studies ("at high risk of bias, mainly because of ...") is a flaw of
the studies, no cause of the condition (relations.json's appraisal_judgments); reasons of anything else stay causes."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence",
    [
        "Four trials were at high risk of bias, mainly because of unblinded outcome assessment.",
        "Two trials were at low risk of bias; three raised some concerns, chiefly because of open allocation and missing data.",
        "The certainty of the evidence was downgraded because of imprecision.",
    ],
)
def test_the_reason_for_an_appraisal_is_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


def test_a_reason_outside_an_appraisal_stays_a_cause() -> None:
    assert causes("Many children miss school because of asthma.") == [("asthma", "children miss school", "causes")]
    # the judgment belongs to its own clause: after a semicolon, a cause of the condition is read again
    assert causes("The trials raised some concerns; in children, wheezing is often due to viral infections.") == [
        ("viral infections", "wheezing", "causes")]
