"""An aside set off by commas between the subject of a predicate of advice and its cue ("X, taken at night, is an
option for ...", "X, including A and B, are alternatives for ...") does not hide the subject: it is what is
recommended, as without the aside. An aside that is a clause of its own is no such aside.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES


def advised(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Amitriptyline, taken at night, is an option for people with chronic tension headaches.", ["Amitriptyline"]),
        ("Mirabegron, given once a day, is an alternative for women who cannot take anticholinergics.", ["Mirabegron"]),
        ("Oral antifungals, including terbinafine and itraconazole, are alternatives for adults with extensive nail infection.",
         ["Oral antifungals", "terbinafine", "itraconazole"]),
        ("Surgery, usually a fasciotomy, is an option for athletes with chronic exertional compartment syndrome.", ["Surgery"]),
    ],
)
def test_the_subject_before_an_aside_is_recommended(sentence: str, expected: list[str]) -> None:
    assert advised(sentence) == expected


def test_without_the_aside_the_same_subject_is_recommended() -> None:
    assert advised("Amitriptyline is an option for people with chronic tension headaches.") == ["Amitriptyline"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Leukotriene antagonists such as montelukast are an alternative if you cannot use a steroid inhaler.",
         ["Leukotriene antagonists", "montelukast"]),
        ("Night splints are another option for people who cannot wear insoles.", ["Night splints"]),
    ],
)
def test_a_plural_subject_of_an_alternative_is_recommended(sentence: str, expected: list[str]) -> None:
    """Session 28: "are an alternative", "are another option" as "is an alternative" (dev44's gastritis leaflet)."""
    assert advised(sentence) == expected
