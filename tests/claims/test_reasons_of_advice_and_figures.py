"""A reason after "because of" / "due to" that explains advice or a population figure is no cause of the condition
(session 26, gen31): "We do not recommend alcohol as a treatment, because of the risk of dependence", "X should not be
combined with Y because of the risk of heart block", "its prevalence appears to be rising, largely because of better
recognition", "eradication rates have fallen because of rising resistance" (dev18, dev20, dev23, dev30, dev34, dev35,
dev38). A condition that happens because of something keeps its cause.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not recommend codeine for restless sleep, because of the risk of dependence.",
        "Quinine should not be used for night cramps because of the risk of serious blood disorders.",
        "Its incidence appears to be rising, largely because of wider testing.",
        "Cure rates have fallen in recent years due to growing drug resistance.",
    ],
)
def test_the_reason_of_advice_or_of_a_figure_is_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


def test_what_a_condition_happens_because_of_stays_its_cause() -> None:
    assert [c[0] for c in causes("Chilblains develop because of poor circulation in the cold.")] == ["poor circulation in the cold"]
