"""A trial arm named by the kind of care it had ("in the medical group", "than in the surgical group", "the conservative
group") names no intervention: the class word of the care is no treatment claim, as "the injection group" is none
(CLAIMS_SPEC.md, session 28); an arm named by its drug stays one (session 33, gen53, from dev55's cohort abstract).

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from tests.claims.conftest import treatment_texts


def test_an_arm_named_by_a_kind_of_care_is_no_treatment(nlp) -> None:  # noqa: ANN001
    found = treatment_texts(nlp, "Compression stockings such as Mediven helped leg swelling in the medical group.")
    assert "medical" not in found, found
    assert "Compression stockings" in found, found
