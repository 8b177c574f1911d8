"""What clinicians "often suggest / recommend X for people with Y" (session 23, gen16; dev32's "Surgeons often suggest a
flap procedure for people with large or recurrent sinuses"): the recommended action is X, and the people are its
object, not part of the action ("compression stockings for people" was the action). Sentences written for these tests,
about conditions no corpus covers."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def _recommendations(sentence: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in found if m.kind == "recommendation"]


@pytest.mark.parametrize(
    "sentence,action,whom",
    [
        ("Doctors often suggest compression stockings for people with varicose veins.", "compression stockings",
         "people with varicose veins"),
        ("Dermatologists usually recommend a barrier cream for babies with nappy rash.", "barrier cream", "babies with nappy rash"),
        ("Physiotherapists often suggest calf stretches for runners with shin pain.", "calf stretches", "runners with shin pain"),
    ],
)
def test_the_people_are_the_object(sentence: str, action: str, whom: str) -> None:
    assert (action, whom) in _recommendations(sentence)


def test_a_purpose_that_names_no_people_stays_with_the_action() -> None:
    found = _recommendations("Your GP may suggest a steroid injection for pain that persists.")
    assert found and found[0][0].startswith("steroid injection") and found[0][1] is None
