"""Broad intervention vocabulary in the curated concepts: procedures, blood and immune therapies,
devices, manoeuvres and drug classes that HPO, ICD-10-CM and DrugBank do not name. Each mention
is written for these tests (lay and clinical names, UK and US spellings); the near misses check
that a new concept takes no name that already meant an older one."""

from __future__ import annotations

import pytest

from extract.linking.linker import INTERVENTION_TYPES, Linker


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("thymectomy", "EV:thymectomy"),
        ("removal of the thymus", "EV:thymectomy"),
        ("plasmapheresis", "EV:plasma_exchange"),
        ("therapeutic plasma exchange", "EV:plasma_exchange"),
        ("IVIG", "EV:ivig"),
        ("intravenous immunoglobulin", "EV:ivig"),
        ("corneal cross-linking", "EV:corneal_cross_linking"),
        ("CXL", "EV:corneal_cross_linking"),
        ("corneal graft", "EV:corneal_transplant"),
        ("keratoplasty", "EV:corneal_transplant"),
        ("per-oral endoscopic myotomy", "EV:peroral_endoscopic_myotomy"),
        ("Heller myotomy", "EV:heller_myotomy"),
        ("pneumatic dilatation", "EV:endoscopic_dilation"),
        ("balloon dilation", "EV:endoscopic_dilation"),
        ("hydrodistension", "EV:bladder_hydrodistension"),
        ("intravesical instillations", "EV:bladder_instillation"),
        ("joint aspiration", "EV:arthrocentesis"),
        ("Epley maneuver", "EV:epley_manoeuvre"),
        ("canalith repositioning manoeuvre", "EV:epley_manoeuvre"),
        ("metatarsal pads", "EV:metatarsal_pad"),
        ("implantable cardioverter-defibrillator", "EV:implantable_cardioverter_defibrillator"),
        ("gallbladder removal", "EV:cholecystectomy"),
        ("appendectomy", "EV:appendicectomy"),
        ("tonsil removal", "EV:tonsillectomy"),
        ("stem cell transplant", "EV:bone_marrow_transplant"),
        ("nasal douching", "EV:nasal_irrigation"),
        ("electroconvulsive therapy", "EV:electroconvulsive_therapy"),
        ("dialectical behaviour therapy", "EV:dialectical_behaviour_therapy"),
        ("morning-after pill", "EV:emergency_contraception"),
        ("stool softeners", "EV:laxatives"),
        ("JAK inhibitors", "EV:jak_inhibitors"),
        ("negative pressure wound therapy", "EV:negative_pressure_wound_therapy"),
    ],
)
def test_new_interventions_link_from_lay_and_clinical_names(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        # names an older, broader concept already owned: the new concepts must not take them
        ("ERCP", "EV:endoscopy"),
        ("low molecular weight heparin", "EV:anticoagulants"),
        ("sacral nerve stimulation", "EV:neuromodulation"),
        ("incision and drainage", "EV:abscess_drainage"),
        ("allergen immunotherapy", "EV:immunotherapy"),
        ("sublingual immunotherapy", "EV:immunotherapy"),
        ("IV fluids", "EV:intravenous_infusion"),
        ("fasciotomy", "EV:tendon_release"),
        ("needle fasciotomy", "EV:tendon_release"),
        ("kidney transplant", "EV:organ_transplant"),
        ("night splint", "EV:splint"),
        ("knee replacement", "EV:total_knee_replacement"),
        ("rituximab", "DB00073"),
        ("itraconazole", "DB01167"),
        ("tranexamic acid", "DB00302"),
    ],
)
def test_near_misses_keep_their_older_concepts(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(("mention", "not_id"), [("cart", "EV:car_t_cell_therapy"), ("dietitian", "EV:nutritional_support")])
def test_everyday_words_do_not_link_to_a_new_concept(linker: Linker, mention: str, not_id: str) -> None:
    concept = linker.link(mention, types=INTERVENTION_TYPES)
    assert concept is None or concept.id != not_id, concept
