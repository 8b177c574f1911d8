"""The bare forms after a modified one in a treatment bullet ("numbing creams or gels", "steroid mouthwashes, sprays or
pastes for the mouth", "Terbinafine cream or spray") are one medicine in several forms, one claim (CLAIMS_SPEC.md,
session 21; session 26, gen31, from dev23's, dev36's and dev38's bullets). Forms named on their own stay apart.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from extract.pipeline import make_doc

PAGE = """Oral thrush

Treatments include:

- antifungal mouthwashes, sprays or pastes for the mouth
- clotrimazole cream or spray for the skin around the mouth
- creams or tablets
"""


def test_bare_forms_after_a_modified_one_are_one_treatment(plain) -> None:  # noqa: ANN001
    doc = plain(make_doc(plain, PAGE, "doc_bullet_forms"))
    found = [c.intervention.text for c in doc._.claims if c.type == "treatment"]
    assert not {"sprays", "pastes", "pastes for the mouth", "spray"} & set(found)
    assert {"antifungal mouthwashes", "clotrimazole cream", "creams", "tablets"} <= set(found)
