"""Candidate classes kept as the lists under each key (sweep._Neighbours) give exactly the
neighbours and groups the class-pair sets gave; Comparability's bounded caches and shared tables
give exactly comparable_table's answers."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from extract.consistency import sweep
from extract.consistency.settings import load_settings
from extract.consistency.sweep import (
    ClassInfo, Comparability, _doc_keys_needed, _Neighbours, _root, _union, block_of, candidate_keys,
    class_rep, signature,
)

from .test_scale import assert_tables_agree, random_figures


def _reference_neighbours(keys, classes, settings):
    """The neighbours as the check found them before (a set of classes per class, every pair held)."""
    indexed, queried = defaultdict(list), defaultdict(list)
    wild = any(not classes[key].rep.measure.outcome_terms for key in keys)
    needed = _doc_keys_needed(keys, classes)
    for key in keys:
        docs = classes[key].docs
        if len(needed) < len(docs):
            docs = [d for d in docs if d in needed]
        own, query = candidate_keys(classes[key].rep, docs, settings, wild)
        for k in dict.fromkeys(own):
            indexed[k].append(key)
        for k in dict.fromkeys(query):
            queried[k].append(key)
    near = {key: {key} for key in keys}
    for k, askers in queried.items():
        found = indexed.get(k)
        if not found:
            continue
        for key in askers:
            near[key].update(found)
        for other in found:
            near[other].update(askers)
    rank = {k: classes[k].first for k in keys}
    return {key: sorted(found, key=rank.__getitem__) for key, found in near.items()}


def _reference_groups(keys, near):
    parent = {k: k for k in keys}
    for key, others in near.items():
        for other in others:
            if other != key:
                _union(parent, key, other)
    groups = defaultdict(list)
    for key in keys:
        groups[_root(parent, key)].append(key)
    return list(groups.values())


def _blocks(claims):
    """The classes of the claims, by block, in input order (as compare_measures and compare_classes make them)."""
    figures, reps = defaultdict(list), {}
    for i, c in enumerate(claims):
        key = signature(c)
        reps.setdefault(key, (i, c))
        figures[key].append(c.doc_id)
    classes = {key: ClassInfo(class_rep(c), i, frozenset(figures[key])) for key, (i, c) in reps.items()}
    by_block = defaultdict(list)
    for key, info in sorted(classes.items(), key=lambda kv: kv[1].first):
        by_block[block_of(info.rep)].append(key)
    return classes, list(by_block.values())


def _varied(seed: int, n: int):
    """Random figures with varied phrases (many classes of one measure, as a large corpus has),
    topic terms mixed within documents, and some without outcome terms (wild keys)."""
    rng = random.Random(seed)
    out = []
    for c in random_figures(seed, n):
        measure = c.measure.model_copy(update={
            "topic_terms": rng.choice([[], ["back"], ["knee"], ["back", "pain"]]) if rng.random() < 0.3 else c.measure.topic_terms,
            "outcome_terms": [] if rng.random() < 0.1 else c.measure.outcome_terms,
        })
        out.append(c.model_copy(update={"measure": measure, "outcome": rng.choice(["relief", "pain relief", "less pain", None])}))
    return out


@pytest.mark.parametrize("seed", range(30))
def test_neighbours_and_groups_are_those_of_the_class_pair_sets(seed):
    claims = _varied(seed, random.Random(seed).randint(2, 300))
    classes, blocks = _blocks(claims)
    for settings in (load_settings(), load_settings().model_copy(update={"min_topic_overlap": 0}), load_settings().model_copy(update={"min_topic_overlap": 2})):
        for keys in blocks:
            expected = _reference_neighbours(keys, classes, settings)
            near = _Neighbours(keys, classes, settings)
            assert {key: near[key] for key in keys} == expected
            assert near.groups() == _reference_groups(keys, expected)


def test_neighbours_hold_the_lists_under_keys_not_the_pairs():
    """Many classes of one block under the same keys: the lists held grow with the classes, the
    pairs of neighbours (which the check used to hold) with their square."""
    held = {}
    for n in (600, 2000):
        classes, blocks = _blocks(_varied(3, n))
        keys = max(blocks, key=len)
        near = _Neighbours(keys, classes, load_settings())
        distinct = {id(t): t for reached in near.reach.values() for t in reached}
        stored = sum(map(len, distinct.values())) + sum(len(reached) for reached in near.reach.values())
        pairs = sum(len(near[key]) for key in keys)
        assert stored < pairs / 5, (n, stored, pairs)
        held[n] = (len(keys), stored)
    (k1, s1), (k2, s2) = held[600], held[2000]
    assert s2 / s1 < 1.5 * k2 / k1  # linear in the classes


@pytest.mark.parametrize("seed", range(4))
def test_comparability_with_tiny_caches_decides_as_comparable_table(seed, monkeypatch):
    """Caches emptied at every second answer, tables shared by value: the same answers."""
    monkeypatch.setattr(sweep, "_PAIR_CACHE", 2)
    settings = load_settings()
    cached = Comparability(settings)
    assert_tables_agree(cached, random_figures(seed, 40), settings)
    assert max(len(cached._roles), len(cached._times), len(cached._topics)) <= 2
