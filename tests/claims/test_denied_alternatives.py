"""Under a negated imperative "or" lists what not to do, each advised against ("Do not scratch the blisters or
pop them": two), while in positive advice it joins alternatives of one ("Rest or see a pharmacist" stays one, as
"Come back or call 111"). A purpose after the last object of a list belongs to the whole list ("Do not use A, B or C
to soften the corn"), so the items are still short enough to be objects of the verb.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def advice(sentence: str) -> list[tuple[str, bool]]:
    """(action, against) of every recommendation of ``sentence``."""
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Do not scratch the spots or burst the blisters of chickenpox.",
         [("scratch the spots", True), ("burst the blisters of chickenpox", True)]),
        ("Don't rub your eyes or wear contact lenses while you have blepharitis.",
         [("rub your eyes", True), ("wear contact lenses", True)]),
        ("Don't drive or operate machinery until the dizziness of labyrinthitis has gone.", [("drive", True), ("operate machinery", True)]),
    ],
)
def test_negated_alternatives_are_each_advised_against(sentence: str, expected: list) -> None:
    assert advice(sentence)[: len(expected)] == expected


def test_positive_alternatives_stay_one_advice() -> None:
    assert advice("Rest at home or ask a pharmacist about pain relief.") == [("Rest at home or ask a pharmacist", False)]


def test_a_purpose_after_the_last_listed_object_is_the_whole_lists() -> None:
    found = advice("Do not use a razor blade, scissors or a nail file to cut off a corn.")
    assert [a for a, _ in found] == ["use a razor blade", "scissors", "a nail file"]
    assert all(against for _, against in found)
