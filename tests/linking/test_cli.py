"""``evidence kb``: run as a user runs it, in a subprocess, on the session's knowledge base."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


def evidence(*args: str | Path, kb_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    if kb_dir is not None:
        env["EVIDENCE_KB_DIR"] = str(kb_dir)
    command = [sys.executable, "-m", "extract.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def test_lookup_prints_the_candidates(kb_dir: Path) -> None:
    result = evidence("kb", "lookup", "post-laminectomy syndrome", kb_dir=kb_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    first = next(line for line in lines if "EV:failed_back_surgery_syndrome" in line)
    assert "Failed back surgery syndrome" in first and "1.000" in first
    assert any("M96.1" in line and "ICD-10-CM" in line for line in lines)
    assert "links to EV:failed_back_surgery_syndrome" in result.stdout


def test_lookup_with_k_type_and_context(kb_dir: Path) -> None:
    result = evidence("kb", "lookup", "scar tissue", "--k", "2", "--context", "scar tissue around the nerve roots",
                      "--kb-dir", kb_dir)
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if re.match(r"\s+\d+\s+\S+:", line)]
    assert len(rows) == 2 and "EV:epidural_fibrosis" in rows[0]
    result = evidence("kb", "lookup", "weight loss", "--type", "finding", kb_dir=kb_dir)
    assert "links to HP:0001824" in result.stdout
    result = evidence("kb", "lookup", "weight loss", "--type", "symptom", kb_dir=kb_dir)
    assert result.returncode == 2 and "symptom" in result.stderr


def test_lookup_of_junk_says_it_links_to_nothing(kb_dir: Path) -> None:
    result = evidence("kb", "lookup", "call our office", kb_dir=kb_dir)
    assert result.returncode == 0 and "links to nothing" in result.stdout


def test_info_prints_the_manifest_and_load_seconds(kb_dir: Path) -> None:
    result = evidence("kb", "info", kb_dir=kb_dir)
    assert result.returncode == 0, result.stderr
    for text in ("HPO", "2025-01-16", "ICD-10-CM", "EV", "load seconds: exact-alias table", "ANN index"):
        assert text in result.stdout


def test_build_reuses_an_up_to_date_knowledge_base(kb_dir: Path) -> None:
    before = (kb_dir / "kb.json").read_text()
    result = evidence("kb", "build", kb_dir=kb_dir)
    assert result.returncode == 0, result.stderr
    assert "HPO" in result.stdout and "up to date: not rebuilt" in result.stdout
    assert (kb_dir / "kb.json").read_text() == before  # not rebuilt


def test_info_without_a_knowledge_base_says_what_to_do(tmp_path: Path) -> None:
    result = evidence("kb", "info", "--kb-dir", tmp_path / "none")
    assert result.returncode == 1
    assert "evidence kb build" in result.stderr and "Traceback" not in result.stderr


def test_help_texts() -> None:
    result = evidence("kb", "--help")
    assert result.returncode == 0
    for command in ("build", "lookup", "info"):
        assert command in result.stdout
    assert "--force" in evidence("kb", "build", "--help").stdout
