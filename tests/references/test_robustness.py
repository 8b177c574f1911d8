"""Any text, however broken, gives citations that hold together, and never an exception.

Texts are drawn (with a fixed seed) from fragments of real pages and of hostile ones: markers in
every style, reference-list headings and entries, years, figures, unbalanced brackets and
quotation marks, Unicode superscripts, control characters, lone newlines.
"""

import random

import pytest

from extract.references.cues import load_reference_cues
from extract.references.document import cite_document
from extract.pipeline.lines import find_headings

CUES = load_reference_cues()
FRAGMENTS = [
    "An October 2021 study (1) aimed to evaluate pain.", " The researchers found 48.5% improved.",
    "\n  • With surgery, 20% improved.", "\n\nReferences\n", "\nSources:\n", "\n1 Akkemik U, Onay M. Title. Agri. 2021;33(4):253-60.",
    "\n2. Bailey JC. Title. Pain Med. 2018 Feb 1;19(2):385-92.", "\n[3] Odum F. Review. Pain. 2020;12(1):14-27. PMID: 123",
    "\n(4) Mayo Clinic. Page. https://example.org/x Accessed May 1, 2020.", "effective.3 ", "Health1 ", "pain,12 ",
    "[1,4]", "[1–3]", "(1-3)", "(1, 2)", "(", ")", "[", "]", "\u201c", "\u201d", '"', "\u00b9\u00b2", "COVID19 ", "type 2 ",
    "(2018) ", "45% ", "\n", "\n\n", " ", ".", "\u0000", "\ufffd", "\u00a0", "Results\n\n", "Participants were adults. ",
    "(1) rest, (2) ice ", "MD(1); ", "2023;14(2):88-97 ", "doi:10.1000/x(1) ", "1 " * 3, "A" * 50, "\u200b",
]


def texts(n: int, seed: int = 4):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 60)))


def sentences_of(text):
    """Sentences as the pipeline would roughly cut them: after '. ' and at line breaks."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n" or (ch == "." and text[i + 1 : i + 2] == " "):
            out.append((start, i + 1))
            start = i + 1
    if start < len(text) or not out:
        out.append((start, len(text)))
    return out


@pytest.mark.parametrize("text", list(texts(300)))
def test_citations_hold_together(text):
    found = cite_document(text, sentences_of(text), find_headings(text), (), CUES)
    labels = {r.label for r in found.references}
    assert len(labels) == len(found.references)  # one entry per label
    for m in found.markers:
        assert text[m.start : m.end] == m.text and set(m.labels) <= labels
        assert not found.in_list(m.start)
    for (start, _), citations in zip(found.sentences, found.citations):
        if found.in_list(start):
            assert citations == ()
        for c in citations:
            assert c.label in labels and text[c.start : c.end] == c.marker
