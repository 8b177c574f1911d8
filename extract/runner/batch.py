"""Running the pipeline over a batch of inputs and writing the run's outputs.

:func:`run` is the batch boundary of extraction, as ``iter_documents`` is of reading: a
document the pipeline fails on becomes a ``Skipped`` record (code ``extraction_failed``) and
the batch goes on. Inside, everything is strict: every record is validated again, and every
offset checked against the document text, before anything is written.

Documents stream through: each document's line and claims go to the staged
``documents.jsonl`` and ``claims.jsonl`` as soon as it is done (:class:`_Sink`), the small facts
the check needs of it (its label and topic terms) to a temporary SQLite file beside them
(:class:`DocumentFacts`), and only counts stay in memory. The consistency check
then reads the staged claims file (:func:`_check_staged`). The local engine runs the pipeline in
this process; the Dask engine (:mod:`extract.runner.dask_engine`) on the workers of a cluster,
feeding the same sink, so both write the same files.
"""

from __future__ import annotations

import importlib.metadata
import itertools
import json
import logging
import platform
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol, TextIO, get_args

from extract import __version__
from extract.consistency import CheckResult, check_file
from extract.consistency.statements import arguments
from extract.ingest import DEFAULT_MAX_BYTES, iter_documents
from extract.records import SCHEMA_VERSION, Claim, ClaimGroup, Conflict, Document, RunInfo, Skipped, StatisticClaim
from extract.records.models import ConflictKind, Mention
from extract.collector import fewer_collections
from extract.runner.files import (
    CLAIM_GROUPS,
    CLAIMS,
    CLAIMS_PARQUET,
    CONFLICTS,
    DOCUMENTS,
    RUN_INFO,
    StagedFiles,
)
from extract.runner.read import claim_adapter, iter_jsonl, write_claims_parquet

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

_LOG = logging.getLogger(__name__)

#: Code of the Skipped record for a document the pipeline raised on.
EXTRACTION_FAILED = "extraction_failed"
#: Documents given to ``nlp.pipe`` at a time; after a failure, the rest of the chunk goes one by one.
CHUNK_SIZE = 16
#: Order of conflicts in conflicts.jsonl: most severe first.
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}

#: The engines :func:`run` can use.
Engine = Literal["local", "dask"]

Outcome = list[Claim] | Skipped


class DocumentFacts(NamedTuple):
    """What the check and run.json need of a processed document (its claims go to the claims file)."""

    doc_id: str
    sha256: str
    label: str  # file name or URL, for explanations
    topics: tuple[str, ...]  # topic terms, for the qualitative check
    claims: int
    qualitative_claims: int


class FactsStore:
    """The label and topic terms of every document of a run, in a temporary SQLite file: the
    check looks them up by doc id, and a run of millions of documents does not hold them in
    memory. :attr:`labels` and :attr:`topics` are read-only mappings over the file (with a
    small bounded cache of the documents looked up last). The file is removed by :meth:`close`."""

    #: Documents whose facts are kept in memory after a look-up.
    CACHE_SIZE = 4096

    def __init__(self, folder: Path) -> None:
        import secrets
        import sqlite3

        self.path = Path(folder) / f".facts.{secrets.token_hex(6)}.sqlite"
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE facts (doc_id TEXT PRIMARY KEY, label TEXT NOT NULL, topics TEXT NOT NULL);"
        )
        self._db.execute("BEGIN")
        self._cache: dict[str, tuple[str, tuple[str, ...]] | None] = {}
        self.labels: Mapping[str, str] = _FactsView(self, 0)
        self.topics: Mapping[str, tuple[str, ...]] = _FactsView(self, 1)

    def add(self, doc_id: str, label: str, topics: tuple[str, ...]) -> None:
        """Record a document's facts (a doc id seen again keeps its first facts)."""
        self._db.execute("INSERT OR IGNORE INTO facts VALUES (?, ?, ?)", (doc_id, label, json.dumps(topics)))

    def get(self, doc_id: str) -> tuple[str, tuple[str, ...]] | None:
        """(label, topic terms) of ``doc_id``, or None for a document not recorded."""
        if doc_id in self._cache:
            return self._cache[doc_id]
        if self._db.in_transaction:
            self._db.execute("COMMIT")  # the run's documents are all in: look-ups from here on
        row = self._db.execute("SELECT label, topics FROM facts WHERE doc_id = ?", (doc_id,)).fetchone()
        found = (row[0], tuple(json.loads(row[1]))) if row else None
        if len(self._cache) >= self.CACHE_SIZE:
            self._cache.pop(next(iter(self._cache)))
        self._cache[doc_id] = found
        return found

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM facts").fetchone()[0]

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._db.execute("SELECT doc_id FROM facts ORDER BY rowid"))

    def close(self) -> None:
        """Close and delete the file."""
        self._db.close()
        self.path.unlink(missing_ok=True)


class _FactsView(Mapping):
    """doc id -> label (``part`` 0) or topic terms (``part`` 1) of a :class:`FactsStore`."""

    def __init__(self, store: FactsStore, part: int) -> None:
        self.store, self.part = store, part

    def __getitem__(self, doc_id: str):  # noqa: ANN204
        found = self.store.get(doc_id)
        if found is None:
            raise KeyError(doc_id)
        return found[self.part]

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self.store.get(doc_id) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.store)

    def __len__(self) -> int:
        return len(self.store)


@dataclass
class _Extraction:
    """What processing the inputs gave, without the claims: skipped inputs in input order, counts,
    and the labels and topics of the documents kept (in a :class:`FactsStore` on disk)."""

    facts: FactsStore
    skipped: list[Skipped] = field(default_factory=list)
    documents: int = 0
    claims: int = 0
    qualitative_claims: int = 0

    @property
    def labels(self) -> Mapping[str, str]:
        """doc id -> file name or URL, for explanations."""
        return self.facts.labels

    @property
    def topics(self) -> Mapping[str, tuple[str, ...]]:
        """doc id -> topic terms, for the checks."""
        return self.facts.topics


class Sink(Protocol):
    """Where processed documents go, in input order: a kept document's lines, or a Skipped record."""

    def add(self, document_line: str, claim_lines: list[str], facts: DocumentFacts) -> None: ...

    def skip(self, skipped: Skipped) -> None: ...


class _Sink:
    """The staged documents.jsonl and claims.jsonl, written one document at a time (flushed, so
    the files grow as the run goes), the documents' labels and topics to a :class:`FactsStore`,
    and the counts of the run in memory."""

    def __init__(self, documents: TextIO, claims: TextIO, facts: FactsStore) -> None:
        self.documents, self.claims = documents, claims
        self.found = _Extraction(facts)

    def add(self, document_line: str, claim_lines: list[str], facts: DocumentFacts) -> None:
        self.documents.write(document_line + "\n")
        self.claims.writelines(line + "\n" for line in claim_lines)
        self.documents.flush()
        self.claims.flush()
        found = self.found
        found.documents += 1
        found.claims += facts.claims
        found.qualitative_claims += facts.qualitative_claims
        found.facts.add(facts.doc_id, facts.label, facts.topics)

    def skip(self, skipped: Skipped) -> None:
        self.found.skipped.append(skipped)


class RunEngine(Protocol):
    """Where a run's pipeline runs: gives every input, in order, to the sink, and says what ran."""

    name: str
    options: dict[str, object]  # added to run.json's options

    def extract(self, paths: Sequence[str | Path], sink: Sink, staging: Path) -> None: ...

    def versions(self) -> dict[str, str]: ...

    def release(self) -> None:
        """Let go of what extraction needed in this process (called once it is over)."""


class _LocalEngine:
    """The pipeline in this process, on the documents as :func:`iter_documents` reads them.
    ``owned``: the run loaded the pipeline itself, so :meth:`release` may drop it."""

    name = "local"

    def __init__(self, nlp: Language, max_bytes: int, progress: bool, owned: bool = False) -> None:
        self.nlp: Language | None = nlp
        self.max_bytes, self.progress, self.owned = max_bytes, progress, owned
        self.options: dict[str, object] = {}

    def extract(self, paths: Sequence[str | Path], sink: Sink, staging: Path) -> None:
        from extract.pipeline import timing

        if self.nlp is None:
            raise RuntimeError("the engine's pipeline was released; a run extracts once")
        with _progress(self.progress) as tick:
            _extract(self.nlp, timing.timed(iter_documents(paths, max_bytes=self.max_bytes)), sink, tick)

    def versions(self) -> dict[str, str]:
        if self.nlp is None:
            raise RuntimeError("the engine's pipeline was released: ask for the versions before release()")
        return _versions(self.nlp)

    def release(self) -> None:
        """Drop the pipeline the run loaded, and the process's cached pipeline parts
        (:func:`~extract.pipeline.release.release_parts`), so that the consistency check reuses
        their memory instead of adding to it; a pipeline the caller gave is left as it is."""
        if self.owned and self.nlp is not None:
            from extract.pipeline.release import release_parts

            self.nlp = None
            release_parts()


class _Stopwatch:
    """Seconds spent in each step, and in total."""

    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self.last, 3)
        self.last = now

    def timings(self) -> dict[str, float]:
        return {**self.laps, "total": round(time.perf_counter() - self.start, 3)}


@fewer_collections  # the collector as the evidence command sets it (see extract.collector)
def run(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    model: str | None = None,
    link: bool = True,
    learned: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    nlp: Language | None = None,
    pipeline: Callable[[], Language] | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int | None = None,
    parquet: bool = False,
) -> RunInfo:
    """Extract claims from ``paths`` (files and folders) and write the outputs to ``out``.

    Writes ``documents.jsonl``, ``claims.jsonl``, ``claim_groups.jsonl``, ``conflicts.jsonl``
    and ``run.json`` (see :mod:`extract.runner.files`); each is written in full before any
    replaces the files of a previous run, so an error leaves ``out`` as it was, and so does a
    run that could read no input at all (a mistyped path must not wipe good results). Inputs
    that cannot be read or processed are listed in the returned RunInfo's ``skipped``; nothing
    is raised for them. Documents stream through: memory does not grow with the claims. A
    pipeline the local engine loads itself (neither ``nlp`` given) is dropped once the documents
    are extracted, with the process's cached pipeline parts (the linker and its knowledge base,
    the learned tagger's models: :func:`~extract.pipeline.release.release_parts`), so that the
    consistency check reuses their memory; the next pipeline loads them again.

    Args:
        model: installed scispaCy model for :func:`extract.load`; ``None`` is ``spacy.blank("en")``.
        link: link claim arguments to the vocabularies (see :func:`extract.load`); ``run.json``
            then records the knowledge base and vocabulary versions under ``versions`` (``kb``,
            ``HPO``, ``ICD-10-CM``, ``EV``), which are absent without linking.
        learned: with linking on, add the learned tagger's claims to the rules' (see
            :func:`extract.load`); ``run.json`` records its version under ``versions.learned``.
        max_bytes: largest input file read.
        progress: show progress bars on stderr: the knowledge base build (first use only), then the inputs.
        nlp: a pipeline to use instead of loading one (``model`` and ``link`` are then ignored);
            local engine only.
        pipeline: a function without arguments that builds the pipeline, instead of
            ``model`` and ``link``; the Dask engine calls it once per worker process, so it must
            pickle (a module-level function, or a ``functools.partial`` of one).
        engine: ``"local"`` (this process) or ``"dask"`` (the workers of a Dask cluster, see
            :mod:`extract.runner.dask_engine`); the outputs are the same, but for ``run.json``'s
            options and timings.
        scheduler: Dask engine: address of a running scheduler (``tcp://host:8786``); without
            it a local cluster of ``workers`` processes is started and stopped.
        workers: Dask engine: the local cluster's worker processes (default: one per CPU), or,
            with ``scheduler``, how many workers to wait for before starting.
        partition_size: Dask engine: documents per task (default
            :data:`~extract.runner.dask_engine.PARTITION_SIZE`).
        parquet: also write ``claims.parquet``, the columns of :func:`~extract.runner.read_claims`
            (a previous run's is removed when this one writes none).

    Raises:
        extract.pipeline.build.ModelNotFound: ``model`` is not installed.
        extract.runner.dask_engine.ClusterError: the Dask scheduler cannot be reached.
    """
    if isinstance(paths, (str, Path)):
        raise TypeError("run takes a sequence of paths; wrap a single path in a list")
    from extract.pipeline import timing  # seconds per stage when `evidence bench` measures; else nothing

    started, watch = _utc_now(), _Stopwatch()
    out = Path(out)
    options = {"inputs": [str(p) for p in paths], "out": str(out), "model": model, "max_bytes": max_bytes}
    if not learned:
        options["learned"] = False
    with _engine(engine, model, link, learned, max_bytes, progress, nlp, pipeline, scheduler, workers, partition_size) as chosen:
        watch.lap("load")
        options.update(chosen.options, **({"parquet": True} if parquet else {}))
        out.mkdir(parents=True, exist_ok=True)
        with StagedFiles(out) as staged, _facts_store(out) as facts:
            found = _extract_staged(chosen, paths, staged, facts)
            versions = chosen.versions()
            chosen.release()  # the check need not sit on the pipeline's memory
            watch.lap("read_parse")
            result, groups = _check_staged(staged, found.labels, found.topics)
            watch.lap("check")
            _write_staged(staged, parquet)
            watch.lap("write")
            info = _run_info(options, versions, found, result.conflict_kinds or {}, groups, result.coverage, watch, started)
            info.timings.update(timing.stage_seconds())  # read, parse, extract, link: only when measuring
            staged.write_lines(RUN_INFO, [_valid_line(info, indent=2)])
            if found.documents or not _has_outputs(out):
                staged.commit()
            else:
                _LOG.warning("no input could be read; the previous outputs in %s are left as they were", out)
    _log_summary(info)
    return info


@contextmanager
def _engine(
    engine: Engine,
    model: str | None,
    link: bool,
    learned: bool,
    max_bytes: int,
    progress: bool,
    nlp: Language | None,
    pipeline: Callable[[], Language] | None,
    scheduler: str | None,
    workers: int | None,
    partition_size: int | None,
) -> Iterator[RunEngine]:
    """The engine of a run, with its pipeline loaded (local) or its cluster up (dask)."""
    if engine == "local":
        if scheduler or workers or partition_size:
            raise ValueError("scheduler, workers and partition_size are options of the dask engine")
        from extract.pipeline import timing  # seconds per stage when `evidence bench` measures; else nothing

        if nlp is None:  # loaded here, held by the engine alone (so that release() can drop it)
            yield _LocalEngine(timing.instrument(pipeline() if pipeline else _load(model, link, progress, learned)), max_bytes, progress, owned=True)
        else:
            yield _LocalEngine(timing.instrument(nlp), max_bytes, progress)
    elif engine == "dask":
        if nlp is not None:
            raise ValueError("the dask engine builds the pipeline on each worker: pass pipeline=, a function that builds it")
        from extract.runner.dask_engine import DaskEngine

        with DaskEngine.start(
            pipeline or _DefaultPipeline(model, link, learned), max_bytes=max_bytes, progress=progress,
            scheduler=scheduler, workers=workers, partition_size=partition_size,
        ) as dask_engine:
            yield dask_engine
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")


@dataclass(frozen=True)
class _DefaultPipeline:
    """Builds the default pipeline (a picklable stand-in for ``extract.load(model, link=link, learned=learned)``)."""

    model: str | None
    link: bool
    learned: bool = True

    def __call__(self) -> Language:
        return _load(self.model, self.link, False, self.learned)


@contextmanager
def _facts_store(folder: Path) -> Iterator[FactsStore]:
    """A :class:`FactsStore` in ``folder``, removed when the block ends (whatever happened)."""
    store = FactsStore(folder)
    try:
        yield store
    finally:
        store.close()


def _extract_staged(engine: RunEngine, paths: Sequence[str | Path], staged: StagedFiles, facts: FactsStore) -> _Extraction:
    """Stage documents.jsonl and claims.jsonl as the engine processes the inputs, document by
    document, and record each document's label and topics in ``facts``."""
    with staged.open(CLAIMS) as claims, staged.open(DOCUMENTS) as documents:
        sink = _Sink(documents, claims, facts)
        engine.extract(paths, sink, staged.folder)
    return sink.found


def _check_staged(
    staged: StagedFiles, labels: dict[str, str], topics: dict[str, tuple[str, ...]]
) -> tuple[CheckResult, int]:
    """The check of the run's claims, read from the staged claims file (its coverage, and its
    conflicts counted by kind), and the number of claim groups; claim_groups.jsonl and
    conflicts.jsonl (most severe first, then by id; each line validated) are staged on the way.

    :func:`~extract.consistency.check_file` indexes the claims file on disk, holds one group
    of claims in memory at a time and writes the conflicts from disk, so memory does not grow
    with the run's claims or conflicts."""
    with staged.open(CLAIM_GROUPS) as sink, staged.open(CONFLICTS) as conflicts:
        result = check_file(staged.path(CLAIMS), labels=labels, topics=topics, groups_path=sink, conflicts_path=conflicts)
    return result, result.groups


def _write_staged(staged: StagedFiles, parquet: bool) -> None:
    """Stage claims.parquet if asked (else remove a stale one)."""
    if parquet:
        with staged.open(CLAIMS_PARQUET, binary=True) as handle:
            write_claims_parquet(staged.path(CLAIMS), handle)
    else:
        staged.remove(CLAIMS_PARQUET)


def _has_outputs(out: Path) -> bool:
    """Whether ``out`` holds a previous run's outputs (which a run that read nothing keeps)."""
    return (out / RUN_INFO).exists()


def _load(model: str | None, link: bool, progress: bool, learned: bool = True) -> Language:
    """The default pipeline (imported here: spaCy is slow to import)."""
    from extract.pipeline import load

    return load(model, link=link, learned=learned, progress=progress)


def _links(nlp: Language) -> bool:
    """Whether the pipeline links claim arguments to the vocabularies."""
    return "evidence_claims" in nlp.pipe_names and bool(nlp.get_pipe_config("evidence_claims").get("link"))


def _utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[], None]]:
    """A function to call once per input: advances a transient rich progress bar on stderr."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("Extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extract", total=None)
        yield lambda: bar.advance(task)


def _extract(nlp: Language, items: Iterable[Document | Skipped], sink: Sink, tick: Callable[[], None]) -> None:
    """Process the inputs chunk by chunk, giving each to ``sink`` in input order."""
    topics = _topic_terms()
    for chunk in _chunks(items, CHUNK_SIZE):
        outcomes = iter(_process_chunk(nlp, [i for i in chunk if isinstance(i, Document)], tick))
        for item in chunk:
            if isinstance(item, Skipped):
                sink.skip(item)
                tick()
            else:
                _keep(sink, item, next(outcomes), topics)


def _topic_terms() -> Callable[[str], tuple[str, ...]]:
    """What a document is about (its most frequent specific stems), as the figures stage reads it."""
    from extract.figures.context import topic_terms
    from extract.figures.cues import load_context_cues

    cues = load_context_cues()
    return lambda text: topic_terms(text, cues)


def _chunks(items: Iterable[Document | Skipped], size: int) -> Iterator[list[Document | Skipped]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _keep(sink: Sink, document: Document, outcome: Outcome, topics: Callable[[str], tuple[str, ...]]) -> None:
    """Give a processed document and its claims to the sink; or the Skipped record of its failure."""
    if isinstance(outcome, Skipped):
        sink.skip(outcome)
        return
    label = Path(document.path).name if document.path else (document.url or document.doc_id)
    qualitative = sum(not isinstance(c, StatisticClaim) for c in outcome)
    facts = DocumentFacts(document.doc_id, document.sha256, label, topics(document.text), len(outcome), qualitative)
    # claims were validated document by document (_claims_of), where a bad one skips its document
    sink.add(_valid_line(document), [c.model_dump_json() for c in outcome], facts)


def _process_chunk(nlp: Language, documents: list[Document], tick: Callable[[], None]) -> list[Outcome]:
    """Claims of each document with ``nlp.pipe``; after a failure, the rest one at a time."""
    outcomes: list[Outcome] = []
    try:
        for document, doc in zip(documents, nlp.pipe(_make_doc(nlp, d) for d in documents), strict=True):
            outcomes.append(_claims_of(doc, document))
            tick()
    except Exception:
        _LOG.debug("the pipeline failed in a chunk; processing its remaining documents one at a time", exc_info=True)
        for document in documents[len(outcomes) :]:
            outcomes.append(_process_one(nlp, document))
            tick()
    return outcomes


def _process_one(nlp: Language, document: Document) -> Outcome:
    """Claims of one document, or the Skipped record saying why the pipeline failed on it."""
    try:
        return _claims_of(nlp(_make_doc(nlp, document)), document)
    except Exception as e:  # a bad document must never stop the batch
        _LOG.debug("the pipeline failed on %s", document.path, exc_info=True)
        reason = f"the pipeline failed on this document ({type(e).__name__}: {e}); report the file with this message"
        return Skipped(path=document.path or document.doc_id, code=EXTRACTION_FAILED, reason=reason)


def _make_doc(nlp: Language, document: Document) -> Doc:
    """The tokenized Doc of a document, carrying its id for the claim components."""
    from extract.pipeline import make_doc

    return make_doc(nlp, document.text, document.doc_id, source_type=document.source_type, references=document.references)


def claim_order(claim) -> tuple[int, int, int, str]:  # noqa: ANN001
    """Output order of a document's claims: by the offset of the figure or main argument."""
    anchor = claim.value if claim.type == "statistic" else arguments(claim)[0]
    return (anchor.start, anchor.end, claim.evidence.start, claim.claim_id)


def _claims_of(doc: Doc, document: Document) -> list[Claim]:
    """The doc's claims by offset, validated again and checked against the document text.

    A document without references of its own takes the reference list found in its text."""
    if not document.references and doc._.references:
        document.references = list(doc._.references)
    claims = sorted(doc._.claims or [], key=claim_order)
    adapter = claim_adapter()
    checked = [adapter.validate_json(c.model_dump_json()) for c in claims]
    for claim in checked:
        _check_offsets(claim, document)
    return checked


def _check_offsets(claim: Claim, document: Document) -> None:
    """Raise ValueError unless the claim's quote, citation markers, figure and argument mentions
    are the text at their offsets."""
    text, ev = document.text, claim.evidence
    if claim.doc_id != document.doc_id:
        raise ValueError(f"claim {claim.claim_id} has doc_id {claim.doc_id}, not {document.doc_id}")
    spans = [(ev.start, ev.end, ev.quote)] + [(c.start, c.end, c.marker) for c in ev.citations]
    if claim.type == "statistic":
        spans.append((claim.value.start, claim.value.end, claim.value.surface))
    else:
        for name in type(claim).model_fields:
            m = getattr(claim, name)
            if isinstance(m, Mention):
                spans.append((m.start, m.end, m.text))
    for start, end, written in spans:
        if text[start:end] != written:
            raise ValueError(f"claim {claim.claim_id}: {written!r} is not the document text at {start}-{end}")


def _valid_line(record: Document | ClaimGroup | Conflict | RunInfo, indent: int | None = None) -> str:
    """The record as JSON, after checking that its model validates that JSON."""
    line = record.model_dump_json(indent=indent)
    type(record).model_validate_json(line)
    return line


def _run_info(
    options: dict[str, object],
    versions: dict[str, str],
    found: _Extraction,
    conflicts: dict[str, int],
    groups: int,
    coverage: dict[str, int],
    watch: _Stopwatch,
    started: str,
) -> RunInfo:
    """The run.json record."""
    return RunInfo(
        tool_version=__version__,
        versions=versions,
        options=options,
        started_at=started,
        finished_at=_utc_now(),
        counts=_counts(found, conflicts, groups, coverage),
        timings=watch.timings(),
        checks=dict(coverage),
        skipped=found.skipped,
    )


def _versions(nlp: Language) -> dict[str, str]:
    """Versions of everything that can change the output: with linking on, those of the
    knowledge base the concepts come from (``kb``) and of each vocabulary in it (``HPO``,
    ``ICD-10-CM``, ``EV``: the curated file's hash), and of the drug-name stems the linker reads
    (``drug_stems``), and of the learned tagger's models when it runs (``learned``)."""
    import spacy

    from extract.pipeline import PIPELINE_VERSION

    meta = nlp.meta
    versions = {
        "extract": __version__,
        "spacy": spacy.__version__,
        "scispacy": importlib.metadata.version("scispacy"),
        "python": platform.python_version(),
        "pipeline": PIPELINE_VERSION,
        "schema": SCHEMA_VERSION,
        "model": f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
    }
    if _links(nlp):
        from extract.linking import get_linker

        from extract.linking.stems import load_drug_stems

        versions.update(get_linker().manifest.versions())  # the linker the claims component uses
        versions["drug_stems"] = load_drug_stems().version  # the drug classes named by INN stems
        finder = nlp.get_pipe("evidence_claims") if "evidence_claims" in nlp.pipe_names else None
        if finder is not None and finder.learned() is not None:
            versions["learned"] = finder.learned().version  # the learned tagger's models
    return versions


def _counts(
    found: _Extraction, conflicts: dict[str, int], groups: int, coverage: dict[str, int]
) -> dict[str, int]:
    """Documents, skipped inputs, claims (and the qualitative ones: how many, how many the
    opposing-claims check examined, in how many groups), conflicts, and conflicts of each kind
    (``conflicts``: kind -> number)."""
    counts = {
        "documents": found.documents,
        "skipped": len(found.skipped),
        "claims": found.claims,
        "qualitative_claims": found.qualitative_claims,
        "qualitative_claims_examined": coverage.get("qualitative_claims_examined", 0),
        "claim_groups": groups,
        "conflicts": sum(conflicts.values()),
    }
    for kind in get_args(ConflictKind):
        counts[f"conflicts_{kind}"] = conflicts.get(kind, 0)
    return counts


def _log_summary(info: RunInfo) -> None:
    """One log line for the run, and one warning if the pipeline failed on some documents."""
    counts = info.counts
    _LOG.info(
        "%d documents, %d skipped, %d claims, %d conflicts in %.1f s",
        counts["documents"], counts["skipped"], counts["claims"], counts["conflicts"], info.timings["total"],
    )
    failed = sum(s.code == EXTRACTION_FAILED for s in info.skipped)
    if failed:
        _LOG.warning("the pipeline failed on %d document(s); they are listed in run.json as skipped", failed)
