"""An intervention that kills or removes what causes a condition treats it ("Permethrin cream kills the mites
and their eggs", "Cryotherapy removes the wart"): a treatment claim with the verb's clause as its effect; a condition
that kills is no treatment. Sentences written for these tests, about other conditions."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def _treatments(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "treatment"]


@pytest.mark.parametrize(("sentence", "intervention"), [
    ("Malathion lotion kills the lice and most of their eggs.", "Malathion lotion"),
    ("Laser surgery removes the thickened tissue.", "Laser surgery"),
])
def test_what_kills_or_removes_the_cause_is_a_treatment(sentence: str, intervention: str) -> None:
    assert _treatments(sentence) == [intervention]


def test_a_condition_that_kills_is_no_treatment() -> None:
    assert _treatments("Sepsis kills thousands of people every year.") == []
