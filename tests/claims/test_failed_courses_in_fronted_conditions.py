"""An intervention named in a fronted condition whose verb is negated ("When rest and splinting do not ease the pain,
...", "If creams and light therapy have not cleared the patches, ...") is the course that failed, the situation of what
follows, and no treatment claim, whatever the verb and however many are coordinated (CLAIMS_SPEC.md, session 11: "if
medicines do not help"); what the main clause offers stays a claim (gen47, session 31, from dev39's and dev41's
sentences, written anew here).

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import treatment_texts


@pytest.mark.parametrize(
    "sentence,failed,offered",
    [
        ("Tennis elbow\n\nWhen physiotherapy does not relieve your pain, a steroid injection may be offered.", "physiotherapy", "steroid injection"),
        ("Psoriasis\n\nIf creams and light therapy have not cleared the patches, your dermatologist may prescribe methotrexate.",
         "light therapy", "methotrexate"),
    ],
)
def test_a_course_that_failed_in_a_fronted_condition_is_no_treatment(plain, sentence: str, failed: str, offered: str) -> None:  # noqa: ANN001
    found = treatment_texts(plain, sentence, "doc_failed_courses")
    assert failed not in found, found
    assert any(offered in t for t in found), found
