"""The figure finder: which numbers are figures, and their intervals."""

import pytest

from extract.figures import find_figures, load_cues


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def claims(sentence, cues):
    return [m for m in find_figures(sentence, cues) if m.role == "claim"]


def one(sentence, cues):
    found = claims(sentence, cues)
    assert len(found) == 1, [m.surface for m in found]
    return found[0]


@pytest.mark.parametrize(
    "sentence, surface, point, lower, upper, qualifier, unit",
    [
        ("Up to 20 percent of patients still have pain.", "Up to 20 percent", 0.2, 0.0, 0.2, "up_to", "proportion"),
        ("About 15% of adults have knee osteoarthritis.", "About 15%", 0.15, 0.15, 0.15, "about", "proportion"),
        ("Relief was reported by 48.5% of the cohort.", "48.5%", 0.485, 0.485, 0.485, "exact", "proportion"),
        ("At least 60% of patients respond.", "At least 60%", 0.6, 0.6, 1.0, "at_least", "proportion"),
        ("Fewer than 5 percent develop an infection.", "Fewer than 5 percent", 0.05, 0.0, 0.05, "less_than", "proportion"),
        ("Success rates range from 70% to 90%.", "from 70% to 90%", None, 0.7, 0.9, "range", "proportion"),
        ("Symptoms return in 10-20% of hands.", "10-20%", None, 0.1, 0.2, "range", "proportion"),
        ("Between 5% and 10% need a second operation.", "Between 5% and 10%", None, 0.05, 0.1, "range", "proportion"),
        ("Migraine affects about one in seven people.", "about one in seven", 1 / 7, 1 / 7, 1 / 7, "about", "proportion"),
        ("Nine out of ten patients would recommend it.", "Nine out of ten", 0.9, 0.9, 0.9, "exact", "proportion"),
        ("More than half of patients improve.", "More than half", 0.5, 0.5, 1.0, "more_than", "proportion"),
        ("Nearly two-thirds of women are affected.", "Nearly two-thirds", 0.666667, 0.666667, 0.666667, "about", "proportion"),
        ("The majority of adults recover within weeks.", "The majority", 0.5, 0.5, 1.0, "more_than", "proportion"),
        ("Most patients with sciatica get better without surgery.", "Most", 0.5, 0.5, 1.0, "more_than", "proportion"),
        ("It develops in about 3 per 1,000 adults each year.", "about 3 per 1,000", 0.003, 0.003, 0.003, "about", "proportion"),
        ("About 500,000 spine surgeries are performed each year.", "About 500,000", 500000, 500000, 500000, "about", "count"),
        ("Over 250,000+ patients have been helped.", "Over 250,000+", 250000, 250000, None, "more_than", "count"),
        ("Migraine affects 39 million Americans.", "39 million", 39e6, 39e6, 39e6, "exact", "count"),
        ("Between 10 and 20 million people live with it.", "Between 10 and 20 million", None, 10e6, 20e6, "range", "count"),
        ("Women are three times more likely than men to have migraine.", "three times", 3, 3, 3, "exact", "ratio"),
        ("Smokers are twice as likely to need revision.", "twice", 2, 2, 2, "exact", "ratio"),
    ],
)
def test_figure_values(cues, sentence, surface, point, lower, upper, qualifier, unit):
    m = one(sentence, cues)
    assert (m.surface, m.qualifier, m.unit) == (surface, qualifier, unit)
    assert sentence[m.start : m.end] == surface
    for got, want in ((m.point, point), (m.lower, lower), (m.upper, upper)):
        assert (got is None) == (want is None)
        if want is not None:
            assert got == pytest.approx(want, rel=1e-5)


@pytest.mark.parametrize(
    "sentence",
    [
        "An October 2021 study (1) aimed to evaluate the change in pain scores.",  # year, reference marker
        "The numerical rating scale ranges from 0 - 10 and a score of 7 or above indicates severe pain.",
        "Patients aged 18 years and over with back pain were included.",
        "Call (404) 555-0132 to book an appointment.",
        "Pain medicine. 2018 Feb 1;19(2):385-92.",
        "Inject 1% lidocaine before the procedure.",
        "The effect was 0.42 (95% CI 0.30-0.55).",
        "Surgery was effective.3 Most insurance plans cover it.",
        "Treatment involves 155 units injected at 31 sites every 12 weeks.",
        "It causes tingling in the thumb and half of the ring finger.",
        "A patient who has had one or more prior laminectomies may need care.",
        "Attacks last 4 to 72 hours and may recur twice a week.",
    ],
)
def test_numbers_that_are_not_figures(cues, sentence):
    assert claims(sentence, cues) == []


def test_threshold_belongs_to_the_outcome(cues):
    found = find_figures("With interventional procedures, 48.5% of patients had a reduction in pain of more than 50%.", cues)
    assert [(m.surface, m.role) for m in found] == [("48.5%", "claim"), ("more than 50%", "threshold")]


def test_a_change_alone_is_a_claim(cues):
    m = one("This method can provide up to 80% relief from back pain.", cues)
    assert (m.surface, m.role) == ("up to 80%", "claim")


def test_definitions_are_thresholds(cues):
    assert claims("Response was defined as a 50% reduction in monthly migraine days.", cues) == []


def test_sample_and_its_parts(cues):
    found = claims("We enrolled 312 patients (224 women, 88 men) at 2 hospitals; 158 had open and 154 had endoscopic release.", cues)
    assert [m.surface for m in found] == ["312", "224", "88", "158", "154"]
    assert all(m.unit == "count" for m in found)


def test_k_of_n_carries_its_denominator(cues):
    m = one("Relief was reported by 45 of 60 patients.", cues)
    assert m.point == pytest.approx(0.75)
    assert m.denominator.n == 60



def test_the_non_ascii_letters_re_reads_as_ascii_are_the_ones_folded():
    """Every code point outside ASCII that a case-insensitive ASCII letter matches in Python's
    ``re`` is folded to that letter by the figure prefilters."""
    import re as std_re

    from extract.figures.finder import _NON_ASCII_CASES

    text = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {
        m.group(): [letter for letter in "abcdefghijklmnopqrstuvwxyz" if std_re.fullmatch(letter, m.group(), std_re.IGNORECASE)]
        for m in std_re.finditer("[a-z]", text, std_re.IGNORECASE)
    }
    assert {chr(k): [v] for k, v in _NON_ASCII_CASES.items()} == found


def test_sentences_the_prefilters_skip_have_no_match_of_the_skipped_patterns():
    import re as std_re
    from pathlib import Path

    from extract.figures.cues import load_cues
    from extract.figures.finder import _folded, _holds, _needs, _patterns

    p = _patterns(load_cues())
    sentences = ["About 1 in 5 adults.", "3 of 10 patients.", "12 per 1,000 people.", "20 PCT; 30 per cent", "ONE \u0130N TEN", "one \u0131n ten",
                 "TWO TH\u0130RDS of them", "a 3-fold rise", "TW\u0130CE as many", "three  quarters"]
    for path in sorted((Path(__file__).resolve().parents[2] / "corpora" / "dev2").glob("*.txt"))[:10]:
        sentences += [s for s in std_re.split(r"(?<=[.!?])\s+|\n+", path.read_text()) if s.strip()]
    skipped = 0
    for s in sentences:
        pct, of, in_, per = _needs(s)
        low = _folded(s)
        fraction, ratio = _holds(low, p.fraction_words), _holds(low, p.ratio_needs)
        for needed, patterns in ((pct, (p.percent, p.percent_range)), (of, (p.k_of_n,)), (in_, (p.one_in,)), (per, (p.per_n,)),
                                 (fraction, (p.fraction,)), (ratio, (p.ratio,))):
            if not needed:
                skipped += 1
                assert not any(rx.search(s) for rx in patterns), s
    assert skipped > 100
    assert all(_needs("ONE \u0130N TEN")[2:3]) and _needs("12 per 1,000 people.")[3]
    assert p.fraction_words is not None and p.ratio_needs is not None  # both prefilters are on
    assert p.fraction.search("TWO TH\u0130RDS of them") and _holds(_folded("TWO TH\u0130RDS"), p.fraction_words)


def test_a_sentence_without_a_patterns_tail_has_no_match_of_the_pattern():
    """The tails that gate the percent, k-of-n, one-in-n, per-n and phone-number scans are the ends of those
    patterns (so every match holds one): a sentence the tail does not match is skipped, and the
    figures are the same as scanning it."""
    import re as std_re
    from pathlib import Path

    from extract.figures.cues import load_cues
    from extract.figures.finder import _patterns

    p = _patterns(load_cues())
    from extract.figures.finder import _PHONE, _PHONE_TAIL

    pairs = ((p.pct_tail, (p.percent, p.percent_range)), (p.k_of_n_tail, (p.k_of_n,)), (p.one_in_tail, (p.one_in,)), (p.per_n_tail, (p.per_n,)),
             (_PHONE_TAIL, (_PHONE,)))
    assert _PHONE.pattern.endswith(_PHONE_TAIL.pattern) and _PHONE.flags == _PHONE_TAIL.flags
    for tail, patterns in pairs[:-1]:
        for rx in patterns:
            assert rx.flags == tail.flags and rx.pattern.endswith(tail.pattern + ("" if tail is not p.pct_tail else ")")), rx.pattern[-80:]
    sentences = ["About 1 in 5 adults.", "One in every TEN people", "3 of 10 patients.", "3 out of the 10", "12 per 1,000 people.",
                 "20 PCT; 30 per cent", "ONE \u0130N TEN", "one \u0131n ten", "in 2019, 40% of", "people in the study", "30 per day",
                 "Call (555) 123-4567 today", "+1 555.123.4567", "call 555 123 4567", "ref 123-45678"]
    for path in sorted((Path(__file__).resolve().parents[2] / "corpora" / "dev2").glob("*.txt"))[:10]:
        sentences += [s for s in std_re.split(r"(?<=[.!?])\s+|\n+", path.read_text()) if s.strip()]
    skipped = found = 0
    for s in sentences:
        for tail, patterns in pairs:
            if tail.search(s) is None:
                skipped += 1
                assert not any(rx.search(s) for rx in patterns), s
            else:
                found += any(rx.search(s) for rx in patterns)
    assert skipped > 100 and found > 10


def test_the_look_ahead_of_counts_changes_none_of_their_matches():
    """The count pattern's leading look-ahead (the characters a count can start with) only skips
    positions: over corpus sentences in every case, the same matches and groups as without it."""
    import re as std_re
    from pathlib import Path

    from extract.figures.cues import load_cues
    from extract.figures.finder import _patterns

    p = _patterns(load_cues())
    assert p.count_lead and p.count.pattern.startswith(p.count_lead)
    plain = std_re.compile(p.count.pattern[len(p.count_lead) :], p.count.flags)
    sentences = ["About 1,200 patients", "BETWEEN TWENTY and 30 people", "from \u017fix to ten trials", "~500 adults",
                 "\u2265 40 participants", "More than a dozen studies", "FIFTY-\u0130\u0130 cases"]
    for path in sorted((Path(__file__).resolve().parents[2] / "corpora" / "dev2").glob("*.txt"))[:10]:
        sentences += [s for s in std_re.split(r"(?<=[.!?])\s+|\n+", path.read_text()) if s.strip()]
    found = 0
    for s in sentences:
        for v in (s, s.upper(), s.title(), s.replace("s", "\u017f").replace("k", "\u212a")):
            expected = [m.span() + m.groups() for m in plain.finditer(v)]
            assert [m.span() + m.groups() for m in p.count.finditer(v)] == expected, v
            found += len(expected)
    assert found > 100
