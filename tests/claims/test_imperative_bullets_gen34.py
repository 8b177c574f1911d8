"""A bullet that opens with an imperative is advice, no treatment claim (CLAIMS_SPEC.md, session 11), also when a
possessive follows the verb ("give children's paracetamol if ..."), and when the verb that opens a numbered item is an
effect verb itself ("4. Stop diuretics where possible": stopping is the advice, no effect on the condition) (session 27,
gen34). Sentences written for these tests, about conditions not in the corpora."""

import pytest


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from extract.pipeline import load

    return load(link=False, progress=False)


def claims(nlp, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, "doc_gen34_imperatives"))
    return [(c.type, c.intervention.text if c.type == "treatment" else c.action.text) for c in doc._.claims
            if c.type in ("treatment", "recommendation")]


def test_a_possessive_after_the_verb_makes_it_an_imperative(nlp) -> None:  # noqa: ANN001
    found = claims(nlp, "Chickenpox\n\nIt can help to:\n\n- keep your child cool\n- give children's paracetamol if they're uncomfortable\n")
    assert ("recommendation", "give children's paracetamol") in found
    assert not any(t == "treatment" for t, _ in found), found


def test_a_numbered_stop_item_is_advice_only(nlp) -> None:  # noqa: ANN001
    found = claims(nlp, "Gout\n\nTreatment\n\n3. Offer colchicine for an acute flare.\n4. Stop diuretics where possible.\n")
    assert ("recommendation", "Stop diuretics where possible") in found
    assert not any(t == "treatment" and "diuretics" in x for t, x in found), found
    assert any(t == "treatment" and "colchicine" in x for t, x in found), found
