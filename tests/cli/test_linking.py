"""Linking on by default (issue 3), as the commands see it: `evidence run` links claim arguments
and records the knowledge base and vocabulary versions in run.json; `--no-link` (tested here on
purpose) turns both off; the first use builds a missing knowledge base, saying so on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from extract.linking.kb import read_manifest

TEXT = (
    "Smoking is a common cause of failed back surgery syndrome.\n"
    "Up to 20% of patients have persistent pain after lumbar spine surgery.\n"
)


def evidence(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python -m extract.cli ARGS``, with the session's ``$EVIDENCE_KB_DIR`` (tests/conftest.py)."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb"}
    command = [sys.executable, "-m", "extract.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def concept_ids(out: Path) -> list[str]:
    """Concept ids of every claim argument in a run's claims.jsonl."""
    ids = []
    for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        for value in json.loads(line).values():
            if isinstance(value, dict) and value.get("concept"):
                ids.append(value["concept"]["id"])
    return ids


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("linking") / "fbss.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_run_links_by_default_and_records_the_vocabulary_versions(
    document: Path, tmp_path: Path, kb_dir: Path
) -> None:
    result = evidence("run", document, "--out", tmp_path, "--quiet")
    assert result.returncode == 0, result.stderr
    info = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    manifest = read_manifest(kb_dir)
    assert info["versions"]["kb"] == manifest.kb_version
    for name, vocabulary in manifest.vocabularies.items():
        assert info["versions"][name] == vocabulary.version
    assert "EV:failed_back_surgery_syndrome" in concept_ids(tmp_path)


def test_no_link_runs_without_concepts_or_knowledge_base_versions(document: Path, tmp_path: Path) -> None:
    """Deliberately link=False: nothing is linked and run.json says so."""
    result = evidence("run", document, "--out", tmp_path, "--quiet", "--no-link")
    assert result.returncode == 0, result.stderr
    info = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert not {"kb", "HPO", "ICD-10-CM", "EV"} & set(info["versions"])
    assert concept_ids(tmp_path) == [] and info["counts"]["claims"] > 0


@pytest.mark.parametrize("command", ["run", "score"])
def test_help_offers_no_link(command: str) -> None:
    result = evidence(command, "--help")
    assert result.returncode == 0 and "--no-link" in result.stdout


# -- first use: the knowledge base is built, with a message, on a tiny vocabulary ------------------


def tiny_sources() -> list:
    """Three curated concepts: enough for the claim "Smoking is a common cause of failed back
    surgery syndrome." to link both its arguments."""
    from extract.linking.records import Alias, Term, VocabularySource

    def term(cid: str, name: str, kind: str, *aliases: str) -> Term:
        return Term(cid, "EV", name, kind, (Alias(name, "name"), *(Alias(a, "exact") for a in aliases)), name)

    return [
        VocabularySource(
            "EV",
            "tiny",
            (
                term("EV:failed_back_surgery_syndrome", "Failed back surgery syndrome", "disorder", "FBSS"),
                term("EV:smoking", "Smoking", "behavior", "tobacco smoking"),
                term("EV:spinal_cord_stimulation", "Spinal cord stimulation", "procedure", "SCS"),
            ),
        )
    ]


@pytest.fixture
def tiny_first_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty ``$EVIDENCE_KB_DIR`` whose build reads the tiny vocabulary, and a fresh linker
    cache (cleared again afterwards, so later tests load the session's knowledge base)."""
    from extract.linking import kb as kb_module
    from extract.linking import linker as linker_module

    folder = tmp_path / "kb"
    monkeypatch.setenv(kb_module.ENV_VAR, str(folder))
    monkeypatch.setattr(kb_module, "current_versions", lambda: ({"EV": "tiny"}, "tiny-sha"))
    monkeypatch.setattr(kb_module, "read_sources", lambda step, timings: (tiny_sources(), "tiny-sha"))
    linker_module._cached_linker.cache_clear()
    yield folder
    linker_module._cached_linker.cache_clear()


def test_first_run_builds_the_missing_knowledge_base_and_says_so(tiny_first_use: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from extract.cli import app

    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(tmp_path / "doc.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Building the linking knowledge base" in result.stderr and str(tiny_first_use) in result.stderr
    assert "first use" in result.stderr and "about two minutes" in result.stderr
    manifest = read_manifest(tiny_first_use)
    assert manifest is not None and manifest.vocabularies["EV"].version == "tiny"
    info = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert info["versions"]["kb"] == manifest.kb_version and info["versions"]["EV"] == "tiny"
    assert {"EV:smoking", "EV:failed_back_surgery_syndrome"} <= set(concept_ids(tmp_path / "out"))


def test_load_builds_quietly_without_progress_and_not_at_all_when_up_to_date(
    tiny_first_use: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    import extract

    extract.load(progress=False)
    assert read_manifest(tiny_first_use) is not None
    assert capfd.readouterr().err == ""  # the line went to the log only
    built = (tiny_first_use / "kb.json").read_text()
    extract.load()
    assert (tiny_first_use / "kb.json").read_text() == built and capfd.readouterr().err == ""


def test_no_link_needs_no_knowledge_base(tiny_first_use: Path) -> None:
    """Deliberately link=False: the pipeline loads and runs without building anything."""
    import extract

    nlp = extract.load(link=False)
    claims = nlp(TEXT)._.claims
    assert claims and not tiny_first_use.exists()
    assert all(getattr(m, "concept", None) is None for c in claims for m in vars(c).values())
