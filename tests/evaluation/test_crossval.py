"""Cross-validation of the learned tagger: folds never score a corpus with models trained on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.evaluation import crossval
from extract.evaluation.claims import TYPES, ClaimsScore, TypeScore

ROOT = Path(__file__).resolve().parents[2]


def test_folds_partition_the_corpora_round_robin() -> None:
    names = ["dev3", "dev2", "fbss", "dev10", "conditions"]
    got = crossval.folds(names, 2)
    assert got == [["conditions", "dev2", "fbss"], ["dev10", "dev3"]]  # sorted: conditions dev10 dev2 dev3 fbss
    assert sorted(sum(got, [])) == sorted(names)
    assert crossval.folds(names, 9) == [[n] for n in sorted(names)]  # never an empty fold


def _score(name: str, gold: int, predicted: int, correct: int) -> ClaimsScore:
    return ClaimsScore(name, 1, {t: TypeScore(gold=gold, predicted=predicted, correct=correct) for t in TYPES})


def test_totals_sum_the_counts_of_every_corpus() -> None:
    results = [
        crossval.CorpusComparison("a", 0, ["b"], _score("a", 10, 8, 6), _score("a", 10, 10, 7)),
        crossval.CorpusComparison("b", 1, ["a"], _score("b", 30, 20, 18), _score("b", 30, 24, 20)),
    ]
    rules, tagged = crossval.totals(results)
    assert (rules["cause"].gold, rules["cause"].predicted, rules["cause"].correct) == (40, 28, 24)
    assert (tagged["symptom"].precision, tagged["symptom"].recall) == (27 / 34, 27 / 40)
    table = crossval.format_comparison(results)
    assert "0.86/0.60 -> 0.79/0.68" in table.splitlines()[-2]  # the micro row: 24/28, 24/40 -> 27/34, 27/40


def test_totals_add_the_linked_counts_too() -> None:
    a, b = _score("a", 4, 4, 3), _score("b", 6, 5, 5)
    a.types["treatment"].linked, a.types["treatment"].linked_correct = 3, 2
    b.types["treatment"].linked, b.types["treatment"].linked_correct = 5, 5
    rules, _ = crossval.totals([crossval.CorpusComparison("a", 0, ["b"], a, a), crossval.CorpusComparison("b", 1, ["a"], b, b)])
    assert (rules["treatment"].linked, rules["treatment"].linked_correct) == (8, 7)
    assert rules["treatment"].concept_accuracy == 7 / 8
    assert (a.types["treatment"].linked, b.types["treatment"].gold) == (3, 6)  # the inputs are left as they were


def test_each_corpus_is_scored_by_models_that_never_saw_it(tmp_path: Path) -> None:
    results = crossval.cross_validate(["fbss", "dev2"], 2, ROOT / "tests/gold", ROOT / "corpora", work_dir=tmp_path,
                                      thresholds=(0.0, 0.99))
    assert sorted(r.name for r in results) == ["dev2", "fbss"]
    for r in results:
        assert r.trained_on and r.name not in r.trained_on
        # the tagger only adds claims to the rules': what the rules found correct stays found
        for t in TYPES:
            assert r.tagged.types[t].gold == r.rules.types[t].gold
            assert r.tagged.types[t].predicted >= r.rules.types[t].predicted
            # a higher min_confidence keeps fewer of the tagger's spans, never fewer than the rules' claims
            assert r.at_confidence[0.0].types[t].predicted >= r.at_confidence[0.99].types[t].predicted >= r.rules.types[t].predicted
    low, high = crossval.confidence_totals(results)[0.0], crossval.confidence_totals(results)[0.99]
    assert sum(low[t].predicted for t in TYPES) > sum(high[t].predicted for t in TYPES)
    assert not list(tmp_path.iterdir())  # the fold models were temporary


def test_blind_corpora_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        crossval.main(["dev2", "heldout4"])
    assert "heldout4 is blind" in capsys.readouterr().err


def test_a_confidence_variant_shares_the_models_and_changes_only_the_thresholds(tmp_path: Path) -> None:
    import json

    models = tmp_path / "fold0"
    (models / "learned").mkdir(parents=True)
    (models / "learned" / "cause.crfsuite").write_bytes(b"model")
    manifest = {"version": "1", "min_confidence": {"cause": 0.7, "symptom": 0.7}, "require_concept": ["cause"]}
    (models / "learned.json").write_text(json.dumps(manifest), encoding="utf-8")
    out = crossval.with_min_confidence(models, 0.85, tmp_path / "fold0-0.85")
    written = json.loads((out / "learned.json").read_text(encoding="utf-8"))
    assert written["min_confidence"] == {"cause": 0.85, "symptom": 0.85}
    assert {k: v for k, v in written.items() if k != "min_confidence"} == {k: v for k, v in manifest.items() if k != "min_confidence"}
    assert (out / "learned" / "cause.crfsuite").read_bytes() == b"model"
    assert json.loads((models / "learned.json").read_text(encoding="utf-8")) == manifest  # the fold's own is untouched


def test_confidence_totals_sum_each_threshold_over_the_corpora() -> None:
    a, b = _score("a", 4, 4, 3), _score("b", 6, 5, 5)
    results = [crossval.CorpusComparison("a", 0, ["b"], a, a, {0.8: a, 0.9: b}), crossval.CorpusComparison("b", 1, ["a"], b, b, {0.8: b})]
    sums = crossval.confidence_totals(results)
    assert list(sums) == [0.8, 0.9]
    assert (sums[0.8]["cause"].gold, sums[0.8]["cause"].predicted, sums[0.8]["cause"].correct) == (10, 9, 8)
    assert (sums[0.9]["cause"].gold, sums[0.9]["cause"].correct) == (6, 5)
    assert "0.8" in crossval.format_confidence(results) and "rules alone" in crossval.format_confidence(results)
