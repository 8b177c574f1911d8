"""A phrase that is the exact name of a disorder is no treatment, whatever its last word.

"Shin splints" ends in "splints" and "trigger finger" is one word away from "trigger finger
release", yet each names its disorder; the treatment mention rule skips a phrase the knowledge
base knows exactly, as a concept of no intervention type. Real interventions named the same way
("splints", "weight loss", "rest") stay treatments. Sentences written for these tests.
"""

from extract.consistency.statements import arguments
from extract.pipeline import make_doc


def treatments(nlp, title: str, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, title + "\n\n" + text + "\n", "doc_disorder_names"))
    return [arguments(c)[0].text.lower() for c in doc._.claims if c.type == "treatment"]


def test_a_disorder_named_like_a_device_is_no_treatment(nlp) -> None:  # noqa: ANN001
    found = treatments(nlp, "Running injuries", "Shin splints are a common overuse injury in runners.")
    assert not any("shin splint" in t for t in found), found


def test_the_device_itself_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    found = treatments(nlp, "Wrist pain", "Wearing wrist splints at night can relieve the pain.")
    assert any("splint" in t for t in found), found


def test_lifestyle_interventions_named_like_findings_stay_treatments(nlp) -> None:  # noqa: ANN001
    found = treatments(nlp, "Gout", "Treatment options include weight loss, rest and ice.")
    assert {"weight loss", "rest", "ice"} <= set(found), found
