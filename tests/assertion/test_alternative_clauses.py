"""A second clause after ", or" with a subject of its own ("You may be free of pain, or you may be left with a dull
ache") is a clause of its own (``alternative_clause_subjects`` in hedges.json): the first clause's negation does not
reach its claims, while a list after ", or" without a subject ("It does not cause fever, or a rash") stays denied.
Sentences written for these tests, about other conditions."""

import pytest


def _symptoms(nlp, text: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    doc = nlp("Cluster headache\n\n" + text + "\n")
    return [(c.symptom.text, c.assertion.negated) for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize("text, symptom", [
    ("Between attacks you may be completely free of pain, or you may be left with a dull ache.", "dull ache"),
    ("Some people have no warning at all, or they may be left with a dull ache.", "dull ache"),
])
def test_a_negation_does_not_cross_into_an_alternative_clause(plain, text, symptom):  # noqa: ANN001
    assert (symptom, False) in _symptoms(plain, text)


def test_a_list_after_or_without_a_subject_stays_denied(plain):  # noqa: ANN001
    found = _symptoms(plain, "It does not cause fever, or a rash.")
    assert found and all(negated for _, negated in found)
