"""Ties between vocabularies: the concept whose own name a mention writes wins over one that
lists the mention as a synonym, for disorders; HPO keeps the symptoms."""

from __future__ import annotations

import pytest

from extract.linking.linker import CONDITION_TYPES, Linker


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        # ICD-10-CM disorders named as written; HPO lists the name as a synonym of a broader or
        # neighbouring phenotype (Compulsive behaviors, Congenital diaphragmatic hernia, Torticollis)
        ("obsessive-compulsive disorder", "F42"),
        ("diaphragmatic hernia", "K44"),
        ("spasmodic torticollis", "G24.3"),
        ("overactive bladder", "N32.81"),
    ],
)
def test_a_disorder_named_as_written_beats_a_synonym(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("shortness of breath", "HP:0002094"),  # R06.02's name, HPO's Dyspnea: a symptom stays HPO's
        ("asthma", "HP:0002099"),  # both vocabularies' own name: the vocabulary order decides
        ("heartburn", "HP:0002020"),
    ],
)
def test_hpo_keeps_symptoms_and_shared_names(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize(
    ("mention", "types", "concept_id"),
    [
        # a course, novelty or seriousness modifier before a name changes no concept
        ("unexplained dizziness", CONDITION_TYPES, "HP:0002321"),
        ("long-standing heartburn", CONDITION_TYPES, "HP:0002020"),
        ("lasting fatigue", CONDITION_TYPES, "HP:0012378"),
        ("newest antihistamines", ("drug", "therapy"), "EV:antihistamines"),
        ("elective knee replacement", ("procedure",), "EV:total_knee_replacement"),
    ],
)
def test_course_and_novelty_modifiers_lead_a_name(linker: Linker, mention: str, types: tuple, concept_id: str) -> None:
    concept = linker.link(mention, types=types)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize("mention", ["chronic pain", "acute pancreatitis", "acute bronchitis"])
def test_modifiers_that_make_a_concept_are_not_leading_words(linker: Linker, mention: str) -> None:
    """"Chronic" and "acute" name concepts of their own (Chronic pain, Acute
    pancreatitis): they are no leading words, and the name stays whole."""
    from extract.linking.cues import load_linker_cues

    assert mention.split()[0] not in load_linker_cues().leading_words
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.score >= 0.99 and mention.split()[0] in concept.name.lower(), concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("varicocele surgery", "EV:surgery"),
        ("resistance exercises", "EV:exercise"),
        ("night-time brace", "EV:orthopedic_brace"),
        ("meningococcal vaccine", "EV:vaccination"),
    ],
)
def test_a_modified_intervention_links_to_its_kind_by_its_head(linker: Linker, mention: str, concept_id: str) -> None:
    """With no name of its own, a mention whose head noun names a kind of intervention links to
    that kind, below the score at which the claim finder takes a phrase for a known
    intervention (0.8): the head says what kind it is, not which one."""
    from extract.claims.component import INTERVENTION_SCORE

    concept = linker.link(mention, types=("procedure", "drug", "therapy", "device", "behavior"))
    assert concept is not None and concept.id == concept_id, concept
    assert concept.score < INTERVENTION_SCORE


@pytest.mark.parametrize(
    ("mention", "types", "not_id"),
    [
        ("throbbing ache", CONDITION_TYPES, None),  # a finding's head does not stand for the finding
        ("blood thinning medication", ("drug", "therapy", "procedure"), "EV:medication"),  # nor a drug word for a class
    ],
)
def test_only_intervention_heads_stand_for_their_kind(linker: Linker, mention: str, types: tuple, not_id) -> None:
    concept = linker.link(mention, types=types)
    assert concept is None or (not_id is not None and concept.id != not_id), concept


@pytest.mark.parametrize(
    ("mention", "concept_id"),
    [
        ("vitiligo disease", "HP:0001045"),  # "disease" after a name that is no exact name is dropped
        ("dry mouth disease", "HP:0000217"),
        ("hidradenitis suppurativa disease", "L73.2"),  # the disorder's own name, not HPO's Acne inversa
        ("heart disease", "I51.9"),  # an exact name keeps its "disease"
        ("thyroid disease", "HP:0000820"),
    ],
)
def test_disease_after_a_name_is_dropped_like_an_episode_word(linker: Linker, mention: str, concept_id: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == concept_id, concept


@pytest.mark.parametrize("mention", ["older people", "elderly people", "old age"])
def test_plain_names_of_ageing_link_to_it(linker: Linker, mention: str) -> None:
    """"Older people", the plain name pages give age as a risk factor, is Aging (a curated
    concept), as "older adults" was."""
    concept = linker.link(mention, types=("finding", "disorder", "behavior"))
    assert concept is not None and concept.id == "EV:aging", concept
