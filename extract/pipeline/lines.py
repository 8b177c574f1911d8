"""Line structure of web pages: bullets and headings, as pure functions over text."""

from __future__ import annotations

from typing import NamedTuple, Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk

#: The marks that start a bullet line, as a regex character class body: the typographic bullets
#: (• ▪ ● · ‣ ⁃), markdown's ``*`` and ``-``, the en dash, check marks (✔ ✓), arrows and pointers
#: (➤ ► ▸ ▹ → ➢ ➔), circles and squares (◦ ○ ■ □ ◆ ◇ ❖). One definition for every stage.
BULLET_MARKS = (
    "\u2022\u25aa\u25cf\u00b7\u2023\u2043*\\-\u2013"
    "\u2714\u2713\u27a4\u25ba\u25b8\u25b9\u2192\u27a2\u2794\u25e6\u25cb\u25a0\u25a1\u25c6\u25c7\u2756"
)
BULLET = re.compile(r"^[ \t]*(?:[" + BULLET_MARKS + r"]|\d{1,2}[.)])[ \t\u00a0]+")
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


#: A heading may end with a bracketed gloss ("Hay fever (allergic rhinitis)", "Conservative care (mild cases)"):
#: words without punctuation, then one bracket; not a contact line ("Telephone: 0161 ... (Monday to Friday)").
_BRACKETED_END = re.compile(r"^[^.!?:;,()\u201c\u201d\"]+\([^()]+\)$")


def _is_heading_line(line: str) -> bool:
    s = line.strip().lstrip("#").strip()
    if not s or len(s) > 90 or (s.endswith(_TERMINAL) and not _BRACKETED_END.search(s)) or BULLET.match(line) or "|" in s:
        return False  # table rows and navigation bars are no headings
    words = s.split()
    return 1 <= len(words) <= 14 and (s[0].isupper() or _SECTION_NUMBER.match(s) is not None) or line.lstrip().startswith("#")


#: The number of a section before its title ("2.2 Airway clearance", "3.4 Effect of ..."): two or more parts, so not
#: a numbered list item ("3. Refer urgently ...").
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]")


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
    """Short questions standing alone on their line ("What causes gallstones?", "Who Is at Risk?"):
    in FAQs and leaflets they head the section that answers them, with a paragraph, a list or
    both, though they are no headings. What kind of list they announce is read from their cue
    words by the claims stage; a question that announces nothing ends the section above it."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s = line.strip().lstrip("#").strip()  # a markdown heading may be a question ("## Who gets it?")
        if (
            s.endswith("?")
            and 1 <= len(s.split()) <= 14
            and s[0].isupper()
            and not BULLET.match(line)
            and not _SENTENCE_BREAK.search(s[:-1])
        ):
            lead = line.index(s)
            out.append(Heading(pos + lead, pos + len(line.rstrip()), s))
        pos += len(line) + 1
    return out


#: A sentence ending inside a line ("Very common. Is it?"): such a line is prose, not a question heading.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


def heading_before(headings: list[Heading], offset: int) -> Optional[str]:
    """The text of the last heading that starts before ``offset``."""
    best = None
    for h in headings:
        if h.start >= offset:
            break
        best = h.text
    return best
