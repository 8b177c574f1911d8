"""References and source types on every claim, through the real pipeline and runner.

``extract.run`` reads the seed corpus (with its manifest's source types) and the test documents
of ``tests/data/references`` (a patient page with superscript-style "text.2" markers and a
"Sources" list; a review with "[1,3]" markers; a clinic page with "(2)" markers and a list
without a heading), and every claim's evidence must carry the document's source type and the
references its sentence cites, by marker or from the study it reports.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import extract
from extract.pipeline import make_doc
from extract.records import Reference
from extract.runner import CLAIMS, DOCUMENTS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpora" / "fbss"
SEED_002 = "002_9ab3b88d660da943.txt"
REFERENCES = ROOT / "tests" / "data" / "references"


def jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def seed_run(nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    extract.run([SEED], out, nlp=nlp)
    documents = {Path(d["path"]).name: d for d in jsonl(out / DOCUMENTS)}
    claims = {name: [c for c in jsonl(out / CLAIMS) if c["doc_id"] == d["doc_id"]] for name, d in documents.items()}
    return documents, claims, out


@pytest.fixture(scope="module")
def new_run(nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("new")
    extract.run([REFERENCES], out, nlp=nlp)
    documents = {Path(d["path"]).name: d for d in jsonl(out / DOCUMENTS)}
    claims = {name: [c for c in jsonl(out / CLAIMS) if c["doc_id"] == d["doc_id"]] for name, d in documents.items()}
    return documents, claims


def figures(claims):
    return {c["value"]["surface"]: c for c in claims if c["type"] == "statistic"}


def labels(claim, basis=None):
    return [c["label"] for c in claim["evidence"]["citations"] if basis in (None, c["basis"])]


@pytest.mark.slow
def test_seed_002_figures_carry_akkemik_2021(seed_run):
    documents, claims, _ = seed_run
    text = documents[SEED_002]["text"]
    found = figures(claims[SEED_002])
    for surface in ("48.5%", "66.7%", "28.8%", "44.4%", "107", "69", "38"):
        ev = found[surface]["evidence"]
        (ref,) = ev["references"]
        assert ref["label"] == "1" and ref["authors"] == ["Akkemik Ü", "Onay M", "Güleç MS"]
        assert ref["year"] == 2021 and ref["journal"] == "The journal of the Turkish Society of Algology"
        (citation,) = ev["citations"]
        assert (citation["label"], citation["basis"], citation["marker"]) == ("1", "context", "(1)")
        assert text[citation["start"] : citation["end"]] == "(1)"
        assert text.index("An October 2021 study (1)") < citation["start"] < ev["start"]
        assert ev["source_type"] == "clinic_web_page"


@pytest.mark.slow
def test_seed_002_mayo_clinic_paper_carries_reference_2(seed_run):
    documents, claims, _ = seed_run
    mayo = [c for c in claims[SEED_002] if "in a 2018 paper (2)" in c["evidence"]["quote"]]
    assert mayo
    for claim in mayo:
        (ref,) = claim["evidence"]["references"]
        assert ref["label"] == "2" and ref["authors"][0] == "Bailey JC" and ref["year"] == 2018
        assert ref["journal"] == "Pain medicine"
        assert labels(claim, "marker") == ["2"]


@pytest.mark.slow
def test_seed_reference_list_is_kept_and_claims_nothing(seed_run):
    documents, claims, _ = seed_run
    doc = documents[SEED_002]
    assert [(r["label"], r["year"]) for r in doc["references"]] == [("1", 2021), ("2", 2018)]
    list_start = doc["text"].index("Medical references for this article")
    list_end = doc["text"].index("2):385-92.") + len("2):385-92.")
    assert claims[SEED_002]
    assert not any(list_start <= c["evidence"]["start"] < list_end for c in claims[SEED_002])


@pytest.mark.slow
def test_seed_documents_without_markers_cite_nothing(seed_run):
    documents, claims, _ = seed_run
    manifest = {e["file"]: e for e in map(json.loads, (SEED / "manifest.jsonl").read_text().splitlines())}
    others = [name for name in documents if name != SEED_002]
    assert len(others) == 4 and all(figures(claims[name]) for name in others[:1])
    for name in others:
        assert documents[name]["references"] == []
        for claim in claims[name]:
            assert claim["evidence"]["references"] == [] and claim["evidence"]["citations"] == []
            assert claim["evidence"]["source_type"] == manifest[name]["source_type"]


@pytest.mark.slow
def test_figures_table_shows_source_type_and_references(seed_run):
    *_, out = seed_run
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "250"}
    command = [sys.executable, "-m", "extract.cli", "claims", str(out), "--type", "statistic", "--doc", SEED_002]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if line.strip().startswith("48.5%"))
    assert "clinic_web_page" in row and "[1] Akkemik Ü et al. 2021 (context)" in row


@pytest.mark.slow
def test_patient_page_with_superscript_markers_and_sources(new_run):
    documents, claims = new_run
    name = "gout_patient_page.txt"
    refs = {r["label"]: r for r in documents[name]["references"]}
    assert refs["1"]["doi"] == "10.5555/jre.2019.0123" and refs["2"]["pmid"] == "28765432"
    assert refs["4"]["url"] == "https://www.example.org/gout/treatment" and refs["4"]["year"] is None
    found = figures(claims[name])
    assert labels(found["about 4%"], "marker") == ["1"]  # "United States.1"
    assert labels(found["about three times"], "marker") == ["2"]  # "gout.2"
    assert labels(found["183"], "marker") == ["5"]  # "dose escalation,5"
    assert labels(found["69%"], "context") == ["5"]  # "The researchers reported ..."
    assert labels(found["12"], "context") == ["5"]  # the list item right after
    assert labels(found["about 30%"]) == []  # "COVID19", "type 2 diabetes", "in 2020" are no markers
    assert labels(found["About 1 in 3"]) == []  # the clinic's own figure, after the study's paragraph
    for claim in claims[name]:
        assert claim["evidence"]["source_type"] == "patient_education"
        assert "(1) a daily" not in claim["evidence"]["quote"] or labels(claim) == []  # a list, not citations


@pytest.mark.slow
def test_review_with_bracket_markers(new_run):
    documents, claims = new_run
    name = "psoriasis_review.txt"
    assert documents[name]["references"][0]["pmid"] == "31234567"
    found = figures(claims[name])
    assert labels(found["2% to 3%"], "marker") == ["1", "3"]  # "[1,3]"
    assert {"2", "3", "4"} <= set(labels(found["Between 20% and 30%"]))  # "[2–4]"
    assert labels(found["312"], "marker") == ["7"]
    for surface in ("at least 10%", "72%", "4%", "1.3%"):  # "Participants ...", then the list items
        assert labels(found[surface], "context") == ["7"], surface
    ref = found["72%"]["evidence"]["references"][0]
    assert ref["authors"][:2] == ["Adeyemi S", "Castillo M"] and ref["doi"] == "10.5555/ldr.2021.0687"
    assert labels(found["about 60%"], "marker") == ["8"]  # a new paragraph about phototherapy, its own marker
    assert all(c["evidence"]["source_type"] == "journal_article" for c in claims[name])


@pytest.mark.slow
def test_clinic_page_with_parenthesised_markers_and_an_unheaded_list(new_run):
    documents, claims = new_run
    name = "asthma_clinic_page.md"
    assert [r["label"] for r in documents[name]["references"]] == ["1", "2", "3"]
    found = figures(claims[name])
    assert labels(found["around 260 million"], "marker") == ["1"]  # "Global Initiative for Asthma1"
    assert labels(found["1,200"], "marker") == ["2"]
    assert labels(found["30%"], "context") == ["2"]  # "The study team found ..."
    assert labels(found["up to 80%"], "marker") == ["3"]
    assert all(c["evidence"]["source_type"] == "clinic_web_page" for c in claims[name])
    assert all("Share this page" not in c["evidence"]["quote"] for c in claims[name])


def test_claim_ids_do_not_depend_on_references(nlp):
    text = (SEED / SEED_002).read_text(encoding="utf-8")
    without_list = text[: text.index("Medical references for this article")]
    with_refs = [c for c in nlp(make_doc(nlp, text, "doc_x"))._.claims if c.type == "statistic"]
    without = [c for c in nlp(make_doc(nlp, without_list, "doc_x"))._.claims if c.type == "statistic"]
    assert [c.claim_id for c in with_refs] == [c.claim_id for c in without]
    assert all(c.evidence.references for c in with_refs if c.value.surface == "48.5%")
    assert all(not c.evidence.references for c in without)


def test_references_the_input_carried_are_used_instead_of_the_text(nlp):
    """A JATS document arrives with Document.references and "[n]" markers in its text."""
    given = [Reference(label="1", text="Tanaka S. SCS trial. J Neuromodul. 2018;21:355-64.", authors=["Tanaka S"], year=2018)]
    text = "Spinal cord stimulation relieved pain in 47.6% of patients [1].\n\nReferences\n1. Other A. Not this one. J X. 2001;1:1-2.\n"
    doc = nlp(make_doc(nlp, text, "doc_jats", source_type="journal_article", references=given))
    (figure,) = [c for c in doc._.claims if c.type == "statistic"]
    assert figure.evidence.references == given
    assert figure.evidence.source_type == "journal_article"


def test_a_marker_is_never_read_as_a_figure(nlp):
    sentence = "Relief after back surgery is common;3 reported relief at one year."
    refs = "\n\nReferences\n1. Harlow J. Pain. Spine Q. 2016;9:201-9.\n2. Ruiz A. Relief. Pain. 2019;2:1-9.\n3. Odum F. Relief. Pain Pract. 2020;12:14-27.\n"
    plain = [c.value.surface for c in nlp(sentence)._.claims if c.type == "statistic"]
    cited = nlp(sentence + refs)
    assert plain == ["3"]  # without a reference list, "3 reported relief" is a count
    assert [c for c in cited._.claims if c.type == "statistic"] == []  # with one, "common;3" cites entry 3
    assert [m.text for m in cited._.citations.markers] == ["3"]


def test_claims_without_a_document_have_no_source_type(nlp):
    doc = nlp("Up to 20% of patients have persistent pain after spine surgery (1).")
    (claim,) = doc._.claims
    assert claim.evidence.source_type is None and claim.evidence.references == []  # no list: "(1)" cites nothing
