"""Lay names (data/lay_terms.json): validated on load and at build time, and what they link.

The mentions below are the way patient leaflets write symptoms; none is copied from a corpus.
"""

from __future__ import annotations

import copy
import json

import pytest

from extract.linking.lay import LayTermsError, add_lay_names, lay_terms_path, load_lay_terms
from extract.linking.linker import CONDITION_TYPES, Linker
from extract.linking.normalize import compact, normalize
from extract.linking.records import Alias, Term, VocabularySource


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(lay_terms_path().read_text("utf-8"))


def test_packaged_file_is_valid_and_covers_common_symptoms(raw: dict) -> None:
    lay = load_lay_terms()
    assert len(lay.terms) >= 100
    assert sum(len(t.lay) for t in lay.terms) >= 400
    ids = {t.id for t in lay.terms}
    assert {"HP:0000017", "HP:0002094", "HP:0012378", "HP:0002018", "HP:0000790"} <= ids


def _write(tmp_path, data: dict) -> str:
    path = tmp_path / "lay.json"
    path.write_text(json.dumps(data), "utf-8")
    return str(path)


def test_a_lay_name_given_to_two_concepts_is_rejected(tmp_path, raw: dict) -> None:
    bad = copy.deepcopy(raw)
    bad["terms"][1]["lay"].append(bad["terms"][0]["lay"][0].upper())
    with pytest.raises(LayTermsError, match="several concepts"):
        load_lay_terms(_write(tmp_path, bad))


@pytest.mark.parametrize("field,value", [("id", "HPO:17"), ("lay", []), ("lay", ["  "])])
def test_malformed_entries_are_rejected_naming_the_file(tmp_path, raw: dict, field: str, value) -> None:
    bad = copy.deepcopy(raw)
    bad["terms"][0][field] = value
    with pytest.raises(LayTermsError, match="lay.json is invalid"):
        load_lay_terms(_write(tmp_path, bad))


def test_a_file_that_is_no_json_is_rejected(tmp_path) -> None:
    path = tmp_path / "lay.json"
    path.write_bytes(b"\xff\xfe not json")
    with pytest.raises(LayTermsError, match="lay.json"):
        load_lay_terms(str(path))


SOURCE = VocabularySource("HPO", "test", (Term("HP:0000017", "HPO", "Nocturia", "finding", (Alias("Nocturia", "name"),)),))


def test_lay_names_join_their_concept_as_exact_layperson_aliases() -> None:
    lay = load_lay_terms().model_copy(update={"terms": [t for t in load_lay_terms().terms if t.id == "HP:0000017"]})
    (source,) = add_lay_names([SOURCE], lay)
    aliases = source.terms[0].aliases
    assert Alias("needing to pee at night", "exact", "layperson") in aliases
    assert aliases[0] == Alias("Nocturia", "name")


def test_an_unknown_id_or_a_wrong_name_fails_the_build() -> None:
    from extract.linking.lay import LayTerm, LayTerms

    wrong_name = LayTerms(version="t", terms=[LayTerm(id="HP:0000017", name="Polyuria", lay=["x at night"])])
    with pytest.raises(LayTermsError, match="Polyuria"):
        add_lay_names([SOURCE], wrong_name)
    unknown = LayTerms(version="t", terms=[LayTerm(id="HP:9999999", name="Nothing", lay=["nothing at all"])])
    with pytest.raises(LayTermsError, match="HP:9999999"):
        add_lay_names([SOURCE], unknown)


def test_every_lay_name_names_only_its_concept_in_the_knowledge_base(linker: Linker) -> None:
    """A lay name is no alias of another concept (it would tie, or override the vocabulary)."""
    clashes = []
    for term in load_lay_terms().terms:
        for name in term.lay:
            entry = linker._table.get(compact(normalize(name)))
            owners = {linker._ids[i] for i in entry[1::2]} if entry else set()
            if owners != {term.id}:
                clashes.append((name, term.id, sorted(owners)))
    assert not clashes


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("needing to pee at night", "HP:0000017"),
        ("getting up in the night to pass urine", "HP:0000017"),
        ("waking up to urinate", "HP:0000017"),
        ("ringing in the ears", "HP:0000360"),
        ("feeling sick", "HP:0002018"),
        ("being sick", "HP:0002013"),
        ("tummy ache", "HP:0002027"),
        ("a slow heart rate", "HP:0001662"),
        ("red bumps", "HP:0200034"),
        ("pus-filled spots", "HP:0200039"),
        ("bleeding between periods", "HP:0100608"),
        ("tar-like poo", "HP:0002249"),
        ("blood in your pee", "HP:0000790"),
        ("feeling tired all the time", "HP:0012378"),
        ("pauses in your breathing", "HP:0002104"),
        ("sleepiness during the day", "HP:0001262"),
        ("swollen ankles", "HP:0001785"),
        ("a high temperature", "HP:0001945"),
        ("loss of sensation", "HP:0033748"),
        ("double vision", "HP:0000651"),
        ("water infection", "N39.0"),
    ],
)
def test_lay_phrasings_link_to_their_concept(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize("mention", ["needing to pass the ball", "feeling", "night", "the day"])
def test_lay_names_do_not_link_fragments_of_them(linker: Linker, mention: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is None or concept.id not in {"HP:0000017", "HP:0001262"}


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("weakness in the thumb", "HP:0030237"), ("waking up with a headache", "HP:0002315"),
     ("gasping for air during sleep", "HP:0031503"), ("bladder problems", "HP:0000009"),
     ("swelling", "HP:0000969"), ("swollen", "HP:0000969"), ("swelling in the joints", "HP:0001386"),
     ("psoriatic arthritis", "L40.50")],
)
def test_more_lay_phrasings(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("flashbacks", "HP:0032937"), ("being easily startled", "HP:0002267"), ("jumpy", "HP:0002267"),
     ("thoughts of ending your life", "HP:0031589"), ("emotional numbness", "HP:0030213")],
)
def test_lay_names_of_fear_and_mood_findings(linker: Linker, mention: str, concept_id: str) -> None:
    # session 34 (gen55): findings that forum accounts of trauma, anxiety and low mood name in lay words
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept
