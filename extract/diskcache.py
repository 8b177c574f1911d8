"""Per-machine caches of what a process would otherwise rebuild at every start.

A cold start reads the same files and builds the same structures every time: the compiled
regular expressions of the rules (:mod:`extract.regexcache`), the knowledge base's alias table
and index (:mod:`extract.linking.derived`), the English lexicon (:mod:`extract.lexicon`).
This module holds what they share: where the caches live, how a cache folder is published
(complete or not at all), and a checksummed ``marshal`` file format.

The folder is ``$EVIDENCE_CACHE_DIR``, else ``$XDG_CACHE_HOME/evidence-extract`` or
``~/.cache/evidence-extract``. A cache is never needed: a missing, unwritable, damaged or
foreign one is ignored (logged at debug level) and the data built from its sources again.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Optional, Sequence, TypeVar

_LOG = logging.getLogger(__name__)

#: Environment variable of the folder for the project's caches.
CACHE_ENV_VAR = "EVIDENCE_CACHE_DIR"
#: Version of the file layout below.
FORMAT = 1

_MAGIC = b"EVKB"
T = TypeVar("T")


def cache_root() -> Path:
    """The folder of the project's per-machine caches: ``$EVIDENCE_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/evidence-extract`` or ``~/.cache/evidence-extract``."""
    base = os.environ.get(CACHE_ENV_VAR)
    if base:
        return Path(base).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "evidence-extract"


def source_key(sources: Sequence[Path], *extra: str) -> str:
    """A short hash of ``sources`` as they are now (path, size, modification time) and ``extra``
    (versions): a changed or replaced source gives another key."""
    parts = [str(FORMAT), *extra]
    for source in sources:
        stat = Path(source).stat()
        parts += [str(Path(source).resolve()), str(stat.st_size), str(stat.st_mtime_ns)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]


def place_key(path: Path) -> str:
    """A short hash of where ``path`` is (resolved): put in a cache folder's kind, it lets two
    checkouts or installs sharing the cache keep a copy each (:func:`publish` replaces only
    folders of the same kind)."""
    return hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:8]


def publish(final: Path, write: Callable[[Path], None]) -> None:
    """Write a cache folder under a temporary name with ``write`` and rename it to ``final``
    (another process sees all of it or none); then remove the other folders of the same kind
    (the part of the name before the last ``-``: the caches of older sources). Errors are logged."""
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=final.parent, prefix=final.name + ".tmp"))
    except OSError as e:
        _LOG.debug("cache: cannot write in %s: %s", final.parent, e)
        return
    try:
        write(tmp)
        os.replace(tmp, final)
    except OSError as e:  # another process published it first, or the disk is full
        _LOG.debug("cache: %s not written: %s", final, e)
        shutil.rmtree(tmp, ignore_errors=True)
        return
    kind = final.name.rsplit("-", 1)[0] + "-"
    for other in final.parent.iterdir():
        if other != final and other.name.startswith(kind) and ".tmp" not in other.name:
            shutil.rmtree(other, ignore_errors=True)


def write_marshal(path: Path, data: Any) -> None:
    """``data`` (built-in types only) as ``marshal`` bytes behind a magic number and a checksum."""
    payload = marshal.dumps(data)
    path.write_bytes(_MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload)


def read_marshal(path: Path) -> Optional[Any]:
    """The data of a file :func:`write_marshal` wrote, or None when it is missing, damaged or
    written by another Python (marshal's format is the interpreter's)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 32
    payload = raw[head:]
    if not raw.startswith(_MAGIC) or hashlib.blake2b(payload, digest_size=32).digest() != raw[len(_MAGIC) : head]:
        _LOG.debug("cache %s: damaged; ignored", path)
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def cached_marshal(folder: Path, build: Callable[[], T], name: str = "data.marshal") -> T:
    """``build()`` read from ``folder/name`` when a process cached it there, else built and
    cached (``folder`` named ``<kind>-<key>``, see :func:`source_key`)."""
    found = read_marshal(folder / name)
    if found is not None:
        return found
    shutil.rmtree(folder, ignore_errors=True)  # damaged or half-removed: written again below
    data = build()
    publish(folder, lambda tmp: write_marshal(tmp / name, data))
    return data
