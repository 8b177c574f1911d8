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
  "avoid") or an imperative (any verb of the English lexicon, :mod:`extract.lexicon`:
  "Replace worn shoes") with the action it governs, for whom, instead of what, strength and
  direction.

The rules of each kind live in their own module: :mod:`extract.claims.lists` (lead-ins, bullets,
page furniture), :mod:`extract.claims.causes`, :mod:`extract.claims.symptoms`,
:mod:`extract.claims.treatments` and :mod:`extract.claims.recommendations`, over the shared
sentence grammar of :mod:`extract.claims.grammar`; :func:`find_relations` runs them in order.

Nothing here knows a condition's name: arguments are delimited by :mod:`extract.claims.phrases`
and typed later by the linker.
"""

from __future__ import annotations

from typing import Optional

from extract import regexcache as re
from extract.claims.causes import caught_conditions, denied_blames, elliptic_causes, immune_attacks, predicate_causes, causal_verbs, untreated_consequences
from extract.claims.cues import RelationCues, alternation, intervention_word, per_cue_set
from extract.claims.grammar import compiled, is_condition, is_pronoun, kind_of_head, list_items, RelationMention
from extract.claims.lists import ancestry_run, list_mention, modifier_variants, things_that_lead, verb_cause_lead
from extract.claims.phrases import Known, Span, right_phrase
from extract.claims.recommendations import recommendations
from extract.claims.symptoms import (
    onset_trimmed,
    NO_SYMPTOM,
    defined_symptoms,
    examined_signs,
    experienced_symptoms,
    lead_symptoms,
    without_absences,
    prose_symptoms,
    symptom_constructions,
    symptom_judgement,
    unnested_symptoms,
)
from extract.claims.treatments import improves_with, intervention_items, misuse_pattern, treatment_verbs


#: a passive after "X are": "are often triggered by", "are usually caused by", "are made worse by"
_PASSIVE_AFTER = re.compile(
    r"\s*(?:(?:often|usually|commonly|sometimes|also|typically|mostly|generally|mainly|frequently|made)\s+)*[a-z]+(?:ed|en)\s+(?:by|from|worse|when|if)(?![\w-])",
    re.IGNORECASE,
)


#: a second clause after a semicolon: "Other factors include A and B; the evidence for most of these is weak"
_SECOND_CLAUSE = re.compile(r";\s+(?:the|this|these|those|that|it|its|they|their|but|however|although|though|evidence|most|all|none)(?![\w-])", re.IGNORECASE)


def find_relations(
    sentence: str,
    cues: RelationCues,
    known: Optional[Known] = None,
    intervention: Optional[Known] = None,
    condition: Optional[Known] = None,
    finding: Optional[Known] = None,
    treated: Optional[Known] = None,
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
        treated: whether a phrase names an intervention where the sentence stands in a section about
            treatment (:func:`~extract.claims.treatments.named_in_treatment_section`); the treatment verbs
            take it as ``intervention``, no other rule does.

    Returns:
        ``(mentions, opened)`` where ``opened`` is ``(kind, object)`` when the sentence ends
        with a list lead-in whose items follow ("Symptoms include:").
    """
    c = compiled(cues)
    out: list[RelationMention] = []
    opened: Optional[tuple[str, Optional[str]]] = None

    for m in c.list_lead.finditer(sentence):
        kind = kind_of_head(m.group("head"), c)
        clause = _SECOND_CLAUSE.search(sentence, m.end())
        region = (m.end(), clause.start() if clause else len(sentence))  # not "...; the evidence for most of these is weak"
        if not sentence[m.end() :].strip(" :\u2013-"):
            obj = m.group("obj")
            opened = (kind, obj.strip() if obj else None)
            continue
        verb = m.group("verb").lower()
        # (also "if your child's symptoms are", and "how severe your symptoms are": a degree asked, no list)
        if re.search(r"(?<![\w-])(?:if|when|unless|once|until|whether|how\s+[a-z]+)\s+(?:[\w'\u2019]+\s+){0,2}$", sentence[: m.start()], re.I) or (
            kind == "symptom" and re.search(r"(?<![\w-])(?:if|when|unless)\s[^.;:]*,\s*(?:or|and)\s+(?:\w+\s+){0,2}$", sentence[: m.start()], re.I)
            and not (m.group("obj") and verb in ("such as", "including"))  # "if you have ... or signs of a stroke such as ...": its signs
        ):
            continue  # "If your symptoms are severe or ...": a condition, not a list
        if verb == "are" and not re.search(r",|\band\b|\bor\b|:", sentence[m.end() :]):
            continue  # "Treatment options are limited" lists nothing
        if kind == "treatment" and _PURPOSE_OF.search(sentence, 0, m.start("head")) and _purpose_nouns(cues).search(sentence, 0, m.start("head")):
            continue  # "The aims of treatment are to induce and maintain remission, ...": what care aims at, no intervention
        if verb == "are" and _PASSIVE_AFTER.match(sentence, m.end()):
            continue  # "Symptoms are often triggered by stress": a passive (the cause rules'), no list
        if kind == "symptom" and verb == "are" and symptom_judgement(sentence, m.end()):
            continue  # "symptoms are easy to miss or to blame on ageing": a judgement of the symptoms, no list
        obj_span = m.span("obj") if m.group("obj") else None
        if obj_span:
            obj_span = right_phrase(sentence, obj_span[0], cues, stop=obj_span[1])
        items = without_absences(sentence, lead_symptoms(sentence, region, cues, known), cues) if kind == "symptom" else list_items(sentence, region, cues, known)
        if kind in ("cause", "risk_factor"):
            items = ancestry_run(sentence, items, cues)  # "being of African, Caribbean or Asian family origin": one group
        if kind == "treatment":  # "options range from physiotherapy to joint replacement", "colchicine or naproxen"
            items = intervention_items(sentence, items, cues, ranged=verb.startswith(("range", "ranging")), intervention=intervention)
        # "Other associations include childbirth and a low-fibre diet": what is associated, no asserted cause
        linked = kind == "cause" and re.search(r"associations?$", m.group("head"), re.IGNORECASE) is not None
        for item in items:
            mention = list_mention(kind, item, obj_span, f"list:{verb}", (m.start(), item[1]))
            out.append(mention._replace(relation="associated_with") if linked else mention)
    if things_that_lead(sentence, cues):
        opened = ("cause", None)  # "Medicines that can cause it include:": causes, not the treatments "medicines" would announce
    if opened is None:
        lo = c.list_open.search(sentence)
        if lo and not (kind_of_head(lo.group("head"), c) == "cause" and re.match(r"\s*:\s*$", sentence[lo.end("head") :])
                       and verb_cause_lead(sentence, lo.start("head"), cues)):
            opened = (kind_of_head(lo.group("head"), c), None)
    if opened is None and c.treat_offer.search(sentence) and re.search(r"(?:offer|provide|perform|recommend|use)s?\s*:\s*$", sentence, re.I):
        opened = ("treatment", None)  # "We offer:" / "Our physicians may recommend:": the bullets name treatments

    causal_verbs(sentence, cues, c, known, condition, out)
    predicate_causes(sentence, cues, c, known, condition, intervention, out)
    untreated_consequences(sentence, cues, known, out)
    immune_attacks(sentence, cues, out)
    denied_blames(sentence, cues, known, condition, out)
    caught_conditions(sentence, cues, out)
    elliptic_causes(sentence, cues, known, out)
    experienced_symptoms(sentence, cues, c, known, finding, out, condition)
    defined_symptoms(sentence, cues, known, condition, finding, out)
    prose_symptoms(sentence, cues, known, condition, finding, out)
    symptom_constructions(sentence, cues, known, condition, finding, out)
    examined_signs(sentence, cues, known, finding, out)
    out = [m for m in unnested_symptoms(onset_trimmed(sentence, out)) if not (m.kind == "symptom" and NO_SYMPTOM.fullmatch(sentence[m.subject[0] : m.subject[1]]))]
    treatment_verbs(sentence, cues, c, known, intervention, out, treated, condition)
    improves_with(sentence, cues, known, out)
    out.extend(recommendations(sentence, cues, c))
    out = [v for m in out for v in _cause_variants(sentence, m, cues)]
    out = [m for m in out if not _treated_sequel(sentence, m, cues, intervention) and not _supposed_cause(sentence, m)]
    return _dedupe(sentence, without_side_effects(sentence, cues, out)), opened


def _cause_variants(sentence: str, m: RelationMention, cues: RelationCues) -> list[RelationMention]:
    """A cause mention whose cause is two modifiers of kind over one head ("caused by a viral or bacterial infection"):
    one mention per variant (:func:`~extract.claims.lists.modifier_variants`)."""
    if m.kind != "cause" or m.subject is None:
        return [m]
    parts = modifier_variants(sentence, [m.subject], cues)
    if len(parts) == 1:
        return [m]
    return [m._replace(subject=p) for p in parts]


@per_cue_set
def _attribution(cues: RelationCues) -> re.Pattern[str]:
    """A closing attribution: a comma, who says it (people, a clinician or source, a titled name, a pronoun) and a verb of
    saying, or the verb first (", says Dr Shah"), then the sentence's end or another comma (", doctors say.", ", patients report, although ...", ", Dr Priya
    Shah explains.", ", the authors concluded.")."""
    who = sorted({w.lower() for w in cues.advisor_words + cues.agent_words + cues.symptom_experiencers + cues.person_nouns
                  if w.isalpha() and w.lower() not in ("we", "i", "you", "he", "she", "they", "many", "most", "some", "those")})
    people = (r"(?:(?:the|some|many|most|our|other|their|his|her|local|leading)\s+)?(?:[\w'-]+\s+){0,2}?(?:" + alternation(who)
              + r"|[a-z]+(?:ologists?|icians?|iatrists?))")
    named = r"(?:Dr|Dr\.|Professor|Prof\.|Mr|Mrs|Ms|Miss|Dame|Sir)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
    verb = r"(?:" + alternation(cues.attribution_verbs) + r")"
    return re.compile(
        r",\s+(?:(?:" + people + "|" + named + r"|he|she|they)\s+(?:(?:also|often|now|later|still)\s+)?" + verb
        + r"|" + verb + r"\s+(?:" + people + "|" + named + r"))(?=\s*(?:[.;!?,]|$))",
        re.IGNORECASE,
    )


#: A genus abbreviated to its capital before a species name ("H. pylori", "E. coli", "S. aureus"): its period ends no phrase.
_BINOMIAL = re.compile(r"(?<![\w.])([A-Z])\.(?=\s[a-z]{3,}(?![\w-]*\.\s+[A-Z]))")


def rules_view(sentence: str, cues: RelationCues) -> str:
    """The sentence as the rules read it, offsets kept: the period of an abbreviated genus ("H. pylori") made a letter's
    apostrophe, so that "Offer H. pylori eradication therapy" offers the therapy, not "H"; the outline number of a
    guideline's numbered recommendation ("1.5 Offer a proton pump inhibitor ...", "2.3.1 Consider ...") blanked, so that
    the sentence opens with its verb; a bracketed statistic and a closing attribution blanked (:func:`without_statistics`,
    :func:`without_attribution`); a concessive "whether X or Y" aside blanked (:data:`_WHETHER_ASIDE`)."""
    if ". " in sentence:
        sentence = _BINOMIAL.sub(r"\1'", sentence)
    outline = _OUTLINE_NUMBER.match(sentence)
    if outline is not None:
        sentence = " " * outline.end() + sentence[outline.end() :]
    if "whether" in sentence:
        sentence = _WHETHER_ASIDE.sub(lambda m: " " * (m.end() - m.start()), sentence)
    return without_attribution(without_statistics(sentence, cues), cues)


#: A concessive aside set off by commas, "whether X or Y" ("Nitrous oxide, whether given as an anaesthetic or used
#: recreationally, inactivates cobalamin"): it says no claim of its own and no item of a list.
_WHETHER_ASIDE = re.compile(r",\s*whether\s+[^,;:.()]{1,80}?\s+or\s+[^,;:.()]{1,60},", re.IGNORECASE)


@per_cue_set
def _bracketed_statistic(cues: RelationCues) -> re.Pattern[str]:
    """A bracket that holds only a statistic: an effect measure's label (``statistic_labels``), its abbreviation in square
    brackets if any, then a number and whatever figures follow ("(OR 1.9)", "(odds ratio [OR] 2.1, 95% CI 1.8-2.5)",
    "(aOR 1.05, 95% CI 0.91 to 1.21)", "(p = 0.03)")."""
    label = r"(?:" + alternation(cues.statistic_labels) + r")"
    return re.compile(
        r"\((?=\s*" + label + r"(?![\w-])\s*(?:\[[^\[\]()]{1,12}\]\s*)?[=:<>\u2264\u2265]?\s*[-\u2212]?\d)[^()]{1,80}\)",
        re.IGNORECASE,
    )


def without_statistics(sentence: str, cues: RelationCues) -> str:
    """``sentence`` with its bracketed statistics blanked, offsets kept (:func:`_bracketed_statistic`): "Current smoking
    (OR 2.1), diabetes (OR 1.9) and obesity (OR 1.6) were associated with angina" lists three risk factors, as it would
    without the figures, which the figure finder reads on its own."""
    if "(" not in sentence:
        return sentence
    return _bracketed_statistic(cues).sub(lambda m: " " * (m.end() - m.start()), sentence)


#: The number of a numbered paragraph in an outline ("1.5", "2.3.1", "R12") before a capitalised word: no figure, no
#: part of what the paragraph says.
_OUTLINE_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}|R\d{1,3})\.?[ \t]+(?=[A-Z][a-z])")


def without_attribution(sentence: str, cues: RelationCues) -> str:
    """``sentence`` with a closing attribution blanked, offsets kept (:func:`_attribution`): "Attacks are set off by stress,
    tiredness or salty meals, patients report." lists three causes, not "patients report" as a fourth."""
    if "," not in sentence:
        return sentence
    m = _attribution(cues).search(sentence)
    return sentence if m is None else sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]


@per_cue_set
def _side_effects(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternation(cues.side_effect_nouns) + r")(?![\w-])", re.IGNORECASE)


#: what joins a treatment's side effects to the findings they are ("side effects including drowsiness", "Common
#: side effects are itching, tingling ...", "adverse events (nausea, ...)"), also with what has them named between
#: ("Possible side effects of surgery include bruising ...", "side effects from the tablets are nausea ...": at most
#: four words)
_SIDE_EFFECT_LIST = re.compile(
    r"\s*(?:(?:of|from|with)\s+(?:[\w'\u2019-]+\s+){1,4}?)?(?:[:(\u2013\u2014-]|,?\s*(?:such\s+as|including|include|includes|included|like|are|were|was|is|e\.g\.))",
    re.IGNORECASE,
)
#: a warning of a leaflet that opens with stopping the treatment ("Stop using the cream and see a doctor if you have
#: swelling of the face"): the signs of a reaction to the treatment, not of the condition
_STOP_TREATMENT = re.compile(r"^\W*(?:stop|discontinue)\s+(?:using|taking|applying|the|this|your)(?![\w-])", re.IGNORECASE)


def without_side_effects(sentence: str, cues: RelationCues, mentions: list[RelationMention]) -> list[RelationMention]:
    """The mentions less the causes and symptoms that are a treatment's side effects (CLAIMS_SPEC.md: "a side effect of a
    treatment is neither a treatment nor a cause claim of the condition"): a claim whose argument names side effects
    ("this medicine can cause side effects", "was associated with more adverse events"), a finding listed after them
    ("can cause side effects including drowsiness, dry mouth and weight gain"), and the signs of a warning that opens
    with stopping the treatment ("Stop using the cream and see a doctor if you have swelling of the face")."""
    # "Some medicines can cause vertigo as a side effect": how the cause acts, the effect is still caused
    spans = [m.span() for m in _side_effects(cues).finditer(sentence) if not re.search(r"(?<![\w-])as\s+(?:an?|one)\s+$", sentence[: m.start()], re.I)]
    stop = _STOP_TREATMENT.match(sentence) is not None
    if not spans and not stop:
        return mentions
    out = []
    for m in mentions:
        if m.kind in ("cause", "symptom") and _of_side_effects(sentence, m, spans, stop):
            continue
        out.append(m)
    return out


def without_treatment_effects(sentence: str, mentions: list[RelationMention], cues: RelationCues,
                              condition: Optional[Known] = None) -> list[RelationMention]:
    """The mentions of a sentence, whichever rule or tagger found them, less the symptoms that are a treatment's effects:
    the findings :func:`without_side_effects` drops ("Possible side effects of surgery include bruising, a seroma and
    long-lasting groin pain") and a finding inside the effect of a cause mention that reads as a treatment's harm
    (:func:`treatment_harm`: "Nifedipine can cause headaches and flushing", whose "headaches" no symptom of the
    condition is; CLAIMS_SPEC.md: a side effect of a treatment is neither a treatment nor a cause claim, nor a symptom)."""
    mentions = without_side_effects(sentence, cues, mentions)
    harms = [m.object for m in mentions
             if m.kind == "cause" and m.object is not None and treatment_harm(sentence, m.subject, m.object, m.rule, cues, condition)]
    if not harms:
        return mentions
    return [m for m in mentions if not (m.kind == "symptom" and any(a <= m.subject[0] and m.subject[1] <= b for a, b in harms))]


def without_treatment_harms(claims: list, cues: RelationCues, condition: Optional[Known] = None) -> list:
    """A document's claims less the causes that are the harm of one of its treatments (:func:`treatment_harm`): the
    cause shares an intervention word with a treatment claim of the page ("Terbinafine cream can cause redness" on a page
    that treats with terbinafine cream), and its effect links to no disease (an ICD-10-CM code)."""
    treated = {w for c in claims if c.type == "treatment" for w in _intervention_words(c.intervention.text, cues)}
    return [c for c in claims if not (c.type == "cause" and treated and _harm_claim(c, treated, cues, condition))]


def _intervention_words(text: str, cues: RelationCues) -> set[str]:
    # not a head whose complement names the thing ("a diet high in sugary drinks")
    heads = cues.lower_sets["complement_heads"]
    return {w.rstrip("s") for w in re.findall(r"[a-z][a-z-]*", text.lower()) if intervention_word(w, cues) and w not in heads}


def _harm_claim(c, treated: set[str], cues: RelationCues, condition: Optional[Known]) -> bool:  # noqa: ANN001 - a CauseClaim
    if c.relation != "causes" or c.effect is None or c.effect.implicit or not _intervention_words(c.cause.text, cues) & treated:
        return False
    if c.effect.concept is not None and re.match(r"[A-QS-Z]\d", c.effect.concept.id):
        return False  # a disease (an ICD-10-CM code outside chapter R, symptoms and signs): "can cause stomach ulcers"
    sentence, at = c.evidence.quote, c.evidence.start
    cause, effect = (c.cause.start - at, c.cause.end - at), (c.effect.start - at, c.effect.end - at)
    if sentence[cause[0] : cause[1]] != c.cause.text or sentence[effect[0] : effect[1]] != c.effect.text:
        return False
    return treatment_harm(sentence, cause, effect, c.evidence.rule, cues, condition)


def treatment_harm(sentence: str, cause: Span, effect: Span, rule: str, cues: RelationCues, condition: Optional[Known] = None) -> bool:
    """Whether a cause claim reads as a treatment's harm told without the words "side effect" ("Terbinafine cream can
    cause redness, itching or stinging", "cryotherapy ..., which can cause pain, blistering and hypopigmentation"): its
    cause names an intervention, its verb is a plain causing verb (``harm_cause_verbs``) and its effect is no condition,
    pronoun or worsening. A vague class of drugs or its examples ("Some medicines can cause dizziness", "some
    medicines, such as tamoxifen, ..."), misuse ("Overuse of painkillers") and advice against a use ("Do not take X on
    more than 10 days a month, as this can cause ...") name drugs among the causes of something. Whether the drug is a
    treatment of the page's condition, which makes it a harm (CLAIMS_SPEC.md), the caller decides."""
    cue = rule.split(":")[1].lower() if rule.startswith("cause:") else ""
    if not any(cue == v or cue.endswith(" " + v) for v in cues.lower_sets["harm_cause_verbs"]):
        return False  # "With each spine surgery, more scar tissue": how a course of care goes, not a harm it does
    text = sentence[cause[0] : cause[1]]
    words = re.findall(r"[a-z][a-z-]*", text.lower())
    if not any(intervention_word(w, cues) for w in words) or re.search(r"(?:\bnot|n[\u2019']t)\s+$", sentence[: cause[0]], re.I):
        return False
    vague = _drug_class_of_causes(cues).finditer(sentence, max(0, cause[0] - 40), cause[1])
    if any(c.end() > cause[0] for c in vague) or _EXAMPLE_BEFORE.search(sentence, 0, cause[0]) or misuse_pattern(cues).search(sentence, 0, max(cause[1], effect[0])):
        return False
    if is_pronoun(sentence, effect, cues) or is_condition(sentence[effect[0] : effect[1]], cues, condition):
        return False  # "it" is the condition; "NSAIDs can cause gastritis", "stomach ulcers"
    return not _comparative(cues).search(sentence, effect[0])


@per_cue_set
def _drug_class_of_causes(cues: RelationCues) -> re.Pattern[str]:
    """A vague class of drugs ("Some medicines", "certain other drugs"): a sentence naming drugs among the causes of
    something, not a treatment's harm."""
    return re.compile(
        r"(?<![\w-])(?:" + alternation(cues.vague_determiners) + r")\s+(?:[\w-]+\s+)?(?:" + alternation(cues.cause_list_nouns) + r")(?![\w-])",
        re.IGNORECASE,
    )


#: the examples of a class up to a cause ("some medicines, such as tamoxifen, amiodarone and ..."): drugs named as causes
_EXAMPLE_BEFORE = re.compile(r"(?<![\w-])(?:such\s+as|including|like)\s+(?:[^.;:()]{0,80}?(?:,|\s(?:and|or)))?\s*$", re.IGNORECASE)


@per_cue_set
def _comparative(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternation(cues.effect_comparatives) + r")(?![\w-])", re.IGNORECASE)


def _treated_sequel(sentence: str, m: RelationMention, cues: RelationCues, intervention: Optional[Known]) -> bool:
    """Whether a cause read from "X was followed by Y" has an intervention as X ("Open CTR was followed by high
    satisfaction"): what came after a treatment is its outcome or its harm, no cause of the condition."""
    if m.kind != "cause" or not m.rule.endswith("followed by"):
        return False
    text = sentence[m.subject[0] : m.subject[1]]
    return any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", text.lower())) or bool(intervention and intervention(text))


#: A cause supposed by a condition clause: "if a fungus is the cause", "when a virus is the cause", "If a medicine is
#: thought to be the trigger", "If gallstones caused your pancreatitis": the situation of what follows.
_SUPPOSING = re.compile(
    r"(?:^|[\s(,;:\u2013\u2014-])(?:if|when|whenever|unless|where)\s+(?:(?:a|an|the|your|this|their|his|her)\s+)?"
    r"(?:(?!(?:you|we|they|it|i|he|she|there)\s)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SUPPOSED_AS_CAUSE = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+(?:(?:thought|believed|likely|found|suspected)\s+to\s+be\s+|probably\s+|really\s+)?"
    r"(?:the|a|an|your)\s+(?:(?:likely|main|underlying|real|only|probable|most\s+likely)\s+)?(?:cause|trigger|culprit|reason)"
    r"|caused|triggered|brought\s+on)(?![\w-])",
    re.IGNORECASE,
)


def _supposed_cause(sentence: str, m: RelationMention) -> bool:
    """Whether a cause claim's cause is supposed by a condition clause ("antifungal drops if a fungus is the cause", "If
    gallstones caused your pancreatitis, we usually recommend surgery"): the situation of advice or of a treatment, not a
    cause the text asserts (as an intervention named in a fronted condition is no treatment claim, CLAIMS_SPEC.md session
    10); "If your gastritis is caused by NSAIDs" names its cause after the verb and is not read here."""
    if m.kind != "cause":
        return False
    return bool(_SUPPOSING.search(sentence, 0, m.subject[0])) and bool(_SUPPOSED_AS_CAUSE.match(sentence, m.subject[1]))


def _of_side_effects(sentence: str, m: RelationMention, spans: list[Span], stop: bool) -> bool:
    if stop and m.kind == "symptom" and m.rule.endswith("warning"):
        return True
    args = [m.subject] + ([m.object] if m.object else [])
    for a, b in spans:
        if any(x < b and a < y for x, y in args):
            return True  # "can cause side effects", "were linked to adverse events"
        for x, _ in args:
            gap = sentence[b:x]
            if x >= b and _SIDE_EFFECT_LIST.match(gap) and not re.search(r"[.;]", gap) and len(gap) <= 120:
                return True  # "side effects including drowsiness, dry mouth and weight gain": each item
    return False


def _dedupe(sentence: str, mentions: list[RelationMention]) -> list[RelationMention]:
    """One claim per (kind, subject): the first rule that found it wins, lists before verbs. A cause with two effects
    apart, each of its own causal verb joined by "and" (:func:`joined_effects`), keeps both."""
    seen: dict[tuple[str, Span], list[RelationMention]] = {}
    out = []
    for m in mentions:
        key = (m.kind, m.subject)
        kept = seen.get(key)
        if kept is not None and not all(joined_effects(sentence, k, m) for k in kept):
            continue
        seen.setdefault(key, []).append(m)
        out.append(m)
    return out


def joined_effects(sentence: str, a: RelationMention, b: RelationMention) -> bool:
    """Whether two cause mentions of one cause are claims of two causal verbs joined by "and", each with its effect ("Smoking
    causes a cough and may lead to lung cancer"): the text between the first effect and the second holds "and" and the
    second's verb, and no punctuation; not one verb's list of effects read twice."""
    if a.kind != "cause" or b.kind != "cause" or a.object is None or b.object is None:
        return False
    first, second = (a, b) if a.object[1] <= b.object[0] else (b, a)
    if first.object[1] > second.object[0] or not second.rule.startswith("cause:"):
        return False
    between = sentence[first.object[1] : second.object[0]]
    verb = second.rule.split(":", 1)[1].strip().lower()
    return (_JOINING_AND.match(between) is not None and not re.search(r"[,;:()]", between)
            and bool(verb) and verb in between.lower())


#: "and" opening the words between two effects of joined verbs
_JOINING_AND = re.compile(r"\s+and\s", re.IGNORECASE)


#: "of (the) " right before a list lead's head: "The aims of treatment are ...".
_PURPOSE_OF = re.compile(r"(?<![\w-])of\s+(?:(?:the|a|an|any|your|their|this|such)\s+)?$", re.IGNORECASE)


@per_cue_set
def _purpose_nouns(cues: RelationCues) -> re.Pattern[str]:
    """A purpose noun and "of" ending the text before a list lead's head ("the aims of", "the goal of"), compiled once."""
    return re.compile(r"(?<![\w-])(?:" + alternation(cues.purpose_nouns) + r")\s+of\s+(?:(?:the|a|an|any|your|their|this|such)\s+)?$", re.IGNORECASE)
