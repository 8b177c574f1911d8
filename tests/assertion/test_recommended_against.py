"""A recommendation against an action is asserted advice, not a denied claim: the words that
make it advice against ("do not", "should not", "is not recommended", "never") set the claim's
``against``, and leave its assertion un-negated (CLAIMS_SPEC, settled in session 29)."""

import pytest

from extract.assertion.assess import default_rules, recommended_against
from extract.records.models import Assertion, Cue


def _advice(nlp, text: str) -> list[tuple[str, bool, bool, str]]:  # noqa: ANN001
    doc = nlp("Chilblains\n\n" + text + "\n")
    return [(c.action.text, c.against, c.assertion.negated, c.assertion.certainty)
            for c in doc._.claims if c.type == "recommendation"]


@pytest.mark.parametrize("text, action", [
    ("Do not rub the skin when your toes are itchy.", "rub the skin"),
    ("You should not warm cold feet on a hot water bottle.", "warm cold feet on a hot water bottle"),
    ("Never put a heat pad directly on the affected toes.", "put a heat pad directly on the affected toes"),
])
def test_advice_against_is_not_negated(plain, text, action):  # noqa: ANN001
    found = _advice(plain, text)
    assert (action, True, False, "fact") in found
    assert all(not negated for _, against, negated, _ in found if against)


def test_a_denied_effect_stays_negated(plain):  # noqa: ANN001
    """Only recommendations against lose the negation: a treatment the text denies stays negated."""
    doc = plain("Chilblains\n\nSteroid creams do not help chilblains.\n")
    treatments = [c for c in doc._.claims if c.type == "treatment"]
    assert treatments and all(c.assertion.negated for c in treatments)


def test_hedges_grade_what_is_left():
    rules = default_rules()
    cues = [Cue(kind="negated", text="not", start=20, end=23, source="hedge", category="NEGATION"),
            Cue(kind="hedged", text="usually", start=24, end=31, source="hedge", category="FREQUENCY")]
    grade_of = rules.cues.grade_of("FREQUENCY")
    before = Assertion(negated=True, hedged=True, certainty="doubtful", cues=cues)
    after = recommended_against(before, rules)
    assert after.negated is False and after.hedged is True
    assert [c.kind for c in after.cues] == ["hedged"]
    assert grade_of == "probable" and after.certainty == "probable"
    assert recommended_against(Assertion(), rules) == Assertion()
