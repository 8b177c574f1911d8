"""Warning signs told as "someone shows signs of X", the examples of a mid-sentence "signs of X, such as A, B or C,"
and a causal verb in a reason clause after a comma (session 23, gen16; dev32's polymyalgia rheumatica review):

* "if your child shows signs of dehydration": the sign is "dehydration", not the clause with its verb;
* "..., such as A, B or C, requires same-day assessment, because ...": the examples end before the sentence's own
  verb and its reason, which are no findings;
* "..., because untreated X can cause Y": the cause is what the reason clause names, never the main clause's words.

Sentences written for these tests, about conditions no corpus covers."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES, causes


def _symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    "sentence,sign",
    [
        ("Contact your GP if your child shows signs of dehydration.", "dehydration"),
        ("Call your midwife if your baby shows any signs of jaundice.", "jaundice"),
        ("Seek urgent help if someone shows signs of hypothermia.", "hypothermia"),
    ],
)
def test_shows_signs_of_gives_the_sign_alone(sentence: str, sign: str) -> None:
    assert sign in _symptoms(sentence)
    assert not any(s.lower().startswith(("shows", "show")) for s in _symptoms(sentence))


@pytest.mark.parametrize(
    "sentence,examples,not_examples",
    [
        (
            "Anyone who shows signs of sepsis, such as a high fever, fast breathing or mottled skin, needs urgent hospital care.",
            ["high fever", "fast breathing", "mottled skin"],
            ["needs urgent hospital care"],
        ),
        (
            "A walker who shows signs of frostbite, such as numb white fingers or blistering, requires rewarming, because "
            "delayed care can cause tissue loss.",
            ["numb white fingers", "blistering"],
            ["requires rewarming", "because delayed care"],
        ),
    ],
)
def test_examples_end_before_the_sentence_verb(sentence: str, examples: list[str], not_examples: list[str]) -> None:
    found = _symptoms(sentence)
    for e in examples:
        assert any(e in s for s in found), (e, found)
    for n in not_examples:
        assert not any(n in s or s in n and len(s) > 8 for s in found), (n, found)


def test_the_examples_of_a_list_without_a_verb_after_it_are_all_kept() -> None:
    found = _symptoms("Look out for signs of scarlet fever, including a rash, a sore throat and a high temperature.")
    assert {"rash", "sore throat", "high temperature"} <= {s.removeprefix("a ") for s in found}


def test_a_reason_clause_names_its_own_cause() -> None:
    sentence = ("A walker who shows signs of frostbite, such as numb white fingers or blistering, requires rewarming, "
                "because delayed care can cause tissue loss.")
    found = causes(sentence)
    assert [c for c, _, _ in found] == ["delayed care"]


def test_a_pronoun_reason_still_reads_the_clause_before() -> None:
    # "as this can cause headaches": what "this" stands for is the advice before the comma (unchanged)
    found = causes("Do not take painkillers every day, as this can cause headaches.")
    assert found and "painkillers" in found[0][0]


def test_a_reason_clause_after_advice() -> None:
    assert causes("Wear gloves in cold weather, because cold fingers can trigger an attack.")[0][0] == "cold fingers"
