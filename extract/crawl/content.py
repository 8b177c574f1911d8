"""Response bodies to text: which kind a body is (HTML, PDF, plain text, or not accepted), and
its text and metadata through the same extractors the reader uses
(:func:`extract.ingest.html.html_text`, :func:`extract.ingest.pdf.pdf_text`)."""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple, Optional

from extract.crawl.settings import ContentKind, CrawlSettings
from extract.ingest.html import HtmlError, html_text, trafilatura_version
from extract.ingest.pdf import PdfError, looks_like_pdf, pdf_text, pypdf_version

_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_SNIFF = 1024
_UNLABELLED = frozenset({"", "application/octet-stream", "binary/octet-stream"})


class ContentError(ValueError):
    """A body that gives no text: wrong type, undecodable, or nothing extracted."""


class PageText(NamedTuple):
    """A body's text and metadata, and the extractor that produced it."""

    kind: ContentKind
    text: str
    extractor: str
    extractor_version: str
    title: Optional[str] = None
    authors: tuple[str, ...] = ()
    date: Optional[str] = None
    publisher: Optional[str] = None


def media_type(content_type: Optional[str]) -> str:
    """The media type of a Content-Type header, lower case, without parameters ('' when absent)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def content_kind(content_type: Optional[str], body: bytes, settings: CrawlSettings) -> ContentKind:
    """How a body is read, from its Content-Type; an unlabelled body is sniffed (PDF magic, an
    HTML start tag). Raises :class:`ContentError` for a type that is not accepted."""
    kind = media_type(content_type)
    if kind in settings.content_types:
        return settings.content_types[kind]
    if kind in _UNLABELLED:
        if looks_like_pdf(body):
            return "pdf"
        if _HTML_START.match(body[:_SNIFF]):
            return "html"
    accepted = ", ".join(sorted(settings.content_types))
    shown = kind or "none given"
    raise ContentError(f"content type {shown} is not accepted (only {accepted}); not crawled")


def page_text(kind: ContentKind, body: bytes, content_type: Optional[str]) -> PageText:
    """Text and metadata of a body of the given kind; raises :class:`ContentError` when there is none."""
    if not body.strip():
        raise ContentError("the response body is empty")
    if kind == "pdf":
        return _pdf(body)
    text = decode_body(body, content_type, sniff_meta=kind == "html")
    if kind == "html":
        return _html(text)
    return _plain(text)


def decode_body(body: bytes, content_type: Optional[str], *, sniff_meta: bool) -> str:
    """Decode with the declared charset (header, else an HTML ``<meta charset>``), else UTF-8,
    else Windows-1252 for pages that do not say; an unknown declared charset falls back the same way."""
    declared = _declared_charset(content_type, body if sniff_meta else b"")
    if declared:
        try:
            return body.decode(declared, errors="replace")
        except LookupError:
            pass
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def _declared_charset(content_type: Optional[str], head: bytes) -> Optional[str]:
    match = _CHARSET.search(content_type or "")
    if match is None and head:
        match_bytes = _META_CHARSET.search(head[:4096])
        return match_bytes.group(1).decode("ascii") if match_bytes else None
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1)).name
    except LookupError:
        return None


def _html(markup: str) -> PageText:
    try:
        page = html_text(markup)
    except HtmlError as e:
        raise ContentError(e.reason) from e
    return PageText(
        kind="html",
        text=_final_newline(page.text),
        extractor="trafilatura",
        extractor_version=trafilatura_version(),
        title=page.title,
        authors=_authors(page.author),
        date=page.date,
        publisher=page.sitename,
    )


def _pdf(body: bytes) -> PageText:
    try:
        found = pdf_text(body)
    except PdfError as e:
        raise ContentError(e.reason) from e
    return PageText(
        kind="pdf",
        text=found.text,
        extractor="pypdf",
        extractor_version=pypdf_version(),
        title=found.title,
        authors=_authors(found.author),
        date=found.date,
    )


def _plain(text: str) -> PageText:
    if "\x00" in text:
        raise ContentError("the body is labelled plain text but holds NUL bytes (binary data)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ContentError("the response body holds only whitespace")
    from extract import __version__

    return PageText(kind="text", text=_final_newline(text), extractor="evidence-extract", extractor_version=__version__)


def _authors(author: Optional[str]) -> tuple[str, ...]:
    """trafilatura and PDF metadata join several authors with ';'."""
    return tuple(a.strip() for a in (author or "").split(";") if a.strip())


def _final_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"
