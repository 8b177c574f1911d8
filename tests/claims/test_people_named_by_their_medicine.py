"""People named by a medicine they take, in a clause that says where a risk is higher or that opens a subgroup ("the
risk was highest in those aged over 75 who were also taking anticoagulant drugs", "In a subgroup of patients taking
antiplatelet drugs, ..."), are who the finding is about: the medicine is no treatment claim (session 33, gen53, from the
development gold of dev39's and dev44's abstracts). Where an outcome is better in people who took an intervention, the
intervention is what the sentence says works, and stays a claim.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import treatment_texts


@pytest.mark.parametrize(
    "sentence,medicine",
    [
        ("In a subgroup of 180 patients taking antiplatelet drugs, wound infection was also reduced with the silver dressing.", "antiplatelet"),
        ("Bleeding after tooth extraction was uncommon, and the risk was highest in those aged over 75 who were also taking anticoagulant drugs.",
         "anticoagulant"),
    ],
)
def test_a_medicine_that_names_the_people_of_a_risk_or_a_subgroup_is_no_treatment(nlp, sentence: str, medicine: str) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, sentence)
    assert not any(medicine in f for f in found), found


def test_people_who_took_an_intervention_with_a_better_outcome_keep_it(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "Pain after knee surgery was less common in patients who received a nerve block.")
    assert any("nerve block" in f for f in found), found
