"""People "are (first / then / often) offered" an intervention (session 23, gen16; dev11's "Most people are first offered
a self-help course", dev32's "most people who have had more than one infection are offered an operation"): advice of
strength `may` for those people, and the intervention a treatment claim (CLAIMS_SPEC.md: what the reader may be
offered is both). The thing offered as the subject ("Steroid injections are often offered first", "X is offered by some
clinics") stays a treatment claim only; "X is offered to people with Y" is advice for them. Sentences written for these
tests, about conditions no corpus covers."""

import pytest

from extract.claims.relations import find_relations
from extract.claims.treatments import intervention_mentions

from tests.claims.conftest import CUES


def _recommendations(sentence: str) -> list[tuple[str, str | None, str]]:
    found, _ = find_relations(sentence, CUES)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None, m.strength)
            for m in found if m.kind == "recommendation"]


@pytest.mark.parametrize(
    "sentence,action,whom",
    [
        ("Most people with a frozen shoulder are offered physiotherapy.", "physiotherapy", "people with a frozen shoulder"),
        ("Patients who relapse are then offered a second course of steroids.", "second course of steroids", "Patients who relapse"),
        ("Adults with gallbladder polyps larger than 10 mm are usually offered surgery.", "surgery", "Adults with gallbladder polyps larger than 10 mm"),
        ("Most children are first offered a hearing aid.", "hearing aid", "children"),
    ],
)
def test_people_offered_an_intervention_are_advised_it(sentence: str, action: str, whom: str) -> None:
    found = _recommendations(sentence)
    assert any(a.endswith(action) and o is not None and whom.endswith(o.split(" ", 1)[-1]) for a, o, _ in found), found


def test_a_plain_offer_to_people_is_advice_of_strength_may() -> None:
    found = _recommendations("Physiotherapy is offered to people whose shoulder has stiffened.")
    assert found and found[0][0] == "Physiotherapy" and found[0][2] == "may"


@pytest.mark.parametrize(
    "sentence",
    [
        "Steroid injections are often offered first, but their benefit fades.",
        "Shockwave therapy is offered by some private clinics, but the evidence is weak.",
        "A steroid injection into the painful joint is occasionally offered for pain that persists.",
        "The vaccine is not routine, but it is offered to adults over 70.",  # a pronoun: nothing to name
    ],
)
def test_a_thing_offered_is_no_advice(sentence: str) -> None:
    assert _recommendations(sentence) == []


def test_the_participle_of_a_passive_is_no_modifier_of_the_intervention() -> None:
    sentence = "Most people with a frozen shoulder are offered physiotherapy."
    from extract.claims.cues import load_relation_cues  # noqa: F401 (the shared cue set is CUES)

    spans = intervention_mentions(sentence, frozenset({"physiotherapy"}), frozenset(), CUES)
    assert [sentence[a:b] for a, b in spans] == ["physiotherapy"]
