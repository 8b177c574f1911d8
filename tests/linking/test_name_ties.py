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
