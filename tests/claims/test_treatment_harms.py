"""What a treatment of the page does to the body told without the words "side effect" ("Terbinafine cream can cause redness, itching
or stinging", "cryotherapy ..., which can cause pain, blistering and hypopigmentation") is the treatment's harm, neither a
cause nor a treatment claim of the condition (CLAIMS_SPEC.md, session 11), as "side effects including drowsiness" already
was. Session 30, gen43, from dev47's athlete's foot product page, dev46's molluscum review and swimmer's ear leaflet and
dev45's Sjogren's leaflet. A drug named among the causes of something ("Some medicines can cause dizziness"), harm from
misuse ("Overuse of ..."), a worsening ("can make the rash worse") and a disease the drug causes ("skin infections") stay
cause claims; so does what a drug the page does not treat with causes ("Sleeping pills can cause drowsiness").

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def causes(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Pityriasis versicolor\n\n" + text + "\n", "doc_harms"))
    return [c.cause.text for c in doc._.claims if c.type == "cause"]


TREATS = "Treatment\n\nKetoconazole shampoo, selenium sulfide lotion and cryotherapy clear the patches in most people.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Ketoconazole shampoo can cause dryness and irritation of the scalp.",
        "Selenium sulfide lotion can cause a burning feeling where it is applied.",
        "Cryotherapy, which can cause blistering and pale patches, is rarely used.",
    ],
)
def test_what_a_treatment_of_the_page_causes_in_the_body_is_no_cause(nlp, text: str) -> None:  # noqa: ANN001
    assert causes(nlp, TREATS + text) == []
    assert causes(nlp, text) != []  # no treatment of the page: a drug among the causes of something


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Some medicines can cause pale patches on the skin.", "medicines"),
        ("Overuse of steroid creams can cause thinning of the skin.", "Overuse of steroid creams"),
        ("Steroid creams can make the rash worse.", "Steroid creams"),
        ("Long courses of steroid creams can cause skin infections.", "Long courses of steroid creams"),
    ],
)
def test_drugs_among_causes_misuse_worsening_and_diseases_stay_causes(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in causes(nlp, "Treatment\n\nSteroid creams and medicines clear the patches.\n\n" + text)
