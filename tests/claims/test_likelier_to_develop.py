"""What people with a condition are "more likely to develop" or "to experience" is a risk the condition brings (a cause
claim of the risk rule), not a finding of it, as "twice as likely to have" already was; what they are more likely to
report or describe stays a symptom (session 26, gen30: dev38's alopecia and dev40's vitiligo news articles). The
sentences are written for these tests, about conditions outside the development corpora."""

import pytest

from extract.claims.relations import find_relations
from tests.claims.conftest import CUES


def kinds(sentence: str) -> list[tuple[str, str]]:
    found, _ = find_relations(sentence, CUES)
    return [(m.kind, sentence[m.subject[0] : m.subject[1]]) for m in found]


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        ("Studies suggest that people with rosacea are more likely to experience anxiety and depression.", "rosacea"),
        ("People with psoriasis are more likely to develop depression.", "psoriasis"),
    ],
)
def test_what_people_are_likelier_to_develop_or_experience_is_no_symptom(sentence: str, condition: str) -> None:
    got = kinds(sentence)
    assert [k for k, _ in got if k == "symptom"] == []
    assert ("cause", condition) in got


def test_what_people_are_less_likely_to_develop_is_neither_a_symptom_nor_a_cause() -> None:
    assert kinds("Adults with gout are less likely to develop dementia than their siblings.") == []


def test_what_they_are_likelier_to_report_stays_a_symptom() -> None:
    got = kinds("They are more likely to report chest pain and less likely to describe breathlessness.")
    assert got == [("symptom", "chest pain"), ("symptom", "breathlessness")]
