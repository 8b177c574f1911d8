"""A finding denied as a sign of the condition ("Pain is not a feature of the disease") is a
symptom claim marked negated, its target running through the cue so the assertion sees the
negation (issue 3, session 24; CLAIMS_SPEC.md: explicit denials are claims, negated).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def symptoms(nlp, text: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Polymyositis\n\n" + text + "\n", "doc_denied_signs"))
    return [(c.symptom.text, c.assertion.negated) for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        ("Skin rash is not a feature of polymyositis.", "Skin rash"),
        ("Numbness is not usually a symptom of polymyositis.", "Numbness"),
        ("Fever is not a typical sign of the condition.", "Fever"),
    ],
)
def test_a_finding_denied_as_a_sign_is_a_negated_symptom(nlp, sentence: str, finding: str) -> None:  # noqa: ANN001
    assert (finding, True) in symptoms(nlp, sentence)


def test_a_finding_stated_as_a_sign_is_not_negated(nlp) -> None:  # noqa: ANN001
    assert ("Muscle weakness", False) in symptoms(nlp, "Muscle weakness is the main feature of polymyositis.")
