"""A trial arm named by its intervention ("in the therapy group", "the exercise arm") names the intervention studied, a
treatment claim even when the head alone is generic (CLAIMS_SPEC.md: the arms and comparators of a trial are treatment
claims; dev42's depression news). A generic head with no group after it ("The therapy was given weekly") stays none.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import intervention_mentions

CUES = load_relation_cues()
GENERIC = frozenset({"therapy", "therapies", "treatment", "care"})


def named(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in intervention_mentions(sentence, frozenset(), GENERIC, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Panic attacks stopped in 41% of adults in the therapy group and in 22% of controls.", ["therapy"]),
        ("Nightmares fell more in the therapy arm, though the difference was small.", ["therapy"]),
    ],
)
def test_a_trial_arm_named_by_a_generic_intervention_is_kept(sentence: str, expected: list[str]) -> None:
    assert named(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The therapy was given weekly for people with social phobia.",
        "Ask your doctor about therapy if panic attacks keep coming back.",
        "A support group can help people with social phobia.",
    ],
)
def test_a_generic_head_without_a_group_names_nothing(sentence: str) -> None:
    assert named(sentence) == []
