"""Causes said as where an infection comes from, what a condition happens after, and who gets it more often; and a
supply that is no origin ("a good source of vitamin D")."""

import pytest


def _causes(nlp, title: str, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    doc = nlp(title + "\n\n" + text + "\n")
    return [(c.cause.text, c.relation) for c in doc._.claims if c.type == "cause"]


def test_a_common_source_of_infection_is_a_cause(plain):  # noqa: ANN001
    found = _causes(plain, "Psittacosis", "Pet birds such as parrots are a common source.")
    assert any(c.endswith("parrots") or c == "Pet birds" for c, _ in found), found


def test_a_supply_is_no_source_of_the_condition(plain):  # noqa: ANN001
    assert _causes(plain, "Rickets", "Eggs and oily fish are a good source of vitamin D.") == []


@pytest.mark.parametrize("text, cause", [
    ("Concussion can happen after a blow to the head.", "blow to the head"),
    ("Tendon rupture occurs after a sudden forceful movement in some people.", "sudden forceful movement"),
])
def test_what_a_condition_happens_after(plain, text, cause):  # noqa: ANN001
    found = _causes(plain, "Injuries", text)
    assert any(c.endswith(cause) for c, _ in found), found


def test_people_with_a_condition_who_get_it_more_often(plain):  # noqa: ANN001
    found = _causes(plain, "Cold sores", "People with eczema or a weak immune system get them more often.")
    assert ("eczema", "risk_factor") in found and any(c.endswith("weak immune system") for c, r in found if r == "risk_factor")
    assert ("Boys", "risk_factor") in _causes(plain, "Croup", "Boys develop it more often than girls.")
