"""A bracketed list after a class names its examples, a treatment claim each (CLAIMS_SPEC.md: "a class and its examples
give a claim each"; dev25's, dev35's and dev43's gold): "an NSAID (ibuprofen, diclofenac or naproxen)", "Antivirals
(aciclovir or valaciclovir)". A single name in brackets is the other name of the one before it, no claim of its own
("keyhole surgery (laparoscopic cholecystectomy)", "onabotulinumtoxinA (Botox)").

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import incidental_intervention
from extract.pipeline import make_doc

CUES = load_relation_cues()


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Shingles\n\n" + text + "\n", "doc_brackets"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients took an NSAID (ibuprofen, diclofenac or naproxen) for five days.", ["NSAID", "ibuprofen", "diclofenac", "naproxen"]),
        ("Antiviral tablets (aciclovir or valaciclovir) shorten the rash.", ["Antiviral tablets", "aciclovir", "valaciclovir"]),
    ],
)
def test_each_item_of_a_bracketed_list_is_a_treatment(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert sorted(treatments(nlp, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "first", "mention"),
    [
        ("The gallbladder is taken out by keyhole surgery (laparoscopic cholecystectomy).", "keyhole surgery", "laparoscopic cholecystectomy"),
        ("Injections of onabotulinumtoxinA (Botox) are given every 12 weeks.", "onabotulinumtoxinA", "Botox"),
    ],
)
def test_a_single_bracketed_name_is_the_other_name_of_the_one_before(sentence: str, first: str, mention: str) -> None:
    a = sentence.index(first)
    s = sentence.index(mention)
    assert incidental_intervention(sentence, (s, s + len(mention)), CUES, others=[(a, a + len(first))]) == "classifier"
