"""Treatment precision (session 24, gen21): interventions a sentence names without saying they are used for the
condition, which the ``treatment:mention`` rule claimed.

* an endoscopy is a test that looks, not an intervention (CLAIMS_SPEC.md: "Tests and examinations that diagnose
  ... are no treatments").

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

from extract.pipeline import make_doc


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    """The intervention of every treatment claim the pipeline finds in ``text``."""
    doc = nlp(make_doc(nlp, text, "doc_mention_precision"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


def test_an_endoscopy_is_a_test_not_a_treatment(plain) -> None:  # noqa: ANN001
    text = "Achalasia\n\nAn endoscopy shows the ulcer, and omeprazole heals it within eight weeks.\n"
    assert treatments(plain, text) == ["omeprazole"]
