"""An association with fewer or milder episodes names a protective factor, no cause (session 23, gen16; dev15's "Stay
active: regular exercise is linked to fewer attacks"), as an association with "a lower risk" already did (CLAIMS_SPEC.md,
session 18). An association with more or worse episodes stays a cause. Sentences written for these tests, about
conditions no corpus covers."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence",
    [
        "Regular swimming is linked to fewer asthma attacks in children.",
        "A diet rich in fibre is associated with less frequent flares of gout.",
        "Daily stretching has been linked to fewer and milder cramps.",
        "Good sleep is associated with shorter episodes of vertigo.",
    ],
)
def test_fewer_or_milder_episodes_name_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


@pytest.mark.parametrize(
    "sentence,cause",
    [
        ("Smoking is linked to more frequent attacks of gout.", "Smoking"),
        ("Heavy drinking is associated with a higher risk of pancreatitis.", "Heavy drinking"),
    ],
)
def test_more_or_worse_episodes_stay_causes(sentence: str, cause: str) -> None:
    assert [c for c, _, _ in causes(sentence)] == [cause]
