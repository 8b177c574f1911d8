"""Verdicts in SQLite next to the outputs (``DIR/review.sqlite``), with an append-only history.

Every verdict is one transaction: a row appended to ``history`` (who, what, when, the conflict
as it was seen) and the conflict's row in ``verdicts`` pointed at it, its revision counted.
Triggers refuse any UPDATE or DELETE of ``history``. The database is in WAL mode with a busy
timeout, so reviewers saving at once wait for each other instead of failing. Verdicts are keyed
by the stable ``conflict_id``: they reattach to a conflict a re-run flags again, and stay for a
conflict that no longer occurs (the app shows it as gone, from the stored snapshot).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional, get_args

from extract.records import Conflict
from extract.records.models import VerdictKind

#: The database file, in the output folder.
DB_FILE = "review.sqlite"
#: Version of the database layout (``PRAGMA user_version``).
DB_VERSION = 1
#: The verdicts a reviewer can give, in the order the form shows them.
VERDICTS: tuple[str, ...] = get_args(VerdictKind)
#: How verdicts read in the app.
VERDICT_LABELS = {
    "confirmed_conflict": "confirmed conflict",
    "not_a_conflict": "not a conflict",
    "extraction_error": "extraction error",
    "needs_expert": "needs an expert",
}
MAX_REVIEWER = 100
MAX_COMMENT = 10_000
#: Milliseconds a writer waits for another's transaction before giving up.
BUSY_TIMEOUT_MS = 30_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conflict_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    comment TEXT NOT NULL,
    wrong_claim_ids TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    conflict TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_conflict ON history (conflict_id, id);
CREATE TABLE IF NOT EXISTS verdicts (
    conflict_id TEXT PRIMARY KEY,
    history_id INTEGER NOT NULL REFERENCES history (id),
    revision INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
"""


class VerdictError(ValueError):
    """A verdict that cannot be recorded; the message says what to correct."""


class StoreError(Exception):
    """The database cannot be opened or written; the message names it and the reason."""


@dataclass(frozen=True)
class HistoryEntry:
    """One verdict as it was given: who, what, when."""

    id: int
    conflict_id: str
    verdict: str
    reviewer: str
    comment: str
    wrong_claim_ids: tuple[str, ...]
    decided_at: str

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self.verdict]


@dataclass(frozen=True)
class StoredVerdict(HistoryEntry):
    """The latest verdict on a conflict, its revision, and the conflict as the reviewer saw it."""

    revision: int
    conflict: Conflict


def check_verdict(
    conflict: Conflict, verdict: str, reviewer: str, comment: str, wrong_claim_ids: Sequence[str]
) -> tuple[str, str, tuple[str, ...]]:
    """The reviewer name and comment cleaned, and the wrong claims; or a VerdictError saying what is wrong."""
    problems = []
    if verdict not in VERDICTS:
        problems.append(f"choose a verdict ({', '.join(VERDICT_LABELS.values())})")
    reviewer = " ".join(reviewer.split())
    if not reviewer:
        problems.append("give your name as the reviewer")
    elif len(reviewer) > MAX_REVIEWER or not reviewer.isprintable():
        problems.append(f"the reviewer name must be printable text of at most {MAX_REVIEWER} characters")
    comment = comment.replace("\r\n", "\n").strip()
    if len(comment) > MAX_COMMENT:
        problems.append(f"the comment is longer than {MAX_COMMENT} characters")
    wrong = tuple(dict.fromkeys(wrong_claim_ids))
    if any(i not in conflict.claim_ids for i in wrong):
        problems.append("the wrongly extracted claims must be claims of this conflict")
    elif verdict == "extraction_error" and not wrong:
        problems.append("for an extraction error, tick the claim (or claims) that was extracted wrongly")
    elif verdict in VERDICTS and verdict != "extraction_error" and wrong:
        problems.append("tick wrongly extracted claims only with the verdict 'extraction error'")
    if problems:
        raise VerdictError("; ".join(problems))
    return reviewer, comment, wrong


def utc_now() -> str:
    """Now, ISO 8601 in UTC, to the microsecond (verdicts saved at once stay ordered)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class VerdictStore:
    """The verdicts of one output folder. Safe to share between threads: every call opens its own connection."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            with self._connect() as db:
                db.execute("PRAGMA journal_mode=WAL")
                db.executescript(_SCHEMA)
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version not in (0, DB_VERSION):
                    raise StoreError(f"{self.path} was written by a newer version of evidence (layout {version})")
                db.execute(f"PRAGMA user_version={DB_VERSION}")
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the verdict database {self.path}: {e}") from e

    @classmethod
    def in_folder(cls, folder: str | Path) -> VerdictStore:
        """The store of an output folder: ``folder/review.sqlite``, created if needed."""
        return cls(Path(folder) / DB_FILE)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection in autocommit mode (transactions are explicit), closed afterwards."""
        with closing(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)) as db:
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys=ON")
            yield db

    def record(
        self, conflict: Conflict, verdict: str, reviewer: str, comment: str = "", wrong_claim_ids: Sequence[str] = ()
    ) -> StoredVerdict:
        """Record a verdict on ``conflict`` in one transaction; return it as stored.

        Raises:
            VerdictError: the verdict, reviewer, comment or wrong claims are not valid (nothing is written).
            StoreError: the database could not be written (nothing is written).
        """
        reviewer, comment, wrong = check_verdict(conflict, verdict, reviewer, comment, wrong_claim_ids)
        decided_at = utc_now()
        row = (conflict.conflict_id, verdict, reviewer, comment, json.dumps(list(wrong)), decided_at)
        try:
            with self._connect() as db:
                db.execute("BEGIN IMMEDIATE")
                try:
                    cursor = db.execute(
                        "INSERT INTO history (conflict_id, verdict, reviewer, comment, wrong_claim_ids, decided_at,"
                        " conflict) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (*row, conflict.model_dump_json()),
                    )
                    history_id = cursor.lastrowid
                    db.execute(
                        "INSERT INTO verdicts (conflict_id, history_id, revision) VALUES (?, ?, 1)"
                        " ON CONFLICT (conflict_id) DO UPDATE SET history_id = excluded.history_id,"
                        " revision = verdicts.revision + 1",
                        (conflict.conflict_id, history_id),
                    )
                    revision = db.execute(
                        "SELECT revision FROM verdicts WHERE conflict_id = ?", (conflict.conflict_id,)
                    ).fetchone()[0]
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
        except sqlite3.Error as e:
            raise StoreError(f"cannot save the verdict in {self.path}: {e}") from e
        return StoredVerdict(history_id, conflict.conflict_id, verdict, reviewer, comment, wrong, decided_at, revision, conflict)

    _LATEST = (
        "SELECT h.id, h.conflict_id, h.verdict, h.reviewer, h.comment, h.wrong_claim_ids, h.decided_at,"
        " v.revision, h.conflict FROM verdicts v JOIN history h ON h.id = v.history_id"
    )

    def latest(self, conflict_id: str) -> Optional[StoredVerdict]:
        """The latest verdict on a conflict, or None."""
        with self._connect() as db:
            row = db.execute(self._LATEST + " WHERE v.conflict_id = ?", (conflict_id,)).fetchone()
        return _stored(row) if row else None

    def all_latest(self) -> dict[str, StoredVerdict]:
        """The latest verdict on every conflict that has one, by conflict id."""
        with self._connect() as db:
            rows = db.execute(self._LATEST + " ORDER BY v.conflict_id").fetchall()
        return {row[1]: _stored(row) for row in rows}

    def history(self, conflict_id: Optional[str] = None) -> list[HistoryEntry]:
        """Every verdict given (on one conflict, or on all), oldest first."""
        query = "SELECT id, conflict_id, verdict, reviewer, comment, wrong_claim_ids, decided_at FROM history"
        with self._connect() as db:
            if conflict_id is None:
                rows = db.execute(query + " ORDER BY id").fetchall()
            else:
                rows = db.execute(query + " WHERE conflict_id = ? ORDER BY id", (conflict_id,)).fetchall()
        return [HistoryEntry(*row[:5], tuple(json.loads(row[5])), row[6]) for row in rows]

    def secret(self) -> str:
        """A random secret kept in the database (signs the app's session cookies), made on first use."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT value FROM meta WHERE key = 'secret'").fetchone()
            if row is None:
                row = (secrets.token_hex(32),)
                db.execute("INSERT INTO meta (key, value) VALUES ('secret', ?)", row)
            db.execute("COMMIT")
        return row[0]


def _stored(row: tuple) -> StoredVerdict:
    """A StoredVerdict from a row of the latest-verdict query."""
    id_, conflict_id, verdict, reviewer, comment, wrong, decided_at, revision, conflict = row
    return StoredVerdict(
        id_, conflict_id, verdict, reviewer, comment, tuple(json.loads(wrong)), decided_at, revision,
        Conflict.model_validate_json(conflict),
    )
