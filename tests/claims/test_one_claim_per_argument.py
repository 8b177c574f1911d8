"""One claim per finding, intervention or cause of a sentence, whatever rules read it (session 21, gen11).

A warning bullet that names a class of signs with its examples ("- someone shows signs of heatstroke, such as hot dry
skin, confusion or a fast pulse") is read by the warning list (each sign, no condition) and by the "such as" rule (each
sign, of the class): the gold has one claim per sign (CLAIMS_SPEC.md: one claim per listed item), so the second reading
of a sign the first already gave is no claim of its own. Where the two readings' spans differ, the narrower one is kept
("bowel problems", not "bladder or bowel problems, numbness" run over the next item). Recommendations are left alone:
two advised actions of one sentence may share words ("Stay off work" and "work from home"). Sentences written for
these tests.
"""

import pytest

from extract.claims.component import _distinct
from extract.claims.grammar import RelationMention


def _mention(kind: str, span: tuple[int, int], obj=None, rule: str = "r") -> RelationMention:  # noqa: ANN001
    return RelationMention(kind, span, obj, None, rule, span)


@pytest.mark.parametrize("kind", ["symptom", "treatment", "cause"])
def test_a_second_reading_of_one_argument_is_no_second_claim(kind: str) -> None:
    first = _mention(kind, (10, 22), None, "bullet:warning")
    again = _mention(kind, (10, 22), (0, 8), "symptom:including")  # the same words, read with a condition
    other = _mention(kind, (24, 33), None, "bullet:warning")
    assert _distinct([first, again, other]) == [first, other]


def test_the_narrower_of_two_overlapping_readings_is_kept_in_place() -> None:
    run_over = _mention("symptom", (30, 65), None, "list:(")  # "bladder or bowel problems, numbness"
    narrow = _mention("symptom", (51, 65), None, "list:(")  # "bowel problems"
    later = _mention("symptom", (67, 95), None, "list:(")
    assert _distinct([run_over, narrow, later]) == [narrow, later]


def test_different_kinds_and_recommendations_keep_their_own_claims() -> None:
    symptom = _mention("symptom", (0, 10))
    cause = _mention("cause", (0, 10))
    advice = _mention("recommendation", (20, 34))
    advice_too = _mention("recommendation", (20, 29))
    assert _distinct([symptom, cause, advice, advice_too]) == [symptom, cause, advice, advice_too]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Heat exhaustion\n\nGet medical help if:\n"
            "- someone shows signs of heatstroke, such as hot dry skin, confusion or a fast pulse\n",
            ["hot dry skin", "confusion", "fast pulse"],
        ),
        (
            "Bronchiolitis in babies\n\nCall your GP if:\n"
            "- your baby shows signs of dehydration, such as fewer wet nappies, a dry mouth or cold hands and feet\n",
            ["fewer wet nappies", "dry mouth"],
        ),
    ],
)
def test_each_sign_of_a_warning_bullet_with_examples_is_claimed_once(page: str, expected: list) -> None:
    from extract.pipeline import load, make_doc

    nlp = load(link=False, progress=False)
    doc = nlp(make_doc(nlp, page, "doc_gen11_signs"))
    signs = [c.symptom.text for c in doc._.claims if c.type == "symptom"]
    for sign in expected:
        assert signs.count(sign) == 1, signs
