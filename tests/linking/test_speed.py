"""The linker's fast paths answer exactly as the slow ones they replace (issue 6)."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

import pytest

from extract.linking.linker import SAME_WORD_RATIO, _same_word


def _difflib_same_word(a: str, b: str) -> bool:
    """The definition: same first four letters, or a difflib ratio at the threshold."""
    return a[:4] == b[:4] or SequenceMatcher(None, a, b).ratio() >= SAME_WORD_RATIO


def _pairs(seed: int, n: int) -> list[tuple[str, str]]:
    """Word pairs over a small alphabet, the second often an edit of the first, so that many
    pairs fall on either side of the threshold and near it."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        a = "".join(rng.choice("aeinrst") for _ in range(rng.randint(1, 14)))
        b = list(a)
        for _ in range(rng.randint(0, 4)):
            op, k = rng.randrange(3), rng.randrange(len(b) + 1)
            if op == 0:
                b.insert(k, rng.choice("aeinrstx"))
            elif b and op == 1:
                del b[min(k, len(b) - 1)]
            elif b:
                b[min(k, len(b) - 1)] = rng.choice("aeinrstx")
        out.append((a, "".join(b) or "x"))
    return out


def test_same_word_agrees_with_difflib_on_edited_words() -> None:
    pairs = _pairs(6, 20_000)
    answers = [_same_word(a, b) for a, b in pairs]
    assert answers == [_difflib_same_word(a, b) for a, b in pairs]
    assert 0.1 < sum(answers) / len(answers) < 0.9  # both answers are exercised
    near = [(a, b) for a, b in pairs if a[:4] != b[:4] and abs(SequenceMatcher(None, a, b).ratio() - SAME_WORD_RATIO) < 0.02]
    assert len(near) > 100  # and pairs at the threshold itself (ratio exactly 0.75 included)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("herniation", "herniations"),  # shared prefix
        ("radiofrequncy", "radiofrequency"),
        ("tears", "colitis"),
        ("raise", "raised"),
        ("low", "lower"),
        ("abcd", "dcba"),  # the same letters in another order: the multiset bound passes, the ratio does not
        ("xabc", "yabc"),  # ratio exactly 0.75
        ("a", "b"),
    ],
)
def test_same_word_agrees_with_difflib_on_words_in_both_orders(a: str, b: str) -> None:
    assert _same_word(a, b) is _difflib_same_word(a, b)
    assert _same_word(b, a) is _difflib_same_word(b, a)
