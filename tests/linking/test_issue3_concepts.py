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
