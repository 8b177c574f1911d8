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


def test_symptoms_of_findings_are_those_findings() -> None:
    from extract.claims.relations import find_relations

    def symptoms(sentence: str) -> list[str]:
        return [sentence[m.subject[0] : m.subject[1]] for m in find_relations(sentence, CUES)[0] if m.kind == "symptom"]

    assert symptoms("Some patients have symptoms of pain, fatigue or poor memory that last for months.") == ["pain", "fatigue", "poor memory"]
    assert symptoms("Some people have symptoms of Lyme disease for months.") == []  # a condition, not findings
    assert "pain" not in symptoms("If you have symptoms of pain or fever, see a doctor.")  # the situation of advice


def test_a_definition_a_writer_attributes_gives_the_symptoms_of_the_condition() -> None:
    from extract.claims.relations import find_relations

    s = "About one adult in twenty has chronic fatigue syndrome, which doctors define as extreme tiredness, poor sleep or muscle pain."
    found = [(s[m.subject[0] : m.subject[1]], m.object and s[m.object[0] : m.object[1]]) for m in find_relations(s, CUES)[0] if m.kind == "symptom"]
    assert ("extreme tiredness", "chronic fatigue syndrome") in found
    # "which ... means" is a consequence, not a definition
    s2 = "The wound became infected, which sometimes means the implant is removed."
    assert not [m for m in find_relations(s2, CUES)[0] if m.kind == "symptom"]


def test_how_an_infection_spreads_to_people_is_its_cause() -> None:
    assert causes("It is spread to people through the bite of an infected sandfly.") == [("bite of an infected sandfly", None, "causes")]
    # the name given to the carriers names them, not the bites
    assert [c for c, _, _ in causes("Most people are infected through the bites of young mosquitoes called larvae.")] == ["bites of young mosquitoes"]


def test_an_association_with_mood_problems_follows_the_condition_and_a_reason_after_it_is_no_item() -> None:
    # the mood problems the condition brings follow it (CLAIMS_SPEC.md, session 17: "Endometriosis is also associated
    # with depression and anxiety, partly because of the long-term pain": subject the condition)
    found = causes("Sarcoidosis is also associated with depression and anxiety, partly because of the fatigue.")
    assert ("Sarcoidosis", "depression", "associated_with") in found
    assert not any(e == "Sarcoidosis" for _, e, _ in found)
    assert not any(c == "partly" for c, _, _ in found)


def test_a_warning_sign_that_says_how_a_body_part_is_names_each_state() -> None:
    from extract.claims.lists import warning_items

    def signs(line: str) -> list[str]:
        return [line[m.subject[0] : m.subject[1]] for m in warning_items(line, CUES, None, None)]

    assert signs("- a patch of your skin is itchy, swollen and painful and is spreading") == ["itchy", "swollen", "painful"]
    # a course of care and a place are no signs
    assert signs("- you have been treated for impetigo and the sores have not healed after a week of cream") == []
    assert signs("- the rash is near your eye") == []


def test_a_list_that_names_what_the_sentence_before_called_a_cause(plain) -> None:  # noqa: ANN001
    text = ("Impetigo\n\nImpetigo happens when bacteria get into the skin through a break in it. "
            "This may be a scratch, an insect bite or eczema.\n\n"
            "People who live in crowded homes are at higher risk. This includes children, nursery staff and carers.\n\n"
            "It is caused by bacteria. This is rare in adults.\n")
    found = claims_of(plain, text, "cause")
    assert {"scratch", "insect bite", "eczema"} <= set(found)
    assert {"children", "nursery staff", "carers"} <= set(found)
    assert not any("rare" in c or c == "adults" for c in found)  # one thing said of the cause names no list


def test_sub_bullets_that_say_how_the_item_above_behaves_name_no_symptom(plain) -> None:  # noqa: ANN001
    text = ("Ringworm\n\nSymptoms of ringworm include:\n- a ring-shaped rash:\n  - Begins as a small red patch\n"
            "  - Spreads outwards over several days\n  - Sometimes clears in the middle\n- itching\n- bumps on the skin\n")
    found = claims_of(plain, text, "symptom")
    assert "itching" in found and any("ring-shaped rash" in s for s in found)
    assert not any(s.startswith(("Begins", "Spreads", "Sometimes", "clears")) for s in found)


def test_symptoms_in_general_and_what_a_list_item_does_are_no_symptoms() -> None:
    from extract.claims.relations import find_relations

    def symptoms(sentence: str) -> list[str]:
        return [sentence[m.subject[0] : m.subject[1]] for m in find_relations(sentence, CUES)[0] if m.kind == "symptom"]

    assert symptoms("The main symptom of gout is joint pain, which is often associated with drinking.") == ["joint pain"]
    assert symptoms("The most common cause is a viral infection.") == []  # a cause, not a finding


def test_onset_after_an_event_a_problem_with_a_part_and_alternatives() -> None:
    assert ("head injury", "Labyrinthitis", "causes") in causes("Labyrinthitis sometimes starts after a head injury.")
    assert causes("Mine started after a bad chest infection.")[0][0] == "bad chest infection"
    # when a symptom comes on is how it behaves, not a cause
    assert causes("The pain usually starts after a fatty meal and can last for hours.") == []
    assert causes("Dizziness is usually caused by a problem with the inner ear.")[0][0] == "problem with the inner ear"
    assert [c for c, _, _ in causes("Croup often follows a cold or flu.")] == ["cold", "flu"]
    # a vague class before its examples stays with them ("medicines such as steroids")
    assert "medicines" not in [c for c, _, _ in causes("It is more likely because of HIV or medicines such as steroids.")]


def test_a_risk_group_ends_before_a_second_predicate() -> None:
    found = causes("Croup is more common in young children and sometimes starts after a cold.")
    assert ("young children", "Croup", "risk_factor") in found


def test_a_sign_of_other_conditions_on_a_page_about_the_sign_names_them_as_causes() -> None:
    page = lambda t: t.lower() == "dizziness"  # noqa: E731 - the page's condition
    from extract.claims.relations import find_relations

    s = "Rarely, dizziness can be a sign of a heart rhythm problem or a brain tumour."
    found = [(m.kind, s[m.subject[0] : m.subject[1]]) for m in find_relations(s, CUES, condition=page)[0]]
    assert ("symptom", "dizziness") in found and ("cause", "brain tumour") in found
    # on a page about another condition, a sign of it is a symptom only
    s2 = "Tiredness is a common sign of anaemia."
    assert [m.kind for m in find_relations(s2, CUES, condition=page)[0]] == ["symptom"]


def test_a_cause_bullet_that_defines_its_item_names_one_cause() -> None:
    def items(line: str) -> list[str]:
        return [line[m.subject[0] : m.subject[1]] for m in bullet_item(line, "cause", CUES, None)]

    assert items("- otitis media, an infection of the middle ear that often follows a cold") == ["otitis media"]
    assert items("- smoking, obesity and diabetes") == ["smoking", "obesity", "diabetes"]  # a list stays a list


def test_a_list_of_risks_in_the_clause_after_but() -> None:
    found = causes("Age is the main cause, but smoking, diabetes and long-term use of steroid tablets also raise the risk.")
    assert [c for c, _, r in found if r == "risk_factor"] == ["smoking", "diabetes", "long-term use of steroid tablets"]


def test_a_warning_sign_named_as_a_noun_phrase_and_words_that_name_no_finding(plain) -> None:  # noqa: ANN001
    from extract.claims.lists import warning_items

    line = "- a sudden severe headache"
    assert [line[m.subject[0] : m.subject[1]] for m in warning_items(line, CUES, None, None)] == ["sudden severe headache"]
    text = ("Giardiasis\n\nGut symptoms are common and include:\n- diarrhoea\n- bloating\n\n"
            "Giardiasis can also cause symptoms outside the gut.\n")
    assert claims_of(plain, text, "symptom") == ["diarrhoea", "bloating"]


def test_a_complication_bullet_with_its_findings() -> None:
    def items(line: str) -> list[str]:
        return [line[m.subject[0] : m.subject[1]] for m in bullet_item(line, "symptom", CUES, None)]

    assert items("- Tendinitis with severe pain and swelling, particularly in the elbows and knees") == ["Tendinitis", "severe pain", "swelling"]
    assert items("- pain with walking") == ["pain"]  # what brings on a finding is no finding
