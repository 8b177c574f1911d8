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


#: a pronoun with its verb contracted onto it ("it's", "they're", "that's")
_CONTRACTED_VERB = re.compile(r"(?P<pronoun>[A-Za-z]+)['\u2019](?:s|re)")


def trim(text: str, span: Span, cues: RelationCues, measure: bool = False) -> Optional[Span]:
    """``span`` without leading determiners/hedges, trailing function words and punctuation; with ``measure``, without
    a trailing dose or duration too (an argument read rightwards from its cue: "treated with naproxen 500 mg twice
    daily"; a subject keeps its own: "Aspirin 75 mg daily is recommended")."""
    toks = words(text, *span)
    lead, trail = cues.lower_sets["leading_words"], cues.lower_sets["trailing_words"]
    while toks and (text[toks[0][0] : toks[0][1]].lower() in lead or text[toks[0][0]] in _PUNCT_STOP):
        toks.pop(0)
    _trim_right(text, toks, trail)
    contracted = _CONTRACTED_VERB.fullmatch(text, *toks[0]) if len(toks) == 1 else None
    if contracted and contracted.group("pronoun").lower() in cues.lower_sets["pronouns"]:
        toks[-1] = (toks[-1][0], contracted.end("pronoun"))  # "It's thought to be linked to ...": it, without its verb
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
    aside = _RELATIVE_ASIDE.search(text, start, pos)
    if aside and aside.start() > start:
        # "Calcium channel blockers and nitrates, which relax the sphincter, may make reflux worse": a relative clause set
        # between commas before the verb; the argument is its antecedent
        return left_phrase(text, aside.start(), cues, limit, start)
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

#: a relative clause between commas that ends right before the verb whose argument is sought ("X, which relax Y, may")
_RELATIVE_ASIDE = re.compile(r"(?<=[\w)]),\s+(?:which|who)\s+[^,;:.()]{2,100}?,\s*$", re.IGNORECASE)


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
    runs = _modifier_runs(text, pieces, cues)
    skip_to = -1
    for i, (s, e) in enumerate(pieces):
        if i <= skip_to:
            continue
        if i in runs:
            # "a sharp, burning or shooting pain", "a raised, spotty rash": comma-separated modifiers of one head
            # are one finding, not a lone adjective per comma
            j, list_and, degree = runs[i]
            f = pieces[i + 1] if degree else pieces[i]
            first = right_phrase(text, f[0], cues, stop=f[1])
            # "a deep, widespread ache and poor sleep": an "and" right after the head is the list's own
            parts = _split_conj(text, pieces[j], cues, known, True) if list_and else [pieces[j]]
            tail = right_phrase(text, parts[0][0], cues, cues.max_item_words, stop=parts[0][1]) if parts else None
            if first and tail:
                out.append((first[0], tail[1]))
                out.extend(parts[1:])
                skip_to = j
                continue
        run = _NEW_RUN.match(text, s, e)
        if run and i:
            s = run.end()  # ", together with stiffness and swelling": a new run of items, its "and" its own
        # only the last piece of a comma list holds the list's own "and"; in the others an
        # "or"/"and" joins modifiers of one head ("recurrent or new disc herniation")
        parts = _split_conj(text, (s, e), cues, known, has_commas and (i == last or bool(run and i)))
        out.extend(parts)
    items = []
    merged = {(a, b) for a, b in out if text.find(",", a, b) >= 0}
    for s, e in out:
        if (s, e) in merged:
            items.append((s, e))
            continue
        limit = cues.max_item_words
        conj = _CONJ.search(text, s, e)
        if conj and coordinated_modifiers(text[s : conj.start()], text[conj.end() : e], cues):
            limit += len(text[s : conj.end()].split())  # "a bruise-like or burning pain at the back of the knee": the length is the head's
        item = right_phrase(text, s, cues, limit, stop=e)
        if item:
            items.append(item)
    return items


def _ing_form(word: str) -> bool:
    """Whether a word is a present participle that can modify a head ("burning", "shooting", "pounding")."""
    w = word.lower()
    return len(w) > 5 and w.isalpha() and w.endswith("ing")


def _run_modifier(word: str, cues: RelationCues, ing: bool) -> bool:
    """Whether one word can be one of several modifiers of one head: an adjective by the lexicon that names no finding
    of its own ("raised", "spotty", "dry"), or, where ``ing`` allows, a present participle ("burning", "racing")."""
    w = word.strip(",;").lower()
    if w in cues.lower_sets["clause_words"]:
        return False  # "being tired": a verb, no modifier
    if ing and _ing_form(w):
        return True
    return (_adjectival(w) and w not in cues.lower_sets["symptom_finding_nouns"] and not _ing_form(w)
            and w not in cues.lower_sets["prepositions"] and not w.endswith("ly"))


#: determiners before the first of several modifiers ("a sharp, burning pain", "one red, sticky eye")
_DETERMINERS = frozenset({"a", "an", "the", "one", "your", "his", "her", "their", "its", "our", "my", "this", "that", "these",
                          "those", "some", "any", "each", "every", "another"})

#: words after a head that open its place, never a second noun ("an ache behind the knee", "pain under the ribs")
_PLACE_WORDS = frozenset({"in", "on", "at", "of", "behind", "under", "below", "above", "over", "around", "across", "down", "near",
                          "between", "inside", "within", "along", "through", "deep", "when", "while", "after", "during", "from"})

#: degrees before a comma, no part of a finding's name ("a severe, stabbing pain")
_DEGREES = frozenset({"severe", "mild", "moderate", "bad", "slight", "intense", "extreme"})

#: a conjunction between two modifiers of one head ("burning or shooting pain")
_MOD_CONJ = frozenset({"or", "and"})


def _participles_allowed(mods: list[str], determined: bool, cues: RelationCues) -> bool:
    """Whether present participles among ``mods`` read as modifiers: after a determiner ("a burning or stinging
    feeling"), after an adjective of the lexicon ("a dull, aching pain"), or when every modifier is one ("clicking,
    popping or grating sounds"); not in "vomiting, bleeding or abdominal pain", a list of findings."""
    return bool(mods) and (determined or _run_modifier(mods[0], cues, False) or all(_ing_form(w) for w in mods))


def _head_noun(word: str, cues: RelationCues) -> bool:
    """Whether a word can be the noun head after modifiers: a finding noun ("rash", "pain"), a noun that is no
    adjective ("heart", "eyes"), or a participle that is a noun ("feeling"); not "sick" or "red"."""
    w = word.lower()
    if not w.replace("-", "").isalpha():
        return False
    noun = is_noun(w) or plural_noun(w)
    return w in cues.lower_sets["symptom_finding_nouns"] or noun and (not _adjectival(w) or _ing_form(w))


def _modifiers_and_head(ws: list[str], cues: RelationCues) -> Optional[tuple[list[str], str, int]]:
    """Modifiers (two joined by one "or"/"and" at most) then a noun head at the start of ``ws`` (with the head's index),
    or None: the head is
    the first noun after a modifier whose next word is no noun ("burning pain": "burning" modifies; "feeling deep in
    the legs": "feeling" is the head)."""
    mods: list[str] = []
    conj = 0
    for k, w in enumerate(ws):
        nxt = ws[k + 1] if k + 1 < len(ws) else ""
        if w in _MOD_CONJ:
            if not mods or ws[k - 1] in _MOD_CONJ:
                return None
            conj += 1
            continue
        if mods and ws[k - 1] not in _MOD_CONJ and _head_noun(w, cues) and not (
                nxt and nxt not in _PLACE_WORDS and (is_noun(nxt) or plural_noun(nxt) or _ing_form(nxt))):
            return (mods, w, k) if conj <= 1 else None
        if _run_modifier(w, cues, True):
            mods.append(w)
            continue
        return None
    return None


def _modifier_pair(ws: list[str], cues: RelationCues) -> bool:
    """Whether a comma piece is two adjectives joined by "or"/"and" ("white or grey"), inside a run of modifiers."""
    return len(ws) == 3 and ws[1] in _MOD_CONJ and all(_run_modifier(w, cues, False) for w in (ws[0], ws[2]))


def _modifier_runs(text: str, pieces: list[Span], cues: RelationCues) -> dict[int, tuple[int, bool, bool]]:
    """Comma pieces that are modifiers of the head in a later piece: {first piece: (head piece, whether an "and"/"or"
    right after the head is the list's own, whether the first piece is a degree left out)}.

    "a sharp, burning or shooting pain", "a raised, spotty rash", "dry, gritty, irritated eyes", "clicking, popping or
    grating sounds": every piece before the last is modifiers only (the first may carry a determiner), and the last is
    modifiers (two joined by "or"/"and" at most) before a noun head. Participles ("burning", "pounding") count as
    modifiers only as :func:`_participles_allowed` says ("vomiting, bleeding or abdominal pain" and "weight loss,
    sweating, swollen glands" stay lists of findings).
    """
    lead = _DETERMINERS
    toks = [[w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text[s:e])] for s, e in pieces]
    runs: dict[int, tuple[int, bool, bool]] = {}
    i = 0
    while i < len(pieces) - 1:
        ws = list(toks[i])
        determined = False
        while len(ws) > 1 and ws[0] in lead:
            ws.pop(0)
            determined = True
        if not ws or len(ws) > 2 or any(w in _MOD_CONJ for w in ws) or len(ws) == 2 and not (
                all(_run_modifier(w, cues, False) for w in ws) or determined and _run_modifier(ws[0], cues, False)):
            i += 1  # "being tired, busy supermarkets": a verb and its complement, no modifiers
            continue
        # "a severe, stabbing pain" is a stabbing pain: a degree before the comma is no part of its name
        degree = ws[0] in _DEGREES and len(ws) == 1
        mods = list(ws)
        j = i + 1
        while j < len(pieces) - 1 and (len(toks[j]) == 1 or _modifier_pair(toks[j], cues)):
            mods.extend(w for w in toks[j] if w not in _MOD_CONJ)  # "a thin, white or grey, homogeneous discharge"
            j += 1
        found = _modifiers_and_head(toks[j], cues)
        if found is not None:
            all_mods = mods + found[0]
            ing = _participles_allowed(all_mods, determined, cues)
            # participles alone need the "or" of modifiers before the head ("clicking, popping or grating sounds"), not a
            # gerund with its object ("smoking, drinking coffee")
            gerund = not determined and not _run_modifier(all_mods[0], cues, False) and len(found[0]) < 2
            if all(_run_modifier(w, cues, ing) for w in all_mods) and not gerund:
                after = toks[j][found[2] + 1 :]
                runs[i] = (j, bool(after) and after[0] in _MOD_CONJ, degree)
                i = j + 1
                continue
        i += 1
    return runs


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


#: The comparative that closes a threshold after "or" ("35 years or older", "30 or more", "under 5 or younger").
_THRESHOLD_OR = re.compile(r"(?:older|over|more|above|higher|greater|younger|less|below|under|lower|fewer)", re.IGNORECASE)
#: A figure that ends the phrase before such an "or", with up to two unit words ("35 years", "30 kg/m2", "2 litres a").
_THRESHOLD_FIGURE = re.compile(r"(?<![\w-])\d[\d.,]*(?:\s+[^\s\d,;:()]+){0,2}$")


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
    if _THRESHOLD_OR.fullmatch(rtxt) and _THRESHOLD_FIGURE.search(ltxt):
        return [span]  # "maternal age of 35 years or older", "a body mass index of 30 or more": one threshold, no list
    if coordinated_modifiers(ltxt, rtxt, cues, in_list=has_commas) and not (known is not None and known(ltxt) and not _determined_participle(ltxt)):
        return [span]  # "a racing or pounding heart", "a thick yellow or green discharge": modifiers of one head
    if (len(rtxt.split()) >= 2 and (_adjective(ltxt.split()[-1], cues) and _adjective(rtxt.split()[0], cues)
                                    or len(conj) == 1 and _lone_modifier(ltxt, cues) and _modified_noun(rtxt, cues)
                                    and not is_noun(ltxt.split()[-1]))
            and not (known is not None and known(ltxt))):
        return [span]  # "spinal or pelvic ligament instability": two modifiers of one item
    # two phrases of two words or more are two items ("injured ligaments and tendon attachments")
    both_long = len(ltxt.split()) >= 2 and len(_head_words(rtxt, cues).split()) >= 2
    # a finding of two words or more is whole before "and" ("joint aches and headaches"): the head is its own
    # ("chest pain or pressure": the "or" of one finding's second head stays one)
    finding_first = (len(ltxt.split()) >= 2 and ltxt.split()[-1].lower() in cues.lower_sets["symptom_finding_nouns"]
                     and re.search(r"(?<![\w-])and(?![\w-])", m.group(), re.IGNORECASE) is not None)
    # both phrases known concepts: asked of the linker last, when the text alone does not split them
    if has_commas or both_long or finding_first or _plural_before_phrase(ltxt, rtxt, cues) \
            or (known is not None and known(ltxt) and known(_head_words(rtxt, cues))):
        if len(conj) > 1:
            return _split_conj(text, left, cues, known, has_commas) + [right]
        return [left, right]
    return [span]


def _determined_participle(left: str) -> bool:
    """Whether ``left`` is an article and a present participle ("a burning" of "a burning or gnawing pain"): the article
    makes the participle a modifier of the head after the conjunction, even where the linker knows it as a finding."""
    ws = left.lower().split()
    return len(ws) == 2 and ws[0] in ("a", "an") and _ing_form(ws[1])


def coordinated_modifiers(left: str, right: str, cues: RelationCues, in_list: bool = False) -> bool:
    """Whether "left or/and right" is modifiers before one head ("a racing or pounding heart", "a thick yellow or green
    discharge", "burning or shooting pain"): left is modifiers only, right modifiers then a noun head. As the last item
    of a comma list (``in_list``), where the conjunction is the list's own, a left word that can be a noun is an item
    ("coffee, chocolate and spicy dishes") unless an article makes it a modifier ("fever, a red or purple rash")."""
    lead = _DETERMINERS
    ws = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", left)]
    determined = False
    while len(ws) > 1 and ws[0] in lead:
        ws.pop(0)
        determined = True
    if not ws or len(ws) > 2 or len(ws) == 2 and not all(is_modifier(w) and not is_participle(w) for w in ws):
        return False  # "felt low or lost interest": a verb and its complement, no modifiers of one head
    if in_list and not determined and any(is_noun(w) or plural_noun(w) for w in ws):
        return False
    found = _modifiers_and_head([w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", right)], cues)
    if found is None or len(found[0]) != 1:
        return False
    mods = ws + found[0]
    ing = _participles_allowed(mods, determined, cues)
    return all(_run_modifier(w, cues, ing) for w in mods)


def _head_words(text: str, cues: RelationCues) -> str:
    """The first words of a phrase up to a boundary (for the known-concept test)."""
    span = right_phrase(text, 0, cues)
    return text[span[0] : span[1]] if span else text


def is_clause(text: str, cues: RelationCues) -> bool:
    """Whether a list item reads as a clause (has a finite verb or a pronoun subject) rather than a name."""
    toks = [w.lower() for w in re.findall(r"[\w'\u2019]+", text)]
    return any(t in cues.lower_sets["clause_words"] for t in toks)
