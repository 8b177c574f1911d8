"""The figure patterns' tries match what the flat alternations they replace match (issue 6)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from extract.figures.cues import load_context_cues, load_cues
from extract.figures.finder import _alt, trie_alternation

ROOT = Path(__file__).resolve().parents[2]


def _flat(phrases: list[str], boundary: bool) -> str:
    """The flat alternation ``_alt`` wrote before: longest first, ties alphabetical."""
    parts = []
    for p in sorted(set(phrases), key=lambda p: (-len(p), p)):
        esc = re.escape(p).replace(r"\ ", r"\s+")
        if boundary and p[:1].isalnum():
            esc = r"\b" + esc
        if boundary and p[-1:].isalnum():
            esc = esc + r"\b"
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def _phrase_lists() -> list[list[str]]:
    """Every list of phrases of the figure and context cue files."""
    out = []
    for cues in (load_cues(), load_context_cues()):
        for value in cues.model_dump().values():
            for phrases in value.values() if isinstance(value, dict) else [value]:
                if isinstance(phrases, dict):
                    phrases = [p for v in phrases.values() if isinstance(v, list) for p in v]
                if isinstance(phrases, list) and phrases and all(isinstance(p, str) for p in phrases):
                    out.append(phrases)
    return out


def _same_matches(trie: re.Pattern[str], flat: re.Pattern[str], texts: list[str]) -> int:
    """Assert both patterns match the same ends at every position, the same first, and find the
    same spans; the number of positions where they match."""
    matched = 0
    for text in texts:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], (flat.pattern[:60], text)
        for pos in range(len(text)):
            first_t, first_f = trie.match(text, pos), flat.match(text, pos)
            assert (first_t and first_t.end()) == (first_f and first_f.end()), (flat.pattern[:60], text, pos)
            if first_f is not None:
                ends = [e for e in range(pos, first_f.end() + 1) if flat.fullmatch(text, pos, e)]
                assert ends == [e for e in range(pos, first_f.end() + 1) if trie.fullmatch(text, pos, e)]
                matched += 1
    return matched


def test_a_figure_cue_trie_matches_what_the_flat_alternation_matches() -> None:
    """Every cue list, with word boundaries and without, over sentences holding its phrases (in
    upper case and with the letters ``re`` folds too) and corpus lines."""
    rng = random.Random(6)
    corpus = [line for path in sorted((ROOT / "corpora" / "fbss").glob("*.txt")) for line in path.read_text("utf-8").splitlines() if line.strip()]
    corpus = rng.sample(corpus, 40)
    lists = _phrase_lists() + [["half", "halves", "halved", "one in", "%", "per cent", "1 in", "a", "x-ray"]]
    matched = 0
    written = 0
    for phrases in lists:
        texts = [f"About {p} and {p.upper()}  {p}s, {p[:-1]} ({p})." for p in rng.sample(phrases, min(30, len(phrases)))]
        texts += [t.replace("s", "\u017f").replace("k", "\u212a") for t in texts[:5]] + corpus
        for boundary in (True, False):
            trie = trie_alternation(phrases, boundary=boundary)
            if trie is None:
                assert _alt(phrases, boundary=boundary) == _flat(phrases, boundary)
                continue
            written += 1
            assert _alt(phrases, boundary=boundary) == "(?:" + trie + ")"
            matched += _same_matches(re.compile(f"(?:{trie})", re.I), re.compile(_flat(phrases, boundary), re.I), texts)
    assert written > 20 and matched > 1_000


def test_a_trie_is_written_only_for_phrases_it_reads_alike() -> None:
    assert trie_alternation(["half", "halves"], boundary=True) == r"\bhal(?:f\b|ves\b)"
    assert trie_alternation(["per cent", "per"], space=re.escape(" ")) == r"per(?:\ cent|)"
    for phrases in (["Half"], ["a  b"], [""], ["caf\u00e9"], []):
        assert trie_alternation(phrases) is None


def test_the_context_patterns_match_what_their_flat_alternations_matched() -> None:
    """The outcome axes, the intervention triggers and the anaphors, each one pattern of the
    context rules, against the flat forms they had, over sentences holding their words."""
    from extract.figures.context import _Compiled

    cues = load_context_cues()
    c = _Compiled(cues)
    axis = [w for w, _, _ in c.axis_words]
    trig = sorted(cues.intervention_triggers, key=len, reverse=True)
    anaphors = sorted(cues.anaphors, key=len, reverse=True)
    flat = {
        "axis_re": re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in axis) + r")\b", re.I),
        "trigger": re.compile(r"\b(?:" + "|".join(re.escape(t) for t in trig) + r")\s+", re.I),
        "anaphor": re.compile(r"\b(?:" + "|".join(re.escape(a) for a in anaphors) + r")\b", re.I),
    }
    matched = 0
    for name, words in (("axis_re", axis), ("trigger", trig), ("anaphor", anaphors)):
        texts = [f"Patients {w} and {w.upper()}  {w}s after {w[:-1]} it." for w in words]
        matched += _same_matches(getattr(c, name), flat[name], texts)
    assert matched > 300
