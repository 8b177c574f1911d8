"""Symptoms of a condition defined as a finding (session 13: dev13, dev15): "X is a sudden weakness
or paralysis of ...", "X, or Y, is a raised, itchy rash", "... X, a temporary stiffness of ..." (the
finding without its place, as the older rules of definitions name it),
and the findings after "a condition marked by"; definitions that name no finding claim none. The
sentences are written for these tests, about other conditions than the development corpora's."""

import pytest

from extract.claims.relations import find_relations
from tests.claims.conftest import CUES


def symptoms(sentence: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES, None)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None) for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trigeminal neuralgia is a sudden, severe facial pain.", [("sudden, severe facial pain", "Trigeminal neuralgia")]),
        ("Torticollis, or wry neck, is a painful stiffness of the neck muscles.",
         [("painful stiffness", "Torticollis")]),
        ("Cerebral palsy is a weakness or paralysis of muscles that starts in childhood.",
         [("weakness", "Cerebral palsy"), ("paralysis", "Cerebral palsy")]),
        ("The usual diagnosis is Tietze syndrome, a painful swelling of the rib cartilage that settles in weeks.",
         [("painful swelling", "Tietze syndrome")]),
    ],
)
def test_a_condition_defined_as_a_finding_has_that_symptom(sentence: str, expected: list) -> None:
    assert symptoms(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Impetigo is a common skin infection.",  # an infection, no finding
        "Scabies is a leading cause of itching and disability in poor countries.",  # a cause, then findings of it
        "Osteomyelitis is a serious type of bone infection.",
        "The first sign is a small red bump.",  # a sign defined, no condition
        "Your toddler is a picky eater.",
        "Codeine is a painkiller.",
    ],
)
def test_definitions_that_name_no_finding_claim_no_symptom_by_definition(sentence: str) -> None:
    assert all(m.rule != "symptom:is a" for m in find_relations(sentence, CUES, None)[0])


def test_findings_after_a_condition_marked_by_end_at_the_sentence_verb() -> None:
    sentence = "Lymphoedema, a chronic condition marked by swelling, heaviness and tight skin, develops in some women after surgery."
    assert [s for s, _ in symptoms(sentence)] == ["swelling", "heaviness", "tight skin"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It can come on suddenly and cause severe pain.", ["severe pain"]),
        ("It usually starts slowly and can lead to stiffness and swelling.", ["stiffness", "swelling"]),
    ],
)
def test_it_coming_on_then_causing_findings_gives_symptoms_of_the_condition(sentence: str, expected: list) -> None:
    # "it" opening the sentence is the page's condition; a first predicate of onset may come before the verb
    assert [s for s, _ in symptoms(sentence)] == expected


def test_a_first_predicate_that_is_no_onset_names_no_condition() -> None:
    assert symptoms("It was approved in 2019 and causes fewer side effects.") == []


def test_with_the_linker_a_definition_whose_head_word_is_a_finding_is_kept() -> None:
    # the linker may know "weakness" but not "temporary weakness": the head word decides
    def finding(text: str) -> bool:
        return text.lower() in {"weakness", "numbness"}

    sentence = "The likely cause is Bell's palsy, a temporary weakness of the facial muscles that usually gets better."
    found, _ = find_relations(sentence, CUES, finding, None, None, finding)
    assert [sentence[m.subject[0] : m.subject[1]] for m in found if m.rule == "symptom:is a"] == ["temporary weakness"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A few patients are left with lasting numbness or stiffness after the rash heals.", ["lasting numbness", "stiffness"]),
        ("Some children were left with hearing loss, for example difficulty following speech in class.", ["hearing loss"]),
    ],
)
def test_what_people_are_left_with_are_symptoms_and_an_example_after_the_list_is_none(sentence: str, expected: list) -> None:
    assert [s for s, _ in symptoms(sentence)] == expected


def test_what_patients_come_to_a_clinic_with_are_symptoms_a_shared_part_kept_whole() -> None:
    sentence = ("Most children come to us with a runny or blocked nose, thick mucus dripping from the nose or down the throat, "
                "and a cough.")
    assert [s for s, _ in symptoms(sentence)] == ["runny or blocked nose", "thick mucus dripping from the nose", "cough"]


def test_a_state_shared_with_a_part_is_one_finding_in_any_list() -> None:
    assert [s for s, _ in symptoms("Symptoms include dry or itchy eyes and a sore throat.")] == ["dry or itchy eyes", "sore throat"]


def test_what_patients_mention_are_symptoms_and_complications_alone_are_none() -> None:
    assert [s for s, _ in symptoms("Many of my patients also mention stiff knees and poor sleep.")] == ["stiff knees", "poor sleep"]
    assert symptoms("About 1 in 5 people with gallstones develop complications.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Many patients come to us with questions about surgery.",
        "Patients often mention the cost of parking.",
    ],
)
def test_these_verbs_name_no_symptom_when_they_take_no_finding(sentence: str) -> None:
    assert symptoms(sentence) == []
