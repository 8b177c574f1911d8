"""A possible harm given as the reason for advice is no cause (session 26): "Verapamil should not be combined with a
beta-blocker because of the risk of bradycardia" says why the advice is given, not what causes the condition; the
development golds never count such a reason (six of them were spurious causes). A reason that is a cause stays one.
Sentences written for these tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence",
    [
        "Lithium should not be taken with ibuprofen because of the risk of toxicity.",
        "Beta-carotene supplements are avoided in smokers because of the increased risk of lung cancer.",
        "We do not advise codeine for sickle cell pain, due to the danger of dependence and constipation.",
    ],
)
def test_the_harm_advice_avoids_is_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


@pytest.mark.parametrize(
    "sentence, cause",
    [
        ("The knee gave way because of a torn ligament.", "torn ligament"),
        ("Raised pressure in the eye is often due to a blocked drainage channel.", "blocked drainage channel"),
    ],
)
def test_a_reason_that_causes_stays_a_cause(sentence: str, cause: str) -> None:
    assert [c for c, _, _ in causes(sentence)] == [cause]
