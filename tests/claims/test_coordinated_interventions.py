"""A treatment claim whose argument is two named interventions joined by "and" / "or" (session 23, gen16; dev30's "Both
propranolol and topiramate reduced tremor severity", dev25's "Clarithromycin or clindamycin for people who are allergic
to penicillin"): one claim per intervention (CLAIMS_SPEC.md: one claim per intervention per sentence). Sentences
written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.component import coordinated_interventions
from extract.claims.grammar import RelationMention


def _split(sentence: str, subject: str, named: list[str]) -> list[str]:
    a = sentence.index(subject)
    m = RelationMention("treatment", (a, a + len(subject)), None, "reduced", "treatment:reduced", (0, len(sentence)))
    spans = [(sentence.index(n), sentence.index(n) + len(n)) for n in named]
    return [sentence[s:e] for s, e in (p.subject for p in coordinated_interventions(sentence, m, spans))]


@pytest.mark.parametrize(
    "sentence,subject,named",
    [
        ("Both valaciclovir and famciclovir reduced the duration of the rash.", "valaciclovir and famciclovir", ["valaciclovir", "famciclovir"]),
        ("Aspirin or clopidogrel lowers the risk of a second stroke.", "Aspirin or clopidogrel", ["Aspirin", "clopidogrel"]),
        ("Metformin, sitagliptin and an SGLT2 inhibitor lowered HbA1c.", "Metformin, sitagliptin and an SGLT2 inhibitor",
         ["Metformin", "sitagliptin", "SGLT2 inhibitor"]),
    ],
)
def test_coordinated_interventions_are_a_claim_each(sentence: str, subject: str, named: list[str]) -> None:
    assert _split(sentence, subject, named) == named


@pytest.mark.parametrize(
    "sentence,subject,named",
    [
        # words of the argument's own around the interventions: one intervention as written
        ("Low-dose aspirin with a statin after the stroke reduced recurrence.", "Low-dose aspirin with a statin after the stroke",
         ["aspirin", "statin"]),
        ("Valaciclovir reduced pain.", "Valaciclovir", ["Valaciclovir"]),
    ],
)
def test_other_arguments_stay_one_claim(sentence: str, subject: str, named: list[str]) -> None:
    assert _split(sentence, subject, named) == [subject]


def test_in_a_page_each_drug_is_a_treatment() -> None:
    from extract.pipeline import load

    nlp = load(link=False, progress=False)
    doc = nlp("Conclusions: Both valaciclovir and famciclovir reduced the duration of pain compared with placebo.")
    assert {"valaciclovir", "famciclovir"} <= {c.intervention.text for c in doc._.claims if c.type == "treatment"}
