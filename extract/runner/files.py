"""The output files of a run, and writing them so that a crash never leaves a mixed folder.

Every file is first written in full under a hidden temporary name in the output folder and
flushed to disk (``fsync``); only when all of a run's files are ready are they moved over the
old ones with ``os.replace``, which is atomic. Until then the previous run's files stay as
they were, and a failed run removes its temporary files.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO, Any

#: One Document per line, including its text (the text every offset refers to).
DOCUMENTS = "documents.jsonl"
#: One claim per line: documents in input order, claims by offset.
CLAIMS = "claims.jsonl"
#: One group of qualitative claims per line (the same claim in several documents): most sources first.
CLAIM_GROUPS = "claim_groups.jsonl"
#: One conflict per line: by severity (high first), then by id.
CONFLICTS = "conflicts.jsonl"
#: The RunInfo record: versions, options, counts, timings, skipped inputs.
RUN_INFO = "run.json"
#: Every file a run writes, in the order they are swapped in (run.json last).
OUTPUT_FILES = (DOCUMENTS, CLAIMS, CLAIM_GROUPS, CONFLICTS, RUN_INFO)
#: The claims as the columns of ``read_claims``, when asked for (``evidence run --parquet``).
CLAIMS_PARQUET = "claims.parquet"


class StagedFiles:
    """Files written under temporary names in one folder, then swapped in together.

    Nothing in the folder changes until :meth:`commit`, which replaces the targets in the
    order they were staged (stage ``run.json`` last: it then marks a complete swap), and
    deletes the targets staged for removal. Leaving the ``with`` block without committing
    deletes the temporary files.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._staged: dict[str, Path | None] = {}  # None: remove the target

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.discard()

    @contextmanager
    def open(self, name: str, *, binary: bool = False) -> Iterator[IO[Any]]:
        """A UTF-8 text file (or a binary file) for the content of ``name``; staged if the block
        ends without error."""
        if name in self._staged:
            raise ValueError(f"{name} is already staged in {self.folder}")
        temp = self.folder / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            with (temp.open("xb") if binary else temp.open("x", encoding="utf-8", newline="\n")) as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        self._staged[name] = temp

    def write_lines(self, name: str, lines: Iterable[str]) -> None:
        """Stage ``name`` with one line per item (each ending in a newline)."""
        with self.open(name) as handle:
            for line in lines:
                handle.write(line + "\n")

    def path(self, name: str) -> Path:
        """The temporary file of ``name``, written and staged (to read it back before the commit)."""
        temp = self._staged.get(name)
        if temp is None:
            raise KeyError(f"{name} is not staged in {self.folder}")
        return temp

    def remove(self, name: str) -> None:
        """Stage the removal of ``name`` (a file a previous run wrote and this one does not)."""
        if name in self._staged:
            raise ValueError(f"{name} is already staged in {self.folder}")
        self._staged[name] = None

    def commit(self) -> list[Path]:
        """Move every staged file over its target and delete the targets staged for removal, in
        staging order; return the targets written."""
        targets = []
        while self._staged:
            name = next(iter(self._staged))
            temp = self._staged.pop(name)
            if temp is None:
                (self.folder / name).unlink(missing_ok=True)
                continue
            os.replace(temp, self.folder / name)
            targets.append(self.folder / name)
        _fsync_folder(self.folder)
        return targets

    def discard(self) -> None:
        """Delete the temporary files not yet committed."""
        for temp in self._staged.values():
            if temp is not None:
                temp.unlink(missing_ok=True)
        self._staged.clear()


def _fsync_folder(folder: Path) -> None:
    """Flush the folder entry so the renames survive a power cut (not possible on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
