"""Citation scope: which references each sentence of a document cites. Pure functions.

A marker cites its own sentence (basis ``marker``). A sentence whose marker introduces a study
("An October 2021 study (1) aimed to ...", "Smith et al. [4] found ...": a study noun of
``study_nouns`` within ``intro_window`` words before the marker) also opens a scope, and later
sentences of the same section that go on reporting that study inherit its reference (basis
``context``):

- a sentence that opens with a study anaphor ("The research team examined ...", "The
  researchers here concluded ...", "Of these, ..."; ``study_anaphora`` within the first
  ``anaphora_window`` words);
- a list item right after a sentence that cites the study (the bullet lines of results);
- a sentence inside a quotation opened by a sentence that cites the study (the quoted
  conclusions, however many sentences they run to).

Other sentences cite nothing. The scope ends at a new marker, a new section heading, or a
paragraph (or list item) that begins with a sentence not reporting the study: a sentence about
something else in the middle of a paragraph is not cited, but does not end the scope.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.pipeline.lines import BULLET, Heading
from extract.records.models import Citation
from extract.references.cues import ReferenceCues
from extract.references.markers import Marker

_WORD = re.compile(r"[^\W_][\w'’.-]*", re.U)
#: Characters read around a marker or at a sentence start for the cue words (30 words are far fewer).
_WINDOW_CHARS = 400


@dataclass
class _Scope:
    """An open scope: the marker that introduced the study, where, and what has been read since."""

    marker: Marker
    section: int
    last: int  # index of the last sentence that cited the study
    quotes: int = 0  # curly quotation marks opened and not closed since the study was introduced
    straight: bool = False  # a straight quotation mark is open

    def read(self, sentence: str) -> None:
        """Follow the quotation marks of a sentence that cites the study."""
        self.quotes = max(0, self.quotes + sentence.count("\u201c") - sentence.count("\u201d"))
        self.straight ^= sentence.count('"') % 2 == 1

    @property
    def in_quotation(self) -> bool:
        return self.quotes > 0 or self.straight


def section_index(headings: Sequence[Heading], offset: int) -> int:
    """Index of the last heading that starts before ``offset`` (-1 before the first)."""
    index = -1
    for i, h in enumerate(headings):
        if h.start >= offset:
            break
        index = i
    return index


def introducing_marker(text: str, start: int, markers: Sequence[Marker], cues: ReferenceCues) -> Marker | None:
    """The one marker of a sentence that introduces a study (a study noun within
    ``intro_window`` words before it), or None when none does or several do."""
    found = []
    for m in markers:
        before = text[max(start, m.start - _WINDOW_CHARS) : m.start]
        words = _WORD.findall(before)[-cues.intro_window :]
        if cues.study_noun_re.search(" ".join(words)):
            found.append(m)
    return found[0] if len(found) == 1 else None


def reports_study(sentence: str, cues: ReferenceCues) -> bool:
    """Whether a sentence opens by referring back to a study ("The researchers ...")."""
    body = BULLET.sub("", sentence[:_WINDOW_CHARS], count=1)
    words = _WORD.findall(body)[: cues.anaphora_window]
    return cues.anaphora_re.search(" ".join(words)) is not None


def is_list_item(text: str, start: int) -> bool:
    """Whether the line holding offset ``start`` begins with a bullet or a list number."""
    line_start = text.rfind("\n", 0, start) + 1
    return BULLET.match(text[line_start : start + 3]) is not None


def starts_block(text: str, start: int) -> bool:
    """Whether a line break separates the sentence starting at ``start`` from the text before
    it (a new paragraph or list item)."""
    j = start + len(text[start:]) - len(text[start:].lstrip()) - 1
    while j >= 0 and text[j].isspace():
        if text[j] == "\n":
            return True
        j -= 1
    return j < 0


def _cite(marker: Marker, basis: str) -> tuple[Citation, ...]:
    return tuple(
        Citation(label=label, basis=basis, marker=marker.text, start=marker.start, end=marker.end)  # type: ignore[arg-type]
        for label in marker.labels
    )


def cite_sentences(
    text: str,
    sentences: Sequence[tuple[int, int]],
    markers: Sequence[Sequence[Marker]],
    headings: Sequence[Heading],
    cues: ReferenceCues,
) -> list[tuple[Citation, ...]]:
    """The citations of each sentence: its own markers', or the study it goes on reporting.

    Args:
        text: the document text all offsets refer to.
        sentences: the sentences' ``(start, end)`` in text order.
        markers: the markers of each sentence (document offsets).
        headings: the document's headings (a heading starts a new section).
    """
    out: list[tuple[Citation, ...]] = []
    scope: _Scope | None = None
    for i, (start, end) in enumerate(sentences):
        section = section_index(headings, start)
        own = markers[i]
        if any(h.start <= start < h.end for h in headings) or (scope and scope.section != section):
            scope = None
        if own:
            out.append(tuple(c for m in own for c in _cite(m, "marker")))
            intro = introducing_marker(text, start, own, cues)
            scope = _Scope(intro, section, i) if intro else None
            if scope:
                scope.read(text[start:end])
            continue
        if scope is None:
            out.append(())
            continue
        sentence = text[start:end]
        item = is_list_item(text, start)
        if scope.in_quotation or reports_study(sentence, cues) or (item and scope.last == i - 1):
            out.append(_cite(scope.marker, "context"))
            scope.last = i
            scope.read(sentence)
            continue
        out.append(())
        if starts_block(text, start):
            scope = None
    return out
