"""Tests of staged output files: nothing changes in the folder until commit."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.runner.files import StagedFiles


def test_commit_replaces_the_targets_in_staging_order(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("old\n")
    with StagedFiles(tmp_path) as staged:
        staged.write_lines("a.jsonl", ["new 1", "new 2"])
        staged.write_lines("b.json", ["{}"])
        assert (tmp_path / "a.jsonl").read_text() == "old\n"
        assert [p.name for p in staged.commit()] == ["a.jsonl", "b.json"]
    assert (tmp_path / "a.jsonl").read_text() == "new 1\nnew 2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "b.json"]


def test_an_error_before_commit_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("old\n")
    with pytest.raises(RuntimeError), StagedFiles(tmp_path) as staged:
        staged.write_lines("a.jsonl", ["new"])
        with staged.open("b.jsonl") as handle:
            handle.write("half")
            raise RuntimeError("crash while writing")
    assert [(p.name, p.read_text()) for p in tmp_path.iterdir()] == [("a.jsonl", "old\n")]


def test_a_name_is_staged_once(tmp_path: Path) -> None:
    with StagedFiles(tmp_path) as staged:
        staged.write_lines("a.jsonl", [])
        with pytest.raises(ValueError, match="already staged"):
            staged.write_lines("a.jsonl", [])
    assert list(tmp_path.iterdir()) == []


def test_a_staged_file_can_be_read_back_before_the_commit(tmp_path: Path) -> None:
    with StagedFiles(tmp_path) as staged:
        staged.write_lines("claims.jsonl", ["1", "2"])
        assert staged.path("claims.jsonl").read_text() == "1\n2\n"
        assert not (tmp_path / "claims.jsonl").exists()
        with pytest.raises(KeyError, match="not staged"):
            staged.path("conflicts.jsonl")
        staged.commit()
    assert (tmp_path / "claims.jsonl").read_text() == "1\n2\n"


def test_a_staged_removal_deletes_the_old_file_only_at_commit(tmp_path: Path) -> None:
    (tmp_path / "claims.parquet").write_bytes(b"old")
    with pytest.raises(RuntimeError), StagedFiles(tmp_path) as staged:
        staged.remove("claims.parquet")
        raise RuntimeError("the run failed")
    assert (tmp_path / "claims.parquet").read_bytes() == b"old"
    with StagedFiles(tmp_path) as staged:
        staged.remove("claims.parquet")
        staged.remove("never_written.parquet")
        with staged.open("run.json", binary=True) as handle:
            handle.write(b"{}")
        assert [p.name for p in staged.commit()] == ["run.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.json"]
