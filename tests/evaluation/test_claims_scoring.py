"""Matching predicted qualitative claims to gold claims (extract.evaluation.claims)."""

import json
from pathlib import Path

from extract.evaluation.claims import load_claims_gold, score_claims_corpus, subject_spans


def test_a_subject_is_placed_on_its_whole_word_occurrences() -> None:
    quote = "Bunions are often blamed, but a bunion does not cause the ankle pain; a bunion rarely does."
    assert [quote[a:b] for a, b in subject_spans(quote, "bunion")] == ["bunion", "bunion"]
    assert subject_spans(quote, "bunion")[0][0] == quote.index("a bunion") + 2
    # a subject that only occurs inside a longer word keeps that occurrence
    assert subject_spans("Bunions hurt.", "Bunion") == [(0, 6)]
    assert subject_spans("Bunions hurt.", "gout") == []


def _corpus(tmp_path: Path, text: str, claim: dict) -> tuple[Path, Path]:
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    (gold / "a.txt.json").write_text(json.dumps({"doc": "a.txt", "claims": [claim]}), encoding="utf-8")
    return gold, corpus


def _cause(quote: str, subject: str, obj: str | None, negated: bool = False, **more: object) -> dict:
    """A cause claim of the gold format (CLAIMS_SPEC.md), denied or asserted."""
    return {
        "type": "cause", "quote": quote, "subject": subject, "subject_concept": [], "object": obj,
        "object_concept": [], "relation": "causes", "negated": negated, "certainty": "counterfact" if negated else "fact",
        "strength": None, "against": False, "instead_of": None, **more,
    }


def test_a_denied_cause_whose_word_appears_earlier_in_the_sentence_is_matched(tmp_path: Path, plain) -> None:  # noqa: ANN001
    text = "Gout and bunions.\n\nLarge bunions are often blamed, but a bunion does not cause the ankle pain in most people.\n"
    quote = text.split("\n")[2]
    claim = _cause(quote, "bunion", "ankle pain", negated=True)
    gold, corpus = _corpus(tmp_path, text, claim)
    (g,) = load_claims_gold(gold, corpus)["a.txt"]
    assert text[g.start : g.end] == "bunion" and g.start == text.index("a bunion") + 2
    score = score_claims_corpus("t", gold, corpus, plain)
    cause = score.types["cause"]
    assert (cause.gold, cause.predicted, cause.correct) == (1, 1, 1), cause.errors


def test_a_quote_written_twice_is_placed_at_the_occurrence_the_gold_names(tmp_path: Path) -> None:
    """A bullet under two lead-ins: "occurrence": 2 places the claim at the second, and a gold
    that names more occurrences than the document has fails with the file's name."""
    import pytest

    from extract.evaluation.claims import ClaimsGoldError, quote_start

    text = "Things that make it worse:\n- Smoking\n- Cold weather\n\nThings that can cause it:\n- Smoking\n- Injury\n"
    claim = _cause("Smoking", "Smoking", None, occurrence=2)
    gold, corpus = _corpus(tmp_path, text, claim)
    (g,) = load_claims_gold(gold, corpus)["a.txt"]
    assert g.start == text.rindex("Smoking") and text[g.start : g.end] == "Smoking"
    assert quote_start(text, "Smoking") == text.index("Smoking") and quote_start(text, "Smoking", 3) == -1
    (gold / "a.txt.json").write_text(json.dumps({"doc": "a.txt", "claims": [{**claim, "occurrence": 3}]}), encoding="utf-8")
    with pytest.raises(ClaimsGoldError, match="a.txt.json#0: quote not in a.txt 3 times"):
        load_claims_gold(gold, corpus)


def test_a_matched_claim_whose_negation_disagrees_with_the_gold_is_counted_and_named(tmp_path: Path, plain) -> None:  # noqa: ANN001
    """Negation accuracy: a matched claim read as asserted where the gold says the text denies
    it (or the reverse) counts against ``negation_accuracy`` and is listed among the errors."""
    text = "Gout and bunions.\n\nA bunion does not cause the ankle pain in most people.\n"
    quote = text.split("\n")[2]
    claim = _cause(quote, "bunion", "ankle pain", negated=True)
    gold, corpus = _corpus(tmp_path, text, claim)
    cause = score_claims_corpus("t", gold, corpus, plain).types["cause"]
    assert cause.correct == 1 and cause.negation_accuracy == 1.0, cause.errors
    claim["negated"], claim["certainty"] = False, "fact"
    (gold / "a.txt.json").write_text(json.dumps({"doc": "a.txt", "claims": [claim]}), encoding="utf-8")
    cause = score_claims_corpus("t", gold, corpus, plain).types["cause"]
    assert cause.correct == 1 and cause.negation_accuracy == 0.0
    assert any(e.startswith("a.txt: negation of 'bunion'") and e.endswith("got True, expected False") for e in cause.errors)


def test_the_table_sums_each_type_over_several_corpora() -> None:
    from extract.evaluation.claims import ClaimsScore, TypeScore, format_claims_scores

    one = ClaimsScore("a", 1, {"cause": TypeScore(gold=10, predicted=8, correct=6, negation_correct=6)})
    two = ClaimsScore("b", 1, {"cause": TypeScore(gold=30, predicted=12, correct=10, negation_correct=9)})
    rows = format_claims_scores([one, two]).splitlines()
    total = [r.split() for r in rows if r.startswith("all ")]
    # micro figures: 16 of 20 predicted, 16 of 40 gold, 15 of 16 negations; not the mean of the corpora's
    assert total == [["all", "cause", "40", "20", "0.800", "0.400", "1.000", "0.938"]]
    assert not any(r.startswith("all ") for r in format_claims_scores([one]).splitlines())
