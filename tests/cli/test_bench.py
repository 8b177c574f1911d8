"""`evidence bench`: the corpus run against the baseline, the memory sizes, the cold start and the
knowledge base build figures. Figures are printed and checked for shape and consistency only,
never for speed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

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
    stage_seconds,
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


def test_help_names_every_option_and_what_is_measured() -> None:
    result = evidence("bench", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for word in (
        "--size-mb", "--documents", "--seed", "--corpus-dir", "--out-dir", "--memory-sizes", "--check-figures",
        "--check-measures", "--kb-build", "cold start", "--model", "--cold-runs", "--cold-start-only",
        "--skip-cold-start", "median", "baseline", "one core", "CPU seconds", "latest.json",
    ):
        assert word in text, word


def test_cold_start_only_prints_the_cold_start_and_its_breakdown(tmp_path: Path) -> None:
    out = tmp_path / "bench"
    result = evidence("bench", "--cold-start-only", "--cold-runs", "1", "--out-dir", out, cwd=tmp_path)  # no corpora/ here: not needed
    assert result.returncode == 0, result.stderr
    found = figures(result.stdout)
    assert float(found["run cold start s"]) > 0 and float(found["run cpu s"]) > 0
    assert "median of 1 fresh processes" in result.stdout and "limit 3 s" in result.stdout
    parts = [float(found[name]) for name in ("startup s", "import s", "load s", "first doc s", "exit s")]
    assert float(found["cold start s"]) == pytest.approx(sum(parts), abs=0.04)
    assert float(found["cpu s"]) > 0
    assert "links" in result.stdout and "loading the linker: table" in result.stdout and "bytecode" in result.stdout
    assert "tokens/s" not in result.stdout and "corpus MB" not in result.stdout
    assert "kb build" not in result.stdout  # only with --kb-build
    report = json.loads((out / "latest.json").read_text("utf-8"))
    assert report["run"] is None and report["corpus"] is None and report["kb_build"] is None
    assert len(report["run_cold_starts"]["walls"]) == 1 and report["cold_start"]["links"] >= 2


def test_cold_start_links_its_document(kb_dir: Path) -> None:
    cold = measure_cold_start(kb_dir)
    assert cold.links >= 2  # "Smoking" and "failed back surgery syndrome"
    assert "table" in cold.linker
    stages = [cold.startup, cold.imports, cold.load, cold.first_doc, cold.exit]
    assert all(stage >= 0 for stage in stages)
    assert cold.imports > 0 and cold.load > 0 and cold.first_doc > 0  # the work the process did
    # the stages split the process's wall time: only float rounding between them, whatever the load
    assert sum(stages) == pytest.approx(cold.seconds, rel=0, abs=1e-9)


def test_stage_seconds_split_the_time_between_the_first_and_last_instants() -> None:
    assert stage_seconds([100.0, 100.25, 101.5, 103.0]) == [0.25, 1.25, 1.5]
    # the wall clock set back between two readings: that stage counts 0, the sum stays whole
    stages = stage_seconds([100.0, 100.5, 100.2, 101.0, 102.0])
    assert stages == [0.5, 0.0, 0.5, 1.0] and sum(stages) == 2.0
    # an instant read past the last one (set forward, then back) is cut to the last one
    assert stage_seconds([100.0, 103.0, 102.0]) == [2.0, 0.0]


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


def test_bench_runs_end_to_end_and_writes_consistent_figures(tmp_path: Path) -> None:
    out = tmp_path / "bench"
    result = evidence(
        "bench", "--size-mb", "0.03", "--memory-sizes", "0.03,0.05", "--seed", "4", "--corpus-dir", tmp_path / "corpus",
        "--out-dir", out, "--skip-cold-start", "--no-progress", cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    for line in ("corpus MB", "run s", "tokens/s", "documents/s", "MB/s", "peak memory MB", "stages s", "baseline s",
                 "ratio", "ratio cpu", "memory ratio", "results"):
        assert any(printed.lstrip().startswith(line) for printed in result.stdout.splitlines()), line
    assert "run cold start" not in result.stdout  # skipped
    report = json.loads((out / "latest.json").read_text("utf-8"))
    assert list(out.glob("bench-*.json")) and report["command"].startswith("evidence bench --size-mb 0.03")
    corpus, run, baseline = report["corpus"], report["run"], report["baseline"]
    kept = sorted((tmp_path / "corpus").iterdir())
    assert corpus["documents"] == len(kept) > 0 and corpus["size_mb"] >= 0.03
    assert corpus["size_mb"] == pytest.approx(sum(p.stat().st_size for p in kept) / 1e6)
    assert run["documents"] == baseline["documents"] == corpus["documents"] and run["skipped"] == 0
    assert run["tokens"] == baseline["tokens"] > 0 and run["claims"] > 0
    assert run["input_mb"] == pytest.approx(corpus["size_mb"])
    stages = run["stages_wall"]
    assert set(stages) == {"read", "parse", "extract", "link", "check", "write", "other"}
    assert all(s >= 0 for s in stages.values()) and stages["link"] > 0
    assert sum(stages.values()) - stages["other"] <= run["wall_seconds"]
    assert sum(run["stages_cpu"].values()) <= run["cpu_seconds"] + 0.01
    assert run["tokens_per_second"] == pytest.approx(run["tokens"] / run["wall_seconds"])
    assert run["documents_per_second"] == pytest.approx(run["documents"] / run["wall_seconds"])
    assert report["ratio"] == pytest.approx(baseline["wall_seconds"] / run["wall_seconds"])
    assert report["ratio_cpu"] == pytest.approx(baseline["cpu_seconds"] / run["cpu_seconds"])
    assert run["process_wall"] >= run["wall_seconds"] and run["peak_rss_mb"] > baseline["peak_rss_mb"] > 0
    sizes = [point["size_mb"] for point in report["memory"]]
    assert sizes == [0.03, 0.05] and report["memory"][0]["peak_rss_mb"] == run["peak_rss_mb"]  # the run above
    assert report["memory"][1]["documents"] > report["memory"][0]["documents"]
    # spaCy's vocabulary only grows: the larger corpus ends with at least the smaller one's strings
    assert report["memory"][1]["vocab_strings"] >= report["memory"][0]["vocab_strings"] == run["vocab_strings"] > 1000
    peaks = [point["peak_rss_mb"] for point in report["memory"]]
    assert report["memory_ratio"] == pytest.approx(peaks[1] / peaks[0])
    for point in report["memory"]:  # the growth while documents stream and in the end phase, where there is a curve
        assert (point["stream_slope_mb_per_1000_documents"] is None) == (not point["rss_curve_mb"])
        if point["rss_curve_mb"]:
            assert point["end_phase_mb"] == pytest.approx(point["rss_after_tokens_mb"] - point["rss_curve_mb"][-1], abs=0.06)
    assert ("MB per 1,000 documents while they stream" in result.stdout) == any(p["rss_curve_mb"] for p in report["memory"])


def test_memory_sizes_keep_the_figures_of_a_size_done_when_a_larger_one_fails(tmp_path: Path) -> None:
    """The report is written after each memory size: a larger size that fails (here a corpus
    that cannot grow: one document with nothing to vary) leaves the smaller size's figures."""
    source = tmp_path / "sources"
    source.mkdir()
    (source / "one.txt").write_text("The weather was mild and the garden was quiet all day. " * 100, "utf-8")
    out = tmp_path / "bench"
    result = evidence(
        "bench", source, "--size-mb", "0.005", "--memory-sizes", "0.005,0.05", "--out-dir", out,
        "--skip-cold-start", "--no-progress", cwd=ROOT,
    )
    assert result.returncode != 0 and "cannot vary enough" in " ".join(result.stderr.split())
    assert "memory MB" in result.stdout  # the size done was printed before the failure
    report = json.loads((out / "latest.json").read_text("utf-8"))
    assert [point["size_mb"] for point in report["memory"]] == [0.005]
    assert report["memory"][0]["peak_rss_mb"] == report["run"]["peak_rss_mb"] > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--memory-sizes", "20,abc"], "not a comma-separated list of sizes"),
        (["--cold-start-only", "--skip-cold-start"], "leave nothing to measure"),
        (["--size-mb", "0.01", "--corpus-dir", "."], "not an empty folder"),
    ],
)
def test_bad_options_say_what_to_do(tmp_path: Path, args: list[str], message: str) -> None:
    result = evidence("bench", *args, "--out-dir", tmp_path / "bench", "--skip-cold-start", cwd=ROOT)
    assert result.returncode != 0
    assert message in " ".join(result.stderr.split())
    assert not (tmp_path / "bench").exists()  # nothing written


def test_check_figures_measures_the_check_on_synthetic_figures() -> None:
    from extract.evaluation.bench import measure_check

    summary, data = measure_check(figures=2000, measures=20)
    result = data["result"]
    assert data["figures"] == result["figures"] == 2000 and result["measures"] == 20
    assert "2,000 synthetic figures over 20 measures" in summary
    # every conflict is counted under its kind, and the check compared figures of the same measures
    assert sum(result["conflicts_by_kind"].values()) == result["conflicts"]
    assert 0 < result["coverage"]["figures_compared"] <= 2000
    assert result["peak_rss_mb"] > 0 and result["cpu_seconds"] > 0
