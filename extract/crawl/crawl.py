"""A crawl: URLs in, a corpus folder out, one manifest line per URL as it completes.

:func:`crawl_urls` is the batch boundary: whatever goes wrong with one URL (a bad URL,
robots.txt, the network, the server, the size limit, the content type, no text) becomes a
failed :class:`UrlOutcome` and a manifest line with status 'failed'; it never stops the crawl.
Listed URLs are crawled first, then same-site links level by level up to ``depth``.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple, Optional

from extract.crawl.content import ContentError, PageText, content_kind, page_text
from extract.crawl.corpus import Corpus, CorpusError
from extract.crawl.fetch import Fetched, Fetcher, FetchError, make_session, utc_now
from extract.crawl.politeness import HostThrottle
from extract.crawl.settings import CrawlSettings, load_settings
from extract.crawl.urls import (
    UrlLine,
    compile_patterns,
    file_stem,
    links_in_html,
    parse_url_list,
    passes_filters,
    same_site,
)
from extract.records import Fetch, ManifestEntry
from extract.records.models import SourceType

Status = Literal["ok", "failed", "skipped"]
_RAW_SUFFIX = {"html": ".html", "pdf": ".pdf", "text": ".txt"}


class CrawlError(Exception):
    """The crawl as a whole cannot run (unreadable URL list, unusable corpus folder, bad option)."""


class UrlOutcome(NamedTuple):
    """What became of one URL.

    ``status`` is 'ok' (fetched and written; ``from_cache`` when a 304 said it was unchanged),
    'failed' (``reason`` says why) or 'skipped' (already in the manifest from an earlier crawl).
    """

    url: str
    status: Status
    depth: int = 0
    file: Optional[str] = None
    reason: Optional[str] = None
    http_status: Optional[int] = None
    from_cache: bool = False


@dataclass
class CrawlSummary:
    """What a crawl did: one outcome per URL, in the order they completed."""

    corpus: str
    user_agent: str
    outcomes: list[UrlOutcome] = field(default_factory=list)
    interrupted: bool = False
    notes: list[str] = field(default_factory=list)

    def of(self, status: Status) -> list[UrlOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def counts(self) -> dict[str, int]:
        """URLs by outcome: fetched (new or changed), unchanged (304 from the cache), skipped, failed."""
        ok = self.of("ok")
        return {
            "urls": len(self.outcomes),
            "fetched": sum(1 for o in ok if not o.from_cache),
            "unchanged": sum(1 for o in ok if o.from_cache),
            "skipped": len(self.of("skipped")),
            "failed": len(self.of("failed")),
        }


class _Item(NamedTuple):
    url: str
    depth: int
    source_type: Optional[SourceType] = None


class _Done(NamedTuple):
    item: _Item
    outcome: UrlOutcome
    entry: Optional[ManifestEntry]
    links: tuple[str, ...] = ()


def read_url_list(path: str | Path) -> list[UrlLine]:
    """The entries of a URL list file (see :func:`extract.crawl.urls.parse_url_list`)."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as e:
        raise CrawlError(f"URL list {path} does not exist; check the path") from e
    except OSError as e:
        raise CrawlError(f"URL list {path} cannot be read ({e.strerror or e})") from e
    except UnicodeDecodeError as e:
        raise CrawlError(f"URL list {path} is not UTF-8 text; save it as UTF-8, one URL per line") from e
    return parse_url_list(text)


def crawl_urls(
    urls: Iterable[str | UrlLine],
    corpus: str | Path,
    *,
    settings: Optional[CrawlSettings] = None,
    contact: Optional[str] = None,
    depth: Optional[int] = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    refresh: bool = False,
    on_outcome: Optional[Callable[[UrlOutcome, int], None]] = None,
    should_stop: Optional[Callable[[], bool]] = None,
) -> CrawlSummary:
    """Fetch ``urls`` politely into the corpus folder ``corpus`` and return what happened.

    Args:
        urls: lines of a URL list ('URL' or 'URL<TAB>source_type'), or parsed entries.
        corpus: the folder; created if needed. Texts go beside ``manifest.jsonl``, raw bytes
            into ``raw/``, the HTTP cache into ``.http_cache.sqlite``.
        settings: crawler settings (default: the packaged ``crawler.json``).
        contact: a URL or e-mail address added to the User-Agent so sites can reach you.
        depth: same-site link levels to follow (default: the settings' ``depth``, 0).
        include, exclude: regular expressions a followed link must match / must not match
            (listed URLs are always crawled).
        refresh: fetch URLs the manifest already has as 'ok' again, revalidated through the
            cache (unchanged pages cost a 304); without it they are skipped (resume).
        on_outcome: called in the calling thread as each URL completes, with its outcome and
            the number of URLs still queued or in flight.
        should_stop: polled between URLs; when it returns True no new URL is started, the ones
            in flight finish, and the summary is returned with ``interrupted`` set.

    Raises:
        CrawlError: the corpus folder or its manifest cannot be used, or a filter is not a
            valid regular expression. Nothing is raised for a URL.
    """
    from extract import __version__

    settings = settings or load_settings()
    depth = settings.depth if depth is None else depth
    try:
        included, excluded = compile_patterns(include, "--include"), compile_patterns(exclude, "--exclude")
        folder = Corpus(corpus)
    except (ValueError, CorpusError) as e:
        raise CrawlError(str(e)) from e
    agent = settings.user_agent_for(__version__, contact)
    summary = CrawlSummary(corpus=str(corpus), user_agent=agent)
    if folder.repaired:
        summary.notes.append(folder.repaired)
    run = _Crawl(folder, settings, agent, refresh, depth, included, excluded, summary, on_outcome, should_stop)
    run.go(_entries(urls))
    return summary


def _entries(urls: Iterable[str | UrlLine]) -> list[UrlLine]:
    """Parsed entries first, then the lines given as strings, parsed as one URL list."""
    if isinstance(urls, (str, Path)):
        raise TypeError("crawl_urls takes a sequence of URLs; wrap a single URL in a list (or use read_url_list)")
    urls = list(urls)
    lines = [u for u in urls if isinstance(u, UrlLine)]
    return lines + parse_url_list("\n".join(u for u in urls if isinstance(u, str)))


class _Crawl:
    """One crawl's state: the corpus, the fetcher, what has been seen, the summary."""

    def __init__(
        self,
        corpus: Corpus,
        settings: CrawlSettings,
        agent: str,
        refresh: bool,
        depth: int,
        include: list[re.Pattern[str]],
        exclude: list[re.Pattern[str]],
        summary: CrawlSummary,
        on_outcome: Optional[Callable[[UrlOutcome, int], None]],
        should_stop: Optional[Callable[[], bool]],
    ) -> None:
        self.corpus = corpus
        self.settings = settings
        self.agent = agent
        self.refresh = refresh
        self.depth = depth
        self.include, self.exclude = include, exclude
        self.summary = summary
        self.on_outcome = on_outcome
        self.should_stop = should_stop or (lambda: False)
        self.seen: set[str] = set()
        self._fetcher: Optional[Fetcher] = None
        self._fetcher_lock = threading.Lock()

    def go(self, entries: list[UrlLine]) -> None:
        frontier: list[_Item] = []
        for line in entries:
            if line.problem is not None:
                self._finish(self._bad_line(line), pending=0)
            elif line.url not in self.seen:
                self.seen.add(line.url)
                frontier.append(_Item(line.url, 0, line.source_type))
        try:
            with ThreadPoolExecutor(self.settings.concurrency, thread_name_prefix="crawl") as pool:
                while frontier and not self.summary.interrupted:
                    frontier = self._level(pool, frontier)
        finally:
            if self._fetcher is not None:
                self._fetcher.session.close()

    def _level(self, pool: ThreadPoolExecutor, items: list[_Item]) -> list[_Item]:
        """Crawl one level of links; returns the next level."""
        following: list[_Item] = []
        queue = list(items)
        running: dict[Future[_Done], _Item] = {}
        while (queue or running) and not self.summary.interrupted:
            while queue and len(running) < self.settings.concurrency:
                item = queue.pop(0)
                if self.corpus.is_done(item.url) and not self.refresh:
                    following += self._follow(item, self._links_on_disk(item))
                    self._finish(self._skipped(item), pending=len(queue) + len(running))
                    continue
                running[pool.submit(self._crawl_one, item)] = item
            if not running:
                continue
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                running.pop(future)
                done = future.result()
                if done.entry is not None:
                    self.corpus.record(done.entry)
                following += self._follow(done.item, done.links)
                self._finish(done.outcome, pending=len(queue) + len(running))
            if self.should_stop():
                self.summary.interrupted = True
        for future in running:  # stopped: let the ones in flight finish and keep them
            done = future.result()
            if done.entry is not None:
                self.corpus.record(done.entry)
            self._finish(done.outcome, pending=0)
        return following

    def _finish(self, outcome: UrlOutcome, pending: int) -> None:
        self.summary.outcomes.append(outcome)
        if self.on_outcome is not None:
            self.on_outcome(outcome, pending)

    def _follow(self, item: _Item, links: Iterable[str]) -> list[_Item]:
        """The unseen same-site links of a page that pass the filters, one level deeper."""
        if item.depth >= self.depth:
            return []
        found = []
        for link in links:
            if link in self.seen or not same_site(link, item.url) or not passes_filters(link, self.include, self.exclude):
                continue
            self.seen.add(link)
            found.append(_Item(link, item.depth + 1))
        return found

    def _links_on_disk(self, item: _Item) -> tuple[str, ...]:
        """Links of a page done in an earlier crawl, from its raw file (for link following)."""
        entry = self.corpus.entry_for_url(item.url)
        if item.depth >= self.depth or entry is None or entry.fetch is None or not entry.fetch.raw_file:
            return ()
        if not entry.fetch.raw_file.endswith(".html"):
            return ()
        try:
            raw = (self.corpus.folder / entry.fetch.raw_file).read_bytes()
        except OSError:
            return ()
        return tuple(links_in_html(raw, entry.fetch.final_url or item.url))

    def fetcher(self) -> Fetcher:
        """The fetcher, made on first use (no cache file, no session for a crawl with nothing to do)."""
        with self._fetcher_lock:
            if self._fetcher is None:
                session = make_session(self.corpus.cache_path, self.settings, self.agent)
                self._fetcher = Fetcher(session, self.settings, HostThrottle())
            return self._fetcher

    def _crawl_one(self, item: _Item) -> _Done:
        """Fetch, extract and write one URL (in a worker thread); never raises."""
        try:
            fetched = self.fetcher().fetch(item.url)
        except FetchError as e:
            return self._failed(item, e.reason, http_status=e.http_status, redirects=e.redirects, final_url=e.final_url)
        except Exception as e:  # a bug or an unexpected library error must not stop the crawl
            return self._failed(item, f"unexpected error ({type(e).__name__}: {e}); please report it")
        try:
            kind = content_kind(fetched.content_type, fetched.body, self.settings)
            page = page_text(kind, fetched.body, fetched.content_type)
        except ContentError as e:
            return self._failed(item, str(e), fetched=fetched)
        except Exception as e:
            return self._failed(item, f"text extraction failed ({type(e).__name__}: {e})", fetched=fetched)
        try:
            entry = self._write(item, fetched, page)
        except OSError as e:
            return self._failed(item, f"cannot write to the corpus folder ({e.strerror or e})", fetched=fetched)
        links = tuple(links_in_html(fetched.body, fetched.final_url)) if kind == "html" and item.depth < self.depth else ()
        outcome = UrlOutcome(item.url, "ok", item.depth, entry.file, None, fetched.http_status, fetched.from_cache)
        return _Done(item, outcome, entry, links)

    def _write(self, item: _Item, fetched: Fetched, page: PageText) -> ManifestEntry:
        stem = file_stem(item.url)
        raw_file, text_file = self.corpus.write_files(stem, _RAW_SUFFIX[page.kind], fetched.body, page.text)
        fetch = Fetch(
            url=item.url,
            final_url=fetched.final_url,
            redirects=fetched.redirects,
            fetched_at=fetched.fetched_at,
            http_status=fetched.http_status,
            content_type=fetched.content_type,
            sha256_raw=hashlib.sha256(fetched.body).hexdigest(),
            sha256_text=hashlib.sha256(page.text.encode("utf-8")).hexdigest(),
            raw_file=raw_file,
            extractor=page.extractor,
            extractor_version=page.extractor_version,
            from_cache=fetched.from_cache,
        )
        return ManifestEntry(
            file=text_file,
            status="ok",
            title=page.title,
            publisher=page.publisher,
            source_type=item.source_type,
            url=fetched.final_url,
            date=page.date,
            authors=list(page.authors),
            fetch=fetch,
        )

    def _failed(
        self, item: _Item, reason: str, *, http_status: Optional[int] = None, redirects: Sequence[str] = (),
        final_url: Optional[str] = None, fetched: Optional[Fetched] = None,
    ) -> _Done:
        """A failed URL: its outcome, and a failed manifest line unless an earlier crawl got it
        (then the good copy stays and only the outcome reports the failure)."""
        if fetched is not None:
            http_status, redirects, final_url = fetched.http_status, fetched.redirects, fetched.final_url
        outcome = UrlOutcome(item.url, "failed", item.depth, None, reason, http_status)
        if self.corpus.is_done(item.url):
            return _Done(item, outcome, None)
        fetch = Fetch(
            url=item.url,
            final_url=final_url,
            redirects=list(redirects),
            fetched_at=utc_now(),
            http_status=http_status,
            content_type=fetched.content_type if fetched else None,
            sha256_raw=hashlib.sha256(fetched.body).hexdigest() if fetched else None,
            error=reason,
        )
        entry = ManifestEntry(
            file=f"{file_stem(item.url)}.txt", status="failed", source_type=item.source_type, url=item.url, fetch=fetch
        )
        return _Done(item, outcome, entry)

    def _bad_line(self, line: UrlLine) -> UrlOutcome:
        """A line of the URL list that is not a crawlable URL: reported and recorded as failed."""
        reason = f"line {line.lineno}: {line.problem}"
        entry = ManifestEntry(
            file=f"{file_stem(line.url)}.txt", status="failed", url=line.url,
            fetch=Fetch(url=line.url, fetched_at=utc_now(), error=reason),
        )
        self.corpus.record(entry)
        return UrlOutcome(line.url, "failed", 0, None, reason)

    def _skipped(self, item: _Item) -> UrlOutcome:
        entry = self.corpus.entry_for_url(item.url)
        return UrlOutcome(item.url, "skipped", item.depth, entry.file if entry else None, "already in the manifest")
