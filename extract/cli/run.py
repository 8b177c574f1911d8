"""``evidence run``: extract claims and conflicts from files and folders into an output folder."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from enum import Enum
from pathlib import Path
from typing import Any, Annotated, Optional

import typer
from rich.markup import escape

from extract.cli._util import app, fail, import_spacy_without_its_cli, stderr, stdout
from extract.ingest import DEFAULT_MAX_BYTES
from extract.records import RunInfo

class Engine(str, Enum):
    """The engines of `evidence run --engine`."""

    local = "local"
    dask = "dask"


@app.command("run")
def run_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files (.txt, .md, .html, .pdf, JATS or PubMed .xml) and folders of them; a folder's manifest.jsonl "
            "adds metadata. "
            "Inputs that cannot be read are reported and skipped.",
            metavar="PATH",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", help="Folder for the outputs; created if needed.", file_okay=False, show_default=False
        ),
    ],
    model: Annotated[
        Optional[str],
        typer.Option(
            "--model",
            help="An installed scispaCy model to build the pipeline on, such as en_core_sci_sm. "
            "Without it the pipeline runs on spacy.blank('en') with scispaCy's tokenizer (no download needed).",
        ),
    ] = None,
    no_link: Annotated[
        bool,
        typer.Option(
            "--no-link",
            help="Do not link claim arguments to HPO, ICD-10-CM and the curated concepts (no knowledge base "
            "needed). By default they are linked; the first use builds the knowledge base (about two minutes).",
        ),
    ] = False,
    no_learned: Annotated[
        bool,
        typer.Option(
            "--no-learned",
            help="Keep the rules' causes, symptoms, treatments and recommendations only: without it, the learned "
            "tagger adds the claims the rules did not find (rule learned:<type>; with linking on only).",
        ),
    ] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Largest input file to read, in bytes; larger ones are skipped.")
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; skipped inputs are still reported.")
    ] = False,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="Where the pipeline runs: 'local' (this process) or 'dask' (the worker processes of a Dask "
            "cluster: a local one by default, or the one at --scheduler). The outputs are the same.",
            case_sensitive=False,
        ),
    ] = Engine.local,
    scheduler: Annotated[
        Optional[str],
        typer.Option(
            "--scheduler",
            help="With --engine dask: address of a running Dask scheduler (tcp://HOST:8786) instead of a local "
            "cluster. Its workers must see the inputs, --out and $EVIDENCE_KB_DIR at the same paths (a shared "
            "file system). The scheduler keeps its own configuration: set distributed.scheduler.allowed-failures "
            "to 0 there, as the engine's local cluster has it, so that a document that kills its worker is not "
            "run again by Dask before the engine runs it alone.",
            metavar="ADDRESS",
        ),
    ] = None,
    workers: Annotated[
        Optional[int],
        typer.Option(
            "--workers",
            min=1,
            help="With --engine dask: worker processes of the local cluster (default: one per CPU); with "
            "--scheduler, how many workers to wait for before starting.",
        ),
    ] = None,
    partition_size: Annotated[
        Optional[int],
        typer.Option(
            "--partition-size", min=1, help="With --engine dask: documents per task (default 64).", metavar="K"
        ),
    ] = None,
    parquet: Annotated[
        bool,
        typer.Option("--parquet", help="Also write claims.parquet: the claims as columns, for big outputs (pandas, DuckDB)."),
    ] = False,
) -> None:
    """Extract figures and claims from PATHS and flag figures and claims that conflict.

    Writes five files to --out: documents.jsonl (each document read, with its text),
    claims.jsonl (one claim per line, with the sentence and character offsets it comes from),
    claim_groups.jsonl (the same cause, symptom, treatment or recommendation stated by one or
    more documents; list them with `evidence claims`), conflicts.jsonl (figures that disagree
    or do not add up, and claims one document makes and another denies or reverses) and
    run.json (versions, the knowledge base's and vocabularies' included, options, counts,
    timings and the skipped inputs). A previous run's files in --out are replaced only once the
    new run has all its results.

    Claim arguments are linked to concepts of HPO, ICD-10-CM and the project's curated
    vocabulary; the first run builds the knowledge base they come from into
    $EVIDENCE_KB_DIR or ~/.cache/evidence-extract/kb/ (about two minutes, once).

    With --engine dask the documents are cut into partitions of --partition-size, each run on a
    worker of a Dask cluster (the pipeline is loaded once per worker), and merged in input
    order; a document that crashes its worker twice is reported as skipped (worker_crashed).

    Exit code 0 when at least one document was read (even if others were skipped), 1 when none
    could be read, the model is not installed, the knowledge base cannot be built or the Dask
    scheduler cannot be reached, 2 for a usage error.
    """
    import_spacy_without_its_cli()  # the pipeline needs spaCy; not its own command line
    from extract.pipeline.build import ModelNotFound
    from extract.runner import run

    if engine is Engine.local and (scheduler or workers or partition_size):
        raise typer.BadParameter("--scheduler, --workers and --partition-size need --engine dask", param_hint="--engine")
    dask = {"scheduler": scheduler, "workers": workers, "partition_size": partition_size} if engine is Engine.dask else {}
    try:
        info = run(paths, out, model=model, link=not no_link, learned=not no_learned, max_bytes=max_bytes, progress=not quiet,
                   engine=engine.value, parquet=parquet, **dask)
    except ModelNotFound as e:
        fail(str(e))
    except kb_errors() as e:
        fail(f"cannot build the linking knowledge base: {e} (--no-link runs without it)")
    except cluster_errors() as e:
        fail(str(e))
    except OSError as e:
        fail(f"cannot write the outputs to {out}: {e}")
    report_skipped(info)
    if not quiet:
        from extract.runner.read import RecordError

        try:
            print_summary(info, out)
        except RecordError as e:  # the outputs are committed; only their summary cannot be shown
            stderr().print(f"[yellow]no summary:[/] {escape(str(e))}")
    if info.counts["documents"] == 0:
        fail("no input could be read; see the skipped inputs above")


def cluster_errors() -> tuple[type[Exception], ...]:
    """The errors of reaching a Dask cluster (none unless the dask engine was imported: dask is
    imported only by it)."""
    module = sys.modules.get("extract.runner.dask_engine")
    return (module.ClusterError,) if module else ()


def kb_errors() -> tuple[type[Exception], ...]:
    """The errors of building the knowledge base (a vocabulary or the curated file unreadable)."""
    from extract.linking.cues import LinkerCueError
    from extract.linking.curated import CuratedVocabularyError
    from extract.linking.kb import KbError

    return (KbError, CuratedVocabularyError, LinkerCueError)


def report_skipped(info: RunInfo) -> None:
    """One line on stderr per skipped input: the file, the reason and its code."""
    console = stderr()
    for skipped in info.skipped:
        console.print(f"[yellow]skipped[/] {escape(skipped.path)}: {escape(skipped.reason)} ({escape(skipped.code)})")


#: Documents listed one per row in the summary; a bigger run lists these and counts the rest.
SUMMARY_ROWS = 50


def print_summary(info: RunInfo, out: Path) -> None:
    """What the run read and found: a table per document (the first :data:`SUMMARY_ROWS`), the
    conflicts most severe first, totals with their breakdowns, the time, and where the files are.

    The output files are read line by line (:func:`summary_counts`), never whole into memory,
    so the summary of a run of a million documents costs what its files take to read."""
    from rich.table import Table

    from extract.runner.files import DOCUMENTS

    per_doc, kinds_of_claims, flagged, top, kinds, severities = summary_counts(out)
    console = stdout()
    table = Table(title="Documents", title_justify="left", show_edge=False)
    for column in ("document", "claims", "proportions", "counts", "flags"):
        table.add_column(column, justify="left" if column == "document" else "right")
    listed = 0
    for doc in iter_lines(out / DOCUMENTS):
        listed += 1
        if listed > SUMMARY_ROWS:
            continue
        units = per_doc.get(doc["doc_id"], Counter())
        table.add_row(escape(Path(doc.get("path") or doc.get("url") or doc["doc_id"]).name), str(units.total()),
                      str(units.get("proportion", 0)), str(units.get("count", 0)), str(flagged.get(doc["doc_id"], 0)))
    if listed > SUMMARY_ROWS:
        table.add_row(f"... and {listed - SUMMARY_ROWS} more ({DOCUMENTS})", "", "", "", "")
    console.print(table)
    if top:
        flags = Table(title="Flags for review (conflicts.jsonl)", title_justify="left", show_edge=False)
        for column in ("severity", "kind", "figures"):
            flags.add_column(column)
        for conflict in top:
            flags.add_row(conflict["severity"], conflict["kind"], escape(" vs ".join(_surfaces(conflict))))
        total = sum(kinds.values())
        if total > len(top):
            flags.add_row("", "", f"... and {total - len(top)} more")
        console.print(flags)
    counts = info.counts
    console.print(f"[bold]Documents read:[/] {counts['documents']}")
    console.print(f"[bold]Skipped:[/] {counts['skipped']}{breakdown(Counter(s.code for s in info.skipped))}")
    console.print(f"[bold]Claims:[/] {counts['claims']}{breakdown(kinds_of_claims)}")
    if counts.get("claim_groups"):
        console.print(
            f"[bold]Claim groups:[/] {counts['claim_groups']} (the same cause, symptom, treatment or "
            "recommendation in one or more documents; see `evidence claims`)"
        )
    console.print(f"[bold]Conflicts:[/] {counts['conflicts']}{breakdown(kinds)}{breakdown(severities)}")
    checks = info.checks
    if checks:
        console.print(
            f"[bold]Checked:[/] {checks.get('figures_compared', 0)} figures compared in "
            f"{checks.get('pairs_compared', 0)} pairs; {checks.get('parts_whole_checked', 0)} samples against "
            f"their parts; {checks.get('granularity_checked', 0)} percentages against their n "
            f"({checks.get('granularity_without_denominator', 0)} without a stated n)"
        )
    if checks.get("qualitative_claims_examined"):
        console.print(
            f"[bold]Opposing claims checked:[/] {checks['qualitative_claims_examined']} qualitative claims, "
            f"{checks.get('qualitative_claims_compared', 0)} compared in {checks.get('qualitative_pairs_compared', 0)} "
            "pairs across documents"
        )
    console.print(f"[bold]Engine:[/] {engine_summary(info)}")
    console.print(f"[bold]Time:[/] {info.timings['total']:.1f} s; outputs in {escape(str(out))}")


def engine_summary(info: RunInfo) -> str:
    """The engine that ran, with its workers and partitions for Dask."""
    options = info.options
    if options.get("engine") != "dask":
        return "local (this process)"
    where = f"the cluster at {escape(str(options['scheduler']))}" if options.get("scheduler") else "a local cluster"
    return f"dask, {options.get('workers')} worker(s) of {where}, {options.get('partition_size')} documents per partition"


def iter_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file the run has just written, one at a time, through
    :func:`~extract.runner.read.iter_jsonl` (a line that is not a JSON object raises its
    ``RecordError`` naming the file and line); none if the file is missing."""
    from pydantic import TypeAdapter

    from extract.runner.read import iter_jsonl

    if path.is_file():
        yield from iter_jsonl(path, TypeAdapter(dict[str, Any]))


def summary_counts(
    out: Path, top_n: int = 10
) -> tuple[dict[str, Counter[str]], Counter[str], Counter[str], list[dict[str, Any]], Counter[str], Counter[str]]:
    """What the summary shows, read line by line from a run's outputs: claims per document by
    kind, claims by kind (figures by unit: 'proportion', 'count', ...; the other claims by
    type), conflicts per document, the first ``top_n`` conflicts (the file lists the most
    severe first), and conflicts by kind and by severity."""
    from extract.runner.files import CLAIMS, CONFLICTS

    per_doc: dict[str, Counter[str]] = {}
    kinds_of_claims: Counter[str] = Counter()
    for claim in iter_lines(out / CLAIMS):
        kind = claim["value"]["unit"] if claim["type"] == "statistic" else claim["type"]
        per_doc.setdefault(claim["doc_id"], Counter())[kind] += 1
        kinds_of_claims[kind] += 1
    flagged: Counter[str] = Counter()
    top: list[dict[str, Any]] = []
    kinds: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    for conflict in iter_lines(out / CONFLICTS):
        flagged.update({p["doc_id"] for p in conflict.get("figures", []) + conflict.get("statements", [])})
        kinds[conflict["kind"]] += 1
        severities[conflict["severity"]] += 1
        if len(top) < top_n:
            top.append(conflict)
    return per_doc, kinds_of_claims, flagged, top, kinds, severities


def _surfaces(conflict: dict[str, Any]) -> list[str]:
    """The figures of a conflict as written (for opposing claims, the claims' labels)."""
    return [p["surface"] if "surface" in p else p["label"] for p in conflict.get("figures", []) + conflict.get("statements", [])]


def breakdown(counts: Mapping[str, int]) -> str:
    """' (a 3, b 1)' most frequent first, or '' when there is nothing to break down."""
    if not counts:
        return ""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return " (" + ", ".join(f"{escape(str(name))} {n}" for name, n in ordered) + ")"
