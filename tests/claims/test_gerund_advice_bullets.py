"""Bullets that open with a gerund under a lead-in that advises them ("That's why I recommend:", "You can
help your knees by:") are recommendations, one per coordinated gerund, and no treatment claims (issue 3,
session 13; CLAIMS_SPEC.md: self-care bullets under a "what you can do" lead-in).

Every text here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.lists import gerund_advice_items, gerund_advice_strength
from extract.pipeline import make_doc


def claims(nlp, text: str) -> list[tuple[str, str, str | None, bool]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_gerund_advice"))
    out = []
    for c in doc._.claims:
        if c.type == "recommendation":
            out.append(("recommendation", c.action.text, c.strength, c.against))
        elif c.type == "treatment":
            out.append(("treatment", c.intervention.text, None, False))
    return out


@pytest.mark.parametrize(
    ("line", "strength"),
    [
        ("That's why I recommend:", "should"),
        ("For most of my patients, we would strongly advise:", "should"),
        ("I'd suggest:", "may"),
        ("You can help your knees by:", "may"),
        ("Reduce the strain on your voice by:", "should"),
        ("Symptoms include:", None),
        ("We offer:", None),
        ("Causes include:", None),
    ],
)
def test_lead_ins_that_advise_their_gerund_bullets(line: str, strength: str | None) -> None:
    assert gerund_advice_strength(line) == strength


def test_each_coordinated_gerund_is_a_recommendation_and_avoiding_is_against() -> None:
    item = "- resting your voice and avoiding shouting, even for a day"
    got = [(item[s:e], m.against) for m in gerund_advice_items(item, "may") for s, e in [m.subject]]
    assert got == [("resting your voice", False), ("avoiding shouting", True)]


def test_a_bullet_that_opens_with_no_gerund_gives_none() -> None:
    assert gerund_advice_items("- a warm drink at bedtime", "should") == []


def test_gerund_bullets_under_an_advising_lead_are_recommendations_not_treatments(nlp) -> None:  # noqa: ANN001
    text = (
        "Looking after your voice\n"
        "You can help your voice recover by:\n"
        "- resting your voice and avoiding whispering\n"
        "- drinking plenty of water if your throat feels dry\n"
    )
    assert claims(nlp, text) == [
        ("recommendation", "resting your voice", "may", False),
        ("recommendation", "avoiding whispering", "may", True),
        ("recommendation", "drinking plenty of water", "may", False),
    ]


def test_a_first_person_lead_in_recommends_its_bullets(nlp) -> None:  # noqa: ANN001
    text = "Hearing aids help, but habits matter too. That's why I recommend:\n- wearing ear protection at concerts\n- turning the volume down\n"
    got = claims(nlp, text)
    assert ("recommendation", "wearing ear protection at concerts", "should", False) in got
    assert ("recommendation", "turning the volume down", "should", False) in got
    assert not any(kind == "treatment" and "wearing" in text_ for kind, text_, _, _ in got)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'd advise against detox teas.", [("detox teas", True)]),
        ("I would advise against steroid injections into the tendon.", [("steroid injections into the tendon", True)]),
        ("We advise against sleeping tablets.", [("sleeping tablets", True)]),
    ],
)
def test_the_writer_advises_as_we_do(sentence: str, expected: list) -> None:
    from extract.claims.cues import load_relation_cues
    from extract.claims.recommendations import recommendations

    got = [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, load_relation_cues())]
    assert got == expected


def test_a_finding_advising_against_names_no_adviser() -> None:
    from extract.claims.cues import load_relation_cues
    from extract.claims.recommendations import recommendations

    # no one advises here: a study's result, not advice
    assert recommendations("The results advise against firm conclusions.", load_relation_cues()) == []


def _recs(sentence: str) -> list[tuple[str, str | None]]:
    from extract.claims.cues import load_relation_cues
    from extract.claims.recommendations import recommendations

    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in recommendations(sentence, load_relation_cues())]


def test_an_intervention_offered_in_a_situation_is_the_recommended_thing() -> None:
    assert _recs("A knee replacement may be offered if the joint is badly worn.") == [("knee replacement", "joint is badly worn")]


def test_a_used_thing_recommended_for_an_aim_is_the_recommendation() -> None:
    got = _recs("Silicone sheets placed on the scar are sometimes recommended to flatten it.")
    assert [a for a, _ in got] == ["Silicone sheets placed on the scar"]


def test_people_recommended_to_act_stay_the_population() -> None:
    assert _recs("Adults are recommended to do 150 minutes of activity a week.") == [("do 150 minutes of activity a week", "Adults")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Further randomised trials of acupuncture are needed before it can be recommended.",
        "Larger studies of night splints are needed.",
    ],
)
def test_a_call_for_more_research_is_no_recommendation(sentence: str) -> None:
    assert _recs(sentence) == []


def test_care_that_is_needed_stays_a_recommendation() -> None:
    assert [a for a, _ in _recs("A trial of physiotherapy is needed before surgery.")] == ["trial of physiotherapy"]


def test_the_intervention_of_a_call_for_research_is_no_treatment_claim(nlp) -> None:  # noqa: ANN001
    assert claims(nlp, "Further randomised trials of acupuncture are needed before it can be recommended.") == []


def test_contacting_a_clinic_urgently_is_care_to_seek_not_a_call_to_action() -> None:
    got = _recs("Go to A&E or contact the eye clinic straight away if you have:")
    assert got and got[0][0].startswith("Go to A&E or contact the eye")
    assert _recs("Call us immediately to book your free consultation.") == []


def test_an_adverb_of_degree_inside_is_important() -> None:
    assert _recs("Wearing a helmet is particularly important for children.")[0][0] == "Wearing a helmet"
