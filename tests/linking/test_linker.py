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
