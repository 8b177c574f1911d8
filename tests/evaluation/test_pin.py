"""Re-pinning the claim floors (python -m extract.evaluation.pin): the arithmetic and the refusals."""

import json
import subprocess
import sys

from extract.evaluation.pin import floor_of, pinned


def _run(p: float, r: float, concepts: float, fig: float = 1.0, found: int = 3, forbidden: int = 0) -> dict:
    return {
        "figures": {"precision": fig, "recall": fig},
        "flags_found": found,
        "flags_forbidden": forbidden,
        "claims": {k: {"precision": p, "recall": r} for k in ("cause", "symptom", "treatment", "recommendation")},
        "concept_accuracy": concepts,
    }


def test_a_floor_is_the_measure_less_the_margin_rounded_down():
    assert floor_of(0.9375) == 0.91
    assert floor_of(0.94) == 0.92  # no float drift below an exact figure
    assert floor_of(0.01) == 0.0


def test_claim_floors_take_the_lower_of_linking_on_and_off():
    floors = {"precision": 0.9, "recall": 0.9, "flags_found": 3, "forbidden_flags_max": 0, "fingerprint": "old"}
    new, below = pinned(floors, {"link": _run(0.8, 0.7, 0.66), "no_link": _run(0.75, 0.9, 0.0)}, "new")
    assert below == []
    assert new["fingerprint"] == "new"
    assert new["claims"]["types"]["cause"] == {"precision": 0.73, "recall": 0.68}
    assert new["claims"]["concept_accuracy"] == 0.64  # linking on only
    assert {k: new[k] for k in ("precision", "recall", "flags_found", "forbidden_flags_max")} == {
        "precision": 0.9, "recall": 0.9, "flags_found": 3, "forbidden_flags_max": 0}


def test_a_figure_regression_is_reported_and_nothing_is_moved():
    floors = {"precision": 0.9, "recall": 0.9, "flags_found": 3, "forbidden_flags_max": 0, "fingerprint": "old",
              "claims": {"types": {}, "concept_accuracy": 0.5}}
    new, below = pinned(floors, {"link": _run(0.8, 0.8, 0.7, found=2), "no_link": _run(0.8, 0.8, 0.0, fig=0.85)}, "new")
    assert new is floors
    assert any("figure precision 0.850" in b for b in below) and any("flags found 2 < 3" in b for b in below)


def test_an_unknown_corpus_is_refused_before_anything_runs(tmp_path):
    (tmp_path / "floors.json").write_text(json.dumps({"corpora": {"fbss": {}}}))
    proc = subprocess.run([sys.executable, "-m", "extract.evaluation.pin", "nosuch", "--gold", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "no floors for nosuch" in proc.stderr
    assert json.loads((tmp_path / "floors.json").read_text()) == {"corpora": {"fbss": {}}}


def test_a_missing_floors_file_is_named_with_what_to_do(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "extract.evaluation.pin", "--gold", str(tmp_path / "nowhere")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "nowhere/floors.json: no such file" in proc.stderr and "--gold" in proc.stderr
