"""A trial's comparator named by a generic head with a comparator modifier ("compared with usual care", "13% with
standard therapy", "vs. 30% with usual care") is a treatment claim (CLAIMS_SPEC.md: the comparator of a trial is one, as
dev29's "compared with usual care" and dev37's "with standard therapy"); "usual care" or "standard treatment" said of no
comparison, and an allocation's "to" ("150 to standard therapy", left out by the gold of trial results), name none.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Chronic prostatitis\n\n" + text + "\n", "doc_comparator"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    "text,comparator",
    [
        ("Pelvic floor physiotherapy reduced pain scores compared with usual care at 12 weeks.", "usual care"),
        ("Symptoms improved in 59% with acupuncture and 36% with standard therapy.", "standard therapy"),
        ("After six months, 44% of men on tamsulosin were symptom-free, vs. 30% with usual care.", "usual care"),
    ],
)
def test_a_comparator_care_is_a_treatment(nlp, text: str, comparator: str) -> None:  # noqa: ANN001
    assert comparator in treatments(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Usual care from a GP is enough for most men with mild symptoms.",
        "Of 240 men, 120 were assigned to acupuncture and 120 to standard therapy.",
    ],
)
def test_care_named_in_no_comparison_is_no_treatment(nlp, text: str) -> None:  # noqa: ANN001
    found = treatments(nlp, text)
    assert "usual care" not in [t.lower() for t in found] and "standard therapy" not in found
