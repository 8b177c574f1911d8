""""off" is no modifier of an intervention: read as one, it hid the blockers "put off", "wean off" and "taper off"
in front of it ("promise to put off surgery" claimed 'off surgery'). What is put off or weaned off is no treatment
claim (session 29: 1 spurious claim over 46 development corpora, none right lost); a hyphenated "off-the-shelf"
modifier stays. Sentences written for these tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import argument_texts


@pytest.mark.parametrize(
    "sentence",
    [
        "Most people with bunions can put off surgery for years.",
        "Your doctor will help you wean off opioids over a few weeks.",
    ],
)
def test_what_is_put_off_is_no_treatment(plain, sentence: str) -> None:  # noqa: ANN001
    assert argument_texts(plain, sentence, "treatment") == []


def test_a_hyphenated_off_modifier_stays(plain) -> None:  # noqa: ANN001
    assert "off-the-shelf insoles" in argument_texts(plain, "Taping or off-the-shelf insoles can ease heel pain.", "treatment")
