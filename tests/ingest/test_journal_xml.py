"""Tests of supplied journal XML: PMC / JATS full text and PubMed XML, read safely.

tests/data/jats/article.xml is a hand-written article in PMC's JATS structure (front matter,
structured abstract, nested sections, lists, a table and a figure with captions, bibliography
cross-references, a reference list with pub-ids); its content is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from extract.ingest import InputError, iter_documents, read_document
from extract.pubmed.corpus import article_bytes
from extract.records import Document, Skipped

DATA = Path(__file__).resolve().parents[1] / "data"
JATS = DATA / "jats" / "article.xml"
EFETCH = DATA / "pubmed" / "efetch.xml"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def rejection(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        read_document(path)
    return info.value


@pytest.fixture(scope="module")
def article() -> Document:
    return read_document(JATS)


def section_text(doc: Document, title: str) -> str:
    section = next(s for s in doc.sections if s.title == title)
    return doc.text[section.start : section.end]


# JATS --------------------------------------------------------------------------------------


def test_jats_metadata(article):
    assert article.media_type == "application/jats+xml"
    assert article.title == (
        "Long-term outcomes of spinal cord stimulation for failed back surgery syndrome: a retrospective cohort study"
    )
    assert article.authors == ["Ferrante L", "Mensah DO", "STIM-BACK Study Group"], "editors are not authors"
    assert (article.journal, article.date) == ("Pain Medicine and Neuromodulation", "2024-02-14")
    assert (article.pmid, article.doi) == ("90000011", "10.5555/pmn.2024.0311")
    assert (article.source_type, article.source_type_basis) == ("journal_article", "media_type:application/jats+xml")


def test_jats_text_starts_with_title_then_abstract_then_body(article):
    text = article.text
    assert text.startswith(article.title + "\n\nAbstract\nBackground\nPersistent pain after lumbar spine surgery")
    assert text.index("Abstract") < text.index("\nIntroduction\n") < text.index("\nMethods\nPatients\n") < text.index("\nDiscussion\n")
    assert "Graphical abstract text" not in text


def test_jats_sections_are_headings_with_offsets(article):
    titles = [s.title for s in article.sections]
    assert titles == ["Abstract", "Background", "Methods", "Results", "Introduction", "Methods", "Patients",
                      "Outcomes", "Results", "Discussion"]  # fmt: skip
    for section in article.sections:
        body = article.text[section.start : section.end]
        assert body.startswith(section.title + "\n") and body == body.strip()
    methods = [s for s in article.sections if s.title == "Methods"][1]
    patients = next(s for s in article.sections if s.title == "Patients")
    assert methods.start < patients.start < patients.end <= methods.end, "a sub-section lies inside its section"
    assert section_text(article, "Discussion").endswith("Our figures agree with earlier trials [2]–[3].")


def test_jats_citations_become_bracketed_markers_of_the_reference_labels(article):
    text = article.text
    assert "affects up to 40% of patients after lumbar surgery [1]." in text
    assert "relieves pain in about half of them [2,3], but" in text, "brackets already written are not doubled"
    assert "long-term data are scarce[1,3]." in text, "a superscript citing two entries"
    assert "Earlier cohorts were small (Kumar et al., 2007 [2])." in text, "author-year keeps its words"
    assert "(Table 1)" in text, "cross-references to tables stay as written"


def test_jats_lists_tables_and_figures(article):
    patients = section_text(article, "Patients")
    assert "criteria:\n\n• persistent leg pain after lumbar surgery;\n• a successful trial of stimulation;\n" in patients
    assert "1. Pain relief at 1 year.\n2. Pain relief at 5 years." in article.text
    assert "Table 1. Pain relief by follow-up year. Values are numbers of patients (percentage)." in article.text
    assert "Figure 1. Share of patients with at least 50% relief per year." in article.text
    assert "significant at P<0.05." in article.text
    for not_text in ("SECRET-CELL-71", "Footnote of the table", "ACKNOWLEDGEMENT-TEXT", "Presented in part", "Relief ≥50%"):
        assert not_text not in article.text, not_text


def test_jats_reference_list_is_parsed_and_not_in_the_text(article):
    first, second, third = article.references
    assert first.label == "1"
    assert first.authors == ["Akkemik U", "Onay M", "Gulec MS"]
    assert (first.title, first.journal, first.year) == ("Failed back surgery syndrome: a retrospective analysis", "Agri", 2021)
    assert (first.pmid, first.doi) == ("90000101", "10.5555/agri.2021.253")
    assert first.text == "Akkemik U, Onay M, Gulec MS. Failed back surgery syndrome: a retrospective analysis. Agri. 2021;33(4):253-260."
    assert second.text.startswith("Kumar K, Taylor RS. Spinal cord stimulation versus conventional medical management. Pain. 2007")
    assert (second.authors, second.journal, second.year, second.doi) == (["Kumar K", "Taylor RS"], "Pain", 2007, "10.5555/pain.2007.179")
    assert (third.title, third.journal, third.url) == ("Neuromodulation: a practical guide", None, "https://example.org/guide")
    assert third.authors == ["North American Neuromodulation Society"]
    assert "retrospective analysis" not in article.text and "References" not in article.text


def test_jats_without_labels_numbers_references_by_position(tmp_path):
    xml = """<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front>
    <body><p>As shown before <xref ref-type="bibr" rid="r2">Smith</xref> and <xref ref-type="bibr" rid="r9">x</xref>.</p></body>
    <back><ref-list><ref id="r1"><mixed-citation>Alpha A. One. J. 2001.</mixed-citation></ref>
    <ref id="r2"><mixed-citation>Smith B. Two. J. 2002.</mixed-citation></ref></ref-list></back></article>"""
    doc = read_document(write(tmp_path, "a.nxml", xml))
    assert [r.label for r in doc.references] == ["1", "2"]
    assert "As shown before Smith [2] and x." in doc.text, "an unknown rid is left as written"


def test_jats_xml_in_a_declared_legacy_encoding(tmp_path):
    xml = '<?xml version="1.0" encoding="ISO-8859-1"?><article><body><p>Caf\xe9 patients: 20% improved.</p></body></article>'
    doc = read_document(write(tmp_path, "latin.xml", xml.encode("latin-1")))
    assert doc.text == "Café patients: 20% improved."


def test_undeclared_html_entities_are_read_from_the_fixed_table(tmp_path):
    xml = """<?xml version="1.0"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">
<article><body><p>Pain fell by 10&ndash;20&nbsp;points &amp; stayed &unknownthing; low.</p></body></article>"""
    doc = read_document(write(tmp_path, "e.xml", xml))
    assert doc.text == "Pain fell by 10\u201320 points & stayed low."


# PubMed XML --------------------------------------------------------------------------------


def single_article_files(tmp_path: Path) -> dict[str, Path]:
    """Each fixture article saved as `evidence pubmed` saves it."""
    root = etree.parse(str(EFETCH)).getroot()
    out = {}
    for article in root:
        pmid = article.findtext("MedlineCitation/PMID")
        out[pmid] = write(tmp_path, f"{pmid}.xml", article_bytes(article))
    return out


def test_pubmed_article_with_structured_abstract(tmp_path):
    doc = read_document(single_article_files(tmp_path)["90000001"])
    assert doc.media_type == "application/pubmed+xml"
    assert (doc.source_type, doc.source_type_basis) == ("journal_abstract", "media_type:application/pubmed+xml")
    assert doc.text.startswith(doc.title + "\n\nBACKGROUND\nPersistent back and leg pain")
    assert "paresthesia-free spinal cord stimulation" in doc.text, "inline markup keeps its words"
    assert "(P<0.001)" in doc.text
    assert "Example Press" not in doc.text, "copyright is not text"
    assert [(s.title, doc.text[s.start : s.end].split("\n")[0]) for s in doc.sections] == [
        ("BACKGROUND", "BACKGROUND"), ("METHODS", "METHODS"), ("RESULTS", "RESULTS"), ("CONCLUSIONS", "CONCLUSIONS")
    ]  # fmt: skip
    assert doc.text[doc.sections[-1].end :] == ""
    assert (doc.pmid, doc.doi, doc.date) == ("90000001", "10.5555/pmn.2024.0145", "2024-03-04")
    assert doc.authors == ["Okafor R", "Lindqvist ME", "PROSPER-2 Investigators"]
    ref = doc.references[0]
    assert (ref.label, ref.authors, ref.year, ref.pmid, ref.doi) == (
        "1", ["Akkemik U", "Onay M", "Gulec MS"], 2021, "90000101", "10.5555/agri.2021.253"
    )
    assert ref.title == "Failed back surgery syndrome: a retrospective analysis"


def test_pubmed_dates_authors_and_unstructured_abstracts(tmp_path):
    files = single_article_files(tmp_path)
    medline_date = read_document(files["90000002"])
    assert medline_date.date == "2023", "MedlineDate '2023 Nov-Dec' gives its year"
    assert medline_date.authors == ["Lindgren K", "Mbeki N"], "ValidYN=N authors dropped; initials from ForeName"
    assert medline_date.doi == "10.5555/jhso.2023.0412", "DOI from the ArticleIdList when no ELocationID has one"
    assert medline_date.sections == []
    assert read_document(files["90000003"]).date == "2024-02"
    assert read_document(files["90000004"]).date == "2024"


def test_a_bare_pubmed_article_root_is_read(tmp_path):
    root = etree.parse(str(EFETCH)).getroot()
    path = write(tmp_path, "one.xml", etree.tostring(root[2]))
    assert read_document(path).pmid == "90000003"


def test_a_pubmed_file_with_several_articles_is_refused_with_what_to_do():
    error = rejection(EFETCH)
    assert error.code == "xml_multiple_articles"
    assert "4 PubMed articles" in error.reason and "90000001" in error.reason
    assert "evidence pubmed" in error.reason and "one file per" in error.reason


# Bad and hostile XML -----------------------------------------------------------------------


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-PASSWORD-42\n", encoding="utf-8")
    return path


def test_xxe_external_entity_is_not_expanded(tmp_path, secret):
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE article [<!ENTITY xxe SYSTEM "file://{secret}">]>
<article><front><article-meta><title-group><article-title>Stolen: &xxe;</article-title></title-group></article-meta></front>
<body><p>Body &xxe; text.</p></body></article>"""
    path = write(tmp_path, "xxe.xml", xml)
    error = rejection(path)
    assert error.code == "xml_entities" and "xxe" in error.reason and "never expanded" in error.reason
    assert "TOP-SECRET" not in str(error)
    items = list(iter_documents([path, JATS]))
    assert isinstance(items[0], Skipped) and items[0].code == "xml_entities"
    assert isinstance(items[1], Document), "the batch goes on"
    assert all("TOP-SECRET" not in (i.model_dump_json()) for i in items)


def test_xxe_through_an_external_dtd_is_never_loaded(tmp_path, secret):
    dtd = write(tmp_path, "evil.dtd", f'<!ENTITY xxe SYSTEM "file://{secret}">')
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE article SYSTEM "file://{dtd}">
<article><body><p>Body &xxe; text.</p></body></article>"""
    doc = read_document(write(tmp_path, "dtd.xml", xml))
    assert "TOP-SECRET" not in doc.model_dump_json()
    assert doc.text == "Body text."


def test_xxe_through_a_parameter_entity_is_refused(tmp_path, secret):
    dtd = write(tmp_path, "evil.dtd", f'<!ENTITY leak SYSTEM "file://{secret}">')
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE article [<!ENTITY % remote SYSTEM "file://{dtd}"> %remote;]>
<article><body><p>x &leak; y</p></body></article>"""
    error = rejection(write(tmp_path, "pe.xml", xml))
    assert error.code == "xml_entities" and "remote" in error.reason
    assert "TOP-SECRET" not in str(error)


def test_billion_laughs_is_refused(tmp_path):
    lols = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY lol0 "lol">{lols}]><article><body><p>&lol9;</p></body></article>'
    error = rejection(write(tmp_path, "lol.xml", xml))
    assert error.code == "xml_entities" and "lol0" in error.reason


@pytest.mark.parametrize(
    "content,code,words",
    [
        ("<article><body><p>unclosed</body></article>", "xml_malformed", ["not well-formed", "line 1"]),
        ("<article><body><p>a&nbsp;b</p></body></article>", "xml_malformed", ["nbsp"]),
        ("<html><body><p>A web page saved as .xml</p></body></html>", "xml_unknown_root", ["<html>", "JATS", "PubmedArticleSet"]),
        ("<article><front/><body><sec><title></title></sec></body></article>", "xml_no_text", ["no title, abstract or body"]),
        ("<PubmedArticleSet></PubmedArticleSet>", "xml_no_text", ["no <PubmedArticle>"]),
        ("<article>" + "<sec>" * 300 + "</sec>" * 300 + "</article>", "xml_malformed", ["depth"]),
        ("   \n\t  ", "empty", ["only whitespace"]),
        (b"<article>\x00\x01\x02</article>", "binary", ["NUL byte"]),
    ],
    ids=["unclosed tag", "undefined entity", "wrong root", "no text", "empty set", "too deep", "whitespace", "binary"],
)
def test_bad_xml_is_rejected_with_a_code_and_a_reason(tmp_path, content, code, words):
    error = rejection(write(tmp_path, "bad.xml", content))
    assert error.code == code
    assert error.path.endswith("bad.xml")
    for word in words:
        assert word in error.reason, word


def test_bad_xml_never_stops_a_batch(tmp_path):
    write(tmp_path, "a_bad.xml", "<article><p>")
    write(tmp_path, "b_good.xml", JATS.read_bytes())
    write(tmp_path, "c_notes.txt", "Plain text notes.\n")
    items = list(iter_documents([tmp_path]))
    assert [(type(i).__name__, Path(i.path).name) for i in items] == [
        ("Skipped", "a_bad.xml"), ("Document", "b_good.xml"), ("Document", "c_notes.txt")
    ]  # fmt: skip


def test_manifest_values_override_what_the_xml_says(tmp_path):
    write(tmp_path, "article.xml", JATS.read_bytes())
    write(tmp_path, "manifest.jsonl", '{"file": "article.xml", "title": "Manifest title", "source_type": "other", "journal": "J"}\n')
    doc = next(iter_documents([tmp_path]))
    assert (doc.title, doc.journal, doc.source_type, doc.source_type_basis) == ("Manifest title", "J", "other", "manifest")
    assert doc.pmid == "90000011" and doc.references, "what the manifest leaves out comes from the file"
