"""Whom to contact when care is needed is advice, also when it is a place of care ("Contact the fracture clinic",
"Contact the surgical ward straight away if ...") or the site itself with a situation of care after it ("Contact us the
same day if ...", "contact us or your dentist if ..."); an offer of the site's services stays none (session 25: dev32,
dev36). Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.recommendations import recommendations
from tests.claims.conftest import CUES


def actions(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Contact the plaster clinic if your toes turn blue or numb.", "Contact the plaster clinic"),
        ("Contact the day surgery unit straight away if the wound starts to bleed.", "Contact the day surgery unit straight away"),
        ("Contact us the same day if your eye becomes red and painful.", "Contact us the same day"),
        ("Please contact us or your optician if your vision suddenly gets worse.", "contact us or your optician"),
    ],
)
def test_a_place_of_care_or_the_site_in_a_situation_of_care_is_advice(sentence: str, expected: str) -> None:
    assert expected in actions(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Contact our clinic today to book your consultation.",
        "Contact us if you would like to book an appointment.",
        "Contact us or your insurer if you have any questions about cover.",
    ],
)
def test_an_offer_of_the_sites_services_is_no_advice(sentence: str) -> None:
    assert actions(sentence) == []
