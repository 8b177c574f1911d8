"""A copula contracted onto a pronoun ("It's linked to ...", "They're triggered by ...") is read as the copula written
apart: the pronoun is the argument, without its verb, as "It is linked to ..." has it (grammar's cause cues,
phrases.trim)."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # what the condition is linked to follows it (CLAIMS_SPEC.md, session 17)
        ("It's linked to heart disease and stroke.", [("It", "heart disease and stroke", "associated_with")]),
        ("Gout is painful, and it's also strongly linked with low mood.", [("it", "low mood", "associated_with")]),
        # a supposed link names what comes first: the process is the cause of the condition the pronoun names
        ("It's thought to be linked to an overreaction of the immune system to a yeast.",
         [("overreaction of the immune system to a yeast", "It", "associated_with")]),
        # the pronoun as the effect: the condition the page is about, no "They're" argument
        ("They're often triggered by stress.", [("stress", None, "causes")]),
    ],
)
def test_a_contracted_copula_reads_as_the_copula(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected
    assert causes(sentence.replace("It's", "It is").replace("it's", "it is").replace("They're", "They are")) == expected
