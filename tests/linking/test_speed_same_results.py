"""Speed-ups of the claims stage's linking that must not change a result (session 23, issue 6).

Each test compares the faster path with the plain computation it replaces, on words and phrases
of its own (drug names, conditions and stems not taken from the corpora): the stem index
(:func:`extract.linking.stems._candidates`) against a test of every stem, the exact matches of a
mention with leading words, the spelling rules in one scan against each rule in turn, a
mention's TF-IDF row against the array product, and the regular expression cache's flags and
fast path against ``re``'s own.
"""

from __future__ import annotations

import re

import pytest

from extract import regexcache
from extract.linking.linker import Linker
from extract.linking.stems import DrugStems, Stem, StemMatch, _candidates, load_drug_stems, match


def _every_stem(word: str, stems: DrugStems) -> StemMatch | None:
    """:func:`match` as written before the index: every stem of the file tested in turn."""
    if "-" in word:
        word = word.rsplit("-", 1)[1]
    if not word.isalpha():
        return None
    best = None
    for stem in stems.stems:
        if stem.takes(word) and (best is None or len(stem.ending or stem.beginning or "") > len(best.ending or best.beginning or "")):
            best = stem
    return StemMatch(best.concept, best.label) if best is not None else None


def _words_about(stems: DrugStems) -> list[str]:
    """Each stem's examples, the stem alone, with a short and a long word around it, and words of
    no stem (some of them English words ending as a stem does)."""
    words = ["pterygium", "keratoconus", "chalazion", "lozenge", "presbyopia", "blepharitis", "x", "ab", "co-codamol",
             "terbinafine-cream", "hydroxychloroquine", "zz-top", "123", "anti-vegf"]
    for stem in stems.stems:
        words += list(stem.examples)
        part = stem.ending or stem.beginning or ""
        words += [part, "qu" + part, "quixotic" + part, part + "quixotic", part * 2]
    return words


def test_the_stem_index_finds_what_testing_every_stem_finds() -> None:
    stems = load_drug_stems()
    words = _words_about(stems)
    assert [match(w, stems) for w in words] == [_every_stem(w, stems) for w in words]
    assert any(match(w, stems) is not None for w in words) and any(match(w, stems) is None for w in words)


def test_the_stem_index_keeps_the_file_order_between_stems_of_one_length() -> None:
    """Two stems of the same length that take a word: the first in the file wins, as before."""
    stems = DrugStems(version="t", stems=(
        Stem(ending="zolamide", concept="EV:first_class", examples=("acetazolamide",)),
        Stem(beginning="acetazo", concept="EV:second_class", examples=("acetazoxine",)),
        Stem(ending="amide", concept="EV:short_class", examples=("brinzamide",)),
    ))
    assert [s.concept for s in _candidates("acetazolamide", stems)] == ["EV:first_class", "EV:second_class", "EV:short_class"]
    assert match("acetazolamide", stems) == StemMatch("EV:first_class", "-zolamide")
    assert match("brinzamide", stems) == _every_stem("brinzamide", stems) == StemMatch("EV:short_class", "-amide")


def test_an_index_follows_the_file_it_is_asked_about() -> None:
    one = DrugStems(version="1", stems=(Stem(ending="ovir", concept="EV:antivirals", examples=("valaciclovir",)),))
    two = DrugStems(version="2", stems=(Stem(ending="ovir", concept="EV:other_antivirals", examples=("valaciclovir",)),))
    assert match("famciclovir", one).concept == "EV:antivirals"
    assert match("famciclovir", two).concept == "EV:other_antivirals"


@pytest.mark.parametrize("mention", [
    "the chronic blepharitis", "other eye drops", "some severe keratoconus", "the thickening in the palm", "these eyelid cysts",
    "more effective treatments for pemphigus", "the", "high eye pressure",
])
def test_exact_matches_of_a_mention_with_leading_words_are_unchanged(linker: Linker, mention: str) -> None:
    """The forms of a mention without its leading words are made once: the matches are those of
    a fresh computation, and the same when asked again."""
    key = " ".join(mention.split())
    fresh = linker._exact_matches(key)
    assert linker._exact_matches(key) == fresh
    assert linker._exact(key) == fresh


def test_the_regex_cache_binds_res_flags_and_names() -> None:
    for name in ("A", "ASCII", "DOTALL", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "S", "U", "UNICODE", "X", "VERBOSE",
                 "Pattern", "Match", "error", "escape", "RegexFlag"):
        assert getattr(regexcache, name) is getattr(re, name), name
    assert regexcache.purge is re.purge  # any other name is still re's


def test_a_pattern_compiled_with_a_flag_or_its_int_is_one_pattern() -> None:
    pattern = r"(?<![\w-])chalazion\s+(?:and|or)\s+stye"
    by_flag = regexcache.compile(pattern, regexcache.IGNORECASE)
    assert regexcache.compile(pattern, int(re.IGNORECASE)) is by_flag
    assert regexcache.compile(pattern, re.I) is by_flag
    assert by_flag.flags == re.compile(pattern, re.I).flags
    assert regexcache.search(pattern, "Chalazion or STYE of the lid", re.I).group(0) == "Chalazion or STYE"
    assert regexcache.search(pattern, "Chalazion or STYE of the lid") is None  # no flag, another pattern


def _spelled_rule_by_rule(text: str, spellings) -> str:  # noqa: ANN001 - the linker cues' Spelling rules
    out = text.lower()
    for rule in spellings:
        out = re.sub(rule.pattern, rule.replacement, out)
    return out


@pytest.mark.parametrize("text", [
    "Blepharitis", "paediatric keratoconus", "oedematous eyelids", "the aetiology of pterygium", "foetal presbyopia",
    "colour vision", "anaesthetised cornea", "the behaviour programme", "sulphonamide eye drops", "analysed fibres",
    "a chalazion", "", "  ", "Dupuytren's contracture", "minimise pemphigus flares",
])
def test_one_scan_for_all_spelling_rules_spells_as_each_rule_in_turn(text: str) -> None:
    from extract.linking.cues import american_spelling, load_linker_cues

    spellings = load_linker_cues().spellings
    assert american_spelling(text, spellings) == _spelled_rule_by_rule(text, spellings)


def test_spelling_rules_an_alternation_would_misread_are_applied_one_by_one() -> None:
    from extract.linking.cues import Spelling, _any_rule, american_spelling

    twice = Spelling(pattern=r"(o)\1e", replacement=r"\1e", examples=(("gooes", "goes"),))
    flagged = Spelling(pattern=r"(?i)aemia", replacement="emia", examples=(("anaemia", "anemia"),))
    plain = Spelling(pattern=r"ogramme\b", replacement="ogram", examples=(("programme", "program"),))
    assert _any_rule((twice.pattern, plain.pattern)) is None and _any_rule((flagged.pattern,)) is None
    assert _any_rule((plain.pattern,)) is not None
    assert american_spelling("Gooes to the programme", (twice, plain)) == "goes to the program"
    assert american_spelling("Anaemia", (flagged,)) == "anemia"


def test_a_mention_vector_is_the_array_computation(linker: Linker) -> None:
    """The TF-IDF row of a mention, counts times idf as Python floats, is bit for bit the NumPy
    product it replaces (then normalised the same way)."""
    import numpy

    vectorizer = linker._generator.vectorizer
    for text in ["keratoconus", "Chalazion of the upper eyelid", "pterygium surgery with conjunctival autograft", "x", "",
                 "Ménière-like dizzy spells", "presbyopia presbyopia presbyopia"]:
        cols, row = vectorizer._compute_row(text)
        counts: dict[int, int] = {}
        for gram in __import__("extract.linking.ann", fromlist=["char_wb_ngrams"]).char_wb_ngrams(text.lower(), *vectorizer.ngram_range):
            if gram in vectorizer.vocabulary:
                counts[vectorizer.vocabulary[gram]] = counts.get(vectorizer.vocabulary[gram], 0) + 1
        expected = numpy.array([counts[c] for c in sorted(counts)], dtype=numpy.float64) * vectorizer.idf[sorted(counts)]
        norm = numpy.sqrt((expected * expected).sum())
        expected = expected / norm if norm > 0 else expected
        assert cols == sorted(counts)
        assert row.dtype == numpy.float64 and row.tobytes() == expected.tobytes() and not row.flags.writeable
