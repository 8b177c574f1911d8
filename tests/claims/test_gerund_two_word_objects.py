"""A gerund whose first object has two words heads one way a condition spreads or is caused, with the objects listed
after it (session 26; dev38's "or by sharing lip balm, towels, cups or cutlery", heldout2's "by breathing in food,
drink or vomit"): one cause, as "by sharing towels, bedding or toys" already was (CLAIMS_SPEC.md, session 20).
Sentences written for these tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Hand, foot and mouth disease spreads through coughs, or by sharing water bottles, spoons or toys.",
         ["coughs", "sharing water bottles, spoons or toys"]),
        ("It spreads by touching door handles, taps or phones.", ["touching door handles, taps or phones"]),
    ],
)
def test_a_gerund_and_its_listed_objects_are_one_cause(sentence: str, expected: list[str]) -> None:
    assert [c for c, _, _ in causes(sentence)] == expected


def test_gerund_items_of_their_own_stay_apart() -> None:
    assert [c for c, _, _ in causes("Drinking alcohol, smoking and stress can trigger a flare.")] == ["Drinking alcohol", "smoking", "stress"]


def test_an_adjective_and_its_noun_head_no_list() -> None:
    # "greasy meals" is one thing eaten; the alcohol and the stress after it are causes of their own
    assert [c for c, _, _ in causes("Flares can be set off by eating greasy meals, alcohol or stress.")][-2:] == ["alcohol", "stress"]
