"""The learned tagger as evidence against rule claims: learned.json ``veto_below``."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from extract.claims.grammar import RelationMention
from extract.claims.learned import LearnedError, LearnedTagger, Reading, Token, argument_chance, load_manifest

DATA = Path(__file__).resolve().parents[2] / "extract" / "claims" / "data"


def _tokens(sentence: str) -> list[Token]:
    return [Token(m.group(0), m.start()) for m in re.finditer(r"\w+(?:[-']\w+)*|[^\w\s]", sentence)]


def _mention(kind: str, sentence: str, phrase: str, rule: str) -> RelationMention:
    s = sentence.index(phrase)
    return RelationMention(kind, (s, s + len(phrase)), None, None, rule, (s, s + len(phrase)))


SENTENCE = "Cold compresses may ease the itching of chickenpox, says the leaflet."


def _chances(sentence: str, high: str) -> list[float]:
    """A chance of .9 for the words of ``high``, .01 for the others."""
    s = sentence.index(high)
    return [0.9 if s <= t.start < s + len(high) else 0.01 for t in _tokens(sentence)]


def test_the_chance_of_an_argument_is_the_mean_over_its_words() -> None:
    tokens = _tokens(SENTENCE)
    chances = _chances(SENTENCE, "Cold compresses")
    s = SENTENCE.index("Cold")
    assert argument_chance(tokens, chances, s, s + len("Cold compresses")) == pytest.approx(0.9)
    both = argument_chance(tokens, chances, s, SENTENCE.index(" may") + 4)  # "Cold compresses may"
    assert both == pytest.approx((0.9 + 0.9 + 0.01) / 3)
    comma = SENTENCE.index(",")
    assert argument_chance(tokens, chances, comma, comma + 1) is None  # punctuation only: no evidence


def test_a_rule_claim_the_tagger_doubts_is_dropped_and_one_it_agrees_with_kept() -> None:
    tagger = LearnedTagger(load_manifest().model_copy(update={"veto_below": {"treatment": 0.05}}))
    tokens = _tokens(SENTENCE)
    compresses = _mention("treatment", SENTENCE, "Cold compresses", "treatment:eases")
    leaflet = _mention("treatment", SENTENCE, "the leaflet", "treatment:mention")
    itching = _mention("symptom", SENTENCE, "the itching", "symptom:ease")  # a type with no threshold
    reading = Reading([], {"treatment": _chances(SENTENCE, "Cold compresses"), "symptom": [0.0] * len(tokens)})
    assert tagger.vetoing == {"treatment"}
    assert tagger.vetoed(tokens, reading, [compresses, leaflet, itching]) == [compresses, itching]


def test_the_tagger_never_vetoes_its_own_claims_nor_without_a_reading_of_the_type() -> None:
    tagger = LearnedTagger(load_manifest().model_copy(update={"veto_below": {"treatment": 0.05}}))
    tokens = _tokens(SENTENCE)
    tagged = _mention("treatment", SENTENCE, "the leaflet", "learned:treatment")
    ruled = _mention("treatment", SENTENCE, "the leaflet", "treatment:mention")
    low = Reading([], {"treatment": [0.0] * len(tokens)})
    assert tagger.vetoed(tokens, low, [tagged]) == [tagged]
    assert tagger.vetoed(tokens, Reading([], {}), [ruled]) == [ruled]


def test_without_veto_below_no_rule_claim_is_dropped() -> None:
    tagger = LearnedTagger(load_manifest().model_copy(update={"veto_below": {}}))
    tokens = _tokens(SENTENCE)
    ruled = _mention("treatment", SENTENCE, "the leaflet", "treatment:mention")
    assert not tagger.vetoing
    assert tagger.vetoed(tokens, Reading([], {"treatment": [0.0] * len(tokens)}), [ruled]) == [ruled]


@pytest.mark.parametrize("veto, message", [
    ({"side effect": 0.1}, "veto_below: unknown claim types \\['side effect'\\]"),
    ({"treatment": 1.5}, "veto_below: the thresholds of \\['treatment'\\] are not chances"),
    ({"symptom": -0.1}, "veto_below: the thresholds of \\['symptom'\\] are not chances"),
])
def test_a_veto_of_an_unknown_type_or_beyond_a_chance_is_refused(tmp_path: Path, veto: dict, message: str) -> None:
    raw = json.loads((DATA / "learned.json").read_text())
    bad = tmp_path / "learned.json"
    bad.write_text(json.dumps({**raw, "veto_below": veto}))
    with pytest.raises(LearnedError, match=message):
        load_manifest(bad)


def test_the_pipeline_drops_the_rule_claims_its_tagger_doubts(tmp_path: Path, kb_dir) -> None:  # noqa: ANN001
    """With a threshold no argument reaches, every rule claim of the type goes (what the tagger
    tags itself, at min_confidence, may take its place); the other types' claims stay."""
    from extract.consistency.statements import arguments
    from extract.pipeline import load

    shutil.copytree(DATA / "learned", tmp_path / "learned")
    raw = json.loads((DATA / "learned.json").read_text())
    (tmp_path / "learned.json").write_text(json.dumps({**raw, "veto_below": {"treatment": 0.999}}))
    text = "Impetigo is usually treated with an antibiotic cream such as fusidic acid. It causes crusted sores."

    def claims(nlp) -> set[tuple[str, str, str]]:  # noqa: ANN001
        return {(c.type, arguments(c)[0].text, c.evidence.rule.split(":")[0]) for c in nlp(text)._.claims if c.type != "statistic"}

    before = claims(load(progress=False))
    after = claims(load(learned_models=tmp_path, progress=False))
    assert ("treatment", "fusidic acid", "treatment<") in before
    assert not any(t == "treatment" and rule != "learned" for t, _, rule in after)
    assert {c for c in before if c[0] != "treatment"} == {c for c in after if c[0] != "treatment"}
