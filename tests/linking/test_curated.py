"""The curated vocabulary: validated on load, and against HPO and ICD-10-CM at build time."""

from __future__ import annotations

import copy
import json
import re

import pytest

from extract.linking.curated import (
    CuratedVocabularyError,
    check_related,
    curated_path,
    load_curated,
    parse_curated,
)
from extract.linking.records import CONCEPT_TYPES


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(curated_path().read_text("utf-8"))


def test_packaged_vocabulary_is_valid_and_broad(raw: dict) -> None:
    curated = load_curated()
    assert len(curated.concepts) >= 200
    assert {c.type for c in curated.concepts} == set(CONCEPT_TYPES)
    assert all(re.fullmatch(r"EV:[a-z0-9]+(_[a-z0-9]+)*", c.id) for c in curated.concepts)
    ids = {c.id for c in curated.concepts}
    assert {"EV:failed_back_surgery_syndrome", "EV:epidural_fibrosis", "EV:spinal_cord_stimulation",
            "EV:cognitive_behavioral_therapy", "EV:total_knee_replacement", "EV:carpal_tunnel_release",
            "EV:triptans", "EV:smoking"} <= ids


@pytest.mark.parametrize("abbreviation", ["SCS", "ESI", "RFA", "PRP", "PT", "FBSS", "TKR", "NSAIDs", "CBT"])
def test_abbreviations_are_synonyms(abbreviation: str) -> None:
    assert any(abbreviation in c.synonyms for c in load_curated().concepts)


def test_related_ids_exist_in_the_loaded_vocabularies(linker) -> None:
    curated = load_curated()
    check_related(curated, set(linker._ids))  # raises on an unknown id
    assert linker.related("EV:failed_back_surgery_syndrome") == ("M96.1",)


def test_an_unknown_related_id_is_rejected(raw: dict) -> None:
    curated = parse_curated(raw)
    known = {r for c in curated.concepts for r in c.related}
    check_related(curated, known)
    with pytest.raises(CuratedVocabularyError, match=r"EV:failed_back_surgery_syndrome.*M96\.1"):
        check_related(curated, known - {"M96.1"})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c.update(id="EV:Bad-Id"), "String should match pattern"),
        (lambda c: c.update(id="HP:0000001"), "String should match pattern"),
        (lambda c: c.update(type="symptom"), "Input should be"),
        (lambda c: c.update(definition="Two sentences. Not one."), "one sentence"),
        (lambda c: c.update(related=["SNOMED:123"]), "HPO ids"),
        (lambda c: c.update(unknown_key=1), "Extra inputs"),
        (lambda c: c.update(synonyms=["FBSS", " "]), "must not be empty"),
    ],
)
def test_malformed_concepts_are_rejected(raw: dict, change, message: str) -> None:
    data = copy.deepcopy(raw)
    change(data["concepts"][0])
    with pytest.raises(CuratedVocabularyError, match=message):
        parse_curated(data, "test")


def test_a_name_shared_by_two_curated_concepts_is_rejected(raw: dict) -> None:
    data = copy.deepcopy(raw)
    data["concepts"][1]["synonyms"].append("F.B.S.S")
    data["concepts"][0]["synonyms"].append("f.b.s.s")
    with pytest.raises(CuratedVocabularyError, match="shared by several curated concepts"):
        parse_curated(data)


def test_a_file_that_is_not_json_fails_with_its_name(tmp_path) -> None:
    bad = tmp_path / "curated.json"
    bad.write_text("{not json")
    with pytest.raises(CuratedVocabularyError, match="not valid JSON"):
        load_curated(str(bad))
