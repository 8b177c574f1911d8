"""Causes a page denies or names by how a condition is caught (issue 3, session 34): a condition said not to be a sign
of the reader's state or doing, or of a thing ("it's not a sign you are lazy", "is not a sign of bad parenting", "has
nothing to do with diet"), is a denied cause, as "it is not caused by anything you did" is (CLAIMS_SPEC.md); catching a
named condition from someone ("You cannot catch measles from ...") names its source, as "catch it from" does; "X is a
rare complication of Y" and "is made more likely by" are causes and risk factors; and a backward cause ends where its
effect's next predicate begins ("... of Y and affects ...").

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc
from tests.claims.conftest import causes


def cause_claims(nlp, text: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Bedwetting\n\n" + text + "\n", "doc_denied_blames"))
    return [(c.cause.text, c.assertion.negated) for c in doc._.claims if c.type == "cause"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the reader's state after "not a sign (that)": each state a denied cause
        ("Bedwetting is not a sign that your child is lazy or naughty.", []),  # a child, not the reader: no state read
        ("It's not a sign you're lazy, and there is plenty that helps.", [("lazy", True)]),
        ("Wetting the bed is not a sign that you are weak or careless.", [("weak", True), ("careless", True)]),
        # a thing after "not a sign of" and after "nothing to do with"
        ("Bedwetting is not a sign of bad parenting.", [("bad parenting", True)]),
        ("Despite what people say, it has nothing to do with drinking cola.", [("drinking cola", True)]),
    ],
)
def test_a_condition_denied_as_a_sign_of_a_state_or_thing_is_a_denied_cause(nlp, sentence: str, expected: list) -> None:  # noqa: ANN001
    assert cause_claims(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # another condition after "sign of" or "nothing to do with": the symptom rules' reading or a confusion of names
        "A red eye on its own is not a sign of glaucoma.",
        "Tennis elbow has nothing to do with arthritis.",
    ],
)
def test_a_condition_denied_as_a_sign_of_another_condition_is_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("You cannot catch measles from someone who has had the vaccine.", [("someone", "measles", "causes")]),
        ("Children often catch chickenpox directly from a brother or sister.", [("brother or sister", "chickenpox", "causes")]),
        ("You can catch ringworm itself from another person.", [("person", "ringworm", "causes")]),
        # a catching whose object has a clause of its own names no source
        ("Comb again on day 4 to catch nits that hatch from eggs you missed.", []),
    ],
)
def test_catching_a_named_condition_from_someone_names_its_source(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_denied_catching_is_negated(nlp) -> None:  # noqa: ANN001
    assert cause_claims(nlp, "You cannot catch impetigo from a swimming pool.") == [("swimming pool", True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a complication named by its kind: the condition it comes of is its cause
        ("Mastoiditis is a rare complication of a middle ear infection.", [("middle ear infection", "Mastoiditis", "causes")]),
        # the effect's next predicate after "and" ends the cause
        ("Orbital cellulitis is an uncommon complication of sinusitis and affects about 1 in 20,000 children a year.",
         [("sinusitis", "Orbital cellulitis", "causes")]),
        ("Gout is caused by urate crystals and can come on overnight.", [("urate crystals", "Gout", "causes")]),
        # "made more likely by": a list of risk factors
        ("Kidney stones are made more likely by dehydration, obesity and gout.",
         [("dehydration", "Kidney stones", "risk_factor"), ("obesity", "Kidney stones", "risk_factor"), ("gout", "Kidney stones", "risk_factor")]),
    ],
)
def test_complications_next_predicates_and_risks_made_more_likely(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause between commas before the verb: the cause is its antecedent
        ("Decongestant sprays, which shrink the blood vessels in the nose, can make rebound congestion worse.",
         [("Decongestant sprays", "rebound congestion", "causes")]),
        ("Long-haul flights, which keep you sitting still for hours, can lead to a deep vein thrombosis.",
         [("Long-haul flights", "deep vein thrombosis", "causes")]),
        # a relative clause that runs into the verb's own predicate stays read as before
        ("Scar formation, which can surround the nerve roots and give rise to pain.", [("Scar formation", "pain", "causes")]),
    ],
)
def test_a_relative_clause_between_the_cause_and_its_verb(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside naming the usual cause within the kind just named: a cause of the same effect
        ("Food poisoning is usually caused by a virus, most often norovirus.",
         [("virus", "Food poisoning", "causes"), ("norovirus", "Food poisoning", "causes")]),
        ("Sciatica is caused by pressure on the sciatic nerve, most often from a slipped disc.",
         [("pressure on the sciatic nerve", "Sciatica", "causes"), ("slipped disc", "Sciatica", "causes")]),
        # a number that is part of a virus's name is no figure
        ("Herpangina is caused by viruses called enteroviruses, most often enterovirus 71.",
         [("viruses", "Herpangina", "causes"), ("enterovirus 71", "Herpangina", "causes")]),
        # a time, or a kind of the cause just named, is no cause
        ("Migraine attacks are triggered by bright light, usually in the afternoon.", [("bright light", "Migraine attacks", "causes")]),
        ("Genital warts are caused by the human papillomavirus, usually types 6 and 11.",
         [("human papillomavirus", "Genital warts", "causes")]),
    ],
)
def test_the_usual_cause_named_in_an_aside(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_the_harm_of_an_untreated_condition_is_caused_not_a_finding(nlp) -> None:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Mastoiditis\n\nWithout treatment, mastoiditis can cause serious problems.\n", "doc_untreated_harm"))
    got = [(c.type, c.cause.text if c.type == "cause" else c.symptom.text) for c in doc._.claims if c.type in ("cause", "symptom")]
    assert got == [("cause", "mastoiditis")]
