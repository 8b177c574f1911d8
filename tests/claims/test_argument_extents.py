"""How far an argument reaches (session 19): the phrase a claim's concept is looked up with. A dose or a duration
after it is no part of its name ("naproxen 500 mg twice daily", "rest for a few weeks"), nor a hedging adverb
("use a saline spray instead"); a decimal number stays whole ("2.5 litres"); two modifiers joined by "or"/"and" before one head
are one finding ("weak or absent reflexes"), not a lone adjective and a second finding.

The sentences are written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.phrases import split_items, trim
from extract.claims.relations import find_relations

CUES = load_relation_cues(None)


def trimmed(phrase: str) -> str | None:
    span = trim(phrase, (0, len(phrase)), CUES, measure=True)
    return phrase[span[0] : span[1]] if span else None


def items(phrase: str) -> list[str]:
    return [phrase[s:e] for s, e in split_items(phrase, (0, len(phrase)), CUES)]


def subjects(sentence: str, kind: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, None)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == kind]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("colchicine 500 micrograms twice a day", "colchicine"),
        ("methotrexate 15 mg weekly", "methotrexate"),
        ("vitamin D 1,000 IU daily", "vitamin D"),
        ("wear the brace for six weeks", "wear the brace"),
        ("soak the foot for 10 to 20 minutes", "soak the foot"),
        ("keep the leg raised over a few days", "keep the leg raised"),
        ("use a saline spray instead", "use a saline spray"),
    ],
)
def test_a_trailing_dose_duration_or_hedge_is_cut(phrase: str, expected: str) -> None:
    assert trimmed(phrase) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "cough lasting 3 weeks",  # a duration with no preposition describes the finding
        "wheezing for more than 2 weeks",  # "more than": a threshold, part of the criterion
        "drink 1.5 to 2 litres of water a day",  # the quantity of what is drunk
        "take 2 tablets",  # tablets are no dose unit
        "follow-up after 5 years",
        "do not rely on antibiotics alone",  # "alone" is part of what is advised against
    ],
)
def test_a_measure_that_belongs_to_the_phrase_stays(phrase: str) -> None:
    assert trimmed(phrase) == phrase


def test_without_measure_a_trim_keeps_a_duration() -> None:
    phrase = "wear the brace for six weeks"
    assert trim(phrase, (0, len(phrase)), CUES) == (0, len(phrase))


def test_a_cut_that_would_end_on_a_function_word_keeps_its_measure() -> None:
    assert trimmed("leave the cream on for 8 to 12 hours") == "leave the cream on for 8 to 12 hours"


def test_a_decimal_number_is_one_word() -> None:
    assert trimmed("drink 2.5 litres of water") == "drink 2.5 litres of water"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("weak or absent reflexes", ["weak or absent reflexes"]),
        ("a blocked or runny nose", ["blocked or runny nose"]),
        ("dry and cracked lips", ["dry and cracked lips"]),
        ("an enlarged or tender gland", ["enlarged or tender gland"]),
        ("swollen or interrupted flow of lymph", ["swollen or interrupted flow of lymph"]),
    ],
)
def test_two_modifiers_of_one_head_are_one_item(phrase: str, expected: list[str]) -> None:
    assert items(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("tea, cheese and red wine", ["tea", "cheese", "red wine"]),  # nouns, not modifiers: three items
        ("fatigue, pale skin and headaches", ["fatigue", "pale skin", "headaches"]),
        ("rest, ice and elevation", ["rest", "ice", "elevation"]),
        ("steroids or surgical repair", ["steroids", "surgical repair"]),
        ("a rash or puffy eyelids", ["rash", "puffy eyelids"]),  # "rash" can be a noun
        ("a cold or upper respiratory infection", ["cold", "upper respiratory infection"]),
        ("fever, weak or absent reflexes and neck pain", ["fever", "weak or absent reflexes", "neck pain"]),
    ],
)
def test_a_list_of_nouns_stays_split(phrase: str, expected: list[str]) -> None:
    assert items(phrase) == expected


def test_a_dose_is_cut_from_a_treatment_claim() -> None:
    assert subjects("Acute flares of pseudogout are treated with naproxen 500 mg twice daily.", "treatment") == ["naproxen"]
