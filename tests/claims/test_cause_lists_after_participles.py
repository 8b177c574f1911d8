"""The causes a participle lists ("aggravated by X", "brought on by X") end where the sentence goes on with the
finding's companions (", together with a bump and redness"), with a second participle of its own ("and relieved
within minutes by rest") or with findings after a completed coordination ("thumb and wrist movement, tenderness
..."); a plain series of triggers goes on (session 15: dev16's and dev18's reviews). Sentences written for these
tests."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Patients describe a dull ache over the kneecap, often aggravated by stairs, together with swelling and stiffness.",
         ["stairs"]),
        ("The pain is brought on by climbing and eased within minutes by sitting down.", ["climbing"]),
        ("The ache is aggravated by gripping and lifting, swelling over the tendon, and a positive stress test.",
         ["gripping and lifting"]),
    ],
)
def test_a_participles_causes_end_before_the_sentences_findings(sentence: str, expected: list) -> None:
    assert [s for s, _, _ in causes(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It can be triggered by stress and tiredness, bright lights, or skipped meals.",
         ["stress and tiredness", "bright lights", "skipped meals"]),
        ("Flares are often set off by cold weather, alcohol and infections.", ["cold weather", "alcohol", "infections"]),
    ],
)
def test_a_series_of_triggers_goes_on(sentence: str, expected: list) -> None:
    assert [s for s, _, _ in causes(sentence)] == expected


def test_a_participle_with_its_agent_in_a_list_of_findings_is_no_finding() -> None:
    from extract.claims.relations import find_relations

    from tests.claims.conftest import CUES

    sentence = "Patients present with pain over the heel, often aggravated by long walks, together with stiffness and swelling."
    found, _ = find_relations(sentence, CUES)
    symptoms = [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]
    assert "pain over the heel" in symptoms and "stiffness" in symptoms
    assert not any(s in {"aggravated", "together", "often aggravated by long walks"} for s in symptoms)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list head of risk factors named by kind, not by the word "risk"
        ("Other proposed factors include shift work, obesity and poor sleep; the evidence for these is limited.",
         ["shift work", "obesity", "poor sleep"]),
        ("Lifestyle factors include smoking, heavy drinking and lack of exercise.", ["smoking", "heavy drinking", "lack of exercise"]),
    ],
)
def test_factors_named_by_kind_are_risk_factors_and_a_second_clause_ends_them(sentence: str, expected: list) -> None:
    found = causes(sentence)
    assert [s for s, _, _ in found] == expected and {r for _, _, r in found} == {"risk_factor"}


def test_factors_of_something_else_are_no_risk_factors() -> None:
    assert causes("Other factors that affect recovery include age and fitness.") == []


def test_proposed_mechanisms_are_causes() -> None:
    found = causes("Other proposed mechanisms include autoimmunity, nerve damage and altered pain processing.")
    assert [s for s, _, _ in found] == ["autoimmunity", "nerve damage", "altered pain processing"]
    assert {r for _, _, r in found} == {"causes"}
