"""Two finite verbs joined by "and" are two predicates, each with its own polarity and modality
(``verb_joins`` in hedges.json): a cue of the first verb does not reach a claim read from the
second ("The tendon does not heal fully and goes on to cause pain": the pain is caused, not
denied), while a claim of the first verb keeps it. A subject shared by the two verbs is the cause
of both claims ("Drinking heavily damages the liver and can lead to cirrhosis")."""

import pytest

from extract.assertion.assess import default_rules
from extract.assertion.hedges import hedge_cues


def _causes(nlp, text: str) -> list[tuple[str, str, bool, bool]]:  # noqa: ANN001
    doc = nlp("Gout\n\n" + text + "\n")
    return [(c.cause.text, c.effect.text if c.effect else "", c.assertion.negated, c.assertion.hedged)
            for c in doc._.claims if c.type == "cause"]


@pytest.mark.parametrize("text, cause, effect", [
    ("The cartilage does not repair itself and continues to cause stiffness.", "cartilage", "stiffness"),
    ("Aspirin does not treat the infection and can cause stomach bleeding.", "Aspirin", "stomach bleeding"),
    ("The valve never closes properly and eventually leads to heart failure.", "valve", "heart failure"),
])
def test_the_first_verbs_negation_does_not_deny_the_second(plain, text, cause, effect):  # noqa: ANN001
    found = _causes(plain, text)
    assert any(c == cause and e.startswith(effect) and not negated for c, e, negated, _ in found), found


def test_a_claim_of_the_negated_verb_stays_denied(plain):  # noqa: ANN001
    found = _causes(plain, "Caffeine does not cause stomach ulcers and may ease headaches.")
    assert ("Caffeine", "stomach ulcers", True, False) in found


def test_a_later_modal_does_not_hedge_the_first_claim(plain):  # noqa: ANN001
    """"may" belongs to the second verb: the first claim is stated as fact, the second hedged."""
    found = _causes(plain, "Drinking heavily damages the liver and may lead to cirrhosis.")
    assert ("Drinking heavily", "cirrhosis", False, True) in found
    assert all(not hedged for c, e, _, hedged in found if e.endswith("liver"))


def test_a_subject_shared_by_two_causal_verbs_causes_both(plain):  # noqa: ANN001
    found = _causes(plain, "Obesity strains the knees and can cause osteoarthritis.")
    assert ("Obesity", "osteoarthritis", False, True) in found


@pytest.mark.parametrize("text, joined", [
    ("It does not spread and usually clears up.", True),  # past an adverb, an -s verb with its particle
    ("It does not spread and can clear up.", True),
    ("Steroids do not cause pain and cramps.", False),  # "cramps": a plural noun, no verb
    ("The drug does not cure it and increases the risk of falls.", True),
    ("The drug does not cure the rash or itching.", False),
])
def test_where_a_join_is_read(text, joined):
    rules = default_rules().hedges
    spans = [text[s:e].split()[0] for s, e in rules.clauses(text).joins]
    assert spans == (["and"] if joined else []), spans


def test_a_join_bounds_the_negation_of_a_target_that_crosses_it():
    rules = default_rules().hedges
    text = "The nerve does not recover and continues to hurt."
    across = (text.index("nerve"), len(text) - 1)
    before = (text.index("nerve"), text.index(" and"))
    found = hedge_cues(rules, text, [across, before]).per_target
    assert [c.kind for c in found[0]] == []
    assert [c.kind for c in found[1]] == ["negated"]


def test_harm_to_a_named_part_on_the_way_is_no_second_claim(plain):  # noqa: ANN001
    """"damages the airways" says how smoking works; the claim is the effect the second verb names."""
    found = _causes(plain, "Smoking damages the airways and makes chronic bronchitis more likely.")
    assert [(c, e) for c, e, _, _ in found] == [("Smoking", "chronic bronchitis")]


def test_each_listed_cause_of_a_joined_risk(plain):  # noqa: ANN001
    """The subject list before the first verb is read item by item for the joined verb too; a plural head noun before a
    modal ("soaps can") is the subject's head, no verb."""
    found = _causes(plain, "Tight jeans and scented soaps can irritate the skin and make thrush more likely.")
    assert {c for c, e, _, _ in found if e == "thrush"} == {"Tight jeans", "scented soaps"}
