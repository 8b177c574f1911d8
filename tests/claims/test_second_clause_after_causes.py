"""A list of causes after a backward cue ends where a second clause begins: ", so" and a clause ("..., so having them
after a big meal is rarely a worry"), and ", and" with a subject of up to nine words before its verb ("..., and around a
third of people with poor circulation get them every winter"), which named no cause. Session 30, gen43, from dev45's
Sjogren's leaflet ("so having these symptoms") and dev42's blepharitis page ("and around half of people with rosacea of
the skin have some eye involvement").

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def causes(nlp, title: str, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, title + "\n\n" + text + "\n", "doc_second_clause"))
    return [c.cause.text for c in doc._.claims if c.type == "cause"]


@pytest.mark.parametrize(
    "title,text,expected",
    [
        ("Hiccups", "Hiccups can be caused by eating too quickly, fizzy drinks or alcohol, so having them after a big meal is rarely a worry.",
         ["eating too quickly", "fizzy drinks", "alcohol"]),
        ("Chilblains", "Chilblains are strongly linked to cold, damp weather, and around a third of people with poor circulation get them every winter.",
         ["cold, damp weather"]),
    ],
)
def test_a_second_clause_after_a_list_of_causes_names_no_cause(nlp, title: str, text: str, expected: list) -> None:  # noqa: ANN001
    assert causes(nlp, title, text) == expected
