"""A trial arm named by its intervention ("in the therapy group", "the exercise arm") names the intervention studied, a
treatment claim even when the head alone is generic (CLAIMS_SPEC.md: the arms and comparators of a trial are treatment
claims; dev42's depression news). A generic head with no group after it ("The therapy was given weekly") stays none.
So does any other word naming the arm whose outcome the sentence reports ("success in 71% in the collagenase group",
dev33, dev37), but not a control, population or limb ("the control group", "the left arm") nor an arm's harms.

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


NO_HEADS = frozenset()


def arms(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in intervention_mentions(sentence, NO_HEADS, frozenset(), CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a word no list knows, named as the arm whose outcome the sentence reports
        ("Complete healing was achieved in 61 of 90 patients (68%) in the honey group.", ["honey"]),
        ("Recovery within two days occurred in 80% of children in the ORS group and 62% in the fluid-restriction group.", ["ORS", "fluid-restriction"]),
    ],
)
def test_a_trial_arm_named_by_its_intervention_is_kept(sentence: str, expected: list[str]) -> None:
    assert arms(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a comparison group, a population group, a limb, or an arm's harms rather than its outcome
        ("Complete healing was achieved in 40% of patients in the control group."),
        ("Complete healing was slower in the age group over 80."),
        ("The pain spreads to the left arm and improves with rest."),
        ("Nausea occurred in 9% of patients in the honey group."),
    ],
)
def test_other_groups_name_no_intervention(sentence: str) -> None:
    assert arms(sentence) == []
