"""A recommended action cut by the argument word limit inside its last list item keeps the item whole when the clause
ends one or two words on ("... containing zinc oxide or titanium dioxide"), and is cut as before otherwise."""

import pytest


def _actions(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp("Sunburn\n\n" + text + "\n")
    return [c.action.text for c in doc._.claims if c.type == "recommendation"]


@pytest.mark.parametrize("text, action", [
    ("Use a sun cream containing zinc oxide or titanium dioxide.", "Use a sun cream containing zinc oxide or titanium dioxide"),
    ("Wash the area with a mild soap and lukewarm running water.", "Wash the area with a mild soap and lukewarm running water"),
])
def test_the_last_item_is_kept_whole(plain, text, action):  # noqa: ANN001
    assert action in _actions(plain, text)


def test_a_long_clause_is_still_cut(plain):  # noqa: ANN001
    """Past two words the limit holds: no action runs on to the end of a long clause."""
    found = _actions(plain, "Use a sun cream containing zinc oxide or titanium dioxide in a thick layer on every sunny day.")
    assert found and all(not a.endswith("day") for a in found)
