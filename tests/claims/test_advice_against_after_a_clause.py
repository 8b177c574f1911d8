"""An advice against after a reason and "so" ("The cream can sting, so do not put it near your eyes") and a second
"do not" after ", and" ("See a doctor today, and do not wait to see ...") are recommendations against, as CLAIMS_SPEC.md
reads every "do not". Sentences written for these tests, about conditions outside the development corpora."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def against(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES) if m.against]


@pytest.mark.parametrize(
    "sentence, action",
    [
        ("Calamine lotion can sting broken skin, so do not put it on open sores.", "put it on open sores"),
        ("A fever is not always present, so never rely on a thermometer alone.", "rely on a thermometer alone"),
        ("See a doctor the same day if your eyelid swells, and do not wait for it to close your eye.", "wait for it to close your eye"),
    ],
)
def test_an_advice_against_after_a_clause(sentence: str, action: str) -> None:
    assert any(a.startswith(action) for a in against(sentence)), against(sentence)


def test_a_reason_with_so_and_no_advice_verb_is_none() -> None:
    assert against("The rash is not contagious, so children can go to school.") == []
