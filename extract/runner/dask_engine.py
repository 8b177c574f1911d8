"""The Dask engine: the documents of a run partitioned across the workers of a Dask cluster.

The client lists the inputs (paths only, :func:`extract.ingest.list_inputs`) as it goes, cuts the
listing into partitions of ``partition_size`` documents and keeps at most
:data:`IN_FLIGHT_PER_WORKER` partitions per worker submitted at a time, submitting the next as one
completes (so that the client's memory does not grow with the corpus). On a worker a
task builds the pipeline once per process (kept by the pipeline's fingerprint), reads and
extracts its documents with the local engine's own functions, writes their document and claim
lines to two files in a folder under the output folder, and returns the small facts of each
document. The client merges the partitions in input order into the run's staged files, drops
content repeated across partitions as the reader does, and the run goes on to the same check
and commit as with the local engine: the outputs are the same, byte for byte.

Workers and client must share a file system: a local cluster does; on a cluster of machines
(an HPC cluster) the output folder, the inputs and the knowledge base (``EVIDENCE_KB_DIR``) must
be on the shared file system, at the same paths.

A document the pipeline raises on is a Skipped record (``extraction_failed``), as in the local
engine. A partition whose worker dies (``KilledWorker``) is run again one document per task,
and a document that kills its worker again is reported as Skipped with code
``worker_crashed``: never lost silently, and the run completes. A task that dies without having
started (it was only queued on the worker another task killed) is submitted again as it was.
Workers should have one thread each: on a worker of several threads, the documents running
beside the one that kills it die with it.

The local cluster the engine starts itself lets no task be retried by dask
(``allowed-failures`` 0, where dask's default is 3): the engine's own retry, one document at a
time, is what finds the document that kills its worker, and with dask's retries such a document
was run four times before. A scheduler given with ``scheduler`` keeps its own configuration
(set ``distributed.scheduler.allowed-failures`` to 0 there for the same behaviour).

dask is imported here only, and this module only when the engine is chosen.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import secrets
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from extract.ingest import InputFile, duplicate, list_inputs, read_input
from extract.records import Skipped
from extract.runner import batch

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client, Future
    from spacy.language import Language

_LOG = logging.getLogger(__name__)

#: Documents per task by default: large enough that a task outlasts its scheduling, small enough
#: that a crashed worker costs little and the progress bar moves.
PARTITION_SIZE = 64
#: Code of the Skipped record for a document that killed the worker process running it, twice.
WORKER_CRASHED = "worker_crashed"
#: Times a one-document task that never started is resubmitted after its worker died of another.
MAX_REQUEUES = 3
#: How long to wait for a scheduler, and for the workers asked for, in seconds.
CONNECT_TIMEOUT = 60
#: Partitions submitted and not yet done, per worker: enough to keep every worker busy while the
#: client merges, few enough that the client holds little whatever the size of the corpus.
IN_FLIGHT_PER_WORKER = 3
#: Times a partition that never started is resubmitted after its worker died of another task.
MAX_PARTITION_REQUEUES = 3

Item = InputFile | Skipped


class ClusterError(RuntimeError):
    """The Dask cluster cannot be reached or started."""


class Partition(NamedTuple):
    """A task's work: consecutive inputs of the listing, and where to write their lines."""

    number: int
    items: tuple[Item, ...]
    folder: str  # on the file system the client shares
    name: str  # file stem: part-000003, or part-000003-doc-12 for a document run on its own
    max_bytes: int
    pipeline: bytes  # the function that builds it, pickled by cloudpickle
    fingerprint: str


class PartitionResult(NamedTuple):
    """What a task did: per input, in order, the facts of a kept document or its Skipped
    record; the kept documents' lines are in ``documents`` and their claims in ``claims``."""

    outcomes: list[batch.DocumentFacts | Skipped]
    documents: str | None = None
    claims: str | None = None


# ---------------------------------------------------------------- on the workers

_PIPELINE: tuple[str, Language] | None = None
_PIPELINE_LOCK = threading.Lock()


def worker_pipeline(fingerprint: str, build: bytes) -> Language:
    """The pipeline of this worker process: built on the first task, then reused.

    ``build`` is the pickled function that builds it (pickled with cloudpickle by the client, so
    that a function the workers cannot import, such as one defined in a script, still arrives)."""
    global _PIPELINE
    with _PIPELINE_LOCK:
        if _PIPELINE is None or _PIPELINE[0] != fingerprint:
            import cloudpickle

            _PIPELINE = None  # free the previous pipeline first
            _PIPELINE = (fingerprint, cloudpickle.loads(build)())
        return _PIPELINE[1]


def pipeline_versions(fingerprint: str, build: bytes) -> dict[str, str]:
    """The versions a worker's pipeline records in run.json (and its pipeline loaded)."""
    return batch._versions(worker_pipeline(fingerprint, build))


class _PartitionSink:
    """Collects a partition's outcomes in order and writes the kept documents' lines."""

    def __init__(self, documents: Any, claims: Any) -> None:
        self.documents, self.claims = documents, claims
        self.outcomes: list[batch.DocumentFacts | Skipped] = []

    def add(self, document_line: str, claim_lines: list[str], facts: batch.DocumentFacts) -> None:
        self.documents.write(document_line + "\n")
        self.claims.writelines(line + "\n" for line in claim_lines)
        self.outcomes.append(facts)

    def skip(self, skipped: Skipped) -> None:
        self.outcomes.append(skipped)


def run_partition(part: Partition) -> PartitionResult:
    """Read and extract a partition's inputs on this worker, as the local engine does.

    A file ``<name>.started`` says the task began its documents (on a worker of one thread, a
    worker that then dies died on them; a task only queued there did not)."""
    nlp = worker_pipeline(part.fingerprint, part.pipeline)
    folder = Path(part.folder)
    (folder / f"{part.name}.started").touch()
    paths = folder / f"{part.name}.documents.jsonl", folder / f"{part.name}.claims.jsonl"
    temps = [p.with_name(f".{p.name}.{secrets.token_hex(4)}.tmp") for p in paths]
    items = (item if isinstance(item, Skipped) else read_input(item, max_bytes=part.max_bytes) for item in part.items)
    try:
        with temps[0].open("x", encoding="utf-8", newline="\n") as docs, temps[1].open(
            "x", encoding="utf-8", newline="\n"
        ) as claims:
            sink = _PartitionSink(docs, claims)
            batch._extract(nlp, items, sink, lambda: None)
        for temp, path in zip(temps, paths):
            os.replace(temp, path)  # a retried task replaces the files of an attempt whose worker died
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)
    return PartitionResult(sink.outcomes, str(paths[0]), str(paths[1]))


# ---------------------------------------------------------------- on the client


@dataclass
class DaskEngine:
    """A run's engine on a Dask cluster (see the module docstring); make it with :meth:`start`."""

    client: Client
    pipeline: bytes  # the function that builds it, pickled by cloudpickle
    fingerprint: str
    max_bytes: int
    progress: bool
    partition_size: int
    workers: int
    scheduler: str | None
    pipeline_versions: dict[str, str]

    name = "dask"

    @classmethod
    @contextmanager
    def start(
        cls,
        pipeline: Callable[[], Language],
        *,
        max_bytes: int,
        progress: bool,
        scheduler: str | None = None,
        workers: int | None = None,
        partition_size: int | None = None,
    ) -> Iterator[DaskEngine]:
        """Start a local cluster of ``workers`` processes (or connect to ``scheduler``) and load
        the pipeline on a worker, so that a missing model fails before anything is written."""
        if partition_size is not None and partition_size < 1:
            raise ValueError("partition_size must be at least 1")
        if workers is not None and workers < 1:
            raise ValueError("workers must be at least 1")
        import cloudpickle

        build = cloudpickle.dumps(pipeline)
        fingerprint = hashlib.sha256(build).hexdigest()[:16]
        with _connect(scheduler, workers) as client:
            versions = client.submit(pipeline_versions, fingerprint, build, pure=False).result()
            n_workers = len(client.scheduler_info(n_workers=-1)["workers"])
            yield cls(client, build, fingerprint, max_bytes, progress, partition_size or PARTITION_SIZE,
                      n_workers, scheduler, versions)

    @property
    def options(self) -> dict[str, object]:
        """The engine's options for run.json."""
        return {"engine": self.name, "scheduler": self.scheduler, "workers": self.workers,
                "partition_size": self.partition_size}

    def versions(self) -> dict[str, str]:
        """The versions of the pipeline the workers run."""
        return self.pipeline_versions

    def release(self) -> None:
        """Nothing: the pipelines are in the workers' processes (the cluster is let go when the run ends)."""

    def extract(self, paths: Sequence[str | Path], sink: batch.Sink, staging: Path) -> None:
        """Run the partitions on the cluster and give their outcomes to ``sink`` in input order."""
        folder = staging / f".dask-{secrets.token_hex(6)}"
        folder.mkdir()
        try:
            with _progress_bar(self.progress, self.workers) as advance:
                _Merger(self, self._partitions(list_inputs(paths), folder), sink, advance).run()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _partitions(self, listing: Iterable[Item], folder: Path) -> Iterator[Partition]:
        """The listing cut into partitions of ``partition_size`` inputs, as it is read."""
        items = iter(listing)
        for n in itertools.count():
            chunk = tuple(itertools.islice(items, self.partition_size))
            if not chunk:
                return
            yield self.partition(n, chunk, folder, f"part-{n:06d}")

    @property
    def in_flight(self) -> int:
        """Most partitions submitted and not yet done at a time."""
        return max(2, IN_FLIGHT_PER_WORKER * self.workers)

    def partition(self, number: int, items: tuple[Item, ...], folder: Path, name: str) -> Partition:
        """A task's work."""
        return Partition(number, items, str(folder), name, self.max_bytes, self.pipeline, self.fingerprint)

    def submit(self, part: Partition) -> Future:
        """Run a partition on a worker."""
        return self.client.submit(run_partition, part, pure=False, key=f"evidence-{part.name}-{secrets.token_hex(4)}")


class _Merger:
    """Submits the partitions as they are cut, at most ``engine.in_flight`` at a time, retries
    those whose worker died one document at a time, and merges the results into the sink in
    partition order as they become complete; a merged partition is forgotten."""

    def __init__(self, engine: DaskEngine, parts: Iterable[Partition], sink: batch.Sink, advance: Callable[[], None]):
        self.engine, self.sink, self.advance = engine, sink, advance
        self.feed = iter(parts)  # partitions not yet submitted
        self.parts: dict[int, Partition] = {}  # submitted and not yet merged
        self.results: dict[int, list[PartitionResult | None]] = {}  # partition -> result per piece
        self.next = 0  # the next partition to merge
        self.seen: dict[str, str] = {}  # sha256 -> path of the first document with that content
        self.requeued: dict[str, int] = {}  # task name -> times resubmitted without having started

    def run(self) -> None:
        from distributed import as_completed

        pending: dict[Future, tuple[int, int | None]] = {}
        queue = as_completed([], loop=self.engine.client.loop)
        self._fill(pending, queue)
        for future in queue:
            number, piece = pending.pop(future)
            try:
                result = future.result()
            except Exception as e:
                if not _worker_died(e):
                    raise
                result = self._after_crash(number, piece, e, pending, queue)
            finally:
                future.release()
            if result is not None:
                self._store(number, piece, result)
            self._merge_ready()
            self._fill(pending, queue)

    def _fill(self, pending: dict, queue: Any) -> None:
        """Submit the next partitions while fewer than ``in_flight`` are running (counting those
        done but waiting for an earlier one to be merged, so that a slow partition does not let
        the results pile up behind it)."""
        while len(self.parts) < self.engine.in_flight:
            part = next(self.feed, None)
            if part is None:
                return
            self.parts[part.number] = part
            future = self.engine.submit(part)
            pending[future] = (part.number, None)
            queue.add(future)

    def _after_crash(self, number: int, piece: int | None, error: BaseException, pending: dict, queue: Any) -> PartitionResult | None:
        """A partition whose worker died: its documents again, one per task; a document that
        killed its worker on its own: its Skipped record."""
        part = self.parts[number]
        if piece is not None:
            item = part.items[piece]
            name = f"{part.name}-doc-{piece:06d}"
            if not (Path(part.folder) / f"{name}.started").exists() and self.requeued.get(name, 0) < MAX_REQUEUES:
                self.requeued[name] = self.requeued.get(name, 0) + 1  # it was only queued on the worker that died
                self._submit_single(number, piece, item, pending, queue)
                return None
            return PartitionResult([_crashed(item, error)])
        if not (Path(part.folder) / f"{part.name}.started").exists() and self.requeued.get(part.name, 0) < MAX_PARTITION_REQUEUES:
            self.requeued[part.name] = self.requeued.get(part.name, 0) + 1  # only queued on the worker that died
            future = self.engine.submit(part)
            pending[future] = (number, None)
            queue.add(future)
            return None
        _LOG.warning("a worker died running %s; running its %d inputs one at a time", part.name, len(part.items))
        self.results[number] = [None] * len(part.items)
        for i, item in enumerate(part.items):
            if isinstance(item, Skipped):
                self.results[number][i] = PartitionResult([item])
                continue
            self._submit_single(number, i, item, pending, queue)
        return None

    def _submit_single(self, number: int, piece: int, item: Item, pending: dict, queue: Any) -> None:
        """Run one document of a partition as a task of its own."""
        part = self.parts[number]
        single = self.engine.partition(number, (item,), Path(part.folder), f"{part.name}-doc-{piece:06d}")
        future = self.engine.submit(single)
        pending[future] = (number, piece)
        queue.add(future)

    def _store(self, number: int, piece: int | None, result: PartitionResult) -> None:
        if piece is None:
            self.results[number] = [result]
        else:
            self.results[number][piece] = result

    def _merge_ready(self) -> None:
        """Merge every complete partition that follows the ones merged, in order."""
        while self._complete(self.next):
            part = self.parts.pop(self.next)
            pieces = self.results.pop(self.next)
            items = iter(part.items)
            for result in pieces:
                self._merge(result, items)  # type: ignore[arg-type]
            self.requeued = {k: v for k, v in self.requeued.items() if k != part.name and not k.startswith(part.name + "-")}
            self.next += 1
            self.advance()

    def _complete(self, number: int) -> bool:
        pieces = self.results.get(number)
        return pieces is not None and all(p is not None for p in pieces)

    def _merge(self, result: PartitionResult, items: Iterator[Item]) -> None:
        """Give one result's outcomes to the sink, with the lines of each kept document; a
        document whose content an earlier one had is a duplicate, as the reader reports it."""
        with _lines(result.documents) as documents, _lines(result.claims) as claims:
            for outcome in result.outcomes:
                item = next(items)
                if isinstance(outcome, Skipped):
                    self.sink.skip(outcome)
                    continue
                document_line = next(documents)
                claim_lines = [next(claims) for _ in range(outcome.claims)]
                assert isinstance(item, InputFile)
                if outcome.sha256 in self.seen:
                    self.sink.skip(duplicate(item.path, self.seen[outcome.sha256]))
                    continue
                self.seen[outcome.sha256] = str(item.path)
                self.sink.add(document_line, claim_lines, outcome)


@contextmanager
def _lines(path: str | None) -> Iterator[Iterator[str]]:
    """The lines of a partition file without their newline, then the file deleted."""
    if path is None:
        yield iter(())
        return
    with open(path, encoding="utf-8", newline="\n") as handle:
        yield (line.removesuffix("\n") for line in handle)
    os.unlink(path)


def _worker_died(error: BaseException) -> bool:
    """Whether a task failed because its worker process died (not because the code raised)."""
    from distributed import KilledWorker

    return isinstance(error, KilledWorker)


def _crashed(item: Item, error: BaseException) -> Skipped:
    """The Skipped record of an input whose worker died twice: with its partition, then alone."""
    path = str(item.path) if isinstance(item, InputFile) else item.path
    reason = (
        "the worker process running this document died, with its partition and again when the document "
        f"was run on its own ({type(error).__name__}: {error}); the other documents were processed. "
        "Check the file (very large or hostile input?) and the workers' logs (out of memory?)"
    )
    return Skipped(path=path, code=WORKER_CRASHED, reason=reason)


@contextmanager
def _connect(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a local cluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    with ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False))
            except OSError as e:
                raise ClusterError(
                    f"cannot connect to the Dask scheduler at {scheduler} ({e}); check the address and that "
                    "the scheduler is running (`dask scheduler`)"
                ) from e
            if workers:
                _wait_for_workers(client, workers, scheduler)
        else:
            n_workers = workers or os.cpu_count() or 1
            try:
                cluster = stack.enter_context(LocalCluster(
                    n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None,
                    silence_logs=logging.ERROR,
                    # allowed_failures 0: the engine retries. The scheduler's HTTP server (health and
                    # metrics routes) runs even with the dashboard off and would take 0.0.0.0:8787;
                    # a private cluster binds it to a free loopback port instead.
                    scheduler_kwargs={"allowed_failures": 0, "dashboard_address": "127.0.0.1:0"},
                ))
            except (OSError, RuntimeError) as e:
                raise ClusterError(
                    f"cannot start a local Dask cluster of {n_workers} worker process(es) ({e}); try fewer "
                    "--workers, or the local engine"
                ) from e
            client = stack.enter_context(Client(cluster, set_as_default=False))
        yield client


def _wait_for_workers(client: Client, workers: int, scheduler: str) -> None:
    """Wait until the scheduler has ``workers`` workers."""
    try:
        client.wait_for_workers(workers, timeout=CONNECT_TIMEOUT)
    except TimeoutError as e:
        have = len(client.scheduler_info(n_workers=-1)["workers"])
        raise ClusterError(
            f"the Dask scheduler at {scheduler} has {have} worker(s) after {CONNECT_TIMEOUT} s, not the "
            f"{workers} asked for; start more workers (`dask worker {scheduler}`) or ask for fewer"
        ) from e


@contextmanager
def _progress_bar(enabled: bool, workers: int) -> Iterator[Callable[[], None]]:
    """A function to call once per merged partition: advances a rich progress bar on stderr (the
    partitions are cut as the inputs are listed: their number is not known in advance)."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn(f"Extracting on {workers} Dask worker(s): partitions"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("partitions", total=None)
        yield lambda: bar.advance(task)
