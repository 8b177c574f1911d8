"""A treatment bullet whose first item is followed by a description of it (a plural class with a relative clause
"collagenase injections, treatments that soften the cord", a class with a purpose "fasciectomy, an operation to remove
...", or how it is used "radiotherapy, given in small doses ...") names one intervention, one claim: the rest of the line
says what the item is or how it is given (session 33, gen53, from dev55's fibroid and ringworm bullets). A list of items
stays a list.

Every sentence here is written for this test, about a condition outside the development corpora.
"""

from tests.claims.conftest import treatment_texts

PAGE = """Dupuytren's contracture

Treatment options include:

- needle fasciotomy, a procedure that divides the tight cord through the skin
- collagenase injections, treatments that soften the cord so it can be stretched
- fasciectomy, an operation to remove the thickened tissue and release the finger
- radiotherapy, given in small doses to early nodules
- painkillers, splints that support the hand, and physiotherapy
"""


def test_a_description_after_a_bullet_item_names_no_second_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, PAGE, "doc_bullet_descriptions")
    assert {"needle fasciotomy", "collagenase injections", "fasciectomy", "radiotherapy"} <= set(found)
    described = {"treatments", "operation", "operation to remove the thickened tissue", "release the finger", "small doses"}
    assert not described & set(found), found


def test_a_list_after_a_bullet_item_stays_a_list(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, PAGE, "doc_bullet_descriptions")
    assert {"painkillers", "splints", "physiotherapy"} <= set(found), found
