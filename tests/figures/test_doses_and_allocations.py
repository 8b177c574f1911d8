"""Multiples of a dose or of a normal value, counts of sessions given as a range, allocation
ratios and '% predicted' are no statistics; the figures beside them stay."""

import pytest

from tests.figures.conftest import surfaces


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Your specialist may raise the gabapentin dose to three times the usual dose.", []),
        ("Doctors sometimes use up to twice the normal amount of antihistamine.", []),
        ("A ferritin level more than five times higher than normal points to haemochromatosis.", []),
        ("Children were randomised 2:1 to montelukast or placebo.", []),
        ("Adults with an FEV1 below 50% predicted were eligible.", []),
        ("Most people with a frozen jaw need four to six sessions of physiotherapy.", ["Most"]),
        # the statistics beside them
        ("Smokers are three times more likely to develop Crohn's disease.", ["three times"]),
        ("Between 2 and 3 million adults in the UK have the condition.", ["Between 2 and 3 million"]),
        ("Of 318 children randomised, 160 to montelukast and 158 to placebo, 12% withdrew.", ["318", "160", "158", "12%"]),
    ],
)
def test_doses_and_allocations(cues, sentence, kept):
    assert surfaces(sentence, cues) == kept
