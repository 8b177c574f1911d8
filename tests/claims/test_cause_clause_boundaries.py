"""What a cause cue finds is no cause when it sits in the situation of advice, explains why a sign shows, or is a
clause or summary after the named cause (session 12: dev11, dev13). The sentences are written for these tests."""

import pytest

from tests.claims.conftest import causes


def subjects(sentence: str) -> list[str]:
    return [c for c, _, _ in causes(sentence)]


def test_a_clause_after_the_named_cause_is_no_cause() -> None:
    found = subjects("The usual cause is gum disease, where the tissue around the teeth becomes infected.")
    assert found == ["gum disease"]


def test_a_summary_after_alternatives_is_no_cause() -> None:
    found = subjects("Hearing loss in older adults is usually the result of noise, ageing or both.")
    assert "both" not in " ".join(found) and "noise" in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a fronted if-clause of advice states the situation, not a cause
        "If your anaemia is caused by heavy periods, you may be offered hormone treatment.",
        "When the rash is caused by a fungus, an antifungal cream is used.",
        # why a sign someone notices shows
        "Many people notice their rings feel tight because of the swelling.",
    ],
)
def test_causes_in_the_situation_of_advice_or_of_a_sign_are_none(sentence: str) -> None:
    assert causes(sentence) == []


def test_a_second_verb_of_the_same_subject_keeps_the_subject() -> None:
    # "Cold weather can trigger it or make it worse": the weather, never the verb "trigger"
    found = subjects("Cold weather can trigger it or make it worse.")
    assert found and all("trigger" not in f for f in found) and "Cold weather" in found


def test_a_relative_clause_of_an_example_keeps_the_example() -> None:
    found = subjects("Bacteria such as staphylococcus and the streptococcus that causes strep throat are also common causes.")
    assert "streptococcus" in found and not any("strep throat" in f for f in found)
