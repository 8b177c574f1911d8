"""The course of the treated condition after an intervention, reported in a share of people, says how the
intervention worked: "comes back in about half of people after X", "recurrence had occurred in 40 patients (25%) after
X", "After X, around 8 in 10 ... heal" name X as a treatment (CLAIMS_SPEC.md: a treatment's outcome, as "satisfied a
year after X"; dev33's and dev39's gold). How one person's pain behaves after an activity ("comes back after
exercise"), a recurrence "even after" treatment (despite it) and a recurrence without a share of people stay time
anchors.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Keloid scars\n\n" + text + "\n", "doc_course"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keloids come back in about half of people after surgery.", ["surgery"]),
        ("Recurrence had occurred in 40 patients (25%) after cryotherapy and in 22 (14%) after radiotherapy.",
         ["cryotherapy", "radiotherapy"]),
        ("After surgery, around 8 in 10 anal fistulas heal.", ["surgery"]),
    ],
)
def test_the_course_after_an_intervention_in_a_share_of_people_names_a_treatment(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The itch comes back after exercise.",
        "Relapse occurs in up to 20% of patients even after adequate surgery.",
        "A review of 28 studies found that recurrence after surgery is uncommon.",
        "After surgery, you will need to keep the wound dry for two weeks.",
    ],
)
def test_a_time_anchor_without_a_reported_course_names_none(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []
