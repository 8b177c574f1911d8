"""Supplied XML files: the root element decides between PMC / JATS and PubMed XML.

``.xml`` and ``.nxml`` files are parsed safely (:func:`extract.ingest.xmlparse.parse_xml`: no
entity expansion, no DTD, no network) and read by :mod:`extract.ingest.jats` when the root is
``<article>``, by :mod:`extract.ingest.pubmed_xml` when it is ``<PubmedArticleSet>`` or
``<PubmedArticle>``; any other root is refused (code ``xml_unknown_root``).
"""

from __future__ import annotations

from pathlib import Path

from extract.ingest import jats, pubmed_xml
from extract.ingest.errors import InputError
from extract.ingest.xmlparse import ParsedXml, local_name, parse_xml

#: File extensions read as journal XML (PMC's own files end in .nxml).
XML_SUFFIXES = frozenset({".xml", ".nxml"})


def read_journal_xml(path: str | Path, raw: bytes) -> ParsedXml:
    """Text and metadata of a JATS or PubMed XML file's bytes, or an :class:`InputError`."""
    if not raw.strip():
        raise InputError(path, "empty", "file contains only whitespace; supply a file with text in it")
    root = parse_xml(path, raw)
    name = local_name(root)
    if name in jats.ROOTS:
        return jats.parse_jats(path, root)
    if name in pubmed_xml.ROOTS:
        return pubmed_xml.parse_pubmed_xml(path, root)
    reason = (
        f"the XML's root element is <{name}>, which is neither a JATS <article> (PMC full text) nor PubMed's "
        "<PubmedArticleSet>/<PubmedArticle>; supply one of those, or the text as .txt"
    )
    raise InputError(path, "xml_unknown_root", reason)
