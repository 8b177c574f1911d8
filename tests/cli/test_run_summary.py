"""The summary `evidence run` prints is read line by line from the run's files: its counts, its
cap on listed documents, and no pandas (nor spaCy's command line) in the process of a run."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.cli.run import SUMMARY_ROWS, summary_counts


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_summary_counts_claims_by_document_and_kind_and_conflicts_by_document(tmp_path: Path) -> None:
    _write(tmp_path / "claims.jsonl", [
        {"doc_id": "a", "type": "statistic", "value": {"unit": "proportion"}},
        {"doc_id": "a", "type": "statistic", "value": {"unit": "count"}},
        {"doc_id": "a", "type": "cause"},
        {"doc_id": "b", "type": "statistic", "value": {"unit": "proportion"}},
    ])
    conflicts = [
        {"kind": "contradiction", "severity": "high", "figures": [{"doc_id": "a", "surface": "20%"}, {"doc_id": "b", "surface": "15%"}]},
        {"kind": "opposing_claims", "severity": "medium", "figures": [], "statements": [{"doc_id": "b", "label": "X helps"}]},
    ] + [{"kind": "divergent", "severity": "low", "figures": [{"doc_id": "a", "surface": f"{k}%"}]} for k in range(12)]
    _write(tmp_path / "conflicts.jsonl", conflicts)
    per_doc, kinds, flagged, top, by_kind, by_severity = summary_counts(tmp_path)
    assert per_doc["a"] == {"proportion": 1, "count": 1, "cause": 1} and per_doc["b"] == {"proportion": 1}
    assert kinds == {"proportion": 2, "count": 1, "cause": 1}
    assert flagged == {"a": 13, "b": 2}
    assert [c["kind"] for c in top[:2]] == ["contradiction", "opposing_claims"] and len(top) == 10  # the file's first ten
    assert by_kind == {"contradiction": 1, "opposing_claims": 1, "divergent": 12}
    assert by_severity == {"high": 1, "medium": 1, "low": 12}


def test_a_malformed_output_line_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    from extract.runner.read import RecordError

    (tmp_path / "claims.jsonl").write_text('{"doc_id": "a", "type": "cause"}\n{"doc_id": \n', encoding="utf-8")
    with pytest.raises(RecordError, match=r"claims.jsonl line 2"):
        summary_counts(tmp_path)


def test_summary_of_a_run_without_claims_or_conflicts_is_empty(tmp_path: Path) -> None:
    per_doc, kinds, flagged, top, by_kind, _ = summary_counts(tmp_path)
    assert (per_doc, kinds, flagged, top, by_kind) == ({}, {}, {}, [], {})


def test_a_big_run_lists_its_first_documents_and_counts_the_rest(tmp_path: Path) -> None:
    """`evidence run` over more documents than the summary lists: the table ends with how many
    more there are, and the totals count them all; pandas is never imported for the summary."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    n = SUMMARY_ROWS + 3
    for k in range(n):
        (inputs / f"page{k:03d}.txt").write_text(f"About {10 + k}% of patients had back pain after surgery.\n", encoding="utf-8")
    command = [sys.executable, "-X", "importtime", "-m", "extract.cli", "run", str(inputs), "--out", str(tmp_path / "out"), "--no-link"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "page000.txt" in out and f"page{SUMMARY_ROWS - 1:03d}.txt" in out
    assert f"page{SUMMARY_ROWS:03d}.txt" not in out
    assert "... and 3 more (documents.jsonl)" in out
    assert f"Documents read: {n}" in out
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "extract.cli.run" in imported and "pandas" not in imported
    assert "spacy" in imported and "spacy.cli" not in imported  # spaCy's own command line is not loaded
