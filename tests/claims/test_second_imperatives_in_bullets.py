"""A second imperative joined by "and" is advice of its own (CLAIMS_SPEC.md: one recommendation per coordinated action),
also when the bullet's first verb is found by the lexicon only ("• pace your activities and plan rest"), after a
time phrase ("throughout the day", "during a flare") or after a short time clause of a gerund ("when getting out of
bed"). Sentences written for these tests, about conditions outside the development corpora (lupus, gout, bunions)."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(line: str) -> list[str]:
    return [line[m.subject[0] : m.subject[1]] for m in recommendations(line, CUES, advice_item=True)]


@pytest.mark.parametrize(
    "line, second",
    [
        ("\u2022 pace your chores and plan short breaks to manage lupus fatigue", "plan short breaks"),
        ("\u2022 sip water often throughout the day and keep a bottle in your bag", "keep a bottle in your bag"),
        ("\u2022 rest the foot during a gout flare and keep the bedclothes off it", "keep the bedclothes off"),
        ("- wash your feet before putting on shoes and dry between the toes", "dry between the toes"),
    ],
)
def test_the_second_action_is_advice_of_its_own(line: str, second: str) -> None:
    got = advice(line)
    assert len(got) == 2 and got[1].startswith(second), got


def test_a_comma_list_after_a_lexicon_verb_stays_objects() -> None:
    # "ice" reads as a verb, but after a comma it is the next thing to suck, not a second action
    assert advice("- suck on frozen grapes, ice cubes or boiled sweets") == ["suck on frozen grapes"]


@pytest.mark.parametrize(
    "sentence, actions",
    [
        # past a time phrase of the first action ("for the first two weeks")
        ("Wear a loose sock for the first two weeks and avoid tight boots until the toe heals.",
         ["Wear a loose sock", "avoid tight boots"]),
        # "break" is an action verb of its own after "but" (coordinated_action_verbs)
        ("Keep cycling, but break long rides into shorter ones and avoid steep climbs.",
         ["Keep cycling", "break long rides", "avoid steep climbs"]),
    ],
)
def test_later_actions_of_a_sentence(sentence: str, actions: list[str]) -> None:
    got = [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]
    assert len(got) == len(actions) and all(g.startswith(a) for g, a in zip(got, actions)), got
