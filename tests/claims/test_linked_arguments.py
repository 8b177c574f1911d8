"""The concepts the pipeline gives claim arguments (issue 3, concept accuracy): the linker as the
claim finder calls it, with the role's types, the sentence and the document's abbreviations.

Sentences written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest


def claims_of(nlp, text: str, kind: str) -> list:  # noqa: ANN001
    return [c for c in nlp(text)._.claims if c.type == kind]


def concept_id(mention) -> str | None:  # noqa: ANN001
    return mention.concept.id if mention is not None and mention.concept is not None else None


def test_hiv_as_a_risk_factor_links_to_b20(nlp) -> None:  # noqa: ANN001
    text = "People with HIV are more likely to develop tuberculosis."
    causes = claims_of(nlp, text, "cause")
    assert [(c.cause.text, concept_id(c.cause)) for c in causes] == [("HIV", "B20")]


def test_a_coordinated_cause_links_through_its_first_name(nlp) -> None:  # noqa: ANN001
    text = "A weakened immune system \u2014 because of HIV or medicines such as methotrexate \u2014 makes fungal infections more likely."
    causes = claims_of(nlp, text, "cause")
    by_text = {c.cause.text: c for c in causes}
    assert "weakened immune system" in by_text
    assert concept_id(by_text["weakened immune system"].cause) == "HP:0002721"
    hiv = [c for c in causes if c.cause.text.startswith("HIV")]
    assert hiv and all(concept_id(c.cause) == "B20" for c in hiv)
    assert all(concept_id(c.cause) != "EV:medication" for c in hiv)


@pytest.mark.parametrize(
    ("text", "cause", "cause_id"),
    [
        ("Increasing age is the main risk factor for cataracts.", "Increasing age", "EV:aging"),
        ("Sleeping tablets can make obstructive sleep apnoea worse.", "Sleeping tablets", "EV:sleep_medication"),
        ("Sedatives can cause confusion in older people.", "Sedatives", "EV:sleep_medication"),
        ("Cancer treatment can cause hair loss.", "Cancer treatment", "EV:chemotherapy"),
    ],
)
def test_risk_factor_names_writers_use(nlp, text: str, cause: str, cause_id: str) -> None:  # noqa: ANN001
    causes = claims_of(nlp, text, "cause")
    assert [(c.cause.text, concept_id(c.cause)) for c in causes] == [(cause, cause_id)]


def test_a_bare_stent_takes_the_stent_its_page_names(nlp) -> None:  # noqa: ANN001
    text = (
        "Treatment options\n\n"
        "\u2022 A ureteral stent, a thin tube that lets urine drain from the kidney past a blockage\n\n"
        "A stent can cause discomfort and blood in the urine until it is removed."
    )
    claims = nlp(text)._.claims
    stents = [
        m for c in claims for m in (getattr(c, "intervention", None), getattr(c, "cause", None))
        if m is not None and "stent" in m.text.lower()
    ]
    assert stents, "the page's stents are claim arguments"
    assert all(concept_id(m) == "EV:ureteric_stent" for m in stents)


def test_a_bare_stent_on_a_page_naming_no_stent_is_a_stent(nlp) -> None:  # noqa: ANN001
    causes = claims_of(nlp, "A stent can cause chest discomfort for a few days.", "cause")
    assert [concept_id(c.cause) for c in causes] == ["EV:stent"]


def test_an_episode_of_a_condition_is_the_condition(nlp) -> None:  # noqa: ANN001
    causes = claims_of(nlp, "Stress and lack of sleep can trigger asthma attacks.", "cause")
    assert causes and all(c.effect is not None and concept_id(c.effect) in {"HP:0002099", "J45", "J45.909"} for c in causes)


def test_a_measure_without_direction_is_not_its_opposite(nlp) -> None:  # noqa: ANN001
    causes = claims_of(nlp, "Untreated kidney disease can raise your blood pressure.", "cause")
    effects = [concept_id(c.effect) for c in causes if c.effect is not None]
    assert "HP:0002615" not in effects  # hypotension: the opposite of what the sentence says


def test_a_negated_passive_cause_keeps_its_effect(nlp) -> None:  # noqa: ANN001
    causes = claims_of(nlp, "Gout is not always caused by diet.", "cause")
    assert [(c.cause.text, c.effect.text if c.effect else None) for c in causes] == [("diet", "Gout")]
    assert concept_id(causes[0].effect) in {"HP:0001997", "M10", "M10.9"}


def test_the_population_of_a_condition_described_as_a_disease_is_the_condition(nlp) -> None:  # noqa: ANN001
    recs = claims_of(nlp, "Glaucoma is a serious eye condition that needs prompt treatment.", "recommendation")
    assert [(r.action.text, r.population.text if r.population else None) for r in recs] == [("prompt treatment", "Glaucoma")]
    assert concept_id(recs[0].population) is not None and "glaucoma" in recs[0].population.concept.name.lower()


def test_a_pronoun_before_the_disease_noun_is_no_population(nlp) -> None:  # noqa: ANN001
    recs = claims_of(nlp, "It is a condition that requires urgent surgery.", "recommendation")
    assert all(r.population is None or r.population.text != "It" for r in recs)


@pytest.mark.parametrize(
    ("text", "cause", "cause_id"),
    [
        ("Smoking raises the risk of psoriasis, and your genes play a part.", "genes", "EV:genetics"),
        ("Getting older plays a part in cataracts.", "Getting older", "EV:aging"),
    ],
)
def test_a_risk_factor_that_links_is_still_a_cause_not_a_treatment(nlp, text: str, cause: str, cause_id: str) -> None:  # noqa: ANN001
    # "X plays a part" is a cause unless X is a treatment: a linked risk factor is no treatment
    causes = [c for c in claims_of(nlp, text, "cause") if c.cause.text == cause]
    assert [concept_id(c.cause) for c in causes] == [cause_id]
