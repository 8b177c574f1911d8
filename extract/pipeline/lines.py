"""Line structure of web pages: bullets and headings, as pure functions over text."""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

BULLET = re.compile(r"^[ \t]*(?:[\u2022\u25aa\u25cf\u00b7\u2023\u2043*\-\u2013]|\d{1,2}[.)])[ \t\u00a0]+")
_TERMINAL = tuple(".!?:;,\u201d\"')")


class Heading(NamedTuple):
    start: int
    end: int
    text: str


# pysbd does not split "insult.\u00a0 The problem": sentence-final punctuation followed by
# whitespace holding a no-break space and a capitalised word (pages pasted from editors).
_NBSP_BREAK = re.compile(r"(?<=[a-z0-9)\]][.!?])[\u00a0 ]*\u00a0[\u00a0 ]*(?=[A-Z\u201c\"])")


def line_starts(text: str) -> list[int]:
    """Offsets where a new sentence must start: bullets, lines after headings, no-break gaps."""
    starts = [m.end() for m in _NBSP_BREAK.finditer(text)]
    lines = text.split("\n")
    pos = 0
    prev: Optional[str] = None
    for line in lines:
        if prev is not None and line.strip():
            prev_s = prev.strip()
            if BULLET.match(line) or (prev_s and _is_heading_line(prev_s)) or not prev_s:
                starts.append(pos + len(line) - len(line.lstrip()))
            elif prev_s.endswith((".", "!", "?")):
                starts.append(pos + len(line) - len(line.lstrip()))
        prev = line
        pos += len(line) + 1
    return starts


def _is_heading_line(line: str) -> bool:
    s = line.strip().lstrip("#").strip()
    if not s or len(s) > 90 or s.endswith(_TERMINAL) or BULLET.match(line) or "|" in s:
        return False  # table rows and navigation bars are no headings
    words = s.split()
    return 1 <= len(words) <= 14 and s[0].isupper() or line.lstrip().startswith("#")


def find_headings(text: str) -> list[Heading]:
    """Lines that look like headings: short, unpunctuated, standing alone."""
    out = []
    pos = 0
    lines = text.split("\n")
    prev_heading = False
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        prev = lines[i - 1] if i > 0 else ""
        # alone between blank lines, or under another heading ("Our Outcomes" / "SCS - 12-month results")
        # or after a finished paragraph, as in text extracted from HTML (one newline per block)
        ended = prev.rstrip().endswith((".", "!", "?", ":"))
        alone = not prev.strip() or not nxt.strip() or i == 0 or prev_heading or (ended and bool(nxt.strip()))
        prev_heading = bool(line.strip() and _is_heading_line(line) and alone)
        if prev_heading:
            lead = len(line) - len(line.lstrip())
            out.append(Heading(pos + lead, pos + len(line.rstrip()), line.strip().lstrip("#").strip()))
        pos += len(line) + 1
    return out


def list_questions(text: str) -> list[Heading]:
    """Short questions standing over a bulleted list ("Who Is at Risk?" then "• Age ..."): they
    announce what the list holds, though they are no section headings."""
    out = []
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        s = line.strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if s.endswith("?") and 1 <= len(s.split()) <= 10 and s[0].isupper() and BULLET.match(nxt) and not BULLET.match(line):
            lead = len(line) - len(line.lstrip())
            out.append(Heading(pos + lead, pos + len(line.rstrip()), s))
        pos += len(line) + 1
    return out


def heading_before(headings: list[Heading], offset: int) -> Optional[str]:
    """The text of the last heading that starts before ``offset``."""
    best = None
    for h in headings:
        if h.start >= offset:
            break
        best = h.text
    return best
