"""Care that a condition, a finding or a thing needs done to it (session 33, gen54). "X needs to be checked / seen /
examined" advises having X looked at, whatever X is ("A mole that changes shape needs to be checked"); "X needs to be
drained / treated" of a condition named by its head ("A painful boil normally needs to be drained") is advice too
(CLAIMS_SPEC.md, session 17: "needs X / need to be VERBed said of the condition, of a complication ..."), while things
with a clause of what they do stay no advice ("Ulcers that bleed need to be treated in hospital", tests/claims/
test_used_to_and_seen_by.py). A passive advice on something that names no intervention is its action (CLAIMS_SPEC.md,
session 27: "the dose should be increased gradually": 'increased gradually'), for the participles of confirming,
explaining, investigating, ignoring and mistaking too. A second advice against joined by a bare "and" ("Use the spray
daily and do not share it") is read on its own, and the first ends before it.

The sentences are written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues(None)


def advice(sentence: str) -> list[tuple[str, str | None, bool]]:
    return [
        (sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None, m.against)
        for m in recommendations(sentence, CUES)
    ]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("A mole that changes shape or starts to bleed needs to be checked by a GP.", "checked by a GP"),
        ("A swollen gland that lasts more than three weeks needs to be examined.", "examined"),
        ("Any new lump in the testicle needs to be seen by a doctor within two weeks.", "seen by a doctor within two weeks"),
    ],
)
def test_a_thing_that_needs_to_be_looked_at_is_advice(sentence: str, action: str) -> None:
    assert (action, None, False) in advice(sentence)


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("A dental abscess usually needs to be drained.", "drained"),
        ("A perianal abscess normally needs to be drained by a surgeon.", "drained by a surgeon"),
    ],
)
def test_what_a_condition_needs_done_is_advice(sentence: str, action: str) -> None:
    assert [a for a, _, _ in advice(sentence)] == [action]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gallstones that cause no symptoms need to be treated only rarely.",
        "Ulcers that bleed need to be treated in hospital.",
    ],
)
def test_what_things_with_a_clause_of_their_own_need_is_no_advice(sentence: str) -> None:
    assert advice(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Blood in the urine should never be ignored.", ("ignored", None, True)),
        ("A suspected diagnosis of coeliac disease should be confirmed by a gut biopsy.", ("confirmed by a gut biopsy", None, False)),
    ],
)
def test_a_passive_advice_on_no_intervention_is_its_action(sentence: str, expected: tuple) -> None:
    assert advice(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Use the nasal spray every morning and do not share it with anyone.",
         [("Use the nasal spray every morning", None, False), ("share it with anyone", None, True)]),
        ("If you have gout, rest the joint and don't drink alcohol.",
         [("rest the joint", "you have gout", False), ("drink alcohol", "you have gout", True)]),
        ("Wear gloves when gardening and never pick at the scabs.",
         [("Wear gloves", "gardening", False), ("pick at the scabs", None, True)]),
    ],
)
def test_a_second_advice_against_after_a_bare_and_is_its_own(sentence: str, expected: list) -> None:
    assert advice(sentence) == expected


def test_a_subject_and_its_denied_verb_are_no_advice() -> None:
    assert advice("People who smoke and do not exercise are at higher risk of gout.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A hearing aid may be needed if the hearing loss does not recover.",
         [("hearing aid", "hearing loss does not recover", False)]),
        ("When the hip is badly worn, a joint replacement may be necessary.",
         [("joint replacement", "hip is badly worn", False)]),
        # the dose, not its time; the situation ends before a concession
        ("A booster dose after 10 years may be needed for travellers.", [("booster dose", "travellers", False)]),
        ("In severe frostbite, amputation may be necessary when the tissue has died, although most fingers recover.",
         [("amputation", "tissue has died", False)]),
    ],
)
def test_what_may_be_needed_is_advice_of_strength_may(sentence: str, expected: list) -> None:
    assert advice(sentence) == expected
    assert {m.strength for m in recommendations(sentence, CUES)} == {"may"}


def test_what_research_may_need_is_no_advice() -> None:
    assert advice("Further studies may be needed to confirm these findings.") == []
