"""Finding figures in one sentence: pure functions over a string.

``find_figures(sentence, cues)`` returns every number expression that is a figure, as a
:class:`FigureMention` with its interval, qualifier, unit, surface and sentence-local offsets,
and a ``role``: ``"claim"`` for figures the sentence asserts, ``"threshold"`` for figures that
define an outcome ("a reduction in pain of more than 50%"). Numbers that are no figures at all
(years, dates, reference markers, scales, criteria such as "aged 18 and over", phone numbers,
confidence levels, concentrations) are not returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.figures.cues import FigureCues

# Characters that glue a number to the token before it (reference markers "effective.3",
# identifiers "COVID-19", "T2") or after it.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_PHONE = re.compile(
    r"(?:\+?1[\s.\-])?(?:\(\d{3}\)\s*|\b\d{3}[\s.\-])\d{3}[\s.\-]\d{4}\b"
)
#: The end of :data:`_PHONE`, which every phone number holds: led by a digit, it is scanned
#: fast; a sentence without it is not scanned for phone numbers.
_PHONE_TAIL = re.compile(r"\d{3}[\s.\-]\d{4}\b")


class Denominator(NamedTuple):
    """The n of a proportion stated with it ("52 of 107 patients"), sentence-local offsets."""

    n: int
    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class FigureMention:
    """A figure found in a sentence. Offsets are relative to the sentence string."""

    start: int
    end: int
    surface: str
    point: Optional[float]
    lower: Optional[float]
    upper: Optional[float]
    qualifier: str
    unit: str
    precision: float
    rule: str
    role: str = "claim"
    noun: Optional[str] = None
    denominator: Optional[Denominator] = None


def _alt(phrases, *, boundary: bool = True) -> str:
    """Regex alternation of literal phrases, longest first, word-bounded where alphabetic (as a
    trie where :func:`trie_alternation` can write one)."""
    trie = trie_alternation(phrases, boundary=boundary)
    if trie is not None:
        return "(?:" + trie + ")"
    parts = []
    for p in sorted(set(phrases), key=lambda p: (-len(p), p)):  # ties alphabetical: one pattern in every process
        esc = re.escape(p).replace(r"\ ", r"\s+")
        if boundary and p[:1].isalnum():
            esc = r"\b" + esc
        if boundary and p[-1:].isalnum():
            esc = esc + r"\b"
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def trie_alternation(phrases, *, boundary: bool = False, space: str = r"\s+") -> Optional[str]:
    """The alternation of literal phrases, longest first, as a trie of their characters (issue
    6: speed): ``re`` enters every branch of a flat alternation at every position it tries (a
    case-insensitive branch has no fast first-character test); the trie enters one per first
    character. A space matches ``space``; with ``boundary``, a phrase starting or ending with a
    letter or digit has ``\\b`` there. It matches what the flat alternation of the phrases
    longest first matches, offering the same ends in the same order (phrases that match at one
    position are prefixes of one another, the longer first in both forms; compared in
    ``tests/figures/test_speed.py``). None for phrases it cannot write so: an empty one, one not
    single-spaced or lower-case, or with a cased letter outside ASCII (which may match the same
    character as another letter case-insensitively)."""
    parts = set(phrases)
    if not parts or any(not p or p != " ".join(p.split()) or p != p.lower() or any(not c.isascii() and c.lower() != c.upper() for c in p) for p in parts):
        return None
    trie: dict = {}
    for p in parts:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def char(ch: str) -> str:
        return space if ch == " " else re.escape(ch)

    def rest(node: dict, ch: str) -> str:
        branches = [char(k) + rest(node[k], k) for k in sorted(node) if k]
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        end = r"\b" if boundary and ch.isalnum() else ""
        return "(?:" + "|".join(branches + [end]) + ")" if branches else end

    return "|".join((r"\b" if boundary and ch.isalnum() else "") + char(ch) + rest(trie[ch], ch) for ch in sorted(trie))


class _Patterns:
    """Regular expressions compiled once per cue set."""

    def __init__(self, cues: FigureCues) -> None:
        self.cues = cues
        units = sorted((w for w in cues.number_words if " " not in w), key=len, reverse=True)
        tens = "|".join(w for w in units if cues.number_words[w] in range(20, 100, 10))
        ones = "|".join(w for w in units if cues.number_words[w] < 10)
        word_num = rf"(?:(?:{tens})(?:[\s\-](?:{ones}))?|{_alt(cues.number_words)})"
        mult = _alt(cues.multipliers)
        self.num = rf"(?:(?<![\w.,/\-]){_DIGITS}(?![\w])|\b{word_num}\b)(?:\s+{mult})?"
        self.digits_num = rf"(?:(?<![\w.,/\-]){_DIGITS}(?![\w]))(?:\s+{mult})?"
        # the second number of a range follows a dash: no look-behind
        self.num2 = rf"(?:{_DIGITS}(?![\w])|\b{word_num}\b)(?:\s+{mult})?"
        pct = r"\s*(?:%|\bpercent\b|\bper\s+cent\b|\bpct\b)"
        qual_phr = [q for lst in cues.qualifiers.values() for q in lst]
        self.qual_alt = _alt(qual_phr)
        q = rf"(?:(?P<qual>{self.qual_alt})\s*)?"
        num = self.num
        self.percent_range = re.compile(
            rf"(?:(?P<between>\bbetween|\bfrom)\s+)?(?P<a>{num})(?P<apct>{pct})?\s*"
            rf"(?P<conn>-|–|—|\bto\b|\band\b|\bthrough\b)\s*(?P<b>{self.num2})(?P<bpct>{pct})",
            re.I,
        )
        self.percent = re.compile(rf"{q}(?P<num>{num})(?P<pct>{pct})", re.I)
        self.k_of_n = re.compile(
            rf"{q}(?P<k>{self.digits_num})\s+(?:of|out\s+of)\s+(?:the\s+|all\s+|these\s+|those\s+)?"
            rf"(?P<n>{self.digits_num})(?![\d%])",
            re.I,
        )
        self.one_in = re.compile(
            rf"{q}(?:(?P<k1>{num})\s*(?:-|–|\bto\b)\s*)?(?P<k>{self.num2})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<n>{num})",
            re.I,
        )
        self.per_n = re.compile(
            rf"{q}(?P<k>{num})(?:\s*(?:-|–|to)\s*(?P<k2>{self.num2}))?\s+(?:(?:new\s+)?cases\s+)?"
            rf"per\s+(?P<n>{self.digits_num})",
            re.I,
        )
        # the end of a pattern, from a word it needs on: every match of the pattern holds a match
        # of its tail, so a sentence without one is not scanned with the whole pattern (whose
        # optional qualifier and number alternations are tried at every character)
        self.pct_tail = re.compile(pct, re.I)
        self.k_of_n_tail = re.compile(rf"(?:of|out\s+of)\s+(?:the\s+|all\s+|these\s+|those\s+)?(?P<n>{self.digits_num})(?![\d%])", re.I)
        self.one_in_tail = re.compile(rf"(?:in|out\s+of)\s+(?:every\s+)?(?P<n>{num})", re.I)
        self.per_n_tail = re.compile(rf"per\s+(?P<n>{self.digits_num})", re.I)
        self.fraction = re.compile(rf"{q}(?P<frac>{_alt(cues.fractions)})", re.I)
        self.fraction_words = _needed_words(cues.fractions)  # one of which a fraction needs
        self.halved = re.compile(r"(?:(?P<qual>at\s+least|more\s+than)\s+)?\b(?P<w>halved|halve|halves|halving|cut\s+in\s+half)\b", re.I)
        self.majority = re.compile(rf"(?P<maj>{_alt(cues.majority_phrases)})", re.I)
        self.most = re.compile(r"\bmost\b(?P<rest>(?:\s+of\s+(?:the|these|those|our|them|all))?)", re.I)
        ratio_marker = r"(?:\s*-?\s*(?:times|fold)\b)"
        self.ratio_needs = _needed_words(["times", "fold", *cues.ratio_words])  # the marker or a ratio word
        # "3 times", "seven-fold", "sevenfold", "4 to 5 times", "four- to seven-fold", "twice"
        fold_words = "|".join(sorted((w for w in cues.number_words if w.isalpha()), key=len, reverse=True))
        self.ratio = re.compile(
            rf"{q}(?:(?:(?P<ra>{num})\s*-?\s*(?:to|-|–)\s*)?(?:(?P<num>{num}){ratio_marker}|\b(?P<fw>{fold_words})fold\b)"
            rf"|(?P<rw>{_alt(cues.ratio_words)}))",
            re.I,
        )
        # a ratio that ends its clause after the risk it multiplies ("raises a woman's risk about seven-fold")
        self.ratio_risk_before = re.compile(
            r"\b(?:risk|odds|likelihood|chance|chances|incidence)\b[^.;:,()\[\]]{0,40}$", re.I
        )
        self.clause_end = re.compile(r"^\s*(?:[.,;:)\[]|$)")
        # "a threefold increase in mortality (OR 2.95, ...)": the multiplier restates the statistic given
        self.restated_by_statistic = re.compile(
            rf"^[^;()\[\]]{{0,120}}\(\s*(?:{_alt(cues.ratio_statistics)})\b", re.I
        )
        # the characters a count starts with (a qualifier's, "between", "from", a number's): this
        # look-ahead rejects at once a position where the alternations would all be tried in vain
        firsts = {c for ph in [*qual_phr, "between", "from", *cues.number_words] for c in (ph[:1], ph[:1].lower())}
        self.count_lead = rf"(?=[\d{''.join(sorted(map(re.escape, firsts)))}])" if all(c and not c.isspace() for c in firsts) else ""
        self.count = re.compile(
            rf"{self.count_lead}{q}(?:(?P<between>\bbetween|\bfrom)\s+)?"
            rf"(?:(?P<a>{num})\s*(?P<conn>-|–|\bto\b|\band\b)\s*(?P<b>{self.num2})|(?P<num>{num}))(?P<plus>\+)?",
            re.I,
        )
        verbs = _alt(cues.bare_count_verbs)
        self.bare_count = re.compile(
            rf"(?:^|[;:,(]\s*|\b(?:and|while|whereas|but|of\s+these|of\s+them|of\s+whom)\s*,?\s*)"
            rf"(?P<num>(?<![\w.,/\-]){_DIGITS}(?![\w%]))(?=\s+(?:(?:patients?|participants?|subjects?)\s+)?{verbs})",
            re.I,
        )
        self.arm_count = re.compile(
            r"(?:(?<!\d)[,;:]\s*|\band\s+)(?P<num>(?<![\w.,/\-])\d[\d,]*)(?![\w%.])(?=\s+(?:were\s+)?(?:to|into|in)\s+(?:the\s+)?[A-Za-z])"
        )
        self.randomised = re.compile(r"\b(?:randomi[sz]ed|allocated|assigned)\b", re.I)
        self.table_row = re.compile(rf"^(?P<label>[^|]{{3,120}})\|\s*{q}(?P<num>{self.digits_num})(?P<plus>\+)?\s*$", re.I)
        self.n_equals = re.compile(r"\b[nN]\s*=\s*(?P<num>\d[\d,]*)(?![\d.])")
        self.count_paren_pct = re.compile(
            r"(?P<num>(?<![\w.,/\-])\d[\d,]*)(?=\s*\(\s*\d+(?:\.\d+)?\s*%)"
        )
        self.slash = re.compile(r"(?<![\w./])(?P<k>\d{1,3})\s*/\s*(?P<n>\d{1,3})(?![\w./])(?=\s+of\b)")
        self.stat_ratio = re.compile(
            rf"\b(?P<name>{_alt(cues.ratio_statistics)})\s*(?:\(\s*[A-Z]{{2,4}}\s*\)\s*)?(?:of|was|were|is|=|:|,)?\s*"
            rf"(?P<num>(?<![\w.,/\-]){_DIGITS}(?![\w%]))",
        )
        self.word_re = re.compile(r"[A-Za-z][\w'\-]*")
        # a sentence without a digit or any of these words holds no figure: skip it cheaply
        gate_words = set(cues.number_words) | set(cues.fractions) | set(cues.majority_phrases) | set(cues.ratio_words)
        gate_words = {w.split()[-1].split("-")[-1] for w in gate_words} | {"most", "halved", "halve", "halves", "halving", "half"}
        # searched only for whether it matches: any form of the alternation will do
        gate_alt = trie_alternation(gate_words, space=re.escape(" ")) or "|".join(sorted(map(re.escape, gate_words)))
        self.gate = re.compile(r"\d|\b(?:" + gate_alt + r")\b|\Bfold\b", re.I)  # "twofold"
        nouns = _alt([n for n in cues.count_nouns] + ["us"])
        self.count_of = re.compile(rf"^\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?(?P<noun>{nouns})", re.I)
        self.participles = {w.lower() for w in cues.procedure_participles if " " not in w}
        self.count_participle = re.compile(rf"^\s+(?:are\s+|were\s+)?{_alt(cues.procedure_participles)}", re.I)
        self.people = set(cues.people_nouns)
        self.count_nouns = {k.lower(): v for k, v in cues.count_nouns.items()}
        self.count_stop = set(cues.count_modifier_stopwords)
        # "Eleven trials (1,486 participants)", "25 randomised trials with 2511 women", "2 trials, 170
        # women", "a review of 20 trials, with 1,162 participants": the people a body of evidence pooled
        links = _alt(cues.evidence_sample_links) if cues.evidence_sample_links else None
        self.evidence_sample_before = (
            re.compile(
                rf"(?P<units>{self.num})\s+(?:[A-Za-z][\w\-]*\s+){{0,3}}{_alt(cues.evidence_units)}\s*(?:[,(;:]\s*)?"
                rf"(?:{links}\s+)?(?:(?:a\s+)?total\s+of\s+)?(?:{self.qual_alt}\s*)?$" if links else
                rf"(?P<units>{self.num})\s+(?:[A-Za-z][\w\-]*\s+){{0,3}}{_alt(cues.evidence_units)}\s*(?:[,(;:]\s*)?$",
                re.I,
            )
            if cues.evidence_units
            else None
        )
        self.evidence_units = {w.lower() for w in cues.evidence_units}
        people = _alt(cues.people_nouns)
        # "Most people with asthma use inhalers", "Most patients with DVT should be treated with ..."
        self.usual_care_after = (
            re.compile(
                rf"^(?:\s+of\s+(?:the|these|those|our|them|all))?\s+(?:[A-Za-z][\w'\-]*\s+){{0,3}}?{people}"
                rf"(?:\s+(?:with|who\s+have|who\s+are|under|over|aged)\b[^,;:.()]{{0,50}}?)?\s+"
                rf"(?:(?:can|will|should|may|must|would|do|usually|often|then|now|first|only)\s+){{0,2}}"
                rf"(?:(?:be|are|is|get)\s+)?(?:(?:first|usually|then|now|only|initially)\s+)?{_alt(cues.usual_care_verbs)}",
                re.I,
            )
            if cues.usual_care_verbs
            else None
        )
        self.most_subject = (
            re.compile(rf"^\s+{_alt(cues.most_subject_verbs)}", re.I) if cues.most_subject_verbs else None
        )
        self.most_clause_start = re.compile(r"(?:^|[,;:.!?]|\b(?:and|but|so|yet|while|although|though))\s*$", re.I)
        self.most_group = (
            re.compile(rf"^\s+of\s+{_alt(cues.most_group_pronouns)}", re.I) if cues.most_group_pronouns else None
        )
        self.care_scope_before = (
            re.compile(rf"{_alt(cues.care_scope_nouns)}(?:\s+[\w\-]+){{0,3}}\s+for\s*$", re.I)
            if cues.care_scope_nouns
            else None
        )
        self.source_of = (
            re.compile(rf"{_alt(cues.evidence_source_nouns)}\s+of\s+(?:(?:only|just|about|around|some)\s+)?$", re.I)
            if cues.evidence_source_nouns
            else None
        )
        self.ratio_follow = re.compile(rf"^\s*{_alt(cues.ratio_followers)}", re.I)
        self.ratio_reference = (
            re.compile(rf"^\s*{_alt(cues.ratio_reference_followers)}", re.I) if cues.ratio_reference_followers else None
        )
        self.or_more = re.compile(rf"^\s*{_alt(cues.or_more_followers)}", re.I)
        self.criterion_before = re.compile(rf"{_alt(cues.criterion_preceders)}\s*$", re.I)
        self.definition = re.compile(_alt(cues.definition_cues), re.I)
        change = _alt(cues.change_nouns)
        self.change_before = re.compile(
            rf"{change}(?:\s+[A-Za-z][\w\-]*){{0,5}}\s+(?:of|by)\s*$", re.I
        )
        self.change_after = re.compile(rf"^\s*(?:or\s+(?:greater|more|higher)\s+)?{change}", re.I)
        self.threshold_after = re.compile(r"^\s*(?:threshold|cut-?off|criterion|or\s+(?:more|greater)\s+(?:reduction|improvement|relief))\b", re.I)
        self.pct_non_claim = re.compile(rf"^\s*{_alt(cues.percent_non_claim_followers)}", re.I)
        # a strength: '5% w/w cream', '5% medicated nail lacquer', 'cream (1%)', 'saline (6% or 7%)',
        # 'containing 0.5% permethrin', 'hydrocortisone 1% is safe'
        prep = _alt(cues.preparation_nouns) if cues.preparation_nouns else None
        stop = _alt(cues.count_modifier_stopwords)
        self.strength_after = (  # up to two modifiers, none a function word ('64% in the cream group' is a statistic)
            re.compile(rf"^\s*(?:(?!{stop})[A-Za-z][\w\-]*\s+){{0,2}}{prep}", re.I) if prep else None
        )
        self.strength_before = (
            re.compile(rf"{prep}\s*\(?\s*(?:\d+(?:\.\d+)?\s*%\s*(?:or|and|to|,|-|–)\s*)?$", re.I) if prep else None
        )
        self.strength_preceder = (
            re.compile(rf"{_alt(cues.strength_preceders)}\s*$", re.I) if cues.strength_preceders else None
        )
        function = set(cues.count_modifier_stopwords) | {"vs", "versus", "only", "just", "nearly", "almost", "than"}
        self.function_words = function
        self.strength_subject_after = (
            re.compile(rf"^\s*{_alt(cues.strength_subject_verbs)}", re.I) if cues.strength_subject_verbs else None
        )
        self.time_after = re.compile(rf"^\s*{_alt(cues.time_units)}", re.I)
        self.month_near = re.compile(rf"{_alt(cues.months)}\.?\s*$", re.I)
        self.month_after = re.compile(rf"^\s*,?\s*{_alt(cues.months)}", re.I)
        self.ci_before = re.compile(r"(?:\bCI\b|confidence\s+interval|credible\s+interval)[^()\[\]]*$", re.I)
        self.year_before = re.compile(r"(?:\b(?:in|since|by|from|during|until|circa|of|year)\s*)$", re.I)


_COMPILED: dict[int, _Patterns] = {}


def _patterns(cues: FigureCues) -> _Patterns:
    """Compiled patterns for a cue set, built once (the cue set is kept alive with them)."""
    p = _COMPILED.get(id(cues))
    if p is None or p.cues is not cues:
        p = _COMPILED[id(cues)] = _Patterns(cues)
    return p


# ---------------------------------------------------------------------------------------------
# number parsing


def parse_number(text: str, cues: FigureCues) -> Optional[float]:
    """Value of a number expression: '250,000', '48.5', 'twenty-five', '30 million', 'a third'."""
    s = " ".join(text.lower().replace("\u2011", "-").split())
    mult = 1
    for word, factor in cues.multipliers.items():
        if s.endswith(" " + word):
            s, mult = s[: -len(word) - 1].strip(), factor
            break
    if re.fullmatch(_DIGITS, s):
        return float(s.replace(",", "")) * mult
    if s in cues.number_words:
        return float(cues.number_words[s]) * mult
    parts = re.split(r"[\s\-]", s)
    if len(parts) == 2 and all(p in cues.number_words for p in parts):
        return float(cues.number_words[parts[0]] + cues.number_words[parts[1]]) * mult
    return None


def decimals(text: str) -> int:
    """Number of decimals written in a number expression ('48.5' -> 1)."""
    m = re.search(r"\.(\d+)", text)
    return len(m.group(1)) if m else 0


def _qualifier(cues: FigureCues, qual_text: Optional[str]) -> str:
    if not qual_text:
        return "exact"
    q = " ".join(qual_text.lower().split())
    for name, phrases in cues.qualifiers.items():
        if q in phrases:
            return name
    return "exact"


def interval(point: float, qualifier: str, cap: Optional[float]) -> tuple[float, Optional[float]]:
    """(lower, upper) of a figure given its qualifier; ``cap`` bounds proportions at 1."""
    if qualifier in ("up_to", "less_than"):
        return 0.0, point
    if qualifier in ("at_least", "more_than"):
        return point, cap
    return point, point


# ---------------------------------------------------------------------------------------------
# the finder


class _Candidate(NamedTuple):
    mention: FigureMention
    priority: int


def _mk(
    s: str,
    start: int,
    end: int,
    *,
    point: Optional[float],
    qualifier: str,
    unit: str,
    precision: float,
    rule: str,
    lower: Optional[float] = None,
    upper: Optional[float] = None,
    noun: Optional[str] = None,
    denominator: Optional[Denominator] = None,
) -> FigureMention:
    if qualifier != "range":
        cap = 1.0 if unit == "proportion" else None
        lower, upper = interval(point, qualifier, cap)  # type: ignore[arg-type]
    point, lower, upper = (None if x is None else round(x, 12) for x in (point, lower, upper))
    return FigureMention(
        start=start,
        end=end,
        surface=s[start:end],
        point=point,
        lower=lower,
        upper=upper,
        qualifier=qualifier,
        unit=unit,
        precision=precision,
        rule=rule,
        noun=noun,
        denominator=denominator,
    )


#: The characters outside ASCII that a case-insensitive ASCII letter matches in Python's ``re``,
#: with that letter (checked over every code point in ``tests/figures/test_finder.py``).
_NON_ASCII_CASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _folded(s: str) -> str:
    """``s`` lower-cased such that an ASCII word a case-insensitive pattern matches in ``s`` is a
    substring of the result."""
    return s.translate(_NON_ASCII_CASES).lower()


def _needed_words(phrases) -> Optional[tuple[str, ...]]:  # noqa: ANN001
    """The longest word of each phrase, lower-case: a case-insensitive alternation of the phrases
    (:func:`_alt`) matches only where one of them is in :func:`_folded`; None when a phrase has no
    ASCII word (then no prefilter)."""
    out = set()
    for phrase in phrases:
        plain = [w for w in phrase.lower().split() if w.isascii()]
        if not plain:
            return None
        out.add(max(plain, key=len))
    return tuple(sorted(out))


def _holds(low: str, words: Optional[tuple[str, ...]]) -> bool:
    return words is None or any(w in low for w in words)


def _needs(s: str) -> tuple[bool, bool, bool, bool]:
    """Whether ``s`` can hold a match of the percent patterns ("%", "percent", "per cent", "pct"),
    of k_of_n ("of"), of one_in ("in" or "out of") and of per_n ("per"): each needs its word
    (case-insensitive), so a sentence without it is not searched."""
    low = _folded(s)
    per = "per" in low
    return "%" in s or per or "pct" in low, "of" in low, "in" in low or "of" in low, per


def _percent_candidates(s: str, p: _Patterns) -> list[_Candidate]:
    out = []
    cues = p.cues
    if not _needs(s)[0] or not p.pct_tail.search(s):
        return out
    for m in p.percent_range.finditer(s):
        if m.group("conn").lower() == "and" and not m.group("between"):
            continue
        a, b = parse_number(m.group("a"), cues), parse_number(m.group("b"), cues)
        if a is None or b is None or a >= b or b > 100:
            continue
        prec = 0.005 * 10 ** -max(decimals(m.group("a")), decimals(m.group("b")))
        out.append(
            _Candidate(
                _mk(s, m.start(), m.end(), point=None, lower=a / 100, upper=b / 100,
                    qualifier="range", unit="proportion", precision=prec, rule="percent_range"),
                0,
            )
        )
    for m in p.percent.finditer(s):
        v = parse_number(m.group("num"), cues)
        if v is None or v > 100 and not m.group("qual"):
            continue
        qual = _qualifier(cues, m.group("qual"))
        prec = 0.005 * 10 ** -decimals(m.group("num"))
        out.append(
            _Candidate(
                _mk(s, m.start(), m.end(), point=v / 100, qualifier=qual, unit="proportion",
                    precision=prec, rule="percent"),
                1,
            )
        )
    return out


def _proportion_word_candidates(s: str, p: _Patterns) -> list[_Candidate]:
    out = []
    cues = p.cues
    _, of, in_, per = _needs(s)
    for m in p.k_of_n.finditer(s) if of and p.k_of_n_tail.search(s) else ():
        k, n = parse_number(m.group("k"), cues), parse_number(m.group("n"), cues)
        if not k or not n or k > n or n < 2:
            continue
        counted = _counted_noun(s, m.end(), p)
        if not (counted or re.match(r"^\s*\(", s[m.end():])):
            continue
        if counted and counted[0] in p.evidence_units:
            continue  # "in 3 of the 9 studies": a share of the evidence, not of people
        den = Denominator(int(n), m.group("n"), m.start("n"), m.end("n"))
        out.append(
            _Candidate(
                _mk(s, m.start(), m.end("n"), point=k / n, qualifier=_qualifier(cues, m.group("qual")),
                    unit="proportion", precision=0.5 / n, rule="k_of_n", denominator=den),
                0,
            )
        )
    for m in p.one_in.finditer(s) if in_ and p.one_in_tail.search(s) else ():
        k, n = parse_number(m.group("k"), cues), parse_number(m.group("n"), cues)
        if not k or not n or k >= n or p.time_after.match(s[m.end():]):
            continue
        if re.search(r"\d{4}", m.group("n")) and 1800 <= n <= 2100:
            continue  # "one in 2019" is a date, not a proportion
        qual = _qualifier(cues, m.group("qual"))
        k1 = parse_number(m.group("k1"), cues) if m.group("k1") else None
        if k1 is not None and 0 < k1 < k:
            cand = _mk(s, m.start(), m.end(), point=None, lower=k1 / n, upper=k / n, qualifier="range",
                       unit="proportion", precision=0.0005 / n, rule="one_in_n")
        else:
            if m.group("k1"):
                continue
            cand = _mk(s, m.start(), m.end(), point=k / n, qualifier=qual, unit="proportion",
                       precision=0.0005 / n, rule="one_in_n")
        out.append(_Candidate(cand, 1))
    for m in p.per_n.finditer(s) if per and p.per_n_tail.search(s) else ():
        k, n = parse_number(m.group("k"), cues), parse_number(m.group("n"), cues)
        if not k or not n or n < 10 or k >= n:
            continue
        qual = _qualifier(cues, m.group("qual"))
        k2 = parse_number(m.group("k2"), cues) if m.group("k2") else None
        prec = 0.5 * 10 ** -decimals(m.group("k")) / n
        if k2 is not None and k2 > k:
            cand = _mk(s, m.start(), m.end(), point=None, lower=k / n, upper=k2 / n,
                       qualifier="range", unit="proportion", precision=prec, rule="per_n")
        else:
            cand = _mk(s, m.start(), m.end(), point=k / n, qualifier=qual, unit="proportion",
                       precision=prec, rule="per_n")
        out.append(_Candidate(cand, 1))
    for m in p.fraction.finditer(s) if _holds(_folded(s), p.fraction_words) else ():
        after = s[m.end():]
        qual = _qualifier(cues, m.group("qual"))
        of_people = re.match(r"^\s+of\b", after) and _people_after(after, p, allow_modifiers=True)
        bare_of = re.match(r"^\s+of\b", after) and not of_people
        followed_by_people = _people_after(after, p)
        if bare_of or not (of_people or followed_by_people or (m.group("qual") and not re.match(r"^\s+(?:an?|the)\b", after))):
            continue  # "half of the ring finger" is no proportion of people
        if p.time_after.match(after) or re.match(r"^\s+(?:an?|the)\s+(?:hour|day|week|month|year|dose|tablet|pill)", after, re.I):
            continue
        v = cues.fractions[" ".join(m.group("frac").lower().split())]
        out.append(
            _Candidate(
                _mk(s, m.start(), m.end(), point=v, qualifier=qual, unit="proportion",
                    precision=0.0005, rule="fraction_word"),
                2,
            )
        )
    for m in p.slash.finditer(s):
        k, n = int(m.group("k")), int(m.group("n"))
        if 0 < k < n and _people_after(s[m.end():], p, allow_modifiers=True):
            out.append(_Candidate(
                _mk(s, m.start(), m.end(), point=k / n, qualifier="exact", unit="proportion",
                    precision=0.0005, rule="slash_fraction"), 1))
    for m in p.halved.finditer(s):  # "pain at least halved": only ever a threshold
        out.append(_Candidate(_mk(s, m.start(), m.end(), point=0.5, qualifier="at_least", unit="proportion",
                                  precision=0.0, rule="halved"), 2))
    for m in p.majority.finditer(s):
        qual = cues.majority_phrases[" ".join(m.group("maj").lower().split())]
        out.append(
            _Candidate(
                _mk(s, m.start(), m.end(), point=0.5, qualifier=qual, unit="proportion",
                    precision=0.0, rule="majority"),
                2,
            )
        )
    for m in p.most.finditer(s):
        before = s[: m.start()].rstrip().lower()
        if re.search(r"\b(?:the|at|what|which|is|are|was|were|be)$", before):
            continue  # "the most common", "at most", "is most effective"
        after = s[m.end():]
        group = bool(
            (m.group("rest") and m.group("rest").lower().rstrip().endswith("them"))
            or (p.most_group and p.most_group.match(s[m.start() + 4:]))
        )  # "most of them do not know", "most of us will have one", "most of the rest are left with ..."
        alone = bool(  # "and most go away on their own", "Most heal within a few weeks"
            not m.group("rest") and p.most_subject and p.most_subject.match(after)
            and p.most_clause_start.search(s[max(0, m.start() - 20): m.start()])
        )
        if not (group or alone or _people_after(after, p, allow_modifiers=True)):
            continue
        if p.usual_care_after and p.usual_care_after.match(after):
            continue  # "Most people are treated with iron tablets": what is usually done, no figure
        if p.care_scope_before and p.care_scope_before.search(s[max(0, m.start() - 80): m.start()]):
            continue  # "the first-line treatment for most patients": the scope of advice
        out.append(
            _Candidate(
                _mk(s, m.start(), m.start() + 4, point=0.5, qualifier="more_than", unit="proportion",
                    precision=0.0, rule="most_people"),
                3,
            )
        )
    return out


def _people_after(after: str, p: _Patterns, allow_modifiers: bool = False) -> bool:
    """Whether text right after a quantifier names people ('most chronic pain patients')."""
    lead = re.match(r"^\s*(?:of\s+)?(?:(?:the|these|those|our|all|your|their)\s+)?", after)
    words = p.word_re.findall(after[lead.end() if lead else 0: 80])
    limit = (p.cues.count_modifiers_max if allow_modifiers else 0) + 1
    for w in words[:limit]:
        lw = w.lower()
        if lw in p.people:
            return True
        if lw in p.count_stop:
            return False
    return False


def _counted_noun(s: str, pos: int, p: _Patterns) -> Optional[tuple[str, int]]:
    """The counted noun after a number at ``pos`` (allowing a few modifiers) and its end;
    also "790,000 of the operations", "1 billion of us", "500,000 performed each year"."""
    after = s[pos:]
    m = p.count_of.match(after)
    if m:
        return m.group("noun").lower(), pos + m.end()
    m = p.count_participle.match(after)
    if m:
        return "procedures", pos + m.end()
    if not after[:1].isspace() and after[:1] not in ("+",):
        return None
    offset = 1 if after[:1] == "+" else 0
    rest = after[offset:]
    prev_end = 0
    for i, m in enumerate(p.word_re.finditer(rest)):
        gap = rest[prev_end : m.start()]
        prev_end = m.end()
        if not gap.isspace():
            return None
        w = m.group(0).lower().rstrip("'")
        if w in p.count_nouns:
            return w, pos + offset + m.end()
        if i >= 1 and w in p.participles:  # "2,500 stimulators implanted"
            return "procedures", pos + offset + m.end()
        if i >= p.cues.count_modifiers_max or w in p.count_stop or any(c.isdigit() for c in w):
            return None
    return None


def _count_candidates(s: str, p: _Patterns) -> list[_Candidate]:
    out = []
    cues = p.cues
    for m in p.count.finditer(s):
        found = _counted_noun(s, m.end(), p)
        if not found:
            continue
        noun, _ = found
        if noun in p.evidence_units and not _cited_source(s, m.start(), p):
            continue  # "Eleven trials were included", "in two randomised trials"
        if noun in p.people and _pooled_by_evidence(s, m.start(), p):
            continue
        qual = _qualifier(cues, m.group("qual"))
        if m.group("a"):
            a, b = parse_number(m.group("a"), cues), parse_number(m.group("b"), cues)
            if a is None or b is None or a >= b or b < cues.count_nouns.get(noun, 1):
                continue  # "three to four sessions": below the count a claim needs, like a single number
            if m.group("conn").lower() == "and" and not m.group("between"):
                continue
            b_mult = m.group("b").split()[-1].lower()
            if b_mult in cues.multipliers and not any(w in cues.multipliers for w in m.group("a").lower().split()):
                a *= cues.multipliers[b_mult]  # "10 to 20 million"
            prec = 0.5 * cues.multipliers.get(b_mult, 1)
            out.append(_Candidate(
                _mk(s, m.start(), m.end(), point=None, lower=a, upper=b, qualifier="range", unit="count",
                    precision=prec, rule="count_range", noun=noun), 3))
            continue
        v = parse_number(m.group("num"), cues)
        if v is None or v < cues.count_nouns.get(noun, 1) or v != int(v) or _is_year(s, m, v):
            continue
        if m.group("plus"):
            qual = qual if qual in ("more_than", "about") else "at_least"
        prec = 0.5 * cues.multipliers.get(m.group("num").split()[-1].lower(), 1)
        start = m.start("num") if m.group("between") and not m.group("qual") else m.start()  # "from 5 trials"
        out.append(_Candidate(
            _mk(s, start, m.end(), point=v, qualifier=qual, unit="count", precision=prec,
                rule="count", noun=noun), 3))
    if p.randomised.search(s):
        for m in p.arm_count.finditer(s):  # "212 patients were randomised, 107 to SCS and 101 to CMM"
            v = parse_number(m.group("num"), cues)
            if v and not (1800 <= v <= 2100 and "," not in m.group("num")):
                out.append(_Candidate(_mk(s, m.start("num"), m.end("num"), point=v, qualifier="exact", unit="count",
                                          precision=0.5, rule="count_arm", noun="patients"), 4))
    m = p.table_row.match(s)
    if m and _label_counts(m.group("label"), p):  # "SCS procedures performed since 2012 | Over 3,000"
        v = parse_number(m.group("num"), cues)
        qual = _qualifier(cues, m.group("qual"))
        if m.group("plus") and qual == "exact":
            qual = "at_least"
        if v:
            out.append(_Candidate(_mk(s, m.start("qual") if m.group("qual") else m.start("num"), m.end(),
                                      point=v, qualifier=qual, unit="count", precision=0.5, rule="count_table",
                                      noun="procedures"), 4))
    for rx, rule in ((p.bare_count, "count_bare"), (p.n_equals, "count_n"), (p.count_paren_pct, "count_of_pct")):
        for m in rx.finditer(s):
            v = parse_number(m.group("num"), cues)
            if v is None or v < 1 or (rule != "count_n" and 1800 <= v <= 2100 and "," not in m.group("num")):
                continue
            start = m.start() if rule == "count_n" else m.start("num")
            out.append(_Candidate(
                _mk(s, start, m.end("num"), point=v, qualifier="exact", unit="count", precision=0.5,
                    rule=rule, noun="patients"), 4))
    for m in p.stat_ratio.finditer(s):
        v = parse_number(m.group("num"), cues)
        if v is not None and v > 0:
            out.append(_Candidate(
                _mk(s, m.start("num"), m.end("num"), point=v, qualifier="exact", unit="ratio",
                    precision=0.5 * 10 ** -decimals(m.group("num")), rule="ratio_statistic"), 2))
    for m in p.ratio.finditer(s) if _holds(_folded(s), p.ratio_needs) else ():
        after = s[m.end():]
        if p.ratio_reference and p.ratio_reference.match(after):
            continue  # "four times the usual dose", "three times higher than normal"
        if not p.ratio_follow.match(after) and not (
            p.clause_end.match(after) and p.ratio_risk_before.search(s[max(0, m.start() - 60): m.start()])
        ):
            continue
        v = parse_number(m.group("num"), cues) if m.group("num") else None
        if v is None and m.group("fw"):
            v = float(cues.number_words[m.group("fw").lower()])
        if v is None and m.group("rw"):
            v = float(cues.ratio_words[m.group("rw").lower()])
        if not v or v < 1:
            continue
        qual = _qualifier(cues, m.group("qual"))
        if "fold" in m.group(0).lower() and not m.group("qual") and p.restated_by_statistic.match(after):
            # "a threefold increase in mortality (OR 2.95 ...)" restates the odds ratio (the gold's
            # non-claim); "eight times more likely ... (RR 8.1)" is one in the dev17/dev22 gold: left alone
            continue
        prec = 0.5 * 10 ** -decimals(m.group("num") or "")
        a = parse_number(m.group("ra"), cues) if m.group("ra") else None
        if a is not None and 1 <= a < v:
            out.append(_Candidate(_mk(s, m.start(), m.end(), point=None, lower=a, upper=v, qualifier="range",
                                      unit="ratio", precision=prec, rule="ratio_range"), 2))
            continue
        start = m.start() if not m.group("ra") else m.start("num") if m.group("num") else m.start("fw")
        if m.group("ra") and m.group("qual"):
            start = m.start()
        out.append(
            _Candidate(
                _mk(s, start, m.end(), point=v, qualifier=qual if not m.group("ra") else "exact", unit="ratio",
                    precision=prec, rule="ratio"),
                2,
            )
        )
    return out


def _pooled_by_evidence(s: str, start: int, p: _Patterns) -> bool:
    """Whether the people counted at ``start`` are those a count of studies or trials pooled
    ('Twelve trials (1,420 participants)'): the size of a body of evidence, not a statistic."""
    rx = p.evidence_sample_before
    window_start = max(0, start - 120)
    m = rx.search(s[window_start: start]) if rx else None
    if not m:
        return False
    txt = m.group("units")
    units = parse_number(txt, p.cues)
    if units is None or units < 2 or (re.fullmatch(r"\d{4}", txt) and 1800 <= units <= 2100):
        return False  # "one trial of 209 patients", "a 2022 trial of 234 patients": that trial's sample
    return not _cited_source(s, window_start + m.start("units"), p)  # "a review of 20 trials, with 1,162 participants"


def _cited_source(s: str, start: int, p: _Patterns) -> bool:
    """Whether the count at ``start`` gives the size of a cited source ('a review of 28 studies')."""
    return bool(p.source_of and p.source_of.search(s[max(0, start - 60): start]))


def _label_counts(label: str, p: _Patterns) -> bool:
    """Whether a table row's label names something counted ('Patients treated', 'Procedures performed')."""
    words = {w.lower() for w in p.word_re.findall(label)}
    return bool(words & (set(p.count_nouns) | p.participles))


def _is_year(s: str, m: re.Match, v: float) -> bool:
    txt = m.group("num")
    if not re.fullmatch(r"\d{4}", txt) or not 1800 <= v <= 2100 or m.group("qual"):
        return False
    return bool(m.start() == 0 or re.search(r"\b(?:in|since|by|from|during|until|circa|of|year|the)\s*$", s[: m.start()], re.I))


def _drop_reason(s: str, c: FigureMention, p: _Patterns, phones: list[tuple[int, int]]) -> Optional[str]:
    """Why a candidate is not a figure at all, or None if it is one."""
    before, after = s[: c.start], s[c.end:]
    if p.criterion_before.search(before):
        return "criterion"
    if p.or_more.match(after) and not re.match(r"^\s*\S+\s+\S+\s+of\b", after):
        if c.rule.startswith("percent"):
            return None  # "(50% or more pain relief)": a threshold, decided with the others
        return "criterion"
    if c.unit == "proportion" and c.rule.startswith("percent"):
        if p.pct_non_claim.match(after):
            return "not_a_claim_percent"
        if _strength(before, after, c, p):
            return "strength"
        last_open = max(before.rfind("("), before.rfind("["))
        scope = before[last_open:] if last_open >= 0 else before[-30:]
        if p.ci_before.search(scope):
            return "confidence_interval"
    if p.month_near.search(before) or p.month_after.match(after):
        return "date"
    if any(a < c.end and c.start < b for a, b in phones):
        return "phone"
    return None


def _strength(before: str, after: str, c: FigureMention, p: _Patterns) -> bool:
    """Whether a percentage is the strength of a product, not a statistic."""
    if p.strength_after and p.strength_after.match(after):
        return True
    if (p.strength_before and p.strength_before.search(before)) or (
        p.strength_preceder and p.strength_preceder.search(before)
    ):
        return True
    if c.qualifier != "exact" or not p.strength_subject_after or not p.strength_subject_after.match(after):
        return False
    words = p.word_re.findall(before[-40:])
    # "hydrocortisone 1% is safe": a bare name right before the percentage, no verb or function word
    return bool(words) and before.endswith(words[-1] + " ") and words[-1].lower() not in p.function_words and not (
        len(words) > 1 and words[-2].lower() in ("was", "were", "is", "are", "be", "been", "by", "of", "to", "in")
    )


def _threshold_candidate(s: str, c: FigureMention, p: _Patterns) -> bool:
    """Whether a percentage is attached to a change ('reduction of more than 50%')."""
    if c.unit != "proportion" or not (c.rule.startswith("percent") or c.rule == "fraction_word"):
        return False
    if p.threshold_after.match(s[c.end:]) or p.or_more.match(s[c.end:]):
        return True
    return bool(p.change_before.search(s[: c.start]) or p.change_after.match(s[c.end:]))


def _resolve_overlaps(cands: list[_Candidate]) -> list[FigureMention]:
    chosen: list[FigureMention] = []
    for cand in sorted(cands, key=lambda c: (c.priority, -(c.mention.end - c.mention.start), c.mention.start)):
        m = cand.mention
        if any(m.start < o.end and o.start < m.end for o in chosen):
            continue
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def find_figures(sentence: str, cues: FigureCues) -> list[FigureMention]:
    """Every figure in ``sentence``, in order, with ``role`` 'claim' or 'threshold'."""
    p = _patterns(cues)
    if not p.gate.search(sentence):
        return []
    cands = _percent_candidates(sentence, p) + _proportion_word_candidates(sentence, p)
    cands += _count_candidates(sentence, p)
    phones = [m.span() for m in _PHONE.finditer(sentence)] if _PHONE_TAIL.search(sentence) else []
    mentions = [m for m in _resolve_overlaps(cands) if not _drop_reason(sentence, m, p, phones)]
    thresholds = {i for i, m in enumerate(mentions) if _threshold_candidate(sentence, m, p)}
    defined = bool(p.definition.search(sentence)) or sentence.lstrip()[:1] in ("*", "\u2020", "\u2021")
    has_claim = any(i not in thresholds and m.unit == "proportion" and m.rule != "halved" for i, m in enumerate(mentions))
    out = []
    for i, m in enumerate(mentions):
        if m.rule == "halved":
            if has_claim:
                out.append(FigureMention(**{**m.__dict__, "role": "threshold"}))
            continue
        if i in thresholds and (has_claim or defined):
            m = FigureMention(**{**m.__dict__, "role": "threshold"})
        out.append(m)
    return out
