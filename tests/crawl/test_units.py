"""The pure decisions of the crawler: robots, backoff, Retry-After, URL lists, filters, names, links."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from extract.crawl import CrawlSettingsError, file_stem, load_settings, parse_url_list
from extract.crawl.content import ContentError, content_kind, decode_body, page_text
from extract.crawl.politeness import (
    HostThrottle,
    RobotsRules,
    backoff_delay,
    host_delay,
    retry_after_seconds,
    robots_allows,
    robots_crawl_delay,
)
from extract.crawl.urls import compile_patterns, links_in_html, normalize_url, passes_filters, same_site

ROBOTS = """User-agent: evidence-extract
Disallow: /members/
Crawl-delay: 4

User-agent: *
Disallow: /
"""


def test_robots_rules_for_our_agent_and_the_rfc_defaults():
    rules = RobotsRules(text=ROBOTS)
    assert robots_allows(rules, "https://clinic.example/treatments/fbss", "evidence-extract")
    assert not robots_allows(rules, "https://clinic.example/members/list", "evidence-extract")
    assert not robots_allows(rules, "https://clinic.example/treatments/fbss", "otherbot")
    assert robots_crawl_delay(rules, "evidence-extract") == 4.0
    assert robots_crawl_delay(RobotsRules(text="User-agent: *\nAllow: /\n"), "evidence-extract") == 0.0
    assert robots_allows(RobotsRules(text=None, allow_all=True), "https://a.example/x", "evidence-extract")
    assert not robots_allows(RobotsRules(text=None, allow_all=False), "https://a.example/x", "evidence-extract")
    assert host_delay(1.0, 4.0) == 4.0 and host_delay(1.0, 0.0) == 1.0


def test_backoff_grows_exponentially_up_to_the_cap():
    settings = load_settings().with_overrides(backoff_base=0.5, backoff_factor=3, backoff_max=10)
    assert [backoff_delay(n, settings) for n in (1, 2, 3, 4)] == [0.5, 1.5, 4.5, 10]
    with pytest.raises(ValueError):
        backoff_delay(0, settings)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Wed, 01 Jan 2025 00:02:00 GMT", 120.0),
        ("Tue, 31 Dec 2024 23:00:00 GMT", 0.0),  # in the past: now
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_in_seconds_or_as_an_http_date(value, seconds):
    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    assert retry_after_seconds(value, now) == seconds


def test_throttle_books_slots_per_host():
    clock = [100.0]
    slept = []

    def sleep(s):
        slept.append(round(s, 3))
        clock[0] += s

    throttle = HostThrottle(clock=lambda: clock[0], sleep=sleep)
    throttle.wait("a", 1.0)
    throttle.wait("b", 1.0)
    throttle.wait("a", 1.0)
    throttle.hold("b", 5.0)
    throttle.wait("b", 1.0)
    assert slept == [1.0, 5.0]


def test_url_list_parsing():
    entries = parse_url_list(
        "# list\n\nHTTP://Clinic.Example:80/a?b=1#top\tclinic_web_page\nhttps://clinic.example/a\n"
        "http://clinic.example/a?b=1\n  \t\nwww.example.org/page\nhttps:///nohost\nhttp://x.example:99999/\n"
    )
    assert [(e.lineno, e.url, e.source_type, e.problem is None) for e in entries[:2]] == [
        (3, "http://clinic.example/a?b=1", "clinic_web_page", True),
        (4, "https://clinic.example/a", None, True),
    ]
    problems = {e.lineno: e.problem for e in entries if e.problem}
    assert "no scheme" in problems[7] and "no host" in problems[8] and "not a valid URL" in problems[9]
    assert len(entries) == 5, "the repeated URL (line 5) is kept once"


def test_normalize_and_same_site():
    assert normalize_url("HTTPS://Example.ORG:443") == "https://example.org/"
    assert normalize_url("http://example.org:8080/a#frag") == "http://example.org:8080/a"
    assert same_site("https://example.org/a", "http://example.org/b")
    assert not same_site("https://www.example.org/a", "https://example.org/")
    assert not same_site("http://127.0.0.1:8001/", "http://127.0.0.1:8002/")


def test_filters_include_any_exclude_all():
    include, exclude = compile_patterns([r"/treat", r"\.pdf$"], "--include"), compile_patterns([r"draft"], "--exclude")
    assert passes_filters("https://a.example/treatments/x", include, exclude)
    assert passes_filters("https://a.example/study.pdf", include, exclude)
    assert not passes_filters("https://a.example/treatments/draft", include, exclude)
    assert not passes_filters("https://a.example/about", include, exclude)
    assert passes_filters("https://a.example/about", [], [])
    with pytest.raises(ValueError, match=r"--exclude '\(' is not a valid regular expression"):
        compile_patterns(["("], "--exclude")


def test_file_names_are_stable_readable_and_distinct():
    stem = file_stem("https://clinic.example/Treatments/FBSS.html?lang=en")
    assert stem.startswith("clinic-example_treatments-fbss-html-lang-en_") and len(stem.rsplit("_", 1)[1]) == 10
    assert stem == file_stem("https://clinic.example/Treatments/FBSS.html?lang=en")
    assert stem != file_stem("https://clinic.example/Treatments/FBSS.html?lang=fr")
    assert file_stem("https://clinic.example/").startswith("clinic-example_index_")
    long = file_stem("https://clinic.example/" + "very-long-segment/" * 20)
    assert len(long) < 100 and "/" not in long


def test_links_are_absolute_http_and_honour_base():
    markup = """<html><head><base href="https://clinic.example/docs/"></head><body>
    <a href="intro.html">a</a><a href="/top#x">b</a><a href="javascript:void(0)">c</a>
    <a href="mailto:x@y.z">d</a><a href="intro.html#again">e</a><a href="https://other.example/">f</a></body></html>"""
    assert links_in_html(markup, "https://clinic.example/page") == [
        "https://clinic.example/docs/intro.html", "https://clinic.example/top", "https://other.example/"]
    assert links_in_html(b"", "https://clinic.example/") == []
    assert links_in_html(b"\x00\x01 not html", "https://clinic.example/") == []


def test_content_kinds_and_decoding():
    settings = load_settings()
    assert content_kind("text/html; charset=utf-8", b"", settings) == "html"
    assert content_kind("Application/PDF", b"", settings) == "pdf"
    assert content_kind(None, b"%PDF-1.7 ...", settings) == "pdf"
    assert content_kind("application/octet-stream", b"<!DOCTYPE html><html>", settings) == "html"
    with pytest.raises(ContentError, match="content type application/zip is not accepted"):
        content_kind("application/zip", b"PK", settings)
    with pytest.raises(ContentError, match="none given"):
        content_kind(None, b"\x89PNG", settings)
    assert decode_body("café".encode("latin-1"), "text/html; charset=ISO-8859-1", sniff_meta=True) == "café"
    assert decode_body(b'<meta charset="windows-1252"><p>caf\xe9</p>', None, sniff_meta=True).endswith("café</p>")
    assert decode_body(b"caf\xe9", "text/plain", sniff_meta=False) == "café"  # undeclared, not UTF-8: cp1252
    assert decode_body(b"x", "text/plain; charset=bogus", sniff_meta=False) == "x"
    with pytest.raises(ContentError, match="NUL bytes"):
        page_text("text", b"abc\x00def", "text/plain")
    with pytest.raises(ContentError, match="empty"):
        page_text("html", b"   ", "text/html")
    with pytest.raises(ContentError, match="no main text"):
        page_text("html", b"<html><body><nav>menu</nav><script>x()</script></body></html>", "text/html")


def test_settings_are_validated_and_overrides_checked(tmp_path):
    settings = load_settings()
    assert settings.user_agent_for("1.2.3", None) == "evidence-extract/1.2.3"
    assert settings.user_agent_for("1.2.3", " mailto:a@b.org ") == "evidence-extract/1.2.3 (+mailto:a@b.org)"
    with pytest.raises(CrawlSettingsError, match="delay"):
        settings.with_overrides(delay=-1)
    with pytest.raises(CrawlSettingsError, match="unknown crawler setting"):
        settings.with_overrides(speed=3)
    data = json.loads(json.dumps(settings.model_dump()))
    for broken, words in (({"retry_statuses": [200]}, "400-599"), ({"user_agent": "bot"}, "{version}"),
                          ({"surprise": 1}, "surprise"), ({"content_types": {"Text/HTML": "html"}}, "lower-case")):
        path = tmp_path / "crawler.json"
        path.write_text(json.dumps({**data, **broken}))
        with pytest.raises(CrawlSettingsError, match=r"crawler settings .*crawler.json is invalid") as info:
            load_settings(str(path))
        assert words in str(info.value)
    path.write_text("{not json")
    with pytest.raises(CrawlSettingsError, match="not valid JSON"):
        load_settings(str(path))
