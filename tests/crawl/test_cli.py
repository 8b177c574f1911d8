"""`evidence crawl` as a user runs it: help, messages, exit codes, the summary."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from extract.cli import app
from extract.crawl import load_settings

from .conftest import by_url, page_html

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "extract.cli", "crawl", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_help_explains_the_command_and_its_defaults_match_the_settings_file():
    result = CliRunner().invoke(app, ["crawl", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    for words in ("robots.txt", "Crawl-delay", "--contact", "manifest.jsonl", "raw/", "--refresh", "resume",
                  ".http_cache.sqlite", "--include", "--exclude", "--depth", "--max-bytes", "--max-redirects"):
        assert words in text, words
    defaults = load_settings()
    assert f"[default: {defaults.delay}]" in text
    assert f"[default: {defaults.concurrency}]" in text
    assert f"[default: {defaults.read_timeout:g}]" in text
    assert f"[default: {defaults.retries}]" in text
    assert f"[default: {defaults.max_redirects}]" in text
    assert f"[default: {defaults.max_bytes}]" in text
    assert f"[default: {defaults.depth}, none]" in text


def test_crawl_reports_failures_on_stderr_and_in_a_summary_table(site, tmp_path):
    site.robots("User-agent: *\nDisallow: /private\n")
    site.page("/a.html", page_html("A page", "Up to 20% of patients have pain after surgery."))
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# my list\n{site.url('/a.html')}\tclinic_web_page\n{site.url('/private/b.html')}\n"
                    f"{site.url('/missing.html')}\nmailto:me@example.org\n")
    corpus = tmp_path / "corpora" / "mine"

    result = _run(str(urls), "--corpus", str(corpus), "--delay", "0.01", "--retries", "0",
                  "--contact", "https://example.org/contact")

    assert result.returncode == 0, result.stderr
    assert f"failed {site.url('/private/b.html')}: disallowed by" in result.stderr
    assert f"failed {site.url('/missing.html')}: HTTP 404" in result.stderr
    assert "failed mailto:me@example.org: line 5: not an http or https URL" in result.stderr
    assert "Failed URLs" in result.stdout
    assert "URLs: 4: 1 fetched, 0 unchanged (HTTP cache), 0 already in the manifest, 3 failed" in result.stdout
    assert "(+https://example.org/contact)" in result.stdout
    assert by_url(corpus)[site.url("/a.html")]["source_type"] == "clinic_web_page"
    assert site.hits[-1].headers["User-Agent"].endswith("(+https://example.org/contact)")


def test_every_url_failing_exits_1_and_bad_inputs_say_what_to_do(site, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/missing.html") + "\n")
    result = _run(str(urls), "--corpus", str(tmp_path / "c"), "--delay", "0", "--quiet")
    assert result.returncode == 1
    assert "no URL could be fetched" in result.stderr

    missing = _run(str(tmp_path / "nope.txt"), "--corpus", str(tmp_path / "c"))
    assert missing.returncode == 1 and "URL list" in missing.stderr and "does not exist" in missing.stderr

    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n\n")
    assert "lists no URL" in _run(str(empty), "--corpus", str(tmp_path / "c")).stderr

    latin = tmp_path / "latin.txt"
    latin.write_bytes("http://example.org/caf\xe9\n".encode("latin-1"))
    assert "not UTF-8" in _run(str(latin), "--corpus", str(tmp_path / "c")).stderr

    bad_regex = _run(str(urls), "--corpus", str(tmp_path / "c"), "--include", "([")
    assert bad_regex.returncode == 1 and "--include '(['" in bad_regex.stderr

    settings = tmp_path / "crawler.json"
    settings.write_text(json.dumps({**load_settings().model_dump(), "delay": -1}))
    bad = _run(str(urls), "--corpus", str(tmp_path / "c"), "--settings", str(settings))
    assert bad.returncode == 1 and "crawler settings" in bad.stderr and "delay" in bad.stderr
