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
    ],
)
def test_concept_matches(got, acceptable, ok: bool) -> None:
    assert concept_matches(got, acceptable) is ok
