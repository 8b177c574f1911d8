"""What comes first is a cause when it is not a symptom ("A viral infection often comes just before the first
episode"), and what a condition sets off, an attack or a flare of the page's condition, is caused by it, not
its symptom (session 15: dev13's Bell's palsy FAQ, dev19's panic disorder blog). Sentences written for these tests."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A chest infection often comes before a flare-up.", ("chest infection", "flare-up")),
        ("Money worries or a family crisis often came just before the first episode.", ("family crisis", "first episode")),
        ("Heavy drinking usually comes before an attack of gout.", ("Heavy drinking", "attack of gout")),
    ],
)
def test_what_comes_before_an_episode_causes_it(sentence: str, expected: tuple) -> None:
    assert expected in [(s, o) for s, o, _ in causes(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The itching usually comes before the rash.",  # the order of two symptoms
        "Pain behind the ear often comes before the weakness.",
    ],
)
def test_a_symptom_coming_before_another_is_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


def test_a_condition_setting_off_an_episode_is_its_cause() -> None:
    assert ("chest infection", "asthma attack", "causes") in causes("A chest infection can set off an asthma attack.")
