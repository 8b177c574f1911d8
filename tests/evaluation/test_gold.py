"""Extraction quality against the gold annotations, held to the floors in tests/gold/floors.json.

The same figures are printed by `evidence score` (or `make score`)."""

import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluation import load_gold, score_corpus
from extract.evaluation.claims import load_claims_gold
from extract.evaluation.floors import check_floors, corpus_fingerprint, load_floors
from extract.evaluation.trainlearned import BLIND

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


CLAIM_FLOORS = sorted(name for name, f in FLOORS.items() if "claims" in f)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_extraction_meets_its_floors(nlp, name):
    claims_gold = load_claims_gold(GOLD / name / "claims", CORPORA / name) if "claims" in FLOORS[name] else None
    score = score_corpus(load_gold(GOLD / name, CORPORA / name), nlp, claims_gold)
    failures = check_floors([score], FLOORS)
    if name in BLIND:
        # A blind corpus's failure names the floors it missed and nothing of its text, so that
        # running the suite never shows anyone the pages no rule may be tuned on.
        assert not failures, "\n".join(failures + [f"{name} is blind: its error lines are withheld"])
    claim_errors = [e for t in score.claims.types.values() for e in t.errors] if score.claims else []
    assert not failures, "\n".join(failures + score.figures.errors + score.conflicts.errors + claim_errors[:60])


def test_claim_floors_hold_the_seed_and_the_unseen_corpora():
    """Every type of every corpus with claims gold is pinned (the seeds and the held-out ones)."""
    assert {"fbss", "heldout"} <= set(CLAIM_FLOORS)
    for name in CLAIM_FLOORS:
        assert set(FLOORS[name]["claims"]["types"]) == {"cause", "symptom", "treatment", "recommendation"}


def test_seed_floors_are_the_issue_floors():
    assert FLOORS["fbss"]["precision"] >= 0.95 and FLOORS["fbss"]["recall"] >= 0.95
