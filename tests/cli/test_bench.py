"""`evidence bench`: the cold start and knowledge base build figures. Figures are printed and
checked for shape only, never for speed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extract.cli.bench import (
    COLD_START_TEXT,
    ColdStart,
    KbBuild,
    RunColdStarts,
    bytecode_note,
    format_cold_start,
    format_kb_build,
    format_run_cold_starts,
    measure_cold_start,
    measure_run_cold_starts,
)


def evidence(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    command = [sys.executable, "-m", "extract.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


def figures(stdout: str) -> dict[str, str]:
    """``name value ...`` lines by name (names end with their unit, 's' or 'MB')."""
    out = {}
    for line in stdout.splitlines():
        words = line.split()
        unit = next((i for i, w in enumerate(words) if w in ("s", "MB")), None)
        if unit is not None and unit + 1 < len(words):
            out[" ".join(words[: unit + 1])] = words[unit + 1]
    return out


def test_help_names_the_cold_start_and_the_kb_build_option() -> None:
    result = evidence("bench", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for word in ("--kb-build", "cold start", "--repeat", "--model", "--cold-runs", "--cold-start-only", "median"):
        assert word in text, word


def test_bench_prints_the_cold_start_and_its_breakdown(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(COLD_START_TEXT, encoding="utf-8")
    result = evidence("bench", tmp_path, "--repeat", "1", "--cold-runs", "1")
    assert result.returncode == 0, result.stderr
    found = figures(result.stdout)
    assert float(found["run cold start s"]) > 0 and float(found["run cpu s"]) > 0
    assert "median of 1 fresh processes" in result.stdout and "limit 3 s" in result.stdout
    parts = [float(found[name]) for name in ("startup s", "import s", "load s", "first doc s", "exit s")]
    assert float(found["cold start s"]) == pytest.approx(sum(parts), abs=0.04)
    assert float(found["cpu s"]) > 0
    assert "links" in result.stdout and "loading the linker: table" in result.stdout
    assert "kb build" not in result.stdout  # only with --kb-build


def test_cold_start_links_its_document(kb_dir: Path) -> None:
    cold = measure_cold_start(kb_dir)
    assert cold.links >= 2  # "Smoking" and "failed back surgery syndrome"
    assert "table" in cold.linker
    assert cold.seconds == pytest.approx(cold.startup + cold.imports + cold.load + cold.first_doc + cold.exit, abs=0.01)


def test_cold_start_only_skips_the_throughput_run(tmp_path: Path) -> None:
    result = evidence("bench", "--cold-start-only", "--cold-runs", "1", cwd=tmp_path)  # no corpora/ here: not needed
    assert result.returncode == 0, result.stderr
    assert "tokens/s" not in result.stdout
    assert "run cold start s" in result.stdout and "cold start s" in result.stdout and "bytecode" in result.stdout


def test_run_cold_starts_time_each_fresh_evidence_run(kb_dir: Path) -> None:
    runs = measure_run_cold_starts(kb_dir, runs=2)
    assert len(runs.walls) == len(runs.cpus) == 2
    assert all(w > 0 for w in runs.walls) and all(c > 0 for c in runs.cpus)
    assert runs.claims == 2  # the figure and the cause of COLD_START_TEXT


def test_run_cold_starts_report_the_median_and_the_range() -> None:
    text = format_run_cold_starts(RunColdStarts([3.1, 2.4, 2.6, 2.5, 5.0], [2.2, 2.0, 2.1, 2.3, 2.4], 2))
    assert figures(text)["run cold start s"] == "2.60" and figures(text)["run cpu s"] == "2.20"
    assert "median of 5 fresh processes, min 2.40, max 5.00" in text and "min 2.00, max 2.40" in text
    assert "3.10 2.40 2.60 2.50 5.00" in text  # every run, in order
    assert "limit 3 s" in text


def test_bytecode_note_says_whether_modules_start_from_cached_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import compileall

    package = tmp_path / "coldpkg"
    package.mkdir()
    (package / "__init__.py").write_text("X = 1\n")
    (package / "rules.py").write_text("Y = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))  # (invalidates the import system's directory caches)
    assert "missing for 2 of 2 modules of coldpkg" in bytecode_note("coldpkg")
    assert compileall.compile_dir(str(package), quiet=1)
    assert bytecode_note("coldpkg").startswith("bytecode         cached for all 2 modules of coldpkg")


def test_formats_print_every_figure() -> None:
    cold = format_cold_start(ColdStart(4.5, 0.1, 1.0, 0.8, 2.0, 0.6, 4.1, {"table": 0.6, "ann": 1.4}, 2))
    assert figures(cold) == {"cold start s": "4.50", "startup s": "0.10", "import s": "1.00", "load s": "0.80",
                             "first doc s": "2.00", "exit s": "0.60", "cpu s": "4.10"}
    assert "table 0.60, ann 1.40" in cold and "limit 5 s" in cold
    build = format_kb_build(KbBuild(70.2, 65.0, {"read HPO": 1.0, "index": 55.0}, 120.5, 612.4, 55.8, 61928, 110091))
    assert figures(build) == {"kb build s": "70.2", "build s": "65.0", "cpu s": "120.5", "peak memory MB": "612",
                              "size MB": "55.8"}
    assert "read HPO 1.0, index 55.0" in build and "61,928 concepts" in build and "limit 180 s" in build
