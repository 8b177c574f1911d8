"""Every ``Doc`` extension the toolkit sets, declared in one place.

``doc._.doc_id``: the document's stable id (set by the runner; derived from the text if unset).
``doc._.claims``: the claims found in the doc (records of :mod:`extract.records`).
``doc._.headings``: headings of the page, for the section of each claim.
``doc._.abbreviations``: set by scispaCy's abbreviation detector.
``doc._.source_type``: the document's source type (set by the runner from its Document; None if unknown).
``doc._.references``: the document's reference list (``Reference`` records): given by the runner
when the input carried one (JATS XML), else found in the text by ``evidence_references``.
``doc._.citations``: what each sentence cites (``extract.references.document.DocumentCitations``).
"""

from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Declare the extensions (idempotent; safe to call from every component)."""
    for name in ("doc_id", "claims", "headings", "source_type", "references", "citations"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
