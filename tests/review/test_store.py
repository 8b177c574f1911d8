"""The verdict store and its export: validation, one transaction per verdict, an append-only
history, a secret kept across restarts, and Verdict records valid under schemas/verdict.schema.json."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from extract.records import Conflict, ConflictFigure, Verdict
from extract.review import VerdictError, VerdictStore, export_verdicts
from extract.review.store import DB_FILE, StoreError
from extract.runner import iter_jsonl

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "verdict.schema.json").read_text(encoding="utf-8"))


def conflict(n: int = 1) -> Conflict:
    figures = [
        ConflictFigure(claim_id=f"clm_{n:015x}{k}", doc_id="doc_0000000000000001", surface=s, quote=f"{s} of patients.",
                       point=p, lower=lo, upper=p, qualifier=q)
        for k, (s, p, lo, q) in enumerate([("up to 20%", 0.2, 0.0, "up_to"), ("15%", 0.15, 0.15, "exact")])
    ]  # fmt: skip
    return Conflict(
        conflict_id=f"cfl_{n:016x}", kind="divergent", severity="low", claim_ids=[f.claim_id for f in figures],
        explanation="up to 20% against 15%", measure="outcome=pain", figures=figures,
    )  # fmt: skip


def test_verdicts_count_revisions_and_keep_every_one_in_the_history(tmp_path: Path) -> None:
    store = VerdictStore.in_folder(tmp_path)
    c = conflict()
    first = store.record(c, "needs_expert", "  Ada   Lovelace ", "not sure\r\nat all")
    assert (first.reviewer, first.comment, first.revision) == ("Ada Lovelace", "not sure\nat all", 1)
    second = store.record(c, "extraction_error", "Grace", "15% is of the pain, not of patients", [c.claim_ids[1]])
    assert second.revision == 2 and second.wrong_claim_ids == (c.claim_ids[1],)
    assert store.latest(c.conflict_id) == second
    assert [h.verdict for h in store.history(c.conflict_id)] == ["needs_expert", "extraction_error"]
    assert store.all_latest() == {c.conflict_id: second}
    assert VerdictStore.in_folder(tmp_path).latest(c.conflict_id) == second  # a new store on the same file


@pytest.mark.parametrize(
    "verdict, reviewer, wrong, problem",
    [
        ("approved", "Ada", [], "choose a verdict"),
        ("not_a_conflict", "   ", [], "give your name"),
        ("not_a_conflict", "A\x00da", [], "printable"),
        ("extraction_error", "Ada", [], "tick the claim"),
        ("confirmed_conflict", "Ada", ["FIRST"], "only with the verdict 'extraction error'"),
        ("extraction_error", "Ada", ["clm_other"], "claims of this conflict"),
    ],
)
def test_invalid_verdicts_are_refused_and_nothing_is_written(tmp_path: Path, verdict, reviewer, wrong, problem) -> None:  # noqa: ANN001
    store = VerdictStore.in_folder(tmp_path)
    c = conflict()
    wrong = [c.claim_ids[0] if w == "FIRST" else w for w in wrong]
    with pytest.raises(VerdictError, match=problem):
        store.record(c, verdict, reviewer, "", wrong)
    assert store.history() == [] and store.all_latest() == {}


def test_a_comment_too_long_is_refused(tmp_path: Path) -> None:
    with pytest.raises(VerdictError, match="longer than"):
        VerdictStore.in_folder(tmp_path).record(conflict(), "not_a_conflict", "Ada", "x" * 10_001)


def test_history_is_append_only_and_the_database_in_wal_mode(tmp_path: Path) -> None:
    store = VerdictStore.in_folder(tmp_path)
    store.record(conflict(), "not_a_conflict", "Ada")
    with sqlite3.connect(tmp_path / DB_FILE) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        for statement in ("UPDATE history SET verdict = 'confirmed_conflict'", "DELETE FROM history"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                db.execute(statement)
    assert [h.verdict for h in store.history()] == ["not_a_conflict"]


def test_the_session_secret_is_made_once_and_kept(tmp_path: Path) -> None:
    secret = VerdictStore.in_folder(tmp_path).secret()
    assert len(secret) == 64 and VerdictStore.in_folder(tmp_path).secret() == secret


def test_a_database_that_cannot_be_opened_is_reported_with_its_path(tmp_path: Path) -> None:
    (tmp_path / DB_FILE).write_bytes(b"not a database at all, just bytes" * 100)
    with pytest.raises(StoreError, match=DB_FILE):
        VerdictStore.in_folder(tmp_path)


def test_export_writes_verdict_records_valid_under_the_schema_as_jsonl_and_csv(tmp_path: Path) -> None:
    store = VerdictStore.in_folder(tmp_path)
    a, b = conflict(1), conflict(2)
    store.record(a, "confirmed_conflict", "Ada", 'says "up to" <b>')
    store.record(b, "extraction_error", "Grace", "", [b.claim_ids[0]])
    assert export_verdicts(store, {a.conflict_id}, tmp_path / "v.jsonl") == 2
    lines = (tmp_path / "v.jsonl").read_text(encoding="utf-8").splitlines()
    validator = Draft202012Validator(SCHEMA)
    for line in lines:
        validator.validate(json.loads(line))
    records = {v.conflict_id: v for v in iter_jsonl(tmp_path / "v.jsonl", Verdict)}
    assert records[a.conflict_id].status == "current" and records[b.conflict_id].status == "gone"
    assert records[a.conflict_id].comment == 'says "up to" <b>'
    assert records[b.conflict_id].wrong_claim_ids == [b.claim_ids[0]]
    assert [c.wrong for c in records[b.conflict_id].claims] == [True, False]
    assert [c.surface for c in records[b.conflict_id].claims] == ["up to 20%", "15%"]

    assert export_verdicts(store, {a.conflict_id}, tmp_path / "v.csv") == 2
    with (tmp_path / "v.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["conflict_id"]: r for r in csv.DictReader(handle)}
    assert rows[b.conflict_id]["verdict"] == "extraction_error" and rows[b.conflict_id]["status"] == "gone"
    assert rows[b.conflict_id]["wrong_claim_ids"] == b.claim_ids[0]
    assert rows[a.conflict_id]["surfaces"] == "up to 20%; 15%"

    with pytest.raises(ValueError, match=r"\.jsonl or \.csv"):
        export_verdicts(store, set(), tmp_path / "v.xlsx")


def test_the_verdict_record_requires_wrong_claims_for_extraction_errors_only() -> None:
    base = {
        "conflict_id": "cfl_1", "verdict": "extraction_error", "reviewer": "Ada", "decided_at": "now", "revision": 1,
        "status": "current", "kind": "divergent", "severity": "low", "explanation": "x",
        "claims": [{"claim_id": "clm_1", "doc_id": "doc_1", "surface": "15%", "quote": "15%."}],
    }  # fmt: skip
    with pytest.raises(ValueError, match="wrong_claim_ids"):
        Verdict.model_validate(base)
    with pytest.raises(ValueError, match="claims of the conflict"):
        Verdict.model_validate({**base, "wrong_claim_ids": ["clm_2"]})
    assert Verdict.model_validate({**base, "wrong_claim_ids": ["clm_1"]}).wrong_claim_ids == ["clm_1"]
    with pytest.raises(ValueError, match="wrong_claim_ids"):
        Verdict.model_validate({**base, "verdict": "not_a_conflict", "wrong_claim_ids": ["clm_1"]})
