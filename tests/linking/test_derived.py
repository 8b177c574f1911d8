"""The per-machine copies of a knowledge base's alias table and HNSW index: the linker gets the
same table and the same neighbours from them as from the knowledge base's own files, a rebuilt
knowledge base gets new copies, and a damaged or unwritable cache only costs time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy
import pytest

from extract.diskcache import read_marshal
from extract.linking import derived
from extract.linking.ann import INDEX_FILE, VECTORS_FILE, AnnCandidates, index_from_vectors, load_index
from extract.linking.kb import TABLE, read_manifest

from .test_ann import MENTIONS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_kb(tmp_path: Path) -> Path:
    """A folder holding just an alias table, as the build writes it."""
    folder = tmp_path / "kb"
    folder.mkdir()
    table = {"concepts": [["HP:0002315", "HPO", "Headache", "finding", []], ["EV:migraine", "EV", "Migraine", "disease", ["HP:0002076"]]],
             "aliases": {"headache": [["headache"], 0, 1.0], "migraine": [["migraine"], 1, 1.0]}}
    (folder / TABLE).write_text(json.dumps(table), "utf-8")
    return folder


def _no_json(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("table.json parsed although the cache holds it")

    monkeypatch.setattr(derived.json, "loads", refuse)


def test_the_table_is_parsed_once_then_read_from_the_cache(cache: Path, small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = json.loads((small_kb / TABLE).read_text("utf-8"))
    assert derived.load_table(small_kb, TABLE, "v1") == expected
    assert len(list((cache / "linker").glob("table-*/table.marshal"))) == 1
    with monkeypatch.context() as m:
        _no_json(m)
        assert derived.load_table(small_kb, TABLE, "v1") == expected


def test_a_rebuilt_table_gets_a_new_copy_and_the_old_one_goes(cache: Path, small_kb: Path) -> None:
    derived.load_table(small_kb, TABLE, "v1")
    first = list((cache / "linker").glob("table-*"))
    table = json.loads((small_kb / TABLE).read_text("utf-8"))
    table["aliases"]["hemicrania"] = [["hemicrania"], 1, 0.9]
    (small_kb / TABLE).write_text(json.dumps(table), "utf-8")
    os.utime(small_kb / TABLE, ns=(1, 1))  # another modification time, whatever the clock's resolution
    assert "hemicrania" in derived.load_table(small_kb, TABLE, "v1")["aliases"]
    now = list((cache / "linker").glob("table-*"))
    assert len(now) == 1 and now != first


@pytest.mark.parametrize("damage", ["truncate", "flip", "delete_file"])
def test_a_damaged_table_copy_is_ignored_and_written_again(
    cache: Path, small_kb: Path, damage: str
) -> None:
    expected = derived.load_table(small_kb, TABLE, "v1")
    (copy,) = (cache / "linker").glob("table-*/table.marshal")
    raw = copy.read_bytes()
    if damage == "truncate":
        copy.write_bytes(raw[: len(raw) // 2])
    elif damage == "flip":
        copy.write_bytes(raw[:-5] + bytes([raw[-5] ^ 0x55]) + raw[-4:])
    else:
        copy.unlink()
    assert derived.load_table(small_kb, TABLE, "v1") == expected
    assert read_marshal(copy) == expected  # the copy is whole again


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(blocker))
    assert derived.load_table(small_kb, TABLE, "v1")["aliases"]["migraine"][1] == 1


def test_switched_off_nothing_is_cached(cache: Path, small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(derived.SWITCH_ENV_VAR, "0")
    assert derived.load_table(small_kb, TABLE, "v1")["concepts"][0][0] == "HP:0002315"
    assert not (cache / "linker").exists()


def _neighbours(index, kb_dir: Path) -> list:  # noqa: ANN001
    from extract.linking.ann import QUERY_VECTORIZER, QueryVectorizer

    queries = [q for q in QueryVectorizer.load(kb_dir / QUERY_VECTORIZER).pairs(MENTIONS) if q]
    return [(n.tolist(), d.tolist()) for n, d in index.knnQueryBatch(queries, k=20)]


def test_the_index_with_its_data_points_gives_the_same_neighbours(cache: Path, kb_dir: Path) -> None:
    ef_search = read_manifest(kb_dir).settings.ef_search
    reference = index_from_vectors(kb_dir)
    reference.setQueryTimeParams({"efSearch": ef_search})
    expected = _neighbours(reference, kb_dir)
    first = load_index(kb_dir, ef_search)  # built from the vectors, then saved with its data
    (copy,) = (cache / "linker").glob("nmslib_index-*")
    assert (copy / "index.bin.dat").stat().st_size > 1_000_000
    second = load_index(kb_dir, ef_search)  # loaded from the copy
    assert _neighbours(first, kb_dir) == expected
    assert _neighbours(second, kb_dir) == expected
    # a copy cut short (a full disk, a killed process) is not loaded: the knowledge base is read again
    data = copy / "index.bin.dat"
    data.write_bytes(data.read_bytes()[:1000])
    assert _neighbours(load_index(kb_dir, ef_search), kb_dir) == expected
    assert (copy / "index.bin.dat").stat().st_size > 1_000_000


def test_query_pairs_are_the_rows_of_the_query_vectors(kb_dir: Path) -> None:
    from extract.linking.ann import QUERY_VECTORIZER, QueryVectorizer

    vectorizer = QueryVectorizer.load(kb_dir / QUERY_VECTORIZER)
    matrix, pairs = vectorizer.transform(MENTIONS), vectorizer.pairs(MENTIONS)
    for i, row in enumerate(pairs):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        assert [c for c, _ in row] == matrix.indices[start:end].tolist()
        assert numpy.array_equal(numpy.array([v for _, v in row], dtype=numpy.float32), matrix.data[start:end])
    assert pairs[MENTIONS.index("")] == [] and pairs[MENTIONS.index("zzqx")] == []


def test_lazy_loading_links_an_unknown_mention_and_an_exact_one_needs_no_index(kb_dir: Path, tmp_path: Path) -> None:
    """In a fresh process over a fresh cache: an exact alias links without loading the ANN
    index; a misspelt name loads it (then from nothing but the copy) and links; SciPy is
    never imported."""
    script = (
        "import sys; from pathlib import Path; from extract.linking.linker import Linker\n"
        f"linker = Linker(Path({str(kb_dir)!r}))\n"
        "exact = linker.link('sciatica')\n"
        "before = 'ann' in linker.load_seconds\n"
        "fuzzy = linker.link('failed back surgery syndrom')\n"
        "print(exact.id, before, fuzzy.id, 'ann' in linker.load_seconds, 'scipy' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "EVIDENCE_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the first process writes the copies, the second reads them
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        exact, ann_before, fuzzy, ann_after, scipy_imported = done.stdout.split()
        assert exact.startswith(("HP:", "ICD10CM:", "EV:")) and ann_before == "False"
        assert fuzzy == "EV:failed_back_surgery_syndrome" and ann_after == "True"
    assert scipy_imported == "False"
    assert len(list((tmp_path / "cache" / "linker").iterdir())) == 2  # the table's and the index's
