"""Who suggests care as a clinician (CLAIMS_SPEC.md: what a clinician may suggest is a recommendation of strength `may`):
a pronoun for the clinician ("They may suggest ..."), a clinician who is the subject of an earlier verb phrase
("A pharmacist can look at your ear and may suggest ..."), and the plain past or present ("My doctor suggested ...",
"The guidance already suggests ..."). Sentences written for these tests, about conditions outside the development
corpora (bunions, plantar warts, rhinitis, psoriasis)."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.strength) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("If the pain keeps you awake, they may suggest a toe spacer, which holds the big toe straight.", ("toe spacer", "may")),
        ("He also advises people to soak the wart in warm water before filing it.", ("soak the wart in warm water", "should")),
        ("A podiatrist can look at your foot and may suggest cryotherapy.", ("cryotherapy", "may")),
        ("My GP suggested switching to a nasal spray.", ("switching to a nasal spray", "may")),
        ("National guidance already suggests checking blood pressure when psoriasis is diagnosed.", ("checking blood pressure", "may")),
    ],
)
def test_a_clinician_suggests_care(sentence: str, expected: tuple[str, str]) -> None:
    got = advice(sentence)
    assert any(expected[0] in s and strength == expected[1] for s, strength in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "The evidence suggests that regular stretching helps.",
        "This suggests a fungal cause.",
        "The results suggested a benefit of surgery.",
        "The rash can spread and may suggest a viral cause.",
    ],
)
def test_what_evidence_suggests_is_no_advice(sentence: str) -> None:
    assert advice(sentence) == []
