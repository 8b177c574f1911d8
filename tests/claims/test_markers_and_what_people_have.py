"""Treatment precision of the ``treatment:mention`` rule (session 26, gen31), two classes of the first-sight pages:

* antibodies the body makes are a marker a test finds, no intervention: "AChR antibodies are detectable in 85% of
  patients", "Antibodies against MuSK (...) are found in 5%", "... are highly specific for X", "in which antibodies
  against intrinsic factor impair absorption" (dev21, dev35); an antibody given as a drug ("Monoclonal antibodies
  against CGRP reduce migraine days") stays a treatment;
* what people with a finding have ("Refer people aged 55 and over with weight loss and dyspepsia", "if they are
  aged 55 or over with weight loss", dev34 and dev38) is their situation, no intervention; what people with the
  condition use ("Most people with asthma use inhalers") stays a treatment.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def treatments(plain, title: str, text: str) -> list[str]:  # noqa: ANN001
    doc = plain(make_doc(plain, title + "\n\n" + text + "\n", "doc_markers"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    "text",
    [
        "Anti-GAD antibodies are detectable in most people with stiff person syndrome.",
        "Antibodies against aquaporin-4 (AQP4) are found in about 70% of patients.",
        "Anti-tissue transglutaminase antibodies are highly specific for the disease.",
        "It is an autoimmune disorder in which antibodies against the thyroid damage the gland.",
    ],
)
def test_antibodies_the_body_makes_are_no_treatment(plain, text: str) -> None:  # noqa: ANN001
    assert treatments(plain, "Neuromyelitis optica", text) == []


def test_an_antibody_given_as_a_drug_stays_a_treatment(plain) -> None:  # noqa: ANN001
    assert treatments(plain, "Neuromyelitis optica", "Monoclonal antibodies against complement reduce relapses.") == ["Monoclonal antibodies"]


@pytest.mark.parametrize(
    "text",
    [
        "Refer urgently people aged 60 and over with weight loss and a change in bowel habit.",
        "Offer a CT scan if they are aged 40 or over with weight loss and abdominal pain.",
    ],
)
def test_what_people_with_a_finding_have_is_no_treatment(plain, text: str) -> None:  # noqa: ANN001
    assert "weight loss" not in treatments(plain, "Pancreatic cancer", text)


def test_what_people_with_the_condition_use_stays_a_treatment(plain) -> None:  # noqa: ANN001
    assert treatments(plain, "Psoriasis", "Most people with psoriasis use emollients.") == ["emollients"]
