"""A document's references and the citations of each of its sentences, found once.

:func:`cite_document` puts the stage's pure functions together over a document's text, its
sentences and headings: the reference list (or the references the input already carried, as a
journal's XML does), the markers tied to it, and the scope rule. The figure and claim
components read the result (:class:`DocumentCitations`) to skip the reference list and to put
on each claim the references its sentence cites.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from extract.pipeline.lines import Heading
from extract.records import Reference
from extract.records.models import Citation
from extract.references.cues import ReferenceCues, load_reference_cues
from extract.references.entries import parse_entry
from extract.references.listing import ReferenceList, find_reference_lists
from extract.references.markers import Marker, find_markers
from extract.references.scope import cite_sentences


@dataclass(frozen=True)
class DocumentCitations:
    """What a document cites, and where."""

    references: tuple[Reference, ...] = ()
    lists: tuple[ReferenceList, ...] = ()
    markers: tuple[Marker, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    citations: tuple[tuple[Citation, ...], ...] = ()

    def in_list(self, offset: int) -> bool:
        """Whether ``offset`` lies in a reference list (which cites, and claims nothing)."""
        return any(r.start <= offset < max(r.end, r.start + 1) for r in self.lists)

    def overlaps_marker(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a citation marker (which is never a figure)."""
        i = bisect.bisect_left(self._marker_starts, end) - 1  # markers are sorted and disjoint
        return i >= 0 and self.markers[i].end > start

    @cached_property
    def _starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def _marker_starts(self) -> list[int]:
        return [m.start for m in self.markers]

    @cached_property
    def _by_label(self) -> dict[str, Reference]:
        return {r.label: r for r in self.references}

    def cited(self, start: int) -> tuple[list[Reference], list[Citation]]:
        """The references, and how they are cited, of the sentence holding offset ``start``."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0 or start >= self.sentences[i][1] or not self.citations[i]:
            return [], []
        citations = list(self.citations[i])
        labels = dict.fromkeys(c.label for c in citations if c.label in self._by_label)
        return [self._by_label[label] for label in labels], citations

    def provenance(self, start: int, source_type: Optional[str]) -> dict:
        """The Evidence fields of a claim whose sentence holds offset ``start``: the document's
        source type, the references the sentence cites and how (see :meth:`cited`)."""
        references, citations = self.cited(start)
        return {"source_type": source_type, "references": references, "citations": citations}


def document_references(text: str, lists: Sequence[ReferenceList], cues: ReferenceCues) -> tuple[Reference, ...]:
    """The parsed entries of a document's reference lists (a label seen twice: the first wins)."""
    seen: dict[str, Reference] = {}
    for found in lists:
        for entry in found.entries:
            if entry.label not in seen:
                seen[entry.label] = parse_entry(entry.label, entry.text, cues)
    return tuple(seen.values())


def cite_document(
    text: str,
    sentences: Sequence[tuple[int, int]],
    headings: Sequence[Heading],
    given: Sequence[Reference] = (),
    cues: Optional[ReferenceCues] = None,
) -> DocumentCitations:
    """The references of a document and the citations of each sentence.

    Args:
        text: the document text.
        sentences: every sentence's ``(start, end)``, in order.
        headings: the document's headings (each starts a new section).
        given: the document's references when its input carried them (JATS XML): used instead
            of parsing the text's list; the text's list, if any, is still found, and read from.
        cues: the stage's cues (default: the packaged ``data/references.json``).
    """
    cues = cues or load_reference_cues()
    lists = tuple(find_reference_lists(text, cues))
    references = tuple(given) or document_references(text, lists, cues)
    labels = {r.label for r in references}
    markers = tuple(
        m for m in find_markers(text, labels, cues) if not any(r.start <= m.start < r.end for r in lists)
    )
    starts = [s for s, _ in sentences]
    by_sentence: list[list[Marker]] = [[] for _ in sentences]
    for m in markers:
        i = _sentence_of(text, starts, sentences, m)
        if i is not None:
            by_sentence[i].append(m)
    kept = [i for i, (s, _) in enumerate(sentences) if not any(r.start <= s < max(r.end, r.start + 1) for r in lists)]
    cited = cite_sentences(text, [sentences[i] for i in kept], [by_sentence[i] for i in kept], headings, cues)
    citations: list[tuple[Citation, ...]] = [() for _ in sentences]
    for i, c in zip(kept, cited):
        citations[i] = c
    return DocumentCitations(references, lists, markers, tuple(sentences), tuple(citations))


def _sentence_of(text: str, starts: list[int], sentences: Sequence[tuple[int, int]], m: Marker) -> Optional[int]:
    """The sentence a marker belongs to: the one holding it, or the one before when the
    sentence splitter cut the sentence just before a glued marker ("effective.|3 Most")."""
    i = bisect.bisect_right(starts, m.start) - 1
    if i < 0:
        return None
    start, end = sentences[i]
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    glued = m.start > 0 and not text[m.start - 1].isspace() and text[m.start] not in "(["
    if m.start <= first and i > 0 and glued:
        return i - 1
    return i
