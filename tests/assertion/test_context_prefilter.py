"""ConText's prefilter: sentences without a word its reported rules need skip ConText, and
every sentence gets the cues ConText alone gives."""

from pathlib import Path
from types import SimpleNamespace

from extract.assertion.context import ContextRunner, cue_needs
from extract.assertion.cues import load_cues


def test_prefilter_is_on_for_the_default_rules(sci_nlp) -> None:
    runner = ContextRunner(load_cues().context, sci_nlp)
    runner.context  # builds ConText and its words
    needs = runner._needs
    assert needs is not None
    words = {w for need in needs for token in need for w in token}
    assert {"no", "not", "possible", "evidence"} <= words  # phrase rules and pattern rules both give words
    assert (frozenset(["no"]), frozenset(["evidence"])) in needs  # "no evidence": both of its tokens


def test_a_rule_without_a_needed_word_turns_the_prefilter_off(sci_nlp) -> None:
    settings = load_cues().context
    category = next(iter(settings.categories))
    token_rule = SimpleNamespace(category=category, direction="FORWARD", pattern=[{"LOWER": {"IN": ["denies", "denied"]}}, {"LOWER": "any", "OP": "?"}, {"LOWER": "pain"}], literal="denies")
    needed = ((frozenset({"denies", "denied"}), frozenset({"pain"})),)
    assert cue_needs([token_rule], sci_nlp.tokenizer, settings) == needed
    optional = SimpleNamespace(category=category, direction="FORWARD", pattern=[{"LOWER": "no", "OP": "?"}], literal="no")
    regex = SimpleNamespace(category=category, direction="FORWARD", pattern=r"\bno\b", literal="no")
    assert cue_needs([token_rule, optional], sci_nlp.tokenizer, settings) is None
    assert cue_needs([token_rule, regex], sci_nlp.tokenizer, settings) is None
    # a rule whose cues are never reported needs no word
    unreported = SimpleNamespace(category=category, direction="TERMINATE", pattern=r"but", literal="but")
    assert cue_needs([token_rule, unreported], sci_nlp.tokenizer, settings) == needed


def test_prefiltered_cues_are_contexts_own_on_real_pages(sci_nlp) -> None:
    settings = load_cues().context
    filtered = ContextRunner(settings, sci_nlp)
    unfiltered = ContextRunner(settings, sci_nlp)
    unfiltered.context
    unfiltered._needs = None  # ConText on every sentence
    texts = [p.read_text() for p in sorted((Path(__file__).resolve().parents[2] / "corpora" / "dev2").glob("*.txt"))[:6]]
    texts.append("No fever was seen. Pain may possibly improve. If pain persists, see a doctor. The knee is stiff.")
    skipped = with_cues = 0
    for text in texts:
        for sent in sci_nlp(text).sents:
            n = len(sent.text)
            if n < 2:
                continue
            targets = [(0, n), (0, n // 2), (n // 2, n)]
            whole = lambda s, e: (0, n)  # noqa: E731
            got = filtered.cues(sent, targets, whole)
            assert got == unfiltered.cues(sent, targets, whole), sent.text
            lowered = {t.lower_ for t in sent}
            may = any(all(token & lowered for token in need) for need in filtered._needs)
            assert filtered._may_match(lowered) == may
            skipped += not may
            with_cues += any(got)
    assert skipped > 20 and with_cues > 5, (skipped, with_cues)
