"""Argument phrases without a parser: where a claim's cause, symptom or treatment begins and ends.

The pipeline runs on ``spacy.blank("en")`` (no tagger, no parser), so arguments are delimited
the way a careful reader skims: from the relation's cue outwards to the nearest clause
boundary (punctuation, a relative pronoun, a conjunction, an auxiliary verb), then trimmed of
determiners and hedges at the edges (and, read rightwards, of a trailing dose or duration). Lists
("A, B, and C", "A; B; C", "such as A and B") are split into items with their own offsets; two
modifiers of one head joined by "or"/"and" ("weak or absent reflexes") make one item. Everything
here is a pure function over a sentence string; offsets are relative to that string.
"""

from __future__ import annotations

from typing import Callable, Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.claims.cues import RelationCues, alternation, per_cue_set
from extract.lexicon import is_modifier, is_noun, is_participle

Span = tuple[int, int]
#: Tells whether a phrase names a known concept (the linker's exact table); used to decide
#: whether "surgery and medication" is two items or one ("dull and achy pain").
Known = Callable[[str], bool]

_WORD = re.compile(r"\d+(?:[.,]\d+)+%?|[A-Za-z0-9\u00C0-\u024F][\w'\u2019\-/+]*|[^\w\s]")
_PUNCT_STOP = set(",;:.!?()[]{}\u2022|\u2013\u2014\"\u201c\u201d")


def words(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """Word and punctuation token spans of ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    if start < 0 or end < 0:  # slice offsets from the end
        return [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    return [m.span() for m in _WORD.finditer(text, start, end)]  # no anchors or look-arounds: the slice's matches


@per_cue_set
def _boundary_res(cues: RelationCues) -> tuple[re.Pattern[str], re.Pattern[str]]:
    right = sorted(set(cues.right_boundaries) | set(cues.instead_of), key=lambda p: (-len(p), p))
    left = sorted(set(cues.left_boundaries) | set(cues.list_verbs), key=lambda p: (-len(p), p))
    return (
        re.compile(r"(?:" + alternation(right) + r")(?![\w-])", re.IGNORECASE),
        re.compile(r"(?<![\w-])(?:" + alternation(left) + r")$", re.IGNORECASE),
    )


def trim(text: str, span: Span, cues: RelationCues, measure: bool = False) -> Optional[Span]:
    """``span`` without leading determiners/hedges, trailing function words and punctuation; with ``measure``, without
    a trailing dose or duration too (an argument read rightwards from its cue: "treated with naproxen 500 mg twice
    daily"; a subject keeps its own: "Aspirin 75 mg daily is recommended")."""
    toks = words(text, *span)
    lead, trail = cues.lower_sets["leading_words"], cues.lower_sets["trailing_words"]
    while toks and (text[toks[0][0] : toks[0][1]].lower() in lead or text[toks[0][0]] in _PUNCT_STOP):
        toks.pop(0)
    _trim_right(text, toks, trail)
    if measure:
        cut = _without_measure(text, toks, cues)
        if cut is not toks and text[cut[-1][0] : cut[-1][1]].lower() not in trail:
            toks = cut  # "Leave it on for 8 hours": a cut that would leave a function word at the end keeps its measure
            _trim_right(text, toks, trail)
    if not toks:
        return None
    s, e = toks[0][0], toks[-1][1]
    if not any(ch.isalpha() for ch in text[s:e]):
        return None
    return s, e


def _trim_right(text: str, toks: list[tuple[int, int]], trail: frozenset[str]) -> None:
    """Pop trailing function words and punctuation off ``toks``."""
    while toks and (text[toks[-1][0] : toks[-1][1]].lower() in trail or text[toks[-1][0]] in _PUNCT_STOP):
        toks.pop()


def _without_measure(text: str, toks: list[tuple[int, int]], cues: RelationCues) -> list[tuple[int, int]]:
    """``toks`` without a trailing dose or duration: "naproxen 500 mg twice daily" -> "naproxen", "Ice the heel for
    10 to 15 minutes" -> "Ice the heel". A dose cuts after any word; a duration only after its preposition ("for",
    "over"), so "pain lasting 3 months" and "more than 3 months" keep theirs."""
    sets = cues.lower_sets
    dose, duration, joins, numbers = sets["dose_units"], sets["duration_units"], sets["measure_words"], sets["number_words"]
    i = len(toks)
    has_number = has_dose = has_duration = False
    while i > 1:
        w = text[toks[i - 1][0] : toks[i - 1][1]].lower()
        number = w[0].isdigit() or w in numbers
        if not (number or w in dose or w in duration or w in joins):
            break
        has_number |= number
        has_dose |= w in dose
        has_duration |= w in duration
        i -= 1
    if not has_number or not (has_dose or has_duration):
        return toks
    if text[toks[i - 1][0] : toks[i - 1][1]].lower() in sets["measure_leads"]:
        i -= 1  # "for a few weeks": the preposition goes with its duration
    elif not has_dose:
        return toks
    kept = toks[:i]
    return kept if any(text[a].isalpha() for a, _ in kept) else toks


def right_phrase(text: str, pos: int, cues: RelationCues, limit: Optional[int] = None, stop: int = -1) -> Optional[Span]:
    """The argument that starts at ``pos`` and runs right to the nearest clause boundary."""
    limit = limit or cues.max_argument_words
    stop = len(text) if stop < 0 else stop
    right, _ = _boundary_res(cues)
    lead = cues.lower_sets["leading_words"]
    toks = words(text, pos, stop)
    taken: list[tuple[int, int]] = []
    content = False
    for s, e in toks:
        w = text[s:e]
        if w in _PUNCT_STOP and not (w in "()" and not content):
            break
        if content and right.match(text, s):
            break
        taken.append((s, e))
        if w.lower() not in lead:
            content = True
        if sum(1 for a, b in taken if text[a].isalnum()) >= limit:
            break
    if not taken:
        return None
    return trim(text, (taken[0][0], taken[-1][1]), cues, measure=True)


#: reflexive intensifiers between a subject and its verb ("X can itself cause Y"), and the modals before them
_REFLEXIVES = frozenset({"itself", "themselves"})
_REFLEXIVE_MODALS = frozenset({"can", "may", "might", "could", "will", "would", "also", "often", "usually", "sometimes", "in", "by"})


def left_phrase(text: str, pos: int, cues: RelationCues, limit: Optional[int] = None, start: int = 0) -> Optional[Span]:
    """The argument that ends at ``pos`` and runs left to the nearest clause boundary.

    "scar formation, which can surround the nerve roots and give rise to ...": a relative
    pronoun right before the verb (or an "and" joining a second predicate) sends the search
    to the antecedent before the comma.
    """
    limit = limit or cues.max_argument_words
    _, left = _boundary_res(cues)
    clause = cues.lower_sets["clause_words"]
    toks = words(text, start, pos)
    # a second predicate: "X, which can A and give rise to Y" -> skip back over "can A and"
    if toks and text[toks[-1][0] : toks[-1][1]].lower() in {"and", "or"}:
        j = len(toks) - 2
        while j >= 0 and text[toks[j][0] : toks[j][1]].lower() not in clause and text[toks[j][0]] not in _PUNCT_STOP:
            j -= 1
        if j >= 0 and text[toks[j][0] : toks[j][1]].lower() in clause:
            while j >= 0 and text[toks[j][0] : toks[j][1]].lower() in clause:
                j -= 1
            toks = toks[: j + 1]
    taken: list[tuple[int, int]] = []
    reflexive = False
    for s, e in reversed(toks):
        w = text[s:e]
        lw = w.lower()
        if not taken and (lw in _REFLEXIVES or reflexive and lw in _REFLEXIVE_MODALS):
            # "Taking painkillers too often can itself cause headaches": the intensifier stands for the subject before it
            reflexive = True
            continue
        if w in _PUNCT_STOP:
            if w == ")" or (w == "(" and taken):
                taken.insert(0, (s, e))
                continue
            if w in _QUOTES and not taken:
                continue  # '"Central sensitization" leads to': the quoted phrase is the argument
            break
        if lw in clause or left.search(text[max(0, s - 25) : e]):
            before = text[:s].rstrip()
            if lw in {"which", "that", "who"} and not taken:
                # relative pronoun right before the verb: its antecedent is before the comma
                if before.endswith(","):
                    return left_phrase(text, len(before) - 1, cues, limit, start)
                if before and before[-1].isalnum():
                    # "a chronic disease that causes ...": the antecedent right before the pronoun
                    return left_phrase(text, len(before), cues, limit, start)
            elif lw in {"which", "who"} and taken and before and before[-1].isalnum():
                # "The ligaments which hold the vertebrae ... may have been the cause": the subject
                # is the antecedent, unless it names no one in particular ("patients who smoke")
                antecedent = left_phrase(text, len(before), cues, limit, start)
                if antecedent is not None and not _generic_head(text[antecedent[0] : antecedent[1]], cues):
                    return antecedent
            break
        taken.insert(0, (s, e))
        if sum(1 for a, b in taken if text[a].isalnum()) >= limit:
            break
    if not taken:
        return None
    return trim(text, (taken[0][0], taken[-1][1]), cues)


_QUOTES = set("\"\u201c\u201d")


def _generic_head(phrase: str, cues: RelationCues) -> bool:
    """Whether a phrase names people or things in general ("patients", "people", "those")."""
    ws = re.findall(r"[a-z]+", phrase.lower())
    return not ws or ws[-1] in cues.lower_sets["generic_arguments"] or " ".join(ws) in cues.lower_sets["pronouns"]


def _adjective(word: str, cues: RelationCues) -> bool:
    """Whether a word reads as an adjective by its ending ("spinal", "pelvic", "degenerative")."""
    w = word.lower()
    return len(w) > 4 and w.isalpha() and w.endswith(tuple(cues.adjective_suffixes))


#: A place after a finding ("pain in the thumb", "on one side of the head").
PLACE = re.compile(r"\s(?:in|on|around|at|of|down|across)\s+(?:the|your|one|both|his|her|their|a|an)\s", re.IGNORECASE)
_SEP = re.compile(r"\s*(?:;|,|\u2022)\s*|\s+(?:and/or|as well as|along with)\s+|\s+(?:usually|often|sometimes|typically|commonly|frequently|occasionally)\s+with\s+|,?\s+such as\s+|,?\s+e\.g\.,?\s+|,?\s+including\s+", re.IGNORECASE)
_CONJ = re.compile(r"\s+(?:and|or|&)\s+", re.IGNORECASE)


#: a comma piece that opens a new run of items after a first item ("pain over the joint, together with a bump and redness")
_NEW_RUN = re.compile(r"\s*(?:together\s+with|along\s+with|as\s+well\s+as)\s+", re.IGNORECASE)


def split_items(text: str, span: Span, cues: RelationCues, known: Optional[Known] = None) -> list[Span]:
    """Split a list ("A, B, and C"; "A; B; C"; "A such as B and C") into item spans.

    Commas and semicolons always separate; the last "and"/"or" separates when the list has
    commas, or when both sides are known concepts or several words long (so "dull and achy
    pain" and "back or leg pain" stay whole while "physical therapy and medication" splits).
    Each item is cut at its own clause boundary ("pain that radiates ..." -> "pain").
    """
    start, end = span
    pieces: list[Span] = []
    pos = start
    for m in _SEP.finditer(text, start, end):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    has_commas = len([p for p in pieces if text[p[0] : p[1]].strip()]) > 1
    out: list[Span] = []
    last = max((i for i, p in enumerate(pieces) if text[p[0] : p[1]].strip()), default=0)
    # "tingling, numbness and pain in the thumb, index and middle fingers": the list ends with
    # the first item that has a place; its "and" is the list's own
    located = [i for i, p in enumerate(pieces) if PLACE.search(text[p[0] : p[1]] + " ")]
    if located:
        last = min(last, located[0])
    for i, (s, e) in enumerate(pieces):
        run = _NEW_RUN.match(text, s, e)
        if run and i:
            s = run.end()  # ", together with stiffness and swelling": a new run of items, its "and" its own
        # only the last piece of a comma list holds the list's own "and"; in the others an
        # "or"/"and" joins modifiers of one head ("recurrent or new disc herniation")
        parts = _split_conj(text, (s, e), cues, known, has_commas and (i == last or bool(run and i)))
        out.extend(parts)
    items = []
    for s, e in out:
        item = right_phrase(text, s, cues, cues.max_item_words, stop=e)
        if item:
            items.append(item)
    return items


def _adjectival(word: str) -> bool:
    """Whether a word can read as an adjective ("swollen", "red", "raised", "fluid-filled"): a modifier or a verb's
    past form in the lexicon, or a compound whose last part is one."""
    w = word.strip(",;").lower()
    last = w.rsplit("-", 1)[-1]
    return bool(last) and (is_modifier(w) or is_participle(w) or "-" in w and (is_modifier(last) or is_participle(last)))


def _modified_noun(phrase: str, cues: RelationCues) -> bool:
    """Whether a phrase is adjectives before a noun and nothing else ("red tonsils", "fluid-filled blisters", "interrupted
    flow of urine" up to its preposition), the second half of two modifiers of one head."""
    preps = cues.lower_sets["prepositions"]
    ws: list[str] = []
    for w in phrase.split():
        w = w.strip(",;.").lower()
        if ws and w in preps:
            break
        if ws or w not in cues.lower_sets["leading_words"]:
            ws.append(w)
    if not 2 <= len(ws) <= 4 or not all(_adjectival(w) for w in ws[:-1]):
        return False
    head = ws[-1]
    return head.replace("-", "").isalpha() and (is_noun(head) or is_noun(head[:-1]) or not _adjectival(head))


def _lone_modifier(phrase: str, cues: RelationCues) -> bool:
    """Whether a phrase is one adjective after its determiners ("a weak", "swollen", "larger"); after a determiner,
    a word that can be a noun is one ("a rash or puffy eyelids": two items)."""
    ws = [w.lower() for w in phrase.split()]
    determined = False
    while len(ws) > 1 and ws[0] in cues.lower_sets["leading_words"]:
        ws.pop(0)
        determined = True
    return (len(ws) == 1 and _adjectival(ws[0]) and ws[0] not in cues.lower_sets["leading_words"]
            and not (determined and is_noun(ws[0])))


def _plural_before_phrase(left: str, right: str, cues: RelationCues) -> bool:
    """"gallstones and heavy alcohol use", "infections and some medicines": a plural noun on its own modifies no head
    shared with the phrase after it, so the two are two items (unlike "back and leg pain", "dull and achy pain")."""
    ws = left.split()
    if len(ws) != 1 or len(right.split()) < 2 or re.match(r"(?:never|not|no\s+longer|always|often|also)(?![\w-])", right, re.I):
        return False  # "have gallstones and never know it": a clause after the conjunction, not an item
    if plural_noun(ws[0]):
        return True
    # "diabetes and high blood pressure", "stress and poor sleep": a noun that modifies nothing, then a phrase that opens
    # with its own adjective, so no head is shared (unlike "neck and shoulder pain")
    first = re.match(r"[A-Za-z-]+", right.strip())
    word = first.group(0).lower() if first else ""
    return (is_noun(ws[0]) and not is_modifier(ws[0]) and first is not None and is_modifier(word)
            and word not in _NOT_OWN_ADJECTIVES and word not in cues.lower_sets["prepositions"]
            and word not in cues.lower_sets["body_sites"] and not word.endswith("ly"))


#: words after "and" that open no adjective of the phrase's own ("tenderness and sometimes swelling")
_NOT_OWN_ADJECTIVES = frozenset({"and", "or", "the", "a", "an", "sometimes", "often", "usually", "also", "then", "later", "even",
                                 "especially", "particularly", "occasionally", "rarely", "more", "less", "most", "much", "very"})


def plural_noun(word: str) -> bool:
    """Whether a word is the plural of a noun and no modifier ("gallstones", "injuries", "hikers"; not "diabetes",
    "back", "serious")."""
    w = word.lower()
    singular = w[:-3] + "y" if w.endswith("ies") else w[:-1]
    return (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3 and is_noun(singular)
            and not is_modifier(w))


def _split_conj(text: str, span: Span, cues: RelationCues, known: Optional[Known], has_commas: bool) -> list[Span]:
    s, e = span
    conj = list(_CONJ.finditer(text, s, e))
    if not conj:
        return [span]
    m = conj[0] if len(conj) == 1 else conj[-1]
    left, right = (s, m.start()), (m.end(), e)
    ltxt, rtxt = text[slice(*left)].strip(), text[slice(*right)].strip()
    if not ltxt or not rtxt:
        return [span]
    if has_commas and m.start() == s:
        return [right]
    if (len(rtxt.split()) >= 2 and (_adjective(ltxt.split()[-1], cues) and _adjective(rtxt.split()[0], cues)
                                    or len(conj) == 1 and _lone_modifier(ltxt, cues) and _modified_noun(rtxt, cues)
                                    and not is_noun(ltxt.split()[-1]))
            and not (known is not None and known(ltxt))):
        return [span]  # "spinal or pelvic ligament instability": two modifiers of one item
    both_known = known is not None and known(ltxt) and known(_head_words(rtxt, cues))
    # two phrases of two words or more are two items ("injured ligaments and tendon attachments")
    both_long = len(ltxt.split()) >= 2 and len(_head_words(rtxt, cues).split()) >= 2
    # a finding of two words or more is whole before "and" ("joint aches and headaches"): the head is its own
    # ("chest pain or pressure": the "or" of one finding's second head stays one)
    finding_first = (len(ltxt.split()) >= 2 and ltxt.split()[-1].lower() in cues.lower_sets["symptom_finding_nouns"]
                     and re.search(r"(?<![\w-])and(?![\w-])", m.group(), re.IGNORECASE) is not None)
    if has_commas or both_known or both_long or finding_first or _plural_before_phrase(ltxt, rtxt, cues):
        if len(conj) > 1:
            return _split_conj(text, left, cues, known, has_commas) + [right]
        return [left, right]
    return [span]


def _head_words(text: str, cues: RelationCues) -> str:
    """The first words of a phrase up to a boundary (for the known-concept test)."""
    span = right_phrase(text, 0, cues)
    return text[span[0] : span[1]] if span else text


def is_clause(text: str, cues: RelationCues) -> bool:
    """Whether a list item reads as a clause (has a finite verb or a pronoun subject) rather than a name."""
    toks = [w.lower() for w in re.findall(r"[\w'\u2019]+", text)]
    return any(t in cues.lower_sets["clause_words"] for t in toks)
