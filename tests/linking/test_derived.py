"""The per-machine copies of a knowledge base's alias table and HNSW index: the linker gets the
same table and the same neighbours from them as from the knowledge base's own files, a rebuilt
knowledge base gets new copies, and a damaged or unwritable cache only costs time."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy
import pytest

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


def _expected(kb: Path) -> derived.KbTable:
    return derived.KbTable.from_json(json.loads((kb / TABLE).read_text("utf-8")))


def test_the_table_is_parsed_once_then_read_from_the_cache(cache: Path, small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _expected(small_kb)
    assert expected.ids == ["HP:0002315", "EV:migraine"] and expected.related == {1: ["HP:0002076"]}
    assert derived.load_table(small_kb, TABLE, "v1") == expected
    assert len(list((cache / "linker").glob(f"table-*/{derived.ALIASES_FILE}"))) == 1
    with monkeypatch.context() as m:
        _no_json(m)
        copy = derived.load_table(small_kb, TABLE, "v1")
        assert isinstance(copy.aliases, derived.AliasTable)  # read key by key
        assert copy.aliases.get("migraine") == [["migraine"], 1, 1.0] and copy.aliases.get("hemicrania") is None
        assert "headache" in copy.aliases and "hemicrania" not in copy.aliases and len(copy.aliases) == 2
        assert derived.max_weight(copy.aliases) == 1.0 and copy.aliases._all is None  # recorded, nothing read whole
        assert pickle.loads(pickle.dumps(copy.aliases)).get("migraine") == [["migraine"], 1, 1.0]
        assert copy == expected
    assert derived.max_weight({"a": [["a"], 0, 0.6, 3, 0.9]}) == 0.9 and derived.max_weight({}) == 0.0


def test_a_rebuilt_table_gets_a_new_copy_and_the_old_one_goes(cache: Path, small_kb: Path) -> None:
    derived.load_table(small_kb, TABLE, "v1")
    first = list((cache / "linker").glob("table-*"))
    table = json.loads((small_kb / TABLE).read_text("utf-8"))
    table["aliases"]["hemicrania"] = [["hemicrania"], 1, 0.9]
    (small_kb / TABLE).write_text(json.dumps(table), "utf-8")
    os.utime(small_kb / TABLE, ns=(1, 1))  # another modification time, whatever the clock's resolution
    assert "hemicrania" in derived.load_table(small_kb, TABLE, "v1").aliases
    assert "hemicrania" in derived.load_table(small_kb, TABLE, "v1").aliases  # from the new copy
    now = list((cache / "linker").glob("table-*"))
    assert len(now) == 1 and now != first


@pytest.mark.parametrize(
    "damage", ["truncate_columns", "flip_columns", "delete_columns", "truncate_aliases", "delete_aliases", "junk_aliases"]
)
def test_a_damaged_table_copy_is_ignored_and_written_again(cache: Path, small_kb: Path, damage: str) -> None:
    expected = _expected(small_kb)
    derived.load_table(small_kb, TABLE, "v1")
    folder = derived.table_dir(small_kb, TABLE, "v1")
    copy = folder / (derived.CONCEPTS_FILE if damage.endswith("columns") else derived.ALIASES_FILE)
    raw = copy.read_bytes()
    if damage.startswith("truncate"):
        copy.write_bytes(raw[: len(raw) // 2])
    elif damage.startswith("flip"):
        copy.write_bytes(raw[:-5] + bytes([raw[-5] ^ 0x55]) + raw[-4:])
    elif damage.startswith("junk"):
        copy.write_bytes(b"not a database" * (len(raw) // 14) + b"x" * (len(raw) % 14))  # the same size
    else:
        copy.unlink()
    assert derived.load_table(small_kb, TABLE, "v1") == expected
    again = derived.load_table(small_kb, TABLE, "v1")  # the copy is whole again
    assert isinstance(again.aliases, derived.AliasTable) and again == expected


def test_a_copy_that_fails_once_open_reads_the_knowledge_base(cache: Path, small_kb: Path, caplog: pytest.LogCaptureFixture) -> None:
    derived.load_table(small_kb, TABLE, "v1")
    table = derived.load_table(small_kb, TABLE, "v1").aliases  # checked and opened, nothing read yet
    folder = derived.table_dir(small_kb, TABLE, "v1")
    (folder / derived.ALIASES_FILE).write_bytes(b"\0" * 4096)
    (folder / derived.ALL_ALIASES_FILE).unlink()
    assert table.get("migraine") == [["migraine"], 1, 1.0]
    assert "cannot be read" in caplog.text and TABLE in caplog.text
    assert list(derived.concept_aliases(table, 2)) == [["headache"], ["migraine"]]


def test_many_lookups_read_the_whole_table_once(cache: Path, small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    derived.load_table(small_kb, TABLE, "v1")
    table = derived.load_table(small_kb, TABLE, "v1").aliases
    monkeypatch.setattr(derived.AliasTable, "LOOKUPS_BEFORE_LOADING", 3)
    answers = [table.get(k) for k in ["headache", "migraine", "nothing", "headache", "migraine", "nothing"]]
    assert answers == [[["headache"], 0, 1.0], [["migraine"], 1, 1.0], None] * 2
    assert table._all == _expected(small_kb).aliases  # read whole after the third


def test_the_concepts_aliases_and_definitions_come_from_the_copy(cache: Path, small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.linking.kb import DEFINITIONS

    (small_kb / DEFINITIONS).write_text(json.dumps(["Pain in the head.", None]), "utf-8")
    table = _expected(small_kb)
    table.aliases["head pain"] = [["head pain"], 0, 0.9]
    (small_kb / TABLE).write_text(json.dumps({"concepts": json.loads((small_kb / TABLE).read_text("utf-8"))["concepts"],
                                               "aliases": table.aliases}), "utf-8")
    derived.load_table(small_kb, TABLE, "v1")
    with monkeypatch.context() as m:
        _no_json(m)
        copy = derived.load_table(small_kb, TABLE, "v1").aliases
        aliases, definitions = derived.concept_aliases(copy, 2), derived.concept_definitions(copy, small_kb / DEFINITIONS)
        assert list(aliases) == [["headache", "head pain"], ["migraine"]] == derived.per_concept_aliases(table.aliases, 2)
        assert list(definitions) == ["Pain in the head.", None] and len(definitions) == 2
        assert definitions[-2] == "Pain in the head." and aliases[0:1] == [["headache", "head pain"]]
    with pytest.raises(IndexError):
        aliases[2]  # noqa: B018
    assert derived.concept_definitions(table.aliases, small_kb / DEFINITIONS) == ["Pain in the head.", None]


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(blocker))
    assert derived.load_table(small_kb, TABLE, "v1").aliases["migraine"][1] == 1


def test_switched_off_nothing_is_cached(cache: Path, small_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(derived.SWITCH_ENV_VAR, "0")
    assert derived.load_table(small_kb, TABLE, "v1").ids[0] == "HP:0002315"
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
    # the table's, the index's and the similarity bound's vectors (the misspelt name is bounded
    # at the threshold before the index is asked)
    assert len(list((tmp_path / "cache" / "linker").iterdir())) == 3


#: Mentions with their sentences: exact aliases, near-ties the sentence reorders (their concepts'
#: aliases and definitions read from the copy), misspellings the ANN index answers.
_IN_CONTEXT = [
    ("pseudoarthrosis after fusion", "Pseudoarthrosis after fusion was seen in 5% of patients."),
    ("binge drinking", "Binge drinking raises blood pressure."),
    ("sciatica", "Sciatica is pain along the sciatic nerve."),
    ("post-laminectomy syndrome", "Post-laminectomy syndrome follows spine surgery."),
    ("failed back surgery syndrom", None),
    ("heel pain", "Plantar fasciitis causes heel pain in runners."),
    ("migraine attacks", "Bright light can trigger migraine attacks."),
]


def test_the_linker_links_the_same_from_the_copy_as_from_the_knowledge_base(
    cache: Path, kb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The linker over the cached copy (aliases, concepts' aliases and definitions read key by
    key) gives the same concepts, candidates and scores as over the knowledge base's files."""
    from extract.linking.linker import Linker

    def links(linker: Linker) -> list:
        found = [linker.link(m, context=c) for m, c in _IN_CONTEXT + [(m, None) for m in MENTIONS]]
        return [c.model_dump() if c else None for c in found]

    Linker(kb_dir)  # writes the copy
    from_copy = Linker(kb_dir)
    assert isinstance(from_copy._table, derived.AliasTable)
    got = links(from_copy)
    assert isinstance(from_copy._defs, Sequence) and not isinstance(from_copy._defs, list)  # read from the copy
    monkeypatch.setenv(derived.SWITCH_ENV_VAR, "0")
    plain = Linker(kb_dir)
    assert isinstance(plain._table, dict)
    assert got == links(plain)
    assert sum(c is not None for c in got) >= 10
