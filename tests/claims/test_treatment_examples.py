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
