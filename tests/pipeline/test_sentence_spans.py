"""Sentence offsets: the linear :func:`sentence_char_spans` gives pysbd's own spans, on every input."""

import random
import re
import sys
from pathlib import Path

import pysbd
import pytest

from extract.pipeline.components import _linear_segmenter, _segmenter, sentence_char_spans


def pysbd_spans(sentences: list[str], text: str) -> list[tuple[str, int, int]]:
    """pysbd's own (quadratic) ``sentences_with_char_spans``, as shipped."""
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    segmenter.original_text = text
    return [(s.sent, s.start, s.end) for s in pysbd.Segmenter.sentences_with_char_spans(segmenter, sentences)]


def test_regex_whitespace_is_str_isspace() -> None:
    # the proof that a free offset cannot be spanned reads text[r].isspace() for \s
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert (re.fullmatch(r"\s", c) is not None) == c.isspace(), hex(code)


CASES = [
    (["a", "a", "a"], "a a a"),
    (["aa", "aa"], "aaaaa"),  # overlapping occurrences: finditer skips the one at 1
    (["aa", "a"], "aaa"),
    (["a", "aa"], "aaa"),  # the match counted starts before the previous end
    (["ab", "ab", "ab"], "ab\n\nab  ab\t"),
    (["x", "y"], "y x"),  # y occurs only before x's match: dropped
    (["missing", "b."], "a. b."),
    ([" lead", "lead"], "  lead lead"),
    (["", "a", ""], " a  "),
    (["a\u00a0", "b"], "a\u00a0\u2028b\x1c\x1d"),
    (["Fig. 1.", "Fig. 1.", "It works."], "Fig. 1. Fig. 1.\n\nIt works."),
    (["aba", "aba", "b"], "ababababa b"),
]


@pytest.mark.parametrize(("sentences", "text"), CASES)
def test_same_spans_as_pysbd_on_hard_cases(sentences: list[str], text: str) -> None:
    assert sentence_char_spans(sentences, text) == pysbd_spans(sentences, text)


def test_same_spans_as_pysbd_on_random_sentence_lists() -> None:
    rng = random.Random(6)
    alphabet = ["a", "b", "ab", " ", "  ", "\n", "\t", "\u00a0", "\u3000", ".", "a. ", "\x1f"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        sentences = []
        for _ in range(rng.randint(0, 8)):
            if text and rng.random() < 0.8:
                i = rng.randrange(len(text))
                sentences.append(text[i : i + rng.randint(0, 6)])
            else:
                sentences.append(rng.choice(alphabet))
        assert sentence_char_spans(sentences, text) == pysbd_spans(sentences, text), (sentences, text)


def test_same_spans_as_pysbd_on_pysbd_sentences_of_pages() -> None:
    texts = [p.read_text() for p in sorted((Path(__file__).resolve().parents[2] / "corpora" / "dev2").glob("*.txt"))[:8]]
    assert len(texts) == 8
    texts.append("Pain. " * 50 + "Pain.\n\n  Pain.   Back pain.\u00a0Pain.")
    for text in texts:
        segmenter = _linear_segmenter()
        segmenter.original_text = text
        sentences = segmenter.processor(text).process()
        assert sentence_char_spans(sentences, text) == pysbd_spans(sentences, text)
        assert [(s.sent, s.start, s.end) for s in segmenter.segment(text)] == pysbd_spans(sentences, text)


def test_the_bench_baseline_runs_pysbd_as_shipped() -> None:
    # scispaCy's parts are measured as they ship: only the evidence_sentences component runs the linear spans
    assert type(_segmenter()) is pysbd.Segmenter
    assert type(_linear_segmenter()).sentences_with_char_spans is not pysbd.Segmenter.sentences_with_char_spans


def _abbreviation_texts() -> list[str]:
    """Texts dense in pysbd's abbreviations, periods, capitals and digits after them, lines with
    and without a period."""
    from pysbd.lang.english import English

    rng = random.Random(7)
    abbreviation = English.Abbreviation
    words = sorted(set(abbreviation.ABBREVIATIONS) | set(abbreviation.PREPOSITIVE_ABBREVIATIONS) | set(abbreviation.NUMBER_ABBREVIATIONS))
    glue = [" ", ". ", ".", "  ", "\n", ".\n", ": ", ":1 ", " (", ", ", "-", "? ", " I ", " I'm ", "\u2028", "\r\n"]
    tail = ["The", "the", "12", "(see", "A", "Dr", "I", "U.S", "e.g", "pain", "St", "No", "Fig"]
    texts = []
    for _ in range(600):
        parts = []
        for _ in range(rng.randint(1, 14)):
            word = rng.choice(words) if rng.random() < 0.6 else rng.choice(tail)
            parts.append(word.upper() if rng.random() < 0.15 else word.capitalize() if rng.random() < 0.3 else word)
            parts.append(rng.choice(glue))
        texts.append("".join(parts))
    return texts


def test_abbreviation_pass_gives_pysbds_text_on_every_line() -> None:
    # the linear segmenter's abbreviation replacer skips lines without a period: the same text
    from pysbd.lang.english import English

    fast = _linear_segmenter().language_module
    assert fast is not English and fast.AbbreviationReplacer is not English.AbbreviationReplacer
    root = Path(__file__).resolve().parents[2] / "corpora"
    pages = [p.read_text() for name in ("fbss", "conditions", "dev2", "dev3") for p in sorted((root / name).glob("*.txt"))]
    assert len(pages) > 30
    texts = _abbreviation_texts() + pages + ["", "\n", "No period here\nnor here", "Dr. Smith saw pt. no. 4."]
    changed = 0
    for text in texts:
        shipped = English.AbbreviationReplacer(text, English).replace()
        assert fast.AbbreviationReplacer(text, fast).replace() == shipped, text
        changed += shipped != text
    assert changed > 100  # the texts exercise the replacements, not only the lines skipped


def test_linear_segmenter_gives_pysbds_sentences_of_pages() -> None:
    root = Path(__file__).resolve().parents[2] / "corpora"
    texts = [p.read_text() for name in ("fbss", "dev4") for p in sorted((root / name).glob("*.txt"))] + _abbreviation_texts()[:100]
    for text in texts:
        shipped = [(s.sent, s.start, s.end) for s in _segmenter().segment(text)]
        assert [(s.sent, s.start, s.end) for s in _linear_segmenter().segment(text)] == shipped
