"""`crawl_urls` against a real local server: what is fetched, written and recorded, and how
politely; every assertion is on the manifest, the files written, or the server's request log."""

from __future__ import annotations

import hashlib
import time

from werkzeug import Response

from extract.crawl import crawl_urls, file_stem
from extract.ingest import iter_documents
from extract.records import Document, Skipped

from .conftest import by_url, make_pdf, manifest_lines, page_html

ARTICLE = "Up to 20% of patients have persistent pain after spine surgery, and most recover within a year."
SECOND = "Spinal cord stimulation relieved leg pain in more than half of the 40 patients treated."


def test_pages_pdf_and_text_are_written_with_their_provenance(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    site.page("/fbss.html", page_html("Failed back surgery", ARTICLE, SECOND))
    site.page("/study.pdf", make_pdf(["Pain relief was achieved in 28.8% of patients.", "A second line."]),
              content_type="application/pdf")
    site.page("/notes.txt", "Plain notes: about 15% of patients need a second operation.\n",
              content_type="text/plain; charset=utf-8")
    corpus = tmp_path / "corpus"
    urls = [site.url("/fbss.html") + "\tclinic_web_page", site.url("/study.pdf"), site.url("/notes.txt")]

    summary = crawl_urls(urls, corpus, settings=fast, contact="mailto:team@example.org")

    assert summary.counts == {"urls": 3, "fetched": 3, "unchanged": 0, "skipped": 0, "failed": 0}
    entries = by_url(corpus)
    html = entries[site.url("/fbss.html")]
    assert html["status"] == "ok"
    assert html["file"] == file_stem(site.url("/fbss.html")) + ".txt"
    assert html["title"] == "Failed back surgery"
    assert html["publisher"] == "Spine Clinic"
    assert html["date"] == "2024-03-05"
    assert html["authors"] == ["Jane Roe"]
    assert html["source_type"] == "clinic_web_page"
    fetch = html["fetch"]
    assert fetch["final_url"] == site.url("/fbss.html") and fetch["redirects"] == []
    assert fetch["http_status"] == 200 and fetch["content_type"].startswith("text/html")
    assert fetch["extractor"] == "trafilatura" and fetch["extractor_version"]
    raw = (corpus / fetch["raw_file"]).read_bytes()
    assert fetch["raw_file"].startswith("raw/") and fetch["raw_file"].endswith(".html")
    assert fetch["sha256_raw"] == hashlib.sha256(raw).hexdigest()
    assert raw == page_html("Failed back surgery", ARTICLE, SECOND).encode()
    text = (corpus / html["file"]).read_text("utf-8")
    assert fetch["sha256_text"] == hashlib.sha256(text.encode()).hexdigest()
    assert ARTICLE in text and SECOND in text and "link 0" not in text

    pdf = entries[site.url("/study.pdf")]
    assert pdf["fetch"]["extractor"] == "pypdf" and pdf["fetch"]["raw_file"].endswith(".pdf")
    assert pdf["title"] == "A tiny PDF" and pdf["authors"] == ["A. Author"] and pdf["date"] == "2024-01-15"
    assert "Pain relief was achieved in 28.8% of patients." in (corpus / pdf["file"]).read_text()
    assert "source_type" not in pdf, "left unset (detected later) unless the URL list gives one"
    notes = entries[site.url("/notes.txt")]
    assert (corpus / notes["file"]).read_text() == "Plain notes: about 15% of patients need a second operation.\n"

    agents = {hit.headers["User-Agent"] for hit in site.hits}
    assert len(agents) == 1 and agents.pop().endswith(" (+mailto:team@example.org)")
    assert site.hits[0].path == "/robots.txt" and len(site.requests_to("/robots.txt")) == 1

    docs = [d for d in iter_documents([corpus]) if isinstance(d, Document)]
    assert len(docs) == 3, "the reader reads the three texts and not the raw files"
    by_title = {d.title: d for d in docs}
    assert by_title["Failed back surgery"].url == site.url("/fbss.html")
    assert by_title["Failed back surgery"].source_type == "clinic_web_page"
    assert (corpus / ".http_cache.sqlite").is_file()


def test_robots_disallowed_path_is_not_fetched_and_crawl_delay_spaces_requests(site, fast, tmp_path):
    site.robots("User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n")
    for name in ("a", "b", "c"):
        site.page(f"/{name}.html", page_html(name.upper(), ARTICLE))
    site.page("/private/secret.html", page_html("Secret", ARTICLE))
    urls = [site.url("/a.html"), site.url("/private/secret.html"), site.url("/b.html"), site.url("/c.html")]

    summary = crawl_urls(urls, tmp_path / "c", settings=fast.with_overrides(concurrency=4))

    assert site.requests_to("/private/secret.html") == []
    failed = summary.of("failed")
    assert [o.url for o in failed] == [site.url("/private/secret.html")]
    assert "robots.txt" in failed[0].reason
    entry = by_url(tmp_path / "c")[site.url("/private/secret.html")]
    assert entry["status"] == "failed" and "robots.txt" in entry["fetch"]["error"]
    times = [hit.at for hit in site.hits]  # robots.txt first, then the three pages
    gaps = [b - a for a, b in zip(times[1:], times[2:])]
    assert len(gaps) == 2 and min(gaps) > 0.15, f"Crawl-delay 0.3 s not honoured: gaps {gaps}"


def test_per_host_delay_spaces_requests_to_one_host_even_with_many_threads(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    for i in range(4):
        site.page(f"/{i}.html", page_html(f"Page {i}", ARTICLE))
    crawl_urls([site.url(f"/{i}.html") for i in range(4)], tmp_path / "c",
               settings=fast.with_overrides(delay=0.25, concurrency=4))
    times = sorted(hit.at for hit in site.hits)
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert len(gaps) == 4 and min(gaps) > 0.12, f"per-host delay 0.25 s not honoured: gaps {gaps}"


def test_redirects_are_followed_and_every_hop_recorded(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    site.route("/old", lambda r: Response(status=301, headers={"Location": "/middle"}))
    site.route("/middle", lambda r: Response(status=302, headers={"Location": site.url("/new.html")}))
    site.page("/new.html", page_html("Moved", ARTICLE))
    site.route("/loop1", lambda r: Response(status=302, headers={"Location": "/loop2"}))
    site.route("/loop2", lambda r: Response(status=302, headers={"Location": "/loop1"}))

    crawl_urls([site.url("/old"), site.url("/loop1")], tmp_path / "c", settings=fast)

    entries = by_url(tmp_path / "c")
    moved = entries[site.url("/old")]
    assert moved["status"] == "ok"
    assert moved["fetch"]["redirects"] == [site.url("/old"), site.url("/middle")]
    assert moved["fetch"]["final_url"] == site.url("/new.html") and moved["url"] == site.url("/new.html")
    assert ARTICLE in (tmp_path / "c" / moved["file"]).read_text()
    loop = entries[site.url("/loop1")]
    assert loop["status"] == "failed" and "redirect loop" in loop["fetch"]["error"]
    assert len(site.requests_to("/loop1")) == 1 and len(site.requests_to("/loop2")) == 1


def test_redirects_over_the_limit_fail_the_url(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    for i in range(4):
        site.route(f"/r{i}", lambda r, i=i: Response(status=307, headers={"Location": f"/r{i + 1}"}))
    site.page("/r4", page_html("End", ARTICLE))
    summary = crawl_urls([site.url("/r0")], tmp_path / "c", settings=fast.with_overrides(max_redirects=2))
    (failed,) = summary.of("failed")
    assert "more than 2 redirects" in failed.reason
    assert site.requests_to("/r3") == [] and site.requests_to("/r4") == []
    entry = by_url(tmp_path / "c")[site.url("/r0")]
    assert entry["fetch"]["redirects"] == [site.url("/r0"), site.url("/r1"), site.url("/r2")]


def test_429_with_retry_after_is_retried_after_the_wait_the_server_asked(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    answers = iter([Response("slow down", status=429, headers={"Retry-After": "1"})])
    site.route("/busy.html", lambda r: next(answers, None) or Response(page_html("Busy", ARTICLE), content_type="text/html"))

    summary = crawl_urls([site.url("/busy.html")], tmp_path / "c", settings=fast)

    assert summary.counts["fetched"] == 1
    hits = site.requests_to("/busy.html")
    assert [h.status for h in hits] == [429, 200]
    assert hits[1].at - hits[0].at > 0.8, "Retry-After: 1 means a second, not the 0.02 s backoff"


def test_retry_after_beyond_the_limit_fails_instead_of_stalling(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    site.route("/later.html", lambda r: Response("come back tomorrow", status=503,
                                                 headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}))
    summary = crawl_urls([site.url("/later.html")], tmp_path / "c", settings=fast)
    (failed,) = summary.of("failed")
    assert "retry after" in failed.reason and failed.http_status == 503
    assert len(site.requests_to("/later.html")) == 1


def test_500_then_success_is_retried_with_backoff(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    answers = iter([Response("oops", status=500), Response("oops", status=502)])
    site.route("/flaky.html", lambda r: next(answers, None) or Response(page_html("Flaky", ARTICLE), content_type="text/html"))
    summary = crawl_urls([site.url("/flaky.html")], tmp_path / "c", settings=fast.with_overrides(backoff_base=0.1))
    assert summary.counts["fetched"] == 1
    hits = site.requests_to("/flaky.html")
    assert [h.status for h in hits] == [500, 502, 200]
    first, second = hits[1].at - hits[0].at, hits[2].at - hits[1].at
    assert first > 0.05 and second > 0.12, f"backoff 0.1 s then 0.2 s expected, saw {first:.2f}, {second:.2f}"


def test_persistent_5xx_and_404_fail_with_the_status(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    site.route("/down.html", lambda r: Response("down", status=503))
    summary = crawl_urls([site.url("/down.html"), site.url("/missing.html")], tmp_path / "c", settings=fast)
    reasons = {o.url: (o.http_status, o.reason) for o in summary.of("failed")}
    assert reasons[site.url("/down.html")][0] == 503 and "HTTP 503" in reasons[site.url("/down.html")][1]
    assert reasons[site.url("/missing.html")][0] == 404
    assert len(site.requests_to("/down.html")) == fast.retries + 1
    assert len(site.requests_to("/missing.html")) == 1, "a 404 is not retried"


def test_slow_response_times_out_is_retried_then_fails(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")

    def slow(request):
        time.sleep(1.0)
        return Response(page_html("Slow", ARTICLE), content_type="text/html")

    site.route("/slow.html", slow)
    site.page("/quick.html", page_html("Quick", ARTICLE))
    settings = fast.with_overrides(read_timeout=0.3, retries=1)
    summary = crawl_urls([site.url("/slow.html"), site.url("/quick.html")], tmp_path / "c", settings=settings)
    (failed,) = summary.of("failed")
    assert failed.url == site.url("/slow.html") and "read timeout" in failed.reason and "2 attempt" in failed.reason
    assert len(site.requests_to("/slow.html")) == 2
    assert by_url(tmp_path / "c")[site.url("/quick.html")]["status"] == "ok"


def test_oversized_bodies_are_aborted_declared_or_streamed(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    big = page_html("Big", ARTICLE * 200)
    site.page("/declared.html", big)

    def streamed(request):
        def chunks():
            for _ in range(200):
                yield (ARTICLE + "\n").encode()
        return Response(chunks(), content_type="text/html")  # no Content-Length

    site.route("/streamed.html", streamed)
    site.page("/small.html", page_html("Small", ARTICLE))
    corpus = tmp_path / "c"
    summary = crawl_urls([site.url(p) for p in ("/declared.html", "/streamed.html", "/small.html")], corpus,
                         settings=fast.with_overrides(max_bytes=4000))
    reasons = {o.url: o.reason for o in summary.of("failed")}
    assert "Content-Length says" in reasons[site.url("/declared.html")]
    assert "more than 4,000 bytes arrived" in reasons[site.url("/streamed.html")]
    assert sorted(p.name for p in (corpus / "raw").iterdir()) == [file_stem(site.url("/small.html")) + ".html"]
    assert len(site.requests_to("/declared.html")) == 1, "a size failure is not retried"


def test_wrong_content_type_is_reported_not_written(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    site.page("/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png")
    site.page("/fake.pdf", b"<html>this is not a PDF</html>", content_type="application/pdf")
    summary = crawl_urls([site.url("/logo.png"), site.url("/fake.pdf")], tmp_path / "c", settings=fast)
    reasons = {o.url: o.reason for o in summary.of("failed")}
    assert "content type image/png is not accepted" in reasons[site.url("/logo.png")]
    assert "not a PDF" in reasons[site.url("/fake.pdf")]
    entry = by_url(tmp_path / "c")[site.url("/logo.png")]
    assert entry["fetch"]["content_type"] == "image/png" and entry["fetch"]["http_status"] == 200
    assert list((tmp_path / "c").glob("*.txt")) == []


def test_bad_lines_of_the_url_list_are_failed_entries_and_the_crawl_goes_on(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    site.page("/ok.html", page_html("OK", ARTICLE))
    lines = ["# a comment", "", "ftp://files.example.org/a.txt", "not a url at all",
             site.url("/typed.html") + "\tnot_a_type", site.url("/ok.html"), site.url("/ok.html#again")]
    summary = crawl_urls(lines, tmp_path / "c", settings=fast)
    assert summary.counts == {"urls": 4, "fetched": 1, "unchanged": 0, "skipped": 0, "failed": 3}
    reasons = [o.reason for o in summary.of("failed")]
    assert any("line 3" in r and "ftp" in r for r in reasons)
    assert any("line 4" in r for r in reasons)
    assert any("line 5" in r and "unknown source type 'not_a_type'" in r for r in reasons)
    assert len(site.requests_to("/ok.html")) == 1, "the same URL (up to its fragment) is fetched once"
    assert site.requests_to("/typed.html") == []
    statuses = sorted(line["status"] for line in manifest_lines(tmp_path / "c"))
    assert statuses == ["failed", "failed", "failed", "ok"]


def test_unavailable_robots_txt_keeps_the_crawler_out(site, fast, tmp_path):
    site.route("/robots.txt", lambda r: Response("broken", status=500))
    site.page("/a.html", page_html("A", ARTICLE))
    summary = crawl_urls([site.url("/a.html")], tmp_path / "c", settings=fast)
    (failed,) = summary.of("failed")
    assert "robots.txt" in failed.reason and "500" in failed.reason
    assert site.requests_to("/a.html") == []


def test_missing_robots_txt_allows_everything(site, fast, tmp_path):
    site.page("/a.html", page_html("A", ARTICLE))  # /robots.txt is a 404
    summary = crawl_urls([site.url("/a.html")], tmp_path / "c", settings=fast)
    assert summary.counts["fetched"] == 1


def test_reader_reports_failed_entries_as_fetch_failed(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    site.page("/ok.html", page_html("OK", ARTICLE))
    crawl_urls([site.url("/ok.html"), site.url("/gone.html")], tmp_path / "c", settings=fast)
    items = list(iter_documents([tmp_path / "c"]))
    docs = [i for i in items if isinstance(i, Document)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(docs) == 1 and docs[0].title == "OK"
    assert len(skipped) == 1
    assert skipped[0].code == "fetch_failed" and skipped[0].path == site.url("/gone.html")
    assert "HTTP 404" in skipped[0].reason


def test_same_site_links_are_followed_to_the_depth_with_filters(site, other_site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    other_site.robots("User-agent: *\nAllow: /\n")
    other_site.page("/elsewhere.html", page_html("Elsewhere", ARTICLE))
    site.page("/index.html", page_html("Index", ARTICLE, links=(
        "/treat/one.html", "treat/two.html#part", "/blog/post.html", "/treat/skip.html", other_site.url("/elsewhere.html"),
        "mailto:someone@example.org", "/logo.png")))
    site.page("/treat/one.html", page_html("One", ARTICLE, links=("/treat/deeper.html",)))
    site.page("/treat/two.html", page_html("Two", SECOND))
    site.page("/treat/deeper.html", page_html("Deeper", SECOND))
    site.page("/blog/post.html", page_html("Post", SECOND))

    summary = crawl_urls([site.url("/index.html")], tmp_path / "c", settings=fast, depth=1,
                         include=[r"/treat/"], exclude=[r"skip"])

    fetched = sorted(h.path for h in site.page_hits())
    assert fetched == ["/index.html", "/treat/one.html", "/treat/two.html"]
    assert other_site.hits == [], "links to another site are not followed"
    assert {o.depth for o in summary.outcomes} == {0, 1}

    deeper = crawl_urls([site.url("/index.html")], tmp_path / "d", settings=fast, depth=2, include=[r"/treat/"])
    assert {o.url for o in deeper.of("ok")} >= {site.url("/treat/deeper.html")}
    assert site.url("/treat/skip.html") in {o.url for o in deeper.of("failed")}  # a 404 here: not excluded this time


def test_documents_read_from_a_crawled_corpus_carry_their_provenance(site, fast, tmp_path):
    site.robots("User-agent: *\nAllow: /\n")
    site.route("/old.html", lambda r: Response(status=301, headers={"Location": "/page.html"}))
    site.page("/page.html", page_html("A page", ARTICLE))
    crawl_urls([site.url("/old.html") + "\tpatient_education"], tmp_path / "c", settings=fast)
    (doc,) = [d for d in iter_documents([tmp_path / "c"]) if isinstance(d, Document)]
    assert doc.url == site.url("/page.html") and doc.date == "2024-03-05" and doc.authors == ["Jane Roe"]
    assert doc.source_type == "patient_education" and doc.source_type_basis == "manifest"
    assert doc.fetch is not None and doc.fetch.url == site.url("/old.html")
    assert doc.fetch.redirects == [site.url("/old.html")] and doc.fetch.extractor == "trafilatura"
    assert doc.fetch.sha256_text == hashlib.sha256(doc.text.encode()).hexdigest()


def test_concurrency_is_limited_over_all_hosts_and_hosts_are_fetched_in_parallel(site, other_site, fast, tmp_path):
    import threading

    lock, state = threading.Lock(), {"now": 0, "most": 0}

    def slow(request):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.3)
        with lock:
            state["now"] -= 1
        return Response(page_html("Slow", ARTICLE), content_type="text/html")

    urls = []
    for server in (site, other_site):
        server.robots("User-agent: *\nAllow: /\n")
        for i in range(3):
            server.route(f"/s{i}.html", slow)
            urls.append(server.url(f"/s{i}.html"))

    summary = crawl_urls(urls, tmp_path / "c", settings=fast.with_overrides(concurrency=2, delay=0))

    assert summary.counts["fetched"] == 6
    assert state["most"] == 2, "never more than --concurrency requests in flight, and that many do run at once"
