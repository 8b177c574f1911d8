"""Why a supplied input was rejected: one exception type with a code from a fixed set.

Every rejection carries a machine-readable ``code`` (one of :data:`ERROR_CODES`) and a
``reason``: one plain sentence naming the problem and what to do about it. At the batch
boundary an :class:`InputError` becomes a :class:`~extract.records.Skipped` record, so a bad
input is reported, never silently dropped.
"""

from __future__ import annotations

from pathlib import Path

from extract.records import Skipped

#: The fixed set of rejection codes, and what each one means.
ERROR_CODES: dict[str, str] = {
    "missing": "The path does not exist, or is a symbolic link whose target does not exist.",
    "unreadable": "The path is not a regular file, or the operating system refused to read it.",
    "empty": "The file has no bytes, or only whitespace.",
    "binary": "The file looks binary: NUL bytes or too many control characters.",
    "not_utf8": "The file is not valid UTF-8 text.",
    "too_large": "The file is over the size limit (see --max-bytes).",
    "unsupported_type": "The file extension is not one the reader supports.",
    "html_no_text": "No main text could be extracted from the HTML.",
    "duplicate": "The same bytes were already read from another path in this batch.",
    "bad_manifest": "A line of manifest.jsonl is not valid JSON or not a valid entry.",
    "xml_malformed": "The XML is not well-formed (or nested too deeply, or uses an undefined entity).",
    "xml_entities": "The XML declares entities in its DOCTYPE (how XXE and billion-laughs payloads are written).",
    "xml_unknown_root": "The XML root is neither a JATS <article> nor a PubMed <PubmedArticleSet>/<PubmedArticle>.",
    "xml_multiple_articles": "A PubMed XML file holds more than one <PubmedArticle>; one article per file.",
    "xml_no_text": "The XML has no title, abstract or body text.",
    "pdf_no_text": "No text could be read from the PDF: no text layer (a scan), encrypted, or broken.",
    "fetch_failed": "The manifest records that the document could not be fetched (status 'failed').",
}


class InputError(Exception):
    """A supplied input that cannot be used, with a code from :data:`ERROR_CODES`."""

    def __init__(self, path: str | Path, code: str, reason: str) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown input error code {code!r}; use one of {sorted(ERROR_CODES)}")
        self.path = str(path)
        self.code = code
        self.reason = reason
        super().__init__(f"{self.path}: [{code}] {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str]]:
        """Pickle by the constructor arguments (for process pools)."""
        return (type(self), (self.path, self.code, self.reason))

    def to_skipped(self) -> Skipped:
        """The record that reports this rejection in a run's output."""
        return Skipped(path=self.path, code=self.code, reason=self.reason)
