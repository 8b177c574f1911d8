"""Evidence extraction from clinic pages and journal texts: figures, claims and conflicts.

The public API is small and nothing heavy happens at import:

- :func:`extract.load` returns the spaCy ``Language`` (scispaCy tokenizer, sentences,
  abbreviations, figures); docs carry their claims as ``doc._.claims``.
- :func:`extract.run` runs the whole pipeline on paths and writes the outputs.
- :func:`extract.crawl_urls` fetches web pages and PDFs politely into a corpus folder
  (:mod:`extract.crawl`), which :func:`extract.run` then reads.
- :func:`extract.read_claims` reads a run's claims into a pandas DataFrame;
  :func:`extract.read_claim_groups` its claim groups (one claim, many sources).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "crawl_urls", "load", "run", "read_claim_groups", "read_claims", "read_conflicts", "read_documents"]

if TYPE_CHECKING:  # pragma: no cover
    from extract.crawl import crawl_urls
    from extract.pipeline import load
    from extract.runner import read_claim_groups, read_claims, read_conflicts, read_documents, run

_LAZY = {
    "crawl_urls": "extract.crawl",
    "load": "extract.pipeline",
    "run": "extract.runner",
    "read_claim_groups": "extract.runner",
    "read_claims": "extract.runner",
    "read_conflicts": "extract.runner",
    "read_documents": "extract.runner",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
