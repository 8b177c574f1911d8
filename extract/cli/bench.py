"""``evidence bench``: throughput and memory of the pipeline, the cold start of a fresh process
and, on request, the knowledge base build from scratch; figures printed, never asserted, and
written as JSON to outputs/bench/.

The corpus, the end-to-end run, the baseline and the report are
:mod:`extract.evaluation.bench`; this module wires them to the command and prints them.

The cold start is measured twice over. ``evidence run`` on one small file, in several fresh
processes (:func:`measure_run_cold_starts`): the figure issue 6 asks for, quoted as the median
with its range. Then one more fresh process that imports extract, loads the pipeline and
processes the same text, reporting where its seconds go (:func:`measure_cold_start`). The
cold starts and the build run in child processes, so that what they import and load is not
already in memory; a child reports its own seconds (and peak memory) as one line of JSON, and
this process adds the wall and CPU time it saw.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, Sequence

import typer

from extract.cli._util import app, fail, stdout

if TYPE_CHECKING:  # pragma: no cover
    from extract.evaluation.bench import BenchReport as BenchReportT

#: The short document of the cold start: a figure, and a cause whose arguments link to concepts.
COLD_START_TEXT = (
    "Up to 20% of patients have persistent pain after lumbar spine surgery. "
    "Smoking is a common cause of failed back surgery syndrome.\n"
)
#: The limits the issues set, printed next to the figures for reference: issue 6's for
#: ``evidence run`` on one small file, issue 3's for the pipeline's cold start and the build.
RUN_COLD_START_LIMIT = 3.0
COLD_START_LIMIT = 5.0
KB_BUILD_LIMIT = 180.0
#: Fresh ``evidence run`` processes timed by default (the median of an odd number is one of them).
COLD_RUNS = 7

#: A fresh interpreter imports extract, loads the pipeline (linking on), processes one document.
#: It reports the wall-clock time (``time.time()``, the clock this process reads too) at the
#: boundaries of its stages, so that the stages split the process's wall time exactly.
_COLD_START_CHILD = """
import json, sys, time
started = time.time()
import extract
load = extract.load  # imports spaCy and the pipeline
imported = time.time()
nlp = load(sys.argv[1] or None)
loaded = time.time()
doc = nlp(sys.argv[2])
first_doc = time.time()
from extract.linking import get_linker
links = sum(getattr(m, "concept", None) is not None for c in doc._.claims for m in vars(c).values())
print(json.dumps({"started": started, "imported": imported, "loaded": loaded, "first_doc": first_doc,
                  "linker": get_linker().load_seconds, "links": links}))
from extract.cli._util import exit_now
exit_now(0)  # as the evidence command ends
"""

#: A fresh interpreter builds the knowledge base into argv[1] and reports its manifest and peak memory.
_KB_BUILD_CHILD = """
import json, resource, sys
from pathlib import Path
from extract.linking.kb import build_kb
manifest = build_kb(Path(sys.argv[1]), progress=sys.argv[2] == "1")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"manifest": manifest.model_dump(mode="json"), "peak_rss": peak}))
"""


@dataclass(frozen=True)
class ColdStart:
    """Seconds from starting a Python process to its exit after the claims of its first document.

    The five stages follow one another on one clock (the wall clock, read by both processes), so
    they add up to ``seconds``: each is the time between two of the instants the processes
    read, in order (see :func:`stage_seconds`)."""

    seconds: float  #: wall time of the whole process, as this process saw it
    startup: float  #: the interpreter starting, up to the first line of the script
    imports: float  #: ``import extract`` and ``extract.load`` (spaCy, the pipeline modules)
    load: float  #: ``extract.load()``: the pipeline built, the knowledge base checked
    first_doc: float  #: ``nlp(text)``, the linker's loading included
    exit: float  #: reporting the figures and the process ending (as the evidence command ends)
    cpu: float  #: CPU seconds of the process (user + system): the figure least changed by a busy machine
    linker: dict[str, float]  #: of which the linker's loading: exact-alias table, ANN index
    links: int  #: claim arguments of the document linked to a concept


@dataclass(frozen=True)
class KbBuild:
    """A knowledge base built from scratch in a fresh process."""

    seconds: float  #: wall time of the process
    build_seconds: float  #: the build as its manifest records it (reading the vocabularies included)
    timings: dict[str, float]  #: seconds per build step
    cpu: float  #: CPU seconds of the process (user + system; the index is built on every core)
    peak_rss_mb: float
    size_mb: float
    concepts: int
    aliases: int


@dataclass(frozen=True)
class RunColdStarts:
    """``evidence run`` on one small file with the knowledge base built, in fresh processes."""

    walls: list[float]  #: wall seconds of each process, start to exit, in the order run
    cpus: list[float]  #: CPU seconds (user + system) of each
    claims: int  #: claims the run wrote (the same every time)

    @staticmethod
    def spread(values: Sequence[float]) -> tuple[float, float, float]:
        """Minimum, median and maximum."""
        import statistics

        return min(values), statistics.median(values), max(values)


class BenchError(RuntimeError):
    """A benchmark child process failed."""


@dataclass(frozen=True)
class _Child:
    """What a benchmark child process reported, and what this process saw of it."""

    started: float  #: ``time.time()`` when it was started
    ended: float  #: ``time.time()`` when it had exited
    cpu: float  #: its CPU seconds (user + system)
    report: dict  #: the JSON of its last stdout line


def _child(script: str, *args: str, env: Optional[dict[str, str]] = None, show_stderr: bool = False) -> _Child:
    """Run ``python -c script args`` and wait for it to exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=None if show_stderr else subprocess.PIPE,
        text=True,
        env=env,
        check=False,
    )
    ended = time.time()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        last = (done.stderr or "").strip().splitlines()[-1:] or [f"exit code {done.returncode}"]
        raise BenchError(f"the benchmark process failed: {last[0]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return _Child(started, ended, cpu, json.loads(lines[-1]))


def measure_cold_start(kb_dir: Path, model: Optional[str] = None, text: str = COLD_START_TEXT) -> ColdStart:
    """Time a fresh process that imports extract, loads the pipeline over the built knowledge
    base in ``kb_dir`` and processes ``text``."""
    from extract.linking.kb import ENV_VAR

    env = {**os.environ, ENV_VAR: str(kb_dir)}
    child = _child(_COLD_START_CHILD, model or "", text, env=env)
    data = child.report
    instants = [child.started, data["started"], data["imported"], data["loaded"], data["first_doc"], child.ended]
    startup, imports, load, first_doc, exit_ = stage_seconds(instants)
    return ColdStart(
        seconds=child.ended - child.started,
        startup=startup,
        imports=imports,
        load=load,
        first_doc=first_doc,
        exit=exit_,
        cpu=child.cpu,
        linker=data["linker"],
        links=data["links"],
    )


def stage_seconds(instants: Sequence[float]) -> list[float]:
    """The seconds between consecutive ``instants`` (``time.time()`` readings, in the order the
    stages ran): they add up to ``instants[-1] - instants[0]``. An instant read earlier than the
    one before it (the wall clock set back meanwhile) counts as that one, so no stage is negative
    and the sum stays whole."""
    kept = [instants[0]]
    for t in instants[1:-1]:
        kept.append(min(max(t, kept[-1]), instants[-1]))
    kept.append(max(instants[-1], kept[-1]))
    return [b - a for a, b in zip(kept, kept[1:])]


def measure_run_cold_starts(
    kb_dir: Path, runs: int = COLD_RUNS, model: Optional[str] = None, text: str = COLD_START_TEXT
) -> RunColdStarts:
    """Time ``evidence run FILE --out DIR --quiet`` in ``runs`` fresh processes, ``FILE`` holding
    ``text``, over the built knowledge base in ``kb_dir``.

    Raises:
        BenchError: a run failed, or wrote no claims.
    """
    from extract.linking.kb import ENV_VAR
    from extract.runner import CLAIMS

    env = {**os.environ, ENV_VAR: str(kb_dir)}
    walls, cpus, claims = [], [], 0
    with tempfile.TemporaryDirectory(prefix="evidence-bench-run-") as tmp:
        source = Path(tmp) / "one.txt"
        source.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "extract.cli", "run", str(source), "--out", str(Path(tmp) / "out"), "--quiet"]
        command += ["--model", model] if model else []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, check=False)
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if done.returncode != 0:
                last = done.stderr.strip().splitlines()[-1:] or [f"exit code {done.returncode}"]
                raise BenchError(f"`evidence run` failed in the cold start benchmark: {last[0]}")
        claims = sum(1 for line in (Path(tmp) / "out" / CLAIMS).read_text("utf-8").splitlines() if line.strip())
    if not claims:
        raise BenchError("`evidence run` wrote no claims for the cold start document")
    return RunColdStarts(walls, cpus, claims)


def measure_kb_build(progress: bool = True) -> KbBuild:
    """Build the full knowledge base from scratch into a temporary folder, in a fresh process
    (its progress bar on stderr), and remove it."""
    with tempfile.TemporaryDirectory(prefix="evidence-bench-kb-") as tmp:
        child = _child(_KB_BUILD_CHILD, str(Path(tmp) / "kb"), "1" if progress else "0", show_stderr=True)
    manifest = child.report["manifest"]
    return KbBuild(
        seconds=child.ended - child.started,
        build_seconds=manifest["build_seconds"],
        timings=manifest["timings"],
        cpu=child.cpu,
        peak_rss_mb=_rss_mb(child.report["peak_rss"]),
        size_mb=sum(manifest["files"].values()) / 1e6,
        concepts=manifest["concepts"],
        aliases=manifest["aliases"],
    )


def _rss_mb(maxrss: int) -> float:
    """``ru_maxrss`` in MB: kilobytes on Linux, bytes on macOS."""
    return maxrss / 1e6 if sys.platform == "darwin" else maxrss / 1024


def format_run_cold_starts(r: RunColdStarts) -> str:
    """The ``evidence run`` cold start: the median and range of its wall and CPU seconds."""
    wall, cpu = r.spread(r.walls), r.spread(r.cpus)
    return "\n".join(
        [
            f"run cold start s {wall[1]:.2f}  (`evidence run` on one small file, {r.claims} claims, knowledge base "
            f"built: median of {len(r.walls)} fresh processes, min {wall[0]:.2f}, max {wall[2]:.2f}; "
            f"limit {RUN_COLD_START_LIMIT:.0f} s)",
            f"  run cpu s      {cpu[1]:.2f}  (user + system, median; min {cpu[0]:.2f}, max {cpu[2]:.2f}: "
            "the figure a busy machine changes least)",
            f"  each run s     {' '.join(f'{w:.2f}' for w in r.walls)}  (wall, in order)",
        ]
    )


def bytecode_note(package: str = "extract") -> str:
    """Whether the package's modules start from cached bytecode or are compiled from source in
    every process (``PYTHONDONTWRITEBYTECODE`` set and no ``.pyc`` written before)."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    roots = list(spec.submodule_search_locations or []) if spec else []
    sources = [p for root in roots for p in Path(root).rglob("*.py")]
    stale = 0
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
            stale += 1
    if not stale:
        return f"bytecode         cached for all {len(sources)} modules of {package}"
    why = (
        "PYTHONDONTWRITEBYTECODE is set, so they are compiled from source in every process; "
        f"`python -m compileall -q {package}` (make install does it) writes them once"
        if sys.flags.dont_write_bytecode
        else "they are written by the first process that imports them"
    )
    return f"bytecode         missing for {stale} of {len(sources)} modules of {package} ({why})"


def format_cold_start(c: ColdStart) -> str:
    """The cold start figures, one per line (``name  value  (note)``)."""
    linker = ", ".join(f"{name} {s:.2f}" for name, s in c.linker.items()) or "not loaded"
    return "\n".join(
        [
            f"cold start s     {c.seconds:.2f}  (one more fresh process: import extract, load the pipeline, one "
            f"short document, {c.links} links; limit {COLD_START_LIMIT:.0f} s)",
            f"  startup s      {c.startup:.2f}  (Python starting)",
            f"  import s       {c.imports:.2f}  (extract, spaCy)",
            f"  load s         {c.load:.2f}  (extract.load(): pipeline, knowledge base checked)",
            f"  first doc s    {c.first_doc:.2f}  (of which loading the linker: {linker})",
            f"  exit s         {c.exit:.2f}  (the process ending, as the evidence command ends)",
            f"  cpu s          {c.cpu:.2f}  (user + system)",
        ]
    )


def format_kb_build(b: KbBuild) -> str:
    """The knowledge base build figures, one per line."""
    steps = ", ".join(f"{name} {s:.1f}" for name, s in b.timings.items())
    return "\n".join(
        [
            f"kb build s       {b.seconds:.1f}  (from scratch, a fresh process; limit {KB_BUILD_LIMIT:.0f} s)",
            f"  build s        {b.build_seconds:.1f}  ({steps})",
            f"  cpu s          {b.cpu:.1f}  (user + system, all cores)",
            f"  peak memory MB {b.peak_rss_mb:.0f}",
            f"  size MB        {b.size_mb:.1f}  ({b.concepts:,} concepts, {b.aliases:,} aliases)",
        ]
    )


def _memory_sizes(value: Optional[str]) -> list[float]:
    """``"20,200"`` -> [20.0, 200.0]; a clear error for anything else."""
    if not value:
        return []
    try:
        sizes = [float(part) for part in value.split(",") if part.strip()]
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a comma-separated list of sizes in MB, e.g. 20,200") from None
    if not sizes or any(size <= 0 for size in sizes):
        raise typer.BadParameter(f"{value!r}: give positive sizes in MB, e.g. 20,200")
    return sizes


@app.command("bench")
def bench_command(
    corpora: Annotated[
        Optional[list[Path]],
        typer.Argument(
            help="Folders of .txt/.md/.html documents the corpus is built from. Default: every folder under corpora/.",
            show_default=False,
        ),
    ] = None,
    size_mb: Annotated[
        Optional[float],
        typer.Option("--size-mb", help="Size of the corpus built, in MB (10^6 bytes). Default 2 unless --documents is given."),
    ] = None,
    documents: Annotated[
        Optional[int], typer.Option("--documents", min=1, help="Number of documents of the corpus (the first limit reached wins).")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the variations of the copies (same seed, same corpus).")] = 0,
    corpus_dir: Annotated[
        Optional[Path],
        typer.Option("--corpus-dir", help="Keep the corpus built in this new or empty folder (default: a temporary folder)."),
    ] = None,
    out_dir: Annotated[
        Path, typer.Option("--out-dir", help="Folder of the JSON results: bench-UTCTIME.json and latest.json.")
    ] = Path("outputs/bench"),
    memory_sizes: Annotated[
        Optional[str],
        typer.Option(
            "--memory-sizes",
            help="Also run the end-to-end run at each of these corpus sizes in MB (e.g. 20,200) and print the "
            "peak memory of each and their ratio (issue 6: within 1.3x, under 2 GB). Long at 200 MB.",
        ),
    ] = None,
    check_figures: Annotated[
        Optional[int],
        typer.Option("--check-figures", min=1, help="Also time the consistency check over this many synthetic figures."),
    ] = None,
    check_measures: Annotated[
        int, typer.Option("--check-measures", min=1, help="... spread across this many measures.")
    ] = 10_000,
    model: Annotated[Optional[str], typer.Option("--model", help="An installed scispaCy model, as for `run`.")] = None,
    cold_runs: Annotated[
        int,
        typer.Option(
            "--cold-runs", min=1, help="Fresh `evidence run` processes timed for the cold start (median, min, max)."
        ),
    ] = COLD_RUNS,
    cold_start_only: Annotated[
        bool,
        typer.Option("--cold-start-only", help="Only the cold start figures: no corpus, no throughput run."),
    ] = False,
    skip_cold_start: Annotated[
        bool, typer.Option("--skip-cold-start", help="No cold start figures: only the corpus runs (and what else is asked).")
    ] = False,
    kb_build: Annotated[
        bool,
        typer.Option(
            "--kb-build",
            help="Also build the linking knowledge base from scratch into a temporary folder and print its "
            "seconds, peak memory and size (about two minutes).",
        ),
    ] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bars on stderr.")] = True,
) -> None:
    """Measure the whole pipeline end to end on a corpus of a given size, against scispaCy's parts
    alone, then the cold start.

    The corpus (--size-mb, default 2 MB, or --documents) is built from the project's corpora,
    repeated and varied per copy with a seed: condition and treatment names swapped among real
    names, a few figures changed (most kept, as sources quoting a measure do), paragraphs shuffled, headings recapitalised, so that
    the linker's per-mention cache is not warmer than on a real corpus.

    The run is `extract.runner.run` (read, parse, extract, link, check, write; outputs to a
    temporary folder) in a fresh process on one core: tokens/s, documents/s, MB/s, peak memory,
    seconds per stage. Then, in another fresh process on the same core, the baseline:
    scispaCy's tokenizer + pysbd sentences + abbreviations alone on the same texts; the ratio
    baseline time / run time is printed with wall and with CPU seconds (issue 6 asks >= 0.5).
    --memory-sizes 20,200 adds runs at those sizes and the ratio of their peak memory.

    Then the cold start: `evidence run` on one small file in --cold-runs fresh processes (the
    median, min and max of their wall and CPU seconds: issue 6 asks for under 3 s), and one
    more fresh process importing extract, loading the pipeline over the built knowledge base
    and processing one short document with links, with where its seconds go. With --kb-build,
    also the knowledge base build from scratch.

    Every figure is also written as JSON to --out-dir (bench-UTCTIME.json and latest.json).
    Figures are printed, never asserted: speed depends on the machine (the CPU seconds depend
    on it least; compare them between a busy and an idle machine).
    """
    from extract.cli.run import kb_errors
    from extract.evaluation import bench
    from extract.linking.kb import ensure_kb
    from extract.pipeline.build import ModelNotFound

    console = stdout()
    if cold_start_only and skip_cold_start:
        fail("--cold-start-only and --skip-cold-start leave nothing to measure; give one of them")
    sizes = _memory_sizes(memory_sizes)
    folders: list[Path] = []
    if not cold_start_only:
        folders = list(corpora or [])
        if not folders and Path("corpora").is_dir():
            folders = sorted(p for p in Path("corpora").iterdir() if p.is_dir())
        if not folders:
            fail("no corpus folders given and no corpora/ folder here; name the folders to build from, or pass --cold-start-only")
        if size_mb is None and documents is None:
            size_mb = 2.0
    report = bench.new_report(["evidence", *sys.argv[1:]])
    try:
        kb_dir, _ = ensure_kb(progress=progress)
        if not cold_start_only:
            _throughput(report, folders, size_mb, documents, seed, corpus_dir, sizes, model, progress, out_dir)
        if check_figures:
            summary, report.check = bench.measure_check(check_figures, check_measures)
            console.print(summary, markup=False)
        if not skip_cold_start:
            runs = measure_run_cold_starts(kb_dir, cold_runs, model)
            console.print(format_run_cold_starts(runs), markup=False)
            cold = measure_cold_start(kb_dir, model)
            console.print(format_cold_start(cold), markup=False)
            console.print(bytecode_note(), markup=False)
            report.run_cold_starts, report.cold_start = asdict(runs), asdict(cold)
        if kb_build:
            build = measure_kb_build()
            console.print(format_kb_build(build), markup=False)
            report.kb_build = asdict(build)
    except kb_errors() as e:
        fail(f"cannot build the linking knowledge base: {e}{_kept(report, out_dir)}")
    except (ModelNotFound, BenchError, bench.BenchError) as e:
        fail(f"{e}{_kept(report, out_dir)}")
    path = bench.write_report(report, out_dir)
    console.print(f"results          {path} (and latest.json beside it)", markup=False)


def _kept(report: BenchReportT, out_dir: Path) -> str:
    """Write the figures measured before a failure, if any; the sentence saying where they are."""
    from extract.evaluation.bench import write_report

    if report.run is None and report.check is None and report.run_cold_starts is None and not report.memory:
        return ""
    return f" (the figures measured before are in {write_report(report, out_dir)})"


def _throughput(
    report: BenchReportT,
    folders: list[Path],
    size_mb: Optional[float],
    documents: Optional[int],
    seed: int,
    corpus_dir: Optional[Path],
    sizes: list[float],
    model: Optional[str],
    progress: bool,
    out_dir: Path,
) -> None:
    """Build the corpus, run the pipeline and the baseline over it, then the memory sizes; fill
    ``report``. The report is written to ``out_dir`` after the first run and after each memory
    size, so that a long run that fails (or is stopped) at a large size keeps the figures of the
    smaller ones."""
    from extract.evaluation import bench

    console = stdout()
    with tempfile.TemporaryDirectory(prefix="evidence-bench-") as tmp:
        folder = corpus_dir or Path(tmp) / "corpus"
        corpus = _build(folders, folder, size_mb, documents, seed, progress)
        report.corpus = bench.CorpusFigures(
            folder=str(corpus_dir) if corpus_dir else None,
            **{k: getattr(corpus, k) for k in ("documents", "characters", "copies", "sources", "seed", "repeats_dropped")},
            size_mb=corpus.size_mb,
        )
        console.print(bench.format_corpus(report.corpus), markup=False)
        run = bench.run_figures(bench.run_child("run", folder, Path(tmp) / "out", model, progress))
        baseline = bench.baseline_figures(bench.run_child("baseline", folder, None, model, progress))
    report.run, report.baseline = run, baseline
    report.ratio = baseline.wall_seconds / run.wall_seconds if run.wall_seconds else 0.0
    report.ratio_cpu = baseline.cpu_seconds / run.cpu_seconds if run.cpu_seconds else 0.0
    console.print(bench.format_run(run), markup=False)
    console.print(bench.format_baseline(baseline, report.ratio, report.ratio_cpu), markup=False)
    if sizes:
        bench.write_report(report, out_dir)
    for size in sizes:
        if documents is None and size_mb is not None and abs(size - size_mb) < 1e-9:
            figures = run  # the run above was at this size
            point_docs = corpus.documents
        else:
            with tempfile.TemporaryDirectory(prefix="evidence-bench-memory-") as tmp:
                built = _build(folders, Path(tmp) / "corpus", size, None, seed, progress)
                figures = bench.run_figures(bench.run_child("run", built.folder, Path(tmp) / "out", model, progress))
                point_docs = built.documents
        report.memory.append(
            bench.MemoryPoint(
                size_mb=size, documents=point_docs, tokens=figures.tokens, peak_rss_mb=figures.peak_rss_mb,
                wall_seconds=figures.wall_seconds, cpu_seconds=figures.cpu_seconds, vocab_strings=figures.vocab_strings,
                rss_curve_mb=figures.rss_curve_mb, rss_after_tokens_mb=figures.rss_after_tokens_mb,
                **bench.memory_growth(figures.rss_curve_mb, point_docs, figures.rss_after_tokens_mb),
            )
        )
        report.memory_ratio = bench.memory_ratio(report.memory)
        console.print(bench.format_memory(report.memory[-1:], None), markup=False)
        bench.write_report(report, out_dir)  # a failure at a larger size keeps this one's figures
    if len(report.memory) > 1:
        console.print(bench.format_memory([], report.memory_ratio), markup=False)


def _build(folders: list[Path], out: Path, size_mb: Optional[float], documents: Optional[int], seed: int, progress: bool):  # noqa: ANN202
    """:func:`extract.evaluation.bench.build_corpus` with a progress bar (bytes written) on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

    from extract.evaluation.bench import MB, build_corpus

    if not progress:
        return build_corpus(folders, out, size_mb=size_mb, documents=documents, seed=seed)
    columns = (TextColumn("Building the corpus"), BarColumn(), DownloadColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("corpus", total=size_mb * MB if size_mb is not None else None)
        return build_corpus(
            folders, out, size_mb=size_mb, documents=documents, seed=seed, tick=lambda n: bar.advance(task, n)
        )
