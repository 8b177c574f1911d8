"""The claim finder's shortcuts skip only work that could find nothing (issue 6)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.claims.grammar import compiled
from extract.claims.recommendations import _NON_ASCII_CASES, fold_case, recommendations, required_word
from tests.claims.conftest import CUES

ROOT = Path(__file__).resolve().parents[2]


def test_the_non_ascii_letters_re_reads_as_ascii_are_the_ones_folded() -> None:
    """Every code point outside ASCII that a case-insensitive ASCII letter matches in Python's
    ``re`` (Kelvin sign, long s, dotted and dotless i) is folded to that letter."""
    text = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {
        m.group(): [letter for letter in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(letter, m.group(), re.IGNORECASE)]
        for m in re.finditer("[a-z]", text, re.IGNORECASE)
    }
    assert {chr(k): [v] for k, v in _NON_ASCII_CASES.items()} == found


def _variants(sentence: str) -> list[str]:
    return [sentence, sentence.upper(), sentence.title(), sentence.replace("s", "\u017f").replace("i", "\u0131"),
            sentence.upper().replace("K", "\u212a").replace("I", "\u0130")]


def _sentences() -> list[str]:
    """Sentences of the development corpora, and each cue written out in a sentence of its own."""
    out = [f"You {cue.phrase} rest the joint." for _, cue in compiled(CUES).recommend]
    out += [f"It's {cue.phrase[6:]} rest." for _, cue in compiled(CUES).recommend if cue.phrase.lower().startswith("it is ")]
    for corpus in ("fbss", "conditions"):
        for path in sorted((ROOT / "corpora" / corpus).glob("*.txt")):
            out += [s for s in re.split(r"(?<=[.!?:])\s+|\n+", path.read_text("utf-8")) if s.strip()]
    return out


def test_a_sentence_a_recommendation_cue_matches_holds_its_required_word() -> None:
    matched = 0
    sentences = [v for s in _sentences() for v in _variants(s)]
    for rx, cue in compiled(CUES).recommend:
        word = required_word(cue.phrase)
        for sentence in sentences:
            if rx.search(sentence):
                matched += 1
                assert word is None or word in fold_case(sentence), (cue.phrase, sentence)
    assert matched > 3_000
    assert sum(required_word(cue.phrase) is not None for _, cue in compiled(CUES).recommend) > 300  # nearly every cue is skippable


@pytest.mark.parametrize(
    "sentence",
    ["You \u017fHOULD rest the knee.", "\u0130T \u0130S IMPORTANT TO rest the knee.", "Patients should not lift heavy objects."],
)
def test_recommendations_in_unusual_case_are_still_found(sentence: str) -> None:
    assert recommendations(sentence, CUES), sentence


def test_the_cues_run_on_a_sentence_are_those_its_words_allow_in_their_order() -> None:
    """The index of cues by required word picks, in the cue file's order, exactly the cues whose
    required word the sentence holds, and every cue without one."""
    from extract.claims.recommendations import _cues_by_word

    c = compiled(CUES)
    by_word, always = _cues_by_word(c)
    for sentence in _sentences()[:3000]:
        folded = fold_case(sentence)
        expected = [i for i, (_, cue) in enumerate(c.recommend) if not (required_word(cue.phrase) and required_word(cue.phrase) not in folded)]
        assert sorted(always + [i for w, ids in by_word.items() if w in folded for i in ids]) == expected


def test_word_spans_of_a_stretch_are_those_of_its_slice() -> None:
    from extract.claims.phrases import words

    text = "Don't lift it\u2014rest: X-rays (CT/MRI) show 20% + 3 of 4 \u00e9t\u00e9s; caf\u00e9's well-being."
    for start in list(range(-5, len(text) + 2)) + [0]:
        for end in (None, -3, 0, 1, 7, 20, len(text), len(text) + 5):
            stop = len(text) if end is None else end
            expected = [(m.start() + start, m.end() + start) for m in re.finditer(r"[A-Za-z0-9\u00C0-\u024F][\w'\u2019\-/+]*|[^\w\s]", text[start:stop])]
            assert words(text, start, end) == expected, (start, end)
