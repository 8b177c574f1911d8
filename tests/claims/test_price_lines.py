"""A line of its own that names a product or service with its price ("Clotrimazole 1% Spray 30 ml - £6.49",
"Total nail avulsion: £345") is what the page offers for the condition, a treatment claim (CLAIMS_SPEC.md: what the
page's own provider offers; dev42's online pharmacy gold), not a heading that names the topic of what follows. A heading
without a price stays one.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

from extract.pipeline import make_doc


def treated_lines(nlp, text: str) -> set[str]:  # noqa: ANN001
    """The quotes of the treatment claims of ``text``."""
    doc = nlp(make_doc(nlp, text, "doc_prices"))
    return {c.evidence.quote for c in doc._.claims if c.type == "treatment"}


PAGE = (
    "Athlete's Foot Treatment | Order Online\n\n"
    "Athlete's foot is a fungal infection that causes itchy, cracked skin between the toes.\n\n"
    "Our athlete's foot treatments\n\n"
    "Clotrimazole 1% Spray 30 ml - £6.49\n"
    "Spray onto the affected skin twice a day.\n\n"
    "Miconazole 2% Powder - £5.25\n"
    "Dust into socks and shoes every day.\n"
)


def test_a_product_line_with_its_price_is_a_treatment(nlp) -> None:  # noqa: ANN001
    assert {"Clotrimazole 1% Spray 30 ml - £6.49", "Miconazole 2% Powder - £5.25"} <= treated_lines(nlp, PAGE)


def test_a_heading_without_a_price_names_no_treatment(nlp) -> None:  # noqa: ANN001
    page = PAGE.replace(" - £6.49", "").replace(" - £5.25", "")
    assert not {"Clotrimazole 1% Spray 30 ml", "Miconazole 2% Powder"} & treated_lines(nlp, page)
