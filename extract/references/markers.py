"""Finding citation markers in text: pure functions over a string and the list's labels.

Markers, as plain text shows them:

- in parentheses or brackets: "(1)", "(1, 2)", "(1-3)", "[2]", "[1,4]", "[1–3]", "(ref. 3)";
- superscripts flattened onto the text: glued to a word ("Health1", "pain1,2") or after
  punctuation ("effective.3", "pain,12"), and Unicode superscripts ("relief.¹²").

A number is a marker only when every label it names is a label of the document's reference
list: that is what keeps "COVID19", "type 2 diabetes", years, list numbers, percentages and
figures from becoming citations. Beyond that: a number glued to an all-capital word ("FEV1",
"SGLT2") or to a word of ``glued_word_exclusions`` ("Covid19", "No.3") is part of that word,
and "(1)" that opens a line or follows ":" or ";" (or a sentence end, before a capitalised
word) numbers a list item, as does "(2)" in a sentence whose "(1)" does.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.references.cues import ReferenceCues

_LIST = r"\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*"
_PAREN = re.compile(rf"\((?:refs?\.?\s*|references?\s+)?(?P<list>{_LIST})\)", re.I)
_BRACKET = re.compile(rf"\[(?:refs?\.?\s*|references?\s+)?(?P<list>{_LIST})\]", re.I)
_GLUED_LIST = r"\d{1,3}(?:[-–]\d{1,3})?(?:,\d{1,3}(?:[-–]\d{1,3})?)*"
#: A number glued to the word before it: "Health1", "pain1,2" (not "HbA1c", "1.5", "12%"). Every
#: pattern starts at the start of a word, which keeps a search linear in the text's length.
_GLUED_WORD = re.compile(rf"(?<![^\W\d_])(?P<word>[^\W\d_]{{2,}})(?P<list>{_GLUED_LIST})(?![\w%]|[.,]\d)")
#: A number glued after punctuation that ends a word: "effective.3 Most", "pain,12 and".
_GLUED_PUNCT = re.compile(rf"(?<![^\W\d_])(?P<word>[^\W\d_]+)[.,;:](?P<list>{_GLUED_LIST})(?=\s|$|[\"”’)\]])")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_LIST = rf"[{_SUPERSCRIPT_DIGITS}]+(?:[,⁻–-][{_SUPERSCRIPT_DIGITS}]+)*"
_LETTER = rf"[^\W\d_{_SUPERSCRIPT_DIGITS}]"
#: A Unicode superscript after a word of three letters or more ("relief¹", not "m²", "cm²"),
#: or after the punctuation that ends a word ("relief.¹²").
_SUPERSCRIPT = re.compile(rf"(?<!{_LETTER})(?P<word>{_LETTER}{{3,}}|{_LETTER}+[.,;:)\]\"”’])(?P<list>{_SUPER_LIST})")
_SUPER_TO_DIGIT = str.maketrans(_SUPERSCRIPT_DIGITS + "⁻", "0123456789-")
#: How far back an inline list's "(1)" is looked for.
_LOOK_BACK = 200
#: Longest range a marker may name ("1-3" names three labels; "1-400" is no marker).
MAX_RANGE = 30


class Marker(NamedTuple):
    """A citation marker: its span in the text searched, as written, and the labels it cites."""

    start: int
    end: int
    text: str
    labels: tuple[str, ...]


def expand_labels(written: str) -> tuple[str, ...] | None:
    """The labels a marker's number list names: "1, 2" -> 1, 2; "1-3" -> 1, 2, 3; None if
    a range runs backwards or is too long to be a citation."""
    labels: list[str] = []
    for part in re.split(r"\s*[,;]\s*", written.strip()):
        bounds = re.split(r"\s*[-–—]\s*", part)
        if len(bounds) == 1:
            labels.append(str(int(bounds[0])))
            continue
        lo, hi = int(bounds[0]), int(bounds[1])
        if not lo < hi <= lo + MAX_RANGE:
            return None
        labels.extend(str(n) for n in range(lo, hi + 1))
    return tuple(dict.fromkeys(labels))


def find_markers(text: str, labels: Collection[str], cues: ReferenceCues) -> list[Marker]:
    """Every citation marker in ``text`` whose labels are all in ``labels``, in text order."""
    if not labels:
        return []
    known = set(labels)
    found: list[Marker] = []
    for rx in (_PAREN, _BRACKET):
        for m in rx.finditer(text):
            if rx is _PAREN and (_glued_paren(text, m.start()) or _enumeration(text, m)):
                continue
            _keep(found, m.start(), m.end(), text, m.group("list"), known)
    for m in _GLUED_WORD.finditer(text):
        word = m.group("word")
        if _part_of_word(word, text, m.start(), cues):
            continue
        _keep(found, m.start("list"), m.end("list"), text, m.group("list"), known)
    for m in _GLUED_PUNCT.finditer(text):
        if _part_of_word(m.group("word"), text, m.start(), cues, upper_ok=True):
            continue
        _keep(found, m.start("list"), m.end("list"), text, m.group("list"), known)
    for m in _SUPERSCRIPT.finditer(text):
        word = m.group("word").rstrip(".,;:)]\"”’")
        if _part_of_word(word, text, m.start(), cues, upper_ok=True):
            continue
        _keep(found, m.start("list"), m.end("list"), text, m.group("list").translate(_SUPER_TO_DIGIT), known)
    found.sort()
    return [m for i, m in enumerate(found) if i == 0 or m.start >= found[i - 1].end]


def _keep(found: list[Marker], start: int, end: int, text: str, written: str, known: set[str]) -> None:
    labels = expand_labels(written)
    if labels and all(label in known for label in labels):
        found.append(Marker(start, end, text[start:end], labels))


def _part_of_word(word: str, text: str, start: int, cues: ReferenceCues, upper_ok: bool = False) -> bool:
    """Whether a number glued to ``word`` belongs to it: an identifier ("FEV1", "SGLT2", "IL-6"),
    a word of the exclusions ("Covid19", "No.3"), or a word glued to a digit or hyphen before it."""
    if word.lower() in cues.glued_exclusion_set:
        return True
    if not upper_ok and word.isupper():
        return True
    before = text[start - 1] if start > 0 else " "
    return before.isdigit() or before in "-/_"


def _glued_paren(text: str, start: int) -> bool:
    """'(' glued to the word before it: an affiliation ("MD(1)") or a volume ("14(2)")."""
    return start > 0 and text[start - 1].isalnum()


def _enumeration(text: str, m: re.Match[str]) -> bool:
    """Whether "(n)" numbers a list item: it opens a line, follows ':' or ';', or follows a
    sentence end before a capitalised word; or it is "(n)" for n > 1 after "," or "and"/"or"
    in a stretch whose "(1)" is a list item. Only the line's last ``_LOOK_BACK`` characters
    before it are read."""
    lo = max(0, m.start() - _LOOK_BACK)
    window = text[lo : m.start()]
    newline = window.rfind("\n")
    before = window[newline + 1 :].rstrip()
    after = text[m.end() : m.end() + 3].lstrip()[:1]
    if not before and (newline >= 0 or lo == 0):
        return True
    if before.endswith((":", ";", "•", "-", "*")):
        return True
    if before.endswith((".", "!", "?")) and after[:1].isupper():
        return True
    if re.search(r"(?:,|\band|\bor)$", before):
        return re.search(r"(?:^|[:;])\s*\(\s*1\s*\)", before) is not None
    return False
