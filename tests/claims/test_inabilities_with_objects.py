"""An inability in a warning sign keeps its degree or the person's own object ("cannot pass urine at all", "you cannot
move it", "cannot swallow their saliva"): a finding (CLAIMS_SPEC.md, session 18), while care or a medicine as the
object ("cannot see your GP", "can't swallow your tablets") names none. Bullets written for these tests, about
conditions outside the development corpora (epiglottitis, urinary retention, Bell's palsy, lockjaw)."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.lists import warning_items

CUES = load_relation_cues()


def signs(bullet: str) -> list[str]:
    return [bullet[m.subject[0] : m.subject[1]] for m in warning_items(bullet, CUES, None, None)]


@pytest.mark.parametrize(
    "bullet, sign",
    [
        ("- is dribbling and cannot swallow their own saliva", "cannot swallow their own saliva"),
        ("- you cannot pass urine at all", "cannot pass urine at all"),
        ("- one side of your face is weak or you cannot move it", "cannot move it"),
        ("- you cannot open your mouth properly", "cannot open your mouth properly"),
    ],
)
def test_an_inability_with_its_degree_or_own_object_is_a_sign(bullet: str, sign: str) -> None:
    assert sign in signs(bullet)


@pytest.mark.parametrize("bullet", ["- you cannot see your GP", "- you cannot swallow your tablets"])
def test_care_or_a_medicine_after_an_inability_is_no_sign(bullet: str) -> None:
    assert not [s for s in signs(bullet) if "cannot" in s]
