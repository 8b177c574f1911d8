"""Cause and risk bullets under lead-ins that name no cue phrase of a list (session 13: dev15):
a lead-in whose risk rises ("Your chances of X are higher if you:"), one whose subject is a general
noun of causes and whose verb causes ("Lots of things can set it off:"), and the bullets under
them: a verb of taking or using before the item, a class named only for its examples, a habit
named by its absence. The pages are written for these tests, about conditions the development
corpora do not cover."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.lists import list_lead_kind
from tests.claims.test_complications_and_risk_lists import claims

CUES = load_relation_cues()


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("Your chances of getting a kidney infection are higher if you:", "risk_factor"),
        ("The risk of a stroke goes up if you:", "risk_factor"),
        ("Your risk is greater when you:", "risk_factor"),
        ("Lots of things can set it off:", "cause"),
        ("Several foods can trigger a flare-up:", "cause"),
        ("Some medicines can bring an attack on:", "cause"),
    ],
)
def test_rising_risk_and_things_that_cause_open_their_lists(lead: str, kind: str) -> None:
    assert list_lead_kind(lead, CUES) == kind


@pytest.mark.parametrize(
    "lead",
    [
        "Some things can help:",  # helping treats, it causes nothing
        "Your risk can be lowered if you:",  # no rise
        "Lots of people find it useful to:",  # no verb of causing
        "The chances of a cure are good if you:",
    ],
)
def test_leads_without_a_rising_risk_or_a_causing_verb_open_no_cause_list(lead: str) -> None:
    assert list_lead_kind(lead, CUES) not in ("cause", "risk_factor")


def test_risk_bullets_drop_their_verbs_keep_a_habit_named_by_its_absence(plain) -> None:  # noqa: ANN001
    page = (
        "Your chances of getting gallbladder cancer are higher if you:\n\n"
        "- are over 70\n- don't eat much fruit\n- take certain medicines, such as oestrogen or octreotide\n- use tobacco\n"
    )
    assert [c[1] for c in claims(plain, page)] == ["over 70", "don't eat much fruit", "oestrogen", "octreotide", "tobacco"]
    assert {c[3] for c in claims(plain, page)} == {"risk_factor"}


def test_a_class_named_for_its_examples_is_no_cause_its_examples_are(plain) -> None:  # noqa: ANN001
    page = (
        "Many things can trigger a migraine-like headache in children:\n\n"
        "- drinks, especially cola and energy drinks\n"
        "- medicines, including decongestants such as pseudoephedrine\n"
        "- contact with strong smells or certain chemicals, like paint thinner\n"
        "- some foods\n"  # a class without examples stays
    )
    assert [c[1] for c in claims(plain, page)] == [
        "cola", "energy drinks", "decongestants", "pseudoephedrine", "strong smells", "paint thinner", "foods",
    ]


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("Once you have recovered, these simple steps may lower the chance of another attack:", None),  # "have" of a perfect, far from the colon
        ("Some people also notice the following symptoms:", "symptom"),
        ("You may also have:", "symptom"),
    ],
)
def test_a_verb_of_having_opens_symptoms_only_near_the_colon(lead: str, kind) -> None:  # noqa: ANN001
    assert list_lead_kind(lead, CUES) == kind
