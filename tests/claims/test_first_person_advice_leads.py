"""Bullets under a first-person advice lead-in without "that" or "to" ("We suggest you:", "I'd recommend you:", session 21,
gen12): a lower-case verb opening a bullet is an imperative, a recommendation of its own, as under "We recommend that
you:". Sentences written for these tests, about other conditions than the development corpora's."""

from extract.pipeline import make_doc

PAGE = """Managing a sprained wrist at home

For the first few days we suggest you:
- rest the wrist and raise it on a cushion when sitting
- hold a bag of frozen peas wrapped in a tea towel against the wrist for 15 minutes
- cut your food with a rocker knife while it is sore
"""

PAGE_I = """Ganglion cysts: a pharmacist's view

Most go away on their own. Until then I'd recommend you:
- pad the area with a soft dressing if it rubs on a shoe
"""


def page_recommendations(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_leads"))
    return [c.action.text for c in doc._.claims if c.type == "recommendation"]


def test_we_suggest_you_opens_imperative_bullets(plain) -> None:  # noqa: ANN001
    found = page_recommendations(plain, PAGE)
    assert any(a.startswith("hold a bag of frozen peas") for a in found)
    assert any(a.startswith("cut your food") for a in found)
    assert any(a.startswith("rest the wrist") for a in found)


def test_i_would_recommend_you_opens_imperative_bullets(plain) -> None:  # noqa: ANN001
    assert any(a.startswith("pad the area") for a in page_recommendations(plain, PAGE_I))
