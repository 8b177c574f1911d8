"""Reading supplied files into :class:`~extract.records.Document` records.

:func:`read_document` is strict: one file in, one Document out, or an :class:`InputError`.
:func:`iter_documents` is the batch boundary: it expands folders, applies manifests, drops
repeated content, and turns every failure into a :class:`~extract.records.Skipped` record so
that one bad file never stops the batch. Its two halves are public for engines that read on
other machines: :func:`list_inputs` (the files, in order, not read) and :func:`read_input`.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from extract.ingest.errors import InputError
from extract.ingest.journal_xml import XML_SUFFIXES, read_journal_xml
from extract.ingest.html import HtmlError, html_text
from extract.ingest.manifest import MANIFEST_NAME, load_manifest
from extract.ingest.source_type import detect_source_type
from extract.records import Document, ManifestEntry, Reference, Section, Skipped
from extract.records.models import MediaType
from extract.records.ids import sha256_hex


#: File extensions the reader accepts (compared lower-cased), and their media types.
SUPPORTED: dict[str, MediaType] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    # Journal XML: the root element decides, JATS <article> or PubMed (extract/ingest/journal_xml.py).
    ".xml": "application/jats+xml",
    ".nxml": "application/jats+xml",
    ".pdf": "application/pdf",  # text layer through extract.ingest.pdf
}
#: Largest input read by default, in bytes; the CLI raises it with ``--max-bytes``.
DEFAULT_MAX_BYTES = 5_000_000

_LOG = logging.getLogger(__name__)
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.10
#: C0 controls and DEL, except the whitespace ones text files use (\t \n \v \f \r).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_MD_H1 = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_MD_FENCE = re.compile(r"^ {0,3}(```|~~~)")


class _Extracted(NamedTuple):
    """What a file itself says: its text and whatever metadata it carries."""

    text: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    authors: list[str] = []
    journal: str | None = None
    pmid: str | None = None
    doi: str | None = None
    sections: list[Section] = []
    references: list[Reference] = []


def document_id(raw: bytes) -> str:
    """Stable document id: ``doc_`` + 16 hex digits of the SHA-256 of the raw bytes."""
    return "doc_" + sha256_hex(raw)[:16]


def read_document(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, meta: ManifestEntry | None = None
) -> Document:
    """Read one supplied file into a Document, or raise :class:`InputError`.

    Checks run in this order: missing, unreadable, unsupported_type, empty, too_large,
    binary, not_utf8, empty (whitespace only), html_no_text; ``.xml`` / ``.nxml`` files are
    parsed from their bytes instead (their declaration names the encoding) and may fail with
    the ``xml_*`` codes, and a PDF is read for its text layer (pdf_no_text when it has none).
    Non-empty manifest values (``meta``) override the metadata found in the file; without a
    manifest source type it is detected (:mod:`extract.ingest.source_type`).
    """
    path = Path(path)
    media_type = _check_file(path, max_bytes)
    raw = _read_bytes(path, max_bytes)
    if media_type == "application/pdf":
        return _build_document(path, raw, media_type, _extract_pdf(path, raw), meta)
    _check_not_binary(path, raw)
    if path.suffix.lower() in XML_SUFFIXES:  # parsed from bytes: the XML declares its own encoding
        xml = read_journal_xml(path, raw)
        found = _Extracted(**{k: v for k, v in xml._asdict().items() if k != "media_type"})
        return _build_document(path, raw, xml.media_type, found, meta)
    text = _decode(path, raw)
    if not text.strip():
        raise InputError(path, "empty", "file contains only whitespace; supply a file with text in it")
    found = _extract_html(path, text) if media_type == "text/html" else _extract_plain(text, media_type)
    return _build_document(path, raw, media_type, found, meta)


class InputFile(NamedTuple):
    """A file an argument names, listed but not yet read, with its manifest entry (if any)."""

    path: Path
    meta: ManifestEntry | None = None


def iter_documents(
    paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | Skipped]:
    """Yield a Document or a Skipped record for every file the arguments name, in order.

    A folder contributes its files in sorted name order (not recursively; hidden files,
    sub-folders and ``manifest.jsonl`` are not documents) with metadata from its manifest.
    A file uses the manifest of its own folder. Nothing is raised: every failure, a bad
    manifest, and content already read from another path are reported as Skipped.
    """
    seen: dict[str, str] = {}
    for item in list_inputs(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        doc = read_input(item, max_bytes=max_bytes)
        if isinstance(doc, Document):
            if doc.sha256 in seen:
                yield duplicate(item.path, seen[doc.sha256])
                continue
            seen[doc.sha256] = str(item.path)
        yield doc


def list_inputs(paths: Sequence[str | Path]) -> Iterator[InputFile | Skipped]:
    """The listing half of :func:`iter_documents`: the files the arguments name, in the same
    order, with their manifest entries, without reading them; a path that cannot be listed
    and a bad manifest are Skipped records, as there. Read each file with :func:`read_input`."""
    if isinstance(paths, (str, Path)):
        raise TypeError("iter_documents takes a sequence of paths; wrap a single path in a list")
    manifests: dict[str, dict[str, ManifestEntry]] = {}
    for arg in paths:
        try:
            files, folder = _expand(Path(arg))
        except InputError as e:
            yield e.to_skipped()
            continue
        key = os.path.abspath(folder)
        if key not in manifests:
            manifests[key], problem = _manifest_or_skipped(folder)
            if problem is not None:
                yield problem
        for file in files:
            yield InputFile(file, manifests[key].get(file.name))
        if folder == Path(arg):
            yield from _failed_fetches(manifests[key], {file.name for file in files})


def _check_file(path: Path, max_bytes: int) -> MediaType:
    """Check existence, kind, extension and size from ``stat``, before reading anything."""
    info = _stat(path)
    if not stat.S_ISREG(info.st_mode):
        kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        reason = f"path is {kind}; name a regular text file (or pass a folder to the batch reader)"
        raise InputError(path, "unreadable", reason)
    media_type = SUPPORTED.get(path.suffix.lower())
    if media_type is None:
        raise InputError(path, "unsupported_type", _unsupported_reason(path.suffix))
    if info.st_size == 0:
        raise InputError(path, "empty", "file is empty (0 bytes); supply a file with text in it")
    if info.st_size > max_bytes:
        raise InputError(path, "too_large", _too_large_reason(info.st_size, max_bytes))
    return media_type


def _stat(path: Path) -> os.stat_result:
    """``stat`` the path (following links), mapping failures to missing or unreadable."""
    try:
        return path.stat()
    except (FileNotFoundError, NotADirectoryError) as e:
        if path.is_symlink():
            reason = f"path is a broken symbolic link (its target {os.readlink(path)} does not exist); fix or remove it"
            raise InputError(path, "missing", reason) from e
        raise InputError(path, "missing", "path does not exist; check the spelling and the working directory") from e
    except OSError as e:
        reason = f"path cannot be examined ({e.strerror or e}); check its permissions"
        raise InputError(path, "unreadable", reason) from e


def _unsupported_reason(suffix: str) -> str:
    """Reason for an unknown extension, listing the supported ones."""
    shown = f"'{suffix}'" if suffix else "(no extension)"
    supported = ", ".join(sorted(SUPPORTED))
    return f"file type {shown} is not supported; convert it to one of {supported} (export Word documents as text)"


def _too_large_reason(size: int, max_bytes: int) -> str:
    """Reason for an oversized file, naming the limit and how to raise it."""
    return f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes; raise the limit with --max-bytes if needed"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read the raw bytes, never more than ``max_bytes`` (the file may grow after ``stat``)."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as e:
        raise InputError(path, "unreadable", f"file cannot be opened ({e.strerror or e}); check its permissions") from e
    if len(raw) > max_bytes:
        raise InputError(path, "too_large", _too_large_reason(len(raw), max_bytes))
    if not raw:
        raise InputError(path, "empty", "file is empty (0 bytes); supply a file with text in it")
    return raw


def _check_not_binary(path: Path, raw: bytes) -> None:
    """Reject NUL bytes or more than 10% control characters in the first 8 KiB."""
    head = raw[:_SNIFF_BYTES]
    if head.startswith(_UTF16_BOMS):
        raise InputError(path, "binary", "file is UTF-16 text (byte-order mark and NUL bytes); re-save it as UTF-8")
    nul = head.find(b"\x00")
    if nul >= 0:
        raise InputError(path, "binary", f"file looks binary (NUL byte at offset {nul}); supply it as UTF-8 text")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(head):
        share = controls / len(head)
        reason = f"file looks binary ({share:.0%} of its first 8 KiB are control characters); supply it as UTF-8 text"
        raise InputError(path, "binary", reason)


def _decode(path: Path, raw: bytes) -> str:
    """Decode strict UTF-8, dropping a leading byte-order mark."""
    body = raw[len(codecs.BOM_UTF8) :] if raw.startswith(codecs.BOM_UTF8) else raw
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        offset = len(raw) - len(body) + e.start
        reason = f"file is not valid UTF-8 (invalid byte 0x{raw[offset]:02X} at offset {offset}); re-save it as UTF-8"
        raise InputError(path, "not_utf8", reason) from e


def _normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR line endings into LF; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _extract_plain(text: str, media_type: MediaType) -> _Extracted:
    """Plain text and Markdown: the text is the file, with normalized line endings."""
    text = _normalize_newlines(text)
    title = _markdown_title(text) if media_type == "text/markdown" else None
    return _Extracted(text=text, title=title)


def _markdown_title(text: str) -> str | None:
    """The first level-1 ATX heading (``# Title``) outside code fences, if any."""
    in_fence = False
    for line in text.split("\n"):
        if _MD_FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (match := _MD_H1.match(line)):
            return match.group(1).strip()
    return None


def _extract_html(path: Path, markup: str) -> _Extracted:
    """Main text and metadata of a web page (:func:`extract.ingest.html.html_text`)."""
    try:
        page = html_text(markup)
    except HtmlError as e:
        raise InputError(path, "html_no_text", e.reason) from e
    return _Extracted(text=page.text, title=page.title, publisher=page.sitename, date=page.date, url=page.url)


def _extract_pdf(path: Path, raw: bytes) -> _Extracted:
    """The text layer and metadata of a PDF (:func:`extract.ingest.pdf.pdf_text`)."""
    from extract.ingest.pdf import PdfError, pdf_text

    try:
        found = pdf_text(raw)
    except PdfError as e:
        raise InputError(path, "pdf_no_text", e.reason) from e
    return _Extracted(text=found.text, title=found.title, date=found.date)


def _build_document(
    path: Path, raw: bytes, media_type: MediaType, found: _Extracted, meta: ManifestEntry | None
) -> Document:
    """Assemble the record; non-empty manifest values win over what the file says, and a
    manifest source type over the detected one."""
    meta = meta or ManifestEntry(file=path.name)
    url, title, publisher = meta.url or found.url, meta.title or found.title, meta.publisher or found.publisher
    if meta.source_type:
        source_type, basis = meta.source_type, "manifest"
    else:
        source_type, basis = detect_source_type(media_type, found.text, url=url, title=title, publisher=publisher)
    return Document(
        doc_id=document_id(raw),
        path=str(path),
        url=url,
        sha256=sha256_hex(raw),
        media_type=media_type,
        title=title,
        publisher=publisher,
        source_type=source_type,
        source_type_basis=basis,
        date=meta.date or found.date,
        authors=list(meta.authors or found.authors),
        journal=meta.journal or found.journal,
        pmid=meta.pmid or found.pmid,
        doi=meta.doi or found.doi,
        cites=list(meta.cites),
        sections=list(found.sections),
        references=list(found.references),
        fetch=meta.fetch,
        n_chars=len(found.text),
        text=found.text,
    )


def _expand(arg: Path) -> tuple[list[Path], Path]:
    """The files one argument names, and the folder whose manifest applies to them."""
    try:
        is_folder = arg.is_dir()
    except OSError as e:
        reason = f"path cannot be examined ({e.strerror or e}); check its permissions"
        raise InputError(arg, "unreadable", reason) from e
    if not is_folder:
        return [arg], arg.parent
    return _folder_files(arg), arg


def _folder_files(folder: Path) -> list[Path]:
    """A folder's candidate documents in sorted name order (not recursive)."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as e:
        reason = f"folder cannot be listed ({e.strerror or e}); check its permissions"
        raise InputError(folder, "unreadable", reason) from e
    return [p for p in entries if not p.name.startswith(".") and p.name != MANIFEST_NAME and not p.is_dir()]


def _manifest_or_skipped(folder: Path) -> tuple[dict[str, ManifestEntry], Skipped | None]:
    """The folder's manifest; a bad one is reported and replaced by no metadata."""
    try:
        return load_manifest(folder), None
    except InputError as e:
        return {}, e.to_skipped()


def read_input(item: InputFile, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | Skipped:
    """Read one listed file at the batch boundary: every failure becomes a Skipped record.

    Repeated content is not checked here (:func:`iter_documents` does it, with :func:`duplicate`)."""
    path, meta = item
    if meta is not None and meta.status == "failed":
        return _fetch_failed(meta)
    try:
        return read_document(path, max_bytes=max_bytes, meta=meta)
    except InputError as e:
        return e.to_skipped()
    except Exception as e:  # a bad file must never stop the batch
        _LOG.debug("unexpected error reading %s", path, exc_info=True)
        reason = f"reading failed unexpectedly ({type(e).__name__}: {e}); report this file with the message"
        return Skipped(path=str(path), code="unreadable", reason=reason)


def duplicate(path: Path, first: str) -> Skipped:
    """The Skipped record of a file whose bytes were already read from ``first``."""
    reason = f"same content as {first} (identical SHA-256), which was already read; remove one copy"
    return InputError(path, "duplicate", reason).to_skipped()


def _fetch_failed(entry: ManifestEntry) -> Skipped:
    """A manifest entry whose fetch failed, reported under its URL (or file) with the error."""
    where = entry.url or (entry.fetch.url if entry.fetch else None) or entry.file
    error = (entry.fetch.error if entry.fetch else None) or "no reason recorded"
    reason = f"{where} could not be fetched ({error}); crawl it again or remove its manifest line"
    return InputError(where, "fetch_failed", reason).to_skipped()


def _failed_fetches(manifest: dict[str, ManifestEntry], listed: set[str]) -> Iterator[Skipped]:
    """Failed entries of a folder's manifest whose file is not there (they have none)."""
    for name, entry in manifest.items():
        if entry.status == "failed" and name not in listed:
            yield _fetch_failed(entry)
