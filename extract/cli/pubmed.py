"""``evidence pubmed``: search PubMed through NCBI E-utilities and save the articles as a corpus."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from extract.cli._util import app, fail, stderr, stdout
from extract.pubmed.corpus import DEFAULT_BATCH_SIZE, DEFAULT_PAGE_SIZE
from extract.pubmed.eutils import DEFAULT_BASE_URL


@app.command("pubmed")
def pubmed_command(
    query: Annotated[
        str,
        typer.Argument(
            help="PubMed search terms, as typed on PubMed, e.g. '\"failed back surgery syndrome\" AND "
            "spinal cord stimulation'.",
            show_default=False,
        ),
    ],
    corpus: Annotated[
        Path,
        typer.Option(
            "--corpus",
            "-c",
            help="Corpus folder to save into (created if needed), e.g. corpora/scs. Read it with `evidence run`.",
            file_okay=False,
            show_default=False,
        ),
    ],
    max_results: Annotated[
        int, typer.Option("--max", "-n", min=1, help="Most articles to take from the search results (newest first).")
    ] = 100,
    api_key: Annotated[
        Optional[str],
        typer.Option(
            "--api-key",
            envvar="NCBI_API_KEY",
            help="NCBI API key (env NCBI_API_KEY): allows 10 requests a second instead of 3. Never written to "
            "the corpus.",
            show_default=False,
        ),
    ] = None,
    email: Annotated[
        Optional[str],
        typer.Option(
            "--email",
            envvar="NCBI_EMAIL",
            help="Your e-mail address (env NCBI_EMAIL), sent with each request as NCBI asks, so they can contact "
            "you before blocking a misbehaving client.",
            show_default=False,
        ),
    ] = None,
    base_url: Annotated[
        str, typer.Option("--base-url", help="E-utilities base URL (a mirror, or a local server for tests).")
    ] = DEFAULT_BASE_URL,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, max=500, help="PMIDs fetched per efetch request.")
    ] = DEFAULT_BATCH_SIZE,
    page_size: Annotated[
        int, typer.Option("--page-size", min=1, max=10000, help="PMIDs per esearch page (retmax).")
    ] = DEFAULT_PAGE_SIZE,
    retries: Annotated[
        int, typer.Option("--retries", min=0, max=10, help="Retries of a request after 429, 5xx or a lost connection.")
    ] = 4,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Search PubMed for QUERY and save each article found into --corpus.

    Each article becomes PMID.xml (its PubMed XML: title, abstract with structured sections,
    authors, journal, date, DOI) plus a line in the folder's manifest.jsonl with its PMID, DOI,
    title, journal, date, authors, source type journal_abstract and where and when it was
    fetched. Running the same command again fetches only PMIDs not yet saved; PMIDs that could
    not be fetched are listed and recorded as failed, and tried again next time.

    Requests go to NCBI E-utilities (esearch, then efetch in batches), at most 3 a second (10
    with --api-key), retried with backoff on 429 and server errors.

    Exit code 0 when the search ran (even if some articles failed), 1 when the search failed or
    the folder's manifest is malformed, 2 for a usage error.
    """
    from extract.ingest.errors import InputError
    from extract.pubmed import EutilsClient, EutilsSettings, PubmedError, fetch_pubmed

    settings = EutilsSettings(base_url=base_url, api_key=api_key or None, email=email or None, max_retries=retries)
    try:
        with _progress(not quiet) as tick:
            run = fetch_pubmed(
                query,
                corpus,
                max_results=max_results,
                client=EutilsClient(settings),
                batch_size=batch_size,
                page_size=page_size,
                progress=tick,
            )
    except PubmedError as e:
        fail(f"PubMed search failed: {e}")
    except InputError as e:
        fail(f"{e.path}: {e.reason}")
    except OSError as e:
        fail(f"cannot write to {corpus}: {e}")
    console = stderr()
    for pmid, reason in run.failed.items():
        console.print(f"[yellow]failed[/] PMID {escape(pmid)}: {escape(reason)}")
    if not quiet:
        stdout().print(
            f"{run.count:,} articles match; took {len(run.found):,}: {len(run.fetched):,} fetched, "
            f"{len(run.already):,} already in {corpus}, {len(run.failed):,} failed",
            markup=False,
        )
        if run.fetched or run.already:
            stdout().print(f"next: evidence run {corpus} --out outputs/{corpus.name}", markup=False)


@contextmanager
def _progress(enabled: bool) -> Iterator[Optional[Callable[[int, int], None]]]:
    """A callback advancing a transient rich progress bar of PMIDs fetched, on stderr."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("fetching PubMed articles"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("fetch", total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield tick
