"""Extraction quality against the gold annotations, held to the floors in tests/gold/floors.json.

The same figures are printed by `evidence score` (or `make score`)."""

import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluation import load_gold, score_corpus
from extract.evaluation.floors import check_floors, corpus_fingerprint, load_floors

ROOT = Path(__file__).resolve().parents[2]
CORPORA, GOLD = ROOT / "corpora", ROOT / "tests" / "gold"

FLOORS = load_floors(GOLD / "floors.json")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_annotations_are_valid(name):
    proc = subprocess.run(
        [sys.executable, str(GOLD / "validate_gold.py"), str(GOLD / name), str(CORPORA / name)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floors_were_measured_on_this_corpus(name):
    assert corpus_fingerprint(GOLD / name, CORPORA / name) == FLOORS[name]["fingerprint"], (
        f"corpora/{name} or tests/gold/{name} changed: run `evidence score {name}` and update "
        f"tests/gold/floors.json deliberately"
    )


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_extraction_meets_its_floors(nlp, name):
    score = score_corpus(load_gold(GOLD / name, CORPORA / name), nlp)
    failures = check_floors([score], FLOORS)
    assert not failures, "\n".join(failures + score.figures.errors + score.conflicts.errors)


def test_seed_floors_are_the_issue_floors():
    assert FLOORS["fbss"]["precision"] >= 0.95 and FLOORS["fbss"]["recall"] >= 0.95
