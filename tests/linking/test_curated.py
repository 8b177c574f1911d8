"""The curated vocabulary: validated on load, against HPO and ICD-10-CM at build time, and the
EV ids of the gold claims (tests/gold/validate_claims_gold.py) are its concepts."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys

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


def test_distinct_interventions_are_not_synonyms_of_others() -> None:
    by_id = {c.id: c for c in load_curated().concepts}
    assert "pulsed radiofrequency" not in by_id["EV:radiofrequency_ablation"].synonyms  # not an ablation
    assert "prolotherapy" not in by_id["EV:regenerative_medicine"].synonyms
    assert {"EV:pulsed_radiofrequency", "EV:prolotherapy"} <= set(by_id)


# -- the gold annotations use curated ids (tests/gold/validate_claims_gold.py) ------------------

ROOT = curated_path().parents[3]
GOLD = ROOT / "tests" / "gold"
VALIDATOR = GOLD / "validate_claims_gold.py"
CLAIM_CORPORA = sorted(p.parent.name for p in GOLD.glob("*/claims") if (ROOT / "corpora" / p.parent.name).is_dir())


def _validate(gold_dir, corpus_dir) -> subprocess.CompletedProcess:
    command = [sys.executable, str(VALIDATOR), str(gold_dir), str(corpus_dir)]
    # the validator reads the curated ids of the package it imports: the one under test, not another checkout's
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(command, capture_output=True, text=True, env=env)


@pytest.mark.parametrize("corpus", CLAIM_CORPORA)
def test_gold_claims_are_valid_and_use_curated_ev_ids(corpus: str) -> None:
    proc = _validate(GOLD / corpus / "claims", ROOT / "corpora" / corpus)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _one_claim_corpus(tmp_path, corpus: str, concept_id: str):
    docs, gold = tmp_path / "corpora" / corpus, tmp_path / "gold" / corpus / "claims"
    docs.mkdir(parents=True)
    gold.mkdir(parents=True)
    (docs / "a.txt").write_text("NSAIDs relieve back pain.\n", encoding="utf-8")
    claim = {"type": "treatment", "quote": "NSAIDs relieve back pain.", "subject": "NSAIDs",
             "subject_concept": [concept_id], "object": "back pain", "object_concept": ["HP:0003418"],
             "relation": "relieve", "negated": False, "certainty": "fact", "strength": None, "against": False,
             "instead_of": None}
    (gold / "a.txt.json").write_text(json.dumps({"doc": "a.txt", "claims": [claim]}), encoding="utf-8")
    return gold, docs


@pytest.mark.parametrize(
    ("corpus", "concept_id", "valid"),
    [
        ("dev9", "EV:nsaids", True),
        ("dev9", "EV:nsaid", False),  # an invented id for a curated concept
        ("heldout", "EV:explantation", True),  # listed in HELDOUT_EV_IDS
        ("dev9", "EV:explantation", False),  # ... for the held-out corpora only
        ("heldout", "EV:nsaid", False),
    ],
)
def test_the_validator_rejects_ev_ids_that_are_not_curated(tmp_path, corpus: str, concept_id: str, valid: bool) -> None:
    proc = _validate(*_one_claim_corpus(tmp_path, corpus, concept_id))
    assert (proc.returncode == 0) is valid, proc.stdout
    if not valid:
        assert f"{concept_id} is not a concept of the curated vocabulary" in proc.stdout


def test_a_disorder_named_with_an_intervention_word_is_its_own_concept(linker) -> None:
    """"Shin splints" is a disorder (medial tibial stress syndrome), not a kind of splint."""
    for mention in ("shin splints", "medial tibial stress syndrome", "shin splint"):
        concept = linker.link(mention)
        assert concept is not None and concept.id == "EV:medial_tibial_stress_syndrome", (mention, concept)


@pytest.mark.parametrize(("occurrence", "problem"), [(1, None), (2, "occurrence 2, but the quote occurs 1 times"),
                                                     (0, "occurrence must be a whole number from 1")])
def test_the_validator_checks_the_occurrence_of_a_quote(tmp_path, occurrence: int, problem) -> None:
    gold, docs = _one_claim_corpus(tmp_path, "dev9", "EV:nsaids")
    path = gold / "a.txt.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"][0]["occurrence"] = occurrence
    path.write_text(json.dumps(data), encoding="utf-8")
    proc = _validate(gold, docs)
    assert (proc.returncode == 0) is (problem is None), proc.stdout
    if problem:
        assert problem in proc.stdout
