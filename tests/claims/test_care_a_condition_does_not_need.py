"""gen48 (recommendation recall): care that the condition, not only its people, is said not to need is advised against
("A ganglion does not always need treatment", as "Asymptomatic women do not usually need treatment"; CLAIMS_SPEC.md,
session 17: "do not need X" is `against`). Sentences written for these tests about conditions of their own."""

import pytest

from extract.claims.relations import find_relations
from tests.claims.conftest import CUES


def _advice(sentence: str) -> list[tuple[str, bool]]:
    found, _ = find_relations(sentence, CUES)
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in found if m.kind == "recommendation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A small lipoma does not always need treatment.",
        "Milia in newborn babies do not usually need treatment.",
        "If your hernia is not causing symptoms, you will usually not need any treatment.",
    ],
)
def test_care_the_condition_does_not_need_is_advised_against(sentence: str) -> None:
    assert ("treatment", True) in _advice(sentence)


def test_care_a_condition_needs_in_the_affirmative_stays_what_happens_to_things() -> None:
    assert _advice("Stones that block the kidney need treatment.") == []


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("You may continue gentle exercise such as walking or yoga if it does not make the pain worse.", "walking"),
        ("You can carry on working as long as your back allows.", "working as long as your back allows"),
    ],
)
def test_what_the_reader_may_carry_on_doing_is_advice(sentence: str, action: str) -> None:
    assert (action, False) in _advice(sentence)


@pytest.mark.parametrize("sentence", ["You may continue to feel tired for a few weeks.", "You can keep having flare-ups for years."])
def test_what_goes_on_happening_to_the_reader_is_no_advice(sentence: str) -> None:
    assert _advice(sentence) == []
