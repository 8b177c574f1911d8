"""Interventions that a colon's list gives as examples of what causes harm are causes, not
treatments ("Some medicines can bring on an attack: water tablets and low-dose aspirin"); a
heading with a bracketed gloss ("Conservative care (mild cases)") is a heading, no claim.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import elaborated_cause
from extract.pipeline import make_doc

CUES = load_relation_cues()


def claims(nlp, text: str, kind: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_elaborations"))
    return [c.evidence.quote[c.subject_span[0]:c.subject_span[1]] if hasattr(c, "subject_span") else _subject(c) for c in doc._.claims if c.type == kind]


def _subject(c) -> str:  # noqa: ANN001
    from extract.consistency.statements import arguments

    return arguments(c)[0].text


def elaborates(sentence: str, mention: str) -> bool:
    s = sentence.index(mention)
    return elaborated_cause(sentence, (s, s + len(mention)), CUES)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Several things can set off a migraine: skipped meals, poor sleep and the combined pill.", "combined pill"),
        ("Some drugs increase the risk of a bleed: warfarin, aspirin and ibuprofen are the usual ones.", "ibuprofen"),
        ("Certain medicines can trigger lupus: hydralazine and procainamide are the best known.", "hydralazine"),
    ],
)
def test_an_intervention_after_a_colon_that_ends_a_cause_clause_elaborates_the_cause(sentence: str, mention: str) -> None:
    assert elaborates(sentence, mention)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # the clause before the colon says what treats, or names no cause
        ("Two medicines can prevent further attacks: allopurinol and febuxostat.", "febuxostat"),
        ("The first step is simple: a splint worn at night.", "splint"),
        # a ratio's colon ends no clause
        ("Patients at high risk of a bleed were randomised 1:1 to apixaban or warfarin.", "apixaban"),
        # a treatment claimed before the colon keeps the list a list of treatments
        ("Steroid tablets can ease the swelling that raises the risk of a bleed: prednisolone is the usual one.", "prednisolone"),
    ],
)
def test_other_colons_leave_the_interventions_as_they_are(sentence: str, mention: str) -> None:
    found = [] if "ease" not in sentence else _treatment_before_colon(sentence)
    s = sentence.index(mention)
    assert not elaborated_cause(sentence, (s, s + len(mention)), CUES, found)


def _treatment_before_colon(sentence: str) -> list:
    from extract.claims.grammar import RelationMention

    s = sentence.index("Steroid tablets")
    return [RelationMention("treatment", (s, s + len("Steroid tablets")), None, None, "treatment:ease", (s, s + 15))]


def test_the_pipeline_claims_no_treatment_of_the_examples_of_a_harmful_cause(nlp) -> None:  # noqa: ANN001
    text = "Lupus\n\nSome medicines can bring on a flare: sulfa antibiotics and hormone pills are the most common.\n"
    assert claims(nlp, text, "treatment") == []


def test_the_pipeline_still_claims_the_treatments_listed_after_a_colon(nlp) -> None:  # noqa: ANN001
    text = "Lupus\n\nThe options are simple: hydroxychloroquine for most people and steroid tablets for flares.\n"
    assert "hydroxychloroquine" in claims(nlp, text, "treatment")


def test_a_heading_with_a_bracketed_gloss_claims_no_treatment(nlp) -> None:  # noqa: ANN001
    text = ("Lupus\n\nHow we treat lupus\n\nMedicines (most people)\n\n"
            "Hydroxychloroquine helps most people with lupus and is taken every day.\n")
    assert claims(nlp, text, "treatment") == ["Hydroxychloroquine"]
