"""The unseen tagger's agreement with the rules' claims: chance bands and a simulated veto."""

from __future__ import annotations

import pytest

from extract.claims.learned import Token
from extract.evaluation.agreement import (
    BANDS, RuleClaim, after_veto, band, band_names, band_table, main, sources, vetoed, word_chances,
)
from extract.evaluation.claims import TypeScore


def _row(kind: str, mean, correct: bool, rule: str = "r") -> RuleClaim:  # noqa: ANN001
    return RuleClaim("c", 0, kind, rule, "x", mean, mean, None, correct)


def test_a_chance_falls_in_the_band_below_its_first_bound_above() -> None:
    assert [band(x) for x in (0.0, 0.049, 0.05, 0.15, 0.39, 0.4, 0.99, None)] == [0, 0, 1, 2, 3, 4, 4, len(BANDS)]
    assert band_names() == ["0-0.05", "0.05-0.1", "0.1-0.2", "0.2-0.4", "0.4+"]


def test_the_chances_of_an_argument_are_those_of_its_word_tokens() -> None:
    sentence = "Ice packs , wrapped in a towel , ease sprains."
    tokens = [Token("Ice", 0), Token("packs", 4), Token(",", 10), Token("wrapped", 12)]
    assert word_chances(tokens, [0.5, 0.6, 0.9, 0.0], 0, sentence.index("wrapped") + 7) == [0.5, 0.6, 0.0]
    assert word_chances(tokens, [0.5, 0.6, 0.9, 0.0], 4, 9) == [0.6]


def test_the_table_counts_correct_and_spurious_claims_per_band() -> None:
    rows = [_row("treatment", 0.01, False), _row("treatment", 0.02, True), _row("treatment", 0.7, True), _row("symptom", 0.3, False)]
    table = band_table(rows).splitlines()
    treatment = next(line for line in table if line.startswith("treatment")).split()
    symptom = next(line for line in table if line.startswith("symptom")).split()
    assert treatment[1:] == ["1/1", "0/0", "0/0", "0/0", "1/0"]
    assert symptom[1:] == ["0/0", "0/0", "0/0", "0/1", "0/0"]


def test_a_simulated_veto_drops_the_claims_below_the_threshold_of_their_type() -> None:
    rows = [_row("treatment", 0.01, False), _row("treatment", 0.02, True), _row("treatment", 0.7, True),
            _row("symptom", 0.01, False), _row("treatment", None, False)]
    dropped = vetoed(rows, {"treatment": 0.05})
    assert dropped == rows[:2]  # no symptom threshold; no chance, no evidence
    totals = {t: TypeScore(gold=10, predicted=8, correct=6) for t in ("cause", "symptom", "treatment", "recommendation")}
    after = after_veto(totals, dropped)
    assert (after["treatment"].gold, after["treatment"].predicted, after["treatment"].correct) == (10, 6, 5)
    assert (after["symptom"].predicted, after["symptom"].correct) == (8, 6)


def test_blind_corpora_are_refused(capsys: pytest.CaptureFixture[str], tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit):
        main(["dev2", "heldout3", "--models-dir", str(tmp_path)])
    assert "blind" in capsys.readouterr().err


def test_the_sources_split_the_totals_into_the_rules_claims_and_the_taggers() -> None:
    rows = [_row("treatment", 0.5, True), _row("treatment", 0.5, False)]
    totals = {t: TypeScore(gold=4, predicted=2, correct=1) for t in ("cause", "symptom", "recommendation")}
    totals["treatment"] = TypeScore(gold=4, predicted=5, correct=3)  # the tagger added 3 claims, 2 right
    line = next(x for x in sources(rows, totals).splitlines() if x.startswith("treatment")).split()
    assert line[1:] == ["0.500/0.250/0.333", "0.600/0.750/0.667", "2/3"]
