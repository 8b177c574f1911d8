"""Finding a document's reference list in plain text: pure functions over a string.

A reference list is a heading line such as "References", "Sources" or "Medical references for
this article" (the headings are data: ``data/references.json``) followed by its entries, or,
without a heading, a trailing run of numbered citation-like lines at the end of the page. An
entry is numbered ("1 Akkemik U, ...", "1. ...", "[1] ...", "(1) ...") and may run on over
continuation lines (a wrapped line, a "PMID: ..." or "doi: ..." line). Under a heading,
unnumbered citation-like lines (an APA list) belong to the list too: no claims are read from
them, but with no label to cite them by, they give no entries.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.references.cues import ReferenceCues

#: A numbered entry line: the label in one of four styles, then the entry text.
_ENTRY = re.compile(
    r"^[^\S\n]*(?:\[(?P<a>\d{1,3})\]|\((?P<b>\d{1,3})\)|(?P<c>\d{1,3})[.)]|(?P<d>\d{1,3})(?=[^\S\n]))[^\S\n]+(?P<rest>\S.*)$"
)
_YEAR = re.compile(r"(?<![\d./-])(?:1[89]|20)\d{2}(?![\d/-])")
_IDENTIFIER = re.compile(r"\bdoi\b\s*:?|\bdoi\.org/|\bPMID\b|\bPMCID\b|https?://|\bwww\.", re.I)
#: Journal volume, issue and pages: "2021;33(4):253-60", "19(2), 385-392", "12:45-67".
_VOLUME = re.compile(r"\d{4}\s*(?:[A-Z][a-z]{2}\.?(?:\s+\d{1,2})?)?\s*;\s*\d+|\b\d+\s*\(\s*\d+[-–\w]*\s*\)\s*[:,]\s*\w?\d+|\b\d+\s*:\s*\d+\s*[-–]\s*\d+")
#: A Vancouver author at the start of a line: "Akkemik U," "Peul WC," "Odum F."
_VANCOUVER_AUTHOR = re.compile(r"^(?:[^\W\d_][\w'’-]+\s){1,3}[^\W\d_a-z]{1,3}[,.]", re.U)
#: An APA author at the start of a line, then a parenthesised year: "Smith, J. A., ... (2019)."
_APA = re.compile(r"^[^\W\d_][\w'’ -]+,\s*(?:[^\W\d_]\.\s*)+.*?\((?:19|20)\d{2}[a-z]?[),]", re.U)
#: An identifier alone on a line: continues the entry above.
_IDENTIFIER_LINE = re.compile(
    r"^\s*(?:PMID\s*:?\s*\d+|PMCID\s*:?\s*PMC\d+|doi\s*:?\s*10\.\S+|https?://\S+|www\.\S+|available\s+(?:at|from)\b.*|accessed\b.*)\s*$",
    re.I,
)
#: Lines after a trailing run that still leave it trailing: page furniture ("Skip to content").
_TRAILING_FURNITURE_LINES = 5
_TRAILING_FURNITURE_WORDS = 12


class Entry(NamedTuple):
    """A numbered entry of a reference list; ``start``/``end`` bound its text (after the label)."""

    label: str
    start: int
    end: int
    text: str


class ReferenceList(NamedTuple):
    """A reference list: the span no claims are read from, its heading, and its numbered entries."""

    start: int
    end: int
    heading: Optional[str]
    entries: tuple[Entry, ...]


class _Line(NamedTuple):
    start: int
    end: int  # without the trailing whitespace
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.rstrip()
        out.append(_Line(pos, pos + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def is_list_heading(line: str, cues: ReferenceCues) -> bool:
    """Whether a line is the heading of a reference list ("References", "## Sources:")."""
    s = " ".join(line.strip().strip("#*_=").strip().rstrip(":").strip().lower().split())
    if not s or len(s) > 80:
        return False
    return s in cues.heading_set


def citation_like(line: str) -> bool:
    """Whether a line reads as a bibliographic entry: an identifier (DOI, PMID, URL), or a year
    with an author list ("Akkemik U, ...", "Smith, J. A., ... (2019)"), "et al." or a volume."""
    if _IDENTIFIER.search(line):
        return True
    if not _YEAR.search(line):
        return False
    body = _ENTRY.sub(r"\g<rest>", line).strip()
    return bool(
        re.search(r"\bet\s+al\b", line) or _VOLUME.search(line) or _VANCOUVER_AUTHOR.match(body) or _APA.match(body)
    )


def _entry_match(line: str) -> Optional[tuple[str, int]]:
    """The label of a numbered entry line and the offset of its text in the line."""
    m = _ENTRY.match(line)
    if not m:
        return None
    label = m.group("a") or m.group("b") or m.group("c") or m.group("d")
    return str(int(label)), m.start("rest")


def _continues(line: _Line, blank_before: bool, previous: str) -> bool:
    """Whether a non-entry line continues the entry above it."""
    if _IDENTIFIER_LINE.match(line.text):
        return True
    if blank_before:
        return False
    # a wrapped line: the entry above does not end a sentence, or this one is citation-like
    return not previous.rstrip().endswith((".", "!", "?")) or citation_like(line.text)


def _collect(lines: list[_Line], first: int, *, numbered_only: bool, cues: ReferenceCues) -> tuple[int, list[Entry], int]:
    """Read entries from line ``first`` on: (index of the line after the list, entries, end offset).

    Numbered entries must count up (1, 2, 3 ...; a gap is allowed, going back is not); with
    ``numbered_only`` False, unnumbered citation-like lines belong to the list too.
    """
    entries: list[Entry] = []
    end = lines[first - 1].end if first > 0 else 0
    last_label, previous, current = 0, "", False  # current: the line above belongs to a numbered entry
    blank_before = False
    i = first
    while i < len(lines):
        line = lines[i]
        if not line.text.strip():
            blank_before = True
            i += 1
            continue
        found = _entry_match(line.text)
        if found and int(found[0]) > last_label and (last_label or int(found[0]) == 1):
            last_label = int(found[0])
            entries.append(Entry(found[0], line.start + found[1], line.end, ""))
            current = True
        elif previous and _continues(line, blank_before, previous):
            if current:
                entries[-1] = entries[-1]._replace(end=line.end)
        elif not numbered_only and not found and citation_like(line.text) and not is_list_heading(line.text, cues):
            current = False  # an unnumbered entry: part of the list, no label to cite it by
        else:
            break
        end, previous, blank_before = line.end, line.text, False
        i += 1
    return i, entries, end


def _first_char(line: _Line) -> int:
    return line.start + len(line.text) - len(line.text.lstrip())


def _with_text(text: str, entries: list[Entry]) -> tuple[Entry, ...]:
    return tuple(e._replace(text=" ".join(text[e.start : e.end].split())) for e in entries)


def find_reference_lists(text: str, cues: ReferenceCues) -> list[ReferenceList]:
    """Every reference list of a plain-text document, in text order (usually one, or none).

    Lists under a heading come first in priority; a trailing run of at least two numbered,
    citation-like lines with no heading is a list when nothing but a few short lines of page
    furniture follows it.
    """
    lines = _lines(text)
    found: list[ReferenceList] = []
    taken_until = -1
    for i, line in enumerate(lines):
        if i <= taken_until or not is_list_heading(line.text, cues):
            continue
        after, entries, end = _collect(lines, i + 1, numbered_only=False, cues=cues)
        found.append(ReferenceList(_first_char(line), end, line.text.strip(), _with_text(text, entries)))
        taken_until = after - 1
    if not any(r.entries for r in found):
        trailing = _trailing_run(text, lines, cues)
        if trailing is not None:
            found.append(trailing)
    return sorted(found, key=lambda r: r.start)


def _trailing_run(text: str, lines: list[_Line], cues: ReferenceCues) -> Optional[ReferenceList]:
    """The last run of numbered citation-like lines, if only page furniture follows it."""
    best: Optional[ReferenceList] = None
    i = 0
    while i < len(lines):
        found = _entry_match(lines[i].text)
        if found is None or found[0] != "1":
            i += 1
            continue
        after, entries, end = _collect(lines, i, numbered_only=True, cues=cues)
        entries = _with_text(text, entries)
        if len(entries) >= 2 and all(citation_like(e.text) for e in entries):
            best = ReferenceList(_first_char(lines[i]), end, None, entries)
            rest = [ln.text for ln in lines[after:] if ln.text.strip()]
            if len(rest) > _TRAILING_FURNITURE_LINES or any(len(r.split()) > _TRAILING_FURNITURE_WORDS for r in rest):
                best = None
        i = max(after, i + 1)
    return best
