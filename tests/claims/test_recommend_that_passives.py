"""A guideline's "we recommend that <people> are offered X" advises X for those people, as "...
be offered X" does; "people who are overweight" is who, not a passive of advice.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.consistency.statements import arguments
from extract.pipeline import make_doc


def recommendations(nlp, text: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Gout\n\n" + text + "\n", "doc_recommend_that"))
    out = []
    for c in doc._.claims:
        if c.type == "recommendation":
            subject, whom = arguments(c)
            out.append((subject.text, whom.text if whom is not None else None))
    return out


@pytest.mark.parametrize(
    ("text", "advice", "whom"),
    [
        ("We recommend that all adults with gout are offered a urate-lowering drug after a second attack.",
         "offered a urate-lowering drug after a second attack", "adults with gout"),
        ("We suggest that children with recurrent attacks are referred to a rheumatologist.",
         "referred to a rheumatologist", "children with recurrent attacks"),
        ("We recommend that every patient who smokes be offered support to stop.", "offered support to stop", "patient who smokes"),
        ("We recommend that people who are overweight lose weight gradually.", "lose weight gradually", "people who are overweight"),
    ],
)
def test_the_advice_of_a_that_clause_is_what_the_people_are_offered_or_do(nlp, text: str, advice: str, whom: str) -> None:  # noqa: ANN001
    assert (advice, whom) in recommendations(nlp, text)
