"""A condition defined by what happens ("Narcolepsy is when you fall asleep suddenly", "X is diagnosed when attacks
happen repeatedly, and you spend a month worrying ..."): each clause, without "you", is a symptom of the condition
(session 15: dev18's menopause Q&A, dev19's panic disorder blog). Sentences written for these tests."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES

CONDITIONS = {"narcolepsy", "cluster headache", "bulimia"}


def symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, condition=lambda t: t.lower().removeprefix("the ") in CONDITIONS)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Narcolepsy is when you fall asleep suddenly during the day.", ["fall asleep suddenly during the day"]),
        ("Bulimia is diagnosed when binges happen at least once a week, and you make yourself sick afterwards.",
         ["binges happen at least once a week", "make yourself sick afterwards"]),
    ],
)
def test_the_clauses_of_a_definition_by_what_happens_are_symptoms(sentence: str, expected: list) -> None:
    assert symptoms(sentence) == expected


def test_a_definition_of_something_else_names_no_symptom() -> None:
    assert symptoms("The best time to take it is when you wake up.") == []


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("- muscle cramps and nosebleeds", ["muscle cramps", "nosebleeds"]),  # a whole finding before "and"
        ("- back and leg pain", ["back and leg pain"]),  # a shared head stays one
        ("- chest pain or pressure", ["chest pain or pressure"]),  # a second head of one finding
    ],
)
def test_a_whole_finding_before_and_is_an_item_of_its_own(bullet: str, expected: list) -> None:
    from extract.claims.lists import bullet_item

    assert [bullet[m.subject[0] : m.subject[1]] for m in bullet_item(bullet, "symptom", CUES, None)] == expected


def test_manifestations_with_a_predicate_before_include_are_symptoms() -> None:
    sentence = "Skin manifestations occur in a third of patients and include livedo, purpura and painful nodules."
    assert symptoms(sentence) == ["livedo", "purpura", "painful nodules"]


def test_presenting_with_a_form_of_disease_is_no_symptom() -> None:
    found, _ = find_relations("Older patients tend to present with more advanced, multivessel disease.", CUES)
    assert [m for m in found if m.kind == "symptom"] == []
    found, _ = find_relations("Patients usually present with jaundice and itching.", CUES)
    assert {m.rule for m in found if m.kind == "symptom"} == {"symptom:present with"}


def test_a_condition_where_you_have_a_finding_names_the_finding() -> None:
    sentence = "Cluster headache is a condition where you have attacks of severe pain around one eye."
    assert symptoms(sentence) == ["attacks of severe pain around one eye"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Narcolepsy, a condition in which the brain cannot control sleep and waking, usually starts in the teens.",
         ["brain cannot control sleep and waking"]),
        ("Cluster headache, pain that comes in bouts around one eye, is rare.", ["pain that comes in bouts around one eye"]),
    ],
)
def test_a_comma_apposition_defining_the_condition_names_its_findings(sentence: str, expected: list) -> None:
    assert symptoms(sentence) == expected


def test_an_apposition_that_classifies_names_no_finding() -> None:
    assert symptoms("Bulimia, an eating disorder of young adults, affects women more than men.") == []
