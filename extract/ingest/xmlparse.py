"""Safe XML parsing and the text helpers shared by the JATS and PubMed XML readers.

Supplied XML is untrusted. :func:`parse_xml` parses it with lxml with entity resolution, DTD
loading and network access off, and without libxml2's "huge" mode (so its depth and text-node
limits hold). A DOCTYPE that declares entities is rejected outright (code ``xml_entities``):
that is how XXE (an external entity pointing at a local file or a URL) and entity-expansion
("billion laughs") payloads are written, and no journal file needs one. References to entities
that are not declared in the file (``&nbsp;`` in a file whose external DTD is not loaded) are
read from the fixed table of HTML named entities, never from the document.

:class:`TextBuilder` assembles a document's text block by block and records titled
:class:`~extract.records.Section` spans with their character offsets.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from html.entities import html5
from pathlib import Path
from typing import Literal, NamedTuple, Optional

from extract.ingest.errors import InputError
from extract.records import Reference, Section
from extract.records.models import MediaType

_LOG = logging.getLogger(__name__)
_SPACES = re.compile(r"\s+")
_DECLARED_ENTITY = re.compile(rb"<!ENTITY\s+(?:%\s+)?([^\s\"'>]+)")

#: A hook that renders a child element itself (returns its text) or declines (returns None).
Render = Callable[["object"], Optional[str]]
BlockKind = Literal["heading", "para", "item"]


def parse_xml(path: str | Path, raw: bytes):  # noqa: ANN201  (an lxml element; lxml is imported lazily)
    """The root element of ``raw``, parsed safely, or an :class:`InputError` naming ``path``.

    Codes: ``xml_malformed`` (not well-formed, too deep, undefined entity without a DTD),
    ``xml_entities`` (the DOCTYPE declares entities: never expanded, the file is refused).
    """
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as e:
        declared = _DECLARED_ENTITY.findall(raw)
        if declared:  # libxml2 stops entity bombs itself ("amplification factor exceeded")
            names = [n.decode("utf-8", "replace") for n in declared]
            raise InputError(path, "xml_entities", _entities_reason(names) + f" (the parser said: {e})") from e
        reason = f"the XML is not well-formed ({e}); check that the file is complete and was saved as XML"
        raise InputError(path, "xml_malformed", reason) from e
    except ValueError as e:  # e.g. an encoding declaration lxml cannot honour
        raise InputError(path, "xml_malformed", f"the XML cannot be parsed ({e}); re-save it as UTF-8") from e
    _refuse_declared_entities(path, root)
    return root


def _refuse_declared_entities(path: str | Path, root) -> None:  # noqa: ANN001
    """Reject a DOCTYPE whose internal subset declares entities (XXE, billion laughs)."""
    dtd = root.getroottree().docinfo.internalDTD
    names = [entity.name for entity in dtd.iterentities()] if dtd is not None else []
    if names:
        reason = _entities_reason(names)
        raise InputError(path, "xml_entities", reason)


def _entities_reason(names: list[str]) -> str:
    shown = ", ".join(names[:5]) + (" ..." if len(names) > 5 else "")
    return (
        f"the XML declares entities in its DOCTYPE ({shown}); they are never expanded (they can read local "
        "files or blow up in size), so the file is refused: remove the <!ENTITY> declarations and write the "
        "characters themselves"
    )


def local_name(element) -> str:  # noqa: ANN001
    """The element's tag without a namespace ('' for comments, entities and the like)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(element, *names: str) -> list:  # noqa: ANN001
    """The element's child elements, only those with one of ``names`` (local names) if given;
    none for a missing (None) element."""
    if element is None:
        return []
    return [c for c in element if isinstance(c.tag, str) and (not names or local_name(c) in names)]


def child(element, *path: str):  # noqa: ANN001, ANN201
    """The first element down ``path`` (local names, one per level), or None."""
    node = element
    for name in path:
        if node is None:
            return None
        node = next(iter(children(node, name)), None)
    return node


def entity_text(node) -> str:  # noqa: ANN001
    """An undeclared entity reference as its character, from the HTML entity table, else ''."""
    name = node.text.strip("&;") if node.text else ""
    value = html5.get(name + ";") or html5.get(name)
    if value is None:
        _LOG.warning("unknown entity &%s; dropped from the text", name)
        return ""
    return value


def inline_text(element, render: Optional[Render] = None, skip: frozenset[str] = frozenset()) -> str:  # noqa: ANN001
    """All text inside ``element`` in document order, whitespace not yet squashed.

    ``render`` may return the text of a child element itself (a citation marker); children
    whose local name is in ``skip`` contribute nothing but their tail.
    """
    from lxml import etree

    parts = [element.text or ""]
    for node in element:
        if node.tag is etree.Entity:
            parts.append(entity_text(node))
        elif isinstance(node.tag, str) and local_name(node) not in skip:
            custom = render(node) if render is not None else None
            parts.append(custom if custom is not None else inline_text(node, render, skip))
        parts.append(node.tail or "")
    return "".join(parts)


def squash(text: str) -> str:
    """Runs of whitespace (XML indentation, line breaks) as single spaces, trimmed."""
    return _SPACES.sub(" ", text).strip()


def text_of(element, render: Optional[Render] = None, skip: frozenset[str] = frozenset()) -> str:  # noqa: ANN001
    """The squashed inline text of ``element``; '' for None."""
    return squash(inline_text(element, render, skip)) if element is not None else ""


class TextBuilder:
    """A document's text, built block by block, with the offsets of titled sections.

    A heading is a line of its own directly above its first block; blocks are separated by a
    blank line; list items by a line break. Offsets are exact: a section's ``start`` is its
    heading's first character, its ``end`` the end of its last block.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._last: Optional[BlockKind] = None
        self.sections: list[Section] = []

    @property
    def length(self) -> int:
        """Characters written so far."""
        return self._length

    def add(self, text: str, kind: BlockKind = "para") -> int:
        """Append a block (squashed; empty text adds nothing) and return its start offset."""
        text = squash(text)
        if not text:
            return self._length
        if self._last is not None:
            joined = self._last == "heading" or (self._last == "item" and kind == "item")
            self._write("\n" if joined else "\n\n")
        start = self._length
        self._write(text)
        self._last = kind
        return start

    def section(self, title: str, start: int) -> None:
        """Record a section titled ``title`` from ``start`` to the current end (if it holds text)."""
        title = squash(title)
        if title and self._length > start:
            self.sections.append(Section(title=title, start=start, end=self._length))

    def text(self) -> str:
        """The text written so far."""
        return "".join(self._parts)

    def _write(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)


class ParsedXml(NamedTuple):
    """What a journal XML file says: its text and bibliographic metadata."""

    media_type: MediaType
    text: str
    title: Optional[str] = None
    date: Optional[str] = None
    authors: list[str] = []
    journal: Optional[str] = None
    pmid: Optional[str] = None
    doi: Optional[str] = None
    sections: list[Section] = []
    references: list[Reference] = []


def require_text(path: str | Path, text: str, what: str) -> None:
    """Reject a file whose parsed text is empty (code ``xml_no_text``)."""
    if not text.strip():
        reason = f"the {what} has no title, abstract or body text to read; check that it is the full record"
        raise InputError(path, "xml_no_text", reason)


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def iso_date(year: Optional[str], month: Optional[str] = None, day: Optional[str] = None) -> Optional[str]:
    """'2024', '2024-03' or '2024-03-07' from a year and optional month (number or name) and day."""
    year = (year or "").strip()
    if not re.fullmatch(r"\d{4}", year):
        return None
    number = _month_number(month)
    if number is None:
        return year
    day_s = (day or "").strip()
    if day_s.isdigit() and 1 <= int(day_s) <= 31:
        return f"{year}-{number:02d}-{int(day_s):02d}"
    return f"{year}-{number:02d}"


def _month_number(month: Optional[str]) -> Optional[int]:
    month = (month or "").strip().lower()
    if month.isdigit():
        return int(month) if 1 <= int(month) <= 12 else None
    return _MONTHS.get(month[:3])


def initials(given: str) -> str:
    """Initials of given names: 'Yusuf Kemal' -> 'YK', 'Y. K.' -> 'YK'; 'YK' stays 'YK'."""
    given = given.strip()
    if re.fullmatch(r"[A-Z]{1,4}", given):
        return given
    return "".join(word[0] for word in re.split(r"[\s.\-]+", given) if word and word[0].isalpha())


def person_name(surname: str, given: str) -> str:
    """A person as citations write them: 'Akkemik U' (surname and initials)."""
    return " ".join(p for p in (squash(surname), initials(squash(given))) if p)


def year_of(text: Optional[str]) -> Optional[int]:
    """The first plausible four-digit year (1800-2199) in ``text``."""
    match = re.search(r"\b(1[89]\d\d|2[01]\d\d)\b", text or "")
    return int(match.group(1)) if match else None
