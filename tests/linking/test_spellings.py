"""British spellings link as their American forms do (``spellings`` of ``data/linking.json``):
most of the vocabularies' names are in American spelling, and pages from the UK, Ireland,
Australia or India write "haematuria", "generalised", "oesophagus"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.linking.cues import LinkerCueError, american_spelling, load_linker_cues
from extract.linking.linker import CONDITION_TYPES, Linker

CUES = load_linker_cues()


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("Generalised anxiety disorder", "generalized anxiety disorder"),
        ("haematuria", "hematuria"),
        ("oesophageal reflux", "esophageal reflux"),
        ("diarrhoea and dyspnoea", "diarrhea and dyspnea"),
        ("paediatric tumour", "pediatric tumor"),
        ("randomised trial of sulphasalazine", "randomized trial of sulfasalazine"),
        # words that only look British stay as they are
        ("regular aerobic exercise", "regular aerobic exercise"),
        ("sore toes and shoes", "sore toes and shoes"),
        ("advise your GP", "advise your gp"),
    ],
)
def test_british_spellings_are_made_american(british: str, american: str) -> None:
    assert american_spelling(british, CUES.spellings) == american


@pytest.mark.parametrize(
    ("mention", "concept"),
    [
        ("generalised anxiety disorder", "F41.1"),  # 0.85 by its characters alone before
        ("haematuria", "HP:0000790"),  # linked to nothing before
        ("haemophilia", "D66"),  # Hereditary factor VIII deficiency; 0.73 before
    ],
)
def test_a_british_spelling_links_as_the_american_one(linker: Linker, mention: str, concept: str) -> None:
    found = linker.link(mention, CONDITION_TYPES)
    assert found is not None and found.id == concept and found.score >= 0.95, (mention, found)
    assert linker.american("anemia") is None  # spelled so already: no second form to rank


def test_a_spelling_rule_that_breaks_its_examples_is_refused(tmp_path: Path) -> None:
    data = json.loads((Path(__file__).resolve().parents[2] / "extract/linking/data/linking.json").read_text("utf-8"))
    data["spellings"] = [{"pattern": "ise\\b", "replacement": "ize", "examples": [["localised", "localized"]],
                          "unchanged": ["exercise"]}]
    bad = tmp_path / "linking.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LinkerCueError, match="exercise"):
        load_linker_cues(str(bad))
    data["spellings"] = [{"pattern": "(ae", "replacement": "e", "examples": [["anaemia", "anemia"]]}]
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LinkerCueError, match="no regular expression"):
        load_linker_cues(str(bad))
