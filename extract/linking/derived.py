"""Faster forms of a built knowledge base's files, made on first use and cached per machine.

A knowledge base folder (:mod:`extract.linking.kb`) holds what the build wrote: the exact-alias
table as JSON (``table.json``) and the HNSW index without its data points, which a process
adds back from the TF-IDF vectors (``tfidf_vectors_sparse.npz``, read with SciPy) before
loading the graph. Both are a large part of a cold start. This module keeps, per knowledge
base, the same content in the forms that load fastest:

* the table (:class:`KbTable`): its concepts' columns as ``marshal`` data (a tenth of the
  time of its rows), and its aliases in an SQLite database read one key at a time
  (:class:`AliasTable`), with each concept's aliases and definition (``definitions.json``),
  which the linker reads for the few concepts it reranks by their words. A process reads the
  entries of the mentions it meets, not all 110,000: loading the table whole (as a marshal
  copy) was about a tenth of the cold start of ``evidence run`` on one small file, reading
  ``definitions.json`` and inverting the table for the first near-tie more. A process that
  looks up many keys (a corpus) reads the table whole once, from a marshal copy beside it;
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
written again when it can be (the index's files, and the alias database, are checked against
the sizes they were written with before they are read; a database that fails once open is
replaced by ``table.json``). ``EVIDENCE_KB_CACHE=0`` turns it off.
"""

from __future__ import annotations

import json
import logging
import marshal
import os
import shutil
import sqlite3
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import closing
from pathlib import Path
from typing import Any, Callable, NamedTuple, Optional

from extract.diskcache import cache_root, place_key, publish, read_marshal, source_key, write_marshal

_LOG = logging.getLogger(__name__)

#: Set to ``0`` to read the knowledge base's own files only.
SWITCH_ENV_VAR = "EVIDENCE_KB_CACHE"
#: The table's copy: its concepts (marshal) and its aliases (SQLite), in this layout version.
CONCEPTS_FILE = "concepts.marshal"
ALIASES_FILE = "aliases.sqlite"
ALL_ALIASES_FILE = "aliases.marshal"  # the same aliases whole, for a process that looks up many
TABLE_FORMAT = "3"  # 1: the whole table as one marshal file; 2: no max_weight
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
    return cache_root() / "linker" / f"{sources[0].split('.')[0]}-{place_key(kb)}-{key}"


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


class KbTable(NamedTuple):
    """A knowledge base's alias table (``table.json``) as the linker reads it: the concepts by
    column (concept ``i`` is ``ids[i]``, ``names[i]`` ...) and the exact-alias table."""

    ids: list[str]
    vocabularies: list[str]
    names: list[str]
    types: list[str]
    related: dict[int, list[str]]  #: concept index -> ids of its related concepts (those with any)
    aliases: Mapping[str, list]  #: compact key -> [[normalized aliases], concept index, weight, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "KbTable":
        """The table from the parsed ``table.json`` (``{"concepts": [[id, vocabulary, name,
        type, related], ...], "aliases": {...}}``)."""
        ids, vocabularies, names, types, related = (list(c) for c in zip(*data["concepts"])) if data["concepts"] else ([],) * 5
        return cls(ids, vocabularies, names, types, {i: r for i, r in enumerate(related) if r}, data["aliases"])


def load_table(kb_dir: Path, name: str, kb_version: str) -> KbTable:
    """The alias table ``kb_dir/name``: from the cache when it holds a copy (the aliases then an
    :class:`AliasTable`, read as they are looked up), else parsed from the JSON (the aliases a
    dict) and then cached. The copy holds the concepts' definitions too (``definitions.json``,
    when the folder has one), for :func:`concept_definitions`."""
    from extract.linking.kb import DEFINITIONS

    def parse() -> KbTable:
        return KbTable.from_json(json.loads((Path(kb_dir) / name).read_text("utf-8")))

    if not enabled():
        return parse()
    definitions = Path(kb_dir) / DEFINITIONS
    folder = table_dir(kb_dir, name, kb_version)
    found = read_marshal(folder / CONCEPTS_FILE)
    aliases = None
    if isinstance(found, dict) and found.get("format") == TABLE_FORMAT:
        aliases = AliasTable.open(folder / ALIASES_FILE, Path(kb_dir) / name, found["aliases_bytes"])
    if aliases is not None:
        _used(folder)
        return KbTable(*found["columns"], aliases)
    shutil.rmtree(folder, ignore_errors=True)  # damaged or half-removed: written again below
    table = parse()
    publish_copy(folder, lambda tmp: _write_table(table, tmp, definitions if definitions.is_file() else None))
    return table


def table_dir(kb_dir: Path, name: str, kb_version: str) -> Path:
    """The cache folder of the copy of ``kb_dir``'s alias table ``name`` (and of its
    ``definitions.json``, when there is one) in this module's layout."""
    from extract.linking.kb import DEFINITIONS

    sources = (name, DEFINITIONS) if (Path(kb_dir) / DEFINITIONS).is_file() else (name,)
    return cache_dir(kb_dir, sources, f"{kb_version} table format {TABLE_FORMAT}")


def _write_table(table: KbTable, folder: Path, definitions: Optional[Path]) -> None:
    texts = json.loads(definitions.read_text("utf-8")) if definitions else None
    write_marshal(folder / ALL_ALIASES_FILE, dict(table.aliases))
    AliasTable.write(table.aliases, per_concept_aliases(table.aliases, len(table.ids)), texts, folder / ALIASES_FILE)
    # vocabularies and types interned: marshal writes each once, then references to it
    vocabularies, types = ([sys.intern(v) for v in column] for column in (table.vocabularies, table.types))
    columns = (table.ids, vocabularies, table.names, types, table.related)
    # written last, with the database's size: the copy is used only once it is there and agrees
    write_marshal(folder / CONCEPTS_FILE, {"format": TABLE_FORMAT, "columns": columns,
                                           "aliases_bytes": (folder / ALIASES_FILE).stat().st_size})


def per_concept_aliases(aliases: Mapping[str, list], concepts: int) -> list[list[str]]:
    """Every normalized alias of each concept (by concept index), in the table's order."""
    per: list[list[str]] = [[] for _ in range(concepts)]
    for entry in aliases.values():
        for i in entry[1::2]:
            per[i].extend(entry[0])
    return per


def concept_aliases(aliases: Mapping[str, list], concepts: int) -> Sequence[list[str]]:
    """:func:`per_concept_aliases` of a :class:`KbTable`'s aliases: from the cached copy one
    concept at a time when the table is one (the linker wants those of a few near-ties, not all
    62,000), else computed from the whole table."""
    if isinstance(aliases, AliasTable):
        return aliases.column("aliases")
    return per_concept_aliases(aliases, concepts)


def max_weight(aliases: Mapping[str, list]) -> float:
    """The largest scope weight in the table (0.0 for an empty one): from the cached copy's
    record of it when the table is one, so that asking does not read the whole table."""
    if isinstance(aliases, AliasTable) and aliases.max_weight is not None:
        return aliases.max_weight
    return max((w for entry in aliases.values() for w in entry[2::2]), default=0.0)


def concept_definitions(aliases: Mapping[str, list], path: Path) -> Sequence[Optional[str]]:
    """The concepts' definitions (by concept index): from the cached copy one at a time when the
    table is one that holds them, else the knowledge base's ``definitions.json`` at ``path``."""
    if isinstance(aliases, AliasTable) and aliases.has_definitions:
        return aliases.column("definition")
    return json.loads(Path(path).read_text("utf-8"))


class AliasTable(Mapping):
    """The exact-alias table (compact key -> entry) of a knowledge base's cached copy, read from
    SQLite one key at a time: the same keys, entries and order as the dict parsed from
    ``table.json`` (entries are decoded from ``marshal``, which keeps lists, strings, ints and
    floats exactly).

    After :data:`LOOKUPS_BEFORE_LOADING` lookups, or when all entries are asked for
    (``values()``, ``items()``, iterating), the whole table is read into a dict once (from its
    ``marshal`` copy beside the database) and every later lookup goes there: a corpus costs
    what the table loaded whole cost, plus a few hundredths of a second; a small file a few
    hundred queries. Each thread (and each process, after a fork) opens its own read-only
    connection. Should the database fail to read (a file damaged after it was checked), the
    table is parsed from the knowledge base's own ``table.json`` instead, and a warning logged.
    """

    #: Lookups answered from SQLite before the whole table is read into memory (each costs
    #: about 5 microseconds, a dict lookup a tenth of one; reading it all about 0.25 s). One
    #: small file makes about 70; a dozen pages 26,000 (the ANN neighbours' aliases).
    LOOKUPS_BEFORE_LOADING = 10_000

    def __init__(self, path: Path, source: Path, size: int, concepts: int = 0, has_definitions: bool = False) -> None:
        self.path = Path(path)
        self.source = Path(source)  #: ``table.json``, read if the database fails
        self._size = size
        self._concepts = concepts
        self.has_definitions = has_definitions  #: whether :meth:`column` has ``"definition"``
        self.max_weight: Optional[float] = None  #: the largest weight of any entry (see :func:`max_weight`)
        self._local = threading.local()
        self._lookups = 0
        self._all: Optional[dict[str, list]] = None
        self._whole: dict[str, list] = {}  # concepts' columns read whole, when the database fails
        self._load_lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, source: Path, size: Optional[int] = None) -> Optional["AliasTable"]:
        """The table in ``path``, or None if it is missing, not one :meth:`write` finished or
        not ``size`` bytes long (when given)."""
        try:
            if size is not None and Path(path).stat().st_size != size:
                return None
            with closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)) as db:
                meta = dict(db.execute("SELECT name, value FROM meta"))
                (count,) = db.execute("SELECT coalesce(max(n) + 1, 0) FROM aliases").fetchone()
                (concepts,) = db.execute("SELECT coalesce(max(i) + 1, 0) FROM concepts").fetchone()
        except (OSError, sqlite3.Error, TypeError, ValueError) as e:  # missing, damaged, another format
            _LOG.debug("alias table copy %s not used: %s", path, e)
            return None
        if meta.get("size") != count or meta.get("concepts") != concepts:
            return None  # not written to its end
        table = cls(path, source, count, concepts, bool(meta.get("definitions")))
        table.max_weight = meta.get("max_weight")
        return table

    @staticmethod
    def write(
        aliases: Mapping[str, list], per_concept: list[list[str]], definitions: Optional[list[Optional[str]]], path: Path
    ) -> None:
        """Write ``aliases`` (in their order), each concept's aliases and, if given, definitions
        as the database :meth:`open` reads."""
        with closing(sqlite3.connect(path)) as db, db:
            db.execute("CREATE TABLE aliases (n INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, v BLOB NOT NULL)")
            db.execute("CREATE TABLE concepts (i INTEGER PRIMARY KEY, aliases BLOB NOT NULL, definition TEXT)")
            db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value)")
            db.executemany("INSERT INTO aliases VALUES (?, ?, ?)", ((n, k, marshal.dumps(v)) for n, (k, v) in enumerate(aliases.items())))
            texts = definitions if definitions is not None else [None] * len(per_concept)
            db.executemany("INSERT INTO concepts VALUES (?, ?, ?)", ((i, marshal.dumps(a), d) for i, (a, d) in enumerate(zip(per_concept, texts))))
            meta = {"size": len(aliases), "concepts": len(per_concept), "definitions": int(definitions is not None),
                    "max_weight": max_weight(aliases)}
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())

    def _db(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():  # first use in this thread, or a forked process
            # immutable: the file never changes once published (a rebuilt knowledge base gets a new folder)
            local.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            local.pid = os.getpid()
        return local.db

    def _query(self, key: str) -> Optional[list]:
        self._lookups += 1
        if self._lookups > self.LOOKUPS_BEFORE_LOADING:
            return self._everything().get(key)
        try:
            row = self._db().execute("SELECT v FROM aliases WHERE k = ?", (key,)).fetchone()
        except sqlite3.Error as e:
            _LOG.warning("the alias table copy %s cannot be read (%s); reading %s instead", self.path, e, self.source)
            return self._everything().get(key)
        return None if row is None else marshal.loads(row[0])

    def _everything(self) -> dict[str, list]:
        """The whole table, read once into a dict: from its marshal copy, else the database,
        else ``table.json``."""
        if self._all is None:
            with self._load_lock:
                if self._all is None:
                    self._all = read_marshal(self.path.with_name(ALL_ALIASES_FILE))
                if self._all is None:
                    try:
                        rows = self._db().execute("SELECT k, v FROM aliases ORDER BY n").fetchall()
                        self._all = {k: marshal.loads(v) for k, v in rows}
                    except (sqlite3.Error, EOFError, ValueError, TypeError) as e:
                        _LOG.warning("the alias table copy %s cannot be read (%s); reading %s", self.path, e, self.source)
                        self._all = json.loads(self.source.read_text("utf-8"))["aliases"]
        return self._all

    def loaded(self) -> bool:
        """Whether the whole table is in memory (after :data:`LOOKUPS_BEFORE_LOADING` lookups)."""
        return self._all is not None

    def get(self, key: str, default: Any = None) -> Any:
        if self._all is not None:
            return self._all.get(key, default)
        found = self._query(key)
        return default if found is None else found

    def __getitem__(self, key: str) -> list:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._everything())

    def __len__(self) -> int:
        return self._size

    def values(self):  # noqa: ANN201 - dict's own view: the entries in the table's order
        return self._everything().values()

    def items(self):  # noqa: ANN201
        return self._everything().items()

    def keys(self):  # noqa: ANN201
        return self._everything().keys()

    def column(self, name: str) -> "_ConceptColumn":
        """The concepts' ``"aliases"`` (lists) or ``"definition"`` (texts or None), by concept
        index, read as they are asked for."""
        return _ConceptColumn(self, name)

    def _concept_value(self, name: str, index: int) -> Any:
        if not 0 <= index < self._concepts:
            raise IndexError(index)
        sql = "SELECT aliases FROM concepts WHERE i = ?" if name == "aliases" else "SELECT definition FROM concepts WHERE i = ?"
        try:
            (value,) = self._db().execute(sql, (index,)).fetchone()
            return marshal.loads(value) if name == "aliases" else value
        except (sqlite3.Error, TypeError, EOFError, ValueError) as e:
            _LOG.warning("the alias table copy %s cannot be read (%s); reading the knowledge base", self.path, e)
            return self._concepts_whole(name)[index]

    def _concepts_whole(self, name: str) -> list:
        """A column of the concepts from the whole table (or ``definitions.json``), for a
        database that fails once open."""
        from extract.linking.kb import DEFINITIONS

        if name not in self._whole:
            if name == "aliases":
                self._whole[name] = per_concept_aliases(self._everything(), self._concepts)
            else:
                self._whole[name] = json.loads(self.source.with_name(DEFINITIONS).read_text("utf-8"))
        return self._whole[name]

    def __reduce__(self) -> tuple:  # a pickled table (a pipeline sent to a worker) opens its own connection
        return (_reopened, (self.path, self.source, self._size, self._concepts, self.has_definitions, self.max_weight))


def _reopened(path: Path, source: Path, size: int, concepts: int, has_definitions: bool, weight: Optional[float]) -> AliasTable:
    table = AliasTable(path, source, size, concepts, has_definitions)
    table.max_weight = weight
    return table


class _ConceptColumn(Sequence):
    """One column of an :class:`AliasTable`'s concepts, read a row at a time (rows kept)."""

    def __init__(self, table: AliasTable, name: str) -> None:
        self._table, self._name, self._rows = table, name, {}

    def __len__(self) -> int:
        return self._table._concepts

    def __getitem__(self, index: int) -> Any:  # type: ignore[override]
        if not isinstance(index, int):
            return [self[i] for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if index not in self._rows:
            self._rows[index] = self._table._concept_value(self._name, index)
        return self._rows[index]


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


ARRAYS_FILE = "arrays.json"  # the names of the NumPy arrays of a copy, written last


def load_arrays(source: Path, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """NumPy arrays derived from the knowledge base file ``source`` by ``build()``, memory-mapped
    (read-only) from their cached copy when it holds them, else built and cached (one ``.npy``
    file per array). A copy that cannot be read is built again."""
    import numpy

    folder = cache_dir(source.parent, (source.name,), "") if enabled() else None
    if folder is not None and (folder / ARRAYS_FILE).is_file():
        try:
            names = json.loads((folder / ARRAYS_FILE).read_text("utf-8"))
            arrays = {name: numpy.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in names}
            _used(folder)
            return arrays
        except (OSError, ValueError, TypeError) as e:
            _LOG.debug("knowledge base cache %s: arrays not read (%s); made again", folder, e)
            shutil.rmtree(folder, ignore_errors=True)
    arrays = build()
    if folder is not None:
        publish_copy(folder, lambda tmp: _save_arrays(arrays, tmp))
    return arrays


def _save_arrays(arrays: dict[str, Any], folder: Path) -> None:
    import numpy

    for name, array in arrays.items():
        numpy.save(folder / f"{name}.npy", array, allow_pickle=False)
    (folder / ARRAYS_FILE).write_text(json.dumps(list(arrays)), "utf-8")


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
