"""Which verb of a passive advice on a named intervention is the advice (CLAIMS_SPEC.md, sessions 17 and 27; session 33,
gen54). Taking a medicine in a situation is giving it ("should not be taken during pregnancy", "in children", "while
breastfeeding"): the medicine is what is advised against, as "taken for a cold"; taking it with something stays another
action ("should not be taken with aspirin"). Withholding or delaying an intervention is another action than giving it:
"Surgery should not be delayed ..." advises against the delay.

The sentences are written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues(None)


def advice(sentence: str) -> list[tuple[str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Methotrexate tablets should not be taken during pregnancy.", ("Methotrexate tablets", True)),
        ("Codeine must not be taken in children under 12.", ("Codeine", True)),
        ("Tetracycline capsules should not be taken with milk.", ("taken with milk", True)),
        ("Thrombolysis should not be delayed in a suspected stroke.", ("delayed in a suspected stroke", True)),
        ("Antiviral treatment should not be withheld because of the patient's age.", ("withheld", True)),
    ],
)
def test_the_advice_is_the_giving_or_the_other_action(sentence: str, expected: tuple) -> None:
    assert advice(sentence) == [expected]
