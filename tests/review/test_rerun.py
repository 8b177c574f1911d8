"""Verdicts survive re-runs: keyed by conflict_id, they reattach when the extraction runs again
into the same folder, and a conflict that no longer occurs is shown as gone with its verdict."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import extract
from extract.records import Conflict, Verdict
from extract.review import VerdictStore, export_verdicts
from extract.runner import CONFLICTS, iter_jsonl
from tests.review.conftest import CORPORA, csrf_session, post_verdict, serving

ROW = re.compile(r'<tr class="(gone)?" data-conflict="(cfl_[0-9a-f]{16})">(.*?)</tr>', re.S)
BADGE = re.compile(r'class="badge verdict v-([a-z_]+)"')
#: The seed page that states '15%' (and 'up to 90%'): without it two of the seed conflicts go away.
BLOG = "004_cd60e7f0dcc58ff1.txt"


def queue_rows(url: str, session, **filters: str) -> dict[str, tuple[bool, str | None]]:  # noqa: ANN001
    """conflict id -> (gone, verdict) as the queue page shows them (with ``filters``)."""
    html = session.get(url + "/", params={"per_page": "500", **filters}, timeout=30).text
    rows = {}
    for gone, conflict_id, body in ROW.findall(html):
        badge = BADGE.search(body)
        rows[conflict_id] = (gone == "gone", badge.group(1) if badge else None)
    return rows


def exported(folder: Path, tmp_path: Path) -> dict[str, Verdict]:
    dest = tmp_path / "verdicts.jsonl"
    current = {c.conflict_id for c in iter_jsonl(folder / CONFLICTS, Conflict)}
    export_verdicts(VerdictStore.in_folder(folder), current, dest)
    return {v.conflict_id: v for v in iter_jsonl(dest, Verdict)}


@pytest.mark.slow
def test_verdicts_reattach_after_a_rerun_and_gone_conflicts_keep_theirs(nlp, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPORA / "fbss", corpus)
    out = tmp_path / "out"
    extract.run([corpus], out, nlp=nlp)
    first = {c.conflict_id: c for c in iter_jsonl(out / CONFLICTS, Conflict)}
    assert len(first) >= 3
    verdicts = ["confirmed_conflict", "not_a_conflict", "needs_expert", "extraction_error"]
    given = {}
    with serving(out) as url:
        session, token = csrf_session(url, next(iter(first)))
        for n, (conflict_id, conflict) in enumerate(first.items()):
            verdict = verdicts[n % len(verdicts)]
            wrong = (conflict.claim_ids[-1],) if verdict == "extraction_error" else ()
            response = post_verdict(session, url, token, conflict_id, verdict, "Grace", f"decided {n}", wrong)
            assert response.status_code == 303, response.text
            given[conflict_id] = verdict
        assert queue_rows(url, session) == {i: (False, v) for i, v in given.items()}

        # run again into the same folder: same conflicts, same ids, every verdict still attached
        extract.run([corpus], out, nlp=nlp)
        assert {c.conflict_id for c in iter_jsonl(out / CONFLICTS, Conflict)} == set(first)
        assert queue_rows(url, session) == {i: (False, v) for i, v in given.items()}
        page = session.get(f"{url}/conflict/{next(iter(first))}", timeout=30).text
        assert "decided 0" in page and "Grace" in page

        # the blog page is taken out of the corpus: the conflicts it was part of are gone, verdicts kept
        (corpus / BLOG).unlink()
        manifest = corpus / "manifest.jsonl"
        lines = [line for line in manifest.read_text(encoding="utf-8").splitlines() if BLOG not in line]
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        extract.run([corpus], out, nlp=nlp)
        now = {c.conflict_id for c in iter_jsonl(out / CONFLICTS, Conflict)}
        blog_id = next(d for c in first.values() for f in c.figures if f.surface == "15%" for d in [f.doc_id])
        vanished = {i for i, c in first.items() if blog_id in {f.doc_id for f in c.figures}}
        assert vanished and now == set(first) - vanished
        rows = queue_rows(url, session)
        assert rows == {i: (i in vanished, v) for i, v in given.items()}
        gone_id = sorted(vanished)[0]
        page = session.get(f"{url}/conflict/{gone_id}", timeout=30).text
        assert "no longer flagged" in page and "Grace" in page
        assert set(queue_rows(url, session, presence="gone")) == vanished
        assert set(queue_rows(url, session, presence="current")) == now

    records = exported(out, tmp_path)
    assert {i: v.verdict for i, v in records.items()} == given
    assert {i for i, v in records.items() if v.status == "gone"} == vanished
    wrong = [v for v in records.values() if v.verdict == "extraction_error"]
    for v in wrong:
        assert v.wrong_claim_ids == [first[v.conflict_id].claim_ids[-1]]
        assert [c.wrong for c in v.claims].count(True) == 1

    # the page comes back: the conflicts are current again, with the same verdicts
    shutil.copy2(CORPORA / "fbss" / BLOG, corpus / BLOG)
    shutil.copy2(CORPORA / "fbss" / "manifest.jsonl", corpus / "manifest.jsonl")
    extract.run([corpus], out, nlp=nlp)
    records = exported(out, tmp_path)
    assert {i: (v.verdict, v.status) for i, v in records.items()} == {i: (v, "current") for i, v in given.items()}
