"""The garbage collector's thresholds during a run: raised as the evidence command has them, and
the caller's put back afterwards."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from spacy.language import Language

from extract.runner import batch as batch_module
from extract.runner import run
from extract.collector import RUN_THRESHOLDS, fewer_collections


@pytest.fixture
def thresholds():  # noqa: ANN201
    """Python's default thresholds for the test, the session's put back after it."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_a_run_uses_the_commands_thresholds_and_puts_the_callers_back(
    thresholds: None, nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int, int]] = []
    extract_staged = batch_module._extract_staged

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.get_threshold())
        return extract_staged(*args, **kwargs)

    monkeypatch.setattr(batch_module, "_extract_staged", spy)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Up to 20% of patients have pain after surgery.\n", encoding="utf-8")
    info = run([tmp_path / "in"], tmp_path / "out", nlp=nlp)
    assert info.counts["documents"] == 1
    assert seen == [RUN_THRESHOLDS]
    assert gc.get_threshold() == (700, 10, 10)


def test_the_callers_thresholds_come_back_when_the_run_raises(thresholds: None, tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        run(tmp_path, tmp_path / "out")  # a single path, not a sequence
    assert gc.get_threshold() == (700, 10, 10)


def test_a_caller_with_a_higher_threshold_keeps_it(thresholds: None) -> None:
    gc.set_threshold(500_000, 20, 20)
    assert fewer_collections(gc.get_threshold)() == (500_000, 20, 20)
    assert gc.get_threshold() == (500_000, 20, 20)
