"""A cause whose subject is one head with comma-joined modifiers ("Hot, humid weather", "Dry, dusty and windy air") is one
cause, not the last modifier and its head nor a list of lone adjectives; two names joined by "and" still give two
causes. Sentences written for these tests, about other conditions."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hot, humid weather can trigger a flare of prickly heat.", "Hot, humid weather"),
        ("Tight, restrictive clothing can make chafing worse.", "Tight, restrictive clothing"),
        ("Cold, dry and windy air can also play a part in chapped lips.", "Cold, dry and windy air"),
    ],
)
def test_modifiers_of_one_head_are_one_cause(sentence: str, expected: str) -> None:
    assert [c for c, _, _ in causes(sentence)] == [expected]


def test_two_names_joined_by_and_are_still_two_causes() -> None:
    assert [c for c, _, _ in causes("Smoking and obesity can also play a part in gallstones.")] == ["Smoking", "obesity"]


def test_a_fronted_phrase_before_the_subject_is_no_modifier() -> None:
    assert [c for c, _, _ in causes("Left untreated, diabetes can damage the nerves.")] == ["diabetes"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "kills" and "damages" can be nouns; before a bare noun that is no verb they are the verb of the clause
        ("Benzoyl peroxide kills bacteria and does not cause antibiotic resistance.", ("Benzoyl peroxide", "antibiotic resistance")),
        ("Cigarette smoke damages airways and causes bronchitis.", ("Cigarette smoke", "bronchitis")),
    ],
)
def test_a_noun_like_verb_before_a_bare_object_ends_the_shared_subject(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(c, e) for c, e, _ in causes(sentence)]
