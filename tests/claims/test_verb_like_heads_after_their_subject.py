"""A verb-like intervention head ("drops", "block") used as the verb of its subject ("As the humidity drops, ...", "sebum
output gradually drops after ...", "the tear ducts block and ...") or in an everyday phrase ("a building block of",
"in small blocks") names no intervention (session 33, gen53, from the development gold of dev42, dev45, dev47 and
dev51). Eye drops and a nerve block stay treatments.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import treatment_texts


@pytest.mark.parametrize(
    "sentence",
    [
        "As the humidity drops, the skin on the hands can crack and bleed.",
        "In most adults sebum output gradually drops after middle age.",
        "When the lids swell, the tear ducts block and the eye waters.",
        "Collagen is a building block of tendons, so a tear heals slowly.",
        "She now paces her week in small blocks.",
    ],
)
def test_a_verb_like_head_after_its_subject_is_no_treatment(nlp, sentence: str) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, sentence)
    assert not any(f.endswith(("drops", "block", "blocks")) for f in found), found


def test_eye_drops_and_a_nerve_block_stay_treatments(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "Lubricating eye drops ease the soreness, and a nerve block can ease the pain after surgery.")
    assert any(f.endswith("eye drops") for f in found) and any(f.endswith("nerve block") for f in found), found
