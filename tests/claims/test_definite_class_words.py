"""A dosage form or a procedure named by its class word after "the" ("how the operation works", "The drops can make
the eyes red", "stretch the capsule") is the one named before, or no intervention at all: no treatment claim of its
own, while the same word with a name of its own ("timolol drops", "a keyhole operation") stays one (session 28: 11
spurious claims over 44 development corpora, one right claim lost). Sentences written for these tests, about
conditions no corpus covers."""

import pytest

from tests.claims.conftest import argument_texts


@pytest.mark.parametrize(
    "sentence,gone",
    [
        ("Most patients said they would have the operation again.", "operation"),
        ("The spray can sting for a minute or two.", "spray"),
        ("The tendon sheath, not the capsule, is where the swelling starts.", "capsule"),
        ("Two years on, the injection group had more relapses.", "injection"),
    ],
)
def test_a_class_word_after_the_is_no_treatment(plain, sentence: str, gone: str) -> None:  # noqa: ANN001
    assert gone not in argument_texts(plain, sentence, "treatment")


@pytest.mark.parametrize(
    "sentence,kept",
    [
        ("Pilocarpine drops can make the pupils small.", "Pilocarpine drops"),
        ("Your surgeon may suggest an operation to release the tendon.", "operation"),
    ],
)
def test_a_named_form_stays_a_treatment(plain, sentence: str, kept: str) -> None:  # noqa: ANN001
    assert kept in argument_texts(plain, sentence, "treatment")


def test_what_advice_replaces_is_no_treatment(plain) -> None:  # noqa: ANN001
    """Session 28 (dev44): "Use X instead of Y or Z": Y and Z are what the advice replaces, advised against."""
    sentence = "If you have kidney disease, take paracetamol instead of ibuprofen or naproxen for a sore back."
    found = argument_texts(plain, sentence, "treatment")
    assert "ibuprofen" not in found and "naproxen" not in found, found


def test_a_comparison_in_a_report_keeps_its_arms(plain) -> None:  # noqa: ANN001
    found = argument_texts(plain, "In the trial, amitriptyline rather than pregabalin was given to 40 patients.", "treatment")
    assert "amitriptyline" in found, found
