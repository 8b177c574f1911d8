"""A history of use names no treatment (session 34, gen56, probing a trial abstract's baseline and exclusion wording):
"prior use of biologics", "current use of anticoagulants" describe the people studied, no claim that the intervention
treats; "Regular use of emollients can prevent flares" stays a treatment.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from tests.claims.conftest import treatment_texts


def test_prior_use_in_baseline_characteristics_is_no_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "In this trial of psoriasis, baseline characteristics, including prior use of biologics, were similar between groups.")
    assert "biologics" not in found, found


def test_current_use_in_exclusion_criteria_is_no_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Exclusion criteria were pregnancy, a bleeding disorder and current use of anticoagulants.")
    assert "anticoagulants" not in found, found


def test_regular_use_that_helps_stays_a_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Regular use of emollients can prevent flares of atopic dermatitis.")
    assert any("emollients" in t for t in found), found
