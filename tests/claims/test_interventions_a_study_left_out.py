"""Interventions a study says it did not evaluate, or leaves to trials to come, right after their names ("X and Y were
not evaluated and warrant randomised trials", "X was not assessed in this trial", "X warrants further study") are what
a study left out: no treatment claim (CLAIMS_SPEC.md, session 20; session 33, gen53, from dev55's cohort abstract).
An intervention the sentence says works stays a claim.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import treatment_texts


@pytest.mark.parametrize(
    "sentence,left_out",
    [
        ("Conclusions: Low-level laser therapy and extracorporeal shockwave therapy were not evaluated and warrant randomised trials.",
         "shockwave therapy"),
        ("Radiofrequency denervation of the facet joints was not evaluated, and warrants a larger trial.", "Radiofrequency denervation"),
    ],
)
def test_an_intervention_the_study_left_out_is_no_treatment(nlp, sentence: str, left_out: str) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, sentence)
    assert not any(left_out in f for f in found), found


def test_an_intervention_said_to_work_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "Extracorporeal shockwave therapy relieved heel pain in most patients.")
    assert any("shockwave therapy" in f for f in found), found
