"""URLs: reading the URL list, normalizing, filtering, same-site links, and stable file names.

All pure functions of their arguments.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import NamedTuple, Optional, get_args
from urllib.parse import urljoin, urlsplit, urlunsplit

from extract.records.models import SourceType

_SOURCE_TYPES = frozenset(get_args(SourceType))
_SLUG_CHARS = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60
_HASH_CHARS = 10


class UrlLine(NamedTuple):
    """One entry of a URL list: the URL as written, its normalized form, and the source type given
    after a tab. ``problem`` says why the line cannot be crawled (then ``url`` is what was written)."""

    lineno: int
    url: str
    source_type: Optional[SourceType] = None
    problem: Optional[str] = None


def parse_url_list(text: str) -> list[UrlLine]:
    """The entries of a URL list: one URL per line, optionally ``URL<TAB>source_type``.

    Blank lines and lines starting with ``#`` are ignored; a repeated URL (after
    normalization) is kept once. Lines that are not http(s) URLs, or name an unknown source
    type, are returned with a ``problem`` rather than dropped, so they can be reported.
    """
    entries: list[UrlLine] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        entry = _parse_line(lineno, stripped)
        if entry.problem is None:
            if entry.url in seen:
                continue
            seen.add(entry.url)
        entries.append(entry)
    return entries


def _parse_line(lineno: int, line: str) -> UrlLine:
    """One non-blank, non-comment line of a URL list."""
    url, _, rest = line.partition("\t")
    url, source_type = url.strip(), rest.strip() or None
    problem = url_problem(url)
    if problem is not None:
        return UrlLine(lineno, url, None, problem)
    if source_type is not None and source_type not in _SOURCE_TYPES:
        known = ", ".join(sorted(_SOURCE_TYPES))
        return UrlLine(lineno, url, None, f"unknown source type {source_type!r} after the tab; use one of {known}")
    return UrlLine(lineno, normalize_url(url), source_type, None)  # type: ignore[arg-type]


def url_problem(url: str) -> Optional[str]:
    """Why ``url`` cannot be crawled (not an absolute http/https URL with a host), or None."""
    if any(ch.isspace() for ch in url):
        return "not a URL (it contains whitespace); write one URL per line, a tab before a source type"
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises here
    except ValueError as e:
        return f"not a valid URL ({e})"
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"scheme {parts.scheme!r}" if parts.scheme else "no scheme"
        return f"not an http or https URL ({shown}); only web pages can be crawled"
    if not parts.hostname:
        return "not a valid URL (no host name)"
    return None


def normalize_url(url: str) -> str:
    """The URL with scheme and host lower-cased, the default port and the fragment dropped, and
    an empty path written '/'. Two spellings of one page become one key."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    if port is not None and not (scheme == "http" and port == 80) and not (scheme == "https" and port == 443):
        host = f"{host}:{port}"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def host_of(url: str) -> str:
    """The host and port a URL's requests go to ('example.org', '127.0.0.1:8080'): the throttle's key."""
    return urlsplit(url).netloc.rpartition("@")[2].lower()


def same_site(url: str, origin: str) -> bool:
    """Whether ``url`` is on the same site as ``origin``: same host and port (http and https alike)."""
    return host_of(url) == host_of(origin)


def compile_patterns(patterns: Sequence[str], option: str) -> list[re.Pattern[str]]:
    """Regular expressions from the user; a bad one is a ValueError naming the option and pattern."""
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as e:
            raise ValueError(f"{option} {pattern!r} is not a valid regular expression ({e})") from e
    return compiled


def passes_filters(url: str, include: Sequence[re.Pattern[str]], exclude: Sequence[re.Pattern[str]]) -> bool:
    """Whether a followed link is kept: it matches (``search``) an include pattern, or there are
    none, and matches no exclude pattern."""
    if include and not any(p.search(url) for p in include):
        return False
    return not any(p.search(url) for p in exclude)


def file_stem(url: str) -> str:
    """A stable file name stem for ``url``: host, a slug of path and query, and a short hash of
    the whole URL ('example.org_treatments-fbss_3f2a9c01d4'). Same URL, same name, everywhere."""
    parts = urlsplit(url)
    host = _SLUG_CHARS.sub("-", host_of(url)).strip("-") or "nohost"
    slug = _SLUG_CHARS.sub("-", f"{parts.path} {parts.query}".lower()).strip("-")[:_MAX_SLUG].strip("-") or "index"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:_HASH_CHARS]
    return f"{host}_{slug}_{digest}"


def links_in_html(markup: bytes | str, base_url: str) -> list[str]:
    """The http(s) links of a page (``<a href>``), absolute and normalized, in page order, once
    each; ``<base href>`` is honoured. Markup that cannot be parsed has no links."""
    import lxml.html  # imported here: only link following needs it

    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return []
    base = base_url
    for href in tree.xpath("//base/@href")[:1]:
        base = urljoin(base_url, str(href).strip())
    links: list[str] = []
    seen: set[str] = set()
    for href in tree.xpath("//a/@href"):
        absolute = urljoin(base, str(href).strip())
        if url_problem(absolute) is not None:
            continue
        url = normalize_url(absolute)
        if url not in seen:
            seen.add(url)
            links.append(url)
    return links
