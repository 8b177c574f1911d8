"""An intervention named as what scarce evidence is of ("Long-term data on X remain limited", "randomised evidence
comparing X with Y is limited") is no treatment claim: the sentence says what is not known (session 29: 2 spurious
claims over 46 development corpora, none right lost). A treatment claim stays when the scarce evidence is a clause
of its own. Sentences written for these tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import argument_texts


@pytest.mark.parametrize(
    "sentence",
    [
        "Long-term data on botulinum toxin injections for anal fissure remain limited.",
        "Randomised evidence comparing surgery with watchful waiting in inguinal hernia is limited.",
    ],
)
def test_what_scarce_evidence_is_of_is_no_treatment(plain, sentence: str) -> None:  # noqa: ANN001
    assert argument_texts(plain, sentence, "treatment") == []


def test_a_treatment_with_a_scarce_evidence_clause_stays(plain) -> None:  # noqa: ANN001
    sentence = "Botulinum toxin injections heal most anal fissures, although long-term data are limited."
    assert "Botulinum toxin injections" in argument_texts(plain, sentence, "treatment")
