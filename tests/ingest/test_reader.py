"""Tests of the ingest stage: files written by the test in, Documents or Skipped records out."""

from __future__ import annotations

import hashlib
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from extract.ingest import (
    ERROR_CODES,
    InputError,
    iter_documents,
    load_manifest,
    read_document,
)
from extract.ingest import reader as reader_module
from extract.records import Document, ManifestEntry, Skipped

SEED_CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "fbss"

CLINIC_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Failed Back Surgery Syndrome: What Patients Should Know</title>
<meta property="og:site_name" content="Riverside Spine Clinic">
<script>alert(1)</script>
</head><body>
<header><div class="logo">Riverside Spine Clinic</div><p>Call us today: 555-0100</p></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/services">Our Services</a></li>
<li><a href="/contact">Book an Appointment</a></li></ul></nav>
<main><article>
<h2>Persistent pain after spine surgery</h2>
<p>Failed back surgery syndrome describes persistent pain after one or more spine operations.
It affects a substantial share of patients who undergo lumbar surgery.</p>
<p>Studies report that between 10 and 40 percent of patients continue to have pain after lumbar
spine surgery. The figure depends on how the outcome is defined.</p>
<p>Spinal cord stimulation relieved pain by at least half in about 50 percent of patients in one
trial. Physical therapy and medication are also used.</p>
<p>Talk to your physician about which treatment is right for you. Results vary.</p>
</article></main>
<footer><p>Copyright 2024 Riverside Spine Clinic. All rights reserved.</p></footer>
<script>alert(1)</script>
</body></html>
"""

NAV_ONLY_PAGE = """<html><head><title>Clinic</title><script>var tracking = "abc";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/contact">Contact</a></li></ul></nav><script>alert(1)</script></body></html>
"""


def write(folder: Path, name: str, data: bytes | str) -> Path:
    """Write ``data`` (str as UTF-8) to ``folder/name`` and return the path."""
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def write_manifest(folder: Path, lines: list[dict | str]) -> Path:
    """Write a manifest.jsonl; dicts are dumped as JSON, strings written verbatim."""
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    return write(folder, "manifest.jsonl", text)


def rejection(path: Path, **kwargs: object) -> InputError:
    """The InputError that read_document raises for ``path``."""
    with pytest.raises(InputError) as info:
        read_document(path, **kwargs)
    return info.value


def summary(items: list[Document | Skipped]) -> list[tuple[str, str, str]]:
    """(kind, file name, code or media type) of each yielded item, for order assertions."""
    return [
        ("doc", Path(i.path).name, i.media_type) if isinstance(i, Document) else ("skip", Path(i.path).name, i.code)
        for i in items
    ]


# --- bad input: every code, with a reason that names the problem ---------------------------


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("empty.txt", b"", "empty", ["empty", "0 bytes"]),
        ("blank.txt", b"  \n\t \r\n  ", "empty", ["only whitespace"]),
        ("bom_only.md", b"\xef\xbb\xbf\n", "empty", ["only whitespace"]),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00binary", "binary", ["binary", "NUL byte at offset 5"]),
        ("controls.txt", b"\x01\x02\x03\x04\x05 some text", "binary", ["binary", "control characters"]),
        ("wide.txt", "hello".encode("utf-16"), "binary", ["UTF-16", "UTF-8"]),
        ("latin1.txt", "Caf\u00e9 au lait".encode("latin-1"), "not_utf8", ["not valid UTF-8", "0xE9", "offset 3"]),
        ("paper.pdf", b"%PDF-1.4\n%text", "pdf_no_text", ["PDF could not be parsed", "not truncated"]),
        ("page.pdf", b"<html><body>not a PDF</body></html>", "pdf_no_text", ["not a PDF", "%PDF-"]),
        ("slides.key", b"PK\x03\x04", "unsupported_type", ["'.key'", ".txt", ".md", ".html", ".pdf"]),
        ("letter.docx", b"PK\x03\x04", "unsupported_type", ["'.docx'", ".txt"]),
        ("README", b"no extension", "unsupported_type", ["no extension"]),
        ("empty.pdf", b"", "empty", ["0 bytes"]),
        ("nav.html", NAV_ONLY_PAGE, "html_no_text", ["no main text"]),
        ("scripts.htm", "<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>",
         "html_no_text", ["no main text"]),
    ],
)
def test_bad_file_is_rejected_with_code_and_reason(tmp_path, name, data, code, words):
    error = rejection(write(tmp_path, name, data))
    assert error.code == code
    assert error.path == str(tmp_path / name)
    for word in words:
        assert word in error.reason
    assert error.reason.count(";") == 1, "one sentence: the problem; what to do"


def test_not_utf8_offset_counts_the_bom(tmp_path):
    error = rejection(write(tmp_path, "bom.txt", b"\xef\xbb\xbfcaf\xe9"))
    assert error.code == "not_utf8"
    assert "0xE9 at offset 6" in error.reason


def test_oversized_file_is_rejected_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", "x" * 100)

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened; its size must be checked with stat first")

    monkeypatch.setattr(Path, "open", no_open)
    error = rejection(path, max_bytes=10)
    assert error.code == "too_large"
    assert "100 bytes" in error.reason and "limit of 10 bytes" in error.reason
    assert "--max-bytes" in error.reason


def test_file_at_the_limit_is_read(tmp_path):
    assert read_document(write(tmp_path, "edge.txt", "x" * 10), max_bytes=10).n_chars == 10


def test_size_is_checked_before_content(tmp_path):
    assert rejection(write(tmp_path, "big.txt", b"\x00" * 50), max_bytes=10).code == "too_large"


def test_directory_named_like_a_text_file_is_unreadable(tmp_path):
    folder = tmp_path / "x.txt"
    folder.mkdir()
    error = rejection(folder)
    assert error.code == "unreadable"
    assert "directory" in error.reason


def test_missing_path(tmp_path):
    error = rejection(tmp_path / "nowhere.txt")
    assert error.code == "missing"
    assert "does not exist" in error.reason


def test_broken_symlink_is_missing(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    error = rejection(link)
    assert error.code == "missing"
    assert "broken symbolic link" in error.reason and "gone.txt" in error.reason


def test_symlink_to_a_file_is_read(tmp_path):
    target = write(tmp_path, "real.txt", "Real text.\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    doc = read_document(link)
    assert doc.text == "Real text.\n"
    assert doc.path == str(link)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>unclosed <div><<>>",
        "<<<>>>",
        "</p></div></body>",
        "<html",
        "<?xml version='1.0' encoding='latin-1'?><html><body><p>Declared encoding text.</p></body></html>",
        "<p>" * 2000 + "deep",
        "<html><body><table><tr><td>cell<td>cell</table></body></html>",
    ],
)
def test_malformed_html_gives_a_document_or_an_input_error(tmp_path, markup):
    path = write(tmp_path, "broken.html", markup)
    try:
        doc = read_document(path)
    except InputError as error:  # anything else fails the test
        assert error.code == "html_no_text"
    else:
        assert doc.text.strip()
        assert "<html" not in doc.text


def test_html_parser_failure_is_an_input_error(tmp_path, monkeypatch):
    import trafilatura

    def explode(*args, **kwargs):
        raise ValueError("Document is empty")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    error = rejection(write(tmp_path, "page.html", CLINIC_PAGE))
    assert error.code == "html_no_text"
    assert "ValueError: Document is empty" in error.reason


def test_input_error_codes_are_a_fixed_set(tmp_path):
    with pytest.raises(ValueError, match="unknown input error code"):
        InputError(tmp_path, "weird", "reason")
    assert set(ERROR_CODES) == {
        "missing", "unreadable", "empty", "binary", "not_utf8", "too_large",
        "unsupported_type", "html_no_text", "duplicate", "bad_manifest", "pdf_no_text", "fetch_failed",
        "xml_malformed", "xml_entities", "xml_unknown_root", "xml_multiple_articles", "xml_no_text",
    }


def test_input_error_becomes_a_skipped_record_and_pickles():
    error = InputError("a/b.txt", "empty", "file is empty (0 bytes); supply a file with text in it")
    assert error.to_skipped() == Skipped(path="a/b.txt", code="empty", reason=error.reason)
    assert "a/b.txt" in str(error) and "[empty]" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.code, copy.reason) == (error.path, error.code, error.reason)


# --- text: exactly what offsets refer to ----------------------------------------------------


def test_line_endings_are_normalized_and_nothing_else(tmp_path):
    raw = "One\r\nTwo  \r\n\tThree\rFour \u00e9\u2013 \u00a0end\n\n".encode("utf-8")
    doc = read_document(write(tmp_path, "crlf.txt", raw))
    assert doc.text == "One\nTwo  \n\tThree\nFour \u00e9\u2013 \u00a0end\n\n"
    assert doc.n_chars == len(doc.text)
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()


def test_bom_is_stripped_but_counted_in_the_hash(tmp_path):
    raw = b"\xef\xbb\xbfFirst line.\nSecond line.\n"
    doc = read_document(write(tmp_path, "bom.txt", raw))
    assert doc.text == "First line.\nSecond line.\n"
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()


def test_text_file_has_no_title_and_markdown_takes_its_first_heading(tmp_path):
    txt = read_document(write(tmp_path, "a.txt", "# Looks like a heading\nBody.\n"))
    assert txt.title is None and txt.media_type == "text/plain"
    md_text = "```sh\n# not a heading\n```\nIntro.\n\n## Sub\n# Real Title #\n# Second\n"
    md = read_document(write(tmp_path, "b.md", md_text))
    assert md.title == "Real Title"
    assert md.media_type == "text/markdown"
    assert md.text == md_text
    assert read_document(write(tmp_path, "c.markdown", "No heading here.\n")).title is None


def test_clinic_page_yields_the_article_and_title(tmp_path):
    doc = read_document(write(tmp_path, "clinic.html", CLINIC_PAGE))
    assert doc.media_type == "text/html"
    assert doc.title == "Failed Back Surgery Syndrome: What Patients Should Know"
    assert doc.publisher == "Riverside Spine Clinic"
    assert "between 10 and 40 percent of patients" in doc.text
    assert "about 50 percent of patients" in doc.text
    assert "Talk to your physician" in doc.text
    for furniture in ("alert", "Our Services", "Book an Appointment", "Call us today", "Copyright"):
        assert furniture not in doc.text
    assert doc.date is None, "a copyright year is not a publication date"
    assert doc.n_chars == len(doc.text)


def test_html_date_and_url_come_from_markup(tmp_path):
    head = '<meta property="article:published_time" content="2023-05-04T10:00:00Z">'
    head += '<link rel="canonical" href="https://clinic.example/fbss">'
    page = CLINIC_PAGE.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + head)
    doc = read_document(write(tmp_path, "dated.html", page))
    assert doc.date == "2023-05-04"
    assert doc.url == "https://clinic.example/fbss"


# --- ids -----------------------------------------------------------------------------------


def test_doc_id_depends_only_on_the_bytes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    raw = b"Up to 40 percent of patients have pain.\n"
    first = read_document(write(tmp_path / "a", "x.txt", raw))
    second = read_document(write(tmp_path / "b", "y.md", raw))
    other = read_document(write(tmp_path / "b", "z.txt", raw + b" "))
    assert first.doc_id == second.doc_id == "doc_" + hashlib.sha256(raw).hexdigest()[:16]
    assert first.path != second.path
    assert other.doc_id != first.doc_id


# --- manifests -----------------------------------------------------------------------------


def test_absent_manifest_is_empty(tmp_path):
    assert load_manifest(tmp_path) == {}


def test_manifest_is_loaded_and_validated(tmp_path):
    write_manifest(tmp_path, [{"file": "a.txt", "title": "A", "source_type": "journal_abstract"}, "", {"file": "b.md"}])
    entries = load_manifest(tmp_path)
    assert set(entries) == {"a.txt", "b.md"}
    assert entries["a.txt"] == ManifestEntry(file="a.txt", title="A", source_type="journal_abstract")
    assert entries["b.md"].source_type is None  # unset: the reader detects it


@pytest.mark.parametrize(
    ("lines", "bad_line", "words"),
    [
        ([{"file": "a.txt"}, "{not json"], 2, ["Invalid JSON"]),
        ([{"file": "a.txt", "source_type": "tabloid"}], 1, ["source_type"]),
        ([{"file": "a.txt", "titel": "typo"}], 1, ["titel"]),
        ([{"title": "no file"}], 1, ["file"]),
        ([{"file": "a.txt"}, {"file": "b.txt"}, {"file": "a.txt"}], 3, ["repeats", "a.txt"]),
    ],
)
def test_bad_manifest_line_names_file_and_line(tmp_path, lines, bad_line, words):
    manifest = write_manifest(tmp_path, lines)
    with pytest.raises(InputError) as info:
        load_manifest(tmp_path)
    assert info.value.code == "bad_manifest"
    assert info.value.path == str(manifest)
    assert f"{manifest} line {bad_line} " in info.value.reason
    for word in words:
        assert word in info.value.reason


def test_manifest_metadata_overrides_the_file(tmp_path):
    write(tmp_path, "page.md", "# Heading In File\nText.\n")
    write(tmp_path, "clinic.html", CLINIC_PAGE)
    write(tmp_path, "plain.txt", "No entry for me.\n")
    entry = {
        "file": "page.md",
        "title": "Manifest Title",
        "publisher": "A Publisher",
        "source_type": "clinic_web_page",
        "url": "https://example.org/page",
        "cites": ["Smith J. Spine 2020;1:1-2"],
    }
    write_manifest(tmp_path, [entry, {"file": "clinic.html", "publisher": "Clinic Inc."}])
    docs = {Path(d.path).name: d for d in iter_documents([tmp_path])}
    page = docs["page.md"]
    assert (page.title, page.publisher, page.source_type, page.url) == (
        "Manifest Title", "A Publisher", "clinic_web_page", "https://example.org/page"
    )
    assert page.cites == ["Smith J. Spine 2020;1:1-2"]
    clinic = docs["clinic.html"]
    assert clinic.publisher == "Clinic Inc."
    assert clinic.title == "Failed Back Surgery Syndrome: What Patients Should Know", "the file's title is kept"
    plain = docs["plain.txt"]
    assert (plain.title, plain.source_type, plain.cites) == (None, "other", [])


def test_file_argument_uses_its_folders_manifest(tmp_path):
    path = write(tmp_path, "a.txt", "Text.\n")
    write_manifest(tmp_path, [{"file": "a.txt", "title": "From Manifest"}])
    [doc] = list(iter_documents([path]))
    assert doc.title == "From Manifest"


def test_bad_manifest_is_reported_once_and_files_still_read(tmp_path):
    write(tmp_path, "a.txt", "Alpha.\n")
    write(tmp_path, "b.txt", "Beta.\n")
    write_manifest(tmp_path, [{"file": "a.txt", "title": "A"}, "oops"])
    items = list(iter_documents([tmp_path, tmp_path / "a.txt"]))
    assert summary(items) == [
        ("skip", "manifest.jsonl", "bad_manifest"),
        ("doc", "a.txt", "text/plain"),
        ("doc", "b.txt", "text/plain"),
        ("skip", "a.txt", "duplicate"),
    ]
    assert "line 2" in items[0].reason
    assert items[1].title is None, "a bad manifest gives no metadata at all"


# --- batches -------------------------------------------------------------------------------


def test_batch_yields_every_good_and_every_bad_file_in_order(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "a_good.txt", "Good text one.\n")
    write(corpus, "b_paper.pdf", b"%PDF-1.4")
    write(corpus, "c_empty.txt", b"")
    write(corpus, "d_notes.md", "# Notes\nGood text two.\n")
    write(corpus, "e_latin1.txt", "r\u00e9sum\u00e9".encode("latin-1"))
    write(corpus, "f_page.html", CLINIC_PAGE)
    write(corpus, "g_copy.txt", "Good text one.\n")
    write(corpus, "h_nav.html", NAV_ONLY_PAGE)
    write(corpus, ".hidden.txt", "not a document")
    (corpus / "sub").mkdir()
    write(corpus / "sub", "nested.txt", "not read: folders are not recursive")
    (corpus / "i_link.txt").symlink_to(corpus / "gone.txt")
    write_manifest(corpus, [{"file": "a_good.txt", "title": "Good"}])
    extra = write(tmp_path, "extra.txt", "Good text three.\n")

    items = list(iter_documents([corpus, tmp_path / "missing.md", extra]))

    assert summary(items) == [
        ("doc", "a_good.txt", "text/plain"),
        ("skip", "b_paper.pdf", "pdf_no_text"),
        ("skip", "c_empty.txt", "empty"),
        ("doc", "d_notes.md", "text/markdown"),
        ("skip", "e_latin1.txt", "not_utf8"),
        ("doc", "f_page.html", "text/html"),
        ("skip", "g_copy.txt", "duplicate"),
        ("skip", "h_nav.html", "html_no_text"),
        ("skip", "i_link.txt", "missing"),
        ("skip", "missing.md", "missing"),
        ("doc", "extra.txt", "text/plain"),
    ]
    assert items[0].title == "Good"
    assert str(corpus / "a_good.txt") in items[6].reason
    assert all(isinstance(i, Skipped) or i.path.startswith(str(tmp_path)) for i in items)


def test_unexpected_error_in_one_file_does_not_stop_the_batch(tmp_path, monkeypatch):
    write(tmp_path, "a.txt", "Alpha.\n")
    write(tmp_path, "b.txt", "Beta.\n")
    real = reader_module.read_document

    def flaky(path, **kwargs):
        if Path(path).name == "a.txt":
            raise RuntimeError("disk on fire")
        return real(path, **kwargs)

    monkeypatch.setattr(reader_module, "read_document", flaky)
    items = list(iter_documents([tmp_path]))
    assert summary(items) == [("skip", "a.txt", "unreadable"), ("doc", "b.txt", "text/plain")]
    assert "RuntimeError: disk on fire" in items[0].reason


def test_max_bytes_applies_to_the_batch(tmp_path):
    write(tmp_path, "big.txt", "x" * 50)
    write(tmp_path, "small.txt", "x")
    items = list(iter_documents([tmp_path], max_bytes=10))
    assert summary(items) == [("skip", "big.txt", "too_large"), ("doc", "small.txt", "text/plain")]


# --- the seed corpus -----------------------------------------------------------------------

SEED_FILES = sorted(SEED_CORPUS.glob("*.txt"))


def test_seed_corpus_has_five_files():
    assert len(SEED_FILES) == 5


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_seed_file_text_equals_file_content(path):
    doc = read_document(path)
    raw = path.read_bytes()
    assert doc.text == raw.decode("utf-8")
    assert doc.n_chars == len(doc.text)
    assert doc.doc_id == "doc_" + hashlib.sha256(raw).hexdigest()[:16]


def test_seed_corpus_reads_with_its_manifest():
    if not (SEED_CORPUS / "manifest.jsonl").exists():
        pytest.skip("corpora/fbss/manifest.jsonl not written yet")
    manifest = load_manifest(SEED_CORPUS)
    items = list(iter_documents([SEED_CORPUS]))
    assert all(isinstance(i, Document) for i in items), [i for i in items if isinstance(i, Skipped)]
    assert [Path(d.path).name for d in items] == [p.name for p in SEED_FILES]
    for doc in items:
        entry = manifest[Path(doc.path).name]
        assert (doc.title, doc.publisher, doc.source_type, doc.cites) == (
            entry.title, entry.publisher, entry.source_type, entry.cites
        )
        assert doc.text == Path(doc.path).read_text(encoding="utf-8")


def test_importing_ingest_does_not_import_trafilatura():
    code = "import sys, extract.ingest; sys.exit('trafilatura' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
