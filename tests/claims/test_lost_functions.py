"""A function or a part of the body that people lose is a symptom claim, the verb with what is lost ("some people
lose a toenail or fingernail", "she lost her hearing in that ear", a bullet "lose your balance"); the stress of losing
it, what a treatment prevents and an if-clause name none (session 27, gen32).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def symptoms(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Kawasaki disease\n\n" + text + "\n", "doc_lost_functions"))
    return [c.symptom.text for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Weeks after the fever, some children lose a toenail or fingernail.", "lose a toenail or fingernail"),
        ("My aunt lost her hearing in one ear after the infection.", "lost her hearing"),
        ("Older people with the condition may lose their balance and fall.", "lose their balance"),
    ],
)
def test_what_people_lose_is_a_symptom(nlp, text: str, finding: str) -> None:  # noqa: ANN001
    assert finding in symptoms(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Early treatment helps to prevent losing your sight.", "The worry of losing hair can be hard to bear."],
)
def test_what_is_not_lost_names_no_symptom(nlp, text: str) -> None:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Kawasaki disease\n\n" + text + "\n", "doc_lost_functions"))
    assert not [c for c in doc._.claims if c.type == "symptom" and c.evidence.rule == "symptom:lost function"]
