"""The check at scale: the class-and-sweep comparison finds exactly what all pairs find, the
file-based check equals the in-memory one, large disagreeing groups are bounded, and the
synthetic figures are valid claims."""

from __future__ import annotations

import gc
import json
import random
import tempfile
from itertools import combinations
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from extract.consistency import check_claims, check_file, group_claims
from extract.consistency.check import compare_measures
from extract.consistency.compare import compare_pair
from extract.consistency.measures import blocks, incomparable_reason
from extract.consistency.settings import load_settings
from extract.consistency.sweep import OTHER_DOC, RELATIONS, Comparability, class_rep, comparable_table, signature
from extract.evaluation.synthetic import synthetic_claims, write_synthetic
from extract.records.ids import stable_id
from extract.records.models import StatisticClaim
from extract.runner.read import RecordError

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
UNBOUNDED = load_settings().model_copy(update={"max_pairwise_conflicts": 10**9})


def all_pairs(claims, settings):
    """The comparison as it was before classes and sweep: every pair of every block."""
    findings, pairs, compared = [], 0, set()
    for group in blocks(claims):
        for a, b in combinations(group, 2):
            if incomparable_reason(a, b, settings):
                continue
            pairs += 1
            compared.update((a.claim_id, b.claim_id))
            f = compare_pair(a, b, settings)
            if f:
                findings.append(f)
    return findings, {"pairs_compared": pairs, "figures_compared": len(compared)}


def _value(rng: random.Random) -> dict:
    q = rng.choice(["exact", "exact", "about", "up_to", "at_least", "less_than", "more_than", "range"])
    p = rng.choice([0.1, 0.15, 0.2, 0.2, 0.25, 0.3, 0.33, 0.5, 0.7, 0.75, 0.8, 0.85, 0.9])
    if q in ("exact", "about"):
        return {"point": p, "lower": p, "upper": p, "qualifier": q, "surface": f"{'about ' if q == 'about' else ''}{round(p * 100)}%"}
    if q in ("up_to", "less_than"):
        return {"point": p, "lower": None, "upper": p, "qualifier": q, "surface": f"{q.replace('_', ' ')} {round(p * 100)}%"}
    if q in ("at_least", "more_than"):
        return {"point": p, "lower": p, "upper": None, "qualifier": q, "surface": f"{q.replace('_', ' ')} {round(p * 100)}%"}
    hi = min(1.0, p + rng.choice([0.05, 0.1, 0.2]))
    return {"point": None, "lower": p, "upper": hi, "qualifier": "range", "surface": f"{round(p * 100)}-{round(hi * 100)}%"}


_CONCEPTS = [
    None,
    None,
    {"id": "EV:relief", "vocabulary": "EV", "name": "Pain relief", "score": 1.0, "related": ["G89.4"]},
    {"id": "G89.4", "vocabulary": "ICD-10-CM", "name": "Chronic pain syndrome", "score": 1.0},
    {"id": "G89", "vocabulary": "ICD-10-CM", "name": "Pain", "score": 1.0},
    {"id": "EV:sleep", "vocabulary": "EV", "name": "Sleep", "score": 1.0},
]
_POPULATION_CONCEPTS = [
    None,
    {"id": "M96.1", "vocabulary": "ICD-10-CM", "name": "Postlaminectomy syndrome", "score": 1.0},
    {"id": "EV:fbss", "vocabulary": "EV", "name": "Failed back surgery syndrome", "score": 1.0, "related": ["M96.1"]},
]
_INTERVENTION_CONCEPTS = [
    None,
    {"id": "EV:surgery", "vocabulary": "EV", "name": "Surgery", "score": 1.0},
    {"id": "EV:spine_surgery", "vocabulary": "EV", "name": "Spine surgery", "score": 1.0},
]


def random_figures(seed: int, n: int) -> list[StatisticClaim]:
    """Small random blocks: few measures, docs, sections and sentences, so that every relation
    (other document, same section, other section, same sentence), complements, bounds, ranges,
    subgroups, time frames and topics occur."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        doc = f"doc{rng.randint(0, 3)}"
        sentence = rng.randint(0, 4)
        axis = rng.choice([None, "success", "success"])
        polarity = rng.choice(["positive", "negative"]) if axis else None
        value = _value(rng)
        quote = f"{value['surface']} of patients had relief."
        out.append(StatisticClaim.model_validate({
            "claim_id": stable_id("clm_", seed, i),
            "doc_id": doc,
            "evidence": {"quote": quote, "start": 0, "end": len(quote), "sentence_index": sentence,
                         "section": rng.choice(["A", "B", None]), "rule": "percent", "extractor_version": "test"},
            "value": {**value, "unit": "proportion", "start": 0, "end": len(value["surface"]), "precision": 0.005},
            "outcome": "relief", "population": rng.choice([None, "adults"]), "intervention": rng.choice([None, "surgery"]),
            "polarity": polarity,
            "measure": {
                "outcome_terms": rng.choice([["relief"], ["relief"], [], ["sleep"]]),
                "population_terms": rng.choice([[], [], ["adult"], ["child"]]),
                "intervention_terms": rng.choice([[], ["surgeri"], ["surgeri"], ["without", "surgeri"]]),
                "axis": axis,
                "threshold": rng.choice([None, None, ">=0.5"]),
                "time_terms": rng.choice([[], ["12", "month"], ["1", "year"], ["6", "month"]]),
                "topic_terms": {"doc0": ["back", "pain"], "doc1": ["back", "pain", "leg"], "doc2": ["back", "knee"], "doc3": []}[doc],
                "key": "test",
                "outcome_concept": rng.choice(_CONCEPTS) if seed % 2 else None,
                "intervention_concept": rng.choice(_INTERVENTION_CONCEPTS) if seed % 2 else None,
                "population_concept": rng.choice(_POPULATION_CONCEPTS) if seed % 2 else None,
            },
        }))
    return out


def _dumps(findings):
    return sorted((f.kind, f.severity, tuple(c.claim_id for c in f.claims), f.explanation) for f in findings)


@pytest.mark.parametrize("seed", range(40))
def test_the_sweep_finds_exactly_the_all_pairs_conflicts_on_random_small_blocks(seed):
    claims = random_figures(seed, random.Random(seed).randint(2, 40))
    expected, expected_coverage = all_pairs(claims, UNBOUNDED)
    found, coverage = compare_measures(claims, UNBOUNDED)
    assert _dumps(found) == _dumps(expected)
    assert coverage == expected_coverage


@pytest.mark.parametrize("seed", range(6))
def test_comparability_by_facets_decides_as_comparable_table(seed):
    """The cached tests (once per pair of what each reads) give every class pair the table the
    stand-ins give, in both orders and with or without a shared document."""
    for settings in (load_settings(), load_settings().model_copy(update={"compare_concepts": False, "min_topic_overlap": 2})):
        assert_tables_agree(Comparability(settings), random_figures(seed, 40), settings)


def assert_tables_agree(cached: Comparability, claims: list, settings) -> None:  # noqa: ANN001
    """``cached`` gives every pair of the claims' measure classes, in both orders and with or
    without a shared document, the table :func:`comparable_table` computes."""
    reps = list({signature(c): class_rep(c) for c in claims}.values())
    facets = [cached.facets(rep) for rep in reps]
    for i, a in enumerate(reps):
        for j, b in enumerate(reps):
            for relations in (RELATIONS, (OTHER_DOC,)):
                assert cached.table(facets[i], facets[j], relations) == comparable_table(a, b, settings, relations), (i, j, relations)


def test_small_groups_are_reported_in_full_with_the_default_bound():
    """Under the default bound nothing changes for groups of a few figures."""
    settings = load_settings()
    for seed in range(40, 60):
        claims = random_figures(seed, 12)
        assert _dumps(compare_measures(claims, settings)[0]) == _dumps(all_pairs(claims, settings)[0])


def _one_measure(values, docs=None):
    """Figures of one measure, each stated exactly in its own document."""
    out = []
    for i, v in enumerate(values):
        surface = f"{v}%"
        quote = f"{surface} of patients had relief after surgery."
        doc = docs[i] if docs else f"doc{i}"
        out.append(StatisticClaim.model_validate({
            "claim_id": stable_id("clm_", "bound", i),
            "doc_id": doc,
            "evidence": {"quote": quote, "start": 0, "end": len(quote), "sentence_index": i, "rule": "percent", "extractor_version": "test"},
            "value": {"point": v / 100, "lower": v / 100, "upper": v / 100, "qualifier": "exact", "unit": "proportion",
                      "surface": surface, "start": 0, "end": len(surface), "precision": 0.005},
            "outcome": "relief", "intervention": "surgery",
            "measure": {"outcome_terms": ["relief"], "intervention_terms": ["surgeri"], "axis": "success",
                        "topic_terms": ["back", "pain"], "key": "relief after surgery"},
        }))
    return out


def test_a_group_of_many_disagreeing_figures_is_checked_against_its_consensus():
    claims = _one_measure(list(range(10, 90, 2)))  # 40 figures, every pair apart: 780 conflicting pairs
    assert len(all_pairs(claims, load_settings())[0]) == 780
    findings, coverage = compare_measures(claims, load_settings())
    assert coverage == {"pairs_compared": 780, "figures_compared": 40}  # coverage still counts every pair
    assert len(findings) <= 40
    median = claims[19]  # the median point (the lower middle of 40)
    extremes = {claims[0].claim_id, claims[-1].claim_id}
    pairs = [{c.claim_id for c in f.claims} for f in findings]
    assert all(median.claim_id in pair or pair == extremes for pair in pairs)
    assert extremes in pairs
    assert len(set().union(*pairs)) == 40  # every figure is flagged


def test_a_group_below_the_bound_keeps_every_pair():
    claims = _one_measure(list(range(10, 30, 2)))  # 10 figures, 45 conflicting pairs: the default bound
    findings, _ = compare_measures(claims, load_settings())
    assert len(findings) == 45
    assert _dumps(findings) == _dumps(all_pairs(claims, load_settings())[0])


def test_one_outlier_among_agreeing_figures_is_flagged_against_each():
    claims = _one_measure([30] * 40 + [80])
    findings, coverage = compare_measures(claims, load_settings())
    assert coverage["pairs_compared"] == 41 * 40 // 2
    assert len(findings) == 40 and all(claims[-1] in f.claims for f in findings)


# -- check_file ------------------------------------------------------------------------------------


def _write(path: Path, claims) -> Path:
    path.write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    return path


def _same(a, b):
    assert [c.model_dump_json() for c in a.conflicts] == [c.model_dump_json() for c in b.conflicts]
    assert a.coverage == b.coverage


def test_check_file_equals_check_claims_on_the_seed_corpus(fbss_claims, tmp_path):
    claims = [c for cs in fbss_claims.values() for c in cs]
    labels = {cs[0].doc_id: name for name, cs in fbss_claims.items() if cs}
    path = _write(tmp_path / "claims.jsonl", claims)
    groups = tmp_path / "claim_groups.jsonl"
    result = check_file(path, labels=labels, topics=None, groups_path=groups)
    _same(result, check_claims(claims, labels=labels))
    assert result.conflicts and result.coverage["qualitative_pairs_compared"] > 0
    assert groups.read_text(encoding="utf-8").splitlines() == [g.model_dump_json() for g in group_claims(claims)]
    assert result.groups == len(group_claims(claims)) > 0  # the runner counts them from here


@pytest.mark.parametrize("seed", range(5))
def test_check_file_equals_check_claims_on_random_figures(seed, tmp_path):
    claims = random_figures(seed, 60)
    _same(check_file(_write(tmp_path / "claims.jsonl", claims), labels=None, topics=None), check_claims(claims))


def test_check_file_equals_check_claims_on_synthetic_figures(tmp_path):
    path = tmp_path / "claims.jsonl"
    write_synthetic(path, 3000, 30, seed=3)
    claims = [StatisticClaim.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]
    result = check_file(path, labels=None, topics=None)
    _same(result, check_claims(claims))
    assert result.coverage["figures_compared"] > 2500 and result.conflicts


def test_a_malformed_line_names_the_file_and_line_and_leaves_no_database(tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    good = _one_measure([20, 30])
    path = tmp_path / "claims.jsonl"
    path.write_text(good[0].model_dump_json() + "\n" + good[1].model_dump_json() + "\n{\"claim_id\": 3\n", encoding="utf-8")
    groups = tmp_path / "claim_groups.jsonl"
    with pytest.raises(RecordError) as error:
        check_file(path, labels=None, topics=None, groups_path=groups)
    assert error.value.line == 3 and str(path) in str(error.value)
    assert list(scratch.iterdir()) == []  # the temporary index is gone
    assert not groups.exists()
    assert gc.isenabled()  # the collector the check pauses is back


def test_a_conflicting_claim_invalid_beyond_what_the_index_reads_names_its_line(tmp_path):
    """The index reads a figure's measure, value and place; the whole claim is validated when a
    check reads it back (here: the two figures conflict), and the error still names the line."""
    good = _one_measure([20, 80])
    broken = json.loads(good[1].model_dump_json())
    del broken["claim_id"]
    path = tmp_path / "claims.jsonl"
    path.write_text(good[0].model_dump_json() + "\n\n" + json.dumps(broken) + "\n", encoding="utf-8")
    groups = tmp_path / "claim_groups.jsonl"
    with pytest.raises(RecordError, match="claim_id") as error:
        check_file(path, labels=None, topics=None, groups_path=groups)
    assert error.value.line == 3 and str(path) in str(error.value)
    assert not groups.exists()


def test_a_line_that_is_not_utf8_is_a_record_error(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_bytes(_one_measure([20])[0].model_dump_json().encode() + b"\n\xff\xfe binary\n")
    with pytest.raises(RecordError, match="line 2"):
        check_file(path, labels=None, topics=None)


# -- synthetic figures -----------------------------------------------------------------------------


def test_synthetic_figures_are_valid_claims_and_reproducible(tmp_path):
    validator = Draft202012Validator(json.loads((SCHEMAS / "claim.schema.json").read_text(encoding="utf-8")))
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_synthetic(a, 500, 20, seed=7)
    write_synthetic(b, 500, 20, seed=7)
    assert a.read_bytes() == b.read_bytes()
    lines = a.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 500
    claims = [StatisticClaim.model_validate_json(line) for line in lines]
    for line in lines:
        validator.validate(json.loads(line))
    assert len({c.claim_id for c in claims}) == 500
    assert len({(c.measure.outcome_terms[0], c.measure.intervention_terms[0], tuple(c.measure.topic_terms)) for c in claims}) == 20
    assert {c.value.qualifier for c in claims} >= {"exact", "about", "up_to", "range"}
    assert len({c.doc_id for c in claims}) == 50
    assert {c.polarity for c in claims} >= {"positive", "negative"}


def test_synthetic_figures_mostly_agree():
    claims = [StatisticClaim.model_validate(r) for r in synthetic_claims(2000, 10, seed=1)]
    result = check_claims(claims)
    # a handful of noisy and outlying figures per measure, not every pair
    assert 0 < len(result.conflicts) < 0.2 * len(claims)
    assert result.coverage["pairs_compared"] > 50 * len(claims)


def test_an_empty_file_is_checked_as_no_claims(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text("\n", encoding="utf-8")
    groups = tmp_path / "claim_groups.jsonl"
    result = check_file(path, labels=None, topics=None, groups_path=groups)
    _same(result, check_claims([]))
    assert result.conflicts == [] and groups.read_text(encoding="utf-8") == ""


def test_synthetic_topics_share_no_term() -> None:
    """Measures of two synthetic conditions must not be checked as one (which would make every
    outcome and intervention conflict across conditions, a harder case than real corpora)."""
    from extract.evaluation.synthetic import _topic_terms

    terms = [set(_topic_terms(topic)) for topic in range(30)]
    pairs = [(i, j, a & b) for i, a in enumerate(terms) for j, b in enumerate(terms) if j > i]
    assert max(len(shared) for _, _, shared in pairs) <= 1  # as two real conditions may share a word ("syndrome")
    assert not any(shared for i, j, shared in pairs if i % 6 == j % 6)  # a condition and its numbered variants: none


def _random_side_figures(rng: random.Random, n: int, docs: int, start: int) -> list:
    """Figures of one class: point estimates (exact, about) with a few tolerances, bounds and
    ranges, over a few documents and sentences."""
    from extract.consistency.intervals import Interval
    from extract.consistency.sweep import Figure

    out = []
    for i in range(n):
        p = rng.choice([0.1, 0.2, 0.25, 0.3, 0.31, 0.5, 0.52, 0.7, 0.9])
        q = rng.choice(["exact", "exact", "about", "up_to", "range"])
        t = rng.choice([0.005, 0.005, 0.01, 0.025])
        iv = Interval(0.0, p, p, q, t, False) if q == "up_to" else Interval(p, min(1.0, p + 0.1), None, q, t, False) if q == "range" else Interval(p, p, p, q, t, False)
        out.append(Figure(start + i, f"doc{rng.randrange(docs)}", rng.choice(["A", "B"]), rng.randrange(4), iv))
    return out


@pytest.mark.parametrize("seed", range(30))
def test_the_sure_conflict_count_never_exceeds_the_conflicting_pairs_across_documents(seed):
    """sure_conflicts, which sends a set to its consensus without a sweep, is a lower bound on
    the pairs of two classes that conflict across documents (pair by pair with interval_conflict);
    with one tolerance and one figure per document it counts them all."""
    from extract.consistency.compare import interval_conflict
    from extract.consistency.intervals import Interval
    from extract.consistency.sweep import Figure, _side, by_doc, sure_conflicts

    rng = random.Random(seed)
    fa = _random_side_figures(rng, rng.randint(1, 30), rng.randint(1, 8), 0)
    fb = _random_side_figures(rng, rng.randint(1, 30), rng.randint(1, 8), 1000)
    for same, sa, sb in ((True, _side(fa, False), None), (False, _side(fa, False), _side(fb, seed % 2 == 1))):
        sb = sb or sa
        exact = 0
        for i, f in enumerate(sa.figures):
            for j, g in enumerate(sb.figures):
                if (not same or i < j) and f.doc_id != g.doc_id:
                    exact += interval_conflict(sa.intervals[i], sb.intervals[j]) is not None
        assert sure_conflicts(sa, sb, same, by_doc) <= exact
    # one tolerance, every figure in its own document, points on a grid away from the reach: all counted
    grid = [Figure(i, f"d{i}", "A", 0, Interval(p, p, p, "exact", 0.005, False)) for i, p in enumerate(rng.sample([k / 20 for k in range(21)], 12))]
    side = _side(grid, False)
    exact = sum(1 for i in range(12) for j in range(i + 1, 12) if interval_conflict(side.intervals[i], side.intervals[j]))
    assert exact > 0 and sure_conflicts(side, side, True, by_doc) == exact


@pytest.mark.parametrize("seed", range(3))
def test_the_sure_overflow_shortcut_changes_no_result(seed, monkeypatch):
    """Sets sent to their consensus by the sure count are exactly those the sweep sends there:
    on random blocks and on synthetic measures of about 50 figures (where the count does decide
    sets), with bounds from low to high, the findings and coverage are the same with the
    shortcut and without it."""
    from extract.consistency import sweep

    synthetic = [StatisticClaim.model_validate(d) for d in synthetic_claims(1500, 30, seed=seed, figures_per_doc=3)]
    cases = [(random_figures(seed, 60), 3), (synthetic, 5), (synthetic, 45), (synthetic, 200)]
    decided = []
    surely_over = sweep._surely_over
    monkeypatch.setattr(sweep, "_surely_over", lambda *args: decided.append(surely_over(*args)) or decided[-1])
    found = [compare_measures(claims, load_settings().model_copy(update={"max_pairwise_conflicts": cap})) for claims, cap in cases]
    assert any(decided) and not all(decided)
    monkeypatch.setattr(sweep, "_surely_over", lambda *args: False)
    for (claims, cap), (findings, coverage) in zip(cases, found):
        expected, expected_coverage = compare_measures(claims, load_settings().model_copy(update={"max_pairwise_conflicts": cap}))
        assert _dumps(findings) == _dumps(expected)
        assert coverage == expected_coverage


def _reference_consensus(members, tables, classes, figures, settings):
    """The consensus as first written, figure by figure through dicts keyed by ordinal (the
    reference the list-based one in sweep must equal)."""
    from extract.consistency.compare import interval_conflict
    from extract.consistency.intervals import complement_of
    from extract.consistency.measures import complementary
    from extract.consistency.sweep import OTHER_SECTION, SAME_SECTION, _kind, _ordered

    items = [(k, f) for k in members for f in figures[k]]
    flips = {
        k: classes[k].rep.polarity == "negative" and classes[k].rep.measure.axis in settings.complementable_axes
        and classes[k].rep.value.unit == "proportion"
        for k in members
    }
    on_scale = {f.ordinal: complement_of(f.interval) if flips[k] else f.interval for k, f in items}
    pointed = {o for o, iv in on_scale.items() if _kind(iv) == "point"}

    def median(found):
        points = sorted((on_scale[f.ordinal].point, f.ordinal, k, f) for k, f in found if f.ordinal in pointed)
        if not points:
            return min(found, key=lambda kf: kf[1].ordinal) if found else None
        _, _, k, f = points[(len(points) - 1) // 2]
        return k, f

    def state(ka, f, kb, g):
        if (ka, kb) in tables:
            table = tables[(ka, kb)]
        elif (kb, ka) in tables:
            table = {(not first, rel): v for (first, rel), v in tables[(kb, ka)].items()}
        else:
            return None
        rep_a, rep_b = classes[ka].rep, classes[kb].rep
        opposite = ka != kb and complementary(rep_a, rep_b, settings)
        if f.doc_id != g.doc_id:
            rel = OTHER_DOC
        elif opposite or f.sentence == g.sentence:
            return None
        else:
            rel = SAME_SECTION if f.section == g.section else OTHER_SECTION
        if not table[(f.ordinal < g.ordinal, rel)]:
            return None
        iv_f = on_scale[f.ordinal] if opposite and rep_a.polarity == "negative" else f.interval
        iv_g = on_scale[g.ordinal] if opposite and rep_b.polarity == "negative" else g.interval
        ia, ib = (iv_f, iv_g) if f.ordinal < g.ordinal else (iv_g, iv_f)
        return interval_conflict(ia, ib) is not None

    center = median(items)
    own = {k: median([(k, f) for f in figures[k]]) for k in members}
    low = min(items, key=lambda kf: (on_scale[kf[1].ordinal].lo, kf[1].ordinal))
    high = max(items, key=lambda kf: (on_scale[kf[1].ordinal].hi, -kf[1].ordinal))
    found = set()
    for k, f in items:
        for ck, c in (center, own[k]):
            decided = None if c is f else state(k, f, ck, c)
            if decided is not None:
                if decided:
                    found.add(_ordered(f, c))
                break
    if low[1] is not high[1] and state(*low, *high):
        found.add(_ordered(low[1], high[1]))
    return sorted(found)


@pytest.mark.parametrize("seed", range(4))
def test_the_consensus_equals_its_reference_figure_by_figure(seed, monkeypatch):
    """The consensus works class by class over lists; on random blocks (complements, bounds,
    ranges, one document's figures) and synthetic measures with bounds low enough that most
    sets go to their consensus, it reports exactly the pairs of the figure-by-figure reference."""
    from extract.consistency import sweep

    synthetic = [StatisticClaim.model_validate(d) for d in synthetic_claims(1200, 20, seed=seed, figures_per_doc=3)]
    cases = [(random_figures(seed, 80), 2), (random_figures(seed + 100, 40), 0), (synthetic, 3), (synthetic, 45)]
    calls = []
    consensus = sweep._consensus
    monkeypatch.setattr(sweep, "_consensus", lambda *args: calls.append(args) or consensus(*args))
    found = [compare_measures(claims, load_settings().model_copy(update={"max_pairwise_conflicts": cap})) for claims, cap in cases]
    assert len(calls) > 10
    assert all(consensus(*args) == _reference_consensus(*args) for args in calls)
    monkeypatch.setattr(sweep, "_consensus", _reference_consensus)
    for (claims, cap), (findings, coverage) in zip(cases, found):
        expected, expected_coverage = compare_measures(claims, load_settings().model_copy(update={"max_pairwise_conflicts": cap}))
        assert _dumps(findings) == _dumps(expected)
        assert coverage == expected_coverage


@pytest.mark.parametrize("seed", range(20))
def test_the_sweep_finds_exactly_the_all_pairs_conflicts_when_a_document_mixes_topic_terms(seed):
    """Candidate classes leave out a document's key where its classes all state the same topic
    terms; where they do not (figures of one document with other or no topic terms), figures
    of one document are still compared whatever their topics."""
    rng = random.Random(seed)
    claims = [
        c.model_copy(update={"measure": c.measure.model_copy(update={"topic_terms": rng.choice([[], ["back"], ["knee"], ["back", "pain"]])})})
        for c in random_figures(seed, rng.randint(2, 40))
    ]
    for settings in (UNBOUNDED, UNBOUNDED.model_copy(update={"min_topic_overlap": 2})):
        expected, expected_coverage = all_pairs(claims, settings)
        found, coverage = compare_measures(claims, settings)
        assert _dumps(found) == _dumps(expected)
        assert coverage == expected_coverage


@pytest.mark.parametrize("seed", range(10))
def test_the_sure_conflict_count_of_sides_in_other_documents_skips_their_documents_alike(seed):
    """sure_conflicts told that no two figures of the sides share a document (two classes
    without a shared document, or one class with one figure per document) counts as it does
    by looking at their documents."""
    from extract.consistency.sweep import Figure, _side, by_doc, sure_conflicts

    rng = random.Random(seed)
    fa = _random_side_figures(rng, rng.randint(1, 30), 4, 0)
    fb = [f._replace(doc_id="other" + f.doc_id) for f in _random_side_figures(rng, rng.randint(1, 30), 4, 1000)]
    alone = [Figure(f.ordinal, f"own{i}", f.section, f.sentence, f.interval) for i, f in enumerate(fa)]
    sa, sb, solo = _side(fa, False), _side(fb, seed % 2 == 1), _side(alone, False)
    assert sure_conflicts(sa, sb, False, by_doc, apart=True) == sure_conflicts(sa, sb, False, by_doc)
    assert sure_conflicts(solo, solo, True, by_doc, apart=True) == sure_conflicts(solo, solo, True, by_doc)
