"""PubMed: querying NCBI E-utilities and saving the articles found as a corpus.

This stage owns talking to NCBI: :class:`EutilsClient` runs esearch (the PMIDs matching a
query, paged with retstart/retmax) and efetch (their PubMed XML, in batches), politely: at most
3 requests a second without an API key and 10 with one (:class:`RateLimiter`), the ``tool``
and ``email`` parameters NCBI asks for, and retries with backoff on 429, 5xx and connection
errors. :func:`fetch_pubmed` saves each article as ``corpora/NAME/PMID.xml`` (one
``<PubmedArticle>`` per file, read by :mod:`extract.ingest.pubmed_xml`) with a manifest line
carrying its PMID, DOI, title, journal, date, authors and fetch provenance; PMIDs already in
the manifest are not fetched again. The base URL is a setting, so tests run against a local
server.
"""

from extract.pubmed.corpus import PubmedRun, fetch_pubmed
from extract.pubmed.eutils import DEFAULT_BASE_URL, TOOL, EutilsClient, EutilsSettings, PubmedError, SearchPage
from extract.pubmed.ratelimit import RateLimiter, backoff_delay, next_request_delay, requests_per_second

__all__ = [
    "DEFAULT_BASE_URL",
    "TOOL",
    "EutilsClient",
    "EutilsSettings",
    "PubmedError",
    "PubmedRun",
    "RateLimiter",
    "SearchPage",
    "backoff_delay",
    "fetch_pubmed",
    "next_request_delay",
    "requests_per_second",
]
