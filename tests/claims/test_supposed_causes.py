"""A cause supposed by a condition clause is the situation of what follows, no cause the text asserts (session 33,
gen54): "Antiviral drops are used if a virus is the cause", "If a statin is thought to be the trigger, your doctor may
suggest ...", "If a blocked duct caused your sialadenitis, ..."; as an intervention named in a fronted condition is no
treatment claim (CLAIMS_SPEC.md, session 10). The same words asserted stay causes ("A virus is the cause in most
cases"), as does a cause named after a passive in the clause ("If your ulcer is caused by H. pylori, ...", not read by
this rule).

The sentences are written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence",
    [
        "Antiviral eye drops are used if a virus is the cause.",
        "Steroid tablets are given when an allergy is the likely cause, and fluids are given through a drip.",
        "If a statin is thought to be the trigger, your doctor may suggest a lower dose.",
        "If a blocked duct caused your sialadenitis, we usually suggest sucking sour sweets.",
        "- stopping the tablets, if a new medicine triggered the rash",
    ],
)
def test_a_cause_supposed_by_a_condition_is_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("A virus is the cause in most cases of viral conjunctivitis.", "virus"),
        ("A blocked duct caused the swelling of her salivary gland.", "blocked duct"),
    ],
)
def test_an_asserted_cause_stays(sentence: str, cause: str) -> None:
    assert cause in [c for c, _, _ in causes(sentence)]
