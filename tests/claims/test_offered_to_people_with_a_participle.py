"""People named with a participle's phrase ("adults newly diagnosed with X", "patients treated with Y") as the subject
of "should be offered" are who receive, not what is offered (session 27, gen34; a news article's "adults newly diagnosed
with vitiligo should be offered a blood test" had the adults as the offered intervention, a treatment claim). Sentences
written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES


def _recommendations(sentence: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in found if m.kind == "recommendation"]


@pytest.mark.parametrize(
    "sentence,action,whom",
    [
        ("Adults newly diagnosed with coeliac disease should be offered a bone density scan.", "bone density scan",
         "Adults newly diagnosed with coeliac disease"),
        ("Patients treated with lithium should be offered a thyroid blood test every six months.", "thyroid blood test",
         "Patients treated with lithium"),
        ("Children recently diagnosed with type 1 diabetes should be offered structured education.", "structured education",
         "Children recently diagnosed with type 1 diabetes"),
    ],
)
def test_the_people_receive_what_is_offered(sentence: str, action: str, whom: str) -> None:
    found = _recommendations(sentence)
    assert any(a.startswith(action) and w == whom for a, w in found), found


def test_a_participle_that_is_the_intervention_stays_the_subject() -> None:
    # "Ice wrapped in a towel should be applied": the subject is no person, and stays the action
    found = _recommendations("Ice wrapped in a towel should be applied for ten minutes at a time.")
    assert any(a.startswith("Ice") for a, _ in found), found
