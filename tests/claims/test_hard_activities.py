"""What people "find it hard to" do is a symptom claim, one per activity listed ("You may find it hard to kneel, climb
stairs or get out of a chair"); in an if-clause or a question it is the situation of the sentence, no finding
(CLAIMS_SPEC.md: what the condition makes harder is a symptom; session 27, gen32).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def symptoms(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Prepatellar bursitis\n\n" + text + "\n", "doc_hard_activities"))
    return [c.symptom.text for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("You may find it hard to kneel, climb stairs or get out of a low chair.",
         ["hard to kneel", "climb stairs", "get out of a low chair"]),
        ("Many people with bursitis find it difficult to sleep on that side.", ["difficult to sleep on that side"]),
    ],
)
def test_what_people_find_hard_to_do_is_a_symptom(nlp, sentence: str, expected: list[str]) -> None:  # noqa: ANN001
    found = symptoms(nlp, sentence)
    assert all(e in found for e in expected), found


def test_a_bullet_of_what_is_hard_is_a_symptom(nlp) -> None:  # noqa: ANN001
    assert "hard to kneel down" in symptoms(nlp, "Common symptoms are:\n- finding it hard to kneel down")


@pytest.mark.parametrize(
    "sentence",
    ["A knee pad can help if you find it hard to kneel at work.", "Do you find it hard to kneel?"],
)
def test_what_is_hard_in_a_condition_or_question_is_no_symptom(nlp, sentence: str) -> None:  # noqa: ANN001
    assert not [s for s in symptoms(nlp, sentence) if "kneel" in s]
