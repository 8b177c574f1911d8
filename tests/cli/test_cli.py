"""Tests of the ``evidence`` command, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import extract
from extract.runner import OUTPUT_FILES

COMMITTED_SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"

GOOD = "Up to 20% of patients have persistent pain after lumbar spine surgery.\n"
OTHER = "About 45 percent of 120 patients reported relief at 12 months.\n"


def evidence(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m extract.cli ARGS`` (what the ``evidence`` script runs) and capture its output."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb"}
    command = [sys.executable, "-m", "extract.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def no_traceback(result: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in result.stdout + result.stderr


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two good documents and an empty one."""
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def completed_run(
    inputs: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """``evidence run`` on the inputs and a path that does not exist."""
    out = tmp_path_factory.mktemp("out")
    return evidence("run", inputs, inputs / "missing.txt", "--out", out), out


def test_run_exits_0_and_writes_every_output(completed_run: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, out = completed_run
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)


def test_run_prints_a_summary_with_counts(completed_run: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, out = completed_run
    counts = json.loads((out / "run.json").read_text(encoding="utf-8"))["counts"]
    assert "Documents read: 2" in result.stdout
    assert "Skipped: 2 (empty 1, missing 1)" in result.stdout
    assert f"Claims: {counts['claims']} (proportion" in result.stdout
    assert f"Conflicts: {counts['conflicts']}" in result.stdout and "Time:" in result.stdout


def test_run_reports_each_skipped_input_by_name(
    completed_run: tuple[subprocess.CompletedProcess[str], Path], inputs: Path
) -> None:
    result, _out = completed_run
    assert f"skipped {inputs / 'missing.txt'}: path does not exist" in result.stderr
    assert f"skipped {inputs / 'empty.txt'}: file is empty" in result.stderr
    assert no_traceback(result)


def test_quiet_prints_no_summary(inputs: Path, tmp_path: Path) -> None:
    result = evidence("run", inputs / "a.txt", "--out", tmp_path, "--quiet")
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""


def test_no_readable_input_exits_1(tmp_path: Path) -> None:
    result = evidence("run", tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert result.returncode == 1
    assert "missing.txt" in result.stderr and "no input could be read" in result.stderr
    assert no_traceback(result)


def test_a_model_that_is_not_installed_exits_1_with_one_line(inputs: Path, tmp_path: Path) -> None:
    result = evidence("run", inputs, "--out", tmp_path / "out", "--model", "en_core_sci_xx_not_installed")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "Error: spaCy model 'en_core_sci_xx_not_installed' is not installed" in result.stderr
    assert no_traceback(result) and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["run", "--bogus"],
        ["run", "--out", "x"],
        ["run", "a.txt", "--max-bytes", "zero", "--out", "x"],
        ["run", "a.txt"],
        ["frobnicate"],
    ],
    ids=["unknown option", "missing path", "bad number", "missing --out", "unknown command"],
)
def test_usage_errors_exit_2_without_traceback(args: list[str], tmp_path: Path) -> None:
    result = evidence(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "Usage" in result.stderr and no_traceback(result)


def test_out_must_not_be_a_file(inputs: Path) -> None:
    result = evidence("run", inputs, "--out", inputs / "a.txt")
    assert result.returncode == 2 and "Usage" in result.stderr and no_traceback(result)


@pytest.mark.parametrize(
    "args,mentions",
    [
        ([], ["--version", "run", "schemas"]),
        (
            ["run"],
            ["--out", "--model", "--max-bytes", "--quiet", "documents.jsonl", "claims.jsonl", "conflicts.jsonl",
             "run.json", "en_core_sci_sm", "spacy.blank", "tokenizer"],
        ),
        (["schemas"], ["--out", "JSON Schemas"]),
    ],
    ids=["evidence", "run", "schemas"],
)
def test_help_of_every_command_mentions_its_options(args: list[str], mentions: list[str]) -> None:
    result = evidence(*args, "--help")
    assert result.returncode == 0
    for word in mentions:
        assert word in result.stdout, word


def test_version() -> None:
    result = evidence("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"evidence {extract.__version__}"


def test_schemas_writes_the_committed_schemas(tmp_path: Path) -> None:
    result = evidence("schemas", "--out", tmp_path)
    assert result.returncode == 0
    written = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert written == {p.name: p.read_bytes() for p in COMMITTED_SCHEMAS.glob("*.schema.json")}


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("evidence")
    if not script.exists():
        pytest.skip("the package is not installed with its console script in this environment")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and extract.__version__ in result.stdout


ROOT = Path(__file__).resolve().parents[2]


def test_score_prints_the_seed_figures_and_checks_floors() -> None:
    result = evidence("score", "fbss", "--check", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    figures, *qualitative = [l for l in result.stdout.splitlines() if l.startswith("fbss")]
    precision, recall = (float(x) for x in figures.split()[4:6])
    assert precision >= 0.95 and recall >= 0.95
    # the seed corpus has gold claims: one row per claim type, with its gold count
    assert [l.split()[1] for l in qualitative] == ["cause", "symptom", "treatment", "recommendation"]
    assert all(int(l.split()[2]) > 0 for l in qualitative)


def test_score_names_a_missing_gold_corpus(tmp_path: Path) -> None:
    result = evidence("score", "nosuch", "--gold", tmp_path, cwd=ROOT)
    assert result.returncode == 1 and "nosuch" in result.stderr and no_traceback(result)
