"""Building, saving and loading a knowledge base, on a tiny one (seconds, not minutes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.linking import kb as kb_module
from extract.linking.kb import BuildSettings, KbError, build_from_sources, kb_version, read_manifest
from extract.linking.linker import Linker
from extract.linking.records import Alias, Term, VocabularySource

HPO = VocabularySource(
    "HPO",
    "2025-01-16",
    (
        Term("HP:0011868", "HPO", "Sciatica", "finding", (Alias("Sciatica", "name"),), "Pain along the sciatic nerve."),
        Term("HP:0100699", "HPO", "Scarring", "finding",
             (Alias("Scarring", "name"), Alias("Scar tissue", "related", "layperson")),
             "A lesion in which a wound, burn or sore has not healed completely and fibrous tissue has developed."),
        Term("HP:0012533", "HPO", "Allodynia", "finding", (Alias("Allodynia", "name"),), "Pain from a light touch."),
    ),
)
ICD = VocabularySource(
    "ICD-10-CM",
    "1.5.0",
    (
        Term("M96.1", "ICD-10-CM", "Postlaminectomy syndrome, not elsewhere classified", "disorder",
             (Alias("Postlaminectomy syndrome, not elsewhere classified", "name"),
              Alias("Postlaminectomy syndrome", "variant"))),
        Term("M54.3", "ICD-10-CM", "Sciatica", "disorder", (Alias("Sciatica", "name"),)),
    ),
)
EV = VocabularySource(
    "EV",
    "test",
    (
        Term("EV:failed_back_surgery_syndrome", "EV", "Failed back surgery syndrome", "disorder",
             (Alias("Failed back surgery syndrome", "name"), Alias("FBSS", "exact"),
              Alias("post-laminectomy syndrome", "exact")),
             "Persistent pain after spine surgery.", ("M96.1",)),
        Term("EV:epidural_fibrosis", "EV", "Epidural fibrosis", "disorder",
             (Alias("Epidural fibrosis", "name"), Alias("scar tissue", "contextual")),
             "Scar tissue around the dura and spinal nerve roots after spine surgery."),
        Term("EV:spinal_cord_stimulation", "EV", "Spinal cord stimulation", "procedure",
             (Alias("Spinal cord stimulation", "name"), Alias("spinal cord stimulator", "exact"),
              Alias("SCS", "exact")),
             "Electrical stimulation of the spinal cord for pain."),
        Term("EV:laminectomy", "EV", "Laminectomy", "procedure", (Alias("Laminectomy", "name"),),
             "Removal of the back part of a vertebra."),
    ),
)
SOURCES = (HPO, ICD, EV)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kb") / "tiny"
    build_from_sources(SOURCES, folder, curated_sha256="abc")
    return folder


def test_build_writes_the_scispacy_layout_and_a_manifest(tiny: Path) -> None:
    names = {p.name for p in tiny.iterdir()}
    assert {"kb.json", "table.json", "definitions.json", "concepts.jsonl", "nmslib_index.bin",
            "tfidf_vectorizer.joblib", "tfidf_vectors_sparse.npz", "concept_aliases.json", "tfidf_query.json"} <= names
    manifest = read_manifest(tiny)
    assert manifest.concepts == 9
    assert manifest.vocabularies["HPO"].version == "2025-01-16" and manifest.vocabularies["EV"].concepts == 4
    assert manifest.settings == BuildSettings()
    assert manifest.kb_version == kb_version({"HPO": "2025-01-16", "ICD-10-CM": "1.5.0", "EV": "test"}, "abc")
    assert manifest.build_seconds > 0 and manifest.files["nmslib_index.bin"] > 0
    # hyphenated forms of solid prefixed words are indexed too ("laminectomy" is a known word)
    assert "post-laminectomy syndrome, not elsewhere classified" in json.loads(
        (tiny / "concept_aliases.json").read_text()
    )


def test_concepts_jsonl_loads_as_a_scispacy_knowledge_base(tiny: Path) -> None:
    from scispacy.linking_utils import KnowledgeBase

    kb = KnowledgeBase(str(tiny / "concepts.jsonl"))
    assert kb.cui_to_entity["M96.1"].types == ["disorder"]
    assert kb.alias_to_cuis["sciatica"] == {"HP:0011868", "M54.3"}


def test_tiny_linker_links_exact_and_approximate_mentions(tiny: Path) -> None:
    linker = Linker(tiny)
    assert linker.link("post-laminectomy syndrome").id == "EV:failed_back_surgery_syndrome"
    assert linker.link("postlaminectomy syndrome").id == "EV:failed_back_surgery_syndrome"
    assert "ann" not in linker.load_seconds  # the exact path never loads the index
    concept = linker.link("spinal cord stimulators implanted")
    assert concept.id == "EV:spinal_cord_stimulation" and concept.score < 1.0
    assert linker.load_seconds["ann"] > 0
    assert linker.link("scar tissue").id == "HP:0100699"
    assert linker.link("scar tissue", context="around the nerve roots after surgery").id == "EV:epidural_fibrosis"


def test_a_failed_build_leaves_nothing_that_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args, **kwargs):
        raise KeyboardInterrupt("interrupted while building the index")

    monkeypatch.setattr(kb_module, "build_ann_index", crash)
    target = tmp_path / "kb"
    with pytest.raises(KeyboardInterrupt):
        build_from_sources(SOURCES, target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary folder left behind
    with pytest.raises(KbError, match="evidence kb build"):
        Linker(target)


def test_a_failed_rebuild_keeps_the_previous_knowledge_base(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kb"
    build_from_sources(SOURCES, target)
    before = read_manifest(target)
    monkeypatch.setattr(kb_module, "build_ann_index", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        build_from_sources(SOURCES, target, curated_sha256="changed")
    assert read_manifest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb"]


def test_a_rebuild_replaces_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "kb"
    build_from_sources(SOURCES, target, curated_sha256="one")
    (target / "stray.txt").write_text("left over")
    build_from_sources(SOURCES, target, curated_sha256="two")
    assert read_manifest(target).curated_sha256 == "two"
    assert not (target / "stray.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb"]


def test_kb_version_changes_with_each_input() -> None:
    versions = {"HPO": "2025-01-16", "ICD-10-CM": "1.5.0", "EV": "x"}
    base = kb_version(versions, "sha")
    assert kb_version(versions, "sha") == base
    assert kb_version(versions, "other sha") != base
    assert kb_version({**versions, "HPO": "2025-03-03"}, "sha") != base
    assert kb_version(versions, "sha", BuildSettings(m=16)) != base


def test_ensure_kb_rebuilds_a_stale_knowledge_base(tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(kb_module, "current_versions", lambda: ({"HPO": "2025-01-16", "ICD-10-CM": "1.5.0",
                                                                  "EV": "test"}, "abc"))
    monkeypatch.setattr(kb_module, "build_kb", lambda target, progress: calls.append(target) or read_manifest(tiny))
    assert kb_module.ensure_kb(tiny)[0] == tiny and calls == []  # up to date: loaded as is
    monkeypatch.setattr(kb_module, "current_versions", lambda: ({"HPO": "2025-01-16", "ICD-10-CM": "1.5.0",
                                                                  "EV": "edited"}, "def"))
    kb_module.ensure_kb(tiny)
    assert calls == [tiny]  # the curated file changed: rebuilt


def test_default_kb_dir_honours_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EVIDENCE_KB_DIR", str(tmp_path / "mine"))
    assert kb_module.default_kb_dir() == tmp_path / "mine"
    monkeypatch.delenv("EVIDENCE_KB_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert kb_module.default_kb_dir("0123456789ab") == tmp_path / "evidence-extract" / "kb" / "0123456789ab"


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(KbError, match="unique"):
        build_from_sources((HPO, HPO), tmp_path / "kb")


def _made_up_vocabulary(n: int) -> VocabularySource:
    """``n`` concepts with made-up names: enough aliases for the HNSW graph's shape to depend on
    the random levels nmslib draws (a handful of aliases gives the same graph whatever they are)."""
    import random

    rng = random.Random(7)
    parts = ["ar", "ber", "cal", "dor", "en", "fi", "gan", "hy", "is", "jo", "ka", "lum", "mo", "ne", "os", "pi"]

    def name() -> str:
        return " ".join("".join(rng.choice(parts) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(1, 3)))

    terms = []
    for i in range(n):
        text = name()
        terms.append(Term(f"T:{i}", "T", text, "finding", (Alias(text, "name"),)))
    return VocabularySource("T", "1", tuple(terms))


def test_the_same_aliases_build_the_same_index_every_time(tmp_path: Path) -> None:
    """Floors measured on one machine hold on another only if the graph is the same: nmslib's
    level generator is one per process, so a second build in the same process (as here, after the
    tiny ones) drew different levels before the index was built in a fresh process."""
    source = _made_up_vocabulary(3000)
    built = []
    for i in range(3):
        build_from_sources((source,), tmp_path / f"kb{i}", curated_sha256="x")
        built.append((tmp_path / f"kb{i}" / "nmslib_index.bin").read_bytes())
    assert built[0] == built[1] == built[2]
    assert BuildSettings().threads == 1


def test_a_child_that_cannot_build_the_index_is_a_kb_error_naming_the_cause(tmp_path: Path) -> None:
    from extract.linking.hnsw import build_in_fresh_process

    with pytest.raises(RuntimeError, match="building the HNSW index failed.*(No such file|FileNotFound)"):
        build_in_fresh_process(tmp_path / "missing.npz", tmp_path / "index.bin", {"M": 8})
    assert not (tmp_path / "index.bin").exists()


def test_an_alias_with_diacritics_is_also_found_without_them() -> None:
    """Pages write eponyms both ways: "Meniere's disease" names "Ménière's disease"."""
    from extract.linking.kb import alias_table

    terms = [Term("H81.0", "ICD-10-CM", "Ménière's disease", "disorder", (Alias("Ménière's disease", "name"),)),
             Term("M35.0", "ICD-10-CM", "Sjögren syndrome", "disorder", (Alias("Sjögren syndrome", "name"),))]
    table = alias_table(terms)
    assert table["meniere's disease"] == table["ménière's disease"] == {0: 1.0}
    assert table["sjogren syndrome"] == {1: 1.0}


def test_an_eponym_written_without_its_accents_links_exactly(kb_dir: Path) -> None:
    linker = Linker(kb_dir)
    for mention, concept in (("Meniere's disease", "H81.0"), ("Sjogren syndrome", "M35.0"), ("Behcet's disease", "M35.2")):
        found = linker.link(mention, ("disorder", "finding"))
        assert found is not None and found.id == concept and found.score >= 0.99, (mention, found)
