"""Saving PubMed search results as a corpus folder: one XML file and one manifest line per article.

:func:`fetch_pubmed` searches, skips the PMIDs the folder's manifest already holds, fetches the
rest in batches, and writes each article as ``PMID.xml`` (a ``<PubmedArticleSet>`` holding its
one ``<PubmedArticle>``, media type application/pubmed+xml) before adding its manifest line.
Files and the manifest are replaced atomically, so an interrupted run leaves a readable corpus
and the next run fetches what is missing. A PMID efetch does not return, or a batch that fails,
is recorded as a ``failed`` manifest line with the reason and fetched again by the next run;
it never stops the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from extract import __version__
from extract.crawl.corpus import atomic_write
from extract.ingest.manifest import MANIFEST_NAME, load_manifest
from extract.pubmed.eutils import EutilsClient, FetchedBatch, PubmedError
from extract.records import Fetch, ManifestEntry
from extract.records.ids import sha256_hex

#: PMIDs per efetch request (NCBI suggests at most a few hundred per GET).
DEFAULT_BATCH_SIZE = 200
#: PMIDs per esearch page.
DEFAULT_PAGE_SIZE = 500
#: The article's page on PubMed, recorded as the document's URL.
PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
EXTRACTOR = "evidence pubmed_xml"
_NO_RECORD = "efetch returned no record for this PMID (withdrawn, or not a PubMed article)"

#: Called after each batch with (PMIDs done, PMIDs to fetch).
Progress = Callable[[int, int], None]


@dataclass
class PubmedRun:
    """What one ``evidence pubmed`` run did."""

    query: str
    count: int = 0
    found: list[str] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    query_translation: Optional[str] = None


def fetch_pubmed(
    query: str,
    corpus: str | Path,
    *,
    max_results: int,
    client: Optional[EutilsClient] = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    page_size: int = DEFAULT_PAGE_SIZE,
    progress: Optional[Progress] = None,
) -> PubmedRun:
    """Search PubMed for ``query`` and save up to ``max_results`` articles into ``corpus``.

    Raises :class:`PubmedError` when the search itself fails, and
    :class:`~extract.ingest.InputError` when the folder's existing manifest is malformed (it is
    never overwritten then). Failures of single articles or batches are recorded, not raised.
    """
    if not query.strip():
        raise PubmedError("the query is empty; give PubMed search terms, e.g. 'spinal cord stimulation'")
    if max_results < 1 or batch_size < 1 or page_size < 1:
        raise ValueError("max_results, batch_size and page_size must be at least 1")
    folder = Path(corpus)
    folder.mkdir(parents=True, exist_ok=True)
    entries = load_manifest(folder)
    client = client or EutilsClient()
    run = PubmedRun(query=query)
    run.count, run.found = client.search_ids(query, max_results, page_size)
    todo = [p for p in run.found if not _done(folder, entries.get(_file(p)))]
    pending = set(todo)
    run.already = [p for p in run.found if p not in pending]
    for start in range(0, len(todo), batch_size):
        batch = todo[start : start + batch_size]
        _fetch_batch(client, folder, batch, entries, run)
        write_manifest(folder, list(entries.values()))
        if progress is not None:
            progress(min(start + batch_size, len(todo)), len(todo))
    return run


def _file(pmid: str) -> str:
    return f"{pmid}.xml"


def _done(folder: Path, entry: Optional[ManifestEntry]) -> bool:
    """A PMID is done when its manifest line is ok and its file is there."""
    return entry is not None and entry.status == "ok" and (folder / entry.file).is_file()


def _fetch_batch(
    client: EutilsClient, folder: Path, batch: Sequence[str], entries: dict[str, ManifestEntry], run: PubmedRun
) -> None:
    """Fetch one batch and save its articles; every PMID ends up fetched or failed."""
    from extract.ingest.errors import InputError
    from extract.ingest.pubmed_xml import article_pmid, split_articles
    from extract.ingest.xmlparse import parse_xml

    try:
        answer = client.efetch(batch)
        root = parse_xml("efetch answer", answer.body)
    except PubmedError as e:
        return _fail(batch, str(e), entries, run, None)
    except InputError as e:
        return _fail(batch, f"efetch answered unreadable XML ({e.reason})", entries, run, None)
    articles = {article_pmid(a): a for a in split_articles(root)}
    for pmid in batch:
        article = articles.get(pmid)
        if article is None:
            _fail([pmid], _NO_RECORD, entries, run, answer)
            continue
        entries[_file(pmid)] = _save(folder, pmid, article, answer)
        run.fetched.append(pmid)


def _save(folder: Path, pmid: str, article, answer: FetchedBatch) -> ManifestEntry:  # noqa: ANN001
    """Write ``PMID.xml`` atomically and return its manifest line."""
    from extract.ingest.pubmed_xml import parse_article

    raw = article_bytes(article)
    atomic_write(folder / _file(pmid), raw)
    parsed = parse_article(article)
    return ManifestEntry(
        file=_file(pmid),
        title=parsed.title,
        source_type="journal_abstract",
        url=PUBMED_URL.format(pmid=pmid),
        date=parsed.date,
        authors=parsed.authors,
        journal=parsed.journal,
        pmid=pmid,
        doi=parsed.doi,
        fetch=_provenance(answer, raw, parsed.text, _file(pmid)),
    )


def _provenance(
    answer: FetchedBatch, raw: Optional[bytes], text: Optional[str], file: Optional[str], error: Optional[str] = None
) -> Fetch:
    """The fetch record: the efetch request (never the API key), and hashes of what was saved."""
    return Fetch(
        url=answer.url,
        final_url=answer.final_url,
        fetched_at=answer.fetched_at,
        http_status=answer.status,
        content_type=answer.content_type,
        sha256_raw=sha256_hex(raw) if raw is not None else None,
        sha256_text=sha256_hex(text.encode("utf-8")) if text is not None else None,
        raw_file=file,
        extractor=EXTRACTOR if raw is not None else None,
        extractor_version=__version__ if raw is not None else None,
        error=error,
    )


def _fail(
    pmids: Sequence[str], reason: str, entries: dict[str, ManifestEntry], run: PubmedRun, answer: Optional[FetchedBatch]
) -> None:
    """Record PMIDs that could not be saved; a good earlier copy is kept as it was."""
    for pmid in pmids:
        run.failed[pmid] = reason
        previous = entries.get(_file(pmid))
        if previous is not None and previous.status == "ok":
            continue  # its file went missing and the refetch failed: keep the line, try again next run
        fetch = _provenance(answer, None, None, None, reason) if answer is not None else None
        entries[_file(pmid)] = ManifestEntry(
            file=_file(pmid),
            status="failed",
            url=PUBMED_URL.format(pmid=pmid),
            pmid=pmid,
            source_type="journal_abstract",
            fetch=fetch,
        )


def article_bytes(article) -> bytes:  # noqa: ANN001
    """One ``<PubmedArticle>`` as a complete PubMed XML file (in its own ``<PubmedArticleSet>``)."""
    from lxml import etree

    body = etree.tostring(article, encoding="UTF-8", xml_declaration=False, with_tail=False)
    doctype = article.getroottree().docinfo.doctype
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n' + (doctype.encode("utf-8") + b"\n" if doctype else b"")
    return head + b"<PubmedArticleSet>\n" + body + b"\n</PubmedArticleSet>\n"


def write_manifest(folder: Path, entries: Sequence[ManifestEntry]) -> None:
    """Replace ``folder/manifest.jsonl`` atomically with ``entries``, one JSON line each."""
    lines = "".join(e.model_dump_json(exclude_none=True) + "\n" for e in entries)
    atomic_write(folder / MANIFEST_NAME, lines.encode("utf-8"))
