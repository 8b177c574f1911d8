"""The sentence grammar shared by every claim type: the compiled cue set, claim records, and the
phrase helpers (subjects, list items, coordination, pronouns, clause ends) the type modules build on.

Pure functions over the sentence string; nothing here decides a claim's type.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from extract import regexcache as re
from extract.claims.cues import RecommendationCue, RelationCues, alternation, intervention_word, memo_per_cue_set, per_cue_set
from extract.claims.phrases import PLACE, Known, Span, is_clause, left_phrase, plural_noun, right_phrase, split_items, trim
from extract.pipeline.lines import BULLET_MARKS


class RelationMention(NamedTuple):
    """A claim found in a sentence; offsets relative to the sentence."""

    kind: str  # cause | symptom | treatment | recommendation
    subject: Span  # cause / symptom / intervention / recommended action
    object: Optional[Span]  # effect / condition / condition / population
    relation: Optional[str]  # cause: causes|risk_factor|associated_with; treatment: the effect as written
    rule: str
    target: Span  # the stretch of the sentence that states the claim (for assertion cues)
    strength: Optional[str] = None
    against: bool = False
    instead_of: Optional[Span] = None
    cue: Optional[str] = None


#: the rule suffix of a cause claim whose subject a later clause names by "they" ("X can ease pain, but they may
#: weaken the tendon"): the subject's own clause may make another claim of it (a treatment)
ANAPHORA = ":they"


class Compiled(NamedTuple):
    list_lead: re.Pattern[str]
    list_open: re.Pattern[str]
    cause_fwd: re.Pattern[str]
    cause_bwd: re.Pattern[str]
    risk_bwd: re.Pattern[str]
    symptom_fwd: re.Pattern[str]
    symptom_exp: re.Pattern[str]
    treat_fwd: re.Pattern[str]
    treat_bwd: re.Pattern[str]
    treat_offer: re.Pattern[str]
    effect: re.Pattern[str]
    anaphoric_effect: re.Pattern[str]
    recommend: list[tuple[re.Pattern[str], RecommendationCue]]
    passive: re.Pattern[str]
    instead: re.Pattern[str]
    head_kind: dict[str, str]
    forward_kind: dict[str, str]


WORD_START = r"(?<![\w-])"
WORD_END = r"(?![\w-])"
#: "They are less likely to report ...", "more likely to describe ...": an experiencer's likelihood before its verb
LIKELY_TO = r"(?:(?:(?:are|is|were|was)\s+)?(?:(?:much|far)\s+)?(?:more|less)\s+likely\s+to\s+)?"
# the copula before a predicate cue: "is often the patient's best option", "should be a last resort", "is one of the best
# things you can do"
_COPULA = (
    r"(?:(?P<modal>should|must|may|might|can|could|would|will)\s+(?:\w+\s+)?)?(?:be|is|are|remains?|becomes?)\s+"
    r"(?:(?:often|usually|generally|typically|still|also|always|now|considered|regarded\s+as|seen\s+as)\s+)*"
    r"(?:one\s+of\s+)?(?:(?:the|a|an|your|their|our|its|[\w-]+['\u2019]s)\s+){0,2}(?:(?:most|very|only|single|recommended|usual|best|perfectly|entirely|quite|really)\s+)?"
)


#: After a recommendation cue, a verb that classes its subject rather than advises it: "PAD is best regarded as a marker
#: of cardiovascular risk", "should be seen as a warning sign".
_NOT_A_CLASSING = r"(?!\s+(?:not\s+)?(?:(?:be|is|are)\s+)?(?:regarded|described|understood|viewed|seen|thought\s+of|classified|defined|known)\s+as(?![\w-]))"


@per_cue_set
def compiled(cues: RelationCues) -> Compiled:
    """The cue set's regular expressions, compiled once."""
    heads = [h for hs in cues.list_heads.values() for h in hs]
    head_kind = {h.lower(): k for k, hs in cues.list_heads.items() for h in hs}
    m = cues.modal_re
    verbs = alternation(cues.list_verbs)
    list_lead = re.compile(
        WORD_START + r"(?P<head>" + alternation(heads) + r")" + WORD_END
        + r"(?:\s+(?:of|for|in|associated\s+with)\s+(?P<obj>[^,;:.()]{1,80}?)|\s+why\s+[^,;:.()]{1,100}?)?"
        + r"\s*(?:\([^)]*\)\s*)?" + r"(?:\s+" + m + r")?\s*(?<![a-zA-Z])(?P<verb>" + verbs + r")" + WORD_END + r"\s*:?\s*",
        re.IGNORECASE,
    )
    list_open = re.compile(WORD_START + r"(?P<head>" + alternation(heads) + r")" + WORD_END + r"[^.;]{0,60}:\s*$", re.IGNORECASE)
    forward_kind = {p.lower(): k for k, ps in cues.cause_forward.items() for p in ps}
    fwd = [p for ps in cues.cause_forward.values() for p in ps]
    rec = []
    # an adverb may stand between a cue's words: "should only be considered", "is not usually recommended"
    adverb = r"(?:\s+(?:" + alternation(cues.recommendation_adverbs) + r"))?\s+"
    # predicate nouns first: "should be the last resort" is one cue, not "should be" and a noun
    for cue in sorted(cues.recommendation_cues, key=lambda c: (not c.predicate, -len(c.phrase))):
        copula = _COPULA if cue.predicate else ""
        ws = cue.phrase.lower().split()
        esc = [re.escape(w).replace("'", "['\u2019]") for w in ws]  # "don't" and "don\u2019t" alike
        flexible = adverb.join(esc)
        if ws[:2] == ["it", "is"] and len(ws) > 2:  # "it's a good idea to", "it’s important to"
            flexible = r"it(?:\s+is|['\u2019]s)" + adverb + adverb.join(esc[2:])
        rec.append((re.compile(WORD_START + copula + r"(?:" + flexible + r")" + WORD_END + _NOT_A_CLASSING, re.IGNORECASE), cue))
    return Compiled(
        list_lead=list_lead,
        list_open=list_open,
        cause_fwd=re.compile(
            # every match starts with a modal or a cue's first word: the look-ahead skips, at one
            # test, the positions where none starts (the look-behinds and cues are tried at each)
            (r"(?=" + alternation(cues.modals + [p.split()[0] for p in fwd]) + r"|" + _CONTRACTED_COPULA + r")" if fwd else "")
            + r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwere\s)"
            + r"(?<!\bthe\s)(?<!\ba\s)(?<!\bmain\s)(?<!\bcommon\s)(?<!\bprimary\s)(?<!\bunderlying\s)"
            # "no cause can be found", "The exact cause isn't known", "remains the leading cause": a noun after its determiner
            # or adjective, not the verb
            + r"(?<!\bno\s)(?<!\bany\s)(?<!\bexact\s)(?<!\bleading\s)(?<!\bpossible\s)(?<!\blikely\s)(?<!\bknown\s)"
            + r"(?<!\bsingle\s)(?<!\bbiggest\s)(?<!\bcommonest\s)(?<!\busual\s)(?<!\bspecific\s)(?<!\bobvious\s)"
            # "It's linked to ...": the copula contracted onto its subject starts the verb, as "is" would
            + r"(?:" + WORD_START + r"|(?=" + _CONTRACTED_COPULA + r"))" + m + r"(?P<verb>" + _copula_adverb_alternation(fwd) + r")" + WORD_END
            + r"(?!\s+(?:by|of|when|if|because)\b)"
            + r"(?!\s+(?:is|are|was|were)(?![\w-]))"  # "the single biggest cause is X": a noun, not a verb
            + (r"(?!\s+(?:" + alternation(cues.cause_noun_compounds) + r")(?![\w-]))" if cues.cause_noun_compounds else ""),
            re.IGNORECASE,
        ),
        cause_bwd=re.compile(
            WORD_START + r"(?:(?:is|are|was|were|be|been|often|usually|commonly|typically|mainly|mostly|most\s+often|generally|"
            r"sometimes|frequently|can|may|also|largely|primarily|probably|likely|possibly|not|always|rarely|seldom|"
            r"never|only)\s+){0,3}(?P<verb>"  # "is not usually caused by": the effect is left of the negation
            + alternation(cues.cause_backward["causes"]) + _adverb_before_preposition(cues.cause_backward["causes"]) + r")" + WORD_END,
            re.IGNORECASE,
        ),
        risk_bwd=re.compile(
            WORD_START + r"(?P<verb>" + alternation(cues.risk_backward)
            # "They are common in children aged 4 to 11", "they are most common in primary school children", "is even more
            # common in dancers", "is commonest in older men": the copula and "common in" with any adverbs, as the listed forms
            + r"|(?:is|are|it['\u2019]s|they['\u2019]re)\s+(?:(?:also|especially|particularly|very|most|more|much|far|even|mainly|mostly)\s+){0,2}"
            r"(?:common|commonest)\s+(?:in|among)"
            + r")" + WORD_END + r"\s*",
            re.IGNORECASE,
        ),
        symptom_fwd=re.compile(
            WORD_START + m + r"(?P<verb>" + alternation(cues.symptom_forward)
            # "presented to the emergency department in April with ...": where and when the patient presented, then the findings
            + r"|present(?:s|ed|ing)?\s+(?:to|at)\s+(?:[\w'\u2019-]+\s+){1,8}?with" + r")" + WORD_END,
            re.IGNORECASE,
        ),
        symptom_exp=re.compile(
            WORD_START + r"(?P<who>" + alternation(cues.symptom_experiencers)
            + r"|(?P<quant>" + alternation(cues.symptom_quantifiers) + r")\s+(?P<plural>[a-z]+s))"
            + r"(?P<with>\s+(?:with|who\s+have|suffering\s+from|who\s+suffer\s+from|affected\s+by)\s+[^,;:.]{1,60}?)?"
            + r"(?:\s+who)?\s+" + LIKELY_TO + m + r"(?P<verb>" + alternation(cues.symptom_verbs + cues.symptom_onset_verbs + ["have", "has", "had"]) + r")" + WORD_END,
            re.IGNORECASE,
        ),
        treat_fwd=re.compile(WORD_START + m + r"(?P<verb>" + alternation(cues.treatment_forward) + r")" + WORD_END, re.IGNORECASE),
        treat_bwd=re.compile(
            WORD_START + m + r"(?P<verb>" + alternation(cues.treatment_backward)
            # "should be treated in an intensive care setting with plasma exchange", "is managed at home with rest": where,
            # then what it is treated with
            + r"|(?:treated|managed)\s+(?:in|at)\s+(?:[\w'\u2019-]+\s+){1,5}?(?:with|using)" + r")" + WORD_END,
            re.IGNORECASE,
        ),
        treat_offer=re.compile(WORD_START + r"(?P<verb>" + alternation(cues.treatment_offer) + r")" + WORD_END, re.IGNORECASE),
        effect=re.compile(WORD_START + r"(?:to\s+)?(?P<verb>" + alternation(cues.effect_verbs) + r")" + WORD_END, re.IGNORECASE),
        anaphoric_effect=re.compile(
            m + r"(?P<verb>" + alternation(cues.effect_verbs + cues.anaphoric_effect_verbs) + r")" + WORD_END, re.IGNORECASE
        ),
        recommend=rec,
        passive=re.compile(
            r"\s*(?:(?:routinely|usually|normally|generally|always|ever|also|still|then)\s+)?(?P<verb>" + alternation(cues.passive_recommendation_verbs) + r")" + WORD_END
            + r"(?:\s+(?P<prep>with|by|using|through|via|as|for|in|to|first|initially))?" + WORD_END,
            re.IGNORECASE,
        ),
        instead=re.compile(WORD_START + r"(?P<cue>" + alternation(cues.instead_of) + r")" + WORD_END, re.IGNORECASE),
        head_kind=head_kind,
        forward_kind=forward_kind,
    )


#: adverbs between the copula and the participle of a cause cue: "is often linked with", "are strongly associated with"
_CUE_ADVERBS = ("often", "also", "commonly", "frequently", "strongly", "closely", "usually", "sometimes", "widely", "generally",
                "mainly", "mostly", "partly", "largely", "now", "increasingly", "consistently", "significantly", "independently",
                "each", "all", "both")  # "A, B and C were each associated with Y": one claim per subject
_CUE_ADVERB_RE = re.compile(r"\s+(?:" + "|".join(_CUE_ADVERBS) + r")(?=\s)", re.IGNORECASE)


#: the copula contracted onto the word before it ("it's", "they're") and the forms it stands for
_CONTRACTED_FORMS = {"is": "s", "are": "re"}
_CONTRACTED_COPULA = r"['\u2019](?:s|re)\s"


def _copula_adverb_alternation(phrases: list[str]) -> str:
    """The alternation of the forward cause cues, an adverb allowed after a leading copula ("is often
    linked with", "have also been associated with")."""
    adverb = r"(?:\s+(?:" + "|".join(_CUE_ADVERBS) + r"))?"
    parts = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))  # the same text in every process
    out = []
    for p in parts:
        ws = [re.escape(w) for w in p.split()]
        if len(ws) > 1 and p.split()[0] in _CONTRACTED_FORMS:
            out.append(r"(?:" + ws[0] + r"|['\u2019]" + _CONTRACTED_FORMS[p.split()[0]] + r")" + adverb + r"\s+" + r"\s+".join(ws[1:]))
        elif len(ws) > 1 and p.split()[0] in {"is", "are", "was", "were", "been", "be", "has", "have", "had"}:
            out.append(ws[0] + adverb + r"\s+" + r"\s+".join(ws[1:]))
        else:
            out.append(r"\s+".join(ws))
    return "|".join(out)


def forward_kind(c: Compiled, verb: str) -> Optional[str]:
    """The relation of a forward cue as matched, without an adverb after its copula."""
    text = re.sub(r"\s+", " ", verb.lower())
    text = re.sub(r"^['\u2019](s|re)(?= )", lambda x: {"s": "is", "re": "are"}[x.group(1)], text)  # "'s linked to": is linked to
    return c.forward_kind.get(text) or c.forward_kind.get(re.sub(r"\s+", " ", _CUE_ADVERB_RE.sub("", text, count=1)))


class ListState:
    """A list lead-in waiting for its bullet items ("Treatment options include:").

    ``led`` is true while the bullets follow a lead-in ending in a colon, whether or not it says
    what they are ("Before your visit, bring:" types them as nothing, whatever the heading above
    says); the list ends at the first line that is no bullet."""

    def __init__(self) -> None:
        self.kind: Optional[str] = None
        self.object: Optional[str] = None
        self.rule: str = ""
        self.led = False
        self.end = -1  # where the lead-in or the last item of a led list ends
        self.sections = False  # the items are the headings that follow the lead-in, each over its paragraph
        self.frame: Optional[str] = None  # a lead-in each bullet completes ("You may also:" then "• feel sick")

    def open(self, kind: Optional[str], obj: Optional[str], rule: str) -> None:
        self.kind, self.object, self.rule = kind, obj, rule
        self.led = True

    def close(self) -> None:
        self.kind = None
        self.object = None
        self.led = False
        self.sections = False
        self.frame = None


def kind_of_head(head: str, c: Compiled) -> str:
    return c.head_kind.get(re.sub(r"\s+", " ", head.lower()), "treatment")


def _item_ok(text: str, span: Span, cues: RelationCues) -> bool:
    item = text[span[0] : span[1]]
    toks = [w.lower() for w in re.findall(r"[\w'\u2019]+", item)]
    # "sharp, burning or shooting pain in the ball of the foot": the modifiers before a comma are no extra length
    head_toks = re.findall(r"[\w'\u2019]+", re.sub(r"^(?:[\w-]+(?:,|\s+or|\s+and)\s+)+", "", item))
    if not toks or len(head_toks) > cues.max_item_words:
        return False
    if toks[0] in cues.lower_sets["negative_item_starts"] or " ".join(toks) in cues.lower_sets["pronouns"]:
        return False
    if any(w in cues.lower_sets["call_to_action_words"] and not _noun_use(toks, i) for i, w in enumerate(toks)):
        return False
    if re.search(r"\d", item) and not re.search(r"[A-Za-z]{3}", item):
        return False
    return not is_clause(item, cues)


#: what follows "contact" used as a verb of a call to action ("contact us", "contact your GP")
_CONTACTED = frozenset({"us", "our", "your", "the", "a", "an", "me", "them", "him", "her", "their", "my", "this", "one", "any"})


def _noun_use(toks: list[str], i: int) -> bool:
    """Whether "contact" at ``toks[i]`` is the noun ("close contact with", "skin contact", "contact sports", "contact
    lenses"), not the call to action "contact us", "or contact your GP": a word after it that no verb of calling takes
    as its object, or, at the end, a word before it that does not lead a verb."""
    if toks[i] != "contact":
        return False
    if i + 1 < len(toks):
        return toks[i + 1] not in _CONTACTED
    return i > 0 and toks[i - 1] not in {"please", "or", "and", "to", "then"}


_QUALIFIER = re.compile(r"(?:especially|particularly|often|usually|mostly|mainly|typically|sometimes)\s*$", re.IGNORECASE)
#: an item that is a participle with its agent ("aggravated by shoes", "often made worse by stress"): it says how the
#: item before behaves
_PARTICIPLE_BY = re.compile(r"(?:(?:often|usually|sometimes|especially|typically|mostly|mainly|made\s+worse|made)\s+)?(?:[a-z]+ed|brought\s+on|set\s+off|made\s+worse)\s+by\s", re.IGNORECASE)
_QUALIFIER_ITEM = re.compile(r"(?:worse|better|first|in|on|at|after|during|before|when|while)(?![\w-])", re.IGNORECASE)


def list_items(text: str, span: Span, cues: RelationCues, known: Optional[Known], new_item: Optional[Known] = None) -> list[Span]:
    """The acceptable items of a list region.

    Items that qualify the one before ("tingling, often worse at night", "stiffness, especially
    in the morning") are none; after an item with a place ("weakness in the thumb, index finger
    and middle finger") the items that follow are the places, not new items, unless they name a
    concept ``known`` knows, or ``new_item`` says they cannot be places ("extreme tiredness")."""
    out: list[Span] = []
    located = False
    prev_end = span[0]
    for s in split_items(text, span, cues, known):
        gap = text[prev_end : s[0]]
        prev_end = s[1]
        if (_QUALIFIER.search(gap) and _QUALIFIER_ITEM.match(text, s[0])) or not _item_ok(text, s, cues):
            continue
        if _PARTICIPLE_BY.match(text, s[0]) or (_QUALIFIER.search(gap) and _PARTICIPLE_BY.match(text, s[0] - len(gap.lstrip(" ,")))):
            continue  # "pain over the joint, often aggravated by shoes, ...": how the item before behaves, no item
        if re.fullmatch(r"together|along", text[s[0] : s[1]], re.I) and re.match(r"\s+with\s", text[s[1] :], re.I):
            continue  # "together with a visible bump": the items come after "with"
        w = re.match(r"(?:together\s+with|along\s+with|as\s+well\s+as|with)\s+", text[s[0] : s[1]], re.I)
        if w or re.search(r"(?<![\w-])with\s*$", gap, re.I):
            located = False  # "..., often with nausea and vomiting": a new run of items
            if w:
                s = (s[0] + w.end(), s[1])
        if re.search(r"(?<![\w-])(?:such\s+as|including|e\.g\.,?)\s*$", gap, re.I):
            located = False  # "infections of the brain, such as meningitis or encephalitis": examples, not places
        head = " ".join(text[s[0] : s[1]].split()[:2])
        if located and not (known is not None and (known(text[s[0] : s[1]]) or known(head))) and not (new_item and new_item(text[s[0] : s[1]])):
            continue
        out.append(s)
        located = located or bool(PLACE.search(text[s[0] : s[1]] + " "))
    return named_items(text, _modifier_run(text, out, known), cues)


def _modifier_run(text: str, items: list[Span], known: Optional[Known]) -> list[Span]:
    """"sharp, pricking, and stabbing pain": single unknown words before a last item of several
    words are its modifiers, one item in all (known findings stay items: "numbness, tingling and
    burning pain")."""
    if (len(items) == 2 and re.fullmatch(r"\s*,\s*", text[items[0][1] : items[1][0]])
            and len(re.sub(r"^(?:an?|the)\s+", "", text[items[0][0] : items[0][1]], flags=re.I).split()) == 1
            and len(text[items[1][0] : items[1][1]].split()) >= 2 and not plural_noun(text[items[0][0] : items[0][1]])
            and not (known is not None and known(text[items[0][0] : items[0][1]]))):
        # "sudden, severe pain", "dark, tarry stools": a comma with no "and" or "or" joins the adjectives of one item
        # (a degree before the comma is no part of its name: "a severe, stabbing pain" is a stabbing pain)
        if text[items[0][0] : items[0][1]].lower().split()[-1] in {"severe", "mild", "moderate", "bad"}:
            return items[1:]
        return [(items[0][0], items[-1][1])]
    if known is None or len(items) < 2 or len(text[items[-1][0] : items[-1][1]].split()) < 2:
        return items
    singles = items[:-1]
    if "," not in text[items[0][1] : items[1][0]]:
        return items  # "a fall or accident": two items joined by "or", no run of modifiers
    if _VERB_PHRASE_ITEM.match(text, items[-1][0]):
        return items  # "abuse, neglect or losing a parent": a gerund with its object takes no modifiers
    if all(len(text[s:e].split()) == 1 and not known(text[s:e]) and not plural_noun(text[s:e]) for s, e in singles):
        # (not "hikers, campers, hunters and farm workers": plural nouns are items, no modifiers)
        return [(items[0][0], items[-1][1])]
    return items


#: a gerund and the determiner of its object ("losing a parent", "moving your head"): a verb phrase, no modified noun
_VERB_PHRASE_ITEM = re.compile(r"[a-z]+ing\s+(?:a|an|the|your|their|his|her|my|our|its|some)\s", re.IGNORECASE)


def named_items(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"stabbing pain called neuropathic pain": the name after the cue is the item."""
    if not items:
        return items
    m = apposition(cues).match(text, items[-1][1])
    if m is None or re.search(r"\sof\s", text[items[-1][0] : items[-1][1]]):
        return items  # "the bites of immature ticks called nymphs": the name is of the ticks, not of the bites
    name = right_phrase(text, m.end(), cues)
    return [name] if name else items


@per_cue_set
def apposition(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(r"\s*,?\s*(?:" + alternation(cues.apposition_cues) + r")\s+", re.IGNORECASE)


PHONE = re.compile(r"(?<!\d)(?:\+?\d{1,3}[ .-])?\(?\d{3,5}\)?[ .-]\d{3}[ .-]\d{3,4}(?!\d)")


_COORDINATOR = re.compile(r"\s+(?:or|and)\s+", re.IGNORECASE)


def coordinated(sentence: str, span: Span, cues: RelationCues, known: Optional[Known] = None) -> list[Span]:
    """"drowsy or confused", "a tight chest or a cough": two findings; "back or leg pain" one
    (the head is shared), and so is a known concept ("nausea and vomiting"). Parts split when both
    are one word or the second starts with a determiner."""
    m = _COORDINATOR.search(sentence, span[0], span[1])
    if m is None or (known is not None and known(sentence[span[0] : span[1]])):
        return [span]
    left, right = sentence[span[0] : m.start()].split(), sentence[m.end() : span[1]].split()
    det = cues.lower_sets["leading_words"]
    if len(right) == 1 and len(left) == 1 or (right and right[0].lower() in det):
        parts = [trim(sentence, (span[0], m.start()), cues), trim(sentence, (m.end(), span[1]), cues)]
        return [p for p in parts if p]
    return [span]


#: participles that open a consequence clause after a comma ("..., making your teeth look longer", "..., causing pain")
_CONSEQUENCE_PARTICIPLES = frozenset({"making", "causing", "leading", "meaning", "resulting", "leaving", "giving"})


def verb_phrases(sentence: str, span: Span, cues: RelationCues) -> list[Span]:
    """"stop breathing or gasp in your sleep" -> two verb phrases; a coordinated part that starts
    with a preposition ("nod off while driving or in meetings") stays with the phrase before."""
    out: list[Span] = []
    pos = span[0]
    for m in list(re.finditer(r"\s*(?:,\s*(?:or|and)?|\s(?:or|and))\s+", sentence[span[0] : span[1]])) + [None]:
        e = span[0] + m.start() if m else span[1]
        piece = trim(sentence, (pos, e), cues)
        if piece:
            words_ = sentence[piece[0] : piece[1]].split()
            first = words_[0].lower()
            if out and first in _CONSEQUENCE_PARTICIPLES:
                pass  # "gums that are receding, making your teeth look longer": what the phrase before does, no phrase
            elif out and (first in cues.lower_sets["prepositions"]
                          or (len(words_) == 1 and first.endswith("ing") and sentence[out[-1][0] : out[-1][1]].lower().endswith("ing"))):
                # "bleed during brushing or flossing": a second gerund of the phrase before
                out[-1] = (out[-1][0], piece[1])
            elif first not in cues.lower_sets["negative_item_starts"]:
                out.append(piece)
        pos = span[0] + m.end() if m else span[1]
    return out


@memo_per_cue_set(1024)  # asked of one sentence by several rules
def sentence_subject(sentence: str, cues: RelationCues) -> Optional[Span]:
    """The noun phrase a sentence opens with ("This scar tissue can wrap ..." -> "scar tissue"),
    if it opens with one (not a preposition, a pronoun or a subordinate clause)."""
    first = re.match(r"\s*([\w'\u2019-]+)", sentence)
    if first is None or first.group(1).lower() in cues.lower_sets["prepositions"] | cues.lower_sets["clause_words"]:
        return None
    subj = right_phrase(sentence, first.start(1), cues)
    return None if subj is None or is_pronoun(sentence, subj, cues) else subj


def is_generic(sentence: str, span: Span, cues: RelationCues) -> bool:
    text = " ".join(re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower()))
    # "repetitive movements" names a cause; "the movements (that trigger it)" does not
    ws = text.split()
    return text in cues.lower_sets["generic_arguments"] or ws[-1:] == ["factors"] or (
        ws[-1:] in (["activities"], ["movements"], ["things"]) and (len(ws) == 1 or ws[-2] in _NO_MODIFIER))


_NO_MODIFIER = frozenset({"of", "the", "a", "these", "those", "certain", "some", "many", "other", "various", "such", "from", "all", "any", "your",
                          "their", "daily", "everyday", "different", "several", "most", "which", "that"})


def is_condition(text: str, cues: RelationCues, condition: Optional[Known] = None) -> bool:
    """Whether a phrase names a condition: its last word is a condition head ("syndrome",
    "attack", "a common condition"), or ``condition`` (the page's topic) says so."""
    ws = re.findall(r"[a-z][a-z'-]*", text.lower())
    return bool(ws) and (ws[-1] in cues.lower_sets["condition_heads"] or bool(condition and condition(text)))


def is_outcome(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether an argument reads as an outcome ("at least 50% pain relief"), a treatment ("led
    to surgery") or a condition's name ("suffer from post-laminectomy syndrome") rather than a
    finding."""
    text = sentence[span[0] : span[1]].lower()
    ws = re.findall(r"[a-z][a-z-]*", text)
    return (
        bool(re.search(r"\d", text))
        or any(w in cues.lower_sets["outcome_words"] or intervention_word(w, cues) for w in ws)
        or is_condition(text, cues)
    )


_CLAUSE_AFTER_LIST = re.compile(
    r"[.;!?](?:\s|$)|\s(?:which|because|when|while|although|but|so that)\s|,\s+so\s|\sas\s+(?:it|they|this|these|he|she|you)\s"
    # ", partly because of the long-term pain": the reason, after the list
    r"|,?\s+(?:partly|mainly|largely|mostly|chiefly|probably|possibly|perhaps|in\s+part)\s+(?:because|due\s+to|as\s+a\s+result)(?![\w-])"
    # ", and more than one intervention and recurrence are often needed": a second clause
    r"|,\s+(?:and|but|yet)\s+(?:[\w'\u2019-]+\s+){0,9}?(?:is|are|was|were|has|have|had|can|could|may|might|will|would"
    r"|should|must|gets|get|got|becomes|became|does|did)(?![\w-])"
    # ", and most children recover within two days", ", but they rarely last": a second clause by its subject, a quantified
    # noun or a pronoun, whatever its verb
    # "given X for a sore throat and then develops a rash", "and then reviewed after a month": a next event, by its verb
    r"|\s(?:and|or)\s+then\s+(?:[a-z]+ed\s|[a-z]+s\s+(?:a|an|the|to|up|in|on|for|with|his|her|their|your|it|them)\s)"
    r"|,\s+(?:and|but|yet|while)\s+(?:(?:most|many|some|few|several)\s+(?:of\s+(?:them|these|those)\s+|[a-z][\w-]*\s+)|(?:they|we|he|she|it|there)\s+)(?=[a-z])"
    # ", affecting up to 6 in 10 pregnant women": a participle clause about what came before
    r"|,\s+(?:affecting|leading|resulting|causing|making|meaning|giving|allowing|requiring)(?![\w-])",
    re.IGNORECASE,
)


def list_end_at(sentence: str, pos: int) -> int:
    """Where a list that starts at ``pos`` ends: the sentence end or a clause boundary after it."""
    m = _CLAUSE_AFTER_LIST.search(sentence, pos)
    return m.start() if m else len(sentence)


_LIST_CONJUNCTION = re.compile(r"\s(?:and|or|and/or)\s", re.IGNORECASE)


_ASIDE_LIMIT = re.compile(r"[.;:!?()\u2013\u2014](?:\s|$)|\s-\s")


def aside_end(sentence: str, pos: int, end: Optional[int] = None) -> int:
    """Where a list of examples set off by commas, starting at ``pos``, ends before ``end``: at the first comma that no
    "and" / "or" follows before ``end`` ("such as aqueous cream, every day": at the comma; "such as walking, helps": at
    the comma), else ``end`` ("such as paracetamol, ibuprofen or naproxen, every day": at the second comma). A list
    without a conjunction ("such as A, B, C") ends after its first item: a comma alone does not tell an item from the
    rest of the sentence. ``end`` defaults to the next stop, colon, semicolon, bracket or dash."""
    if end is None:
        limit = _ASIDE_LIMIT.search(sentence, pos)
        end = limit.start() if limit else len(sentence)
    comma = sentence.find(",", pos, end)
    while comma >= 0:
        if _LIST_CONJUNCTION.search(sentence, comma, end) is None:
            return comma
        comma = sentence.find(",", comma + 1, end)
    return end


def closes_aside(sentence: str, comma: int) -> bool:
    """Whether the comma at ``comma`` closes a list of examples set off by commas (:func:`aside_end`): no "and" / "or"
    follows it before the clause ends ("Light exercise, such as walking, helps")."""
    return aside_end(sentence, comma) == comma


#: The claim types whose denial by a predicate right after their argument is read (a recommendation carries its own
#: polarity in its cue: "should not", "avoid").
DENIABLE = frozenset({"cause", "symptom", "treatment"})


@per_cue_set
def denial(cues: RelationCues) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A negated predicate right after a claim's argument, up to its first word that is not a partial denial
    (``cues.denial_partial_words``); the same not ending in a finding's end (``cues.denial_persisting_verbs``: for
    symptoms); and a contrast after it (``cues.denial_contrast_words``)."""
    return _denial(cues.denial_partial_words), _denial(cues.denial_partial_words + cues.denial_persisting_verbs), re.compile(
        r"(?<![\w-])(?:" + alternation(cues.denial_contrast_words) + r")(?![\w-])", re.IGNORECASE)


def _denial(partial: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?:\s*\([^()]{0,80}\))?\s+(?:(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|may|might)\s+"
        r"(?:(?:also|usually|generally|often|really|still)\s+)?(?:not|never|no\s+longer)|(?:do|does|did|is|are|was|were|has|have|"
        r"had|wo|ca|could|would)n['\u2019]t|cannot|never)\s+(?:(?:usually|generally|really|been|be)\s+)*+"
        r"(?!(?:" + alternation(partial) + r")(?![\w-]))[\w-]+"
        r"(?:\s+to\s+[\w-]+)?",  # "has not been shown to help": the verb the denial's cue ("... shown to") reaches
        re.IGNORECASE,
    )


def through_denial(sentence: str, target: Span, cues: RelationCues, kind: str = "treatment") -> Span:
    """``target`` (either order) run on through a negated predicate right after it, so that the assertion reads the
    denial as the claim's: "Antibiotics| won't help", "Stress| is not a cause of migraine", "total blindness| does not
    occur". Not through a partial denial ("do not always work", "is not quite as effective", "are not covered"), the end
    of a symptom ``kind`` that persists ("the pain won't go away"), or one a contrast takes back ("won't fix everything, but they
    can improve ..."): ``target`` as it is then."""
    start, end = min(target), max(target)
    predicate, finding, contrast = denial(cues)
    denied = (finding if kind == "symptom" else predicate).match(sentence, end)
    if denied is None or contrast.search(sentence, denied.end()):
        return start, end
    return start, denied.end()


@per_cue_set
def risk_outcome(cues: RelationCues) -> re.Pattern[str]:
    """What follows "more likely" in a risk-factor statement: "than ...", "as others ...", "to
    develop ...", but not the course of a condition ("to persist")."""
    return re.compile(r"\s+(?:than|as)(?![\w-])|\s+to\s+(?!(?:" + alternation(cues.course_verbs) + r")(?![\w-]))", re.IGNORECASE)


def is_pronoun(sentence: str, span: Span, cues: RelationCues) -> bool:
    return sentence[span[0] : span[1]].lower() in cues.lower_sets["pronouns"]


#: "X is a chronic disease that ...": the copula and article before a general noun the relative clause hangs on
_COPULA_ARTICLE = re.compile(r"(?<![\w-])(?:is|are|remains?)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: general nouns a writer puts a condition under ("a disease that requires ...")
_KIND_NOUNS = frozenset({"disease", "diseases", "condition", "conditions", "disorder", "disorders", "illness", "illnesses", "problem", "problems", "syndrome"})


def copula_subject(sentence: str, population: Optional[Span], cues: RelationCues) -> Optional[Span]:
    """"Lupus is a lifelong disease that requires regular check-ups": the population is the subject of the
    copula (Lupus), not the general noun the relative clause hangs on; ``population`` otherwise."""
    if population is None:
        return None
    # "a disorder of the brain that causes ...": the general noun is the head before "of"
    first = re.split(r"\s+of\s+", sentence[population[0] : population[1]], maxsplit=1)[0]
    end = population[0] + len(first)
    ws = re.findall(r"[a-z]+", first.lower())
    if not ws or ws[-1] not in _KIND_NOUNS:
        return population
    m = _COPULA_ARTICLE.search(sentence, 0, end - len(ws[-1]))
    if m is None or not sentence[m.end() : end].lower().endswith(ws[-1]):
        return population
    subject = left_phrase(sentence, m.start(), cues)
    return subject if subject is not None and not is_pronoun(sentence, subject, cues) else population


LIST_MARK = re.compile(r"\s*(?:(?:\d{1,2}[.)]|[" + BULLET_MARKS + r"])\s+)?(?:[\"\u201c\u2018]\s*)?")


#: adverbs between a verb and its preposition ("spreads very easily through", "is caused mainly by")
_MANNER_ADVERBS = (r"(?:very|quite|so|easily|readily|mainly|mostly|usually|often|largely|primarily|chiefly|commonly|typically|generally|"
                   r"most\s+often|most\s+commonly|rapidly|quickly|directly|sometimes|also|only)")


def _adverb_before_preposition(phrases: list[str]) -> str:
    """An alternative of the two-word cues "VERB PREPOSITION" ("spreads through", "caused by") with one or two adverbs
    between them ("It spreads very easily through coughs", "is caused mainly by bacteria"), or "" when there are none."""
    pairs = [p.split() for p in phrases if len(p.split()) == 2 and p.split()[1].lower() in {"by", "through", "via", "in", "from"}]
    if not pairs:
        return ""
    verbs = sorted({v for v, _ in pairs}, key=len, reverse=True)
    preps = sorted({q for _, q in pairs}, key=len, reverse=True)
    return (r"|(?:" + "|".join(re.escape(v) for v in verbs) + r")\s+(?:" + _MANNER_ADVERBS + r"\s+){1,2}(?:"
            + "|".join(re.escape(q) for q in preps) + r")")


def capitalized_share(sentence: str, min_words: int = 1) -> Optional[float]:
    """The share of words longer than three letters that start with a capital (None when
    fewer than ``min_words`` such words)."""
    words_ = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", sentence) if len(w) > 3]
    if len(words_) < min_words:
        return None
    return sum(w[0].isupper() for w in words_) / len(words_)


EXAMPLES = re.compile(r"\s*,?\s*(?:such\s+as|like|including|e\.g\.,?)\s+", re.IGNORECASE)
