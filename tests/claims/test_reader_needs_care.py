"""What the reader "will need" is advice (CLAIMS_SPEC.md, session 17: "needs X" said of the reader states what should be
done): "You will need a blood test", "You'll need tests in hospital, such as an X-ray"; a plain fact of the reader's
("You need to know the signs") or an if-clause stays none. Sentences written for these tests, about conditions
outside the development corpora (gout, a broken wrist)."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence, action",
    [
        ("With gout, you will need a blood test to check your uric acid.", "blood test"),
        ("For a broken wrist you'll need tests in the fracture clinic.", "tests in the fracture clinic"),
        ("After a gout attack you may also need a scan of the joint.", "scan of the joint"),
    ],
)
def test_what_the_reader_will_need_is_advice(sentence: str, action: str) -> None:
    assert any(a.startswith(action) for a in advice(sentence)), advice(sentence)


def test_a_need_in_an_if_clause_is_no_advice() -> None:
    assert advice("If you need help with the dressing, ask the nurse.") in ([], ["ask the nurse"])


@pytest.mark.parametrize(
    "sentence, action",
    [
        ("It needs to be treated quickly.", "treated quickly"),
        ("See your GP about any lump in the breast, as it needs to be checked.", "checked"),
        ("This infection needs to be treated with antibiotics.", "treated with antibiotics"),
    ],
)
def test_the_care_a_condition_needs_is_advice(sentence: str, action: str) -> None:
    # CLAIMS_SPEC.md, session 17: "It needs to be treated quickly", "as it needs to be checked" are recommendations only
    assert action in advice(sentence)
