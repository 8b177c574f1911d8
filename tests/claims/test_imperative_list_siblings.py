"""A bullet list of imperatives under a plain heading ("Looking after yourself" / "- get plenty of rest" / "- do not
smoke" / "- keep the wound dry"): a lower-case verb the cue list does not hold opens an imperative too, as under an
advice lead-in ("To lower your risk you should:"). Not under a lead-in whose items complete its clause ("Your skin
may:" / "- turn red" / "- go flaky"): what happens, no advice.

Documents written for these tests, about conditions no corpus covers.
"""

import pytest

import extract


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return extract.load(link=False, progress=False)


def advice(nlp, text: str) -> set[str]:  # noqa: ANN001
    return {c.action.text for c in nlp(text)._.claims if c.type == "recommendation"}


def test_a_verb_in_a_list_of_imperatives_opens_one(nlp) -> None:  # noqa: ANN001
    text = ("Shingles\n\nLooking after yourself at home\n\n- get plenty of rest\n- do not scratch the blisters\n"
            "- cover the rash loosely with a clean dressing\n")
    assert "cover the rash loosely with a clean dressing" in advice(nlp, text)


def test_a_list_completing_its_lead_in_is_no_advice(nlp) -> None:  # noqa: ANN001
    text = "Seborrhoeic dermatitis\n\nYour scalp may:\n\n- turn red and greasy\n- go flaky at the hairline\n- become itchy\n"
    assert advice(nlp, text) == set()
