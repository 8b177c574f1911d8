"""Cause and symptom constructions that pages nobody tuned on use (issue 3, session 10: dev8 and dev9
scored .27-.63 symptom recall at first sight). The pages are written for these tests, about other
conditions than the development corpora's."""

from extract.claims.lists import bullet_item, list_lead_kind
from extract.pipeline import make_doc

from tests.claims.conftest import CUES, causes


def claims_of(nlp, text: str, kind: str) -> list[str]:  # noqa: ANN001
    """The arguments of the claims of one type on a page, in page order."""
    doc = nlp(make_doc(nlp, text, "doc_unseen"))
    arg = {"cause": "cause", "symptom": "symptom"}[kind]
    return [getattr(c, arg).text for c in doc._.claims if c.type == kind]


HIVES = """Hives

Symptoms of hives

The main symptom is a raised, itchy rash.

You may also:
- feel hot or have a high temperature
- notice swelling of your lips or eyelids
- get tired easily

Things you can do yourself

If you have hives, it can help to:
- wear loose cotton clothes
- take a cool shower
"""


def test_bullets_that_complete_a_lead_in_clause_are_symptoms(plain) -> None:  # noqa: ANN001
    # "You may also:" then "• feel hot": each bullet ends the lead-in's sentence ("You may also feel hot")
    found = claims_of(plain, HIVES, "symptom")
    assert "high temperature" in found
    assert any(s.startswith("swelling of your lips") for s in found)
    # the advice under "If you have hives, it can help to:" names no symptoms
    assert not any(s in found for s in ("loose cotton clothes", "wear loose cotton clothes", "cool shower", "take a cool shower"))


def test_a_lead_in_that_only_states_the_situation_of_advice_announces_no_symptoms() -> None:
    assert list_lead_kind("If you have hives, it can help to:", CUES) == "treatment"  # what helps, not symptoms
    assert list_lead_kind("When you have a flare, try to:", CUES) is None
    assert list_lead_kind("In a severe attack you may also have:", CUES) == "symptom"  # still a symptom lead-in


def test_a_body_part_alone_is_no_symptom(plain) -> None:  # noqa: ANN001
    text = ("Lupus\n\nSymptoms of lupus include:\n- aching in tendons, muscles, joints and bones\n\n"
            "Call 999 if you have lupus and:\n- weakness or numbness in your arms or legs\n")
    found = claims_of(plain, text, "symptom")
    assert any(s.startswith("aching in tendons") for s in found) and "weakness" in found
    assert not {"legs", "muscles", "joints", "bones"} & set(found)


def test_a_body_part_with_the_clause_saying_how_it_is_is_one_finding() -> None:
    def items(line: str) -> list[str]:
        return [line[m.subject[0] : m.subject[1]] for m in bullet_item(line, "symptom", CUES, None)]

    assert items("- skin that looks tight or shiny") == ["skin that looks tight or shiny"]
    assert items("- skin over the knuckles that feels hot and looks swollen") == ["skin over the knuckles that feels hot and looks swollen"]
    # a finding before the clause is the item, the clause only says when
    assert items("- numbness that wakes you at night") == ["numbness"]


def test_a_list_of_causes_before_a_plural_predicate_noun() -> None:
    found = causes("Heat, exercise, tight clothing and spicy food are common triggers, and hives becomes more common with age.")
    assert [c for c, _, _ in found if c != "age"] == ["Heat", "exercise", "tight clothing", "spicy food"]
    assert causes("Cold and pressure are known triggers of hives.") != []
    # an answer to a question about the causes, not a cause claim
    assert causes("The causes are not known.") == []
