"""A clinic page's places and tools of care name no treatment (session 34, gen56, probing clinic-page wording after dev58):

* an intervention word before a noun of a place or facility ("a physiotherapy gym and hydrotherapy pool", "our laser
  suite"): the place, as a service or a department is; "hydrotherapy in a warm pool" stays a treatment;
* a field a clinician trained in ("completed a fellowship in foot and ankle surgery", "trained in sports medicine") and
  the booking of an intervention ("Physiotherapy appointments are available ..."): who and when, not what treats;
* what a page uses to look or plan ("the latest 3D imaging technology to plan your treatment"): a tool that diagnoses,
  no treatment (CLAIMS_SPEC.md: tests and examinations are none); "shockwave therapy to treat ..." stays one.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from tests.claims.conftest import treatment_texts


def test_an_intervention_word_naming_a_facility_is_no_treatment(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "Our back clinic is equipped with an on-site pharmacy, a physiotherapy gym and a hydrotherapy pool.")
    assert not {"physiotherapy", "hydrotherapy"} & set(found), found


def test_a_therapy_in_a_place_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "Hydrotherapy in a warm pool can ease stiff joints in ankylosing arthritis.")
    assert any(t.startswith("Hydrotherapy") for t in found), found


def test_what_is_used_to_look_or_plan_is_no_treatment(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "For bunions, we use the latest 3D imaging technology to plan your treatment.")
    assert found == [], found


def test_what_is_used_to_treat_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "We use shockwave therapy to treat stubborn tennis elbow.")
    assert "shockwave therapy" in found, found


def test_a_field_a_clinician_trained_in_is_no_treatment(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "Our hand surgeon completed a fellowship in foot and ankle surgery, and Dr Lee trained in sports medicine.")
    assert found == [], found


def test_the_booking_of_an_intervention_is_no_treatment(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "Physiotherapy appointments for frozen joints are available Monday to Saturday.")
    assert found == [], found
