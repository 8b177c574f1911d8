"""General intervention words the treatment rules must know as heads (relations 0.4.116): a ligation ("haemorrhoidal
artery ligation", and its short form once defined), compression hosiery, a nail lacquer, collagenase (dev23's, dev33's,
dev41's and dev42's gold missed them for want of the word); 0.4.117: a resection, packing, retraining (dev25's, dev38's,
dev39's and dev43's gold).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import intervention_word, load_relation_cues
from extract.pipeline import make_doc

CUES = load_relation_cues()


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Venous disease\n\n" + text + "\n", "doc_vocabulary"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize("word", ["ligation", "hosiery", "lacquer", "lacquers", "collagenase", "resection", "packing", "retraining"])
def test_the_words_head_an_intervention(word: str) -> None:
    assert intervention_word(word, CUES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Compression hosiery reduces ankle swelling in venous eczema.", ["Compression hosiery"]),
        ("Balance retraining reduces falls in older people with dizziness.", ["Balance retraining"]),
        ("Strictures that do not respond to drugs are treated with a bowel resection.", ["bowel resection"]),
        ("Perforator vein ligation (PVL) was compared with sclerotherapy. PVL reduced ulcer recurrence at one year.",
         ["Perforator vein ligation", "sclerotherapy", "PVL"]),
    ],
)
def test_interventions_headed_by_them_are_treatments(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected
