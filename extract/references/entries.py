"""Parsing one reference-list entry into a :class:`~extract.records.Reference`: pure functions.

Conservative: a field is filled only where the entry's style makes it unambiguous, else null.

- Identifiers anywhere: PMID ("PMID: 12345", a PubMed URL), DOI ("doi:10...", "https://doi.org/10..."),
  the first other URL.
- Vancouver and AMA ("Akkemik U, Onay M, Gulec MS. Title. Journal. 2021 Oct;33(4):253-60."):
  authors as written, the title, the journal before the year, the year.
- APA and author-year ("Smith, J. A., & Lee, K. (2019). Title. Journal, 12(3), 45-67."): authors,
  year, title after the year, the journal before the volume.
- Anything else (a web page by an organisation): identifiers and a year, when exactly one
  publication year is written (a date after "Accessed" is none).
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.records import Reference
from extract.references.cues import ReferenceCues

_PMID = re.compile(r"\bPMID\s*:?\s*(\d{1,9})\b|pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})", re.I)
_DOI = re.compile(r"(?:\bdoi\s*:?\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s\"<>]+)", re.I)
_URL = re.compile(r"\bhttps?://[^\s\"<>]+|\bwww\.[^\s\"<>]+", re.I)
_YEAR = re.compile(r"(?<![\d./:-])((?:1[89]|20)\d{2})[a-z]?(?![\d/-])")
#: A year opening a segment of a Vancouver/AMA entry: ". 2021 Oct;", ". 2019;", ". 2024."
_SEGMENT_YEAR = re.compile(r"(?:^|[.;]\s+)((?:1[89]|20)\d{2})(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?\s*(?:[;:.,]|$)")
#: An APA/author-year year in parentheses: "(2019).", "(2019, March 3)."
_PAREN_YEAR = re.compile(r"\(((?:1[89]|20)\d{2})[a-z]?(?:,[^)]*)?\)\.?\s*")
#: Where one sentence of an entry ends: ". " or "? " before a capital, a digit or a quote.
_SEGMENT_END = re.compile(r"(?<=[.?!])\s+(?=[^\W_a-z]|[\"“(\[])", re.U)
_PARTICLES = frozenset({"van", "von", "de", "den", "der", "da", "di", "du", "la", "le", "del", "dos", "ten", "ter", "al", "el", "bin", "st"})
_ET_AL = re.compile(r",?\s*\bet\s+al\.?$", re.I)
_APA_AUTHOR = re.compile(r"\s*(?:&\s*|and\s+|\.\.\.\s*)?([^\W\d_][\w'’ -]*?,\s*(?:[^\W\d_]\.\s*-?\s*)+)(?:,\s*|\s*$)", re.U)


def parse_entry(label: str, text: str, cues: ReferenceCues) -> Reference:
    """The entry ``text`` (labelled ``label`` in its list) as a Reference, parsed as far as it is written."""
    text = " ".join(text.split())
    pmid, doi = _pmid(text), _doi(text)
    url = next((u.rstrip(".,;") for u in _URL.findall(text) if not re.search(r"doi\.org/", u, re.I)), None)
    parsed = _vancouver(text) or _author_year(text) or {}
    year = parsed.get("year") or _only_year(text, cues)
    return Reference(
        label=label,
        text=text,
        authors=parsed.get("authors", []),
        title=parsed.get("title"),
        journal=parsed.get("journal"),
        year=year,
        pmid=pmid,
        doi=doi,
        url=url,
    )


def _pmid(text: str) -> Optional[str]:
    m = _PMID.search(text)
    return (m.group(1) or m.group(2)) if m else None


def _doi(text: str) -> Optional[str]:
    m = _DOI.search(text)
    if not m:
        return None
    doi = m.group(1).rstrip(".,;")
    while doi.endswith(")") and doi.count(")") > doi.count("("):
        doi = doi[:-1]  # "(doi:10.1/x)": the parenthesis closes the note, not the DOI
    return doi.rstrip(".,;")


def _plausible(year: int) -> bool:
    return 1800 <= year <= date.today().year + 1


def person_name(name: str) -> bool:
    """Whether ``name`` is a Vancouver-style author: surname words, then 1-3 capital initials
    ("Akkemik U", "van Houwelingen HC", "Castillo-Reyes M")."""
    words = name.split()
    if len(words) < 2 or len(words) > 5:
        return False
    initials = words[-1]
    if not (1 <= len(initials) <= 3 and initials.isalpha() and initials.isupper()):
        return False
    surname = [w for w in words[:-1] if w.lower() not in _PARTICLES]
    return bool(surname) and all(w[0].isupper() and re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in surname)


def vancouver_authors(segment: str) -> Optional[list[str]]:
    """The authors of a Vancouver author segment ("Akkemik U, Onay M, Gulec MS"; "Alvarado S,
    et al"), or None if any part is not a person's name."""
    body = _ET_AL.sub("", segment.strip().rstrip("."))
    names = [n.strip() for n in body.split(",")]
    if not names or not all(person_name(n) for n in names):
        return None
    return names


def _segments(text: str) -> list[str]:
    return [s for s in _SEGMENT_END.split(text) if s]


def _vancouver(text: str) -> Optional[dict]:
    """Authors. Title. Journal. Year...: the fields of a Vancouver or AMA entry."""
    segments = _segments(text)
    if len(segments) < 2:
        return None
    authors = vancouver_authors(segments[0])
    if authors is None:
        return None
    out: dict = {"authors": authors}
    rest = " ".join(segments[1:])
    m = _SEGMENT_YEAR.search(" " + rest)
    if m and _plausible(int(m.group(1))):
        out["year"] = int(m.group(1))
    title = segments[1]
    if not _SEGMENT_YEAR.match(title) and not _URL.match(title):
        out["title"] = title.rstrip(".").strip() or None
        if len(segments) >= 3:
            journal = segments[2]
            if re.match(r"^(?:In:|Available|Accessed|https?://|www\.)", journal, re.I) is None:
                # the journal is the segment the year follows: "Pain medicine. 2018 Feb 1;19(2)..."
                j = re.match(r"^(?P<j>[^.;]+?)\.?\s+(?:(?:1[89]|20)\d{2})\b", journal + " " + " ".join(segments[3:4]))
                if j and not any(ch.isdigit() for ch in j.group("j")):
                    out["journal"] = j.group("j").strip()
    return out


def apa_authors(segment: str) -> Optional[list[str]]:
    """The authors of an APA author segment ("Smith, J. A., & Lee, K."), or None."""
    s = segment.strip()
    names, pos = [], 0
    while pos < len(s):
        m = _APA_AUTHOR.match(s, pos)
        if not m:
            return None
        names.append(m.group(1).strip())
        pos = m.end()
    return names or None


def _author_year(text: str) -> Optional[dict]:
    """Authors (Year). Title. Journal, volume...: the fields of an APA or author-year entry."""
    m = _PAREN_YEAR.search(text)
    if not m or not _plausible(int(m.group(1))):
        return None
    before = text[: m.start()].strip()
    authors = apa_authors(before) or vancouver_authors(before) or []
    if not before or not authors and ")." not in m.group(0):
        return None  # an author segment (people, or an organisation followed by "(2020).") comes first
    out: dict = {"authors": authors, "year": int(m.group(1))}
    segments = _segments(text[m.end() :])
    if segments and not _URL.match(segments[0]) and not re.match(r"^(?:Retrieved|Available)\b", segments[0]):
        out["title"] = segments[0].rstrip(".").strip() or None
        if len(segments) >= 2:
            j = re.match(r"^(?P<j>[^,.]+(?:[^,]*?)),\s*\d+", segments[1])
            if j:
                out["journal"] = j.group("j").strip()
    return out


def _only_year(text: str, cues: ReferenceCues) -> Optional[int]:
    """The publication year when exactly one year is written outside identifiers and access dates."""
    scrubbed = _URL.sub(" ", _DOI.sub(" ", text))
    years = set()
    for m in _YEAR.finditer(scrubbed):
        before = scrubbed[max(0, m.start() - 30) : m.start()]
        if cues.access_re is not None and cues.access_re.search(before):
            continue
        if _plausible(int(m.group(1))):
            years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None
