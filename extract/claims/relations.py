"""Finding qualitative claims in a sentence: pure functions over the sentence string.

Four claim kinds, each read from cue phrases of ``data/relations.json``:

* lists introduced by a head noun and a verb ("Other causes include A, B and C", "Symptoms may
  include ...", "Treatment options for Y include ...", "... such as A and B"), one claim per item;
  a lead-in that ends the sentence ("A comprehensive plan typically includes:") opens a list that
  the following bullet lines fill (see :class:`ListState`);
* binary relations around a verb phrase: "X can give rise to Y", "Y is caused by X", "X is a
  risk factor for Y", "Y is characterized by X", "patients with Y often experience X", "X is used
  to treat Y", "Y can be treated with X", "X helps relieve Y", "we offer X";
* recommendations: a modal or advisory cue ("should", "must", "it is imperative", "is best",
  "avoid") or an imperative (any verb of the English lexicon, :mod:`extract.claims.lexicon`:
  "Replace worn shoes") with the action it governs, for whom, instead of what, strength and
  direction.

Nothing here knows a condition's name: arguments are delimited by :mod:`extract.claims.phrases`
and typed later by the linker.
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Sequence

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.claims.cues import RecommendationCue, RelationCues, alternation, intervention_word, per_cue_set
from extract.claims.lexicon import is_base_verb, is_modifier, is_noun, is_participle
from extract.claims.phrases import PLACE, Known, Span, _adjective, is_clause, left_phrase, right_phrase, split_items, trim, words
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
    recommend: list[tuple[re.Pattern[str], RecommendationCue]]
    passive: re.Pattern[str]
    instead: re.Pattern[str]
    head_kind: dict[str, str]
    forward_kind: dict[str, str]


_B = r"(?<![\w-])"
_E = r"(?![\w-])"
#: "They are less likely to report ...", "more likely to describe ...": an experiencer's likelihood before its verb
_LIKELY_TO = r"(?:(?:(?:are|is|were|was)\s+)?(?:(?:much|far)\s+)?(?:more|less)\s+likely\s+to\s+)?"
# the copula before a predicate cue: "is often the patient's best option", "should be a last resort"
_COPULA = (
    r"(?:(?P<modal>should|must|may|might|can|could|would|will)\s+(?:\w+\s+)?)?(?:be|is|are|remains?|becomes?)\s+"
    r"(?:(?:often|usually|generally|typically|still|also|always|now|considered|regarded\s+as|seen\s+as)\s+)*"
    r"(?:(?:the|a|an|your|their|our|its|[\w-]+['\u2019]s)\s+){0,2}(?:(?:most|very|only|single|recommended|usual|best)\s+)?"
)


@per_cue_set
def compiled(cues: RelationCues) -> Compiled:
    """The cue set's regular expressions, compiled once."""
    heads = [h for hs in cues.list_heads.values() for h in hs]
    head_kind = {h.lower(): k for k, hs in cues.list_heads.items() for h in hs}
    m = cues.modal_re
    verbs = alternation(cues.list_verbs)
    list_lead = re.compile(
        _B + r"(?P<head>" + alternation(heads) + r")" + _E
        + r"(?:\s+(?:of|for|in|associated\s+with)\s+(?P<obj>[^,;:.()]{1,80}?)|\s+why\s+[^,;:.()]{1,100}?)?"
        + r"\s*(?:\([^)]*\)\s*)?" + r"(?:\s+" + m + r")?\s*(?P<verb>" + verbs + r")" + _E + r"\s*:?\s*",
        re.IGNORECASE,
    )
    list_open = re.compile(_B + r"(?P<head>" + alternation(heads) + r")" + _E + r"[^.;]{0,60}:\s*$", re.IGNORECASE)
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
        rec.append((re.compile(_B + copula + r"(?:" + flexible + r")" + _E, re.IGNORECASE), cue))
    return Compiled(
        list_lead=list_lead,
        list_open=list_open,
        cause_fwd=re.compile(
            r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwere\s)"
            + r"(?<!\bthe\s)(?<!\ba\s)(?<!\bmain\s)(?<!\bcommon\s)(?<!\bprimary\s)(?<!\bunderlying\s)"
            + _B + m + r"(?P<verb>" + _copula_adverb_alternation(fwd) + r")" + _E + r"(?!\s+(?:by|of|when|if|because)\b)"
            + r"(?!\s+(?:is|are|was|were)(?![\w-]))"  # "the single biggest cause is X": a noun, not a verb
            + (r"(?!\s+(?:" + alternation(cues.cause_noun_compounds) + r")(?![\w-]))" if cues.cause_noun_compounds else ""),
            re.IGNORECASE,
        ),
        cause_bwd=re.compile(
            _B + r"(?:(?:is|are|was|were|be|been|often|usually|commonly|typically|mainly|mostly|most\s+often|generally|"
            r"sometimes|frequently|can|may|also|largely|primarily|probably|likely|possibly|not|always|rarely|seldom|"
            r"never|only)\s+){0,3}(?P<verb>"  # "is not usually caused by": the effect is left of the negation
            + alternation(cues.cause_backward["causes"]) + r")" + _E,
            re.IGNORECASE,
        ),
        risk_bwd=re.compile(_B + r"(?P<verb>" + alternation(cues.risk_backward) + r")" + _E + r"\s*", re.IGNORECASE),
        symptom_fwd=re.compile(_B + m + r"(?P<verb>" + alternation(cues.symptom_forward) + r")" + _E, re.IGNORECASE),
        symptom_exp=re.compile(
            _B + r"(?P<who>" + alternation(cues.symptom_experiencers)
            + r"|(?P<quant>" + alternation(cues.symptom_quantifiers) + r")\s+(?P<plural>[a-z]+s))"
            + r"(?P<with>\s+(?:with|who\s+have|suffering\s+from|who\s+suffer\s+from|affected\s+by)\s+[^,;:.]{1,60}?)?"
            + r"\s+" + _LIKELY_TO + m + r"(?P<verb>" + alternation(cues.symptom_verbs + cues.symptom_onset_verbs + ["have", "has", "had"]) + r")" + _E,
            re.IGNORECASE,
        ),
        treat_fwd=re.compile(_B + m + r"(?P<verb>" + alternation(cues.treatment_forward) + r")" + _E, re.IGNORECASE),
        treat_bwd=re.compile(_B + m + r"(?P<verb>" + alternation(cues.treatment_backward) + r")" + _E, re.IGNORECASE),
        treat_offer=re.compile(_B + r"(?P<verb>" + alternation(cues.treatment_offer) + r")" + _E, re.IGNORECASE),
        effect=re.compile(_B + r"(?:to\s+)?(?P<verb>" + alternation(cues.effect_verbs) + r")" + _E, re.IGNORECASE),
        recommend=rec,
        passive=re.compile(
            r"\s*(?P<verb>" + alternation(cues.passive_recommendation_verbs) + r")" + _E
            + r"(?:\s+(?P<prep>with|by|using|through|via|as|for|in|to|first|initially))?" + _E,
            re.IGNORECASE,
        ),
        instead=re.compile(_B + r"(?P<cue>" + alternation(cues.instead_of) + r")" + _E, re.IGNORECASE),
        head_kind=head_kind,
        forward_kind=forward_kind,
    )


#: adverbs between the copula and the participle of a cause cue: "is often linked with", "are strongly associated with"
_CUE_ADVERBS = ("often", "also", "commonly", "frequently", "strongly", "closely", "usually", "sometimes", "widely", "generally",
                "mainly", "mostly", "partly", "largely", "now", "increasingly", "consistently", "significantly", "independently")
_CUE_ADVERB_RE = re.compile(r"\s+(?:" + "|".join(_CUE_ADVERBS) + r")(?=\s)", re.IGNORECASE)


def _copula_adverb_alternation(phrases: list[str]) -> str:
    """The alternation of the forward cause cues, an adverb allowed after a leading copula ("is often
    linked with", "have also been associated with")."""
    adverb = r"(?:\s+(?:" + "|".join(_CUE_ADVERBS) + r"))?"
    parts = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    out = []
    for p in parts:
        ws = [re.escape(w) for w in p.split()]
        if len(ws) > 1 and p.split()[0] in {"is", "are", "was", "were", "been", "be", "has", "have", "had"}:
            out.append(ws[0] + adverb + r"\s+" + r"\s+".join(ws[1:]))
        else:
            out.append(r"\s+".join(ws))
    return "|".join(out)


def _forward_kind(c: Compiled, verb: str) -> Optional[str]:
    """The relation of a forward cue as matched, without an adverb after its copula."""
    text = re.sub(r"\s+", " ", verb.lower())
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

    def open(self, kind: Optional[str], obj: Optional[str], rule: str) -> None:
        self.kind, self.object, self.rule = kind, obj, rule
        self.led = True

    def close(self) -> None:
        self.kind = None
        self.object = None
        self.led = False
        self.sections = False


def _kind_of_head(head: str, c: Compiled) -> str:
    return c.head_kind.get(re.sub(r"\s+", " ", head.lower()), "treatment")


def _item_ok(text: str, span: Span, cues: RelationCues) -> bool:
    item = text[span[0] : span[1]]
    toks = [w.lower() for w in re.findall(r"[\w'\u2019]+", item)]
    if not toks or len(toks) > cues.max_item_words:
        return False
    if toks[0] in cues.lower_sets["negative_item_starts"] or " ".join(toks) in cues.lower_sets["pronouns"]:
        return False
    if any(w in cues.lower_sets["call_to_action_words"] for w in toks):
        return False
    if re.search(r"\d", item) and not re.search(r"[A-Za-z]{3}", item):
        return False
    return not is_clause(item, cues)


_QUALIFIER = re.compile(r"(?:especially|particularly|often|usually|mostly|mainly|typically|sometimes)\s*$", re.IGNORECASE)
_QUALIFIER_ITEM = re.compile(r"(?:worse|better|first|in|on|at|after|during|before|when|while)(?![\w-])", re.IGNORECASE)


def list_items(text: str, span: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The acceptable items of a list region.

    Items that qualify the one before ("tingling, often worse at night", "stiffness, especially
    in the morning") are none; after an item with a place ("weakness in the thumb, index finger
    and middle finger") the items that follow are the places, not new items, unless they name a
    concept ``known`` knows."""
    out: list[Span] = []
    located = False
    prev_end = span[0]
    for s in split_items(text, span, cues, known):
        gap = text[prev_end : s[0]]
        prev_end = s[1]
        if (_QUALIFIER.search(gap) and _QUALIFIER_ITEM.match(text, s[0])) or not _item_ok(text, s, cues):
            continue
        w = re.match(r"with\s+", text[s[0] : s[1]], re.I)
        if w or re.search(r"(?<![\w-])with\s*$", gap, re.I):
            located = False  # "..., often with nausea and vomiting": a new run of items
            if w:
                s = (s[0] + w.end(), s[1])
        head = " ".join(text[s[0] : s[1]].split()[:2])
        if located and not (known is not None and (known(text[s[0] : s[1]]) or known(head))):
            continue
        out.append(s)
        located = located or bool(PLACE.search(text[s[0] : s[1]] + " "))
    return _named(text, _modifier_run(text, out, known), cues)


def _modifier_run(text: str, items: list[Span], known: Optional[Known]) -> list[Span]:
    """"sharp, pricking, and stabbing pain": single unknown words before a last item of several
    words are its modifiers, one item in all (known findings stay items: "numbness, tingling and
    burning pain")."""
    if known is None or len(items) < 2 or len(text[items[-1][0] : items[-1][1]].split()) < 2:
        return items
    singles = items[:-1]
    if "," not in text[items[0][1] : items[1][0]]:
        return items  # "a fall or accident": two items joined by "or", no run of modifiers
    if all(len(text[s:e].split()) == 1 and not known(text[s:e]) for s, e in singles):
        return [(items[0][0], items[-1][1])]
    return items


def _named(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"stabbing pain called neuropathic pain": the name after the cue is the item."""
    if not items:
        return items
    m = _apposition(cues).match(text, items[-1][1])
    if m is None:
        return items
    name = right_phrase(text, m.end(), cues)
    return [name] if name else items


@per_cue_set
def _apposition(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(r"\s*,?\s*(?:" + alternation(cues.apposition_cues) + r")\s+", re.IGNORECASE)


def find_relations(
    sentence: str,
    cues: RelationCues,
    known: Optional[Known] = None,
    intervention: Optional[Known] = None,
    condition: Optional[Known] = None,
    finding: Optional[Known] = None,
) -> tuple[list[RelationMention], Optional[tuple[str, Optional[str]]]]:
    """Claims stated in ``sentence``, and the list this sentence opens, if any.

    Args:
        sentence: the sentence text (offsets of the results are relative to it).
        cues: the relation cue set.
        known: whether a phrase names a known concept (helps split "A and B").
        intervention: whether a phrase names a known intervention; the generic effect verbs
            ("X helps", "X reduces Y") only make a treatment claim of a known intervention.
        condition: whether a phrase names the page's condition ("a common condition that
            causes tingling": what the condition causes is a symptom, not an effect).
        finding: whether a phrase names a symptom or sign; the experiencer verbs that also take
            outcomes ("patients report ...") only make symptom claims of findings.

    Returns:
        ``(mentions, opened)`` where ``opened`` is ``(kind, object)`` when the sentence ends
        with a list lead-in whose items follow ("Symptoms include:").
    """
    c = compiled(cues)
    out: list[RelationMention] = []
    opened: Optional[tuple[str, Optional[str]]] = None

    for m in c.list_lead.finditer(sentence):
        kind = _kind_of_head(m.group("head"), c)
        region = (m.end(), len(sentence))
        if not sentence[m.end() :].strip(" :\u2013-"):
            obj = m.group("obj")
            opened = (kind, obj.strip() if obj else None)
            continue
        verb = m.group("verb").lower()
        if re.search(r"(?<![\w-])(?:if|when|unless|once|until|whether)\s+(?:\w+\s+){0,2}$", sentence[: m.start()], re.I) or (
            kind == "symptom" and re.search(r"(?<![\w-])(?:if|when|unless)\s[^.;:]*,\s*(?:or|and)\s+(?:\w+\s+){0,2}$", sentence[: m.start()], re.I)
        ):
            continue  # "If your symptoms are severe or ...": a condition, not a list
        if verb == "are" and not re.search(r",|\band\b|\bor\b|:", sentence[m.end() :]):
            continue  # "Treatment options are limited" lists nothing
        obj_span = m.span("obj") if m.group("obj") else None
        if obj_span:
            obj_span = right_phrase(sentence, obj_span[0], cues, stop=obj_span[1])
        items = list_items(sentence, region, cues, known)
        if kind == "treatment":  # "options range from physiotherapy to joint replacement", "colchicine or naproxen"
            items = intervention_items(sentence, items, cues, ranged=verb.startswith(("range", "ranging")), intervention=intervention)
        for item in items:
            out.append(_list_mention(kind, item, obj_span, f"list:{verb}", (m.start(), item[1])))
    if opened is None:
        lo = c.list_open.search(sentence)
        if lo:
            opened = (_kind_of_head(lo.group("head"), c), None)
    if opened is None and c.treat_offer.search(sentence) and re.search(r"(?:offer|provide|perform|recommend|use)s?\s*:\s*$", sentence, re.I):
        opened = ("treatment", None)  # "We offer:" / "Our physicians may recommend:": the bullets name treatments

    _causes(sentence, cues, c, known, condition, out)
    _cause_predicates(sentence, cues, c, known, condition, intervention, out)
    _symptoms(sentence, cues, c, known, finding, out, condition)
    _symptom_definitions(sentence, cues, known, condition, finding, out)
    _symptom_prose(sentence, cues, known, condition, finding, out)
    out = _unnested_symptoms(out)
    _treatments(sentence, cues, c, known, intervention, out)
    out.extend(recommendations(sentence, cues, c))
    return _dedupe(out), opened


_PHONE = re.compile(r"(?<!\d)(?:\+?\d{1,3}[ .-])?\(?\d{3,5}\)?[ .-]\d{3}[ .-]\d{3,4}(?!\d)")


def boilerplate(sentence: str) -> bool:
    """Whether a line is page furniture rather than prose: a title ("Knee Pain & Arthritis
    Treatment | Austin, TX"), a menu ("Home · Conditions · Treatments"), a footer ("© 2024 ...")
    or a contact line (a phone number)."""
    if "\u00a9" in sentence or sentence.count("\u00b7") >= 2 or _PHONE.search(sentence):
        return True
    if "|" not in sentence:
        return False
    share = _capitalized_share(sentence)
    return share is not None and share >= 0.6


def _list_mention(kind: str, item: Span, obj: Optional[Span], rule: str, target: Span) -> RelationMention:
    relation = None
    if kind in {"cause", "risk_factor"}:
        relation = "causes" if kind == "cause" else "risk_factor"
        kind = "cause"
    return RelationMention(kind, item, obj, relation, rule, target)


def bullet_item(sentence: str, kind: str, cues: RelationCues, known: Optional[Known]) -> list[RelationMention]:
    """Claims of a bullet line under an open list or a typed heading.

    "Spinal cord stimulation: a small device ..." names its item before the colon or dash;
    "Physical therapy, spinal stabilization exercises and treatments" is itself a list; a numbered
    item's number is no part of it ("2. Wheezing at night"); a subordinate clause ends the item
    ("Tenderness when you press on the shin"); "taking sleeping pills", "having diabetes" name
    their object; the gerund "being" names a state ("Being overweight", "a feeling of being
    unwell"), not a clause.
    """
    text = _gerunds_masked(sentence)
    lead = _LIST_MARK.match(text).end()
    cut = re.search(r"\s*(?::|\s[\u2013\u2014-]\s|\(|\.\s)", text[lead:])
    region = (lead, lead + cut.start() if cut else len(text))
    relative = _ITEM_CLAUSE.search(text, region[0], region[1])
    if relative and relative.start() > region[0]:
        region = (region[0], relative.start())  # "Numbness or tingling that wakes you at night": the items end at "that"
    verb = _item_lead_verb(cues).match(text, region[0], region[1])
    if verb:
        region = (verb.end(), region[1])  # "taking sleeping tablets or other sedatives": the tablets and sedatives
    head = text[region[0] : region[1]].split()
    if not head or head[0].lower() in cues.lower_sets["negative_item_starts"] or is_clause(text[slice(*region)], cues):
        return []  # "No hospital stays ...", "All of these procedures are ...": no item names
    items = [part for it in _bullet_items(text, list_items(text, region, cues, known), cues, known) for part in _coordinated(text, it, cues, known)]
    if kind == "symptom":
        items = [it for it in items if _symptom_item(text, it, cues) and not _preposition_first(text, it, cues)]
    if kind == "treatment":
        items = [_treatment_item_name(text, it) for n, it in enumerate(items) if _treatment_item(text, it, n, cues)]
    return [_list_mention(kind, it, None, "bullet", (0, len(text))) for it in items]


def avoid_lead(line: str, cues: RelationCues) -> bool:
    """Whether a heading or lead-in line announces things to avoid ("Foods to avoid", "Things to
    avoid", "Try to avoid:", "Don'ts", "Foods to avoid include:"): its bullets are recommendations
    against their items."""
    low = re.sub(r"\s*(?:include|includes|are|is)?\s*:?\s*$", "", line.strip().lower())
    low = re.sub(r"^[^\w]+", "", low)
    if not low or len(low.split()) > 6 or low.endswith("?"):
        return False
    return any(low == lead or low.endswith(" " + lead) for lead in cues.lower_sets["avoid_list_leads"])


def advice_lead(line: str, cues: RelationCues) -> bool:
    """Whether a lead-in line announces advice as its bullets ("To lower your risk you should:",
    "While you wait:", "Do:"): a lower-case verb opening a bullet is then an imperative."""
    low = line.strip().lower()
    if not low.endswith(":") and low not in {"do", "dos", "do's"}:
        return False
    low = low.rstrip(": ")
    return any(low == lead or low.endswith(" " + lead) for lead in cues.lower_sets["advice_list_leads"])


def avoided_items(sentence: str, cues: RelationCues, known: Optional[Known]) -> list[RelationMention]:
    """The recommendations against the items of a bullet under a list of things to avoid ("• red
    meat and offal": against 'red meat', against 'offal')."""
    return [m._replace(rule="recommendation:avoid", strength="should", against=True)
            for m in bullet_item(sentence, "recommendation", cues, known)]


#: Where a treatment bullet's name ends: when, how long, what for or how it is done ("Ice packs for 20 minutes
#: at a time", "A splint at night", "Painkillers during a flare", "Cholecystectomy, done as keyhole surgery").
_TREATMENT_ITEM_TAIL = re.compile(
    r"\s+(?:for|during|at|until|every|twice|once|while|whenever)\s"
    r"|,\s+(?:done|performed|carried|given|placed|used|inserted|made|designed|worn|taken|put)\s",  # "Ureteroscopy, done under ..."
    re.IGNORECASE,
)


_GIVEN = frozenset("done performed carried given placed used inserted made designed worn taken put".split())


def _treatment_item(text: str, span: Span, n: int, cues: RelationCues) -> bool:
    """Whether a treatment bullet's item names one: not how it is done ("Ureteroscopy, done under general
    anaesthetic"), not what it is ("A ureteric stent, a thin tube placed to drain urine"), not what it gives
    ("Steroid injections for fast, short-term relief")."""
    ws = re.findall(r"[a-z][a-z-]*", text[span[0] : span[1]].lower())
    if not ws or ws[0] in _GIVEN or ws[-1] in cues.lower_sets["outcome_words"]:
        return False
    article = ws[0] in ("a", "an") or re.search(r",\s*(?:a|an)\s+$", text[: span[0]]) is not None
    return not (n > 0 and article and any(w in _GIVEN for w in ws))


def _treatment_item_name(text: str, span: Span) -> Span:
    tail = _TREATMENT_ITEM_TAIL.search(text, span[0], span[1])
    return (span[0], tail.start()) if tail and tail.start() > span[0] else span


def _symptom_item(text: str, span: Span, cues: RelationCues) -> bool:
    """Whether a bullet item can be a symptom: a degree may modify a finding ("Severe eye pain",
    "Mild fever"), a comparison or a bare degree is none ("worse at night", "severe")."""
    ws = re.findall(r"[a-z]+", text[span[0] : span[1]].lower())
    if not ws or ws[0] not in cues.lower_sets["symptom_non_items"]:
        return bool(ws)
    return len(ws) > 1 and ws[1] not in cues.lower_sets["symptom_non_items"] and ws[1] not in cues.lower_sets["prepositions"]




@per_cue_set
def _vague_class(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(_B + r"(?:" + alternation(cues.vague_determiners) + r")\s+$", re.IGNORECASE)


_QUALIFIER_GAP = re.compile(r"(?<![\w-])(?:especially|particularly|mainly|mostly|usually|typically)(?![\w-])", re.IGNORECASE)


def _bullet_items(text: str, items: list[Span], cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """A bullet's items without those that qualify the item before ("Running, especially a
    sudden increase in mileage") and with a name given in apposition in place of what it names
    ("Small lumps under the skin, called nodules" -> "nodules"); without the linker to tell
    findings apart, "Sharp, stabbing pain" is one item (with it, :func:`list_items` decides)."""
    vague = _vague_class(cues)
    items = [it for it in items if not (vague.search(text[: it[0]]) and _EXAMPLES.match(text, it[1]))]
    if (known is None and len(items) == 2 and text[items[0][1] : items[1][0]].strip() == "," and len(text[slice(*items[0])].split()) == 1
            and len(text[slice(*items[1])].split()) > 1 and not re.search(r"\s(?:and|or)\s", text[items[1][0] : items[1][1]])):
        items = [(items[0][0], items[1][1])]  # "Sharp, stabbing pain in the heel": modifiers of one item
    out: list[Span] = []
    for it in items:
        if out and _QUALIFIER_GAP.search(text[out[-1][1] : it[0]]):
            continue
        m = _apposition(cues).match(" " + text[it[0] : it[1]])
        if out and m and m.start() == 0 and text[out[-1][1] : it[0]].strip() == ",":
            out[-1] = (it[0] + m.end() - 1, it[1])
            continue
        out.append(it)
    return out


#: Where a bullet item's name ends: a relative or subordinate clause ("pain that spreads ...",
#: "stiffness when you get up", "swelling, especially if ...").
_ITEM_CLAUSE = re.compile(r"\s(?:that|which|who|where|when|whenever|while|if|because|unless|until)\s", re.IGNORECASE)
#: The gerund "being" at the start of an item or after a preposition: a state, not a verb of a clause.
_BEING = re.compile(r"(?<![\w-])being(?=\s)", re.IGNORECASE)
_BEING_AFTER = re.compile(r"(?:^\W*|(?<![\w-])(?:of|about|from|like|for|with)\s+)$", re.IGNORECASE)


def _gerunds_masked(sentence: str) -> str:
    """``sentence`` with the state gerund "being" replaced by a noun of the same length, so that the
    clause test reads "Being overweight" as a name (offsets unchanged)."""
    return _BEING.sub(lambda m: "state" if _BEING_AFTER.search(sentence[: m.start()]) else m.group(), sentence)


def _preposition_first(text: str, span: Span, cues: RelationCues) -> bool:
    """Whether an item starts with a preposition ("... in the morning or after sitting"): a
    qualifier of the item before, no finding of its own."""
    first = re.findall(r"[a-z]+", text[span[0] : span[1]].lower())[:1]
    return bool(first) and first[0] in cues.lower_sets["prepositions"]


@per_cue_set
def _item_lead_verb(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(r"(?:" + alternation(cues.item_lead_verbs) + r")\s+(?=\S)", re.IGNORECASE)


WARNING = "warning"
#: The kind of a list of page links ("Related pages:"): its bullets claim nothing at all.
NAVIGATION = "navigation"


@per_cue_set
def _lead_patterns(cues: RelationCues) -> dict[str, re.Pattern[str]]:
    """The compiled lead-in cues: one pattern per kind, and the warning lead-in ("See a doctor if you:")."""

    def phrase(p: str) -> str:
        parts = [r"\s+".join(re.escape(w) for w in chunk.split()) for chunk in p.split("{M}")]
        return (r"\s+" + cues.modal_re).join(x for x in parts if x)

    out = {
        kind: re.compile(_B + r"(?:" + "|".join(sorted((phrase(p) for p in ps), key=len, reverse=True)) + r")" + _E, re.IGNORECASE)
        for kind, ps in cues.list_leads.items()
    }
    out[NAVIGATION] = re.compile(r"^\W*(?:" + alternation(cues.navigation_leads) + r")" + _E, re.IGNORECASE)
    out[WARNING] = re.compile(
        _B + r"(?:" + alternation(cues.care_verbs) + r")\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + alternation(cues.care_places) + r")" + _E
        + r".{0,80}?" + _B + r"(?:if|when|whenever)" + _E + r"[^:]{0,40}:\s*$",
        re.IGNORECASE,
    )
    return out


def care_heading(heading: str, cues: RelationCues) -> bool:
    """Whether a heading or question says when to seek care ("When to see a doctor", "When should
    I call 111?", "When to get help"): the bullets under it are warning signs."""
    if not re.match(r"\W*when(?![\w-])", heading, re.IGNORECASE):
        return False
    return _care_phrase(cues).search(heading) is not None


@per_cue_set
def _care_phrase(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(
        _B + r"(?:" + alternation(cues.care_verbs) + r")\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + alternation(cues.care_places + ["help"]) + r")" + _E,
        re.IGNORECASE,
    )


def list_lead_kind(sentence: str, cues: RelationCues) -> Optional[str]:
    """What the bullets after a lead-in ending in a colon are, by its cue words: ``"navigation"``
    for a list of page links ("Related pages:"), ``"warning"`` for a lead-in saying when to seek
    care ("Call 111 or go to A&E if you:"), else a claim kind
    ("You may also have:" symptom, "Things that raise your risk are:" risk_factor, "Asthma can
    be triggered by:" cause, "Your doctor may recommend:" treatment), or None."""
    s = sentence.rstrip()
    if not s.endswith(":"):
        return None
    patterns = _lead_patterns(cues)
    if patterns[NAVIGATION].search(s):
        return NAVIGATION
    if patterns[WARNING].search(s):
        return WARNING
    for kind in ("risk_factor", "cause", "symptom", "treatment"):
        p = patterns.get(kind)
        if p is not None and p.search(s):
            return kind
    return None


@per_cue_set
def _warning_patterns(cues: RelationCues) -> tuple[re.Pattern[str], re.Pattern[str]]:
    hearsay = re.compile(r"(?:you\s+)?(?:" + alternation(cues.warning_hearsay) + r")\s+", re.IGNORECASE)
    verb = re.compile(r"(?:you\s+)?(?:" + cues.modal_re + r")(?:" + alternation(cues.warning_item_verbs) + r")\s+(?:(?:a|an|any|some)\s+)?", re.IGNORECASE)
    return hearsay, verb


#: A warning item about something other than "you" ("the rash is near your eye") or denying
#: ("you cannot keep fluids down") states a situation, not a finding.
_NOT_FINDING_START = re.compile(r"(?:the|your|a|an|my|his|her|their|it|this|there|are|is|were|was|can|cannot|can't|could|do|does|did|not|unable)(?![\w'-])", re.IGNORECASE)
_NEGATION = re.compile(r"(?<![\w-])(?:not|no|cannot|can't|don't|doesn't|unable|never)(?![\w-])", re.IGNORECASE)


def warning_items(sentence: str, cues: RelationCues, known: Optional[Known], finding: Optional[Known]) -> list[RelationMention]:
    """The warning signs a bullet under a care-seeking lead-in names, as symptom claims.

    "you have a temperature of 38C or above, or shivering" gives the two findings after the verb
    of having; "wake up with headaches or a dry mouth" the headaches and the dry mouth; "have been
    told you stop breathing or gasp in your sleep" and "snore loudly most nights" the verb phrases
    themselves. Items about something else ("the rash is near your eye") or denied ("you cannot
    keep fluids down") are none; with the linker, an item must name a finding (``finding``).
    """
    lead = _LIST_MARK.match(sentence).end()
    end = len(sentence)
    stop = re.search(r"[;:]|\.\s|\s[\u2013\u2014-]\s|\(|,\s+(?:so|but|and\s+then)\s", sentence[lead:])
    if stop:
        end = lead + stop.start()
    hearsay, verb = _warning_patterns(cues)
    pos = lead
    h = hearsay.match(sentence, pos, end)
    if h:
        pos = h.end()
    v = verb.match(sentence, pos, end)
    if v:
        items = [it for it in list_items(sentence, (v.end(), end), cues, known)
                 if _symptom_item(sentence, it, cues) and not _preposition_first(sentence, it, cues)]
        items = [part for it in items for part in _coordinated(sentence, it, cues, known)]
    else:
        y = re.match(r"you\s+", sentence[pos:end], re.IGNORECASE)
        pos += y.end() if y else 0
        if _NOT_FINDING_START.match(sentence, pos) or _NEGATION.search(sentence, pos, end):
            return []
        items = _verb_phrases(sentence, (pos, end), cues)
    if finding is not None and not h:  # what others saw you do ("told you stop breathing") is a sign as such
        items = [it for it in items if finding(sentence[it[0] : it[1]])]
    return [_list_mention("symptom", it, None, "bullet:warning", (0, len(sentence))) for it in items]


_COORDINATOR = re.compile(r"\s+(?:or|and)\s+", re.IGNORECASE)


def _coordinated(sentence: str, span: Span, cues: RelationCues, known: Optional[Known] = None) -> list[Span]:
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


def _verb_phrases(sentence: str, span: Span, cues: RelationCues) -> list[Span]:
    """"stop breathing or gasp in your sleep" -> two verb phrases; a coordinated part that starts
    with a preposition ("nod off while driving or in meetings") stays with the phrase before."""
    out: list[Span] = []
    pos = span[0]
    for m in list(re.finditer(r"\s*(?:,\s*(?:or|and)?|\s(?:or|and))\s+", sentence[span[0] : span[1]])) + [None]:
        e = span[0] + m.start() if m else span[1]
        piece = trim(sentence, (pos, e), cues)
        if piece:
            first = sentence[piece[0] : piece[1]].split()[0].lower()
            if out and first in cues.lower_sets["prepositions"]:
                out[-1] = (out[-1][0], piece[1])
            elif first not in cues.lower_sets["negative_item_starts"]:
                out.append(piece)
        pos = span[0] + m.end() if m else span[1]
    return out


_IS_CAUSE_OF = re.compile(
    r"(?<![\w-])(?P<verb>(?:is|are|was|were|be|been|remains?)\s+(?:also\s+|still\s+|probably\s+|often\s+|likely\s+)?"
    r"(?:one\s+of\s+|among\s+)?(?:the|a|an|another)\s+(?:[a-z-]+\s+){0,3}?(?:causes?|sources?|culprits?)\s+(?:of|for|behind))(?![\w-])",
    re.IGNORECASE,
)


def _forward_matches(sentence: str, c: Compiled) -> list[re.Match[str]]:
    """Forward cause cues: the listed phrases, and any "is a (leading|frequent ...) cause of"."""
    listed = list(c.cause_fwd.finditer(sentence))
    extra = [m for m in _IS_CAUSE_OF.finditer(sentence) if not any(m.start() < x.end() and x.start() < m.end() for x in listed)]
    return sorted(listed + extra, key=lambda m: m.start())


def _sentence_subject(sentence: str, cues: RelationCues) -> Optional[Span]:
    """The noun phrase a sentence opens with ("This scar tissue can wrap ..." -> "scar tissue"),
    if it opens with one (not a preposition, a pronoun or a subordinate clause)."""
    first = re.match(r"\s*([\w'\u2019-]+)", sentence)
    if first is None or first.group(1).lower() in cues.lower_sets["prepositions"] | cues.lower_sets["clause_words"]:
        return None
    subj = right_phrase(sentence, first.start(1), cues)
    return None if subj is None or _pronoun(sentence, subj, cues) else subj


def _effect_like(text: str, cues: RelationCues, condition: Optional[Known]) -> bool:
    """Whether a phrase names a condition, a symptom or a body measure (what is caused), not an exposure,
    a behaviour or a mechanism: "neuropathic pain", "lung cancer", "psoriasis" (a disease suffix), "high
    blood pressure"."""
    ws = re.findall(r"[a-z][a-z'-]*", text.lower())
    if not ws:
        return False
    head = ws[-1]
    return (is_condition(text, cues, condition) or head in cues.lower_sets["symptom_finding_nouns"] or head in ("case", "cases")
            or (len(head) > 5 and head.endswith(tuple(cues.disease_suffixes)))
            or any(" ".join(ws).endswith(mm.lower()) for mm in cues.cause_measures))


#: "A followed by B", "A and later B": two things in sequence, each an argument of its own
_FOLLOWED_BY = re.compile(r"\s+(?:(?:and\s+)?(?:then|later|subsequently)\s+|followed\s+by\s+)", re.IGNORECASE)


#: "resulting in a condition called X", "leading to a diagnosis of X": a name given, not an effect
_NAMING_OBJECT = re.compile(
    r"\s*(?:(?:a|an|the|what\s+is)\s+(?:[\w-]+\s+)?(?:condition|syndrome|state|disorder|disease|problem)\s+(?:called|known\s+as|termed|"
    r"referred\s+to\s+as|named|diagnosed\s+as)\s|(?P<diagnosis>(?:a|the)\s+diagnosis\s+of\s))",
    re.IGNORECASE,
)


#: ", such as A and B", ", including A", ", like A": the examples of what came before
_EXAMPLES_AFTER = re.compile(r",\s*(?:such\s+as|like|including|e\.g\.,?|for\s+example|for\s+instance)\s+", re.IGNORECASE)
_VAGUE_BEFORE = re.compile(
    r"(?<![\w-])(?:some|certain|many|several|various|other|different|a\s+(?:number|range|variety|host)\s+of)\s+$", re.IGNORECASE
)


def _examples_of(sentence: str, subj: Optional[Span], pos: int, cues: RelationCues, known: Optional[Known]) -> Optional[tuple[int, list[Span]]]:
    """When a subject leaves the cause unnamed ("several factors", "many medicines", "some foods") and the
    clause after ``pos`` gives examples (", including A and B"): where the examples start, and the items."""
    if subj is None or not (_generic(sentence, subj, cues) or _VAGUE_BEFORE.search(sentence, 0, subj[0])):
        return None
    end = _list_end(sentence, pos)
    ex = _EXAMPLES_AFTER.search(sentence, pos, end)
    if ex is None:
        return None
    items = [i for i in list_items(sentence, (ex.end(), _list_end(sentence, ex.end())), cues, known) if not _generic(sentence, i, cues)]
    return (ex.start(), items) if items else None


def _sequence_items(sentence: str, start: int, end: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The items of a list that may name a sequence ("abnormal sensitization of the nerves followed by
    central sensitization of the cord"): each part of the sequence is listed on its own."""
    out: list[Span] = []
    pos = start
    for m in list(_FOLLOWED_BY.finditer(sentence, start, end)) + [None]:
        part_end = m.start() if m else end
        items = list_items(sentence, (pos, part_end), cues, known)
        if not items:
            quoted = re.match(r"\s*[\"\u201c]([^\"\u201d]{2,60})[\"\u201d]", sentence[pos:part_end])
            span = (pos + quoted.start(1), pos + quoted.end(1)) if quoted else right_phrase(sentence, pos, cues, stop=part_end)
            items = [span] if span else []
        out.extend(items)
        pos = m.end() if m else end
    return out


def _causes(sentence: str, cues: RelationCues, c: Compiled, known: Optional[Known], condition: Optional[Known], out: list) -> None:
    if _asks(sentence):
        return  # "Does drinking milk cause kidney stones?" asks; it claims nothing
    matches = _forward_matches(sentence, c)
    for m in matches:
        verb = m.group("verb")
        relation = _forward_kind(c, verb) or "causes"
        if _WHAT_BEFORE.search(sentence, 0, m.start()):
            continue  # "We do not know exactly what causes it": an open question, no cause
        if _FOR_EXAMPLE.match(sentence) and re.search(r"(?<![\w-])would(?![\w-])", sentence[m.start() : m.start("verb")], re.I):
            continue  # "For example, a light touch would cause pain": an illustration of a stimulus, no cause of the condition
        if relation == "associated_with" and _HIGHER_RISK.match(sentence, m.end()):
            continue  # "X has been associated with a higher risk": a risk factor (see _cause_predicates)
        subj = left_phrase(sentence, _aside_start(sentence, m.start()), cues)
        gerund = _gerund_subject(sentence, m.start(), cues)
        if gerund is not None and (subj is None or gerund[0] <= subj[0] < subj[1] <= gerund[1]):
            subj = gerund  # "Taking painkillers on 10 or more days a month can lead to ...": the whole action
        subjects = _left_subjects(sentence, m.start(), cues, known)
        extras: list[Span] = []
        if subj is not None and subjects and subjects != [subj]:
            # "Dehydration, some medicines and a family history can all cause stones": one claim each
            subj, extras = subjects[-1], subjects[:-1]
        subj = _which_clause_subject(sentence, m.start(), subj, cues) or subj
        if subj is not None and _coordinated_verb_end(sentence[subj[0] : subj[1]]):
            main = _main_subject(sentence, cues)  # "the nerve root ... does not recover and continues to be a source of pain"
            subj = main if main is not None and main[1] <= subj[0] and not _generic(sentence, main, cues) else None
        they = re.search(r",\s*(?:and|but|yet|so)\s+they\s+(?:(?:also|often|can|may|might|could|will|sometimes)\s+)*$", sentence[: m.start()], re.I)
        anaphora = ""
        if they and (subj is None or _pronoun(sentence, subj, cues)):
            first = _sentence_subject(sentence, cues)  # "Steroid injections can calm pain, but they may weaken the tendon"
            if first is not None and first[1] < they.start() and not is_condition(sentence[first[0] : first[1]], cues, condition) and not _generic(sentence, first, cues):
                subj, anaphora = first, ANAPHORA
        state = _if_state(sentence, m.start(), cues)
        if state is not None and subj is not None and subj[0] > state[1]:
            subj = state  # "If the ligaments are loose, the vertebrae can cause compression": the loose ligaments
        head = _participle_head(sentence, m.start(), cues) if not _RELATIVE.search(sentence, 0, m.start()) else None
        if head is not None and subj is not None and subj[1] > head[1]:
            subj = head  # "the nerve injury caused by the disorder that led to surgery may cause pain": the injury
        clause = _clause_cause(sentence, m.start(), cues) if subj is None or _pronoun(sentence, subj, cues) else None
        if clause is not None:
            subj = clause  # "Do not take painkillers every day, as this can cause headaches": taking them
        prev = [x for x in matches if subj is not None and subj != head and subj[0] <= x.start() and x.end() <= m.start()]
        if prev:
            subj = trim(sentence, (prev[-1].end(), subj[1]), cues)  # "X leads to Y resulting in Z": Y causes Z
        if subj is not None and sentence[subj[0] : subj[1]].split()[0].lower() in cues.lower_sets["prepositions"]:
            continue  # "In the pivotal trials that led to its approval": no subject
        denial = re.search(r"\s+(?:doesn|don|didn|won|can)['\u2019]t$|\s+cannot$", sentence[subj[0] : subj[1]], re.I) if subj is not None else None
        if denial:
            subj = trim(sentence, (subj[0], subj[0] + denial.start()), cues)  # "Stress doesn't cause ulcers": stress
        predicate = subj
        subj = _copular_subject(sentence, subj, cues)
        examples = _examples_of(sentence, subj, m.end(), cues, known)
        if examples:
            # "Many medicines can cause dizziness, including sedatives": the examples are the causes
            effect = right_phrase(sentence, m.end(), cues, stop=examples[0])
            for item in examples[1]:
                out.append(RelationMention("cause", item, effect, relation, f"cause:{verb.lower()}", (m.start(), item[1])))
            continue
        if (subj is None and re.sub(r"\s+", " ", verb.lower()) in {p.lower() for p in cues.participial_causes}
                and sentence[: m.start()].rstrip().endswith(",")):
            subj = _sentence_subject(sentence, cues)  # "Scar tissue can wrap around nerve roots, leading to ..."
            whole = [x.subject for x in out if x.kind == "cause" and subj is not None and x.subject[0] == subj[0] and x.subject[1] > subj[1]]
            subj = whole[0] if whole else subj  # "Repeated gripping, twisting and lifting puts strain on the tendon, causing tears"
        obj_region = right_phrase(sentence, m.end(), cues, limit=cues.max_item_words * 3)
        naming = _NAMING_OBJECT.match(sentence, m.end())
        if naming and (naming.group("diagnosis") or (subj is not None and set(re.findall(r"[a-z]+", sentence[subj[0] : subj[1]].lower()))
                                                     & cues.lower_sets["symptom_finding_nouns"])):
            continue  # "the pain persists, resulting in a condition called X": the symptom names X, it does not cause it
        if obj_region is None:
            if (subj is not None and not _pronoun(sentence, subj, cues) and relation == "causes"
                    and _IT_OBJECT.match(sentence, m.end()) and not is_condition(sentence[subj[0] : subj[1]], cues, condition)
                    and not _generic(sentence, subj, cues) and not _figure_in_head(sentence, subj, cues)
                    and sentence[subj[0] : subj[1]].lower().split()[-1] not in cues.lower_sets["agent_words"]):
                # "Certain foods can trigger it": a cause of the page's condition, left implicit
                out.append(RelationMention("cause", subj, None, relation, f"cause:{verb.lower()}", (subj[0], m.end())))
            continue
        if (sentence[obj_region[0] : obj_region[1]].split()[0].lower() in cues.lower_sets["prepositions"]
                and not re.search(r"(?:to|for|of|in|on)$", verb, re.I)):
            continue  # "Symptoms may worsen at night": the verb has no object, it names no cause
        objs = list_items(sentence, (m.end(), _list_end(sentence, m.end())), cues, known) or [obj_region]
        if relation == "associated_with" and _FOLLOWED_BY.search(sentence, m.end(), _list_end(sentence, m.end())):
            objs = _sequence_items(sentence, m.end(), _list_end(sentence, m.end()), cues, known) or objs
        if relation == "risk_factor" and any(_good_outcome(sentence, o, cues) for o in objs):
            continue  # "Regular exercise increases your chances of a full recovery": a benefit
        burden = [o for o in objs if _burden(sentence, o, cues) or re.search(r"(?<![\w-])cases?$", sentence[o[0] : o[1]], re.I)]
        pron = _PRONOUN_BEFORE.search(sentence, 0, m.start()) if subj is None or _pronoun(sentence, subj, cues) else None
        if pron and (burden or relation == "associated_with"):
            # "It is one of the biggest causes of disability", "..., and it is linked to heart disease and stroke":
            # the page's condition, named by a pronoun, is the cause of the burden or associated with the conditions
            for o in burden or objs:
                out.append(RelationMention("cause", pron.span("p"), o, relation, f"cause:{verb.lower()}", (pron.start("p"), o[1])))
            continue
        if burden and subj is not None and is_condition(sentence[subj[0] : subj[1]], cues, condition):
            # "Heart disease is a leading cause of death": a burden, not a symptom (what else it causes is one)
            out.append(RelationMention("cause", subj, burden[0], relation, f"cause:{verb.lower()}", (subj[0], burden[0][1])))
            objs = [o for o in objs if o not in burden]
            if not objs:
                continue
        if subj is None or _pronoun(sentence, subj, cues):
            another = re.match(r"\s*(?:this|that)\s*$", sentence[: m.start()], re.I) and re.search(r"(?<![\w-])another(?![\w-])", verb, re.I)
            if relation == "causes" and not another and _condition_pronoun(sentence, m.start()) and not any(
                is_condition(sentence[o[0] : o[1]], cues, condition) for o in objs
            ):
                # "It causes tingling, numbness and pain": the page's condition producing symptoms ("This is
                # another common cause of Y" names one more cause, said of the sentence before, not the page's condition)
                for o in _condition_symptoms(sentence, m.end(), objs, cues, known):
                    out.append(RelationMention("symptom", o, None, None, f"symptom:{verb.lower()}", (m.start(), o[1])))
            continue
        wide = _relative_subject(sentence, subj, cues, condition) if relation == "causes" else subj
        if relation == "causes" and (wide != subj or is_condition(sentence[subj[0] : subj[1]], cues, condition)):
            # "Carpal tunnel syndrome is a common condition that causes tingling": symptoms of it
            subj = wide  # "A stone that moves into the ureter causes pain": the condition with its clause
            named = _copula_subject(sentence, subj, cues)  # "Gout is a common condition that causes ...": Gout
            for o in _condition_symptoms(sentence, m.end(), objs, cues, known):
                if not _outcome(sentence, o, cues):
                    out.append(RelationMention("symptom", o, named, None, f"symptom:{verb.lower()}", (named[0], o[1])))
            continue
        stats = _stat_subjects(sentence, subj, m.start(), cues, known)
        if stats:
            subj, extras = stats[-1], stats[:-1]  # "smoking (HR 1.9) and diabetes (HR 2.4) predicted amputation"
        if _generic(sentence, subj, cues) or (clause is None and _figure_in_head(sentence, subj, cues)):
            continue  # "A variety of factors may cause ...", "a 50% reduction led to ..."
        for sj in extras + [subj]:
            # (not "X was the factor most strongly associated with Y": a predictor named as such)
            effect = relation == "associated_with" and predicate == subj and _effect_like(sentence[sj[0] : sj[1]], cues, condition)
            for o in objs:
                outcome = set(re.findall(r"[a-z]+", sentence[o[0] : o[1]].lower())) & cues.lower_sets["time_anchor_outcomes"]
                if effect and not outcome and not _effect_like(sentence[o[0] : o[1]], cues, condition):
                    # "Lung cancer is strongly associated with smoking": the condition is the effect, the exposure its cause
                    out.append(RelationMention("cause", o, sj, relation, f"cause<:{verb.lower()}", (sj[0], o[1])))
                else:
                    out.append(RelationMention("cause", sj, o, relation, f"cause:{verb.lower()}{anaphora}", (min(sj[0], o[0]), max(sj[1], o[1]))))
    for m in c.cause_bwd.finditer(sentence):
        verb = m.group("verb")
        hedge = _HEDGED_PASSIVE.search(sentence, 0, m.start()) or _OCCURS_BEFORE.search(sentence, 0, m.start())
        effect = left_phrase(sentence, hedge.start() if hedge else m.start(), cues)  # "X is thought to be caused by": X
        if re.search(r"because$", verb, re.IGNORECASE):
            causes = _because_clause(sentence, m.end(), cues)  # "can occur because the patient was not a good candidate"
        elif re.search(r"(?<![\w-])if$", verb, re.IGNORECASE):
            causes = _if_clauses(sentence, m.end(), _list_end(sentence, m.end()), cues)  # "happens if you lift too much"
        else:
            end = _list_end(sentence, m.end())
            relative = re.compile(r"\s(?:that|which|who)\s", re.I).search(sentence, m.end(), end)
            causes = _cause_items(sentence, m.end(), relative.start() if relative else end, cues, known)  # "viruses that infect the nose, throat ..."
            resumed = re.compile(r",\s+(?=(?:the|a|an)\s)", re.I).search(sentence, relative.end(), end) if relative else None
            if resumed:
                causes += _cause_items(sentence, resumed.end(), end, cues, known)  # "X that were active before, the abnormal motion of Y"
        fronted = _fronted_reason(sentence, m, cues, known)
        if fronted is not None:
            causes, effect = fronted  # "Because of the swelling in the joint, the cartilage wears down"
        if not causes:
            continue
        if effect is not None and _pronoun(sentence, effect, cues):
            effect = None
        before = sentence[: m.start()].rstrip()
        if effect is None and before and before[-1] in _DASHES:
            effect = left_phrase(sentence, len(before) - 1, cues)  # "A weak immune system — because of A or B —"
        if effect is not None and (_quantity(sentence, effect) or _stopping(sentence, effect, cues)):
            continue  # "fewer than 3% stopped because of side effects": why a treatment stopped
        if effect is None and _stopping(sentence, (max(0, sentence.rfind(",", 0, m.start()) - 40), m.start()), cues):
            continue  # "6 in 10 stop within six months, mostly because of side effects"
        if re.match(r"results?(?![\w-])", verb, re.I) and _NOUN_BEFORE.search(sentence, 0, m.start()):
            continue  # "better results from their own patients": the noun "results"
        rises = [x.span() for x in _cause_res(cues).rises.finditer(sentence)]
        for s in causes:
            if _generic(sentence, s, cues) or _has_figure(sentence, s) or any(a < s[1] and s[0] < b for a, b in rises):
                continue
            by = re.match(r"by\s+(?=\S)", sentence[s[0] : s[1]], re.I) if verb.lower().endswith("by") else None
            if by:
                s = (s[0] + by.end(), s[1])  # "caused by an infection or by taking NSAIDs": taking NSAIDs
            if (sentence[s[0] : s[1]].split()[0].lower() in cues.lower_sets["prepositions"] | _SUBORDINATORS
                    and not re.search(r"(?:because|when|if)$", verb, re.I)):
                continue  # "as a result of X, if one can be found and in cases of Y": a condition, not a cause
            if any(s[0] < x.start() < s[1] for x in c.cause_bwd.finditer(sentence)):
                continue  # "occurs when fusion fails due to a wrong diagnosis": the nested cause is the cause  # "... results from X, and its incidence rises with age": a second clause, no cause of the first
            out.append(RelationMention("cause", s, effect, "causes", f"cause<:{verb.lower()}", (min(s[0], (effect or s)[0]), max(s[1], (effect or s)[1]))))


    for m in _CAUSE_IS.finditer(sentence):
        # "The most common cause of sciatica is a herniated disc", "Another reason why surgery fails is scar tissue"
        effect = None
        if m.group("obj"):
            effect = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj"))
            if effect is not None and sentence[effect[0] : effect[1]].lower() in _NO_EFFECT:
                continue  # "The main cause for concern is infection"
        causes = _cause_items(sentence, m.end(), _list_end(sentence, m.end()), cues, known)
        if causes and sentence[causes[0][0] : causes[0][1]].split()[0].lower() in _UNKNOWN:
            continue  # "The cause is unknown"
        for s_ in causes:
            if not (_generic(sentence, s_, cues) or _has_figure(sentence, s_)):
                out.append(RelationMention("cause", s_, effect, "causes", "cause<:cause is", (m.start(), s_[1])))
    for m in _MORE_LIKELY.finditer(sentence):
        # "Women are 3 times more likely than men to develop it": a risk factor, left of the verb
        if not _risk_outcome(cues).match(sentence, m.end()):
            continue  # "night-time symptoms are more likely to persist": no risk of getting anything
        subj = left_phrase(sentence, m.start(), cues)
        who = subj and _WHO_WITH.match(sentence, subj[0])
        if who and who.end() < subj[1]:
            subj = (who.end(), subj[1])  # "Patients with diabetes were twice as likely": diabetes
        if subj is not None and not _pronoun(sentence, subj, cues) and not _generic(sentence, subj, cues):
            out.append(RelationMention("cause", subj, None, "risk_factor", "risk:more likely", (subj[0], m.end())))
    for m in _MORE_COMMON_IN.finditer(sentence):
        effect = left_phrase(sentence, m.start(), cues)
        if effect is not None and _pronoun(sentence, effect, cues):
            effect = None
        for s in list_items(sentence, (m.end(), _list_end(sentence, m.end())), cues, known)[:1]:
            if not _body_site(sentence, m.end(), s, cues):
                out.append(RelationMention("cause", s, effect, "risk_factor", "risk<:more common in", (m.start(), s[1])))
    for m in c.risk_bwd.finditer(sentence):
        effect = left_phrase(sentence, m.start(), cues)
        if effect is not None and _pronoun(sentence, effect, cues):
            effect = None
        if re.search(r"(?:if|when)$", m.group("verb"), re.IGNORECASE):
            items = _if_clauses(sentence, m.end(), _list_end(sentence, m.end()), cues)  # "more likely if you smoke"
        else:
            items = list_items(sentence, (m.end(), _list_end(sentence, m.end())), cues, known)
        for s in items:
            if _body_site(sentence, m.end(), s, cues):
                continue  # "most common in the lower back": where the condition occurs, not who is at risk
            age = _AGE_AFTER.match(sentence, s[1])
            if age and _generic(sentence, s, cues):
                s = (s[0], age.end())  # "higher in people over 60": the age group
            elif _generic(sentence, s, cues):
                s = _who_clause(sentence, s, cues)  # "more common in people who smoke": smoke
                if s is None:
                    continue
            out.append(RelationMention("cause", s, effect, "risk_factor", f"risk<:{m.group('verb').lower()}", (m.start(), s[1])))


#: "is thought to be", "are believed to be", "is now known to be": a hedge between the effect and "caused by"
_HEDGED_PASSIVE = re.compile(
    r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|often|widely|generally|now|sometimes|usually)\s+)?"
    r"(?:thought|believed|known|said|considered|suspected|presumed|understood|likely|unlikely|assumed|reported)\s+to(?:\s+be)?\s*$",
    re.IGNORECASE,
)


def _body_site(sentence: str, pos: int, span: Span, cues: RelationCues) -> bool:
    """Whether a list item after ``pos`` names a part of the body with an article ("the lumbar spine",
    "the knees and hips", "your hands"): a place, not a risk factor."""
    ws = re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower())
    article = re.search(r"(?<![\w-])(?:the|your|their|his|her|one|both)\s+(?:[\w-]+\s+){0,3}$", sentence[pos : span[0]] + " ", re.IGNORECASE)
    return bool(ws) and ws[-1] in cues.lower_sets["body_sites"] and article is not None


#: "Dry eye can occur as a side effect of X": the verb of occurring between the effect and the cue
_OCCURS_BEFORE = re.compile(
    r"\s+(?:(?:can|may|might|could|will|often|usually|sometimes|also|then)\s+)*(?:occur|occurs|develop|develops|happen|happens|arise|arises|"
    r"appear|appears|start|starts|begin|begins|come\s+on|comes\s+on)\s*$",
    re.IGNORECASE,
)


_EXPERIENCER = re.compile(
    r"\s*(?:you|they|he|she|we|i|patients?|people|someone|a\s+person|the\s+patient)\s+"
    r"(?:(?:have|has|had|are|were|is|was|do|does|did|already|also|often|still)\s+)*",
    re.IGNORECASE,
)


#: "... before your operation": when, not what (a clause's time anchor is no part of its cause)
_TIME_ANCHOR = re.compile(r"\s+(?:before|after|during|following|since)\s+(?:(?:your|the|a|an|his|her|their|any)\s+)?\w+", re.IGNORECASE)


def _if_clauses(sentence: str, start: int, end: int, cues: RelationCues) -> list[Span]:
    """The conditions of "more likely if you had pain for a long time, or if you smoke": each
    clause without its experiencer ("pain for a long time ...", "smoke")."""
    out: list[Span] = []
    pos = start
    for part in re.split(r"(,?\s+(?:or|and)\s+(?:if|when)\s+)", sentence[start:end]):
        s_, e_ = pos, pos + len(part)
        pos = e_
        if not part.strip() or re.fullmatch(r",?\s+(?:or|and)\s+(?:if|when)\s+", part, re.IGNORECASE):
            continue
        who = _EXPERIENCER.match(sentence, s_, e_)
        aside = re.compile(r",\s*(?:especially|particularly|mainly|mostly|usually|often)(?![\w-])", re.I).search(sentence, s_, e_)
        e_ = aside.start() if aside else e_  # "as you get older, especially after 50": getting older
        anchor = _TIME_ANCHOR.search(sentence, s_, e_)
        span = trim(sentence, (who.end() if who else s_, anchor.start() if anchor else e_), cues)
        if span is not None and len(sentence[span[0] : span[1]].split()) <= cues.max_item_words:
            out.append(span)
    return out


def _because_clause(sentence: str, start: int, cues: RelationCues) -> list[Span]:
    """The reason a "because" clause gives, when it has a subject of its own that names
    something ("the patient was not an ideal candidate", not "it hurts")."""
    end = _list_end(sentence, start)
    aside = re.compile(r"\s*[,;:(\u2013\u2014]|\s+-\s").search(sentence, start, end)
    end = aside.start() if aside else end  # "usually because a disc presses on a nerve, often after lifting"
    anchor = _TIME_ANCHOR.search(sentence, start, end)
    span = trim(sentence, (start, anchor.start() if anchor else end), cues)
    if span is None:
        return []
    first = sentence[span[0] : span[1]].split()[0].lower()
    if first in cues.lower_sets["pronouns"] or len(sentence[span[0] : span[1]].split()) > cues.max_argument_words:
        return []
    return [span]


def _asks(sentence: str) -> bool:
    """Whether a sentence is a question ("Can stress cause hair loss?"): it asks, it claims nothing."""
    return sentence.rstrip().rstrip("\"'\u201d)").endswith("?")


#: "we do not know exactly what causes it", "whatever triggers them": an indirect question names no cause
_WHAT_BEFORE = re.compile(r"(?<![\w-])(?:what|whatever)\s+(?:(?:exactly|really|actually|precisely)\s+)?$", re.IGNORECASE)
_DASHES = "\u2013\u2014"


def _aside_start(sentence: str, pos: int) -> int:
    """``pos``, or the start of a dash aside that ends right before it ("A weak immune system —
    because of A or B — makes ..."): the subject is before the aside."""
    before = sentence[:pos].rstrip()
    if not before or before[-1] not in _DASHES:
        return pos
    opening = before.rfind(before[-1], 0, len(before) - 1)
    return opening if opening > 0 else pos


def _left_subjects(sentence: str, pos: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The subjects of a verb at ``pos`` when its subject is a list that opens the clause ("Being
    dehydrated, some medical conditions and a family history of stones can all play a part"):
    one span per item; else at most the one phrase before the verb."""
    pos = _aside_start(sentence, pos)
    cut = max(sentence.rfind(ch, 0, pos) for ch in ";:")
    start = cut + 1
    lead = _LIST_MARK.match(sentence, start)
    start = lead.end() if lead else start
    region = sentence[start:pos]
    toks = {w.lower() for w in re.findall(r"[\w'\u2019]+", region)}
    if not region.strip() or toks & (cues.lower_sets["clause_words"] - {"being", "having"}) or _CLAUSE_OPENER.match(region):
        return []
    if len(region.split()) > 3 * cues.max_item_words or re.search(r"[()\d\u2013\u2014]", region) or _has_cue(region, cues):
        return []
    last_comma = region.rfind(",")
    if "," in region and not re.search(r"\s(?:and|or)\s", region[last_comma:]):
        return []  # "Left untreated, diabetes can ...": a fronted phrase, not a list
    listed = list_items(sentence, (start, pos), cues, known)
    whole = trim(sentence, (start, pos), cues)
    items = _gerund_items(sentence, listed, whole[1] if whole else 0)
    actions = items != listed  # merged actions: "switching to hills or speed work", "Repeated gripping, twisting and lifting"
    longest = 2 * cues.max_item_words if actions else 6
    if (len(items) < 2 and len(listed) < 2) or any(_generic(sentence, i, cues) or _pronoun(sentence, i, cues) or len(sentence[i[0] : i[1]].split()) > longest
                             or sentence[i[0] : i[1]].split()[0].lower() in {"more", "less", "fewer"} for i in items):
        return []
    return items


def _gerund_items(sentence: str, items: list[Span], end: int = 0) -> list[Span]:
    """A list of actions ("Adding distance quickly, switching to hills or speed work, or moving to flat
    shoes"): an item that is no action belongs to the action before it ("switching to hills or speed
    work"); actions sharing one modifier ("Repeated gripping, twisting and lifting") are one subject."""
    def gerund(span: Span) -> bool:
        return re.match(r"[A-Za-z]{2,}ing(?![\w-])", sentence[span[0] : span[1]]) is not None

    if len(items) < 2 or not any(gerund(i) for i in items):
        return items
    first = sentence[items[0][0] : items[0][1]].split()
    if not gerund(items[0]) and len(first) >= 2 and re.fullmatch(r"[A-Za-z]{2,}ing", first[1]) and all(gerund(i) for i in items[1:]):
        return [(items[0][0], max(items[-1][1], end))]  # "Repeated gripping, twisting and lifting": one modifier over every action
    if not gerund(items[0]):
        return items
    out = [items[0]]
    for i in items[1:]:
        joined = re.fullmatch(r"\s+(?:or|and)\s+", sentence[out[-1][1] : i[0]], re.IGNORECASE)
        if gerund(i) or not joined or len(sentence[out[-1][0] : out[-1][1]].split()) < 2:
            out.append(i)
        else:
            out[-1] = (out[-1][0], i[1])  # "switching to hills or speed work": the object of the action before
    return out


def _has_cue(text: str, cues: RelationCues) -> bool:
    """Whether ``text`` holds a relation cue of its own (it is a clause, not a list of names)."""
    c, r = compiled(cues), _cause_res(cues)
    pats = (c.cause_fwd, c.cause_bwd, c.risk_bwd, c.symptom_fwd, c.treat_fwd, c.treat_bwd, r.risk, r.predicate, r.role, r.makes)
    return any(p.search(text) for p in pats) or re.search(r"(?<![\w-])(?:appears?|seems?)\s+to(?![\w-])", text, re.I) is not None


#: a clause that opens with a subordinator or a preposition holds no list of subjects
_CLAUSE_OPENER = re.compile(
    r"\s*(?:if|when|while|because|since|although|though|as|after|before|in|on|at|for|with|from|by|among|during|"
    r"however|but|so|then|also|and|or|unlike|like|despite|once|until|whether|over|left|untreated|today|now|later|eventually|overall|"
    r"sometimes|occasionally|typically|usually|often|generally|again|still|here|there|indeed|instead|otherwise|together|alone)(?![\w-])",
    re.IGNORECASE,
)


_FINITE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
                     "should", "do", "does", "did"})


_FACTOR_NOUN = re.compile(
    r"(?:single\s+|main\s+|only\s+)?(?:factor|factors|variable|variables|predictor|predictors|thing|feature)(?:\s+(?:most|more|that\s+was|that\s+is))?$",
    re.IGNORECASE,
)


def _copular_subject(sentence: str, subj: Optional[Span], cues: RelationCues) -> Optional[Span]:
    """"Persistent pain was the factor most strongly associated with dissatisfaction": the subject
    of the copula, not the predicate noun ("factor") that the verb phrase modifies."""
    if subj is None or not _FACTOR_NOUN.match(sentence[subj[0] : subj[1]]):
        return subj
    cop = re.search(r"(?<![\w-])(?:is|was|are|were|remains|remained)\s+(?:the|a|one|another)?\s*$", sentence[: subj[0]], re.I)
    if cop is None:
        return subj
    return left_phrase(sentence, cop.start(), cues) or subj


def _gerund_subject(sentence: str, pos: int, cues: RelationCues) -> Optional[Span]:
    """An action that opens the clause before ``pos`` and is its subject ("Taking acute headache
    medicines on 10 or more days a month can lead to ..."), however long (up to twice the usual
    argument length)."""
    cut = max(sentence.rfind(ch, 0, pos) for ch in ",;:")
    start = cut + 1
    lead = _LIST_MARK.match(sentence, start)
    start = lead.end() if lead else start
    text = sentence[start:pos]
    ws = re.findall(r"[\w'\u2019-]+", text.lower())
    if not ws or not re.fullmatch(r"[a-z]{2,}ing", ws[0]) or ws[0] in {"during", "nothing", "something", "anything", "everything"}:
        return None
    if len(ws) > 2 * cues.max_argument_words or set(ws) & _FINITE_WORDS or _has_cue(text, cues):
        return None
    return trim(sentence, (start, pos), cues)


#: "..., which causes", "..., which can lead to": a relative clause about what the clause before it says
_WHICH_BEFORE = re.compile(r",\s*which\s+(?:[\w'\u2019]+\s+){0,2}$", re.IGNORECASE)
#: "... and compress a nerve root": a second verb with its object, coordinated with the clause's first verb
_SECOND_PREDICATE = re.compile(r"(?:^|\s)(?:and|or)\s+(?P<verb>[a-z]+)\s+(?:(?:on|against|into|onto|around|up|down|off)\s+)?(?:a|an|the|them|it|its|their|your|this|these|those)(?![\w-])", re.IGNORECASE)
_FRONTED_ADVERBIAL = re.compile(r"\s*(?:[A-Za-z]+\s+){0,3}[A-Za-z]+,\s*")


def _main_subject(sentence: str, cues: RelationCues) -> Optional[Span]:
    """The subject of a sentence's main clause, after a fronted phrase ("Over time, plaque ...", "In many
    cases, the nerve root ..."): the phrase it opens with."""
    start = 0
    fronted = _FRONTED_ADVERBIAL.match(sentence)
    if fronted and fronted.group(0).split()[0].lower() in cues.lower_sets["prepositions"] | {"sometimes", "often", "eventually", "later", "then"}:
        start = fronted.end()  # "Over time, plaque can build up ...": the subject follows the fronted phrase
    head = _sentence_subject(sentence[start:], cues)
    return (start + head[0], start + head[1]) if head is not None else None


#: "... does not fully recover and continues": a subject phrase that ends in a second, coordinated verb
_COORDINATED_VERB_END = re.compile(r"(?:^|\s)(?:and|but)\s+(?:then\s+|also\s+|still\s+)?[a-z]+(?:s|es)$", re.IGNORECASE)


def _coordinated_verb_end(text: str) -> bool:
    """Whether a subject phrase ends in a second verb ("does not recover and continues"), not a noun
    ("high blood pressure and diabetes")."""
    m = _COORDINATED_VERB_END.search(text)
    if m is None:
        return False
    word = text.split()[-1].lower()
    stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return not is_noun(word) and any(is_base_verb(st) for st in stems)


def _which_clause_subject(sentence: str, pos: int, subj: Optional[Span], cues: RelationCues) -> Optional[Span]:
    """"Scar tissue may develop after surgery and compress a nerve root, which causes pain": what "which"
    refers to is the whole clause, whose subject ("scar tissue") is the cause, not the words before the comma."""
    if subj is None or not _WHICH_BEFORE.search(sentence, 0, pos):
        return None
    second = _SECOND_PREDICATE.search(sentence[subj[0] : subj[1]])
    if second is None or not is_base_verb(second.group("verb").lower()):
        return None
    head = _main_subject(sentence, cues)
    if head is None or head[1] > subj[0]:
        return None
    after = sentence[head[1] : subj[0]]
    if not re.match(r"\s+(?:(?:can|may|might|could|will|would|often|sometimes|also|then|usually)\s+)*[a-z]+", after, re.I):
        return None
    return None if _generic(sentence, head, cues) else head


#: "the nerve injury caused by ...", "the damage left by ...": a noun and the participle that modifies it
_PARTICIPLE_HEAD = re.compile(
    r"\s*(?:(?:the|a|an|this|these|that|those|its|their|your|any)\s+)?(?P<head>(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)\s+"
    r"(?:caused|triggered|brought\s+on|induced|produced|created|left|made|done)\s+by\s+",
    re.IGNORECASE,
)


_FOR_EXAMPLE = re.compile(r"\s*(?:for\s+example|for\s+instance|e\.g\.|imagine|say)(?![\w-])", re.IGNORECASE)
#: "If the ligaments are loose, ...", "When your arches are flat, ...": a state of something, fronted before the main clause
_IF_STATE = re.compile(
    r"\s*(?:if|when|once|where)\s+(?P<np>[^,;:]{2,60}?)\s+(?:is|are|become|becomes|get|gets|was|were|remain|remains)\s+"
    r"(?:(?:too|very|overly|abnormally|particularly|still)\s+)?(?P<state>[a-z-]+)\s*,\s*",
    re.IGNORECASE,
)


#: the main clause after a fronted reason that only describes ("the cause is almost always more than ..."), no effect
_COPULAR_MAIN = re.compile(
    r"\s*(?:[\w'\u2019()-]+\s+){0,6}?(?:is|are|was|were)\s+(?:(?:almost|nearly|not|often|usually|always|also|still|now)\s+)*"
    r"(?!(?:more\s+|less\s+)?(?:likely|prone|susceptible|vulnerable)|at\s+risk|[a-z]+(?:ed|en)(?![\w-]))[a-z]+",
    re.IGNORECASE,
)


def _fronted_reason(sentence: str, m: re.Match[str], cues: RelationCues, known: Optional[Known]) -> Optional[tuple[list[Span], Optional[Span]]]:
    """"Because of X, Y happens" (the reason fronted before the main clause): the causes are up to the comma
    and the effect is the main clause; none when the main clause only describes ("Because of these changes,
    the cause is often more than a scan shows")."""
    if not re.search(r"(?:because\s+of|due\s+to|as\s+a\s+(?:direct\s+)?result\s+of|owing\s+to)$", m.group("verb"), re.I):
        return None
    lead = _LIST_MARK.match(sentence)
    if sentence[lead.end() if lead else 0 : m.start()].strip():
        return None
    comma = sentence.find(",", m.end(), _list_end(sentence, m.end()) + 1)
    if comma < 0:
        return None
    if _COPULAR_MAIN.match(sentence, comma + 1) and not _has_cue(sentence[comma + 1 :], cues):
        return [], None
    return _cause_items(sentence, m.end(), comma, cues, known), right_phrase(sentence, comma + 1, cues)


def _if_state(sentence: str, pos: int, cues: RelationCues) -> Optional[Span]:
    """What a fronted condition says is in some state ("If the ligaments of the spine are loose, the
    vertebrae can cause compression"): the thing in that state is the cause of what the main clause says."""
    lead = _LIST_MARK.match(sentence)
    m = _IF_STATE.match(sentence, lead.end() if lead else 0, pos)
    if m is None or m.group("state").lower() in cues.lower_sets["clause_words"] | {"not", "no", "unsure", "worried", "concerned"}:
        return None
    np_ = trim(sentence, m.span("np"), cues)
    if np_ is None or _pronoun(sentence, np_, cues) or _generic(sentence, np_, cues):
        return None
    first = sentence[np_[0] : np_[1]].split()[0].lower()
    if first in {"you", "we", "i", "they", "he", "she", "it", "there", "symptoms", "pain"} or first in cues.lower_sets["prepositions"]:
        return None  # "If you are overweight, ...": the person, not a thing in a state (see _conditions for that)
    return np_


def _participle_head(sentence: str, pos: int, cues: RelationCues) -> Optional[Span]:
    """The subject noun of a clause whose subject is modified by a participle ("the nerve root injury
    caused by the disorder that led to surgery | may cause pain"), if the clause before ``pos`` opens so."""
    start = max(sentence.rfind(ch, 0, pos) for ch in ",;:") + 1
    lead = _LIST_MARK.match(sentence, start)
    start = lead.end() if lead else start
    m = _PARTICIPLE_HEAD.match(sentence, start, pos)
    if m is None:
        return None
    ws = sentence[m.start("head") : m.end("head")].lower().split()
    if set(ws) & (cues.lower_sets["clause_words"] | cues.lower_sets["prepositions"]) or ws[0] in _SUBORDINATORS:
        return None  # "Pain that is caused by ...": not a bare noun phrase
    head = trim(sentence, m.span("head"), cues)
    return None if head is None or _generic(sentence, head, cues) or _pronoun(sentence, head, cues) else head


def _clause_cause(sentence: str, pos: int, cues: RelationCues) -> Optional[Span]:
    """"Do not take painkillers on more than 10 days a month, as this can cause headaches": the
    action of the main clause ("take painkillers on more than 10 days a month") is what "this"
    causes."""
    m = re.search(r",\s*(?:as|because|since|and)\s+(?:this|that|doing\s+so|it)\s+$", sentence[:pos], re.IGNORECASE)
    if m is None:
        return None
    lead = _LIST_MARK.match(sentence)
    start = lead.end() if lead else 0
    opener = re.match(r"\s*(?:(?:please|always|never|do\s+not|don't|don\u2019t|try\s+not\s+to|avoid)\s+)+", sentence[start:], re.I)
    if opener is None or "," in sentence[start : m.start()]:
        return None  # only an advised action: "Never take X every day, as this ..."
    span = trim(sentence, (start + opener.end(), m.start()), cues)
    return span if span is not None and len(sentence[span[0] : span[1]].split()) <= 2 * cues.max_argument_words else None


_STAT_BRACKET = re.compile(r"\s*\([^()]*\d[^()]*\)?")


def _stat_subjects(sentence: str, subj: Span, pos: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The subjects of an abstract's result when each carries its figure in brackets ("smoking (HR 1.9)
    and diabetes (HR 2.4) predicted ..."): the named factors, without the figures."""
    brackets = list(_STAT_BRACKET.finditer(sentence, subj[0], pos))
    if not brackets:
        return []
    out: list[Span] = []
    start = subj[0]
    for b in brackets + [None]:
        end = b.start() if b else pos
        part = trim(sentence, (start, end), cues)
        if part is not None:
            out.extend(list_items(sentence, part, cues, known) or [part])
        if b is None:
            break
        start = b.end()
    return [o for o in out if not _generic(sentence, o, cues) and not _has_figure(sentence, o)]


#: "It is ...", "..., and it is linked to ...": the pronoun that opens the clause of a verb
_PRONOUN_BEFORE = re.compile(r"(?:^|[,;]\s*(?:and|but|so)\s+|[;:]\s*)\s*(?P<p>[Ii]t|[Tt]hey)\s+(?:(?:also|often|usually|strongly|closely)\s+)?$")


def _burden(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether an effect is a burden on a population ("death", "disability", "time off work"), which a
    condition causes (a cause claim), unlike a symptom it produces."""
    text = " ".join(re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower()))
    return any(text == b or text.startswith(b + " ") for b in cues.lower_sets["burden_outcomes"])


def _figure_in_head(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether a cause phrase holds a figure ("a 50% reduction led to ..."), unless it is an
    action whose frequency the figure gives ("Taking painkillers on 10 or more days a month can
    lead to ...")."""
    text = _NAME_NUMBER.sub("", sentence[span[0] : span[1]])  # "Lack of vitamin B12": a name, no figure
    if re.match(r"[A-Za-z]+ing\s", text) and not re.search(r"\d", text.split()[0] + " " + text.split()[1]):
        return False
    # "Age over 65", "being older than 50": a threshold of the cause, not a figure of its own
    return re.search(r"(?<!over\s)(?<!under\s)(?<!above\s)(?<!below\s)(?<!than\s)(?<!aged\s)(?<!age\s)(?<![\d.,])\d", text) is not None


_NEGATIVE_GERUND = re.compile(r"\s*(?:not|never)\s+[a-z]+ing(?![\w-])|\s*(?:a\s+)?lack\s+of\s", re.IGNORECASE)


def _cause_items(sentence: str, start: int, end: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The causes listed from ``start``: list items, or one omission ("not drinking enough fluid",
    "a lack of sleep") that a list of names would refuse as a negative item."""
    if _NEGATIVE_GERUND.match(sentence, start):
        span = right_phrase(sentence, start, cues, limit=cues.max_item_words, stop=end)
        return [span] if span else []
    return list_items(sentence, (start, end), cues, known)


class _CauseRes(NamedTuple):
    predicate: re.Pattern[str]
    predicate_is: re.Pattern[str]
    risk: re.Pattern[str]
    rises: re.Pattern[str]
    role: re.Pattern[str]
    makes: re.Pattern[str]
    group_gets: re.Pattern[str]
    affected: re.Pattern[str]
    especially: re.Pattern[str]
    need_not: re.Pattern[str]
    raises: Optional[re.Pattern[str]]
    noun_kind: dict[str, str]
    comparative_kind: dict[str, str]


_DET = r"(?:the|a|an|another|one|their|its|your|his|her|our)"


@per_cue_set
def _cause_res(cues: RelationCues) -> _CauseRes:
    """The regular expressions of the predicate, risk and role rules, compiled once per cue set."""
    nouns = alternation([n for ns in cues.cause_predicate_nouns.values() for n in ns])
    comps = alternation([n for ns in cues.cause_comparatives.values() for n in ns])
    m = cues.modal_re
    groups = alternation(cues.risk_groups)
    return _CauseRes(
        predicate=re.compile(
            _B + m + r"(?P<verb>(?:(?:is|are|was|were|remains?|becomes?|be|been|acts?\s+as|act\s+as|serves?\s+as)\s+)"
            r"(?:(?:also|still|probably|often|usually|likely|generally|perhaps|possibly|thought\s+to\s+be|believed\s+to\s+be|considered)\s+)*"
            r"(?:(?:one\s+of|among)\s+)?(?:" + _DET + r"\s+|(?:all|both)\s+(?:" + _DET + r"\s+)?)(?:[\w-]+\s+){0,3}?(?P<noun>" + nouns + r"))" + _E
            + r"(?P<prep>\s+(?:of|for|behind|in|to)\s+)?",
            re.IGNORECASE,
        ),
        predicate_is=re.compile(
            r"(?:^|(?<=[,;:]\s)|(?<=[,;:]))\s*" + _DET + r"\s+(?:[\w-]+\s+){0,3}?(?P<noun>" + nouns + r")"
            r"(?:\s+(?:of|for|behind)\s+(?P<obj>[^,;:.()]{1,80}?))?\s+(?:is|was)\s+"
            r"(?:(?:usually|often|probably|most\s+likely|likely|typically|commonly|generally|simply|thought\s+to\s+be|believed\s+to\s+be)\s+)?",
            re.IGNORECASE,
        ),
        risk=re.compile(
            _B + m + r"(?P<verb>(?:(?:(?:put|puts|place|places)\s+(?:you|people|someone|them|patients|women|men|children|a\s+person)\s+at\s+"
            r"(?:(?:a|an)\s+)?(?:(?:higher|greater|increased|high|raised|more)\s+)?(?:" + alternation(cues.risk_nouns) + r"))|(?:"
            + alternation(cues.risk_verbs) + r")\s+(?:(?:the|your|a|one's|their|his|her|someone's|a\s+person's)\s+)?"
            r"(?:(?:overall|lifetime|own)\s+)?(?:" + alternation(cues.risk_nouns) + r")))" + _E
            + r"(?P<prep>\s+(?:of|for)\s+(?:(?:getting|developing|having|catching|suffering\s+from|being\s+diagnosed\s+with)\s+)?)?",
            re.IGNORECASE,
        ),
        rises=re.compile(
            _B + r"(?:" + alternation(cues.risk_nouns) + r"|incidence|prevalence|rates?)"
            r"(?:\s+(?:of|for)\s+(?P<obj>[^,;:.()]{1,60}?))?\s+(?:also\s+|then\s+)?(?:" + alternation(cues.risk_rises) + r")"
            r"(?:\s+(?:steeply|sharply|markedly|significantly|considerably|dramatically|substantially|steadily|further))?"
            r"\s+(?P<prep>with|as|if|when|in|among|after)\s+",
            re.IGNORECASE,
        ),
        role=re.compile(
            _B + m + r"(?P<verb>(?:play|plays|played|playing)\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?:"
            + alternation(cues.cause_role_nouns) + r"))" + _E + r"(?P<prep>\s+in\s+)?",
            re.IGNORECASE,
        ),
        makes=re.compile(
            _B + m + r"(?P<verb>make|makes|made|making)\s+(?P<obj>(?:you|people|patients|someone|them)\s+(?:feel\s+)?(?:"
            + alternation(cues.cause_states) + r")|[^,;:.()]{1,50}?\s+(?:(?:even|much|far|a\s+lot|a\s+bit)\s+)?(?:" + comps + r"))" + _E,
            re.IGNORECASE,
        ),
        group_gets=re.compile(
            _B + r"(?:" + groups + r")\s+(?:who\s+(?:(?:has|have|had)\s+(?:ever\s+)?(?:had\s+)?|(?:are|were)\s+|(?=[a-z]+\s))|with\s+)(?P<x>[^,;:.()]{1,60}?)\s+"
            r"(?:(?:can|may|might|could|will|are\s+likely\s+to|is\s+likely\s+to)\s+(?:still\s+|also\s+|later\s+|go\s+on\s+to\s+)?"
            r"(?P<verb>get|develop|catch)|(?:are|is)\s+(?:also\s+)?(?:more\s+|especially\s+|particularly\s+)?(?P<prone>prone|susceptible|vulnerable)\s+to"
            # "are at higher risk (of Y)", "have a higher risk of Y", "face a greater risk": the risk's object may be left implicit
            r"|(?:(?:are|is)\s+(?:also\s+)?(?:at\s+)?(?:a\s+)?|(?:have|has|face|faces|run|runs|carry|carries)\s+(?:also\s+)?(?:a|an)\s+(?:much\s+|far\s+)?)"
            r"(?P<atrisk>higher|greater|increased|high|raised|elevated)\s+(?:risk|chance|likelihood)(?:\s+(?:of|for)(?:\s+(?:getting|developing|having))?)?)"
            r"(?:\s+|(?=\s*[.,;!]|$))",
            re.IGNORECASE,
        ),
        affected=re.compile(
            r"\s+(?:are|is|were|was|get|gets)\s+(?:(?:affected|diagnosed|hit|afflicted)\s+(?:(?:much|far|slightly|about\s+)?(?:"
            + _TIMES + r")\s+)?more\s+(?:often|commonly|frequently)|more\s+(?:often|commonly|frequently)\s+(?:affected|diagnosed))" + _E,
            re.IGNORECASE,
        ),
        especially=re.compile(
            _B + r"(?:particularly|especially|notably|mainly|mostly)\s+(?:in\s+)?(?:" + groups + r")\s+(?:with|who\s+have|who\s+had)\s+",
            re.IGNORECASE,
        ),
        need_not=re.compile(
            _B + r"(?:you|one|people)\s+(?:don't|don\u2019t|do\s+not|doesn't|doesn\u2019t|does\s+not|needn't|need\s+not)\s+"
            r"(?:have|need)\s+to\s+(?P<x>[^,;:.()]{1,60}?)\s+to\s+(?P<verb>get|develop|catch|have)\s+",
            re.IGNORECASE,
        ),
        raises=re.compile(
            _B + m + r"(?P<verb>raise|raises|raised|increase|increases|push\s+up|pushes\s+up|elevate|elevates)\s+(?:(?:your|the|a\s+person's|their|his|her)\s+)?"
            r"(?P<obj>" + alternation(cues.cause_measures) + r")" + _E,
            re.IGNORECASE,
        ) if cues.cause_measures else None,
        noun_kind={n.lower(): k for k, ns in cues.cause_predicate_nouns.items() for n in ns},
        comparative_kind={n.lower(): k for k, ns in cues.cause_comparatives.items() for n in ns},
    )


_RISK_CONTEXT = re.compile(
    r"(?<![\w-])(?:gets?|getting|got|develops?|developing|affects?|affected|risk|likely|common|prone|susceptible|vulnerable)(?![\w-])",
    re.IGNORECASE,
)
_HIGHER_RISK = re.compile(
    r"\s*(?:(?:a|an|the)\s+)?(?:higher|greater|increased|raised|elevated|bigger)\s+(?:risk|chance|likelihood|odds)(?:\s+(?:of|for)\s+)?",
    re.IGNORECASE,
)


def _cause_predicates(
    sentence: str, cues: RelationCues, c: Compiled, known: Optional[Known], condition: Optional[Known],
    intervention: Optional[Known], out: list,
) -> None:
    """Causes and risk factors stated by a predicate rather than a causal verb: "X is the main
    culprit", "the usual trigger is X", "X increases your chance of getting Y", "your risk goes up as
    you get older", "X plays a part", "X can make you seriously unwell", "anyone who has had X can
    get Y", "men are affected more often", "especially those with X", "you don't have to X to get Y"."""
    if _asks(sentence):
        return
    r = _cause_res(cues)

    def emit(m_start: int, relation: str, objs: list[Optional[Span]], rule: str, end: int) -> None:
        subjects = _left_subjects(sentence, m_start, cues, known)
        if not subjects:
            subj = left_phrase(sentence, _aside_start(sentence, m_start), cues)
            if subj is None and rule.endswith("ing") and sentence[:m_start].rstrip().endswith(","):
                subj = _sentence_subject(sentence, cues)  # "The gums swell and bleed, making chewing more painful"
            if subj is None or _pronoun(sentence, subj, cues) or _WHAT_BEFORE.search(sentence, 0, m_start):
                return
            subjects = [subj]
            examples = _examples_of(sentence, subj, end, cues, known)
            if examples:
                subjects = examples[1]  # "Several factors increase your risk, including age and smoking"
        for subj in subjects:
            text = sentence[subj[0] : subj[1]]
            if _generic(sentence, subj, cues) or _figure_in_head(sentence, subj, cues) or text.split()[0].lower() in cues.lower_sets["prepositions"]:
                continue
            if relation == "causes" and len(subjects) == 1 and is_condition(text, cues, condition):
                for o in objs:  # "Gout can make you feel unwell": what a condition does is its symptom
                    if o is not None and not _outcome(sentence, o, cues):
                        out.append(RelationMention("symptom", o, subj, None, rule.replace("cause", "symptom", 1), (subj[0], o[1])))
                continue
            for o in objs:
                out.append(RelationMention("cause", subj, o, relation, rule, (subj[0], max(end, o[1] if o else end))))

    def objects(pos: int) -> list[Optional[Span]]:
        end = _list_end(sentence, pos)
        comma = sentence.find(",", pos, end)
        objs = _cause_items(sentence, pos, comma if comma >= 0 else end, cues, known)
        return [o for o in objs if not _generic(sentence, o, cues) and not _population(sentence, o, cues)] or [None]

    for m in r.predicate.finditer(sentence):
        # "Smoking is the strongest known risk factor", "Stress may act as a trigger", "X is the main culprit"
        relation = r.noun_kind.get(re.sub(r"\s+", " ", m.group("noun").lower()), "causes")
        if m.group("prep") is None and not re.match(r"\s*(?:[,;:.!)\u2013\u2014]|$|(?:and|but|in|among|for|of)(?![\w-]))", sentence[m.end() :], re.I):
            continue  # "X is a trigger point injection": the noun is a modifier
        objs = objects(m.end()) if m.group("prep") else [None]
        emit(m.start(), relation, objs, f"cause:is a {m.group('noun').lower()}", m.end())
        tail = _ESPECIALLY.search(sentence, max([m.end()] + [o[1] for o in objs if o]))
        if tail and not sentence[max([m.end()] + [o[1] for o in objs if o]) : tail.start()].strip():
            # "Sun exposure is the main risk factor for skin cancer, especially sunburn in childhood"
            for s_ in _cause_items(sentence, tail.end(), _list_end(sentence, tail.end()), cues, known):
                out.append(RelationMention("cause", s_, objs[0], relation, f"cause:is a {m.group('noun').lower()}", (m.start(), s_[1])))
    for m in r.predicate_is.finditer(sentence):
        # "The main risk factor is being overweight", "In runners, the usual trigger is a training error"
        relation = r.noun_kind.get(re.sub(r"\s+", " ", m.group("noun").lower()), "causes")
        effect = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        if effect is not None and sentence[effect[0] : effect[1]].lower() in _NO_EFFECT:
            continue  # "The main cause for concern is infection": an idiom, no cause
        end = _list_end(sentence, m.end())
        colon = re.compile(r"\s*[:\u2013\u2014]").search(sentence, m.end(), end)
        causes = _cause_items(sentence, m.end(), colon.start() if colon else end, cues, known)
        if not causes or (sentence[causes[0][0] : causes[0][1]].split()[0].lower() in _UNKNOWN
                          and not _NEGATIVE_GERUND.match(sentence, causes[0][0])) or re.match(r"\s*(?:more|less|much)?\s*than(?![\w-])", sentence[m.end() :], re.I):
            continue  # "The main cause is unknown" (but "the biggest cause is not drinking enough")
        for s_ in causes:
            if not (_generic(sentence, s_, cues) or _has_figure(sentence, s_) or _pronoun(sentence, s_, cues)):
                out.append(RelationMention("cause", s_, effect, relation, f"cause<:{m.group('noun').lower()} is", (m.start(), s_[1])))
    for m in r.risk.finditer(sentence):
        # "Having a close relative with it increases your chance of getting it", "Menopause appears to increase the risk"
        if re.search(r"(?<![\w-])(?:a|an|the|at|with|of|higher|greater)\s+$", sentence[: m.start("verb")], re.I):
            continue  # "associated with an increased risk": an adjective, not the verb
        objs = objects(m.end()) if m.group("prep") else [None]
        if any(o is not None and _good_outcome(sentence, o, cues) for o in objs):
            continue  # "Exercise raises your chances of a full recovery": a benefit, not a risk
        emit(m.start(), "risk_factor", objs, f"cause:{m.group('verb').lower()}", m.end())
    for m in c.cause_fwd.finditer(sentence):
        # "Smoking has been associated with a higher risk": an association with the risk of the condition
        if _forward_kind(c, m.group("verb")) != "associated_with":
            continue
        higher = _HIGHER_RISK.match(sentence, m.end())
        if higher is None:
            continue
        objs = objects(higher.end()) if higher.group(0).rstrip().endswith(("of", "for")) else [None]
        emit(m.start(), "associated_with", objs, f"cause:{m.group('verb').lower()}", higher.end())
    for m in r.rises.finditer(sentence):
        # "your risk goes up as you get older", "its incidence rises steeply with age and with immunosuppression"
        effect = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        end = _list_end(sentence, m.end())
        if m.group("prep").lower() in {"as", "if", "when"}:
            items = _if_clauses(sentence, m.end(), end, cues)
        else:
            items = []
            pos = m.end()
            for part in re.finditer(r",?\s+(?:and|or)\s+(?=(?:with|in|among|after)\s)|$", sentence[: end]):
                if part.start() < pos:
                    continue  # "with age and with immunosuppression": each "with" opens an item of its own
                for i in list_items(sentence, (pos, part.start()), cues, known):
                    w = re.match(r"(?:with|in|among|after)\s+", sentence[i[0] : i[1]], re.I)
                    items.append((i[0] + w.end(), i[1]) if w else i)
                pos = part.end()
                if part.start() >= end:
                    break
        for s_ in items:
            if not (_generic(sentence, s_, cues) or _pronoun(sentence, s_, cues)):
                out.append(RelationMention("cause", s_, effect, "risk_factor", "risk<:risk rises", (m.start(), s_[1])))
    for m in r.role.finditer(sentence):
        # "Genes play a part", "Being dehydrated, some medicines and a family history can also play a part"
        objs = objects(m.end()) if m.group("prep") else [None]
        if any(o is not None and (_outcome(sentence, o, cues) or _good_outcome(sentence, o, cues) or _CARE_GERUND.match(sentence, o[0])) for o in objs):
            continue  # "Exercise plays a key role in recovery / in managing arthritis": a treatment's part
        subj = left_phrase(sentence, m.start(), cues)
        if subj is not None and (_names_treatment(sentence[subj[0] : subj[1]], cues, intervention)
                                 or sentence[subj[0] : subj[1]].lower().split()[-1] in cues.lower_sets["agent_words"] | {"nurse", "gp", "family"}):
            continue  # "Your nurse plays a key role": who cares, not what causes
        emit(m.start(), "causes", objs, "cause:plays a part", m.end())
    for m in r.makes.finditer(sentence):
        # "An infection behind a blocked kidney can make you seriously unwell", "X makes shingles more likely"
        obj = m.group("obj")
        comp = next((k for k in sorted(r.comparative_kind, key=len, reverse=True) if obj.lower().endswith(k)), None)
        relation = r.comparative_kind.get(comp, "causes") if comp else "causes"
        o = m.span("obj")
        if comp and relation == "risk_factor":
            o = trim(sentence, (o[0], o[1] - len(comp)), cues) or o  # "makes shingles more likely": shingles
        emit(m.start(), relation, [o], f"cause:{m.group('verb').lower()}", m.end())
    for m in r.group_gets.finditer(sentence):
        # "Anyone who has had chickenpox can get shingles", "people with diabetes can develop foot ulcers"
        subj = trim(sentence, m.span("x"), cues)
        obj = right_phrase(sentence, m.end(), cues)
        if obj is None and (m.group("prone") or m.group("atrisk")) and subj is not None:
            obj = None  # "those who have had a stroke are at higher risk of another": the effect is unnamed
        elif subj is None or obj is None or _pronoun(sentence, subj, cues) or _good_outcome(sentence, obj, cues):
            continue
        if subj is None or _pronoun(sentence, subj, cues):
            continue  # "People with lupus can get better": an outcome
        verb = (m.group("verb") or m.group("prone") or "at risk").lower()
        out.append(RelationMention("cause", subj, obj, "risk_factor", f"risk:{verb}", (m.start(), (obj or (0, m.end()))[1])))
    for m in r.affected.finditer(sentence):
        # "men are affected more often than women": a risk factor, like "more likely"
        subj = left_phrase(sentence, m.start(), cues)
        if subj is not None and not _pronoun(sentence, subj, cues) and not _generic(sentence, subj, cues):
            out.append(RelationMention("cause", subj, None, "risk_factor", "risk:affected more often", (subj[0], m.end())))
    for m in r.especially.finditer(sentence):
        # "Thin people get it too, particularly those with a narrow jaw or a family history"
        if not _RISK_CONTEXT.search(sentence, 0, m.start()):
            continue  # "It helps many patients, especially those with mild pain": no risk stated
        for s_ in list_items(sentence, (m.end(), _list_end(sentence, m.end())), cues, known):
            out.append(RelationMention("cause", s_, None, "risk_factor", "risk:especially those with", (m.start(), s_[1])))
    for m in _APPOSITIVE_ROLE.finditer(sentence):
        # "Newer drugs block CGRP, a protein involved in migraine": CGRP is associated with migraine
        head = m.group("noun").lower().split()[-1]
        if head in cues.lower_sets["agent_words"] or head.endswith(("ist", "ian", "eon", "er", "or")) or head in _PEOPLE:
            continue  # "Dr. Lee, a rheumatologist involved in the trial": who, not what
        subj = left_phrase(sentence, m.start(), cues)
        obj = right_phrase(sentence, m.end(), cues)
        if subj is not None and obj is not None and not _pronoun(sentence, subj, cues):
            subj = _after_verb(sentence, subj)
            out.append(RelationMention("cause", subj, obj, "associated_with", "cause:a noun involved in", (subj[0], obj[1])))
    for m in _CORRELATIVE.finditer(sentence):
        # "the more operations you have, the more likely another one is to fail": more operations
        x = m.span("x")
        who = re.search(r"\s(?:you|we|they|he|she|it|a\s+person|someone|people|patients)\s", sentence[x[0] : x[1]] + " ", re.I)
        if who and len(sentence[x[0] : x[0] + who.start()].split()) >= 2:
            x = (x[0], x[0] + who.start())
        subj = trim(sentence, x, cues)
        if subj is not None and sentence[subj[0] : subj[1]].split()[0].lower() not in cues.lower_sets["pronouns"]:
            out.append(RelationMention("cause", subj, None, "risk_factor", "risk:the more, the more likely", (m.start("x"), m.end())))
    for m in _RESULT_OF.finditer(sentence):
        # "One result of this nerve damage is a loss of feeling": the damage causes the loss
        cause = right_phrase(sentence, m.start("x"), cues, stop=m.end("x"))
        effect = right_phrase(sentence, m.end(), cues)
        if cause is not None and effect is not None and not _pronoun(sentence, cause, cues):
            out.append(RelationMention("cause", cause, effect, "causes", "cause:a result of x is", (m.start(), effect[1])))
    for m in _EFFECT_OF.finditer(sentence):
        # "Nerve damage is a common complication of diabetes": diabetes causes nerve damage
        effect = left_phrase(sentence, m.start(), cues)
        for s_ in _cause_items(sentence, m.end(), _list_end(sentence, m.end()), cues, known):
            if not (_generic(sentence, s_, cues) or _pronoun(sentence, s_, cues)):
                if effect is not None and _pronoun(sentence, effect, cues):
                    effect = None
                out.append(RelationMention("cause", s_, effect, "causes", f"cause<:{m.group('noun').lower()} of", (m.start(), s_[1])))
    for m in _AT_RISK_IF.finditer(sentence):
        # "You are at higher risk if you smoke or have diabetes"
        for clause in _if_clauses(sentence, m.end(), _list_end(sentence, m.end()), cues):
            for s_ in _conditions(sentence, clause, cues, known):
                if not _generic(sentence, s_, cues):
                    out.append(RelationMention("cause", s_, None, "risk_factor", "risk:at risk if", (m.start(), s_[1])))
    for m in _MORE_LIKELY_IF.finditer(sentence):
        # "You are more likely to have it if you have eczema or hay fever"
        for clause in _if_clauses(sentence, m.end(), _list_end(sentence, m.end()), cues):
            for s_ in _conditions(sentence, clause, cues, known):
                if not _generic(sentence, s_, cues):
                    out.append(RelationMention("cause", s_, None, "risk_factor", "risk:more likely if", (m.start(), s_[1])))
    for m in r.raises.finditer(sentence) if r.raises else ():
        # "Untreated sleep apnoea can raise your blood pressure": a cause of the raised measure
        subj = left_phrase(sentence, m.start(), cues)
        if subj is not None and _names_treatment(sentence[subj[0] : subj[1]], cues, None) and not re.search(r"(?:can|may|might|could)\s", m.group(0), re.I):
            continue
        emit(m.start(), "causes", [m.span("obj")], f"cause:{m.group('verb').lower()}", m.end())
    for m in _ESPECIALLY_IF.finditer(sentence):
        # "About 1 in 10 people still have symptoms a year later, especially if the nerve was badly damaged"
        main = sentence[: m.start()]
        if not _OUTCOME_CLAUSE.search(main) or recommendations(sentence, cues, c):
            continue  # "See a doctor, especially if you have a fever": advice, not a risk
        for clause in _if_clauses(sentence, m.end(), _list_end(sentence, m.end()), cues):
            if not _generic(sentence, clause, cues):
                out.append(RelationMention("cause", clause, None, "risk_factor", "risk:especially if", (m.start(), clause[1])))
    for m in r.need_not.finditer(sentence):
        # "You don't have to play tennis to get tennis elbow": denies that X causes Y
        subj = trim(sentence, m.span("x"), cues)
        obj = right_phrase(sentence, m.end(), cues)
        if subj is not None:
            out.append(RelationMention("cause", subj, obj, "causes", "cause:need not", (m.start(), (obj or subj)[1])))
    for m in _HAD_RISK.finditer(sentence):
        # "Women had a twofold higher risk of migraine than men", "Smokers have an increased risk"
        subj = left_phrase(sentence, m.start(), cues)
        who = subj and _WHO_WITH.match(sentence, subj[0])
        if who and who.end() < subj[1]:
            subj = (who.end(), subj[1])  # "People with diabetes have a higher risk": diabetes
        if subj is None or _pronoun(sentence, subj, cues) or _generic(sentence, subj, cues) or _figure_in_head(sentence, subj, cues):
            continue
        objs = objects(m.end()) if m.group("prep") else [None]
        for o in objs:
            out.append(RelationMention("cause", subj, o, "risk_factor", "risk:had a higher risk", (subj[0], (o or (0, m.end()))[1])))
    for m in _GROUP_AT_RISK.finditer(sentence):
        # "Men over 50 are most at risk", "Smokers are particularly at risk": the group is the risk factor
        subj = left_phrase(sentence, m.start(), cues)
        who = subj and _WHO_WITH.match(sentence, subj[0])
        if who and who.end() < subj[1]:
            subj = (who.end(), subj[1])
        if subj is not None and not (_pronoun(sentence, subj, cues) or _generic(sentence, subj, cues) or _figure_in_head(sentence, subj, cues)):
            objs = objects(m.end()) if m.group("prep") or m.group("to") else [None]
            for o in objs:
                if o is not None and re.search(r"\s+than\s", sentence[o[0] : o[1]]):
                    o = trim(sentence, (o[0], o[0] + re.search(r"\s+than\s", sentence[o[0] : o[1]]).start()), cues)  # "... than adults"
                out.append(RelationMention("cause", subj, o, "risk_factor", "risk:group at risk", (subj[0], (o or (0, m.end()))[1])))
    for m in _inline_cause_list(cues).finditer(sentence):
        # "Risk factors: age over 65, smoking and diabetes": a cause head and its list after a colon, on one line
        relation = "risk_factor" if c.head_kind.get(re.sub(r"\s+", " ", m.group("head").lower())) == "risk_factor" else "causes"
        effect = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        for item in list_items(sentence, (m.end(), _list_end(sentence, m.end())), cues, known):
            if not (_generic(sentence, item, cues) or _pronoun(sentence, item, cues)):
                out.append(RelationMention("cause", item, effect, relation, f"list:{m.group('head').lower()}:", (m.start(), item[1])))
    for m in _TO_BLAME.finditer(sentence):
        # "Poor sleep may be to blame": the subject is a cause, its effect left implicit
        emit(m.start(), "causes", [None], "cause:to blame", m.end())
    for m in _MAINLY_AFFECTS.finditer(sentence):
        # "Shingles mainly affects older people and those with weakened immune systems": who is at risk
        effect = left_phrase(sentence, m.start(), cues)
        if effect is not None and _pronoun(sentence, effect, cues):
            effect = None
        end, pos, items = _list_end(sentence, m.end()), m.end(), []
        for part in list(re.compile(r"\s*,?\s+(?:and|or)\s+(?=(?:those|people|anyone|women|men|children|adults)(?![\w-]))", re.I).finditer(sentence, pos, end)) + [None]:
            items.extend(list_items(sentence, (pos, part.start() if part else end), cues, known))  # "older people and those with X"
            pos = part.end() if part else end
        for item in items:
            ws = re.findall(r"[a-z]+", sentence[item[0] : item[1]].lower())
            age = _AGE_AFTER.match(sentence, item[1])
            who = _WHO_WITH.match(sentence, item[0])
            if who and who.end() < item[1]:
                item = (who.end(), item[1])  # "those with weakened immune systems": the weakened immune system
            elif re.search(r"(?:those|people|anyone|patients|adults|children)\s+(?:with|who\s+have|who\s+had)\s+$", sentence[: item[0]], re.I):
                pass  # the list item is already what the group has
            elif ws and len(ws) == 1 and ws[0] in cues.lower_sets["generic_arguments"] | {"those"}:
                item = (item[0], age.end()) if age else _who_clause(sentence, item, cues)  # "people over 50", "people who smoke"
            elif not ws or ws[-1] not in _GROUP_NOUNS:
                continue  # "mainly affects the knees": where, not who
            elif age:
                item = (item[0], age.end())
            if item is not None:
                out.append(RelationMention("cause", item, effect, "risk_factor", "risk:mainly affects", (m.start(), item[1])))
    for m in _RUNS_IN_FAMILIES.finditer(sentence):
        # "Psoriasis tends to run in families": a family history is a risk factor of it
        effect = left_phrase(sentence, m.start(), cues)
        if effect is not None and _pronoun(sentence, effect, cues):
            effect = None
        out.append(RelationMention("cause", m.span("x"), effect, "risk_factor", "risk:runs in families", ((effect or m.span("x"))[0], m.end())))
    _cause_sequences(sentence, cues, known, out)


#: "people over 60", "women aged 50 or more": the age that makes a generic group a risk group
_AGE_AFTER = re.compile(r"\s+(?:(?:aged|over|under|above|below|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?\d+(?:\s*(?:or\s+(?:more|over|older)|\+))?)", re.IGNORECASE)
_HAD_RISK = re.compile(
    r"(?<![\w-])(?:had|have|has|carry|carries|carried|showed|show|shows)\s+(?:a|an)\s+(?:(?:[\d.]+-fold|twofold|threefold|fourfold|two-fold|three-fold|"
    r"(?:[\d.]+|two|three|four|five)\s+times|much|far|significantly|substantially|slightly)\s+)?(?:higher|greater|increased|elevated|raised)\s+"
    r"(?:risk|odds|likelihood|chance|incidence|prevalence)(?P<prep>\s+(?:of|for)\s+(?:(?:getting|developing|having)\s+)?)?",
    re.IGNORECASE,
)
_GROUP_AT_RISK = re.compile(
    r"\s+(?:are|is)\s+(?:(?:most|more|particularly|especially|also|often)\s+)*(?:at\s+(?:(?:a|an|the)\s+)?(?:(?:higher|greater|increased|high|highest|greatest|most|particular)\s+)?"
    r"risk(?![\w-])(?!\s+(?:if|when|because)(?![\w-]))(?P<prep>\s+(?:of|for)\s+(?:(?:getting|developing|having)\s+)?)?"
    # "Children are more susceptible to ear infections (than adults)"
    r"|(?:much\s+|far\s+)?more\s+(?:susceptible|prone|vulnerable)(?P<to>\s+to\s+))",
    re.IGNORECASE,
)
@per_cue_set
def _inline_cause_list(cues: RelationCues) -> re.Pattern[str]:
    """A cause or risk list head that opens its line and gives the list after a colon ("Risk factors: A, B")."""
    heads = [h for k in ("cause", "risk_factor") for h in cues.list_heads.get(k, [])]
    return re.compile(
        r"^\s*(?:the\s+)?(?P<head>" + alternation(heads) + r")(?:\s+(?:of|for)\s+(?P<obj>[^:,;.]{1,60}?))?\s*:\s*(?=\S)", re.IGNORECASE
    )


_TO_BLAME = re.compile(
    r"\s+(?:is|are|was|were|may\s+be|might\s+be|can\s+be|could\s+be|be)\s+(?:(?:often|usually|partly|largely|also|sometimes|mostly|mainly)\s+)*to\s+blame"
    r"(?![\w-])(?!\s+for(?![\w-]))",
    re.IGNORECASE,
)
_MAINLY_AFFECTS = re.compile(
    r"(?<![\w-])(?:mostly|mainly|usually|often|typically|commonly|most\s+often|most\s+commonly|tends?\s+to|particularly|especially|chiefly)\s+"
    r"(?:affects?|strikes?|hits?|occurs?\s+in|develops?\s+in)\s+",
    re.IGNORECASE,
)
_GROUP_NOUNS = frozenset({"people", "women", "men", "children", "adults", "adolescents", "teenagers", "athletes", "runners", "workers", "smokers",
                          "babies", "infants", "girls", "boys", "patients", "individuals", "players", "drinkers", "elderly", "females", "males"})
_RUNS_IN_FAMILIES = re.compile(
    r"(?<![\w-])(?:(?:tends?|seems?|appears?)\s+to\s+|(?:can|may|often|usually|also|sometimes|commonly|frequently)\s+)*"
    r"(?P<x>runs?\s+in\s+(?:the\s+)?famil(?:y|ies))(?![\w-])",
    re.IGNORECASE,
)


#: "With each new operation, more scar tissue forms": every occurrence of X adds to Y
_WITH_EACH = re.compile(
    r"(?:^|(?<=[.;:]\s))\s*(?:with|after)\s+(?:each|every)\s+(?P<x>[^,;:.]{2,60}?)\s*,?\s+(?:more|further|new|additional|extra)\s+"
    r"(?P<y>[^,;:.]{2,60}?)\s+(?:(?:will|can|may|often|usually|then)\s+)*(?:develops?|forms?|builds?\s+up|accumulates?|grows?|appears?|"
    r"occurs?|collects?|is\s+(?:formed|created|produced|lost|damaged|laid\s+down))(?![\w-])",
    re.IGNORECASE,
)
#: "As the spine continues to suffer from disc disease, more vertebrae move": what goes on suffering is the cause
_AS_CONTINUES = re.compile(
    r"(?:^|(?<=[.;:,]\s))\s*(?:further,?\s+|over\s+time,?\s+)?as\s+(?:[\w'\u2019-]+\s+){1,4}?(?:continues?|keeps?|goes\s+on)\s+to\s+"
    r"(?:suffer\s+from|be\s+affected\s+by|be\s+damaged\s+by|be\s+exposed\s+to|undergo)\s+(?P<x>[^,;:.]{2,60}?)\s*,\s*(?P<y>[^;:.]{2,120})",
    re.IGNORECASE,
)
#: "A problem following fusion surgery is that the muscles are damaged": X brings the problem the clause states
_PROBLEM_AFTER = re.compile(
    r"(?:^|(?<=[.;:]\s))\s*(?:a|one|another|the\s+(?:main|biggest|first|other))\s+(?:[\w-]+\s+)?(?:problem|complication|consequence|"
    r"downside|drawback|danger|issue)\s+(?:following|after|of|with|from)\s+(?P<x>[^,;:.]{2,60}?)\s+is\s+that\s+(?P<y>[^;:.]{2,160})",
    re.IGNORECASE,
)
#: "There are other sources of pain that can mimic arthritis, such as A, B and C": the examples are causes of the pain
_SOURCES_SUCH_AS = re.compile(
    r"(?<![\w-])(?:there\s+(?:are|is|can\s+be|may\s+be)\s+(?:also\s+)?(?:many|several|other|some|various|a\s+(?:number|range|variety)\s+of)?\s*|other\s+)"
    r"(?:possible\s+|common\s+|potential\s+)?(?P<noun>causes|sources|triggers|culprits|reasons|explanations)\s+(?:of|for)\s+(?P<obj>[^,;:.()]{2,60}?)"
    r"(?:\s+(?:that|which)\s+[^,;:.()]{2,80}?)?\s*,?\s+(?:such\s+as|like|including|e\.g\.,?)\s+",
    re.IGNORECASE,
)


def _cause_sequences(sentence: str, cues: RelationCues, known: Optional[Known], out: list) -> None:
    """Causes stated as an accumulation, a continuing state, a problem that follows, or the examples of
    other sources: "With each subsequent operation, more scar tissue forms", "As the joint continues to
    suffer from arthritis, more bone is lost", "A problem following fusion is that the muscles weaken",
    "There are other sources of pain that can mimic back trouble, such as A, B and C"."""
    for m in _WITH_EACH.finditer(sentence):
        cause, effect = trim(sentence, m.span("x"), cues), trim(sentence, m.span("y"), cues)
        if cause is not None and not _generic(sentence, cause, cues):
            out.append(RelationMention("cause", cause, effect, "causes", "cause:with each x, more y", (m.start("x"), m.end())))
    for m in _AS_CONTINUES.finditer(sentence):
        cause = right_phrase(sentence, m.start("x"), cues, stop=m.end("x"))
        effect = right_phrase(sentence, m.start("y"), cues, limit=cues.max_item_words * 2, stop=m.end("y"))
        if cause is not None and not _generic(sentence, cause, cues):
            out.append(RelationMention("cause", cause, effect, "causes", "cause:as x continues", (m.start(), (effect or cause)[1])))
    for m in _PROBLEM_AFTER.finditer(sentence):
        cause = right_phrase(sentence, m.start("x"), cues, stop=m.end("x"))
        not_only = re.compile(r"not\s+only\s+(?:are|is|do|does|will|can)\s+", re.I).match(sentence, m.start("y"))
        effect = trim(sentence, (not_only.end() if not_only else m.start("y"), m.end("y")), cues)
        if cause is not None and not (_generic(sentence, cause, cues) or _pronoun(sentence, cause, cues)):
            out.append(RelationMention("cause", cause, effect, "causes", "cause:a problem following x", (m.start(), (effect or cause)[1])))
    for m in _SOURCES_SUCH_AS.finditer(sentence):
        effect = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj"))
        verb = re.compile(r",\s+(?:are|is|can|may|might|could|will|were|was|have|has|tend|seem)(?![\w-])", re.I).search(sentence, m.end())
        end = min(_list_end(sentence, m.end()), verb.start() if verb else len(sentence))
        for item in _nested_items(sentence, m.end(), end, cues, known):
            if not (_generic(sentence, item, cues) or _pronoun(sentence, item, cues)):
                out.append(RelationMention("cause", item, effect, "causes", f"cause:other {m.group('noun').lower()} such as", (m.start(), item[1])))


def _nested_items(sentence: str, start: int, end: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The items of a list with examples of its own in brackets ("A, B and hip disease (such as hip
    arthritis)"): the items, then each bracketed example."""
    out: list[Span] = []
    pos = start
    for b in list(re.finditer(r"\s*\((?:such\s+as|like|including|e\.g\.,?|especially)\s+(?P<inner>[^()]{2,80})\)", sentence[:end])) + [None]:
        if b is not None and b.start() < start:
            continue
        stop = b.start() if b else _list_end(sentence, pos)
        out.extend(list_items(sentence, (pos, min(stop, end)), cues, known))
        if b is None:
            break
        out.extend(list_items(sentence, b.span("inner"), cues, known))
        pos = b.end()
        if pos >= end:
            break
    return out


_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:the|their|our|your|his|her|its|these|those|good|great|excellent|poor|similar|mixed|early|long-term|test|"
    r"[a-z]+er|[a-z]+est)\s+$",
    re.IGNORECASE,
)
_IT_OBJECT = re.compile(r"\s+(?:it|them|one)\s*(?:[.;,!]|$|in\s|when\s|if\s|too(?![\w-]))", re.IGNORECASE)
_ESPECIALLY_IF = re.compile(r",\s*(?:especially|particularly|mainly|mostly)\s+(?:if|when)\s+", re.IGNORECASE)
#: a main clause that states who gets or keeps a condition (not advice): "still have symptoms", "is more common"
_OUTCOME_CLAUSE = re.compile(
    r"(?<![\w-])(?:still\s+(?:have|has|get|gets|feel)|develops?|get|gets|is\s+(?:more\s+)?common|are\s+(?:more\s+)?common|more\s+likely|"
    r"persists?|recurs?|comes?\s+back|returns?|worse|at\s+risk|higher\s+risk|suffer|suffers)(?![\w-])",
    re.IGNORECASE,
)
_NO_EFFECT = frozenset({"concern", "alarm", "worry", "celebration", "hope", "optimism", "complaint", "regret"})
_SUBORDINATORS = frozenset({"if", "when", "unless", "whether", "although", "though", "while", "whereas"})
_ESPECIALLY = re.compile(r"\s*,\s*(?:especially|particularly|notably)\s+(?!(?:if|when|in|among|for|those|people|patients|after|before|during)(?![\w-]))", re.IGNORECASE)
_EFFECT_OF = re.compile(
    r"(?<![\w-])(?:is|are|was|were|can\s+be|may\s+be|remains?)\s+(?:also\s+|often\s+|usually\s+|sometimes\s+)?(?:one\s+of\s+)?(?:the|a|an|another)\s+"
    r"(?:(?:common|rare|known|serious|frequent|possible|major|recognised|recognized|well-known|long-term|usual|main|most\s+common|late)\s+){0,2}"
    r"(?P<noun>complications?|side\s+effects?|consequences?|after-effects?)\s+of\s+",
    re.IGNORECASE,
)
_AT_RISK_IF = re.compile(
    r"(?:(?<![\w-])(?:are|is|be)|['\u2019]re|['\u2019]s)\s+(?:also\s+)?(?:(?:more\s+)?at\s+(?:(?:a|an)\s+)?(?:(?:higher|greater|increased|high|more)\s+)?risk|more\s+at\s+risk)"
    r"(?:\s+(?:of|for)\s+[^,;:.]{1,40}?)?\s+(?:if|when)\s+",
    re.IGNORECASE,
)
_MORE_LIKELY_IF = re.compile(
    r"(?<![\w-])more\s+likely\s+to\s+(?:get|have|develop|catch|be\s+affected\s+by)\s+(?:it|this|them|[^,;:.]{1,40}?)\s+(?P<sub>if|when)\s+",
    re.IGNORECASE,
)
_CORRELATIVE = re.compile(
    r"(?:^|[,;:]\s*)(?:in\s+general,?\s*|generally,?\s*)?the\s+(?P<x>(?:more|longer|older|heavier|higher|greater|fewer|less|lower)\s+[^,;:]{1,60}?),"
    r"\s+the\s+(?:(?:more|less)\s+likely|(?:greater|higher|bigger)\s+(?:the\s+)?(?:risk|chance)|worse|more\s+severe)(?![\w-])",
    re.IGNORECASE,
)
_RESULT_OF = re.compile(
    r"(?<![\w-])(?:one|a|another|the\s+(?:main|most\s+common|first))\s+(?:result|consequence|effect)\s+of\s+(?:this\s+|these\s+|the\s+)?"
    r"(?P<x>[^,;:.()]{1,60}?)\s+(?:is|was|can\s+be|may\s+be)\s+(?:the\s+|a\s+|an\s+)?(?:experience\s+of\s+|development\s+of\s+|onset\s+of\s+)?",
    re.IGNORECASE,
)
_APPOSITIVE_ROLE = re.compile(
    r",\s+(?:a|an)\s+(?P<noun>[\w-]+(?:\s+[\w-]+)?)\s+(?:involved\s+in|implicated\s+in|linked\s+to|thought\s+to\s+(?:cause|trigger))\s+",
    re.IGNORECASE,
)
_PEOPLE = frozenset({"author", "member", "expert", "professor", "director", "colleague", "patient", "woman", "man", "person", "mother", "father"})


def _after_verb(sentence: str, span: Span) -> Span:
    """"block CGRP" (the end of a relative clause "drugs that block CGRP"): the verb's object."""
    m = re.match(r"(?:block|blocks|inhibit|inhibits|target|targets|stop|stops|reduce|reduces|raise|raises|lower|lowers)\s+", sentence[span[0] : span[1]], re.I)
    return (span[0] + m.end(), span[1]) if m and span[0] + m.end() < span[1] else span


#: the object of "plays a role in" that is care, not an effect ("in managing arthritis")
_CARE_GERUND = re.compile(r"(?:managing|treating|preventing|reducing|relieving|improving|controlling|healing|recovering|recovery|rehabilitation|treatment|management|prevention|care|caring|helping|supporting)(?![\w-])", re.IGNORECASE)


_VERB_CONJ = re.compile(
    r"\s+(?:or|and)\s+(?=(?:have|has|had|are|is|take|takes|drink|drinks|eat|eats|use|uses|smoke|smokes|get|gets|live|lives|work|works)(?![\w-]))",
    re.IGNORECASE,
)


def _conditions(sentence: str, clause: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The conditions of an if-clause: "you smoke or have diabetes" -> "smoke", "diabetes"; a list
    of names is split as a list."""
    out: list[Span] = []
    pos = clause[0]
    for m in list(_VERB_CONJ.finditer(sentence, clause[0], clause[1])) + [None]:
        end = m.start() if m else clause[1]
        aux = re.compile(r"(?:have|has|had|are|is)\s+", re.I).match(sentence, pos)
        part = trim(sentence, (aux.end() if aux else pos, end), cues)
        if part is not None:
            out.extend(list_items(sentence, part, cues, known) or [part])
        pos = m.end() if m else clause[1]
    return out


def _who_clause(sentence: str, span: Span, cues: RelationCues) -> Optional[Span]:
    """What a generic group has or does ("people who smoke" -> "smoke", "those with diabetes" -> "diabetes")."""
    m = re.compile(r"\s*(?:who|that)\s+(?:(?:have|has|had|are|were|is)\s+(?:had\s+|been\s+)?)?|\s*with\s+", re.I).match(sentence, span[1])
    return right_phrase(sentence, m.end(), cues) if m else None


_GOOD = frozenset({"help", "support", "advice", "information", "independent", "healthy", "well", "normal", "remission", "cure",
                   "survival", "fitness", "strength", "answers", "access", "benefit", "benefits", "better"})


def _good_outcome(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether an effect is a benefit or a service ("a full recovery", "staying independent", "help
    from our nurses"), which no cause or risk factor brings."""
    ws = re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower())
    return any(w in cues.lower_sets["outcome_words"] or w in _GOOD for w in ws)


def _names_treatment(text: str, cues: RelationCues, intervention: Optional[Known]) -> bool:
    """Whether a phrase names a treatment (an intervention head word or a known intervention)."""
    ws = re.findall(r"[a-z][a-z-]*", text.lower())
    return any(intervention_word(w, cues) for w in ws) or bool(intervention and intervention(text))


def _population(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether an argument names who rather than what ("both sexes", "women", "older adults")."""
    ws = re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower())
    return bool(ws) and ws[-1] in (cues.lower_sets["generic_arguments"] | {"sexes", "genders", "men", "women", "adults", "children", "groups", "ages"})


_THIS_IS_A_CAUSE = re.compile(
    r"\s*(?:this|that|it)\s+(?:is|was|remains|can\s+be|may\s+be)\s+(?:also\s+)?(?:probably\s+)?(?:the|a|an|another|one)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>causes?|reasons?|sources?|risk\s+factors?)\s+(?:of|for)(?![\w-])",
    re.IGNORECASE,
)
_TIME_PP = re.compile(r"\s+(?:(?:before|after|during|following|from|in)\s|over\s+(?:time|the\s+years)(?![\w-]))", re.IGNORECASE)


def fragment_cause(fragment: str, following: str, cues: RelationCues) -> Optional[RelationMention]:
    """A verbless line naming a cause, followed by "This is the most common cause of ...":
    "Recurrent disc herniation after spine surgery. This is another common cause of recurrent
    pain" -> "Recurrent disc herniation". Offsets are relative to ``fragment``."""
    m = _THIS_IS_A_CAUSE.match(following)
    if m is None:
        return None
    relation = "risk_factor" if "risk" in m.group("noun").lower() else "causes"
    return _fragment_mention(fragment, relation, "cause:this is a cause of", cues)


def _fragment_mention(fragment: str, relation: str, rule: str, cues: RelationCues) -> Optional[RelationMention]:
    """The cause a verbless line names ("Recurrent disc herniation after spine surgery." -> "Recurrent
    disc herniation"), or None if the line is a clause, a question or too long to be a name."""
    words_ = fragment.split()
    if not 1 <= len(words_) <= 12 or is_clause(fragment, cues) or fragment.rstrip().endswith(("?", "!", ":")):
        return None
    body = fragment.rstrip().rstrip(".")
    cut = _TIME_PP.search(body)
    span = trim(fragment, (0, cut.start() if cut else len(body)), cues)
    if span is None or _generic(fragment, span, cues):
        return None
    return RelationMention("cause", span, None, relation, rule, (0, len(fragment)))


def series_fragment_cause(fragment: str, cues: RelationCues) -> Optional[RelationMention]:
    """A verbless line that opens a paragraph in a series of causes, each paragraph opened by the cause it
    discusses ("Recurrent disc herniation after surgery. This is another common cause ..." then "Technical
    error during surgery. The surgeon must also consider ..."): once a line of the series has been claimed
    a cause (:func:`fragment_cause`), the next lines of the same shape name causes too."""
    if not fragment.rstrip().endswith("."):
        return None
    return _fragment_mention(fragment, "causes", "cause:a series of causes", cues)


_UNKNOWN = frozenset({"unknown", "unclear", "uncertain", "not", "still", "often", "idiopathic"})
_CAUSE_IS = re.compile(
    r"(?<![\w-])(?:cause|causes|reason|reasons|source|culprit|explanation)\s+"
    r"(?:(?:of|for|behind)\s+(?P<obj>[^,;:.()]{1,80}?)|why\s+[^,;:.()]{1,100}?)\s+(?:is|was)\s+"
    r"(?:(?:usually|often|probably|most\s+likely|likely|typically|commonly|generally|thought\s+to\s+be|believed\s+to\s+be)\s+)?",
    re.IGNORECASE,
)
_NUMBER = r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty)"
_TIMES = (
    r"(?:" + _NUMBER + r"\s*(?:to|or|-|\u2013)\s*" + _NUMBER + r"|" + _NUMBER
    + r"|several|many|almost\s+\w+|about\s+\w+|up\s+to\s+\w+)\s+times|twice"
)
_MORE_LIKELY = re.compile(
    r"\s+(?:are|is|were|was|be|been)\s+(?:(?:" + _TIMES + r")\s+(?:more|as)|more)\s+likely\b", re.IGNORECASE
)
_WHO_WITH = re.compile(
    r"(?:patients|people|those|individuals|adults|women|men|children|smokers|anyone)\s+(?:with|who\s+have|who\s+had|who\s+are)\s+",
    re.IGNORECASE,
)
_MORE_COMMON_IN = re.compile(
    r"(?<![\w-])(?:is|are|was|were|it's)\s+(?:also\s+)?(?:" + _TIMES + r")\s+(?:more|as)\s+(?:common|frequent|prevalent)\s+(?:as\s+)?(?:in|among)\s+",
    re.IGNORECASE,
)


def _stopping(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether a phrase is about stopping a treatment ("treatment was stopped")."""
    return any(w in cues.lower_sets["discontinuation_words"] for w in re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower()))


def _has_figure(sentence: str, span: Span) -> bool:
    return re.search(r"\d", sentence[span[0] : span[1]]) is not None


#: a number that is part of a name ("type 2 diabetes", "COVID-19", "stage 3", "H1N1"), not a quantity
_NAME_NUMBER = re.compile(r"(?:(?<=[A-Za-z])|(?<=[A-Za-z]-)|(?<=type\s)|(?<=grade\s)|(?<=stage\s)|(?<=class\s)|(?<=phase\s)|(?<=level\s))\d+[A-Za-z]?(?![\d.%])", re.IGNORECASE)


def _quantity(sentence: str, span: Span) -> bool:
    """Whether a phrase holds a figure that counts or measures ("fewer than 3% stopped"), not a number
    that is part of a name ("Type 2 diabetes")."""
    text = sentence[span[0] : span[1]]
    return re.search(r"\d", _NAME_NUMBER.sub("", text)) is not None


def _generic(sentence: str, span: Span, cues: RelationCues) -> bool:
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


def _outcome(sentence: str, span: Span, cues: RelationCues) -> bool:
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
    r"[.;!?](?:\s|$)|\s(?:which|because|when|while|although|but|so that)\s|\sas\s+(?:it|they|this|these|he|she|you)\s"
    # ", and more than one intervention and recurrence are often needed": a second clause
    r"|,\s+(?:and|but|yet)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:is|are|was|were|has|have|had|can|could|may|might|will|would"
    r"|should|must|gets|get|got|becomes|became|does|did)(?![\w-])"
    # ", affecting up to 6 in 10 pregnant women": a participle clause about what came before
    r"|,\s+(?:affecting|leading|resulting|causing|making|meaning|giving|allowing|requiring)(?![\w-])",
    re.IGNORECASE,
)


def _list_end(sentence: str, pos: int) -> int:
    """Where a list that starts at ``pos`` ends: the sentence end or a clause boundary after it."""
    m = _CLAUSE_AFTER_LIST.search(sentence, pos)
    return m.start() if m else len(sentence)


def _condition_pronoun(sentence: str, pos: int) -> bool:
    """Whether the sentence's subject right before ``pos`` is "it" / "this condition" (the page's topic); a bare
    "This causes inflammation" speaks of the sentence before (a mechanism), not of the condition."""
    return re.match(r"\s*(?:it|this\s+(?:condition|syndrome|disorder|disease)|the\s+(?:condition|syndrome|disorder|disease))\s+"
                    r"(?:\w+\s+){0,3}$", sentence[:pos], re.I) is not None


def intervention_mentions(sentence: str, heads: frozenset[str], generic: frozenset[str], cues: RelationCues,
                          short_forms: frozenset[str] = frozenset()) -> list[Span]:
    """Phrases naming an intervention: a head word ("injections", "ablation", "splints",
    "stimulation", a drug name ...) with up to three modifiers before it ("ultrasound-guided
    injections", "genicular radiofrequency ablation"), or an abbreviation whose long form is one.
    A generic head alone ("treatment", "care", "procedures") names nothing."""
    toks = words(sentence)
    stop = (cues.lower_sets["leading_words"] | cues.lower_sets["trailing_words"] | cues.lower_sets["clause_words"]
            | cues.lower_sets["modifier_stopwords"])
    blockers = _blocker_re(cues)
    # a blocker ends the modifiers ("plans cover CGRP antibodies", "undergone spinal cord stimulation"); "without X"
    # stays one phrase ("get better without surgery": conservative care)
    blocking_words = {b.lower() for b in cues.mention_blockers if " " not in b} - {"without"}
    blocking_words |= cues.lower_sets["agent_words"]  # "My GP prescribed amitriptyline": who prescribes is no modifier
    out: list[Span] = []
    blocked_end = -1  # where the last blocked mention ended: its coordinated items are blocked too
    i = 0
    while i < len(toks):
        s, e = toks[i]
        w = sentence[s:e]
        lw = w.lower()
        two = (lw + " " + sentence[toks[i + 1][0]:toks[i + 1][1]].lower()) if i + 1 < len(toks) else ""
        if two in heads:
            e = toks[i + 1][1]
            i += 1
            lw = two
        elif lw not in heads and w not in short_forms and not intervention_word(lw, cues):
            i += 1
            continue
        j = i - (1 if " " in lw else 0)
        start = s
        k = j - 1
        n_mod = 0
        while k >= 0 and n_mod < 3:
            ks, ke = toks[k]
            kw = sentence[ks:ke]
            if (not kw[0].isalnum() or kw.lower() in stop or kw.lower() in blocking_words or kw[0].isdigit() or _right_boundary(sentence, ks, cues)
                    or (kw.lower().endswith("ing") and len(kw) > 5 and kw.lower() not in heads)):
                break
            start = ks
            n_mod += 1
            k -= 1
        mods = [sentence[a:b].lower() for a, b in toks[k + 1 : j]]
        if mods and mods[0].endswith("ed") and k >= 0 and sentence[toks[k][0] : toks[k][1]].lower() in blocking_words | _SUBJECT_PRONOUNS:
            k += 1  # "My GP prescribed amitriptyline", "she started tablets": the first "modifier" is the verb
            start = toks[k + 1][0]
            mods = mods[1:]
        if lw in generic and w not in short_forms and all(x in cues.lower_sets["non_specific_modifiers"] for x in mods):
            i += 1
            continue  # "treatment", "an individualized approach", "the most effective treatment"
        nxt = sentence[e : e + 30].lower().split()
        blocked = blockers.search(sentence[max(0, start - 25) : start])
        if blocked and _TIME_ANCHOR_WORD.match(blocked.group()) and _outcome_before(sentence, start - len(blocked.group()), cues):
            blocked = None  # "satisfied a year after their knee replacement": how it worked, not when
        if (blocked
                or (nxt and re.sub(r"[^a-z]", "", nxt[0]) in cues.lower_sets["condition_words"])
                or (nxt and any(nxt[0].startswith(cw) for cw in cues.lower_sets["condition_words"]) and not nxt[0].isalpha())
                or (mods and mods[0] in cues.lower_sets["failure_modifiers"])
                or _history(sentence, start, mods, cues)
                or (0 <= blocked_end <= start and _COORDINATED_GAP.fullmatch(sentence, blocked_end, start))
                or _COUNT_BEFORE.search(sentence[max(0, start - 30) : start])
                or _failure_after(cues).match(sentence, e)):
            blocked_end = e
            i += 1
            continue  # "pain after surgery" (a time anchor), "failed back surgery (syndrome)" (an outcome or a
            # condition), "500,000 spine surgeries are performed" (a volume, not a claim), "a previous arthroscopy"
            # (history), "after a discectomy or a laminectomy" (the items coordinated with a blocked one)
        if out and start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], e)
        else:
            out.append((start, e))
        i += 1
    return out


_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she"})
#: What joins an intervention to the one before it in a coordination: "A or B", "A and a B", "A, or the B" (a comma
#: alone may end a clause: "After surgery, physiotherapy helps").
_COORDINATED_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|and/or|nor)\s+(?:(?:a|an|the|your|their|his|her|my|other)\s+)?", re.IGNORECASE)


def _history(sentence: str, start: int, mods: list[str], cues: RelationCues) -> bool:
    """Whether an intervention is in the patient's past: a history modifier among its own modifiers ("a previous
    knee arthroscopy") or right before them ("one or more prior laminectomies")."""
    history = cues.lower_sets["history_modifiers"]
    before = re.findall(r"[a-z]+", sentence[max(0, start - 20) : start].lower())[-1:]
    return any(m in history for m in mods) or bool(before and before[0] in history)


def _outcome_before(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether an outcome word comes shortly before ``pos`` in the same clause ("relief after ...",
    "dissatisfied a year after ...", "improvement after two cycles")."""
    window = re.split(r"[,;:()]", sentence[max(0, pos - 60) : pos])[-1]
    return any(w in cues.lower_sets["time_anchor_outcomes"] for w in re.findall(r"[a-z][a-z-]*", window.lower()))


_TIME_ANCHOR_WORD = re.compile(r"(?:after|following|since|post|from)(?![\w-])", re.IGNORECASE)
_COUNT_BEFORE = re.compile(
    r"(?<![\w.])(?:\d[\d,.]*\+?|million|thousand|hundred|dozens?|thousands|hundreds|millions)\s+(?:of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


#: A rating line of a review ("★★★★★ 5.0 ..."): a testimonial, not a claim.
_RATING = re.compile("[\u2605\u2606\u2b50]")
#: "after 6 to 12 months of non-surgical treatment", "despite at least 3 months of conservative care": the
#: course already tried, a condition of what follows, not a claim that it works.
_PRIOR_COURSE = re.compile(
    r"(?<![\w-])(?:after|despite|following|with)\s+(?:(?:at\s+least|more\s+than|over|up\s+to|about|around)\s+)?"
    r"(?:\d+(?:\s*(?:to|-|\u2013)\s*\d+)?|a\s+few|several|many|some|two|three|four|five|six|eight|ten|twelve)\s+"
    r"(?:days?|weeks?|months?|years?)\s+of\s+(?:(?:a|an|the|your)\s+)?$",
    re.IGNORECASE,
)
#: "X takes 6 to 12 weeks to start working", "takes 10 to 20 minutes": how long, not what for.
_TAKES_TIME = re.compile(
    r"\s+(?:(?:usually|often|can|may|typically|only|generally)\s+)?takes?\s+(?:(?:about|around|up\s+to|at\s+least|between|roughly|only)\s+)?"
    r"(?:\d|a\s+few|several|one|two|three|four|five|six|a\s+couple|an?\s+(?:hour|day|week|month|minute))",
    re.IGNORECASE,
)
_ADVERBS = r"(?:(?:not|also|still|usually|often|generally|normally|typically|mostly|now|just|only|actually|really|considered)\s+)*"
#: What another intervention of the sentence is: an apposition ("tamsulosin, a medicine that ...",
#: "Triptans, the most widely prescribed drugs for ...", "a splint (a gum-shield-like device that ...)")
#: or a predicate ("Triptans are medicines made for migraine", "X is one of the most successful operations").
_APPOSITION_GAP = re.compile(
    r"\s*(?:,|\(|\s[\u2013\u2014])\s*(?:one\s+of\s+|among\s+)?(?:the|a|an)\s+(?:(?:most|more|very)\s+)?$", re.IGNORECASE
)
_WORD_BEFORE_APPOSITION = re.compile(
    r"([A-Za-z][\w-]*)\s*(?:,|\(|\s[\u2013\u2014])\s*(?:one\s+of\s+|among\s+)?(?:the|a|an)\s+(?:(?:most|more|very)\s+)?$", re.IGNORECASE
)
_APPOSITION_END = re.compile(r"\s*(?:(?:that|which|who|made|used|designed|for|of|in|to|with)(?![\w-])|[,)]\s*(?!and\b|or\b))", re.IGNORECASE)
_PREDICATE_GAP = re.compile(
    r"(?:\s*\([^()]*\))?\s+(?:is|are|was|were|remains?|becomes?|isn['\u2019]t|aren['\u2019]t)\s+" + _ADVERBS
    + r"(?:one\s+of\s+|among\s+)?(?:(?:the|a|an|its|their|our)\s+)?(?:(?:most|more|very|less)\s+)?"
    # "X is one of the most common hand operations": adjectives before a class noun
    + r"(?P<adjectives>(?:(?!(?:with|by|for|to|than|and|or|as|into|after|before|in|on|of|from)\s)[\w-]+\s+){0,2})$",
    re.IGNORECASE,
)
#: Heads that name a class of interventions ("one of the most common operations", "medicines made for").
_CLASS_HEADS = frozenset(
    "operation operations procedure procedures surgery surgeries drug drugs medicine medicines medication medications "
    "treatment treatments therapy therapies option options device devices".split()
)
#: "Symptoms come back within five years of the operation": when, not what treats.
_WITHIN_TIME = re.compile(
    r"(?<![\w-])within\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?)\s+of\s+(?:(?:the|their|your|a|an|his|her)\s+)?$", re.IGNORECASE
)
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:they|it|these|this|those)\s+(?:is|are|was|were|isn['\u2019]t|aren['\u2019]t)\s+" + _ADVERBS
    + r"(?:(?:the|a|an)\s+)?(?:(?:most|more|very)\s+)?",
    re.IGNORECASE,
)
#: "Platelet-rich plasma (PRP) injections": the head after a bracketed short form is the same intervention.
_BRACKET_GAP = re.compile(r"\s*\([^()]{1,40}\)\s*")
#: Words that make a head like "block" a verb: "a stone blocks the flow", "injections that block CGRP".
_VERB_AFTER = re.compile(r"\s+(?:the|a|an|your|their|its|his|her|this|these|those|it|them|[A-Z]{2,})(?![\w-])")
_VERB_BEFORE = re.compile(r"(?<![\w-])(?:that|which|who|to|can|may|will|could|might|would|also|it)\s+$", re.IGNORECASE)
_QUOTED_QUESTION = re.compile(r"[\"\u201c][^\"\u201c\u201d]*\?\s*[\"\u201d]")
_FINITE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|can|could|may|might|will|would|should|must|has|have|had|helps?|works?|treats?|relieves?)(?![\w-])",
    re.IGNORECASE,
)


def _copula_adverbs(phrase: str) -> str:
    """Regex source of a cue phrase that lets adverbs stand after its copula ("is usually injected",
    "are often given as")."""
    words_ = phrase.split()
    if len(words_) > 1 and words_[0].lower() in {"is", "are", "was", "were"}:
        return re.escape(words_[0]) + r"\s+" + _ADVERBS + r"\s+".join(re.escape(w) for w in words_[1:])
    return r"\s+".join(re.escape(w) for w in words_)


_NEEDED_BEFORE = re.compile(
    r"(?<![\w-])(?:need|needs|needed|needing|require|requires|required|requiring|underwent|undergo|undergoes|undergoing|have|has|had)"
    r"\s+(?:(?:a|an|the|their|his|her|your)\s+)?$",
    re.IGNORECASE,
)
_NEEDED_AFTER = re.compile(
    r"[^.;,:]{0,50}?\s(?:was|were|is|are|became|becomes)\s+(?:(?:later|then|often|sometimes|also)\s+)?(?:required|needed|necessary|performed)(?![\w-])",
    re.IGNORECASE,
)


def _repeat_needed(sentence: str, span: Span, cues: RelationCues, needed: bool = False) -> bool:
    """Whether a repeat operation is reported as needed, required or undergone ("1 in 5 people need a further
    operation", "Revision surgery was required in 0.9%", "lead migration requiring surgical revision"): a
    complication of the first, not a claim that it treats. ``needed``: the caller's verb already says so
    ("underwent")."""
    ws = re.findall(r"[a-z][a-z-]*", sentence[span[0] : span[1]].lower())
    m = re.search(r"([A-Za-z][\w-]*)\s+$", sentence[: span[0]])  # "a further operation": the modifier may stand outside
    start = span[0]
    if m and m.group(1).lower() in cues.lower_sets["repeat_modifiers"]:
        ws.append(m.group(1).lower())
        start = m.start(1)
    if not any(w in cues.lower_sets["repeat_modifiers"] for w in ws):
        return False
    return needed or bool(_NEEDED_BEFORE.search(sentence[:start]) or _NEEDED_AFTER.match(sentence, span[1]))


#: "operations in hand surgery", "advances in modern medicine": a field of medicine after a class noun.
_FIELD_BEFORE = re.compile(
    r"(?<![\w-])(?:operations|procedures|treatments|advances|successes|stories|specialists|experts)\s+(?:in|of)\s+(?:(?:modern|the\s+field\s+of)\s+)?$",
    re.IGNORECASE,
)
#: How another intervention is done: "done as keyhole surgery", "performed under general anaesthetic".
_DONE_AS = re.compile(
    r"(?<![\w-])(?:done|performed|carried\s+out)\s+(?:as|under|by|through|using|with|via)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE
)
#: "than" opening the comparator of a comparison ("greater efficacy than medications", "faster than stretching alone").
_THAN = re.compile(r"(?<![\w-])than(?![\w-])", re.IGNORECASE)
#: "than surgery, such as physiotherapy and massage": the examples after it are not the comparator.
_THAN_EXAMPLES = re.compile(r"(?<![\w-])(?:such\s+as|including|like|e\.g\.|for\s+example)(?![\w-])", re.IGNORECASE)


def _comparator(sentence: str, start: int, cues: RelationCues) -> bool:
    """Whether the intervention at ``start`` is the comparator of a comparison ("Surgery has far greater
    efficacy than medications and physiotherapy", "procedures less invasive than surgery", "reduced pain
    faster than stretching alone"): the sentence says something of the other one, not that it treats. A
    trial's comparison of outcomes ("a higher responder rate than HA", "more relief than placebo") compares
    two arms that were both given, and keeps the comparator."""
    before = sentence[:start]
    if not _opened_before(before, _THAN):
        return False
    last = None
    for last in _THAN.finditer(before):
        pass
    gap = before[last.end() :]
    if _THAN_EXAMPLES.search(gap) or re.search(r"[\d\u2013\u2014]|\s-\s", gap) or len(gap.split()) > 8:
        return False  # "more than 90% of patients ... after X", "more than a few weeks — early treatment": no comparator
    clause = re.split(r"[,;:()]", before[: last.start()])[-1]
    outcomes = cues.lower_sets["trial_outcome_nouns"]
    return not any(w in outcomes for w in re.findall(r"[a-z][a-z-]*", clause.lower()))


@per_cue_set
def _incidental_patterns(cues: RelationCues) -> dict[str, re.Pattern[str]]:
    """The regular expressions of :func:`incidental_intervention`, compiled once per cue set."""
    modal = r"(?:(?:can|may|might|could|will|would|sometimes|also|often|occasionally|rarely|usually)\s+){0,3}"
    agents = sorted(set(cues.organization_words) | set(cues.agent_words))
    return {
        "method": re.compile(_B + r"(?:" + alternation(cues.method_predicates) + r")" + _E, re.IGNORECASE),
        "misuse_after": re.compile(r"[\s-]+(?:" + alternation(cues.misuse_words) + r")" + _E, re.IGNORECASE),  # "medication overuse"
        "misuse_in": re.compile(_B + r"(?:" + alternation(cues.misuse_words) + r")" + _E, re.IGNORECASE),
        "cause_before": re.compile(_B + r"(?:" + alternation(cues.cause_backward["causes"]) + r")" + _E, re.IGNORECASE),
        "consequence": re.compile(r"\s+(?:" + alternation(cues.consequence_nouns) + r")" + _E, re.IGNORECASE),
        "harm": re.compile(r"\s+" + modal + r"(?:" + alternation(cues.harm_verbs) + r")" + _E, re.IGNORECASE),
        "service_after": re.compile(r"\s+(?:" + alternation(agents) + r")" + _E, re.IGNORECASE),
        "service_before": re.compile(_B + r"(?:" + alternation(cues.organization_words) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE),
        "logistics": re.compile(
            r"\s+(?:(?:is|are|was|were|can\s+be|will\s+be|may\s+be)\s+)?" + _ADVERBS + r"(?:" + alternation(cues.logistics_predicates) + r")" + _E,
            re.IGNORECASE,
        ),
        "against": re.compile(
            r"(?:\s+(?:on|of|for|in|to)\s+[^,;:.]{1,40}?)?\s+(?:" + alternation(cues.against_predicates) + r")" + _E, re.IGNORECASE
        ),
        # "Steroid injections are usually injected into ...": adverbs may stand after the copula too
        "description": re.compile(
            r"(?:\s*\([^()]*\))?\s+" + _ADVERBS + r"(?:" + "|".join(_copula_adverbs(v) for v in cues.description_verbs) + r")" + _E,
            re.IGNORECASE,
        ),
        "complication": re.compile(
            r"(?:\s*\([^()]*\))?\s+" + _ADVERBS + r"(?:" + alternation(cues.complication_predicates) + r")" + _E, re.IGNORECASE
        ),
        "purpose": re.compile(_B + r"(?:" + alternation(cues.purpose_nouns) + r")\s+of\s+(?:(?:the|a|an|any|your|their|this)\s+)?$", re.IGNORECASE),
        "form": re.compile(
            _B + r"(?:" + "|".join(_copula_adverbs(v) for v in cues.form_predicates) + r")\s+(?:(?:a|an|the|one)\s+)?$", re.IGNORECASE
        ),
        "comparison": re.compile(_B + r"(?:" + alternation(cues.comparison_cues) + r")\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE),
    }


def incidental_intervention(
    sentence: str, span: Span, cues: RelationCues, claims: Sequence[RelationMention] = (), others: Sequence[Span] = ()
) -> Optional[str]:
    """Why an intervention that ``sentence`` names at ``span`` is no treatment claim; None if it may be one.

    The ``treatment:mention`` rule claims every intervention a sentence names that no stronger rule
    took. Naming is not claiming in these general constructions (the reason returned):

    * ``"cause"``: a cause, risk factor or agent of harm ("because of cancer treatment", "overuse of
      pain medication", "X can harm an unborn baby", "taking X daily can lead to ..."), or the subject
      of a cause claim of the sentence (``claims``);
    * ``"metadata"`` / ``"method"``: a label line ("Keywords: ...") or a study's method ("was identified
      by diagnosis codes plus an antiviral prescription", "was estimated as ...");
    * ``"service"``: a specialty, service or organisation ("our sports medicine physicians", "our
      vaccination service", "the Academy of Sleep Medicine", "a success story of modern medicine");
    * ``"logistics"``: how long, where, or who pays ("takes 6 to 12 weeks to start working", "is done
      under local anaesthetic", "is not covered by insurance", "while you wait for X to work");
    * ``"against"``: advised against or kept for later ("is not usually recommended", "should only be
      considered after ..."), or the course already tried ("after 6 to 12 months of physiotherapy");
    * ``"classifier"``: what another intervention of the sentence (``others``) is ("tamsulosin, a
      medicine that ...", "Triptans are medicines made for migraine", "They are not ordinary
      painkillers"), the head after its bracketed short form, a comparison ("similar to a heart
      pacemaker") or a trial's control arm ("placebo injections");
    * ``"verb"``: a head used as a verb ("a stone blocks the flow", "drugs that block CGRP");
    * ``"testimonial"``: a review line ("★★★★★") or a quoted question ("How successful are X?").
    """
    s, e = span
    before, after, text = sentence[:s], sentence[e:], sentence[s:e]
    toks = text.lower().split()
    if not toks:
        return None
    label = re.match(r"\s*([A-Za-z][A-Za-z ]{0,30}?)\s*:", sentence)
    if label and label.group(1).lower() in cues.lower_sets["metadata_labels"]:
        return "metadata"
    if _RATING.search(sentence) or any(q.start() < s and e < q.end() for q in _QUOTED_QUESTION.finditer(sentence)):
        return "testimonial"
    if any(m.kind == "cause" and not m.rule.endswith(ANAPHORA) and m.subject[0] < e and s < m.subject[1] for m in claims):
        return "cause"
    p = _incidental_patterns(cues)
    if p["method"].search(sentence):
        return "method"
    if p["misuse_in"].search(text) or p["misuse_after"].match(after) or p["harm"].match(after) or p["consequence"].match(after) or _opened_before(before, p["misuse_in"]) or _opened_before(before, p["cause_before"]):
        return "cause"
    fwd = _harmful_cause(cues).search(after)
    if fwd is not None and not re.search(r"[,;:()\u2013\u2014]", after[: fwd.start()]) and len(after[: fwd.start()].split()) <= 8:
        return "cause"  # "Taking X on 10 or more days a month can lead to ...": X is what causes
    if p["service_after"].match(after) or p["service_before"].search(before):
        return "service"
    if toks[-1] == "medicine" and re.search(r"(?<![\w-])of\s+$", before):
        return "service"  # "the success stories of modern medicine": the field, not a drug
    if _FIELD_BEFORE.search(before):
        return "service"  # "one of the most successful operations in hand surgery": the field it belongs to
    if p["logistics"].match(after) or _TAKES_TIME.match(after) or _DONE_AS.search(before):
        return "logistics"  # "... takes 20 minutes", "X, done as keyhole surgery under general anaesthetic"
    if p["against"].match(after) or _PRIOR_COURSE.search(before):
        return "against"
    if p["comparison"].search(before) or any(w in cues.lower_sets["control_modifiers"] for w in re.findall(r"[a-z]+", text.lower())):
        return "classifier"
    if _PRONOUN_SUBJECT.fullmatch(before):
        return "classifier"  # "They are not ordinary painkillers."
    if _WITHIN_TIME.search(before):
        return "logistics"
    if p["description"].match(after) and not _states_effect(sentence, cues):
        return "description"  # "PRP uses a small sample of your own blood, spun in a centrifuge ..."
    if (toks[-1] in _CLASS_HEADS or toks[-1] in ("care", "management")) and p["purpose"].search(before):
        return "definition"  # "The goal of asthma therapy is to ...": what a therapy aims at, no intervention named
    if _comparator(sentence, s, cues):
        return "comparison"
    if p["complication"].match(after) or _repeat_needed(sentence, span, cues):
        return "complication"  # "the stimulator has to be removed", "1 in 5 need a further operation"
    if p["form"].search(before) and any(b <= s for _, b in others):
        return "classifier"  # "CGRP antibodies are given as a monthly injection": the form of the one just named
    prev = _WORD_BEFORE_APPOSITION.search(before)
    if prev is not None and intervention_word(prev.group(1).lower(), cues) and _APPOSITION_END.match(after):
        return "classifier"  # "after a discectomy (an operation to remove ...)": the class of the one just named
    for a, b in others:
        predicate = _PREDICATE_GAP.fullmatch(sentence, b, s) if b <= s else None
        if predicate is not None and predicate.group("adjectives") and toks[-1] not in _CLASS_HEADS:
            predicate = None  # "X is often combined with physiotherapy" is no classification
        if b <= s and (
            (_APPOSITION_GAP.fullmatch(sentence, b, s) and _APPOSITION_END.match(after))
            or predicate is not None
            or _BRACKET_GAP.fullmatch(sentence, b, s)
            or re.fullmatch(r"\s*\(\s*", sentence[b:s])  # "OnabotulinumtoxinA (Botox)": one drug, two names
        ):
            return "classifier"
    if (toks[-1] in _CLASS_HEADS and re.search(r"(?<![\w-])(?:a|an|the|this|one)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
            and any(a >= e and re.fullmatch(r"\s*[,(]\s*", sentence[e:a]) and re.match(r"\s*[,)]\s*(?!and\b|or\b)", sentence[b:])
                    for a, b in others)):
        return "classifier"  # "a new drug, lecanemab, ...": the class before the name
    if _apposition(cues).match(sentence, e) and not re.match(r"\s*,", after):
        return "classifier"  # "an operation called carpal tunnel release": the name after the cue is the claim
    if "|" in sentence and _table_label(sentence, span):
        return "table"
    if toks[-1] in cues.lower_sets["verb_like_heads"] and (_VERB_AFTER.match(after) or _VERB_BEFORE.search(before)):
        return "verb"
    return None


@per_cue_set
def _harmful_cause(cues: RelationCues) -> re.Pattern[str]:
    """The cause verbs that make their subject a source of harm ("can lead to", "triggers", "increases
    the risk of"); not those a trial's results use too ("produced a higher responder rate", "resulted in")."""
    harmful = ("cause", "can", "lead", "leads", "led", "leading", "trigger", "triggers", "triggered", "provoke", "provokes",
               "bring", "brings", "induce", "induces", "precipitate", "precipitates", "give", "gives", "gave", "increase",
               "increases", "raise", "raises", "put", "puts", "predispose", "predisposes")
    phrases = [v for v in cues.cause_forward["causes"] + cues.cause_forward["risk_factor"] if v.split()[0].lower() in harmful]
    # "treat the cause of the pain", "the possible cause of": a noun, not the verb
    noun = r"(?<!\bthe\s)(?<!\ba\s)(?<!\bpossible\s)(?<!\bmain\s)(?<!\bcommon\s)(?<!\bunderlying\s)(?<!\broot\s)(?<!\blikely\s)"
    return re.compile(r"\s" + cues.modal_re + noun + r"(?:" + alternation(phrases) + r")" + _E, re.IGNORECASE)


def _table_label(sentence: str, span: Span) -> bool:
    """Whether an intervention in a table row ("SCS procedures performed since 2012 | Over 3,000",
    "Would choose SCS again | 96%") is part of a row label, not the row's subject: only a first cell
    that is the intervention itself ("PRP (series of 3 injections) | 80%") names a treatment."""
    cell_end = sentence.find("|")
    if span[0] > cell_end:
        return True
    cell = re.sub(r"\([^()]*\)", "", sentence[:cell_end]).strip(" \t*\u2022-")
    name = sentence[span[0] : span[1]]
    return not cell.lower().startswith(name.lower()) or len(cell.split()) > len(name.split()) + 1


def _states_effect(sentence: str, cues: RelationCues) -> bool:
    """Whether a sentence says what an intervention does for the condition: an effect or outcome verb
    or noun ("to quiet the nerves that carry pain signals", "stimulate healing", "relief")."""
    words_ = set(re.findall(r"[a-z][a-z-]*", sentence.lower()))
    effects = cues.lower_sets["effect_words"] | cues.lower_sets["time_anchor_outcomes"] | cues.lower_sets["outcome_words"]
    return bool(words_ & effects) or _effect_verb(cues).search(sentence) is not None


@per_cue_set
def _effect_verb(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(_B + r"(?:" + alternation(cues.effect_verbs) + r")" + _E, re.IGNORECASE)


def _opened_before(before: str, cue: re.Pattern[str]) -> bool:
    """Whether the intervention is an item of a phrase that ``cue`` opens before it in the same clause
    ("because of chemotherapy, a transplant or ...", "overuse of sprays and antihistamines"): no verb
    between the cue and it."""
    last = None
    for last in cue.finditer(before):
        pass
    if last is None:
        return False
    gap = before[last.end() :]
    return not re.search(r"[.;:]", gap) and not _FINITE.search(gap)


@per_cue_set
def _risk_outcome(cues: RelationCues) -> re.Pattern[str]:
    """What follows "more likely" in a risk-factor statement: "than ...", "as others ...", "to
    develop ...", but not the course of a condition ("to persist")."""
    return re.compile(r"\s+(?:than|as)(?![\w-])|\s+to\s+(?!(?:" + alternation(cues.course_verbs) + r")(?![\w-]))", re.IGNORECASE)


@per_cue_set
def _failure_after(cues: RelationCues) -> re.Pattern[str]:
    """An intervention followed by its failing ("spinal fusion fails", "surgery does not achieve")."""
    return re.compile(r"\s+(?:(?:may|can|will|would|might|could|often|sometimes|still|also|ultimately)\s+)?(?:" + alternation(cues.failure_after) + r")(?![\w-])", re.IGNORECASE)


@per_cue_set
def _blocker_re(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternation(cues.mention_blockers) + r")\s+(?:(?:a|an|the|your|their|his|her|my)\s+)?$", re.IGNORECASE)


def _right_boundary(sentence: str, pos: int, cues: RelationCues) -> bool:
    return _boundary_word(cues).match(sentence, pos) is not None


@per_cue_set
def _boundary_word(cues: RelationCues) -> re.Pattern[str]:
    words_ = set(cues.right_boundaries) | set(cues.left_boundaries) | set(cues.effect_verbs) | set(cues.treatment_offer)
    words_ |= {v for vs in cues.cause_forward.values() for v in vs} | set(cues.symptom_verbs)
    return re.compile(r"(?:" + alternation(sorted(words_)) + r")(?![\w-])", re.IGNORECASE)


def _pronoun(sentence: str, span: Span, cues: RelationCues) -> bool:
    return sentence[span[0] : span[1]].lower() in cues.lower_sets["pronouns"]


def _symptoms(
    sentence: str, cues: RelationCues, c: Compiled, known: Optional[Known], finding: Optional[Known], out: list,
    condition: Optional[Known] = None,
) -> None:
    for m in c.symptom_fwd.finditer(sentence):
        cond = left_phrase(sentence, m.start(), cues)
        for s in _symptom_items(sentence, m.end(), cues, known):
            out.append(RelationMention("symptom", s, cond, None, f"symptom:{m.group('verb').lower()}", ((cond or s)[0], s[1])))
    for m in c.symptom_exp.finditer(sentence):
        cond = None
        if m.group("with"):
            w = m.span("with")
            inner = re.match(r"\s+(?:with|who\s+have|suffering\s+from|who\s+suffer\s+from|affected\s+by)\s+", sentence[w[0] :], re.I)
            cond = right_phrase(sentence, w[0] + inner.end(), cues, stop=w[1]) if inner else None
        if sentence.rstrip().endswith("?"):
            break  # "Do you suffer from migraines?" asks; it states no symptom
        if _HOW_BEFORE.search(sentence[: m.start()]):
            continue  # "signals that change the way you feel pain": how pain is felt, not a symptom
        if _IN_CONDITION.search(sentence, 0, m.start()):
            continue  # "You should not drive if you feel sleepy": the condition of advice, not a symptom
        if m.group("plural") and not _person_plural(m.group("plural"), cues):
            continue  # "Most studies report ...": a quantified plural that names no people
        have = re.sub(r"\s+", " ", m.group("verb").lower()) in {"have", "has", "had"}
        between = sentence[m.end("with") if m.group("with") else m.end("who") : m.start("verb")]
        if have and not (
            (m.group("with") and not re.match(r"\s+who\s", m.group("with"), re.I))
            or (m.group("who").lower() == "you" and re.fullmatch(r"(?:\s+(?:may|might|could|can|will|would|also|often|usually|sometimes|probably|then))+\s+", between, re.I))
        ):
            continue  # "people with lupus have X", "you may have X"; not "you have surgery", "who have an operation go on to have"
        if have and re.search(r"(?<![\w-])(?:never|not|no\s+longer|likely)(?![\w-])|n['\u2019]t(?![\w-])", sentence[m.end("who") : m.start("verb")], re.I):
            continue  # "patients with spurs never have heel pain": a denial; "patients with diabetes were twice as likely to have ...": a risk
        if have and re.search(r"(?<![\w-])(?:if|when|unless)\s", sentence[: m.start()], re.I):
            continue  # "If you have X, you may have Y": Y is the diagnosis (the conditional rule's)
        onset = re.sub(r"\s+", " ", m.group("verb").lower()) in {v.lower() for v in cues.symptom_onset_verbs}
        if onset and cond is None and m.group("who").lower() in _GENERAL_POPULATION and _PREVALENCE.search(sentence, 0, m.start()):
            continue  # "1 in 4 adults will develop knee arthritis": a risk in the population, not a symptom
        verb_m = m
        while verb_m is not None:  # "less likely to report snoring and more likely to describe insomnia"
            verb = re.sub(r"\s+", " ", verb_m.group("verb").lower())
            end = _experienced(sentence, verb_m.end(), verb, cond, m.start(), cues, known, finding, out, condition)
            verb_m = _coordinated_experience(cues).match(sentence, end)
    for m in _HAD_FINDING.finditer(sentence):
        # "At baseline, 47 patients (15.1%) had thenar muscle atrophy": a finding patients have
        if finding is None or sentence.rstrip().endswith("?"):
            break
        if _PREVALENCE.search(sentence, 0, m.start()) and m.group("who").lower() in _GENERAL_POPULATION:
            continue  # "About 1 in 100 adults have RA": how common the condition is, not a finding
        for s in _symptom_items(sentence, m.end(), cues, known):
            text = sentence[s[0] : s[1]]
            if _AFTER_TREATMENT.match(sentence, s[1]):
                continue  # "patients have pain after their replacement": an outcome of the treatment, not a symptom
            if not (_outcome(sentence, s, cues) or _pronoun(sentence, s, cues) or is_condition(text, cues, condition)) and finding(text) and (known is None or known(text) or known(" ".join(text.split()[-2:]))):
                out.append(RelationMention("symptom", s, None, None, "symptom:have", (m.start(), s[1])))


_AFTER_TREATMENT = re.compile(r"\s+(?:after|following|since|post)(?![\w-])", re.IGNORECASE)


def _experienced(
    sentence: str, pos: int, verb: str, cond: Optional[Span], start: int, cues: RelationCues, known: Optional[Known],
    finding: Optional[Known], out: list, condition: Optional[Known] = None,
) -> int:
    """The symptoms an experiencer verb at ``pos`` takes ("experience X and Y"); returns where they end.

    Weak verbs ("report", "feel", "develop") take findings only: "feel sick" (a feeling adjective)
    is one, "report meaningful pain relief" is none."""
    have = verb in {"have", "has", "had"}
    weak = have or verb in cues.lower_sets["symptom_weak_verbs"] or verb in {v.lower() for v in cues.symptom_onset_verbs}
    if verb.startswith("feel") and _treatment_effect(sentence, pos, cues):
        return pos  # "you may feel a little sore for a day after the injection": a side effect
    if verb.startswith("feel") and (felt := _feelings(sentence, pos, cues)):
        for s in felt:  # "you may feel sick or be sick", "feel tired and dizzy"
            out.append(RelationMention("symptom", s, cond, None, f"symptom:{verb}", (start, s[1])))
        return felt[-1][1]
    if verb.startswith("feel") and (re.search(r"(?<![\w-])(?:helps?|make|makes)\s+(?:\w+\s+)?$", sentence[:start], re.I)
                                    or re.match(r"\s+(?:more|less|better|like|as|much)(?![\w-])", sentence[pos:], re.I)):
        return pos  # "clothing may help you feel more comfortable": a comfort, not a symptom
    nxt = _coordinated_experience(cues).search(sentence, pos)
    items = _symptom_items(sentence, pos, cues, known, nxt.start() if nxt else None)
    explained = _symptom_items.explained  # items of a dash apposition explain the symptom before them
    for s in items:
        text = sentence[s[0] : s[1]]
        felt = verb.startswith("feel") and text.lower() in cues.lower_sets["symptom_feelings"]
        if _outcome(sentence, s, cues) or (weak and not felt and s not in explained and finding is not None and not finding(text)):
            continue  # "patients report meaningful pain relief", "feel the difference"
        if weak and condition is not None and condition(text):
            continue  # "people who develop knee osteoarthritis": the condition itself
        if have and (_pronoun(sentence, s, cues) or not _finding_noun_head(text, cues) or _AFTER_TREATMENT.match(sentence, s[1])
                     or re.search(r"(?<![\w-])(?:no|with)\s+(?:\w+\s+)?$", sentence[pos : s[0]], re.I)):
            continue  # "you may have a scan", "pain after the operation", "have no pain", "have with your pain consultant"
        out.append(RelationMention("symptom", s, cond, None, f"symptom:{verb}", (start, s[1])))
    return max([pos] + [s[1] for s in items])


def _feelings(sentence: str, pos: int, cues: RelationCues) -> list[Span]:
    """The feeling adjectives after "feel" ("sick", "tired and dizzy"), with a coordinated "be sick"."""
    adj = r"(?:(?:very|quite|so|really|extremely|generally|a\s+bit|a\s+little)\s+)?(?P<adj>" + alternation(cues.symptom_feelings) + r")" + _E
    out: list[Span] = []
    m = re.compile(r"\s+" + adj, re.I).match(sentence, pos)
    more = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<verb>(?:be|feel|get|become)\s+)?" + adj, re.I)
    while m is not None:
        out.append((m.start("verb") if m.groupdict().get("verb") else m.start("adj"), m.end("adj")))
        m = more.match(sentence, m.end())
    return out


def _finding_noun_head(text: str, cues: RelationCues) -> bool:
    """Whether a phrase is headed by a finding noun: its last word before a preposition ("joint pain in the
    morning"), not a modifier ("a pain consultant")."""
    head = re.split(r"\s+(?:in|on|at|of|around|across|down|after|during|from|with|when|that|which)\s+", text.lower())[0].split()
    return bool(head) and head[-1] in cues.lower_sets["symptom_finding_nouns"] and head[-1] not in {n.lower() for n in cues.symptom_rank_nouns}


def _person_plural(noun: str, cues: RelationCues) -> bool:
    """Whether a plural after a quantifier names people ("runners", "sufferers", "residents"), not things
    ("studies", "trials") or those who give care ("surgeons")."""
    n = noun.lower()
    if n in cues.lower_sets["agent_words"]:
        return False
    return n in {e.lower() for e in cues.symptom_experiencers} or n.endswith(("ers", "ents", "ants", "ists", "ians"))


@per_cue_set
def _coordinated_experience(cues: RelationCues) -> re.Pattern[str]:
    """A second experiencer verb joined to the first ("... and more likely to describe insomnia")."""
    return re.compile(
        r"\s*,?\s+(?:and|or|but)\s+(?:also\s+)?" + _LIKELY_TO + cues.modal_re
        + r"(?P<verb>" + alternation(cues.symptom_verbs + cues.symptom_onset_verbs) + r")" + _E,
        re.IGNORECASE,
    )
#: "the way you feel pain", "how people experience pain": the manner of feeling, no symptom claim.
_HOW_BEFORE = re.compile(r"(?:\bthe\s+way|\bhow)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_HAD_FINDING = re.compile(
    r"(?<![\w-])(?P<who>patients|people|participants|subjects|children|adults|women|men|individuals)\s*(?:\([^)]{0,40}\)\s*)?"
    r"(?:also\s+|often\s+|usually\s+|commonly\s+|frequently\s+)?(?:had|have|has|developed|develop)\s+",
    re.IGNORECASE,
)
#: "About 1 in 100 adults have RA", "365 million people have it": a count of the general population before "have"
_PREVALENCE = re.compile(
    r"(?:\d|(?<![\w-])(?:one|two|three|four|five|ten|hundred|thousand|million|millions|billion)(?![\w-]))[^,;:.]{0,30}$", re.IGNORECASE
)
_GENERAL_POPULATION = frozenset({"people", "adults", "children", "women", "men", "individuals"})
#: Where a list of symptoms ends besides the clause ends of :func:`_list_end`: a population
#: ("in a patient who ...", "in people who ...") or a relative clause after the items.
_SYMPTOM_LIST_END = re.compile(
    r"\s(?:in|among)\s+(?:a\s+|the\s+|those\s+)?(?:patients?|people|persons?|individuals?|adults|children|women|men|those)\s+(?:who|with|that|after)\s"
    r"|\s(?:who|whom|whose)\s"
    r"|,\s+so\s+(?!that\s|as\s|much\s|many\s|far\s)",  # "..., so doctors often look for depression first"
    re.IGNORECASE,
)


def _symptom_items(sentence: str, pos: int, cues: RelationCues, known: Optional[Known], end: Optional[int] = None) -> list[Span]:
    """The symptoms of a list that starts at ``pos``: the list items, without comparisons ("just
    as bad or worse than ..."), with the items of a dash apposition ("an aura \u2014 flashing
    lights, zigzag lines or tingling \u2014") and never those of a comma apposition ("aura, a
    visual disturbance before the pain begins" is one symptom defined)."""
    _symptom_items.explained = set()
    end = min(_list_end(sentence, pos), len(sentence) if end is None else end)
    stop = _SYMPTOM_LIST_END.search(sentence, pos, end)
    if stop:
        end = stop.start()
    dash = _DASH_APPOSITION.search(sentence, pos, end)
    inner: list[Span] = []
    if dash:
        close = re.search(r"\s[\u2013\u2014-]\s|\s*\)|$", sentence[dash.end() :])
        inner_end = dash.end() + close.start()
        inner = symptom_list(sentence, (dash.end(), min(inner_end, len(sentence))), cues, known)
        end = dash.start()
    items = symptom_list(sentence, (pos, end), cues, known)
    _symptom_items.explained = set(inner) if items else set()
    if len(items) > 1 and re.match(r"\s*,\s*(?:a|an)\s", sentence[items[0][1] : items[1][0] + 1]):
        items = items[:1]  # "aura, a visual or sensory disturbance ...": the apposition defines the first item
    return items + inner


_DASH_APPOSITION = re.compile(r"\s[\u2013\u2014]\s|\s--\s|\s+\((?=[^)]*,)", re.IGNORECASE)


def symptom_list(text: str, span: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The symptoms of a list region: :func:`list_items` without comparisons and degrees, with a
    head shared across "or" kept ("back or leg pain", "bladder or bowel problems": one symptom
    when "back pain" is a known concept) and a known finding before "and" split from a finding
    with a place ("nausea and sensitivity to light", "pain and disability in older adults")."""
    items = _qualities_merged(text, [s for s in _plus_split(text, list_items(text, span, cues, known)) if _symptom_ok(text, s, cues)], cues)
    items = _places_merged(text, items, cues)
    if known is None:
        return items
    out: list[Span] = []
    for s in items:
        if out and re.fullmatch(r"\s+(?:or|and)\s+", text[out[-1][1] : s[0]]):
            first, words_ = text[slice(*out[-1])].split(), text[slice(*s)].split()
            if len(first) == 1 and len(words_) >= 2 and known(first[0] + " " + words_[-1]):
                out[-1] = (out[-1][0], s[1])
                continue
        m = re.match(r"(?P<a>[\w-]+)\s+(?:and|or)\s+(?P<b>[\w-]+\s+(?:to|in|of|on|with|from)\s+.+)$", text[slice(*s)])
        b_head = re.split(r"\s+(?:and|or)\s+", m.group("b"))[0] if m else ""
        if m and known(m.group("a")) and (known(m.group("b").split()[0]) or known(b_head)) and not _adjective(m.group("a"), cues):
            out.extend([(s[0] + m.start("a"), s[0] + m.end("a")), (s[0] + m.start("b"), s[1])])
            continue
        out.append(s)
    return out


def _plus_split(text: str, items: list[Span]) -> list[Span]:
    """"pain plus changes on an X-ray": two findings joined by "plus"."""
    out: list[Span] = []
    for s, e in items:
        m = re.search(r"\s+plus\s+", text[s:e], re.IGNORECASE)
        out.extend([(s, s + m.start()), (s + m.end(), e)] if m and m.start() > 0 and s + m.end() < e else [(s, e)])
    return out


def _places_merged(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"pain in the side and back": a bare word after a finding with a place, joined by "and"/"or", is one more
    place of that finding; a finding noun there is an item of its own ("pain in the stomach and fatigue")."""
    out: list[Span] = []
    for s in items:
        word = text[s[0] : s[1]]
        two = re.fullmatch(r"(?P<a>.+?\s(?:in|on|around|at|of|down|across)\s.+?)\s+(?:and|or)\s+(?P<b>[a-z-]+)", word)
        if two and two.group("b") in cues.lower_sets["symptom_finding_nouns"]:
            out.extend([(s[0] + two.start("a"), s[0] + two.end("a")), (s[0] + two.start("b"), s[1])])  # "pain in the stomach and fatigue"
            continue
        if (out and PLACE.search(text[out[-1][0] : out[-1][1]] + " ") and re.fullmatch(r"\s+(?:and|or)\s+", text[out[-1][1] : s[0]])
                and re.fullmatch(r"[a-z-]+", word) and word not in cues.lower_sets["symptom_finding_nouns"]):
            out[-1] = (out[-1][0], s[1])
            continue
        out.append(s)
    return out


def _qualities_merged(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"sudden, severe pain in the side", "a bruise-like or burning pain": a quality word before a comma (or before
    "or"/"and" and a phrase) modifies the next item, one symptom."""
    out: list[Span] = []
    carry: Optional[int] = None
    for i, s in enumerate(items):
        if carry is not None:
            s = (carry, s[1])
            carry = None
        nxt = items[i + 1] if i + 1 < len(items) else None
        word = text[s[0] : s[1]].lower().split()[-1]
        gap = text[s[1] : nxt[0]] if nxt else ""
        single = len(text[s[0] : s[1]].split()) == 1
        if nxt and (word in cues.lower_sets["symptom_qualities"] or (single and word.endswith("-like"))) and (
            re.fullmatch(r"\s*,\s*", gap) or (re.fullmatch(r"\s+(?:or|and)\s+", gap) and len(text[nxt[0] : nxt[1]].split()) >= 2)
        ):
            carry = s[0]
            continue
        out.append(s)
    return out


def _finding_span(sentence: str, span: Span, known: Optional[Known]) -> Span:
    """"pain persists after surgery" -> "pain": a known finding followed by its verb ends at the verb."""
    if known is None:
        return span
    toks = words(sentence, span[0], span[1])
    for n in (3, 2, 1):
        if len(toks) > n and known(sentence[toks[0][0] : toks[n - 1][1]]):
            nxt = sentence[toks[n][0] : toks[n][1]].lower()
            if re.fullmatch(r"[a-z]+[^s]s", nxt):
                return (span[0], toks[n - 1][1])
    return span


def _finding_head(sentence: str, span: Span, known: Optional[Known], finding: Optional[Known]) -> bool:
    """Whether an item opens with a known finding ("pain that shoots ...", "headaches on 15 days"):
    with the linker only, as the linker alone knows findings."""
    head = sentence[span[0] : span[1]].split()[:1]
    return bool(head) and known is not None and finding is not None and known(head[0]) and finding(head[0])


def _symptom_ok(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether a list item can be a symptom: not a comparison or a degree ("worse", "just as bad", "severe");
    a degree that modifies a finding is one ("severe pain in the side")."""
    ws = re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower())
    if not ws:
        return False
    if ws[0] in _DEGREES and len(ws) > 1 and ws[1] in cues.lower_sets["symptom_finding_nouns"]:
        return True
    return ws[0] not in cues.lower_sets["symptom_non_items"]


_DEGREES = frozenset({"severe", "mild", "moderate", "bad"})


@per_cue_set
def _symptom_patterns(cues: RelationCues) -> dict[str, re.Pattern[str]]:
    """The compiled symptom patterns beyond :class:`Compiled`'s (definitions, conditionals, body verbs)."""
    return {
        "definition": re.compile(r"\s+(?:" + cues.modal_re + r")?(?P<verb>" + alternation(cues.symptom_definitions) + r")" + _E
                                 + r"\s*(?:(?:having|experiencing|getting)\s+)?", re.IGNORECASE),
        "dash": re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[\u2013\u2014]\s+|\s+-\s+|\s*:\s+"),
        "conditional": re.compile(_B + r"(?P<lead>" + alternation(cues.symptom_conditionals) + r")" + _E + r"\s*", re.IGNORECASE),
        "diagnosis": re.compile(r",[\"\u201d']?\s*(?:then\s+)?(?P<lead>" + alternation(cues.symptom_diagnoses) + r")" + _E + r"\s*", re.IGNORECASE),
        "body": re.compile(_B + r"(?P<part>(?:the|your|my|his|her|their|a)\s+(?:[a-z-]+\s+)?[a-z-]+)\s+(?:(?:often|may|can|might|also|sometimes|usually)\s+)?"
                           r"(?P<verb>" + alternation(cues.symptom_body_verbs) + r")" + _E, re.IGNORECASE),
        "difficulty": re.compile(r"\s+(?:(?:can|may|often|also|sometimes|now|start\s+to|begin\s+to)\s+)?(?P<verb>"
                                 + alternation(cues.symptom_difficulty) + r")" + _E, re.IGNORECASE),
        "paren": re.compile(_B + r"(?P<head>" + alternation(cues.list_heads["symptom"]) + r")\s*\((?P<body>[^()]{3,300})", re.IGNORECASE),
    }


def _symptom_definitions(
    sentence: str, cues: RelationCues, known: Optional[Known], condition: Optional[Known], finding: Optional[Known], out: list
) -> None:
    """Symptoms a sentence gives by defining a condition or by a diagnosis:

    * "Chronic migraine means having headaches on 15 or more days a month", "Shingles is a
      condition where a painful rash appears", "Sciatica \u2013 pain that shoots down the leg \u2013
      is common": a condition defined by what the patient has;
    * "If you have a painful rash on one side of your body, you may have shingles";
    * "red-flag symptoms (new bladder problems, numbness around the genitals)";
    * "the joint stiffens", "your eyes itch": a body part showing a symptom;
    * "if climbing stairs or getting out of a chair has become a struggle": activities that hurt.
    """
    p = _symptom_patterns(cues)

    def add(items: list[Span], cond: Optional[Span], rule: str, start: int) -> None:
        for s in items:
            if not (_outcome(sentence, s, cues) and not re.search(r"\d", sentence[s[0] : s[1]]) or _pronoun(sentence, s, cues)):
                out.append(RelationMention("symptom", s, cond, None, rule, (min(start, s[0]), s[1])))

    subj = _sentence_subject(sentence, cues)
    for m in p["definition"].finditer(sentence):
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        cond = left_phrase(sentence, m.start() + 1, cues)
        # "X is a condition where ...", "X means having ...": the verb itself says X is a condition
        named = verb.startswith("is a condition") or verb.startswith("is diagnosed") or sentence[m.end() - 7 : m.end()].strip().lower() == "having"
        if re.search(r"(?<![\w-])which\s+(?:\w+\s+)?$", sentence[: m.start() + 1], re.I):
            continue  # "an infection, which sometimes means the stimulator is removed": a consequence, not a definition
        first = sentence[m.end() :].split(",")[0]
        if re.search(r"\d", first):  # "having headaches on 15 or more days a month, at least 8 of them ...": one item
            one = trim(sentence, (m.end(), m.end() + len(first)), cues)
            items = [one] if one else []
        else:
            items = _symptom_items(sentence, m.end(), cues, known)[:3]
        named = named or bool(items and _finding_head(sentence, items[0], known, finding))
        if cond is None or not (named or is_condition(sentence[cond[0] : cond[1]], cues, condition)):
            cond = subj if subj is not None and subj[1] <= m.start() and (named or is_condition(sentence[subj[0] : subj[1]], cues, condition)) else None
        if cond is None or _pronoun(sentence, cond, cues):
            continue
        items = [_finding_span(sentence, s, known) for s in items if finding is None or _finding_head(sentence, s, known, finding)]
        add(items, cond, f"symptom:{verb}", cond[0])
    dm = p["dash"].match(sentence, subj[1]) if subj is not None and len(sentence[subj[0] : subj[1]].split()) <= 5 else None
    if dm and dm.group(0).strip() != ":" and not _title_case(sentence):
        # "Sciatica \u2013 pain that shoots down the leg \u2013 is ...": a condition defined by a finding
        close = re.search(r"\s[\u2013\u2014-]\s|,\s|;|$", sentence[dm.end() :])
        region = (dm.end(), dm.end() + close.start())
        if region[1] >= len(sentence.rstrip(" .!?")):
            items = []  # "The Pounding Truth \u2013 a migraine blog by ...": a title, not a definition inside a sentence
        else:
            items = [s for s in list_items(sentence, region, cues, known) if _symptom_ok(sentence, s, cues)]
            items = [s for s in items if finding is None or finding(sentence[s[0] : s[1]])]
        if items and not is_condition(sentence[items[0][0] : items[0][1]], cues, condition) and (
            is_condition(sentence[subj[0] : subj[1]], cues, condition) or _finding_head(sentence, items[0], known, finding)
        ):
            add(_symptom_items(sentence, dm.end(), cues, known)[:1] if len(items) == 1 else items, subj, "symptom:definition", subj[0])
    for m in _CONDITION_DASH.finditer(sentence):
        # "About 1 in 50 people have the chronic form \u2013 15 or more headache days a month \u2013"
        cond = left_phrase(sentence, m.start(), cues) or _determined_phrase(sentence, m.start())
        if cond is None or cond == subj or not is_condition(sentence[cond[0] : cond[1]] + " " + (m.group("head") or ""), cues, condition):
            continue
        close = re.search(r"\s[\u2013\u2014]\s|$", sentence[m.end() :])
        region = (m.end(), m.end() + close.start())
        if re.search(r"\d", sentence[region[0] : region[1]]) and not re.search(r"[,;]", sentence[region[0] : region[1]]):
            one = trim(sentence, region, cues)  # "15 or more headache days a month": one frequency, not "15" and "more ..."
            items = [one] if one else []
        else:
            items = [s for s in list_items(sentence, region, cues, known) if _symptom_ok(sentence, s, cues)]
        if items and (finding is None or finding(sentence[items[0][0] : items[0][1]])):
            add(items, cond, "symptom:definition", cond[0])
    cm = p["conditional"].search(sentence)
    dm = p["diagnosis"].search(sentence, cm.end()) if cm else None
    if cm and dm:
        cond = right_phrase(sentence, dm.end(), cues)
        if cond is not None and not _pronoun(sentence, cond, cues):
            lead = cm.group("lead").lower()
            region_end = dm.start()
            first = sentence[cm.end() : region_end].split(",")[0]
            if lead.split()[-1] in {"have", "had", "experience", "notice", "get", "from", "develop", "experiencing", "getting", "feel"}:
                if re.search(r"\d", first):  # "headaches on 15 or more days a month, at least 8 of which ...": one item
                    one = trim(sentence, (cm.end(), cm.end() + len(first)), cues)
                    items = [one] if one else []
                else:
                    items = [s for s in list_items(sentence, (cm.end(), _list_end(sentence, cm.end())), cues, known) if _symptom_ok(sentence, s, cues)]
                    items = [s for s in items if s[1] <= dm.start()]
            else:
                # "If you wake up at night shaking your hands": the whole verb phrase is the symptom
                vp = trim(sentence, (cm.start("lead") + len("if you "), min(_list_end(sentence, cm.end()), dm.start())), cues)
                items = [vp] if vp else []
            add(items, cond, f"symptom:{lead}", cm.start())
    for m in p["paren"].finditer(sentence):
        items = symptom_list(sentence, (m.start("body"), m.end("body")), cues, known)
        if len(items) >= 2:
            add(items, None, "list:(", m.start())
    for m in p["body"].finditer(sentence):
        part = m.group("part").lower().split()
        if len(part) > 1 and (known is None or known(part[-1]) or len(part[-1]) > 2) and not _pronoun(sentence, m.span("part"), cues):
            span = (m.start("part") + len(part[0]) + 1, m.end())
            if part[-1] not in cues.lower_sets["generic_arguments"]:
                add([span], None, f"symptom:{m.group('verb').lower()}", m.start())
    for m in p["difficulty"].finditer(sentence):
        begin = max((x.end() for x in _ACTIVITY_LEAD.finditer(sentence, 0, m.start())), default=None)
        if begin is None:
            continue
        items = [s for s in list_items(sentence, (begin, m.start()), cues, known) if _symptom_ok(sentence, s, cues)]
        if any(re.match(r"[A-Za-z]+ing(?![\w-])", sentence[s[0] : s[1]]) for s in items) and not any(
            _outcome(sentence, s, cues) for s in items
        ):
            add(items, None, f"symptom:{m.group('verb').lower()}", begin)


def _determined_phrase(sentence: str, pos: int) -> Optional[Span]:
    """The noun phrase with a determiner that ends at ``pos`` ("have the chronic form" -> "chronic form")."""
    m = re.search(r"(?<![\w-])(?:the|a|an|this|its|their)\s+(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)$", sentence[:pos], re.IGNORECASE)
    return m.span("np") if m else None


#: "the chronic form \u2013 15 or more headache days a month \u2013", "a flare (a rash ...)": a
#: condition named in a sentence, then defined between dashes.
_CONDITION_DASH = re.compile(r"(?<=\w)(?P<head>)\s+[\u2013\u2014]\s+", re.IGNORECASE)
#: Where a list of everyday activities starts: "if", "when", "things like", "such as".
_ACTIVITY_LEAD = re.compile(r"(?<![\w-])(?:if|when|whenever|like|such\s+as|including)\s+", re.IGNORECASE)


_RELATIVE = re.compile(r"(?<![\w-])(?:that|which|who)\s+$", re.IGNORECASE)


#: "X is a chronic disease that ...": the copula and article before a general noun the relative clause hangs on
_COPULA_ARTICLE = re.compile(r"(?<![\w-])(?:is|are|remains?)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: general nouns a writer puts a condition under ("a disease that requires ...")
_KIND_NOUNS = frozenset({"disease", "diseases", "condition", "conditions", "disorder", "disorders", "illness", "illnesses", "problem", "problems", "syndrome"})


def _copula_subject(sentence: str, population: Optional[Span], cues: RelationCues) -> Optional[Span]:
    """"Lupus is a lifelong disease that requires regular check-ups": the population is the subject of the
    copula (Lupus), not the general noun the relative clause hangs on; ``population`` otherwise."""
    if population is None:
        return None
    ws = re.findall(r"[a-z]+", sentence[population[0] : population[1]].lower())
    if not ws or ws[-1] not in _KIND_NOUNS:
        return population
    m = _COPULA_ARTICLE.search(sentence, 0, population[1] - len(ws[-1]))
    if m is None or not sentence[m.end() : population[1]].lower().endswith(ws[-1]):
        return population
    subject = left_phrase(sentence, m.start(), cues)
    return subject if subject is not None and not _pronoun(sentence, subject, cues) else population


def _relative_subject(sentence: str, subj: Optional[Span], cues: RelationCues, condition: Optional[Known]) -> Optional[Span]:
    """"A stone that moves into the ureter usually causes pain": a condition with its relative clause is the
    subject (the whole phrase), when the noun before "that" names a condition; otherwise ``subj`` as found."""
    if subj is None:
        return subj
    rel = _RELATIVE.search(sentence, 0, subj[0])
    head = left_phrase(sentence, rel.start(), cues) if rel else None
    if head is None or not is_condition(sentence[head[0] : head[1]], cues, condition):
        return subj
    return (head[0], subj[1])


def _condition_symptoms(sentence: str, pos: int, objs: list[Span], cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """What a condition causes, read as symptoms: the symptom list after the verb ("throbbing pain, often
    with nausea and sensitivity to light": three), else the cause rule's objects."""
    return symptom_list(sentence, (pos, _list_end(sentence, pos)), cues, known) or objs


#: adverbs between a subject and its predicate ("is often", "is typically")
_ADV = r"(?:(?:often|usually|typically|generally|commonly|normally|frequently|sometimes|also|probably|most\s+often|then)\s+)*"
_COPULA_SIGN = r"(?:is|are|was|were|tends?\s+to\s+be|may\s+be|can\s+be|might\s+be|will\s+be|remains?|becomes?)"
#: where a described symptom ends: a clause boundary, or a coordinated predicate ("comes in waves and may spread")
_DESCRIPTION_END = re.compile(
    r"\s*[,;:.!?()\u2013\u2014]|\s+(?:which|because|so|but|although|though|while|until)\s"
    r"|\s+(?:and|or)\s+(?:then\s+)?(?:can|could|may|might|will|would|should|often|usually|sometimes|also|is|are|gets?|feels?)\s",
    re.IGNORECASE,
)


@per_cue_set
def _prose_patterns(cues: RelationCues) -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :func:`_symptom_prose` (ranked signs, descriptions, named findings, onsets)."""
    nouns = alternation(cues.symptom_finding_nouns)
    ranks = r"(?:(?:" + alternation(cues.symptom_ranks) + r")\s+(?:(?:and|or)\s+)?)"
    rank_nouns = alternation(cues.symptom_rank_nouns)
    of = r"(?:\s+(?:of|in|with)\s+(?P<obj>[^,;:.()]{1,60}?))?"
    return {
        # "The first sign is often tingling, burning or itching"
        "ranked": re.compile(
            _B + r"(?:the|its|their|your|his|her|a|an)\s+(?:very\s+)?" + ranks + r"+(?P<noun>" + rank_nouns + r")" + _E + of
            + r"\s+" + _ADV + _COPULA_SIGN + r"\s+" + _ADV,
            re.IGNORECASE,
        ),
        # "Pain is usually the first symptom", "PHN ... is its most frequent complication"
        "ranked_back": re.compile(
            r"\s+" + _ADV + _COPULA_SIGN + r"\s+" + _ADV + r"(?:one\s+of\s+)?(?:the|its|their|a|an)\s+(?:very\s+)?" + ranks
            + r"*(?P<noun>" + rank_nouns + r")" + _E + r"(?:\s+(?:of|in)\s+(?P<obj>[^,;:.()]{1,60}?)(?=[,;:.()]|\s+(?:and|but|which|that|in|among)\s|$))?",
            re.IGNORECASE,
        ),
        # "The pain often comes in waves", "the itch is worst at night"
        "described": re.compile(
            r"(?:" + _B + r"(?:the|this|that|your|its|their|such\s+a|such)\s+|^\s*)(?:[\w-]+\s+){0,2}?(?P<noun>" + nouns + r")\s+"
            + cues.modal_re + r"(?:(?:tends?|seems?)\s+to\s+be\s+" + cues.modal_re + r")?(?P<verb>" + alternation(cues.symptom_descriptions) + r")" + _E,
            re.IGNORECASE,
        ),
        "described_more": re.compile(
            r"\s+(?:and|or|but)\s+(?:then\s+)?" + cues.modal_re + r"(?P<verb>" + alternation(cues.symptom_descriptions) + r")" + _E,
            re.IGNORECASE,
        ),
        # "It is often described as the worst pain ...", "most people describe it as a dull ache"
        "described_as": re.compile(
            _B + r"(?:(?P<subj>it|they|this|the\s+[\w-]+|this\s+[\w-]+)\s+" + cues.modal_re + r"described|describes?\s+(?:it|them|this|the\s+[\w-]+"
            r"|their\s+[\w-]+)|describ(?:es|e|ed)\s+(?:it|them|this|the\s+[\w-]+|their\s+[\w-]+))\s+as\s+",
            re.IGNORECASE,
        ),
        # "The pain, called renal colic, ...", "a nerve pain known as postherpetic neuralgia"
        "named": re.compile(
            _B + r"(?:the|this|that|a|an|such\s+a|their|your)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\s*,?\s*(?:"
            + alternation(cues.apposition_cues) + r")\s+",
            re.IGNORECASE,
        ),
        # "Shingles is a painful rash caused by ..."
        "is_a": re.compile(
            r"\s+(?:is|are)\s+(?:(?:usually|often|typically|basically|simply|essentially)\s+)?(?:(?:a|an)\s+)?"
            r"(?P<np>(?:[\w-]+\s+){0,3}?(?:" + nouns + r"))" + _E + r"(?P<next>\s*(?:[,;:.()]|$)|\s+[\w-]+)",
            re.IGNORECASE,
        ),
        # "Shingles usually starts with a tingling feeling", "Symptoms often begin with stiffness"
        "onset": re.compile(r"\s+" + _ADV + r"(?:starts?|begins?|started|began)\s+(?:with|as)\s+", re.IGNORECASE),
        # "Hyperalgesia may also occur"
        "occur": re.compile(r"\s+" + cues.modal_re + r"(?P<verb>" + alternation(cues.symptom_occur_verbs) + r")" + _E, re.IGNORECASE),
        # "many people find light or noise hard to bear"
        "intolerance": re.compile(
            _B + r"finds?\s+(?P<x>[^,;:.]{1,60}?)\s+(?P<tail>" + alternation(cues.symptom_intolerance) + r")" + _E, re.IGNORECASE
        ),
    }


#: what may follow a finding noun that ends a definition ("a painful rash caused by ..."); any other word
#: makes the noun a modifier ("a pain clinic", "a headache diary")
_DEFINITION_NEXT = frozenset(
    "caused triggered brought due that which who in on of at around across down along and or from with usually often "
    "affecting where when resulting".split()
)


#: words that are no modifier of a finding noun ("is characterized by swelling", "is not pain")
_NOT_MODIFIERS = frozenset("by of in on with to for from at as the a an not no more less than this that".split())


def _treatment_effect(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether the clause from ``pos`` ties a finding to an intervention ("pain may occur at the injection site",
    "feel sore for a day after the injection") or the sentence speaks of side effects: a treatment's effect."""
    if re.search(r"(?<![\w-])(?:side[\s-]+effects?|adverse)(?![\w-])", sentence, re.I):
        return True
    clause = sentence[pos : _list_end(sentence, pos)].lower()
    return any(intervention_word(w, cues) or w in _TREATMENT_WORDS for w in re.findall(r"[a-z][a-z-]*", clause))


_TREATMENT_WORDS = frozenset({"surgery", "operation", "treatment", "injection", "injections", "procedure", "site", "dose", "vaccine", "vaccination"})


def _after_intervention(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether "after/following ..." at ``pos`` names an intervention ("persists after spine surgery"), not an
    everyday moment ("worse after a fatty meal")."""
    m = _AFTER_TREATMENT.match(sentence, pos)
    if m is None:
        return False
    following = re.findall(r"[a-z][a-z-]*", sentence[m.end() : m.end() + 40].lower())[:4]
    return any(intervention_word(w, cues) or w in {"surgery", "operation", "treatment", "injection", "procedure"} for w in following)


def _description_end(sentence: str, pos: int) -> int:
    m = _DESCRIPTION_END.search(sentence, pos)
    return m.start() if m else len(sentence.rstrip(" .!?"))


def _prose_finding(sentence: str, span: Span, cues: RelationCues, finding: Optional[Known]) -> bool:
    """Whether a phrase names a finding: it holds a finding noun ("the worst pain a person has felt"), or
    the linker says so."""
    ws = re.findall(r"[a-z][a-z-]*", sentence[span[0] : span[1]].lower())
    if set(ws) & cues.lower_sets["symptom_finding_nouns"]:
        return True
    return finding is not None and finding(sentence[span[0] : span[1]])


def _symptom_prose(
    sentence: str, cues: RelationCues, known: Optional[Known], condition: Optional[Known], finding: Optional[Known], out: list
) -> None:
    """Symptoms stated in prose without a list head or an experiencer:

    * a ranked sign: "The first sign is often tingling or itching", "Pain is usually the first symptom",
      "Postherpetic neuralgia is its most frequent complication";
    * a description of the finding: "The pain often comes in waves and may spread to the groin", "The itch
      is worst at night", "It is often described as the worst pain a person has felt";
    * a finding named by apposition: "The pain, called renal colic, ...";
    * a condition defined as a finding: "Shingles is a painful rash caused by ...";
    * a finding that occurs: "Hyperalgesia may also occur";
    * what people find hard to bear: "Many people find light or noise hard to bear".
    """
    if sentence.rstrip().endswith("?"):
        return  # "Is the pain worse at night?" asks
    p = _prose_patterns(cues)

    def add(span: Optional[Span], obj: Optional[Span], rule: str, start: int) -> None:
        if span is None or _pronoun(sentence, span, cues):
            return
        if obj is not None and _pronoun(sentence, obj, cues):
            obj = None
        out.append(RelationMention("symptom", span, obj, None, rule, (min(start, span[0]), span[1])))

    for m in p["ranked"].finditer(sentence):
        if _IN_CONDITION.search(sentence, 0, m.start()):
            continue
        obj = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        for s in _symptom_items(sentence, m.end(), cues, known):
            if not (_outcome(sentence, s, cues) or is_condition(sentence[s[0] : s[1]], cues, condition)):
                add(s, obj, f"symptom:{m.group('noun').lower()} is", m.start())
    for m in p["ranked_back"].finditer(sentence):
        subj = left_phrase(sentence, m.start(), cues)
        if sentence[: m.start()].rstrip().endswith(","):
            # "Postherpetic neuralgia (PHN), persistent pain after the rash has healed, is ...": the subject before the apposition
            first = _sentence_subject(sentence, cues)
            subj = first if first is not None and "," in sentence[first[1] : m.start()] else None
        if subj is None or _generic(sentence, subj, cues) or _outcome(sentence, subj, cues) and not re.search(r"\d", sentence[subj[0] : subj[1]]):
            continue
        if re.match(r"(?:the|a|an|its|their)?\s*(?:" + alternation(cues.symptom_ranks) + r")?\s*(?:" + alternation(cues.symptom_rank_nouns) + r")$",
                    sentence[subj[0] : subj[1]], re.I):
            continue  # "The main symptom is the most common complaint": no finding named
        obj = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        add(subj, obj, f"symptom:is {m.group('noun').lower()}", subj[0])
    for m in p["described"].finditer(sentence):
        if _IN_CONDITION.search(sentence, 0, m.start("noun")):
            continue  # "If the pain spreads to your leg, see a doctor": a condition of advice
        verb = m.group("verb").lower()
        start = m.start("verb")
        if verb.endswith("described as"):
            start = m.end()
            end = _list_end(sentence, start)
            span = trim(sentence, (start, end), cues)
            if span is not None and _prose_finding(sentence, span, cues, finding) and not is_condition(sentence[span[0] : span[1]], cues, condition):
                add(span, None, "symptom:described as", m.start())
            continue
        if re.match(r"\s+than(?![\w-])", sentence[m.end() :], re.I):
            continue  # "the pain is worse than before the operation": a comparison
        if verb in {"worse", "worst"} and not re.search(r"(?<![\w-])(?:is|are|was|were|be|been|gets?|feels?|becomes?)\s", sentence[m.end("noun") : start], re.I):
            continue  # "may make the pain worse": what makes it worse, not how it is
        end = _description_end(sentence, m.end())
        if re.search(r"(?<![\w-])than(?![\w-])|\d", sentence[start:end], re.I) or _after_intervention(sentence, m.end(), cues):
            continue  # "pain is more likely to come back ... than ...", "pain persists after surgery", "symptoms return in 20%": an outcome
        add(trim(sentence, (start, end), cues), None, "symptom:" + " ".join(verb.split()), m.start())
        pos = end
        while (more := p["described_more"].match(sentence, pos)) is not None:
            end = _description_end(sentence, more.end())
            add(trim(sentence, (more.start("verb"), end), cues), None, f"symptom:{more.group('verb').lower()}", more.start("verb"))
            pos = end
    for m in p["described_as"].finditer(sentence):
        subj = m.group("subj")
        if subj and not re.match(r"(?:it|they|this)$", subj, re.I) and not set(subj.lower().split()) & cues.lower_sets["symptom_finding_nouns"]:
            continue  # "The procedure is described as safe": not a symptom being described
        span = trim(sentence, (m.end(), _list_end(sentence, m.end())), cues)
        if span is not None and _prose_finding(sentence, span, cues, finding) and not is_condition(sentence[span[0] : span[1]], cues, condition):
            add(span, None, "symptom:described as", m.start())
    for m in p["named"].finditer(sentence):
        name = right_phrase(sentence, m.end(), cues)
        if name is not None and not _outcome(sentence, name, cues):
            add(name, None, "symptom:called", m.start())
    subj = _sentence_subject(sentence, cues)
    if subj is not None and _symptom_rank_noun(sentence, subj, cues):
        subj = None  # "Symptoms are ...", "Symptoms may occur": the list rules' head, no condition or finding
    for m in p["onset"].finditer(sentence):
        who = left_phrase(sentence, m.start(), cues)
        if who is None and not re.fullmatch(r"\s*(?:it|they|this|that)\s*", sentence[: m.start()], re.I):
            continue
        if who is not None and _outcome(sentence, who, cues) and not is_condition(sentence[who[0] : who[1]], cues, condition):
            continue  # "Treatment usually starts with rest": a plan of care, not a symptom
        obj = who if who is not None and is_condition(sentence[who[0] : who[1]], cues, condition) else None
        for s in _symptom_items(sentence, m.end(), cues, known):
            if _prose_finding(sentence, s, cues, finding) and not _outcome(sentence, s, cues):
                add(s, obj, "symptom:starts with", m.start())
    if subj is not None and not (_outcome(sentence, subj, cues) or _generic(sentence, subj, cues)):
        d = p["is_a"].match(sentence, subj[1])
        nxt = d.group("next").strip().lower() if d else ""
        modifiers = set(d.group("np").lower().split()[:-1]) if d else set()
        if d and (not nxt or not nxt[0].isalpha() or nxt in _DEFINITION_NEXT) and not modifiers & _NOT_MODIFIERS:
            np_ = trim(sentence, d.span("np"), cues)
            if np_ is not None and not _symptom_rank_noun(sentence, np_, cues):
                add(np_, subj, "symptom:is a", subj[0])
        o = p["occur"].match(sentence, subj[1])
        if o and not _treatment_effect(sentence, o.end(), cues) and not is_condition(sentence[subj[0] : subj[1]], cues, condition) and (
            set(re.findall(r"[a-z]+", sentence[subj[0] : subj[1]].lower())[-1:]) & cues.lower_sets["symptom_finding_nouns"]
            or (finding is not None and known is not None and known(sentence[subj[0] : subj[1]]) and finding(sentence[subj[0] : subj[1]]))
        ):
            add(subj, None, f"symptom:{o.group('verb').lower()}", subj[0])
    for m in p["intolerance"].finditer(sentence):
        region = m.span("x")
        items = symptom_list(sentence, region, cues, known)
        split: list[Span] = []
        for s in items:
            two = re.fullmatch(r"([\w-]+)\s+(?:or|and)\s+([\w-]+)", sentence[s[0] : s[1]])
            split.extend([(s[0] + two.start(1), s[0] + two.end(1)), (s[0] + two.start(2), s[0] + two.end(2))] if two else [s])
        for s in split:
            if not (_outcome(sentence, s, cues) or _pronoun(sentence, s, cues)):
                add(s, None, f"symptom:find {m.group('tail').lower()}", m.start())


def _unnested_symptoms(mentions: list[RelationMention]) -> list[RelationMention]:
    """One reading of a symptom: a symptom whose subject lies inside another symptom's (a "dull ache" that a
    body-part rule reads inside "a dull ache on the inside of the elbow") is the same claim, the longer one kept."""
    spans = [m.subject for m in mentions if m.kind == "symptom"]
    return [
        m for m in mentions
        if m.kind != "symptom" or not any(s != m.subject and s[0] <= m.subject[0] and m.subject[1] <= s[1] for s in spans)
    ]


def _symptom_rank_noun(sentence: str, span: Span, cues: RelationCues) -> bool:
    return sentence[span[0] : span[1]].lower().split()[-1] in {n.lower() for n in cues.symptom_rank_nouns}


def _treatments(
    sentence: str,
    cues: RelationCues,
    c: Compiled,
    known: Optional[Known],
    intervention: Optional[Known],
    out: list,
) -> None:
    if sentence.rstrip().endswith("?"):
        return  # "Does physiotherapy help a frozen shoulder?" asks; it claims nothing
    generic_effect = {v.lower() for v in cues.effect_verbs}
    for m in c.treat_fwd.finditer(sentence):
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        if m.start("verb") == m.start() and (intervention_word(verb, cues) or verb in {"block", "blocks"}):
            continue  # "epidural nerve blocks": a noun, not "X blocks Y"
        if re.search(r"(?<![\w-])(?:fail(?:s|ed|ing)?\s+to|to)\s+$", sentence[: m.start("verb")], re.I) and " " not in verb:
            continue  # "surgeries fail to relieve ...", "... around the nerve to reduce swelling": no subject of this verb
        subj = left_phrase(sentence, m.start(), cues)
        if subj is None or _pronoun(sentence, subj, cues):
            continue
        if sentence[subj[0] : subj[1]].split()[0].lower() in {"no", "none", "neither"} or re.search(r"(?<![\w-])why(?![\w-])", sentence[subj[0] : subj[1]], re.I):
            continue  # "no single drug works for everyone", "the reason why surgery fails"
        inner = _effect_verb(cues).search(sentence, subj[0] + 1, subj[1])
        if inner is not None and re.search(r"(?<![\w-])and\s*$", sentence[subj[0] : m.start("verb")]):
            # "Allopurinol lowers uric acid and prevents gout attacks": the subject of the first verb is that of the second
            subj = left_phrase(sentence, inner.start(), cues)
            if subj is None:
                continue
        bracket = re.search(r"\s*\([^()]*\)?\s*$", sentence[subj[0] : subj[1]])
        if bracket and bracket.start() > 0:
            subj = (subj[0], subj[0] + bracket.start())  # "Continuous positive airway pressure (CPAP) is ...": the name
        subj_text = sentence[subj[0] : subj[1]]
        if subj_text.lower() in cues.lower_sets["modifier_stopwords"]:
            continue  # "Why treat it?": a question word, no intervention
        if re.search(r"(?<![\w-])not\s+(?:\w+\s+)?$", sentence[subj[1] : m.start("verb")]) and "approved" in verb:
            continue  # "X is not approved for Y"
        specific = bool(set(verb.split()) & set(cues.treatment_specific_words))
        items = _subject_items(sentence, subj, cues, known)
        named = any(intervention_word(w, cues) for s, e in items for w in re.findall(r"[a-z][a-z-]*", sentence[s:e].lower()))
        named = named or bool(intervention and any(intervention(sentence[s:e]) for s, e in items))
        combination = _COMBINATION.search(subj_text)
        if combination is not None and not named:  # "(which suggested) a combination of all these treatments may help"
            named = True
            subj = (subj[0] + combination.start(), subj[1])
            subj_text = sentence[subj[0] : subj[1]]
            items = [subj]
        if not specific and not named and not (intervention and intervention(subj_text)):
            continue
        obj = right_phrase(sentence, m.end(), cues)
        effect = None
        if not specific or verb.split()[0] in generic_effect:
            tail = obj and sentence[m.start() + len(m.group(0)) - len(m.group("verb")) : obj[1]]
            effect = tail.strip() if tail else m.group("verb")
        # "X helps relieve pain": the effect is the second verb and its object
        e2 = c.effect.match(sentence, m.end() + (len(sentence[m.end() :]) - len(sentence[m.end() :].lstrip())))
        if e2 and verb in {"help", "helps", "can help", "may help"}:
            obj = right_phrase(sentence, e2.end(), cues)
            effect = sentence[e2.start("verb") : obj[1]] if obj else e2.group("verb")
        for item in items:  # "Taping or insoles can ease pain": each intervention its own claim
            out.append(RelationMention("treatment", item, obj if specific else None, effect, f"treatment:{verb}", (subj[0], (obj or subj)[1])))
    for m in _ranked_treatment(cues).finditer(sentence):
        cond = right_phrase(sentence, m.start("cond"), cues, stop=m.end("cond"))
        region = (m.end(), _list_end(sentence, m.end()))
        for s in intervention_items(sentence, list_items(sentence, region, cues, known), cues, intervention=intervention):
            out.append(RelationMention("treatment", s, cond, None, "treatment:is", (m.start(), s[1])))
    for m in _GENERIC_APPOSITION.finditer(sentence):
        named = right_phrase(sentence, m.end(), cues)
        if named is not None and not _pronoun(sentence, named, cues):
            out.append(RelationMention("treatment", named, None, None, "treatment:apposition", (m.start(), named[1])))
    for m in c.treat_bwd.finditer(sentence):
        if re.search(r"(?:should|must|ought\s+to|need\s+to|needs\s+to)\s+(?:\w+\s+)?be\s+$", sentence[: m.start("verb")], re.I):
            continue  # "should be treated with X" is a recommendation, read as one
        cond = left_phrase(sentence, m.start(), cues)
        if cond is not None and _pronoun(sentence, cond, cues):
            cond = None
        for s in intervention_items(sentence, list_items(sentence, (m.end(), _list_end(sentence, m.end())), cues, known), cues,
                                    intervention=intervention):
            if re.match(r"(?:our|my)(?![\w-])", sentence[s[0] : s[1]], re.I) or re.search(r"(?<![\w-])(?:our|my)\s+$", sentence[: s[0]], re.I):
                continue  # "patients have been helped by our innovative approach": the provider's pitch, no intervention
            out.append(RelationMention("treatment", s, cond, None, f"treatment<:{m.group('verb').lower()}", ((cond or s)[0], s[1])))
    for m in c.treat_offer.finditer(sentence):
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        region = (m.end(), _list_end(sentence, m.end()))
        items = intervention_items(sentence, list_items(sentence, region, cues, known), cues, intervention=intervention)
        if verb in {"offers", "provides", "performs", "underwent", "received", "outcomes of", "results of", "benefits of"}:
            items = [i for i in items if intervention and intervention(sentence[i[0] : i[1]])]
        if verb in {"underwent", "received"}:
            items = [i for i in items if not _repeat_needed(sentence, i, cues, needed=True)]  # "1.8% underwent revision surgery"
        cond = None
        after = sentence[items[-1][1] :] if items else ""
        fm = re.match(r"\s+(?:in|for|among)\s+(?:patients\s+with\s+|people\s+with\s+)?", after, re.I)
        if items and fm:
            cond = right_phrase(sentence, items[-1][1] + fm.end(), cues)
        for s in items:
            out.append(RelationMention("treatment", s, cond, None, f"treatment:{verb}", (m.start(), s[1])))


_LIMITED_TO = re.compile(r"(?:(?:usually|often|typically|mostly|generally|mainly)\s+)?(?:limited|restricted|confined)\s+to\s+", re.IGNORECASE)
_ITEM_JOIN = re.compile(r"\s+(?:or|and|and/or)\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s+(?:to|through)\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)


def intervention_items(sentence: str, items: list[Span], cues: RelationCues, ranged: bool = False,
                       intervention: Optional[Known] = None) -> list[Span]:
    """Treatment list items split where one joins two interventions: "colchicine or naproxen", "acupuncture or
    usual care" (an item that names an intervention, by its head word or by ``intervention``, then "or" and a
    short noun phrase, or "and" and another intervention head), and, in a range (``ranged``: "options range from physiotherapy to joint
    replacement"), its two ends."""
    out: list[Span] = []
    for s, e in items:
        limited = _LIMITED_TO.match(sentence, s, e)
        if limited and limited.end() < e:
            s = limited.end()  # "Treatment options for X are limited to A or B": the options, not the limit
        text = sentence[s:e]
        joins = [m for m in _ITEM_JOIN.finditer(text)] + ([m for m in _RANGE_JOIN.finditer(text)] if ranged else [])
        if len(joins) != 1:
            out.append((s, e))
            continue
        j = joins[0]
        left, right = text[: j.start()], text[j.end() :]
        left_words = re.findall(r"[a-z][a-z-]*", left.lower())
        right_words = re.findall(r"[a-z][a-z-]*", right.lower())
        named = ranged or (left_words and (intervention_word(left_words[-1], cues) or bool(intervention and intervention(left.strip()))))
        if named and not ranged and j.group().split()[0].lower() == "and" and right_words and not intervention_word(right_words[-1], cues):
            named = False  # "levothyroxine and regular blood tests": a plan of one treatment and its monitoring, unless both name one
        if not named or not right_words or len(right_words) > 3 or is_clause(right, cues):
            out.append((s, e))
            continue
        out.extend([(s, s + len(left.rstrip())), (s + j.end(), e)])
    return out


@per_cue_set
def _ranked_treatment(cues: RelationCues) -> re.Pattern[str]:
    """"The first-line treatment for an overactive bladder is bladder training", "Treatment of gout is usually
    colchicine", "Treatment options for X are limited to A or B": a generic treatment of a condition as the
    subject, what it is after the copula."""
    return re.compile(
        r"(?:^\W*|(?<![\w-])(?:the|a|an)\s+)(?:(?:" + alternation(cues.treatment_ranks) + r")\s+)?(?:treatment|therapy|management)"
        r"(?:\s+options?)?\s+(?:for|of)\s+(?P<cond>[^,;:.()]{2,60}?)\s+(?:is|are|remains|was)\s+"
        r"(?:(?:usually|often|generally|typically|normally|still|mostly|mainly)\s+)?(?:(?:limited|restricted|confined)\s+to\s+)?"
        r"(?!(?:to|not|limited|difficult|aimed|based|tailored|focused|available|important|needed|necessary|complex|simple|effective)(?![\w-]))",
        re.IGNORECASE,
    )


#: "A combination of all these treatments may help", "a mix of treatments": several treatments together name one.
_COMBINATION = re.compile(
    r"(?<![\w-])(?:combination|mix|mixture)\s+of\s+(?:[\w-]+\s+){0,3}?(?:treatments|therapies|approaches|medications|medicines|drugs)(?![\w-])",
    re.IGNORECASE,
)
#: "The standard treatment, a CPAP machine that ..., works well": the phrase after the comma names it.
_GENERIC_APPOSITION = re.compile(
    r"(?<![\w-])(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:treatment|therapy|remedy)\s*(?:,|\s[\u2013\u2014])\s*(?=(?:the|a|an)\s)",
    re.IGNORECASE,
)


def _subject_items(sentence: str, subj: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The coordinated interventions of a treatment verb's subject ("Taping or off-the-shelf insoles",
    "Physiotherapy and occupational therapy"), or the subject whole."""
    text = sentence[subj[0] : subj[1]]
    if not re.search(r",|(?<![\w-])(?:and|or)(?![\w-])", text):
        return [subj]
    items = split_items(sentence, subj, cues, known)
    if len(items) < 2:
        return [subj]
    named = [any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[s:e].lower())) for s, e in items]
    # an unnamed item stays only when it is a short noun phrase ("Taping", "loose cotton clothing"), not a clause
    return [it for it, n in zip(items, named) if n or (len(sentence[it[0] : it[1]].split()) <= 3 and not is_clause(sentence[it[0] : it[1]], cues))]


def recommendations(sentence: str, cues: RelationCues, c: Optional[Compiled] = None, advice_item: bool = False) -> list[RelationMention]:
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
    lower-case verb opens an imperative too ("• sieve your urine").
    """
    c = c or compiled(cues)
    stripped = sentence.strip()
    if not stripped or stripped.endswith("?"):
        return []
    lead = _LIST_MARK.match(sentence).end()
    starts = _clause_starts(sentence, lead, _imperative_verbs(cues))
    label_end, weak = _grading_label(sentence, lead, cues)
    if label_end:
        starts.discard(lead)  # "Grade A recommendation: Offer ...": the label is no imperative
    found: list[tuple[int, int, RecommendationCue, Optional[re.Match[str]]]] = []
    for rx, cue in c.recommend:
        for m in rx.finditer(sentence, label_end):
            if cue.sentence_initial and m.start() not in starts:
                continue
            if cue.imperative and (_NOT_IMPERATIVE.match(sentence, m.end()) or _title_case(sentence) or _finite_after(sentence, m.end())):
                continue  # "Rest is important", "Exercise, diet and sleep", "Take Control Of Your Pain", "Sleep problems are common"
            if cue.predicate and re.search(r"(?<![\w-])it\s*$", sentence[: m.start()], re.I):
                continue  # "It is a good idea to ...": the advice follows, the cue reads it
            if any(m.start() < e and s < m.end() for s, e, _, _ in found):
                continue
            found.append((m.start(), m.end(), cue, m))
    for fs, fe, cue in _advice_frames(sentence, cues):
        if not any(fs < e and s < fe for s, e, _, _ in found):
            found.append((fs, fe, cue, None))  # "The best thing you can do is to stay active": stay active
    heading = not advice_item and not re.search(r"[.!?;:\"\u201d\u2019)]\s*$", sentence) and not re.match(r"\s*[-\u2022*\u2714\u2713\u25aa\u25cf]|\s*\d{1,2}[.)]\s", sentence)
    for s in sorted(starts):
        if not heading and not any(fs <= s < fe for fs, fe, _, _ in found) and not _title_case(sentence):
            verb = _lexical_imperative(sentence, s, cues, advice_item)
            if verb is not None:  # "Replace worn shoes", "Swap some runs for cycling": any verb, from the lexicon (not in a heading)
                found.append((s, verb, _imperative_cue(sentence[s:verb]), None))
    out: list[RelationMention] = []
    done = -1
    for s, e, cue, m in sorted(found, key=lambda f: (f[0], f[1])):
        if s < done:
            continue  # a cue inside the recommendation already read ("take X and avoid Y" is its coordination)
        if s == lead and sentence[s:e].lower().startswith("should") and not cue.sentence_initial:
            continue  # "Should surgery fail, ..." is a condition, not advice
        mentions = _recommendation_at(sentence, s, e, cue, cues, c, m)
        group = [x for first in mentions for x in _expanded(sentence, first, cues, c)]
        group = [x for x in group if not any(x.subject[0] < y.subject[1] and y.subject[0] < x.subject[1] for y in out)]
        if not group:
            continue  # "requires A and B, and B must be decided": B is read already
        out.extend(group)
        done = max(x.target[1] for x in group)
    return [m._replace(strength="may") if weak and m.strength == "should" else m for m in out]


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
    return out


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


def recommendation(sentence: str, cues: RelationCues, c: Optional[Compiled] = None) -> Optional[RelationMention]:
    """The first recommendation a sentence makes, if any (see :func:`recommendations`)."""
    found = recommendations(sentence, cues, c)
    return found[0] if found else None


_LIST_MARK = re.compile(r"\s*(?:(?:\d{1,2}[.)]|[" + BULLET_MARKS + r"])\s+)?(?:[\"\u201c\u2018]\s*)?")
_NOT_IMPERATIVE = re.compile(r"(?:\s*[,;:]|\s+(?:is|are|was|were|can|could|may|might|will|would|has|had|of|and|or|helps?|works?)(?![\w-]))", re.IGNORECASE)
_FRONTED = re.compile(
    r"(?P<sub>if|when|whenever|unless|once|after|before|until|while|as\s+soon\s+as|for)\s+", re.IGNORECASE
)
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
_PLEASE = re.compile(r"(?:please|just|simply|always\s+just)\s+(?=[a-z])", re.IGNORECASE)


def _clause_starts(sentence: str, lead: int, verbs: frozenset[str]) -> set[int]:
    """Where an imperative may start: the sentence start, after a semicolon ("...; if you have
    those, get checked") or a sentence boundary the segmenter missed ("Load management. Cut your
    mileage"), after a short label ("My advice: ...", not "Stay active: aim for ...", itself
    advice), a leading adverb ("First, ..."), any comma of a fronted condition ("If your mask
    leaks, or the pressure feels wrong, ...") or a dash; a polite "please" before the verb is
    skipped."""
    heads = {lead} | {_LIST_MARK.match(sentence, h.end()).end() for h in _CLAUSE_HEAD.finditer(sentence, lead)}
    colon = sentence.find(":", lead)
    label = sentence[lead:colon].split() if colon > lead else []
    if 0 < colon - lead < 40 and len(label) <= 4 and label[0].lower() not in verbs:
        heads.add(colon + 1 + len(sentence[colon + 1 :]) - len(sentence[colon + 1 :].lstrip()))
    starts = set(heads)
    for h in heads:
        adv = _LEAD_ADVERB.match(sentence, h)
        if adv:
            starts.add(adv.end())
        fr = _FRONTED.match(sentence, h)
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
    starts.update(b.end() for b in re.finditer(r"[,;]\s+(?:but|so)\s+(?:(?:do|please)\s+)?(?=[a-z])", sentence))  # "..., but check with your pharmacist first"
    starts.update(p.end() for st in list(starts) if (p := _PLEASE.match(sentence, st)))
    return starts


_AUXILIARY = re.compile(
    r"(?:is|are|was|were|isn't|aren't|can|can't|cannot|could|may|might|will|won't|would|should|must|has|have|had|"
    r"does|doesn't|did|do)(?![\w'\u2019-])",
    re.IGNORECASE,
)
_SUBJECT_END = re.compile(r"(?:that|which|who|where|when|if|because|so|to|and|or|but|you|we|they|i|he|she)(?![\w-])", re.IGNORECASE)


def _lexical_imperative(sentence: str, pos: int, cues: RelationCues, advice_item: bool = False) -> Optional[int]:
    """The end of the verb if ``sentence[pos:]`` reads as an imperative by the English lexicon:
    its first word is a base-form verb ("Replace", "Swap"), not a verb of no advice ("Imagine",
    "Learn"), not the subject of a verb that follows ("Complete rest rarely helps", "Rest is
    important"), and, when it can also be a noun ("Load management", "Rest from ..."), followed by
    the start of an object ("Rest the joint", "Cut your mileage", "Ice it")."""
    m = re.compile(r"([A-Za-z]+)(?:-(?P<verb>[a-z]+))?(?![\w'\u2019-])").match(sentence, pos)
    if m is None or m.group(1)[1:] != m.group(1)[1:].lower():
        return None
    if pos == _LIST_MARK.match(sentence).end() and m.group(1)[0].islower() and not advice_item:
        return None  # a lower-case line continues a lead-in ("... talk to your doctor if you:" / "- nod off at work")
    if m.group("verb"):  # "Double-check your dose", "Test-drive it": a compound verb, always before its object
        obj = re.match(r"\s+([\w']+)", sentence[m.end() :])
        ok = is_base_verb(m.group("verb")) and obj is not None and obj.group(1).lower() in cues.lower_sets["imperative_objects"]
        return m.end() if ok and not is_noun(m.group(0)) else None
    word = m.group(1).lower()
    if word in {"please", "be", "have", "do"} or not is_base_verb(word) or _no_advice_verb(sentence.lower(), pos, cues):
        return None
    if _NOT_IMPERATIVE.match(sentence, m.end()):
        return None
    toks = [sentence[a:b] for a, b in words(sentence, m.end())][:4]
    if word in _CONTACT_VERBS and _care_contact(sentence.lower(), m.end(), cues):
        return m.end()  # "Call 999", "Contact your GP"
    if not toks or not toks[0][0].isalpha():
        return None
    first = toks[0].lower()
    if is_modifier(word) and (first not in cues.lower_sets["imperative_objects"] or first in _PARTICLES):
        return None  # "Open surgery", "Over 10,000 patients", "Lower back pain": an adjective or adverb
    if is_noun(word) and first not in cues.lower_sets["imperative_objects"]:
        return None  # "Load management", "Pain that ...": a noun
    return None if _finite_after(sentence, m.end()) else m.end()


_PARTICLES = frozenset({"up", "down", "back", "off", "out", "away"})


def _finite_after(sentence: str, pos: int) -> bool:
    """Whether a finite verb follows within a few words, before any clause word: the first word
    was a noun phrase's ("Complete rest is ...", "Complete rest rarely helps", "Sleep problems are
    common"), not an imperative."""
    toks = [sentence[a:b] for a, b in words(sentence, pos)][:4]
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


def _capitalized_share(sentence: str, min_words: int = 1) -> Optional[float]:
    """The share of words longer than three letters that start with a capital (None when
    fewer than ``min_words`` such words)."""
    words_ = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", sentence) if len(w) > 3]
    if len(words_) < min_words:
        return None
    return sum(w[0].isupper() for w in words_) / len(words_)


def _title_case(sentence: str) -> bool:
    share = _capitalized_share(sentence, min_words=2)
    return share is not None and share >= 0.75


_NEED_CUES = {"requires", "require", "needs", "need", "have to", "has to", "would need", "need to", "needs to"}
_NEGATED_BEFORE = re.compile(r"(?:don't|don\u2019t|do\s+not|doesn't|doesn\u2019t|does\s+not|didn't|did\s+not|won't|will\s+not|never|no)\s+$", re.I)
_IN_CONDITION = re.compile(r"(?<![\w-])(?:if|when|whenever|unless|whether)\s+(?:[\w'\u2019-]+\s+){0,2}$", re.I)
_QUANTIFIED = re.compile(
    r"(?:some|many|most|few|a\s+few|several|certain|a\s+minority|a\s+majority|about|around|nearly|almost|up\s+to|"
    r"an?\s+(?:(?:very\s+)?(?:small|large|high|low|significant)\s+)?(?:percentage|proportion|number|fraction|share)|"
    r"one\s+in|\d[\d,.]*%?|\d+\s+in\s+\d+|one|two|three)(?![\w-])",
    re.I,
)
_MODAL_BEFORE = re.compile(r"(?P<modal>may|might|can|could|always)\s+(?:(?:also|usually|often|then|first)\s+)?$", re.I)


def _recommendation_at(
    sentence: str, s: int, e: int, cue: RecommendationCue, cues: RelationCues, c: Compiled,
    match: Optional[re.Match[str]] = None,
) -> list[RelationMention]:
    """The recommendations a cue at ``sentence[s:e]`` makes (several for "requires A and B")."""
    phrase = _cue_phrase(sentence, s, e, cue)
    before = sentence[:s]
    if cue.imperative:
        action = _action_phrase(sentence, s, cues)
        if action is None or len(sentence[action[0] : action[1]].split()) < 2:
            return []  # a bare verb ("Rest.") is a heading, not advice
        if _not_advice(sentence, action, cues):
            return []
        population = _fronted_population(sentence, s, cues)
        if cue.phrase in {"offer", "prescribe"}:  # a guideline's "Offer X to people with Y": X, for them
            action, whom = _recipient_split(sentence, (e + len(sentence[e:]) - len(sentence[e:].lstrip()), action[1]), cues)
            population = population or whom
        return _listed(_checked_recommendation(sentence, s, e, cue, cues, c, action, population, e))
    if not cue.sentence_initial and (_IN_CONDITION.search(before) or re.search(r"(?<![\w-])there\s+$", before, re.I)):
        return []  # "if we need to ...", "There has to be a realistic expectation": no advice
    if any(re.search(r"(?<![\w-])" + re.escape(g) + r"\s+$", before, re.I) for g in cues.lower_sets["evidence_gaps"]):
        return []  # "There is insufficient evidence to recommend X": the advice is withheld
    if phrase in _NEED_CUES and _NEGATED_BEFORE.search(before):
        return []  # "You don't have to live with the pain"
    chosen = _chosen_in_relative(sentence, s, e, cue, cues)
    if chosen is not None:  # "Methotrexate is the drug we usually recommend first": Methotrexate
        return _listed(_checked_recommendation(sentence, s, e, cue, cues, c, chosen, None, e))
    population = left_phrase(sentence, s, cues) if s > 0 else None
    if population is not None and not cue.predicate and re.match(r"(?:is|are)\s", phrase):
        clause = s - len(_clause_before(sentence, s))
        gerund = _gerund_action(sentence, trim(sentence, (clause, s), cues), cues)
        if gerund is not None and gerund[0] < population[0]:
            population = gerund  # "Drinking alcohol while taking this medicine is not a good idea": the whole course of action
    opener = re.match(r"([\w'\u2019-]+)\s+(?:that\s+)?", sentence[population[0] : population[1]]) if population else None
    if population is not None and opener and opener.group(1).lower() in cues.lower_sets["non_recommendation_verbs"]:
        population = (population[0] + opener.end(), population[1])  # "we believe surgery should be ...": surgery
    if population is not None:
        population = _population_phrase(sentence, population, cues)
    if population is not None and re.fullmatch(r"[a-z]+ly", sentence[population[0] : population[1]]):
        population = None  # "You really should ...": an adverb
    if population is not None and (_pronoun(sentence, population, cues) or re.fullmatch(
        r"(?:you|we|they|i|he|she|it)['\u2019](?:ll|d|re|ve)", sentence[population[0] : population[1]], re.I
    )):
        population = None  # "You'll need to ...": the reader
    population = _copula_subject(sentence, population, cues)
    if cue.agent or cue.needs_first:
        if not _agent_before(sentence, s, cues):
            return []  # "the results suggest ...": no one gives this advice
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
    if phrase in _NEED_CUES and _QUANTIFIED.match(_clause_before(sentence, s)):
        return []  # "Some patients may require ...", "1 in 3 people need another operation": how often, not advice
    action: Optional[Span] = None
    pos = e
    if cue.predicate:
        action, population = population, None
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
        stop = -1
        if cue.needs_first:
            first = re.compile(r"\s+first(?![\w-])", re.I).search(sentence, e)
            comma = _top_level_comma(sentence, e)
            if first is None or (comma is not None and comma < first.start()):
                return []  # "first" must close this action, not a later clause
            stop = first.start()
        start = e + len(sentence[e:]) - len(sentence[e:].lstrip())
        action = right_phrase(sentence, start, cues, limit=cues.max_item_words, stop=stop)
        if (action is None or c.instead.match(sentence, start)) and population is not None and not cue.agent:
            action, population = population, None  # "Antidepressants may be prescribed rather than ..."
        elif population is not None and not cue.agent and re.match(r"(?:to|for)\s", sentence[start:], re.I):
            whom = _recipient_split(sentence, (start - 1, len(sentence)), cues)[1]
            if whom is not None:  # "Melatonin may be offered to older adults": melatonin, for them
                action, population = population, whom
        if action is not None and phrase.split()[-1] in {"with", "by"}:
            action = (s, action[1])  # "start with the least invasive option": the action as said
        if action is not None:
            action = _named(sentence, [action], cues)[0]  # "an operation called carpal tunnel release"
        if action is not None and phrase.endswith("use of"):  # "Our findings support the use of X in Y": X, in Y
            action, population = _alternative_split(sentence, action, cues)
    else:
        action, population, pos = _classic_action(sentence, s, e, phrase, cues, c, population)
        if action is None:
            return []
        action, population = _care_giver_action(sentence, phrase, action, population, cues)
        if re.match(r"(?:\s+(?:only|be|used|given|considered|tried|offered|prescribed|kept)){0,3}\s+as\s+(?:a|the)\s+(?:very\s+)?last\s+resort", sentence[e:], re.I):
            cue = cue.model_copy(update={"against": True})  # "Opioids should only be used as a last resort": against them first
            population = population or _recipient_split(sentence, (e, len(sentence)), cues)[1]
            if population is None:
                rest = re.compile(r"\s+last\s+resort\s+for\s+").search(sentence, e)
                population = trim(sentence, (rest.end(), re.compile(r"[.;:!?(),]|$").search(sentence, rest.end()).start()), cues) if rest else None
        timing = re.match(r"\s+(?:" + alternation(cues.course_of_care_verbs) + r")(?![\w-])", sentence[e:], re.I)
        if timing and population is not None and not _people(sentence, population, cues) and phrase in {"should", "must"}:
            action, population = population, None  # "Treatment with antivirals should begin within 72 hours": the treatment
        if _expected_course(sentence, phrase, action, population, cues):
            return []  # "The rash should clear up within 10 days": what to expect, not what to do
    if action is None:
        return []
    if phrase in _NEED_CUES and not _care_needed(sentence, action, population, cues):
        return []
    if phrase == "need" and not _people(sentence, population, cues):
        return []  # "Stones that block the kidney need treatment": what happens to things; "All patients with X need Y": advice
    if action[1] <= s and sentence[: action[0]].rstrip().endswith(","):
        head = max(sentence.rfind(ch, 0, action[0]) for ch in ".;:!?") + 1
        head = max(head, _LIST_MARK.match(sentence).end())
        items = list_items(sentence, (head + len(sentence[head:]) - len(sentence[head:].lstrip()), action[1]), cues, None)
        if len(items) > 2 and all(len(sentence[a:b].split()) <= 4 for a, b in items):  # "Rest, ice, compression and elevation are recommended"
            return [m for i in items if (m := _checked_recommendation(sentence, s, e, cue, cues, c, i, population, pos))]
    if phrase in {"requires", "require", "needs", "need"}:
        start = e + len(sentence[e:]) - len(sentence[e:].lstrip())
        items = list_items(sentence, (start, _list_end(sentence, start)), cues, None)
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
    tail = re.compile(r"[.;:!?()]|,\s+(?:and|but|which|because|as|so)\s|$").search(sentence, span[0]).start()
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


def _expected_course(sentence: str, phrase: str, action: Span, subject: Optional[Span], cues: RelationCues) -> bool:
    """Whether "X should <verb>" tells what is expected of a thing, not what someone should do: the
    subject is no person and the verb one of the course of things ("Metformin should lower your
    blood sugar", "The swelling should settle")."""
    if phrase != "should" or subject is None or _people(sentence, subject, cues):
        return False
    if sentence[subject[0] : subject[1]].lower().split()[-1] in cues.lower_sets["agent_words"] | cues.lower_sets["advisor_words"]:
        return False
    text = sentence[action[0] : action[1]].lower()
    return any(re.match(re.escape(v) + r"(?![\w-])", text) for v in cues.lower_sets["expectation_verbs"])


_TELLING = re.compile(r"(?<![\w-])(?:advise[sd]?|urge[sd]?|urging|encourage[sd]?|encouraging|tell|tells|told|warned)$", re.I)
_TOLD_TO = re.compile(r"\s+(?P<who>(?:[\w'\u2019-]+\s+){0,8}?)(?P<not>not\s+)?to\s+(?P<verb>[A-Za-z]+)(?![\w'-])")


def _told_to(sentence: str, e: int, cues: RelationCues) -> Optional[tuple[Span, Optional[Span], bool]]:
    """The action, the people told and the direction of "advise / urge / encourage (people) (not) to
    <verb> ..." right after the cue at ``e``: "advise people with gout to drink more water" gives
    ('drink more water', 'people with gout', False); "are advised not to drive" ('drive', None, True)."""
    m = _TOLD_TO.match(sentence, e)
    if m is None or not is_base_verb(m.group("verb")) or re.search(r"[,;:.()]", m.group("who")):
        return None
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
        if thing is not None and not _people(sentence, thing, cues) and not _pronoun(sentence, thing, cues):
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
    else:
        return None
    whom = trim(sentence, (m.start("who"), m.end("who")), cues)
    if whom is None or not _people(sentence, whom, cues):
        return None
    action = _action_phrase(sentence, m.start("verb"), cues)
    return None if action is None else (action, whom, _against_verb(m.group("verb"), m.group("not") is not None, cues))


def _against_verb(verb: str, negated: bool, cues: RelationCues) -> bool:
    """Whether the advice to <verb> is against something: negated ("not to drive") or a verb of
    keeping away ("avoid NSAIDs"), not both."""
    own = _initial_cues(cues).get(verb.lower())
    return negated != bool(own is not None and own.against)


_MODAL_STRENGTH = {"should": "should", "must": "must", "may": "may", "might": "may", "can": "may", "could": "may", "would": "should", "will": "should"}


def _classic_action(
    sentence: str, s: int, e: int, phrase: str, cues: RelationCues, c: Compiled, population: Optional[Span]
) -> tuple[Optional[Span], Optional[Span], int]:
    """The action of a modal or advisory cue: after a passive ("should be treated with X"), the
    subject ("X is recommended"), or the verb phrase after it ("should avoid X")."""
    action: Optional[Span] = None
    pos = e
    pm = c.passive.match(sentence, e) if phrase.endswith("be") else None
    if pm is not None:
        given = None
        if pm.group("verb").lower() in cues.lower_sets["recipient_passive_verbs"] and _people(sentence, population, cues):
            given = right_phrase(sentence, pm.end(), cues, limit=cues.max_item_words)  # "older adults should be offered X"
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
        if told and phrase.endswith(("advised", "encouraged", "urged", "recommended")) and is_base_verb(told.group(1)):
            return _action_phrase(sentence, e + told.start(1), cues), population, pos  # "Patients are advised to stop X"
        action, population = population, None
        if phrase.endswith(("recommended", "advised", "considered", "avoided", "preferred", "an option", "needed", "necessary")):
            population = _for_whom(sentence, e, cues)  # "X is not recommended for adults with Y"
            if population is None:  # "Screening is recommended every three years for women aged 25 to 49"
                population = _recipient_split(sentence, (e, len(sentence)), cues)[1]
    else:
        rest = sentence[e:]
        skip = re.match(r"\s*(?:that\s+|to\s+)?(?:(?:you|patients|people|we|they|everyone|anyone)\s+)?(?:(?:should|must|always|also|first|then)\s+)?", rest, re.I)
        start = e + (skip.end() if skip else 0)
        action = _action_phrase(sentence, start, cues)
        passive = re.match(r"\s+(?:be\s+)?([a-z]+)(?![\w-])", rest) if phrase.endswith(" be") else re.match(r"\s+be\s+([a-z]+)(?![\w-])", rest)
        if passive and passive.group(1).lower() in cues.lower_sets["non_recommendation_verbs"]:
            return None, population, pos  # "X should not be confused with Y": no advice
        if passive and is_participle(passive.group(1)) and population is not None and not _people(sentence, population, cues):
            action, population = population, None  # "Ice should be applied for 20 minutes": ice
        elif passive and passive.group(1).lower() in cues.lower_sets["recipient_passive_verbs"] and _people(sentence, population, cues):
            given = right_phrase(sentence, e + passive.end(), cues, limit=cues.max_item_words)
            action = given or action  # "Children under 2 should not be given cough medicine": cough medicine, for them
    return action, population, pos


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
    return None if subject is None or _pronoun(sentence, subject, cues) else subject


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


def _people(sentence: str, span: Optional[Span], cues: RelationCues) -> bool:
    """Whether a phrase names people ("immunocompromised adults", "patients with gout")."""
    if span is None:
        return False
    head = re.split(r"\s+(?:with|who|over|under|aged|at|on|in|from|[a-z]+ing)\s+", sentence[span[0] : span[1]].lower())[0].split()
    return bool(head) and head[-1] in {w.lower() for w in cues.symptom_experiencers} | cues.lower_sets["person_nouns"]


def _clause_before(sentence: str, s: int) -> str:
    """The text of the clause that ends at ``s`` (from the last comma, semicolon, colon or bracket)."""
    cut = max(sentence.rfind(ch, 0, s) for ch in ",;:()\u2013\u2014")
    return sentence[cut + 1 : s].lstrip(" \"'\u201c")


def _listed(mention: Optional[RelationMention]) -> list[RelationMention]:
    return [] if mention is None else [mention]


def _agent_before(sentence: str, s: int, cues: RelationCues) -> bool:
    """Whether who gives care (or 'you') is the subject right before ``s`` ("your surgeon may ...")."""
    m = re.search(r"([\w'\u2019-]+)\s+(?:(?:may|might|can|could|will|would|should|must|always|usually|often|also|then|generally|typically|first|now|are|is|strongly)\s+){0,2}$", sentence[:s], re.I)
    advisers = cues.lower_sets["agent_words"] | cues.lower_sets["advisor_words"] | {w.lower() for w in cues.organization_words}
    return m is not None and (m.group(1).lower() in advisers or m.group(1).lower() == "you")


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
    lead = _LIST_MARK.match(sentence).end()
    heads = [lead] + [_LIST_MARK.match(sentence, h.end()).end() for h in _CLAUSE_HEAD.finditer(sentence, lead, s)]
    fr = _FRONTED.match(sentence, max(heads))
    among = re.compile(r"(?:in|among|amongst)\s+(?=[^,]{1,80},)", re.I).match(sentence, max(heads))
    if fr is None and among is not None:  # "In patients with atrial fibrillation, X is recommended": people only
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
    if re.match(r"ask\s+(?:them|him|her)\s+(?:how|what|why|whether|if|where|who|which)(?![\w-])", text, re.I):
        return True  # "ask them how they measured it": a question for a third party, no care
    return re.search(r"(?<![\w-])and\s+you(?:\s+will|'ll|\u2019ll)(?![\w-])", clause, re.I) is not None


_SWAP = re.compile(r"(?:swap|exchange|trade|substitute)\s+(?P<old>[^,;]+?)\s+(?:for|with)\s+\S", re.I)
_CONTACT_VERBS = frozenset({"call", "contact", "phone", "ring", "dial"})


def _call_to_action(sentence: str, cues: RelationCues) -> bool:
    """Whether a sentence calls the reader to the site's own services ("Call us today", "Book a
    consultation"); telling a patient whom to contact ("contact your GP", "call 111", "avoid
    contact with ...") is advice."""
    low = sentence.lower()
    for w in cues.lower_sets["call_to_action_words"]:
        for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", low):
            if w in _CONTACT_VERBS and (_care_contact(low, m.end(), cues) or re.match(r"s?\s+for\s", low[m.end() :])):
                continue  # "contact your GP", "guidelines call for earlier screening", "call for an ambulance"
            return True
    return False


def _no_advice_verb(low: str, pos: int, cues: RelationCues) -> bool:
    """Whether the phrase at ``pos`` starts with a verb of no advice ("know", "learn more",
    "contact our office"), a care contact excepted ("contact your GP")."""
    if re.match(r"read\s+(?:the|its|your)\s+(?:label|leaflet|instructions|packet|insert|patient\s+information)", low[pos:]):
        return False  # "read the label before giving medicine to a child": advice on a medicine's use
    for v in cues.lower_sets["non_recommendation_verbs"]:
        if low.startswith(v, pos) and not re.match(r"[\w'\u2019-]", low[pos + len(v) : pos + len(v) + 1]):
            return not (v in _CONTACT_VERBS and _care_contact(low, pos + len(v), cues))
    return False


_US_IF = re.compile(r"\s+us\s+(?:(?:right\s+away|straight\s+away|immediately|urgently|at\s+once|promptly)\s+)?(?:if|when|whenever)\s+(?P<cond>[^.;!?]+)")
_NO_CARE_CONDITION = re.compile(r"(?<![\w-])(?:interested|like|want|wish|questions?|queries|unsure|book|booking|appointment|consultation|more)(?![\w-])")


def _care_call_us(low: str, pos: int, cues: RelationCues) -> bool:
    """Whether "call us / contact us" at ``pos`` is a care instruction: a situation of care follows
    ("Call us if you notice bleeding after your procedure"), not an offer ("call us if you would
    like to book", "if you have any questions", "Call us today")."""
    m = _US_IF.match(low, pos)
    if m is None or _NO_CARE_CONDITION.search(m.group("cond")):
        return False
    return not any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", m.group("cond")) for w in cues.lower_sets["call_to_action_words"])


def _care_contact(low: str, pos: int, cues: RelationCues) -> bool:
    """Whether the words after "call" / "contact" at ``pos`` name a care contact or make it a noun."""
    if re.match(r"\s+with(?![\w-])", low[pos:]):
        return True  # "avoid contact with ...": a noun
    if _care_call_us(low, pos, cues):
        return True  # "Call us if the wound bleeds": whom to call when care is needed
    following = re.findall(r"[\w'-]+", low[pos : pos + 60])[:4]
    if any(w in {"our", "us", "me"} for w in following):
        return False
    return bool(following) and following[0] in {"your", "the", "a", "an", "local"} | cues.lower_sets["care_contacts"] and any(
        w in cues.lower_sets["care_contacts"] for w in following
    )


def _checked_recommendation(
    sentence: str, s: int, e: int, cue: RecommendationCue, cues: RelationCues, c: Compiled,
    action: Span, population: Optional[Span], pos: int,
) -> Optional[RelationMention]:
    phrase = _cue_phrase(sentence, s, e, cue)
    text = sentence[action[0] : action[1]].lower()
    first = text.split()[0] if text.split() else ""
    if _no_advice_verb(sentence.lower(), action[0], cues) and not (cue.against and first not in _CONTACT_VERBS | {"let"}):
        return None  # "Share this article" is none, "Don't share towels with ..." is advice ("Don't let pain stop you" is not)
    if first in {"us", "me", "him", "her", "them"}:
        return None  # "98% would recommend us to a friend": a testimonial
    if _call_to_action(sentence, cues):
        return None
    if _pronoun(sentence, action, cues):
        return None
    verb_first = bool(re.match(r"[a-z]+ing(?![\w-])", first)) or is_base_verb(first) and not is_noun(first)
    if set(re.findall(r"[a-z]+", re.sub(r"trials?\s+of\s", " ", text))) & cues.lower_sets["non_recommendation_subjects"] and not cue.imperative and not verb_first:
        return None  # "Further studies are needed": research, not care
    if population is not None and sentence[population[0] : population[1]].lower().split()[-1] in cues.lower_sets["non_recommendation_subjects"]:
        return None  # "Researchers should investigate this further": research, not care
    strength = cue.strength
    mb = _MODAL_BEFORE.search(sentence[:s])
    if mb and not re.match(r"(?:must|should|may|might|can|could|ought|need|have|has|it|you|we)(?![\w-])", phrase):
        strength = "must" if mb.group("modal").lower() == "always" else ("may" if strength == "should" else strength)
    instead = None
    im = c.instead.search(sentence, max(pos, action[1]))
    gap = sentence[max(pos, action[1]) : im.start()] if im else ""
    if im and (re.match(r"\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixty|seventy|eighty)(?![\w-]))", sentence[im.end() :], re.I) or re.match(r"\s*(?:you|we|they|he|she|it|i|s/he)\s", sentence[im.end() :], re.I)):
        im = None  # "people over 70", "before you drive": an age, a time clause, no alternative
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


_EXAMPLES = re.compile(r"\s*,?\s*(?:such\s+as|like|including|e\.g\.,?)\s+", re.IGNORECASE)


def _expanded(sentence: str, first: RelationMention, cues: RelationCues, c: Compiled) -> list[RelationMention]:
    """A recommendation and the actions coordinated with it ("drive after 10 days and return to
    work"; "Keep a diary, give each treatment a fair trial, and ask ..."), each its own claim,
    and the examples of a recommended class ("pain relievers such as acetaminophen")."""
    verbs = cues.lower_sets["coordinated_action_verbs"] | _imperative_verbs(cues)
    conj = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+|then\s+|but\s+)?|\s+(?:and|or|then|but)\s+)(?P<verb>[a-z]+)(?![\w-])", re.IGNORECASE)

    def verb_at(pos: int, joint: Optional[re.Match[str]] = None) -> bool:
        """A listed action verb, or a verb by the lexicon ("swap some runs"); a verb after a bare
        "or" is an alternative within one advice ("Come back or call 111", "Call 999 or go to A&E")."""
        if joint is not None and re.fullmatch(r"\s+or\s+", sentence[joint.start() : joint.start("verb")]):
            return False
        w = re.match(r"[A-Za-z]*", sentence[pos:]).group(0).lower()
        return w in verbs or _lexical_imperative(sentence, pos, cues) is not None

    out = [first]
    current = first
    for _ in range(6):
        a, b = current.subject
        split = None
        if current.rule.startswith("recommendation:") and verb_at(a):
            for m in conj.finditer(sentence, a, b):
                if m.start() > a and verb_at(m.start("verb"), m):
                    split = m
                    break
        after = None
        if split is None:
            tail = re.compile(r"(?:\s*\([^)]*\))?").match(sentence, b).end()
            m = conj.match(sentence, tail)
            if m and verb_at(m.start("verb"), m) and verb_at(a):
                after = m
        nxt = split or after
        if nxt is None:
            break
        if split is not None:
            head = trim(sentence, (a, split.start()), cues)
            if head is None:
                break
            out[-1] = current._replace(subject=head, target=(current.target[0], max(current.target[0], head[1])))
        action = _action_phrase(sentence, nxt.start("verb"), cues)
        if action is None or len(sentence[action[0] : action[1]].split()) < 2 or _not_advice(sentence, action, cues):
            break
        own = _initial_cues(cues).get(nxt.group("verb").lower())  # "..., and avoid X": against X
        current = current._replace(
            subject=action, target=(nxt.start("verb"), action[1]),
            strength=own.strength if own else first.strength, against=own.against if own else first.against,
            instead_of=first.instead_of if first.instead_of and first.instead_of[0] >= action[1] else None,  # a later "rather than Y" only
        )
        out.append(current)
    examples = []
    for m in out:
        ex = _EXAMPLES.search(sentence, m.subject[0], m.subject[1])
        end = m.subject[1]
        if ex is None:
            ex = _EXAMPLES.match(sentence, m.subject[1])  # "an antiviral medicine such as aciclovir": after the action
            end = _list_end(sentence, ex.end()) if ex else end
        if ex is None:
            continue
        for item in list_items(sentence, (ex.end(), end), cues, None):
            examples.append(m._replace(subject=item, target=(item[0], item[1])))
    return out + examples


def _action_phrase(sentence: str, start: int, cues: RelationCues) -> Optional[Span]:
    """A verb phrase "see a doctor", "avoid heavy lifting", "stay active": up to the clause end."""
    toks = words(sentence, start)
    taken: list[Span] = []
    for s, e in toks:
        w = sentence[s:e]
        if w in {",", ";", ".", "!", "?", ":", "(", ")"}:
            break
        if taken and re.match(r"(?:because|since|so\s+that|which|unless|if|when|whenever|while|until|as\s+soon\s+as|as\s+it|to\s+avoid|in\s+order)(?![\w-])", sentence[s:], re.I):
            break
        if taken and compiled(cues).instead.match(sentence, s):
            break
        taken.append((s, e))
        if len(taken) >= cues.max_argument_words:
            nxt = re.match(r"\s*([\w'-]+)", sentence[taken[-1][1] :])
            cut = nxt is not None and nxt.group(1).lower() not in {"and", "or", "but", "then", "so"}
            preps = [i for i, (a, b) in enumerate(taken) if i >= 3 and sentence[a:b].lower() in (cues.lower_sets["prepositions"] - {"of"}) | {"for", "up"}]
            if cut and preps:
                taken = taken[: preps[-1]]  # "rest your ankle for the first 2 to 3 days": a phrase cut by the word limit ends before it
            break
    if not taken:
        return None
    return trim(sentence, (taken[0][0], taken[-1][1]), cues)


def _dedupe(mentions: list[RelationMention]) -> list[RelationMention]:
    """One claim per (kind, subject): the first rule that found it wins, lists before verbs."""
    seen: set[tuple[str, Span]] = set()
    out = []
    for m in mentions:
        key = (m.kind, m.subject)
        if key in seen:
            continue
        seen.add(key)
        out.append(m)
    return out
