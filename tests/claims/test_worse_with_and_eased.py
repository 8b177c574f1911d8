""""Worse with X and better / eases with Y": X is what sets the condition off, and the list of causes ends where the
sentence turns to how the condition eases (session 25; 'sport and eases' was claimed as one cause).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from .conftest import causes


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("The ache gets worse with running and eases with rest.", "running"),
        ("Symptoms get worse with stress and settle within a week.", "stress"),
        ("The swelling is worse with standing, but better when the leg is raised.", "standing"),
    ],
)
def test_the_causes_end_where_the_condition_eases(sentence: str, cause: str) -> None:
    assert [c for c, _, _ in causes(sentence)] == [cause]


def test_a_list_of_what_worsens_it_stays_whole() -> None:
    found = [c for c, _, _ in causes("Tremor is worse with caffeine, stress and tiredness.")]
    assert found == ["caffeine", "stress", "tiredness"]
