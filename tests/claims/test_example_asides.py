"""Examples set off by commas end at the comma that closes them (session 26): "Use an emollient, such as aqueous cream,
every day" advises the emollient and the cream, not "day"; "Light exercise, such as walking, helps" names two
interventions, not "helps". A list of examples goes on past a comma only when an "and" / "or" closes it later ("such
as paracetamol, ibuprofen or naproxen, every four hours"). And an instance of when to do something ("at a regular time,
for example before bed") is no alternative to it. Sentences written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.grammar import aside_end
from extract.claims.recommendations import recommendations
from extract.claims.treatments import intervention_mentions

CUES = load_relation_cues()
HEADS = frozenset({"exercise", "emollient", "cream", "painkiller", "walking", "swimming", "cycling", "ointment"})


def advice(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


def named(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in intervention_mentions(sentence, HEADS, frozenset(), CUES)]


@pytest.mark.parametrize(
    "sentence, start, expected",
    [
        ("such as aqueous cream, every day.", 8, "such as aqueous cream"),
        ("such as walking, helps.", 8, "such as walking"),
        ("such as paracetamol, ibuprofen or naproxen, every four hours.", 8, "such as paracetamol, ibuprofen or naproxen"),
        ("such as paracetamol or ibuprofen.", 8, "such as paracetamol or ibuprofen"),
    ],
)
def test_aside_end(sentence: str, start: int, expected: str) -> None:
    assert sentence[: aside_end(sentence, start)] == expected


def test_advice_examples_end_at_the_closing_comma() -> None:
    got = advice("Use an emollient, such as aqueous cream, every day.")
    assert "aqueous cream" in got
    assert not any("day" in a for a in got)


def test_advice_examples_closed_by_or_keep_every_item() -> None:
    got = advice("Take a painkiller, such as paracetamol, ibuprofen or naproxen, every four hours.")
    assert {"paracetamol", "ibuprofen", "naproxen"} <= set(got)
    assert not any("hours" in a for a in got)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Light exercise, such as walking, helps.", ["Light exercise", "walking"]),
        ("Gentle exercise, such as swimming, improves sleep in fibrous dysplasia.", ["Gentle exercise", "swimming"]),
        ("Gentle exercise, such as walking, swimming or cycling, can help.", ["Gentle exercise", "walking", "swimming", "cycling"]),
    ],
)
def test_the_verb_after_the_examples_is_no_intervention(sentence: str, expected: list[str]) -> None:
    assert named(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Take the tablet at a regular time, for example before bed.",
        "Do the stretches every morning, e.g. before breakfast.",
    ],
)
def test_an_instance_of_when_is_no_alternative(sentence: str) -> None:
    found = recommendations(sentence, CUES)
    assert found and all(m.instead_of is None for m in found)


def test_a_real_alternative_is_kept() -> None:
    sentence = "Try a splint before surgery."
    found = recommendations(sentence, CUES)
    assert [sentence[m.instead_of[0] : m.instead_of[1]] for m in found if m.instead_of] == ["surgery"]
