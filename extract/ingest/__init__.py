"""Ingest: supplied files and folders in, Document records out.

This stage owns reading the inputs a user supplies (plain text, Markdown, HTML, and PMC / JATS
and PubMed XML files, and folders of them with an optional ``manifest.jsonl``) into
:class:`~extract.records.Document` records with stable ids (from the SHA-256 of the raw bytes),
the exact text that every later character offset refers to, and a source type (from the
manifest, or detected by the rules of ``data/source_types.json``). It rejects bad input with a named reason: an
:class:`InputError` with a code from :data:`ERROR_CODES`, reported as a
:class:`~extract.records.Skipped` record by the batch reader, never silently dropped.
"""

from extract.ingest.errors import ERROR_CODES, InputError
from extract.ingest.manifest import MANIFEST_NAME, load_manifest
from extract.ingest.reader import (
    DEFAULT_MAX_BYTES,
    SUPPORTED,
    InputFile,
    document_id,
    duplicate,
    iter_documents,
    list_inputs,
    read_document,
    read_input,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ERROR_CODES",
    "MANIFEST_NAME",
    "SUPPORTED",
    "InputError",
    "InputFile",
    "document_id",
    "duplicate",
    "iter_documents",
    "list_inputs",
    "load_manifest",
    "read_document",
    "read_input",
]
