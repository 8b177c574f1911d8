"""Who a condition is most frequent in, and a care-seeking lead-in that ends with the people and their verb of having
(session 23, gen16; dev32's "The disease is most frequent in people of Northern European descent, with an annual
incidence of about 1 in 1,000" and "See a doctor if you or your child has:"):

* "is most frequent / most prevalent in X" names a group at risk, as "is most common in X" does, and the groups end at
  a comment after a comma (", with an annual incidence of ...", ", where ...");
* "if you or your child has:" names the people of the bullets, no sign ("child" was read as one).

Sentences written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES, causes


@pytest.mark.parametrize(
    "sentence,groups",
    [
        ("Sarcoidosis of the skin is most frequent in women of African descent.", ["women of African descent"]),
        ("Kawasaki disease is most prevalent in children under five, with an annual incidence of about 1 in 5,000.",
         ["children under five"]),
        ("Scurvy is more common in older men, where it often goes unnoticed.", ["older men"]),
        ("It is more common in people with diabetes, with obesity or with high blood pressure.",
         ["diabetes", "obesity", "high blood pressure"]),
    ],
)
def test_groups_at_risk(sentence: str, groups: list[str]) -> None:
    found = [c for c, _, r in causes(sentence) if r == "risk_factor"]
    assert found == groups


def _symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    "lead",
    ["See a doctor if you or your child has:", "Call 999 if your baby has:", "Go to A&E if someone has:",
     "Call your GP if you get:"],
)
def test_a_lead_of_people_and_their_having_names_no_sign(lead: str) -> None:
    assert _symptoms(lead) == []


def test_a_sign_in_the_clause_is_still_read() -> None:
    assert "a stiff neck" in _symptoms("Call 999 if your baby has a stiff neck.") or "stiff neck" in _symptoms("Call 999 if your baby has a stiff neck.")
