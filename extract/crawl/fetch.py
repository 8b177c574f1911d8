"""Fetching over HTTP: the cached session, the size limit, retries, redirects and robots.txt.

One :class:`Fetcher` serves a whole crawl from several threads. It asks robots.txt once per
host, spaces requests per host (:class:`~extract.crawl.politeness.HostThrottle`), retries
connection errors, timeouts, 429 and 5xx with exponential backoff or the server's
Retry-After, follows at most ``max_redirects`` redirects itself (each hop is checked against
robots.txt and recorded), and aborts a body over ``max_bytes`` while it streams in. Responses
go through a persistent requests-cache SQLite cache that revalidates every stored page (ETag /
Last-Modified), so an unchanged page costs a 304 and comes back ``from_cache``.
"""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple, Optional
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

from extract.crawl.politeness import (
    HostThrottle,
    RobotsRules,
    host_delay,
    retry_after_seconds,
    retry_wait,
    robots_allows,
    robots_crawl_delay,
)
from extract.crawl.settings import CrawlSettings
from extract.crawl.urls import host_of, normalize_url, url_problem

_CHUNK = 64 * 1024
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A URL that could not be fetched: ``reason`` says why, in one line."""

    def __init__(
        self, reason: str, *, http_status: Optional[int] = None, redirects: Optional[list[str]] = None,
        final_url: Optional[str] = None,
    ) -> None:
        self.reason = reason
        self.http_status = http_status
        self.redirects = list(redirects or [])
        self.final_url = final_url
        super().__init__(reason)


class BodyTooLarge(Exception):
    """A response body over the size limit (declared by Content-Length, or seen while streaming)."""

    def __init__(self, size: int, limit: int, declared: bool) -> None:
        self.size, self.limit, self.declared = size, limit, declared
        how = f"Content-Length says {size:,} bytes" if declared else f"more than {limit:,} bytes arrived"
        super().__init__(f"response too large ({how}, over the limit of {limit:,} bytes; raise it with --max-bytes)")


class Fetched(NamedTuple):
    """A successful fetch: the body and how it was obtained."""

    url: str
    final_url: str
    redirects: list[str]
    fetched_at: str
    http_status: int
    content_type: Optional[str]
    body: bytes
    from_cache: bool


class _SizeLimitedAdapter(HTTPAdapter):
    """An adapter that reads every body itself, streamed, and refuses one over ``max_bytes``.

    The body is read (decompressed) before requests-cache sees the response, so nothing over
    the limit is ever held in memory in full or stored in the cache.
    """

    def __init__(self, max_bytes: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_bytes = max_bytes

    def send(self, request: requests.PreparedRequest, stream: bool = False, **kwargs: Any) -> requests.Response:
        response = super().send(request, stream=True, **kwargs)
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise BodyTooLarge(int(declared), self.max_bytes, declared=True)
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(_CHUNK):
                size += len(chunk)
                if size > self.max_bytes:
                    raise BodyTooLarge(size, self.max_bytes, declared=False)
                chunks.append(chunk)
        finally:
            response.close()
        response._content = b"".join(chunks)
        response._content_consumed = True
        return response


def make_session(cache_path: Path, settings: CrawlSettings, user_agent: str) -> requests.Session:
    """A requests-cache session over a SQLite file: every stored response is revalidated on use
    (``expire_after=0``; responses without ETag or Last-Modified are not stored), only GET 200s
    are stored, and bodies are size-limited by the transport."""
    import requests_cache  # imported here: only a crawl needs it

    session = requests_cache.CachedSession(
        str(cache_path),
        backend="sqlite",
        expire_after=0,
        allowable_codes=(200,),
        allowable_methods=("GET",),
        cache_control=False,
        stale_if_error=False,
    )
    adapter = _SizeLimitedAdapter(settings.max_bytes, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent
    session.max_redirects = settings.max_redirects
    session.trust_env = False  # no proxies or .netrc from the environment: the crawl goes where it says
    return session


class Fetcher:
    """Polite fetching for one crawl, shared by its threads (see the module docstring)."""

    def __init__(self, session: requests.Session, settings: CrawlSettings, throttle: Optional[HostThrottle] = None):
        self.session = session
        self.settings = settings
        self.throttle = throttle or HostThrottle()
        self._robots: dict[str, RobotsRules] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def fetch(self, url: str) -> Fetched:
        """GET ``url`` politely, following redirects; raises :class:`FetchError` with the reason."""
        redirects: list[str] = []
        current = url
        while True:
            self._check_robots(current, redirects)
            response = self._get(current, redirects)
            location = response.headers.get("Location") if response.status_code in _REDIRECT_STATUSES else None
            if not location:
                return self._fetched(url, current, redirects, response)
            current = self._next_hop(current, location, redirects, response.status_code)

    def robots(self, url: str) -> RobotsRules:
        """The robots.txt rules of ``url``'s host, fetched once per crawl."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{host_of(url)}"
        with self._lock:
            if key in self._robots:
                return self._robots[key]
            lock = self._robots_locks.setdefault(key, threading.Lock())
        with lock:
            with self._lock:
                if key in self._robots:
                    return self._robots[key]
            rules = self._fetch_robots(f"{key}/robots.txt")
            with self._lock:
                self._robots[key] = rules
        return rules

    def delay_for(self, url: str) -> float:
        """Seconds between requests to ``url``'s host: ours or its Crawl-delay, the larger."""
        return host_delay(self.settings.delay, robots_crawl_delay(self.robots(url), self.settings.robots_agent))

    def _check_robots(self, url: str, redirects: list[str]) -> None:
        rules = self.robots(url)
        if robots_allows(rules, url, self.settings.robots_agent):
            return
        why = rules.problem or f"disallowed by {urlsplit(url).scheme}://{host_of(url)}/robots.txt"
        raise FetchError(f"{why} (user agent {self.settings.robots_agent}); not fetched",
                         redirects=redirects, final_url=url)

    def _fetch_robots(self, robots_url: str) -> RobotsRules:
        """RFC 9309: 2xx rules apply; 4xx means no rules; 5xx or no answer means keep out."""
        try:
            response = self._request(robots_url, self.settings.delay, [], allow_redirects=True)
        except FetchError as e:
            return RobotsRules(text=None, allow_all=False, problem=f"robots.txt could not be fetched ({e.reason})")
        status = response.status_code
        if 200 <= status < 300:
            body = response.content[: self.settings.robots_max_bytes]
            return RobotsRules(text=body.decode("utf-8", errors="replace"))
        if 400 <= status < 500:
            return RobotsRules(text=None, allow_all=True)
        return RobotsRules(text=None, allow_all=False, problem=f"robots.txt answered HTTP {status}")

    def _get(self, url: str, redirects: list[str]) -> requests.Response:
        """One URL (no redirects followed), retried; an error status other than a retried one fails."""
        response = self._request(url, self.delay_for(url), redirects, allow_redirects=False)
        status = response.status_code
        if status >= 400:
            raise FetchError(f"HTTP {status} {response.reason or ''}".strip(), http_status=status,
                             redirects=redirects, final_url=url)
        return response

    def _request(self, url: str, delay: float, redirects: list[str], *, allow_redirects: bool) -> requests.Response:
        """GET with retries on connection errors, timeouts and ``retry_statuses``; the last retried
        status is returned as it is once the retries are used up."""
        settings, host = self.settings, host_of(url)
        attempts = settings.retries + 1
        for attempt in range(1, attempts + 1):
            self.throttle.wait(host, delay)
            try:
                response = self.session.get(
                    url, timeout=(settings.connect_timeout, settings.read_timeout), allow_redirects=allow_redirects
                )
            except BodyTooLarge as e:
                raise FetchError(str(e), redirects=redirects, final_url=url) from e
            except requests.TooManyRedirects as e:
                raise FetchError(f"more than {settings.max_redirects} redirects", redirects=redirects) from e
            except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError) as e:
                problem, wait = _describe(e, settings), retry_wait(attempt, None, settings)
                if attempt == attempts:
                    raise FetchError(f"{problem}, {attempts} attempt(s)", redirects=redirects, final_url=url) from e
            except requests.RequestException as e:
                raise FetchError(f"request failed ({type(e).__name__}: {e})", redirects=redirects, final_url=url) from e
            else:
                if response.status_code not in settings.retry_statuses or attempt == attempts:
                    return response
                wait = self._retry_after(response, attempt, redirects, url)
            self.throttle.hold(host, wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _retry_after(self, response: requests.Response, attempt: int, redirects: list[str], url: str) -> float:
        """Seconds before the next attempt after a retried status; a Retry-After over the limit fails."""
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        if asked is not None and asked > self.settings.max_retry_after:
            raise FetchError(
                f"HTTP {response.status_code}: the server asks to retry after {asked:.0f} s, over the limit of "
                f"{self.settings.max_retry_after:.0f} s; crawl it again later",
                http_status=response.status_code, redirects=redirects, final_url=url,
            )
        return retry_wait(attempt, asked, self.settings)

    def _next_hop(self, current: str, location: str, redirects: list[str], status: int) -> str:
        """Where a redirect points, checked: http(s), within the limit, no loop."""
        target = urljoin(current, location.strip())
        redirects.append(current)
        problem = url_problem(target)
        if problem is not None:
            raise FetchError(f"HTTP {status} redirect to {target!r}: {problem}", http_status=status,
                             redirects=redirects, final_url=current)
        target = normalize_url(target)
        if len(redirects) > self.settings.max_redirects:
            raise FetchError(f"more than {self.settings.max_redirects} redirects (raise --max-redirects)",
                             http_status=status, redirects=redirects, final_url=target)
        if target in redirects:
            raise FetchError(f"redirect loop back to {target}", http_status=status, redirects=redirects,
                             final_url=target)
        return target

    def _fetched(self, url: str, final_url: str, redirects: list[str], response: requests.Response) -> Fetched:
        from_cache = bool(getattr(response, "from_cache", False))
        return Fetched(
            url=url,
            final_url=final_url,
            redirects=list(redirects),
            fetched_at=utc_now(),
            http_status=response.status_code,
            content_type=response.headers.get("Content-Type"),
            body=response.content,
            from_cache=from_cache,
        )


def utc_now() -> str:
    """The current time, ISO 8601 in UTC to the second ('2025-01-31T12:00:00Z')."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _describe(error: Exception, settings: CrawlSettings) -> str:
    """A connection problem in a few words."""
    if isinstance(error, requests.ConnectTimeout):
        return f"connection timed out (over {settings.connect_timeout:g} s)"
    if isinstance(error, requests.ReadTimeout) or "Read timed out" in str(error):
        return f"no response within the read timeout ({settings.read_timeout:g} s)"
    return f"connection failed ({type(error).__name__})"
