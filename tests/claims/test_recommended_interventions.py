"""An intervention recommended by name is a treatment claim as well as a recommendation (CLAIMS_SPEC.md,
sessions 10-12): "X is now recommended for ...", "X should be reserved for ...", "your doctor may
suggest X, Y or Z", "we recommend X"; not what a relative clause, a that-clause or an adverb after the
verb names ("X is the drug we usually recommend first", "we recommend that you ...").

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.consistency.statements import arguments
from extract.pipeline import make_doc


def claimed(nlp, text: str, kind: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Lupus\n\n" + text + "\n", "doc_recommended_interventions"))
    return [arguments(c)[0].text for c in doc._.claims if c.type == kind]


@pytest.mark.parametrize(
    ("text", "treatments"),
    [
        ("Hydroxychloroquine or chloroquine are now recommended for most people with lupus.", ["Hydroxychloroquine", "chloroquine"]),
        ("Rituximab should be reserved for people whose kidneys are affected.", ["Rituximab"]),
        ("Belimumab is increasingly preferred for younger patients with active disease.", ["Belimumab"]),
        ("If the rash persists, your dermatologist may suggest tacrolimus, pimecrolimus or dapsone.", ["tacrolimus", "pimecrolimus", "dapsone"]),
        ("For joint pain we recommend naproxen for short periods.", ["naproxen"]),
    ],
)
def test_an_intervention_recommended_by_name_is_a_treatment_claim_too(nlp, text: str, treatments: list[str]) -> None:  # noqa: ANN001
    found = claimed(nlp, text, "treatment")
    assert all(any(t in f for f in found) for t in treatments), found  # the claim names it ("naproxen for short periods")
    assert all(any(t in r for r in claimed(nlp, text, "recommendation")) for t in treatments)


@pytest.mark.parametrize(
    ("text", "not_treatment"),
    [
        ("Sunscreen is the product we usually recommend first.", "first"),
        ("We recommend that you keep a diary of flares before your next visit.", "keep a diary of flares"),
        ("We may suggest that close family members are checked too.", "close family members"),
        ("She said the therapy should be offered alongside tablets.", "therapy"),
    ],
)
def test_what_the_cue_does_not_name_as_its_object_is_no_treatment(nlp, text: str, not_treatment: str) -> None:  # noqa: ANN001
    assert not any(not_treatment in t or t in not_treatment for t in claimed(nlp, text, "treatment"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("For cysts that keep coming back, we recommend a minor procedure called a marsupialisation.", "marsupialisation"),
        ("Your GP may suggest a medicine known as colchicine.", "colchicine"),
    ],
)
def test_a_recommended_class_with_a_name_gives_the_name_as_the_treatment(nlp, text: str, name: str) -> None:  # noqa: ANN001
    assert name in claimed(nlp, text, "treatment")
