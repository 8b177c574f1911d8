"""Source type of a document (journal article or abstract, clinic page, patient information,
news, blog, manufacturer page), detected from its metadata and conservative rules.

The reader calls :func:`detect_source_type` only when the manifest gives no source type (a
manifest value always wins, with basis ``manifest``). The rules are data:
``extract/ingest/data/source_types.json``, validated on load (unknown keys, unknown source types
and bad regular expressions are errors naming the file). They are tried in order, and the
first that matches decides:

1. the media type (JATS full text is a journal article, PubMed XML an abstract);
2. the URL's host and path (``/blog/``, news hosts, ``.gov`` / ``nhs.uk`` / MedlinePlus,
   hospital hosts, PubMed and PMC);
3. text cues (structured abstract headings, bylines, "Posted by", a hospital's patient
   leaflet, "book an appointment" and "our practice", a registered product with ordering cues).

The deciding rule and the cues it matched are recorded as the basis, e.g.
``text:news_byline (By Dana Whitcombe; Updated)``. When nothing matches, the type is
``other`` with basis ``no rule matched``: a guess is never made.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal, NamedTuple, Optional
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.datafiles import load_data_file
from extract.records.models import MediaType, SourceType

#: The packaged rules, in extract/ingest/data/.
RULES_FILE = "source_types.json"
#: Basis recorded when no rule matched.
NO_MATCH = "no rule matched"
_MAX_CUES_SHOWN = 3


class SourceTypeRulesError(ValueError):
    """The source-type rules file is missing, unreadable or invalid."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_pattern(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as e:
        raise ValueError(f"invalid regular expression {pattern!r}: {e}") from e
    return pattern


class UrlPattern(_Strict):
    """One alternative of a URL rule: every pattern given must match (host lower-cased)."""

    host: Optional[str] = None
    path: Optional[str] = None

    _valid = field_validator("host", "path")(lambda v: _check_pattern(v) if v is not None else v)


class UrlRule(_Strict):
    """A URL rule: matches when any of its alternatives does."""

    name: str
    source_type: SourceType
    any: list[UrlPattern] = Field(min_length=1)


class CueGroup(_Strict):
    """Cues of which at least ``min`` distinct ones must occur, in the head or anywhere."""

    where: Literal["head", "text"] = "text"
    min: int = Field(default=1, ge=1)
    case_sensitive: bool = False
    cues: list[str] = Field(min_length=1)

    _valid = field_validator("cues")(lambda v: [_check_pattern(p) for p in v])


class TextRule(_Strict):
    """A text rule: fires when every group is satisfied."""

    name: str
    source_type: SourceType
    groups: list[CueGroup] = Field(min_length=1)


class SourceTypeRules(_Strict):
    """The whole rules file."""

    version: str
    description: str = ""
    head_chars: int = Field(default=700, ge=1)
    media_types: dict[MediaType, SourceType] = Field(default_factory=dict)
    url_rules: list[UrlRule] = Field(default_factory=list)
    text_rules: list[TextRule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_names(self) -> "SourceTypeRules":
        names = [r.name for r in self.url_rules] + [r.name for r in self.text_rules]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(f"repeated rule name(s) {repeated}: each rule needs its own name for the basis")
        return self


class Detection(NamedTuple):
    """The detected source type and why."""

    source_type: SourceType
    basis: str


def load_rules(path: Optional[str | Path] = None) -> SourceTypeRules:
    """The packaged rules (``path`` None, cached) or a user's rules file, validated."""
    if path is None:
        return _packaged_rules()
    return load_data_file(SourceTypeRules, "extract.ingest", RULES_FILE, path, SourceTypeRulesError, "rules file")


@lru_cache(maxsize=1)
def _packaged_rules() -> SourceTypeRules:
    return load_data_file(SourceTypeRules, "extract.ingest", RULES_FILE, None, SourceTypeRulesError, "rules file")


def detect_source_type(
    media_type: Optional[str],
    text: str,
    *,
    url: Optional[str] = None,
    title: Optional[str] = None,
    publisher: Optional[str] = None,
    rules: Optional[SourceTypeRules] = None,
) -> Detection:
    """The source type of a document from its media type, URL and text, and the rule that decided.

    ``title`` and ``publisher`` (from the file or the manifest) are read with the head of the
    text, as a page's masthead would be.
    """
    rules = rules or load_rules()
    if media_type in rules.media_types:
        return Detection(rules.media_types[media_type], f"media_type:{media_type}")
    if url:
        found = _by_url(url, rules.url_rules)
        if found is not None:
            return found
    masthead = "\n".join(p for p in (publisher, title) if p)
    head = (masthead + "\n\n" if masthead else "") + text[: rules.head_chars]
    full = (masthead + "\n\n" if masthead else "") + text
    for rule in rules.text_rules:
        matched = _fires(rule, head, full)
        if matched is not None:
            shown = "; ".join(matched[:_MAX_CUES_SHOWN]) + ("; ..." if len(matched) > _MAX_CUES_SHOWN else "")
            return Detection(rule.source_type, f"text:{rule.name} ({shown})")
    return Detection("other", NO_MATCH)


def _by_url(url: str, url_rules: list[UrlRule]) -> Optional[Detection]:
    """The first URL rule matching the URL's host and path."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host, path = (parts.hostname or "").lower(), parts.path or "/"
    for rule in url_rules:
        for alt in rule.any:
            if (alt.host is None or _search(alt.host, host, False)) and (
                alt.path is None or _search(alt.path, path, False)
            ):
                return Detection(rule.source_type, f"url:{rule.name} ({host}{path})")
    return None


def _fires(rule: TextRule, head: str, full: str) -> Optional[list[str]]:
    """The cue texts matched when every group of the rule is satisfied, else None."""
    matched: list[str] = []
    for group in rule.groups:
        where = head if group.where == "head" else full
        hits = [m for m in (_search(c, where, group.case_sensitive) for c in group.cues) if m]
        if len(hits) < group.min:
            return None
        matched += hits
    return matched


def _search(pattern: str, text: str, case_sensitive: bool) -> Optional[str]:
    """The first match of ``pattern`` in ``text`` (multi-line), stripped, or None."""
    flags = re.MULTILINE | (0 if case_sensitive else re.IGNORECASE)
    match = _compiled(pattern, flags).search(text)
    if match is None:
        return None
    return re.sub(r"\s+", " ", match.group(0)).strip(" *_|:") or match.group(0)


@lru_cache(maxsize=512)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)
