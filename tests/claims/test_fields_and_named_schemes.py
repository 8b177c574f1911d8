"""A field of medicine named as where a clinician works ("a consultant in audiovestibular medicine", "a professor of
sports medicine"), a level of care ("for primary and secondary care") and the end of a practice's or a scheme's proper
name ("Lakeside Orthopaedics & Sports Medicine", "our Breathe Free for Life programme") name no intervention
(session 33, gen53, from the development gold of dev28, dev34, dev48 and dev51). A programme the page offers, named with
a capital after "Our", stays a treatment.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import treatment_texts


@pytest.mark.parametrize(
    "sentence,service",
    [
        ("\"Most dizzy spells are harmless,\" says Dr Ruth Lowe, a consultant in audiovestibular medicine in Leeds.", "medicine"),
        ("At Lakeside Orthopaedics & Sports Medicine, our foot and ankle surgeons treat plantar fasciitis every week.", "Medicine"),
        ("These standards on leg ulcer care apply to primary and secondary care.", "secondary care"),
    ],
)
def test_a_field_a_level_of_care_or_a_proper_name_is_no_treatment(nlp, sentence: str, service: str) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, sentence)
    assert not any(f.endswith(service) for f in found), found


def test_a_programme_the_page_offers_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "Our Pulmonary Rehabilitation Programme helps people with COPD breathe more easily.")
    assert any(f.endswith("Programme") for f in found), found
