"""Tests of `evidence pubmed`: E-utilities answers in NCBI's own formats, served by a local server.

The fixtures under tests/data/pubmed/ are hand-written in the real formats (esearch JSON and XML,
efetch PubMed XML following the pubmed DTD's element names); the records in them are invented.
The server answers esearch pages by ``retstart`` and efetch with the requested PMIDs' articles
(PMID 90000005 is found by esearch but efetch returns nothing for it, as for a withdrawn record).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from werkzeug import Request, Response

from extract.ingest import InputError, iter_documents
from extract.pubmed import (
    EutilsClient,
    EutilsSettings,
    PubmedError,
    RateLimiter,
    backoff_delay,
    fetch_pubmed,
    next_request_delay,
    requests_per_second,
)
from extract.pubmed.eutils import parse_esearch, redact
from extract.records import Document, ManifestEntry, Skipped

DATA = Path(__file__).resolve().parents[1] / "data" / "pubmed"
QUERY = "spinal cord stimulation"
ALL_PMIDS = ["90000001", "90000002", "90000003", "90000004", "90000005"]
SAVED = ALL_PMIDS[:4]


def efetch_answer(ids: list[str]) -> bytes:
    """The fixture's articles for ``ids``, as efetch sends them: one PubmedArticleSet."""
    source = etree.parse(str(DATA / "efetch.xml"))
    root = source.getroot()
    for article in list(root):
        if article.findtext("MedlineCitation/PMID") not in ids:
            root.remove(article)
    return etree.tostring(source, xml_declaration=True, encoding="UTF-8", doctype=source.docinfo.doctype)


def eutils_handler(request: Request) -> Response:
    """esearch pages by retstart (JSON), efetch by id list (PubMed XML)."""
    if request.path.endswith("/esearch.fcgi"):
        body = (DATA / f"esearch_p{request.args['retstart']}.json").read_bytes()
        return Response(body, content_type="application/json; charset=UTF-8")
    if request.path.endswith("/efetch.fcgi"):
        return Response(efetch_answer(request.args["id"].split(",")), content_type="text/xml; charset=UTF-8")
    return Response("not found", status=404)


@pytest.fixture
def eutils(httpserver):
    """A local E-utilities; returns the server (its log holds every request)."""
    httpserver.expect_request("/eutils/esearch.fcgi").respond_with_handler(eutils_handler)
    httpserver.expect_request("/eutils/efetch.fcgi").respond_with_handler(eutils_handler)
    return httpserver


class Sleeps:
    """A stand-in for time.sleep that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def client_for(server, sleep=None, **settings) -> EutilsClient:
    base = {"base_url": server.url_for("/eutils/"), "email": "lead@example.org", "backoff": 0.01, **settings}
    return EutilsClient(EutilsSettings(**base), sleep=sleep or Sleeps())


def requests_to(server, endpoint: str) -> list:
    return [request for request, _ in server.log if request.path.endswith(endpoint)]


def manifest_lines(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (corpus / "manifest.jsonl").read_text("utf-8").splitlines()]


def test_search_saves_each_article_as_a_document_with_pmid_title_and_sections(eutils, tmp_path):
    corpus = tmp_path / "scs"
    run = fetch_pubmed(QUERY, corpus, max_results=5, client=client_for(eutils, api_key="SECRET-KEY"), page_size=2, batch_size=2)
    assert (run.count, run.found, run.fetched) == (5, ALL_PMIDS, SAVED)
    assert list(run.failed) == ["90000005"] and "no record" in run.failed["90000005"]
    assert sorted(p.name for p in corpus.iterdir()) == sorted([f"{p}.xml" for p in SAVED] + ["manifest.jsonl"])

    docs = {d.pmid: d for d in iter_documents([corpus]) if isinstance(d, Document)}
    assert sorted(docs) == SAVED
    first = docs["90000001"]
    assert first.title.startswith("Spinal cord stimulation versus conventional medical management")
    assert first.media_type == "application/pubmed+xml"
    assert (first.source_type, first.source_type_basis) == ("journal_abstract", "manifest")
    assert [s.title for s in first.sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    for section in first.sections:
        assert first.text[section.start : section.end].startswith(section.title + "\n")
    assert "62% of patients in the SCS group" in first.text
    assert (first.doi, first.journal, first.date) == ("10.5555/pmn.2024.0145", "Pain medicine and neuromodulation", "2024-03-04")
    assert first.authors == ["Okafor R", "Lindqvist ME", "PROSPER-2 Investigators"]
    assert first.url == "https://pubmed.ncbi.nlm.nih.gov/90000001/"
    assert docs["90000002"].sections == [], "an unstructured abstract has no sections"


def test_manifest_records_provenance_and_never_the_api_key(eutils, tmp_path):
    corpus = tmp_path / "scs"
    fetch_pubmed(QUERY, corpus, max_results=5, client=client_for(eutils, api_key="SECRET-KEY"), page_size=2, batch_size=2)
    lines = {line["file"]: line for line in manifest_lines(corpus)}
    assert "SECRET-KEY" not in (corpus / "manifest.jsonl").read_text("utf-8")
    ok = ManifestEntry.model_validate(lines["90000001.xml"])
    assert (ok.status, ok.pmid, ok.source_type, ok.doi) == ("ok", "90000001", "journal_abstract", "10.5555/pmn.2024.0145")
    assert ok.fetch.url.startswith(eutils.url_for("/eutils/efetch.fcgi"))
    assert "id=90000001%2C90000002" in ok.fetch.url and "tool=evidence-extract" in ok.fetch.url
    assert (ok.fetch.http_status, ok.fetch.raw_file) == (200, "90000001.xml")
    assert ok.fetch.content_type.startswith("text/xml")
    import hashlib

    raw = (corpus / "90000001.xml").read_bytes()
    assert ok.fetch.sha256_raw == hashlib.sha256(raw).hexdigest()
    doc = next(d for d in iter_documents([corpus / "90000001.xml"]))
    assert ok.fetch.sha256_text == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert raw.count(b"<PubmedArticle>") == 1, "one article per file"
    failed = ManifestEntry.model_validate(lines["90000005.xml"])
    assert failed.status == "failed" and "no record" in failed.fetch.error


def test_paging_batches_and_etiquette_parameters_reach_the_server(eutils, tmp_path):
    fetch_pubmed(QUERY, tmp_path / "c", max_results=5, client=client_for(eutils, api_key="K"), page_size=2, batch_size=2)
    searches = requests_to(eutils, "esearch.fcgi")
    assert [(r.args["retstart"], r.args["retmax"]) for r in searches] == [("0", "2"), ("2", "2"), ("4", "1")]
    for request in searches:
        assert (request.args["db"], request.args["term"], request.args["retmode"]) == ("pubmed", QUERY, "json")
    fetches = requests_to(eutils, "efetch.fcgi")
    assert [r.args["id"] for r in fetches] == ["90000001,90000002", "90000003,90000004", "90000005"]
    for request in searches + fetches:
        assert request.args["tool"] == "evidence-extract"
        assert request.args["email"] == "lead@example.org"
        assert request.args["api_key"] == "K"
    assert all(r.args["retmode"] == "xml" and r.args["db"] == "pubmed" for r in fetches)


def test_max_limits_the_articles_taken(eutils, tmp_path):
    run = fetch_pubmed(QUERY, tmp_path / "c", max_results=3, client=client_for(eutils), page_size=2, batch_size=200)
    assert run.found == ALL_PMIDS[:3] and run.count == 5
    assert [r.args["retmax"] for r in requests_to(eutils, "esearch.fcgi")] == ["2", "1"]
    assert [r.args["id"] for r in requests_to(eutils, "efetch.fcgi")] == ["90000001,90000002,90000003"]
    assert "api_key" not in requests_to(eutils, "efetch.fcgi")[0].args, "no key given, none sent"


def test_rerun_fetches_only_pmids_not_yet_saved(eutils, tmp_path):
    corpus = tmp_path / "scs"
    fetch_pubmed(QUERY, corpus, max_results=5, client=client_for(eutils), page_size=2, batch_size=2)
    before = {p.name: p.stat().st_mtime_ns for p in corpus.glob("*.xml")}
    eutils.clear_log()
    run = fetch_pubmed(QUERY, corpus, max_results=5, client=client_for(eutils), page_size=2, batch_size=2)
    assert run.already == SAVED and run.fetched == [] and list(run.failed) == ["90000005"]
    assert [r.args["id"] for r in requests_to(eutils, "efetch.fcgi")] == ["90000005"], "only the failed PMID again"
    assert {p.name: p.stat().st_mtime_ns for p in corpus.glob("*.xml")} == before
    assert [line["file"] for line in manifest_lines(corpus)] == [f"{p}.xml" for p in ALL_PMIDS], "no repeated lines"


def test_a_deleted_article_file_is_fetched_again(eutils, tmp_path):
    corpus = tmp_path / "scs"
    fetch_pubmed(QUERY, corpus, max_results=2, client=client_for(eutils), page_size=2)
    (corpus / "90000002.xml").unlink()
    eutils.clear_log()
    run = fetch_pubmed(QUERY, corpus, max_results=2, client=client_for(eutils), page_size=2)
    assert run.fetched == ["90000002"] and (corpus / "90000002.xml").is_file()


def test_existing_manifest_lines_of_other_files_are_kept(eutils, tmp_path):
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    (corpus / "notes.txt").write_text("Up to 20% of patients have pain.\n", encoding="utf-8")
    (corpus / "manifest.jsonl").write_text('{"file": "notes.txt", "source_type": "other"}\n', encoding="utf-8")
    fetch_pubmed(QUERY, corpus, max_results=1, client=client_for(eutils), page_size=2)
    assert [line["file"] for line in manifest_lines(corpus)] == ["notes.txt", "90000001.xml"]


def test_a_malformed_manifest_stops_before_any_request_and_is_left_alone(eutils, tmp_path):
    corpus = tmp_path / "bad"
    corpus.mkdir()
    (corpus / "manifest.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        fetch_pubmed(QUERY, corpus, max_results=1, client=client_for(eutils))
    assert info.value.code == "bad_manifest" and "line 1" in info.value.reason
    assert (corpus / "manifest.jsonl").read_text("utf-8") == "{not json\n"
    assert eutils.log == []


def test_429_then_success_is_retried_after_retry_after(httpserver, tmp_path):
    httpserver.expect_oneshot_request("/eutils/esearch.fcgi").respond_with_data(
        (DATA / "rate_limited.json").read_bytes(), status=429, headers={"Retry-After": "7"}, content_type="application/json"
    )
    httpserver.expect_request("/eutils/esearch.fcgi").respond_with_handler(eutils_handler)
    httpserver.expect_request("/eutils/efetch.fcgi").respond_with_handler(eutils_handler)
    sleeps = Sleeps()
    run = fetch_pubmed(QUERY, tmp_path / "c", max_results=2, client=client_for(httpserver, sleep=sleeps), page_size=2)
    assert run.fetched == ["90000001", "90000002"]
    statuses = [response.status_code for request, response in httpserver.log if request.path.endswith("esearch.fcgi")]
    assert statuses == [429, 200]
    assert 7.0 in sleeps.calls, "the Retry-After wait was taken"


def test_server_errors_are_retried_with_growing_backoff(httpserver):
    for _ in range(2):
        httpserver.expect_oneshot_request("/eutils/esearch.fcgi").respond_with_data("busy", status=503)
    httpserver.expect_request("/eutils/esearch.fcgi").respond_with_handler(eutils_handler)
    sleeps = Sleeps()
    client = client_for(httpserver, sleep=sleeps, backoff=0.5)
    assert client.esearch(QUERY, retstart=0, retmax=2).ids == ["90000001", "90000002"]
    backoffs = [s for s in sleeps.calls if s in (0.5, 1.0)]
    assert backoffs == [0.5, 1.0]


def test_retries_run_out_with_a_clear_error(httpserver, tmp_path):
    httpserver.expect_request("/eutils/esearch.fcgi").respond_with_data("down", status=502)
    with pytest.raises(PubmedError, match=r"esearch.fcgi failed after 3 attempts \(HTTP 502\)"):
        fetch_pubmed(QUERY, tmp_path / "c", max_results=2, client=client_for(httpserver, max_retries=2))
    assert len(httpserver.log) == 3


def test_a_client_error_is_not_retried(httpserver):
    httpserver.expect_request("/eutils/esearch.fcgi").respond_with_data("Bad Request: term missing", status=400)
    with pytest.raises(PubmedError, match="HTTP 400.*term missing"):
        client_for(httpserver).esearch(QUERY)
    assert len(httpserver.log) == 1


def test_ncbi_rate_limit_answer_with_status_200_is_retried(httpserver):
    httpserver.expect_oneshot_request("/eutils/esearch.fcgi").respond_with_data(
        (DATA / "rate_limited.json").read_bytes(), content_type="application/json"
    )
    httpserver.expect_request("/eutils/esearch.fcgi").respond_with_handler(eutils_handler)
    assert client_for(httpserver).esearch(QUERY, retstart=0, retmax=2).count == 5
    assert len(httpserver.log) == 2


def test_a_failed_efetch_batch_is_recorded_and_the_others_are_saved(httpserver, tmp_path):
    httpserver.expect_request("/eutils/esearch.fcgi").respond_with_handler(eutils_handler)
    httpserver.expect_oneshot_request("/eutils/efetch.fcgi").respond_with_data("error", status=500)
    httpserver.expect_request("/eutils/efetch.fcgi").respond_with_handler(eutils_handler)
    corpus = tmp_path / "c"
    run = fetch_pubmed(QUERY, corpus, max_results=4, client=client_for(httpserver, max_retries=0), page_size=2, batch_size=2)
    assert run.fetched == ["90000003", "90000004"]
    assert sorted(run.failed) == ["90000001", "90000002"] and "HTTP 500" in run.failed["90000001"]
    items = list(iter_documents([corpus]))
    assert sorted(d.pmid for d in items if isinstance(d, Document)) == ["90000003", "90000004"]
    failed = [line for line in manifest_lines(corpus) if line["status"] == "failed"]
    assert [line["file"] for line in failed] == ["90000001.xml", "90000002.xml"]


def test_esearch_xml_answers_are_read_too(httpserver, tmp_path):
    httpserver.expect_request("/eutils/esearch.fcgi").respond_with_data(
        (DATA / "esearch.xml").read_bytes(), content_type="text/xml"
    )
    httpserver.expect_request("/eutils/efetch.fcgi").respond_with_handler(eutils_handler)
    run = fetch_pubmed("knee osteoarthritis", tmp_path / "c", max_results=10, client=client_for(httpserver))
    assert (run.count, run.found, run.fetched) == (2, ["90000003", "90000004"], ["90000003", "90000004"])
    assert run.fetched and len(requests_to(httpserver, "esearch.fcgi")) == 1, "count reached: no further page"


@pytest.mark.parametrize(
    "body,message",
    [
        ((DATA / "esearch_error.json").read_bytes(), "Invalid query: unbalanced parentheses"),
        (b'<?xml version="1.0"?><eSearchResult><ERROR>Empty term and query_key</ERROR></eSearchResult>', "Empty term"),
        (b"<html><body>maintenance</body></html>", "not <eSearchResult>"),
        (b"{broken", "malformed JSON"),
        (b"Service unavailable", "neither JSON nor XML"),
    ],
    ids=["json error", "xml error", "html page", "broken json", "plain text"],
)
def test_esearch_error_answers_are_reported(body, message):
    with pytest.raises(PubmedError, match=message):
        parse_esearch(body)


def test_rate_is_3_per_second_without_a_key_and_10_with_one():
    assert requests_per_second(None) == 3.0 and requests_per_second("") == 3.0
    assert requests_per_second("abc") == 10.0
    assert EutilsClient(EutilsSettings()).limiter.rate == 3.0
    assert EutilsClient(EutilsSettings(api_key="abc")).limiter.rate == 10.0


@pytest.mark.parametrize(
    "last,now,rate,expected",
    [
        (None, 100.0, 3.0, 0.0),
        (100.0, 100.0, 3.0, 1 / 3),
        (100.0, 100.1, 3.0, 1 / 3 - 0.1),
        (100.0, 100.5, 3.0, 0.0),
        (100.0, 100.02, 10.0, 0.08),
        (100.0, 99.0, 10.0, 1.1),
    ],
)
def test_request_spacing(last, now, rate, expected):
    assert next_request_delay(last, now, rate) == pytest.approx(expected)


def test_rate_limiter_spaces_a_burst_at_the_rate():
    clock = [50.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    limiter = RateLimiter(3.0, clock=lambda: clock[0], sleep=sleep)
    starts = []
    for _ in range(4):
        limiter.wait()
        starts.append(clock[0])
    assert [b - a for a, b in zip(starts, starts[1:])] == pytest.approx([1 / 3] * 3)
    clock[0] += 5.0
    assert limiter.wait() == 0.0, "after a pause the next request goes at once"
    with pytest.raises(ValueError):
        RateLimiter(0)


def test_backoff():
    assert [backoff_delay(n, 1.0) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 8.0]
    assert backoff_delay(10, 1.0) == 60.0, "capped"
    assert backoff_delay(1, 1.0, "12") == 12.0
    assert backoff_delay(1, 1.0, "3600") == 60.0
    assert backoff_delay(2, 1.0, "Wed, 21 Oct 2015 07:28:00 GMT") == 2.0, "an HTTP date falls back to backoff"


def test_redact_removes_the_api_key():
    url = "http://127.0.0.1:1/efetch.fcgi?db=pubmed&id=1%2C2&api_key=S3CRET&tool=evidence-extract"
    assert redact(url) == "http://127.0.0.1:1/efetch.fcgi?db=pubmed&id=1%2C2&tool=evidence-extract"


def test_an_empty_query_is_refused(tmp_path):
    with pytest.raises(PubmedError, match="query is empty"):
        fetch_pubmed("  ", tmp_path / "c", max_results=1, client=EutilsClient(EutilsSettings(base_url="http://127.0.0.1:9/")))


def evidence(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("NCBI_API_KEY", "NCBI_EMAIL")}
    environment.update({"NO_COLOR": "1", "TERM": "dumb", **(env or {})})
    command = [sys.executable, "-m", "extract.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)


def test_cli_saves_the_corpus_and_reports_what_it_did(eutils, tmp_path):
    corpus = tmp_path / "scs"
    args = ["pubmed", QUERY, "--max", "5", "--corpus", corpus, "--base-url", eutils.url_for("/eutils/")]
    result = evidence(*args, "--page-size", "2", "--batch-size", "2", "--email", "me@example.org",
                      env={"NCBI_API_KEY": "ENVKEY"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "5 articles match; took 5: 4 fetched, 0 already in" in result.stdout
    assert "failed PMID 90000005: efetch returned no record" in result.stderr
    assert f"evidence run {corpus}" in result.stdout
    assert all(r.args["api_key"] == "ENVKEY" for r, _ in eutils.log), "the key comes from NCBI_API_KEY"
    assert all(r.args["email"] == "me@example.org" for r, _ in eutils.log)
    again = evidence(*args, "--page-size", "2", "--batch-size", "2", "--quiet")
    assert again.returncode == 0 and again.stdout == ""
    items = list(iter_documents([corpus]))
    assert sum(isinstance(i, Document) for i in items) == 4
    # the PMID efetch did not return is reported by `evidence run` as skipped, naming it
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.code for s in skipped] == ["fetch_failed"] and "90000005" in skipped[0].reason + skipped[0].path


def test_cli_search_failure_exits_1_with_the_reason(httpserver, tmp_path):
    httpserver.expect_request("/eutils/esearch.fcgi").respond_with_data(
        (DATA / "esearch_error.json").read_bytes(), content_type="application/json"
    )
    result = evidence("pubmed", "((", "--corpus", tmp_path / "c", "--base-url", httpserver.url_for("/eutils/"))
    assert result.returncode == 1
    assert "PubMed search failed: esearch error: Invalid query: unbalanced parentheses" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_help_explains_the_options():
    result = evidence("pubmed", "--help")
    assert result.returncode == 0
    for word in ("--corpus", "--max", "--api-key", "NCBI_API_KEY", "--email", "NCBI_EMAIL", "--base-url", "manifest.jsonl"):
        assert word in result.stdout, word
