"""Describing a figure: what it measures, in whom, of which intervention, when, which way.

Pure functions over a sentence string and the figures found in it. The description is
rule-based and deliberately conservative: a part that cannot be read off the sentence is left
empty rather than guessed, and the consistency check treats empty and non-empty parts as
different measures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.figures.cues import ContextCues
from extract.figures.finder import FigureMention, trie_alternation

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*(?:\.[A-Za-z]\.?)?")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "es", "ed", "s", "e")


@dataclass(frozen=True)
class FigureContext:
    """What a figure is about. Texts are verbatim pieces of the sentence; terms are stems."""

    outcome: Optional[str] = None
    population: Optional[str] = None
    intervention: Optional[str] = None
    time_frame: Optional[str] = None
    polarity: Optional[str] = None
    axis: Optional[str] = None
    threshold: Optional[str] = None
    threshold_key: Optional[str] = None
    population_restricted: bool = False
    outcome_terms: tuple[str, ...] = ()
    population_terms: tuple[str, ...] = ()
    intervention_terms: tuple[str, ...] = ()


class _Compiled:
    def __init__(self, cues: ContextCues) -> None:
        self.cues = cues
        self.stop = set(cues.stopwords)
        self.function = set(cues.function_words)
        self.heads = set(cues.intervention_heads)
        self.pop_heads = set(cues.population_heads)
        self.generic_pop = set(cues.generic_population)
        self.restrictors = set(cues.population_restrictors)
        self.time_res = [re.compile(r"\b" + t + r"\b", re.I) for t in cues.time_frames]
        trig = sorted(cues.intervention_triggers, key=len, reverse=True)
        # the longest-first alternations as tries where they can be written so (the same matches)
        literal = re.escape(" ")
        self.trigger = re.compile(
            r"\b(?:" + (trie_alternation(trig, space=literal) or "|".join(re.escape(t) for t in trig)) + r")\s+", re.I
        )
        anaphors = sorted(cues.anaphors, key=len, reverse=True)
        self.anaphor = re.compile(
            r"\b(?:" + (trie_alternation(anaphors, space=literal) or "|".join(re.escape(a) for a in anaphors)) + r")\b", re.I
        )
        axis_words = []
        for name, axis in cues.outcome_axes.items():
            axis_words += [(w, name, "positive") for w in axis.positive]
            axis_words += [(w, name, "negative") for w in axis.negative]
        axis_words.sort(key=lambda t: len(t[0]), reverse=True)
        self.axis_words = axis_words
        self.axis_re = re.compile(
            r"\b(?:" + (trie_alternation([w for w, _, _ in axis_words])
                        or "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, _, _ in axis_words)) + r")\b", re.I
        )
        self.axis_lookup = {" ".join(w.split()): (n, p) for w, n, p in axis_words}
        self.axis_priority = {name: axis.priority for name, axis in cues.outcome_axes.items()}
        self.participles = set(cues.trailing_participles)
        self.axis_single = {w for w, _, _ in axis_words if " " not in w}
        self.axis_stems = {
            name: {st for w, n, _ in axis_words if n == name and " " not in w for st in stem(w, cues)}
            for name in cues.outcome_axes
        }
        self.generic_pop_stems = {st for w in cues.generic_population for st in stem(w, cues)} | set(cues.generic_population)
        self.axis_exceptions = re.compile(
            r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in cues.axis_exceptions) + r")\b", re.I
        )
        self.generic_interventions = set(cues.generic_interventions)
        self.clause_res = [(b, re.compile(re.escape(b))) for b in cues.clause_boundaries]
        self.outcome_res = [(b, re.compile(re.escape(b))) for b in cues.outcome_boundaries]
        # "X affects about", "it has conventionally been estimated to complicate", "It is thought to affect up to":
        # a prevalence verb, with what reports it, ending where the figure starts (a few words of its qualifier between)
        self.prevalence_chain = re.compile(
            r"(?<![\w'-])(?:(?:is|are|was|were|has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?"
            r"(?:" + "|".join(re.escape(w) for w in cues.reporting_participles) + r")\s+to\s+"
            r"|(?:may|can|could|might|will|would|does|do|did)\s+(?:\w+ly\s+)?|(?:is|are|was|were)\s+(?:\w+ly\s+)?|\w+ly\s+)?"
            r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in cues.prevalence_subject_verbs) + r")"
            r"(?:\s+(?:an?\s+)?[a-z]+){0,2}?\s*$",
            re.I,
        )
        self.subject_connectors = set(cues.subject_connectors)


_COMPILED: dict[int, _Compiled] = {}


def _compiled(cues: ContextCues) -> _Compiled:
    c = _COMPILED.get(id(cues))
    if c is None or c.cues is not cues:
        c = _COMPILED[id(cues)] = _Compiled(cues)
    return c


_SPELLING: dict[int, tuple[ContextCues, Optional["re.Pattern[str]"]]] = {}


def american(word: str, cues: ContextCues) -> str:
    """``word`` (lower case) with its British spellings written the American way ('apnoea' ->
    'apnea', 'haemorrhage' -> 'hemorrhage'; ``spelling_variants`` of the cues)."""
    cached = _SPELLING.get(id(cues))
    if cached is None or cached[0] is not cues:  # compiled once per cue set
        variants = sorted(cues.spelling_variants, key=len, reverse=True)
        cached = _SPELLING[id(cues)] = (cues, re.compile("|".join(map(re.escape, variants))) if variants else None)
    rx = cached[1]
    return rx.sub(lambda m: cues.spelling_variants[m.group(0)], word) if rx is not None else word


#: Stems already computed, per cue set: (cues, {word: stems}); emptied when it holds this many.
_STEMS: dict[int, tuple[ContextCues, dict[str, tuple[str, ...]]]] = {}
_STEMS_MAX = 100_000


def stem(word: str, cues: ContextCues) -> list[str]:
    """Normalize a word to comparable stems ('spinal' -> ['spin'], 'physiotherapy' -> ['physical', 'therapy'],
    'apnoea' -> ['apnea']). Computed once per word and cue set (documents repeat their words)."""
    cached = _STEMS.get(id(cues))
    if cached is None or cached[0] is not cues:
        cached = _STEMS[id(cues)] = (cues, {})
    memo = cached[1]
    hit = memo.get(word)
    if hit is None:
        if len(memo) >= _STEMS_MAX:
            memo.clear()
        hit = memo[word] = tuple(_stem(word, cues))
    return list(hit)


def _stem(word: str, cues: ContextCues) -> list[str]:
    w = american(word.lower().strip("'.-"), cues)
    mapped = cues.stem_map.get(w, w)
    out = []
    for part in mapped.split():
        for suf in _SUFFIXES:
            if part.endswith(suf) and len(part) - len(suf) >= 3:
                part = part[: -len(suf)] + ("y" if suf == "ies" else "")
                break
        out.append(part)
    return out


def terms(text: str, cues: ContextCues, drop: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Sorted distinct stems of the content words of ``text``."""
    c = _compiled(cues)
    found = set()
    for w in _WORD.findall(text or ""):
        lw = w.lower()
        if lw in c.stop or lw in drop:
            continue
        parts = [lw] if "-" not in lw else [p for p in lw.split("-") if p and p not in c.stop and len(p) > 2]
        for part in parts:  # "anti-CGRP" and "CGRP" share "cgrp"
            found.update(s for s in stem(part, cues) if s not in drop)
    return tuple(sorted(found))


# ---------------------------------------------------------------------------------------------


def _clause(sentence: str, mention: FigureMention, mentions: Sequence[FigureMention], cues: ContextCues) -> tuple[int, int]:
    """Character window of the clause holding ``mention``."""
    lo, hi = 0, len(sentence)
    low = sentence.lower()
    protected = [(m.start, m.end) for m in mentions]
    for b, rx in _compiled(cues).clause_res:
        for m in rx.finditer(low):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in protected):
                continue
            if m.end() <= mention.start:
                lo = max(lo, m.end())
            elif m.start() >= mention.end and b not in (" that ", " which "):
                # "... find that their pain has gone down": what follows 'that' is the outcome
                hi = min(hi, m.start())
    return lo, hi


def _outcome_window(
    sentence: str, mention: FigureMention, mentions: Sequence[FigureMention], window: tuple[int, int], cues: ContextCues
) -> tuple[int, int]:
    """The part of the clause that says what the figure measures.

    Commas, dashes and brackets always end it; "and", "vs" and the like end it only when
    another figure lies beyond them ("58.5% with PRP and 41.5% with HA").
    """
    lo, hi = window
    low = sentence.lower()
    others = [m for m in mentions if m is not mention and m.role == "claim" and window[0] <= m.start < window[1]]
    for b, rx in _compiled(cues).outcome_res:
        hard = not b.strip().isalpha() and b.strip() not in ("vs", "vs.")
        for m in rx.finditer(low, window[0], window[1]):
            s, e = m.start(), m.end()
            if any(f.start <= s < f.end for f in mentions):
                continue
            if e <= mention.start and (hard or any(o.end <= s for o in others)):
                lo = max(lo, e)
            elif s >= mention.end and (hard or any(o.start >= e for o in others)):
                hi = min(hi, s)
    return lo, max(hi, lo)


def _phrase_after(text: str, pos: int, c: _Compiled, max_words: int = 7) -> tuple[int, int, list[str]]:
    """Words from ``pos`` until a stopword, punctuation or ``max_words``: (start, end, words)."""
    words: list[str] = []
    start = end = None
    for m in _WORD.finditer(text, pos):
        gap = text[(end if end is not None else pos): m.start()]
        if gap.strip() and gap.strip() not in ("-", "/"):
            break
        lw = m.group(0).lower()
        if (lw in c.function or lw in c.axis_single) and lw not in ("the", "a", "an"):
            break
        if lw in ("the", "a", "an"):
            if words:
                break
            end = m.end()
            continue
        if start is None:
            start = m.start()
        words.append(lw)
        end = m.end()
        if len(words) >= max_words:
            break
    if start is None:
        return pos, pos, []
    if len(words) > 1 and words[-1] in c.participles:  # "a stimulator fitted"
        words = words[:-1]
        end = start + text[start:end].lower().rfind(words[-1]) + len(words[-1])
    return start, end, words


def _intervention(sentence: str, window: tuple[int, int], c: _Compiled, figs: Sequence[FigureMention]) -> Optional[tuple[int, int]]:
    """Span of an intervention noun phrase introduced by a trigger word, nearest the window."""
    best = None
    claims = [f for f in figs if f.role == "claim" and not window[0] <= f.start < window[1]]
    for m in c.trigger.finditer(sentence):
        if any(f.start <= m.start() < f.end for f in figs):
            continue
        lo, hi = sorted((m.start(), (window[0] + window[1]) // 2))
        if not window[0] <= m.start() < window[1] and any(lo <= f.start < hi for f in claims):
            continue  # the trigger belongs to another figure's clause ("..., and 1.8% underwent revision")
        s, e, words = _phrase_after(sentence, m.end(), c)
        if not words or words[-1] not in c.heads or all(w in c.generic_interventions for w in words):
            continue
        if words[0] in ("failed", "failing", "unsuccessful"):
            continue  # "failed back surgery" is the condition, not the treatment
        dist = 0 if window[0] <= s <= window[1] else min(abs(s - window[0]), abs(s - window[1]))
        if best is None or dist < best[0]:
            best = (dist, m.start(), e, s)
    if best is None:
        return None
    if sentence[best[1]: best[1] + 7].lower() == "without":
        return best[1], best[2]  # keep "without" in the phrase
    return best[3], best[2]


def title_intervention(lines: Sequence[str], cues: ContextCues) -> tuple[Optional[str], tuple[str, ...]]:
    """The intervention a document's title is about ('... one year after primary total knee
    arthroplasty'), as (text, terms); titles like 'Carpal Tunnel Syndrome Treatment' name none."""
    c = _compiled(cues)
    for line in lines:
        span = _intervention(line, (0, len(line)), c, ()) or _subject_intervention(line, (0, len(line)), c)
        if span:
            words = [w.lower() for w in _WORD.findall(line[span[0]: span[1]])]
            if words and words[-1] not in c.generic_interventions:
                text = line[span[0]: span[1]]
                return text, intervention_terms(text, cues)
    return None, ()


def title_lines(text: str, limit: int = 600) -> list[str]:
    """The first lines of a document that read as a title (short, no final full stop)."""
    out = []
    for line in text[:limit].split("\n"):
        line = line.strip().lstrip("#").strip()
        if line and len(line) < 200 and not line.endswith("."):
            out.append(line)
    return out[:4]


def _premodifier_intervention(sentence: str, pop: tuple[int, int, bool], c: _Compiled) -> Optional[tuple[int, int]]:
    """An intervention named before the population noun: 'knee replacement patients'."""
    words = list(_WORD.finditer(sentence, pop[0], pop[1]))
    for i, w in enumerate(words):
        if w.group(0).lower() in c.pop_heads:
            mods = [m for m in words[:i] if m.group(0).lower() not in c.stop]
            if mods and mods[-1].group(0).lower() in c.heads:
                if all(m.group(0).lower() in c.generic_interventions for m in mods):
                    return None
                return mods[0].start(), mods[-1].end()
            return None
    return None


def _subject_intervention(sentence: str, window: tuple[int, int], c: _Compiled) -> Optional[tuple[int, int]]:
    """The clause's subject when it names an intervention ('Carpal tunnel release relieves ...')."""
    lead = re.match(r"[\s,\-\u2022*]*", sentence[window[0]:])
    s, e, words = _phrase_after(sentence, window[0] + (lead.end() if lead else 0), c)
    if words and words[0] in ("failed", "failing", "unsuccessful"):
        return None
    for i, w in enumerate(words):
        if w in c.heads and (i + 1 == len(words) or words[i + 1] not in c.heads):
            if all(x in c.generic_interventions for x in words[: i + 1]):
                return None
            # end of the first run of head words: "carpal tunnel release | relieves symptoms"
            end = s
            for m in list(_WORD.finditer(sentence, s))[: i + 1]:
                end = m.end()
            return s, end
    return None


def _heading_intervention(section: Optional[str], c: _Compiled) -> Optional[str]:
    if not section:
        return None
    s, e, words = _phrase_after(section, 0, c, max_words=6)
    if words and words[-1] in c.heads and not all(w in c.generic_interventions for w in words):
        return section[s:e].strip()
    return None


def _population(sentence: str, mention: FigureMention, window: tuple[int, int], c: _Compiled) -> Optional[tuple[int, int, bool]]:
    """(start, end, restricted) of the population the figure is about."""
    after = sentence[mention.end: window[1]]
    candidates = []
    m = re.match(r"\s*(?:of|among)\s+", after, re.I)
    if m:
        candidates.append(mention.end + m.end())
    for m in re.finditer(r"\b(?:in|among)\s+", sentence[window[0]: window[1]], re.I):
        candidates.append(window[0] + m.end())
    fronted = re.match(r"\s*(?:among|in|for)\s+(?=[^,]{3,60},)", sentence, re.I)
    if fronted and sentence.find(",", fronted.end()) < mention.start and not window[0] <= fronted.end() < window[1]:
        candidates.append(fronted.end())  # "Among immunocompromised adults, effectiveness was 64.9%"
    if mention.unit == "count":
        candidates.insert(0, mention.end)
    else:
        candidates.append(mention.end)  # "most patients with ...", "1 in 5 adults"
    for pos in candidates:
        if mention.start <= pos < mention.end:
            continue
        words = list(_WORD.finditer(sentence, pos, window[1]))
        head_i = None
        for i, w in enumerate(words[:5]):
            lw = w.group(0).lower()
            if lw in c.pop_heads:
                head_i = i
                break
            if lw in ("the", "these", "those", "all", "our", "their"):
                continue
            if lw in c.stop:
                break
        if head_i is None:
            continue
        start = words[0].start() if words[0].group(0).lower() not in ("the", "these", "those", "all", "our", "their") else words[min(1, head_i)].start()
        end = words[head_i].end()
        restricted = head_i > 0 and any(
            words[j].group(0).lower() not in c.stop for j in range(head_i) if words[j].start() >= start
        )
        # a restrictive modifier after the head: "patients with radicular pain", "who underwent ..."
        if head_i + 1 < len(words):
            nxt = words[head_i + 1]
            gap = sentence[words[head_i].end(): nxt.start()]
            if not gap.strip() and nxt.group(0).lower() in c.restrictors:
                restricted = True
                s2, e2, tail = _phrase_after(sentence, nxt.end(), c, max_words=7)
                if not tail and nxt.group(0).lower() in ("who", "that"):
                    # "who undergo spine surgery": skip the verb
                    verb = list(_WORD.finditer(sentence, nxt.end(), window[1]))
                    if verb:
                        s2, e2, tail = _phrase_after(sentence, verb[0].end(), c, max_words=7)
                        if not tail:
                            e2 = verb[0].end()
                end = max(end, e2 if tail or e2 > end else end)
        return start, min(end, window[1]), restricted
    return None


def _prevalence_subject(sentence: str, mention: FigureMention, window: tuple[int, int], c: _Compiled) -> Optional[tuple[int, int]]:
    """What the figure is the frequency of, when it follows a prevalence verb: that verb's subject ("Endometriosis
    affects about 1 in 10 women", "Gestational diabetes complicates 5% of pregnancies"), its last word when that is a
    pronoun ("In the UK it has been estimated to complicate about 5% ...": "it", which the page's condition resolves).
    The subject runs back from the verb over content words and the function words that join a name ("pain after
    surgery"), at most seven words; None without a prevalence verb right before the figure or a subject."""
    chain = c.prevalence_chain.search(sentence, window[0], mention.start)
    if chain is None:
        return None
    words = list(_WORD.finditer(sentence, window[0], chain.start()))
    if not words or sentence[words[-1].end() : chain.start()].strip():
        return None  # punctuation between the subject and its verb
    if words[-1].group(0).lower() in ("it", "this", "they"):
        return words[-1].span()
    taken: list = []
    for w in reversed(words):
        lw = w.group(0).lower()
        if lw in c.function and lw not in c.subject_connectors or len(taken) >= 7:
            break
        gap = sentence[w.end() : taken[-1].start()] if taken else ""
        if gap.strip() and gap.strip() not in ("-", "/"):
            break
        taken.append(w)
    while taken and taken[-1].group(0).lower() in c.function:  # no leading "the", "of"
        taken.pop()
    while taken and taken[0].group(0).lower() in c.function:  # no trailing one either
        taken.pop(0)
    if not taken:
        return None
    return taken[-1].start(), taken[0].end()


def _time_frame(text: str, offset: int, c: _Compiled) -> list[tuple[int, int]]:
    spans = []
    for r in c.time_res:
        for m in r.finditer(text):
            s, e = offset + m.start(), offset + m.end()
            if not any(s < e2 and s2 < e for s2, e2 in spans):
                spans.append((s, e))
    return sorted(spans)


_NEGATION = re.compile(
    r"\b(?:no|not|without|never|failed\s+to|fail\s+to|unable\s+to|didn't|did\s+not|does\s+not|do\s+not|"
    r"don't|doesn't|won't|cannot|can't|has\s+not|have\s+not|hasn't|haven't)\s+(?:\S+\s+){0,3}$",
    re.I,
)


def _axis(
    sentence: str, mention: FigureMention, window: tuple[int, int], c: _Compiled
) -> tuple[Optional[str], Optional[str], Optional[tuple[int, int]]]:
    """(axis, polarity, span of the cue) from the outcome words of the window: the axis of
    highest priority wins ("remain dissatisfied" is about satisfaction), then the nearest cue,
    after the figure before before it."""
    best = None
    for lo, hi, after in ((mention.end, window[1], True), (window[0], mention.start, False)):
        seg = sentence[lo:hi]
        blocked = [m.span() for m in c.axis_exceptions.finditer(seg)]
        for m in c.axis_re.finditer(seg):
            if any(s <= m.start() < e for s, e in blocked):
                continue
            name, pol = c.axis_lookup[" ".join(m.group(0).lower().split())]
            distance = m.start() if after else len(seg) - m.end()
            rank = (-c.axis_priority.get(name, 1), 0 if after else 1, distance)
            if best is None or rank < best[0]:
                if pol == "positive" and c.cues.outcome_axes[name].negative and _NEGATION.search(seg[: m.start()]):
                    pol = "negative"
                best = (rank, name, pol, (lo + m.start(), lo + m.end()))
    if best is None:
        return None, None, None
    return best[1], best[2], best[3]


def _trim(text: str, c: _Compiled) -> str:
    words = list(_WORD.finditer(text))
    keep = [w for w in words if w.group(0).lower() not in c.stop]
    if not keep:
        return ""
    return " ".join(text[keep[0].start(): keep[-1].end()].split()).strip(" ,;:-")


def describe(
    sentence: str,
    mention: FigureMention,
    mentions: Sequence[FigureMention],
    cues: ContextCues,
    section: Optional[str] = None,
    topic: Sequence[str] = (),
) -> FigureContext:
    """Outcome, population, intervention, time frame and polarity of ``mention`` in ``sentence``.

    ``section`` is the heading the sentence stands under: it names the intervention of an
    outcome figure whose sentence does not ("This method can provide up to 80% relief" under
    "Neuromodulation"). ``topic`` holds the document's topic terms, which say nothing about
    which measure a figure is of on that page ("people with migraine" on a migraine page).
    """
    c = _compiled(cues)
    sentence = sentence.replace("\u2019", "'")  # same length: offsets hold
    window = _clause(sentence, mention, mentions, cues)
    narrow = _outcome_window(sentence, mention, mentions, window, cues)
    # a threshold belongs to the figures whose outcome it is part of ("52.4% were responders and
    # 24.1% achieved a reduction of 75% or more": the 75% is the 24.1%'s)
    claims = [m for m in mentions if m.role == "claim" and m is not mention]
    thresholds = [
        t for t in mentions
        if t.role == "threshold" and window[0] <= t.start < window[1]
        and not any(min(t.start, mention.start) < o.start < max(t.start, mention.start) for o in claims)
    ]
    threshold = thresholds[0].surface if thresholds and mention.role == "claim" else None
    threshold_key = _threshold_key(thresholds[0]) if threshold else None

    axis, polarity, cue = (None, None, None)
    if mention.unit != "count":
        # a threshold's own words ("less than 50% pain relief") do not set the figure's axis
        blank = sentence
        for t in thresholds:
            tail = re.match(r"[\s\w\-]{0,25}", sentence[t.end:])
            stop = t.end + (tail.end() if tail else 0)
            blank = blank[: t.start] + " " * (stop - t.start) + blank[stop:]
        for text, span in ((blank, narrow), (blank, window), (sentence, narrow), (sentence, window)):
            axis, polarity, cue = _axis(text, mention, span, c)
            if axis is not None:
                break  # a threshold's words count only when nothing else says which way

    interv = _intervention(sentence, window, c, mentions) or _subject_intervention(sentence, window, c)
    comma = sentence.find(", ", window[0], mention.start)
    if interv is None and comma > 0:  # "At the 12-month visit, stimulation has failed ..."
        interv = _subject_intervention(sentence, (comma + 2, window[1]), c)
    joined = re.search(r",?\s*\b(?:but|and|while|whereas|although|though|yet)\s*$", sentence[: window[0]], re.I)
    if interv is None and joined:
        # "Shockwave therapy helps some stubborn cases, but trials put success at roughly 6 in 10":
        # a clause joined to the sentence's first speaks of the intervention that one names
        interv = _subject_intervention(sentence, (0, joined.start()), c)
    intervention_text = sentence[interv[0]: interv[1]] if interv else None
    anaphor = c.anaphor.search(sentence, window[0], window[1])

    pop = _population(sentence, mention, window, c)
    population_text = sentence[pop[0]: pop[1]] if pop else None
    if interv is None and intervention_text is None and pop:
        interv = _premodifier_intervention(sentence, pop, c)  # "spinal cord stimulation patients"
        intervention_text = sentence[interv[0]: interv[1]] if interv else None
    if intervention_text is None and (anaphor or axis):
        intervention_text = _heading_intervention(section, c)
    times = _time_frame(sentence[window[0]: window[1]], window[0], c)
    time_text = "; ".join(sentence[s:e] for s, e in times) or None

    masked = [(f.start, f.end) for f in mentions if f.role == "claim"] + times
    masked += [x for x in (pop[:2] if pop else None, interv, anaphor.span() if anaphor else None) if x]
    outcome_text = _masked_text(sentence, window, masked, c)
    if mention.unit == "count" and mention.noun and (not outcome_text or mention.noun not in outcome_text.lower()):
        outcome_text = " ".join(x for x in (mention.noun, outcome_text) if x)

    interv_terms = intervention_terms(intervention_text, cues)
    skip = set(interv_terms) | set(topic)
    axis_stems = c.axis_stems[axis] if axis else set()
    near = _around(sentence, cue, narrow) if cue else narrow
    outcome_source = _masked_text(sentence, near, masked + [(t.start, t.end) for t in thresholds], c)
    subject = _prevalence_subject(sentence, mention, window, c) if axis is None and interv is None else None
    if subject is not None:  # "Endometriosis affects about 1 in 10 women": how common endometriosis is
        outcome_text = outcome_source = sentence[subject[0] : subject[1]]
    generic = c.generic_pop_stems
    outcome_terms = tuple(
        t for t in terms(outcome_source or "", cues) if t not in skip | axis_stems | generic and len(t) > 2
    )
    population_terms = _population_terms(
        " ".join(x for x in (population_text, _geography(sentence, window)) if x), cues, skip | generic
    ) + _unit_of_analysis(sentence, mention, cues)
    return FigureContext(
        outcome=outcome_text,
        population=" ".join(population_text.split()) if population_text else None,
        intervention=" ".join(intervention_text.split()) if intervention_text else None,
        time_frame=time_text,
        polarity=polarity,
        axis=axis,
        threshold=threshold,
        threshold_key=threshold_key,
        population_restricted=bool(pop and pop[2]),
        outcome_terms=outcome_terms,
        population_terms=population_terms,
        intervention_terms=interv_terms,
    )


def _geography(sentence: str, window: tuple[int, int]) -> str:
    """Place words of the clause ('in the U.S.', 'worldwide'), which restrict a population."""
    m = re.findall(r"\b(?:in|across|throughout)\s+(?:the\s+)?(U\.S\.?|US|USA|United States|UK|United Kingdom|Europe|Canada|Australia|America)\b|\b(worldwide|globally|nationwide)\b",
                   sentence[window[0]: window[1]])
    return " ".join(a or b for a, b in m).replace("United States", "usa").replace("United Kingdom", "uk")


_UNIT_OF = re.compile(r"\s+(?:of|in)\s+(?:all\s+|the\s+|their\s+)?(?:[a-z-]+\s+)?(?P<unit>[a-z]+)\b", re.IGNORECASE)


def _unit_of_analysis(sentence: str, mention: FigureMention, cues: ContextCues) -> tuple[str, ...]:
    """'per:<stem>' when the figure is a share of events or body parts, not of people: "in about
    60% of attacks", "8% of operated knees" (``event_units``); a share of people has none."""
    m = _UNIT_OF.match(sentence, mention.end)
    if m is None or m.group("unit").lower() not in cues.event_units:
        return ()
    return tuple(sorted("per:" + t for t in stem(m.group("unit"), cues)))


def _population_terms(text: str, cues: ContextCues, skip: set[str]) -> tuple[str, ...]:
    """Population stems; place words become 'geo:<place>'."""
    out = set()
    for w in _WORD.findall(text or ""):
        lw = w.lower().rstrip(".")
        if lw in cues.geographic_terms or lw + "." in cues.geographic_terms:
            out.add("geo:" + cues.geographic_terms.get(lw, cues.geographic_terms.get(lw + ".", lw)))
            continue
        for t in terms(w, cues, drop=frozenset(cues.generic_population)):
            if t not in skip:
                out.add(t)
    return tuple(sorted(out))


def _around(sentence: str, cue: tuple[int, int], window: tuple[int, int], words: int = 3) -> tuple[int, int]:
    """The cue's span widened by ``words`` words each side, within the window: the terms that
    say what the relief, failure or satisfaction is of."""
    before = list(_WORD.finditer(sentence, window[0], cue[0]))[-words:]
    after = list(_WORD.finditer(sentence, cue[1], window[1]))[:words]
    lo = before[0].start() if before else cue[0]
    hi = after[-1].end() if after else cue[1]
    return lo, hi


def _threshold_key(m: FigureMention) -> str:
    """A threshold as a comparable key: '>=0.5' for 'at least 50%', 'more than half', 'a 50%
    reduction' (a stated threshold is a minimum unless it says 'up to' / 'less than')."""
    value = m.point if m.point is not None else m.lower
    direction = "<=" if m.qualifier in ("up_to", "less_than") else ">="
    return f"{direction}{value:g}"


def _masked_text(sentence: str, window: tuple[int, int], masked: list[tuple[int, int]], c: _Compiled) -> str:
    """The window's text with the masked spans blanked, trimmed of stopwords at both ends."""
    chars = list(sentence[window[0]: window[1]])
    for s, e in masked:
        for i in range(max(s, window[0]), min(e, window[1])):
            chars[i - window[0]] = " "
    return _trim("".join(chars), c)


def intervention_terms(text: Optional[str], cues: ContextCues) -> tuple[str, ...]:
    """Stems of an intervention, with its hypernym ('carpal tunnel release' is a surgery)."""
    if not text:
        return ()
    found = set(terms(text, cues))
    if text.lower().startswith("without"):
        found.add("without")  # "without an operation" is the opposite of the operation
    for w in _WORD.findall(text):
        h = cues.intervention_hypernyms.get(w.lower())
        if h:
            found.update(stem(h, cues))
    return tuple(sorted(found))


#: The last documents' topic terms, (text, cues, k, terms): the figure and claim components
#: both ask for those of the document they read.
_TOPICS: list[tuple[str, ContextCues, int, tuple[str, ...]]] = []


def topic_terms(text: str, cues: ContextCues, k: int = 8) -> tuple[str, ...]:
    """The ``k`` most frequent specific stems of a document: what it is about.

    Generic words of clinic and journal prose (``generic_topic_words``) and stopwords do not
    count, so two pages about knee osteoarthritis share terms that a page about migraine
    does not. The terms of the last two texts are remembered.
    """
    for seen, seen_cues, seen_k, found in _TOPICS:
        if seen_cues is cues and seen_k == k and seen == text:
            return found
    found = _topic_terms(text, cues, k)
    _TOPICS.append((text, cues, k, found))
    del _TOPICS[:-2]
    return found


def _topic_terms(text: str, cues: ContextCues, k: int) -> tuple[str, ...]:
    from collections import Counter

    c = _compiled(cues)
    generic = set(cues.generic_topic_words)
    counts: Counter[str] = Counter()
    for w in _WORD.findall(text):
        lw = w.lower()
        if lw in c.stop or lw in generic or len(lw) < 4:
            continue
        for s in stem(lw, cues):
            if s not in generic and len(s) >= 3:
                counts[s] += 1
    return tuple(sorted(t for t, _ in counts.most_common(k)))


def time_terms(time_frame: Optional[str], cues: ContextCues) -> tuple[str, ...]:
    """Normalized time frame: ('per-year',) for rates ('each year', 'annually'); ('1', 'year')
    for follow-up ('a year after surgery', 'at 12 months' is ('12', 'month')); ('long-term',)."""
    if not time_frame:
        return ()
    text = time_frame.lower()
    if re.search(r"\b(?:each|every|per)\s+year\b|\bannually\b|\byearly\b|per annum", text):
        return ("per-year",)
    m = re.search(r"(\d+(?:\.\d+)?|[a-z\-]+)[\s\-]+(day|week|month|year)s?\b", text)
    if m:
        n = m.group(1)
        n = n if n[0].isdigit() else str(cues.number_words_time.get(n, n))
        return (n, m.group(2))
    m = re.search(r"long[\s\-]term|short[\s\-]term|lifetime", text)
    if m:
        return (m.group(0).replace(" ", "-"),)
    m = re.search(r"(?:first|next|few|several|couple\s+of)\s+(day|week|month|year)s", text)
    return ("few", m.group(1)) if m else ()
