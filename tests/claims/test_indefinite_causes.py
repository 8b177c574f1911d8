"""A cause named by "anything" or "something" with the clause that says what it is ("Rosacea is not caused by
anything you ate"): the clause is the cause, denied when the sentence denies it; a second cause after the clause,
its preposition repeated, is a cause of its own. Sentences written for these tests (session 26, gen30)."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "cause", "effect"),
    [
        ("Rosacea is not caused by anything you ate.", "anything you ate", "Rosacea"),
        ("Eczema is not caused by anything you or your child did wrong, and it is not contagious.",
         "anything you or your child did wrong", "Eczema"),
        ("Psoriasis is not contagious and is not caused by anything a person eats.", "anything a person eats", "Psoriasis"),
    ],
)
def test_an_indefinite_with_its_clause_is_the_cause(sentence: str, cause: str, effect: str) -> None:
    assert causes(sentence) == [(cause, effect, "causes")]


def test_the_indefinite_cause_is_denied(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, "Rosacea\n\nRosacea is not caused by anything you ate.\n", "doc_rosacea"))
    assert {(c.cause.text, c.assertion.negated) for c in doc._.claims if c.type == "cause"} == {("anything you ate", True)}


def test_a_cause_after_the_clause_with_its_preposition_repeated_is_one_of_its_own() -> None:
    assert causes("Hives are not caused by anything you ate or by an allergy to soap.") == [
        ("anything you ate", "Hives", "causes"), ("allergy to soap", "Hives", "causes")]


def test_a_bare_indefinite_or_one_with_a_clause_of_its_own_verb_is_no_such_cause() -> None:
    assert causes("Shingles is not caused by anything.") == []
