"""Crawler defaults (``data/crawler.json``): politeness, retries, timeouts and limits, validated
on load; :meth:`CrawlSettings.with_overrides` folds in the values a user gives as flags."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extract.datafiles import load_data_file

#: What a response body is turned into text as.
ContentKind = Literal["html", "pdf", "text"]


class CrawlSettingsError(ValueError):
    """The crawler settings file is missing, unreadable or invalid, or an override is out of range."""


class CrawlSettings(BaseModel):
    """How politely and how persistently the crawler fetches (``data/crawler.json``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    user_agent: str = Field(
        description="User-Agent template; '{version}' becomes the tool's version, and ' (+CONTACT)' is appended "
        "when a contact is given."
    )
    robots_agent: str = Field(min_length=1, description="The product token robots.txt rules are matched against.")
    delay: float = Field(ge=0, description="Seconds between two requests to the same host (at least; a larger "
                         "robots.txt Crawl-delay wins).")
    concurrency: int = Field(ge=1, le=64, description="Requests in flight at once, over all hosts (threads).")
    connect_timeout: float = Field(gt=0, description="Seconds to wait for a connection.")
    read_timeout: float = Field(gt=0, description="Seconds to wait for the next bytes of a response.")
    retries: int = Field(ge=0, le=20, description="Further attempts after a connection error, a timeout, or a "
                         "status in retry_statuses.")
    backoff_base: float = Field(ge=0, description="Seconds before the first retry.")
    backoff_factor: float = Field(ge=1, description="Each further retry waits this many times longer.")
    backoff_max: float = Field(ge=0, description="Longest wait between two attempts, in seconds.")
    max_retry_after: float = Field(ge=0, description="Longest Retry-After honoured, in seconds; a server asking "
                                   "for more fails the URL instead of stalling the crawl.")
    retry_statuses: list[int] = Field(description="HTTP statuses that are retried (429 and 5xx).")
    max_redirects: int = Field(ge=0, le=50, description="Redirects followed per URL; more fails the URL.")
    max_bytes: int = Field(ge=1, description="Largest response body, in bytes; a larger one is aborted and fails.")
    robots_max_bytes: int = Field(ge=1, description="Largest robots.txt read (RFC 9309 asks for at least 500 KiB).")
    depth: int = Field(ge=0, description="Same-site link levels followed from the listed URLs (0: none).")
    content_types: dict[str, ContentKind] = Field(
        description="Accepted media types (lower case, no parameters) and how each is turned into text."
    )

    @model_validator(mode="after")
    def _check(self) -> CrawlSettings:
        if "{version}" not in self.user_agent:
            raise ValueError("user_agent must contain '{version}' so sites can tell releases apart")
        bad = [s for s in self.retry_statuses if not 400 <= s <= 599]
        if bad:
            raise ValueError(f"retry_statuses must be HTTP error statuses (400-599), not {bad}")
        if any(t != t.lower() or ";" in t or "/" not in t for t in self.content_types):
            raise ValueError("content_types keys must be lower-case media types without parameters ('text/html')")
        return self

    def with_overrides(self, **values: Any) -> CrawlSettings:
        """A copy with the given values (None values are ignored), validated like the file."""
        changed = {k: v for k, v in values.items() if v is not None}
        unknown = sorted(set(changed) - set(type(self).model_fields))
        if unknown:
            raise CrawlSettingsError(f"unknown crawler setting(s) {unknown}; see extract/crawl/data/crawler.json")
        try:
            return type(self).model_validate({**self.model_dump(), **changed})
        except ValueError as e:
            raise CrawlSettingsError(f"invalid crawler setting: {e}") from e

    def user_agent_for(self, tool_version: str, contact: Optional[str]) -> str:
        """The User-Agent header: 'evidence-extract/0.1.0 (+mailto:me@example.org)'."""
        agent = self.user_agent.replace("{version}", tool_version)
        return f"{agent} (+{contact.strip()})" if contact and contact.strip() else agent


@lru_cache(maxsize=4)
def load_settings(path: Optional[str] = None) -> CrawlSettings:
    """The packaged crawler settings, or a user's replacement file at ``path``."""
    return load_data_file(
        CrawlSettings, "extract.crawl", "crawler.json", Path(path) if path else None, CrawlSettingsError, "crawler settings"
    )
