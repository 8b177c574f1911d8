"""Recommendations by construction (issue 3, session 19): a thing pronoun advised by a modal passive of giving ("It should
be offered to ...", "They should be avoided ..."), people advised by a passive of care ("Everyone in the house should be
treated ..."), and the places of one action of staying or going ("Stay off school, nursery or work": one advice,
CLAIMS_SPEC.md: alternatives and places within one advice stay one).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, bool]]:
    """(action, against) of every recommendation of ``sentence``."""
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It should be offered to adults whose seizures continue despite two medicines.", [("It", False)]),
        ("They should be avoided in people with kidney disease.", [("They", True)]),
        ("It should not be used in pregnancy.", [("It", True)]),
        ("Splinting does not cure the condition, but it can ease pain, and it should be offered before surgery is considered.", [("it", False)]),
    ],
)
def test_a_thing_pronoun_advised_by_a_passive_of_giving_is_the_advice(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert advice(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It should be noted that most people recover within a month.",  # no verb of giving: a remark, no advice
        "It can be hard to tell the two rashes apart.",
    ],
)
def test_a_pronoun_without_a_passive_of_giving_advises_nothing(sentence: str) -> None:
    assert advice(sentence) == []


def test_an_action_on_the_pronoun_stays_the_advice() -> None:
    # session 17: a verb of another action on it (stopped, combined) is the advice, not the pronoun
    assert advice("They should not be stopped abruptly.") == [("stopped abruptly", True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Everyone in the household should be treated at the same time.", [("treated at the same time", False)]),
        ("People with a severe attack should be admitted to hospital.", [("admitted to hospital", False)]),
        ("The dressing should be kept clean and dry for two days.", [("kept clean and dry for two days", False)]),
    ],
)
def test_people_or_a_part_advised_by_a_passive_of_care_give_the_care_as_the_advice(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert advice(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Stay off school, nursery or work until the blisters have dried.", [("Stay off school", False)]),
        ("Go back to college, the office or the gym only when the fever has gone.", [("Go back to college", False)]),
        # a list of things avoided stays one advice per thing
        ("Avoid scented soaps, bath oils and talc.", [("scented soaps", True), ("bath oils", True), ("talc", True)]),
    ],
)
def test_the_places_of_one_action_of_staying_or_going_are_one_advice(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert advice(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fronted population opens the imperative, as "For older children, give ..." does
        ("In children under 5 and anyone with a weak immune system, apply the lotion to the scalp as well.",
         [("apply the lotion to the scalp as well", False)]),
        # the places after a pronoun object's preposition are one advice
        ("In babies, rub it into the scalp, neck and ears.", [("rub it into the scalp", False)]),
    ],
)
def test_a_fronted_population_opens_an_imperative(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert advice(sentence) == expected


def test_a_fronted_phrase_of_studies_opens_no_imperative() -> None:
    assert advice("In studies, complete cure rates with the lacquer alone were modest.") == []


def test_a_verb_that_is_also_a_noun_before_a_list_of_its_objects_is_an_imperative() -> None:
    assert advice("Wash towels, flannels and pillowcases on a hot cycle.")[:1] == [("Wash towels", False)]


def test_a_list_that_is_the_subject_of_a_predicate_is_no_imperative() -> None:
    assert advice("Load management, exercise and rest are the mainstays of care.") == []
