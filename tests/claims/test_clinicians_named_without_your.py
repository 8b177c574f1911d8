"""A lead-in by which clinicians named without "your" advise ("For others, dermatologists may suggest:", "GPs may
recommend:") advises each bullet below it, as "your dermatologist may suggest:" does (CLAIMS_SPEC.md, session 17: a
treatment claim and a recommendation of strength `may`); the page's own provider ("Our physicians may recommend:")
and a lead-in whose plural subject is no clinician ("Treatments may include:") give treatments only.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.lists import advised_lead_strength

CUES = load_relation_cues()


@pytest.mark.parametrize(
    ("line", "strength"),
    [
        ("For most people with frozen shoulder, physiotherapists may suggest:", "may"),
        ("Dermatologists may recommend:", "may"),
        ("your GP may suggest:", "may"),
        ("Our physicians may recommend:", None),
        ("At our clinic, podiatrists may suggest:", None),
        ("Treatments may include:", None),
        # session 28: one clinician named with an article (dev43's "A pharmacist can recommend:")
        ("An optometrist may suggest:", "may"),
        ("A physiotherapist will usually recommend:", "should"),
        ("The leaflet may suggest:", None),
    ],
)
def test_who_advises_a_list(line: str, strength: str | None) -> None:
    assert advised_lead_strength(line, CUES) == strength


def test_what_an_advised_product_contains_is_no_advice_of_its_own() -> None:
    """Session 28: "shampoos containing X, Y or Z" under an advising lead-in is one product advised."""
    from extract.claims.grammar import RelationMention
    from extract.claims.lists import advised_items

    bullet = "creams containing urea, lactic acid or ceramides"
    spans = [(0, 22), (24, 35), (39, 48)]
    found = [RelationMention("treatment", s, None, None, "bullet", s) for s in spans]
    assert [m.subject for m in advised_items(bullet, found, "may")] == [(0, 22)]
