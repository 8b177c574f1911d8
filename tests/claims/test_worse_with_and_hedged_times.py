"""Two cause constructions of session 21 (gen11), with sentences written for these tests:

* "X is (typically) worse with A, B and C": what the condition or its symptoms are worse with sets them off, a cause
  each (CLAIMS_SPEC.md: what makes a condition worse is a cause of it; dev30's tremor "worse with anxiety, caffeine
  and fatigue"), not a symptom description; what tells how it goes ("worse with age", "worse with rest") is none;
* "is about twice as common in women as in men": a hedged multiple before "as common in" names the risk group as
  "twice as common in" did, without the comparison group ("women", not "women as in men").
"""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES, causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eczema is often worse with stress, hot weather and woollen clothes.",
         [("stress", "Eczema"), ("hot weather", "Eczema"), ("woollen clothes", "Eczema")]),
        ("The itching was usually worse with alcohol or spicy food.", [("alcohol", "itching"), ("spicy food", "itching")]),
        ("Symptoms can get worse with caffeine.", [("caffeine", "Symptoms")]),
    ],
)
def test_what_a_condition_is_worse_with_is_its_cause(sentence: str, expected: list) -> None:
    assert [(c, e) for c, e, r in causes(sentence) if r == "causes"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The stiffness gets worse with age.",
        "Back pain from spondylitis is worse with rest and better with exercise.",
        "Hearing often gets worse with time.",
    ],
)
def test_a_course_it_is_worse_with_is_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


def test_what_it_is_worse_with_is_no_symptom_description() -> None:
    sentence = "Her rosacea was noticeably worse with hot drinks and red wine."
    found, _ = find_relations(sentence, CUES)
    assert [m.kind for m in found] == ["cause", "cause"]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Lupus is about nine times as common in women as in men.", "women"),
        ("It is roughly twice as common in smokers as in non-smokers.", "smokers"),
        ("Frozen shoulder is nearly three times more common in people with diabetes than in others.", "diabetes"),
    ],
)
def test_a_hedged_multiple_of_commonness_names_the_risk_group(sentence: str, group: str) -> None:
    assert [c for c, _, r in causes(sentence) if r == "risk_factor"] == [group]
