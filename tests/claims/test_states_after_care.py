"""The states of a body part in the course of care are no symptom claims (session 26, gen31): placed after a procedure
("if your finger is stiff after surgery", "the wound becomes red, hot or leaks fluid after surgery") or foretold for a
spell ("Your toe will be numb for a few hours", "Your eye will be red, watery and a little sore for one to two weeks"),
as dev33's, dev36's, dev37's and dev22's first-sight pages had them (CLAIMS_SPEC.md: signs of a complication of care
are none). How a part is with the condition stays a finding, with or without a spell it lasts.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def symptoms(plain, title: str, text: str) -> list[str]:  # noqa: ANN001
    doc = plain(make_doc(plain, title + "\n\n" + text + "\n", "doc_states_after_care"))
    return [c.symptom.text for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize(
    "text",
    [
        "After a bunion operation your big toe will be numb for a few hours.",
        "Your knee will be swollen and stiff for two to three weeks.",
        "Ring the ward if the wound becomes red or swollen after the operation.",
        "Your physiotherapist will see you if your shoulder is stiff after surgery.",
    ],
)
def test_a_state_in_the_course_of_care_is_no_symptom(plain, text: str) -> None:  # noqa: ANN001
    assert symptoms(plain, "Frozen shoulder", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In septic bursitis the elbow becomes red, hot and swollen.", ["red", "hot", "swollen"]),
        ("With scleritis the eye may be red and painful for several weeks.", ["red", "painful"]),
    ],
)
def test_a_state_of_the_condition_stays_a_symptom(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert symptoms(plain, "Bursitis", text) == expected
