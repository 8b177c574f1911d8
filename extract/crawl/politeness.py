"""Politeness: robots.txt decisions, the backoff schedule, Retry-After, and per-host spacing.

Everything here but :class:`HostThrottle` is a pure function of its arguments; the throttle is
the one piece of shared state, a clock per host guarded by a lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, NamedTuple, Optional

from extract.crawl.settings import CrawlSettings


class RobotsRules(NamedTuple):
    """What a host's robots.txt says to one user agent.

    ``text`` None with ``allow_all`` True means there is no robots.txt (4xx): everything is
    allowed. ``allow_all`` False with ``text`` None means it could not be had (5xx, no
    connection): nothing is allowed (RFC 9309, 2.3.1.3-4), and ``problem`` says why.
    """

    text: Optional[str]
    allow_all: bool = True
    problem: Optional[str] = None


def robots_allows(rules: RobotsRules, url: str, agent: str) -> bool:
    """Whether ``agent`` may fetch ``url`` under ``rules``."""
    if rules.text is None:
        return rules.allow_all
    return _parsed(rules.text).can_fetch(url, agent)


def robots_crawl_delay(rules: RobotsRules, agent: str) -> float:
    """The Crawl-delay robots.txt asks ``agent`` for, in seconds (0 when none)."""
    if rules.text is None:
        return 0.0
    delay = _parsed(rules.text).crawl_delay(agent)
    return max(0.0, float(delay)) if delay is not None else 0.0


def host_delay(settings_delay: float, crawl_delay: float) -> float:
    """Seconds between two requests to one host: the larger of ours and the site's Crawl-delay."""
    return max(settings_delay, crawl_delay)


def backoff_delay(attempt: int, settings: CrawlSettings) -> float:
    """Seconds to wait before retry number ``attempt`` (1 = the first retry): base * factor^(attempt-1),
    capped at ``backoff_max``."""
    if attempt < 1:
        raise ValueError("attempt counts retries from 1")
    return min(settings.backoff_max, settings.backoff_base * settings.backoff_factor ** (attempt - 1))


def retry_after_seconds(value: Optional[str], now: Optional[datetime] = None) -> Optional[float]:
    """Seconds a Retry-After header asks to wait: delta-seconds ('120') or an HTTP-date
    ('Wed, 21 Oct 2015 07:28:00 GMT', counted from ``now``). None when absent or unreadable;
    a date in the past is 0."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def retry_wait(attempt: int, retry_after: Optional[float], settings: CrawlSettings) -> float:
    """Seconds before retry ``attempt``: the server's Retry-After when it gave one (it knows best),
    else the backoff schedule."""
    return retry_after if retry_after is not None else backoff_delay(attempt, settings)


class HostThrottle:
    """Spaces the requests to each host at least its delay apart, across threads.

    :meth:`wait` reserves the host's next free slot under a lock and then sleeps until it
    outside the lock, so threads waiting for different hosts never hold each other up.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._clock = clock
        self._sleep = sleep

    def wait(self, host: str, delay: float) -> None:
        """Block until a request to ``host`` is allowed, and book the one after it ``delay`` later."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + delay
        if slot > now:
            self._sleep(slot - now)

    def hold(self, host: str, seconds: float) -> None:
        """Push the host's next slot at least ``seconds`` from now (a Retry-After from it)."""
        with self._lock:
            self._next[host] = max(self._next.get(host, 0.0), self._clock() + seconds)


@lru_cache(maxsize=256)
def _parsed(text: str) -> Any:
    """protego's parse of a robots.txt (cached: the same text is asked about for every URL)."""
    from protego import Protego  # imported here: only a crawl needs it

    return Protego.parse(text)
