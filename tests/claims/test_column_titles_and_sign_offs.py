"""A question column's title ("Ask the Pharmacist: \\"...\\"", "Ask the GP: \\"...\\"") and a leaflet's sign-off ("If you
have any further questions, ask your pharmacist") give no advice; a real "ask" still does ("Ask your pharmacist about
nicotine patches"). Sentences written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


@pytest.mark.parametrize(
    "sentence",
    [
        'Ask the GP: "My son has had a barking cough for a week. Is it croup?"',
        "Ask the Dermatologist: \u201cWhy do my elbows flake every winter?\u201d",
        "If you have any further questions about your inhaler, ask your nurse or pharmacist.",
    ],
)
def test_a_column_title_or_a_sign_off_is_no_advice(sentence: str) -> None:
    assert recommendations(sentence, CUES) == []


def test_a_real_ask_is_advice() -> None:
    found = recommendations("Ask your pharmacist about nicotine patches.", CUES)
    assert [("Ask your pharmacist about nicotine patches.")[m.subject[0] : m.subject[1]] for m in found] == [
        "Ask your pharmacist about nicotine patches"]
