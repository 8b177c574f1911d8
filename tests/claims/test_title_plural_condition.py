"""A page titled with its condition's plural ("Styes", "Corns") names the condition its text calls in the singular ("a
stye"): what "a stye" causes is a symptom of the page's condition (CLAIMS_SPEC: a condition producing a symptom is a
symptom claim), as under a singular title."""

from extract.claims.component import title_condition


def test_the_title_plural_is_the_pages_condition():
    assert title_condition("Styes\n\nA stye is a painful lump on the eyelid.\n") == "styes"
    assert title_condition("Opening hours\n\nA stye is a painful lump on the eyelid.\n") is None


def test_what_the_singular_causes_is_its_symptom(plain):  # noqa: ANN001
    doc = plain("Corns\n\nA corn can cause pain when you walk.\n")
    found = [(c.type, c.symptom.text if c.type == "symptom" else None) for c in doc._.claims]
    assert ("symptom", "pain") in found and all(t != "cause" for t, _ in found)


def test_it_in_a_clause_joined_to_one_about_the_condition(plain):  # noqa: ANN001
    """", and it rarely causes a fever" after a clause about the page's condition: "it" is the condition."""
    doc = plain("Boils\n\nA boil does not usually spread, and it rarely causes a fever.\n")
    assert [(c.type, c.symptom.text) for c in doc._.claims if c.type == "symptom"] == [("symptom", "fever")]
    doc = plain("Boils\n\nIf you take ibuprofen with food, it rarely causes stomach pain.\n")
    assert [c for c in doc._.claims if c.type == "symptom"] == []
