"""A guideline addresses its reader, the clinician, in the imperative: "Refer people with X to a vascular service",
"Advise people who smoke to stop" are recommendations (session 28; dev34, dev35 and dev42 gold), while a marketing
"Refer a friend" and a "refer" inside a sentence stay no advice. Sentences written for these tests, about conditions
no corpus covers."""

import pytest


def _advice(nlp, sentence: str) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(c.action.text, c.strength) for c in nlp(sentence)._.claims if c.type == "recommendation"]


@pytest.mark.parametrize(
    "sentence,target",
    [
        ("Refer children with suspected Kawasaki disease to a specialist heart team the same day.",
         "Kawasaki disease to a specialist"),
        ("1.3 Refer to a specialist hand clinic if the contracture stops the hand lying flat.", "specialist hand clinic"),
        ("Refer urgently for assessment adults with new facial weakness and a rash in the ear.", "for assessment"),
    ],
)
def test_a_guidelines_referral_is_advice(plain, sentence: str, target: str) -> None:  # noqa: ANN001
    found = _advice(plain, sentence)
    assert any(a.startswith("Refer") and target in a and s == "should" for a, s in found), found


@pytest.mark.parametrize(
    "sentence,action,population",
    [
        ("Advise people with psoriasis who drink heavily to cut down.", "cut down", "people with psoriasis who drink heavily"),
        ("2. Encourage parents to keep the child at home until the spots have crusted over.",
         "keep the child at home", "parents"),
    ],
)
def test_a_guidelines_advice_to_people_is_their_action(plain, sentence: str, action: str, population: str) -> None:  # noqa: ANN001
    found = [(c.action.text, c.population.text if c.population else None) for c in plain(sentence)._.claims if c.type == "recommendation"]
    assert (action, population) in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Refer a friend and you both get a free eye test.",
        "Refer to the table below for the opening hours of each clinic.",
    ],
)
def test_other_referrals_are_no_advice(plain, sentence: str) -> None:  # noqa: ANN001
    assert _advice(plain, sentence) == []
