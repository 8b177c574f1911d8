"""Conflicting recommendations found end to end (issue 3, item 4): pages are read by the real
pipeline, their recommendations extracted, and the run flags a recommendation for an action in
one page and against it in another, with both claims as evidence; the same advice given with
different strengths ("should" / "may") is no conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.runner import read_claims, read_conflicts, run

FOR_BED_REST = """Acute low back pain

Acute low back pain usually settles within a few weeks.
Bed rest is recommended for acute low back pain.
"""

AGAINST_BED_REST = """Acute low back pain

Most people with acute low back pain get better on their own.
Bed rest is not recommended for acute low back pain.
"""

MAY_BED_REST = """Acute low back pain

A short rest can ease the first days of a flare.
Bed rest may be considered for acute low back pain.
"""

SURGERY_FIRST = """Sciatica

For sciatica, surgery should be considered rather than physiotherapy.
"""

PHYSIOTHERAPY_FIRST = """Sciatica

For sciatica, physiotherapy should be considered rather than surgery.
"""


@pytest.fixture(params=["unlinked_nlp", "linked_nlp"])
def nlp(request: pytest.FixtureRequest):  # noqa: ANN201
    return request.getfixturevalue(request.param)


def _run(nlp, tmp_path: Path, pages: dict[str, str]) -> tuple[list[dict], list[dict]]:  # noqa: ANN001
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in pages.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run([corpus], out, nlp=nlp)
    claims = read_claims(out).to_dict("records")
    conflicts = [c for c in read_conflicts(out).to_dict("records") if c["kind"] == "opposing_claims"]
    return claims, conflicts


def _recommendations(claims: list[dict]) -> dict[str, dict]:
    return {c["doc_id"]: c for c in claims if c["type"] == "recommendation"}


def test_a_recommendation_for_and_one_against_the_same_action_are_flagged_with_both_claims(nlp, tmp_path: Path) -> None:  # noqa: ANN001
    claims, conflicts = _run(nlp, tmp_path, {"for.txt": FOR_BED_REST, "against.txt": AGAINST_BED_REST})
    recs = list(_recommendations(claims).values())
    assert sorted((r["against"], r["strength"]) for r in recs) == [(False, "should"), (True, "should")]
    (conflict,) = conflicts
    assert sorted(conflict["claim_ids"]) == sorted(r["claim_id"] for r in recs)
    assert "for.txt" in conflict["explanation"] and "against.txt" in conflict["explanation"]
    assert "Bed rest is recommended for acute low back pain." in conflict["explanation"]
    assert "Bed rest is not recommended for acute low back pain." in conflict["explanation"]
    assert conflict["severity"] == "high"  # both firm


def test_the_same_recommendation_with_different_strengths_is_no_conflict(nlp, tmp_path: Path) -> None:  # noqa: ANN001
    claims, conflicts = _run(nlp, tmp_path, {"should.txt": FOR_BED_REST, "may.txt": MAY_BED_REST})
    assert sorted(r["strength"] for r in _recommendations(claims).values()) == ["may", "should"]
    assert conflicts == []


def test_a_tentative_recommendation_against_a_firm_one_is_a_medium_conflict(nlp, tmp_path: Path) -> None:  # noqa: ANN001
    _claims, conflicts = _run(nlp, tmp_path, {"may.txt": MAY_BED_REST, "against.txt": AGAINST_BED_REST})
    (conflict,) = conflicts
    assert conflict["severity"] == "medium"


def test_opposite_orders_of_two_treatments_are_flagged(nlp, tmp_path: Path) -> None:  # noqa: ANN001
    claims, conflicts = _run(nlp, tmp_path, {"surgery.txt": SURGERY_FIRST, "physio.txt": PHYSIOTHERAPY_FIRST})
    recs = _recommendations(claims)
    assert len(recs) == 2
    (conflict,) = conflicts
    assert sorted(conflict["claim_ids"]) == sorted(r["claim_id"] for r in recs.values())
    assert "opposite order" in conflict["explanation"]
