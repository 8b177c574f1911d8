"""PDF files to text, through pypdf: the text layer of every page, in page order, and the
title, author and creation date of the document information dictionary.

Used by the reader for supplied ``.pdf`` files and by the crawler for downloaded ones. Only
the text layer is read: a scanned PDF (images of pages) has none and is rejected, not OCRed.
"""

from __future__ import annotations

import io
import re
from typing import Any, NamedTuple

#: The bytes every PDF file starts with (a few bytes of junk before it are tolerated, as readers do).
PDF_MAGIC = b"%PDF-"
_MAGIC_WINDOW = 1024
#: Control characters other than tab and newline, which some text layers carry.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_BLANKS = re.compile(r"\n{3,}")


class PdfError(ValueError):
    """The bytes gave no text; ``reason`` says why and what to do (no file name in it)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class PdfText(NamedTuple):
    """A PDF's text (pages separated by a blank line) and the metadata it states."""

    text: str
    n_pages: int
    title: str | None = None
    author: str | None = None
    date: str | None = None


def looks_like_pdf(raw: bytes) -> bool:
    """True when ``%PDF-`` appears in the first KiB (the test PDF readers use)."""
    return PDF_MAGIC in raw[:_MAGIC_WINDOW]


def pdf_text(raw: bytes, *, max_pages: int | None = None) -> PdfText:
    """The text layer of the PDF ``raw``, page by page, and its title, author and date.

    Pages are joined by a blank line; line endings are LF; control characters are dropped.
    ``max_pages`` reads only the first pages (None: all). Raises :class:`PdfError` when the
    bytes are not a PDF, cannot be parsed, are encrypted with a password, or have no text.
    """
    if not looks_like_pdf(raw):
        raise PdfError("not a PDF (no %PDF- header in the first KiB); check that the file is really a PDF")
    reader = _open(raw)
    pages = reader.pages if max_pages is None else reader.pages[:max_pages]
    texts = [_page_text(page, number) for number, page in enumerate(pages, start=1)]
    text = _tidy("\n\n".join(t for t in texts if t.strip()))
    if not text.strip():
        raise PdfError(
            f"the PDF has no text layer ({len(reader.pages)} page(s) of images, probably a scan); "
            "run OCR on it or supply the text as .txt"
        )
    title, author, date = _metadata(reader)
    return PdfText(text=text, n_pages=len(reader.pages), title=title, author=author, date=date)


def pypdf_version() -> str:
    """The installed pypdf's version (recorded as the extractor version)."""
    import pypdf

    return pypdf.__version__


def _open(raw: bytes) -> Any:
    """A pypdf reader over the bytes, decrypted when an empty password opens it."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError("the PDF is encrypted with a password; supply an unencrypted copy")
        _ = len(reader.pages)  # parses the page tree: broken files fail here
    except PdfError:
        raise
    except Exception as e:  # pypdf raises many types on broken files
        raise PdfError(
            f"the PDF could not be parsed ({type(e).__name__}: {e}); check that the file is complete, not truncated"
        ) from e
    return reader


def _page_text(page: Any, number: int) -> str:
    """One page's text layer; a page pypdf cannot read is an error naming the page."""
    try:
        return page.extract_text() or ""
    except Exception as e:
        raise PdfError(f"page {number} of the PDF could not be read ({type(e).__name__}: {e})") from e


def _tidy(text: str) -> str:
    """LF line endings, no control characters, no trailing blanks, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANKS.sub("\n\n", text).strip() + "\n"


def _metadata(reader: Any) -> tuple[str | None, str | None, str | None]:
    """Title, author and creation date (ISO 8601 date) of the information dictionary, if any."""
    try:
        info = reader.metadata
    except Exception:  # a broken information dictionary is not worth rejecting the text for
        return None, None, None
    if info is None:
        return None, None, None
    try:
        created = info.creation_date
    except Exception:
        created = None
    date = created.date().isoformat() if created is not None else None
    return _clean(info.title), _clean(info.author), date


def _clean(value: Any) -> str | None:
    """A non-blank string, stripped, or None."""
    return (str(value).strip() or None) if value is not None else None
