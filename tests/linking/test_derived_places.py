"""Copies of several knowledge base folders live side by side in the per-machine cache: loading
one never removes another's (two checkouts, or a test's small knowledge base and a run, used to
rebuild each other's copies at every start), and at most KEEP_FOLDERS of them are kept."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from extract.linking import derived
from extract.linking.kb import TABLE


def _kb(root: Path, name: str, alias: str) -> Path:
    folder = root / name
    folder.mkdir()
    table = {"concepts": [["EV:x", "EV", alias.title(), "disease", []]], "aliases": {alias: [[alias], 0, 1.0]}}
    (folder / TABLE).write_text(json.dumps(table), "utf-8")
    return folder


def test_two_knowledge_bases_keep_their_copies(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one, two = _kb(tmp_path, "one", "migraine"), _kb(tmp_path, "two", "sciatica")
    derived.load_table(one, TABLE, "v1")
    derived.load_table(two, TABLE, "v1")
    assert len(list((cache / "linker").glob(f"table-*/{derived.ALIASES_FILE}"))) == 2
    parsed = []
    real_loads = derived.json.loads
    monkeypatch.setattr(derived.json, "loads", lambda text: parsed.append(text) or real_loads(text))
    for _ in range(2):  # alternating: each read from its own copy, nothing parsed again
        assert "migraine" in derived.load_table(one, TABLE, "v1").aliases
        assert "sciatica" in derived.load_table(two, TABLE, "v1").aliases
    assert parsed == []


def test_a_rebuilt_knowledge_base_replaces_only_its_own_copy(cache: Path, tmp_path: Path) -> None:
    one, two = _kb(tmp_path, "one", "migraine"), _kb(tmp_path, "two", "sciatica")
    derived.load_table(one, TABLE, "v1")
    derived.load_table(two, TABLE, "v1")
    before = {p.name for p in (cache / "linker").glob("table-*")}
    (one / TABLE).write_text((one / TABLE).read_text("utf-8").replace("migraine", "headache"), "utf-8")
    os.utime(one / TABLE, ns=(1, 1))
    assert "headache" in derived.load_table(one, TABLE, "v1").aliases
    after = {p.name for p in (cache / "linker").glob("table-*")}
    assert len(after) == 2 and len(after & before) == 1  # two's copy kept, one's replaced


def test_at_most_keep_folders_copies_the_least_recently_used_go(cache: Path, tmp_path: Path) -> None:
    folders = [_kb(tmp_path, f"kb{k}", f"alias{k}") for k in range(derived.KEEP_FOLDERS + 2)]
    for k, folder in enumerate(folders[: derived.KEEP_FOLDERS]):
        derived.load_table(folder, TABLE, "v1")
        copy = derived.table_dir(folder, TABLE, "v1")
        os.utime(copy, (time.time() - 1000 + k, time.time() - 1000 + k))  # kb0 least recently used
    derived.load_table(folders[1], TABLE, "v1")  # kb1 used again: now the most recent of the first ones
    for folder in folders[derived.KEEP_FOLDERS :]:
        derived.load_table(folder, TABLE, "v1")
    kept = {p.name for p in (cache / "linker").glob("table-*")}
    expected = {derived.table_dir(f, TABLE, "v1").name for f in [folders[1], *folders[3:]]}
    assert len(kept) == derived.KEEP_FOLDERS and kept == expected


def test_the_index_loaded_ahead_is_the_one_the_linker_gets(cache: Path, kb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.linking.ann import INDEX_FILE, VECTORS_FILE, load_index

    from .test_derived import _neighbours

    monkeypatch.setattr(derived, "_ahead", {})  # this process has loaded nothing ahead yet
    ef_search = 100
    derived.prefetch_ann_index(kb_dir)  # no copy in the cache yet: nothing to load ahead
    assert derived._ahead == {}
    first = load_index(kb_dir, ef_search)  # built from the knowledge base's files, copy saved
    folder = str(derived.cache_dir(kb_dir, (INDEX_FILE, VECTORS_FILE), ""))

    derived.prefetch_ann_index(kb_dir)
    future = derived._ahead[folder]
    assert future is not None
    derived.prefetch_ann_index(kb_dir)  # already loading: no second thread
    assert derived._ahead[folder] is future
    second = load_index(kb_dir, ef_search)
    assert second is future.result()  # the index the thread loaded, not another
    # the same neighbours at the same distances; nmslib may order neighbours at equal distances
    # differently from one query to the next, so each query's are compared sorted
    assert _sorted_ties(_neighbours(second, kb_dir)) == _sorted_ties(_neighbours(first, kb_dir))
    assert derived._ahead[folder] is None  # taken: not loaded ahead again in this process
    derived.prefetch_ann_index(kb_dir)
    assert derived._ahead[folder] is None


def _sorted_ties(neighbours: list) -> list:
    """Each query's (neighbour, distance) pairs by distance, then by neighbour id."""
    return [sorted(zip(ids, distances), key=lambda pair: (pair[1], pair[0])) for ids, distances in neighbours]


_EXIT_WHILE_LOADING = """
import sys
from pathlib import Path
from extract.linking import derived
derived.prefetch_ann_index(Path(sys.argv[1]))
assert any(f is not None for f in derived._ahead.values()), "nothing was loaded ahead"
sys.exit(3)  # at once, the index most likely still loading
"""


def test_a_process_ending_while_the_index_loads_ahead_ends_cleanly(cache: Path, kb_dir: Path) -> None:
    """A command that fails right after the pipeline is loaded (``evidence score nosuch``) ends
    with its own status, not aborted by the loading thread being torn down inside nmslib."""
    import subprocess
    import sys

    from extract.linking.ann import load_index

    load_index(kb_dir, 10)  # a complete copy in the cache, so that there is something to load ahead
    env = {**os.environ, "EVIDENCE_CACHE_DIR": os.environ["EVIDENCE_CACHE_DIR"]}
    for _ in range(5):
        done = subprocess.run([sys.executable, "-c", _EXIT_WHILE_LOADING, str(kb_dir)], capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 3, done.stderr[-2000:]
        assert "FATAL" not in done.stderr
