"""check_file keeps its conflicts and the qualitative claims compared on disk, not in memory:
what it returns or writes is exactly check_claims's, whether the records wait in memory or go
through the database one by one (a batch of 1)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from extract.consistency import check_claims, check_file, files
from extract.consistency.settings import load_settings

from .test_qualitative_scale import random_claims
from .test_scale import random_figures

SEVERITY = {"high": 0, "medium": 1, "low": 2}
#: Every pair reported: more conflicts, and more of them replaced by a firmer one (_keep).
UNBOUNDED = load_settings().model_copy(update={"max_pairwise_conflicts": 10**6})


def _mixed(seed: int) -> list:
    """Qualitative claims of 6 documents (several per document: conflicts replaced by firmer
    ones) and disagreeing figures."""
    return random_claims(random.Random(seed), 120, 6) + random_figures(seed, 80)


def _write(path: Path, claims) -> Path:
    path.write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    return path


def _through_the_database(path: Path, out: Path, **options):
    """check_file writing its conflicts to ``out`` (through the database), as a result whose
    conflicts are those lines."""
    from extract.records.models import Conflict

    result = check_file(path, conflicts_path=out, **options)
    assert result.conflicts == []
    return result._replace(conflicts=[Conflict.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()])


@pytest.mark.parametrize("batch", [1, 3, 500])
@pytest.mark.parametrize("seed", range(3))
def test_conflicts_through_the_database_are_check_claims_conflicts(seed, batch, tmp_path, monkeypatch):
    """The same conflicts and coverage whether check_file keeps its conflicts in memory (returned)
    or in the database (written out), as check_claims finds them."""
    monkeypatch.setattr(files, "_CONFLICT_BATCH", batch)
    monkeypatch.setattr(files, "_BATCH", batch)  # the compared claims' ids too
    claims = _mixed(seed)
    labels = {f"doc_{i}": f"page{i}.html" for i in range(6)}
    expected = check_claims(claims, UNBOUNDED, labels=labels)
    path = _write(tmp_path / "claims.jsonl", claims)
    in_memory = check_file(path, labels=labels, topics=None, settings=UNBOUNDED)
    on_disk = _through_the_database(path, tmp_path / "conflicts.jsonl", labels=labels, topics=None, settings=UNBOUNDED)
    by_id = sorted(expected.conflicts, key=lambda c: (SEVERITY[c.severity], c.conflict_id))
    assert [c.model_dump_json() for c in in_memory.conflicts] == [c.model_dump_json() for c in expected.conflicts]
    assert [c.model_dump_json() for c in on_disk.conflicts] == [c.model_dump_json() for c in by_id]
    assert in_memory.coverage == on_disk.coverage == expected.coverage
    kinds = Counter(c.kind for c in expected.conflicts)
    assert kinds["opposing_claims"] > 10 and len(kinds) > 1  # not vacuous: both checks flag
    assert in_memory.conflict_kinds is None and on_disk.conflict_kinds == dict(kinds)


@pytest.mark.parametrize("batch", [1, 500])
def test_conflicts_written_to_a_file_are_in_run_order_and_counted_by_kind(batch, tmp_path, monkeypatch):
    """conflicts_path: the conflicts.jsonl of a run (most severe first, then by id), nothing
    returned in memory, the kinds counted for run.json."""
    monkeypatch.setattr(files, "_CONFLICT_BATCH", batch)
    claims = _mixed(7)
    expected = check_claims(claims, UNBOUNDED, labels=None)
    out = tmp_path / "conflicts.jsonl"
    got = check_file(_write(tmp_path / "claims.jsonl", claims), labels=None, topics=None, settings=UNBOUNDED, conflicts_path=out)
    ordered = sorted(expected.conflicts, key=lambda c: (SEVERITY[c.severity], c.conflict_id))
    assert out.read_text(encoding="utf-8").splitlines() == [c.model_dump_json() for c in ordered]
    assert got.conflicts == []
    assert got.conflict_kinds == dict(Counter(c.kind for c in expected.conflicts))
    assert got.coverage == expected.coverage
    with (tmp_path / "open.jsonl").open("w", encoding="utf-8") as handle:  # an open file, as the runner passes
        check_file(tmp_path / "claims.jsonl", labels=None, topics=None, settings=UNBOUNDED, conflicts_path=handle)
    assert (tmp_path / "open.jsonl").read_bytes() == out.read_bytes()


def test_a_claim_stated_twice_in_a_document_keeps_its_firmer_conflict_from_the_database(build, tmp_path, monkeypatch):
    """The opposing check keeps one conflict per pair of documents and claim groups: the firmest.
    The hedged claim's conflict is found first and written to the database; the firm one
    found later replaces it there."""
    monkeypatch.setattr(files, "_CONFLICT_BATCH", 1)
    claims = [
        build.cause("doc_a", "Scar tissue may cause chronic pain.", "scar tissue", "chronic pain", hedged=True),
        build.cause("doc_b", "Scar tissue does not cause chronic pain.", "scar tissue", "chronic pain", negated=True),
        build.cause("doc_a", "Scar tissue causes chronic pain.", "scar tissue", "chronic pain"),
    ]
    got = _through_the_database(_write(tmp_path / "claims.jsonl", claims), tmp_path / "conflicts.jsonl", labels=None, topics=None)
    assert [c.severity for c in got.conflicts] == ["high"]
    assert set(got.conflicts[0].claim_ids) == {claims[1].claim_id, claims[2].claim_id}
    assert [c.model_dump_json() for c in got.conflicts] == [c.model_dump_json() for c in check_claims(claims).conflicts]


@pytest.mark.parametrize("batch", [1, 7, 500])
def test_claim_groups_written_through_small_batches_are_group_claims(batch, tmp_path, monkeypatch):
    """The claim group records wait in memory at most ``_GROUP_BATCH`` at a time: the file
    written is group_claims's records in its order, whatever the batch."""
    from extract.consistency import group_claims

    monkeypatch.setattr(files, "_GROUP_BATCH", batch)
    claims = _mixed(11)
    out = tmp_path / "claim_groups.jsonl"
    got = check_file(_write(tmp_path / "claims.jsonl", claims), labels=None, topics=None, groups_path=out)
    expected = group_claims(claims)
    assert out.read_text(encoding="utf-8").splitlines() == [g.model_dump_json() for g in expected]
    assert got.groups == len(expected) > 20


@pytest.mark.parametrize("kept", [1, 256])
def test_opposing_groups_read_back_from_the_file_are_check_claims(kept, tmp_path, monkeypatch):
    """A statement group is read from the claims file by offset, a few statements kept: with
    one kept (each statement of a flagged pair read again from the file), the conflicts and
    coverage are still check_claims's."""
    monkeypatch.setattr(files, "_STATEMENTS", kept)
    claims = random_claims(random.Random(kept), 150, 5)
    expected = check_claims(claims, UNBOUNDED, labels=None)
    got = check_file(_write(tmp_path / "claims.jsonl", claims), labels=None, topics=None, settings=UNBOUNDED)
    assert [c.model_dump_json() for c in got.conflicts] == [c.model_dump_json() for c in expected.conflicts]
    assert got.coverage == expected.coverage
    assert sum(c.kind == "opposing_claims" for c in expected.conflicts) > 10  # not vacuous


@pytest.mark.parametrize("held", [1, 2, 1024])
def test_conflicts_do_not_depend_on_how_many_claims_the_pairs_hold(held, tmp_path, monkeypatch):
    """The conflicting pairs of a group are compared with their claims loaded as needed and at
    most CLAIMS_HELD kept: the conflicts are check_claims's whether one claim or all are held."""
    from extract.consistency import sweep

    monkeypatch.setattr(sweep, "CLAIMS_HELD", held)
    claims = random_figures(7, 120)
    expected = check_claims(claims, UNBOUNDED)
    path = _write(tmp_path / "claims.jsonl", claims)
    on_disk = _through_the_database(path, tmp_path / "conflicts.jsonl", labels=None, topics=None, settings=UNBOUNDED)
    assert len(expected.conflicts) > 10
    by_id = sorted(expected.conflicts, key=lambda c: (SEVERITY[c.severity], c.conflict_id))
    assert [c.model_dump_json() for c in on_disk.conflicts] == [c.model_dump_json() for c in by_id]


def test_findings_hold_a_bounded_number_of_claims(monkeypatch):
    """However many conflicting pairs a group has, the findings are made one at a time and no
    more than CLAIMS_HELD claims (plus those of the PAIRS_LOADED pairs being compared) are
    alive at once; the claims of those pairs are loaded in one call, each once."""
    from extract.consistency import sweep

    live, most, loads = set(), [0], []

    class Tracked:
        def __init__(self, ordinal: int) -> None:
            self.ordinal = ordinal
            live.add(ordinal)
            most[0] = max(most[0], len(live))

        def __del__(self) -> None:
            live.discard(self.ordinal)

    def load(ordinals):
        loads.append(list(ordinals))
        return {o: Tracked(o) for o in ordinals}

    monkeypatch.setattr(sweep, "CLAIMS_HELD", 8)
    monkeypatch.setattr(sweep, "PAIRS_LOADED", 3)
    monkeypatch.setattr(sweep, "compare_pair", lambda a, b, settings: (a.ordinal, b.ordinal))
    pairs = [(x, y) for x in range(60) for y in range(x + 1, 60) if (x * y) % 7 == 1]
    found = list(sweep._findings(pairs[::-1] + pairs[:5], load, load_settings()))
    assert found == sorted(set(pairs))  # every pair once, the earlier figure first, in order
    assert most[0] <= 8 + 2 * 3
    assert all(0 < len(batch) <= 2 * 3 and len(set(batch)) == len(batch) for batch in loads)
    assert len(loads) <= -(-len(set(pairs)) // 3)  # one call per 3 pairs at most
