""""X irritate(s) their <part>" as a cause, as "irritate your / the <part>" already is (session 24, gen20; dev33's "many
people find that certain foods and drinks irritate their bladder"). Sentences written for this test, about conditions
no corpus covers."""

from tests.claims.conftest import causes


def test_what_irritates_their_part_is_a_cause() -> None:
    assert causes("Wool and detergents irritate their skin.") == [("Wool", "skin", "causes"), ("detergents", "skin", "causes")]
