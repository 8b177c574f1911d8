"""Crawl: web pages and PDFs fetched politely into a corpus folder, with their provenance.

This stage owns fetching politely (robots.txt and its Crawl-delay, a delay per host, a global
concurrency limit, an identifying User-Agent, timeouts, retries with exponential backoff and
Retry-After, limited and recorded redirects, a size limit, content-type checks), the
persistent HTTP cache that makes a re-crawl cost a 304 per unchanged page, same-site link
following with include/exclude filters, and writing the corpus: raw bytes under ``raw/``, the
extracted text beside a ``manifest.jsonl`` that is also the crawl's journal (a crawl resumes
where it stopped). Text comes from the extractors of :mod:`extract.ingest` (trafilatura for
HTML, pypdf for PDF), so a crawled page reads like a supplied one. Decisions (robots, backoff,
Retry-After, URL filters, file names) are pure functions in :mod:`~extract.crawl.politeness`
and :mod:`~extract.crawl.urls`; defaults live in ``data/crawler.json``.
"""

from extract.crawl.corpus import CACHE_NAME, RAW_DIR
from extract.crawl.crawl import CrawlError, CrawlSummary, UrlOutcome, crawl_urls, read_url_list
from extract.crawl.settings import CrawlSettings, CrawlSettingsError, load_settings
from extract.crawl.urls import UrlLine, file_stem, parse_url_list

__all__ = [
    "CACHE_NAME",
    "RAW_DIR",
    "CrawlError",
    "CrawlSettings",
    "CrawlSettingsError",
    "CrawlSummary",
    "UrlLine",
    "UrlOutcome",
    "crawl_urls",
    "file_stem",
    "load_settings",
    "parse_url_list",
    "read_url_list",
]
