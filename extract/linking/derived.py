"""Faster forms of a built knowledge base's files, made on first use and cached per machine.

A knowledge base folder (:mod:`extract.linking.kb`) holds what the build wrote: the exact-alias
table as JSON (``table.json``) and the HNSW index without its data points, which a process
adds back from the TF-IDF vectors (``tfidf_vectors_sparse.npz``, read with SciPy) before
loading the graph. Both are a large part of a cold start. This module keeps, per knowledge
base, the same content in the forms that load fastest:

* the parsed table, as ``marshal`` data (about half the time of parsing the JSON);
* the index saved by nmslib with its data points (``saveIndex(save_data=True)``): loading it
  needs neither SciPy nor adding the vectors one by one.

They live in ``<cache>/linker/table-<place>-<key>/`` and
``<cache>/linker/nmslib_index-<place>-<key>/`` (``<cache>`` from :mod:`extract.diskcache`:
``$EVIDENCE_CACHE_DIR`` or ``~/.cache/evidence-extract``); ``<place>`` hashes the knowledge
base's folder, the key its version and the size and modification time of the files they come
from, so a rebuilt knowledge base gets new ones and its old ones are removed. The copies of
other knowledge base folders on the machine (another checkout, a test's small one) are kept
beside them, up to :data:`KEEP_FOLDERS` of each kind, the least recently used going first:
removing every other folder's copy, as a cache of one knowledge base did, made two checkouts
(or a test suite and a run) rebuild each other's copies at every start, two seconds each
time. A folder is complete or absent: it
is written under a temporary name and renamed. A missing, unwritable, corrupt or half-removed
cache is never an error: the knowledge base's own files are read as before, and the cache
written again when it can be (the index's files are checked against the sizes they were
written with before nmslib reads them). ``EVIDENCE_KB_CACHE=0`` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable, Optional

from extract.diskcache import cache_root, publish, read_marshal, source_key, write_marshal

_LOG = logging.getLogger(__name__)

#: Set to ``0`` to read the knowledge base's own files only.
SWITCH_ENV_VAR = "EVIDENCE_KB_CACHE"
TABLE_FILE = "table.marshal"
INDEX_FILE = "index.bin"  # nmslib also writes index.bin.dat beside it
SIZES_FILE = "sizes.json"  # bytes of each file, checked before the index is loaded
#: Knowledge base folders whose copies are kept per kind (the least recently used go first).
KEEP_FOLDERS = 8  # a user has one; a developer a few checkouts, each tests' small ones besides


def enabled() -> bool:
    return os.environ.get(SWITCH_ENV_VAR, "1") != "0"


def cache_dir(kb_dir: Path, sources: tuple[str, ...], kb_version: str) -> Path:
    """The cache folder of ``kb_dir``'s files ``sources`` as they are now: named after their
    kind, the knowledge base's folder and a key of the files' state (see :func:`publish_copy`)."""
    kb = Path(kb_dir).resolve()
    key = source_key([kb / name for name in sources], kb_version)
    place = hashlib.sha256(str(kb).encode()).hexdigest()[:8]
    return cache_root() / "linker" / f"{sources[0].split('.')[0]}-{place}-{key}"


def publish_copy(folder: Path, write: Callable[[Path], None]) -> None:
    """Publish a cache folder of :func:`cache_dir` (older copies of the same knowledge base
    folder removed), then keep at most :data:`KEEP_FOLDERS` folders of its kind."""
    publish(folder, write)
    kind = folder.name.split("-", 1)[0] + "-"
    try:
        others = [p for p in folder.parent.iterdir() if p.name.startswith(kind) and ".tmp" not in p.name]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError as e:  # removed by another process meanwhile: prune next time
        _LOG.debug("cache: %s not pruned: %s", folder.parent, e)
        return
    for old in others[KEEP_FOLDERS:]:
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)


def _used(folder: Path) -> None:
    """Mark a cache folder as just used (its modification time), for :func:`publish_copy`."""
    try:
        os.utime(folder)
    except OSError:
        pass


# -- the alias table --------------------------------------------------------------------------


def load_table(kb_dir: Path, name: str, kb_version: str) -> Any:
    """The parsed JSON of ``kb_dir/name`` (the alias table): from the cache when it holds it,
    else parsed and then cached."""

    def parse() -> Any:
        return json.loads((Path(kb_dir) / name).read_text("utf-8"))

    if not enabled():
        return parse()
    folder = cache_dir(kb_dir, (name,), kb_version)
    found = read_marshal(folder / TABLE_FILE)
    if found is not None:
        _used(folder)
        return found
    shutil.rmtree(folder, ignore_errors=True)  # damaged or half-removed: written again below
    data = parse()
    publish_copy(folder, lambda tmp: write_marshal(tmp / TABLE_FILE, data))
    return data


# -- the HNSW index with its data points ------------------------------------------------------


def load_index_with_data(kb_dir: Path, sources: tuple[str, ...], kb_version: str, build: Callable[[], Any]) -> Any:
    """The nmslib index of ``kb_dir``: loaded with its data points from the cache when it holds
    them (or taken from :func:`prefetch_ann_index`'s thread, waiting for it if need be), else
    ``build()`` (the index from the knowledge base's own files), then cached."""
    folder = cache_dir(kb_dir, sources, kb_version) if enabled() else None
    if folder is not None:
        index = _prefetched_index(folder)
        if index is None and _complete(folder):
            index = _load_copy(folder)
        if index is not None:
            return index
        shutil.rmtree(folder, ignore_errors=True)  # incomplete or unloadable: written again below
    index = build()
    if folder is not None:
        publish_copy(folder, lambda tmp: _save_index(index, tmp))
    return index


def _load_copy(folder: Path) -> Any:
    """The index saved with its data points in ``folder``, or None if nmslib cannot load it."""
    import nmslib

    index = nmslib.init(method="hnsw", space="cosinesimil_sparse", data_type=nmslib.DataType.SPARSE_VECTOR)
    try:
        index.loadIndex(str(folder / INDEX_FILE), load_data=True)
    except (RuntimeError, OSError, ValueError) as e:
        _LOG.debug("knowledge base cache %s: index not loaded (%s); reading the knowledge base", folder, e)
        return None
    _used(folder)
    return index


#: Index copies being loaded (or loaded) ahead of need by :func:`prefetch_ann_index`, by folder;
#: a folder's entry stays once taken (None), so that it is loaded ahead once per process.
_ahead: dict[str, Optional[Future]] = {}
_ahead_lock = threading.Lock()


def prefetch_ann_index(kb_dir: Path) -> None:
    """Start loading the cached copy of ``kb_dir``'s ANN index in a background thread, so that
    it is ready, or nearly, when the first mention missing from the exact-alias table needs it.

    nmslib releases the GIL while it reads the index (about 0.4 CPU seconds, a sixth of a cold
    start), so on a machine with a free core the load runs beside building the pipeline, reading
    the documents and loading the alias table instead of after them. Nothing is started when
    the cache is off or holds no complete copy (the first load builds it, as before), or when
    this process has loaded ahead for ``kb_dir`` before. The index loaded is the one
    :func:`load_index_with_data` loads itself; it takes it from here (waiting for the thread if
    it is still reading); a copy the thread could not load is loaded there again as before."""
    from extract.linking.ann import INDEX_FILE as KB_INDEX
    from extract.linking.ann import VECTORS_FILE

    if not enabled():
        return
    folder = cache_dir(kb_dir, (KB_INDEX, VECTORS_FILE), "")
    with _ahead_lock:
        if str(folder) in _ahead or not _complete(folder):
            return
        future: Future = Future()
        _ahead[str(folder)] = future

    def load() -> None:
        try:
            future.set_result(_load_copy(folder))
        except BaseException as e:  # noqa: BLE001 - handed to the waiting thread, which loads again
            future.set_exception(e)

    # not a daemon: a process that ends while the thread is inside nmslib's loader waits for it
    # (Python joins such threads before its teardown); a daemon thread would be unwound there,
    # through nmslib's C++ frames, and the process aborted ("FATAL: exception not rethrown")
    threading.Thread(target=load, name="evidence-ann-index", daemon=False).start()


def _prefetched_index(folder: Path) -> Any:
    """The index :func:`prefetch_ann_index` loaded from ``folder`` (once), or None."""
    with _ahead_lock:
        future = _ahead.get(str(folder))
        if future is None:
            return None
        _ahead[str(folder)] = None
    try:
        return future.result()
    except Exception as e:  # noqa: BLE001
        _LOG.debug("knowledge base cache %s: index not loaded ahead (%s)", folder, e)
        return None


def _save_index(index: Any, folder: Path) -> None:
    index.saveIndex(str(folder / INDEX_FILE), save_data=True)
    sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
    (folder / SIZES_FILE).write_text(json.dumps(sizes), "utf-8")


def _complete(folder: Path) -> bool:
    """Whether the cached index files are all there with the sizes they were written with."""
    try:
        sizes = json.loads((folder / SIZES_FILE).read_text("utf-8"))
        return bool(sizes) and INDEX_FILE in sizes and all(
            (folder / name).stat().st_size == size for name, size in sizes.items()
        )
    except (OSError, ValueError, AttributeError):
        return False
