"""DrugBank drugs from the drug-named-entity-recognition dictionary (extract/linking/drugbank.py):
what the filter keeps and drops, the drugs the linker finds by name, and treatment claims about
drugs no other vocabulary knows. The sentences are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.linking.drugbank import (
    DrugBankError,
    drop_reason,
    drug_terms,
    drugbank_version,
    filter_path,
    inn_form,
    load_drug_filter,
    read_drugbank,
)
from extract.linking.linker import INTERVENTION_TYPES, Linker
from extract.linking.records import VOCABULARY_ORDER


# -- the filter over a dictionary of a few drugs ---------------------------------------------------------

def _dictionary() -> dict:
    canon = {
        "fungicillin": {"drugbank_id": "DB90001", "name": "Fungicillin", "medline_plus_id": "a600001"},
        "lotionol": {"drugbank_id": "DB90002", "name": "Lotionol", "mesh_tree": ["D02.455.1"]},
        "kinase 9": {"drugbank_id": "DB90003", "name": "Kinase 9", "mesh_tree": ["D08.811.1", "D12.776.1"]},
        "plainate": {"drugbank_id": "DB90004", "name": "Plainate"},
        "nailorine": {"drugbank_id": "DB90005", "name": "Nailorine"},
        "receptor z": {"name": "Receptor Z", "wikipedia_url": "https://en.wikipedia.org/wiki/Z"},
        "paracetamol": {"drugbank_id": "DB90006", "name": "Paracetamol", "nhs_url": "https://nhs.example/p"},
    }
    variants = {
        "fungicillin": ["fungicillin"], "fungex": ["fungicillin"], "spray and solution": ["fungicillin"],
        "emend": ["fungicillin"], "fx": ["fungicillin"], "fungicillin sodium": ["fungicillin"],
        "lotionol": ["lotionol"], "back pain": ["lotionol"],
        "kinase 9": ["kinase 9"], "plainate": ["plainate"],
        "nailorine": ["nailorine"], "nailorina": ["nailorine"],
        "receptor z": ["receptor z"], "paracetamol": ["paracetamol"], "panadolix": ["paracetamol"],
    }
    brands = {"fungex": {"is_brand": True}, "fungicillin": {"is_brand": False}}
    return {"drug_canonical_to_data": canon, "drug_variant_to_canonical": variants, "drug_variant_to_variant_data": brands}


def _terms():
    english = frozenset({"emend", "spray", "solution", "back", "pain", "sodium"})
    reserved = {"back pain": "finding", "paracetamol": "curated"}
    return drug_terms(_dictionary(), load_drug_filter(), english, reserved, {"paracetamol": "EV:acetaminophen"})


def test_a_drug_needs_a_drugbank_id_and_a_sign_of_clinical_use() -> None:
    terms, report = _terms()
    kept = {t.name: t for t in terms}
    # a MedlinePlus page, a MeSH tree among organic compounds, the Latin/Spanish INN form, an NHS page
    assert set(kept) == {"Fungicillin", "Lotionol", "Nailorine", "Paracetamol"}
    # an enzyme (MeSH D08/D12 only), a compound with no sign, a receptor with no DrugBank id: out
    assert report.with_drugbank_id == 6 and report.clinical == 4 and report.kept == 4
    assert report.by_sign == {"medline_plus": 1, "nhs": 1, "wikipedia": 0, "mesh_branch": 1, "inn_form": 1}
    assert all(t.vocabulary == "DrugBank" and t.type == "drug" for t in terms)


def test_names_are_dropped_by_reason_and_brands_rank_below_generic_names() -> None:
    terms, report = _terms()
    fungi = next(t for t in terms if t.id == "DB90001")
    scopes = {a.text: a.scope for a in fungi.aliases}
    assert scopes == {"fungicillin": "name", "fungex": "related", "fungicillin sodium": "related"}
    assert next(a for a in fungi.aliases if a.text == "fungex").kind == "brand"
    assert fungi.related == ("MedlinePlus:a600001",)
    # "emend" (an English word), "spray and solution" (English words only), "fx" (short),
    # "back pain" (an HPO finding), "paracetamol" (a curated name)
    assert report.dropped == {"collides": 1, "curated": 1, "english": 1, "english phrase": 1, "short": 1}
    paracetamol = next(t for t in terms if t.id == "DB90006")
    assert [a.text for a in paracetamol.aliases] == ["panadolix"]  # the curated concept keeps its name
    assert paracetamol.related[0] == "EV:acetaminophen"  # and the two meet by it


@pytest.mark.parametrize(
    ("key", "canonical", "reason"),
    [
        ("generics", "oxazepam", "english"),
        ("codeine phosphate", "codeine", None),  # a phrase holding the drug's own name
        ("quinine", "quinine", None),  # an English word listed as a drug name
        ("abc", "abacavir", "short"),
        ("terbinafine", "terbinafine", None),
    ],
)
def test_drop_reason(key: str, canonical: str, reason: str | None) -> None:
    from extract.lexicon import lexicon

    words = lexicon()
    english = frozenset(words.nouns | words.modifiers | words.base_verbs | words.participles)
    assert drop_reason(key, canonical, load_drug_filter(), english, {}) == reason


def test_inn_forms() -> None:
    assert inn_form("terbinafine", ["terbinafinum"]) and inn_form("amorolfine", ["amorolfina"])
    assert not inn_form("water", ["aqua"]) and not inn_form("kinase 9", ["kinasum"])


def test_the_filter_file_is_validated(tmp_path: Path) -> None:
    data = json.loads(filter_path().read_text("utf-8"))
    data["clinical_signs"]["sold_online"] = "not a sign the reader knows"
    path = tmp_path / "drugbank.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DrugBankError, match="sold_online"):
        load_drug_filter(str(path))


# -- the installed dictionary ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def drugbank():
    from extract.linking.kb import read_sources

    sources, _ = read_sources(with_drugs=False)
    return read_drugbank(sources)


def test_counts_of_the_installed_dictionary(drugbank) -> None:
    source, report = drugbank
    print("\n".join(report.lines()))
    assert (report.canonicals, report.with_drugbank_id) == (20070, 12279)
    assert report.by_sign == {"medline_plus": 1156, "nhs": 206, "wikipedia": 1113, "mesh_branch": 1587, "inn_form": 1815}
    assert report.clinical == 3453
    assert 3400 <= report.kept <= report.clinical and len(source.terms) == report.kept
    assert 25000 <= report.aliases <= 28000
    assert set(report.dropped) == {"collides", "curated", "english", "english phrase", "short"}
    assert source.version.startswith("drug-named-entity-recognition==2.0.9;filter=")


def test_must_have_and_must_not_have(drugbank) -> None:
    source, _ = drugbank
    names = {a.text.lower(): t.id for t in source.terms for a in t.aliases}
    drug_filter = load_drug_filter()
    for name, drug_id in drug_filter.must_have.items():
        assert names.get(name) == drug_id, name
    for name in ("janus kinase 2", "gelatinases", "water", "emend", "generics", "spray and solution"):
        assert name not in names, name
    for name in ("paracetamol", "acetaminophen", "tylenol"):  # the curated EV:acetaminophen keeps them
        assert name not in names, name


def test_no_name_is_an_english_word_unless_listed(drugbank) -> None:
    from extract.lexicon import lexicon

    words = lexicon()
    english = set(words.nouns) | set(words.modifiers) | set(words.base_verbs) | set(words.participles)
    source, _ = drugbank
    taken = {a.text.lower() for t in source.terms for a in t.aliases} & english
    assert taken <= set(load_drug_filter().lexicon_drug_names)


# -- linking -----------------------------------------------------------------------------------------------

def test_the_knowledge_base_records_the_package_and_its_version(kb_dir: Path) -> None:
    from extract.linking.kb import read_manifest

    manifest = read_manifest(kb_dir)
    assert manifest.versions()["DrugBank"] == drugbank_version()
    assert manifest.vocabularies["DrugBank"].concepts > 3000
    assert VOCABULARY_ORDER["DrugBank"] > VOCABULARY_ORDER["EV"]


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("permethrin", "DB04930"),
        ("Permethrin cream", "DB04930"),
        ("terbinafine", "DB00857"),
        ("Lamisil", "DB00857"),  # a brand name
        ("mirabegron", "DB08893"),
        ("dimeticone", "DB11074"),
        ("dimethicone", "DB11074"),
        ("malathion", "DB00772"),
        ("Panadol", "DB00316"),
        # the curated vocabulary keeps the names it has
        ("paracetamol", "EV:acetaminophen"),
        ("acetaminophen", "EV:acetaminophen"),
        ("ibuprofen", "EV:nsaids"),
    ],
)
def test_drug_names_link_to_their_drugbank_ids(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


def test_a_brand_name_meets_the_curated_concept_of_its_drug(linker: Linker) -> None:
    assert "EV:acetaminophen" in linker.related("DB00316")


@pytest.mark.parametrize("word", ["emend", "Generics", "ecstasy", "caps"])
def test_a_common_word_brand_never_links_to_a_drug(linker: Linker, word: str) -> None:
    concept = linker.link(word, types=INTERVENTION_TYPES)
    assert concept is None or concept.vocabulary != "DrugBank", concept


# -- claims --------------------------------------------------------------------------------------------------

def test_treatments_of_a_condition_in_no_corpus_name_drugbank_drugs(nlp) -> None:  # noqa: ANN001
    doc = nlp("Fungal nail infections are treated with terbinafine tablets or amorolfine nail lacquer.")
    treatments = {c.intervention.concept.id for c in doc._.claims if c.type == "treatment" and c.intervention.concept}
    assert {"DB00857", "DB09056"} <= treatments


def test_a_drugbank_drug_alone_names_an_intervention(nlp) -> None:  # noqa: ANN001
    """No head word ("cream", "tablets") and no stem: the drug's name is what names the intervention."""
    doc = nlp("For scabies, permethrin or malathion can be used.")
    treated = {c.intervention.concept.id for c in doc._.claims if c.type == "treatment" and c.intervention.concept}
    assert {"DB04930", "DB00772"} <= treated


def test_a_common_word_brand_in_a_sentence_names_no_drug(nlp) -> None:  # noqa: ANN001
    doc = nlp("Your doctor may emend the plan if the tablets cause side effects.")
    ids = {m.concept.id for c in doc._.claims for m in _mentions(c) if m.concept}
    assert not {i for i in ids if i.startswith("DB")}


def _mentions(claim):  # noqa: ANN001, ANN202
    from extract.consistency.statements import arguments

    return [m for m in arguments(claim) if m is not None]


def test_adding_the_drugs_moves_no_other_alias_nor_the_vectorizer_fit() -> None:
    """The other vocabularies' aliases, their hyphenated forms and the TF-IDF fit are what they
    were without the drugs; only the drugs' own and generic names are near-matched."""
    from extract.linking.kb import alias_table, index_keys
    from extract.linking.records import Alias, Term

    others = [
        Term("HP:0000001", "HPO", "Postlaminectomy pain", "finding", (Alias("postlaminectomy pain", "name"),)),
        Term("EV:x", "EV", "Ache", "finding", (Alias("ache", "name"),)),
    ]
    drug = Term("DB90001", "DrugBank", "Laminectomol", "drug",
                (Alias("laminectomol", "name"), Alias("laminectomy", "related"), Alias("Achex", "related")))
    before = alias_table(others)
    after = alias_table([*others, drug])
    assert {k: v for k, v in after.items() if any(i < len(others) for i in v)} == before
    keys, fit = index_keys([*others, drug], after)
    assert sorted(fit) == sorted(before)
    assert "laminectomol" in keys and "achex" not in keys and "laminectomy" not in keys


def test_the_gold_validator_takes_the_drugs_of_the_knowledge_base_only(tmp_path: Path) -> None:
    """CLAIMS_SPEC.md: a DrugBank id in the gold must be a drug the filter keeps."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "gold" / "validate_claims_gold.py"
    spec = importlib.util.spec_from_file_location("validate_claims_gold_drugs", path)
    validator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validator)
    corpus, gold = tmp_path / "corpus", tmp_path / "drugs" / "claims"
    corpus.mkdir()
    gold.mkdir(parents=True)
    quote = "Fungal nail infections are treated with terbinafine tablets or amorolfine nail lacquer."
    (corpus / "nails.txt").write_text(quote + "\n", encoding="utf-8")

    def claim(subject: str, concept: str) -> dict:
        return {"type": "treatment", "quote": quote, "subject": subject, "subject_concept": [concept],
                "object": "Fungal nail infections", "object_concept": [], "relation": None, "negated": False,
                "certainty": "fact", "strength": None, "against": False, "instead_of": None}

    claims = [claim("terbinafine tablets", "DB00857"), claim("amorolfine nail lacquer", "DB99999")]
    (gold / "nails.txt.json").write_text(json.dumps({"doc": "nails.txt", "claims": claims}), encoding="utf-8")
    validator.main(str(gold), str(corpus))
    assert [p for p in validator.problems if "DB" in p] == ["claims/nails.txt.json#1: subject_concept: DB99999 is no DrugBank drug of the knowledge base"]
