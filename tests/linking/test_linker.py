"""The linker on the full knowledge base: the mentions the claim extractors meet."""

from __future__ import annotations

import pytest

from extract.linking.linker import CONDITION_TYPES, INTERVENTION_TYPES, Linker

FBSS = "EV:failed_back_surgery_syndrome"


@pytest.mark.parametrize("mention", ["post-laminectomy syndrome", "failed back surgery syndrome", "FBSS",
                                     "Postlaminectomy syndrome", "post laminectomy syndrome", "failed back syndrome"])
def test_fbss_names_link_to_one_concept(linker: Linker, mention: str) -> None:
    concept = linker.link(mention)
    assert concept is not None and concept.id == FBSS
    assert concept.vocabulary == "EV" and concept.score == 1.0


def test_fbss_relates_to_the_icd_code(linker: Linker) -> None:
    assert "M96.1" in linker.related(FBSS)
    # and the ICD code it beat is among the candidates of the ICD wording
    concept = linker.link("post-laminectomy syndrome")
    assert "M96.1" in [c.id for c in concept.candidates]


def test_sciatica_links_to_hpo_with_icd_alongside(linker: Linker) -> None:
    concept = linker.link("sciatica")
    assert concept.id == "HP:0011868" and concept.name == "Sciatica"
    assert concept.candidates[0].id == "M54.3" and concept.candidates[0].score == 1.0


@pytest.mark.parametrize(
    ("mention", "hpo_id", "name"),
    [
        ("allodynia", "HP:0012533", "Allodynia"),
        ("hyperalgesia", "HP:0012534", "Dysesthesia"),  # an exact synonym in HPO 2025-01-16
        ("neuropathic pain", "HP:6000040", "Neuropathic pain"),  # under "Pain characteristic"
        ("Allodynia.", "HP:0012533", "Allodynia"),
        ("leg pain", "HP:0012514", "Lower limb pain"),
    ],
)
def test_pain_findings_link_to_hpo(linker: Linker, mention: str, hpo_id: str, name: str) -> None:
    concept = linker.link(mention)
    assert (concept.id, concept.vocabulary, concept.name) == (hpo_id, "HPO", name)


def test_scar_tissue_near_nerve_roots_is_epidural_fibrosis(linker: Linker) -> None:
    sentence = "Scar tissue can form around the nerve roots after back surgery and cause leg pain."
    concept = linker.link("scar tissue", context=sentence)
    assert concept.id == "EV:epidural_fibrosis"
    assert "HP:0100699" in [c.id for c in concept.candidates]


def test_scar_tissue_elsewhere_is_skin_scarring(linker: Linker) -> None:
    assert linker.link("scar tissue").id == "HP:0100699"
    sentence = "A burn can heal with thick scar tissue on the skin."
    assert linker.link("scar tissue", context=sentence).id == "HP:0100699"


def test_context_does_not_override_a_clear_winner(linker: Linker) -> None:
    # only near-ties are re-ranked: an exact name stays linked whatever the sentence says
    sentence = "Epidural fibrosis and scar tissue around the nerve roots are common."
    assert linker.link("sciatica", context=sentence).id == "HP:0011868"


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("spinal cord stimulator", "EV:spinal_cord_stimulation"),
        ("spinal cord stimulators", "EV:spinal_cord_stimulation"),
        ("SCS", "EV:spinal_cord_stimulation"),
        ("epidural steroid injections", "EV:epidural_steroid_injection"),
        ("radiofrequency ablation", "EV:radiofrequency_ablation"),
        ("physical therapy", "EV:physical_therapy"),
        ("PRP injections", "EV:platelet_rich_plasma"),
        ("the spinal cord stimulator", "EV:spinal_cord_stimulation"),
        ("NSAIDs", "EV:nsaids"),
        ("total knee replacement", "EV:total_knee_replacement"),
        ("carpal tunnel release", "EV:carpal_tunnel_release"),
        ("CGRP monoclonal antibodies", "EV:cgrp_monoclonal_antibodies"),
    ],
)
def test_interventions_link_to_curated_concepts(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == concept_id
    assert linker.link(mention).id == concept_id  # the same without a type restriction


@pytest.mark.parametrize("mention", ["the", "call our office", "", "   ", "12%", "the procedure", "our surgeons",
                                     "learn more", "treatment options"])
def test_junk_links_to_nothing(linker: Linker, mention: str) -> None:
    assert linker.link(mention) is None


def test_typos_and_rewordings_go_through_the_ann_index(linker: Linker) -> None:
    concept = linker.link("radiofrequncy ablation")
    assert concept.id == "EV:radiofrequency_ablation" and 0.7 <= concept.score < 1.0
    assert concept.alias == "radiofrequency ablation"
    assert len(concept.candidates) == 5
    assert all(c.score <= concept.score for c in concept.candidates)


def test_types_restrict_the_candidates(linker: Linker) -> None:
    # "weight loss" is a lifestyle change (curated, behavior) and an HPO finding
    assert linker.link("weight loss").id == "EV:weight_loss"
    assert linker.link("weight loss", types=CONDITION_TYPES).id == "HP:0001824"
    assert linker.link("sciatica", types=INTERVENTION_TYPES) is None
    with pytest.raises(ValueError, match="unknown concept types"):
        linker.link("sciatica", types=["symptom"])


def test_results_are_cached_per_mention_and_types(linker: Linker) -> None:
    first = linker.candidates("numbness in the legs")
    assert linker.candidates("numbness in the legs") is first
    assert linker.candidates("numbness in the legs", types=CONDITION_TYPES) is not first


def test_concept_records_validate(linker: Linker) -> None:
    from extract.records.models import Concept

    concept = linker.link("post-laminectomy syndrome")
    assert Concept.model_validate(concept.model_dump()) == concept
    assert concept.alias == "post-laminectomy syndrome"


def test_get_linker_is_loaded_once_per_process(kb_dir) -> None:
    from extract.linking.linker import get_linker

    assert get_linker(kb_dir) is get_linker(kb_dir)
    assert get_linker(kb_dir).link("FBSS").id == FBSS


def test_link_many_matches_link_one_by_one(linker: Linker) -> None:
    mentions = ["FBSS", "radiofrequncy ablation", "call our office", "scar tissue", "spinal cord stimulaters", "the"]
    contexts = [None, None, None, "scar tissue around the nerve roots", None, None]
    batch = linker.link_many(mentions, contexts=contexts)
    single = [linker.link(m, context=c) for m, c in zip(mentions, contexts)]
    assert batch == single
    assert [c.id if c else None for c in batch] == [
        FBSS, "EV:radiofrequency_ablation", None, "EV:epidural_fibrosis", "EV:spinal_cord_stimulation", None
    ]


# -- variants, modifiers, sub-phrases and abbreviations (pure functions) -----------------------


@pytest.mark.parametrize(
    ("key", "expected"),
    [("nerve block", "nerve blocks"), ("therapy", "therapies"), ("diagnosis", "diagnoses"), ("stretch", "stretches"),
     ("injections", None), ("ct", None)],
)
def test_plural_of_the_last_word(key: str, expected) -> None:
    from extract.linking.linker import plural

    assert plural(key) == expected


def test_leading_words_are_stripped_one_after_the_other() -> None:
    from extract.linking.linker import strip_all_leading

    leading = frozenset({"the", "other", "effective"})
    assert strip_all_leading("the other effective medications", leading) == [
        "other effective medications", "effective medications", "medications"
    ]
    assert strip_all_leading("effective", leading) == []


def test_sub_phrases_try_the_head_before_a_preposition_then_the_longest() -> None:
    from extract.linking.linker import sub_phrases

    def phrases(text: str) -> list[str]:
        words = text.split()
        return [" ".join(words[a:i] + words[j:b]) for a, i, j, b in sub_phrases(words, frozenset({"a", "and", "the"}))]

    found = phrases("injections into the knee")
    assert found.index("injections") < found.index("knee")  # the head comes before the preposition
    found = phrases("primary injury to the nerve")
    assert found.index("injury to the nerve") < found.index("injury") < found.index("nerve")
    found = phrases("surgeon treats a herniated disk")
    assert found[:2] == ["treats a herniated disk", "surgeon treats a herniated"]  # longest, rightmost first
    assert found.index("herniated disk") < found.index("disk") < found.index("herniated")
    assert "chronic pain" in phrases("chronic spine pain")  # a gap of one or more words
    assert "pain numbness" not in phrases("pain without numbness")  # never across a negation
    assert sub_phrases(["pain"], frozenset()) == []


def test_abbreviations_expand_whole_words() -> None:
    from extract.linking.linker import expand_abbreviations

    abbreviations = {"CTR": "carpal tunnel release", "HA": "hyaluronic acid"}
    assert expand_abbreviations("open CTR", abbreviations) == "open carpal tunnel release"
    assert expand_abbreviations("CTRs", abbreviations) == "carpal tunnel releases"
    assert expand_abbreviations("HAND", abbreviations) == "HAND"


# -- the same on the full knowledge base -----------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("spinal implant", "EV:spinal_hardware"),  # only the plural is a name
        ("epidural nerve blocks", "EV:epidural_steroid_injection"),  # only the singular is a name
        ("physical therapy programs", "EV:physical_therapy"),
    ],
)
def test_plural_and_singular_forms_find_the_exact_name(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention)
    assert concept.id == concept_id and concept.score == 0.99


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("Successful spine surgery", "EV:spine_surgery"),
        ("other effective medications", "EV:medication"),
        ("previous knee injuries", "EV:knee_injury"),
        ("Botox®", "EV:botulinum_toxin_injection"),
    ],
)
def test_leading_modifiers_are_dropped(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention)
    assert concept.id == concept_id and concept.score >= 0.99


def test_modifiers_of_a_generic_noun_leave_nothing_to_link(linker: Linker) -> None:
    assert linker.link("effective treatments") is None
    assert linker.link("more information") is None


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("surgeon treats a herniated disk", "EV:disc_herniation"),
        ("30% to 40% of people with migraine", "HP:0002076"),
        ("injections into the knee joint", "EV:injection_therapy"),
        ("chronic spine pain usually", "HP:0012532"),  # "chronic [spine] pain"
        ("nerve blocks deposit anti-inflammatory corticosteroids", "EV:nerve_block"),
        ("shown PRP", "EV:platelet_rich_plasma"),
    ],
)
def test_sub_phrase_backoff(linker: Linker, mention: str, concept_id: str) -> None:
    from extract.linking.linker import SUBPHRASE_FACTOR

    concept = linker.link(mention)
    assert concept is not None and concept.id == concept_id
    assert concept.score <= SUBPHRASE_FACTOR < 0.8  # never a "known" intervention for the claim finder


def test_sub_phrase_backoff_needs_capitals_for_a_short_word(linker: Linker) -> None:
    assert linker.link("shown prp") is None


def test_a_close_ann_match_beats_a_sub_phrase(linker: Linker) -> None:
    # "ablation" and "back surgery" are names too, but the whole mention is nearly an alias
    assert linker.link("radiofrequncy ablation").id == "EV:radiofrequency_ablation"
    assert linker.link("revision back surgery").id == "EV:revision_surgery"


def test_mention_words_the_alias_explains_break_near_ties(linker: Linker) -> None:
    assert linker.link("pseudoarthrosis after fusion").id == "EV:pseudarthrosis"


def test_context_does_not_override_an_exact_match(linker: Linker) -> None:
    # the sentence is about fusion and its failure; the mention is an exact name of FBSS
    sentence = "FBSS is likely to occur when spinal fusion fails due to an inaccurate diagnosis."
    assert linker.link("FBSS", context=sentence).id == FBSS
    assert linker.link("inaccurate diagnosis", context=sentence).id == "EV:misdiagnosis"


def test_document_abbreviations_expand_a_mention(linker: Linker) -> None:
    abbreviations = {"HA": "hyaluronic acid", "CTR": "carpal tunnel release", "SCS": "spinal cord stimulation"}
    assert linker.link("HA") is None
    assert linker.link("HA", abbreviations=abbreviations).id == "EV:hyaluronic_acid_injection"
    assert linker.link("Open CTR", abbreviations=abbreviations).id == "EV:carpal_tunnel_release"
    assert linker.link("SCS", abbreviations=abbreviations).id == "EV:spinal_cord_stimulation"
    batch = linker.link_many(["HA", "open CTR"], abbreviations=abbreviations)
    assert [c.id for c in batch] == ["EV:hyaluronic_acid_injection", "EV:carpal_tunnel_release"]


def test_a_short_form_links_as_its_long_form_in_american_spelling(linker: Linker) -> None:
    # the page spells the long form the British way; the vocabulary has the American name only
    abbreviations = {"GAD": "generalised anxiety disorder", "OA": "osteoarthritis"}
    assert linker.link("GAD", abbreviations=abbreviations).id == "F41.1"
    assert linker.link("GAD", abbreviations=abbreviations, min_score=0.9).id == "F41.1"


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("myofascial pain", "EV:myofascial_pain_syndrome"),
        ("neurological deficits", "EV:neurological_deficit"),
        ("pulsed radiofrequency", "EV:pulsed_radiofrequency"),  # not an ablation
        ("prolotherapy", "EV:prolotherapy"),
        ("nerve damage", "EV:nerve_injury"),
        ("aura", "EV:migraine_aura"),
    ],
)
def test_common_concepts_of_the_curated_vocabulary(linker: Linker, mention: str, concept_id: str) -> None:
    assert linker.link(mention).id == concept_id


# -- issue 3: role-aware linking and structural errors ------------------------------------------


@pytest.mark.parametrize(
    ("mention", "alias", "swapped"),
    [
        ("microscopic tears", "microscopic colitis", True),
        ("cancer treatment", "pain treatment", True),
        ("radiofrequncy ablation", "radiofrequency ablation", False),  # a typo
        ("steroid injection therapy", "steroid injection", False),  # an extra word
        ("lumbar disc herniations", "lumbar disc herniation", False),  # an inflection
    ],
)
def test_word_substitution(mention: str, alias: str, swapped: bool) -> None:
    from extract.linking.linker import word_substitution

    assert word_substitution(mention, alias, frozenset({"the", "of"})) is swapped


def test_a_near_name_that_swaps_a_word_does_not_link(linker: Linker) -> None:
    """Character 3-grams put "microscopic tears" next to "microscopic colitis": a different
    condition, not a misspelling of it; it stays a runner-up candidate only."""
    # "microscopic tears" is now a curated name of Tendon injury: never microscopic colitis
    assert linker.link("microscopic tears", types=CONDITION_TYPES).id == "EV:tendon_injury"
    assert linker.link("microscopic rips", types=CONDITION_TYPES) is None or \
        linker.link("microscopic rips", types=CONDITION_TYPES).id != "K52.83"
    assert linker.link("tiny muscle tears", types=CONDITION_TYPES) is None or \
        linker.link("tiny muscle tears", types=CONDITION_TYPES).id != "K52.83"
    assert any(c.id == "K52.83" for c in linker.lookup("microscopic tears", k=10))


@pytest.mark.parametrize("mention", ["cancer treatment", "asthma treatment", "kidney problems", "diabetes care team"])
def test_the_modifier_of_a_generic_head_is_not_what_a_mention_names(linker: Linker, mention: str) -> None:
    """"cancer treatment" is no cancer, "kidney problems" no kidney: the sub-phrase backoff does
    not fall back on the words before a generic head noun."""
    concept = linker.link(mention)
    assert concept is None or concept.id not in {"HP:0002664", "J45", "J45.909", "HP:0002099", "EV:kidney", "E11"}


def test_the_complement_of_a_generic_head_still_links(linker: Linker) -> None:
    concept = linker.link("patients with asthma", types=CONDITION_TYPES)
    assert concept is not None and concept.id in {"HP:0002099", "J45", "J45.909"}


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("herpes zoster (shingles)", "B02"), ("Herpes zoster (shingles", "B02"),
     ("Dorsal root ganglion (DRG) stimulation", "EV:dorsal_root_ganglion_stimulation")],
)
def test_parentheticals_are_left_out_when_the_mention_is_no_name(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("antiviral tablets", "EV:antivirals"), ("antiviral pills", "EV:antivirals"),
     ("high-dose steroids", "EV:corticosteroids"), ("low-dose steroid tablets", "EV:corticosteroids")],
)
def test_dosage_forms_and_doses_are_dropped(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


def test_a_dosage_form_alone_names_nothing(linker: Linker) -> None:
    assert linker.link("tablets", types=INTERVENTION_TYPES) is None


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("needing to pass urine during the night", "HP:0000017"), ("pauses in breathing", "HP:0002104"),
     ("feeling very sleepy during the day", "HP:0001262"), ("loud snoring", "HP:0025372"),
     ("high arches", "HP:0001761")],
)
def test_symptom_phrasings_of_a_sleep_page_link_to_hpo(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("home stretching programs", "EV:stretching"), ("a stretching program for the calves", "EV:stretching")],
)
def test_an_intervention_before_a_generic_head_is_what_the_phrase_names(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize("mention", ["get better without surgery", "managed with no medication", "recover without antibiotics"])
def test_nothing_after_a_negation_is_what_a_mention_names(linker: Linker, mention: str) -> None:
    """"without surgery" names no surgery: the sub-phrase backoff stops at a negation."""
    assert linker.link(mention, types=INTERVENTION_TYPES) is None


# -- concept accuracy: reordered near names, verb-first lay names, one name in two vocabularies --


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("hypermobility of the vertebrae", "EV:spinal_instability"), ("hypermobility of the spine", "EV:spinal_instability")],
)
def test_a_complement_put_first_finds_a_near_name(linker: Linker, mention: str, concept_id: str) -> None:
    """"hypermobility of the vertebrae" is no exact name and no near one as written; put the
    right way round it is near "vertebral hypermobility" (spinal instability), not the
    vertebrae its complement names."""
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


def test_a_reordered_near_name_must_hold_the_head(linker: Linker) -> None:
    """The reordered reading links only to a neighbour that keeps the head of the mention: a
    near name of the complement alone is what the sub-phrase backoff decides, not this."""
    from extract.linking.linker import _same_word

    found = linker._reordered_ann("abnormal sensitization of the spinal nerves", None)
    assert found and all(any(_same_word("sensitization", w) for w in s.alias.split()) for s in found)
    assert not {"spinal", "spinal nerve", "spinal nerves"} & {s.alias for s in found}


@pytest.mark.parametrize(
    ("verb", "form"), [("feel", "feeling"), ("be", "being"), ("take", "taking"), ("see", "seeing"), ("run", "running")]
)
def test_gerund(verb: str, form: str) -> None:
    from extract.linking.linker import gerund

    assert gerund(verb) == form


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("feel sick", "HP:0002018"), ("be sick", "HP:0002013"), ("feel tired", "HP:0012378"), ("you feel sick", "HP:0002018")],
)
def test_a_verb_first_lay_name_is_its_ing_form(linker: Linker, mention: str, concept_id: str) -> None:
    """A leaflet's "you may feel sick" names what its "feeling sick" names (nausea)."""
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


def test_one_name_in_two_vocabularies_keeps_the_vocabulary_order(linker: Linker) -> None:
    """"binge drinking" is a curated concept and an HPO term by the same name: the sentence does
    not choose between them by the length of their definitions; the curated one comes first."""
    sentence = "Binge drinking, a pattern of heavy episodic alcohol intake, can trigger atrial fibrillation."
    assert linker.link("binge drinking", context=sentence).id == "EV:binge_drinking"


def test_inn_spellings_of_antivirals(linker: Linker) -> None:
    assert linker.link("aciclovir", types=INTERVENTION_TYPES).id == "EV:antivirals"
    assert linker.link("valaciclovir", types=INTERVENTION_TYPES).id == "EV:antivirals"


@pytest.mark.parametrize(
    ("key", "other"),
    [
        ("down's syndrome", "down syndrome"),
        ("graves' disease", "graves disease"),
        ("parkinson disease", "parkinson's disease"),
        ("graves disease", "graves' disease"),
        ("crohn's disease of the ileum", "crohn disease of the ileum"),
        ("sjögren's syndrome", "sjögren syndrome"),  # an eponym's letters need not be ASCII (session 30)
        ("behçet's disease", "behçet disease"),
        ("pain", None),  # one word: no possessive to add
        ("it's worse", None),  # not a possessive
        ("a b c d e", None),  # too long to be an eponym's name
    ],
)
def test_eponym_possessive_either_way(key: str, other: str | None) -> None:
    from extract.linking.linker import eponym

    assert eponym(key) == other


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [("Down's syndrome", "Q90"), ("Parkinson disease", "G20"), ("Sjögren's syndrome", "M35.0")],
)
def test_an_eponym_links_whichever_way_its_possessive_is_written(linker: Linker, mention: str, concept_id: str) -> None:
    """ICD-10-CM writes "Down syndrome" and "Parkinson's disease"; pages write both either way.
    Before, "Down's syndrome" fell to its character-3-gram neighbour "Brown's sheath syndrome"
    and "Parkinson disease" to "Parkinsonism"."""
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(("mention", "concept_id"), [("Crohn's disease", "HP:0100280"), ("ulcerative colitis", "HP:0100279"), ("IBD", "EV:inflammatory_bowel_disease")])
def test_a_kind_of_a_disease_is_not_its_umbrella_term(linker: Linker, mention: str, concept_id: str) -> None:
    """Crohn's disease and ulcerative colitis are the two kinds of inflammatory bowel disease, not
    its synonyms: a tool joining on concepts must not merge claims about one with the other."""
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


def test_the_sentence_does_not_choose_between_two_vocabularies_names_of_one_thing(linker) -> None:  # noqa: ANN001
    """"fever" is HPO's Fever and ICD-10-CM's "Fever, unspecified"; "Meniere's disease" is H81.0
    and its subdivisions by ear: a sentence that shares words with the longer description ("chills",
    "ear") picks no other concept; a curated name that holds in some contexts still does."""
    from extract.linking.linker import CONDITION_TYPES

    assert linker.link("fever", CONDITION_TYPES, "Symptoms include a fever with chills and sweats.").id == "HP:0001945"
    assert linker.link("Meniere's disease", CONDITION_TYPES, "Meniere's disease affects the inner ear.").id == "H81.0"
    assert linker.link("scar tissue", None, "scar tissue around the nerve roots").id == "EV:epidural_fibrosis"


def test_a_names_tags_are_found_by_its_phrase_or_its_compact_key(linker: Linker) -> None:
    from extract.linking.normalize import compact

    tags = linker.name_tags("failed back surgery syndrome")
    assert tags and all(t.split(":")[0] in {"HPO", "ICD-10-CM", "EV"} for t in tags)
    for phrase in ("failed back surgery syndrome", "sciatica", "post-laminectomy syndrome", "not a name at all"):
        assert linker.key_name_tags(compact(phrase)) == linker.name_tags(phrase)
    assert linker.name_tags("not a name at all") == frozenset()


def test_a_short_form_the_document_defines_means_what_the_document_says(linker: Linker) -> None:
    # "CP" and "RA" name other concepts as written; a page on chronic pancreatitis that writes "chronic
    # pancreatitis (CP)" means its own long form, as one on refractory anaemia means "refractory anaemia (RA)"
    assert linker.link("CP").id == "HP:0100021"  # cerebral palsy, as written
    assert linker.link("CP", abbreviations={"CP": "chronic pancreatitis"}).id == "HP:0006280"
    assert linker.link("RA", abbreviations={"RA": "refractory anaemia"}).id == "HP:0005505"
    assert linker.link("CP", abbreviations={"CP": "cerebral palsy"}).id == "HP:0100021"  # the same meaning either way
