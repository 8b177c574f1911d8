"""The consistency check's memory at scale: a claims file made N times larger, and the check's
peak memory and CPU seconds over it, in a fresh process; figures printed, never asserted.

:func:`scale_claims` writes ``copies`` copies of a run's claims (``claims.jsonl``) one after
the other, as a corpus of the same documents ``copies`` times over would give: copy 0 as it is,
copy ``k`` with every doc id and claim id replaced by a stable new one (``stable_id`` of the old
id and ``k``), nothing else changed; and the documents' labels and topic terms likewise (a
``facts`` SQLite table ``facts(doc_id, label, topics)``, as the run keeps them). Same input,
same output, byte for byte.

:func:`measure_check_file` runs :func:`~extract.consistency.check_file` over such a file in a
fresh Python process (its peak memory is the check's alone), the labels and topics looked up
from a :class:`~extract.runner.batch.FactsStore` and the claim groups and conflicts written to
files as in a run (the conflicts from the check's database, never all in memory), and reports
its CPU seconds per phase, the resident memory at its start and the peak of each phase, and its
conflicts, groups and coverage.

``--after-pipeline CORPUS`` measures the check as a run's end phase: the same fresh process first
runs the default pipeline over the documents of CORPUS (loading its knowledge base, tagger and
caches, as a run has when its check starts), then lets it go as a run does
(:func:`~extract.pipeline.release.release_parts`; ``--keep-pipeline``: keeps it, as runs did
before session 20), then checks; the figures add the pipeline's peak and the end phase over it.

``python -m extract.evaluation.checkscale scale CLAIMS FACTS --copies 10 --out DIR`` (with
``--measure-variants 5``: each copy's figures in one of five variants of their measure) and
``python -m extract.evaluation.checkscale measure DIR/claims.jsonl DIR/facts.sqlite
[--after-pipeline corpora/dev2 [--keep-pipeline]]``.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Optional

from extract.records.ids import stable_id

_IDS = re.compile(rb'"(doc_id|claim_id)":"([^"\\]*)"')


class ScaleError(RuntimeError):
    """The claims or facts could not be scaled or measured (a missing file, a failed child)."""


def _copy_id(kind: bytes, old: bytes, copy: int) -> bytes:
    prefix = "doc_" if kind == b"doc_id" else "clm_"
    return stable_id(prefix, old.decode("utf-8"), copy).encode("ascii")


def copy_line(line: bytes, copy: int, variants: int = 1) -> bytes:
    """A claim line (JSON, as a run writes it) with its doc id and claim id made those of copy
    ``copy`` (copy 0: the line as it is). With ``variants`` above 1, a figure of copy ``k`` also
    states variant ``k % variants`` of its measure (variant 0: as written; variant ``n``: its
    outcome and each outcome term marked ``v<n>``), as the varied copies of a bench corpus (names
    swapped) state new measures where plain copies repeat the same ones."""
    if copy == 0:
        return line
    line = _IDS.sub(lambda m: b'"%s":"%s"' % (m[1], _copy_id(m[1], m[2], copy)), line)
    variant = copy % variants
    if variant and _FIGURE.search(line):
        record = json.loads(line)
        if record.get("outcome"):
            record["outcome"] += f" v{variant}"
        measure = record.get("measure") or {}
        measure["outcome_terms"] = [f"{t}v{variant}" for t in measure.get("outcome_terms") or []]
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    return line


_FIGURE = re.compile(rb'"type":"statistic"')


_DOC_ID = re.compile(rb'"doc_id":"([^"\\]*)"')


def _head(claims: Path, limit_mb: Optional[float]) -> list[bytes]:
    """The claims of the first documents of ``claims`` (lines of one document are together, as a
    run writes them): whole documents, from the first, while fewer than ``limit_mb`` MB are
    taken (the last one kept whole); every line without a limit."""
    with Path(claims).open("rb") as source:
        if limit_mb is None:
            return source.readlines()
        kept: list[bytes] = []
        size, last = 0, None
        for line in source:
            found = _DOC_ID.search(line)
            doc = found[1] if found else None
            if doc != last and size + len(line) > limit_mb * 1e6:
                break
            kept.append(line)
            size, last = size + len(line), doc
        return kept


def scale_claims(
    claims: Path, facts: Optional[Path], copies: int, out: Path, limit_mb: Optional[float] = None, variants: int = 1
) -> tuple[Path, Optional[Path]]:
    """Write ``out/claims.jsonl`` (``copies`` copies of ``claims``, or of the claims of its first
    documents, about ``limit_mb`` MB: see :func:`_head`; each figure in one of ``variants``
    variants of its measure: see :func:`copy_line`) and, with ``facts``, ``out/facts.sqlite`` (those documents'
    facts, copied the same way); returns the two paths.

    Raises:
        ScaleError: ``copies`` is below 1, or a file is missing.
    """
    if copies < 1 or variants < 1:
        raise ScaleError(f"copies and variants must be at least 1, not {copies} and {variants}")
    for path in (claims, facts):
        if path is not None and not Path(path).is_file():
            raise ScaleError(f"{path}: no such file")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    claims_out = out / "claims.jsonl"
    lines = _head(claims, limit_mb) if limit_mb is not None else None
    docs = {m[1].decode("utf-8") for m in map(_DOC_ID.search, lines) if m} if lines is not None else None
    with claims_out.open("wb") as sink:
        for copy in range(copies):
            if lines is not None:
                sink.writelines(copy_line(line, copy, variants) for line in lines)
                continue
            with Path(claims).open("rb") as source:
                sink.writelines(copy_line(line, copy, variants) for line in source)
    if facts is None:
        return claims_out, None
    facts_out = out / "facts.sqlite"
    facts_out.unlink(missing_ok=True)
    source_db, target = sqlite3.connect(facts), sqlite3.connect(facts_out)
    try:
        target.execute("CREATE TABLE facts (doc_id TEXT PRIMARY KEY, label TEXT NOT NULL, topics TEXT NOT NULL)")
        for copy in range(copies):
            rows = source_db.execute("SELECT doc_id, label, topics FROM facts ORDER BY rowid")
            target.executemany(
                "INSERT INTO facts VALUES (?, ?, ?)",
                (
                    (d if copy == 0 else stable_id("doc_", d, copy), label, topics)
                    for d, label, topics in rows
                    if docs is None or d in docs
                ),
            )
        target.commit()
    finally:
        source_db.close()
        target.close()
    return claims_out, facts_out


#: The phases of check_file's ``timings``, in order (a sample is in the phase after the last one ended).
PHASES = ("index", "figures", "arithmetic", "qualitative", "groups", "records")

_CHILD = """
import json, sys
from pathlib import Path
from extract.evaluation.checkscale import _measure_here, _run_pipeline
claims, facts, groups, corpus, keep = sys.argv[1:6]
after = _run_pipeline(Path(corpus), keep == "1") if corpus else None
figures = _measure_here(Path(claims), Path(facts) if facts else None, Path(groups) if groups else None)
if after is not None:
    figures.update(after, end_phase_mb=round(figures["peak_rss_mb"] - after["pipeline_peak_mb"], 1))
print(json.dumps(figures))
"""


def measure_check_file(
    claims: Path,
    facts: Optional[Path] = None,
    groups: Optional[Path] = None,
    after_pipeline: Optional[Path] = None,
    keep_pipeline: bool = False,
) -> dict[str, Any]:
    """:func:`~extract.consistency.check_file` over ``claims`` in a fresh process (see the module
    docstring); ``groups``: where the claim groups go (default: nowhere kept). The conflicts are
    written to ``conflicts.jsonl`` next to ``groups`` when it is given. ``after_pipeline``: a
    folder of documents the default pipeline runs over first, in the same process, then released
    (kept with ``keep_pipeline``); the figures then add ``pipeline_documents``,
    ``pipeline_peak_mb``, ``pipeline_released`` and ``end_phase_mb`` (the peak over the pipeline's).

    Raises:
        ScaleError: the child failed (its last error line is in the message).
    """
    command = [sys.executable, "-c", _CHILD, str(claims), str(facts or ""), str(groups or ""),
               str(after_pipeline or ""), "1" if keep_pipeline else "0"]
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        errors = done.stderr.strip().splitlines()[-1:] or [f"exit code {done.returncode}"]
        raise ScaleError(f"the check process failed: {errors[0]}")
    return json.loads(lines[-1])


def _run_pipeline(corpus: Path, keep: bool) -> dict[str, Any]:
    """Run the default pipeline over the documents of ``corpus`` in this process, then let it go
    as a run does (unless ``keep``: the pipeline is then held until the process ends)."""
    import resource

    from extract.ingest import iter_documents
    from extract.pipeline import load, make_doc
    from extract.pipeline.release import release_parts
    from extract.records import Document

    nlp = load()
    documents = [d for d in iter_documents([corpus]) if isinstance(d, Document)]
    for _ in nlp.pipe(make_doc(nlp, d.text, d.doc_id) for d in documents):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if keep:
        _HELD.append(nlp)
    else:
        del nlp
        release_parts()
    return {
        "pipeline_documents": len(documents),
        "pipeline_peak_mb": round(peak / 1e6 if sys.platform == "darwin" else peak / 1024, 1),
        "pipeline_released": not keep,
    }


#: A pipeline ``--keep-pipeline`` holds until the process ends.
_HELD: list[Any] = []


def _measure_here(claims: Path, facts: Optional[Path], groups: Optional[Path]) -> dict[str, Any]:
    """The figures of :func:`measure_check_file`, measured in this process."""
    import resource
    import tempfile

    from extract.consistency import check_file
    from extract.evaluation.bench import RssTrace
    from extract.runner.batch import FactsStore

    with tempfile.TemporaryDirectory(prefix="evidence-checkscale-") as tmp:
        store = FactsStore(Path(tmp))
        try:
            if facts is not None:
                db = sqlite3.connect(facts)
                for doc_id, label, topics in db.execute("SELECT doc_id, label, topics FROM facts ORDER BY rowid"):
                    store.add(doc_id, label, tuple(json.loads(topics)))
                db.close()
            timings: dict[str, float] = {}
            sink = groups if groups is not None else Path(tmp) / "claim_groups.jsonl"
            conflicts = (Path(groups).parent if groups is not None else Path(tmp)) / "conflicts.jsonl"
            with RssTrace(lambda: len(timings), interval=0.05) as trace:
                started = time.process_time()
                result = check_file(
                    claims, labels=store.labels, topics=store.topics, timings=timings, groups_path=sink, conflicts_path=conflicts
                )
                cpu = time.process_time() - started
        finally:
            store.close()
    peaks: dict[str, float] = {}
    for done, rss in trace.samples:
        phase = PHASES[done] if done < len(PHASES) else "end"
        peaks[phase] = round(max(peaks.get(phase, 0.0), rss), 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "claims_mb": round(claims.stat().st_size / 1e6, 1),
        "cpu_seconds": round(cpu, 1),
        "phases_cpu": {k: round(v, 1) for k, v in timings.items()},
        "rss_start_mb": trace.samples[0][1] if trace.samples else None,
        "rss_peak_by_phase_mb": peaks,
        "peak_rss_mb": round(peak / 1e6 if sys.platform == "darwin" else peak / 1024, 1),
        "conflicts": sum((result.conflict_kinds or {}).values()),
        "groups": result.groups,
        "coverage": result.coverage,
    }


def format_figures(f: dict[str, Any]) -> str:
    """The figures of :func:`measure_check_file`, a few lines."""
    phases = "  ".join(f"{k} {v:.0f}" for k, v in f["rss_peak_by_phase_mb"].items())
    cpu = "  ".join(f"{k} {v:.1f}" for k, v in f["phases_cpu"].items())
    return "\n".join(
        [
            f"check of {f['claims_mb']:.1f} MB of claims: {f['cpu_seconds']:.1f} s CPU ({cpu})",
            f"  peak memory MB {f['peak_rss_mb']:.0f}  (by phase: {phases}; {f['rss_start_mb'] or 0:.0f} at the start)",
            f"  {f['conflicts']:,} conflicts, {f['groups']:,} claim groups",
        ]
        + (
            [
                f"  after the pipeline over {f['pipeline_documents']} documents (peak {f['pipeline_peak_mb']:.0f} MB, "
                f"{'released' if f['pipeline_released'] else 'kept'}): end phase {f['end_phase_mb']:+.0f} MB"
            ]
            if "pipeline_peak_mb" in f
            else []
        )
    )


def main(argv: Optional[list[str]] = None) -> None:
    """The two commands of the module docstring."""
    import typer

    app = typer.Typer(add_completion=False, help=__doc__.split("\n\n")[0])

    @app.command("scale")
    def scale(
        claims: Path = typer.Argument(..., help="A run's claims.jsonl."),
        facts: Optional[Path] = typer.Argument(None, help="SQLite file with a facts(doc_id, label, topics) table."),
        copies: int = typer.Option(10, "--copies", min=1, help="Copies of the claims written."),
        out: Path = typer.Option(..., "--out", help="Folder of the claims.jsonl and facts.sqlite written."),
        limit_mb: Optional[float] = typer.Option(
            None, "--limit-mb", min=0.001, help="Copy only the claims of the first documents, whole documents until this many MB are taken."
        ),
        variants: int = typer.Option(
            1, "--measure-variants", min=1, help="Give copy K's figures variant K % N of their measure (new measures, as a varied corpus states)."
        ),
    ) -> None:
        """Write COPIES copies of CLAIMS (and FACTS), new doc and claim ids per copy."""
        try:
            claims_out, facts_out = scale_claims(claims, facts, copies, out, limit_mb, variants)
        except (ScaleError, OSError, sqlite3.Error) as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(1) from None
        typer.echo(f"{claims_out} ({claims_out.stat().st_size / 1e6:.1f} MB){', ' + str(facts_out) if facts_out else ''}")

    @app.command("measure")
    def measure(
        claims: Path = typer.Argument(..., help="A claims.jsonl."),
        facts: Optional[Path] = typer.Argument(None, help="Its documents' facts (as `scale` writes them)."),
        groups: Optional[Path] = typer.Option(None, "--groups", help="Keep the claim groups here (conflicts.jsonl next to it)."),
        json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the figures to this JSON file."),
        after_pipeline: Optional[Path] = typer.Option(
            None, "--after-pipeline", help="First run the default pipeline over the documents of this folder in the same process (a run's end phase)."
        ),
        keep_pipeline: bool = typer.Option(False, "--keep-pipeline", help="With --after-pipeline: keep the pipeline during the check instead of releasing it."),
    ) -> None:
        """Run the consistency check over CLAIMS in a fresh process: CPU seconds, peak memory by phase."""
        try:
            figures = measure_check_file(claims, facts, groups, after_pipeline, keep_pipeline)
        except ScaleError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(1) from None
        typer.echo(format_figures(figures))
        if json_out is not None:
            json_out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")

    app(argv, standalone_mode=True)


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
