"""Origins named by capitalised words and coordinated before one head of ancestry ("of African, Caribbean or Asian
family origin") are one risk group, not one risk per origin (relations.json's ancestry_heads, lists.ancestry_run)."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Risk factors include older age, being of South Asian, Caribbean or African family origin, and diabetes.",
         [("older age", None, "risk_factor"), ("South Asian, Caribbean or African family origin", None, "risk_factor"),
          ("diabetes", None, "risk_factor")]),
        ("Sickle cell disease is more common in people of African, Mediterranean or Middle Eastern descent.",
         [("people of African, Mediterranean or Middle Eastern descent", "Sickle cell disease", "risk_factor")]),
        # groups of their own stay apart: no head of ancestry follows them
        ("Gout is more common in men, Maori and Pacific Islanders.",
         [("men", "Gout", "risk_factor"), ("Maori", "Gout", "risk_factor"), ("Pacific Islanders", "Gout", "risk_factor")]),
    ],
)
def test_origins_before_one_head_of_ancestry_are_one_group(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected
