"""A ranking predicate may name the kind of care its subject ranks in ("X remains the cornerstone of
first-line management", "X is the mainstay of conservative care"): the subject is a treatment claim,
the kind of care after "mainstay of" / "cornerstone of" is no intervention of its own.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.consistency.statements import arguments
from extract.pipeline import make_doc


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Lymphoedema\n\n" + text + "\n", "doc_rank_of_care"))
    return [arguments(c)[0].text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("text", "treatment"),
    [
        ("Manual lymphatic drainage remains the cornerstone of first-line management.", "Manual lymphatic drainage"),
        ("Compression garments are the mainstay of conservative care for most people with lymphoedema.", "Compression garments"),
    ],
)
def test_the_subject_of_a_rank_among_a_kind_of_care_is_the_only_treatment(nlp, text: str, treatment: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == [treatment]
