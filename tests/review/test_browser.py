"""The review app in Chromium: the seed corpus's 'up to 20%' vs '15%' conflict, its highlighted
quotes and chart, a verdict recorded through the form and still there after a restart; and a
page carrying script payloads rendered as text. Screenshots go to $EVIDENCE_SCREENSHOTS (default: a scratch folder)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract.consistency.measures import block_key, incomparable_reason
from extract.consistency.settings import load_settings
from extract.records import Conflict, StatisticClaim
from extract.runner import CLAIMS, CONFLICTS, iter_jsonl
from extract.runner.read import claim_adapter
from tests.review.conftest import SCREENSHOTS, copy_outputs, serving

pytestmark = pytest.mark.browser

PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def seed_conflict(folder: Path) -> Conflict:
    """The seed corpus's 'up to 20%' against '15%' conflict, found by its figures."""
    for conflict in iter_jsonl(folder / CONFLICTS, Conflict):
        figures = {(f.qualifier, f.point) for f in conflict.figures}
        if figures == {("up_to", 0.2), ("exact", 0.15)}:
            return conflict
    raise AssertionError("conflicts.jsonl has no 'up to 20%' vs '15%' conflict")


def same_measure(folder: Path, conflict: Conflict) -> set[str]:
    """Claim ids of every figure the checker would compare with the conflict's figures (and theirs)."""
    settings = load_settings()
    figures = [c for c in iter_jsonl(folder / CLAIMS, claim_adapter()) if isinstance(c, StatisticClaim)]
    mine = [c for c in figures if c.claim_id in conflict.claim_ids]
    return {c.claim_id for c in mine} | {
        c.claim_id
        for c in figures
        if any(c.claim_id != a.claim_id and block_key(a) == block_key(c) and not incomparable_reason(a, c, settings) for a in mine)
    }


def test_queue_conflict_chart_verdict_and_restart(browser_context, fbss_outputs: Path, tmp_path: Path) -> None:
    folder = copy_outputs(fbss_outputs, tmp_path / "out")
    conflict = seed_conflict(folder)
    all_conflicts = list(iter_jsonl(folder / CONFLICTS, Conflict))
    page = browser_context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with serving(folder) as url:
        page.goto(url + "/")
        rows = page.locator("table.queue tbody tr[data-conflict]")
        assert rows.count() == len(all_conflicts)
        severities = [rows.nth(i).locator(".sev").inner_text().strip().lower() for i in range(rows.count())]
        rank = {"high": 0, "medium": 1, "low": 2}
        assert severities == sorted(severities, key=rank.__getitem__), "most severe first"
        page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)

        page.locator(f'tr[data-conflict="{conflict.conflict_id}"] a.open').click()
        page.wait_for_url(f"**/conflict/{conflict.conflict_id}")
        for figure in conflict.figures:
            quote = page.locator(f'mark.quote[data-claim="{figure.claim_id}"]')
            assert quote.count() == 1
            assert quote.inner_text() == figure.quote
            assert quote.locator("mark.figure").inner_text() == figure.surface
            card = page.locator(f'article.claim[data-claim="{figure.claim_id}"]')
            assert "interval" in card.locator("dl.figure-facts").inner_text().lower()
            assert "up to" in card.inner_text() or figure.qualifier == "exact"
            assert "clinic web page" in card.inner_text() or "blog post" in card.inner_text()
        expected = same_measure(folder, conflict)
        marks = page.locator("svg.chart .mark")
        assert marks.count() == len(expected) >= 2
        assert {marks.nth(i).get_attribute("data-claim") for i in range(marks.count())} == expected
        hot = page.locator("svg.chart .mark.conflict")
        assert hot.count() == 2
        assert {hot.nth(i).get_attribute("data-claim") for i in range(2)} == set(conflict.claim_ids)
        page.screenshot(path=str(SCREENSHOTS / "conflict.png"), full_page=True)

        # an extraction error without the wrong claim is refused, and nothing is saved
        page.check('input[name="verdict"][value="extraction_error"]')
        page.fill('input[name="reviewer"]', "Ada Reviewer")
        page.click('button[type="submit"]')
        assert "tick the claim" in page.locator(".error").inner_text()
        assert page.locator("table.history").count() == 0

        page.check('input[name="verdict"][value="confirmed_conflict"]')
        page.fill('textarea[name="comment"]', "Both pages cite no study; 15% sits under the bound.")
        page.fill('input[name="reviewer"]', "Ada Reviewer")
        page.click('button[type="submit"]')
        page.wait_for_url("**saved=1**")
        assert "Verdict saved" in page.locator('p[role="status"]').inner_text()

    with serving(folder) as url:  # a new server on the same folder
        page.goto(f"{url}/conflict/{conflict.conflict_id}")
        current = page.locator(".current-verdict").inner_text()
        assert "confirmed conflict" in current and "Ada Reviewer" in current and "15% sits under" in current
        assert page.locator('input[name="verdict"][value="confirmed_conflict"]').is_checked()
        page.goto(url + "/?review=confirmed_conflict")
        assert page.locator("table.queue tbody tr[data-conflict]").count() == 1
        assert page.locator(f'tr[data-conflict="{conflict.conflict_id}"] .badge.verdict').inner_text() == "confirmed conflict"
    page.close()


@pytest.fixture(scope="module")
def hostile_outputs(nlp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Outputs of two pages whose titles, publisher and sentences carry script and event-handler payloads,
    and which still flag 'up to 20%' against '15%'."""
    import extract

    corpus = tmp_path_factory.mktemp("hostile_corpus")
    (corpus / "a.txt").write_text(
        f"Persistent pain after spine surgery {PAYLOADS[0]}\n\n"
        f"Up to 20 percent of patients who undergo spine surgery still have persistent back or leg pain afterwards {PAYLOADS[1]}.\n\n"
        f"Our clinic offers physical therapy. {PAYLOADS[0]}\n",
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        f"Pain after spine surgery {PAYLOADS[1]}\n\n"
        f"For the rest, 15% of patients have persistent back or leg pain after spine surgery {PAYLOADS[0]}.\n",
        encoding="utf-8",
    )
    manifest = [
        {"file": "a.txt", "title": f"Spine clinic {PAYLOADS[0]}", "publisher": PAYLOADS[1], "source_type": "clinic_web_page"},
        {"file": "b.txt", "title": "Spine blog", "source_type": "blog_post"},
    ]
    (corpus / "manifest.jsonl").write_text("".join(json.dumps(m) + "\n" for m in manifest), encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile_outputs")
    info = extract.run([corpus], out, nlp=nlp)
    assert info.counts["conflicts"] >= 1, info.counts
    return out


def test_script_and_event_handler_payloads_render_as_text(browser_context, hostile_outputs: Path, tmp_path: Path) -> None:
    folder = copy_outputs(hostile_outputs, tmp_path / "out")
    conflict = next(iter_jsonl(folder / CONFLICTS, Conflict))
    assert any(p in f.quote for f in conflict.figures for p in PAYLOADS), "the flagged sentences carry the payloads"
    page = browser_context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    with serving(folder) as url:
        page.goto(url + "/")
        visited = [url + "/", f"{url}/conflict/{conflict.conflict_id}", url + "/documents"]
        visited += [f"{url}/document/{d}" for d in sorted({f.doc_id for f in conflict.figures})]
        for address in visited:
            page.goto(address)
            page.wait_for_load_state("load")
            assert page.locator("script").count() == 0, address
            assert page.locator("img").count() == 0, address
            assert page.locator("[onerror]").count() == 0, address
            if "/conflict/" in address or "/document/" in address:
                assert page.get_by_text(PAYLOADS[0], exact=False).count() >= 1, address
                assert page.get_by_text(PAYLOADS[1], exact=False).count() >= 1, address
        page.goto(f"{url}/conflict/{conflict.conflict_id}")
        for figure in conflict.figures:
            assert page.locator(f'mark.quote[data-claim="{figure.claim_id}"]').inner_text() == figure.quote
        titles = page.locator(".docinfo").all_inner_texts()
        assert any(f"Spine clinic {PAYLOADS[0]}" in t and PAYLOADS[1] in t for t in titles), "title and publisher shown as text"
        page.screenshot(path=str(SCREENSHOTS / "hostile_conflict.png"), full_page=True)
    page.close()
    assert dialogs == [], f"a script ran: {dialogs}"
    assert errors == [], f"console errors: {errors}"
