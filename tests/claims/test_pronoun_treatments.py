"""A sentence opened by "It", "They", "These" or "This" after a sentence that named an intervention says what that
intervention does: a treatment claim whose subject is the pronoun as written (CLAIMS_SPEC.md: a pronoun argument is
annotated as written). Issue 3, session 13.

Every text here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.grammar import compiled
from extract.claims.treatments import anaphoric_treatments
from extract.pipeline import make_doc

CUES = load_relation_cues()


def treatments(nlp, text: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_pronoun_treatments"))
    return [(c.intervention.text, c.effect) for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("sentence", "effect"),
    [
        ("They work by relaxing the muscle around the bladder neck.", "work by relaxing the muscle around the bladder neck"),
        ("It can also improve the redness.", "can also improve the redness"),
        ("These reduce flare-ups in most people.", "reduce flare-ups"),
    ],
)
def test_a_pronoun_opening_an_effect_clause_is_the_treatment(sentence: str, effect: str) -> None:
    got = anaphoric_treatments(sentence, CUES, compiled(CUES))
    assert [(sentence[m.subject[0] : m.subject[1]], m.relation) for m in got] == [(sentence.split()[0], effect)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It helps to keep a diary of what you eat.",  # what helps follows the verb
        "They can help with:",  # a lead-in
        "Do they work?",  # a question
        "The tablets work well.",  # no pronoun subject
    ],
)
def test_what_is_no_pronoun_treatment(sentence: str) -> None:
    assert anaphoric_treatments(sentence, CUES, compiled(CUES)) == []


def test_the_pronoun_after_a_named_treatment_is_claimed_in_a_page(nlp) -> None:  # noqa: ANN001
    text = "Tamsulosin is the usual treatment for an enlarged prostate. They work within days for most men."
    got = treatments(nlp, text)
    assert [t for t, _ in got] == ["Tamsulosin", "They"]
    assert got[1][1] == "work within days for most men"


def test_a_pronoun_after_a_sentence_without_a_treatment_is_not_claimed(nlp) -> None:  # noqa: ANN001
    text = "Chilblains are small itchy swellings on the toes. They improve on their own within a few weeks."
    assert not any(t == "They" for t, _ in treatments(nlp, text))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Potassium binders taken with food help to keep potassium levels safe.", "Potassium binders"),
        ("Elbow straps worn during sport can ease the pain.", "Elbow straps"),
    ],
)
def test_what_is_taken_or_worn_is_the_intervention_of_an_effect_verb(nlp, text: str, subject: str) -> None:  # noqa: ANN001
    assert [t for t, _ in treatments(nlp, text)] == [subject]


def test_people_taken_somewhere_are_no_intervention(nlp) -> None:  # noqa: ANN001
    assert treatments(nlp, "Patients taken to hospital may improve quickly.") == []


@pytest.mark.parametrize(
    ("sentence", "effect"),
    [
        ("They halve the risk of a second fracture.", "halve the risk of a second fracture"),
        ("It shrinks the gland by about a quarter.", "shrinks the gland"),
        ("This softens the earwax so that it drains out.", "softens the earwax"),
        ("They will not clear a viral infection.", "will not clear a viral infection"),
    ],
)
def test_a_pronoun_with_an_effect_verb_of_its_own_is_the_treatment(sentence: str, effect: str) -> None:
    """Verbs of what a treatment does to the body or the condition beyond the treatment verbs
    (relations.json anaphoric_effect_verbs), negated too."""
    got = anaphoric_treatments(sentence, CUES, compiled(CUES))
    assert [(sentence[m.subject[0] : m.subject[1]], m.relation.split(" by ")[0].split(" so ")[0]) for m in got] == [(sentence.split()[0], effect)]


def test_a_pronoun_after_advice_to_use_something_is_the_treatment(nlp) -> None:  # noqa: ANN001
    """Advice names the intervention as well as a treatment sentence does: "we usually recommend
    removing the thyroid. This lowers ..." claims "This"."""
    text = "For a large toxic goitre, we usually recommend surgery to remove the gland. This lowers the chance of the overactivity coming back."
    got = treatments(nlp, text)
    assert ("This", "lowers the chance of the overactivity coming back") in got


def test_a_pronoun_after_advice_without_an_effect_verb_is_not_claimed(nlp) -> None:  # noqa: ANN001
    text = "See your GP if the rash spreads. They may want to take a swab."
    assert not any(t == "They" for t, _ in treatments(nlp, text))
