"""Names a reader writes that no vocabulary gave as written (session 20): the bare name a family
of ICD-10-CM codes shares, one drug listed under its US and its international name, brand names
of combination products, and common interventions the curated vocabulary lacked."""

from __future__ import annotations

import pytest

from extract.linking.drugbank import DrugBankError, drug_terms, load_drug_filter
from extract.linking.icd import family_names
from extract.linking.linker import CONDITION_TYPES, INTERVENTION_TYPES, RISK_FACTOR_TYPES, Linker
from extract.linking.records import Term


# -- the bare name of a family of ICD-10-CM codes ----------------------------------------------------------

def _icd(*rows: tuple[str, str]) -> list[Term]:
    return [Term(code, "ICD-10-CM", title, "disorder", ()) for code, title in rows]


def test_a_family_of_sites_and_complications_gives_its_default_code_the_bare_name() -> None:
    terms = _icd(
        ("X41", "Glomerulitis of kidney"),
        ("X41.1", "Glomerulitis of left kidney with abscess"),
        ("X41.2", "Glomerulitis of right kidney without abscess"),
        ("X41.9", "Glomerulitis of kidney, part unspecified, without abscess"),
        ("X41.91", "Glomerulitis of kidney, part unspecified, with abscess"),
    )
    assert family_names(terms, frozenset(), frozenset()) == {"X41.9": "Glomerulitis"}


@pytest.mark.parametrize(
    ("terms", "known", "english"),
    [
        # a name some code already has: nothing to add
        (_icd(("X41.1", "Glomerulitis of left kidney"), ("X41.9", "Glomerulitis of kidney, unspecified")),
         frozenset({"glomerulitis"}), frozenset()),
        # a common word heads unrelated families ("Tear of meniscus", "Retention of urine")
        (_icd(("X42.1", "Tear of left meniscus"), ("X42.9", "Tear of meniscus, unspecified")),
         frozenset(), frozenset({"tear"})),
        # the same head in two categories: which one a bare name means is unknown
        (_icd(("X41.1", "Glomerulitis of left kidney"), ("X41.9", "Glomerulitis of kidney, unspecified"),
              ("X43.1", "Glomerulitis of spleen"), ("X43.9", "Glomerulitis of spleen, unspecified")),
         frozenset(), frozenset()),
        # one subcategory is no family (the category's own title aside)
        (_icd(("X41", "Glomerulitis of kidney"), ("X41.9", "Glomerulitis of kidney, unspecified")),
         frozenset(), frozenset()),
        # no code says the part is unspecified without adding a complication or pointing elsewhere
        (_icd(("X41.1", "Glomerulitis of left kidney"), ("X41.8", "Glomerulitis in other diseases, unspecified"),
              ("X41.9", "Glomerulitis of kidney, unspecified, with abscess")),
         frozenset(), frozenset()),
    ],
)
def test_no_bare_name_without_one_family_and_a_default_code(terms, known, english) -> None:  # noqa: ANN001
    assert family_names(terms, known, english) == {}


@pytest.mark.parametrize(("mention", "code"), [("diverticulosis", "K57.90"), ("Diverticulitis", "K57.92")])
def test_a_disease_icd_titles_only_with_its_site_links_alone(linker: Linker, mention: str, code: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == code, concept


def test_a_common_word_heading_a_family_gets_no_bare_name(linker: Linker) -> None:
    """"Tear of meniscus", "Retention of urine": a word of everyday English heads families of
    unrelated codes, and alone names none of them."""
    for word in ("tear", "retention"):
        concept = linker.link(word, types=CONDITION_TYPES)
        assert concept is None or concept.alias != word, concept  # at most a near name ("retention of urine")


# -- one drug under two names ------------------------------------------------------------------------------

def _dictionary(same_has_id: bool = True) -> dict:
    canon = {
        "colonate": {"name": "Colonate", "medline_plus_id": "a600002"},  # the US name, no DrugBank id
        "colonazine": {"drugbank_id": "DB90010" if same_has_id else None, "name": "Colonazine",
                       "nhs_url": "https://nhs.example/c"},
    }
    variants = {"colonate": ["colonate"], "colopax": ["colonate"], "4-amino colonic acid": ["colonate"],
                "colonazine": ["colonazine"]}
    return {"drug_canonical_to_data": canon, "drug_variant_to_canonical": variants,
            "drug_variant_to_variant_data": {"colopax": {"is_brand": True}}}


def test_a_drug_listed_under_its_us_and_its_international_name_is_one_concept() -> None:
    drug_filter = load_drug_filter().model_copy(update={"same_drug": {"colonate": "colonazine"}})
    terms, _ = drug_terms(_dictionary(), drug_filter, frozenset(), {}, {})
    (term,) = terms
    names = {a.text: a.scope for a in term.aliases}
    assert term.id == "DB90010" and names["colonazine"] == "name"
    assert {"colonate", "colopax", "4-amino colonic acid"} <= set(names) and names["colopax"] == "related"


def test_same_drug_must_join_a_drug_without_an_id_to_one_with_an_id() -> None:
    drug_filter = load_drug_filter().model_copy(update={"same_drug": {"colonate": "colonazine"}})
    with pytest.raises(DrugBankError, match="same_drug"):
        drug_terms(_dictionary(same_has_id=False), drug_filter, frozenset(), {}, {})


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("Pentasa", "DB00244"), ("Asacol", "DB00244"), ("5-aminosalicylic acid", "DB00244"), ("mesalamine", "DB00244"),
     ("glyceryl trinitrate", "DB00727"), ("Intal", "DB01003")],
)
def test_us_names_and_their_brands_link_to_the_international_names_drug(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


# -- brands of combination products, and interventions the curated vocabulary lacked ---------------------

@pytest.mark.parametrize("brand", ["Neosporin", "Polysporin", "triple antibiotic ointment"])
def test_an_antibiotic_ointment_brand_is_an_antibiotic_not_a_steroid(linker: Linker, brand: str) -> None:
    """The drug dictionary gives "neosporin" to hydrocortisone; it is neomycin, polymyxin B and
    bacitracin: the antibiotics class, as the curated vocabulary names it."""
    concept = linker.link(brand, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == "EV:antibiotics", concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("vagal nerve stimulator", "EV:vagus_nerve_stimulation"),
        ("VNS", "EV:vagus_nerve_stimulation"),
        ("deep-brain stimulation", "EV:deep_brain_stimulation"),
        ("stool transplant", "EV:fecal_microbiota_transplantation"),
        ("faecal microbiota transplant", "EV:fecal_microbiota_transplantation"),
    ],
)
def test_common_neuromodulation_and_transplant_procedures_have_concepts(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize("mention", ["Demodex mites", "scabies mites", "Sarcoptes scabiei"])
def test_mites_that_live_in_the_skin_are_a_cause(linker: Linker, mention: str) -> None:
    concept = linker.link(mention, types=RISK_FACTOR_TYPES)
    assert concept is not None and concept.id == "EV:mite_infestation", concept


# -- a drug class under another head noun, a condition's symptoms, a dosing frequency -------------------

@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("antiepileptic medicines", "EV:anticonvulsants"),  # "antiepileptic drugs"
        ("anti-nausea medicines", "EV:antiemetics"),  # "anti-nausea medication"
        ("blood pressure medicines", "EV:antihypertensives"),  # "blood pressure medication"
        ("anti-inflammatory painkillers", "EV:nsaids"),  # "anti-inflammatory drugs"
        ("twice-daily omeprazole", "EV:proton_pump_inhibitors"),
    ],
)
def test_a_drug_class_named_with_another_head_noun_or_a_dosing_frequency(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(("mention", "concept_id"), [("asthma symptoms", "HP:0002099"), ("psoriasis symptoms", "L40")])
def test_a_conditions_symptoms_name_the_condition(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


# -- a bare "ablation" is the ablation its page names --------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "concept_id"),
    [
        ("Radiofrequency ablation of the medial branch nerves can ease facet joint pain. We offer radiofrequency "
         "ablation for neck pain. Ablation relieves pain for about a year.\n", "EV:radiofrequency_ablation"),
        ("Catheter ablation can stop an abnormal heart rhythm. We offer catheter ablation for atrial flutter. "
         "Ablation relieves palpitations in most patients.\n", "EV:catheter_ablation"),
    ],
)
def test_a_bare_ablation_takes_the_ablation_its_page_names(nlp, text: str, concept_id: str) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    claims = [c for c in nlp(make_doc(nlp, text, "doc_ablation"))._.claims if c.type == "treatment"]
    bare = [c for c in claims if c.intervention.text == "Ablation"]
    assert bare and bare[0].intervention.concept.id == concept_id, [c.intervention for c in claims]


def test_a_bare_ablation_alone_is_the_general_procedure(linker: Linker) -> None:
    """Not the nearest specific one ("heart ablation" or "nerve ablation", whichever the index
    ranks first): a name that adds a site is narrower than the bare word."""
    concept = linker.link("ablation", types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == "EV:ablation", concept


# -- a condition written with words for its course ---------------------------------------------------------

@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("chronic tiredness", "HP:0012378"), ("recurrent hives", "HP:0001025"), ("chronic insomnia", "HP:0100785")],
)
def test_a_condition_with_course_words_falls_back_on_its_head(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    # the head's concept, below an exact name's score (by the sub-phrase factor, or by the ANN index's similarity when
    # it finds the head's own name near the mention)
    assert concept is not None and concept.id == concept_id and concept.score < 0.9, concept


@pytest.mark.parametrize(("mention", "concept_id"), [("chronic pain", "HP:0012532"), ("acute bronchitis", "HP:0012388")])
def test_an_exact_name_with_a_course_word_stays_whole(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and (concept.id, concept.score) == (concept_id, 1.0), concept


def test_a_finding_with_a_modifier_of_its_own_does_not_fall_back(linker: Linker) -> None:
    """"burning pain" is no plain pain: only course words let a condition's head stand alone."""
    concept = linker.link("burning pain", types=CONDITION_TYPES)
    assert concept is None or concept.id != "HP:0012531", concept


# -- a direction word written another way; an adjective in -e made a noun in -ity -------------------------

@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("high triglycerides", "HP:0002155"), ("elevated triglycerides", "HP:0002155"), ("obese", "HP:0001513")],
)
def test_a_direction_word_or_an_adjective_written_another_way(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id and concept.score < 1.0, concept


def test_direction_words_of_opposite_groups_never_meet(linker: Linker) -> None:
    """"low triglycerides" is no hypertriglyceridemia."""
    concept = linker.link("low triglycerides", types=CONDITION_TYPES)
    assert concept is None or concept.id != "HP:0002155", concept


def test_direction_groups_are_validated_on_load(tmp_path) -> None:  # noqa: ANN001
    import json
    from pathlib import Path

    from extract.linking.cues import LinkerCueError, load_linker_cues

    data = json.loads((Path(__file__).resolve().parents[2] / "extract" / "linking" / "data" / "linking.json").read_text("utf-8"))
    data["direction_synonyms"] = [["high", "raised"], ["low", "high"]]  # "high" in two groups
    bad = tmp_path / "linking.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LinkerCueError, match="direction synonyms"):
        load_linker_cues(str(bad))
