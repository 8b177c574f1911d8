""""X can cure Y" states what treats, as "X cures Y" and "X can treat Y" do (relations.json 0.4.61).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

from extract.consistency.statements import arguments
from extract.pipeline import make_doc


def treatments(nlp, text: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Warts\n\n" + text + "\n", "doc_cure_verb"))
    return [(arguments(c)[0].text, c.assertion.negated) for c in doc._.claims if c.type == "treatment"]


def test_a_modal_cure_is_a_treatment_claim(nlp) -> None:  # noqa: ANN001
    assert ("Giving up gluten", False) in treatments(nlp, "Giving up gluten will cure it for most people.")


def test_a_denied_cure_is_a_negated_treatment_claim(nlp) -> None:  # noqa: ANN001
    assert ("Laser surgery", True) in treatments(nlp, "Laser surgery does not cure the underlying infection.")
