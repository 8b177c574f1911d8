"""An intervention named as what an outcome counts is no treatment claim: what a treatment spares ("reduced the need
for surgery", "lowers the risk of needing an operation"), an outcome measured in a trial ("duration of antibiotic
therapy") and a count coordinated with another outcome ("fewer admissions and operations") (session 29: 4 spurious
claims over 46 development corpora, none right lost). The treatment that spares it stays a claim. Sentences written
for these tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import argument_texts


@pytest.mark.parametrize(
    "sentence,gone,kept",
    [
        ("Early physiotherapy reduced the need for surgery in people with rotator cuff tears.", "surgery", "Early physiotherapy"),
        ("Steroid tablets lower the risk of relapse and of needing an operation.", "operation", "Steroid tablets"),
        ("Biologics were associated with fewer admissions and operations in people with psoriatic arthritis.", "operations",
         "Biologics"),
    ],
)
def test_what_a_treatment_spares_is_no_treatment(plain, sentence: str, gone: str, kept: str) -> None:  # noqa: ANN001
    found = argument_texts(plain, sentence, "treatment")
    assert gone not in found and kept in found, found


def test_a_trial_outcome_names_no_treatment(plain) -> None:  # noqa: ANN001
    sentence = "Secondary outcomes in the cellulitis trial were length of hospital stay, duration of antibiotic therapy and readmission."
    assert argument_texts(plain, sentence, "treatment") == []


def test_a_treatment_given_for_a_duration_stays(plain) -> None:  # noqa: ANN001
    sentence = "Antibiotic therapy for 10 days clears most cases of cellulitis."
    assert any(t.startswith("Antibiotic therapy") for t in argument_texts(plain, sentence, "treatment"))
