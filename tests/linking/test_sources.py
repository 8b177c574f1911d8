"""The vocabulary readers and the string normalization they share with the linker."""

from __future__ import annotations

import re

import pytest

from extract.linking.icd import description_variants
from extract.linking.normalize import compact, hyphen_variants, mention_keys, normalize, singular


@pytest.fixture(scope="module")
def hpo():
    from extract.linking.hpo import read_hpo

    return read_hpo()


@pytest.fixture(scope="module")
def icd():
    from extract.linking.icd import read_icd10cm

    return read_icd10cm()


def test_hpo_release_and_scope(hpo) -> None:
    assert hpo.vocabulary == "HPO" and hpo.version == "2025-01-16"
    ids = {t.id for t in hpo.terms}
    assert "HP:0011868" in ids and "HP:6000040" in ids  # sciatica; neuropathic pain (a pain characteristic)
    assert "HP:0000118" not in ids and "HP:0000006" not in ids  # the root; a mode of inheritance
    assert 15_000 < len(hpo.terms) < 19_484
    assert {t.type for t in hpo.terms} == {"finding"}


def test_hpo_keeps_synonym_scope_and_type(hpo) -> None:
    scarring = next(t for t in hpo.terms if t.id == "HP:0100699")
    assert ("Scar tissue", "related", "layperson") in scarring.aliases
    assert scarring.definition.startswith("A scar refers to")


def test_hpo_drops_obsolete_terms_and_synonyms(hpo) -> None:
    from extract.linking.hpo import hpo_path

    text = hpo_path().read_text("utf-8")
    obsolete = {block.split("\n", 1)[0].removeprefix("id: ") for block in text.split("[Term]\n") if
                "is_obsolete: true" in block}
    assert obsolete and not obsolete & {t.id for t in hpo.terms}
    assert not any(a.kind == "obsolete_synonym" for t in hpo.terms for a in t.aliases)


def test_icd_drops_external_causes_and_encounter_extensions(icd) -> None:
    ids = {t.id for t in icd.terms}
    assert {"M96.1", "M54.3", "G56.0", "S32.009"} <= ids
    assert not any(i[0] in "VWXY" for i in ids)
    assert "S32.009A" not in ids and "M48.40XA" not in ids
    assert not any(re.search(r", (?:initial encounter|subsequent encounter|sequela)", t.name) for t in icd.terms)
    assert "C44.1021" in ids  # a genuine 7-character code, not an extension, is kept
    assert len(ids) == len(icd.terms)
    assert icd.version == "1.5.0"


def test_icd_types(icd) -> None:
    types = {t.id: t.type for t in icd.terms}
    assert types["M54.3"] == "disorder" and types["R52"] == "finding" and types["Z72.0"] == "behavior"


@pytest.mark.parametrize(
    ("description", "variants"),
    [
        ("Postlaminectomy syndrome, not elsewhere classified", ["Postlaminectomy syndrome"]),
        ("Sciatica, unspecified side", ["Sciatica"]),
        ("Lumbago NOS", ["Lumbago"]),
        ("Radiculopathy, lumbar region", ["Radiculopathy", "lumbar radiculopathy"]),
        ("Unspecified fracture of unspecified lumbar vertebra", ["fracture of lumbar vertebra"]),
        ("Carpal tunnel syndrome, right upper limb", ["Carpal tunnel syndrome"]),
        ("Fibromyalgia", []),
    ],
)
def test_icd_description_variants(description: str, variants: list[str]) -> None:
    assert description_variants(description) == variants


def test_normalize() -> None:
    assert normalize("  Post\u2013Laminectomy   Syndrome. ") == "post-laminectomy syndrome"
    assert normalize("(FBSS)") == "fbss"
    assert normalize("Parkinson\u2019s disease") == "parkinson's disease"
    assert normalize("post - laminectomy") == "post-laminectomy"
    assert compact("post-laminectomy syndrome") == compact("postlaminectomy syndrome") == "postlaminectomysyndrome"


def test_singular_and_mention_keys() -> None:
    assert singular("epidural steroid injections") == "epidural steroid injection"
    assert singular("therapies") == "therapy"
    assert singular("sciatica") is None and singular("diagnosis") is None and singular("stress") is None
    assert mention_keys("the prp injections") == [
        ("the prp injections", False), ("prp injections", False), ("the prp injection", True), ("prp injection", True)
    ]


def test_hyphen_variants_need_a_known_word() -> None:
    known = frozenset({"laminectomy", "operative"})
    assert hyphen_variants("postlaminectomy syndrome", known) == ["post-laminectomy syndrome"]
    assert hyphen_variants("postoperative pain", known) == ["post-operative pain"]
    assert hyphen_variants("pregnancy", known) == []
