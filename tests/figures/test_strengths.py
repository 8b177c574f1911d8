"""A percentage that gives a product's strength is no statistic; one next to it stays one."""

import pytest

from extract.figures import load_cues
from extract.figures.cues import CueFileError, parse_cues

from tests.figures.conftest import surfaces


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Apply clotrimazole 1% cream twice a day for two weeks.", []),
        ("Ketoconazole 2% shampoo can be left on the scalp for five minutes.", []),
        ("A weak steroid such as clobetasone 0.05% is usually enough for the face.", []),
        ("Use a spray containing 2% xylometazoline for no more than a week.", []),
        ("Benzoyl peroxide gel (2.5% or 5%) is applied once a day.", []),
        ("Chlorhexidine 0.2% mouthwash helps gums heal after scaling.", []),
        ("Silver nitrate 95% w/w caustic pencil", []),
        # the statistic beside a strength survives
        ("With terbinafine 1% cream, 72% of people were clear at six weeks.", ["72%"]),
        ("About 30% of children with croup need a second dose.", ["About 30%"]),
        ("The cure rate was 64% in the cream group.", ["64%"]),
    ],
)
def test_strengths(cues, sentence, kept):
    assert surfaces(sentence, cues) == kept


def test_strength_cue_lists_are_validated():
    data = load_cues().model_dump()
    data["preparation_nouns"] = ["cream", " "]
    with pytest.raises(CueFileError):
        parse_cues(data)
