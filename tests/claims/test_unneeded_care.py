"""What the text says is not needed is advice against it (CLAIMS_SPEC.md, "needs X": "do not need X" is
`against`): "They do not need to stay off work", "People with mild acne do not usually need antibiotics", "There
is no need to ...". A past denial ("I didn't need surgery"), a denied obligation ("You don't have to live with
the pain") and a denied avoidance ("You do not need to avoid dairy foods such as milk": not advice against milk)
give no such advice.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def advice(sentence: str) -> list[tuple[str, str | None, bool]]:
    """(action, for whom, against) of every recommendation of ``sentence``."""
    g = lambda span: sentence[span[0] : span[1]] if span else None  # noqa: E731
    return [(g(m.subject), g(m.object), m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Children with slapped cheek syndrome do not need to stay off school.",
         [("stay off school", "Children with slapped cheek syndrome", True)]),
        ("They do not need to rest in bed.", [("rest in bed", None, True)]),
        ("People with mild acne do not usually need antibiotics.", [("antibiotics", "People with mild acne", True)]),
        ("Most adults with a simple cold sore don't need antiviral cream.", []),  # a share of people: how often, as "Some patients need"
        ("There is no need to keep a child with threadworms off nursery.", [("keep a child with threadworms off nursery", None, True)]),
        ("Adults with shingles will not usually need to be admitted to hospital.",
         [("admitted to hospital", "Adults with shingles", True)]),
    ],
)
def test_what_is_not_needed_is_advised_against(sentence: str, expected: list) -> None:
    assert advice(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I didn't need surgery in the end.",
        "You don't have to live with the pain of a frozen shoulder.",
        "Patients never needed a second operation.",
    ],
)
def test_a_past_denial_or_a_denied_obligation_is_no_advice(sentence: str) -> None:
    assert advice(sentence) == []


def test_a_denied_avoidance_does_not_advise_against_its_examples() -> None:
    sentence = "You do not need to avoid dairy foods such as milk, cheese and butter if you have gallstones."
    assert not any(a in {"milk", "cheese", "butter"} for a, _, _ in advice(sentence))


def test_a_need_stated_positively_stays_advice_for() -> None:
    assert advice("People with a kidney infection need antibiotics.") == [("antibiotics", "People with a kidney infection", False)]
