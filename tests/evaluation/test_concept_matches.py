"""Concept accuracy: which predicted concept ids count as the gold's."""

from __future__ import annotations

import pytest

from extract.evaluation.claims import concept_matches


@pytest.mark.parametrize(
    ("got", "acceptable", "ok"),
    [
        ("HP:0000017", ["HP:0000017"], True),
        ("M77.1", ["M77.10"], True),  # lateral epicondylitis and its unspecified-elbow code: one condition
        ("M77.10", ["M77.1"], True),
        ("B02", ["B02.9"], True),  # zoster; zoster without complications
        ("M77.11", ["M77.10"], False),  # the right elbow is more than the gold says
        ("M77", ["M77.10"], False),  # an ancestor is never the condition
        ("B02", ["B02.30"], False),
        ("HP:0002315", ["G44.1"], False),
        ("EV:surgery", ["EV:spine_surgery"], False),
        (None, ["B02.9"], False),
        ("B02", [], False),
        # an HPO term and an ICD-10-CM code of the same name are one concept (the spec: "list both")
        ("HP:0001997", ["M10.9"], True),  # Gout; Gout, unspecified
        ("M10.9", ["HP:0001997"], True),
        ("HP:0005110", ["I48.91"], True),  # Atrial fibrillation; Unspecified atrial fibrillation
        ("HP:0000964", ["L30.9"], False),  # Eczema is not "Dermatitis, unspecified"
        ("HP:0100651", ["E10.9"], False),  # "Type I diabetes mellitus" is not E10.9's name
        ("HP:0012531", ["M10.9"], False),
        ("EV:gout", ["M10.9"], False),
    ],
)
def test_concept_matches(got, acceptable, ok: bool) -> None:
    assert concept_matches(got, acceptable) is ok
