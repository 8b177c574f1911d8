"""What a condition leads to is a complication it causes, not its symptom (session 26, gen31; CLAIMS_SPEC.md: "Untreated
GERD can lead to esophagitis" is a cause claim, subject the condition): "Untreated ulcers can lead to bleeding or
perforation", "chickenpox can lead to pneumonia" (dev29, dev32, dev34, dev35 and dev26's first-sight pages had them as
symptoms). A finding it leads to ("can lead to chest pain") and what a condition causes or produces stay its symptoms;
a trial's arm that led to an outcome is no condition.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from tests.claims.conftest import CUES

from extract.claims.relations import find_relations


def _page_condition(phrase: str) -> bool:
    return phrase.lower().split()[-1] in ("measles", "mumps")


def claims(sentence: str) -> list[tuple[str, str, str | None]]:
    found, _ = find_relations(sentence, CUES, None, condition=_page_condition)
    return [(m.kind, sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None) for m in found]


def test_what_a_condition_leads_to_is_caused() -> None:
    assert claims("Untreated measles can lead to pneumonia in young children.") == [("cause", "Untreated measles", "pneumonia in young children")]
    assert claims("Rarely, mumps can lead to heart block.") == [("cause", "mumps", "heart block")]


def test_a_finding_a_condition_leads_to_stays_its_symptom() -> None:
    assert claims("Mumps can lead to painful swollen testicles.") == [("symptom", "painful swollen testicles", "Mumps")]


def test_what_a_condition_causes_stays_its_symptom() -> None:
    assert claims("Mumps causes swollen glands.") == [("symptom", "swollen glands", "Mumps")]
