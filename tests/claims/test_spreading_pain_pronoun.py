"""Where a pain goes, told of it by a pronoun after the pain is named ("The main symptom is pain in the upper part of
your belly. It ... often spreads (radiates) through to your back", "a sharp, stabbing pain ... Patients often say it
spreads to the shoulder"), is a symptom claim, as "the pain spreads to the groin" already was. Session 29, gen41, from
dev46's pleurisy feature and dev17's pancreatitis page. Not a disease spreading ("It spreads to other people"), not a
condition of advice ("If it spreads to your arm, call 999"), and only after a pain is named.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from extract.claims.component import spreading_pain
from tests.claims.conftest import CUES


def _spreads(sentence: str, previous: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in spreading_pain(sentence, previous, CUES)]


@pytest.mark.parametrize(
    "previous,sentence,expected",
    [
        ("The main symptom is a dull pain under the right ribs.", "It often spreads to the right shoulder blade.", ["spreads to the right shoulder blade"]),
        ("Kidney stone pain is severe.", "It comes in waves, is sharp, and usually travels (moves) down to the groin.",
         ["travels (moves) down to the groin"]),
        ("", "\"There was a burning pain in my chest, and it radiates to my back,\" she said.", ["radiates to my back"]),
    ],
)
def test_where_a_named_pain_goes_is_a_symptom(previous, sentence, expected) -> None:
    assert _spreads(sentence, previous) == expected


@pytest.mark.parametrize(
    "previous,sentence",
    [
        ("The main symptom is a painful rash.", "It spreads to other people through close contact."),
        ("The pain is dull.", "If it spreads to your arm, call 999."),
        ("The rash is itchy.", "It spreads to the arms and legs."),
    ],
)
def test_no_spread_of_a_disease_of_advice_or_without_a_pain(previous, sentence) -> None:
    assert _spreads(sentence, previous) == []
