"""The linker replay benchmark records what a caller asks of the linker and replays it to the
same concepts (its figures are printed by the benchmark, never asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.evaluation.linkreplay import main, read_calls, recording, replay
from extract.linking.linker import CONDITION_TYPES, Linker


def test_recorded_calls_replay_to_the_same_concepts(kb_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    linker = Linker(kb_dir)
    calls: list[dict] = []
    with recording(calls):
        direct = [
            linker.link_many(["migraine attacks", "chronic low back pain", "the procedure"], CONDITION_TYPES),
            linker.link("sciatica", context="Sciatica is pain along the sciatic nerve."),
            linker.link("lumbar fusion surgery", ("procedure",), min_score=0.97),
        ]
    # only the outermost calls: link_many's own calls of link are not recorded
    assert [c["method"] for c in calls] == ["link_many", "link", "link"]
    assert calls[2]["args"]["min_score"] == 0.97
    assert Linker.link.__name__ == "link" and "recorded" not in Linker.link.__qualname__  # put back
    path = tmp_path / "calls.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in calls), "utf-8")
    _, _, _, results = replay(read_calls(path), linker)
    expected = ["[" + ",".join("null" if c is None else c.model_dump_json() for c in direct[0]) + "]",
                *("null" if c is None else c.model_dump_json() for c in direct[1:])]
    assert results == expected
    main(["replay", str(path), "--repeat", "1", "--out", str(tmp_path / "out.txt")])
    assert "calls              3 (5 mentions)" in capsys.readouterr().out
    assert (tmp_path / "out.txt").read_text("utf-8").splitlines() == expected


def test_a_file_of_something_else_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "calls.jsonl"
    path.write_text('{"method": "unlink", "args": {}}\n', "utf-8")
    with pytest.raises(SystemExit, match="calls.jsonl:1: not a linker call"):
        read_calls(path)
