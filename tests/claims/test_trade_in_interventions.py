"""The trade in an intervention names no treatment (session 34, gen56, probing news wording): "Sales of the weight-loss
injection have tripled", "spends £500 million a year on painkillers", "the price of the new migraine injection" are about the market,
no claim that the intervention treats; what insurance covers stays a treatment (CLAIMS_SPEC.md).

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from tests.claims.conftest import treatment_texts


def test_sales_and_spending_name_no_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Sales of the weight-loss injection have tripled, and the health service spends £500 million a year on painkillers.")
    assert found == [], found


def test_a_price_names_no_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "The price of the new migraine injection has fallen by half.")
    assert found == [], found


def test_what_insurance_covers_stays_a_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Insurance covers the cost of a knee brace for a torn ligament.")
    assert any("brace" in t for t in found), found
