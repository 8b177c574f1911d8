"""A mention blocker ("after", "before", "avoid" ...) followed by a vague determiner ("some", "certain", "a number of")
blocks the intervention as it does with "a" or "the": "can happen after some cancer treatments" names what precedes
the condition, "before some surgical procedures" when a treatment is given, neither a treatment claim (session 29: 3
spurious claims over 46 development corpora gone, none right lost, and one cause found). Sentences written for these
tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import argument_texts


@pytest.mark.parametrize(
    "sentence,gone",
    [
        ("Dry socket is more likely after certain extractions, and after some dental procedures.", "dental procedures"),
        ("Early menopause can happen after some cancer treatments.", "cancer treatments"),
        ("Screening for MRSA is advised before a number of orthopaedic operations.", "orthopaedic operations"),
    ],
)
def test_a_vague_determiner_after_a_blocker_blocks(plain, sentence: str, gone: str) -> None:  # noqa: ANN001
    assert gone not in argument_texts(plain, sentence, "treatment")


def test_some_as_a_plain_determiner_keeps_the_treatment(plain) -> None:  # noqa: ANN001
    found = argument_texts(plain, "Some antifungal creams clear ringworm within two weeks.", "treatment")
    assert any("antifungal creams" in t for t in found), found
