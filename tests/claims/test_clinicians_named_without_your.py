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
    ],
)
def test_who_advises_a_list(line: str, strength: str | None) -> None:
    assert advised_lead_strength(line, CUES) == strength
