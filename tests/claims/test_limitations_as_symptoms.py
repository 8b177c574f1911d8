"""What the condition or one of its findings makes harder is a symptom (session 26; the development golds so in five
corpora: "can make it harder to empty the bladder", "make walking uncomfortable", "make eating and swallowing
painful"): "A bunionette near the toe can make it harder to bend the toe" gives the symptom, whose subject is the
condition before its place ("near the joint"), also as the second of two predicates ("... can rub and make ...").
Another subject's limitation is left to the cause rules ("Depression can make it harder to manage diabetes").
Sentences written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def page(text: str) -> bool:
    return "bunionette" in text.lower() or "chilblain" in text.lower()


def symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, None, condition=page)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A bunionette near the little toe can make it harder to bend the toe.", ["it harder to bend the toe"]),
        ("A bunionette on the outside of the foot can rub on your shoes and make walking uncomfortable.", ["walking uncomfortable"]),
        ("The cracked skin can make typing and writing painful.", ["typing and writing painful"]),
    ],
)
def test_what_the_condition_or_its_finding_limits_is_a_symptom(sentence: str, expected: list[str]) -> None:
    assert symptoms(sentence) == expected


def test_another_subjects_limitation_is_no_symptom() -> None:
    sentence = "Depression can make it harder to manage diabetes."
    assert symptoms(sentence) == []
