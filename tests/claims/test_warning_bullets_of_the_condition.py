"""A warning bullet names no sign in the page's condition itself ("you have erysipelas and your eyelid becomes hot", "you
get erysipelas often") nor in the reason of a state it gives ("you have a weakened immune system, for example because of
chemotherapy or diabetes"): session 26, gen31, from dev38's cold-sore and dev23's tonsillitis bullets (CLAIMS_SPEC.md:
"the page's condition itself ... is none"). The findings of the same bullets stay signs.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from extract.pipeline import make_doc

PAGE = """Erysipelas

See a GP urgently if:

- you have erysipelas and your eyelid becomes hot or swollen
- you get erysipelas often and want to know why
- you have a weakened immune system, for example because of chemotherapy or diabetes
- your child has erysipelas or blisters on the eyelid, or seems unwell
"""


def test_the_condition_itself_and_the_reason_of_a_state_are_no_signs(nlp) -> None:  # noqa: ANN001
    doc = nlp(make_doc(nlp, PAGE, "doc_warning_condition"))
    signs = [c.symptom.text for c in doc._.claims if c.type == "symptom"]
    assert not {"erysipelas", "erysipelas often", "diabetes", "chemotherapy"} & set(signs)
    assert {"hot", "swollen", "unwell"} <= set(signs)
