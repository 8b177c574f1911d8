"""Re-crawls and resumption: the HTTP cache and the manifest as journal, counted from the
server's request log."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from werkzeug import Response

from extract.crawl import crawl_urls
from extract.ingest import iter_documents
from extract.records import Document

from .conftest import by_url, manifest_lines, page_html

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Up to 20% of patients have persistent pain after spine surgery."


def _site_with_pages(site, n: int) -> list[str]:
    site.robots("User-agent: *\nAllow: /\n")
    for i in range(n):
        site.page(f"/p{i}.html", page_html(f"Page {i}", f"{TEXT} Page number {i}."))
    return [site.url(f"/p{i}.html") for i in range(n)]


def test_second_crawl_fetches_nothing_and_refresh_only_revalidates(site, fast, tmp_path):
    urls = _site_with_pages(site, 3)
    site.page("/nocache.html", page_html("No validators", TEXT), validators=False)
    urls.append(site.url("/nocache.html"))
    corpus = tmp_path / "c"
    crawl_urls(urls, corpus, settings=fast)
    first = by_url(corpus)
    texts = {p.name: p.read_bytes() for p in corpus.glob("*.txt")}
    site.hits.clear()

    again = crawl_urls(urls, corpus, settings=fast)
    assert site.hits == [], "a plain re-crawl resumes: nothing already in the manifest is requested"
    assert again.counts["skipped"] == 4

    refreshed = crawl_urls(urls, corpus, settings=fast, refresh=True)
    pages = [h for h in site.page_hits() if h.path != "/nocache.html"]
    assert len(pages) == 3 and all(h.conditional and h.status == 304 for h in pages), pages
    assert [h.status for h in site.requests_to("/nocache.html")] == [200], "no validators: downloaded again"
    assert refreshed.counts == {"urls": 4, "fetched": 1, "unchanged": 3, "skipped": 0, "failed": 0}
    after = by_url(corpus)
    for url in urls[:3]:
        assert after[url]["fetch"]["from_cache"] is True
        assert after[url]["fetch"]["sha256_raw"] == first[url]["fetch"]["sha256_raw"]
        assert after[url]["fetch"]["http_status"] == 200
    assert {p.name: p.read_bytes() for p in corpus.glob("*.txt")} == texts
    assert len(manifest_lines(corpus)) == 4, "one line per URL, replaced in place"


def test_refresh_downloads_a_changed_page_and_keeps_a_good_copy_when_the_page_fails(site, fast, tmp_path):
    urls = _site_with_pages(site, 2)
    corpus = tmp_path / "c"
    crawl_urls(urls, corpus, settings=fast)
    old = by_url(corpus)
    site.page("/p0.html", page_html("Page 0, revised", "Now about 25% of patients have persistent pain."))
    site.route("/p1.html", lambda r: Response("gone", status=410))
    site.hits.clear()

    summary = crawl_urls(urls, corpus, settings=fast, refresh=True)

    p0 = site.requests_to("/p0.html")
    assert [h.status for h in p0] == [200] and p0[0].conditional, "revalidated, and the change downloaded"
    new = by_url(corpus)
    assert new[urls[0]]["title"] == "Page 0, revised" and new[urls[0]]["fetch"]["from_cache"] is False
    assert new[urls[0]]["fetch"]["sha256_raw"] != old[urls[0]]["fetch"]["sha256_raw"]
    assert "about 25%" in (corpus / new[urls[0]]["file"]).read_text()
    (failed,) = summary.of("failed")
    assert failed.url == urls[1] and failed.http_status == 410
    assert new[urls[1]] == old[urls[1]], "the copy from the earlier crawl stays"
    assert (corpus / old[urls[1]]["file"]).is_file()


def test_killed_crawl_resumes_without_refetching(site, tmp_path):
    urls = _site_with_pages(site, 6)
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(urls) + "\n")
    corpus = tmp_path / "c"
    command = [sys.executable, "-m", "extract.cli", "crawl", str(url_file), "--corpus", str(corpus),
               "--delay", "0.4", "--concurrency", "1", "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            manifest = corpus / "manifest.jsonl"
            if manifest.exists() and len(manifest.read_text().splitlines()) >= 2:
                break
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    done_before = {line["fetch"]["url"] for line in manifest_lines(corpus)}
    assert 2 <= len(done_before) < 6, "killed part-way"
    site.hits.clear()

    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr
    refetched = {site.url(h.path) for h in site.page_hits()}
    assert refetched.isdisjoint(done_before), "what the first crawl finished is not fetched again"
    assert refetched | done_before == set(urls)
    assert all(len(site.requests_to(f"/p{i}.html")) <= 1 for i in range(6))
    lines = manifest_lines(corpus)
    assert sorted(line["fetch"]["url"] for line in lines) == sorted(urls) and all(l["status"] == "ok" for l in lines)
    docs = [d for d in iter_documents([corpus]) if isinstance(d, Document)]
    assert sorted(d.url for d in docs) == sorted(urls)


def test_should_stop_stops_between_urls_and_the_rest_follows_later(site, fast, tmp_path):
    urls = _site_with_pages(site, 5)
    corpus = tmp_path / "c"
    seen = []
    first = crawl_urls(urls, corpus, settings=fast.with_overrides(concurrency=1),
                       on_outcome=lambda outcome, pending: seen.append(pending), should_stop=lambda: len(seen) >= 2)
    assert first.interrupted and first.counts["fetched"] == 2
    assert seen == [4, 3], "pending counts what is still queued or in flight"
    site.hits.clear()
    second = crawl_urls(urls, corpus, settings=fast)
    assert second.counts == {"urls": 5, "fetched": 3, "unchanged": 0, "skipped": 2, "failed": 0}
    assert len(site.page_hits()) == 3


def test_torn_last_manifest_line_is_dropped_and_its_url_fetched_again(site, fast, tmp_path):
    urls = _site_with_pages(site, 2)
    corpus = tmp_path / "c"
    crawl_urls(urls[:1], corpus, settings=fast)
    manifest = corpus / "manifest.jsonl"
    manifest.write_text(manifest.read_text() + '{"file": "half-written', encoding="utf-8")
    site.hits.clear()
    summary = crawl_urls(urls, corpus, settings=fast)
    assert any("unfinished last line" in note for note in summary.notes)
    assert [site.url(h.path) for h in site.page_hits()] == [urls[1]]
    assert len(manifest_lines(corpus)) == 2
