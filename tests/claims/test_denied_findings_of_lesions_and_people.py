"""Findings a page denies: the state of a lesion ("The papules are not usually painful", "The nodules are not itchy"), a
finding after "well, without" ("Patients are otherwise well, without fever or lymphadenopathy") and a finding someone
did not have ("He did not have a fever") are negated symptom claims (CLAIMS_SPEC.md: a claim is something the text
asserts or explicitly denies). Session 29, gen41, from dev46's molluscum review and pleurisy feature; lesions join the
finding places that take states (relations.json 0.4.121), "adenopathy" the endings of findings.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def _symptoms(nlp, sentence: str) -> dict[str, bool]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Prurigo nodularis\n\n" + sentence + "\n", "doc_denied_findings"))
    return {c.symptom.text: c.assertion.negated for c in doc._.claims if c.type == "symptom"}


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The nodules are not usually painful.", {"painful": True}),
        ("The lesions are not itchy.", {"itchy": True}),
        ("Children are otherwise well, without fever or lymphadenopathy.", {"fever": True, "lymphadenopathy": True}),
        ("She did not have a fever, and the rash faded within a week.", {"fever": True}),
    ],
)
def test_a_denied_finding_is_a_negated_symptom(nlp, sentence, expected) -> None:  # noqa: ANN001
    found = _symptoms(nlp, sentence)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "sentence",
    ["Most people recover well without treatment.", "She did not have any symptoms.", "If you did not have a fever, stay at home."],
)
def test_no_finding_is_denied_by_a_course_or_by_symptoms_as_such(nlp, sentence) -> None:  # noqa: ANN001
    assert not {"treatment", "symptoms", "fever"} & set(_symptoms(nlp, sentence))
