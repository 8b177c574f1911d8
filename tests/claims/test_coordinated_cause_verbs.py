"""A causal verb coordinated with a verb before it takes that verb's subject, not the words between them
("Cirrhosis can cause liver failure and greatly increases the risk of liver cancer": cirrhosis); and "which" after a
verb of finding out asks a question ("work out which triggers affect you"), naming no cause. Sentences of our own."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def causes(sentence: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES, None)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in found if m.kind == "cause"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chronic hepatitis B often goes unnoticed and greatly increases the risk of liver cancer.",
         ("Chronic hepatitis B", "liver cancer")),
        ("Obesity strains the knees and increases the risk of osteoarthritis.", ("Obesity", "osteoarthritis")),
    ],
)
def test_a_coordinated_verb_takes_the_sentence_subject(sentence: str, expected: tuple[str, str]) -> None:
    found = causes(sentence)
    assert expected in found
    assert all(not subject.lower().startswith(("goes", "unnoticed", "strains", "knees")) for subject, _ in found)


def test_a_coordinated_verb_after_a_subordinate_clause_keeps_its_own_subject() -> None:
    found = causes("When the valves in the leg veins are weak, blood can pool and lead to varicose veins.")
    assert ("valves in the leg veins", "varicose veins") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A food diary can help you work out which triggers affect you.",
        "Allergy tests can show which foods cause your symptoms.",
    ],
)
def test_which_after_a_verb_of_finding_out_names_no_cause(sentence: str) -> None:
    assert causes(sentence) == []
