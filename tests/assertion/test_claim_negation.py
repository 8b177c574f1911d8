"""What negates a claim, beyond the cue rules: a recommendation against an action is asserted
advice, not a denied claim (the words that make it advice against, "do not", "should not", "is
not recommended", "never", set the claim's ``against`` and leave its assertion un-negated:
CLAIMS_SPEC, settled in session 29); and a negation that is a word of a claim argument ("cannot
swallow", "the kidneys do not clear enough uric acid") names the argument and denies no claim of
its sentence."""

import pytest

from extract.assertion.assess import default_rules, named_negation, recommended_against
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


def _claims(nlp, text: str, kind: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    from extract.evaluation.claims import arguments

    doc = nlp("Tonsillitis\n\n" + text + "\n")
    return [(arguments(c)[0].text, c.assertion.negated) for c in doc._.claims if c.type == kind]


def test_a_negated_symptom_phrase_denies_nothing(plain):  # noqa: ANN001
    """"cannot swallow" is a symptom, and "drooling" beside it is not denied by its "cannot"."""
    found = _claims(plain, "Call your GP if your baby is drooling and cannot swallow.", "symptom")
    assert ("drooling", False) in found and ("cannot swallow", False) in found


def test_a_cause_worded_with_a_negation_is_asserted(plain):  # noqa: ANN001
    found = _claims(plain, "Gout happens when the kidneys do not clear enough uric acid.", "cause")
    assert found == [("kidneys do not clear enough uric acid", False)]


def test_a_negation_between_the_arguments_still_denies(plain):  # noqa: ANN001
    assert _claims(plain, "Chilblains are not caused by poor hygiene.", "cause") == [("poor hygiene", True)]


def test_only_cues_touching_an_argument_are_dropped():
    rules = default_rules()
    cue = Cue(kind="negated", text="cannot", start=30, end=36, source="hedge", category="NEGATION")
    before = Assertion(negated=True, certainty="counterfact", cues=[cue])
    assert named_negation(before, rules, [(0, 10), (40, 50)]) == before
    assert named_negation(before, rules, []) == before
    after = named_negation(before, rules, [(30, 44)])
    assert after.negated is False and after.certainty == "fact" and after.cues == []


def test_a_negation_stays_out_of_the_clause_of_reason_or_consequence(plain):  # noqa: ANN001
    """", as this can ..." and ", so you may need ..." open clauses of their own (hedges.json
    clause_conjunctions): the negation before the comma denies its own clause only."""
    sentence = "Creams do not clear the rash, so you may need tablets."
    # what the reader needs, named as an intervention, is a treatment claim too (CLAIMS_SPEC session 11), not denied
    assert _claims(plain, sentence, "treatment") == [("Creams", True), ("tablets", False)]
    # what the reader will need is advice (CLAIMS_SPEC session 17; session 30), and the negation does not reach it
    doc = plain(sentence)
    assert [(c.action.text, c.assertion.negated) for c in doc._.claims if c.type == "recommendation"] == [("tablets", False)]


def test_the_reason_clause_boundary_needs_a_subject():
    """", as" starts a clause only before a subject ("as this", "as they"), not in ", as well as"."""
    from extract.assertion.hedges import HedgeRules

    rules = HedgeRules(default_rules().cues)
    text = "Do not rub your eyes, as this can make them sore, as well as red."
    hard = [text[s:e] for s, e in rules.clauses(text).hard]
    assert ", as " in hard and hard.count(", as ") == 1


@pytest.mark.parametrize("text, action", [
    ("We don't recommend strapping the chest.", "strapping the chest"),
    ("The guideline does not recommend routine X-rays.", "routine X-rays"),
    ("Doctors no longer recommend bed rest.", "bed rest"),
    ("I wouldn't recommend buying heated insoles online.", "buying heated insoles online"),
])
def test_not_recommending_is_advice_against(plain, text, action):  # noqa: ANN001
    """Every tense and contraction of "not recommend" is a recommendation against (relations.json), never a
    recommendation denied."""
    assert (action, True, False, "fact") in _advice(plain, text)
