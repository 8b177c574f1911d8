"""Tests of the runner: a folder of good and bad inputs in, validated and reproducible outputs out."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel, TypeAdapter
from spacy.language import Language

import extract
from extract.consistency import CheckResult
from extract.consistency import files as check_files
from extract.pipeline.build import ModelNotFound
from extract.records import Claim, Conflict, Document, RunInfo, StatisticClaim
from extract.runner import (
    CLAIM_COLUMNS,
    CLAIMS,
    CONFLICTS,
    DOCUMENTS,
    EXTRACTION_FAILED,
    OUTPUT_FILES,
    RUN_INFO,
    RecordError,
    iter_jsonl,
    read_claims,
    read_conflicts,
    read_documents,
    read_run,
    run,
)
from extract.runner import batch as batch_module
from extract.runner.batch import claim_order

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
SEED_CORPUS = ROOT / "corpora" / "fbss"

GOOD_TXT = """Failed back surgery syndrome

Up to 20% of patients have persistent pain after lumbar spine surgery.
Spinal cord stimulation relieved pain by at least half in about 50 percent of 120 patients.
"""

SECOND_TXT = """Up to 20% of patients report back pain one year after surgery.
In one trial, 48 of 100 patients (48%) reported relief at 12 months.
"""

NOTES_MD = """# Knee osteoarthritis

Around 10% of adults over 60 have symptomatic knee osteoarthritis.
"""

PAGE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Carpal tunnel release</title></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main><article>
<h2>Results of surgery</h2>
<p>Carpal tunnel release relieves symptoms in more than 90% of patients.
Up to 20% of patients have some numbness after one year.</p>
<p>Talk to your physician about which treatment is right for you.</p>
</article></main></body></html>
"""

#: Bad inputs and the code each must be skipped with.
BAD_INPUTS: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty"),
    "image.txt": (bytes(range(256)) * 4, "binary"),
    "latin1.txt": ("Caf\u00e9 patients: up to 20% have pain.".encode("latin-1"), "not_utf8"),
    "scan.pdf": (b"%PDF-1.4 up to 20% of patients", "pdf_no_text"),
}

RECORD_FILES = [
    (DOCUMENTS, Document, "document"),
    (CLAIMS, TypeAdapter(Claim), "claim"),
    (CONFLICTS, Conflict, "conflict"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with four good inputs (txt, txt, md, html) and four bad ones."""
    folder = tmp_path_factory.mktemp("corpus")
    good = {"a_good.txt": GOOD_TXT, "b_second.txt": SECOND_TXT, "c_notes.md": NOTES_MD, "d_page.html": PAGE_HTML}
    for name, text in good.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, (data, _code) in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def outputs(corpus: Path, nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunInfo]:
    out = tmp_path_factory.mktemp("out")
    return out, run([corpus], out, nlp=nlp)


def validator(schema: str) -> Draft202012Validator:
    """Validator of the committed JSON Schema ``schemas/<schema>.schema.json``."""
    return Draft202012Validator(json.loads((SCHEMAS / f"{schema}.schema.json").read_text(encoding="utf-8")))


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (hidden ones too) and its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_every_output_file_is_written(outputs: tuple[Path, RunInfo]) -> None:
    out, _info = outputs
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)


@pytest.mark.parametrize("name,model,schema", RECORD_FILES)
def test_every_line_validates_against_model_and_schema(
    outputs: tuple[Path, RunInfo], name: str, model: type[BaseModel] | TypeAdapter, schema: str
) -> None:
    out, _info = outputs
    records = list(iter_jsonl(out / name, model))
    for line in lines(out / name):
        validator(schema).validate(line)
    assert len(records) == len(lines(out / name))


def test_run_json_validates_against_model_and_schema(outputs: tuple[Path, RunInfo]) -> None:
    out, info = outputs
    validator("run").validate(json.loads((out / RUN_INFO).read_text(encoding="utf-8")))
    assert read_run(out) == info


def test_good_inputs_give_documents_and_claims(outputs: tuple[Path, RunInfo]) -> None:
    out, info = outputs
    docs = list(iter_jsonl(out / DOCUMENTS, Document))
    assert [Path(d.path).name for d in docs] == ["a_good.txt", "b_second.txt", "c_notes.md", "d_page.html"]
    claims = list(iter_jsonl(out / CLAIMS, TypeAdapter(Claim)))
    assert {c.doc_id for c in claims} == {d.doc_id for d in docs}
    assert any(c.value.surface == "Up to 20%" and c.value.qualifier == "up_to" for c in claims)
    assert info.counts["documents"] == len(docs) and info.counts["claims"] == len(claims)


def test_claim_offsets_point_into_the_document_text(outputs: tuple[Path, RunInfo]) -> None:
    out, _info = outputs
    texts = {d.doc_id: d.text for d in iter_jsonl(out / DOCUMENTS, Document)}
    claims: list[Claim] = list(iter_jsonl(out / CLAIMS, TypeAdapter(Claim)))
    assert any(isinstance(c, StatisticClaim) for c in claims)
    for claim in claims:
        text, ev = texts[claim.doc_id], claim.evidence
        assert text[ev.start : ev.end] == ev.quote
        if not isinstance(claim, StatisticClaim):
            continue
        value = claim.value
        assert text[value.start : value.end] == value.surface
        assert ev.start <= value.start < value.end <= ev.end
        if claim.n is not None:
            assert text[claim.n.start : claim.n.end] == claim.n.surface


def test_claims_are_in_document_order_then_by_offset(outputs: tuple[Path, RunInfo]) -> None:
    out, _info = outputs
    order = {d.doc_id: i for i, d in enumerate(iter_jsonl(out / DOCUMENTS, Document))}
    keys = [(order[c.doc_id], *claim_order(c)) for c in iter_jsonl(out / CLAIMS, TypeAdapter(Claim))]
    assert keys == sorted(keys)


def test_skipped_inputs_are_listed_with_their_codes(outputs: tuple[Path, RunInfo]) -> None:
    out, info = outputs
    expected = {name: code for name, (_data, code) in BAD_INPUTS.items()}
    assert {Path(s.path).name: s.code for s in read_run(out).skipped} == expected
    assert all(s.reason for s in info.skipped)
    assert info.counts["skipped"] == len(expected)


def test_run_json_has_versions_options_counts_and_timings(outputs: tuple[Path, RunInfo], corpus: Path) -> None:
    out, info = outputs
    assert info.tool_version == extract.__version__
    assert {"extract", "spacy", "scispacy", "python", "pipeline", "schema"} <= set(info.versions)
    assert info.options == {"inputs": [str(corpus)], "out": str(out), "model": None, "max_bytes": 5_000_000}
    assert {"conflicts_contradiction", "conflicts_divergent", "conflicts_granularity"} <= set(info.counts)
    assert {"read_parse", "check", "write", "total"} <= set(info.timings)
    assert info.started_at.endswith("+00:00") and info.started_at <= info.finished_at


def test_two_runs_give_byte_identical_outputs(
    outputs: tuple[Path, RunInfo], corpus: Path, nlp: Language, tmp_path: Path
) -> None:
    out, _info = outputs
    run([corpus], tmp_path, nlp=nlp)
    for name in (DOCUMENTS, CLAIMS, CONFLICTS):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_the_seed_corpus_gives_valid_reproducible_outputs(nlp: Language, tmp_path: Path) -> None:
    """The real consistency checks on a real corpus: conflicts validate and are reproducible."""
    first, second = run([SEED_CORPUS], tmp_path / "1", nlp=nlp), run([SEED_CORPUS], tmp_path / "2", nlp=nlp)
    assert first.counts == second.counts and first.counts["documents"] == 5
    for name, _model, schema in RECORD_FILES:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
        for line in lines(tmp_path / "1" / name):
            validator(schema).validate(line)


def test_read_claims_has_one_row_per_claim_with_value_columns(outputs: tuple[Path, RunInfo]) -> None:
    out, info = outputs
    frame = read_claims(out)
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert len(frame) == info.counts["claims"]
    row = frame[frame["surface"] == "Up to 20%"].iloc[0]
    assert (row["point"], row["upper"], row["qualifier"], row["unit"]) == (0.2, 0.2, "up_to", "proportion")
    assert frame["value_start"].dtype == "int64" and frame["claim_id"].is_unique


def test_read_documents_and_conflicts(outputs: tuple[Path, RunInfo]) -> None:
    out, info = outputs
    documents, conflicts = read_documents(out), read_conflicts(out)
    assert len(documents) == info.counts["documents"] and "text" in documents.columns
    assert len(conflicts) == info.counts["conflicts"] and {"kind", "severity", "claim_ids"} <= set(conflicts.columns)


def test_conflicts_are_sorted_by_severity_then_id(
    corpus: Path, nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def make(conflict_id: str, severity: str) -> Conflict:
        return Conflict(
            conflict_id=conflict_id, kind="divergent", severity=severity, claim_ids=["clm_x"], explanation="x"
        )

    found = [make("cfl_b", "low"), make("cfl_c", "high"), make("cfl_a", "low"), make("cfl_d", "medium")]
    _check_finds(monkeypatch, found, {"divergent": 4})
    info = run([corpus], tmp_path, nlp=nlp)
    written = lines(tmp_path / CONFLICTS)
    assert [c["conflict_id"] for c in written] == ["cfl_c", "cfl_d", "cfl_a", "cfl_b"]
    for line in written:
        validator("conflict").validate(line)
    assert info.checks == {"divergent": 4}
    assert info.counts["conflicts_divergent"] == 4 and info.counts["conflicts_contradiction"] == 0


def _check_finds(monkeypatch: pytest.MonkeyPatch, found: list[Conflict], coverage: dict[str, int]) -> None:
    """check_file finding ``found`` (in that order): kept and written by the check's own store
    of conflicts, as the real check writes conflicts.jsonl."""

    def check_file(claims_path: object, *, conflicts_path, **_: object) -> CheckResult:  # noqa: ANN001
        db = sqlite3.connect(":memory:", isolation_level=None)
        db.executescript(check_files._SCHEMA)
        store = check_files._Conflicts(db, None)
        for conflict in found:
            store.add(conflict)
        return CheckResult([], coverage, conflict_kinds=store.write(conflicts_path))

    monkeypatch.setattr(batch_module, "check_file", check_file)


def _raise_in_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(claims_path: object, **_: object) -> CheckResult:
        raise RuntimeError("check failed")

    monkeypatch.setattr(batch_module, "check_file", boom)


def _return_invalid_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = Conflict.model_construct(conflict_id="cfl_x", kind="divergent", severity="low", claim_ids=[], explanation="")
    _check_finds(monkeypatch, [bad], {})


@pytest.mark.parametrize("failure", [_raise_in_check, _return_invalid_conflict])
def test_a_failed_run_leaves_the_previous_outputs_untouched(
    failure, corpus: Path, nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run([corpus / "a_good.txt"], tmp_path, nlp=nlp)
    before = snapshot(tmp_path)
    failure(monkeypatch)
    with pytest.raises(Exception):
        run([corpus], tmp_path, nlp=nlp)
    assert snapshot(tmp_path) == before


@Language.component("test_fail_on_marker")
def _fail_on_marker(doc):  # type: ignore[no-untyped-def]
    if "FAILME" in doc.text:
        raise RuntimeError("component failed")
    return doc


@pytest.mark.parametrize("failing", [0, 1, 3])
def test_a_document_the_pipeline_fails_on_is_skipped_and_the_batch_goes_on(
    failing: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_module, "CHUNK_SIZE", 2)
    texts = [GOOD_TXT, SECOND_TXT, NOTES_MD, "Around 10% of adults have knee pain.\n"]
    texts[failing] = "FAILME: up to 20% of patients.\n"
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, text in enumerate(texts):
        (inputs / f"{i}.txt").write_text(text, encoding="utf-8")
    nlp = extract.load()
    nlp.add_pipe("test_fail_on_marker", first=True)
    info = run([inputs], tmp_path / "out", nlp=nlp)
    assert [(Path(s.path).name, s.code) for s in info.skipped] == [(f"{failing}.txt", EXTRACTION_FAILED)]
    assert "component failed" in info.skipped[0].reason
    docs = [Path(d.path).name for d in iter_jsonl(tmp_path / "out" / DOCUMENTS, Document)]
    assert docs == [f"{i}.txt" for i in range(4) if i != failing]
    claims = list(iter_jsonl(tmp_path / "out" / CLAIMS, TypeAdapter(Claim)))
    assert {c.doc_id for c in claims} == set(read_documents(tmp_path / "out")["doc_id"])


def test_no_readable_input_still_reports_the_run(nlp: Language, tmp_path: Path) -> None:
    info = run([tmp_path / "missing.txt"], tmp_path / "out", nlp=nlp)
    assert info.counts["documents"] == 0 and [s.code for s in info.skipped] == ["missing"]
    assert (tmp_path / "out" / CLAIMS).read_bytes() == b""


def test_a_run_that_reads_nothing_keeps_the_previous_outputs(nlp: Language, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([corpus], out, nlp=nlp)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    info = run([tmp_path / "typo"], out, nlp=nlp)
    assert info.counts["documents"] == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_missing_model_fails_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFound):
        run([tmp_path], tmp_path / "out", model="en_core_sci_xx_not_installed")
    assert not (tmp_path / "out").exists()


def test_run_takes_a_sequence_of_paths(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="sequence"):
        run(str(tmp_path), tmp_path / "out")  # type: ignore[arg-type]


def test_iter_jsonl_names_the_file_and_line_of_a_bad_line(outputs: tuple[Path, RunInfo], tmp_path: Path) -> None:
    out, _info = outputs
    good = (out / CLAIMS).read_text(encoding="utf-8").splitlines()
    broken = tmp_path / CLAIMS
    broken.write_text("\n".join([good[0], '{"claim_id": "clm_x"}', "not json"]) + "\n", encoding="utf-8")
    with pytest.raises(RecordError, match=rf"{CLAIMS} line 2: not a valid"):
        list(iter_jsonl(broken, TypeAdapter(Claim)))
    broken.write_text(good[0] + "\nnot json\n", encoding="utf-8")
    with pytest.raises(RecordError, match="line 2: .*JSON"):
        list(iter_jsonl(broken, TypeAdapter(Claim)))


def test_document_facts_live_on_disk_and_read_back_as_written(tmp_path: Path) -> None:
    """The label and topic terms of every document go to a temporary SQLite file (memory does not
    grow with the documents of a run); the check reads them back by doc id, and the file goes
    away with the run."""
    from extract.runner.batch import FactsStore

    store = FactsStore(tmp_path)
    for i in range(FactsStore.CACHE_SIZE + 10):
        store.add(f"doc_{i}", f"file {i}.txt", (f"term{i}", "pain"))
    store.add("doc_0", "again.txt", ())  # the first facts of a doc id are kept
    assert store.path.exists() and len(store.labels) == FactsStore.CACHE_SIZE + 10
    assert store.labels["doc_0"] == "file 0.txt" and store.topics["doc_7"] == ("term7", "pain")
    assert "doc_missing" not in store.topics and store.labels.get("doc_missing", "x") == "x"
    for i in range(FactsStore.CACHE_SIZE + 10):
        assert store.topics[f"doc_{i}"] == (f"term{i}", "pain")
    assert len(store._cache) <= FactsStore.CACHE_SIZE  # bounded, however many documents
    assert list(store.labels)[:2] == ["doc_0", "doc_1"]
    store.close()
    assert not store.path.exists()


def test_a_run_lets_go_of_the_pipeline_it_loaded_before_the_check(corpus: Path, outputs: tuple[Path, RunInfo], tmp_path: Path) -> None:
    """The pipeline a run builds (``pipeline=``, or loaded from ``model``) is dropped, with the
    process's cached pipeline parts, once the documents are extracted: the check then reuses
    their memory (about 220 MB). The outputs and the versions in run.json are those of a run
    whose pipeline is kept."""
    import gc
    import weakref

    from extract.linking import linker as linker_module

    made: list[weakref.ref] = []
    at_check: list[tuple[bool, int]] = []

    def build() -> Language:
        built = extract.load()
        made.append(weakref.ref(built))
        return built

    def check(*args: object, **kwargs: object) -> object:
        gc.collect()
        at_check.append((made[0]() is None, linker_module._cached_linker.cache_info().currsize))
        return real_check(*args, **kwargs)

    real_check = batch_module._check_staged
    batch_module._check_staged = check
    try:
        info = run([corpus], tmp_path, pipeline=build)
    finally:
        batch_module._check_staged = real_check
    assert at_check == [(True, 0)]  # the pipeline gone and the linker no longer cached, when the check starts
    kept_out, kept = outputs
    assert info.versions == kept.versions and "kb" in info.versions and "learned" in info.versions
    for name in (DOCUMENTS, CLAIMS, CONFLICTS):
        assert (tmp_path / name).read_bytes() == (kept_out / name).read_bytes()


def test_a_pipeline_the_caller_gives_is_kept(corpus: Path, nlp: Language, tmp_path: Path) -> None:
    from extract.linking import get_linker
    from extract.linking import linker as linker_module

    get_linker()  # cached
    run([corpus], tmp_path, nlp=nlp)
    assert linker_module._cached_linker.cache_info().currsize == 1
    assert "evidence_claims" in nlp.pipe_names and nlp("Smoking causes back pain.") is not None
