"""What the condition, its pain or a part of the body feels like, told as a likeness, is a symptom claim: "It felt like
being stabbed every time I breathed in", "my left ear felt like it was full of water", "It was like being hit in the
face with a cattle prod" (CLAIMS_SPEC.md: first-person accounts state symptoms like any other text). Session 29, gen41,
from the first-sight pages of dev46 (pleurisy), dev34 (Meniere's disease) and dev17 (trigeminal neuralgia), whose
likenesses no rule read. "was like" only before a gerund ("it is like asthma" compares, no sensation), no likeness of
time or of self ("it feels like forever", "feel like yourself again"), and no question.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from extract.claims.component import likened_feelings
from extract.pipeline import make_doc
from tests.claims.conftest import CUES


def _likenesses(sentence: str, previous: str = "") -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in likened_feelings(sentence, previous, CUES)]


@pytest.mark.parametrize(
    "sentence,likeness",
    [
        ("It felt like being kicked in the ribs every time I coughed.", "being kicked in the ribs every time I coughed"),
        ("My right knee felt like it was about to give way.", "it was about to give way"),
        ("It was like being hit on the shin with a hammer.", "being hit on the shin with a hammer"),
        ("Many people say it feels like walking on gravel.", "walking on gravel"),
        ("The pain often feels like a tight band around the chest.", "a tight band around the chest"),
    ],
)
def test_a_likeness_of_the_condition_is_a_symptom(sentence, likeness) -> None:
    assert _likenesses(sentence) == [likeness]


@pytest.mark.parametrize(
    "sentence,previous",
    [
        ("It is like shingles in many ways.", ""),
        ("It feels like forever since I last slept well.", ""),
        ("Ready to feel like yourself again?", ""),
        ("Does it feel like a burning?", ""),
        ("It feels like a sharp scratch.", "The steroid injection takes a minute."),
        ("If it feels like a burning, see your GP.", ""),
    ],
)
def test_no_likeness_of_time_self_comparison_or_care(sentence, previous) -> None:
    assert _likenesses(sentence, previous) == []


def test_the_pipeline_finds_the_likeness_of_a_patients_account(nlp) -> None:  # noqa: ANN001
    text = "Costochondritis\n\n\"It felt like being kicked in the ribs every time I coughed,\" she says.\n"
    doc = nlp(make_doc(nlp, text, "doc_likened"))
    assert "being kicked in the ribs every time I coughed" in {c.symptom.text for c in doc._.claims if c.type == "symptom"}
