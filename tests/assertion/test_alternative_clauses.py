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


def test_a_relative_clause_negation_ends_at_the_main_clauses_modal(plain):  # noqa: ANN001
    """"who cannot tell you ..." describes the children; "may be off their food" is the main clause's, not denied."""
    doc = plain("Tonsillitis\n\nToddlers who cannot say their throat hurts may be off their food.\n")
    found = [(c.symptom.text, c.assertion.negated) for c in doc._.claims if c.type == "symptom"]
    assert ("off their food", False) in found, found


def test_a_relative_clause_negation_still_denies_inside_it(plain):  # noqa: ANN001
    """What the relative clause itself says stays negative: the description is denied, the thing described is not."""
    from extract.assertion.assess import default_rules
    from extract.assertion.hedges import hedge_cues

    text = "Toddlers who do not have a fever may still be unwell."
    fever = (text.index("fever"), text.index("fever") + len("fever"))
    assert "negated" in [c.kind for c in hedge_cues(default_rules().hedges, text, [fever]).per_target[0]]
