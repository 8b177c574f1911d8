"""End to end: the seed corpus served as web pages, crawled, and run through the pipeline gives
the same claims as the .txt files (apart from provenance)."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import pytest

import extract
from extract.crawl import crawl_urls
from extract.ingest import load_manifest

from .conftest import manifest_lines

FBSS = Path(__file__).resolve().parents[2] / "corpora" / "fbss"
_END_PUNCTUATION = re.compile(r"[.!?:;,]$")
_ARGUMENTS = ("cause", "effect", "symptom", "condition", "intervention", "action", "population", "instead_of")


def render_html(text: str, title: str, publisher: str | None) -> str:
    """A seed text as a simple web page: paragraphs as <p>, bullet lines ('•') as <ul><li>, and
    short title-like lines (no end punctuation) that head some body text as <h2>. Short lines
    with no body text after them (a page's closing 'Our Locations') stay paragraphs."""
    blocks: list[tuple[str, str]] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("•"):
            blocks.append(("li", stripped[1:].strip()))
        elif len(stripped) <= 100 and not _END_PUNCTUATION.search(stripped):
            blocks.append(("heading?", stripped))
        else:
            blocks.append(("p", stripped))
    body_after = [any(kind != "heading?" for kind, _ in blocks[i + 1:]) for i in range(len(blocks))]
    out = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'>", f"<title>{html.escape(title)}</title>"]
    if publisher:
        out.append(f"<meta property='og:site_name' content='{html.escape(publisher, quote=True)}'>")
    out.append("</head><body><nav><a href='/'>Home</a> <a href='/contact'>Contact</a></nav><main><article>")
    in_list = False
    for (kind, content), heads in zip(blocks, body_after):
        if kind == "li" and not in_list:
            out.append("<ul>")
        if kind != "li" and in_list:
            out.append("</ul>")
        in_list = kind == "li"
        tag = "h2" if kind == "heading?" and heads else ("p" if kind == "heading?" else kind)
        out.append(f"<{tag}>{html.escape(content)}</{tag}>")
    if in_list:
        out.append("</ul>")
    out.append("</article></main><footer>© 2024 A clinic. All rights reserved.</footer></body></html>")
    return "\n".join(out)


def claim_key(claim: dict) -> tuple:
    """A claim apart from provenance: type, quote (whitespace normalized), the figure or the
    argument texts."""
    quote = " ".join(claim["evidence"]["quote"].split())
    if claim["type"] == "statistic":
        v = claim["value"]
        return ("statistic", quote, v["surface"], v["point"], v["lower"], v["upper"], v["qualifier"])
    arguments = tuple((name, _text(claim[name])) for name in _ARGUMENTS if claim.get(name))
    return (claim["type"], quote, arguments)


def _text(argument: dict | str) -> str:
    """A mention's text (some arguments are plain strings)."""
    return argument["text"] if isinstance(argument, dict) else argument


def claims_by_doc(out: Path, key_of) -> dict[str, Counter]:
    documents = {}
    for line in (out / "documents.jsonl").read_text("utf-8").splitlines():
        doc = json.loads(line)
        documents[doc["doc_id"]] = key_of(doc)
    claims: dict[str, Counter] = {name: Counter() for name in documents.values()}
    for line in (out / "claims.jsonl").read_text("utf-8").splitlines():
        claim = json.loads(line)
        claims[documents[claim["doc_id"]]][claim_key(claim)] += 1
    return claims


@pytest.mark.slow
def test_crawled_seed_corpus_gives_the_same_claims_as_the_text_files(site, fast, tmp_path, nlp):
    site.robots("User-agent: *\nAllow: /\n")
    manifest = load_manifest(FBSS)
    urls = []
    for path in sorted(FBSS.glob("*.txt")):
        meta = manifest[path.name]
        site.page(f"/fbss/{path.stem}.html", render_html(path.read_text("utf-8"), meta.title, meta.publisher))
        urls.append(f"{site.url(f'/fbss/{path.stem}.html')}\t{meta.source_type}")
    corpus = tmp_path / "corpora" / "fbss_web"

    summary = crawl_urls(urls, corpus, settings=fast)

    assert summary.counts["fetched"] == 5 and summary.counts["failed"] == 0
    assert all(line["fetch"]["extractor"] == "trafilatura" for line in manifest_lines(corpus))
    extract.run([FBSS], tmp_path / "out_txt", nlp=nlp)
    extract.run([corpus], tmp_path / "out_web", nlp=nlp)
    from_txt = claims_by_doc(tmp_path / "out_txt", lambda d: Path(d["path"]).stem)
    from_web = claims_by_doc(tmp_path / "out_web", lambda d: d["url"].rsplit("/", 1)[1].removesuffix(".html"))
    assert sorted(from_web) == sorted(from_txt)
    assert sum(map(len, from_txt.values())) > 100, "the seed corpus has many claims; all must be compared"
    for name, expected in from_txt.items():
        got = from_web[name]
        assert got == expected, (
            f"{name}: only from the .txt {sorted((expected - got).elements())}; "
            f"only from the crawl {sorted((got - expected).elements())}"
        )
