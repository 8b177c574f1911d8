"""A body of recommendations or a consensus statement as who advises (session 23, gen16; dev32's "The 2015 EULAR/ACR
recommendations advise an initial dose of prednisolone ..."): "The recommendations advise X" is advice of X, as
"Current guidelines advise X" already was, and the drug advised by name is a treatment claim too (CLAIMS_SPEC.md: a
guideline's recommendation of a named intervention is both). Sentences written for these tests, about conditions no
corpus covers."""

import extract

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def _recommendations(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "recommendation"]


def test_recommendations_as_the_subject_advise() -> None:
    found = _recommendations("The 2019 international recommendations advise a short course of oral antivirals for Bell's palsy.")
    assert any("oral antivirals" in a for a in found), found


def test_a_consensus_statement_advises() -> None:
    found = _recommendations("The consensus statement advises early mobilisation after ankle fracture surgery.")
    assert any("early mobilisation" in a for a in found), found


def test_results_do_not_advise() -> None:
    # "suggest" of findings is no advice, whoever reports them
    assert _recommendations("Recent recommendations suggest that the drug is safe in pregnancy.") == []


def test_the_drug_advised_is_a_treatment_claim_too() -> None:
    nlp = extract.load(link=False, progress=False)
    doc = nlp("Current recommendations advise an initial dose of oral fludrocortisone for postural hypotension.")
    kinds = {(c.type, (c.intervention.text if c.type == "treatment" else c.action.text)) for c in doc._.claims if c.type in ("treatment", "recommendation")}
    assert any(t == "treatment" and "fludrocortisone" in x for t, x in kinds), kinds
    assert any(t == "recommendation" and "fludrocortisone" in x for t, x in kinds), kinds
