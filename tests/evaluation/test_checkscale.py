"""The claims file made N times larger for the check's memory figures, and the bench's memory
curve: what a user reads from them must mean what it says (the figures themselves are printed,
never asserted)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from extract.evaluation.bench import RssTrace, format_curve
from extract.evaluation.checkscale import ScaleError, main, scale_claims
from extract.records.ids import stable_id
from extract.runner.read import claim_adapter

from tests.consistency.conftest import cause


def _claims(path: Path) -> Path:
    """Six claims of three documents, the lines of a document together (as a run writes them)."""
    claims = [
        cause(doc, f"Scar tissue {'does not cause' if doc == 'doc_b' else 'causes'} chronic pain ({i}).", "scar tissue", "chronic pain",
              negated=doc == "doc_b")
        for doc in ("doc_a", "doc_b", "doc_c") for i in range(2)
    ]
    path.write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    return path


def _facts(path: Path) -> Path:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE facts (doc_id TEXT PRIMARY KEY, label TEXT NOT NULL, topics TEXT NOT NULL)")
    db.executemany("INSERT INTO facts VALUES (?, ?, ?)", [(d, d + ".html", json.dumps(["back"])) for d in ("doc_a", "doc_b", "doc_c")])
    db.commit()
    db.close()
    return path


def _without_ids(line: str) -> dict:
    record = json.loads(line)
    record.pop("claim_id"), record.pop("doc_id")
    return record


def test_copies_get_new_stable_ids_and_change_nothing_else(tmp_path):
    source = _claims(tmp_path / "claims.jsonl")
    claims, facts = scale_claims(source, _facts(tmp_path / "facts.sqlite"), 3, tmp_path / "x3")
    lines, original = claims.read_text(encoding="utf-8").splitlines(), source.read_text(encoding="utf-8").splitlines()
    assert lines[:6] == original  # copy 0 as it is
    assert [_without_ids(line) for line in lines] == [_without_ids(line) for line in original] * 3
    records = [claim_adapter().validate_json(line) for line in lines]  # still valid claims
    assert len({r.claim_id for r in records}) == 18
    assert records[8].doc_id == stable_id("doc_", "doc_b", 1) == records[9].doc_id  # a document's claims stay together
    assert records[14].claim_id == stable_id("clm_", records[2].claim_id, 2)
    rows = sqlite3.connect(facts).execute("SELECT doc_id, label FROM facts ORDER BY rowid").fetchall()
    assert len(rows) == 9 and {d for d, _ in rows} == {r.doc_id for r in records}
    assert rows[4] == (stable_id("doc_", "doc_b", 1), "doc_b.html")
    again, _ = scale_claims(source, tmp_path / "facts.sqlite", 3, tmp_path / "again")
    assert again.read_bytes() == claims.read_bytes()  # reproducible


def test_a_size_limit_keeps_whole_documents_from_the_start(tmp_path):
    source = _claims(tmp_path / "claims.jsonl")
    sizes = [len(line) for line in source.read_bytes().splitlines(keepends=True)]
    docs_of = lambda path: [claim_adapter().validate_json(line).doc_id for line in path.read_text(encoding="utf-8").splitlines()]  # noqa: E731
    claims, facts = scale_claims(source, _facts(tmp_path / "facts.sqlite"), 2, tmp_path / "two", limit_mb=sum(sizes[:2]) / 1e6)
    assert docs_of(claims) == ["doc_a", "doc_a", stable_id("doc_", "doc_a", 1), stable_id("doc_", "doc_a", 1)]
    assert sqlite3.connect(facts).execute("SELECT count(*) FROM facts").fetchone() == (2,)
    claims, _ = scale_claims(source, None, 1, tmp_path / "three", limit_mb=sum(sizes[:3]) / 1e6)
    assert docs_of(claims) == ["doc_a", "doc_a", "doc_b", "doc_b"]  # the document begun under the limit is kept whole


def test_bad_arguments_are_clear_errors(tmp_path, capsys):
    with pytest.raises(ScaleError, match="at least 1"):
        scale_claims(_claims(tmp_path / "claims.jsonl"), None, 0, tmp_path / "out")
    with pytest.raises(SystemExit) as ended:
        main(["scale", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "out")])
    assert ended.value.code == 1
    assert "missing.jsonl: no such file" in capsys.readouterr().err


def test_the_memory_curve_reads_each_tenth_of_the_run_and_the_end_apart():
    """Samples (tokens made, MB): the curve is the memory as each tenth of the tokens was passed,
    its last point when the last token was made; what comes after (the check) is apart."""
    trace = RssTrace(lambda: 0)
    trace.samples = [(0, 100.0)] + [(t, 100.0 + t) for t in range(5, 101, 5)] + [(100, 400.0), (100, 250.0)]
    figures = trace.figures()
    assert figures["rss_curve_mb"] == [110.0, 120.0, 130.0, 140.0, 150.0, 160.0, 170.0, 180.0, 190.0, 200.0]
    assert figures["rss_start_mb"] == 100.0 and figures["rss_after_tokens_mb"] == 400.0
    printed = format_curve(figures["rss_curve_mb"])
    assert printed.startswith("10% 110  20% 120  30% 130") and printed.endswith("90% 190  100% 200")
    assert RssTrace(lambda: 0).figures()["rss_curve_mb"] == []  # nothing sampled: no curve, not zeros


def test_the_measured_check_writes_what_a_run_writes(tmp_path):
    """The check measured in a fresh process writes the claim groups and conflicts a run's check
    writes (the conflicts through the check's database, as a run does), and counts them."""
    from extract.consistency import check_file
    from extract.evaluation.checkscale import measure_check_file
    from extract.runner.batch import FactsStore

    claims, facts = _claims(tmp_path / "claims.jsonl"), _facts(tmp_path / "facts.sqlite")
    (tmp_path / "measured").mkdir()
    figures = measure_check_file(claims, facts, tmp_path / "measured" / "claim_groups.jsonl")
    store = FactsStore(tmp_path)
    for d in ("doc_a", "doc_b", "doc_c"):
        store.add(d, d + ".html", ("back",))
    try:
        expected = check_file(
            claims, labels=store.labels, topics=store.topics, groups_path=tmp_path / "groups.jsonl", conflicts_path=tmp_path / "conflicts.jsonl"
        )
    finally:
        store.close()
    assert (tmp_path / "measured" / "claim_groups.jsonl").read_text() == (tmp_path / "groups.jsonl").read_text()
    assert (tmp_path / "measured" / "conflicts.jsonl").read_text() == (tmp_path / "conflicts.jsonl").read_text()
    assert figures["conflicts"] == sum(expected.conflict_kinds.values()) > 0
    assert figures["groups"] == expected.groups > 0
    assert figures["coverage"] == expected.coverage


def test_measure_variants_give_copies_new_measures_and_valid_figures(tmp_path):
    """--measure-variants: copy k's figures state variant k % N of their measure (new outcome
    terms, as a varied corpus states new measures); other claims, and copies of variant 0, keep
    theirs; every line stays a valid claim."""
    from tests.consistency.test_scale import random_figures

    figures = [f for f in random_figures(3, 40) if f.measure.outcome_terms][:6]
    assert figures
    source = tmp_path / "claims.jsonl"
    source.write_text("".join(c.model_dump_json() + "\n" for c in figures) + _claims(tmp_path / "q.jsonl").read_text("utf-8"), encoding="utf-8")
    claims, _ = scale_claims(source, None, 4, tmp_path / "v", variants=3)
    records = [claim_adapter().validate_json(line) for line in claims.read_text(encoding="utf-8").splitlines()]
    per_copy = len(records) // 4
    terms = [tuple(r.measure.outcome_terms) for r in records if r.type == "statistic"]
    own = [tuple(f.measure.outcome_terms) for f in figures]
    assert terms[: len(own)] == own and terms[3 * len(own) :] == own  # copies 0 and 3: variant 0, as written
    assert terms[len(own) : 2 * len(own)] == [tuple(t + "v1" for t in ts) for ts in own]
    assert records[per_copy].outcome == figures[0].outcome + " v1" and records[2 * per_copy].outcome == figures[0].outcome + " v2"
    assert [r.model_dump(exclude={"claim_id", "doc_id"}) for r in records[per_copy + len(own) : 2 * per_copy]] == [
        r.model_dump(exclude={"claim_id", "doc_id"}) for r in records[len(own) : per_copy]]  # qualitative claims unchanged
    with pytest.raises(ScaleError):
        scale_claims(source, None, 2, tmp_path / "bad", variants=0)


@pytest.mark.parametrize("keep", [False, True])
def test_the_check_measured_after_the_pipeline_checks_the_same_and_says_what_ran(tmp_path, keep):
    """--after-pipeline: the fresh process first runs the default pipeline over a folder's
    documents, then releases it (or keeps it, --keep-pipeline), then checks; the check's outputs
    are those of the plain measure, and the figures say how many documents ran and whether the
    pipeline was released (the memory figures are printed, never asserted)."""
    from extract.evaluation.checkscale import format_figures, measure_check_file

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Smoking is a common cause of chronic back pain.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Up to 20% of patients have persistent pain after spine surgery.\n", encoding="utf-8")
    claims, facts = _claims(tmp_path / "claims.jsonl"), _facts(tmp_path / "facts.sqlite")
    for name in ("plain", "after"):
        (tmp_path / name).mkdir()
    plain = measure_check_file(claims, facts, tmp_path / "plain" / "claim_groups.jsonl")
    after = measure_check_file(claims, facts, tmp_path / "after" / "claim_groups.jsonl", after_pipeline=corpus, keep_pipeline=keep)
    for name in ("claim_groups.jsonl", "conflicts.jsonl"):
        assert (tmp_path / "after" / name).read_text() == (tmp_path / "plain" / name).read_text()
    assert (after["conflicts"], after["groups"]) == (plain["conflicts"], plain["groups"])
    assert after["pipeline_documents"] == 2 and after["pipeline_released"] is (not keep)
    assert "pipeline_peak_mb" not in plain
    assert ("released" if not keep else "kept") in format_figures(after).splitlines()[-1]
