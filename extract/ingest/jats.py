"""PMC / JATS XML full text (``<article>``) to text, sections, references and metadata.

The text is the article title, the abstract (under an "Abstract" heading; a structured
abstract's ``<sec>`` titles as headings) and the body: every ``<sec>`` title (without its
number) is a heading line
and a :class:`~extract.records.Section` (nested sections nest), then its paragraphs, list items
("• " or "1. " lines), and the labels and captions of tables and figures ("Table 1. ..."; table
cells, graphics and formulas are not text). Back matter (acknowledgements, footnotes,
appendices) and sub-articles are not read.

The ``<ref-list>`` is parsed into :class:`~extract.records.Reference` records (label, the entry
as written, authors as 'Surname Initials', title, journal, year, PMID and DOI from
``<pub-id pub-id-type=...>``, URL) and is NOT part of the text. Each in-text citation
``<xref ref-type="bibr" rid="...">`` becomes a bracketed marker of the cited entries' labels,
"[1]" or "[1,2]" (only the label inside brackets already written: "[1-3]"), so later stages can
tie a sentence to its references; an author-year citation keeps its words and gains the marker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.ingest.xmlparse import (
    ParsedXml,
    TextBuilder,
    child,
    children,
    iso_date,
    local_name,
    person_name,
    require_text,
    squash,
    text_of,
    year_of,
)
from extract.records import Reference

#: Root element of JATS.
ROOTS = frozenset({"article"})

_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
#: Abstracts that are not the article's summary.
_OTHER_ABSTRACTS = frozenset({"graphical", "teaser", "toc", "video", "web-summary"})
#: Never text: tables' cells, graphics, formulas' markup, floating notes, metadata.
_NOT_TEXT = frozenset(
    {
        "table", "graphic", "media", "alternatives", "disp-formula", "tex-math", "inline-graphic",
        "fn", "fn-group", "supplementary-material", "table-wrap-foot", "sec-meta", "ref-list",
        "object-id", "attrib", "permissions", "chem-struct-wrap", "array", "code", "preformat",
    }
)  # fmt: skip
#: Elements that hold blocks rather than a run of text.
_BLOCKS = frozenset({"sec", "p", "list", "table-wrap", "fig", "disp-quote", "boxed-text", "def-list", "statement",
                     "fig-group", "table-wrap-group", "app", "glossary", "verse-group", "speech"})  # fmt: skip
_CONTAINERS = frozenset({"disp-quote", "boxed-text", "statement", "fig-group", "table-wrap-group", "app",
                         "glossary", "verse-group", "speech", "body"})  # fmt: skip
_MARK = "\x00"  # XML text cannot hold NUL: a safe sentinel around citation labels
_MARKER = re.compile(_MARK + r"([^" + _MARK + r"]*)" + _MARK)
_NUMERIC_CITATION = re.compile(r"[\d\s,;\u2013\u2014\-]*")


def parse_jats(path: str | Path, root) -> ParsedXml:  # noqa: ANN001
    """Text, sections, references and metadata of a JATS ``<article>``, or an InputError."""
    front = child(root, "front")
    meta = child(front, "article-meta")
    ref_elements = _ref_elements(root)
    references = [_reference(ref, n) for n, ref in enumerate(ref_elements, start=1)]
    labels = {ref.get("id"): parsed.label for ref, parsed in zip(ref_elements, references) if ref.get("id")}
    writer = _Writer(labels)
    title = text_of(child(meta, "title-group", "article-title"), skip=frozenset({"xref", "fn"}))
    writer.builder.add(title)
    for abstract in children(meta, "abstract"):
        if abstract.get("abstract-type") not in _OTHER_ABSTRACTS:
            writer.titled(abstract, default_title="Abstract")
    body = child(root, "body")
    if body is not None:
        writer.blocks(body)
    ids = {i.get("pub-id-type"): text_of(i) for i in children(meta, "article-id")}
    parsed = ParsedXml(
        media_type="application/jats+xml",
        text=writer.builder.text(),
        title=title or None,
        date=_date(meta),
        authors=_authors(meta),
        journal=_journal(child(front, "journal-meta")),
        pmid=ids.get("pmid") or None,
        doi=ids.get("doi") or None,
        sections=sorted(writer.builder.sections, key=lambda s: (s.start, -s.end)),
        references=references,
    )
    require_text(path, parsed.text, "JATS article")
    return parsed


class _Writer:
    """Walks the body's blocks into a TextBuilder, rendering citations with reference labels."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.builder = TextBuilder()
        self.labels = labels

    def titled(self, element, default_title: Optional[str] = None) -> None:  # noqa: ANN001
        """A section (or abstract): its title as a heading, its blocks, a Section. A section's
        number (``<label>``) is left out of the heading, so it reads as one ("Introduction", not
        "1 Introduction"); it stands in only for a missing title."""
        title = self.inline(child(element, "title")) or self.inline(child(element, "label")) or default_title or ""
        start = self.builder.add(title, "heading") if title else self.builder.length
        self.blocks(element)
        if title:
            self.builder.section(title, start)

    def blocks(self, element) -> None:  # noqa: ANN001
        """Every block child of a container, in order."""
        for node in children(element):
            self.block(node)

    def block(self, node) -> None:  # noqa: ANN001
        """One block: a section, list, table or figure caption, container, or paragraph."""
        name = local_name(node)
        if name in ("title", "label", "caption") or name in _NOT_TEXT:
            return
        if name == "sec":
            self.titled(node)
        elif name == "list":
            self.list(node)
        elif name in ("table-wrap", "fig"):
            self.caption(node)
        elif name == "def-list":
            self.def_list(node)
        elif name in _CONTAINERS:
            self.titled(node) if child(node, "title") is not None else self.blocks(node)
        else:  # p, and anything else: its running text, then any blocks nested in it (a list in a p)
            self.builder.add(self.inline(node))
            for nested in children(node):
                if local_name(nested) in _BLOCKS:
                    self.block(nested)

    def list(self, element, depth: int = 0) -> None:  # noqa: ANN001
        """List items as lines of their own: '• text', or '1. text' in an ordered list."""
        ordered = element.get("list-type") in ("order", "arabic", "number")
        for n, item in enumerate(children(element, "list-item"), start=1):
            label = self.inline(child(item, "label"))
            marker = label if label else (f"{n}." if ordered else "\u2022")
            text = " ".join(self.inline(p) for p in children(item) if local_name(p) not in ("label", "list"))
            self.builder.add(f"{marker} {text}", "item")
            for nested in children(item, "list"):
                self.list(nested, depth + 1)

    def caption(self, element) -> None:  # noqa: ANN001
        """A table's or figure's label and caption as one paragraph; never its cells."""
        caption = child(element, "caption")
        parts = [self.inline(child(element, "label"))]
        if caption is not None:
            parts += [self.inline(c) for c in children(caption) if local_name(c) in ("title", "p")]
        text = " ".join(_sentence(p) for p in parts if p)
        self.builder.add(text)

    def def_list(self, element) -> None:  # noqa: ANN001
        """A definition list: 'term: definition' lines."""
        for item in children(element, "def-item"):
            term, definition = self.inline(child(item, "term")), self.inline(child(item, "def"))
            self.builder.add(f"\u2022 {term}: {definition}" if term else f"\u2022 {definition}", "item")

    def inline(self, element) -> str:  # noqa: ANN001
        """The running text of an element, citations as markers, nested blocks left out."""
        if element is None:
            return ""
        raw = text_of(element, render=self._render, skip=_NOT_TEXT | _BLOCKS)
        return squash(_markers(raw))

    def _render(self, node) -> Optional[str]:  # noqa: ANN001
        """A bibliography xref as the sentinel-wrapped labels of the entries it cites."""
        if local_name(node) != "xref" or node.get("ref-type") != "bibr":
            return None
        labels = [self.labels[r] for r in (node.get("rid") or "").split() if r in self.labels]
        written = text_of(node)
        if not labels:
            return written
        mark = _MARK + ",".join(labels) + _MARK
        return mark if _NUMERIC_CITATION.fullmatch(written) else f"{written} {mark}"


def _markers(text: str) -> str:
    """Sentinels as '[labels]', or the bare labels where a '[' is already open."""
    out: list[str] = []
    pos = 0
    for match in _MARKER.finditer(text):
        before = text[pos : match.start()]
        out.append(before)
        written = "".join(out)
        inside = written.count("[") > written.count("]")
        out.append(match.group(1) if inside else f"[{match.group(1)}]")
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)


def _sentence(part: str) -> str:
    """A caption part ending in a full stop ('Table 1' -> 'Table 1.')."""
    return part if part.endswith((".", "!", "?", ":")) else part + "."


def _ref_elements(root) -> list:  # noqa: ANN001
    """Every ``<ref>`` of the back matter's reference lists (nested lists included), in order."""
    back = child(root, "back")
    if back is None:
        return []
    return [el for el in back.iter() if local_name(el) == "ref" and _in_ref_list(el)]


def _in_ref_list(element) -> bool:  # noqa: ANN001
    parent = element.getparent()
    return parent is not None and local_name(parent) == "ref-list"


def _reference(ref, ordinal: int) -> Reference:  # noqa: ANN001
    """One ``<ref>``: its label (or position), the entry as written, and its parsed parts."""
    label = text_of(child(ref, "label")).rstrip(".") or str(ordinal)
    citation = _citation(ref)
    if citation is None:
        return Reference(label=label, text=text_of(ref, skip=frozenset({"label"})) or label)
    ids = {p.get("pub-id-type"): text_of(p) for p in children(citation, "pub-id")}
    source = text_of(child(citation, "source")) or None
    title = text_of(child(citation, "article-title")) or text_of(child(citation, "chapter-title")) or None
    year_text = text_of(child(citation, "year")) or text_of(child(citation, "date", "year"))
    return Reference(
        label=label,
        text=_citation_text(citation),
        authors=_citation_authors(citation),
        title=title or (source if citation.get("publication-type") == "book" else None),
        journal=source if citation.get("publication-type") != "book" else None,
        year=year_of(year_text),
        pmid=ids.get("pmid") or None,
        doi=ids.get("doi") or None,
        url=_url(citation),
    )


def _citation(ref):  # noqa: ANN001, ANN202
    """The citation element of a ref (inside ``<citation-alternatives>`` too: the mixed one first)."""
    for holder in (ref, child(ref, "citation-alternatives")):
        for name in ("mixed-citation", "element-citation", "citation", "nlm-citation"):
            found = child(holder, name)
            if found is not None:
                return found
    return None


def _citation_text(citation) -> str:  # noqa: ANN001
    """A mixed citation as written; an element citation (no punctuation of its own) composed."""
    if local_name(citation) != "element-citation":
        return text_of(citation)
    authors = ", ".join(_citation_authors(citation))
    title = text_of(child(citation, "article-title")) or text_of(child(citation, "chapter-title"))
    where = text_of(child(citation, "source"))
    year, volume = text_of(child(citation, "year")), text_of(child(citation, "volume"))
    issue = text_of(child(citation, "issue"))
    first, last = text_of(child(citation, "fpage")), text_of(child(citation, "lpage"))
    locator = year + (f";{volume}" if volume else "") + (f"({issue})" if issue else "")
    locator += (f":{first}" if first else "") + (f"-{last}" if last else "")
    return " ".join(_sentence(p) for p in (authors, title, where, locator) if p)


def _citation_authors(citation) -> list[str]:  # noqa: ANN001
    """Authors of a citation: its author person-group (or bare names), as 'Surname Initials'."""
    groups = [g for g in children(citation, "person-group") if g.get("person-group-type", "author") == "author"]
    holders = groups or [citation]
    out: list[str] = []
    for holder in holders:
        for node in children(holder, "name", "string-name", "collab"):
            if local_name(node) == "name":
                out.append(person_name(text_of(child(node, "surname")), text_of(child(node, "given-names"))))
            elif local_name(node) == "string-name" and child(node, "surname") is not None:
                out.append(person_name(text_of(child(node, "surname")), text_of(child(node, "given-names"))))
            else:
                out.append(text_of(node))
    return [a for a in out if a]


def _url(citation) -> Optional[str]:  # noqa: ANN001
    """A link the citation gives (``<ext-link>`` or ``<uri>``)."""
    for node in children(citation, "ext-link", "uri"):
        href = node.get(_XLINK_HREF) or text_of(node)
        if href:
            return href
    return None


def _authors(meta) -> list[str]:  # noqa: ANN001
    """The article's authors ('Surname Initials'; collaborations by name)."""
    out: list[str] = []
    for group in children(meta, "contrib-group"):
        for contrib in children(group, "contrib"):
            if contrib.get("contrib-type", "author") != "author":
                continue
            name = child(contrib, "name") if child(contrib, "name") is not None else child(contrib, "string-name")
            if name is not None and child(name, "surname") is not None:
                out.append(person_name(text_of(child(name, "surname")), text_of(child(name, "given-names"))))
            elif name is not None or child(contrib, "collab") is not None:
                out.append(text_of(name if name is not None else child(contrib, "collab")))
    return [a for a in out if a]


def _journal(journal_meta) -> Optional[str]:  # noqa: ANN001
    """The journal's title (JATS 1.x title group, or NLM 2.x's bare journal-title)."""
    paths = (("journal-title-group", "journal-title"), ("journal-title",), ("journal-title-group", "abbrev-journal-title"))
    for path in paths:
        title = text_of(child(journal_meta, *path))
        if title:
            return title
    return None


#: Publication dates in order of preference (pub-type of NLM 2.x, date-type of JATS 1.x).
_DATE_PREFERENCE = ("epub", "pub", "ppub", "collection", "epub-ppub")


def _date(meta) -> Optional[str]:  # noqa: ANN001
    """The publication date: electronic first, then print, then any dated one."""
    dates = children(meta, "pub-date")

    def rank(date) -> int:  # noqa: ANN001
        kind = date.get("pub-type") or date.get("date-type") or ""
        return _DATE_PREFERENCE.index(kind) if kind in _DATE_PREFERENCE else len(_DATE_PREFERENCE)

    for date in sorted(dates, key=rank):
        found = iso_date(text_of(child(date, "year")), text_of(child(date, "month")), text_of(child(date, "day")))
        if found:
            return found
    return None
