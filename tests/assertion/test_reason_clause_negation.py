"""gen48: a cause stated in a reason clause after advice against ("Do not X, as this can cause Y") is not denied by the
advice's negation, which is the main clause's own (as the development gold reads dev2's migraine and dev13's pneumonia
leaflets); a denial in the claim's own clause still denies it. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "cause", "negated"),
    [
        ("Do not take painkillers on more than 15 days a month, as this can cause rebound headaches.",
         "take painkillers on more than 15 days a month", False),
        ("Don't pick at scabs, as picking can lead to scarring.", "picking", False),
        ("Stress does not cause eczema, as many people think.", "Stress", True),
    ],
)
def test_advice_against_before_a_reason_does_not_deny_the_reason(plain, sentence: str, cause: str, negated: bool) -> None:  # noqa: ANN001
    found = [(c.cause.text, c.assertion.negated) for c in plain(sentence)._.claims if c.type == "cause"]
    assert (cause, negated) in found
