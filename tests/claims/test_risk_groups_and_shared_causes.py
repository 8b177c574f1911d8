"""gen48 (issue 3, cause recall): the groups a condition is most common in, stated by an ageing clause ("becomes more
common as you get older"), "most cases are in", "is seen mainly in", "the risk is highest in", "is even more common in",
"is commonest in", "X are affected more than any other group" and "X get them most"; several named things that "can all
cause" one effect (its causes, not conditions with their symptoms); and the things advised against, named by a plural
pronoun in the reason clause ("Do not ..., because they can cause ..."). Sentences written for these tests about
conditions the development corpora do not cover (bunions, hand eczema, croup-free: shingles, hip fracture, itching,
rebound congestion of nasal sprays)."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bunions become more common as you get older.", ("get older", "Bunions", "risk_factor")),
        ("Hand eczema is very common as people age.", ("age", "Hand eczema", "risk_factor")),
        ("Most cases are in children under 5.", ("children under 5", None, "risk_factor")),
        ("Shingles is seen mainly in older adults.", ("older adults", "Shingles", "risk_factor")),
        ("The risk is highest in people over 70.", ("people over 70", None, "risk_factor")),
        ("Hip fracture is even more common in people with osteoporosis.", ("osteoporosis", "Hip fracture", "risk_factor")),
        ("Gout is commonest in older men.", ("older men", "Gout", "risk_factor")),
        ("Teenagers are affected more than any other age group.", ("Teenagers", None, "risk_factor")),
    ],
)
def test_the_group_a_condition_is_most_common_in_is_a_risk_factor(sentence: str, expected: tuple) -> None:
    assert expected in causes(sentence)


def test_each_group_that_gets_it_most_is_a_risk_factor() -> None:
    found = causes("Children and teenagers get them most.")
    assert ("Children", None, "risk_factor") in found
    assert ("teenagers", None, "risk_factor") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "In our cohort the risk was highest in the first year after surgery.",  # a time, no group
        "Hives are very common as a reaction to insect stings.",  # "as" names no change of people
        "For severe psoriasis, seen mainly in older adults, methotrexate is often used.",  # the next clause's subject
    ],
)
def test_no_group_where_the_cue_names_a_time_a_role_or_another_clause(sentence: str) -> None:
    subjects = [c[0] for c in causes(sentence)]
    assert "first year after surgery" not in subjects and "first year" not in subjects
    assert "reaction to insect stings" not in subjects
    assert "methotrexate" not in subjects


def test_several_things_that_can_all_cause_one_effect_are_its_causes() -> None:
    from extract.claims.relations import find_relations
    from tests.claims.conftest import CUES

    sentence = "Diabetes, kidney disease and liver disease can all cause itchy skin."
    found, _ = find_relations(sentence, CUES)
    assert [(m.kind, sentence[m.subject[0] : m.subject[1]]) for m in found] == [
        ("cause", "Diabetes"), ("cause", "kidney disease"), ("cause", "liver disease")]
    assert {sentence[m.object[0] : m.object[1]] for m in found} == {"itchy skin"}


def test_without_all_a_condition_still_produces_its_symptom() -> None:
    from extract.claims.relations import find_relations
    from tests.claims.conftest import CUES

    sentence = "Chronic kidney disease can cause itchy skin."
    found, _ = find_relations(sentence, CUES)
    assert [(m.kind, sentence[m.subject[0] : m.subject[1]]) for m in found] == [("symptom", "itchy skin")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Do not use nasal sprays for more than five days, because they can cause rebound congestion.",
         ("they", "rebound congestion", "causes")),
        ("Avoid aspirin and ibuprofen during a flare, as they can increase the risk of bleeding.", ("they", "bleeding", "risk_factor")),
    ],
)
def test_a_plural_pronoun_giving_the_reason_for_advice_against_causes_the_harm(sentence: str, expected: tuple) -> None:
    assert expected in causes(sentence)


def test_a_pronoun_giving_the_reason_for_a_benefit_is_no_cause() -> None:
    assert causes("Antibiotics are useful, because they can clear the infection.") == []


def test_the_reason_for_advice_against_is_not_negated(nlp) -> None:  # noqa: ANN001
    doc = nlp("Do not use nasal sprays for more than five days, because they can cause rebound congestion.")
    found = [c for c in doc._.claims if c.type == "cause"]
    assert [(c.cause.text, c.effect.text, c.assertion.negated) for c in found] == [("they", "rebound congestion", False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wearing contact lenses makes you more prone to eye infections, particularly if the lenses are worn overnight.",
         ("lenses are worn overnight", None, "risk_factor")),
        ("Hip replacements increase the risk of infection, particularly when the wound heals slowly.", ("wound heals slowly", None, "risk_factor")),
        ("Cracked heels can let germs in and cause an infection, especially in people with diabetes.", ("diabetes", None, "risk_factor")),
    ],
)
def test_the_condition_after_a_risk_or_a_cause_especially_if_is_a_risk_factor(sentence: str, expected: tuple) -> None:
    assert expected in causes(sentence)


@pytest.mark.parametrize(
    "sentence", ["See a doctor, especially if you have a fever.", "The cream works well, especially if you use it every day."])
def test_especially_if_after_advice_or_a_benefit_names_no_risk(sentence: str) -> None:
    assert causes(sentence) == []


def test_what_is_behind_most_cases_causes_them() -> None:
    assert causes("A virus is behind most cases of acute bronchitis.") == [("virus", "acute bronchitis", "causes")]


def test_single_words_before_a_gerund_with_its_object_are_items_not_its_modifiers() -> None:
    from extract.claims.grammar import list_items
    from tests.claims.conftest import CUES

    text = "such as poverty, bullying or losing a parent"
    items = list_items(text, (8, len(text)), CUES, lambda phrase: False)  # a linker that knows none of the words
    assert [text[a:b] for a, b in items] == ["poverty", "bullying", "losing a parent"]
    text = "sharp, pricking and stabbing pain"
    assert [text[a:b] for a, b in list_items(text, (0, len(text)), CUES, lambda phrase: False)] == [text]


def test_each_way_of_catching_it_is_a_cause() -> None:
    found = [c[0] for c in causes(
        "You can catch it through close contact with someone who has it, by sharing cups, or by eating food an infected person has made.")]
    assert "close contact" in found
    assert "sharing cups" in found
    assert any(s.startswith("eating food") for s in found)


def test_listed_associations_are_associated_causes() -> None:
    assert causes("Other associations include pregnancy, obesity and a low-fibre diet.") == [
        ("pregnancy", None, "associated_with"), ("obesity", None, "associated_with"), ("low-fibre diet", None, "associated_with")]
