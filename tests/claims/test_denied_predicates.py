"""A claim's argument followed by a negated predicate ("Antibiotics won't help", "Antivirals do not work against
it", "a rash does not occur") is denied: the claim's target runs on through the predicate so that the assertion
reads the negation as the claim's (issue 3, session 25; CLAIMS_SPEC.md: "X does not cause Y" is negated). A
partial denial ("do not always work", "are not covered"), the end of a finding that persists ("the itch won't go
away") and a denial a contrast takes back ("won't cure it, but they can ease ...") leave the argument asserted.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.grammar import through_denial
from extract.pipeline import make_doc

from .conftest import CUES


def _claims(nlp, text: str, kind: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Sarcoidosis\n\n" + text + "\n", "doc_denied_predicates"))
    field = {"treatment": "intervention", "symptom": "symptom", "cause": "cause"}[kind]
    return [(getattr(c, field).text, c.assertion.negated) for c in doc._.claims if c.type == kind]


@pytest.mark.parametrize(
    ("sentence", "through"),
    [
        ("Antibiotics won't help with this.", "Antibiotics won't help"),
        ("Antibiotics do not work against the virus.", "Antibiotics do not work"),
        ("Steroid tablets (such as prednisolone) did not improve breathing.", "Steroid tablets (such as prednisolone) did not improve"),
        ("Hair loss does not usually occur.", "Hair loss does not usually occur"),
        ("Massage has never been shown to help.", "Massage has never been shown to help"),
        ("Antibiotics cannot shorten the illness.", "Antibiotics cannot shorten"),
        ("Aspirin is no longer recommended for stroke prevention.", "Aspirin is no longer recommended"),  # session 30
    ],
)
def test_the_target_runs_through_a_denied_predicate(sentence: str, through: str) -> None:
    subject_end = sentence.index(" ")
    if sentence.startswith("Steroid tablets"):
        subject_end = len("Steroid tablets")
    elif sentence.startswith("Hair loss"):
        subject_end = len("Hair loss")
    start, end = through_denial(sentence, (0, subject_end), CUES)
    assert sentence[start:end] == through


@pytest.mark.parametrize(
    "sentence",
    [
        "Steroids do not always work.",
        "Group therapy is not as effective as one-to-one sessions.",
        "Hearing aids are not covered by the basic plan.",
        "Creams won't cure it, but they can ease the itch.",
        "Antibiotics are given early.",
        "Antibiotics, which are given early, help.",
    ],
)
def test_no_run_through_a_partial_or_taken_back_denial(sentence: str) -> None:
    end = len(sentence.split()[0])
    assert through_denial(sentence, (0, end), CUES) == (0, end)


@pytest.mark.parametrize(("sentence", "subject"), [("The itch won't go away on its own.", "The itch"), ("Fatigue does not improve with rest.", "Fatigue")])
def test_a_symptom_that_does_not_end_is_asserted(sentence: str, subject: str) -> None:
    end = len(subject)
    assert through_denial(sentence, (0, end), CUES, "symptom") == (0, end)
    assert through_denial(sentence, (0, end), CUES, "treatment") != (0, end)  # as a treatment's, the verb is its effect


def test_a_reversed_target_comes_back_in_order() -> None:
    sentence = "Antibiotics won't help."
    assert through_denial(sentence, (11, 0), CUES) == (0, len("Antibiotics won't help"))


@pytest.mark.parametrize(
    ("sentence", "intervention"),
    [
        ("Antibiotics won't help: the infection is viral.", "Antibiotics"),
        ("Antibiotics do not work against viral infections, although antivirals may be used.", "Antibiotics"),
        ("Antibiotics do not fix sarcoidosis, because no germ causes it.", "Antibiotics"),
    ],
)
def test_a_treatment_whose_predicate_is_denied_is_negated(nlp, sentence: str, intervention: str) -> None:  # noqa: ANN001
    assert (intervention, True) in _claims(nlp, sentence, "treatment")


@pytest.mark.parametrize(
    ("sentence", "intervention"),
    [
        ("Lifestyle changes won't fix everything, but they can improve your breathing.", "Lifestyle changes"),
        ("Antibiotics aren't routinely needed, but your doctor may prescribe them.", "Antibiotics"),
    ],
)
def test_a_partly_denied_treatment_stays_asserted(nlp, sentence: str, intervention: str) -> None:  # noqa: ANN001
    found = _claims(nlp, sentence, "treatment")
    assert (intervention, True) not in found


@pytest.mark.parametrize("sentence, treatment", [
    ("Long-term steroid tablets have not been shown to help.", "Long-term steroid tablets"),
    ("Fish oil supplements have not been proven to prevent flares.", "Fish oil supplements"),
])
def test_a_treatment_not_shown_to_work_is_denied(plain, sentence: str, treatment: str) -> None:  # noqa: ANN001
    """"has not been shown to help": the cue ends at "to", so the target runs on to the verb it reaches
    (session 29), and the treatment is denied, as "did not improve" denies it."""
    assert (treatment, True) in _claims(plain, sentence, "treatment")
