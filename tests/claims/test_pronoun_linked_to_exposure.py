"""What the page's condition, named by a pronoun, is linked to: an exposure or a process comes first and is the cause,
the pronoun its effect ("They may be linked to irritation or wear of the joint", dev39's ganglion page; "It is thought
to be linked to a build-up of fluid in the inner ear", dev34), as CLAIMS_SPEC.md settles for "X is linked to Y" in
session 17; a condition, a finding or a mood the condition brings stays its effect. Sentences written for these tests,
about conditions no corpus covers."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("It is often linked to repeated kneeling on hard floors.", [("repeated kneeling on hard floors", "It")]),
        ("They may be linked to friction or pressure from tight boots.", [("friction", "They"), ("pressure from tight boots", "They")]),
        ("It is thought to be linked to a build-up of calcium in the tendon.", [("build-up of calcium in the tendon", "It")]),
    ],
)
def test_an_exposure_a_pronoun_is_linked_to_is_its_cause(sentence: str, expected: list) -> None:
    assert [(c, e) for c, e, _ in causes(sentence)] == expected


@pytest.mark.parametrize(
    "sentence,cause,effect",
    [
        ("It is also linked to kidney disease.", "It", "kidney disease"),
        ("It is strongly linked with anxiety.", "It", "anxiety"),
        ("It is also linked to infertility.", "It", "infertility"),
        ("It is also linked to heart failure.", "It", "heart failure"),
    ],
)
def test_a_condition_or_a_mood_it_is_linked_to_stays_its_effect(sentence: str, cause: str, effect: str) -> None:
    assert [(c, e) for c, e, _ in causes(sentence)] == [(cause, effect)]

