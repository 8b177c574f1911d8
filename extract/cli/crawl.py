"""``evidence crawl``: fetch a list of URLs politely into a corpus folder the reader can read."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.markup import escape

from extract.cli._util import app, fail, stderr, stdout

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterator

    from extract.crawl import CrawlSummary, UrlOutcome


@app.command("crawl")
def crawl_command(
    urls_file: Annotated[
        Path,
        typer.Argument(
            help="Text file of URLs: one per line, optionally followed by a tab and a source type "
            "(clinic_web_page, journal_article, ...); blank lines and lines starting with # are ignored.",
            metavar="URLS_FILE",
            show_default=False,
        ),
    ],
    corpus: Annotated[
        Path,
        typer.Option("--corpus", "-c", help="Corpus folder to write into (created if needed), e.g. corpora/NAME.",
                     file_okay=False, show_default=False),
    ],
    contact: Annotated[
        Optional[str],
        typer.Option("--contact", help="A URL or mailto: address added to the User-Agent "
                     "('evidence-extract/VERSION (+CONTACT)') so site owners can reach you."),
    ] = None,
    depth: Annotated[
        Optional[int],
        typer.Option("--depth", min=0, help="Follow same-site links this many levels from the listed pages "
                     "[default: 0, none]."),
    ] = None,
    include: Annotated[
        Optional[list[str]],
        typer.Option("--include", help="Regular expression a followed link must match (repeatable; any one)."),
    ] = None,
    exclude: Annotated[
        Optional[list[str]],
        typer.Option("--exclude", help="Regular expression a followed link must not match (repeatable)."),
    ] = None,
    refresh: Annotated[
        bool,
        typer.Option("--refresh", help="Fetch again the URLs the manifest already has; unchanged pages are "
                     "revalidated through the HTTP cache (a 304) and not downloaded again. Without it they "
                     "are skipped, which is how an interrupted crawl resumes."),
    ] = False,
    delay: Annotated[
        Optional[float],
        typer.Option("--delay", min=0, help="Seconds between requests to one host; a larger robots.txt "
                     "Crawl-delay wins [default: 1.0]."),
    ] = None,
    concurrency: Annotated[
        Optional[int],
        typer.Option("--concurrency", min=1, max=64, help="Requests in flight at once over all hosts [default: 2]."),
    ] = None,
    timeout: Annotated[
        Optional[float],
        typer.Option("--timeout", min=0.001, help="Seconds to wait for a server's next bytes [default: 30]."),
    ] = None,
    retries: Annotated[
        Optional[int],
        typer.Option("--retries", min=0, max=20, help="Retries after a connection error, a timeout, 429 or 5xx, "
                     "with exponential backoff or the server's Retry-After [default: 3]."),
    ] = None,
    max_redirects: Annotated[
        Optional[int],
        typer.Option("--max-redirects", min=0, max=50, help="Redirects followed per URL [default: 5]."),
    ] = None,
    max_bytes: Annotated[
        Optional[int],
        typer.Option("--max-bytes", min=1, help="Largest response body; a larger download is aborted "
                     "[default: 20000000]."),
    ] = None,
    settings_file: Annotated[
        Optional[Path],
        typer.Option("--settings", help="A JSON file replacing the packaged crawler defaults "
                     "(extract/crawl/data/crawler.json); flags still override it.", dir_okay=False),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; failed URLs are still reported.")
    ] = False,
) -> None:
    """Fetch the pages and PDFs of URLS_FILE politely into a corpus folder for `evidence run`.

    robots.txt is obeyed (a disallowed URL is reported, not fetched), with its Crawl-delay;
    requests to one host are at least --delay apart, and the User-Agent names the tool (add
    --contact). HTML is turned into main text, title, author, date and site name by
    trafilatura, PDF into text by pypdf; other content types are reported.

    Writes into --corpus: the text of each document (NAME.txt, named after its URL), its raw
    bytes (raw/NAME.html or .pdf), and one manifest.jsonl line per URL with where and when it
    came from (final URL, redirects, HTTP status, content type, SHA-256 of raw and text,
    extractor and version). A URL that fails is reported on stderr and recorded in the
    manifest as failed; it never stops the crawl. Responses are kept in an HTTP cache
    (.http_cache.sqlite) so a --refresh re-crawl downloads only what changed.

    Interrupted? Run the same command again: URLs already in the manifest are skipped.

    Exit code 0 when at least one URL was fetched or already there, 1 when every URL failed or
    the URL list or corpus cannot be used, 2 for a usage error, 130 when interrupted.
    """
    from extract.crawl import CrawlError, CrawlSettingsError, crawl_urls, load_settings, read_url_list

    try:
        settings = load_settings(str(settings_file) if settings_file else None).with_overrides(
            depth=depth, delay=delay, concurrency=concurrency, read_timeout=timeout, retries=retries,
            max_redirects=max_redirects, max_bytes=max_bytes,
        )
        entries = read_url_list(urls_file)
    except (CrawlError, CrawlSettingsError) as e:
        fail(str(e))
    if not entries:
        fail(f"{urls_file} lists no URL; write one URL per line")
    if not contact and not quiet:
        stderr().print("note: no --contact given; site owners prefer a crawler they can reach", markup=False)
    with _progress(not quiet, len(entries)) as report:
        try:
            summary = crawl_urls(entries, corpus, settings=settings, contact=contact, include=include or (),
                                 exclude=exclude or (), refresh=refresh, on_outcome=report)
        except CrawlError as e:
            fail(str(e))
        except KeyboardInterrupt:
            stderr().print(f"interrupted: the manifest in {corpus} keeps every URL that finished; run the same "
                           "command again to resume", markup=False)
            raise typer.Exit(code=130) from None
    if not quiet:
        _print_summary(summary)
    counts = summary.counts
    if counts["fetched"] + counts["unchanged"] + counts["skipped"] == 0:
        fail(f"no URL could be fetched; see the reasons above (recorded in {corpus}/manifest.jsonl)")


@contextmanager
def _progress(enabled: bool, listed: int) -> Iterator:
    """A function to call with each outcome: prints a failed URL's line on stderr and advances a
    transient progress bar whose total grows as links are found."""
    console = stderr()

    def report_failure(outcome: UrlOutcome, printer) -> None:
        if outcome.status == "failed":
            printer.print(f"[red]failed[/] {escape(outcome.url)}: {escape(outcome.reason or '')}")

    if not enabled:
        yield lambda outcome, pending: report_failure(outcome, console)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("crawling"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"))
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("", total=listed)
        done = 0

        def tick(outcome: UrlOutcome, pending: int) -> None:
            nonlocal done
            done += 1
            report_failure(outcome, bar.console)
            bar.update(task, completed=done, total=done + pending, description=escape(outcome.url[-60:]))

        yield tick


def _print_summary(summary: CrawlSummary) -> None:
    """Counts, then a table of the failed URLs and their reasons."""
    from rich.table import Table

    console = stdout()
    for note in summary.notes:
        console.print(f"note: {escape(note)}")
    failed = summary.of("failed")
    if failed:
        table = Table(title="Failed URLs (recorded in manifest.jsonl as failed)", title_justify="left", show_edge=False)
        table.add_column("URL", overflow="fold")
        table.add_column("reason", overflow="fold")
        for outcome in failed:
            table.add_row(escape(outcome.url), escape(outcome.reason or ""))
        console.print(table)
    c = summary.counts
    console.print(
        f"[bold]URLs:[/] {c['urls']}: {c['fetched']} fetched, {c['unchanged']} unchanged (HTTP cache), "
        f"{c['skipped']} already in the manifest, {c['failed']} failed"
    )
    console.print(f"[bold]Corpus:[/] {escape(summary.corpus)} (read it with `evidence run {escape(summary.corpus)}`)")
    console.print(f"[bold]User-Agent:[/] {escape(summary.user_agent)}")
