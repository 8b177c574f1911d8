"""A sentence opened by a preposition that the lexicon also lists as a verb ("Over the following years, ...", "Near the
end of treatment, ...") is no imperative: the phrase is a time, a place or a quantity (session 26, gen30: the news
articles of dev38 and dev40 had "Over the following years" and "Over an average of seven years" as advice). The
sentences are written for these tests, about conditions outside the development corpora."""

import pytest

from extract.claims.recommendations import recommendations
from tests.claims.conftest import CUES


def actions(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over an average of seven years, 9% of the people with lupus were diagnosed with kidney disease.",
        "Over the following years, those with gout were more likely to have a heart attack.",
        "Over 60% of people with shingles are over 50.",
        "Near the end of the study, most of the children with croup had recovered.",
    ],
)
def test_a_preposition_phrase_opening_a_statement_is_no_advice(sentence: str) -> None:
    assert actions(sentence) == []


def test_the_advice_after_an_opening_preposition_phrase_is_still_read() -> None:
    sentence = "Near the end of pregnancy, women with pre-eclampsia should be monitored closely."
    assert actions(sentence) == ["monitored closely"]
