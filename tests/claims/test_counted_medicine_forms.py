"""A bare medicine form or class word that a quantity word counts or picks ("one tablet a day", "a single chewable
tablet", "either drug", "just a capsule", "any remedy") is a dose or the ones named before, no treatment claim of its
own; the medicine it names stays one (gen47, session 31, from dev42's, dev48's and dev37's sentences, written anew
here). A form with a drug of its own ("a single fluconazole capsule") and a form without a quantity word ("An
injection can be offered") stay claims.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import treatment_texts


@pytest.mark.parametrize(
    "sentence,counted",
    [
        ("Gout: honestly, one tablet a day is a small price to pay for no more attacks.", "tablet"),
        ("Lichen sclerosus: it's just a cream you rub in, but you have to keep using it for months.", "cream"),
        ("Either drug is a sensible first choice for rosacea of the eyelids.", "drug"),
        ("Many warts vanish by themselves, which can make any remedy look as if it worked.", "remedy"),
        ("Pityriasis versicolor: a single capsule taken by mouth.", "single capsule"),
    ],
)
def test_a_counted_bare_form_is_no_treatment(plain, sentence: str, counted: str) -> None:  # noqa: ANN001
    assert counted not in treatment_texts(plain, sentence, "doc_counted_forms")


def test_a_form_with_a_drug_of_its_own_stays_a_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "In trials a single itraconazole capsule cleared tinea versicolor in most adults.", "doc_counted_forms")
    assert any("itraconazole" in t for t in found)
    found = treatment_texts(plain, "For shingles pain, an injection can be offered if tablets do not help.", "doc_counted_forms")
    assert "injection" in found


def test_the_grading_system_of_a_guideline_is_no_treatment(plain) -> None:  # noqa: ANN001
    text = ("Scabies in care homes: summary of the guideline\n\nEach recommendation was graded with the GRADE approach. "
            "We recommend permethrin cream for everyone in the home.")
    found = treatment_texts(plain, text, "doc_counted_forms")
    assert not [t for t in found if "GRADE" in t], found
    assert any("permethrin" in t for t in found), found
