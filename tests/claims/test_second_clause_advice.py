"""Advice the rules had missed or split (session 28, dev43 at first sight): an imperative after the fronted condition
of a second clause ("..., but if the pain is getting worse, take a break and see a doctor"), "Leave X on ..." as an
imperative, and a relative clause's second verb, which is no second advice ("Wear shoes that fit well and leave room
for your toes"). Sentences written for these tests, about conditions no corpus covers."""

from tests.claims.conftest import argument_texts


def test_an_imperative_after_the_condition_of_a_second_clause(plain) -> None:  # noqa: ANN001
    sentence = "A little stiffness in the morning is normal, but if the knee locks, stop running and call the clinic."
    found = argument_texts(plain, sentence, "recommendation")
    assert "stop running" in found and "call the clinic" in found, found


def test_leave_opens_an_imperative(plain) -> None:  # noqa: ANN001
    found = argument_texts(plain, "Leave the lotion on the scalp for 10 minutes before rinsing.", "recommendation")
    assert any(a.startswith("Leave the lotion") for a in found), found


def test_a_relative_clauses_second_verb_is_no_second_advice(plain) -> None:  # noqa: ANN001
    found = argument_texts(plain, "Choose gloves that fit loosely and leave space at the fingertips.", "recommendation")
    assert len(found) == 1 and found[0].startswith("Choose gloves that fit loosely"), found
