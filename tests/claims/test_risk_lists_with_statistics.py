"""Risk factors listed in an abstract's sentence with their statistics between them, after a fronted setting, or named
by a threshold (session 25: dev23, dev36). The sentences are written for these tests, about other conditions than the
development corpora's."""

import pytest

from extract.claims.relations import find_relations, rules_view
from tests.claims.conftest import CUES


def subjects(sentence: str) -> list[str]:
    view = rules_view(sentence, CUES)
    found, _ = find_relations(view, CUES, None)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "cause"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bracketed statistic after each item is no part of the list
        ("Current smoking (OR 2.4), hypertension (OR 1.7) and a sedentary job (OR 1.3) were each independently "
         "associated with sciatica.", ["Current smoking", "hypertension", "sedentary job"]),
        ("Twin pregnancy (adjusted odds ratio [aOR] 1.9, 95% CI 1.4-2.6), prior caesarean section (aOR 1.5) and "
         "smoking (aOR 1.4) were independent risk factors.", ["Twin pregnancy", "prior caesarean section", "smoking"]),
        # a fronted setting before the list: the list follows it
        ("In a registry of 12,000 adults, smoking, obesity and a family history of gallstones were associated with "
         "cholecystitis.", ["smoking", "obesity", "family history of gallstones"]),
        # a threshold is one item, not two, and no figure of its own
        ("Maternal age of 40 years or older (aOR 2.2), twin pregnancy (aOR 1.9) and prior caesarean section (aOR 1.5) "
         "were independent risk factors.", ["Maternal age of 40 years or older", "twin pregnancy", "prior caesarean section"]),
    ],
)
def test_each_listed_risk_factor_is_a_cause(sentence: str, expected: list[str]) -> None:
    assert sorted(subjects(sentence)) == sorted(expected)


def test_the_statistic_is_blanked_with_the_offsets_kept() -> None:
    sentence = "Smoking (OR 2.4, 95% CI 1.9-3.0) and obesity (HR 1.3) raise the risk (p = 0.01)."
    view = rules_view(sentence, CUES)
    assert len(view) == len(sentence)
    assert "OR" not in view and "HR" not in view and "p =" not in view
    assert view.startswith("Smoking ") and "obesity" in view
    # a bracket that defines or names is kept
    kept = "Obesity (a body mass index of 30 or more) raises the risk."
    assert rules_view(kept, CUES) == kept


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fronted phrase before a single subject is no list
        ("In older adults, poor sleep can lead to falls.", ["poor sleep"]),
        # "15 or more days a month" is a figure of the days, no threshold: the action is one cause, not split at "or"
        ("Taking ibuprofen on 15 or more days a month can lead to stomach ulcers.", ["Taking ibuprofen on 15 or more days a month"]),
    ],
)
def test_no_list_is_read_where_there_is_none(sentence: str, expected: list[str]) -> None:
    assert subjects(sentence) == expected
