"""Request spacing for NCBI: at most 3 requests a second without an API key, 10 with one.

The arithmetic is pure (:func:`next_request_delay`, :func:`backoff_delay`); :class:`RateLimiter`
applies it with an injectable clock and sleep, so it is tested without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Optional

#: NCBI's limits: requests per second without and with an API key.
RATE_WITHOUT_KEY = 3.0
RATE_WITH_KEY = 10.0
#: Longest wait between two attempts of one request, in seconds.
MAX_BACKOFF = 60.0


def requests_per_second(api_key: Optional[str]) -> float:
    """The rate NCBI allows: 10 a second with an API key, else 3."""
    return RATE_WITH_KEY if api_key else RATE_WITHOUT_KEY


def next_request_delay(last_start: Optional[float], now: float, rate: float) -> float:
    """Seconds to wait before a request at ``now`` so requests start at least 1/rate apart.

    ``last_start`` is when the previous request started (None: no previous request).
    """
    if rate <= 0:
        raise ValueError(f"rate must be positive, got {rate}")
    if last_start is None:
        return 0.0
    return max(0.0, last_start + 1.0 / rate - now)


def backoff_delay(attempt: int, base: float, retry_after: Optional[str] = None, cap: float = MAX_BACKOFF) -> float:
    """Seconds to wait before retry number ``attempt`` (1 = the first retry).

    A server's ``Retry-After`` in seconds wins (capped at ``cap``); otherwise ``base``
    doubles with each attempt: base, 2*base, 4*base, ... up to ``cap``.
    """
    if retry_after is not None:
        try:
            return min(cap, max(0.0, float(retry_after.strip())))
        except ValueError:
            pass  # an HTTP date: fall back to exponential backoff
    return min(cap, base * 2 ** (attempt - 1))


class RateLimiter:
    """Spaces calls to :meth:`wait` at least ``1/rate`` seconds apart."""

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        next_request_delay(None, 0.0, rate)  # validates the rate
        self.rate = rate
        self._clock = clock
        self._sleep = sleep
        self._last: Optional[float] = None

    def wait(self) -> float:
        """Sleep until the next request may start, mark it started, and return the seconds slept."""
        now = self._clock()
        delay = next_request_delay(self._last, now, self.rate)
        if delay > 0:
            self._sleep(delay)
        self._last = max(self._clock(), now + delay)
        return delay
