"""One concept in two vocabularies: HPO terms and ICD-10-CM codes of the same name (extract.linking.twins)."""

from __future__ import annotations

import pytest

from extract.linking.twins import icd_names, same_concept


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("HP:0001997", "M10.9", True),  # "Gout" and "Gout, unspecified"
        ("HP:0001997", "M10", True),  # and its category "Gout"
        ("HP:0100658", "L03.90", True),  # "Cellulitis" and "Cellulitis, unspecified"
        ("HP:0002608", "K90.0", True),  # the spec's own example: celiac disease
        ("HP:0030788", "H61.2", True),  # impacted cerumen
        ("HP:0002099", "J45.909", True),  # "Asthma" and "Unspecified asthma, uncomplicated"
        ("HP:0002099", "J45.9", False),  # "Other and unspecified asthma" says more
        ("HP:0000964", "L30.9", False),  # eczema is not "Dermatitis, unspecified"
        ("HP:0100651", "E10.9", False),  # "Type I ..." is not "Type 1 ...": nothing looser than the name
        ("HP:0012531", "M10.9", False),
        ("M77.1", "M77.10", True),  # a category and its default subcategory
        ("M77.11", "M77.1", False),  # the right elbow says more
        ("HP:0001997", "HP:0001369", False),
        ("EV:gout", "M10.9", False),
        ("HP:0001997", "NOT.A.CODE", False),
    ],
)
def test_same_concept(a: str, b: str, same: bool) -> None:
    assert same_concept(a, b) is same
    assert same_concept(b, a) is same


def test_icd_names_follow_default_categories_only() -> None:
    assert icd_names("M10.9") == {"gout"}
    assert icd_names("M77.11") == {"lateral epicondylitis, right elbow"}
    assert icd_names("XYZ") == frozenset()
