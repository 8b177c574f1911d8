"""Tests of the records' JSON Schemas and identifiers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, ValidationError
from spacy.language import Language

import extract
from extract.records import SCHEMA_VERSION
from extract.records.schema import DRAFT, RECORD_TYPES, file_name, json_schemas, write_schemas

COMMITTED = Path(__file__).resolve().parents[2] / "schemas"

TEXT = """Outcomes after lumbar surgery

Up to 20% of patients have persistent pain after lumbar spine surgery.
About 45 percent of 120 patients reported relief at 12 months.
"""


def claim_ids(nlp: Language, text: str, doc_id: str | None) -> list[str]:
    """Ids of the claims the pipeline finds in ``text`` (doc id set as the runner sets it)."""
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    return [claim.claim_id for claim in nlp(doc)._.claims]


def test_committed_schemas_match_the_models(tmp_path: Path) -> None:
    written = {path.name: path.read_text(encoding="utf-8") for path in write_schemas(tmp_path)}
    committed = {path.name: path.read_text(encoding="utf-8") for path in COMMITTED.glob("*.schema.json")}
    advice = "the JSON Schemas in schemas/ are out of date with the pydantic models; run `make schemas` and commit"
    assert sorted(committed) == sorted(written), advice
    for name, text in written.items():
        assert committed[name] == text, f"{name}: {advice}"


@pytest.mark.parametrize("name", sorted(RECORD_TYPES))
def test_each_schema_is_draft_2020_12_with_id_and_version(name: str) -> None:
    schema = json_schemas()[name]
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DRAFT
    assert schema["$id"] == f"https://evidence-extract.local/schemas/{file_name(name)}"
    assert schema["x-schema-version"] == SCHEMA_VERSION


def test_schema_files_have_sorted_keys_two_space_indent_and_final_newline(tmp_path: Path) -> None:
    for path in write_schemas(tmp_path):
        text = path.read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), indent=2, sort_keys=True) + "\n"


def test_claim_schema_rejects_unknown_fields_and_types(nlp: Language) -> None:
    doc = nlp.make_doc(TEXT)
    claim = nlp(doc)._.claims[0].model_dump(mode="json")
    validator = Draft202012Validator(json_schemas()["claim"])
    validator.validate(claim)
    for bad in ({**claim, "extra": 1}, {**claim, "type": "opinion"}):
        with pytest.raises(ValidationError):
            validator.validate(bad)


def test_claim_ids_are_stable_across_runs_of_the_pipeline(nlp: Language) -> None:
    first = claim_ids(nlp, TEXT, "doc_0123456789abcdef")
    assert first and len(set(first)) == len(first)
    assert claim_ids(nlp, TEXT, "doc_0123456789abcdef") == first
    assert claim_ids(extract.load(), TEXT, "doc_0123456789abcdef") == first


def test_claim_ids_depend_on_the_document(nlp: Language) -> None:
    assert claim_ids(nlp, TEXT, None) == claim_ids(nlp, TEXT, None)
    assert set(claim_ids(nlp, TEXT, "doc_aaaaaaaaaaaaaaaa")).isdisjoint(claim_ids(nlp, TEXT, "doc_bbbbbbbbbbbbbbbb"))
