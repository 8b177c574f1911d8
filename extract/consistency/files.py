"""The consistency check of a claims.jsonl file, holding one group of claims at a time.

:func:`check_file` reads the file once and indexes each claim, by its byte offset, under the
keys the checks group by (a figure read only as far as the index needs it, through a narrow
model of those fields, still validated: by msgspec where it can, which reads a line in about
half pydantic's time, by pydantic wherever msgspec does not take the line, so that lines are
accepted and rejected exactly as the pydantic model decides; a claim a check reads whole is
validated in full when it is read back, and a line that is not valid names its file and line
either way): a figure under its measure class (see
:mod:`~extract.consistency.sweep`), an exact count under its document (parts and whole), a
qualitative claim under its statement keys (opposing claims) and its group key (claim
groups). The index is a temporary SQLite database, removed when the check ends, whatever
happens. The checks then walk the index key by key and read only that group's claims back
from the file. The conflicts go to the same database as they are found (a few hundred at most
in memory; the opposing-claims check's one per pair of documents and claim groups looked up
there), and so do the ids of the qualitative claims compared (counted there); with
``conflicts_path`` they are written out from there, never all in memory. The measure classes
go to the database too (``class``, ``measure``: a class's record is read back with its group),
and so do their candidate keys (``cand``); the candidate groups are worked out there
(:func:`_class_groups`: a union-find over arrays, 8 bytes a class) and read back one group at
a time. Memory follows the largest group (its figures, its classes' records and documents, its
neighbours, and its comparable pairs of classes at about 10 bytes each: these grow with the
square of the group's classes, 3,736 pairs on the claims of a 2 MB bench corpus, 43,492 on
those of an 8 MB one), plus bounded caches; and, while the file is read, the id of each class
by its key and of each distinct measure, by 16-byte digests of them (the keys themselves had
been about 10 MB of the index's 21 MB traced peak on the claims of the 8 MB bench corpus, 8,714
classes, and they grow with the corpus; freed when the index is done). The result is
exactly :func:`~extract.consistency.check.check_claims`'s on the same claims (the two share
every group function, and :func:`_class_groups` gives the groups
:func:`~extract.consistency.sweep.class_groups` gives in memory: tests hold them equal).
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import sys
import tempfile
import time
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from hashlib import blake2b, sha256
from itertools import groupby
from math import isfinite
from pathlib import Path
from typing import IO, Annotated, Any, Literal, Optional, Union

import msgspec
from pydantic import Field, TypeAdapter, ValidationError

from extract.consistency.arithmetic import checkable_granularity, granularity, parts_whole, whole_checked
from extract.consistency.check import _SEVERITY_ORDER, CheckResult, _relabel, assemble, is_percent, to_conflict
from extract.consistency.compare import Finding
from extract.consistency.groups import make_group, polarized_key
from extract.consistency.intervals import Interval, to_interval
from extract.consistency.qualitative import Oppositions, statement, statement_keys
from extract.consistency.settings import CheckSettings, load_settings
from extract.consistency.statements import QUALITATIVE_TYPES
from extract.consistency.sweep import (
    ClassInfo, ClassRep, Figure, Group, _Neighbours, _Unit, candidate_keys, compare_groups, measure_signature,
)
from extract.records.models import Claim, Conflict, Qualifier

_SCHEMA = """
CREATE TABLE class (cls INTEGER PRIMARY KEY, first INTEGER, block INTEGER, unit TEXT, polarity TEXT, outcome TEXT,
                    population TEXT, intervention TEXT, measure INTEGER, topics TEXT);
CREATE TABLE measure (id INTEGER PRIMARY KEY, text BLOB);
CREATE TABLE figure (cls INTEGER, ordinal INTEGER PRIMARY KEY, offset INTEGER, size INTEGER, doc TEXT, section TEXT,
                     sentence INTEGER, lower REAL, upper REAL, point REAL, qualifier TEXT, tolerance REAL);
CREATE TABLE whole (doc TEXT, ordinal INTEGER, offset INTEGER);
CREATE TABLE statement (key TEXT, ordinal INTEGER, offset INTEGER);
CREATE TABLE claim_group (key TEXT, ordinal INTEGER, offset INTEGER);
CREATE TABLE group_record (n_sources INTEGER, label TEXT, key TEXT, line TEXT);
CREATE TABLE conflict (id TEXT PRIMARY KEY, severity INTEGER, kind TEXT, line TEXT);
CREATE TABLE opposing (key TEXT PRIMARY KEY, seq INTEGER, id TEXT, severity INTEGER, kind TEXT, line TEXT);
CREATE TABLE compared (claim_id TEXT PRIMARY KEY);
"""
_BATCH = 20_000
#: Conflict records held before they go to the database (a record is a few kilobytes).
_CONFLICT_BATCH = 500
#: Claim group records held before they go to the database (a record lists its documents and
#: claims: a kilobyte or more; 20,000 of them were 30 MB).
_GROUP_BATCH = 500


def check_file(
    claims_path: Union[str, Path],
    *,
    labels: Optional[Mapping[str, str]],
    topics: Optional[Mapping[str, Collection[str]]],
    settings: Optional[CheckSettings] = None,
    groups_path: Union[str, Path, IO[str], None] = None,
    timings: Optional[dict[str, float]] = None,
    conflicts_path: Union[str, Path, IO[str], None] = None,
) -> CheckResult:
    """All conflicts among the claims of ``claims_path`` (one Claim per line, as a run writes
    claims.jsonl), and the coverage of each check: the same as
    :func:`~extract.consistency.check.check_claims` on the same claims in the same order.

    With ``groups_path`` (a file name, or a text file open for writing), also writes the claim
    groups there, one JSON line each, exactly as :func:`~extract.consistency.groups.group_claims`
    orders them, and counts them in the result's ``groups``. With ``conflicts_path`` (the same),
    writes the conflicts there instead of returning them, one JSON line each, most severe
    first, then by id (as conflicts.jsonl orders them), never all in memory: the result's
    ``conflicts`` is then empty and its ``conflict_kinds`` counts them by kind. ``timings``,
    when given, is filled with the CPU seconds of each phase (index, figures, arithmetic,
    qualitative, groups, records).

    Raises:
        extract.runner.read.RecordError: a line is not valid JSON or not a valid claim
            (naming the file and line); nothing is written to ``groups_path`` then.
        OSError: the file cannot be read.
    """
    settings = settings or load_settings()
    path = Path(claims_path)
    with _collector_paused(), tempfile.TemporaryDirectory(prefix="evidence-check-") as tmp:
        db = sqlite3.connect(Path(tmp) / "index.sqlite", isolation_level=None)
        try:
            db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;" + _SCHEMA)
            clock = _Clock(timings)
            conflicts = _Conflicts(db, labels, spill=conflicts_path is not None)
            with path.open("rb") as handle:
                index = _index(handle, path, db, settings, conflicts.add)
                clock.lap("index")
                reader = _Reader(handle, path)
                result = _check(index, reader, db, settings, conflicts, labels, topics, groups_path, clock)
            if conflicts_path is None:
                result = result._replace(conflicts=conflicts.records())
            else:
                result = result._replace(conflict_kinds=conflicts.write(conflicts_path))
            clock.lap("records")
            return result
        finally:
            db.close()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the check, as for a bulk load: the check
    makes millions of short-lived records without reference cycles (freed by their counts
    anyway), and the collector, run every few hundred allocations over a heap that grows with
    the classes and conflicts, took a sixth of the CPU at 200,000 figures. Restored on exit."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _Clock:
    """CPU seconds per phase, into ``timings`` (nothing when it is None)."""

    def __init__(self, timings: Optional[dict[str, float]]) -> None:
        self.timings, self.last = timings, time.process_time()

    def lap(self, phase: str) -> None:
        now = time.process_time()
        if self.timings is not None:
            self.timings[phase] = self.timings.get(phase, 0.0) + now - self.last
        self.last = now


class _Index:
    """What the indexing pass keeps in memory: the id of each measure class by the digest of
    its key (while the file is read), the id of each block (unit and axis) and whether a class
    of it states no outcome terms, and counts; the classes' records go to the database
    (``class``, ``measure``), and the granularity findings to ``keep`` (the conflicts' store)
    as they are found."""

    def __init__(self, keep: Callable[[Finding], None]) -> None:
        self.classes: dict[bytes, int] = {}  # by the digest of the class's key (_digest)
        self.blocks: dict[tuple, int] = {}
        self.wild: set[int] = set()  # blocks with a class without outcome terms
        self.keep = keep
        self.granularity_checked = 0
        self.percents = 0
        self.statements = 0


def _lines(handle: IO[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, line) of each non-blank line."""
    offset = 0
    for number, line in enumerate(handle, start=1):
        if not line.isspace():  # (what line.strip() keeps, without a copy)
            yield number, offset, line
        offset += len(line)


# The index's reader of a figure: slotted dataclasses, not models (pydantic validates them the
# same way, extra fields ignored, and builds them at about two thirds of a model's cost: the
# index reads every figure of the file once). Their attributes duck-type the claim's fields
# the index reads (signature, interval, class representative, arithmetic checks).


@dataclass(frozen=True, slots=True)
class _ReadConcept:
    id: str
    name: str
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _ReadMeasure:
    outcome_terms: tuple[str, ...] = ()
    population_terms: tuple[str, ...] = ()
    intervention_terms: tuple[str, ...] = ()
    axis: Optional[str] = None
    threshold: Optional[str] = None
    time_terms: tuple[str, ...] = ()
    topic_terms: tuple[str, ...] = ()
    outcome_concept: Optional[_ReadConcept] = None
    population_concept: Optional[_ReadConcept] = None
    intervention_concept: Optional[_ReadConcept] = None


@dataclass(frozen=True, slots=True)
class _ReadValue:
    point: Annotated[Optional[float], Field(allow_inf_nan=False)]
    lower: Annotated[Optional[float], Field(allow_inf_nan=False)]
    upper: Annotated[Optional[float], Field(allow_inf_nan=False)]
    qualifier: Qualifier
    unit: str
    surface: str
    precision: Annotated[float, Field(ge=0, allow_inf_nan=False)]


@dataclass(frozen=True, slots=True)
class _ReadEvidence:
    sentence_index: Annotated[int, Field(ge=0)]
    rule: str
    section: Optional[str] = None


@dataclass(frozen=True, slots=True)
class _ReadFigure:
    """What the index reads of a statistic claim: its signature, its row and whether the
    arithmetic checks read it (duck-types a StatisticClaim for those)."""

    type: Literal["statistic"]
    doc_id: str
    evidence: _ReadEvidence
    value: _ReadValue
    measure: _ReadMeasure
    n: Optional[dict[str, Any]] = None
    outcome: Optional[str] = None
    population: Optional[str] = None
    intervention: Optional[str] = None
    polarity: Optional[Literal["positive", "negative"]] = None


# The index's fast reader of a figure: the same fields as _ReadFigure, as msgspec structs, which
# parse and validate a line in one pass in about half pydantic's time. It is an implementation
# detail of _ReadFigure, never its replacement: it is stricter (no lax conversions: a float for
# an int, a number in a string, a boolean for a number, NaN, integers past 64 bits, nothing it
# cannot read exactly as pydantic does), and a line it rejects is read by _ReadFigure, then in
# full, as before; so a line is accepted or rejected, and named in a RecordError, exactly as
# pydantic alone decides (tests/consistency/test_fast_reader.py pins that on good and bad lines).


class _FastConcept(msgspec.Struct, frozen=True):
    id: str
    name: str
    related: tuple[str, ...] = ()


class _FastMeasure(msgspec.Struct, frozen=True):
    outcome_terms: tuple[str, ...] = ()
    population_terms: tuple[str, ...] = ()
    intervention_terms: tuple[str, ...] = ()
    axis: Optional[str] = None
    threshold: Optional[str] = None
    time_terms: tuple[str, ...] = ()
    topic_terms: tuple[str, ...] = ()
    outcome_concept: Optional[_FastConcept] = None
    population_concept: Optional[_FastConcept] = None
    intervention_concept: Optional[_FastConcept] = None


class _FastValue(msgspec.Struct, frozen=True):
    point: Optional[float]
    lower: Optional[float]
    upper: Optional[float]
    qualifier: Qualifier
    unit: str
    surface: str
    precision: Annotated[float, msgspec.Meta(ge=0)]


class _FastEvidence(msgspec.Struct, frozen=True):
    sentence_index: Annotated[int, msgspec.Meta(ge=0)]
    rule: str
    section: Optional[str] = None


class _FastFigure(msgspec.Struct, frozen=True):
    """:class:`_ReadFigure`, read by msgspec (see above), its measure left as its JSON text
    (read by :class:`_FastReader`, once per distinct text)."""

    type: Literal["statistic"]
    doc_id: str
    evidence: _FastEvidence
    value: _FastValue
    measure: msgspec.Raw
    n: Optional[dict[str, Any]] = None
    outcome: Optional[str] = None
    population: Optional[str] = None
    intervention: Optional[str] = None
    polarity: Optional[Literal["positive", "negative"]] = None


class _FastReader:
    """The fast reader of figures' lines for one check, and the measure ids of the index.

    A line is read with its measure as JSON text; the measure is read (and validated) the first
    time its text is met, and given the id of its :func:`~extract.consistency.sweep.measure_signature`
    (ids are equal exactly when the signatures are), so that a figure's class key is a short
    tuple rather than its whole signature: hashing and comparing the signature of every figure
    was a quarter of the index's time. Each distinct text's id is kept under a 16-byte digest of
    the text (:func:`_text_digest`), so a text met again costs one hash, not a reading: the
    1M-figure synthetic check has 79,995 distinct texts in 1,000,000 lines, and read 889,770
    of them again when only a bounded cache of readings knew the texts. The measures themselves
    are read again only when the index needs one (:meth:`measure`: the first figure of a new
    class), from a bounded cache (at most :data:`_MEASURES`, emptied when full)."""

    def __init__(self) -> None:
        self._line = msgspec.json.Decoder(_FastFigure).decode
        self._measure = msgspec.json.Decoder(_FastMeasure).decode
        self._known: dict[bytes, _FastMeasure] = {}  # by the digest of the text (_text_digest)
        self._text_ids: dict[bytes, int] = {}  # by the digest of the text
        self._ids: dict[bytes, int] = {}  # by the digest of the signature (_digest)

    def read(self, line: bytes) -> tuple[_FastFigure, _FastMeasure, int]:
        """(figure, its measure, the measure's id); ValueError (msgspec.DecodeError, or
        UnicodeDecodeError: not UTF-8) for a line it does not read."""
        figure, text, measure_id = self.read_id(line)
        return figure, self.measure(figure, text), measure_id

    def read_id(self, line: bytes) -> tuple[_FastFigure, bytes, int]:
        """(figure, the digest of its measure's text, the measure's id), the measure validated
        (when its text is new) but not kept: :meth:`measure` gives it; ValueError as :meth:`read`."""
        if not line.isascii():
            line.decode("utf-8")  # msgspec does not check the UTF-8 of what it skips (a claim's quote); pydantic does
        try:
            figure = self._line(line)
        except RecursionError as e:  # nested past msgspec's depth (pydantic names it)
            raise ValueError("nested too deeply") from e
        v = figure.value
        if not all(isfinite(x) for x in (v.point, v.lower, v.upper, v.precision) if x is not None):
            raise ValueError("not a finite number")  # 1e400: msgspec reads infinity, the models refuse it
        text = _text_digest(figure.measure)
        measure_id = self._text_ids.get(text)
        if measure_id is None:  # a new text: read (validated) here, so a line is accepted or refused as before
            measure_id = self._text_ids[text] = self.measure_id(self._remember(text, figure.measure))
        return figure, text, measure_id

    def measure(self, figure: _FastFigure, text: bytes) -> _FastMeasure:
        """The measure of a figure :meth:`read_id` read (``text``: the digest it gave)."""
        known = self._known.get(text)
        return known if known is not None else self._remember(text, figure.measure)

    def _remember(self, text: bytes, raw: msgspec.Raw) -> _FastMeasure:
        measure = _interned(self._measure(raw))
        if len(self._known) >= _MEASURES:
            self._known.clear()
        self._known[text] = measure
        return measure

    def measure_id(self, measure: Any) -> int:
        """The id of a measure's signature (of a measure read by either reader)."""
        return self._ids.setdefault(_digest(measure_signature(measure)), len(self._ids))


#: Measures whose reading :class:`_FastReader` keeps (read, a measure is about a kilobyte: 7,666
#: distinct texts held 8 MB on the claims of an 8 MB bench corpus). The reader needs one again
#: only for the first figure of a class whose measure text it met before.
_MEASURES = 1 << 14


def _text_digest(raw: msgspec.Raw) -> bytes:
    """16 bytes of SHA-256 over a measure's JSON text (the fastest of hashlib's digests here,
    1.3 microseconds for a 600-byte text): equal exactly when the texts are, as :func:`_digest`."""
    return sha256(raw).digest()[:16]


def _digest(value: Any) -> bytes:
    """The key the index keeps for a measure's signature or a class's key (strings, None, ints
    and tuples of them): 16 bytes of BLAKE2b over its JSON, equal exactly when the values are
    (a collision among a billion keys has odds of about 10^-21). The index keeps one per
    distinct measure and class, which grow with the corpus (the values themselves, a few tuples
    of terms and the claim's phrases, were a kilobyte or more each)."""
    return blake2b(_ENCODE(value), digest_size=16).digest()


_ENCODE = msgspec.json.Encoder().encode


def _interned(m: _FastMeasure) -> _FastMeasure:
    """The measure with its terms interned: msgspec makes new strings for each measure read,
    where pydantic shares repeated ones, and the index keeps a measure per class."""
    terms = {f: tuple(map(sys.intern, getattr(m, f))) for f in _TERMS}
    return msgspec.structs.replace(m, **terms)


_TERMS = ("outcome_terms", "population_terms", "intervention_terms", "time_terms", "topic_terms")


def _read_figure(line: bytes, reader: Optional[_FastReader] = None) -> Optional[tuple[Any, Any]]:
    """(figure, its measure) of a line read as :class:`_ReadFigure`, by the fast reader where it
    can (see above), else by pydantic; None when it is not a valid figure as _ReadFigure reads it."""
    try:
        figure, measure, _ = (reader or _FastReader()).read(line)
        return figure, measure
    except ValueError:  # msgspec.DecodeError (and its ValidationError), or UnicodeDecodeError: not UTF-8
        pass
    try:
        figure = _figure_adapter().validate_json(line)
        return figure, figure.measure
    except ValidationError:
        return None


@lru_cache(maxsize=1)
def _figure_adapter() -> TypeAdapter:
    """The index's reader of a figure's line (a union with the other claim types would cost a
    third more per line: they are read in full after this one fails)."""
    return TypeAdapter(_ReadFigure)


def _index(handle: IO[bytes], path: Path, db: sqlite3.Connection, settings: CheckSettings, keep: Callable[[Finding], None]) -> _Index:
    """One pass over the file: read each claim as far as the index needs it, and index it under
    its keys. A figure is read as :class:`_ReadFigure` (valid JSON, and valid in every field the
    check reads) and read in full only where a check reads the whole claim (a whole count, a
    percentage with its n, and then a conflict's claims); every other claim is read in full."""
    from extract.runner.read import claim_adapter

    adapter, reader, figures = claim_adapter(), _FastReader(), _figure_adapter().validate_json
    fast = reader.read_id
    index = _Index(keep)
    rows: dict[str, list[tuple]] = {"figure": [], "class": [], "measure": [], "whole": [], "statement": [], "claim_group": []}
    figure_rows, add_figure = rows["figure"], _figure_indexer(index, rows, settings, reader.measure)
    for ordinal, (number, offset, line) in enumerate(_lines(handle)):
        try:
            claim, text, measure_id = fast(line)
            measure = None  # (read only for a new class: see _figure_indexer)
        except ValueError:  # not read by the fast reader (msgspec.DecodeError, UnicodeDecodeError): as pydantic reads it
            try:
                claim = figures(line)
            except ValidationError:  # another claim, or not a valid one: read in full (a RecordError says why)
                claim = _parse(adapter, line, path, number)
            measure = measure_id = text = None
        if claim.type == "statistic":
            if claim.evidence.sentence_index > _SQLITE_INT:  # valid, but the index cannot hold it
                raise _out_of_range(path, number, claim.evidence.sentence_index)
            if measure_id is None:
                measure = claim.measure
                measure_id = reader.measure_id(measure)
            if add_figure(ordinal, offset, len(line), claim, measure, measure_id, text):  # the arithmetic checks may read it
                _index_arithmetic(index, rows, ordinal, offset, claim, settings, lambda: _parse(adapter, line, path, number))
            if len(figure_rows) >= _BATCH:
                _flush(db, rows)
            continue
        if claim.type in QUALITATIVE_TYPES:
            rows["claim_group"].append((polarized_key(claim), ordinal, offset))  # type: ignore[arg-type]
            if not claim.assertion.hypothetical:
                index.statements += 1
                for key in statement_keys(statement(claim, settings))[1]:  # type: ignore[arg-type]
                    rows["statement"].append((key, ordinal, offset))
        if len(rows["statement"]) + len(rows["claim_group"]) >= _BATCH:
            _flush(db, rows)
    _flush(db, rows)
    # covering every column the comparison reads: a class's figures are read from the index
    # alone, in order, not row by row across the table (a third of the reading time at 200k)
    db.execute(
        "CREATE INDEX figure_cls ON figure (cls, ordinal, doc, section, sentence, lower, upper, point, qualifier, tolerance, offset, size)"
    )
    index.classes.clear()  # (the classes' records are in the database)
    return index


_SQLITE_INT = 2**63 - 1  # SQLite's largest integer
_INTERVALS = 1 << 16  # distinct values whose intervals the index keeps


def _out_of_range(path: Path, number: int, sentence: int) -> Exception:
    from extract.runner.read import RecordError

    return RecordError(path, number, f"not a claim the check can index (evidence.sentence_index: {sentence} is past {_SQLITE_INT})")


def _figure_indexer(
    index: _Index, rows: dict[str, list[tuple]], settings: CheckSettings, read_measure: Callable[[Any, bytes], Any]
) -> Callable[[int, int, int, Any, Any, int, Optional[bytes]], bool]:
    """The function that indexes one figure (its row; its class's record and measure, for the
    first figure of a class) and says whether an arithmetic check reads it (see
    :func:`_index_arithmetic`): the innermost step of the index, with what it reads bound once.
    A figure the fast reader read comes without its measure (None) but with the digest of its
    text: ``read_measure(figure, digest)`` gives it (:meth:`_FastReader.measure`), read only for
    the first figure of a class."""
    append = rows["figure"].append
    classes, blocks, about, intern = index.classes, index.blocks, settings.about_tolerance, sys.intern
    add_class, add_measure, encode = rows["class"].append, rows["measure"].append, msgspec.json.encode
    # a figure's interval depends on its value alone (to_interval reads claim.value): worked out
    # once per distinct value (figures repeat their values: "30%", "about 30%"), up to a bound
    intervals: dict[Any, Interval] = {}

    def add(ordinal: int, offset: int, size: int, claim: Any, measure: Any, measure_id: int, text: Optional[bytes]) -> bool:
        # the signature (sweep.signature), with the measure's part as its id (see _FastReader)
        key = _digest((claim.value.unit, claim.polarity, claim.outcome, claim.population, claim.intervention, measure_id))
        cls = classes.get(key)
        if cls is None:
            cls = classes[key] = len(classes)
            if measure is None:
                measure = read_measure(claim, text)
            block = blocks.setdefault((claim.value.unit, measure.axis), len(blocks))
            if not measure.outcome_terms:
                index.wild.add(block)
            topics = json.dumps(sorted(set(measure.topic_terms)), ensure_ascii=False) if measure.topic_terms else None
            add_class((cls, ordinal, block, claim.value.unit, claim.polarity, claim.outcome, claim.population, claim.intervention, measure_id, topics))
            add_measure((measure_id, encode(measure)))
        doc, ev, v = intern(claim.doc_id), claim.evidence, claim.value  # (one string per document, as pydantic reads them)
        iv = intervals.get(v)
        if iv is None:
            iv = to_interval(claim, about)
            if len(intervals) < _INTERVALS:
                intervals[v] = iv
        append((cls, ordinal, offset, size, doc, ev.section, ev.sentence_index, iv.lower, iv.upper, iv.point, iv.qualifier, iv.tolerance))
        if is_percent(claim):
            index.percents += 1
            return claim.n is not None  # checkable_granularity needs its n
        return v.unit == "count"  # whole_checked needs a count

    return add


def _index_arithmetic(
    index: _Index, rows: dict[str, list[tuple]], ordinal: int, offset: int, claim: Any, settings: CheckSettings,
    whole: Callable[[], Any],
) -> None:
    """A count or a percentage with its n: indexed for the parts-and-whole check, or checked for
    granularity; read in full (``whole()``) only then."""
    if whole_checked(claim):
        whole()  # read in full: the parts-and-whole check reads it back
        rows["whole"].append((claim.doc_id, ordinal, offset))
    if is_percent(claim):  # (counted by the index already)
        if checkable_granularity([claim]):
            index.granularity_checked += 1
            found = granularity(whole(), settings)
            if found:
                index.keep(found)


def _flush(db: sqlite3.Connection, rows: dict[str, list[tuple]]) -> None:
    db.execute("BEGIN")
    for table, batch in rows.items():
        if batch:
            marks = ",".join("?" * len(batch[0]))
            db.executemany(f"INSERT {'OR IGNORE ' if table == 'measure' else ''}INTO {table} VALUES ({marks})", batch)
            batch.clear()
    db.execute("COMMIT")


def _parse(adapter: Any, line: bytes, path: Path, number: int) -> Claim:
    """A line as a claim, or a RecordError naming the file and line."""
    try:
        return adapter.validate_json(line)
    except ValidationError as e:
        from extract.runner.read import RecordError

        problem = e.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise RecordError(path, number, f"not a valid claim record ({where + ': ' if where else ''}{problem['msg']})") from e


class _Reader:
    """Claims read back by byte offset (validated again: the file is the only copy)."""

    def __init__(self, handle: IO[bytes], path: Path) -> None:
        from extract.runner.read import claim_adapter

        self.handle, self.path, self.adapter = handle, path, claim_adapter()

    def claim(self, offset: int, size: Optional[int] = None) -> Any:
        """The claim of the line at ``offset`` (``size``: its length in bytes, when the index
        knows it: read in one call, without the reader's buffer)."""
        if size is None:
            self.handle.seek(offset)
            line = self.handle.readline()
        else:
            line = os.pread(self.handle.fileno(), size, offset)
        try:
            return self.adapter.validate_json(line)
        except ValueError:
            return _parse(self.adapter, line, self.path, self._number(offset))

    def _number(self, offset: int) -> int:
        """The line number of the line at ``offset`` (for an error: counts the lines before it)."""
        self.handle.seek(0)
        before = 0
        while offset > 0:
            chunk = self.handle.read(min(offset, 1 << 20))
            if not chunk:
                break
            before += chunk.count(b"\n")
            offset -= len(chunk)
        return before + 1

    def claims(self, rows: Any) -> list[Any]:
        """The claims at the offsets of ``rows`` (the last column of each row)."""
        return [self.claim(row[-1]) for row in rows]


class _Statements(Sequence):
    """The statements of one opposing-claims group, read from the claims file by offset when
    asked for (``check_group`` reads them once in order, then a few by position), the last
    :data:`_STATEMENTS` of them kept: a group stated by thousands of documents holds their
    offsets, not their claims."""

    def __init__(self, reader: _Reader, offsets: array, settings: CheckSettings) -> None:
        self.reader, self.offsets, self.settings = reader, offsets, settings
        self.kept: dict[int, Any] = {}

    def __len__(self) -> int:
        return len(self.offsets)

    def __iter__(self) -> Iterator[Any]:
        return (statement(self.reader.claim(offset), self.settings) for offset in self.offsets)

    def __getitem__(self, position: int) -> Any:  # type: ignore[override]
        found = self.kept.pop(position, None)
        if found is None:
            found = statement(self.reader.claim(self.offsets[position]), self.settings)
            if len(self.kept) >= _STATEMENTS:
                self.kept.pop(next(iter(self.kept)))
        self.kept[position] = found  # (last looked up last)
        return found


#: Statements of a group :class:`_Statements` keeps after a look-up by position.
_STATEMENTS = 256


def _check(
    index: _Index,
    reader: _Reader,
    db: sqlite3.Connection,
    settings: CheckSettings,
    conflicts: _Conflicts,
    labels: Optional[Mapping[str, str]],
    topics: Optional[Mapping[str, Collection[str]]],
    groups_path: Union[str, Path, IO[str], None],
    clock: _Clock,
) -> CheckResult:
    """The checks over the index, their conflicts into ``conflicts``: the result's coverage and
    groups (its conflicts are read from the store by the caller)."""
    coverage = _compare_figures(index, reader, db, settings, conflicts.add)
    clock.lap("figures")
    wholes = 0
    rows = db.execute("SELECT doc, offset FROM whole ORDER BY doc, ordinal")
    for _, group in groupby(rows, key=lambda r: r[0]):
        found, checked = parts_whole(reader.claims(list(group)), settings)
        for finding in found:
            conflicts.add(finding)
        wholes += checked
    coverage.update(
        parts_whole_checked=wholes,
        granularity_checked=index.granularity_checked,
        granularity_without_denominator=index.percents - index.granularity_checked,
    )
    clock.lap("arithmetic")
    if conflicts.spill:
        found, compared = _Opposing(db), _Compared(db)
        opposing = Oppositions(settings, labels, topics, found=found, compared=compared)
    else:
        opposing = Oppositions(settings, labels, topics)
    rows = db.execute("SELECT key, offset FROM statement ORDER BY key, ordinal")
    for key, group in groupby(rows, key=lambda r: r[0]):
        opposing.check_group(key, _Statements(reader, array("q", (offset for _, offset in group)), settings))
    if conflicts.spill:
        coverage.update(opposing.coverage(index.statements))
        found.flush()
        conflicts.add_opposing()
    else:
        conflicts.opposing, qualitative_coverage = opposing.result(index.statements)
        coverage.update(qualitative_coverage)
    clock.lap("qualitative")
    groups = 0
    if groups_path is not None:
        groups = _write_groups(reader, db, groups_path)
        clock.lap("groups")
    return CheckResult([], coverage, groups)


class _Conflicts:
    """The conflicts of one check. With ``spill`` (they are written to a file), in the index
    database as they are found (at most :data:`_CONFLICT_BATCH` records in memory): by id, a
    later record of an id replacing the earlier, the figures' explanations with the documents'
    labels; then the opposing claims' (:class:`_Opposing`), replacing any of the same id: as
    :func:`~extract.consistency.check.assemble` merges them. Without (they are returned, all in
    memory anyway), kept in a list and merged by ``assemble`` itself: the database would only
    add the writing and reading back of each record (a second at 100,000 figures)."""

    def __init__(self, db: sqlite3.Connection, labels: Optional[Mapping[str, str]], spill: bool = True) -> None:
        self.db, self.labels, self.spill = db, labels or {}, spill
        self.pending: dict[str, Conflict] = {}
        self.kept: list[Union[Finding, Conflict]] = []  # without spill: the figures' findings, in order
        self.opposing: list[Conflict] = []  # without spill: the opposing claims' conflicts, by id

    def add(self, finding: Union[Finding, Conflict]) -> None:
        """A figure's finding (or its record, not yet relabelled)."""
        if not self.spill:
            self.kept.append(finding)
            return
        record = _relabel(finding if isinstance(finding, Conflict) else to_conflict(finding), self.labels)
        self.pending[record.conflict_id] = record
        if len(self.pending) >= _CONFLICT_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        rows = [(c.conflict_id, _SEVERITY_ORDER[c.severity], c.kind, c.model_dump_json()) for c in self.pending.values()]
        self.db.execute("BEGIN")
        self.db.executemany("INSERT OR REPLACE INTO conflict VALUES (?, ?, ?, ?)", rows)
        self.db.execute("COMMIT")
        self.pending.clear()

    def add_opposing(self) -> None:
        """The opposing claims' conflicts (all of :class:`_Opposing`'s), in id order, then
        the order their keys were first found in (as Oppositions.result and assemble take them)."""
        self.flush()
        self.db.execute(
            "INSERT OR REPLACE INTO conflict SELECT id, severity, kind, line FROM opposing ORDER BY id, seq"
        )

    def records(self) -> list[Conflict]:
        """Every conflict, by severity, kind and id (as check_claims orders them)."""
        if not self.spill:
            return assemble(self.kept, {}, self.opposing, {}, self.labels).conflicts
        self.flush()
        rows = self.db.execute("SELECT line FROM conflict ORDER BY severity, kind, id")
        return [Conflict.model_validate_json(line) for (line,) in rows]

    def write(self, out: Union[str, Path, IO[str]]) -> dict[str, int]:
        """Write every conflict to ``out``, one JSON line each (validated by the model), most
        severe first, then by id; returns the number of each kind."""
        self.flush()
        kinds: dict[str, int] = {}
        with _text_sink(out) as sink:
            for line, kind in self.db.execute("SELECT line, kind FROM conflict ORDER BY severity, id"):
                Conflict.model_validate_json(line)
                sink.write(line + "\n")
                kinds[kind] = kinds.get(kind, 0) + 1
        return kinds


@contextmanager
def _text_sink(out: Union[str, Path, IO[str]]) -> Iterator[IO[str]]:
    """``out`` if it is an open text file, else the file named ``out`` opened for writing (UTF-8, \\n)."""
    if hasattr(out, "write"):
        yield out  # type: ignore[misc]
        return
    with Path(out).open("w", encoding="utf-8", newline="\n") as sink:  # type: ignore[arg-type]
        yield sink


class _Opposing:
    """The opposing-claims check's conflicts (its ``found``: one per key, see
    :func:`~extract.consistency.qualitative._keep`), in the index database: a key is looked up
    there when it is not among the last few set, which wait in memory."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.pending: dict[str, Conflict] = {}
        self.seq = 0

    @staticmethod
    def _key(key: tuple) -> str:
        how, sides = key
        return json.dumps([how, sorted(sides)], ensure_ascii=False)

    def get(self, key: tuple) -> Optional[Conflict]:
        text = self._key(key)
        if text in self.pending:
            return self.pending[text]
        row = self.db.execute("SELECT line FROM opposing WHERE key = ?", (text,)).fetchone()
        return None if row is None else Conflict.model_validate_json(row[0])

    def __setitem__(self, key: tuple, conflict: Conflict) -> None:
        self.pending[self._key(key)] = conflict
        if len(self.pending) >= _CONFLICT_BATCH:
            self.flush()

    def flush(self) -> None:
        """The conflicts set to the database: a key's first position kept, its conflict replaced."""
        if not self.pending:
            return
        rows = []
        for text, c in self.pending.items():
            self.seq += 1
            rows.append((text, self.seq, c.conflict_id, _SEVERITY_ORDER[c.severity], c.kind, c.model_dump_json()))
        self.db.execute("BEGIN")
        self.db.executemany(
            "INSERT INTO opposing VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
            " id = excluded.id, severity = excluded.severity, kind = excluded.kind, line = excluded.line",
            rows,
        )
        self.db.execute("COMMIT")
        self.pending.clear()


class _Compared:
    """The ids of the qualitative claims compared (Oppositions' ``compared``), in the index
    database: added in batches, counted there."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.pending: set[str] = set()

    def update(self, claim_ids: Iterable[str]) -> None:
        self.pending.update(claim_ids)
        if len(self.pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR IGNORE INTO compared VALUES (?)", ((i,) for i in self.pending))
            self.db.execute("COMMIT")
            self.pending.clear()

    def __len__(self) -> int:
        self.flush()
        return self.db.execute("SELECT count(*) FROM compared").fetchone()[0]


def _compare_figures(
    index: _Index, reader: _Reader, db: sqlite3.Connection, settings: CheckSettings, keep: Callable[[Conflict], None]
) -> dict[str, int]:
    """compare_classes with the figures of a class read from the index, the claims from the
    file, each finding's record given to ``keep`` as it is found; returns the coverage."""

    make = tuple.__new__

    def load_figures(classes: Sequence[int]) -> dict[int, list[Figure]]:
        out: dict[int, list[Figure]] = {cls: [] for cls in classes}
        names: dict[str, str] = {}  # one string per document and section of the group (SQLite makes one per row)
        shared: dict[tuple, Interval] = {}  # one interval per distinct value: a large group's figures repeat a few hundred
        for rows in _rows_in(db, "SELECT cls, ordinal, doc, section, sentence, lower, upper, point, qualifier, tolerance FROM figure"
                             " WHERE cls IN ({}) ORDER BY cls, ordinal", classes):
            for c, o, d, s, n, lo, hi, p, q, t in rows:  # tuple.__new__: the named tuples without their Python __new__
                d, s = names.setdefault(d, d), s if s is None else names.setdefault(s, s)
                iv = shared.get((lo, hi, p, q, t))
                if iv is None:
                    iv = shared[(lo, hi, p, q, t)] = make(Interval, (lo, hi, p, q, t, False))
                out[c].append(make(Figure, (o, d, s, n, iv)))
        return out

    def load_claims(ordinals: list[int]) -> dict[int, Any]:
        """The claims of figures (of conflicting pairs), their lines found by ordinal in the index."""
        where = {o: (at, size) for rows in _rows_in(db, "SELECT ordinal, offset, size FROM figure WHERE ordinal IN ({})", ordinals)
                 for o, at, size in rows}  # (a query per 500: one per figure was a twentieth of the check)
        return {ordinal: reader.claim(*where[ordinal]) for ordinal in ordinals}

    # records straight away, to the store: a finding holds its two whole claims
    groups = _class_groups(db, index, settings)
    _, pairs, compared = compare_groups(groups, load_figures, load_claims, settings, lambda f: keep(to_conflict(f)), keep=False)
    return {"pairs_compared": pairs, "figures_compared": compared}


def _rows_in(db: sqlite3.Connection, select: str, ids: Sequence[int], size: int = 500) -> Iterator[sqlite3.Cursor]:
    """The rows of ``select`` (its ``{}`` the place of an ``IN`` list) for ``ids``, ``size`` ids a
    query (SQLite bounds a statement's parameters)."""
    for start in range(0, len(ids), size):
        chunk = ids[start : start + size]
        yield db.execute(select.format(",".join("?" * len(chunk))), chunk)


_CLASS_DOC = """
CREATE TABLE class_doc AS SELECT DISTINCT cls, doc FROM figure;
CREATE INDEX class_doc_cls ON class_doc (cls, doc);
CREATE TABLE needed AS SELECT c.block AS block, d.doc AS doc FROM class_doc d JOIN class c ON c.cls = d.cls
    GROUP BY c.block, d.doc HAVING count(DISTINCT c.topics) > 1 OR max(c.topics IS NULL);
CREATE UNIQUE INDEX needed_at ON needed (block, doc);
CREATE TABLE class_docs (cls INTEGER PRIMARY KEY, docs TEXT, needed TEXT);
INSERT INTO class_docs SELECT d.cls, json_group_array(d.doc), json_group_array(n.doc) FILTER (WHERE n.doc IS NOT NULL)
    FROM class_doc d JOIN class c ON c.cls = d.cls LEFT JOIN needed n ON n.block = c.block AND n.doc = d.doc GROUP BY d.cls;
CREATE TABLE cand (block INTEGER, key TEXT, role INTEGER, cls INTEGER);
"""
#: Classes read from the database at a time while the candidate groups are listed.
_GROUP_ROWS = 1_000
_DOCS = msgspec.json.Decoder(list[str]).decode


def _class_groups(db: sqlite3.Connection, index: _Index, settings: CheckSettings) -> Iterator[Group]:
    """The candidate groups of the check's classes, as :func:`~extract.consistency.sweep.class_groups`
    gives them from the same classes in memory (same groups, same order, same neighbours), worked
    out in the database and read from it one group at a time: memory follows the largest group
    (its classes' records and candidate keys), plus four bytes a class (the groups' union-find).

    Three passes: each class's candidate keys (:func:`~extract.consistency.sweep.candidate_keys`,
    the documents' keys only where a block needs them, as ``_doc_keys_needed`` decides) into
    the ``cand`` table; the keys in order, joining the classes indexed and queried under one
    key (as ``_Neighbours.groups``); then the classes by block, group and input order, each
    group's records and keys read back together (``_Neighbours.from_sorted``)."""
    count = db.execute("SELECT count(*) FROM class").fetchone()[0]
    db.executescript(_CLASS_DOC)
    _candidate_keys(db, index, settings)
    first = _joined(db, count)
    db.execute("BEGIN")
    db.execute("CREATE TABLE class_group (cls INTEGER PRIMARY KEY, grp INTEGER)")
    db.executemany("INSERT INTO class_group VALUES (?, ?)", enumerate(first))
    db.execute(
        "CREATE TABLE class_order AS SELECT g.grp AS grp, c.cls AS cls, c.first AS first, c.unit AS unit, c.polarity AS polarity,"
        " c.outcome AS outcome, c.population AS population, c.intervention AS intervention, m.text AS measure, x.docs AS docs"
        " FROM class c JOIN class_group g ON g.cls = c.cls JOIN measure m ON m.id = c.measure JOIN class_docs x ON x.cls = c.cls"
        " ORDER BY c.block, g.grp, c.cls"
    )
    db.execute(
        "CREATE TABLE near_key AS SELECT g.grp AS grp, c.key AS key, c.role AS role, c.cls AS cls FROM cand c"
        " JOIN class_group g ON g.cls = c.cls ORDER BY g.grp, c.key, c.role, c.cls"
    )
    db.execute("CREATE INDEX near_key_grp ON near_key (grp)")
    db.execute("COMMIT")
    del first
    decode = msgspec.json.Decoder(_FastMeasure).decode
    pending: list[tuple] = []
    for start in range(1, count + 1, _GROUP_ROWS):  # (rowids from 1, in the order made: no cursor open across groups)
        rows = db.execute("SELECT * FROM class_order WHERE rowid BETWEEN ? AND ?", (start, start + _GROUP_ROWS - 1)).fetchall()
        for row in rows:
            if pending and row[0] != pending[0][0]:
                yield _group(db, pending, decode)
                pending = []
            pending.append(row)
    if pending:
        yield _group(db, pending, decode)


def _candidate_keys(db: sqlite3.Connection, index: _Index, settings: CheckSettings) -> None:
    """Each class's candidate keys into ``cand`` (block, key, 0 indexed / 1 queried, class)."""
    needed = dict(db.execute("SELECT block, count(*) FROM needed GROUP BY block"))
    decode = msgspec.json.Decoder(_FastMeasure).decode
    rows = db.execute(
        "SELECT c.cls, c.block, c.unit, c.polarity, c.outcome, c.population, c.intervention, m.text, x.docs, x.needed"
        " FROM class c JOIN measure m ON m.id = c.measure JOIN class_docs x ON x.cls = c.cls ORDER BY c.cls"
    )
    batch: list[tuple] = []
    db.execute("BEGIN")
    for cls, block, unit, polarity, outcome, population, intervention, text, docs, kept in rows:
        rep = ClassRep(decode(text), _Unit(unit), polarity, outcome, population, intervention)
        docs = _DOCS(docs)
        if needed.get(block, 0) < len(docs):
            docs = _DOCS(kept)
        own, query = candidate_keys(rep, docs, settings, block in index.wild)
        batch += ((block, k, 0, cls) for k in dict.fromkeys(own))
        batch += ((block, k, 1, cls) for k in dict.fromkeys(query))
        if len(batch) >= _BATCH:
            db.executemany("INSERT INTO cand VALUES (?, ?, ?, ?)", batch)
            batch.clear()
    db.executemany("INSERT INTO cand VALUES (?, ?, ?, ?)", batch)
    db.execute("COMMIT")


def _joined(db: sqlite3.Connection, count: int) -> array:
    """The first class of each class's candidate group (classes joined when one is indexed and
    another queries under one key of their block), by union-find over arrays (8 bytes a class)."""
    parent = array("i", range(count))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    rows = db.execute("SELECT block, key, role, cls FROM cand ORDER BY block, key, role")
    for _, under in groupby(rows, key=lambda r: (r[0], r[1])):
        under = list(under)
        if under[0][2] != 0 or under[-1][2] != 1:  # indexed and queried under the key, or it joins nothing
            continue
        top = root(under[0][3])
        for row in under[1:]:
            other = root(row[3])
            if other != top:
                parent[other] = top
    first, group = array("i", [-1]) * count, array("i", [0]) * count
    for cls in range(count):  # classes are numbered in input order: a group's first class is its lowest
        top = root(cls)
        if first[top] < 0:
            first[top] = cls
        group[cls] = first[top]
    return group


def _group(db: sqlite3.Connection, rows: list[tuple], decode: Callable[[bytes], Any]) -> Group:
    """The group of ``rows`` (of ``class_order``): its classes' records, documents and neighbours
    (their candidate keys read in key order, one key's classes at a time)."""
    members = [row[1] for row in rows]
    names: dict[str, str] = {}  # one string per document
    measures: dict[bytes, Any] = {}
    infos = {}
    for _, cls, first, unit, polarity, outcome, population, intervention, text, docs in rows:
        measure = measures.get(text)
        if measure is None:
            measure = measures[text] = _interned(decode(text))
        docs = frozenset(names.setdefault(d, d) for d in _DOCS(docs))
        infos[cls] = ClassInfo(ClassRep(measure, _Unit(unit), polarity, outcome, population, intervention), first, docs)
    del measures, names
    if len(members) == 1:
        return Group(members, {members[0]: members}, infos)
    keys = db.execute("SELECT key, role, cls FROM near_key WHERE grp = ? ORDER BY rowid", (rows[0][0],))
    return Group(members, _Neighbours.from_sorted(members, {cls: infos[cls].first for cls in members}, keys), infos)


def _write_groups(reader: _Reader, db: sqlite3.Connection, out: Union[str, Path, IO[str]]) -> int:
    """The claim groups, as group_claims orders them (most sources first, then label and key);
    returns how many were written."""
    rows = db.execute("SELECT key, offset FROM claim_group ORDER BY key, ordinal")
    batch: list[tuple] = []
    count = 0
    for key, group in groupby(rows, key=lambda r: r[0]):
        record = make_group(key, (reader.claim(offset) for _, offset in group))  # a claim at a time, not kept
        count += 1
        batch.append((record.n_sources, record.label, record.group_key, record.model_dump_json()))
        if len(batch) >= _GROUP_BATCH:
            db.executemany("INSERT INTO group_record VALUES (?, ?, ?, ?)", batch)
            batch.clear()
    db.executemany("INSERT INTO group_record VALUES (?, ?, ?, ?)", batch)
    lines = db.execute("SELECT line FROM group_record ORDER BY n_sources DESC, label, key")
    if hasattr(out, "write"):
        out.writelines(line + "\n" for (line,) in lines)
        return count
    with Path(out).open("w", encoding="utf-8", newline="\n") as sink:
        sink.writelines(line + "\n" for (line,) in lines)
    return count
