"""Older age written as a threshold links to the ageing concept (``older_age`` of
``data/linking.json``): risk factors are often written "over 65" or "adults aged 50 or over",
which no vocabulary names. Mentions written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.linking.linker import Linker

CAUSE_TYPES = ("disorder", "finding", "behavior", "procedure", "anatomy", "drug", "device")


@pytest.mark.parametrize("mention", ["over 65", "after age 60", "being older than 55", "adults aged 50 or over",
                                     "over 40 years of age", "people over 70", "aged 65+", "women aged 45 and over"])
def test_an_older_age_threshold_names_ageing(linker: Linker, mention: str) -> None:
    concept = linker.link(mention, CAUSE_TYPES)
    assert concept is not None and concept.id == "EV:aging", concept


@pytest.mark.parametrize("mention", ["under 5", "children under 12", "over 18", "between 20 and 30"])
def test_young_ages_and_other_bounds_name_no_ageing(linker: Linker, mention: str) -> None:
    concept = linker.link(mention, CAUSE_TYPES)
    assert concept is None or concept.id != "EV:aging", concept


def test_the_older_age_words_are_validated_on_load(tmp_path) -> None:  # noqa: ANN001
    from extract.linking.cues import LinkerCueError, load_linker_cues

    data = json.loads((Path(__file__).resolve().parents[2] / "extract" / "linking" / "data" / "linking.json").read_text("utf-8"))
    assert data["older_age"]["concept"] == "EV:aging" and "over" in data["older_age"]["comparatives"]
    data["older_age"]["min_age"] = 0
    bad = tmp_path / "linking.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LinkerCueError, match="min_age"):
        load_linker_cues(str(bad))


def test_the_concepts_the_linker_words_name_are_curated() -> None:
    from extract.linking.cues import load_linker_cues
    from extract.linking.curated import load_curated

    ids = {c.id for c in load_curated().concepts}
    cues = load_linker_cues()
    assert {cues.older_age.concept, cues.help_seeking.consultation, cues.help_seeking.emergency_care} <= ids
