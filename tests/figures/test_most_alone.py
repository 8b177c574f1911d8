"""'most' as the subject of a clause, or 'most of them / of the rest': a vague share of the
group just named."""

import pytest

from tests.figures.conftest import surfaces


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Cold sores are common, and most heal within ten days.", ["most"]),
        ("Most clear up without treatment, but some come back.", ["Most"]),
        ("Gout affects about 1 in 40 adults, and most of them are men.", ["about 1 in 40", "most"]),
        ("About 6 in 10 recover within a month, and most of the rest improve slowly.", ["About 6 in 10", "most"]),
        # superlatives, idioms and frequencies are not
        ("Which remedy works most is not known.", []),
        ("Pain is most likely to be a pulled muscle.", []),
        ("Most of the time the rash settles by itself.", []),
        ("Take at most two tablets a day.", []),
    ],
)
def test_most_alone(cues, sentence, kept):
    assert surfaces(sentence, cues) == kept
