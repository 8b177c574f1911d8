"""The file check works out its candidate groups in its SQLite index (files._class_groups): the
same groups, in the same order, with the same neighbours and class records, as
sweep.class_groups gives from the same classes held in memory; and the check's result does not
depend on how many classes it reads at a time or on Comparability forgetting its facets."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from extract.consistency import check_claims, check_file, files, sweep
from extract.consistency.settings import load_settings
from extract.consistency.sweep import ClassInfo, _Neighbours, class_groups, class_rep, measure_signature, signature
from extract.evaluation.synthetic import synthetic_claims
from extract.records.models import StatisticClaim

from .test_neighbours import _blocks, _varied
from .test_scale import random_figures

SETTINGS = [
    load_settings(),
    load_settings().model_copy(update={"min_topic_overlap": 0}),
    load_settings().model_copy(update={"min_topic_overlap": 2}),
]


def _many_documents(seed: int, n: int) -> list[StatisticClaim]:
    """Varied figures spread over many documents, some documents with mixed topic terms (their
    document keys needed) and some with one topic (theirs left out)."""
    rng = random.Random(seed)
    return [c.model_copy(update={"doc_id": f"doc{rng.randint(0, 40)}"}) for c in _varied(seed, n)]


def _synthetic(n: int, measures: int) -> list[StatisticClaim]:
    return [StatisticClaim.model_validate(c) for c in synthetic_claims(n, measures, seed=2)]


def _memory_groups(claims, settings):
    """sweep.class_groups over the claims' classes in memory, classes named by their first ordinal."""
    figures, reps = {}, {}
    for i, c in enumerate(claims):
        key = signature(c)
        reps.setdefault(key, (i, c))
        figures.setdefault(key, set()).add(c.doc_id)
    classes = {key: ClassInfo(class_rep(c), i, frozenset(figures[key])) for key, (i, c) in reps.items()}
    return [_named(g, lambda k: g.classes[k].first) for g in class_groups(classes, settings)]


def _file_groups(claims, settings, tmp_path: Path):
    """files._class_groups over the claims written to a file and indexed as check_file does."""
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    db = sqlite3.connect(tmp_path / "index.sqlite", isolation_level=None)
    try:
        db.executescript(files._SCHEMA)
        with path.open("rb") as handle:
            index = files._index(handle, path, db, settings, lambda finding: None)
        return [_named(g, lambda k: g.classes[k].first) for g in files._class_groups(db, index, settings)]
    finally:
        db.close()
        (tmp_path / "index.sqlite").unlink()


def _named(group, name):
    """A group as plain data: its classes, each one's neighbours and record, by first ordinal."""
    def record(info):
        rep = info.rep
        return (measure_signature(rep.measure), rep.value.unit, rep.polarity, rep.outcome, rep.population, rep.intervention, info.first, info.docs)

    return (
        [name(k) for k in group.members],
        {name(k): [name(n) for n in group.near[k]] for k in group.members},
        {name(k): record(group.classes[k]) for k in group.members},
    )


@pytest.mark.parametrize("rows", [1, 3, 2000])
@pytest.mark.parametrize("seed", range(8))
def test_groups_from_the_database_are_those_of_the_classes_in_memory(seed, rows, tmp_path, monkeypatch):
    monkeypatch.setattr(files, "_GROUP_ROWS", rows)  # groups across the chunks the classes are read in
    claims = (_many_documents if seed % 2 else _varied)(seed, random.Random(seed).randint(20, 300))
    for settings in SETTINGS:
        expected = _memory_groups(claims, settings)
        assert _file_groups(claims, settings, tmp_path) == expected
    assert any(len(members) > 3 for members, _, _ in expected)  # not vacuous: groups of several classes


def test_groups_from_the_database_on_synthetic_figures(tmp_path):
    """Many documents and measures, the candidate keys of topics and documents."""
    claims = _synthetic(3000, 60)
    expected = _memory_groups(claims, load_settings())
    assert _file_groups(claims, load_settings(), tmp_path) == expected
    assert len(expected) > 20 and max(len(members) for members, _, _ in expected) > 5


@pytest.mark.parametrize("seed", range(20))
def test_neighbours_from_sorted_keys_are_those_of_the_classes(seed):
    """_Neighbours.from_sorted (the keys as the database orders them) reaches what __init__ does."""
    claims = _varied(seed, random.Random(seed).randint(2, 200))
    classes, blocks = _blocks(claims)
    for settings in SETTINGS:
        for keys in blocks:
            near = _Neighbours(keys, classes, settings)
            wild = any(not classes[key].rep.measure.outcome_terms for key in keys)
            needed = sweep._doc_keys_needed(keys, classes)
            rows = []
            for position, key in enumerate(keys):
                docs = classes[key].docs
                if len(needed) < len(docs):
                    docs = [d for d in docs if d in needed]
                own, query = sweep.candidate_keys(classes[key].rep, docs, settings, wild)
                rows += [(k, 0, position) for k in dict.fromkeys(own)] + [(k, 1, position) for k in dict.fromkeys(query)]
            rows.sort()
            by_position = _Neighbours.from_sorted(list(range(len(keys))), {i: classes[k].first for i, k in enumerate(keys)}, rows)
            for position, key in enumerate(keys):
                assert [keys[i] for i in by_position[position]] == near[key]


@pytest.mark.parametrize("seed", range(3))
def test_the_check_is_the_same_when_comparability_forgets_at_every_group(seed, tmp_path, monkeypatch):
    """Comparability's facets and answers forgotten before every group: the same conflicts and coverage."""
    claims = _many_documents(seed, 250)
    expected = check_claims(claims)
    monkeypatch.setattr(sweep, "_FACETS", 0)
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    got = check_file(path, labels=None, topics=None)
    assert [c.model_dump_json() for c in got.conflicts] == [c.model_dump_json() for c in expected.conflicts]
    assert got.coverage == expected.coverage
    assert check_claims(claims) == expected
    assert len(expected.conflicts) > 5


def test_the_check_is_the_same_when_the_reader_keeps_one_measure(tmp_path, monkeypatch):
    """The fast reader's measures are a cache: emptied at every new text, the same classes
    (measure ids), conflicts and coverage."""
    claims = _synthetic(2000, 40) + _many_documents(5, 200)
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    expected = check_file(path, labels=None, topics=None)
    monkeypatch.setattr(files, "_MEASURES", 1)
    got = check_file(path, labels=None, topics=None)
    assert [c.model_dump_json() for c in got.conflicts] == [c.model_dump_json() for c in expected.conflicts]
    assert got.coverage == expected.coverage
    assert [c.model_dump_json() for c in expected.conflicts] == [c.model_dump_json() for c in check_claims(claims).conflicts]
    assert len(expected.conflicts) > 5
