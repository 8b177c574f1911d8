"""The comparable pairs of classes of a candidate group are kept in arrays (sweep._Edges), not as
dicts and sets of tuple pairs (quadratic in a group's classes): the comparison finds exactly
what the dict-based version found, and the arrays answer every look-up a dict would."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from extract.consistency import sweep
from extract.consistency.check import compare_measures
from extract.consistency.measures import complementary
from extract.consistency.settings import load_settings
from extract.evaluation.synthetic import synthetic_claims
from extract.records.models import StatisticClaim

from .test_scale import _dumps, random_figures


def _reference_compare_group(members, near, classes, facets, comparability, figures, settings):
    """_compare_group as written before the arrays: the edges, their sets and the pairs with no
    two figures in one document held in dicts and sets of tuples."""
    if len(members) == 1 and len(figures[members[0]]) < 2:
        return [], 0, 0
    rank = {k: classes[k].first for k in members}
    indexed = {}

    def docs(fs):
        if id(fs) not in indexed:
            indexed[id(fs)] = sweep.by_doc(fs)
        return indexed[id(fs)]

    edges, apart, flags, full, pairs = {}, set(), {}, set(), 0
    parent = {k: k for k in members}
    for a in members:
        fa, info = figures[a], classes[a]
        for b in near[a]:
            if rank[b] < rank[a]:
                continue
            same = a == b
            shared = same or not info.docs.isdisjoint(classes[b].docs)
            if not shared or same and len(info.docs) == len(fa):
                apart.add((a, b))
            table = comparability.table(facets[a], facets[b], sweep.RELATIONS if shared else (sweep.OTHER_DOC,))
            if not any(table.values()):
                continue
            if not shared and table[(True, sweep.OTHER_DOC)] == table[(False, sweep.OTHER_DOC)]:
                n = len(fa) * len(figures[b])
                for key in (a, b):
                    full.add(key)
                    flags.pop(key, None)
            elif same and len(info.docs) == len(fa):
                n = len(fa) * (len(fa) - 1) // 2 if table[(True, sweep.OTHER_DOC)] else 0
                sweep._flag(flags, full, a, [n > 0] * len(fa))
            else:
                n, flags_a, flags_b = sweep._count_pairs(fa, None if same else figures[b], table, docs)
                sweep._flag(flags, full, a, flags_a)
                sweep._flag(flags, full, b, flags_b)
            if not n:
                continue
            pairs += n
            edges[(a, b)] = table
            sweep._union(parent, a, b)
    compared = sum(len(figures[k]) for k in full) + sum(sum(f) for f in flags.values())
    sets = defaultdict(list)
    for key in members:
        sets[sweep._root(parent, key)].append(key)
    inside = defaultdict(dict)
    for pair, table in edges.items():
        inside[sweep._root(parent, pair[0])][pair] = table
    sided = {}

    def sides(fs, flip):
        if (id(fs), flip) not in sided:
            sided[(id(fs), flip)] = sweep._side(fs, flip)
        return sided[(id(fs), flip)]

    found = []
    for root, keys in sets.items():
        tables = inside.get(root)
        if not tables:
            continue
        limit = max(settings.max_pairwise_conflicts, sum(len(figures[k]) for k in keys))
        conflicts, paired = [], []
        for (a, b), table in tables.items():
            rep_a, rep_b = classes[a].rep, classes[b].rep
            opposite = a != b and complementary(rep_a, rep_b, settings)
            if opposite:
                found += sweep._complements(figures[a], figures[b], table)
            sa = sides(figures[a], opposite and rep_a.polarity == "negative")
            sb = sa if a == b else sides(figures[b], opposite and rep_b.polarity == "negative")
            paired.append((a, b, sa, sb, table, opposite))
        overflow = sweep._surely_over(paired, docs, limit, apart)
        for a, b, sa, sb, table, opposite in paired:
            if overflow:
                break
            more, overflow = sweep._sweep(sa, sb, a == b, table, opposite, limit - len(conflicts))
            conflicts += more
        if overflow:
            conflicts = sweep._consensus(keys, tables, classes, figures, settings)
        found += conflicts
    return found, pairs, compared


def _cases(seed):
    synthetic = [StatisticClaim.model_validate(d) for d in synthetic_claims(1500, 25, seed=seed, figures_per_doc=3)]
    return [(random_figures(seed, 80), 3), (random_figures(seed + 50, 120), 45), (synthetic, 4), (synthetic, 45), (synthetic, 10**6)]


@pytest.mark.parametrize("seed", range(4))
def test_the_edges_in_arrays_find_what_the_dicts_found(seed, monkeypatch):
    """Findings (in order), comparable pairs and compared figures are those of the dict-based
    group comparison, with bounds low enough to send sets to their consensus and high enough to
    report every pair; and the consensus is asked of the same sets with the same tables."""
    cases = _cases(seed)
    new_calls, old_calls = [], []
    consensus = sweep._consensus

    def record(calls):
        def wrapped(members, tables, *rest):
            calls.append((list(members), sorted(tables.items(), key=repr)))
            return consensus(members, tables, *rest)

        return wrapped

    monkeypatch.setattr(sweep, "_consensus", record(new_calls))
    found = [compare_measures(claims, load_settings().model_copy(update={"max_pairwise_conflicts": cap})) for claims, cap in cases]
    monkeypatch.setattr(sweep, "_compare_group", _reference_compare_group)
    monkeypatch.setattr(sweep, "_consensus", record(old_calls))
    for (claims, cap), (findings, coverage) in zip(cases, found):
        expected, expected_coverage = compare_measures(claims, load_settings().model_copy(update={"max_pairwise_conflicts": cap}))
        assert [f.claims[0].claim_id + f.claims[1].claim_id + f.kind for f in findings] == [
            f.claims[0].claim_id + f.claims[1].claim_id + f.kind for f in expected
        ]
        assert _dumps(findings) == _dumps(expected)
        assert coverage == expected_coverage
    assert new_calls == old_calls and len(new_calls) > 3


@pytest.mark.parametrize("seed", range(5))
def test_edge_tables_answer_as_the_dict_of_the_edges(seed):
    """Every pair of classes, present or not, either order: the same membership, table and
    apart flag as a dict and a set of the edges; iteration gives the edges; by_set gives each
    set's edges in the order found, the sets in the order of their first class."""
    rng = random.Random(seed)
    members = [("class", i) for i in range(rng.randint(1, 40))]
    tables = [sweep._shared_table(tuple(rng.random() < 0.5 for _ in sweep._TABLE_KEYS)) for _ in range(5)]
    edges, expected, apart = sweep._Edges(members), {}, set()
    for _ in range(rng.randint(0, 200)):
        a, b = sorted(rng.sample(range(len(members)), 2) if len(members) > 1 and rng.random() < 0.9 else [0, 0])
        pair = (members[a], members[b])
        if pair in expected:
            continue
        table, away = rng.choice(tables), rng.random() < 0.5
        edges.add(*pair, table, away)
        expected[pair] = table
        if away:
            apart.add(pair)
    step = rng.randint(1, 5)
    root = {k: members[len(members) - 1 - (i // step) * step] for i, k in enumerate(members)}  # sets of `step` classes
    with_edges = {root[a] for a, _ in expected}
    sets = list(edges.by_set(root.__getitem__))
    assert [r for r, _ in sets] == [r for r in dict.fromkeys(root[k] for k in members) if r in with_edges]
    for r, inside in sets:
        assert [(a, b) for a, b, _, _ in edges.items(inside)] == [p for p in expected if root[p[0]] == r]
    everything = edges.tables(range(len(expected)))
    assert dict(everything.items()) == expected and len(everything) == len(expected)
    flags = sweep._Apart(edges, everything)
    for a in members + [("class", -1)]:
        for b in members + [("class", -1)]:
            assert ((a, b) in everything) == ((a, b) in expected)
            assert ((a, b) in flags) == ((a, b) in apart)
            if (a, b) in expected:
                assert everything[(a, b)] is expected[(a, b)]
            else:
                with pytest.raises(KeyError):
                    everything[(a, b)]
