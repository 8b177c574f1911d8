"""Drug classes from INN stems (``data/drug_stems.json``): a drug no vocabulary lists links to the
class its stem names, the file cannot contradict itself, and the stems take no English word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.linking.curated import load_curated
from extract.linking.linker import INTERVENTION_TYPES, MODIFIED_STEM_FACTOR, STEM_FACTOR, Linker
from extract.linking.stems import DrugStemError, load_drug_stems, match

#: Words of the English lexicon that are drug names the stems rightly take.
LEXICON_DRUGS = {"cocaine", "cortisone", "ibuprofen", "morphine", "penicillin", "streptomycin"}


def test_every_stem_names_a_class_of_the_curated_vocabulary() -> None:
    curated = {c.id: c for c in load_curated().concepts}
    for stem in load_drug_stems().stems:
        assert stem.concept in curated, stem.label
        assert curated[stem.concept].type == "drug", stem.label


def test_the_stems_take_no_english_word_but_drug_names() -> None:
    """Over the 60,000 word forms of the English lexicon: "April" is no ACE inhibitor, "mongrel" no
    antiplatelet, "cholesterol" no bronchodilator, "intercept" no biologic."""
    from extract.lexicon import lexicon

    words = lexicon()
    english = set(words.nouns) | set(words.modifiers) | set(words.base_verbs) | set(words.participles)
    stems = load_drug_stems()
    taken = {w for w in english if w.isalpha() and match(w, stems)}
    assert taken == LEXICON_DRUGS
    for word in ("april", "mongrel", "cholesterol", "intercept", "saline", "cephalic"):
        assert match(word, stems) is None, word


@pytest.mark.parametrize(
    ("word", "concept", "label"),
    [
        ("flucloxacillin", "EV:antibiotics", "-cillin"),
        ("ceftriaxone", "EV:antibiotics", "cef-"),
        ("temazepam", "EV:benzodiazepines", "-azepam"),
        ("rosuvastatin", "EV:statins", "-vastatin"),
        ("perindopril", "EV:ace_inhibitors", "-pril"),
        ("guselkumab", "EV:biologics", "-mab"),
        ("mirtazapine", "EV:antidepressants", "-tazapine"),  # not an antipsychotic by "-apine"
        ("romosozumab-alendronate", "EV:bisphosphonates", "-dronate"),  # a combination, by its last part
        ("mirabegron", None, None),  # no stem of the file: nothing
    ],
)
def test_the_longest_stem_names_the_class(word: str, concept: str | None, label: str | None) -> None:
    found = match(word, load_drug_stems())
    assert (found.concept, found.label) == (concept, label) if concept else found is None


def _write(tmp_path: Path, stems: list[dict]) -> str:
    path = tmp_path / "stems.json"
    path.write_text(json.dumps({"version": "t", "stems": stems}), "utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("stems", "message"),
    [
        ([{"ending": "cillin", "concept": "EV:antibiotics", "examples": ["amoxicillin", "aspirin"]}], "'aspirin'"),
        ([{"ending": "olol", "concept": "EV:beta_blockers", "examples": ["atenolol"]},
          {"ending": "nolol", "concept": "EV:antibiotics", "examples": ["timolol"]}], "'atenolol' of -olol"),
        ([{"ending": "mab", "beginning": "x", "concept": "EV:biologics", "examples": ["xmab"]}], "exactly one"),
        ([{"ending": "Mab", "concept": "EV:biologics", "examples": ["adalimumab"]}], "lowercase"),
        ([{"ending": "mab", "concept": "HP:0000001", "examples": ["adalimumab"]}], "curated class"),
    ],
)
def test_a_file_that_contradicts_itself_is_rejected_naming_the_problem(tmp_path: Path, stems: list[dict], message: str) -> None:
    with pytest.raises(DrugStemError, match="stems.json") as error:
        load_drug_stems(_write(tmp_path, stems))
    assert message in str(error.value)


def test_a_drug_no_vocabulary_lists_links_to_its_class_through_its_stem(linker: Linker) -> None:
    for mention, concept, score in [
        ("sulopenem", "EV:antibiotics", STEM_FACTOR),
        ("oral mirogabalin", "EV:gabapentinoids", MODIFIED_STEM_FACTOR),
        ("spesolimab", "EV:biologics", STEM_FACTOR),
    ]:
        assert linker.link(mention, None) is not None  # any types: the class is found
        found = linker.link(mention, INTERVENTION_TYPES)
        assert (found.id, found.score) == (concept, score), mention
        assert "(-" in found.alias  # the stem that named it is shown
    assert linker.link("bexagliflozin tablets", INTERVENTION_TYPES).id == "EV:sglt2_inhibitors"


def test_a_drug_the_drugbank_vocabulary_lists_takes_its_own_concept_over_its_stem(linker: Linker) -> None:
    """The stem names the class; the drug's own concept is more specific (CLAIMS_SPEC.md)."""
    for mention, concept in [("flucloxacillin", "DB00301"), ("temazepam", "DB00231"), ("oral metronidazole", "DB00916")]:
        found = linker.link(mention, INTERVENTION_TYPES)
        assert found.id == concept and "(-" not in (found.alias or ""), mention


def test_a_stem_never_displaces_a_name_and_takes_no_phrase_about_the_drug(linker: Linker) -> None:
    """"erenumab" is a listed member of the CGRP antibodies: that, not "biologics" by "-mab";
    "allergic to penicillin" is an allergy, not an antibiotic; "cholesterol" is no bronchodilator."""
    assert linker.link("erenumab", INTERVENTION_TYPES).id == "EV:cgrp_monoclonal_antibodies"
    assert linker.link("allergic to penicillin", INTERVENTION_TYPES) is None or "(-" not in linker.link(
        "allergic to penicillin", INTERVENTION_TYPES).alias
    for mention in ("April", "cholesterol", "mongrel"):
        found = linker.link(mention, INTERVENTION_TYPES)
        assert found is None or "(-" not in (found.alias or ""), mention
