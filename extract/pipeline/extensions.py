"""Every ``Doc`` extension the toolkit sets, declared in one place.

``doc._.doc_id``: the document's stable id (set by the runner; derived from the text if unset).
``doc._.claims``: the claims found in the doc (records of :mod:`extract.records`).
``doc._.headings``: headings of the page, for the section of each claim.
``doc._.abbreviations``: set by scispaCy's abbreviation detector.
"""

from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Declare the extensions (idempotent; safe to call from every component)."""
    for name in ("doc_id", "claims", "headings"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
