"""The claim finder's shortcuts skip only work that could find nothing (issue 6)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.claims.grammar import compiled
from extract.claims.recommendations import _NON_ASCII_CASES, fold_case, recommendations, required_word
from tests.claims.conftest import CUES

ROOT = Path(__file__).resolve().parents[2]


def test_the_non_ascii_letters_re_reads_as_ascii_are_the_ones_folded() -> None:
    """Every code point outside ASCII that a case-insensitive ASCII letter matches in Python's
    ``re`` (Kelvin sign, long s, dotted and dotless i) is folded to that letter."""
    text = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {
        m.group(): [letter for letter in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(letter, m.group(), re.IGNORECASE)]
        for m in re.finditer("[a-z]", text, re.IGNORECASE)
    }
    assert {chr(k): [v] for k, v in _NON_ASCII_CASES.items()} == found


def _variants(sentence: str) -> list[str]:
    return [sentence, sentence.upper(), sentence.title(), sentence.replace("s", "\u017f").replace("i", "\u0131"),
            sentence.upper().replace("K", "\u212a").replace("I", "\u0130")]


def _sentences() -> list[str]:
    """Sentences of the development corpora, and each cue written out in a sentence of its own."""
    out = [f"You {cue.phrase} rest the joint." for _, cue in compiled(CUES).recommend]
    out += [f"It's {cue.phrase[6:]} rest." for _, cue in compiled(CUES).recommend if cue.phrase.lower().startswith("it is ")]
    for corpus in ("fbss", "conditions"):
        for path in sorted((ROOT / "corpora" / corpus).glob("*.txt")):
            out += [s for s in re.split(r"(?<=[.!?:])\s+|\n+", path.read_text("utf-8")) if s.strip()]
    return out


def test_a_sentence_a_recommendation_cue_matches_holds_its_required_word() -> None:
    matched = 0
    sentences = [v for s in _sentences() for v in _variants(s)]
    for rx, cue in compiled(CUES).recommend:
        word = required_word(cue.phrase)
        for sentence in sentences:
            if rx.search(sentence):
                matched += 1
                assert word is None or word in fold_case(sentence), (cue.phrase, sentence)
    assert matched > 3_000
    assert sum(required_word(cue.phrase) is not None for _, cue in compiled(CUES).recommend) > 300  # nearly every cue is skippable


@pytest.mark.parametrize(
    "sentence",
    ["You \u017fHOULD rest the knee.", "\u0130T \u0130S IMPORTANT TO rest the knee.", "Patients should not lift heavy objects."],
)
def test_recommendations_in_unusual_case_are_still_found(sentence: str) -> None:
    assert recommendations(sentence, CUES), sentence


def test_the_cues_run_on_a_sentence_are_those_its_words_allow_in_their_order() -> None:
    """The index of cues by required word picks, in the cue file's order, exactly the cues whose
    required word the sentence holds, and every cue without one."""
    from extract.claims.recommendations import _cues_by_word

    c = compiled(CUES)
    by_word, always = _cues_by_word(c)
    for sentence in _sentences()[:3000]:
        folded = fold_case(sentence)
        expected = [i for i, (_, cue) in enumerate(c.recommend) if not (required_word(cue.phrase) and required_word(cue.phrase) not in folded)]
        assert sorted(always + [i for w, ids in by_word.items() if w in folded for i in ids]) == expected


def test_word_spans_of_a_stretch_are_those_of_its_slice() -> None:
    from extract.claims.phrases import words

    text = "Don't lift it\u2014rest: X-rays (CT/MRI) show 20% + 3 of 4 \u00e9t\u00e9s; caf\u00e9's well-being."
    for start in list(range(-5, len(text) + 2)) + [0]:
        for end in (None, -3, 0, 1, 7, 20, len(text), len(text) + 5):
            stop = len(text) if end is None else end
            expected = [(m.start() + start, m.end() + start) for m in re.finditer(r"[A-Za-z0-9\u00C0-\u024F][\w'\u2019\-/+]*|[^\w\s]", text[start:stop])]
            assert words(text, start, end) == expected, (start, end)


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"(?<![\w-])(?:can\s+)?(?P<verb>cause|lead\s+to)s?(?![\w-])", re.I, {"cause", "lead"}),
        (r"(?:is|are)\s+(?:often\s+)?treated\s+with", re.I, {"treated"}),
        (r"(?:a|the)?\s*pain(?:ful)?", 0, {"pain"}),
        (r"X-ray(?:s)+ of", 0, {"x-ray"}),  # lower-cased: the fold of the text is lower-case
        (r"(?:pain)*\s+", 0, None),  # nothing needed: a repeat of zero or more
        (r"risk|[a-z]+ed", re.I, {"risk", "ed"}),  # "ed" after any letters
        (r"risk|[a-z]+", re.I, None),  # a branch needing nothing
        (r"caf\u00e9s?", re.I, {"caf"}),  # only ASCII literals are needed words
        (r"(?=because)\w+", 0, None),  # look-arounds need nothing
        # the cue lists as :func:`~extract.claims.cues.alternation` writes them, a trie: a run
        # before an alternation needs one of the run with each branch's leading literals
        (r"(?<![\w-])(?:ca(?:n\s+cause|use(?:d\s+by|s)?)|l(?:ead(?:\s+to|s\s+to)|inked\s+(?:to|with)))(?![\w-])", re.I,
         {"can", "cause", "lead", "linked"}),
        (r"ca(?:n|use)?x", 0, {"ca"}),  # an optional part leads nothing
        (r"ab(?:cd|)efg", 0, {"efg"}),  # nor an alternation with an empty branch
        (r"x(?:a(?:b|cd)|dd)", 0, {"xab", "xacd", "xdd"}),
        (r"xy(?:b|c)", re.I, {"xyb", "xyc"}),  # the parser reads "b|c" as a class of two letters
    ],
)
def test_needed_words_are_read_off_the_pattern(pattern: str, flags: int, words: set[str] | None) -> None:
    from extract.claims.prefilter import needed_words

    found = needed_words(re.compile(pattern, flags))
    assert (set(found) if found is not None else None) == words


def _rule_patterns() -> list:
    """Every pattern the claim rules built (and wrapped) while reading a few sentences."""
    import gc

    from extract.claims.prefilter import Prefiltered
    from extract.claims.relations import find_relations

    for sentence in _sentences()[:400]:
        find_relations(sentence, CUES)
    return [o for o in gc.get_objects() if isinstance(o, Prefiltered)]


def _cue_sentences() -> list[str]:
    """Each phrase of the relation cue file in a sentence of its own."""
    out = []
    for value in CUES.model_dump().values():
        lists = value.values() if isinstance(value, dict) else [value]
        for phrases in lists:
            if isinstance(phrases, list):
                out += [f"Smoking {p} back pain in adults." for p in phrases if isinstance(p, str)]
    return out


def test_a_text_a_rule_pattern_matches_holds_one_of_its_needed_words() -> None:
    """The prefilter skips only texts without a match: over the corpus sentences (in odd cases
    too) and a sentence per cue phrase, a pattern that matches finds one of its words, and its
    scans give the pattern's own results."""
    from extract.claims.prefilter import fold_case

    patterns = _rule_patterns()
    assert len(patterns) > 60  # nearly every rule pattern is prefiltered
    import random

    cue_sentences = random.Random(6).sample(_cue_sentences(), 1500)
    sentences = [v for s in _sentences()[::4] for v in _variants(s)[::2]] + cue_sentences + [s.upper() for s in cue_sentences[::3]]
    matched = 0
    for p in patterns:
        for sentence in sentences:
            if p.regex.search(sentence) is None:
                assert p.search(sentence) is None and not list(p.finditer(sentence)) and not p.findall(sentence)
                continue
            matched += 1
            assert any(w in fold_case(sentence) for w in p.words), (p.regex.pattern[:80], sentence)
            assert [m.span() for m in p.finditer(sentence, 3)] == [m.span() for m in p.regex.finditer(sentence, 3)]
            assert p.search(sentence, 2).span() == p.regex.search(sentence, 2).span() if p.regex.search(sentence, 2) else p.search(sentence, 2) is None
    assert matched > 1_000


def test_rule_patterns_built_per_cue_set_are_prefiltered() -> None:
    from extract.claims.causes import _cause_res
    from extract.claims.prefilter import Prefiltered

    c = compiled(CUES)
    assert isinstance(c.cause_fwd, Prefiltered) and isinstance(_cause_res(CUES).predicate, Prefiltered)
    assert c.cause_fwd.search("Smoking can CAUSE back pain") and not c.cause_fwd.search("Back pain is common")
    assert "cause" in c.cause_fwd.words and "causes" not in c.cause_fwd.words  # "causes" holds "cause"


def test_an_evidence_gap_or_call_to_action_skipped_by_its_word_would_not_have_matched() -> None:
    """The evidence gaps ("insufficient evidence to recommend X") run only where their words are in
    the folded text before the cue, and the call-to-action words only where they are in the
    lower-cased sentence: on every sentence (in any case), a skipped phrase has no match."""
    gaps = sorted(CUES.lower_sets["evidence_gaps"])
    calls = sorted(CUES.lower_sets["call_to_action_words"])
    assert gaps and calls
    sentences = [f"There is {g} to recommend rest." for g in gaps] + [f"{w.capitalize()} us today." for w in calls] + _sentences()
    skipped = matched = 0
    for sentence in (v for s in sentences for v in _variants(s)):
        folded, low = fold_case(sentence), sentence.lower()
        for g in gaps:
            hit = re.search(r"(?<![\w-])" + re.escape(g) + r"\s", sentence, re.I) is not None
            matched += hit
            if g not in folded and g.isascii():
                skipped += 1
                assert not hit, (g, sentence)
        for w in calls:
            if w not in low:
                skipped += 1
                assert re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", low) is None, (w, sentence)
    assert skipped > 1000 and matched >= len(gaps)
    assert recommendations("Call us today to book your appointment.", CUES) == []  # a call to action is no advice


def test_needed_words_kept_on_disk_are_those_read_off_the_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A later process reads each pattern's needed words from the file an earlier one saved: the
    same words as parsing the pattern; a damaged file, or one written by another version of the
    reading, is ignored (the words are parsed again)."""
    from extract.claims import prefilter

    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("EVIDENCE_REGEX_CACHE", "1")
    monkeypatch.setattr(prefilter, "_known", None)
    monkeypatch.setattr(prefilter, "_new_words", {})
    patterns = [re.compile(p, f) for p, f in ((r"(?<![\w-])(?:causes?|triggers?)\s+pain", re.I), (r"pain|[a-z]+", 0), (r"\bhelps?\b", 0))]
    parsed = [prefilter.needed_words(p) for p in patterns]
    assert parsed[0] == {"cause", "trigger"} and parsed[1] is None
    assert prefilter.save_needed_words() == 3 and prefilter.save_needed_words() == 0
    path = prefilter.needed_words_path()
    assert path.parent.parent == tmp_path

    monkeypatch.setattr(prefilter, "_known", None)  # a new process
    parses: list[str] = []
    monkeypatch.setattr(prefilter._parse, "parse", lambda pattern, flags: parses.append(pattern))
    assert [prefilter.needed_words(p) for p in patterns] == parsed
    assert parses == []  # the words came from the file
    monkeypatch.undo()

    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(tmp_path))
    raw = path.read_bytes()
    path.write_bytes(raw[:-5] + b"xxxxx")  # damaged
    assert prefilter._read_words(path) == {}
    monkeypatch.setattr(prefilter, "_source_key", lambda: "another reading")
    path.write_bytes(raw)
    assert prefilter._read_words(path) == {}


def _cue_lists() -> list[list[str]]:
    """Every list of phrases of the relation cue file."""
    out = []
    for value in CUES.model_dump().values():
        for phrases in value.values() if isinstance(value, dict) else [value]:
            if isinstance(phrases, list) and phrases and all(isinstance(p, str) for p in phrases):
                out.append(phrases)
    return out


def test_a_cue_trie_matches_what_the_flat_alternation_matches() -> None:
    """:func:`~extract.claims.cues.alternation` writes a cue list as a trie; at every position of
    a sentence it matches the ends the flat longest-first alternation matches, the first it
    offers is the same (the longest), and word-bounded scans find the same spans: every cue
    list, over sentences that hold its phrases (in odd cases too) and corpus sentences."""
    import random

    from extract.claims.cues import alternation, flat_alternation

    rng = random.Random(6)
    corpus = rng.sample(_sentences(), 60)
    lists = _cue_lists() + [["cause", "causes", "caused by", "can cause", "c", "ca", "lead to", "i've", "i\u2019ve"]]
    lists += [["a  b", "a bc", "a"], ["", "x", "xy"], ["caf\u00e9", "cafe", "\u017fick"]]  # the flat form's order
    checked = 0
    for phrases in lists:
        trie, flat = alternation(phrases), flat_alternation(phrases)
        texts = [f"Pain {p} and {p.upper()}  {' '.join(p.split())}s, {p}ed: {p[:-1]}." for p in rng.sample(phrases, min(40, len(phrases)))]
        texts += [v for t in texts[:10] for v in _variants(t)] + corpus
        for flags in (re.IGNORECASE, 0):
            t_any, f_any = re.compile(f"(?:{trie})", flags), re.compile(f"(?:{flat})", flags)
            t_word, f_word = (re.compile(rf"(?<![\w-])(?:{x})(?![\w-])", flags) for x in (trie, flat))
            for text in texts:
                assert [m.span() for m in t_word.finditer(text)] == [m.span() for m in f_word.finditer(text)], (phrases[:3], text)
                for pos in range(len(text)):
                    first_t, first_f = t_any.match(text, pos), f_any.match(text, pos)
                    assert (first_t and first_t.end()) == (first_f and first_f.end()), (phrases[:3], text, pos)
                    if first_f is None:
                        continue
                    ends = [e for e in range(pos, first_f.end() + 1) if f_any.fullmatch(text, pos, e)]
                    assert ends == [e for e in range(pos, first_f.end() + 1) if t_any.fullmatch(text, pos, e)]
                    checked += 1
    assert checked > 5_000


def test_the_forward_cause_look_ahead_changes_no_match() -> None:
    """The forward cause pattern opens with a look-ahead for a modal or a cue's first word; without
    it the pattern finds the same matches, groups and all, on every sentence (in odd cases too)."""
    from extract.claims.cues import alternation

    fwd = [p for ps in CUES.cause_forward.values() for p in ps]
    pattern = compiled(CUES).cause_fwd.regex
    from extract.claims.grammar import _CONTRACTED_COPULA

    # (or a copula contracted onto the word before: "It's linked to ...")
    lead = r"(?=" + alternation(CUES.modals + [p.split()[0] for p in fwd]) + r"|" + _CONTRACTED_COPULA + r")"
    assert pattern.pattern.startswith(lead)
    plain = re.compile(pattern.pattern[len(lead) :], pattern.flags)
    matched = 0
    for sentence in [v for s in _sentences() + _cue_sentences() for v in _variants(s)[::2]]:
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(sentence)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(sentence)], sentence
        matched += len(found)
    assert matched > 300


def _heading_kind_phrase_by_phrase(heading: str | None) -> str | None:
    """:func:`~extract.claims.component.heading_kind` as it was, one cue phrase at a time."""
    from extract.claims.component import NAVIGATION, WARNING, care_heading

    def has(text: str, phrase: str) -> bool:
        return re.search(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in phrase.lower().split()) + r"(?!\w)", text) is not None

    if not heading:
        return None
    h = heading.lower()
    if any(has(h, p) for p in CUES.navigation_leads):
        return NAVIGATION
    if care_heading(heading, CUES):
        return WARNING
    order = ("risk_factor", "symptom", "cause", "treatment")
    for kind in order:
        if any(has(h, p) for p in CUES.section_cues.get(kind, ())):
            return kind
    first = re.findall(r"[a-z]+", h)[:1]
    if h.rstrip().endswith("?") and not (first and first[0] in CUES.question_words):
        return None
    for kind in order:
        if any(len(p) > 3 and has(h, p) for p in CUES.list_heads[kind]):
            return kind
    if re.search(r"(?<!\w)(?:treat|manag|therap|relie)", h):
        return "treatment"
    return None


def test_a_heading_s_kind_is_the_one_its_cue_phrases_give_one_by_one() -> None:
    """:func:`~extract.claims.component.heading_kind` searches each cue list with one pattern: the
    kind it gives is the kind the phrases, tried one by one, give, on every line of the
    development corpora and on headings made of each cue phrase."""
    from extract.claims.component import heading_kind

    phrases = [p for ps in _cue_lists() for p in ps]
    headings = [line for corpus in ("fbss", "conditions", "dev2", "dev3", "dev4")
                for path in sorted((ROOT / "corpora" / corpus).glob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    headings += [h for p in phrases for h in (p, f"Common {p.title()}", f"What are the {p}?", f"{p}s of pain", f"When to {p}", f"x{p}")]
    kinds = [heading_kind(h, CUES) for h in headings]
    assert kinds == [_heading_kind_phrase_by_phrase(h) for h in headings]
    assert len(set(kinds)) >= 6  # every kind, and none
