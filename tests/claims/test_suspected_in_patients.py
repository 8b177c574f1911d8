"""Session 16 (dev21): the findings in which a text says a diagnosis should be considered or suspected ("Consider
gout in any patient with ..."), symptom claims of it, and the groups it names as likelier, risk factors. Written for
these tests about conditions the development corpora do not cover (sarcoidosis, hyperparathyroidism, TB, lymphoma)."""

import pytest

from extract.claims.relations import find_relations

from tests.claims.conftest import CUES, causes


def symptoms(sentence: str) -> list[tuple[str, str | None]]:
    found, _ = find_relations(sentence, CUES, None)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Doctors should consider sarcoidosis in any young adult with a dry cough, tender red lumps on the shins and swollen glands.",
         [("dry cough", "sarcoidosis"), ("tender red lumps on the shins", "sarcoidosis"), ("swollen glands", "sarcoidosis")]),
        ("Hyperparathyroidism should be considered in any patient with kidney stones, bone pain or low mood.",
         [("kidney stones", "Hyperparathyroidism"), ("bone pain", "Hyperparathyroidism"), ("low mood", "Hyperparathyroidism")]),
        ("Clinicians should suspect it in patients presenting with night sweats and weight loss.", [("night sweats", None), ("weight loss", None)]),
    ],
)
def test_the_findings_a_diagnosis_is_considered_in_are_its_symptoms(sentence: str, expected: list) -> None:
    found = symptoms(sentence)
    for claim in expected:
        assert claim in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Biological therapy should be considered in patients with severe disease and frequent flares.",  # a treatment
        "Imaging should be considered in any patient with back pain and weight loss.",  # a test
        "A referral should be considered in patients with persistent hoarseness.",
    ],
)
def test_an_intervention_or_a_test_considered_in_patients_gives_no_symptom_of_it(sentence: str) -> None:
    assert not any(rule == "symptom:suspected in" for rule in (m.rule for m in find_relations(sentence, CUES, None)[0]))


def test_the_groups_after_particularly_are_risk_factors_of_the_diagnosis() -> None:
    sentence = ("Tuberculosis should be considered in any adult with a cough lasting three weeks, particularly people who "
                "have lived in high-incidence countries, those taking immunosuppressants and prisoners.")
    found = causes(sentence)
    assert ("immunosuppressants", "Tuberculosis", "risk_factor") in found or ("taking immunosuppressants", "Tuberculosis", "risk_factor") in found
    assert ("prisoners", "Tuberculosis", "risk_factor") in found
    assert ("cough lasting three weeks", "Tuberculosis") in symptoms(sentence) or ("cough", "Tuberculosis") in symptoms(sentence)


def test_a_time_after_particularly_is_a_risk_factor() -> None:
    found = causes("Suspect it in any patient with a hot, swollen joint, particularly after recent surgery or during chemotherapy.")
    assert ("recent surgery", None, "risk_factor") in found and ("chemotherapy", None, "risk_factor") in found
