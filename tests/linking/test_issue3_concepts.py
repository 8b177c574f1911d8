"""Issue 3: concept accuracy of claim arguments. Each mention below is written for these tests
(none is copied from a corpus); each asserts the concept a reader means by it."""

from __future__ import annotations

import pytest

from extract.linking.linker import CONDITION_TYPES, INTERVENTION_TYPES, Linker


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        # the nerve pain that outlasts shingles is coded B02.29, not the trigeminal B02.22
        ("postherpetic neuralgia", "B02.29"),
        ("Post-herpetic neuralgia", "B02.29"),
        ("nerve pain after shingles", "B02.29"),
        ("shingles", "B02"),
    ],
)
def test_postherpetic_neuralgia_links_to_its_own_code(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


def test_trigeminal_postherpetic_neuralgia_keeps_its_narrower_code(linker: Linker) -> None:
    concept = linker.link("postherpetic trigeminal neuralgia", types=CONDITION_TYPES)
    assert concept is not None and concept.id == "B02.22", concept


# -- curated concepts for common treatments, tests, exposures and findings -------------------------


@pytest.mark.parametrize(
    ("mention", "types", "concept_id"),
    [
        ("DC cardioversion", INTERVENTION_TYPES, "EV:electrical_cardioversion"),
        ("cardiac ablation", INTERVENTION_TYPES, "EV:catheter_ablation"),
        ("pulmonary vein isolation", INTERVENTION_TYPES, "EV:catheter_ablation"),
        ("antiarrhythmic drugs", INTERVENTION_TYPES, "EV:antiarrhythmic_drug"),
        ("a Watchman device", INTERVENTION_TYPES, "EV:left_atrial_appendage_closure"),
        ("steroid ointments", INTERVENTION_TYPES, "EV:topical_corticosteroid"),
        ("emollients", INTERVENTION_TYPES, "EV:moisturizer"),
        ("NB-UVB", INTERVENTION_TYPES, "EV:narrowband_uvb_phototherapy"),
        ("laparoscopic fundoplication", INTERVENTION_TYPES, "EV:nissen_fundoplication"),
        ("total thyroidectomy", INTERVENTION_TYPES, "EV:thyroidectomy"),
        ("radioiodine therapy", INTERVENTION_TYPES, "EV:radioactive_iodine_therapy"),
        ("a TSH blood test", INTERVENTION_TYPES, "EV:thyroid_function_test"),
        ("an A1C test", INTERVENTION_TYPES, "EV:hba1c_test"),
        ("urate-lowering medicines", INTERVENTION_TYPES, "EV:urate_lowering_therapy"),
        ("Cosentyx", INTERVENTION_TYPES, "EV:secukinumab"),
        ("calcipotriol", INTERVENTION_TYPES, "EV:calcipotriene"),
        ("behavioural activation", INTERVENTION_TYPES, "EV:behavioral_activation"),
    ],
)
def test_common_treatments_and_tests_link_to_curated_concepts(linker: Linker, mention: str, types, concept_id: str) -> None:
    concept = linker.link(mention, types=types)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("fizzy drinks", "EV:sugar_sweetened_beverage"),
        ("binge-drinking", "EV:binge_drinking"),
        ("foods high in purines", "EV:purine_rich_food"),
        ("eating late at night", "EV:late_evening_meal"),
        ("missed doses", "EV:medication_nonadherence"),
        ("exposure to sunlight", "EV:sunlight_exposure"),
        ("autoimmune disorders", "EV:autoimmune_disease"),
        ("lack of iodine", "EV:iodine_deficiency"),
    ],
)
def test_common_exposures_link_to_curated_concepts(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=("behavior", "disorder", "finding"))
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("a lump in the throat", "EV:globus_sensation"),
        ("acid regurgitation", "EV:regurgitation"),
        ("a burning feeling", "EV:burning_sensation"),
        ("tender joints", "EV:joint_tenderness"),
        ("infections", "EV:infection"),  # not a tapeworm infection (B71.9), as the letters suggested
        ("decline in lung function", "EV:lung_function_decline"),
    ],
)
def test_common_findings_link_to_curated_concepts(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("mention", "not_id"),
    [
        ("triple therapy for H. pylori", "EV:triple_inhaler_therapy"),  # no inhaler named
        ("ablation of the endometrium", "EV:catheter_ablation"),
        ("skin", "EV:skin_injury"),
        ("the thyroid", "EV:thyroidectomy"),
    ],
)
def test_names_that_only_share_words_do_not_link_to_them(linker: Linker, mention: str, not_id: str) -> None:
    concept = linker.link(mention)
    assert concept is None or concept.id != not_id, concept


# -- pain of a part of a site is pain of the site ---------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("pain at the back of the knee", "HP:0030839"),  # knee pain
        ("pain on the outer side of the ankle", "HP:0030840"),  # ankle pain
        ("Pain and stiffness on the outer part of the hip", "HP:0030838"),  # hip pain, through its first conjunct
        ("pain in the lower part of the back", "HP:0003419"),  # low back pain: "lower" stays
        ("pain on the inside of the wrist", "HP:0030836"),  # wrist pain
    ],
)
def test_pain_on_a_part_of_a_site_is_pain_of_the_site(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("key", "reordered"),
    [
        ("pain in the back", "back pain"),  # "back" is the site here, no part of one
        ("injury to the nerve", "nerve injury"),
        ("pain on the side of the neck", "neck pain"),
        ("swelling at the base of the thumb", "thumb swelling"),
        ("pain in the lower part of the leg", "lower leg pain"),
    ],
)
def test_reorder_drops_the_part_of_a_site(key: str, reordered: str) -> None:
    from extract.linking.linker import reorder

    assert reorder(key) == reordered


# -- lay names of common findings, and course modifiers ------------------------------------------


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("radicular symptoms", "M54.1"),  # the symptoms of a pinched nerve root
        ("nerve pain", "HP:6000040"),
        ("spine problems", "HP:0000925"),
        ("hip pathology", "HP:0001384"),
        # a course or severity modifier does not change the concept
        ("heightened pain", "HP:0012531"),
        ("persistent cough", "R05.3"),  # a name as written wins: chronic cough
        ("intense itching", "HP:0000989"),
        ("sudden vertigo", "HP:0002321"),
    ],
)
def test_lay_names_and_course_modifiers(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


def test_a_direction_word_is_no_course_modifier(linker: Linker) -> None:
    """"increased thirst" is no thirst, "increased appetite" no appetite: the direction stays."""
    for mention in ("increased appetite", "increased thirst"):
        concept = linker.link(mention, types=CONDITION_TYPES)
        assert concept is None or concept.name.lower() not in {"appetite", "thirst"}, concept
