"""Recommendations stated in a sentence: a modal or advisory cue ("should", "must", "it is
imperative", "is best", "avoid") or an imperative of any English verb (:mod:`extract.lexicon`),
with the action it governs, for whom, instead of what, its strength and its direction.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from extract import regexcache as re
from extract.claims.cues import RecommendationCue, RelationCues, agent_word, alternation, housekeeping, intervention_word, per_cue_set
from extract.claims.grammar import (
    aside_end,
    coordinated,
    capitalized_share,
    Compiled,
    compiled,
    copula_subject,
    EXAMPLES,
    list_end_at,
    list_items,
    LIST_MARK,
    named_items,
    is_pronoun,
    RelationMention,
)
from extract.lexicon import is_base_verb, is_modifier, is_noun, is_participle
from extract.claims.prefilter import _NON_ASCII_CASES, fold_case, prefiltered_globals  # noqa: F401 (_NON_ASCII_CASES: the fold its cue index reads)
from extract.claims.phrases import Span, is_clause, left_phrase, right_phrase, trim, words


def recommendations(sentence: str, cues: RelationCues, c: Optional[Compiled] = None, advice_item: bool = False,
                    item: bool = False) -> list[RelationMention]:
    """Every recommendation a sentence makes, in order.

    One per advisory cue in a clause of its own ("It is important to rest, and you should avoid
    lifting"), one per coordinated action ("Keep a diary, give each treatment a fair trial, and ask
    about the next option"; "You can usually drive after 10 days and return to work after 2
    weeks") and one per example of a recommended class ("Take pain relievers such as
    acetaminophen"). Imperatives count at the start of the sentence, after a fronted condition
    ("If the rash spreads, see a doctor"), a leading adverb ("First, rest the joint"), a dash or a
    semicolon; their verb is a listed cue or any base-form verb of the English lexicon that does
    not read as a noun phrase ("Swap some runs for cycling", not "Load management"). With
    ``advice_item`` (a bullet under an advice lead-in, "To lower your risk you should:"), a
    lower-case verb opens an imperative too ("• sieve your urine"). With ``item`` (a list item, its mark
    stripped), a line without final punctuation is a bullet, not a heading: "• Wash your hands after
    touching a wart" is an imperative.
    """
    c = c or compiled(cues)
    stripped = sentence.strip()
    if not stripped or stripped.endswith("?"):
        return []
    sentence, weak_tail = _masked_grade_tail(sentence, cues)  # "... for glandular fever [Level III evidence; Grade C]."
    lead = LIST_MARK.match(sentence).end()
    starts = _clause_starts(sentence, lead, _imperative_verbs(cues))
    label_end, weak = _grading_label(sentence, lead, cues)
    weak = weak or weak_tail
    # "Try not to scratch, and keep nails short": a second imperative after a comma and "and", kept only after advice of
    # the sentence's own start (not "... can become swollen, and make extra mucus": the subject's second verb)
    joined = {b.end() for b in (*_AND_IMPERATIVE.finditer(sentence), *_AND_AGAINST.finditer(sentence))} - starts
    starts |= joined
    starts |= {b.end() for b in _SO_AGAINST.finditer(sentence)}
    if label_end:
        starts.discard(lead)  # "Grade A recommendation: Offer ...": the label is no imperative
    found: list[tuple[int, int, RecommendationCue, Optional[re.Match[str]]]] = []
    folded = fold_case(sentence)
    by_word, always = _cues_by_word(c)
    runnable = sorted(always + [i for word, indices in by_word.items() if word in folded for i in indices])
    for rx, cue in (c.recommend[i] for i in runnable):  # a cue whose required word is missing cannot match: not run
        for m in rx.finditer(sentence, label_end):
            if cue.sentence_initial and m.start() not in starts:
                continue
            if cue.imperative and (_NOT_IMPERATIVE.match(sentence, m.end()) or is_title_case(sentence) or _finite_after(sentence, m.end())):
                continue  # "Rest is important", "Exercise, diet and sleep", "Take Control Of Your Pain", "Sleep problems are common"
            if cue.predicate and re.search(r"(?<![\w-])it\s*$", sentence[: m.start()], re.I):
                continue  # "It is a good idea to ...": the advice follows, the cue reads it
            if any(m.start() < e and s < m.end() for s, e, _, _ in found):
                continue
            found.append((m.start(), m.end(), cue, m))
    for fs, fe, cue in _advice_frames(sentence, cues):
        if not any(fs < e and s < fe for s, e, _, _ in found):
            found.append((fs, fe, cue, None))  # "The best thing you can do is to stay active": stay active
    heading = not advice_item and not item and not re.search(r"[.!?;:\"\u201d\u2019)]\s*$", sentence) and not re.match(r"\s*[-\u2022*\u2714\u2713\u25aa\u25cf]|\s*\d{1,2}[.)]\s", sentence)
    for s in sorted(starts):
        if not heading and not any(fs <= s < fe for fs, fe, _, _ in found) and not is_title_case(sentence):
            verb = _lexical_imperative(sentence, s, cues, advice_item)
            if verb is not None and item and not advice_item and is_noun(sentence[s:verb].lower()) and _NOUN_PREPOSITION.match(sentence, verb):
                verb = None  # a bare item "Damage to a nerve or blood vessel", "Control of symptoms": a noun phrase, no advice
            if verb is not None and item and not advice_item and sentence[s:verb].lower() in _ERRAND_VERBS:
                verb = None  # "• Bring a list of your medicines", "• Arrange for someone to drive you home": an errand of a visit
            if verb is not None:  # "Replace worn shoes", "Swap some runs for cycling": any verb, from the lexicon (not in a heading)
                found.append((s, verb, _imperative_cue(sentence[s:verb]), None))
    out: list[RelationMention] = []
    done = -1
    cuts = list(_AND_AGAINST.finditer(sentence))
    for s, e, cue, m in sorted(found, key=lambda f: (f[0], f[1])):
        if s < done:
            continue  # a cue inside the recommendation already read ("take X and avoid Y" is its coordination)
        if s == lead and sentence[s:e].lower().startswith("should") and not cue.sentence_initial:
            continue  # "Should surgery fail, ..." is a condition, not advice
        if s in joined and not out and (cue.imperative or cue.sentence_initial):
            continue  # "..., and make extra mucus" after no advice: the subject's second verb, no imperative
        mentions = [_concession_cut(sentence, _cut_before_against(sentence, x, s, cuts)) for x in _recommendation_at(sentence, s, e, cue, cues, c, m)]
        group = [x for first in mentions for x in _expanded(sentence, first, cues, c)]
        group = [x for i, x in enumerate(group) if all(y.subject != x.subject for y in group[:i])]  # a listed item read twice
        # "Rest, ice and gentle stretching are recommended": an item that runs over its own cue and holds other items is no item
        group = [x for x in group if not (x.subject[0] < s < x.subject[1] and any(
            y is not x and x.subject[0] <= y.subject[0] and y.subject[1] <= x.subject[1] for y in group))]
        group = [x for x in group if not any(x.subject[0] < y.subject[1] and y.subject[0] < x.subject[1] for y in out)]
        if not group:
            continue  # "requires A and B, and B must be decided": B is read already
        out.extend(group)
        done = max(x.target[1] for x in group)
    out = [m for m in out if not _WRITERS_OWN.match(sentence, m.subject[0])]
    return [m._replace(strength="may") if weak and m.strength == "should" else m for m in out]


def _cut_before_against(sentence: str, mention: RelationMention, s: int, cuts: Sequence[re.Match[str]]) -> RelationMention:
    """An action that runs over a bare "and" before a denied verb ends there ("Use the spray daily and do not share it":
    'Use the spray daily'), its situation too ("Wear gloves when gardening and never ...": 'gardening'); the advice
    against after it is read on its own, for the situation fronted before the first ("If ..., rest and do not ..."), not
    for the first action."""
    for cut in cuts:
        if cut.end() == s and mention.object is not None and mention.object[1] <= s and not _FRONTED.match(sentence, _head_before(sentence, mention.object[0])):
            mention = mention._replace(object=None)
        if not (s < cut.start() < mention.subject[1]) and not (mention.object and mention.object[0] < cut.start() < mention.object[1]):
            continue
        subject = (mention.subject[0], min(mention.subject[1], cut.start()))
        obj = mention.object if mention.object is None or mention.object[1] <= cut.start() else (mention.object[0], cut.start())
        mention = mention._replace(subject=subject, object=obj, target=(mention.target[0], min(mention.target[1], cut.start())))
    return mention


#: A concession after a comma ("..., although antibiotics alone cleared it in most"): another statement, no part of the situation.
_CONCESSION = re.compile(r",\s+(?:although|though|whereas|but)\s", re.IGNORECASE)


def _concession_cut(sentence: str, mention: RelationMention) -> RelationMention:
    """A situation that runs into a concession after a comma ends before it ("may be necessary when there is extensive bone
    destruction, although ...": 'there is extensive bone destruction')."""
    if mention.object is None or mention.object[0] < mention.subject[0]:
        return mention
    cut = _CONCESSION.search(sentence, mention.object[0], mention.object[1])
    if cut is None:
        return mention
    return mention._replace(object=(mention.object[0], cut.start()), target=(mention.target[0], min(mention.target[1], max(cut.start(), mention.subject[1]))))


def _head_before(sentence: str, start: int) -> int:
    """Where the clause whose phrase starts at ``start`` begins: after the last boundary word or mark before it ("If you
    have gout, ...": at "If")."""
    m = re.search(r"(?:^|[,;:]\s*)((?:[\w'\u2019-]+\s+){0,2})$", sentence[:start])
    return m.start(1) if m else start


#: A comma and "and" before a lower-case word: where a second imperative may start.
_AND_IMPERATIVE = re.compile(r"[,;]\s+and\s+(?:(?:do(?!\s+not(?![\w-]))|please)\s+)?(?=[a-z])")
#: A second advice against joined by a bare "and" ("Take it as prescribed and don't stop it suddenly", "Use the spray daily
#: and do not share it"): a denial of a verb opens an imperative of its own, kept only after advice of the sentence's start.
_AND_AGAINST = re.compile(r"\s+and\s+(?=(?:do\s+not|don['\u2019]t|never)\s+[a-z])", re.IGNORECASE)
#: An advice against after a reason and "so": "A rash does not always appear, so do not wait for one", "..., so never ...".
_SO_AGAINST = re.compile(r",\s+so\s+(?=(?:do\s+not|don['\u2019]t|never|avoid|try\s+not\s+to)(?![\w-]))", re.IGNORECASE)
#: The errands of a visit that a bare list item may open: logistics, not medical advice (a sentence's "bring" or "book" is
#: read by the cue list and the call-to-action checks as before).
_ERRAND_VERBS = frozenset({"bring", "arrange", "book", "print", "fill", "download", "register", "park", "arrive"})
#: The preposition after a bare list item's first word that makes it a noun's ("Damage to a nerve", "Loss of feeling").
_NOUN_PREPOSITION = re.compile(r"\s+(?:of|to)\s+(?:a|an|the|your|their|his|her)?(?![\w'-])", re.IGNORECASE)
#: What a lead-in recommends before its list: "the following", "one or more of the following", "any of these".
_LEAD_IN_OBJECT = re.compile(r"(?:(?:one|some|any|all|each|either|both|a\s+combination)\s+(?:or\s+more\s+)?of\s+)?(?:the\s+)?(?:following|these|those)(?:\s+[a-z]+)?")
#: What a lead-in's action counts of the items that follow its colon: "three things", "a few simple steps", "these tips".
_LEAD_IN_COUNT = re.compile(r"(?<![\w-])(?:things|steps|ways|tips|habits|changes|measures)(?![\w-])", re.IGNORECASE)
#: An action on the writer's own ("Don't make my mistake - turn the volume down", "Take my advice and rest the knee"):
#: it leads to the advice, it is none.
_WRITERS_OWN = re.compile(r"[A-Za-z]+\s+my(?![\w'-])")


@per_cue_set
def _course_of_care(cues: RelationCues) -> re.Pattern[str]:
    """A course-of-care verb right at the start ("[should] begin within 72 hours"), compiled once."""
    return re.compile(r"\s+(?:" + alternation(cues.course_of_care_verbs) + r")(?![\w-])", re.I)


@per_cue_set
def _cues_by_word(c: Compiled) -> tuple[dict[str, list[int]], list[int]]:
    """The indices in ``c.recommend`` of the cues of each :func:`required_word`, and of the cues
    without one (always run)."""
    by_word: dict[str, list[int]] = {}
    always: list[int] = []
    for i, (_, cue) in enumerate(c.recommend):
        word = required_word(cue.phrase)
        if word:
            by_word.setdefault(word, []).append(i)
        else:
            always.append(i)
    return by_word, always


@lru_cache(maxsize=1024)
def required_word(phrase: str) -> Optional[str]:
    """The longest word of a recommendation cue that its pattern (:func:`~extract.claims.grammar.compiled`)
    matches literally, lower-case, and so every match of the cue holds: a sentence whose
    :func:`fold_case` lacks it cannot match the cue. None when no word is plain ASCII (an
    apostrophe matches "'" and "\u2019"; "it is" also matches "it's")."""
    ws = phrase.lower().split()
    if ws[:2] == ["it", "is"] and len(ws) > 2:
        ws = ws[2:]
    plain = [w for w in ws if w.isascii() and "'" not in w]
    return max(plain, key=len) if plain else None


@per_cue_set
def _advice_frame_re(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?:the|your|my|our)\s+(?:(?:single|very|one|real)\s+)?(?P<head>" + alternation(cues.advice_frames) + r")(?![\w-])"
        r"(?:\s+[^,.;:!?]{0,50}?)?\s+(?:is|would\s+be|will\s+be|remains)\s+(?:(?:usually|often|always|simply|generally|still)\s+)?"
        r"(?:to\s+)?(?P<not>(?:not|never)\s+(?:to\s+)?)?(?P<verb>[a-z]+)(?![\w'-])",
        re.IGNORECASE,
    )


def _advice_frames(sentence: str, cues: RelationCues) -> list[tuple[int, int, RecommendationCue]]:
    """The verbs of advice named by a noun phrase ("The best thing you can do is to stay active",
    "Your best bet is to see a dermatologist", "The key is not to rush"), each with an imperative
    cue of its own: the action starts at the verb."""
    out = []
    for m in _advice_frame_re(cues).finditer(sentence):
        if is_base_verb(m.group("verb")) and m.group("verb").lower() not in {"be", "have", "that", "this"}:
            cue = RecommendationCue(phrase=m.group("head").lower(), strength="should", against=m.group("not") is not None,
                                    sentence_initial=True, imperative=True)
            out.append((m.start("verb"), m.end("verb"), cue))
    for m in _WORKS_BEST_IF.finditer(sentence):
        if is_base_verb(m.group("verb").lower()) and m.group("verb").lower() not in {"be", "have", "are", "feel", "get"}:
            # "Steroid sprays work best if you start them a few weeks before the season": how to use it, advised
            cue = RecommendationCue(phrase="works best if", strength="should", against=False, sentence_initial=True, imperative=True)
            out.append((m.start("verb"), m.end("verb"), cue))
    return out


#: "work(s) best if you", "is most effective when you": the condition of a thing's best effect is how to use it.
_WORKS_BEST_IF = re.compile(
    r"(?<![\w-])(?:works?\s+best|worked\s+best|(?:is|are)\s+(?:most|more)\s+effective)\s+(?:if|when)\s+(?:you|they|people|patients)\s+"
    r"(?:(?:also|first|only)\s+)?(?P<verb>[a-z]+)(?![\w'-])", re.IGNORECASE)


def _grading_label(sentence: str, lead: int, cues: RelationCues) -> tuple[int, bool]:
    """Where a guideline's grading label ends ("Grade A recommendation: ...", "Strong
    recommendation (moderate-quality evidence): ...") and whether it grades the advice as
    conditional ("Weak recommendation: ..."); (0, False) when the sentence has no such label."""
    m = re.compile(r"([^:.;!?]{1,60}):\s*").match(sentence, lead)
    if m is None or len(m.group(1).split()) > 8:
        return 0, False
    label = re.sub(r"\([^)]*\)", " ", m.group(1).lower())
    has = lambda words: any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", label) for w in words)  # noqa: E731
    if not has(cues.lower_sets["recommendation_labels"]):
        return 0, False
    return m.end(), has(cues.lower_sets["weak_recommendation_labels"])


#: A bracketed label closing a sentence: "(strong recommendation, moderate-quality evidence).", "[class IIa, level B]".
_GRADE_TAIL = re.compile(r"\s*[\[(](?P<body>[^\[\]()]{1,80})[\])]\s*[.;]?\s*$")
_GRADE_CLASS = re.compile(r"(?<![\w-])class\s+(?:i{1,3}|iv|[1-4])[ab]?(?![\w-])", re.IGNORECASE)


def _masked_grade_tail(sentence: str, cues: RelationCues) -> tuple[str, bool]:
    """``sentence`` with the grading label that closes it blanked out (same length, so spans stay those of the
    sentence), and whether the label grades the advice as weak or conditional. A guideline grades its advice in a
    closing bracket ("X should be offered to Y (strong recommendation, moderate-quality evidence).", "X is not
    recommended for Y [Level III evidence; Grade C].", "[class IIa, level B]"): the label is neither the action nor
    for whom, and its words ("evidence", "level") must not be read as either. A bracket that names no grade
    ("(see below)", "(PRP)") stays."""
    m = _GRADE_TAIL.search(sentence)
    if m is None:
        return sentence, False
    body = m.group("body").lower()
    has = lambda words: any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", body) for w in words)  # noqa: E731
    if not (has(cues.lower_sets["recommendation_labels"]) or _GRADE_CLASS.search(body) or has(("strong",))
            or has(cues.lower_sets["weak_recommendation_labels"])):
        return sentence, False
    a, b = m.start("body") - 1, m.end("body") + 1
    return sentence[:a] + " " * (b - a) + sentence[b:], has(cues.lower_sets["weak_recommendation_labels"])


def recommendation(sentence: str, cues: RelationCues, c: Optional[Compiled] = None) -> Optional[RelationMention]:
    """The first recommendation a sentence makes, if any (see :func:`recommendations`)."""
    found = recommendations(sentence, cues, c)
    return found[0] if found else None
_NOT_IMPERATIVE = re.compile(r"(?:\s*[,;:]|\s+(?:is|are|was|were|can|could|may|might|will|would|has|had|of|and|or|helps?|works?)(?![\w-]))", re.IGNORECASE)
_FRONTED = re.compile(
    r"(?P<sub>if|when|whenever|unless|once|after|before|until|while|as\s+soon\s+as|for"
    # "In children under 2, older people and ..., apply it ...": a fronted population, as "For older children, give ..."
    r"|in(?=\s+(?:[\w-]+\s+){0,2}?(?:children|adults|people|patients|babies|infants|women|men|anyone|those|teenagers|pregnancy)(?![\w-])))\s+",
    re.IGNORECASE
)
#: An adverb of manner or frequency right before a verb, no comma: "Gently ...", "Gradually ...", "Only ...".
_MANNER_ADVERB = re.compile(r"([A-Za-z][a-z]+ly)\s+(?=[a-z])")
_LEAD_ADVERB = re.compile(
    r"(?:first|second|third|then|next|finally|also|instead|otherwise|meanwhile|in\s+the\s+meantime|in\s+addition|"
    r"after\s+that|if\s+possible|where\s+possible|whenever\s+possible|in\s+general|above\s+all|most\s+importantly|"
    r"yes|no|ideally|of\s+course|if\s+in\s+doubt|in\s+most\s+cases|as\s+a\s+rule|for\s+now|honestly|seriously|personally|"
    r"whatever\s+you\s+do|trust\s+me|in\s+short|basically)\s*,\s*",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s[\u2013\u2014-]\s+")


_MAIN_SUBJECT = re.compile(r"\s*(?:you|we|they|it|he|she|there|this|these|your|most|many|people|patients)(?![\w-])", re.I)
_CLAUSE_HEAD = re.compile(r";\s*|(?<=[a-z)])[.!?][\"\u201d\u2019]?\s+(?=[\"\u201c]?[A-Z])")
_PLEASE = re.compile(r"(?:please|just|simply|always\s+just|also|then)\s+(?=[a-z])", re.IGNORECASE)  # "Also contact us the same day if ..."


def _clause_starts(sentence: str, lead: int, verbs: frozenset[str]) -> set[int]:
    """Where an imperative may start: the sentence start, after a semicolon ("...; if you have
    those, get checked") or a sentence boundary the segmenter missed ("Load management. Cut your
    mileage"), after a short label ("My advice: ...", not "Stay active: aim for ...", itself
    advice), a leading adverb ("First, ..."), any comma of a fronted condition ("If your mask
    leaks, or the pressure feels wrong, ...") or a dash; a polite "please" or a bare "also" / "then" before the verb is
    skipped."""
    heads = {lead} | {LIST_MARK.match(sentence, h.end()).end() for h in _CLAUSE_HEAD.finditer(sentence, lead)}
    colon = sentence.find(":", lead)
    label = sentence[lead:colon].split() if colon > lead else []
    if 0 < colon - lead < 40 and (len(label) <= 4 or (len(label) <= 6 and _ADVICE_LABEL.search(" ".join(label)))) and label[0].lower() not in verbs:
        heads.add(colon + 1 + len(sentence[colon + 1 :]) - len(sentence[colon + 1 :].lstrip()))
    starts = set(heads)
    for h in heads:
        adv = _LEAD_ADVERB.match(sentence, h)
        if adv:
            starts.add(adv.end())
        manner = _MANNER_ADVERB.match(sentence, h)
        if manner and is_modifier(manner.group(1).lower()) and not is_noun(manner.group(1).lower()):
            starts.add(manner.end())  # "Gently push the skin back", "Only treat those with live lice": the verb after its adverb
        conj = re.compile(r"(?:and|but|so|plus)\s+(?=[a-z])", re.IGNORECASE).match(sentence, h)
        if conj:
            starts.add(conj.end())  # "And don't take aspirin for gout pain": a conjunction opening the sentence
        fr = _FRONTED.match(sentence, h) or (_FRONTED.match(sentence, conj.end()) if conj else None)
        colon = re.compile(r"[^.;:!?]*:\s*(?=[a-z])").match(sentence, fr.end()) if fr else None
        if colon is not None:
            starts.add(colon.end())  # "If your symptoms are getting worse, ... or you need your reliever more: keep taking ..."
        comma = _top_level_comma(sentence, fr.end()) if fr else None
        commas = []
        while comma is not None:
            commas.append(comma)
            comma = _top_level_comma(sentence, comma + 1)
        for i, comma in enumerate(commas):
            if any(_MAIN_SUBJECT.match(sentence, later + 1) for later in commas[i + 1 :]):
                continue  # "If you smoke, drink alcohol or are overweight, you are ...": still the condition
            starts.add(comma + 1 + len(sentence[comma + 1 :]) - len(sentence[comma + 1 :].lstrip()))
    starts.update(d.end() for d in _DASH.finditer(sentence))
    for b in re.finditer(r"[,;]\s+(?:but|so)\s+(?:(?:do|please)\s+)?(?=[a-z])", sentence):
        starts.add(b.end())  # "..., but check with your pharmacist first"
        fr = _FRONTED.match(sentence, b.end())
        comma = _top_level_comma(sentence, fr.end()) if fr else None
        if comma is not None:  # "..., but if the pain is getting worse, take a break": after the condition of the second clause
            starts.add(comma + 1 + len(sentence[comma + 1 :]) - len(sentence[comma + 1 :].lstrip()))
    starts.update(p.end() for st in list(starts) if (p := _PLEASE.match(sentence, st)))
    return starts


#: A longer label that names advice ("My advice to our reader:", "The pharmacist's tip for travellers:").
_ADVICE_LABEL = re.compile(r"(?<![\w-])(?:advice|tips?|recommendations?|verdict|bottom\s+line|take-?away)(?![\w-])", re.IGNORECASE)
_AUXILIARY = re.compile(
    r"(?:is|are|was|were|isn't|aren't|wasn't|weren't|can|can't|cannot|could|couldn't|may|might|will|won't|would|wouldn't|should|"
    r"shouldn't|must|has|have|had|hasn't|haven't|does|doesn't|did|didn't|do|don't)(?![\w'\u2019-])",
    re.IGNORECASE,
)
_SUBJECT_END = re.compile(r"(?:that|which|who|where|when|if|because|so|to|and|or|but|you|we|they|i|he|she)(?![\w-])", re.IGNORECASE)


#: "Have a / an / your / regular ...": the start of care to get, when a test or a check follows.
_HAVE_CARE = re.compile(r"\s+(?:a|an|the|your|regular|yearly|annual|routine)\s", re.IGNORECASE)
_CARE_PARTICIPLES = frozenset("checked rechecked tested retested measured reviewed screened examined scanned".split())


#: a preposition the lexicon also lists as a verb ("over", "near", "round"), opening a phrase of time, place or
#: quantity (a determiner, a number or a possessive after it)
_PREPOSITION_PHRASE = re.compile(
    r"(?:over|near|round)\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|your|each|every|several|many|some|"
    r"most|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundreds?|thousands?)(?![\w'-])",
    re.IGNORECASE)


def advice_siblings(lines: Sequence[str], cues: RelationCues) -> bool:
    """Whether the other lines of a bullet list advise: at least two of them, or all of them when there is one, open with
    a listed imperative verb or a negated imperative ("• get plenty of rest", "• do not smoke")."""
    verbs = _imperative_verbs(cues)
    opening = 0
    for line in lines:
        lead = LIST_MARK.match(line).end()
        word = re.match(r"[A-Za-z]+", line[lead:])
        if _NEGATED_IMPERATIVE.match(line, lead) or (word is not None and word.group(0).lower() in verbs):
            opening += 1
    return opening >= min(2, len(lines)) > 0


def _lexical_imperative(sentence: str, pos: int, cues: RelationCues, advice_item: bool = False) -> Optional[int]:
    """The end of the verb if ``sentence[pos:]`` reads as an imperative by the English lexicon:
    its first word is a base-form verb ("Replace", "Swap"), not a verb of no advice ("Imagine",
    "Learn"), not the subject of a verb that follows ("Complete rest rarely helps", "Rest is
    important"), and, when it can also be a noun ("Load management", "Rest from ..."), followed by
    the start of an object ("Rest the joint", "Cut your mileage", "Ice it")."""
    m = re.compile(r"([A-Za-z]+)(?:-(?P<verb>[a-z]+))?(?![\w'\u2019-])").match(sentence, pos)
    if m is None or m.group(1)[1:] != m.group(1)[1:].lower():
        return None
    if pos == LIST_MARK.match(sentence).end() and m.group(1)[0].islower() and not advice_item:
        return None  # a lower-case line continues a lead-in ("... talk to your doctor if you:" / "- nod off at work")
    if m.group("verb"):  # "Double-check your dose", "Test-drive it": a compound verb, always before its object
        obj = re.match(r"\s+([\w']+)", sentence[m.end() :])
        ok = is_base_verb(m.group("verb")) and obj is not None and obj.group(1).lower() in cues.lower_sets["imperative_objects"]
        return m.end() if ok and not is_noun(m.group(0)) else None
    word = m.group(1).lower()
    if word == "have" and _HAVE_CARE.match(sentence, m.end()):
        clause = re.split(r"[.;:!?]", sentence[m.end() :])[0].lower()
        if set(re.findall(r"[a-z][a-z-]*", clause)) & (cues.lower_sets["care_nouns"] | _CARE_PARTICIPLES):
            return m.end()  # "Have your TSH rechecked 6 weeks after ...", "Have an eye test every year": care to get
    if word in {"please", "be", "have", "do"} or not is_base_verb(word) or _no_advice_verb(sentence.lower(), pos, cues):
        return None
    if _PREPOSITION_PHRASE.match(sentence, pos):
        return None  # "Over the following years, ...", "Near the end of treatment, ...": a time or a place, no imperative
    if word in cues.lower_sets["symptom_finding_nouns"] and word not in _imperative_verbs(cues):
        return None  # "Pain under the second toe", "Swelling around the joint": a finding, not an imperative
    paired = _PAIRED_VERB.match(sentence, m.end())
    if paired and is_base_verb(paired.group(1).lower()) and paired.group(2).lower() in cues.lower_sets["imperative_objects"]:
        return paired.end(1)  # "Shower and change your clothes", "Rest and raise the leg": two verbs of one advice
    if word in _CONTACT_VERBS and _care_contact(sentence.lower(), m.end(), cues):
        return m.end()  # "Call 999", "Contact your GP", "call or text 988"
    if _NOT_IMPERATIVE.match(sentence, m.end()):
        return None
    toks = [sentence[a:b] for a, b in words(sentence, m.end())][:4]
    if not toks or not toks[0][0].isalpha():
        return None
    first = toks[0].lower()
    listed = _OBJECT_LIST.match(sentence, m.end())
    findings = cues.lower_sets["symptom_finding_nouns"]
    if (listed is not None and pos == LIST_MARK.match(sentence).end() and re.search(r"[.!]\s*$", sentence) and not _LIST_PREDICATE.match(sentence, listed.end())
            and not findings & set(re.findall(r"[a-z]+", listed.group(0).lower()))):  # "Dry skin, itching and redness.": findings
        return m.end()  # "Wash bedding, towels and clothes used in ...": a verb before a list of its objects, in a sentence
    if advice_item and m.group(1)[0].islower() and pos == LIST_MARK.match(sentence).end() and not _finite_after(sentence, m.end()):
        return m.end()  # a lower-case verb opening a bullet under an advice lead-in: "• treat athlete's foot promptly", "• clean cuts"
    if is_modifier(word) and _PLACE_OF_ACTION.match(sentence, m.end()) and not _finite_after(sentence, m.end()):
        return m.end()  # "Clean between your teeth", "Dry between the toes": a verb that is an adjective too, before where
    if is_modifier(word) and (first not in cues.lower_sets["imperative_objects"] or first in _PARTICLES):
        return None  # "Open surgery", "Over 10,000 patients", "Lower back pain": an adjective or adverb
    if is_noun(word) and first not in cues.lower_sets["imperative_objects"] and not (is_modifier(first) and not is_noun(first) and not is_base_verb(first)):
        return None  # "Load management", "Pain that ...": a noun; not before an adjective ("Swap sugary drinks for water")
    return None if _finite_after(sentence, m.end()) else m.end()


_PARTICLES = frozenset({"up", "down", "back", "off", "out", "away"})
#: Verbs of a predicate that may follow a list as its subject (see _LIST_PREDICATE).
_LIST_PREDICATE_VERBS = r"(?:is|are|was|were|can|may|might|will|could|should|help|helps|work|works|remain|remains)(?![\w-])"
#: A list of three or more short plural or mass nouns (one or two words each) right after a word: " bedding, towels and
#: clothes", " door handles, light switches and taps".
_OBJECT_LIST = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:\s*,\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?){1,5}\s*,?\s+(?:and|or)\s+[a-z][\w-]*"
    r"(?:\s+(?!" + _LIST_PREDICATE_VERBS + r")[a-z][\w-]*)?(?![\w-])")
#: A predicate right after such a list: the list was the subject ("Load management, exercise and rest are ...").
_LIST_PREDICATE = re.compile(r"\s+(?:[a-z]+ly\s+)?" + _LIST_PREDICATE_VERBS, re.IGNORECASE)
#: Where an action is done, after a verb that reads as an adjective too: "Clean between your teeth", "Dry around the wound";
#: the determiner tells a place from a description ("Slow in onset").
_PLACE_OF_ACTION = re.compile(
    r"\s+(?:between|around|under|behind|inside|along|beneath)\s+(?:your|the|each|every|any|his|her|their|all)(?![\w'-])", re.IGNORECASE
)


#: "Shower and change your clothes": a second base verb and its object after "and".
_PAIRED_VERB = re.compile(r"\s+(?:and|or)\s+([a-z]+)\s+([a-z]+)(?![\w'-])")


def _finite_after(sentence: str, pos: int) -> bool:
    """Whether a finite verb follows within a few words, before any clause word: the first word
    was a noun phrase's ("Complete rest is ...", "Complete rest rarely helps", "Sleep problems are
    common"), not an imperative."""
    toks, depth = [], 0
    for a, b in words(sentence, pos):  # past a short bracket: "Stress urinary incontinence (SUI) is ...": a noun phrase
        t = sentence[a:b]
        depth += t == "("
        if depth == 0 and t != ")":
            toks.append(t)
        depth -= t == ")" and depth > 0
        if len(toks) == 4 or depth < 0:
            break
    for i, t in enumerate(toks):
        if not t[0].isalnum() or _SUBJECT_END.fullmatch(t):
            break
        if _AUXILIARY.fullmatch(t) or (i and toks[i - 1].lower().endswith("ly") and t.lower().endswith("s")):
            return True
    return False


def _imperative_cue(verb: str) -> RecommendationCue:
    return RecommendationCue(phrase=verb.lower(), strength="should", against=False, sentence_initial=True, imperative=True)


def _cue_phrase(sentence: str, s: int, e: int, cue: RecommendationCue) -> str:
    """The cue as written in the cue file ("should be considered" for "should only be considered");
    a predicate cue with its copula as written."""
    return sentence[s:e].lower() if cue.predicate else " ".join(cue.phrase.lower().split())


def _top_level_comma(sentence: str, pos: int) -> Optional[int]:
    """The first comma at or after ``pos`` outside brackets."""
    depth = 0
    for i in range(pos, len(sentence)):
        ch = sentence[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            return i
        elif ch in ".;" and depth == 0:
            return None
    return None


def is_title_case(sentence: str) -> bool:
    share = capitalized_share(sentence, min_words=2)
    return share is not None and share >= 0.75


_NEED_CUES = {"requires", "require", "needs", "need", "have to", "has to", "would need", "need to", "needs to"}
#: "it" / "this" as the subject of a need of care ("It needs to be treated quickly", "..., as it needs to be checked").
_IT_BEFORE = re.compile(r"(?:^|[,;:]\s*|(?<![\w-])(?:as|because|since|so|and)\s+)(?:it|this)\s*$", re.IGNORECASE)
#: The reader as who needs care ("You will need a blood test", "you may need regular eye checks"; CLAIMS_SPEC.md, session 17)
#: or will not ("you will usually not need any treatment": advice against it); not what the reader may not need ("you may
#: not need treatment straight away": a possibility).
_READER_NEEDS = re.compile(r"(?<![\w-])you(?:['\u2019]ll)?\s+(?!(?:\w+\s+)?(?:may|might)\s+not\s)(?:(?:will|may|might|would|also|usually|probably|then|still|all|not|do|won['\u2019]t|don['\u2019]t)\s+){0,3}$", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"(?:don't|don\u2019t|do\s+not|doesn't|doesn\u2019t|does\s+not|didn't|did\s+not|won't|will\s+not|never|no)\s+$", re.I)
#: The needs whose denial advises against what is not needed (not "have to": "You don't have to live with the pain").
_UNNEEDED_CUES = frozenset({"need", "needs", "need to", "needs to"})
#: A present denial before such a cue, an adverb of frequency allowed ("does not always need", "will usually not need"), or
#: "there is no" ("There is no need to ..."); not a past one ("I didn't need surgery": what happened, no advice).
_UNNEEDED_BEFORE = re.compile(
    r"(?:(?:don't|don\u2019t|do\s+not|doesn't|doesn\u2019t|does\s+not|won't|won\u2019t|will\s+not)\s+(?:(?:usually|always|normally|generally|necessarily|routinely|often)\s+)?"
    r"|(?:will|would|should)\s+(?:usually\s+|normally\s+|generally\s+)?not\s+|(?:there\s+is|there's|there\u2019s)\s+no\s+)$",
    re.I,
)
#: An avoidance that is not needed ("You do not need to avoid dairy foods such as milk"): a denied avoidance, not advice
#: against its examples; the negation rules read it.
_AVOIDING_AFTER = re.compile(r"\s+(?:avoid|stop|give\s+up|cut\s+out|cut\s+down\s+on)(?![\w-])", re.I)
#: An aside set off by commas right before a cue ("X, taken daily, is an alternative", "X, including A and B, are
#: alternatives"): opened by a past participle or one of :data:`_ASIDE_OPENERS`.
_ASIDE_BEFORE = re.compile(r",\s*(?P<word>[A-Za-z]+)(?:\s+[^,;:.()!?]{1,60}?)?\s*,\s*$")
_ASIDE_OPENERS = frozenset({"including", "especially", "particularly", "usually", "often", "typically", "ideally", "such", "like", "mainly", "notably"})
#: The article opening an apposition after a name ("Belimumab, a biological medicine, may be offered ...").
_APPOSITION_ARTICLES = frozenset({"a", "an"})
#: A sentence that opens with the name an apposition describes: one to four words, no clause ("Belimumab", "Oral iron").
_NAME_BEFORE_ASIDE = re.compile(r"^\s*(?:[A-Za-z][\w-]*)(?:\s+[A-Za-z][\w-]*){0,3}\s*$")
#: A pronoun object right after a verb ("remove it", "wash them").
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)(?![\w'\u2019-])", re.IGNORECASE)
#: "is best soothed with", "are best treated by": a verb of easing or treating and its means after "is / are best".
_EASED_WITH = re.compile(
    r"\s+(?:treated|managed|relieved|soothed|eased|controlled|helped|handled|prevented|removed)\s+(?:with|by|using)\s+", re.IGNORECASE
)
#: Participles that name another action on an intervention than giving it (CLAIMS_SPEC.md, session 17): "X should not be
#: stopped abruptly / combined with Y / switched", "X should be taken with food": that action is what is advised.
_OTHER_ACTIONS = frozenset({
    "stopped", "combined", "switched", "taken", "mixed", "crushed", "chewed", "tapered", "withdrawn", "discontinued",
    "restarted", "continued", "increased", "reduced", "doubled", "halved", "shared", "withheld", "delayed", "deferred",
    "postponed",
})
#: When a medicine is "taken" in a situation ("should not be taken during pregnancy", "in children", "while
#: breastfeeding"), the taking is the giving itself: the medicine is what is advised against, as "for" and "by".
_TAKEN_WHEN = re.compile(r"\s+(?:during|in|while|when|if|unless|under|by|for)(?![\w-])", re.IGNORECASE)


def _other_action(verb: str, sentence: str, end: int) -> bool:
    """Whether the participle ``verb`` ending at ``end`` names another action on a thing than giving it (CLAIMS_SPEC.md,
    session 17): "stopped", "combined", "taken with food"; not "taken during pregnancy" (the giving itself) nor a verb
    with a particle of its own ("taken out")."""
    verb = verb.lower()
    if verb not in _OTHER_ACTIONS or _PARTICLE_AFTER.match(sentence, end):
        return False
    return not (verb == "taken" and _TAKEN_WHEN.match(sentence, end))
#: A span of time right before "before" / "prior to": "30 to 60 minutes before breakfast", "a few days before surgery".
_TIME_UNIT_BEFORE = re.compile(r"(?<![\w-])(?:minutes?|hours?|days?|weeks?|months?|years?|nights?)\s+$", re.IGNORECASE)
#: "over" opening a span of time: "over several weeks", "over the next few days", "over time", "over a period of".
_OVER_TIME = re.compile(
    r"over\s+(?:(?:the\s+)?(?:next|following|past|last|first|coming)\s|several\s|a\s+(?:few|couple|number|period)\s|many\s|some\s|time(?![\w-])|the\s+course\s)",
    re.IGNORECASE,
)
def _timed_before(sentence: str, pos: int) -> bool:
    """Whether "before" / "prior to" at ``pos`` follows a span of time that places the action ("taken 30 minutes before
    breakfast": when, no alternative), not a duration ("use the drops for 4 weeks before deciding on surgery") nor
    before a course of action (a gerund)."""
    before = _BEFORE_WORD.match(sentence, pos)
    unit = _TIME_UNIT_BEFORE.search(sentence, 0, pos) if before is not None else None
    if unit is None or re.search(r"(?<![\w-])for\s+(?:[\w-]+\s+){0,3}$", sentence[: unit.start()]):
        return False
    return re.match(r"\s+[a-z]+ing(?![\w-])", sentence[before.end() :]) is None


_BEFORE_WORD = re.compile(r"(?:before|prior\s+to|ahead\s+of)(?![\w-])", re.IGNORECASE)
#: A particle after such a participle makes another verb ("taken out", "taken off": removed); "for" or "by" the giving
#: itself ("should not be taken for a cold", "taken by mouth": the intervention is what is advised).
_PARTICLE_AFTER = re.compile(r"\s+(?:out|off|away|apart|down|up|for|by)(?![\w-])", re.IGNORECASE)
_ACTED_ON_AFTER = re.compile(
    r"\s+(?:should|must|ought\s+to|need\s+to|needs\s+to)(?:\s+not|n['\u2019]t)?(?:\s+(?:always|only|usually|routinely|generally|ever|then))?\s+be\s+(?P<verb>[a-z]+)(?![\w-])",
    re.IGNORECASE,
)


def acted_on(sentence: str, span: Span) -> bool:
    """Whether ``span`` names the thing another action is advised on ("Anticoagulants should not be stopped routinely",
    "PPIs should be taken before breakfast"): the action is the advice, the thing no treatment claim of its own."""
    m = _ACTED_ON_AFTER.match(sentence, span[1])
    return m is not None and _other_action(m.group("verb"), sentence, m.end())


_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:your|their|his|her|our|my|its|special|individual|specific|particular)\s+$", re.I)
_SUBORDINATE_BEFORE = re.compile(r"(?<![\w-])because\s+[^,;:.()]{1,60}?\s+$", re.I)
IN_CONDITION = re.compile(r"(?<![\w-])(?:if|when|whenever|unless|whether)\s+(?:[\w'\u2019-]+\s+){0,2}$", re.I)
#: A participle of care after "should be", "must always be", "needs to be": what is to be done to a subject that names
#: no intervention is the advice ("chest pain must always be checked by a doctor", "Hospitalised patients should be
#: assessed for VTE risk"); an intervention stays the advice ("Iron supplements should be taken on an empty stomach").
_CARE_PARTICIPLE_AFTER = re.compile(
    r"(?:\s+(?:always|also|usually|then|first|only|regularly|routinely))?(?:\s+be)?(?:\s+(?:always|also|usually|then|first|only|regularly|routinely))?"
    r"\s+(?P<part>checked|reviewed|assessed|seen|examined|monitored|measured|guided|tested|rechecked|re-examined"
    r"|treated|admitted|referred|isolated|vaccinated|kept|drained|investigated|confirmed|explained|ignored|mistaken)(?![\w-])",
    re.IGNORECASE,
)
#: The participles by which something is to be looked at by a clinician ("needs to be checked", "need to be seen the same
#: day"): whatever the thing, a lump or a sign, the reader is advised to have it looked at.
_LOOKED_AT = frozenset({"checked", "seen", "examined", "assessed", "reviewed", "investigated"})
#: A span of time after a head and its preposition ("a second dose after 2 weeks", "a check-up within 6 months").
_TIME_AFTER_HEAD = re.compile(
    r"\s+(?:after|within|in|for)\s+(?P<time>(?:\d+|a|one|two|three|four|six)(?:\s+(?:to|or)\s+\d+)?\s+(?:minutes?|hours?|days?|weeks?|months?|years?))\s*$",
    re.IGNORECASE,
)
#: Adverbs between a subject and its need ("A painful abscess normally needs ..."): no part of the subject.
_ADVERB_TAIL = re.compile(r"(?:\s+(?:[a-z]+ly|often|always|still|also|then|all))+\s*$", re.IGNORECASE)
#: A fronted "where" clause is a condition too: "Where surgery is needed, ...", "Where possible, ...".
_WHERE_CONDITION = re.compile(r"(?:^|[,;:(]\s*)[\W]*where\s+(?:[\w'\u2019-]+\s+){0,2}$", re.I)
_QUANTIFIED = re.compile(
    r"(?:some|many|most|few|a\s+few|several|certain|a\s+minority|a\s+majority|about|around|nearly|almost|up\s+to|"
    r"an?\s+(?:(?:very\s+)?(?:small|large|high|low|significant)\s+)?(?:percentage|proportion|number|fraction|share)|"
    r"one\s+in|\d[\d,.]*%?|\d+\s+in\s+\d+|one|two|three)(?![\w-])",
    re.I,
)
_MODAL_BEFORE = re.compile(r"(?<![\w-])(?P<modal>may|might|can|could|always)\s+(?:(?:also|usually|often|then|first)\s+)?$", re.I)
#: The body as the subject of a need: "the body needs to ...", "your body needs to ...".
_BODY_BEFORE = re.compile(r"(?<![\w-])(?:the|your|their|his|her|a\s+person['\u2019]s)\s+body\s+$", re.IGNORECASE)
#: A relative "which" after a comma as the subject of a need: "drops, which only need to go in twice a day".
_THING_WHICH_BEFORE = re.compile(r",\s*which\s+(?:(?:only|also|usually|then|still|just)\s+)?$", re.IGNORECASE)
#: A plural predicate of options: "are options", "are (all) (other) options", "are alternatives", "are possible choices".
_OPTIONS_PREDICATE = re.compile(r"are\s+(?:[\w-]+\s+){0,2}(?:options|alternatives|choices)$", re.I)
#: Examples in a subject: "Newer biologics, including vedolizumab and ustekinumab, are alternatives for ...": one class.
_EXAMPLES_IN = re.compile(r"(?<![\w-])(?:such\s+as|including|like|e\.g\.)(?![\w-])", re.I)


def _options_listed(sentence: str, s: int, phrase: str, cues: RelationCues) -> bool:
    """Whether a plural option predicate ("are options") follows a subject that lists several interventions ("Open
    surgery, keyhole surgery and injections are options", "NSAIDs and paracetamol are alternatives"): the text says
    which options there are, as "the options are A, B or C" does, a treatment claim per item and no advice
    (CLAIMS_SPEC.md, session 20); a single subject ("X is an option for Y") stays a recommendation."""
    if not _OPTIONS_PREDICATE.match(phrase):
        return False
    lead = re.match(r"[\s*\u2022-]*(?:(?:but|and|so|however|also|instead)[\s,]+)?", sentence).end()
    clause = sentence[lead:s]
    if re.search(r"[;:()]", clause) or _EXAMPLES_IN.search(clause) or not re.search(r",|\s(?:and|or)\s", clause):
        return False
    if len(list_items(sentence, (lead, s), cues, None)) >= 2:
        return True
    parts = re.split(r"\s+(?:and|or)\s+", clause.strip())  # "Steroid creams and nifedipine tablets": two named interventions
    return len(parts) >= 2 and all(any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", p.lower())) for p in parts)

#: A modal passive of giving: "should be offered", "should not routinely be used", "must only be given", "should be avoided".
_GIVEN_AT = re.compile(
    r"(?:should|must|may|can|could|will|would)(?P<not>\s+not|n['\u2019]t)?(?:\s+(?:also|only|then|usually|routinely|generally|normally|first|always|never))*"
    r"\s+be(?:\s+(?:also|only|then|usually|routinely|generally|normally|first))*"
    r"\s+(?P<verb>offered|used|given|prescribed|performed|started|tried|considered|recommended|avoided|preferred|reserved)(?![\w-])",
    re.IGNORECASE,
)
#: A thing pronoun as its clause's subject right before the modal: "It should ...", "..., and they should ...".
_THING_PRONOUN_BEFORE = re.compile(
    r"(?:^[\s*\u2022-]*|[,;:]\s*(?:(?:and|but|so)\s+)?|(?<![\w-])(?:and|but|so)\s+)(?P<it>it|they|this|these)\s+"
    r"(?:(?:also|only|usually|then|generally|therefore|still)\s+)?$",
    re.IGNORECASE,
)


#: A fronted condition and nothing else before a bare verb that ends the sentence: "If you smoke, stop."
_BARE_AFTER_CONDITION = re.compile(r"[\s*\u2022-]*(?:if|when|whenever|once)\s[^,;:.]+,\s*", re.IGNORECASE)


def _recommendation_at(
    sentence: str, s: int, e: int, cue: RecommendationCue, cues: RelationCues, c: Compiled,
    match: Optional[re.Match[str]] = None,
) -> list[RelationMention]:
    """The recommendations a cue at ``sentence[s:e]`` makes (several for "requires A and B")."""
    phrase = _cue_phrase(sentence, s, e, cue)
    before = sentence[:s]
    if _options_listed(sentence, s, phrase, cues):
        return []  # "Open surgery, keyhole surgery and injections are options": the options there are, treatments only
    if cue.imperative:
        action = _action_phrase(sentence, s, cues)
        pronoun = _PRONOUN_OBJECT.match(sentence, action[1]) if action is not None and len(sentence[action[0] : action[1]].split()) == 1 else None
        if pronoun is not None:
            action = (action[0], pronoun.end())  # "If you find a tick, remove it as soon as possible": the verb and its pronoun object
        if action is None or (len(sentence[action[0] : action[1]].split()) < 2 and not (
                re.fullmatch(r"\s*[.!]?\s*", sentence[action[1] :]) and _BARE_AFTER_CONDITION.fullmatch(sentence, 0, action[0]))):
            return []  # a bare verb ("Rest.") is a heading, not advice; after its condition it is ("If you smoke, stop.")
        if _not_advice(sentence, action, cues):
            return []
        population = _fronted_population(sentence, s, cues)
        if cue.phrase in {"offer", "prescribe"}:  # a guideline's "Offer X to people with Y": X, for them
            action, whom = _recipient_split(sentence, (e + len(sentence[e:]) - len(sentence[e:].lstrip()), action[1]), cues)
            population = population or whom
        return _listed(_checked_recommendation(sentence, s, e, cue, cues, c, action, population, e))
    if not cue.sentence_initial and (IN_CONDITION.search(before) or _WHERE_CONDITION.search(before) or re.search(r"(?<![\w-])there\s+$", before, re.I)):
        return []  # "if we need to ...", "There has to be a realistic expectation": no advice
    subject_end: Optional[int] = s  # where the subject before the cue ends
    folded_before = fold_case(before)  # a gap's ASCII words are in it wherever the pattern matches (case-insensitively)
    if any((g in folded_before or not g.isascii()) and re.search(r"(?<![\w-])" + re.escape(g) + r"\s+$", before, re.I) for g in cues.lower_sets["evidence_gaps"]):
        return []  # "There is insufficient evidence to recommend X": the advice is withheld
    if phrase in _UNNEEDED_CUES and _UNNEEDED_BEFORE.search(before) and not _AVOIDING_AFTER.match(sentence, e):
        # "They do not need to stay in bed", "Asymptomatic women do not usually need treatment", "There is no need to keep
        # your child off school": what is not needed is advised against (CLAIMS_SPEC.md, "needs X")
        cue = cue.model_copy(update={"against": True})
        denial = _UNNEEDED_BEFORE.search(before)
        subject_end = None if denial.group(0).lower().startswith("there") else len(before[: denial.start()].rstrip())
    elif phrase in _NEED_CUES and _NEGATED_BEFORE.search(before):
        return []  # "You don't have to live with the pain", "I never needed surgery"
    if phrase in _NEED_CUES and (_POSSESSIVE_BEFORE.search(before) or _SUBORDINATE_BEFORE.search(before)):
        return []  # "the lens that suits your needs" (a noun); "see your doctor, because sleep apnoea needs different
        # treatment": a reason clause explains the advice given before it
    chosen = _chosen_in_relative(sentence, s, e, cue, cues)
    if chosen is not None:  # "Methotrexate is the drug we usually recommend first": Methotrexate
        return _listed(_checked_recommendation(sentence, s, e, cue, cues, c, chosen, None, e))
    pronoun = _THING_PRONOUN_BEFORE.search(sentence[:s]) if not cue.imperative else None
    given = _GIVEN_AT.match(sentence, s) if pronoun is not None else None
    if given is not None:
        # "It should be offered to women who ...", "and they should not be used in pregnancy": the pronoun names the intervention
        # of the sentence before, advised (against) by the verb that gives it (CLAIMS_SPEC.md, session 17)
        whom = _recipient_split(sentence, (given.end(), len(sentence)), cues)[1] if re.match(r"\s+(?:to|for|in)\s", sentence[given.end() :], re.I) else None
        against = cue.against or bool(given.group("not")) or given.group("verb").lower() == "avoided"
        cue = cue.model_copy(update={"against": against})
        return _listed(_checked_recommendation(sentence, s, e, cue, cues, c, pronoun.span("it"), whom, given.end(), pronoun=True))
    aside = _ASIDE_BEFORE.search(sentence, 0, subject_end) if subject_end else None
    if aside is not None and (aside.group("word").lower() in _ASIDE_OPENERS or is_participle(aside.group("word"))
                              or (aside.group("word").lower() in _APPOSITION_ARTICLES and _NAME_BEFORE_ASIDE.search(sentence, 0, aside.start()))):
        subject_end = aside.start()  # "Zoledronic acid, given as a yearly infusion, is an option": the subject before the aside;
        # "Belimumab, a biological medicine, may be offered if ...": the name before its apposition
    population = left_phrase(sentence, subject_end, cues) if subject_end else None
    timed = _TIME_AFTER_HEAD.search(sentence, 0, population[1]) if population is not None else None
    if timed is not None and timed.start("time") == population[0] and timed.start() > 0:
        population = left_phrase(sentence, timed.start(), cues) or population  # "A second dose after 2 weeks may be
        # needed": the dose, not its time
    if population is not None and not cue.predicate and re.match(r"(?:is|are)\s", phrase):
        clause = s - len(_clause_before(sentence, s))
        gerund = _gerund_action(sentence, trim(sentence, (clause, s), cues), cues)
        if gerund is not None and gerund[0] < population[0]:
            population = gerund  # "Drinking alcohol while taking this medicine is not a good idea": the whole course of action
    opener = re.match(r"([\w'\u2019-]+)\s+(?:that\s+)?", sentence[population[0] : population[1]]) if population else None
    if population is not None and opener and opener.group(1).lower() in cues.lower_sets["non_recommendation_verbs"] and not (
            opener.group(1).lower() in _CONTACT_VERBS and _CONTACT_COMPOUND.match(sentence, population[0] + len(opener.group(1)))):
        population = (population[0] + opener.end(), population[1])  # "we believe surgery should be ...": surgery
    if population is not None:
        population = _population_phrase(sentence, population, cues)
    if population is not None and re.fullmatch(r"[a-z]+ly", sentence[population[0] : population[1]]):
        population = None  # "You really should ...": an adverb
    if population is not None and (is_pronoun(sentence, population, cues) or re.fullmatch(
        r"(?:you|we|they|i|he|she|it)['\u2019](?:ll|d|re|ve)", sentence[population[0] : population[1]], re.I
    )):
        population = None  # "You'll need to ...": the reader
    population = copula_subject(sentence, population, cues)
    if cue.agent or cue.needs_first:
        if not _agent_before(sentence, s, cues) and not (phrase.lower() in _TELLING_IMPERATIVES and _SENTENCE_LEAD.fullmatch(sentence, 0, s)):
            return []  # "the results suggest ...": no one gives this advice; "Advise people who smoke to stop": a guideline's
            # imperative to the clinician who reads it
        if phrase.endswith(("offer", "arrange")) and (_PROVIDER_OFFERS.search(sentence[:s]) or _SERVICE_OFFERS.search(sentence[:s])):
            return []  # "We may offer ...", "Our surgeons can offer ...", "we may arrange an ECG": what the page's provider does (CLAIMS_SPEC.md)
        if re.fullmatch(r"(?:start|starts|begin|begins)\s+(?:with|by)", phrase.lower()) and _PROVIDER_BEFORE.search(sentence[:s]):
            head = re.findall(r"[a-z][a-z-]*", sentence[e : list_end_at(sentence, e)].lower())
            if head and head[0] not in _APPROACH_HEADS and not any(w in _APPROACH_HEADS for w in head[:4]):
                return []  # "For mild cases we start with a splint": what the clinic does, a treatment claim, not advice
            # "Our physicians always start with the least invasive option": a principle of care, advice
        population = None  # "your surgeon may suggest": who advises, not for whom
    told = _told_to(sentence, e, cues) if _TELLING.search(phrase) else None
    passive_told = re.match(r"\s+(?:be\s+)?(?:advised|encouraged|urged|told)(?![\w-])", sentence[e:]) if re.search(r"(?:should|must|will)(?:\s+be)?$", phrase) else None
    if passive_told is not None:  # "Patients should be advised to avoid driving"
        told = _told_to(sentence, e + passive_told.end(), cues)
        told = None if told is None or told[1] is not None else told
    if told is None and re.search(r"(?:recommend|advise|suggest|urge)s?$", phrase):
        told = _that_clause(sentence, e, cues)  # "The agency recommends that all adults over 50 get the vaccine"
    if told is None and phrase.endswith(" that") and sentence[e - 5 : e].lower() == " that":
        told = _that_clause(sentence, e - 5, cues)  # "It is recommended that adults with asthma receive ..."
    if told is None and re.search(r"(?<![\w-])said$", phrase) and (said := _SAID_MODAL.match(sentence, e)) is not None and is_base_verb(said.group("verb")):
        action = _action_phrase(sentence, said.start("verb"), cues)  # "My GP said you can try a probiotic": the advice reported
        strength = "may" if said.group("modal").lower() in {"can", "could", "might", "may"} else "must" if said.group("modal").lower() == "must" else "should"
        told = None if action is None else (action, None, _against_verb(said.group("verb"), False, cues))
        cue = cue.model_copy(update={"strength": strength})
    if told is None and re.search(r"(?<![\w-])(?:told|said)$", phrase):
        return []  # "You will be told the results", "My GP said it was probably ...": no "to" and an action, no advice
    if told is not None:  # "Experts advise people with asthma to ...", "Parents are advised not to ..."
        action, whom, against = told
        cue = cue.model_copy(update={"against": cue.against or against})
        if whom is None and population is not None and sentence[population[0] : population[1]].lower().split()[-1] in (
            cues.lower_sets["agent_words"] | cues.lower_sets["advisor_words"]
        ):
            population = None  # "Clinicians are advised to check ...": who acts, not for whom
        return _listed(_checked_recommendation(sentence, s, e, cue, cues, c, action, whom or population, e))
    elif re.search(r"(?:recommend|advise|suggest)s?$", phrase):
        population = None  # "The national guideline recommends X": who recommends, not for whom
    if phrase in _NEED_CUES and (_BODY_BEFORE.search(before) or (phrase.endswith(" to") and _THING_WHICH_BEFORE.search(before))):
        return []  # "which means the body needs to make more insulin", "drops, which only need to go in twice a day": what
        # the body or a thing needs, no advice
    if phrase in _NEED_CUES and _QUANTIFIED.match(_clause_before(sentence, s)) and not (
            phrase.endswith(" to") and _intervention_subject(sentence, s, cues)):
        return []  # "Some patients may require ...", "1 in 3 people need another operation": how often, not advice
    action: Optional[Span] = None
    cared: Optional[re.Match[str]] = None
    cared_advice = False
    pos = e
    if cue.predicate:
        action, population = population, None
        hedge = re.search(r"\s+(?:seems?|appears?|looks?|proves?|remains?)(?:\s+to)?\s*$", sentence[action[0] : action[1]], re.I) if action else None
        if hedge is not None and hedge.start() > 0:
            action = (action[0], action[0] + hedge.start())  # "Bracing seems to be a good option": bracing, hedged
        if cue.gerund_subject:
            clause = s - len(_clause_before(sentence, s))
            action = _gerund_action(sentence, trim(sentence, (clause, s), cues), cues)
            if action is None:
                return []  # "Untreated diabetes is dangerous": a fact about a condition, no course of action
        population = _for_whom(sentence, e, cues)  # "X is a good option for people with Y"
        modal = match.group("modal") if match is not None else None
        if modal:
            cue = cue.model_copy(update={"strength": _MODAL_STRENGTH.get(modal.lower(), cue.strength)})
    elif cue.action_side == "right" or cue.needs_first:
        if _REFERRAL_TO.search(phrase) and _PROVIDER_BEFORE.search(sentence[:s]):
            return []  # "For persistent pain we can refer you to a surgeon": what the page's provider does, no advice
        stop = -1
        if cue.needs_first:
            first = re.compile(r"\s+first(?![\w-])", re.I).search(sentence, e)
            comma = _top_level_comma(sentence, e)
            if first is None or (comma is not None and comma < first.start()):
                return []  # "first" must close this action, not a later clause
            stop = first.start()
        start = e + len(sentence[e:]) - len(sentence[e:].lstrip())
        if _PLAIN_OFFERED.fullmatch(phrase) and not _people(sentence, population, cues):
            # "Patients who relapse are then offered ...", "most people who have had more than one infection are offered ...":
            # the people with their relative clause, the whole clause before the verb
            clause = _clause_before(sentence, s).rstrip()
            whole = trim(sentence, (s - len(_clause_before(sentence, s)), s - (len(_clause_before(sentence, s)) - len(clause))), cues) if clause else None
            if whole is not None and _people(sentence, whole, cues) and re.search(r"\s(?:who|with|whose)\s", sentence[whole[0] : whole[1]], re.I):
                population = whole
        if _PLAIN_OFFERED.fullmatch(phrase) and not _people(sentence, population, cues) and (
                population is None or is_pronoun(sentence, population, cues)
                or not (re.match(r"to\s", sentence[start:], re.I) and _people(sentence, _recipient_split(sentence, (start - 1, len(sentence)), cues)[1], cues))):
            return []  # "Steroid injections are often offered first", "PRP is offered by some clinics": what is used, a treatment
            # claim; "Most people with X are offered Y" and "Y is offered to people with X" are advice
        action = right_phrase(sentence, start, cues, limit=cues.max_item_words, stop=stop)
        if (action is None or c.instead.match(sentence, start)) and population is not None and not cue.agent:
            action, population = population, None  # "Antidepressants may be prescribed rather than ..."
        elif population is not None and not cue.agent and (when := _WHEN_CLAUSE.match(sentence, start)) is not None:
            # "A hip replacement may be offered if a hip is badly damaged": the replacement, in that situation
            clause = re.match(r"(?:(?:the|a|an|your|their)\s+)?([^,;:.()]+?)\s*(?:[,;:.()]|$)", sentence[when.end() :], re.I)
            action, population = population, ((when.end() + clause.start(1), when.end() + clause.end(1)) if clause else None)
        elif population is not None and not cue.agent and re.match(r"(?:to|for)\s", sentence[start:], re.I):
            whom = _recipient_split(sentence, (start - 1, len(sentence)), cues)[1]
            if whom is not None:  # "Melatonin may be offered to older adults": melatonin, for them
                action, population = population, whom
        if action is not None and cue.agent and population is None and re.search(r"(?:suggest|suggests|recommend|recommends|advise|advises|reserve)$", phrase, re.I):
            # "Surgeons often suggest a flap procedure for people with large or recurrent sinuses": the procedure, for them
            thing, whom = _recipient_split(sentence, (action[0], len(sentence)), cues)
            if whom is not None and thing[1] <= action[1]:
                action, population = thing, whom
        if action is not None and phrase.split()[-1] in {"with", "by"}:
            action = (s, action[1])  # "start with the least invasive option": the action as said
        if action is not None and _REFERRAL_TO.search(phrase):
            if re.match(r"\s*for\s*:\s*$", sentence[action[1] :]):
                return []  # "a GP may refer you to a specialist for:": what the referral is for follows, in the bullets
        if action is not None:
            action = named_items(sentence, [action], cues)[0]  # "an operation called carpal tunnel release"
        if action is not None and phrase.endswith("use of"):  # "Our findings support the use of X in Y": X, in Y
            action, population = _alternative_split(sentence, action, cues)
    else:
        action, population, pos = _classic_action(sentence, s, e, phrase, cues, c, population)
        if action is None:
            return []
        action, population = _care_giver_action(sentence, phrase, action, population, cues)
        if cue.sentence_initial and phrase == "consider" and population is None and action[0] >= e:
            thing, whom = _recipient_split(sentence, action, cues)  # a guideline's "Consider X for people with Y": X, for them
            if whom is not None:
                action, population = thing, whom
        cared = _CARE_PARTICIPLE_AFTER.match(sentence, e) if re.search(r"(?:should|must|ought\s+to|needs?\s+to)(?:\s+\w+)?(?:\s+be)?$", phrase) else None
        if cared is not None and action[1] <= s and not any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[action[0] : action[1]].lower())):
            care = _action_phrase(sentence, cared.start("part"), cues)
            if care is not None:  # "Long-term PPI use should be reviewed with your doctor": the review is the advice
                people = _people(sentence, action, cues)
                named = _ADVERB_TAIL.sub("", sentence[action[0] : action[1]])
                if phrase.startswith("need") and not people and (cared.group("part").lower() in _LOOKED_AT or (
                        _names_condition(named, cues) and not re.search(r"(?:^|\s)(?:that|which|who|whose)\s", sentence[: action[0]] + named, re.I))):
                    cared_advice = True  # "A painful abscess needs to be drained", "A lump that does not go away needs to be
                    # checked": what a condition or a finding needs, or a thing needs to have looked at, is advice (CLAIMS_SPEC.md,
                    # session 17: "needs X"); not "Stones that block the kidney need to be treated" (what happens to things)
                action, population = care, (action if people else population)
        elif cared is not None and action[0] >= e and phrase.startswith("need"):
            # "Newborn babies with sticky eyes need to be seen urgently": the care is the advice, for its subject
            end = s - len(re.search(r"(?:(?:also|usually|often|always|then|still|all|may|might|will|would)\s+)*$", sentence[:s], re.I).group(0))
            subj = population or left_phrase(sentence, end, cues)
            whole = trim(sentence, (LIST_MARK.match(sentence).end(), end), cues)
            if (subj is None or not _people(sentence, subj, cues)) and whole is not None and not is_clause(sentence[whole[0] : whole[1]], cues):
                subj = whole  # "Newborn babies with red, sticky eyes need to be seen": the subject past the comma of its modifiers
            care = _action_phrase(sentence, cared.start("part"), cues)
            if care is not None and subj is not None and _people(sentence, subj, cues) and not _QUANTIFIED.match(sentence, subj[0]):
                action, population = care, subj  # (not "Stones that block the kidney need to be treated": what happens to things)
            elif care is not None and (_IT_BEFORE.search(sentence, 0, end) or (subj is not None and _names_condition(sentence[subj[0] : subj[1]], cues))):
                action, population = care, None  # "It needs to be treated quickly", "as it needs to be checked": the care (CLAIMS_SPEC.md, session 17)
                cared_advice = True
        given = _GIVEN_AS.match(sentence, e) if phrase in {"need to", "needs to"} else None
        if given is not None and _intervention_subject(sentence, s, cues):
            care = _action_phrase(sentence, given.start("part"), cues)
            if care is not None:  # "Most lice treatments need to be repeated after 7 days": how it is to be given is the advice
                action, population = care, None
                cared_advice = True
        if re.match(r"(?:\s+(?:only|be|used|given|considered|tried|offered|prescribed|kept)){0,3}\s+as\s+(?:a|the)\s+(?:very\s+)?last\s+resort", sentence[e:], re.I):
            cue = cue.model_copy(update={"against": True})  # "Opioids should only be used as a last resort": against them first
            population = population or _recipient_split(sentence, (e, len(sentence)), cues)[1]
            if population is None:
                rest = re.compile(r"\s+last\s+resort\s+for\s+").search(sentence, e)
                population = trim(sentence, (rest.end(), re.compile(r"[.;:!?(),]|$").search(sentence, rest.end()).start()), cues) if rest else None
        if _expected_course(sentence, phrase, action, population, cues):
            return []  # "The rash should clear up within 10 days", "Your blood count should start to rise": what to expect
        timing = _course_of_care(cues).match(sentence[e:])
        if timing and population is not None and not _people(sentence, population, cues) and phrase in {"should", "must"}:
            action, population = population, None  # "Treatment with antivirals should begin within 72 hours": the treatment
    if action is not None and action[1] <= s and _people(sentence, action, cues):
        lead_in = re.search(r"(?<![\w-])(?:in|for|among)\s+$", sentence[: action[0]], re.I)
        named = left_phrase(sentence, lead_in.start(), cues) if lead_in is not None else None
        if named is not None and not _people(sentence, named, cues) and not is_pronoun(sentence, named, cues):
            action, population = named, action  # "A low-salt diet in those with high blood pressure is advised": the diet, for them
    if action is None:
        return []
    if re.search(r"(?:continue|carry\s+on|keep)$", phrase) and _GOING_ON_AS_BEFORE.match(sentence[action[0] : action[1]]):
        return []  # "You may continue to feel tired", "you can keep having symptoms": what goes on, no permission
    if phrase in _NEED_CUES and not cared_advice and not (cared is not None and action[0] >= cared.start("part") and population is not None) and not _care_needed(sentence, action, population, cues):
        return []
    if phrase == "need" and not _people(sentence, population, cues) and not _READER_NEEDS.search(sentence, 0, s) and not (
            cue.against and _UNNEEDED_BEFORE.search(before)):
        return []  # "Stones that block the kidney need treatment": what happens to things; "All patients with X need Y": advice
        # ("A ganglion does not always need treatment": care the condition is said not to need is advised against, as
        # "Asymptomatic women do not usually need treatment"; CLAIMS_SPEC.md, session 17)
    if action[1] <= s and sentence[: action[0]].rstrip().endswith(","):
        head = max(sentence.rfind(ch, 0, action[0]) for ch in ".;:!?") + 1
        head = max(head, LIST_MARK.match(sentence).end())
        items = list_items(sentence, (head + len(sentence[head:]) - len(sentence[head:].lstrip()), action[1]), cues, None)
        if len(items) > 2 and all(len(sentence[a:b].split()) <= 4 for a, b in items):  # "Rest, ice, compression and elevation are recommended"
            return [m for i in items if (m := _checked_recommendation(sentence, s, e, cue, cues, c, i, population, pos))]
    if phrase in {"requires", "require", "needs", "need"}:
        start = e + len(sentence[e:]) - len(sentence[e:].lstrip())
        items = list_items(sentence, (start, list_end_at(sentence, start)), cues, None)
        if len(items) > 1 and all(_care_needed(sentence, i, population, cues) for i in items):
            return [m for i in items if (m := _checked_recommendation(sentence, s, e, cue, cues, c, i, population, e))]
    if population is None:
        population = _fronted_population(sentence, s, cues)
    return _listed(_checked_recommendation(sentence, s, e, cue, cues, c, action, population, pos))


_GERUND_CLAUSE_END = re.compile(r"\s+(?:before|until|unless|when|whenever|if|while|because)\s+(?:(?:s/he|he|she|they|you|we|it|the|a|an|your|their|his|her)\s+|[\w'\u2019-]+\s+(?:has|have|is|are|was|were|does|do)\s)", re.I)


def _gerund_action(sentence: str, span: Optional[Span], cues: RelationCues) -> Optional[Span]:
    """The course of action a judging predicate is about, if its subject is a gerund phrase
    ("Sending a patient for surgery before s/he has seen a specialist is a mistake": 'Sending a
    patient for surgery', without the time clause), else None."""
    if span is None:
        return None
    text = sentence[span[0] : span[1]]
    m = re.match(r"(?:(?:not|never|always)\s+)?([A-Za-z]+)ing(?![\w'-])\s*(?P<next>[\w'-]*)", text, re.I)
    if m is None:
        return None
    stem = m.group(1).lower()
    if not any(is_base_verb(v) for v in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")):
        return None
    nxt = m.group("next").lower()
    objects = cues.lower_sets["imperative_objects"]
    if is_noun(m.group(1) + "ing") and not (nxt in objects or (is_noun(nxt) and nxt not in cues.lower_sets["prepositions"])):
        return None  # "Bleeding after surgery is dangerous": a finding, not something done
    instead = compiled(cues).instead.search(sentence, span[0], span[1])
    if instead is not None and not re.match(r"\s+[a-z]+ing(?![\w-])", sentence[instead.end() :]):
        instead = None  # "Stretching before exercise": one action; "Prescribing opioids before trying physiotherapy": cut
    cut = _GERUND_CLAUSE_END.search(sentence, span[0], span[1]) or instead
    span = trim(sentence, (span[0], cut.start()), cues) if cut else span
    return span if span is not None and len(sentence[span[0] : span[1]].split()) <= cues.max_argument_words else None


_GIVING = frozenset({"offer", "prescribe", "give", "recommend", "suggest", "consider", "use", "try", "provide", "start", "discuss"})
_RECIPIENT = re.compile(r"\s+(?:to|for|in)\s+(?=\S)", re.I)
_AS_ROLE = re.compile(r"\s+as\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:treatment|therapy|option|choice|step|measure|approach|agent|drug|line)(?![\w-])", re.I)


def _recipient_split(sentence: str, span: Span, cues: RelationCues) -> tuple[Span, Optional[Span]]:
    """What is given and to whom, in the object of a verb of giving: "metformin as first-line
    therapy for adults with diabetes" gives ('metformin', 'adults with diabetes'); without people
    after "to / for / in", the span stays whole."""
    end = span[1]
    tail = re.compile(r"[.;:!?()]|,\s+(?:and|but|which|because|as|so|to)\s|$").search(sentence, span[0]).start()
    whom = None
    for m in _RECIPIENT.finditer(sentence, span[0], tail):
        people = trim(sentence, (m.end(), tail), cues)
        if people is not None and _people(sentence, people, cues):
            whom, end = people, m.start()
            break
    role = _AS_ROLE.search(sentence, span[0], end)
    thing = trim(sentence, (span[0], role.start() if role else end), cues)
    return (thing or span), whom


def _care_giver_action(
    sentence: str, phrase: str, action: Span, population: Optional[Span], cues: RelationCues
) -> tuple[Span, Optional[Span]]:
    """The care a recommendation gives when who gives care is its subject or speaker ("Clinicians
    should consider CBT for people with insomnia", "We recommend metformin for adults with
    diabetes"): what is given, and to whom, not the care giver as its population."""
    agent = population is not None and sentence[population[0] : population[1]].lower().split()[-1] in (
        cues.lower_sets["agent_words"] | cues.lower_sets["advisor_words"]
    )
    if re.search(r"(?:recommend|suggest)s?$", phrase) and population is None:
        return _recipient_split(sentence, action, cues)
    first = re.match(r"([a-z]+)\s+(?=\S)", sentence[action[0] : action[1]])
    if first and (first.group(1) in {"offer", "prescribe"} or (agent and first.group(1) in _GIVING)):  # "Do not offer X to Y"
        return _recipient_split(sentence, (action[0] + first.end(), action[1]), cues)
    return action, population


_ALTERNATIVE_END = re.compile(r"\s+(?:(?P<purpose>to)\s+(?P<verb>[a-z]+)|(?P<prep>in|during|for)\s+(?P<situation>\S))", re.I)


def _alternative_split(sentence: str, span: Span, cues: RelationCues) -> tuple[Span, Optional[Span]]:
    """The alternative of "rather than / over Y" without the purpose or the situation that follows
    it ("rather than soap to wash your skin": 'soap'; "over ibuprofen in late pregnancy":
    'ibuprofen', in the situation 'late pregnancy')."""
    for m in _ALTERNATIVE_END.finditer(sentence, span[0], span[1]):
        if m.group("purpose") and (not is_base_verb(m.group("verb")) or re.match(r"[a-z]+ing\s", sentence[span[0] : m.start() + 1])):
            continue  # "soap to wash your skin": a purpose; "returning to sport": the gerund's own complement
        head = trim(sentence, (span[0], m.start()), cues)
        if head is None:
            break
        end = re.compile(r"[.;:!?()]|,\s|$").search(sentence, m.start("situation")).start()
        situation = trim(sentence, (m.start("situation"), end), cues) if m.group("prep") else None
        return head, situation
    return span, None


#: what a reader "may continue" or "can keep" that is an experience, not a doing ("to feel tired", "having symptoms")
_GOING_ON_AS_BEFORE = re.compile(r"(?:to\s+)?(?:have|has|having|feel|feeling|get|getting|notice|noticing|experience|experiencing|be|being|need|needing)(?![\w-])",
                                 re.IGNORECASE)


#: "it should not", "this shouldn't usually": a thing as the subject of a denied expectation
_IT_SHOULD_NOT = re.compile(r"(?<![\w-])(?:it|this)\s+should(?:\s+not|n['\u2019]t|\s+never)(?:\s+[a-z]+ly)?\s+$", re.IGNORECASE)


def _expected_course(sentence: str, phrase: str, action: Span, subject: Optional[Span], cues: RelationCues) -> bool:
    """Whether "X should <verb>" tells what is expected of a thing, not what someone should do: the
    subject is no person and the verb one of the course of things ("Metformin should lower your
    blood sugar", "The swelling should settle"); or, of anyone, a recovery ("You should feel better
    within a few days")."""
    if phrase == "should" and any(re.match(re.escape(v) + r"(?![\w-])", sentence[action[0] : action[1]].lower())
                                  for v in cues.lower_sets["recovery_expectations"]):
        return True  # "They should start to feel better within 30 minutes": what is expected of people, no advice
    if phrase in {"should not", "shouldn't", "should never"} and any(
            re.match(re.escape(v) + r"(?![\w-])", sentence[action[0] : action[1]].lower()) for v in cues.lower_sets["denied_expectation_verbs"]):
        # "Conjunctivitis should not hurt much, and it should not affect your sight", "The swelling should not last more than a
        # week": what a thing is expected not to do; of a person it is advice ("You should not return to work until ...")
        if subject is None:
            return _IT_SHOULD_NOT.search(sentence, 0, action[0]) is not None
        return not _people(sentence, subject, cues) and sentence[subject[0] : subject[1]].lower().split()[-1] not in (
            cues.lower_sets["agent_words"] | cues.lower_sets["advisor_words"])
    if phrase != "should" or subject is None or _people(sentence, subject, cues):
        return False
    if sentence[subject[0] : subject[1]].lower().split()[-1] in cues.lower_sets["agent_words"] | cues.lower_sets["advisor_words"]:
        return False
    text = sentence[action[0] : action[1]].lower()
    return any(re.match(re.escape(v) + r"(?![\w-])", text) for v in cues.lower_sets["expectation_verbs"])


_TELLING = re.compile(r"(?<![\w-])(?:advise[sd]?|urge[sd]?|urging|encourage[sd]?|encouraging|tell|tells|told|warned|said)$", re.I)
#: After "said": the reader or the writer and a modal of advice, then the verb ("said you can try", "said I should rest").
_SAID_MODAL = re.compile(
    r"\s+(?:that\s+)?(?:you|i|we)\s+(?P<modal>can|could|should|must|might|may|need\s+to|ought\s+to)\s+(?:(?:just|also|always|only)\s+)?(?P<verb>[A-Za-z]+)(?![\w'-])",
    re.IGNORECASE,
)
#: Who is told, as a pronoun: the writer or the people the text is about ("told me to", "told them not to").
_TOLD_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})
_TOLD_TO = re.compile(r"\s+(?P<who>(?:[\w'\u2019-]+\s+){0,8}?)(?P<not>not\s+)?to\s+(?P<verb>[A-Za-z]+)(?![\w'-])")


def _told_to(sentence: str, e: int, cues: RelationCues) -> Optional[tuple[Span, Optional[Span], bool]]:
    """The action, the people told and the direction of "advise / urge / encourage (people) (not) to
    <verb> ..." right after the cue at ``e``: "advise people with gout to drink more water" gives
    ('drink more water', 'people with gout', False); "are advised not to drive" ('drive', None, True)."""
    m = _TOLD_TO.match(sentence, e)
    if m is None or not is_base_verb(m.group("verb")) or re.search(r"[,;:.()]", m.group("who")):
        return None
    if m.group("who").strip().lower() in _TOLD_PRONOUNS:
        whom = None  # "my GP told me to start moving": the writer, whom the advice is for as any reader
    else:
        whom = trim(sentence, (m.start("who"), m.end("who")), cues) if m.group("who").strip() else None
    if whom is not None and not _people(sentence, whom, cues):
        return None  # "advise caution to ...": no one told
    action = _action_phrase(sentence, m.start("verb"), cues)
    return None if action is None else (action, whom, _against_verb(m.group("verb"), m.group("not") is not None, cues))


_REPORTED = re.compile(r"(?<![\w-])(?:says?|said|states?|stated|advises?|recommends?|suggests?|warns?)\s+(?:that\s+)?", re.I)


def _population_phrase(sentence: str, span: Span, cues: RelationCues) -> Optional[Span]:
    """The subject before a modal as who the advice is for: without a reporting clause ("The new
    guidance says adults should ...": 'adults') and with the people a relative clause restricts
    ("Women who are pregnant should not ...": 'Women who are pregnant', not 'pregnant')."""
    reported = list(_REPORTED.finditer(sentence, span[0], span[1]))
    if reported:
        return trim(sentence, (reported[-1].end(), span[1]), cues)
    who = re.search(r"([\w'-]+)\s+who\s+(?:(?:are|is|have|has|had|were|was|been)\s+)+$", sentence[: span[0]], re.I)
    if who and _people(sentence, (who.start(1), who.end(1)), cues):
        return (who.start(1), span[1])
    head = re.search(r"([\w'-]+)\s+$", sentence[: span[0]])
    if head and _people(sentence, (head.start(1), head.end(1)), cues) and re.match(r"[a-z]+(?:ing|ed)\s", sentence[span[0] : span[1]]):
        return (head.start(1), span[1])  # "People presenting with sudden distortion should ...": the people the participle restricts
    return span


def _that_clause(sentence: str, e: int, cues: RelationCues) -> Optional[tuple[Span, Optional[Span], bool]]:
    """The action, the people and the direction of "recommends that <people> (should) (not) <verb>
    ..." ("recommends that all adults aged 50 and older get the shingles vaccine")."""
    lead = re.match(r"\s+that\s+", sentence[e:])
    if lead is None:
        return None
    passive = re.compile(r"(?P<thing>[^,;:.()]{1,80}?)\s+(?:should\s+)?(?P<not>not\s+)?be\s+(?P<verb>[a-z]+)(?![\w'-])").match(sentence, e + lead.end())
    if passive and is_participle(passive.group("verb")):  # "We suggest that hydroxychloroquine not be used for ..."
        thing = trim(sentence, (passive.start("thing"), passive.end("thing")), cues)
        if thing is not None and not _people(sentence, thing, cues) and not is_pronoun(sentence, thing, cues):
            stopped = passive.group("verb").lower() in cues.lower_sets["discontinuation_words"] | {"avoided", "withheld"}
            return thing, _for_whom(sentence, passive.end(), cues), (passive.group("not") is not None) != stopped
    m = None
    for n in range(1, 9):  # the verb after one to eight words of people
        m = re.compile(r"(?P<who>(?:[\w'\u2019-]+\s+){%d})(?:(?:should|must)\s+)?(?P<not>not\s+|do\s+not\s+)?(?P<verb>[a-z]+)(?![\w'-])" % n).match(sentence, e + lead.end())
        if m is None:
            continue
        if re.search(r"[,;:.()]", m.group("who")):
            return None
        after = re.match(r"\s+([\w'-]+)", sentence[m.end() :])
        before_object = after is not None and after.group(1).lower() in cues.lower_sets["imperative_objects"]
        if is_base_verb(m.group("verb")) and (not is_noun(m.group("verb")) or before_object) or m.group("verb") in {"get", "have", "be", "take", "receive", "avoid", "use"}:
            break
        if m.group("verb") in ("are", "is") and after is not None and is_participle(after.group(1)):
            break  # "recommend that all adults with X are offered Y", as "... be offered Y"
    else:
        return None
    whom = trim(sentence, (m.start("who"), m.end("who")), cues)
    if whom is None or not _people(sentence, whom, cues):
        return None
    verb = m.start("verb") if m.group("verb") not in ("are", "is") else m.end("verb") + len(after.group(0)) - len(after.group(1))
    action = _action_phrase(sentence, verb, cues)
    return None if action is None else (action, whom, _against_verb(m.group("verb"), m.group("not") is not None, cues))


def _against_verb(verb: str, negated: bool, cues: RelationCues) -> bool:
    """Whether the advice to <verb> is against something: negated ("not to drive") or a verb of
    keeping away ("avoid NSAIDs"), not both."""
    own = _initial_cues(cues).get(verb.lower())
    return negated != bool(own is not None and own.against)


_MODAL_STRENGTH = {"should": "should", "must": "must", "may": "may", "might": "may", "can": "may", "could": "may", "would": "should", "will": "should"}


#: The recipient verbs whose participle is the advice itself ("should be referred urgently"), not a giving of a thing.
_REFERRAL_VERBS = frozenset({"referred"})
#: A referral to a clinician or a service ("may refer you to", "will be referred to"): the advice is the referral, to one
#: place (CLAIMS_SPEC.md: the places to get help stay one recommendation).
_REFERRAL_TO = re.compile(r"(?:refer\s+you|referred)\s+to$", re.IGNORECASE)


def _classic_action(
    sentence: str, s: int, e: int, phrase: str, cues: RelationCues, c: Compiled, population: Optional[Span]
) -> tuple[Optional[Span], Optional[Span], int]:
    """The action of a modal or advisory cue: after a passive ("should be treated with X"), the
    subject ("X is recommended"), or the verb phrase after it ("should avoid X")."""
    action: Optional[Span] = None
    pos = e
    ranked = _RANKED_PREDICATE.match(sentence, s)
    if ranked is not None and population is not None and not _people(sentence, population, cues):
        # "Propranolol should remain the first-line treatment for most patients with ...": the subject, ranked, for them
        whom = re.match(r"\s+(?:for|in)\s+", sentence[ranked.end() :])
        return population, (_for_whom(sentence, ranked.end(), cues) if whom else None), ranked.end()
    pm = c.passive.match(sentence, e) if phrase.endswith("be") else None
    if pm is not None:
        given = None
        if pm.group("verb").lower() in cues.lower_sets["recipient_passive_verbs"] and _people(sentence, population, cues):
            given = right_phrase(sentence, pm.end(), cues, limit=cues.max_item_words)  # "older adults should be offered X"
            if pm.group("verb").lower() in _REFERRAL_VERBS:  # "Children with X should be referred (urgently / to hospital)": the referral
                referral = _action_phrase(sentence, pm.start("verb"), cues)
                given = (pm.start("verb"), max(given[1] if given else 0, referral[1] if referral else pm.end("verb")))
        if given is not None:
            action = given
        elif pm.group("prep") in {"with", "by", "using", "through", "via"}:
            action = right_phrase(sentence, pm.end(), cues, limit=cues.max_item_words)
        else:
            action, population = population, None
            if pm.group("prep") == "for" or (pm.group("prep") == "to" and pm.group("verb").lower() in cues.lower_sets["recipient_passive_verbs"]):
                # "X should be offered to all patients with COPD": for them
                population = _recipient_split(sentence, (pm.start("prep") - 1, len(sentence)), cues)[1]
        pos = pm.end()
    elif phrase in {"requires", "require", "needs", "need", "have to", "has to", "would need"}:
        action = right_phrase(sentence, e, cues, limit=cues.max_item_words)
        if phrase in {"have to", "has to", "would need"} and action is not None:
            action = _action_phrase(sentence, e + (len(sentence[e:]) - len(sentence[e:].lstrip())), cues)
    elif phrase.startswith(("is ", "are ", "may be", "can be", "could be", "should be considered", "would be", "best option")) or phrase in {
        "is best", "is preferred", "is recommended", "are recommended", "is an option"
    } or phrase.endswith(" avoided"):
        told = re.match(r"\s+to\s+([A-Za-z]+)", sentence[e:])
        if (told and phrase.endswith(("advised", "encouraged", "urged", "recommended")) and is_base_verb(told.group(1))
                and not (population is not None and not _people(sentence, population, cues) and _names_used_thing(sentence, population, cues))):
            return _action_phrase(sentence, e + told.start(1), cues), population, pos  # "Patients are advised to stop X"
        # "Tiny plugs placed in the tear ducts are sometimes recommended to keep your tears ...": the plugs, for that aim
        eased = _EASED_WITH.match(sentence, e) if phrase in {"is best", "are best"} else None
        if eased is not None:  # "The itch is best soothed with a cool compress": the compress is advised, not the itch
            return right_phrase(sentence, eased.end(), cues, limit=cues.max_item_words), None, eased.end()
        chosen_for = _CONSIDERED_FOR.match(sentence, e) if phrase.endswith("considered") and _people(sentence, population, cues) else None
        if chosen_for is not None:  # "Patients with severe gout should be considered for allopurinol": allopurinol, for them
            given = right_phrase(sentence, chosen_for.end(), cues, limit=cues.max_item_words)
            if given is not None:
                return given, population, chosen_for.end()
        action, population = population, None
        if action is not None and "(" in sentence[action[0] : action[1]] and ")" not in sentence[action[0] : action[1]]:
            name = sentence[action[0] : action[1]].split("(")[0].rstrip()  # "Tiny plugs (punctal plugs": an open gloss dropped
            action = (action[0], action[0] + len(name))
        if phrase.endswith(("recommended", "advised", "considered", "avoided", "preferred", "an option", "needed", "necessary")):
            population = _for_whom(sentence, e, cues)  # "X is not recommended for adults with Y"
            if population is None:  # "Screening is recommended every three years for women aged 25 to 49"
                population = _recipient_split(sentence, (e, len(sentence)), cues)[1]
    else:
        rest = sentence[e:]
        skip = re.match(r"\s*(?:that\s+|to\s+)?(?:(?:you|patients|people|we|they|everyone|anyone)\s+)?(?:(?:should|must|always|also|first|then)\s+)?", rest, re.I)
        start = e + (skip.end() if skip else 0)
        action = _action_phrase(sentence, start, cues)
        # (past an adverb of frequency: "Antibiotics should not be routinely offered")
        passive = (re.match(r"\s+(?:be\s+)?" + _PASSIVE_ADVERB + r"([a-z]+)(?![\w-])", rest) if phrase.endswith(" be")
                   else re.match(r"\s+be\s+" + _PASSIVE_ADVERB + r"([a-z]+)(?![\w-])", rest))
        if passive and passive.group(1).lower() in cues.lower_sets["non_recommendation_verbs"]:
            return None, population, pos  # "X should not be confused with Y": no advice
        if (passive and _other_action(passive.group(1), sentence, e + passive.end(1))
                and population is not None and not _people(sentence, population, cues)
                and not _names_condition(sentence[population[0] : population[1]], cues)
                and (re.search(r"(?<![\w-])not(?![\w-])|n['\u2019]t(?![\w-])", phrase + rest[: passive.start(1)], re.I)
                     or not any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[population[0] : population[1]].lower())))):
            # "Anticoagulants should not be stopped routinely", "PPIs should be taken before breakfast": the action on the
            # named thing is the advice (CLAIMS_SPEC.md, session 17, as for "They should not be stopped abruptly")
            action, population = _action_phrase(sentence, e + passive.start(1), cues), None
        elif passive and is_participle(passive.group(1)) and population is not None and not _people(sentence, population, cues):
            action, population = population, None  # "Ice should be applied for 20 minutes": ice
        elif (phrase.endswith(" be") and population is not None and not _people(sentence, population, cues)
              and not is_pronoun(sentence, population, cues) and (manner := _MANNER_ONLY.match(rest)) is not None
              and not _names_condition(sentence[population[0] : population[1]], cues)
              and all(is_modifier(w.lower()) and not is_participle(w.lower()) for w in manner.group("adj").split() if w.lower() not in ("and", "or"))):
            action, population = population, None  # "Tapering should be gradual", "Exercise should be gentle and regular": the
            # subject is the advice, the adjective how it is done
            clause = _clause_before(sentence, s)
            whole = trim(sentence, (s - len(clause), s), cues) if clause.strip() else None
            if whole is not None and whole[0] < action[0] and not is_clause(sentence[whole[0] : whole[1]], cues):
                action = whole  # "Rehabilitation after a hip fracture should be early": the whole subject
        elif passive and passive.group(1).lower() in cues.lower_sets["recipient_passive_verbs"] and _people(sentence, population, cues):
            given = right_phrase(sentence, e + passive.end(), cues, limit=cues.max_item_words)
            action = given or action  # "Children under 2 should not be given cough medicine": cough medicine, for them
    return action, population, pos


#: What people are considered for, after the cue: "(Patients with X should be considered) for an interleukin-17 inhibitor".
_CONSIDERED_FOR = re.compile(r"\s+for\s+(?:(?:a|an|the)\s+)?(?=[A-Za-z])", re.IGNORECASE)


#: An adverb of frequency between "be" and the participle of a passive of care ("should not be routinely offered").
_PASSIVE_ADVERB = r"(?:(?:routinely|usually|normally|generally|always|ever|also|still|then)\s+)?"


#: How an intervention is to be given after "needs to be" ("repeated after 7 days", "used every day", "applied twice a
#: day", "taken with food"), which the text advises (CLAIMS_SPEC.md, session 17: "need to be VERBed").
_GIVEN_AS = re.compile(
    r"(?:\s+(?:always|also|usually|then|only|still))?\s+be\s+(?:(?:always|also|usually|then|only|still)\s+)?"
    r"(?P<part>repeated|used|applied|taken|continued|given|kept\s+up|started|stopped\s+gradually|finished|completed)(?![\w-])",
    re.IGNORECASE,
)


def _names_intervention(text: str, cues: RelationCues) -> bool:
    """Whether a phrase names an intervention by its last word ("most treatments", "a nail lacquer", "the tablets")."""
    ws = re.findall(r"[a-z][a-z'-]*", text.lower())
    return bool(ws) and (intervention_word(ws[-1], cues) or ws[-1] in cues.lower_sets["care_nouns"]
                         or ws[-1] in cues.lower_sets["dosage_form_words"]
                         or (ws[-1].endswith("s") and intervention_word(ws[-1][:-1], cues)))


def _intervention_subject(sentence: str, s: int, cues: RelationCues) -> bool:
    """Whether the subject of the clause before ``s`` (its modals and adverbs left out) names an intervention."""
    end = s - len(re.search(r"(?:(?:also|usually|often|always|then|still|all|may|might|will|would|normally|generally)\s+)*$",
                            sentence[:s], re.I).group(0))
    head = re.split(r"\s+(?:for|of|in|with|on|to|from)\s+", _clause_before(sentence, end), maxsplit=1, flags=re.I)[0]
    return _names_intervention(head, cues)  # "Antibiotics for cellulitis": the antibiotics


def _names_condition(text: str, cues: RelationCues) -> bool:
    """Whether a phrase names a condition or a finding by its last word: a condition head ("syndrome", "infection"), a
    disease suffix ("conjunctivitis") or a finding ("pain"): "Conjunctivitis should be painless" says what to expect."""
    ws = re.findall(r"[a-z][a-z'-]*", text.lower())
    return bool(ws) and (ws[-1] in cues.lower_sets["condition_heads"] or ws[-1].endswith(tuple(cues.disease_suffixes))
                         or ws[-1] in cues.lower_sets["symptom_finding_nouns"])  # "The pain should be mild": what to expect


#: an adjective (or two joined by "and"/"or") that ends the clause after "should be" ("should be gradual", "must be gentle
#: and regular"): how the subject is done, no action of its own
_MANNER_ONLY = re.compile(r"\s+(?:(?:as|very|fairly|quite|always)\s+)?(?P<adj>[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?)\s*(?:[.;!]|$)", re.IGNORECASE)


#: A modal and a copula before a noun that ranks the subject among the treatments: "should remain the first-line treatment",
#: "should be the first choice", "must remain the mainstay of care".
_RANKED_PREDICATE = re.compile(
    r"(?:should|must|ought\s+to|will)(?:\s+(?:also|still|usually|normally|generally|always|now))?\s+(?:be|remain|stay|continue\s+to\s+be)\s+"
    r"(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:treatments?|options?|choices?|therap(?:y|ies)|drugs?|medicines?|agents?|mainstay|cornerstone|standard\s+of\s+care)(?![\w-])",
    re.IGNORECASE,
)
_OBJECTLESS = re.compile(r"(?:\s+(?:first|initially|most|most\s+often|today|now))*\s*(?:[.;,!)]|$)", re.I)
_RELATIVE_HEAD = re.compile(
    r"(?<![\w-])(?:is|are|remains?)\s+(?:the|a|an|our|my|their|one)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:(?:that|which)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}$",
    re.I,
)


def _chosen_in_relative(sentence: str, s: int, e: int, cue: RecommendationCue, cues: RelationCues) -> Optional[Span]:
    """The subject of "X is the treatment (that) we usually recommend (first)": the cue sits in a
    relative clause without an object of its own, so what is recommended is X."""
    if cue.predicate or cue.imperative or not re.search(r"(?:recommend|suggest|prefer|advise|use|try|offer)s?$", cue.phrase.lower()):
        return None
    if not _OBJECTLESS.match(sentence, e):
        return None
    head = _RELATIVE_HEAD.search(sentence, 0, s)
    if head is None or not re.search(r"(?<![\w-])(?:we|i|you|doctors?|" + alternation(cues.agent_words) + r")(?![\w-])", sentence[head.start() : e], re.I):
        return None
    subject = left_phrase(sentence, head.start(), cues)
    return None if subject is None or is_pronoun(sentence, subject, cues) else subject


_TRAILING_IF = re.compile(r"\s*,?\s+(?:only\s+)?(?:if|when|whenever)\s+", re.I)


def _trailing_condition(sentence: str, pos: int, cues: RelationCues) -> Optional[Span]:
    """The situation of a condition right after the action ("Contact your GP if the swelling
    spreads": 'the swelling spreads'), to the end of its clause."""
    m = _TRAILING_IF.match(sentence, pos)
    if m is None:
        return None
    end = re.compile(r"[.;:!?()]|,\s+(?:so|but|and|which|because|as|since)\s|$").search(sentence, m.end()).start()
    return trim(sentence, (m.end(), end), cues)


def _for_whom(sentence: str, e: int, cues: RelationCues) -> Optional[Span]:
    """The population of "... for / in <whom>" right after a cue, to the end of its clause."""
    for_whom = re.match(r"\s+(for|in|to)\s+", sentence[e:])
    if for_whom is None:
        return None
    end = re.compile(r"[.;,:!?()]|$").search(sentence, e + for_whom.end()).start()
    whom = trim(sentence, (e + for_whom.end(), end), cues)
    return None if for_whom.group(1) == "to" and not _people(sentence, whom, cues) else whom  # "recommended to a patient with Y"


#: A clause of situation opening what follows a passive cue: "may be offered if ...", "is recommended when ...".
_WHEN_CLAUSE = re.compile(r"(?:if|when|whenever|unless|once|until)\s+", re.IGNORECASE)


def _names_used_thing(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether a phrase names an intervention by a head word or drug stem, or by a participle of use ("Tiny plugs placed
    in the tear ducts"), so that "X are recommended to keep ..." recommends X for that aim."""
    text = sentence[span[0] : span[1]]
    return any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", text.lower())) or _USED_IN.search(text) is not None


#: A participle of use inside a phrase: "plugs placed in the tear ducts", "splints worn at night".
_USED_IN = re.compile(r"\s(?:taken|worn|applied|used|injected|inhaled|inserted|placed|sprayed)\s+(?:in|into|on|at|with|under|over|by|during)\s", re.IGNORECASE)


#: a plain passive of offering ("are offered", "is often offered"), whose subject may be the people or the thing offered
_PLAIN_OFFERED = re.compile(r"(?:is|are)\s+(?:[a-z]+\s+)?offered", re.IGNORECASE)


def _people(sentence: str, span: Optional[Span], cues: RelationCues) -> bool:
    """Whether a phrase names people ("immunocompromised adults", "patients with gout")."""
    if span is None:
        return False
    # "adults newly diagnosed with X", "patients treated for Y": a participle's phrase after the head
    head = re.split(r"\s+(?:with|who|whose|over|under|aged|at|on|in|from|[a-z]+ing|(?:[a-z]+ly\s+)?[a-z]+ed(?=\s+(?:with|by|for|as|in|at|after)\s))\s+",
                    sentence[span[0] : span[1]].lower())[0].split()
    return bool(head) and head[-1] in {w.lower() for w in cues.symptom_experiencers} | cues.lower_sets["person_nouns"]


def _clause_before(sentence: str, s: int) -> str:
    """The text of the clause that ends at ``s`` (from the last comma, semicolon, colon or bracket)."""
    cut = max(sentence.rfind(ch, 0, s) for ch in ",;:()\u2013\u2014")
    return sentence[cut + 1 : s].lstrip(" \"'\u201c")


def _listed(mention: Optional[RelationMention]) -> list[RelationMention]:
    return [] if mention is None else [mention]


#: Heads of a principle of care rather than a named intervention ("start with the least invasive option").
_APPROACH_HEADS = frozenset("option options approach approaches step steps way ways measures methods".split())
#: The page's own provider as the subject right before a verb ("we usually ...", "Our surgeons often ...").
_PROVIDER_BEFORE = re.compile(
    r"(?<![\w-])(?:we|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:usually|often|always|typically|generally|normally|first|then|will|may|can|also)\s+){0,2}$",
    re.IGNORECASE,
)


def _agent_before(sentence: str, s: int, cues: RelationCues) -> bool:
    """Whether who gives care (or 'you') is the subject right before ``s`` ("your surgeon may ...")."""
    m = re.search(r"([\w'\u2019-]+)\s+(?:(?:may|might|can|could|will|would|should|must|always|usually|often|also|then|generally|typically|first|now|are|is|strongly|already)\s+){0,2}$", sentence[:s], re.I)
    advisers = cues.lower_sets["agent_words"] | cues.lower_sets["advisor_words"] | {w.lower() for w in cues.organization_words}
    if m is not None and m.group(1).lower() == "and":
        # "A pharmacist can look at your ear and may suggest ...": the subject of the first verb phrase advises
        m = _CLAUSE_SUBJECT.match(sentence[: m.start(1)])
    # the writer advises as "we" does: "I'd advise against crash diets", "I always advise men to ..." (a pharmacist's blog)
    return m is not None and (m.group(1).lower() in advisers or agent_word(m.group(1).lower(), cues)
                              or m.group(1).lower().replace("\u2019", "'") in _FIRST_PERSON_ADVISERS)


#: The subject noun at the start of a sentence before its first verb phrase, which a later "and may suggest" shares:
#: "A pharmacist can look at your ear and ...", "Your GP will examine you and ...".
_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:(?:a|an|the|your|my|our|his|her|their)\s+)?(?:[\w-]+\s+)?([\w'\u2019-]+)\s+"
    r"(?:(?:may|might|can|could|will|would|should|often|usually|also|first)\s+){1,2}[a-z]+\s[^,;:]*$",
    re.IGNORECASE,
)


#: The page's own provider (or the reader, or the writer) before an offer: "We may offer", "Our podiatrists can offer", "I can
#: offer"; not a clinician of the reader's ("Your GP may offer", "A podiatrist may offer").
_PROVIDER_OFFERS = re.compile(
    r"(?:(?<![\w-])our\s+(?:[\w'\u2019-]+\s+){0,3}|(?<![\w-])(?:we|i|you)\s+)(?:(?:may|might|can|could|also|often|usually|sometimes)\s+){0,3}$",
    re.IGNORECASE,
)
#: A service as who offers: "the eye clinic may offer", "The practice can offer": the provider's care, a treatment.
_SERVICE_OFFERS = re.compile(r"(?<![\w-])(?:clinic|clinics|hospital|hospitals|centre|center|practice|service|services|unit|department|pharmacy)\s+"
                             r"(?:(?:may|might|can|could|also|often|usually|sometimes)\s+){0,3}$", re.IGNORECASE)
#: The reader and the writer as who advises or is advised: "you may ...", "I'd advise against ...".
_FIRST_PERSON_ADVISERS = frozenset({"you", "i", "i'd", "we'd", "they", "he", "she"})


def _care_needed(sentence: str, action: Span, population: Optional[Span], cues: RelationCues) -> bool:
    """Whether "X needs / requires / has to Y" is advice: Y is care ("a multidisciplinary approach",
    "careful assessment", an intervention, a verb phrase of doing), not an event ("needs replacing",
    "has to be taken out", "needs a definition") and X is not a share of patients ("Some patients may
    require ...", "1 in 3 people need another operation": how often, not what to do)."""
    text = sentence[action[0] : action[1]]
    low = text.lower().split()
    if not low:
        return False
    if low[0] == "be" or (low[0].endswith("ing") and len(low) == 1):
        return False
    if population is not None and _QUANTIFIED.match(sentence, population[0]):
        return False
    words_ = re.findall(r"[a-z][a-z-]*", text.lower())
    if any(w in cues.lower_sets["care_nouns"] or intervention_word(w, cues) for w in words_):
        return True
    first = words_[0] if words_ else ""
    verbs = cues.lower_sets["coordinated_action_verbs"] | _imperative_verbs(cues)
    return first in verbs


@per_cue_set
def _initial_cues(cues: RelationCues) -> dict[str, RecommendationCue]:
    """One-word sentence-initial cues by their word ("avoid", "never", "try"): a coordinated action
    that starts with one takes its strength and direction."""
    return {c.phrase.lower(): c for c in cues.recommendation_cues if c.sentence_initial and " " not in c.phrase}


@per_cue_set
def _imperative_verbs(cues: RelationCues) -> frozenset[str]:
    return frozenset(c.phrase.lower().split()[0] for c in cues.recommendation_cues if c.imperative or c.sentence_initial)


def _fronted_population(sentence: str, s: int, cues: RelationCues) -> Optional[Span]:
    """The situation of a fronted condition before the cue ("If your symptoms are severe, ...":
    'your symptoms are severe'; "For people with mild symptoms, ...")."""
    lead = LIST_MARK.match(sentence).end()
    heads = [lead] + [LIST_MARK.match(sentence, h.end()).end() for h in _CLAUSE_HEAD.finditer(sentence, lead, s)]
    fr = _FRONTED.match(sentence, max(heads))
    among = re.compile(r"(?:in|among|amongst)\s+(?=[^,]{1,80},)", re.I).match(sentence, max(heads))
    if (fr is None or fr.group("sub").lower() == "in") and among is not None:  # "In patients with atrial fibrillation, X is recommended": people only
        comma = _top_level_comma(sentence, among.end())
        people = trim(sentence, (among.end(), comma), cues) if comma is not None and comma < s else None
        return people if people is not None and _people(sentence, people, cues) else None
    if fr is None or fr.group("sub").lower() not in {"if", "when", "whenever", "for"}:
        return None
    comma = _top_level_comma(sentence, fr.end())
    if comma is None or comma >= s:
        return None
    while (nxt := _top_level_comma(sentence, comma + 1)) is not None and nxt < s and not sentence[comma + 1 : nxt].strip().lower().startswith(("you ", "we ")):
        comma = nxt  # "If your mask leaks, your nose is dry, or ..., please contact ...": the whole condition
    if _LEAD_ADVERB.match(sentence, max(heads)) and _LEAD_ADVERB.match(sentence, max(heads)).end() > comma:
        return None  # "If possible, avoid ...", "If in doubt, ...": no situation of its own
    return trim(sentence, (fr.end(), comma), cues)


def _not_advice(sentence: str, action: Span, cues: RelationCues) -> bool:
    """An imperative that is no advice: a call to the site's own services ("Ask about our
    financing", "Ask Dr. Smith") or a rhetorical conditional ("Walk into any clinic and you will find ...")."""
    text = sentence[action[0] : action[1]]
    contact = re.match(r"(?:call|contact|phone|ring)(?=\s+us(?![\w-]))", text, re.I)
    if re.search(r"(?<![\w-])(?:our|us|dr\.?)(?![\w-])", text, re.I) and not (contact and _care_call_us(sentence.lower(), action[0] + contact.end(), cues)):
        return True
    end = re.compile(r"[.;!?]").search(sentence, action[1])
    clause = sentence[action[0] : end.start() if end else len(sentence)]
    if any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", sentence, re.I) for w in cues.information_requests):
        return True  # "Please ask your care team if anything is unclear": a leaflet's sign-off
    if _COLUMN_TITLE.match(sentence, action[0]):
        return True  # "Ask the Pharmacist: \"I sweat so much ...\"": the title of a question column, no advice
    if re.match(r"ask\s+(?:them|him|her)\s+(?:how|what|why|whether|if|where|who|which)(?![\w-])", text, re.I):
        return True  # "ask them how they measured it": a question for a third party, no care
    return re.search(r"(?<![\w-])and\s+you(?:\s+will|'ll|\u2019ll)(?![\w-])", clause, re.I) is not None


#: A question column's title: "Ask the Pharmacist:", "Ask the doctor:", "Ask Dr Patel:" before a reader's quoted question.
_COLUMN_TITLE = re.compile(r"ask\s+(?:the\s+|a\s+|an\s+|our\s+)?[\w.' -]{2,30}?:\s*[\"\u201c\u2018']", re.IGNORECASE)
#: The nouns "contact" makes a compound with, whatever follows: "contact lenses", "contact sports", "contact dermatitis".
_CONTACT_COMPOUND = re.compile(r"\s+(?:lens(?:es)?|sports?|dermatitis|allerg(?:y|ies)|eczema|tracing)(?![\w-])")
_SWAP = re.compile(r"(?:swap|exchange|trade|substitute)\s+(?P<old>[^,;]+?)\s+(?:for|with)\s+\S", re.I)
_CONTACT_VERBS = frozenset({"call", "contact", "phone", "ring", "dial"})
#: A plural noun right after a contact word, then a verb: "contact sports are ...", "contact lenses can ...".
_COMPOUND_AFTER = re.compile(
    r"\s+(?!(?:us|our|your|the|a|an|them|me|him|her|this|these|those|emergency|services)(?![\w-]))[a-z]+s"
    r"\s+(?:are|is|can|may|should|must|will|could|might|were|need|cause|increase)(?![\w-])"
)


#: What sets a clause of its own off in a sentence or a bullet: "Quit smoking - ask us about support to stop".
_CLAUSE_BREAK = re.compile(r"\s[-\u2013\u2014]\s|;")


def _call_in_own_clause(sentence: str, action: Span, cues: RelationCues) -> bool:
    """Whether the call to the site's services is an imperative clause of its own, set off from the action by a dash or a
    semicolon ("Quit smoking - ask us about support to stop"): the advice stands; a remark set off so ("Pop in and ask -
    no appointment needed") leaves the whole a call to action."""
    breaks = list(_CLAUSE_BREAK.finditer(sentence))
    if not breaks:
        return False
    bounds = [0] + [b.end() for b in breaks] + [len(sentence) + 1]
    ends = [b.start() for b in breaks] + [len(sentence)]
    for start, end in zip(bounds, ends):
        clause = sentence[start:end]
        if start <= action[0] < end + 1:
            if _call_to_action(clause, cues):
                return False
            continue
        if _call_to_action(clause, cues):
            lead = start + len(clause) - len(clause.lstrip())
            word = re.match(r"[A-Za-z]*", sentence[lead:]).group(0).lower()
            if not is_base_verb(word) or _finite_after(sentence, lead + len(word)):
                return False  # "- no appointment needed", "- our team will call you": a remark, not an imperative
    return True


#: "take the", "taking your": what makes "first step" a call to act ("Take the first step towards a pain-free life")
_TAKE_BEFORE = re.compile(r"(?<![\w-])(?:take|taking|make|making)\s+(?:the|your|that|this)\s+(?:[a-z]+\s+)?$")


def _call_to_action(sentence: str, cues: RelationCues) -> bool:
    """Whether a sentence calls the reader to the site's own services ("Call us today", "Book a
    consultation"); telling a patient whom to contact ("contact your GP", "call 111", "avoid
    contact with ...") is advice."""
    low = sentence.lower()
    own = re.search(r"(?<![\w-])(?:our|us|today)(?![\w-])", low) is not None
    # "Make an appointment to see your GP within 24 hours", "If you need your reliever three times a week, book a review":
    # a booking of care with the reader's own clinician, or in a situation of care, is advice, not the site's offer
    care_booking = not own and (_YOUR_CARE.search(low) is not None or _care_situation(low))
    for w in cues.lower_sets["call_to_action_words"]:
        if w not in low:
            continue  # the pattern below matches the word as it is: not run
        for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", low):
            if w in _CONTACT_VERBS and (_care_contact(low, m.end(), cues) or re.match(r"s?\s+for\s", low[m.end() :])):
                continue
            if w in _CONTACT_VERBS and re.search(r"(?<![\w-])(?:your|my|a|the|mobile|smart)\s+$", low[: m.start()]):
                continue  # "Keep a copy on your phone": the noun, no call
            if w in _CONTACT_VERBS and (_COMPOUND_AFTER.match(low, m.end()) or _CONTACT_COMPOUND.match(low, m.end())):
                continue  # "Contact sports are best avoided", "contact lenses": the first word of a compound noun, no call
            if w in _BOOKING_WORDS and care_booking:
                continue
            if w == "first step" and not own and not _TAKE_BEFORE.search(low[: m.start()]):
                continue  # "Rest and a splint are usually the first step": a ranked course of care, not "Take the first step today"
            if w in _NOUN_OR_VERB_CALLS and not own and _DETERMINED_NOUN_BEFORE.search(low[: m.start()]):
                continue  # "in line with the national schedule", "at the parent's request": a noun, no call
            if w in _CONTACT_VERBS and _NOW_AFTER.search(low[m.end() : m.end() + 50]) and not own:
                continue  # "Contact the eye clinic straight away if you have:": care to seek now, not the site's offer
            if re.search(r"(?<![\w-])(?:urgent|emergency|same[- ]day)\s+$", low[: m.start()]):
                continue  # "Ask for an urgent appointment or call 111 if ...": care to seek now, not a booking  # "contact your GP", "guidelines call for earlier screening", "call for an ambulance"
            return True
    return False


#: Agent cues that open a guideline's imperative to its reader, the clinician ("Advise people who smoke to stop").
_TELLING_IMPERATIVES = frozenset({"advise", "encourage", "urge"})
#: What may stand before a sentence's first word: space, a bullet, a recommendation's number ("1.4", "5.").
_SENTENCE_LEAD = re.compile(r"[\s\u2022*\-\u2013(\"'\u201c]*(?:\d+(?:\.\d+)*\.?\)?\s+)?")
_BOOKING_WORDS = frozenset({"appointment", "book", "a review", "schedule"})
#: Calls to action that are nouns too, read as one after a determiner and at most two modifiers ("the national schedule").
_NOUN_OR_VERB_CALLS = frozenset({"schedule", "request", "book", "call", "phone"})
_DETERMINED_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:the|its|their|this|that|each|every)\s+(?:[\w'-]+\s+){0,2}$")
#: "to see your GP", "with your nurse": the reader's own clinician.
_YOUR_CARE = re.compile(
    r"(?<![\w-])(?:(?:see|with|visit|from)\s+(?:your|their|his|her)\s+(?:own\s+)?(?:gp|doctor|nurse|pharmacist|midwife|specialist|consultant|dentist|physician)"
    r"|(?:a|an|your)\s+(?:gp|doctor|doctor's|nurse|practice\s+nurse)\s+appointment)(?![\w-])"  # "booking a GP appointment"
)


def _care_situation(low: str) -> bool:
    """Whether a sentence opens with a condition of the reader's health ("If you have had to use your reliever three
    or more times a week, ..."), not of an offer ("If you would like to book, ...", "If you have any questions, ...")."""
    m = re.match(r"\W*(?:if|when|whenever)\s+(?P<cond>[^,;:.]+),", low)
    return m is not None and _OFFER_CONDITION.search(m.group("cond")) is None


_OFFER_CONDITION = re.compile(r"(?<![\w-])(?:interested|like|want|wish|questions?|queries|unsure|book|booking|appointment|consultation|information|learn|find\s+out)(?![\w-])")


@per_cue_set
def _referred_people(cues: RelationCues) -> re.Pattern[str]:
    """After "refer": whom a guideline refers, with or without how soon ("people with ...", "urgently all children")."""
    people = sorted({w.lower() for w in cues.symptom_experiencers + cues.person_nouns if w.isalpha()})
    return re.compile(r"\s+(?:(?:urgently|immediately|promptly|routinely|early|directly|straight)\s+)?"
                      r"(?:(?:all|any|the)\s+)?(?:" + alternation(people) + r")(?![\w-])")


_REFERRED_TO = re.compile(r"\s+(?:(?:urgently|immediately|promptly|routinely|early|directly|straight)\s+)?(?:to|for)\s+"
                          r"(?:(?:a|an|the)\s+)?(?P<words>(?:[\w-]+\s+){0,3}[\w-]+)")


def _clinical_referral(low: str, pos: int, cues: RelationCues) -> bool:
    """Whether "refer" before ``pos`` is a guideline's referral: of people ("Refer people with bleeding veins to ..."),
    or to care ("Refer to a sexual health service", "Refer urgently for endoscopy": a care contact or noun of the cue
    file, or an intervention), not "refer a friend" nor "refer to the table below"."""
    if _referred_people(cues).match(low, pos):
        return True
    m = _REFERRED_TO.match(low, pos)
    if m is None:
        return False
    care = cues.lower_sets["care_contacts"] | cues.lower_sets["care_nouns"]
    return any(w.rstrip("s") in care or w in care or w.endswith("oscopy") or intervention_word(w, cues) for w in m.group("words").split())


def _no_advice_verb(low: str, pos: int, cues: RelationCues) -> bool:
    """Whether the phrase at ``pos`` starts with a verb of no advice ("know", "learn more",
    "contact our office"), a care contact excepted ("contact your GP")."""
    if re.match(r"read\s+(?:the|its|your)\s+(?:label|leaflet|instructions|packet|insert|patient\s+information)", low[pos:]):
        return False  # "read the label before giving medicine to a child": advice on a medicine's use
    if re.match(r"(?:know|learn)\s+how\s+to\s+(?!find\s+us|get\s+to\s+us|book|contact\s+us)[a-z]", low[pos:]):
        return False  # "you must know how to recognise and treat low blood sugar": a skill of care to have
    for v in cues.lower_sets["non_recommendation_verbs"]:
        if low.startswith(v, pos) and not re.match(r"[\w'\u2019-]", low[pos + len(v) : pos + len(v) + 1]):
            if v in _BOOKING_WORDS and not re.search(r"(?<![\w-])(?:our|us|today)(?![\w-])", low) and (_YOUR_CARE.search(low) or _care_situation(low)):
                return False  # "If your symptoms keep you awake, book a review": care to seek in a situation of care
            if v in _CONTACT_VERBS and _CONTACT_COMPOUND.match(low, pos + len(v)):
                return False  # "avoid contact sports", "wear contact lenses": the compound noun, no call
            if v == "refer" and _clinical_referral(low, pos + len(v), cues) and _SENTENCE_LEAD.fullmatch(low, 0, pos):
                return False  # "Refer people with bleeding veins to a vascular service": a guideline's referral, not "refer a friend"
            return not (v in _CONTACT_VERBS and _care_contact(low, pos + len(v), cues))
    return False


_US_IF = re.compile(
    r"\s+us\s+(?:or\s+(?:your|a|the)\s+(?:[\w'-]+\s+){0,2}?)?(?:(?:right\s+away|straight\s+away|immediately|urgently|at\s+once|promptly|the\s+same\s+day)\s+)?"
    r"(?:if|when|whenever)\s+(?P<cond>[^.;!?]+)"
)  # "Call us if ...", "contact us the same day if ...", "contact us or your dentist if ..."
_NO_CARE_CONDITION = re.compile(r"(?<![\w-])(?:interested|like|want|wish|questions?|queries|unsure|book|booking|appointment|consultation|more)(?![\w-])")


def _care_call_us(low: str, pos: int, cues: RelationCues) -> bool:
    """Whether "call us / contact us" at ``pos`` is a care instruction: a situation of care follows
    ("Call us if you notice bleeding after your procedure"), not an offer ("call us if you would
    like to book", "if you have any questions", "Call us today")."""
    m = _US_IF.match(low, pos)
    if m is None or _NO_CARE_CONDITION.search(m.group("cond")):
        return False
    cond = m.group("cond")
    return not any(w in cond and re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", cond) for w in cues.lower_sets["call_to_action_words"])


#: Urgency after a contact verb's object: "straight away", "immediately", "urgently", "the same day".
_NOW_AFTER = re.compile(r"(?<![\w-])(?:straight\s+away|right\s+away|immediately|urgently|at\s+once|the\s+same\s+day)(?![\w-])")


def _care_contact(low: str, pos: int, cues: RelationCues) -> bool:
    """Whether the words after "call" / "contact" at ``pos`` name a care contact or make it a noun."""
    if re.match(r"\s+with(?![\w-])", low[pos:]):
        return True  # "avoid contact with ...": a noun
    if _care_call_us(low, pos, cues):
        return True  # "Call us if the wound bleeds": whom to call when care is needed
    following = re.findall(r"[\w'-]+", low[pos : pos + 60])
    if following[:2] in (["or", "text"], ["and", "text"], ["or", "message"], ["or", "email"], ["or", "phone"]):
        following = following[2:]  # "call or text 988": whom to call is after the second verb
    following = following[:4]
    if any(w in {"our", "us", "me"} for w in following):
        return False
    return bool(following) and following[0] in {"your", "the", "a", "an", "local"} | cues.lower_sets["care_contacts"] and any(
        w in cues.lower_sets["care_contacts"] for w in following
    )


#: More research named as needed: "Further randomised trials of X", "Larger studies", "More research into ...".
_MORE_RESEARCH = re.compile(
    r"(?:further|more|larger|longer|additional|new|better|well-designed|high-quality)\s+(?:[\w-]+\s+){0,2}?(?:trials?|stud(?:y|ies)|research|evidence|data)(?![\w-])",
    re.IGNORECASE,
)


#: What opens a call for more research, right before its action: "Further ", "More ", "Larger ".
_RESEARCH_BEFORE = re.compile(r"(?:^|(?<![\w-]))(?:further|more|larger|longer|additional|new|better|well-designed|high-quality)\s+$", re.IGNORECASE)


#: where the clause of an action ends, for the housekeeping words read after it ("... to a pharmacy for safe disposal")
_HOUSEKEEPING_CLAUSE_END = re.compile(r"[;:]|\s(?:and|but)\s")


def _checked_recommendation(
    sentence: str, s: int, e: int, cue: RecommendationCue, cues: RelationCues, c: Compiled,
    action: Span, population: Optional[Span], pos: int, pronoun: bool = False,
) -> Optional[RelationMention]:
    phrase = _cue_phrase(sentence, s, e, cue)
    text = sentence[action[0] : action[1]].lower()
    first = text.split()[0] if text.split() else ""
    if _no_advice_verb(sentence.lower(), action[0], cues) and not (cue.against and first not in _CONTACT_VERBS | {"let"}):
        return None  # "Share this article" is none, "Don't share towels with ..." is advice ("Don't let pain stop you" is not)
    if first in {"us", "me", "him", "her", "them"}:
        return None  # "98% would recommend us to a friend": a testimonial
    clause_end = _HOUSEKEEPING_CLAUSE_END.search(sentence, max(action[1], e))
    if housekeeping(cues).search(sentence, action[0], clause_end.start() if clause_end else len(sentence)):
        return None  # "Keep this medicine out of the sight and reach of children", "Do not store above 25C": a medicine's
        # storage, disposal or a visit's errand, no advice of care
    if cue.against and any(text.startswith(v) and not re.match(r"[\w'\u2019-]", text[len(v) : len(v) + 1]) for v in cues.lower_sets["reassurance_verbs"]):
        return None  # "Don't panic", "Don't settle for feeling tired": a reassurance, no advice of care
    if _LEAD_IN_OBJECT.fullmatch(text) or (sentence.rstrip().endswith(":") and _LEAD_IN_COUNT.search(text)):
        return None  # "Your doctor may recommend one or more of the following:", "I'd suggest building a routine around three
        # things:": a lead-in, the items follow
    if _call_to_action(sentence, cues) and not _call_in_own_clause(sentence, action, cues):
        return None
    if is_pronoun(sentence, action, cues) and not pronoun:
        return None
    verb_first = bool(re.match(r"[a-z]+ing(?![\w-])", first)) or is_base_verb(first) and not is_noun(first)
    if set(re.findall(r"[a-z]+", re.sub(r"trials?\s+of\s", " ", text))) & cues.lower_sets["non_recommendation_subjects"] and not cue.imperative and not verb_first:
        return None  # "Further studies are needed": research, not care
    if population is not None and sentence[population[0] : population[1]].lower().split()[-1] in cues.lower_sets["non_recommendation_subjects"]:
        return None  # "Researchers should investigate this further": research, not care
    if (_MORE_RESEARCH.search(sentence[max(0, action[0] - 40) : action[1]]) and _RESEARCH_BEFORE.search(sentence[: action[0]] + " ")
            and re.search(r"(?:need|require)", phrase)):
        return None  # "Further randomised trials of hand therapy are needed": research, not care
    strength = cue.strength
    mb = _MODAL_BEFORE.search(sentence[:s])
    if mb and not re.match(r"(?:must|should|may|might|can|could|ought|need|have|has|it|you|we)(?![\w-])", phrase):
        strength = "must" if mb.group("modal").lower() == "always" else ("may" if strength == "should" else strength)
    instead = None
    im = c.instead.search(sentence, max(pos, action[1]))
    gap = sentence[max(pos, action[1]) : im.start()] if im else ""
    if im and (re.match(r"\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixty|seventy|eighty)(?![\w-]))", sentence[im.end() :], re.I) or re.match(r"\s*(?:you|we|they|he|she|it|i|s/he)\s", sentence[im.end() :], re.I)):
        im = None  # "people over 70", "before you drive": an age, a time clause, no alternative
    if im and (_OVER_TIME.match(sentence, im.start()) or _timed_before(sentence, im.start())):
        im = None  # "tapered over several weeks": a time, no alternative
    if im and _INSTANCE_BEFORE.search(gap):
        im = None  # "at a regular time, for example before bed": an instance of when, no alternative
    if im and len(gap.split()) <= 3 and not re.search(r"[();\u2013\u2014]", gap):
        instead = right_phrase(sentence, im.end(), cues)  # "X ... rather than Y": close to the action, same clause
        if instead is not None and re.fullmatch(r"[a-z]+ing", sentence[instead[0] : instead[1]]):
            instead = _action_phrase(sentence, instead[0], cues) or instead  # "before returning to sport"
        if instead is not None:
            instead, situation = _alternative_split(sentence, instead, cues)
            population = population or situation
    if instead is not None and cue.against and im is not None and im.group("cue").lower() in {"before", "prior to", "ahead of"}:
        instead = None  # "metformin should be stopped before surgery": a time, no alternative to what is advised against
    swap = _SWAP.match(sentence[action[0] : action[1]])
    if instead is None and swap:  # "swap some runs for cycling": runs
        instead = trim(sentence, (action[0] + swap.start("old"), action[0] + swap.end("old")), cues)
    if population is None:
        population = _trailing_condition(sentence, max(action[1], pos if pos > action[1] and action[1] < s else action[1]), cues)
    target = (min(s, action[0], population[0] if population else s), max(e, action[1]))
    return RelationMention(
        "recommendation",
        action,
        population,
        None,
        f"recommendation:{phrase}",
        target,
        strength=strength,
        against=cue.against,
        instead_of=instead,
        cue=sentence[s:e],
    )


#: A restrictive relative clause opening after a verb's object: "shoes that fit well", "a cream which suits you".
_RELATIVE_OPEN = re.compile(r"\s(?:that|which|who)\s", re.IGNORECASE)


def _expanded(sentence: str, first: RelationMention, cues: RelationCues, c: Compiled) -> list[RelationMention]:
    """A recommendation and the actions coordinated with it ("drive after 10 days and return to
    work"; "Keep a diary, give each treatment a fair trial, and ask ..."), each its own claim,
    and the examples of a recommended class ("pain relievers such as acetaminophen")."""
    verbs = cues.lower_sets["coordinated_action_verbs"] | _imperative_verbs(cues)
    # "advised to monitor X and to seek help": a second infinitive of the same advice is an action of its own
    conj = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+|then\s+|but\s+)?|\s+(?:and|or|then|but)\s+)(?:(?<=and\s)to\s+(?=[a-z]+\s))?(?P<verb>[a-z]+)(?![\w-])", re.IGNORECASE)

    def verb_at(pos: int, joint: Optional[re.Match[str]] = None) -> bool:
        """A listed action verb, or a verb by the lexicon ("swap some runs"); a verb after a bare
        "or" is an alternative within one advice ("Come back or call 111", "Call 999 or go to A&E")."""
        if joint is not None and re.fullmatch(r"\s+or\s+", sentence[joint.start() : joint.start("verb")]) and not denied:
            return False  # (under a negated imperative "or" lists what not to do: "Do not strain or sit for long")
        w = re.match(r"[A-Za-z]*", sentence[pos:]).group(0).lower()
        negated = _NEGATED_IMPERATIVE.match(sentence, pos)
        if negated is not None:  # "Avoid caffeine, and do not drink alcohol ...": a second action, advised against
            return verb_at(negated.end())
        return w in verbs or _lexical_imperative(sentence, pos, cues) is not None

    denied = first.against and (first.cue or "").lower() in _NEGATED_CUES
    out = [first]
    current = first
    for _ in range(6):
        a, b = current.subject
        split = None
        # "Avoid X, and do not Y": the cue is the verb of an action that names only its object
        cue_verb = bool(current.cue) and sentence[:a].rstrip().lower().endswith(current.cue.lower()) and current.cue.split()[-1].lower() in verbs
        # "Do not smoke, and keep your home smoke-free": a negated imperative's action is a verb too
        cue_verb = cue_verb or (bool(current.cue) and current.cue.lower() in _NEGATED_CUES and _NEGATED_IMPERATIVE.search(sentence[max(0, a - 12) : a + 1]) is not None)
        # "• pace your activities and plan rest": an imperative the item's own verb opens (found by the lexicon) is a verb too
        own_verb = (not cue_verb and bool(current.cue) and " " not in current.cue.strip() and current.rule == "recommendation:" + current.cue.lower()
                    and re.match(re.escape(current.cue) + r"(?![\w-])", sentence[a:], re.I) is not None and not verb_at(a))
        if current.rule.startswith("recommendation:") and (verb_at(a) or cue_verb or own_verb):
            for m in conj.finditer(sentence, a, b):
                if own_verb and not re.fullmatch(r"\s+and\s+", sentence[m.start() : m.start("verb")]):
                    continue  # (its comma list is of objects: "suck on ice lollies, ice cubes or hard sweets")
                if m.start() > a and verb_at(m.start("verb"), m) and (len(sentence[a : m.start()].split()) > 1 or (denied and re.fullmatch(r"\s+or\s+", sentence[m.start() : m.start("verb")]))):
                    if _RELATIVE_OPEN.search(sentence, a, m.start()) and "," not in sentence[a : m.start() + 1]:
                        continue  # "Wear shoes that fit well and leave room for your toes": the relative clause's second verb
                    if re.fullmatch(r"(?:know|learn)\s+how\s+to\s+[a-z]+", sentence[a : m.start()], re.IGNORECASE):
                        continue  # "know how to recognise and treat low blood sugar": one skill, both verbs under "how to"
                    split = m  # not after a bare verb: "Shower and change your clothes", "Wash and dry your feet" is one advice
                    break
        after = None
        if split is None:
            tail = re.compile(r"(?:\s*\([^)]*\))?").match(sentence, b).end()
            pp = _SHORT_PP.match(sentence, tail)  # "Dress your child in cotton and avoid wool": past a short place or means
            if pp is not None and conj.match(sentence, pp.end()):
                tail = pp.end()
            when = _SHORT_WHEN.match(sentence, tail)  # "get up slowly when getting out of bed and sit on the edge of the bed"
            if when is not None and re.match(r"\s+and\s", sentence[when.end() :]):
                tail = when.end()
            m = conj.match(sentence, tail)
            if m and verb_at(m.start("verb"), m) and (verb_at(a) or cue_verb or own_verb) and not (own_verb and (
                    not re.fullmatch(r"\s+and\s+", sentence[m.start() : m.start("verb")]) or _IT_OBJECT.match(sentence, m.end("verb")))):
                # (not "wrap a bag of frozen peas in a towel and hold it on the ankle": one procedure on the same thing)
                after = m
        nxt = split or after
        if nxt is None:
            break
        spanned = after is not None and current.object is not None and current.object[0] < after.start() < current.object[1]
        if spanned:  # "get up slowly when getting out of bed and sit ...": the time clause ends before the second action
            out[-1] = out[-1]._replace(object=trim(sentence, (current.object[0], after.start()), cues))
            current = current._replace(object=None)
        if split is not None:
            head = trim(sentence, (a, split.start()), cues)
            if head is None:
                break
            out[-1] = current._replace(subject=head, target=(current.target[0], max(current.target[0], head[1])))
        negated = _NEGATED_IMPERATIVE.match(sentence, nxt.start("verb"))
        action = _action_phrase(sentence, negated.end() if negated else nxt.start("verb"), cues)
        pronoun = re.compile(r"\s+(?:it|them)(?![\w-])", re.IGNORECASE).match(sentence, action[1]) if action else None
        if pronoun is not None and len(sentence[action[0] : action[1]].split()) == 1:
            action = (action[0], pronoun.end())  # "Rest the joint, raise it, and ...": the verb and its pronoun object
        if action is None or len(sentence[action[0] : action[1]].split()) < 2 or _not_advice(sentence, action, cues):
            break
        own = _initial_cues(cues).get(nxt.group("verb").lower())  # "..., and avoid X": against X
        joint_text = sentence[nxt.start() : nxt.start("verb")]
        if denied and (re.fullmatch(r"\s*,\s*or\s+|\s+or\s+", joint_text) or (
                re.fullmatch(r"\s*,\s*", joint_text) and re.match(r"[^.;:!?]*?\sor\s", sentence[nxt.start("verb") :]))):
            own = None  # "Don't rub your eyes or wear lenses", "Do not drive, use tools or ...": the negation holds for all
            # (not "Do not scratch, use a cool compress instead": a comma splice, positive advice)
        if negated is not None:
            own = RecommendationCue(phrase="do not", strength="should", against=True)
        # "Don't share towels, and wash them on a hot cycle": a clause of its own after a comma and a conjunction is
        # advice for its verb, not under the first one's negation (a bare comma list, "Do not drive, use tools or ...", is)
        clause_of_its_own = re.fullmatch(r"\s*,\s*(?:and|but|then)\s+", sentence[nxt.start() : nxt.start("verb")], re.IGNORECASE) is not None
        current = current._replace(
            subject=action, target=(nxt.start("verb"), action[1]),
            strength=own.strength if own else first.strength,
            against=own.against if own else (False if clause_of_its_own else first.against),
            instead_of=first.instead_of if first.instead_of and first.instead_of[0] >= action[1] else None,  # a later "rather than Y" only
        )
        out.append(current)
    out = _negated_or_list(sentence, out, cues, verb_at)
    out = [item for m in out for item in _nominal_items(sentence, m, cues)]
    out = [item for m in out for item in _listed_objects(sentence, m, cues, verb_at)]
    out = [item for m in out for item in _paired_objects(sentence, m, cues, verb_at)]
    out = [m for i, m in enumerate(out) if all(o.subject != m.subject for o in out[:i])]
    examples = []
    for m in out:
        ex = EXAMPLES.search(sentence, m.subject[0], m.subject[1])
        end = m.subject[1]
        if ex is not None:  # the examples go on past an action cut by the word limit, up to a bracket or the next action
            later = [o.subject[0] for o in out if o.subject[0] >= ex.end()] + [list_end_at(sentence, ex.end())]
            bracket = sentence.find("(", ex.end())
            end = max(end, min(later + ([bracket] if bracket >= 0 else [])))
        if ex is None:
            ex = EXAMPLES.match(sentence, m.subject[1])  # "an antiviral medicine such as aciclovir": after the action
            end = list_end_at(sentence, ex.end()) if ex else end
        if ex is None:
            ex = _listed_kinds(sentence, m, cues)  # "add more fibre: fruit, veg, porridge", "..., with plenty of fruits and beans"
            end = len(sentence.rstrip().rstrip(".!;")) if ex else end
        if ex is None:
            continue
        closing = _AFTER_EXAMPLES.search(sentence, ex.end(), end)
        if closing is not None:
            end = closing.start()  # "Offer endoscopic ablation, such as radiofrequency ablation, to people with ...": for whom
        if ex.group(0).lstrip().startswith(","):
            end = aside_end(sentence, ex.end(), end)  # "Use an emollient, such as aqueous cream, every day": how often
        # "such as paracetamol or ibuprofen": each example, alternatives too (CLAIMS_SPEC.md: a class and its examples)
        for item in [part for it in list_items(sentence, (ex.end(), end), cues, None) for part in _alternatives(sentence, it, cues)]:
            ws = [w for w in re.findall(r"[a-z][a-z'-]*", sentence[item[0] : item[1]].lower()) if w not in {"the", "a", "an", "your", "or", "and"}]
            if (not ws or ws[0] in cues.lower_sets["clause_words"] | {"so", "but", "then"} or all(w in cues.lower_sets["body_sites"] for w in ws)
                    or ws[0] in cues.lower_sets["prepositions"]):
                continue  # "move the joints near the infection, such as the ankle or wrist, so ...", "Check your skin, including
                # under the arms and behind the knees": where, not what to take or do
            examples.append(m._replace(subject=item, target=(item[0], item[1])))
    classes = [c_ for m in out for c_ in _example_class(sentence, m, cues)]
    return classes + out + [x for x in examples if all(o.subject != x.subject for o in out + classes)]


#: A list of the kinds of a thing advised, after it: a colon, or "with plenty of" / "with lots of" ("Eat a high-fibre diet,
#: with plenty of fruit, vegetables and beans").
_KINDS_AFTER = re.compile(r"\s*(?::|,?\s+with\s+(?:plenty|lots)\s+of)\s+", re.IGNORECASE)


def _listed_kinds(sentence: str, m: RelationMention, cues: RelationCues) -> Optional[re.Match[str]]:
    """The opening of a list that closes the sentence after an advised thing and names its kinds ("Gradually add more fibre:
    fruit, veg, porridge, wholemeal bread"): a list of three or more short names, no clause among them; None otherwise (a
    colon before a clause, "Rest: it helps", or before one thing)."""
    k = _KINDS_AFTER.match(sentence, m.subject[1])
    if k is None:
        return None
    rest = sentence[k.end() :].rstrip().rstrip(".!;")
    items = [p.strip() for p in re.split(r",|\s(?:and|or)\s", rest)]
    if len(items) < 3 or any(not p or len(p.split()) > 3 or is_clause(p, cues) for p in items):
        return None
    return k


_ONE_OR = re.compile(r"\s+or\s+", re.IGNORECASE)
#: What closes the examples set off by commas after a recommended class: a comma and a preposition of the advice's own
#: (to whom, for whom, when: "Offer a statin, such as atorvastatin, to adults with ...").
_AFTER_EXAMPLES = re.compile(r",\s+(?:to|for|in|on|at|after|before|from|during|until|unless|if|when)\s", re.IGNORECASE)


def _alternatives(sentence: str, span: Span, cues: RelationCues) -> list[Span]:
    """The examples joined by one "or" ("paracetamol or ibuprofen", "stress echocardiography or myocardial perfusion
    scintigraphy"): two, unless the first ends with a modifier of the second's head ("hot or cold packs": one)."""
    tail = _LAST_ITEM_TAIL.search(sentence, span[0], span[1])
    if tail is not None and tail.start() > span[0]:
        span = (span[0], tail.start())  # "judo and boxing for a month": the time is the advice's, not an example's
    ors = list(_ONE_OR.finditer(sentence, span[0], span[1]))
    if len(ors) != 1:
        return coordinated(sentence, span, cues, None)  # "ibuprofen and naproxen": as any coordination
    last = sentence[span[0] : ors[0].start()].split()[-1].lower() if sentence[span[0] : ors[0].start()].split() else ""
    if not last or (is_modifier(last) and not is_noun(last)):
        return coordinated(sentence, span, cues, None)  # "hot or cold packs": modifiers of one head
    parts = [trim(sentence, (span[0], ors[0].start()), cues), trim(sentence, (ors[0].end(), span[1]), cues)]
    return [p for p in parts if p] if all(parts) else [span]


def _negated_or_list(sentence: str, out: list[RelationMention], cues: RelationCues, verb_at) -> list[RelationMention]:  # noqa: ANN001
    """A negated imperative over a comma list of bare actions closed by "or" ("Do not drive, use tools or climb ladders if
    you feel dizzy"): every action is advised against, one claim each (the "or" is the list's, not an alternative within
    one advice as in "Come back or call 111")."""
    first = out[0]
    if len(out) < 2 or not first.against or (first.cue or "").lower() not in _NEGATED_CUES:
        return out
    last = out[-1]
    joint = re.search(r"\s+or\s+", sentence[last.subject[0] : last.subject[1]])
    if joint is None or not re.fullmatch(r"\s*,\s*", sentence[out[-2].subject[1] : last.subject[0]]):
        return out  # the actions are a comma list: "Do not A, B or C"
    split = last.subject[0] + joint.end()
    word = re.match(r"[A-Za-z]*", sentence[split:]).group(0).lower()
    if not verb_at(split) and not (is_base_verb(word) and not is_modifier(word)):
        return out  # "use hot or cold packs": two modifiers, one action
    left = (last.subject[0], last.subject[0] + joint.start())
    second = _action_phrase(sentence, split, cues) or (split, last.subject[1])
    items = out[:-1] + [last._replace(subject=left, target=(left[0], left[1])), last._replace(subject=second, target=second)]
    return [m._replace(against=True, strength=first.strength) for m in items]


#: An instance given of what was just said: "..., for example before bed", "e.g. after meals".
_INSTANCE_BEFORE = re.compile(r"(?<![\w-])(?:for\s+example|for\s+instance|e\.g\.|say)(?![\w-])", re.IGNORECASE)


#: "such as" or "including" right before a recommended thing: it is an example of the class named before.
_EXAMPLE_BEFORE = re.compile(r"(?<![\w-])(?:such\s+as|including|like)\s+$", re.IGNORECASE)


def _example_class(sentence: str, m: RelationMention, cues: RelationCues) -> list[RelationMention]:
    """The class a recommended thing is an example of, when the class stands before it ("A statin such as atorvastatin
    should be offered to ...", "Vaccines such as the flu jab are recommended for ..."): the class and each example are
    recommended alike (CLAIMS_SPEC.md: a class and its examples give a claim each)."""
    if not m.rule.startswith("recommendation:"):
        return []
    ex = _EXAMPLE_BEFORE.search(sentence[: m.subject[0]])
    if ex is None:
        return []
    cls = left_phrase(sentence, ex.start(), cues)
    if cls is None or cls[1] < ex.start() - 2 or is_pronoun(sentence, cls, cues) or len(sentence[cls[0] : cls[1]].split()) > 4:
        return []
    return [m._replace(subject=cls, target=(cls[0], m.target[1]))]


#: "the use of decongestants and antihistamines": the uses named by a recommended noun.
_USE_OF = re.compile(r"(?:(?:the|a)\s+)?(?:use|uses|prescription|prescribing|routine\s+use)\s+of\s+", re.IGNORECASE)


#: The cues of a guideline's or a clinician's recommendation of named things ("we recommend", "we suggest", "offer").
_ADVISING_CUE = re.compile(r"(?<![\w-])(?:recommend|recommends|recommended|suggest|suggests|suggested|advise|advises|advised|offer|offers|offered|considered)(?![\w-])", re.IGNORECASE)


#: A cue of need ("is needed", "are essential"): its subject's list is one need ("Adequate calcium and vitamin D intake").
_NEED_CUE_WORD = re.compile(r"(?<![\w-])(?:needed|necessary|required|essential|important|vital|key|crucial|critical)(?![\w-])", re.IGNORECASE)


_NOMINAL_JOINT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and/or)\s+", re.IGNORECASE)


def _nominal_items(sentence: str, m: RelationMention, cues: RelationCues) -> list[RelationMention]:
    """A recommended thing that is a list of nouns ("We recommend pneumococcal conjugate vaccine and annual influenza
    vaccine", "We recommend against the use of decongestants and antihistamines", "offer analgesia, paracetamol or
    ibuprofen"): one recommendation per item, as one claim per listed item of every type (CLAIMS_SPEC.md). An action
    opened by a verb ("drink less and rest") is split by :func:`_expanded`; a list whose items are long or open with a
    clause word stays one."""
    if not m.rule.startswith("recommendation:") or m.cue is None:
        return [m]
    # the subject of an evaluating predicate right after it ("Dietary advice and oral supplements are appropriate",
    # "Heat packs and gentle stretching are options"): the things named before the cue
    predicate = re.match(r"\s*" + re.escape(m.cue) + r"(?![\w-])", sentence[m.subject[1] :], re.IGNORECASE) is not None and not _NEED_CUE_WORD.search(m.cue)
    if not (_ADVISING_CUE.search(m.cue) or predicate):
        return [m]  # "Avoid sugary drinks and fruit juice", "Adequate calcium and vitamin D intake is needed": one advice
    a, b = m.subject
    use = _USE_OF.match(sentence, a)
    start = use.end() if use else a
    text = sentence[start:b]
    if not re.search(r"\s(?:and|or)\s", text) or re.search(r"[;:()]", text):
        return [m]
    first = re.match(r"[A-Za-z][\w'-]*", text)
    if first is None or _lexical_imperative(sentence, start, cues) is not None or first.group(0).lower() in _imperative_verbs(cues):
        return [m]
    items = []
    pos = start
    for joint in list(_NOMINAL_JOINT.finditer(sentence, start, b)) + [None]:
        end = joint.start() if joint else b
        if end > pos:
            items.append((pos, end))
        pos = joint.end() if joint else b
    stop = cues.lower_sets["clause_words"] | cues.lower_sets["pronouns"] | _imperative_verbs(cues)
    if len(items) < 2 or any(len(sentence[x:y].split()) > 4 or sentence[x:y].split()[0].lower() in stop for x, y in items):
        return [m]
    if any(w.lower() in cues.lower_sets["prepositions"] | {"to"} for w in sentence[items[0][0] : items[0][1]].split()):
        return [m]  # "Surgery on the nose or throat", "Referral to a foot and ankle surgeon": the places of one thing
    return [m._replace(subject=it, target=(it[0], it[1])) for it in items]


#: What may join the next object of a list to the one before: "A, B and C", "A, B, or C".
_OBJECT_JOINT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and/or)\s+", re.IGNORECASE)
#: Where a list of objects ends: the sentence, a bracket or clause mark, or a subordinate clause ("until you are well").
_OBJECTS_END = re.compile(
    r"\s*(?:[.;:!?()]|$)|\s*,?\s+(?:unless|until|if|when|whenever|while|because|as|since|so|which|who|before|after|without|even)(?![\w-])",
    re.IGNORECASE,
)
#: What follows the last object of a list and belongs to all of them: a preposition ("in hot water", "with a bleach
#: cleaner", "on a hot wash"), a participle before one ("used in the last 3 days") or a time ("every day", "daily").
_LAST_ITEM_TAIL = re.compile(
    r"\s+(?:(?:[a-z]+ed\s+)?(?:in|on|at|with|for|from|after|before|during|by)\s|(?:every|each|daily|weekly|regularly|separately|twice|once)(?![\w-]))",
    re.IGNORECASE,
)
#: An infinitive of purpose after a listed object (its verb checked by the lexicon).
_TO_VERB = re.compile(r"\s+to\s+([a-z]+)(?![\w-])", re.IGNORECASE)
#: An action whose last words hang a clause on its object ("Avoid products that contain alcohol, menthol or ..."): the
#: list after it names what the object contains or is like, not more things to avoid.
_INNER_CLAUSE = re.compile(r"(?<![\w-])(?:that|which|who|containing|contain|contains|with|without|such\s+as|like|including|of)(?![\w-])", re.IGNORECASE)


def _listed_objects(sentence: str, m: RelationMention, cues: RelationCues, verb_at) -> list[RelationMention]:  # noqa: ANN001
    """A recommended action and the objects listed after it ("stop taking ramipril, losartan and metformin until you are
    well", "Avoid perfumed soaps, bubble baths and fabric conditioners"): the action keeps its verb and first object,
    each further object is a recommendation of its own with the same strength and polarity (CLAIMS_SPEC.md: a
    recommended list of things gives one per item, the first with the verb). The list follows the action's comma; its
    items are short noun phrases (no verb, number, preposition or clause word) and it ends at the sentence's end, a
    clause mark or a subordinate clause; a list after an object's own clause ("products that contain A, B or C") or
    after a care verb ("see your GP, a pharmacist or a nurse": one place to get help) gives none."""
    if not m.rule.startswith("recommendation:"):
        return [m]
    a, b = m.subject
    action = sentence[a:b]
    if not re.match(r"\s*,", sentence[b:]) or _INNER_CLAUSE.search(action):
        return [m]
    action_words = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", action)]
    if any(w in cues.lower_sets["prepositions"] for w in action_words[3:]):
        return [m]  # "Check your feet every day for cuts, blisters or ...": the list is what a preposition names
    if len(action_words) > 2 and action_words[1] in cues.lower_sets["pronouns"] and (action_words[2] in cues.lower_sets["prepositions"] or action_words[2] in {"to", "onto"}):
        return [m]  # "apply it to the scalp, face and ears": the places a preposition names after a pronoun object
    last = action_words[-1] if action_words else ""
    if "-" in last or (is_modifier(last) and not is_noun(last)):
        return [m]  # "Use oil-free, non-comedogenic moisturisers": two adjectives of one noun
    if last in cues.lower_sets["person_nouns"] | {w.lower() for w in cues.symptom_experiencers}:
        return [m]  # "Do not leave babies, children or pets in a car", "check on older neighbours, friends and relatives":
        # the people of one action stay one (CLAIMS_SPEC.md, session 12)
    first_word = action_words[0] if action_words else ""
    if first_word in cues.lower_sets["place_verbs"] and len(action_words) > 1 and action_words[1] in cues.lower_sets["place_particles"]:
        return [m]  # "Stay off school, nursery or work", "go back to school or work": the places of one action
    cue_words = (m.cue or "").lower().split()
    care = {v.lower() for v in cues.care_verbs}
    if first_word in care or (cue_words and cue_words[-1] in care) or _REFERRAL_TO.search(m.cue or ""):
        return [m]  # "see your GP, a pharmacist or a nurse", "refer you to an ear, nose and throat specialist": one place
    stop = (cues.lower_sets["clause_words"] | cues.lower_sets["pronouns"] | cues.lower_sets["prepositions"]
            | {"then", "but", "so", "up", "not", "no", "also", "even", "especially", "ideally", "usually", "often", "preferably", "as",
               "including", "like", "such", "particularly"})
    items: list[Span] = []
    pos = b
    while True:
        joint = _OBJECT_JOINT.match(sentence, pos)
        if joint is None:
            return [m]
        start = joint.end()
        end = _OBJECTS_END.search(sentence, start)
        nxt = _OBJECT_JOINT.search(sentence, start, end.start() if end else len(sentence))
        stop_at = nxt.start() if nxt else (end.start() if end else len(sentence))
        item = sentence[start:stop_at].strip()
        if nxt is None and items:  # the last item: a place, means or time after it is the whole list's ("Wash A, B and C
            # in hot water", "... and clothes used in the last 3 days"): the item ends before it
            tail = _LAST_ITEM_TAIL.search(item) or next(
                (t for t in _TO_VERB.finditer(item) if is_base_verb(t.group(1).lower())), None
            )  # "..., a hot match or nail polish to make the tick detach": the purpose is the whole list's
            if tail is not None and tail.start() > 0:
                item = item[: tail.start()].rstrip()
                if _LIST_PREDICATE.search(" " + item):
                    return [m]  # "Rest, ice and elevation are recommended in ...": the list was a subject
        ws = item.split()
        if items and verb_at(start) and re.fullmatch(r"\s*,\s*(?:and|then|but)\s+", joint.group(0), re.IGNORECASE):
            break  # "Don't share towels, flannels or bedding, and wash them ...": the list ends before an action of its own
        if not ws or len(ws) > 4 or not item[0].isalpha() or ws[0].lower() in stop or verb_at(start):
            return [m]  # "..., up to 10 puffs", "..., and keep active": no object of the same verb
        if any(w.lower() in cues.lower_sets["prepositions"] for w in ws[1:]):
            return [m]  # "eat a Mediterranean-style diet, rich in vegetables, fruit ...": what the object is like
        items.append((start, start + len(item)))
        pos = stop_at
        if nxt is None:
            break
    if re.search(r"(?:and|or|and/or)\s*$", sentence[items[-1][0] - 6 : items[-1][0]], re.I) is None and len(items) > 1:
        return [m]  # "A, B, C" without a last "and"/"or": a run of phrases, not one list
    if not re.search(r"(?<![\w-])(?:and|or|and/or)\s+$", sentence[b : items[-1][0]], re.I):
        return [m]
    return [m] + [m._replace(subject=it, target=(it[0], it[1]), instead_of=None) for it in items]


def _paired_objects(sentence: str, m: RelationMention, cues: RelationCues, verb_at) -> list[RelationMention]:  # noqa: ANN001
    """An action whose object is two things joined by "and" ("Avoid sugary drinks and fruit juice", "cut down on
    caffeine and alcohol", "avoid wool and rough fabrics next to the skin"): the action keeps its verb and first object,
    the second object is a recommendation of its own (CLAIMS_SPEC.md, session 15). Not two verbs ("Wash and dry your
    feet"), two adjectives ("keep it clean and dry", "spicy and fatty foods"), body parts ("cover your nose and mouth"),
    amounts and times ("two and three", "once a day and at night"), alternatives ("wear glasses or sunglasses": one
    advice), the places to get help ("speak to a pharmacist and your GP"), what a preposition or an object's clause
    names ("avoid contact with babies and pregnant women", "wear flip-flops in showers and changing rooms", "products
    that contain A and B") or a clause ("make sure tools and racquets are the right size")."""
    if not m.rule.startswith("recommendation:"):
        return [m]
    a, b = m.subject
    joints = list(_PAIR_JOINT.finditer(sentence, a, b))
    if len(joints) != 1 or _INNER_CLAUSE.search(sentence, a, b) or re.search(r"\d", sentence[a:b]):
        return [m]
    joint = joints[0]
    head = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", sentence[a : joint.start()])]
    phrase = m.rule.split(":", 1)[1].split()
    # the verb opens the action ("avoid crash diets and fasting"), or is the cue right before it ("Avoid | sugary drinks and ...")
    cue_verb = bool(m.cue) and sentence[:a].rstrip().lower().endswith(m.cue.lower()) and bool(phrase) and is_base_verb(phrase[-1])
    opening = bool(head) and is_base_verb(head[0]) and not (phrase and phrase[0] in {"is", "are", "be", "was", "were"})
    verb = phrase[-1] if cue_verb else (head[0] if head else "")
    if not (cue_verb or opening) or len(head) < (1 if cue_verb else 2) or verb_at(joint.end()):
        return [m]
    if verb in _NO_PAIR_VERBS or verb in {v.lower() for v in cues.care_verbs} or verb in _CONTACT_VERBS:
        return [m]
    body = head[0 if cue_verb else 1 :]
    while body and (body[0] in cues.lower_sets["prepositions"] or body[0] in _PARTICLES):
        body = body[1:]  # "cut down on caffeine": the verb's particles
    if not body or any(w in cues.lower_sets["prepositions"] or w in _AMOUNT_WORDS for w in body) or "-" in body[-1] or (is_modifier(body[-1]) and not is_noun(body[-1])):
        return [m]  # "avoid contact with babies and ...", "keep the skin clean and dry"
    if body[-1] in cues.lower_sets["person_nouns"] | {w.lower() for w in cues.symptom_experiencers}:
        return [m]  # "stay away from children and pregnant women", "check on neighbours and relatives": the people of one action
    tail = re.match(r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}", sentence[joint.end() : b])
    if tail is None:
        return [m]
    words_ = tail.group(0).split()
    cut = next((i for i, w in enumerate(words_) if w.lower() in cues.lower_sets["prepositions"] or w.lower() in {"next", "close"}), len(words_))
    words_ = words_[:cut]  # "rough fabrics next to the skin": the place of both
    stop = cues.lower_sets["clause_words"] | cues.lower_sets["pronouns"] | _AMOUNT_WORDS | {"then", "but", "so", "not", "no", "also", "even"}
    if not words_ or words_[0].lower() in stop or all(w.lower() in cues.lower_sets["body_sites"] for w in words_):
        return [m]
    last = words_[-1].lower()
    if (is_modifier(last) and not is_noun(last)) or is_participle(last):
        return [m]  # "keep your skin clean and moisturised"
    item = (joint.end(), joint.end() + len(" ".join(words_)))
    return [m._replace(subject=(a, joint.start()), target=(m.target[0], max(m.target[0], joint.start()))),
            m._replace(subject=item, target=item, instead_of=None)]


#: Verbs whose "A and B" is no pair of things advised: a clause ("make sure A and B are ..."), a check of a state.
_NO_PAIR_VERBS = frozenset({"make", "ensure", "check", "remember", "let", "help", "keep", "get", "be", "have", "do"})
#: Amounts and times: "two and three", "once a day and every night", "every day and night".
_AMOUNT_WORDS = frozenset("one two three four five six seven eight nine ten once twice every each daily weekly more most less fewer".split())
_PAIR_JOINT = re.compile(r"\s+and\s+", re.IGNORECASE)
_NEGATED_IMPERATIVE = re.compile(r"(?:do\s+not|don['\u2019]t|never)\s+(?=[a-z])", re.IGNORECASE)
_NEGATED_CUES = frozenset({"do not", "don't", "don\u2019t", "never"})
_IT_OBJECT = re.compile(r"\s+(?:it|them)(?![\w-])", re.IGNORECASE)
_SHORT_PP = re.compile(r"\s+(?:in|with|on|at|into|onto|from|near|next\s+to|throughout|during|for)\s+(?:(?:the|a|an|your|their|his|her)\s+)?"
                       r"(?:(?:first|next|last|few|two|three|four|six|several)\s+){0,2}[\w'-]+(?:\s+[\w'-]+)?(?=\s+(?:and|or|then)\s)", re.IGNORECASE)
#: A short time clause of a gerund after an action, before a second action: " when getting out of bed", " before eating".
_SHORT_WHEN = re.compile(r"\s+(?:when|while|before|after)\s+[a-z]+ing(?:\s+[\w'-]+){0,4}?(?=\s+and\s)", re.IGNORECASE)
_DETERMINER = frozenset("a an the your their his her its some".split())


def _adjective_comma(sentence: str, taken: list[Span], end: int) -> bool:
    """Whether the comma ending at ``end`` joins two adjectives of one noun ("a healthy, balanced diet",
    "a gentle, fragrance-free cleanser", "Offer soft, cool foods"): a determiner or the action's verb, an adjective, the
    comma, an adjective, a noun."""
    if len(taken) < 2 or (sentence[taken[-2][0] : taken[-2][1]].lower() not in _DETERMINER and len(taken) != 2):
        return False  # (or right after the verb: "Offer soft, cool foods")
    before = sentence[taken[-1][0] : taken[-1][1]].lower()
    nxt = re.match(r"\s*([a-z][a-z-]*)\s+([a-z][a-z-]*)", sentence[end:])
    if nxt is None or not ("-" in before or (is_modifier(before) and not is_noun(before))):
        return False
    second, head = nxt.group(1), nxt.group(2)
    return ("-" in second or (is_modifier(second) and (not is_base_verb(second) or not is_base_verb(head)))) and second not in {
        "and", "or", "but", "then", "so"} and is_noun(head)  # ("cool foods": an adjective that is also a verb, before a noun that is not)


#: one or two words that end a clause: what is left of a list item the word limit cut into
_COORDINATED_TAIL = re.compile(r"((?:\s+[A-Za-z][\w'-]*){1,2})(?=\s*(?:[,.;:!?)]|$))")


def _action_phrase(sentence: str, start: int, cues: RelationCues) -> Optional[Span]:
    """A verb phrase "see a doctor", "avoid heavy lifting", "stay active": up to the clause end."""
    toks = words(sentence, start)
    taken: list[Span] = []
    for s, e in toks:
        w = sentence[s:e]
        if w == "," and _adjective_comma(sentence, taken, e):
            continue  # "eat a healthy, balanced diet": two adjectives of one noun
        if w in {",", ";", ".", "!", "?", ":", "(", ")"} or (w in {"-", "\u2013", "\u2014"} and sentence[s - 1 : s].isspace()):
            break  # a spaced dash sets off a clause of its own ("Quit smoking - ask us about support")
        if taken and re.match(r"(?:because|since|but|so\s+that|which|unless|if|when|whenever|while|until|as\s+soon\s+as|as\s+it|to\s+avoid|in\s+order)(?![\w-])", sentence[s:], re.I):
            break
        if (taken and compiled(cues).instead.match(sentence, s) and not _timed_before(sentence, s)
                and not _OVER_TIME.match(sentence, s)):
            break  # (not "taken 30 minutes before breakfast": a time, no alternative)
        taken.append((s, e))
        if len(taken) >= cues.max_argument_words:
            nxt = re.match(r"\s*([\w'-]+)", sentence[taken[-1][1] :])
            cut = nxt is not None and nxt.group(1).lower() not in {"and", "or", "but", "then", "so"}
            tail = _COORDINATED_TAIL.match(sentence, taken[-1][1]) if cut else None
            if tail is not None and len(taken) > 2 and sentence[slice(*taken[-2])].lower() in {"and", "or"}:
                # "Use a sun cream containing zinc oxide or titanium dioxide": the last item of a list the limit cut
                # into, to the clause's end one or two words on
                return trim(sentence, (taken[0][0], tail.end(1)), cues)
            preps = [i for i, (a, b) in enumerate(taken) if i >= 3 and sentence[a:b].lower() in (cues.lower_sets["prepositions"] - {"of"}) | {"for", "up"}]
            if cut and preps:
                taken = taken[: preps[-1]]  # "rest your ankle for the first 2 to 3 days": a phrase cut by the word limit ends before it
            break
    if not taken:
        return None
    return trim(sentence, (taken[0][0], taken[-1][1]), cues)


# the module's patterns scan only the sentences that hold one of their needed words (speed, same matches)
globals().update(prefiltered_globals(globals()))
