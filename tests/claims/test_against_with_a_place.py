"""An intervention advised against with a place of its own before the predicate ("Steroid injection into the
subacromial space is not recommended") is named for the advice, no treatment claim (CLAIMS_SPEC.md: recommend against
X is `against`), as "X for Y is not recommended" already was (session 27, gen34). Sentences written for these tests,
about conditions not in the corpora."""

from extract.claims.treatments import incidental_intervention

from tests.claims.conftest import CUES


def _reason(sentence: str, name: str) -> str | None:
    s = sentence.index(name)
    return incidental_intervention(sentence, (s, s + len(name)), CUES)


def test_a_place_before_the_advice_against() -> None:
    sentence = "Steroid injection into the subacromial space is not recommended for rotator cuff tears."
    assert _reason(sentence, "Steroid injection") == "against"


def test_a_place_before_a_stated_effect_is_no_advice_against() -> None:
    sentence = "Steroid injection into the subacromial space eases pain for a few weeks."
    assert _reason(sentence, "Steroid injection") is None
