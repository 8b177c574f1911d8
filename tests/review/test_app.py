"""The app over HTTP against a real server: CSRF, ids never paths, security headers, the
password for remote binds, bad outputs reported, the claims browser; and the CLI."""

from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from typer.testing import CliRunner

from extract.cli import app as cli
from extract.records import Conflict, StatisticClaim
from extract.review import OutputsError, VerdictStore
from extract.review.app import create_app
from extract.review.outputs import mentions_of
from extract.review.server import BindError, check_bind, is_loopback
from extract.runner import CLAIMS, CONFLICTS, iter_jsonl
from extract.runner.read import claim_adapter
from tests.review.conftest import ROOT, csrf_session, post_verdict, serving


def first_conflict(folder: Path) -> Conflict:
    return next(iter_jsonl(folder / CONFLICTS, Conflict))


def raw_get(url: str, path: str) -> tuple[int, str]:
    """GET a path exactly as written (no client-side normalisation of '..')."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def test_posts_without_the_session_token_are_refused_and_save_nothing(outputs: Path) -> None:
    c = first_conflict(outputs)
    with serving(outputs) as url:
        session, token = csrf_session(url, c.conflict_id)
        assert post_verdict(session, url, "", c.conflict_id, "not_a_conflict", "Ada").status_code == 400
        assert post_verdict(session, url, token[:-2] + "xx", c.conflict_id, "not_a_conflict", "Ada").status_code == 400
        stranger = requests.Session()  # a token lifted from another session does not work without its cookie
        refused = post_verdict(stranger, url, token, c.conflict_id, "not_a_conflict", "Mallory")
        assert refused.status_code == 400 and "security token" in refused.text
        assert VerdictStore.in_folder(outputs).history() == []
        assert post_verdict(session, url, token, c.conflict_id, "not_a_conflict", "Ada").status_code == 303
        assert [h.reviewer for h in VerdictStore.in_folder(outputs).history()] == ["Ada"]


def test_a_refused_verdict_shows_why_and_keeps_what_was_typed_escaped(outputs: Path) -> None:
    c = first_conflict(outputs)
    with serving(outputs) as url:
        session, token = csrf_session(url, c.conflict_id)
        response = post_verdict(session, url, token, c.conflict_id, "extraction_error", "Ada", "<b>bold</b> guess")
        assert response.status_code == 400
        assert "tick the claim" in response.text and "&lt;b&gt;bold&lt;/b&gt; guess" in response.text
        assert "<b>bold</b>" not in response.text


@pytest.mark.parametrize(
    "path",
    ["/static/../run.json", "/static/..%2frun.json", "/conflict/..%2f..%2fetc%2fpasswd", "/document/..%2fdocuments.jsonl",
     "/concept/..%2f..%2fetc", "/run.json", "/documents.jsonl", "/review.sqlite", "/static/%2e%2e/conflicts.jsonl",
     "/conflict/cfl_0000000000000000", "/document/doc_zz", "/static/..\\run.json"],
)  # fmt: skip
def test_no_route_serves_a_file_outside_the_app_or_takes_a_path(outputs: Path, path: str) -> None:
    with serving(outputs) as url:
        status, body = raw_get(url, path)
    assert status in (400, 404), (path, status)
    assert '"schema_version"' not in body and "SQLite format" not in body


def test_every_response_forbids_scripts_and_framing(outputs: Path) -> None:
    with serving(outputs) as url:
        for path in ("/", "/documents", "/nope"):
            headers = requests.get(url + path, timeout=30).headers
            assert "default-src 'none'" in headers["Content-Security-Policy"] and "script-src" not in headers["Content-Security-Policy"]
            assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"


def test_with_a_password_every_request_needs_it(outputs: Path) -> None:
    c = first_conflict(outputs)
    with serving(outputs, password="s3cret") as url:
        assert requests.get(url + "/", timeout=30).status_code == 401
        assert requests.get(url + "/static/style.css", timeout=30).status_code == 401
        assert requests.get(url + "/", auth=("x", "wrong"), timeout=30).status_code == 401
        assert requests.get(url + "/", auth=("anyone", "s3cret"), timeout=30).status_code == 200
        session, token = csrf_session(url, c.conflict_id, auth=("r", "s3cret"))
        assert post_verdict(session, url, token, c.conflict_id, "needs_expert", "Ada").status_code == 303


def test_binding_beyond_loopback_needs_the_flag_and_a_password() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost") and is_loopback("127.0.0.2")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1")
    assert check_bind("127.0.0.1", False, None) is None
    assert check_bind("127.0.0.1", False, "pw") == "pw"
    with pytest.raises(BindError, match="--allow-remote"):
        check_bind("0.0.0.0", False, "pw")
    with pytest.raises(BindError, match="needs a password"):
        check_bind("0.0.0.0", True, None)
    assert check_bind("0.0.0.0", True, "pw") == "pw"


def test_unknown_filters_get_a_clear_400(outputs: Path) -> None:
    with serving(outputs) as url:
        response = requests.get(url + "/", params={"severity": "<script>"}, timeout=30)
    assert response.status_code == 400 and "unknown severity" in response.text and "<script>" not in response.text


def test_broken_outputs_are_reported_with_the_file_and_line(outputs: Path) -> None:
    with (outputs / CLAIMS).open("a", encoding="utf-8") as handle:
        handle.write('{"not": "a claim"}\n')
    with pytest.raises(OutputsError, match=r"claims\.jsonl line \d+"):
        create_app(outputs)
    with pytest.raises(OutputsError, match="not a run's outputs"):
        create_app(outputs.parent)


def test_a_reload_of_broken_outputs_keeps_the_last_good_ones_and_says_so(outputs: Path) -> None:
    with serving(outputs) as url:
        assert requests.get(url + "/", timeout=30).status_code == 200
        (outputs / CONFLICTS).write_text("{broken\n", encoding="utf-8")
        (outputs / "run.json").write_text((outputs / "run.json").read_text(encoding="utf-8") + " ", encoding="utf-8")
        page = requests.get(url + "/", timeout=60)
        assert page.status_code == 200 and "could not be read again" in page.text and "conflicts.jsonl line 1" in page.text
        assert 'data-conflict="cfl_' in page.text  # the last good conflicts are still listed


def test_the_claims_browser_lists_every_claim_of_a_document_and_of_a_concept(outputs: Path) -> None:
    claims = list(iter_jsonl(outputs / CLAIMS, claim_adapter()))
    doc_id = claims[0].doc_id
    figures = [c for c in claims if c.doc_id == doc_id and isinstance(c, StatisticClaim)]
    linked = [(m.concept.id, c) for c in claims for _, m in mentions_of(c) if m.concept]
    concept_id = max({i for i, _ in linked}, key=lambda i: sum(1 for j, _ in linked if j == i))
    with serving(outputs) as url:
        page = requests.get(f"{url}/document/{doc_id}", timeout=30).text
        assert page.count('<article class="claim"') == sum(1 for c in claims if c.doc_id == doc_id)
        stats = requests.get(f"{url}/document/{doc_id}", params={"type": "statistic"}, timeout=30).text
        assert stats.count('<article class="claim"') == len(figures)
        for claim in figures:
            assert re.search(rf'<mark class="figure"[^>]*>{re.escape(str(_escape(claim.value.surface)))}</mark>', stats)
        concept = requests.get(f"{url}/concept/{concept_id}", timeout=30).text
        expected = {c.claim_id for i, c in linked if i == concept_id}
        assert set(re.findall(r'<article class="claim" id="(clm_[0-9a-f]+)"', concept)) >= expected
        assert "arg arg-" in concept
        assert requests.get(f"{url}/concept/EV:nothing_like_this", timeout=30).status_code == 404
        index = requests.get(f"{url}/documents", timeout=30).text
        assert f"/concept/{concept_id}" in index and f"/document/{doc_id}" in index


def _escape(text: str) -> str:
    from markupsafe import escape

    return escape(text)


def test_cli_help_explains_the_app() -> None:
    result = CliRunner().invoke(cli, ["review", "--help"], terminal_width=200)
    assert result.exit_code == 0
    for words in ("Queue", "Conflict page", "Verdict", "Claims browser", "--export", "--allow-remote", "--port",
                  "EVIDENCE_REVIEW_PASSWORD", "review.sqlite"):  # fmt: skip
        assert words in result.output, words


def test_cli_refuses_a_remote_bind_without_the_flag_and_reports_bad_folders(outputs: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    refused = runner.invoke(cli, ["review", str(outputs), "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "--allow-remote" in refused.output
    no_password = runner.invoke(cli, ["review", str(outputs), "--host", "0.0.0.0", "--allow-remote"], env={"EVIDENCE_REVIEW_PASSWORD": ""})
    assert no_password.exit_code == 2 and "needs a password" in no_password.output
    empty = runner.invoke(cli, ["review", str(tmp_path / "nothing")])
    assert empty.exit_code == 1 and "not a folder" in empty.output


def test_cli_exports_verdicts_as_jsonl_and_csv(outputs: Path, tmp_path: Path) -> None:
    c = first_conflict(outputs)
    VerdictStore.in_folder(outputs).record(c, "extraction_error", "Ada", "wrong figure", [c.claim_ids[0]])
    runner = CliRunner()
    for name in ("v.jsonl", "v.csv"):
        result = runner.invoke(cli, ["review", str(outputs), "--export", str(tmp_path / name)])
        assert result.exit_code == 0 and "wrote 1 verdict" in result.output
    record = json.loads((tmp_path / "v.jsonl").read_text(encoding="utf-8"))
    assert record["conflict_id"] == c.conflict_id and record["wrong_claim_ids"] == [c.claim_ids[0]]
    assert (tmp_path / "v.csv").read_text(encoding="utf-8").startswith("conflict_id,verdict,")
    bad = runner.invoke(cli, ["review", str(outputs), "--export", str(tmp_path / "v.txt")])
    assert bad.exit_code == 1 and ".jsonl or .csv" in bad.output


def test_cli_serves_the_app_in_its_own_process(outputs: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "extract.cli", "review", str(outputs), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        line = process.stdout.readline()
        match = re.search(r"on (http://127\.0\.0\.1:\d+/)", line)
        assert match, line + process.stderr.read() if process.poll() is not None else line
        deadline = time.monotonic() + 30
        while True:
            try:
                response = requests.get(match.group(1), timeout=10)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.2)
        assert response.status_code == 200 and "Flagged conflicts" in response.text
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_an_opposing_claims_conflict_shows_both_statements_with_their_arguments_marked(nlp, tmp_path: Path) -> None:
    import extract

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Back pain after surgery\n\nScar tissue after back surgery causes chronic pain in many patients.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Back pain after surgery\n\nScar tissue after back surgery does not cause chronic pain.\n", encoding="utf-8")
    extract.run([corpus], tmp_path / "out", nlp=nlp)
    conflict = next(c for c in iter_jsonl(tmp_path / "out" / CONFLICTS, Conflict) if c.kind == "opposing_claims")
    with serving(tmp_path / "out") as url:
        page = requests.get(f"{url}/conflict/{conflict.conflict_id}", timeout=30).text
        queue = requests.get(url + "/", params={"kind": "opposing_claims"}, timeout=30).text
    assert "The statements" in page and "<svg" not in page
    for statement in conflict.statements:
        quote = re.search(rf'<mark class="quote" data-claim="{statement.claim_id}">(.*?)</mark>\s*</blockquote>', page, re.S)
        assert quote, statement.claim_id
        assert re.sub(r"<[^>]+>", "", quote.group(1)) == str(_escape(statement.quote))
        assert 'class="arg arg-' in quote.group(1)
        assert f'class="badge pol-{statement.polarity}"' in page
    assert all(str(_escape(s.label)) in queue for s in conflict.statements)


def test_the_references_a_sentence_cites_and_its_source_type_are_shown_with_its_figure(outputs: Path) -> None:
    conflict = next(c for c in iter_jsonl(outputs / CONFLICTS, Conflict) if len(c.figures) == 2)
    cited = conflict.figures[1].claim_id
    reference = {"label": "3", "text": "Bailey JC et al. Pain Medicine 2018;19(2):385-92 <i>x</i>", "pmid": "28402570", "year": 2018}
    lines = []
    for line in (outputs / CLAIMS).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["claim_id"] == cited:
            record["evidence"]["references"] = [reference]
            record["evidence"]["source_type"] = "journal_abstract"
        lines.append(json.dumps(record))
    (outputs / CLAIMS).write_text("\n".join(lines) + "\n", encoding="utf-8")
    with serving(outputs) as url:
        page = requests.get(f"{url}/conflict/{conflict.conflict_id}", timeout=30).text
    cards = {m.group(1): m.group(2) for m in re.finditer(r'<article class="claim" id="(clm_[0-9a-f]+)".*?>(.*?)</article>', page, re.S)}
    assert "References this sentence cites" in cards[cited] and "PMID 28402570" in cards[cited]
    assert "Bailey JC et al. Pain Medicine 2018;19(2):385-92 &lt;i&gt;x&lt;/i&gt;" in cards[cited]
    other = conflict.figures[0].claim_id
    assert "cites no reference" in cards[other] and "PMID" not in cards[other]
    assert '<span class="badge stype">journal abstract</span>' in cards[cited]
    assert "journal abstract" not in cards[other]
