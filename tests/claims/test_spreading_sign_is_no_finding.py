"""A sign seen on the skin that spreads ("The rash can spread to the mouth, scalp and nappy area", "the redness and
swelling spread to your face or neck") changes, and names no finding of its own (CLAIMS_SPEC.md: "how a sign changes
('is getting bigger') is none"), while a pain that spreads says where it is felt ("The pain may spread to the groin").
Session 29, gen41, from dev29's chickenpox handout and dev46's swimmer's ear leaflet; redness and swelling join the
finding places (relations.json 0.4.123), whose words the spreading-pain rule now reads from the cues too.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def _symptoms(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Hand, foot and mouth disease\n\n" + text + "\n", "doc_spreading_sign"))
    return [c.symptom.text for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize("sentence", ["The rash can spread to the buttocks and legs.", "The redness and swelling may spread to the cheek."])
def test_a_spreading_sign_is_no_finding(nlp, sentence) -> None:  # noqa: ANN001
    assert not any(s.startswith("spread") for s in _symptoms(nlp, sentence))


def test_a_spreading_pain_stays_a_finding(nlp) -> None:  # noqa: ANN001
    assert "spread to the ear" in _symptoms(nlp, "The throat pain may spread to the ear.")
