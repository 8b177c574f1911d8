"""Which figures meet and how wide an approximate figure is: rounding of "about" proportions,
interventions named by their absence, shares of events, subgroups within a page, and British
spellings. Texts about conditions the corpora do not cover, through the pipeline."""

from __future__ import annotations

import pytest

from extract.consistency import check_claims
from extract.consistency.intervals import rounding_tolerance
from extract.figures.context import stem
from extract.figures.cues import load_context_cues
from extract.records.models import Value

from .test_checks import _claims


def _about(surface: str, point: float, precision: float = 0.0) -> Value:
    return Value(point=point, lower=point, upper=point, qualifier="about", unit="proportion",
                 surface=surface, start=0, end=len(surface), precision=precision)


@pytest.mark.parametrize(
    "surface, point, precision, tolerance",
    [
        ("about 90%", 0.90, 0.005, 0.020),  # rounded to 5 points: 2.5 either way, half a point of it in the digits
        ("about 83%", 0.83, 0.005, 0.0),  # the digits say all: 82.5 to 83.5
        ("about 1 in 5", 0.20, 0.0001, 0.0202 - 0.0001),  # between 1 in 5.5 and 1 in 4.5
        ("About one in four", 0.25, 0.0001, 0.0317 - 0.0001),
        ("about half", 0.50, 0.0, 0.05),
    ],
)
def test_an_about_proportion_is_as_wide_as_its_rounding(surface, point, precision, tolerance) -> None:
    assert rounding_tolerance(_about(surface, point, precision), 0.1) == pytest.approx(tolerance, abs=2e-4)


def test_counts_keep_the_relative_about_tolerance() -> None:
    count = Value(point=200, lower=200, upper=200, qualifier="about", unit="count", surface="about 200",
                  start=0, end=9, precision=0.5)
    assert rounding_tolerance(count, 0.1) == pytest.approx(20.0)


def test_about_90_and_around_80_percent_diverge(nlp) -> None:
    claims = _claims(
        nlp,
        "Frozen shoulder guide. About 90% of people with frozen shoulder recover within two years. Frozen shoulder stiffness.",
        "Frozen shoulder explained. Around 80% of people with frozen shoulder recover within two years. Frozen shoulder stiffness.",
    )
    (c,) = check_claims(claims).conflicts
    assert c.kind == "divergent"


def test_roughly_1_in_5_and_78_6_percent_are_consistent_complements(nlp) -> None:
    claims = _claims(
        nlp,
        "Hip replacement results. Roughly 1 in 5 patients are dissatisfied one year after hip replacement. Hip joint pain.",
        "Hip replacement outcomes. 78.6% of patients were satisfied one year after hip replacement. Hip joint pain.",
    )
    assert check_claims(claims).conflicts == []


def test_without_surgery_meets_no_intervention_and_never_surgery(nlp) -> None:
    without, unstated, after = _claims(
        nlp,
        "Frozen shoulder guide. About 90% of people recover without surgery within two years. Frozen shoulder stiffness.",
        "Frozen shoulder explained. Around 70% of people recover within two years. Frozen shoulder stiffness.",
        "Frozen shoulder surgery. About 50% of people recover after surgery within two years. Frozen shoulder stiffness.",
    )
    assert "without" in without.measure.intervention_terms
    assert without.measure.intervention_concept is None  # "without surgery" is not Surgery
    pairs = {frozenset(c.claim_ids) for c in check_claims([without, unstated, after]).conflicts}
    assert frozenset({without.claim_id, unstated.claim_id}) in pairs
    assert frozenset({without.claim_id, after.claim_id}) not in pairs


def test_a_share_of_attacks_is_not_a_share_of_people(nlp) -> None:
    attacks, people = _claims(
        nlp,
        "Cluster headache treatment. Oxygen relieves the pain within 15 minutes in about 60% of attacks. Cluster headache pain.",
        "Cluster headache therapy. Oxygen relieves the pain within 15 minutes for roughly 8 in 10 people. Cluster headache pain.",
    )
    assert "per:attack" in attacks.measure.population_terms
    assert not any(t.startswith("per:") for t in people.measure.population_terms)
    assert check_claims([attacks, people]).conflicts == []


def _with(claim, population_terms, section):
    measure = claim.measure.model_copy(update={"population_terms": population_terms})
    return claim.model_copy(update={"measure": measure, "evidence": claim.evidence.model_copy(update={"section": section})})


def test_a_subgroup_figure_next_to_the_overall_one_is_not_compared(nlp) -> None:
    overall, subgroup = _claims(
        nlp,
        "Influenza vaccine study. Vaccine effectiveness against influenza was 71% in adults. "
        "Vaccine effectiveness against influenza was 52% in older adults. Influenza vaccine protection.",
    )
    # a subgroup named in one section with the overall figure: its contrast, not a conflict
    same = [_with(overall, (), "Results"), _with(subgroup, ("immunocompromis",), "Results")]
    assert check_claims(same).conflicts == []
    # in different sections of the page, a one-word population may be the page's own people
    apart = [_with(overall, (), "Results"), _with(subgroup, ("immunocompromis",), "Our patients")]
    assert [c.kind for c in check_claims(apart).conflicts] == ["divergent"]


def test_british_and_american_spellings_share_stems() -> None:
    cues = load_context_cues()
    for british, american in [("apnoea", "apnea"), ("anaemia", "anemia"), ("haemorrhage", "hemorrhage"),
                              ("oedema", "edema"), ("randomised", "randomized"), ("tumours", "tumors"),
                              ("paediatric", "pediatric"), ("diarrhoea", "diarrhea")]:
        assert stem(british, cues) == stem(american, cues), british
    assert stem("shoe", cues) != stem("she", cues)  # only the listed spellings change


def test_apnoea_and_apnea_pages_are_about_one_topic(nlp) -> None:
    claims = _claims(
        nlp,
        "Obstructive sleep apnoea leaflet. Sleep apnoea makes the airway close during sleep. Sleep apnoea causes "
        "snoring and tiredness. About 3 in 4 adults with sleep apnoea have never been diagnosed. Sleep apnoea snoring.",
        "Sleep apnea news. Sleep apnea makes the airway close during sleep. Sleep apnea causes snoring and "
        "tiredness. Nearly 90% of adults with sleep apnea have never been diagnosed. Sleep apnea snoring.",
    )
    (c,) = check_claims(claims).conflicts
    assert c.kind in ("divergent", "contradiction")


def test_a_clause_joined_by_but_speaks_of_the_first_clauses_intervention(nlp) -> None:
    (claim,) = _claims(
        nlp,
        "Cluster headache guide. Oxygen therapy helps many people, but trials put its success at roughly 7 in 10. Cluster headache pain.",
    )
    assert "oxygen" in claim.measure.intervention_terms
