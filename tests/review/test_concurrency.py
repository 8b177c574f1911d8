"""20 reviewers saving 50 verdicts each at once, against the real threaded server: none is lost,
nothing is corrupted, and the latest verdict of every conflict is its last history row."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from pathlib import Path

from extract.records import Conflict
from extract.review.store import DB_FILE, VERDICTS
from extract.runner import CONFLICTS, iter_jsonl
from tests.review.conftest import csrf_session, post_verdict, serving

CLIENTS = 20
EACH = 50


def test_twenty_clients_posting_fifty_verdicts_each_lose_none(outputs: Path) -> None:
    conflicts = list(iter_jsonl(outputs / CONFLICTS, Conflict))
    failures: list[str] = []
    statuses: Counter[int] = Counter()
    lock = threading.Lock()

    def client(number: int, url: str) -> None:
        try:
            session, token = csrf_session(url, conflicts[0].conflict_id)
            for j in range(EACH):
                conflict = conflicts[(number + j) % len(conflicts)]
                verdict = VERDICTS[(number * EACH + j) % len(VERDICTS)]
                wrong = (conflict.claim_ids[0],) if verdict == "extraction_error" else ()
                response = post_verdict(
                    session, url, token, conflict.conflict_id, verdict, f"reviewer {number}", f"client {number} verdict {j}", wrong
                )
                with lock:
                    statuses[response.status_code] += 1
        except Exception as e:  # noqa: BLE001  (reported below, with the client)
            with lock:
                failures.append(f"client {number}: {e!r}")

    with serving(outputs) as url:
        threads = [threading.Thread(target=client, args=(i, url)) for i in range(CLIENTS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        assert not any(t.is_alive() for t in threads), "a client did not finish in 5 minutes"
    assert failures == []
    assert statuses == Counter({303: CLIENTS * EACH}), statuses

    with sqlite3.connect(outputs / DB_FILE) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        comments = [row[0] for row in db.execute("SELECT comment FROM history")]
        assert len(comments) == CLIENTS * EACH
        assert sorted(comments) == sorted(f"client {i} verdict {j}" for i in range(CLIENTS) for j in range(EACH))
        per_conflict = dict(db.execute("SELECT conflict_id, COUNT(*) FROM history GROUP BY conflict_id"))
        assert sum(per_conflict.values()) == CLIENTS * EACH
        assert set(per_conflict) == {c.conflict_id for c in conflicts}
        latest = db.execute(
            "SELECT v.conflict_id, v.revision, v.history_id, h.verdict, h.comment, h.reviewer FROM verdicts v"
            " JOIN history h ON h.id = v.history_id"
        ).fetchall()
        assert len(latest) == len(conflicts)
        for conflict_id, revision, history_id, verdict, comment, reviewer in latest:
            last = db.execute(
                "SELECT id, verdict, comment, reviewer FROM history WHERE conflict_id = ? ORDER BY id DESC LIMIT 1",
                (conflict_id,),
            ).fetchone()
            assert (history_id, verdict, comment, reviewer) == last
            assert revision == per_conflict[conflict_id]
            client_no, j = (int(x) for x in comment.removeprefix("client ").split(" verdict "))
            assert reviewer == f"reviewer {client_no}"
            assert verdict == VERDICTS[(client_no * EACH + j) % len(VERDICTS)]
