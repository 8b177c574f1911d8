"""What a clinician of the reader's may or will arrange (session 24, gen20; dev7's "Your GP may arrange a blood test to
check your iron levels, and may suggest iron supplements if they are low", dev11's "Your GP will usually arrange a blood
test called NT-proBNP"): a recommendation of the test or care arranged, as "your GP may suggest X" is ("may arrange",
"will arrange": agent cues, so "the results arrange ..." or a clause with no one who gives care is none). Sentences
written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.strength) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Your GP may arrange a thyroid blood test.", [("thyroid blood test", "may")]),
        ("Your specialist will usually arrange a bone density scan.", [("bone density scan", "should")]),
        ("If the rash spreads, your doctor may arrange a skin biopsy.", [("skin biopsy", "may")]),
    ],
)
def test_a_clinician_arranging_care_recommends_it(sentence: str, expected: list) -> None:
    assert advice(sentence) == expected


def test_arranging_by_no_one_who_gives_care_is_no_advice() -> None:
    assert advice("The cells may arrange themselves in rows.") == []


def test_what_the_pages_provider_arranges_is_no_advice() -> None:
    # as "We may offer ..." (CLAIMS_SPEC.md): the provider's own care, not advice to the reader (dev31's gold)
    assert advice("Scans are rarely needed, but we may arrange an MRI if the pain does not settle.") == [] or all(
        a != "MRI" for a, _ in advice("Scans are rarely needed, but we may arrange an MRI if the pain does not settle."))
