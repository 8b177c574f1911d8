"""Regular expressions compiled once per machine, not once per process: a drop-in for ``re``.

The claim, figure and assertion rules are several hundred regular expressions, many of them long
alternations of cue phrases. Python compiles a pattern in pure Python (``re._parser`` and
``re._compiler``), about a second of every cold start for these rules, and the result of that
compilation depends on nothing but the pattern, its flags and the Python version. This module
keeps it on disk: the compiled program of each pattern (the ``code`` list ``re._compiler``
hands to ``_sre.compile``, its group count and names) is saved in one file per Python version,
and a later process builds the ``re.Pattern`` straight from it with ``_sre.compile``. A pattern
built this way is the pattern ``re.compile`` builds: the same ``pattern``, ``flags`` and
program, and ``re.Pattern.__eq__`` (which compares the programs) says so (checked in
``tests/test_regexcache.py``). So it matches exactly what the regex matches.

Use it in place of ``re`` (``from extract import regexcache as re``): :func:`compile` and the
module-level functions that take a pattern (``search``, ``match``, ``fullmatch``, ``finditer``,
``findall``, ``sub``, ``subn``, ``split``) go through the cache; every other name (flags,
``escape``, ``Pattern``, ``Match``, ``error``) is ``re``'s own. Patterns that are not plain
``str`` (bytes, string subclasses, compiled patterns) and the DEBUG flag go to ``re`` as they are.

The cache file lives in ``$EVIDENCE_CACHE_DIR/regex/`` (default ``$XDG_CACHE_HOME`` or
``~/.cache``, then ``evidence-extract/regex/``), named after the Python version and the
``_sre`` engine's magic number, so another Python never reads it. It carries a checksum: a
truncated, corrupt or foreign file is ignored (and later replaced), and a program ``_sre``
rejects falls back to compiling. The patterns compiled by a process are added to the file when
it exits (:func:`save`; written to a temporary file and renamed, so concurrent processes never
see half a file). ``EVIDENCE_REGEX_CACHE=0`` turns the cache off. Importing this module reads
nothing: the file is read when the first pattern is compiled.

Only the patterns of the package's code and data files belong here (the rules: a fixed set,
the same in every process). A pattern built from a document's text (an escaped phrase or short
form of the document) would be new in every process and make the file and this process's
memory grow with the documents read: such patterns are compiled with ``re`` itself, whose own
cache is bounded (``extract.linking.measures`` imports it as ``text_re``; checked in
``tests/test_regexcache.py``).
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import marshal
import os
import re as _re
import sys
import tempfile
import threading
from array import array
from pathlib import Path
from typing import Any, Optional

from extract.diskcache import CACHE_ENV_VAR, cache_root

_LOG = logging.getLogger(__name__)

#: Set to ``0`` to compile every pattern in every process, as ``re`` does.
SWITCH_ENV_VAR = "EVIDENCE_REGEX_CACHE"
#: Most patterns kept on disk; beyond it, those this process did not use are dropped first.
MAX_ENTRIES = 4_000  # a run of the pipeline uses about 1,000
#: Most bytes of compiled programs kept on disk, with the same order of dropping: a few cue
#: patterns compile to programs of 200 KB and more, so a count alone let the file grow past
#: 100 MB (when patterns built from document text still came here), whose reading and
#: rewriting then cost more than compiling.
MAX_BYTES = 24_000_000
#: Most compiled patterns kept in memory (as ``re``'s own cache, the oldest goes first).
MAX_MEMORY = 20_000
#: Version of the file layout below.
FORMAT = 1

_FILE_MAGIC = b"EVRX"
#: Flags compiled by ``re`` itself: debug output is printed while compiling, TEMPLATE warns.
_UNCACHED_FLAGS = int(_re.DEBUG) | int(getattr(_re, "TEMPLATE", 0))
_lock = threading.RLock()
_memory: dict[tuple[type, Any, int], _re.Pattern] = {}
_disk: Optional[dict[tuple[str, int], tuple]] = None  # (pattern, flags) -> compiled parts, once read
_new: dict[tuple[str, int], tuple] = {}  # compiled here, not yet saved
_used: set[tuple[str, int]] = set()
_registered = False


def _internals() -> Optional[tuple[Any, Any, Any]]:
    """``re._parser``, ``re._compiler`` and ``_sre`` when they have the shape this module relies
    on (CPython 3.11 and 3.12), else None: the cache then stays off."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - another Python implementation
        return None
    if not (hasattr(_parser, "parse") and hasattr(_compiler, "_code") and hasattr(_sre, "compile")):
        return None  # pragma: no cover
    return _parser, _compiler, _sre


_INTERNALS = _internals()


def enabled() -> bool:
    """Whether patterns are read from and saved to the disk cache."""
    return _INTERNALS is not None and os.environ.get(SWITCH_ENV_VAR, "1") != "0"


def cache_path() -> Path:
    """The cache file of this Python version (it may not exist yet)."""
    return cache_root() / "regex" / f"{_version_key()}.bin"


def _version_key() -> str:
    """What the compiled programs depend on: the interpreter, its version, the regex engine's
    magic number and code size, and this file's layout."""
    import _sre

    magic = getattr(_sre, "MAGIC", 0)
    return f"{sys.implementation.cache_tag}-{sys.hexversion:x}-sre{magic}-{_sre.CODESIZE}-v{FORMAT}"


# -- compiling --------------------------------------------------------------------------------


def _parts(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, the code as an array's bytes."""
    parser, compiler, _ = _INTERNALS  # type: ignore[misc]
    p = parser.parse(pattern, flags)
    code = compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | p.state.flags, array("I", code).tobytes(), p.state.groups - 1, groupindex, tuple(indexgroup))


def _build(pattern: str, parts: tuple) -> _re.Pattern:
    """The ``re.Pattern`` of ``pattern`` from its compiled parts."""
    _, _, sre = _INTERNALS  # type: ignore[misc]
    flags, code, groups, groupindex, indexgroup = parts
    return sre.compile(pattern, flags, array("I", code).tolist(), groups, dict(groupindex), tuple(indexgroup))


def compile(pattern: Any, flags: int = 0) -> _re.Pattern:  # noqa: A001 - the name ``re`` gives it
    """``re.compile(pattern, flags)``, from the disk cache when the pattern was compiled before."""
    # a flag (``re.I``, an ``IntFlag``) is equal to its int and hashes as it: the key of a pattern
    # compiled before is found without converting the flags (the rules call this some 100 times a sentence)
    found = _memory.get((type(pattern), pattern, flags))
    if found is not None:
        return found
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    if type(pattern) is not str or flags & _UNCACHED_FLAGS or not enabled():
        return _re.compile(pattern, flags)  # compiled patterns, bytes, debug output: re's own way
    with _lock:
        compiled = _from_disk(pattern, flags)
        if compiled is None:
            compiled = _compile_new(pattern, flags)
        if len(_memory) >= MAX_MEMORY:
            _memory.pop(next(iter(_memory)), None)
        _memory[key] = compiled
    return compiled


def _from_disk(pattern: str, flags: int) -> Optional[_re.Pattern]:
    global _disk
    if _disk is None:
        _disk = _read(cache_path())
    parts = _disk.get((pattern, flags))
    if parts is None:
        return None
    try:
        compiled = _build(pattern, parts)
    except (RuntimeError, TypeError, ValueError, OverflowError) as e:  # a program _sre rejects: compile it again
        _LOG.debug("regex cache: entry of %r rejected (%s); compiling it", pattern[:60], e)
        del _disk[(pattern, flags)]
        return None
    _used.add((pattern, flags))
    return compiled


def _compile_new(pattern: str, flags: int) -> _re.Pattern:
    global _registered
    compiled = _re.compile(pattern, flags)  # errors and warnings exactly as re gives them
    try:
        parts = _parts(pattern, flags)
    except Exception as e:  # pragma: no cover - re compiled it, so this does not happen
        _LOG.debug("regex cache: cannot cache %r: %s", pattern[:60], e)
        return compiled
    _new[(pattern, flags)] = parts
    _used.add((pattern, flags))
    if not _registered:
        atexit.register(save)
        _registered = True
    return compiled


# -- the file ---------------------------------------------------------------------------------


def _read(path: Path) -> dict[tuple[str, int], tuple]:
    """The entries of the cache file, or none when it is missing, unreadable, corrupt or not
    this Python's (logged at debug level: the cache is an optimisation, never an error)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    head = len(_FILE_MAGIC) + 32
    if len(raw) < head or not raw.startswith(_FILE_MAGIC):
        _LOG.debug("regex cache %s: not a cache file; ignored", path)
        return {}
    digest, payload = raw[len(_FILE_MAGIC) : head], raw[head:]
    if hashlib.blake2b(payload, digest_size=32).digest() != digest:
        _LOG.debug("regex cache %s: checksum mismatch; ignored", path)
        return {}
    try:
        version, entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError) as e:
        _LOG.debug("regex cache %s: unreadable (%s); ignored", path, e)
        return {}
    if version != _version_key() or not isinstance(entries, dict):
        return {}
    return entries


def save(path: Optional[Path] = None) -> int:
    """Add the patterns compiled by this process to the cache file; the number of new entries
    written (0 when there were none, the cache is off, or the folder cannot be written)."""
    with _lock:
        if not _new or not enabled():
            return 0
        path = path or cache_path()
        entries = {**_read(path), **_new}
        entries = _bounded(entries)
        payload = marshal.dumps((_version_key(), entries))
        data = _FILE_MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as e:
            _LOG.debug("regex cache: cannot write %s: %s", path, e)
            return 0
        written = len(_new)
        _new.clear()
        return written


def _bounded(entries: dict[tuple[str, int], tuple]) -> dict[tuple[str, int], tuple]:
    """At most :data:`MAX_ENTRIES` entries of at most :data:`MAX_BYTES` in all: those this
    process used are kept first, then the most recently added."""
    order = [k for k in entries if k not in _used] + [k for k in entries if k in _used]
    kept: list[tuple[str, int]] = []
    size = 0
    for key in reversed(order):
        cost = len(marshal.dumps(entries[key])) + len(key[0])
        if len(kept) >= MAX_ENTRIES or size + cost > MAX_BYTES:
            continue
        kept.append(key)
        size += cost
    return {k: entries[k] for k in reversed(kept)}


def clear_memory() -> None:
    """Forget the patterns of this process (the next ones come from the file, or are compiled)."""
    global _disk
    with _lock:
        _memory.clear()
        _new.clear()
        _used.clear()
        _disk = None


# -- re's module-level functions, through the cache -------------------------------------------


def search(pattern: Any, string: str, flags: int = 0) -> Optional[_re.Match]:
    return compile(pattern, flags).search(string)


def match(pattern: Any, string: str, flags: int = 0) -> Optional[_re.Match]:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> Optional[_re.Match]:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: Any, string: str, flags: int = 0):  # noqa: ANN201 - an iterator of matches
    return compile(pattern, flags).finditer(string)


def findall(pattern: Any, string: str, flags: int = 0) -> list:
    return compile(pattern, flags).findall(string)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list:
    return compile(pattern, flags).split(string, maxsplit)


#: ``re``'s flags and the names the rules read most, bound here: a name that :func:`__getattr__`
#: finds costs a Python call at every use (``re.I`` in a rule's ``re.search(..., re.I)``).
A, ASCII, DOTALL, I, IGNORECASE, L, LOCALE, M, MULTILINE, S, U, UNICODE, X, VERBOSE = (
    _re.A, _re.ASCII, _re.DOTALL, _re.I, _re.IGNORECASE, _re.L, _re.LOCALE, _re.M, _re.MULTILINE, _re.S, _re.U,
    _re.UNICODE, _re.X, _re.VERBOSE,
)
Pattern, Match, error, escape, RegexFlag = _re.Pattern, _re.Match, _re.error, _re.escape, _re.RegexFlag


def __getattr__(name: str) -> Any:
    """Every other name is ``re``'s (``purge``, ``NOFLAG`` ...)."""
    return getattr(_re, name)
