"""How often an intervention is needed, said with a negated hedge ("X is not usually needed", "X are not routinely
needed"), reports its use: a treatment claim only, as "X is rarely needed" already was (CLAIMS_SPEC.md, session 17:
"Antibiotics aren't routinely needed" is a treatment claim; session 23, gen16, dev32's "surgery is not usually needed").
A flat "X is not needed" stays advice against X. Sentences written for these tests, about conditions no corpus covers."""

import pytest

import extract


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return extract.load(link=False, progress=False)


def _kinds(nlp, sentence: str) -> set[tuple[str, str, bool]]:  # noqa: ANN001
    doc = nlp(sentence)
    out = set()
    for c in doc._.claims:
        if c.type == "treatment":
            out.add(("treatment", c.intervention.text, False))
        elif c.type == "recommendation":
            out.add(("recommendation", c.action.text, c.against))
    return out


@pytest.mark.parametrize(
    "sentence,what",
    [
        ("If the cyst causes no pain, surgery is not usually needed.", "surgery"),
        ("Antibiotics are not routinely needed for a chest cold.", "Antibiotics"),
        ("A splint is not always needed for a buckle fracture.", "splint"),
    ],
)
def test_not_usually_needed_is_a_treatment_only(nlp, sentence: str, what: str) -> None:  # noqa: ANN001
    found = _kinds(nlp, sentence)
    assert any(k == "treatment" and what in x for k, x, _ in found), found
    assert not any(k == "recommendation" and what in x for k, x, _ in found), found


def test_not_needed_stays_advice_against(nlp) -> None:  # noqa: ANN001
    found = _kinds(nlp, "Surgery is not needed.")
    assert ("recommendation", "Surgery", True) in found
