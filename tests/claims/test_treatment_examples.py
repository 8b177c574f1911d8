"""Treatment claims of a class and its examples, and of drugs coordinated under one verb (issue 3).

CLAIMS_SPEC.md: "A class and its examples ('antiviral tablets such as aciclovir or valaciclovir') give a claim each".
Examples are names (drugs, devices) that the intervention heads and drug stems may not know, so the
construction itself ("CLASS such as A or B") says they are interventions. The sentences are written
for this file, about conditions of no development corpus.
"""

import pytest

from extract.pipeline import make_doc


def interventions(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text + "\n", "doc_examples"))
    return sorted(c.intervention.text for c in doc._.claims if c.type == "treatment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # examples between a class and its verb, after a bracket (a leaflet on croup)
        ("Steroid medicines (given by mouth), such as dexamethasone, reduce the swelling in the windpipe.",
         ["Steroid medicines", "dexamethasone"]),
        # examples of a class a doctor may prescribe (a pharmacy FAQ on Parkinson's disease)
        ("Your specialist may prescribe a dopamine agonist such as rotigotine or apomorphine.",
         ["apomorphine", "dopamine agonist", "rotigotine"]),
        # two coordinated drugs under one verb, one named by its stem (a leaflet on period pain)
        ("Ibuprofen or mefenamic acid can ease period pain.", ["Ibuprofen", "mefenamic acid"]),
        # "A and B" as the last items of a list under one verb: each its own claim (a clinic page on blood clots)
        ("Anticoagulants such as heparin, edoxaban and warfarin stop clots from growing.",
         ["Anticoagulants", "edoxaban", "heparin", "warfarin"]),
    ],
)
def test_a_class_and_each_example_are_treatments(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert interventions(nlp, text) == expected


def test_a_bracketed_name_ends_an_example(nlp) -> None:  # noqa: ANN001
    got = interventions(nlp, 'Sleeping pills such as zaleplon ("Sonata") can help for a few nights.')
    assert "zaleplon" in got and not any("(" in g for g in got)


def test_the_class_of_causes_named_is_no_treatment(nlp) -> None:  # noqa: ANN001
    # "painkillers such as aspirin ... make it worse": the examples are causes, so the class is no treatment
    assert interventions(nlp, "In some people, painkillers such as aspirin or naproxen make urticaria worse.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the subject is: a treatment, an option, an alternative drug for someone (an abstract's discussion, a leaflet)
        ("Methotrexate remains the first-line treatment for most adults with rheumatoid arthritis.", ["Methotrexate"]),
        ("Ustekinumab, given as an injection every twelve weeks, is an option for people who cannot take tablets.", ["Ustekinumab"]),
        ("Pregabalin is an alternative second-line drug for these patients.", ["Pregabalin"]),
        # offered by name: a treatment claim as well as a recommendation (a menopause leaflet)
        ("Vaginal oestrogen may be offered to women with dryness.", ["Vaginal oestrogen"]),
        # prescribed: the treatment itself (a gout leaflet)
        ("Febuxostat may be prescribed by your GP if allopurinol does not suit you.", ["Febuxostat", "allopurinol"]),
    ],
)
def test_what_a_sentence_names_a_treatment_option_or_offers(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert interventions(nlp, text) == expected


def test_prescribed_is_no_recommendation_and_an_offered_test_no_treatment(nlp) -> None:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Stronger creams may be prescribed by a specialist. You may be offered a blood test.\n", "doc_offer"))
    recs = [c.action.text for c in doc._.claims if c.type == "recommendation"]
    assert not any("specialist" in r or "creams" in r for r in recs)
    assert "blood test" not in [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    "text",
    [
        # the situation of advice, not what treats (a diabetes leaflet, a COPD page)
        "If you take insulin, you must carry glucose tablets.",
        "If bronchodilators are not enough, your nurse will review your plan.",
        # a medicine named by its class word alone: the one in use (a pregnancy page, a GERD page)
        "Speak to your pharmacist before taking any medicine.",
        "Doctors judge the diagnosis by your response to medication.",
    ],
)
def test_a_situation_or_a_bare_class_word_is_no_treatment(nlp, text: str) -> None:  # noqa: ANN001
    assert interventions(nlp, text) == []


def test_an_intervention_offered_in_a_condition_is_still_one(nlp) -> None:  # noqa: ANN001
    assert "cholecystectomy" in interventions(nlp, "If you have been offered a cholecystectomy, you are probably wondering how long recovery takes.")
