"""The page's condition, named by "it" or "they" at the start of the sentence, leading to a complication that is a
disease of its own ("It can also lead to pelvic inflammatory disease", dev40's BV review): a cause claim, subject the
pronoun, as CLAIMS_SPEC.md settles for "Untreated GERD can lead to esophagitis"; before, a disease as the object left
the sentence without any claim. Findings stay symptoms. Sentences written for these tests, about conditions no corpus
covers."""

from tests.claims.conftest import causes


def test_a_disease_the_pronoun_leads_to_is_caused() -> None:
    assert causes("It can sometimes lead to chronic kidney disease.") == [("It", "chronic kidney disease", "causes")]


def test_findings_it_leads_to_stay_symptoms() -> None:
    assert causes("It can lead to pain and stiffness.") == []
