"""PDF files: the text layer through pypdf, in the reader and on its own (extract.ingest.pdf)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.ingest import iter_documents, read_document
from extract.ingest.pdf import PdfError, pdf_text
from extract.records import Document

TINY = Path(__file__).resolve().parents[1] / "data" / "tiny.pdf"


def test_pdf_text_reads_the_text_layer_and_metadata():
    found = pdf_text(TINY.read_bytes())
    assert found.text.splitlines() == [
        "Persistent pain after spine surgery",
        "Up to 20% of patients have persistent pain after spine surgery.",
        "Spinal cord stimulation relieved leg pain in 28.8% of patients.",
    ]
    assert found.n_pages == 1
    assert found.title == "Persistent pain after spine surgery"
    assert found.author == "A. Author; B. Author" and found.date == "2024-01-15"


def test_reader_reads_a_supplied_pdf_and_the_pipeline_finds_its_figures(tmp_path, nlp):
    from extract.pipeline import make_doc

    doc = read_document(TINY)
    assert doc.media_type == "application/pdf"
    assert doc.title == "Persistent pain after spine surgery" and doc.date == "2024-01-15"
    assert doc.sha256 and doc.text.startswith("Persistent pain")
    claims = nlp(make_doc(nlp, doc.text, doc.doc_id))._.claims
    surfaces = {c.value.surface for c in claims if c.type == "statistic"}
    assert {"Up to 20%", "28.8%"} <= surfaces


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "could not be parsed"),
        (b"GIF89a not a pdf", "not a PDF"),
    ],
)
def test_broken_pdfs_are_rejected_with_a_reason(tmp_path, data, words):
    with pytest.raises(PdfError, match=words):
        pdf_text(data)
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    (skipped,) = list(iter_documents([path]))
    assert skipped.code == "pdf_no_text" and words in skipped.reason and skipped.path == str(path)


def test_a_pdf_without_a_text_layer_is_rejected(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    (skipped,) = list(iter_documents([tmp_path]))
    assert skipped.code == "pdf_no_text" and "no text layer" in skipped.reason and "OCR" in skipped.reason


def test_an_encrypted_pdf_is_rejected(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(TINY))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    skipped = next(iter_documents([path]))
    assert not isinstance(skipped, Document)
    assert skipped.code == "pdf_no_text" and "encrypted" in skipped.reason
