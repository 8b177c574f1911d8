"""Predicates that approve of what they follow (session 26): "X is appropriate for Y", "X is a good choice", "X are a
good start" recommend X at strength `may`, as "X is reasonable" and "X is an option" do; a list as their subject gives
one recommendation per item ("Splints and night braces are appropriate": two), as a list after "we recommend" does
(CLAIMS_SPEC.md: one claim per listed item of every type). A cue of need keeps its subject whole ("Adequate salt and
fluid intake is needed"). Sentences written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.strength, m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Cool compresses are appropriate for mild sunburn.", [("Cool compresses", "may", False)]),
        ("A soft collar is a perfectly good choice for the first few days.", [("soft collar", "should", False)]),
        ("Bland foods are a good start once the nausea settles.", [("Bland foods", "may", False)]),
    ],
)
def test_an_approving_predicate_recommends_its_subject(sentence: str, expected: list) -> None:
    assert advice(sentence) == expected


def test_a_list_before_an_approving_predicate_gives_one_recommendation_per_item() -> None:
    got = [a for a, _, _ in advice("Wrist splints and night braces are appropriate for mild carpal instability.")]
    assert got == ["Wrist splints", "night braces"]


def test_a_list_before_a_cue_of_need_stays_one() -> None:
    got = [a for a, _, _ in advice("Adequate salt and fluid intake is needed in hot weather.")]
    assert got == ["Adequate salt and fluid intake"]
