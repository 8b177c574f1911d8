"""The learned tagger as `evidence run` uses it: on by default with linking (its claims carry
the rule ``learned:<type>`` and run.json its version), off with `--no-learned`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_linking import evidence

#: A symptom list under a heading no rule knows ("What you might notice"): the tagger reads it; and
#: a cause the rules find.
TEXT = (
    "Shin splints\n\nWhat you might notice\n- pain along the inside of the shin\n"
    "- tenderness and mild swelling\n\nRunning on hard surfaces is a common cause of the pain.\n"
)


def rules_of(out: Path) -> list[str]:
    return [json.loads(line)["evidence"]["rule"] for line in (out / "claims.jsonl").read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("learned") / "shin_splints.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_run_adds_the_learned_claims_and_records_the_models(page: Path, tmp_path: Path, kb_dir: Path) -> None:
    result = evidence("run", page, "--out", tmp_path, "--quiet")
    assert result.returncode == 0, result.stderr
    assert "learned:symptom" in rules_of(tmp_path)
    info = json.loads((tmp_path / "run.json").read_text("utf-8"))
    assert info["versions"]["learned"].startswith(json.loads(
        (Path(__file__).resolve().parents[2] / "extract/claims/data/learned.json").read_text("utf-8"))["version"] + "+")


def test_no_learned_keeps_the_rules_claims_only(page: Path, tmp_path: Path, kb_dir: Path) -> None:
    result = evidence("run", page, "--out", tmp_path, "--quiet", "--no-learned")
    assert result.returncode == 0, result.stderr
    rules = rules_of(tmp_path)
    assert rules and not any(r.startswith("learned:") for r in rules)
    info = json.loads((tmp_path / "run.json").read_text("utf-8"))
    assert "learned" not in info["versions"] and info["options"]["learned"] is False


@pytest.mark.parametrize("command", ["run", "score"])
def test_help_offers_no_learned(command: str) -> None:
    result = evidence(command, "--help")
    assert result.returncode == 0 and "--no-learned" in result.stdout


def test_score_with_models_from_a_folder_without_them_says_how_to_train_them(tmp_path: Path, kb_dir: Path) -> None:
    result = evidence("score", "fbss", "--learned-models", tmp_path / "models")
    assert result.returncode == 1
    assert "no learned.json in" in result.stderr and "trainlearned --out-dir" in result.stderr
    assert "--learned-models" in evidence("score", "--help").stdout
