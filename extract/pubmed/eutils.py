"""A small NCBI E-utilities client: esearch (JSON or XML answers) and efetch (PubMed XML).

Every request goes through one :class:`RateLimiter` and is retried on 429, 5xx, NCBI's
"API rate limit exceeded" answer and connection errors, waiting ``Retry-After`` or an
exponential backoff. Requests carry ``tool`` and ``email`` (NCBI's etiquette) and ``api_key``
when given; URLs recorded as provenance never include the key.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, NamedTuple, Optional
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from extract.pubmed.ratelimit import RateLimiter, backoff_delay, requests_per_second

#: NCBI's E-utilities endpoint.
DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
#: The ``tool`` parameter NCBI asks every client to send.
TOOL = "evidence-extract"
#: Statuses worth retrying: rate limited, or the server's trouble.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_LOG = logging.getLogger(__name__)
_SECRET_PARAMS = frozenset({"api_key"})


class PubmedError(Exception):
    """E-utilities could not answer: a failed request after its retries, or an error answer."""


@dataclass(frozen=True)
class EutilsSettings:
    """How to reach E-utilities: where, who is asking, and how patiently."""

    base_url: str = DEFAULT_BASE_URL
    api_key: Optional[str] = None
    email: Optional[str] = None
    tool: str = TOOL
    timeout: float = 30.0
    max_retries: int = 4
    backoff: float = 1.0
    user_agent: str = field(default="evidence-extract (literature mining; E-utilities client)")

    @property
    def rate(self) -> float:
        """Requests per second allowed with these settings."""
        return requests_per_second(self.api_key)


class SearchPage(NamedTuple):
    """One page of esearch results."""

    count: int
    retstart: int
    ids: list[str]
    query_translation: Optional[str] = None


class FetchedBatch(NamedTuple):
    """An efetch answer and its provenance."""

    url: str
    final_url: str
    fetched_at: str
    status: int
    content_type: Optional[str]
    body: bytes


def redact(url: str) -> str:
    """The URL without secret query parameters (the API key), for provenance and messages."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in _SECRET_PARAMS]
    return urlunsplit(parts._replace(query=urlencode(query)))


def parse_esearch(body: bytes) -> SearchPage:
    """An esearch answer, JSON (``retmode=json``) or XML (``<eSearchResult>``), as a SearchPage."""
    text = body.lstrip()
    if text.startswith(b"{"):
        return _esearch_json(text)
    if text.startswith(b"<"):
        return _esearch_xml(body)
    raise PubmedError(f"esearch answered neither JSON nor XML: {body[:80]!r}")


def _esearch_json(body: bytes) -> SearchPage:
    try:
        data = json.loads(body)
    except json.JSONDecodeError as e:
        raise PubmedError(f"esearch answered malformed JSON ({e})") from e
    if not isinstance(data, dict):
        raise PubmedError("esearch answered JSON that is not an object")
    if "error" in data:
        raise PubmedError(f"E-utilities error: {data['error']}")
    result = data.get("esearchresult")
    if not isinstance(result, dict):
        raise PubmedError("esearch JSON has no 'esearchresult'")
    if result.get("ERROR"):
        raise PubmedError(f"esearch error: {result['ERROR']}")
    try:
        return SearchPage(
            count=int(result.get("count", 0)),
            retstart=int(result.get("retstart", 0)),
            ids=[str(i) for i in result.get("idlist", [])],
            query_translation=result.get("querytranslation"),
        )
    except (TypeError, ValueError) as e:
        raise PubmedError(f"esearch JSON has a malformed count or id list ({e})") from e


def _esearch_xml(body: bytes) -> SearchPage:
    from extract.ingest.errors import InputError
    from extract.ingest.xmlparse import child, children, local_name, parse_xml, text_of

    try:
        root = parse_xml("esearch answer", body)
    except InputError as e:
        raise PubmedError(f"esearch answered malformed XML ({e.reason})") from e
    if local_name(root) != "eSearchResult":
        raise PubmedError(f"esearch answered <{local_name(root)}>, not <eSearchResult>")
    error = text_of(child(root, "ERROR"))
    if error:
        raise PubmedError(f"esearch error: {error}")
    try:
        return SearchPage(
            count=int(text_of(child(root, "Count")) or 0),
            retstart=int(text_of(child(root, "RetStart")) or 0),
            ids=[text_of(i) for i in children(child(root, "IdList"), "Id") if text_of(i)],
            query_translation=text_of(child(root, "QueryTranslation")) or None,
        )
    except ValueError as e:
        raise PubmedError(f"esearch XML has a malformed count ({e})") from e


class EutilsClient:
    """esearch and efetch against ``settings.base_url``, rate limited and retried."""

    def __init__(
        self,
        settings: EutilsSettings = EutilsSettings(),
        *,
        session: Any = None,
        limiter: Optional[RateLimiter] = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        import requests

        self.settings = settings
        self.session = session if session is not None else requests.Session()
        self.session.headers.setdefault("User-Agent", settings.user_agent)
        self.limiter = limiter if limiter is not None else RateLimiter(settings.rate, sleep=sleep)
        self._sleep = sleep

    def esearch(self, query: str, *, retstart: int = 0, retmax: int = 500) -> SearchPage:
        """One page of the PMIDs matching ``query`` (newest first as PubMed sorts them by default)."""
        params = {"db": "pubmed", "term": query, "retmode": "json", "retstart": retstart, "retmax": retmax}
        response = self._get("esearch.fcgi", params)
        return parse_esearch(response.content)

    def search_ids(self, query: str, max_results: int, page_size: int = 500) -> tuple[int, list[str]]:
        """The total count and up to ``max_results`` PMIDs for ``query``, paging with retstart/retmax."""
        ids: list[str] = []
        seen: set[str] = set()
        count: Optional[int] = None
        retstart = 0
        while len(ids) < max_results and (count is None or retstart < count):
            page = self.esearch(query, retstart=retstart, retmax=min(page_size, max_results - len(ids)))
            count = page.count
            if not page.ids:
                break
            retstart += len(page.ids)
            fresh = [i for i in page.ids if i not in seen]
            seen.update(fresh)
            ids += fresh
        return count or 0, ids[:max_results]

    def efetch(self, pmids: Sequence[str]) -> FetchedBatch:
        """The PubMed XML of ``pmids`` (one request: keep batches to a few hundred ids)."""
        params = {"db": "pubmed", "id": ",".join(pmids), "retmode": "xml"}
        response = self._get("efetch.fcgi", params)
        return FetchedBatch(
            url=redact(response.request.url),
            final_url=redact(response.url),
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            status=response.status_code,
            content_type=response.headers.get("Content-Type"),
            body=response.content,
        )

    def _get(self, endpoint: str, params: dict[str, Any]) -> Any:
        """GET ``endpoint`` with the etiquette parameters, retrying what is worth retrying."""
        import requests

        url = self.settings.base_url.rstrip("/") + "/" + endpoint
        full = {**params, "tool": self.settings.tool}
        if self.settings.email:
            full["email"] = self.settings.email
        if self.settings.api_key:
            full["api_key"] = self.settings.api_key
        attempts = self.settings.max_retries + 1
        problem = ""
        for attempt in range(1, attempts + 1):
            self.limiter.wait()
            retry_after = None
            try:
                response = self.session.get(url, params=full, timeout=self.settings.timeout)
            except (requests.ConnectionError, requests.Timeout) as e:
                problem = f"{type(e).__name__}: {e}"
            else:
                if response.status_code == 200 and not _rate_limit_answer(response):
                    return response
                problem = f"HTTP {response.status_code}"
                if response.status_code not in RETRY_STATUSES and not _rate_limit_answer(response):
                    raise PubmedError(f"{endpoint} failed: {problem} from {redact(response.url)}{_detail(response)}")
                retry_after = response.headers.get("Retry-After")
            if attempt < attempts:
                delay = backoff_delay(attempt, self.settings.backoff, retry_after)
                _LOG.info("%s: %s; retry %d of %d in %.1f s", endpoint, problem, attempt, attempts - 1, delay)
                self._sleep(delay)
        raise PubmedError(
            f"{endpoint} failed after {attempts} attempts ({problem}) at {redact(url)}; "
            "NCBI may be busy: try again later, or pass --api-key for a higher rate"
        )


def _rate_limit_answer(response: Any) -> bool:
    """NCBI's JSON rate-limit answer ({"error": "API rate limit exceeded"}), whatever the status."""
    head = response.content[:200]
    return head.lstrip().startswith(b"{") and b"rate limit exceeded" in head.lower()


def _detail(response: Any) -> str:
    """A short excerpt of an error answer."""
    text = response.text.strip().replace("\n", " ")[:200]
    return f": {text}" if text else ""
