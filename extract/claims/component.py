"""The spaCy component that turns a ``Doc``'s qualitative claims into records.

A thin wrapper over :func:`~extract.claims.relations.find_relations`: it walks the sentences,
keeps the list state across bullet lines, types bullets under headings ("Symptoms",
"Treatment Options"), links every argument to a concept, and appends cause, symptom,
treatment and recommendation claims to ``doc._.claims`` (after the figures). Every claim's
target span goes into ``doc.spans["claim_targets"]`` for the assertion component.
"""


from functools import partial
from typing import Callable, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.claims.cues import RelationCues, agent_word, alternation, intervention_word, load_relation_cues, memo_per_cue_set, per_cue_set
from extract.claims.phrases import Known, Span
from extract.lexicon import is_base_verb
from extract.claims.causes import anaphoric_causes, fragment_cause, series_fragment_cause
from extract.claims.grammar import ANAPHORA, DENIABLE, ListState, RelationMention, apposition, compiled, through_denial
from extract.claims.learned import LEARNED, DocTokens, LearnedTagger, get_tagger, sentence_context, tagger_from
from extract.claims.lists import (
    advice_lead,
    advised_items,
    advised_lead_strength,
    anaphoric_lead_kind,
    avoid_lead,
    avoided_items,
    boilerplate,
    bullet_item,
    care_heading,
    gerund_advice_items,
    gerund_advice_strength,
    list_lead_kind,
    purpose_lead,
    NAVIGATION,
    WARNING,
    warning_items,
)
from extract.claims.recommendations import acted_on, advice_siblings, recommendations
from extract.claims.relations import find_relations, joined_effects, rules_view, without_treatment_effects, without_treatment_harms
from extract.claims.symptoms import (
    after_care, answer_symptoms, carried_symptoms, clause_frame, denied_states, findings_only, likened_feelings, spreading_pain, framed_bullet, part_frame_findings, state_runs, table_row, table_symptom_header, table_symptoms, without_changing_signs, without_common_in_group, without_frequency,
)
from extract.claims.treatments import (
    PRONOUN_SUBJECT, RELIEF_SUBJECT, advice_bullet, advised_with_effect, anaphoric_treatments, bodily_product, failed_in_condition, incidental_intervention, intervention_mentions,
    DOSE_TAIL, DURATION_TAIL, elaborated_cause, lifestyle_intervention, named_in_treatment_section, used_after,
)
from extract.figures.context import stem, topic_terms
from extract.figures.cues import load_context_cues
from extract.linking.normalize import singular
from extract.pipeline.components import abbreviations_of, doc_text
from extract.figures.component import quote_span, split_long, text_doc_id
from extract.pipeline.extensions import register_extensions
from extract.pipeline.lines import BULLET, heading_before, list_questions
from extract.records.ids import stable_id
from extract.references.component import citations_of
from extract.records.models import (
    SCHEMA_MAJOR,
    CauseClaim,
    Concept,
    Evidence,
    Mention,
    RecommendationClaim,
    SymptomClaim,
    TreatmentClaim,
)

EXTRACTOR = "evidence_claims"
#: ``(text, types, context) -> Concept | None``; the linker's :meth:`link` or a stand-in.
LinkFn = Callable[..., Optional[Concept]]  # (text, types, context[, abbreviations]) -> Concept | None
#: The score of a concept named exactly (an alias as written, up to inflection): what :meth:`known`
#: and the page-condition test take a phrase to name.
KNOWN_SCORE = 0.999
#: The score from which :meth:`is_intervention` takes a phrase to name an intervention.
INTERVENTION_SCORE = 0.8

#: Semantic types preferred for each argument role.
ROLE_TYPES: dict[str, tuple[str, ...]] = {
    "cause": ("disorder", "finding", "behavior", "procedure", "anatomy", "drug", "device", "therapy"),
    "effect": ("finding", "disorder"),
    "symptom": ("finding", "disorder"),
    "condition": ("disorder", "finding"),
    "intervention": ("procedure", "drug", "therapy", "device", "behavior"),
    "action": ("procedure", "drug", "therapy", "device", "behavior"),
    "population": ("disorder", "finding"),
}


def is_bullet(text: str, start: int) -> bool:
    """Whether the line holding offset ``start`` begins with a bullet mark."""
    line_start = text.rfind("\n", 0, start) + 1
    return BULLET.match(text[line_start : start + 3]) is not None


#: The list kinds whose bullets name no treatment.
_NOT_TREATMENTS = frozenset({"cause", "risk_factor", "symptom", WARNING, NAVIGATION})
#: The last word of a recommendation rule whose subject, when it names an intervention, is a treatment claim too.
_RECOMMENDED_INTERVENTION = frozenset({"offered", "offer", "prescribed", "suggested", "about", "discuss", "option", "alternative", "indicated", "reserve"})
#: A referral cue ("may be referred for", "may refer you for"): what the reader is referred for is offered, a treatment
#: claim when it names an intervention, not a test (CLAIMS_SPEC.md).
#: The passive offer after a recommended thing: "X should be offered to ...", "X will usually be given".
_OFFERED_AFTER = re.compile(
    r"\s+(?:should|must|will|can|may|could|might)\s+(?:(?:usually|also|normally|routinely|then|always)\s+)?be\s+(?:offered|given|prescribed)(?![\w-])",
    re.IGNORECASE,
)
#: The examples after a class that is the subject of that passive: "A statin such as atorvastatin should be offered".
_EXAMPLE_OF_SUBJECT = re.compile(r"\s+(?:such\s+as|including)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+(?:should|must|will|can|may|could|might)\s)", re.IGNORECASE)
_REFERRAL_CUE = re.compile(r"refer(?:red)?(?:\s+you)?\s+for$")
_WORD_ONLY = re.compile(r"[A-Za-z]+")
_REFERRED_FOR = re.compile(r"(?<![\w-])refer(?:red)?(?:\s+you)?\s+for\s+(?:(?:a|an|the|your|some)\s+)?$", re.IGNORECASE)
#: A clinician's verb right before what it recommends ("Doctors may recommend pain meds", "your GP may suggest a spray").
_RECOMMENDING_VERB = re.compile(r"(?<![\w-])(?:recommends?|suggests?|prescribes?|advises?|reserves?)\s+(?:(?:a|an|the|some|your)\s+)?$", re.IGNORECASE)


#: A product or service line ending in its price ("Clotrimazole 2% Cream 20 g - £6.99", "Total nail avulsion: £345"): what the
#: page offers, no heading of what follows, though it stands on a line of its own.
_PRICE_END = re.compile(r"(?:\s[-\u2013\u2014]|:)\s*(?:from\s+)?[£$€]\s?\d[\d,.]*\s*$", re.IGNORECASE)
#: A run-in heading: a few words and a full stop ("Diet.", "SGLT2 inhibitors.", "Dialysis and transplant.").
_RUN_IN_HEADING = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,4}\.")
#: ... without a verb of its own ("Surgery helps.", "It works.").
_RUN_IN_VERBS = frozenset(
    "is are was were be has have had do does did can may will might could should help helps work works worked helped "
    "it they this these".split()
)
#: ... nor opens as a sentence does ("And surgery isn't a guarantee.", "The type of operation matters.").
_RUN_IN_OPENERS = frozenset("the a an and but so or".split())


#: The first word of a span that names no intervention: a preposition of time or place ("for 2 to 4 weeks", "at the
#: optimistic end"), a conjunction ("although recent studies show", "but no trial"), an adverb.
_NOT_INTERVENTION_OPENERS = frozenset(
    "for at in on to by after before during until within from although but though usually cannot not given if when unless whether".split()
    # "Referral to a sleep clinic", "referral to a physiotherapist for jaw exercises": where the care is had, no intervention
    + "referral referrals".split())
#: Research named as the subject ("Larger trials of physiotherapy ... are needed"): what is studied, no intervention given.
_RESEARCH_WORDS = frozenset("trials studies research evidence".split())
#: The head of a test or an examination ("a formal diagnosis", "your eye examination", "a blood test"): what diagnoses,
#: no treatment (CLAIMS_SPEC.md).
_TEST_HEADS = frozenset(
    "diagnosis diagnoses examination examinations test tests testing scan scans x-ray x-rays screening monitoring "
    "surveillance biopsy biopsies ultrasound mri imaging check-up check-ups "
    # a camera test named by its noun ("your GP will refer you for an endoscopy", "we offer upper endoscopy"): it looks; what
    # is done through the scope is named by the adjective ("endoscopic resection") and stays a treatment
    "endoscopy endoscopies colonoscopy colonoscopies gastroscopy gastroscopies cystoscopy cystoscopies sigmoidoscopy "
    "bronchoscopy".split()
)
_RESEARCH_MODIFIERS = frozenset("larger further more new future better randomised randomized".split())
#: A participle or a verb read alone as the subject ("is associated", "often combined with", "can help prevent").
_NOT_INTERVENTION_WORDS = frozenset("associated combined compared help helps".split())


#: what joins the forms of one medicine: "creams or ointments", "mouthwashes, sprays or pastes", "lotions, and sprays"
_FORM_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)


def _second_form(sentence: str, span: Span, spans: Sequence[Span], cues: RelationCues, depth: int = 0) -> bool:
    """Whether ``span`` is a bare dosage form joined to the form of a medicine named just before it, its modifiers
    shared ("strong steroid creams or ointments", "steroid mouthwashes, sprays or pastes", "Clotrimazole cream or
    spray"): one intervention in another form, whose claim is the first's (CLAIMS_SPEC.md, session 21); not a form
    after a bare form ("creams, tablets or injections") or a site's form ("eye drops or tablets"), nor a medicine with
    a name of its own ("... and clotrimazole cream")."""
    forms = cues.lower_sets["dosage_form_words"]
    if sentence[span[0] : span[1]].lower() not in forms or depth > 6:
        return False
    for a, b in spans:
        if b <= span[0] and _FORM_JOIN.fullmatch(sentence, b, span[0]) and sentence[a:b].lower().split()[-1] in forms:
            named = sentence[a:b].lower().split()
            if len(named) == 2 and named[0] in cues.lower_sets["body_sites"]:
                return False  # "eye drops or tablets": the site names the form, no medicine whose modifiers are shared
            return len(named) > 1 or _second_form(sentence, (a, b), spans, cues, depth + 1)
    return False


def _imperative_advice_holds(sentence: str, span: Span, found: Sequence[RelationMention]) -> bool:
    """Whether ``span`` lies inside what an imperative opening the sentence advises ("Try relaxation techniques, such as
    breathing exercises or yoga, before bed", "Take simple painkillers such as paracetamol if you need them"): self-care
    advice, a recommendation for each thing, no treatment claim unless the sentence says what it does for the condition
    (CLAIMS_SPEC.md, session 11), which the rules read as a treatment of their own."""
    opener = _IMPERATIVE_OPENER.match(sentence)
    if opener is None or "|" in sentence or _PURPOSE_OR_EFFECT.search(re.sub(r"\([^()]*\)", " ", sentence[opener.end() :])):
        return False  # "Take paracetamol or ibuprofen for the pain", "give X to ease the fever", "..., as this may help": what it
        # does for the condition is said, a treatment claim too; a table row is no imperative
    verb = opener.group(1).lower()
    return any(m.kind == "recommendation" and not m.against and m.rule == "recommendation:" + verb
               and m.target[0] <= span[0] and span[1] <= max(m.target[1], m.subject[1]) for m in found)


#: A purpose or an effect said of advised things ("for the pain", "to ease ...", "which helps", "as this may help").
_PURPOSE_OR_EFFECT = re.compile(r"(?<![\w-])(?:for|to|so|which|that|help|helps|ease|eases|relieve|relieves|reduce|reduces|prevent|prevents|soothe|soothes|as\s+(?:this|it|they|these|that))(?![\w-])", re.IGNORECASE)
#: The verb opening a sentence or a bullet ("Try ...", "• take ..."), read as an imperative when a rule's advice has it as cue.
_IMPERATIVE_OPENER = re.compile(r"[\s*\u2022\u25aa\u25cf-]*([A-Za-z]+)(?![\w'\u2019-])")


def _no_intervention_span(text: str) -> bool:
    """Whether a treatment claim's subject ``text`` cannot name an intervention: it opens with a preposition, a
    conjunction or an adverb ("for about a month", "although recent studies show"), or is a lone verb ("associated")
    (no development gold's treatment subject does; "without surgery" names the conservative course and stays)."""
    words = text.lower().split()
    if not words:
        return False
    research = words[0] in _RESEARCH_WORDS or (len(words) > 1 and words[0] in _RESEARCH_MODIFIERS and words[1] in _RESEARCH_WORDS)
    return (research or words[-1] in _TEST_HEADS or words[0] in _NOT_INTERVENTION_OPENERS or (len(words) == 1 and words[0] in _NOT_INTERVENTION_WORDS)
            or _SHARE_OF_OPENER.match(text) is not None or _LOOKING_PURPOSE.search(text) is not None)


#: A purpose of looking inside a subject ("We use the latest 3D imaging technology to plan your treatment", "... gait analysis to
#: find the cause"): a tool that looks or plans, what diagnoses, no treatment (CLAIMS_SPEC.md: tests are no treatments).
_LOOKING_PURPOSE = re.compile(
    r"\sto\s+(?:plan|diagnose|assess|check|find|detect|confirm|measure|monitor|look|see|map|identify|rule\s+out)(?![\w-])", re.IGNORECASE
)
#: A share of people opening a subject ("64% of the exercise group improved", "half of the patients given X recovered"): the
#: people of a result, no intervention (an arm's class word names none, CLAIMS_SPEC.md session 28).
_SHARE_OF_OPENER = re.compile(
    r"\s*(?:\d[\d.,]*\s*%|\d[\d,]*|half|most|many|two[\s-]thirds|one[\s-]third|a\s+third|a\s+quarter|three[\s-]quarters)\s+of\s", re.IGNORECASE
)


#: An apposition after a bullet's first item: ", a|an" then words up to a relative "that" / "which", with no "and" / "or"
#: ("a vacuum pump, a plastic tube that draws blood into the penis", "A ketogenic diet, a high-fat, low-carbohydrate diet
#: that reduces seizures").
_APPOSITION_ITEM = re.compile(r",\s+(?:a|an)\s+((?:(?!\s(?:and|or)\s)[^;:.()])*?)\s(?:that|which)\s", re.IGNORECASE)


#: ... the same with a plural class and no article ("GnRH analogues, injections that shrink fibroids before surgery") or a
#: purpose ("myomectomy, an operation to remove the fibroids and keep the womb"): the rest of the line describes the item.
_APPOSITION_CLAUSE = re.compile(
    r",\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+to|(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:that|which))\s", re.IGNORECASE
)
#: ... or a clause of how it is used: "clotrimazole cream, applied two or three times a day for about 4 weeks".
_USE_CLAUSE = re.compile(
    r",\s+(?:(?:usually|often|normally|generally|typically|best|then)\s+)?(?:taken|worn|applied|used|injected|inhaled|inserted|sprayed|given|placed)\s",
    re.IGNORECASE,
)


def apposition_region(sentence: str, found: list[RelationMention]) -> Optional[Span]:
    """Where a bullet's apposition describes its first item ("a vacuum pump, a plastic tube that draws blood ...": the
    tube is the pump, one intervention, one claim; "GnRH analogues, injections that shrink fibroids", "myomectomy, an
    operation to remove the fibroids and keep the womb", "clotrimazole cream, applied two or three times a day": the rest
    of the line), or None."""
    items = sorted(m.subject for m in found if m.kind == "treatment" and m.rule == "bullet")
    if len(items) < 2:
        return None
    m = _APPOSITION_ITEM.search(sentence, items[0][1])
    if m is not None and not sentence[items[0][1] : m.start()].strip() and not re.search(r",\s*(?:and|or)\s", sentence[m.end() :]):
        return m.span(1)
    for clause in (_APPOSITION_CLAUSE, _USE_CLAUSE):
        m = clause.match(sentence, items[0][1])
        if m is not None and not re.search(r",\s*(?:and|or)\s", sentence[m.end() :]):
            return m.start() + 1, len(sentence)
    return None  # "Painkillers, a splint that supports the wrist, and physiotherapy": a list


#: The reasons an intervention claims nothing that hold of an item coordinated with it too: where it stands in the
#: sentence (a cause, a situation, the time of advice, advice against), not what it is (a classifier, a service).
_SHARED_REASONS = frozenset({"cause", "situation", "logistics", "against", "method", "question"})
#: What joins two coordinated names: "X or Y", "X, Y", "X and the Y".
_COORDINATED_NEXT = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|and/or)\s+)?(?:(?:a|an|the|any|some|other)\s+)?", re.IGNORECASE)


def _run_in_heading(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start:end`` is a run-in heading: it opens its line, is a few words with a full stop and
    no verb, and its paragraph follows on the same line ("SGLT2 inhibitors. Dapagliflozin ... are now recommended
    ..."): it names the topic of the paragraph, no treatment claim."""
    if start > 0 and text[start - 1] != "\n":
        return False
    sentence = text[start:end].rstrip()
    words = sentence[:-1].lower().split()
    if _RUN_IN_HEADING.fullmatch(sentence) is None or words[0] in _RUN_IN_OPENERS or any(w in _RUN_IN_VERBS or w.endswith(("n't", "n\u2019t")) for w in words):
        return False
    return re.match(r"[ \t]+\S", text[start + len(sentence) :]) is not None


def _treated_here(cues: RelationCues, intervention, condition):  # noqa: ANN001, ANN202
    """What names an intervention in a section about treatment: a known intervention, or a short noun phrase that
    names no person, condition, finding or the page's condition (:func:`named_in_treatment_section`)."""
    def treated(text: str) -> bool:
        if intervention is not None and intervention(text):
            return True
        return named_in_treatment_section(text, cues) and not (condition is not None and condition(text))
    return treated


#: what may stand between two interventions coordinated in one argument: commas, "and", "or", "and/or", "as well as"
_COORDINATION_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|and/or|as\s+well\s+as|plus)\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE)


def coordinated_interventions(sentence: str, m: RelationMention, named: list[Span]) -> list[RelationMention]:
    """A treatment claim whose argument is two or more named interventions and nothing else ("Both propranolol and
    topiramate reduced tremor", "Aspirin or clopidogrel lowers the risk"): one claim each, as a list gives one an
    item (CLAIMS_SPEC.md: one claim per intervention); any other claim as it is."""
    if m.kind != "treatment":
        return [m]
    a, b = m.subject
    parts = [sp for sp in named if a <= sp[0] and sp[1] <= b]
    if len(parts) < 2:
        return [m]
    lead = re.match(r"\s*(?:(?:both|either|a|an|the)\s+)?", sentence[a : parts[0][0]], re.IGNORECASE)
    if lead is None or lead.end() != parts[0][0] - a or sentence[parts[-1][1] : b].strip():
        return [m]  # words of their own before the first or after the last ("daily aspirin and statin therapy")
    if not all(_COORDINATION_GAP.fullmatch(sentence, x[1], y[0]) for x, y in zip(parts, parts[1:])):
        return [m]
    return [m._replace(subject=sp) for sp in parts]


def _recommended_intervention(sentence: str, m: RelationMention) -> bool:
    """Whether a recommendation's subject may also be a treatment claim: what is offered, prescribed or
    suggested, or what a clinician recommends or suggests named right after the verb ("Doctors may
    recommend pain meds"); not a course of action ("recommends starting with a splint"), nor what is
    advised against, nor the subject of a relative clause ("X is the drug we usually recommend first")."""
    if m.against:
        return False
    if m.rule.split(":")[-1].split()[-1] in _RECOMMENDED_INTERVENTION or _REFERRAL_CUE.search(m.rule):
        return True
    first = sentence[m.subject[0] : m.subject[1]].split()[:1]
    return bool(_RECOMMENDING_VERB.search(sentence[: m.subject[0]])) and bool(first) and not first[0].lower().endswith("ing")


#: A guideline's weak recommendation of a named intervention: "Tympanostomy tube insertion may be considered for ...".
_MAY_BE_CONSIDERED = re.compile(r":(?:may|might|can|could|should|must)\s+(?:(?!only\s)\w+\s+)?be\s+considered$", re.IGNORECASE)
#: The passive offer before what is offered to the people of the clause: "All patients should be offered a ...", "Adults
#: with X should usually be given ...".
_OFFERED_BEFORE = re.compile(r"(?<![\w-])be\s+(?:\w+ly\s+)?(?:offered|given|prescribed)\s+(?:(?:a|an|the|some)\s+)?$", re.IGNORECASE)


def _needed_intervention(sentence: str, m: RelationMention, cues: RelationCues) -> bool:
    """Whether a recommendation read from "X is (only, sometimes) needed" names an intervention before its cue: the text
    says when it is used, a treatment claim ("A blood transfusion is only needed if ..."), not what to do."""
    if m.kind != "recommendation" or not re.search(r":(?:is|are)(?:\s+not)?(?:\s+\w+)?\s+needed$", m.rule):
        return False
    seldom = r"(?:rarely|seldom|not\s+(?:usually|routinely|always|often|normally|generally))\s+needed"
    if m.against and not re.search(r":(?:is|are)\s+" + seldom + r"$", m.rule) and not re.match(
            r"(?:\s*\([^()]*\))?\s+(?:is|are)\s+" + seldom + r"(?![\w-])", sentence[m.subject[1] :], re.IGNORECASE):
        return False  # "X is rarely needed", "X is not usually needed" say how often X is used, as "X is only needed if ..."
        # (dev20, dev30 gold; CLAIMS_SPEC.md: "Antibiotics aren't routinely needed" is a treatment claim only)
    if m.subject[1] > m.target[1] or not re.match(r"(?:\s*\([^()]*\))?\s+(?:is|are)\s", sentence[m.subject[1] :]):
        return False  # the cue must follow the subject: "X is needed", "Surgery (a bursectomy) is only needed"
    return any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[m.subject[0] : m.subject[1]].lower()))


#: The last words of the recommendation cues whose subject is the intervention recommended by name: offered ("may be
#: offered"), suggested or recommended ("your GP may suggest", "are now recommended for", "we recommend"), preferred or
#: reserved ("is often preferred for older patients", "should be reserved for ..."), an option.
_OFFER_CUE_ENDS = frozenset({"offered", "offer", "suggested", "option", "alternative", "indicated",
                             "suggest", "recommend", "recommended", "preferred", "reserved"})
#: Of those, the cues that name the intervention only as the passive's own subject ("Surgery should be reserved for ...",
#: "X is now recommended") or as the verb's object right after it ("we recommend a splint", "your GP may suggest X"):
#: not "X is the drug we usually recommend first", "we recommend that ...", "may suggest one for a short time".
_ADJACENT_CUE_ENDS = frozenset({"suggest", "recommend", "recommended", "preferred", "reserved"})
_PASSIVE_GAP = re.compile(r"(?:\s*,\s*[^,;:.()]{1,40}?)*(?:,?\s+(?:and|or)\s+[^,;:.()]{1,40}?)?"  # "X, Y or Z are recommended"
                          r"(?:\s+(?:is|are|be|should|must|may|might|can|could|will|would|now|often|usually|generally|"
                          r"sometimes|also|only|then|increasingly|widely|strongly))*\s+", re.IGNORECASE)
#: "X should be reserved for ...", "X should usually be preferred": the passive of advice after the subject, read by "should be".
_BE_ADVISED_AFTER = re.compile(r"\s+(?:should|must|may|can|could|would|will)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?"
                               r"(?:reserved|recommended|preferred|offered|considered)(?![\w-])", re.IGNORECASE)
_OBJECT_GAP = re.compile(r"\s+(?:(?:a|an|the|some|your)\s+)?(?:[^,;:.()]{1,40}?,\s*)*(?:[^,;:.()]{1,40}?,?\s+(?:or|and)\s+)?",
                         re.IGNORECASE)  # "may suggest X, Y or Z"


def _named_at_cue(sentence: str, m: RelationMention, cues: RelationCues) -> bool:
    """Whether a recommendation's subject is the cue's own passive subject or the object right after its verb."""
    cue = m.rule.split(":", 1)[-1].lower()
    low = sentence.lower()
    after = low.find(cue.split()[-1], m.subject[1])  # "are now recommended" read by the cue "are recommended"
    if after >= 0 and _PASSIVE_GAP.fullmatch(sentence, m.subject[1], after):
        return True
    before = low.rfind(cue, 0, m.subject[0])
    if before < 0:
        return False
    named = apposition(cues).search(sentence, before + len(cue), m.subject[0])  # "may suggest a medicine known as X"
    if named is not None and len(sentence[before + len(cue) : named.start()].split()) <= 5 and not re.search(r"[,;:.()]", sentence[before + len(cue) : named.start()]):
        return True
    return _OBJECT_GAP.fullmatch(sentence, before + len(cue), m.subject[0]) is not None


_ARTICLE = re.compile(r"(?:(?:a|an|the)\s+)?", re.IGNORECASE)


def named_by_cue(sentence: str, span: Span, cues: RelationCues) -> Span:
    """The name a phrase gives after a naming cue ("a minor procedure called a partial nail avulsion", "a drug known as
    X"): the intervention is the name, its class the description before the cue; else the phrase itself."""
    cue = apposition(cues).search(sentence, span[0], span[1])
    if cue is None:
        return span
    start = _ARTICLE.match(sentence, cue.end()).end()
    return (start, span[1]) if start < span[1] else span


def undosed(sentence: str, span: Span) -> Span:
    """``span`` without the course's length and the dose after the drug's name ("Aspirin 75 mg daily" -> "Aspirin",
    "oral terbinafine for 12 weeks" -> "oral terbinafine")."""
    for tail in (DURATION_TAIL, DOSE_TAIL):
        cut = tail.search(sentence[: span[1]], span[0])
        if cut is not None and cut.start() > span[0]:
            span = (span[0], cut.start())
    return span


#: The class a thing is an example of, before it in the sentence: "soft foods such as yoghurt, ...", "drinks like ...".
_EXAMPLE_OF_CLASS = re.compile(r"(?P<head>[A-Za-z][\w'-]*)\s*,?\s+(?:such\s+as|like|including|e\.g\.)\s+[^.;:!?()]*$", re.IGNORECASE)


#: how soon, ending what is offered or needed: "an adrenaline injection straight away"
_URGENCY_TAIL = re.compile(r"\s+(?:straight\s+away|right\s+away|immediately|urgently|at\s+once|as\s+soon\s+as\s+possible|without\s+delay)$",
                           re.IGNORECASE)
#: The cues of what is needed ("X needs Y", "people with X need Y"): a treatment claim too when Y names an intervention
#: (CLAIMS_SPEC.md, session 11), not when it is a test, a place of care or an action ("needs to be treated quickly").
_NEED_CUES = frozenset({"needs", "need", "requires", "require", "will need", "may need", "might need", "usually need",
                        "usually needs", "often need", "often needs"})


def _needed_by_name(sentence: str, m: RelationMention, cues: RelationCues) -> bool:
    """Whether what a "needs" recommendation names is an intervention: a short noun phrase with an intervention word
    ("an adrenaline injection"), or an example of a class that has one ("antifungal tablets such as terbinafine")."""
    named = undosed(sentence, named_by_cue(sentence, m.subject, cues))
    ws = re.findall(r"[a-z][a-z'-]*", sentence[named[0] : named[1]].lower())
    if not 0 < len(ws) <= 4 or ws[0] in cues.lower_sets["pronouns"] or _TEST_HEAD.search(sentence, named[0], named[1]):
        return False
    if set(ws) & (cues.lower_sets["clause_words"] | cues.lower_sets["offer_not_items"] | cues.lower_sets["offer_not_heads"]):
        return False
    example_of = _EXAMPLE_OF_CLASS.search(sentence, 0, m.subject[0])
    heads = [example_of.group("head").lower()] if example_of is not None else []
    return any(intervention_word(w, cues) for w in ws + heads)


def _offered_intervention(sentence: str, m: RelationMention, cues: RelationCues) -> bool:
    """Whether a recommendation's subject is an intervention offered or suggested by name ("Melatonin may be offered to
    people aged 55 and over", "you may be offered a splint"): a short noun phrase, not a course of action, a pronoun, a
    test or a referral (CLAIMS_SPEC.md: a treatment claim and a recommendation of strength may)."""
    passive_offer = (_OFFERED_AFTER.match(sentence, m.subject[1]) is not None
                     or (m.rule.endswith(" be") and _BE_ADVISED_AFTER.match(sentence, m.subject[1]) is not None) or (
        _EXAMPLE_OF_SUBJECT.match(sentence, m.subject[1]) is not None and _OFFERED_AFTER.search(sentence, m.subject[1]) is not None)
        or _OFFERED_BEFORE.search(sentence[: m.subject[0]]) is not None
    ) and not (len(sentence[m.subject[0] : m.subject[1]].split()) == 1
               and re.search(r"(?<![\w-])(?:the|this|that|these|those)\s+$", sentence[: m.subject[0]], re.I))  # "the therapy should be offered": named before
    if re.match(r"\s+(?:should|must|may|can|could)\s+only\s+be\s+considered(?![\w-])", sentence[m.subject[1] :], re.IGNORECASE):
        return False  # "Surgery should only be considered after ...": kept for later, no offer (CLAIMS_SPEC.md)
    if (not m.against and m.rule.split(":")[-1] in _NEED_CUES
            and not _MAY_BE_CONSIDERED.search(m.rule) and _needed_by_name(sentence, m, cues)):
        return True  # "Anaphylaxis needs an adrenaline injection", "needs antifungal tablets such as terbinafine": by name
    if m.against or (m.rule.split(":")[-1].split()[-1] not in _OFFER_CUE_ENDS
                     and not _MAY_BE_CONSIDERED.search(m.rule) and not _REFERRAL_CUE.search(m.rule)
                     and not passive_offer):
        return False  # "A statin should be offered to all adults with ...": offered, as "may be offered"
    if m.rule.split(":")[-1].split()[-1] in _ADJACENT_CUE_ENDS and not _named_at_cue(sentence, m, cues):
        return False
    if _REFERRAL_CUE.search(m.rule) and not _REFERRED_FOR.search(sentence[: m.subject[0]]):
        return False  # "may refer you for tests ..., such as a gastroscopy": the examples of what is referred for, tests
    named = undosed(sentence, named_by_cue(sentence, m.subject, cues))
    text = sentence[named[0] : named[1]]
    ws = re.findall(r"[a-z][a-z'-]*", text.lower())
    example_of = _EXAMPLE_OF_CLASS.search(sentence, 0, m.subject[0])
    if example_of is not None and example_of.group("head").lower() in cues.lower_sets["offer_not_heads"]:
        return False  # "Offer soft, cool foods such as yoghurt or mashed potato": examples of food, no intervention
    if ws and (ws[-1] in cues.lower_sets["condition_heads"] or ws[-1] in cues.lower_sets["prepositions"]
               or ws[-1] in cues.lower_sets["offer_not_heads"]):
        return False  # "Lyme disease should be considered in ...": a diagnosis; "an anabolic-first approach": a principle of care
    return (0 < len(ws) <= 5 and not (ws[0].endswith("ing") and "-" not in ws[0]) and ws[0] not in cues.lower_sets["pronouns"]
            and ws[0] not in {"one", "you", "to", "first", "at", "for", "in", "on", "with", "by"}
            and not (set(ws) & (cues.lower_sets["clause_words"] | cues.lower_sets["offer_not_items"])) and not re.search(r"(?<![\w-])\d+(?:[.,]\d+)?(?:(?!-[A-Za-z])|(?=-(?:day|week|month|year|hour|minute|session|dose)s?(?![\w-])))", text)
            and not any(w.endswith(("graphy", "gram", "grams")) for w in ws))  # "fluorescein angiography", "an echocardiogram": tests


#: where a title's name of its condition ends: a subtitle, a breadcrumb step, a preposition or a dash
_TITLE_END = re.compile(r"\s*(?:[:|?(\u2013\u2014]|\s-\s|\s(?:in|of|for|and|with|after|during|among|at|on|from)\s)|$", re.IGNORECASE)


def title_condition(text: str) -> Optional[str]:
    """The name a page's title gives first, lower-cased, as the page's own condition ("Erectile dysfunction: a
    pharmacist's guide", "Peripheral artery disease in primary care: ...", "Forums > Ear and hearing > Tinnitus"):
    one to four words, or None for a title that opens with no name ("What is ...", "Your questions answered")."""
    first = re.match(r"\s*([^\n]{1,160})", text)
    if first is None:
        return None
    line = first.group(1).split(">")[-1].strip()
    end = _TITLE_END.search(line)
    ws = re.findall(r"[a-z][a-z'-]*", line[: end.start() if end else len(line)].lower())
    if not 1 <= len(ws) <= 4 or ws[0] in _TITLE_OPENERS or ws[-1] in _TITLE_NOT_CONDITIONS:
        return None
    name = " ".join(ws)
    body = text[first.end() :].lower()
    if not any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", body) for n in filter(None, (name, singular(name)))):
        return None  # a publisher's or a section's name, not what the page is about ("Styes" over "a stye" is the page's)
    return name


#: last words of a title's name that name a service, a treatment or a place, never the page's condition
_TITLE_NOT_CONDITIONS = frozenset({"surgery", "treatment", "treatments", "therapy", "care", "health", "hospital", "clinic", "center",
                                   "centre", "institute", "infirmary", "pharmacy", "trust", "service", "services", "research",
                                   "outcomes", "medicine", "news", "science", "society", "association", "foundation", "network",
                                   "practice", "unit", "department", "associates", "group", "content", "guide", "leaflet",
                                   "effectiveness", "efficacy", "safety", "review", "study", "trial", "update", "alliance",
                                   "partnership", "forum", "forums", "magazine", "blog", "journal"})
_TITLE_OPENERS = frozenset({"what", "why", "how", "when", "who", "your", "our", "my", "a", "an", "the", "about", "living", "managing",
                            "understanding", "questions", "faq", "faqs", "welcome", "home", "thread", "posted", "information",
                            "patient", "guide", "treatment", "treatments", "symptoms", "causes"})


def heading_follows(text: str, end: int, headings: list) -> bool:
    """Whether the next line with text after offset ``end`` is a heading over a paragraph (an
    option's name, then what it is), as pages and their HTML extractions lay out sections."""
    starts = {h.start: h.end for h in headings}
    m = _NEXT_LINE.match(text, end)
    if m is None or m.end() not in starts:
        return False
    after = _NEXT_LINE.match(text, starts[m.end()])
    return after is not None and after.end() not in starts and not BULLET.match(text[after.end() : after.end() + 4])


_NEXT_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=\S)")


def plain_item_line(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether the sentence ``start:end`` is an item of a list written without marks, one item
    a line right under its lead-in or the item before ("Symptoms include:" / "Red patches of
    skin" / "Itching"): a whole short line, on the next line after ``previous_end``."""
    if previous_end < 0 or text[previous_end:start].count("\n") != 1 or text[previous_end:start].strip():
        return False
    line_end = text.find("\n", end)
    line = text[start : len(text) if line_end < 0 else line_end].strip()
    return line == text[start:end].strip() and len(line.split()) <= _MAX_ITEM_LINE_WORDS and not line.endswith((":", "?"))


#: The longest line without a mark read as a list item.
_MAX_ITEM_LINE_WORDS = 12


def lead_line(text: str, start: int) -> str:
    """The nearest line above the bullet line holding ``start`` that is no bullet itself: the
    heading or lead-in of its list ("Things to avoid", "Try to avoid:")."""
    end = text.rfind("\n", 0, start)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip() and BULLET.match(line[:3] + " ") is None:
            return line.strip()
        end = begin - 1
    return ""


#: A lead-in whose items complete its clause ("Your nail may:", "Over time the skin can:"): what happens, no advice.
_CLAUSE_LEAD_END = re.compile(r"(?<![\w-])(?:may|might|can|could|will|would|often|usually|sometimes|also)\s*:\s*$", re.IGNORECASE)


def list_lines(text: str, start: int) -> list[str]:
    """The other bullet lines of the list holding the bullet line of ``start``: the bullet lines above and below it up to
    a line that is no bullet (blank lines between bullets are skipped)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    out: list[str] = []
    end = line_start - 1  # upwards, line by line (no split of the whole text: a page may hold thousands of bullets)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        end = begin - 1
        if not line.strip():
            continue
        if BULLET.match(line[:3] + " ") is None:
            break
        out.append(line)
    begin = line_end + 1
    while begin < len(text):  # downwards
        stop = text.find("\n", begin)
        stop = len(text) if stop < 0 else stop
        line = text[begin:stop]
        begin = stop + 1
        if not line.strip():
            continue
        if BULLET.match(line[:3] + " ") is None:
            break
        out.append(line)
    return out


def bullet_start(text: str, start: int) -> bool:
    """Whether offset ``start`` opens its bullet line's text (right after the mark, or at a number
    kept in the sentence): the sentence that names the item, not one that goes on about it."""
    line_start = text.rfind("\n", 0, start) + 1
    m = BULLET.match(text[line_start : start + 3])
    return m is not None and start <= line_start + m.end()


@memo_per_cue_set(4096)  # every sentence under a heading asks its kind, against every cue of every kind
def heading_kind(heading: Optional[str], cues: RelationCues) -> Optional[str]:
    """The claim kind a heading or a question line announces ("Common Symptoms", "What does an
    asthma attack feel like?" -> symptom; "Who gets gallstones?" -> risk_factor; "When to see a
    doctor" -> warning signs; "Related pages" -> page links), if any. A yes/no
    question ("Can asthma cause a cough?") is typed by the section cues alone, not the list heads."""
    if not heading:
        return None
    h = heading.lower()
    navigation, sections, heads = _heading_phrases(cues)
    if navigation.search(h):
        return NAVIGATION
    if care_heading(heading, cues):
        return WARNING
    for kind, pattern in sections:
        if pattern.search(h):
            return kind
    first = re.findall(r"[a-z]+", h)[:1]
    if h.rstrip().endswith("?") and not (first and first[0] in cues.question_words):
        return None
    for kind, pattern in heads:
        if pattern.search(h):
            return kind
    if re.search(r"(?<!\w)(?:treat|manag|therap|relie)", h):
        return "treatment"
    return None


_HEADING_KINDS = ("risk_factor", "symptom", "cause", "treatment")


@per_cue_set
def _heading_phrases(cues: RelationCues) -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...], tuple[tuple[str, re.Pattern[str]], ...]]:
    """The cue phrases :func:`heading_kind` looks for, one word-bounded pattern a list (which
    finds a match where one of its phrases, word-bounded, is): the navigation leads,
    the section cues of each kind, the list heads (longer than three characters) of each kind."""
    def any_of(phrases: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)(?:" + alternation(phrases) + r")(?!\w)") if phrases else re.compile(r"(?!)")

    return (
        any_of(list(cues.navigation_leads)),
        tuple((kind, any_of(list(cues.section_cues.get(kind, ())))) for kind in _HEADING_KINDS),
        tuple((kind, any_of([p for p in cues.list_heads[kind] if len(p) > 3])) for kind in _HEADING_KINDS),
    )


def open_list(state: ListState, sentence: str, opened: Optional[tuple[str, Optional[str]]], cues: RelationCues, bullet: bool) -> None:
    """Open the list a sentence leads into: a care-seeking lead-in ("See your GP if you:") opens
    warning signs; a list lead ("Symptoms include:") or a lead-in's cue words ("You may also
    have:") open a list of their kind; any other lead-in ending in a colon ("Call us if you:",
    "Related pages:") opens a list of nothing, whatever the heading above announces."""
    lead = None if bullet else list_lead_kind(sentence, cues)
    if lead == WARNING:
        state.open(WARNING, None, "lead")
    elif opened and not bullet and purpose_lead(sentence):
        state.open(None, None, "lead")  # "To help relieve symptoms:": what to do for that aim follows, not symptoms
    elif opened:
        state.open(opened[0], opened[1], "list")
    elif lead:
        state.open(lead, None, "lead")
    elif not bullet and sentence.rstrip().endswith(":"):
        state.open(None, None, "lead")
def prose_start(text: str) -> int:
    """Where a document's prose starts: the first line that ends a sentence and has six words or
    more. The unpunctuated lines before it are the header (journal line, title, headline)."""
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if len(line.split()) >= 6 and ends_sentence(line):
            return m.start()
    return len(text)


def ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence: a full stop, "!" or "?", then perhaps quotes, brackets and a
    footnote mark ("... patients!²", "... 2010.*")."""
    return re.search(r"[.!?][\"'\u201d\u2019)\]]*[\d\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021,]*\s*$", line) is not None


#: A lead-in about causes or risks: its bullets name no treatments.
#: The arms of a comparison in a title: "Romosozumab versus alendronate in ...", "Surgery vs. splinting for ...".
_ARMS_COMPARED = re.compile(r"\S\s+(?:versus|vs\.?)\s+\S", re.IGNORECASE)
_CAUSE_LEAD = re.compile(r"(?<![\w-])(?:risks?|likely|causes?|caused|triggers?|factors?|raise|increase)(?![\w-])", re.IGNORECASE)


def _blank_before(text: str, start: int) -> int:
    """The end of ``text[:start].rstrip(" \\t")``: ``start`` less the spaces and tabs before it."""
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start


def _caused(m: RelationMention, found: list[RelationMention]) -> bool:
    """Whether a treatment claim's subject is (part of) a cause claim's subject in the same sentence
    ("because of cancer treatment, ... or medicines such as high-dose steroids")."""
    return any(c.kind == "cause" and not c.rule.endswith(ANAPHORA) and c.subject[0] < m.subject[1] and m.subject[0] < c.subject[1] for c in found)


class ClaimFinder:
    """Find causes, symptoms, treatments and recommendations sentence by sentence."""

    def __init__(self, nlp: Language, name: str, cues: Optional[str], link: bool = True, learned: bool = True,
                 learned_models: Optional[str] = None) -> None:
        self.name = name
        self.cues = load_relation_cues(cues)
        context = self.context = load_context_cues(None)
        self.heads = frozenset(h.lower() for h in context.intervention_heads)
        self.generic = frozenset(g.lower() for g in context.generic_interventions)
        self.link_enabled = link
        self.use_learned = learned
        self.learned_models = learned_models
        self._linker: Optional[LinkFn] = None
        self._names = None
        self._institutions: Optional[frozenset[str]] = None
        self._title_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # set with _institutions
        self._title: Optional[tuple] = None  # what the title's condition asks of the linker, made once
        self._anaphor: Optional[Callable[[str], bool]] = None  # whether a mention refers back to an intervention
        register_extensions()

    # -- linking -------------------------------------------------------------------------
    def linker(self) -> Optional[LinkFn]:
        if not self.link_enabled:
            return None
        if self._linker is None:
            from extract.linking import get_linker

            self._linker = get_linker().link
        return self._linker

    def learned(self) -> Optional[LearnedTagger]:
        """The learned tagger (:mod:`extract.claims.learned`) when linking is on: its features
        read the vocabularies' names, which only a built knowledge base has."""
        if not self.link_enabled or not self.use_learned:
            return None
        return tagger_from(self.learned_models) if self.learned_models else get_tagger()

    def name_tags(self) -> Callable[[str], frozenset[str]]:
        """The tags of a phrase by its compact key (the learned tagger's ``compacted`` lookup)."""
        from extract.linking import get_linker

        return get_linker().key_name_tags

    def name_prefixes(self):  # noqa: ANN201 - Optional[tuple[int, frozenset[str]]]
        """The first characters of the alias table's keys (the learned tagger's ``prefixes``), or None."""
        from extract.linking import get_linker

        return get_linker().key_prefixes()

    def concept_type(self) -> Callable[[str], Optional[str]]:
        from extract.linking import get_linker

        return get_linker().concept_type

    def known(self, text: str) -> bool:
        link = self.linker()
        # min_score: a mention that cannot score that much is not looked up in the ANN index
        return bool(link and (c := link(text, None, None, min_score=KNOWN_SCORE)) is not None and c.score >= KNOWN_SCORE)

    def is_finding(self, text: str) -> bool:
        link = self.linker()
        if link is None:
            return True
        words_ = text.split()
        # the phrase, or its head words ("pain similar to the pain you had" -> "pain")
        return any(link(" ".join(words_[:n]), ROLE_TYPES["symptom"], None) is not None for n in sorted({len(words_), 3, 2, 1}, reverse=True) if n <= len(words_))

    def page_condition(self, text: str, short_forms: Optional[dict[str, str]] = None) -> Known:
        """Whether a phrase names the page's condition: a disease-like last word ("knee
        osteoarthritis", "neuropathy") whose stem is among the document's topic terms, or the short
        form (``short_forms``: short -> long) of such a name ("RLS")."""
        topic = set(topic_terms(text, self.context))
        suffixes = tuple(self.cues.disease_suffixes)
        titled = title_condition(text)

        link = self.linker()
        abbreviations: set[str] = set()

        def condition(phrase: str) -> bool:
            ws = re.findall(r"[a-z][a-z'-]*", phrase.lower())
            if ws and ws[-1] in abbreviations:
                return True  # "RLS", "primary RLS": the short name the page gives its condition
            if titled is not None and (" ".join(ws) == titled or (singular(" ".join(ws)) or " ".join(ws)) == (singular(titled) or titled)):
                return True  # "Erectile dysfunction", "Vertigo": what the page's title names ("a stye" under "Styes")
            if not ws or not set(stem(ws[-1], self.context)) & topic:
                return False
            if ws[-1].endswith(suffixes):
                return True
            # "gout", "asthma": the page's topic word that names a disease exactly (an ICD-10-CM code)
            c = link(phrase, ("disorder",), None, min_score=KNOWN_SCORE) if link is not None and len(ws) <= 3 else None
            return c is not None and c.score >= KNOWN_SCORE and re.fullmatch(r"[A-Z]\d\d(?:\.\w+)?", c.id) is not None

        # "Restless legs syndrome (RLS)": the short form of a condition's name names it too
        heads = self.cues.lower_sets["condition_heads"]
        abbreviations.update(short.lower() for short, long in (short_forms or {}).items()
                             if " " not in short and (condition(long) or long.lower().split()[-1] in heads))
        return condition

    def resolve(self, claims: list, text: str = "") -> list:
        """Bare general mentions ("the operation") take the document's specific concept, mentions
        that refer back to the page's condition ("it", "a flare") that condition, and claims that
        leave their condition unwritten the condition the title of ``text`` names (implicit)."""
        from extract.linking.document import (
            curated_names, fill_implicit_conditions, reference_words, resolve_condition_references, resolve_general_mentions,
            resolve_intervention_references,
        )

        if self._names is None:
            self._names = curated_names()
        cues = self.linker_cues()
        claims = resolve_general_mentions(claims, self._names, cues.general_concepts, cues.leading_words)
        # "Use them every day", "take these tablets": the intervention named last before
        claims = resolve_intervention_references(claims, self._intervention_reference(), self._is_intervention())
        # the condition the title names, when the claims write it too
        page = self.page_condition_of(text, claims) if text else None
        # "it", "these attacks": the condition the page is about (the claims', else the title's)
        related = getattr(getattr(self.linker(), "__self__", None), "related", None)  # a figure's outcome keeps standard ids
        claims = resolve_condition_references(claims, cues.condition_references, cues.episode_words, cues.leading_words,
                                              page.concept if page is not None else None, related)
        if page is None:
            return claims
        # a treatment in a bullet under "Treatment options": of the condition the title names
        is_reference = reference_words(cues.condition_references, cues.episode_words, cues.leading_words)
        return fill_implicit_conditions(claims, page, is_reference)

    def _intervention_reference(self) -> Callable[[str], bool]:
        """Whether a mention only refers back to an intervention ("take it daily", "the cream"):
        the linker's verbs of taking, pronouns, determiners and dosage forms (data/linking.json)."""
        from extract.linking.document import intervention_reference

        if self._anaphor is None:
            cues = self.linker_cues()
            self._anaphor = intervention_reference(cues.taking_verbs, cues.intervention_pronouns,
                                                   cues.anaphoric_determiners, cues.dosage_forms)
        return self._anaphor

    def _is_intervention(self) -> Callable[[str], bool]:
        """Whether a concept id is of an intervention's semantic type."""
        kind, types = self.concept_type(), frozenset(ROLE_TYPES["intervention"])
        return lambda cid: kind(cid) in types

    def page_condition_of(self, text: str, claims: list) -> Optional[Mention]:
        """The condition the page ``text`` is about, from its title and its ``claims``, as an
        implicit mention (:func:`extract.linking.document.page_condition`); the last words of an
        institution's name ("... Pain Institute", "... Neurology Clinic") are the organization and
        agent words of the claims' cues."""
        from extract.linking.document import curated_names, page_condition, reference_words, title_condition, title_lines

        if self._names is None:
            self._names = curated_names()
        cues = self.linker_cues()
        is_reference = reference_words(cues.condition_references, cues.episode_words, cues.leading_words)
        if self._institutions is None:  # the same for every document: made once
            self._institutions = frozenset(w.lower() for w in self.cues.organization_words) | self.cues.lower_sets["agent_words"]
            self._title_words = (cues.stopwords | cues.naming_words,  # what may come just before a title's whole name
                                 frozenset(w.lower() for w in self.cues.symptom_experiencers) | self.cues.lower_sets["person_nouns"])
        before_name, people = self._title_words
        found = page_condition(text, claims, self._names, is_reference, before_name, cues.name_extenders,
                               cues.leading_words, self._institutions, people)
        if found is not None:
            return found
        # the claims write no condition the title names: the disorder the title alone names, if one
        condition, named, compatible = self._title_linkers()
        return title_condition(text, title_lines(text, self._institutions), condition, named, before_name,
                               cues.name_extenders, cues.leading_words, compatible)

    def _title_linkers(self):  # noqa: ANN202 - three callables of extract.linking.document.title_condition
        """What :func:`~extract.linking.document.title_condition` asks of the linker, made once: the
        disorder a run of a title's words names exactly, whether it is the exact name of a disorder or
        a finding (an alias of the table first: most runs are none, and this costs a lookup), and
        which two conditions may be one page's (the curated concepts' related codes)."""
        if self._title is None:
            from extract.linking import get_linker
            from extract.linking.curated import load_curated
            from extract.linking.document import EXACT_SCORE, compatible_conditions
            from extract.linking.linker import eponym
            from extract.linking.normalize import singular

            linker = get_linker()
            kinds = (":disorder", ":finding")

            def named(run: str) -> bool:
                key = run.lower()
                tags = (linker.name_tags(key) or linker.name_tags(singular(key) or "") or linker.name_tags(linker.american(key) or "")
                        or linker.name_tags(eponym(key) or ""))  # "Sjögren's syndrome": "Sjögren syndrome"
                return any(t.endswith(kinds) for t in tags) and \
                    linker.link(run, ("disorder", "finding"), min_score=EXACT_SCORE) is not None

            def condition(run: str) -> Optional[Concept]:
                return linker.link(run, ("disorder",), min_score=EXACT_SCORE)

            related = {c.id: frozenset(c.related) for c in load_curated().concepts if c.related}
            self._title = (condition, named, partial(compatible_conditions, related=related))
        return self._title

    @staticmethod
    def linker_cues():  # noqa: ANN205 - LinkerCues, imported only when linking is on
        """The linker's word lists (``extract/linking/data/linking.json``), loaded once."""
        from extract.linking.cues import load_linker_cues

        return load_linker_cues()

    def is_intervention(self, text: str) -> bool:
        link = self.linker()
        if link is None:
            return False
        c = link(text, ROLE_TYPES["intervention"], None, min_score=INTERVENTION_SCORE)
        return c is not None and c.score >= INTERVENTION_SCORE

    def names_other_than_intervention(self, text: str) -> bool:
        """Whether a phrase is the exact name of a concept but of no intervention: "shin splints"
        (a disorder) ends in "splints" and "trigger finger" links near "trigger finger release",
        yet each names its disorder."""
        link = self.linker()
        if link is None or not self.known(text):
            return False
        c = link(text, ROLE_TYPES["intervention"], None, min_score=KNOWN_SCORE)
        return c is None or c.score < KNOWN_SCORE

    # -- the component ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc_id = doc._.doc_id or text_doc_id(text)
        headings = doc._.headings or []
        # headings and the questions standing over bulleted lists, in order: what types a bullet
        typing_lines = sorted(headings + list_questions(text))
        claims = list(doc._.claims or [])
        targets: list[tuple[int, int]] = []
        owners: list[str] = []
        state = ListState()
        known = self.known if self.link_enabled else None
        intervention = self.is_intervention if self.link_enabled else None
        finding = self.is_finding if self.link_enabled else None
        abbreviations = abbreviations_of(doc)
        condition = self.page_condition(text, abbreviations)
        title_words = {w.rstrip("s") for w in re.findall(r"[a-z]+", next((ln for ln in text.splitlines() if ln.strip()), "").lower())}
        short_forms = frozenset(
            short
            for short, long in abbreviations.items()
            if (set(re.findall(r"[a-z]+", long.lower())) & self.heads
                or intervention_word((re.findall(r"[a-z]+", long.lower()) or [""])[-1], self.cues))  # "recombinant zoster vaccine (RZV)"
            and long.lower().split()[-1] not in self.cues.lower_sets["condition_words"]
        )
        previous: Optional[tuple[str, int, int, Optional[str]]] = None
        cause_before: Optional[str] = None  # the relation of the causes the sentence before named
        treated_before = False  # whether the sentence before made a treatment or recommendation claim ("They work by ..." follows)
        body = prose_start(text)
        first_text = len(text) - len(text.lstrip())  # the first character that is not whitespace
        cause_lead = False  # the last lead-in line announced causes or risks ("Other things that raise your risk include:")
        symptom_table = False  # the last table header named symptoms ("| Symptom | How common |")
        series: Optional[tuple[Optional[str]]] = None  # the section of a series of paragraphs each opened by a cause's name
        series_starts: set[int] = set()
        cited = citations_of(doc)
        source_type = doc._.source_type
        learned = self.learned()
        name_tags = self.name_tags() if learned is not None else None
        name_prefixes = self.name_prefixes() if learned is not None else None  # the table's key starts, once it is in memory
        doc_tokens = DocTokens(doc, text) if learned is not None else None  # each sentence's tokens, read once per document
        for index, sent in enumerate(doc.sents):
            for start, end in split_long(text, *quote_span(sent, text)):
                sentence = text[start:end]
                named_here = False  # whether the sentence names an intervention for no other reason (a pronoun may follow)
                if cited.in_list(start):
                    previous = None
                    continue  # a reference list cites, it claims nothing
                section = heading_before(headings, start)
                row = table_row(sentence) is not None
                if row and table_symptom_header(sentence, self.cues):
                    symptom_table = True  # "| Symptom | How common |": the rows below name symptoms
                    previous = None
                    continue
                symptom_table = symptom_table and row
                if boilerplate(sentence) and not symptom_table:
                    previous = None
                    continue  # a page title, a menu, a footer or a contact line
                is_heading = any(h.start <= start < h.end for h in headings)
                bullet = is_bullet(text, start)
                # "Symptoms include:" then one item a line without marks (lists extracted from HTML)
                line_item = (not bullet and state.led and not state.sections and state.kind not in (None, NAVIGATION)
                             and plain_item_line(text, state.end, start, end))
                # "Options include:" then a heading per option, each over its paragraph
                section_item = state.sections and is_heading and heading_kind(sentence, self.cues) in (None, state.kind)
                if state.sections and is_heading and not section_item:
                    state.close()
                elif not bullet and not line_item and not state.sections:
                    state.close()
                # in a section about treatment, the subject of "X helps", "X reduces Y" names what treats (a short noun phrase
                # naming no person, condition or finding) though the vocabulary may not know it
                treated = None
                if not bullet and not is_heading and heading_kind(heading_before(typing_lines, start), self.cues) == "treatment":
                    treated = _treated_here(self.cues, intervention, condition)
                # "H. pylori" is one name; ", doctors say." is no item of the sentence's lists (offsets kept)
                view = rules_view(sentence, self.cues)
                mentions, opened = find_relations(view, self.cues, known, intervention, condition,
                                                  finding, treated)
                if opened is None and not bullet and not is_heading and sentence.rstrip().endswith(":"):
                    # "Everyone is different, but common ones are:": the list is of what the pronoun stands for
                    kind = anaphoric_lead_kind(sentence, previous[0] if previous else None,
                                               heading_kind(heading_before(typing_lines, start), self.cues), self.cues)
                    opened = (kind, None) if kind else None
                found: list[RelationMention] = []
                listed = None  # what the bullet's list announces
                if line_item or section_item or (bullet and bullet_start(text, start)):
                    listed = state.kind if state.led else heading_kind(heading_before(typing_lines, start), self.cues)
                    found = self._bullet_claims(sentence, listed, state.led, [] if section_item else mentions, known, finding,
                                               lambda t: condition(t) and t.lower().split()[-1].rstrip("s") in title_words)
                found.extend(mentions)
                if listed == WARNING and after_care(sentence):
                    # "you feel unwell or have a high temperature after having a ganglion drained": signs of a complication
                    # of care, no sign of the condition (CLAIMS_SPEC.md)
                    found = [m for m in found if m.kind != "symptom"]
                if bullet and bullet_start(text, start) and (listed in ("symptom", "cause", "risk_factor", WARNING)
                                                             or completed_clause_lead(lead_line(text, start), self.cues)):
                    # "If you have OAB, you may:" / "• Wake up two or more times during the night": a finding, no advice
                    item_start = _item_start(sentence)  # the advice read at the bullet's start: its verb or its action
                    opening = {m.rule for m in found if m.kind == "recommendation" and min(m.subject[0], m.target[0]) <= item_start}
                    found = [m for m in found if m.kind != "recommendation" or (min(m.subject[0], m.target[0]) > item_start and m.rule not in opening)]
                elif bullet and bullet_start(text, start) and listed != NAVIGATION:
                    # "• Wash your hands after touching a wart": an imperative item needs no final full stop
                    found.extend(m for m in recommendations(sentence, self.cues, item=True) if not any(
                        o.kind == "recommendation" and o.subject[0] < m.subject[1] and m.subject[0] < o.subject[1] for o in found))
                    if (not any(m.kind == "recommendation" for m in found) and not _CLAUSE_LEAD_END.search(lead_line(text, start))
                            and advice_siblings(list_lines(text, start), self.cues)):
                        # "Stopping it spreading" / "- do not share cups" / "- wash hands regularly": a lower-case verb in a list
                        # of imperatives opens one too, as under an advice lead-in
                        found.extend(recommendations(sentence, self.cues, advice_item=True))
                if bullet and state.led and state.frame and bullet_start(text, start):
                    found.extend(framed_bullet(state.frame, sentence, lambda s: find_relations(s, self.cues, known, intervention, condition, finding)[0], self.cues)
                                 or part_frame_findings(state.frame, sentence, self.cues))
                if symptom_table:
                    found.extend(table_symptoms(sentence, self.cues, known))  # "| Wheezing | Very common |"
                if not bullet and not mentions and previous is not None:
                    found.extend(carried_symptoms(previous[0], sentence, self.cues, known))  # "... symptoms. These can include ..."
                if not bullet:  # "It does not hurt", "It is not usually itchy": states denied of the condition
                    found.extend(d for d in denied_states(sentence, previous[0] if previous is not None else "", self.cues)
                                 if not any(m.kind == "symptom" and m.subject[0] < d.subject[1] and d.subject[0] < m.subject[1] for m in found))
                    # "It felt like being stabbed every time I breathed in": what the condition feels like; "... pain ... It
                    # spreads to the shoulder": where the pain goes
                    for d in (likened_feelings(sentence, previous[0] if previous is not None else "", self.cues)
                              + spreading_pain(sentence, previous[0] if previous is not None else "", self.cues)):
                        if not any(m.kind == "symptom" and m.subject[0] < d.subject[1] and d.subject[0] < m.subject[1] for m in found):
                            found.append(d)
                if not bullet and cause_before and previous is not None and not any(m.kind == "cause" for m in mentions):
                    found.extend(anaphoric_causes(sentence, cause_before, self.cues, known))  # "... through a break in it. This may be a cut, a graze ..."
                cause_before = next((m.relation for m in found if m.kind == "cause"), None)
                if not bullet and treated_before and previous is not None and not any(m.kind == "treatment" for m in found):
                    found.extend(anaphoric_treatments(sentence, self.cues, compiled(self.cues)))  # "... tadalafil. They work by ..."
                if not bullet and not mentions and previous is not None and heading_kind(re.sub(r"^\s*(?:Q|Question)\s*[:.)-]\s*", "", previous[0]), self.cues) == "symptom" and previous[0].rstrip().endswith("?"):
                    found.extend(answer_symptoms(sentence, self.cues, known))  # "What are the symptoms?" then "A sore throat, a fever and ..."
                if bullet and bullet_start(text, start) and listed in (None, "treatment"):
                    found = self._advice_list_items(sentence, lead_line(text, start), found, known)
                if listed == NAVIGATION:
                    found = []  # "Related pages: • Asthma treatments": links, no claims
                named_ok = {id(m): self._names_intervention(sentence, m, treated or intervention) for m in found if m.kind == "treatment"}
                # an item coordinated with a named intervention under one verb is one too ("Taping or insoles can ease pain")
                # an item under a lead-in that announces treatments ("Your plan covers:", "Options include:") is one by the lead
                led_item = {id(m) for m in found if m.rule == "bullet" and state.led and listed == "treatment" and len(sentence[m.subject[0] : m.subject[1]].split()) <= 6
                            and not all(w in self.generic or w.rstrip("s") in self.generic or w in self.cues.lower_sets["non_specific_modifiers"]
                                        for w in re.findall(r"[a-z][a-z-]*", sentence[m.subject[0] : m.subject[1]].lower()))}
                found = [m for m in found if m.kind != "treatment" or named_ok[id(m)] or (id(m) in led_item and not self._generic_only(sentence, m)) or (not self._generic_only(sentence, m) and any(
                    named_ok[id(o)] for o in found if o.kind == "treatment" and o.rule == m.rule and o.target == m.target and o.rule != "treatment:mention"))]
                header = (start < body and not bullet and len(sentence.split()) >= 6 and not ends_sentence(sentence) and not sentence.rstrip().endswith(":")
                          and not (index == 0 and _ARMS_COMPARED.search(sentence)))  # a trial's arms in the first line: treatments
                found = [m for m in found if m.kind != "treatment" or not (header or _caused(m, found) or elaborated_cause(sentence, m.subject, self.cues, found))]
                found = [m for m in found if m.kind != "treatment" or not failed_in_condition(sentence, m.subject, self.cues)]  # "if medicines do not help"
                found = [m for m in found if m.kind != "treatment" or not bodily_product(sentence, m.subject)]  # "makes hormones such as insulin"
                found = [m for m in found if m.kind != "treatment" or not _no_intervention_span(sentence[m.subject[0] : m.subject[1]])]
                # "We offer same-day appointments with our physiotherapists": the booking of care, no intervention
                found = [m for m in found if m.kind != "treatment"
                         or not set(sentence[m.subject[0] : m.subject[1]].lower().split()[-1:]) & self.cues.lower_sets["booking_heads"]]
                # an item of a backward list read past another claim's argument ("who do not respond to X within 4 weeks, we recommend
                # Y 40 mg daily, tapered over 8 weeks"): the list ran over a clause of its own
                found = [m for m in found if not (m.kind == "treatment" and m.rule.startswith("treatment<:") and m.target and any(
                    o.rule != m.rule and o.kind in ("treatment", "recommendation") and _cue_end(sentence, m) <= o.subject[0] and o.subject[1] <= m.subject[0]
                    for o in found))]
                # "Keeping a diary helps you spot your triggers": what it helps is a person finding something out, not the condition;
                # "was non-inferior to X for tremor control", "under control": the verb is a noun there
                found = [m for m in found if not (m.kind == "treatment" and (_HELPS_TO_FIND.match(sentence, m.subject[1]) or _noun_control(sentence, m)))]
                # "(strong recommendation, moderate certainty)": a guideline's grade read as an item names no intervention
                found = [m for m in found if m.kind != "treatment" or not (set(re.findall(r"[a-z]+", sentence[m.subject[0] : m.subject[1]].lower()))
                                                                           & self.cues.lower_sets["evidence_grade_words"])]
                # a verb of restraint opens the bullet ("Limit coffee, tea and soda", "Swap sugary sodas for water"): advice, though the
                # verb is a noun too (not "Ice packs", "Rest from ...": an item may be named by such a word)
                # so does an imperative cue's verb that names no intervention ("keep fingernails short", "use acidic ear drops"),
                # not one that does ("Ice packs", "Rest and ice": an item may be named by such a word)
                imperative = any(m.kind == "recommendation" and m.subject[0] <= _item_start(sentence)
                                 and (m.cue or "").lower().split()[:1] and self._imperative_verb((m.cue or "").lower().split()[0])
                                 for m in found)
                apposed = apposition_region(sentence, found) if bullet else None  # "a vacuum pump, a plastic tube that draws blood ...": one
                if apposed is not None:
                    found = [m for m in found if not (m.kind == "treatment" and apposed[0] <= m.subject[0] < apposed[1])]
                if bullet and any(m.kind == "treatment" and m.rule == "bullet" for m in found) and advice_bullet(sentence, self.cues, imperative):
                    found = [m for m in found if m.kind != "treatment" or m.rule != "bullet"]  # "• sit down when you feel dizzy": advice, not a treatment
                kept = {m.subject for m in found if m.kind == "treatment" and m.rule == "bullet"}
                found = [m for m in found if m.rule != "recommendation:advised list" or m.subject in kept]  # an advised item names an intervention
                if section_item and not any(m.rule == "bullet" for m in found):
                    state.close()  # a heading that names no item ends the list ("Recommended For You")
                # a recommended intervention ("you may be offered a knee replacement", "your surgeon may talk to you about X") is a treatment claim too;
                # a recommended course of action ("take pain relievers ...") is not
                # as is an intervention a clinician recommends, suggests or prescribes ("Doctors may recommend pain meds")
                taken = [m.subject for m in found if m.kind == "treatment" or (m.kind == "recommendation" and not _recommended_intervention(sentence, m))]
                taken_text = " ".join(sentence[s:e].lower() for s, e in taken)
                question = sentence.rstrip().endswith("?")
                # an article's title line, unless it names the arms of a trial ("X versus Y for Z": both are treatments studied)
                title = index == 0 and not sentence.rstrip().endswith((".", "!", "?")) and not _ARMS_COMPARED.search(sentence)
                # a bullet of a list of causes or symptoms names no treatment ("• taking sleeping pills")
                if not bullet:
                    cause_lead = sentence.rstrip().endswith(":") and _CAUSE_LEAD.search(sentence) is not None
                # "Causes include:" / "• some medicines, including diuretics": what causes, not what treats
                names_no_treatment = ((is_heading and not _PRICE_END.search(sentence)) or question or title or header or listed in _NOT_TREATMENTS
                                      or (not bullet and _run_in_heading(text, start, end))) or (bullet and (
                    cause_lead or (state.kind or heading_kind(heading_before(typing_lines, start), self.cues)) in ("cause", "risk_factor", "symptom")))
                named = [] if names_no_treatment else intervention_mentions(view, self.heads, self.generic, self.cues,
                                                                            short_forms)
                found = [part for m in found for part in coordinated_interventions(sentence, m, named)]  # "propranolol and topiramate reduced ...": two
                others = named + [m.subject for m in found if m.kind == "treatment"]
                incidental_end = None  # where the last intervention named for another reason ends
                for span in named:
                    reason = incidental_intervention(sentence, span, self.cues, found, others)
                    named_here = named_here or reason in (None, "logistics")
                    if reason is None and incidental_end is not None and _COORDINATED_NEXT.fullmatch(sentence, incidental_end, span[0]):
                        reason = "situation"
                    incidental_end = span[1] if reason in _SHARED_REASONS else None
                    if reason is not None:
                        continue  # named as a cause, a service, a method, a classifier ...: no claim; so is an item joined
                        # to it ("before buying any over-the-counter medicine or herbal remedy")
                    if _situation_or_sign(span, found):
                        continue  # "if you take a biologic, keep all follow-up visits": the situation of advice; "unexplained weight loss": a sign
                    if failed_in_condition(sentence, span, self.cues):
                        continue  # "Retapamulin ointment if other creams haven't worked": the course that failed, the situation
                    if apposed is not None and apposed[0] <= span[0] < apposed[1]:
                        continue  # the apposition describes the bullet's first item
                    mention = sentence[span[0] : span[1]]
                    # the checks of the text come before the one that asks the linker (each only skips the span)
                    head = mention.lower().split()[-1]
                    said = taken_text.split()
                    # the head said already ("the injection" after "a steroid injection") is the one named, unless a modifier
                    # of its own names another ("Open surgery, keyhole surgery and injections")
                    own = len(mention.split()) > 1 and mention.lower() not in taken_text and not _REPEAT_DETERMINER.match(mention)
                    if any(span[0] < e and s < span[1] for s, e in taken) or (not own and (
                            head in said or head + "s" in said or (head.endswith("s") and head[:-1] in said))):
                        continue
                    long_form = abbreviations.get(mention)
                    if long_form and long_form.lower() in sentence.lower():
                        continue  # "platelet-rich plasma (PRP)": one intervention, one claim
                    if self.link_enabled and self.names_other_than_intervention(mention):
                        continue  # "shin splints", "trigger finger": the exact name of a disorder, whatever its last word
                    if acted_on(sentence, span):
                        continue  # "PPIs should be taken before breakfast": the action on them is advised, no treatment claim

                    taken.append(span)
                    taken_text += " " + sentence[span[0] : span[1]].lower()
                    found.append(RelationMention("treatment", span, None, None, "treatment:mention", span))
                # "steroid mouthwashes, sprays or pastes": the second form of one medicine is no claim of its own
                forms = [m.subject for m in found if m.kind == "treatment"]
                found = [m for m in found if m.kind != "treatment" or not _second_form(sentence, m.subject, forms, self.cues)]
                # "A blood transfusion is only needed if anaemia is severe", "Surgery is needed in 15% of patients": how
                # often or when an intervention is used, a treatment claim, no advice (CLAIMS_SPEC.md; dev5, dev15 gold)
                found = [RelationMention("treatment", m.subject, None, None, "treatment:is needed", m.subject)
                         if _needed_intervention(sentence, m, self.cues) else m for m in found]
                found = [m for m in found if not (m.rule == "treatment:is needed" and _no_intervention_span(sentence[m.subject[0] : m.subject[1]]))]
                for m in [m for m in found if m.kind == "recommendation" and not m.against]:
                    for helped in advised_with_effect(sentence, m, self.cues):  # "take regular exercise, which can improve sleep"
                        # "wear soft insoles, which may ease ...": a treatment read with the advised verb is the object's
                        found = [o for o in found if not (o.kind == "treatment" and o.subject[0] == m.subject[0] and o.subject[1] >= helped.subject[1])]
                        if not any(o.kind == "treatment" and o.subject[0] < helped.subject[1] and helped.subject[0] < o.subject[1] for o in found):
                            found.append(helped)
                for m in [m for m in found if m.kind == "recommendation" and _offered_intervention(sentence, m, self.cues)]:
                    if _TEST_HEAD.search(sentence, m.subject[0], m.subject[1]) or _no_intervention_span(sentence[m.subject[0] : m.subject[1]]):
                        continue  # "should be offered colonoscopic surveillance", "may be offered a scan": a test, advice only (CLAIMS_SPEC.md);
                        # "... may be offered if other treatments have not worked": a clause of situation, no intervention
                    if not any(o.kind == "treatment" and o.subject[0] < m.subject[1] and m.subject[0] < o.subject[1] for o in found):
                        named = undosed(sentence, named_by_cue(sentence, m.subject, self.cues))  # "a minor procedure called a partial nail avulsion": the name
                        urgency = _URGENCY_TAIL.search(sentence, named[0], named[1])
                        if urgency is not None and urgency.start() > named[0]:
                            named = (named[0], urgency.start())  # "needs an adrenaline injection straight away": the injection
                        found.append(RelationMention("treatment", named, None, None, "treatment:offered", m.subject))  # "Melatonin may be offered to ..."
                        # "rectal X (Y suppositories 1 g daily)": the bracketed other name of the one offered is no second claim
                        found = [o for o in found if not (o.rule == "treatment:mention" and o.subject[0] >= named[1]
                                                          and re.fullmatch(r"\s*\(\s*", sentence[named[1] : o.subject[0]]))]
                if bullet and state.led and bullet_start(text, start) and not any(m.kind == "treatment" for m in found) and carer_steps_lead(lead_line(text, start), self.cues):
                    step = care_step(sentence, self.cues)  # "they may:" / "• drill small holes into the bone": a step of care
                    if step is not None:
                        found.append(step)
                line_end = _blank_before(text, start)  # where text[:start].rstrip(" \t") ends, without copying the text
                opens = not bullet and not is_heading and first_text < line_end and text[line_end - 1 : line_end] == "\n"
                if series is not None and opens and series[0] == section:
                    m = series_fragment_cause(sentence, self.cues) if len(sentence.split()) >= 2 else None
                    if m is None:
                        series = None  # a paragraph that opens with a sentence ends the series
                    elif start not in series_starts:
                        series_starts.add(start)  # "Technical error during spine surgery." after two claimed causes of the series
                        claim = self._claim(doc_id, text, sentence, start, index, section, m, abbreviations, cited.provenance(start, source_type))
                        if claim is not None:
                            claims.append(claim)
                            owners.append(claim.claim_id)
                            targets.append((start + min(m.target), start + max(m.target)))  # either order: never a reversed span
                if previous is not None and previous[1] not in series_starts and (m := fragment_cause(previous[0], sentence, self.cues)) is not None:
                    line_end = _blank_before(text, previous[1])
                    series = (previous[3],) if text[line_end - 1 : line_end] == "\n" else series
                    series_starts.add(previous[1])
                    provenance = cited.provenance(previous[1], source_type)
                    claim = self._claim(doc_id, text, *previous, m, abbreviations, provenance)  # "X after surgery. This is a common cause of ..."
                    if claim is not None:
                        claims.append(claim)
                        owners.append(claim.claim_id)
                        targets.append((previous[1] + min(m.target), previous[1] + max(m.target)))
                previous = (sentence, start, index, section)
                if not state.sections:
                    open_list(state, sentence, opened, self.cues, bullet)
                    if not bullet:
                        state.frame = clause_frame(sentence, self.cues) if state.led and state.kind is None else None  # "You may also:" then "• feel sick"
                    state.end = end if state.led else -1
                    state.sections = (not bullet and not line_item and state.kind not in (None, NAVIGATION, WARNING)
                                      and heading_follows(text, end, headings))
                found = findings_only(sentence, found, self.cues)  # not "legs" of "numbness in your arms or legs"
                if learned is not None:  # what the rules' constructions did not find, the learned tagger may
                    tokens = doc_tokens.between(start, end)
                    reading = learned.read(tokens, sentence_context(text, start), name_tags, compacted=True,
                                           prefixes=name_prefixes, chances_of=learned.vetoing)
                    tagged = reading.spans
                    found = learned.vetoed(tokens, reading, found)  # rule claims the tagger strongly doubts (learned.json veto_below)
                    # a tagged intervention passes what a named one must: where the sentence can claim a treatment
                    others = [m.subject for m in found if m.kind == "treatment"]
                    ruled = list(found)  # the vetoes read what the rules found, not the tagger's other spans
                    found.extend([m for m in learned.mentions(sentence, tagged, ruled) if not (m.kind == "cause" and title) and (
                        m.kind != "treatment" or not (names_no_treatment or self._no_tagged_treatment(sentence, m, ruled, others)))])
                    # (a page's title line names the page, it states no cause: "Barrett's oesophagus: monitoring and management")
                if listed == WARNING:  # "• pain that is not eased by painkillers", whichever rule or tagger found the pain
                    found = without_changing_signs(sentence, found)
                found = without_common_in_group(sentence, found, self.cues)  # "Heartburn is common in late pregnancy": no symptom
                found = without_treatment_effects(sentence, found, self.cues, condition)  # "Nifedipine can cause headaches": no symptom
                found = state_runs(sentence, found, self.cues)  # "red, swollen, hot and painful": each state of a run found in part
                # a treatment (the rules' or the tagger's), advice to use something ("we usually recommend surgery to remove the
                # gallbladder. This lowers ..."), or an intervention named for no other reason than itself or how it is given
                # ("The operation is done under local anaesthetic. It cures ..."): a pronoun opening the next sentence may be it
                treated_before = not is_heading and (named_here or any(m.kind in ("treatment", "recommendation") for m in found))
                provenance = cited.provenance(start, source_type) if found else {}
                for m in _distinct(found, sentence):
                    claim = self._claim(doc_id, text, sentence, start, index, section, m, abbreviations, provenance)
                    if claim is not None and learned is not None and m.rule.startswith(LEARNED) and not learned.kept(claim, self.concept_type()):
                        continue  # a tagged argument that names no concept of the vocabularies (learned.json require_concept)
                    if claim is not None:
                        claims.append(claim)
                        owners.append(claim.claim_id)
                        t_start, t_end = through_denial(sentence, m.target, self.cues, m.kind) if m.kind in DENIABLE else (min(m.target), max(m.target))
                        targets.append((start + t_start, start + t_end))  # either order: never a reversed span
        # figures are assessed too: their target is the figure as written ("up to 20 percent")
        owners = [c.claim_id for c in claims if c.type == "statistic"] + owners
        targets = [(c.value.start, c.value.end) for c in claims if c.type == "statistic"] + targets
        from extract.linking.measures import link_figures  # figures' measures as concepts (ids unchanged)

        claims = link_figures(claims, self.linker())
        kept_ids = {c.claim_id for c in without_treatment_harms(claims, self.cues, condition)}  # a treatment's harm is no cause
        claims, owners, targets = _keep_claims(claims, owners, targets, kept_ids)
        if self.linker() is not None:
            claims = [rekeyed(c) for c in self.resolve(claims, text)]  # "the surgery" on a carpal tunnel page
        doc._.claims = claims
        kept = [(o, doc.char_span(s, e, alignment_mode="expand")) for o, (s, e) in zip(owners, targets)]
        kept = [(o, sp) for o, sp in kept if sp is not None]
        doc.spans["claim_targets"] = [sp for _, sp in kept]
        doc.user_data["evidence_claim_target_owners"] = [o for o, _ in kept]
        return doc

    def _imperative_verb(self, verb: str) -> bool:
        """Whether a recommendation cue's first word, opening a bullet, makes it an imperative of advice: a verb of
        restraint ("Limit coffee, tea and soda"), or a verb of advice that names no intervention as a noun ("keep", "use",
        "take": the cue list ``advice_verbs``); not one that does ("ice", "rest": "Ice packs", "Rest and ice" may be items)."""
        return verb in _RESTRAINT_VERBS or verb in self.cues.lower_sets["advice_verbs"]

    def _bullet_claims(self, sentence: str, kind: Optional[str], led: bool, mentions: list[RelationMention],
                       known, finding, condition=None) -> list[RelationMention]:  # noqa: ANN001
        """The claims a bullet line's item makes, ``kind`` being what its list announces (its lead-in
        when ``led``, else the heading or question above it); warning signs are the findings its
        items name, less the page's condition itself (``condition``: the condition its title names; "you have a
        cold sore and your eye becomes painful", "you get cold sores often": CLAIMS_SPEC.md, the condition itself is
        no sign)."""
        if kind == WARNING:
            # "you have a weakened immune system, for example because of chemotherapy or diabetes": what the sentence
            # names as a cause is the reason of a state, no sign
            items = [m for m in warning_items(sentence, self.cues, known, finding) if not any(
                o.kind == "cause" and o.subject[0] < m.subject[1] and m.subject[0] < o.subject[1] for o in mentions)]
            if condition is None:
                return items
            return [m for m in items if not condition(without_frequency(sentence[m.subject[0] : m.subject[1]]))]
        if not kind or kind == NAVIGATION:
            return []
        items = bullet_item(sentence, kind, self.cues, known)
        if led:
            return items
        # "Who Is at Risk?" / "• Excess body weight: being overweight makes you 3 times more likely ...":
        # the item the bullet names, and what its sentence says besides
        return [f for f in items if not any(
            m.kind == f.kind and m.subject[0] < f.subject[1] and f.subject[0] < m.subject[1] for m in mentions)]

    def _advice_list_items(self, sentence: str, lead: str, found: list[RelationMention], known) -> list[RelationMention]:  # noqa: ANN001
        """A bullet under a list of advice: under things to avoid ("Foods to avoid", "Don'ts"),
        its items, or its imperative, are recommendations against; under an advice lead-in ("To
        lower your risk you should:"), a lower-case verb opens an imperative ("• sieve your urine")."""
        recs = [m for m in found if m.kind == "recommendation"]
        if avoid_lead(lead, self.cues):
            if not recs:
                return found + avoided_items(sentence, self.cues, known)  # "• red meat and offal"
            opening = len(sentence) - len(sentence.lstrip(" \t-\u2022*\u25aa\u25cf"))
            # "Don't" / "• take ibuprofen on an empty stomach": the imperative that opens the bullet is advised against
            return [m._replace(against=True) if m.kind == "recommendation" and m.subject[0] == opening else m for m in found]
        if not recs and advice_lead(lead, self.cues):
            return found + recommendations(sentence, self.cues, advice_item=True)
        advising = advised_lead_strength(lead, self.cues) if not recs else None
        if advising:  # "your urologist may recommend:" / "• Sacral neuromodulation": a treatment and a recommendation
            return found + advised_items(sentence, found, advising)
        strength = gerund_advice_strength(lead) if not recs else None
        advised = gerund_advice_items(sentence, strength) if strength else []
        if advised:  # "That's why I recommend:" / "• stopping smoking": advice, not a treatment the bullet claims
            return [m for m in found if m.kind != "treatment" or m.rule != "bullet"] + advised
        return found

    def _no_tagged_treatment(self, sentence: str, m: RelationMention, found: list[RelationMention], others: list) -> bool:
        """Whether an intervention the learned tagger found is no treatment claim, as a named one
        would not be: named as a cause, a method or a label ("Opioid painkillers can be addictive",
        "Keywords: ..."), failed, generic, the situation of advice or a sign ("Keep all appointments
        if you take methotrexate"), or what the sentence says to stop ("Stopping the tablets may be
        considered"). ``others``: the interventions the rules named in the sentence."""
        s, e = m.subject
        near = sentence[:s].lower().split()[-3:] + sentence[s:e].lower().split()[:1]
        return (incidental_intervention(sentence, m.subject, self.cues, found, others) is not None
                or failed_in_condition(sentence, m.subject, self.cues) or self._generic_only(sentence, m)
                or bool(set(near) & self.cues.lower_sets["discontinuation_words"]) or _situation_or_sign(m.subject, found)
                or (not others and _imperative_advice_holds(sentence, m.subject, found)))

    def _generic_only(self, sentence: str, m: RelationMention) -> bool:
        """Whether a claim's subject names only a generic class ("treatments", "other procedures")."""
        ws = re.findall(r"[a-z][a-z-]*", sentence[m.subject[0] : m.subject[1]].lower())
        return bool(ws) and all(w in self.generic or w in self.cues.lower_sets["non_specific_modifiers"] for w in ws)

    def _names_intervention(self, sentence: str, m: RelationMention, intervention) -> bool:  # noqa: ANN001
        """A treatment claim's subject must name an intervention: a head word ("injections",
        "therapy"), a known intervention concept, or the argument of an explicit treatment verb."""
        text = sentence[m.subject[0] : m.subject[1]]
        ws_all = re.findall(r"[a-z][a-z-]*", text.lower())
        if any(w in self.cues.lower_sets["agent_words"] for w in ws_all):
            return False  # "the surgeon treats ...", "our team offers ..."
        if ws_all and all(w in self.generic or w in self.cues.lower_sets["non_specific_modifiers"] for w in ws_all):
            return False  # "other treatments", "different procedures"
        if re.search(r"intention[\s-]+to[\s-]+treat", sentence[max(0, m.subject[0] - 5) : m.subject[1] + 20], re.I):
            return False  # the statistical analysis, not a treatment
        if m.rule.startswith(("treatment<:", "treatment:is", "treatment:are", "treatment:treat", "treatment:apposition")) or m.rule.endswith((PRONOUN_SUBJECT, RELIEF_SUBJECT)):
            return True  # ... or "They work by ...": the pronoun names the intervention of the sentence before
        if used_after(sentence, m.subject[1]):
            return True  # "Phosphate binders taken with meals help ...": what is taken is an intervention
        ws = set(re.findall(r"[a-z][a-z-]*", text.lower()))
        if ws & self.heads or any(intervention_word(w, self.cues) for w in ws) or lifestyle_intervention(text, self.cues):
            return True
        return bool(intervention and intervention(text))

    def _mention(self, sentence: str, offset: int, span, role: str, context: str, abbreviations: dict[str, str]) -> Optional[Mention]:  # noqa: ANN001
        if span is None:
            return None
        s, e = span
        mention_text = sentence[s:e]
        link = self.linker()
        # the document's abbreviations expand a short form ("FBSS", "HA") that names nothing as written
        concept = link(mention_text, ROLE_TYPES[role], context, abbreviations) if link else None
        if link and concept is None and _WORD_ONLY.fullmatch(mention_text):
            # "many people also feel sick": a lone adjective links with the verb of state before it
            before = sentence[:s].split()
            verb = before[-1].lower() if before else ""
            if verb in self.linker_cues().complement_verbs:
                concept = link(f"{verb} {mention_text}", ROLE_TYPES[role], context, abbreviations)
        return Mention(text=mention_text, start=offset + s, end=offset + e, concept=concept)

    def _claim(self, doc_id: str, text: str, sentence: str, offset: int, index: int, section: Optional[str], m: RelationMention,
               abbreviations: dict[str, str], provenance: dict):  # noqa: ANN202
        rule = m.rule
        evidence = Evidence(
            quote=sentence,
            start=offset,
            end=offset + len(sentence),
            sentence_index=index,
            section=section,
            rule=rule,
            extractor_version=f"{EXTRACTOR}/{self.cues.version}" + (f"/learned-{self.learned().version}" if rule.startswith(LEARNED) else ""),
            **provenance,
        )
        # a cause with two effects is two claims: the object's span is part of the id when there is one
        obj = () if m.object is None else (offset + m.object[0], offset + m.object[1])
        cid = stable_id("clm_", SCHEMA_MAJOR, doc_id, m.kind, offset + m.subject[0], offset + m.subject[1], *obj)
        ctx = sentence
        if m.kind == "cause":
            cause = self._mention(sentence, offset, m.subject, "cause", ctx, abbreviations)
            effect = self._mention(sentence, offset, m.object, "effect", ctx, abbreviations)
            return CauseClaim(
                claim_id=cid, doc_id=doc_id, evidence=evidence, cause=cause, effect=effect,
                relation=m.relation or "causes", group_key=group_key("cause", cause, effect, m.relation),
            )
        if m.kind == "symptom":
            symptom = self._mention(sentence, offset, m.subject, "symptom", ctx, abbreviations)
            cond = self._mention(sentence, offset, m.object, "condition", ctx, abbreviations)
            return SymptomClaim(
                claim_id=cid, doc_id=doc_id, evidence=evidence, symptom=symptom, condition=cond,
                group_key=group_key("symptom", symptom, cond),
            )
        if m.kind == "treatment":
            iv = self._mention(sentence, offset, m.subject, "intervention", ctx, abbreviations)
            cond = self._mention(sentence, offset, m.object, "condition", ctx, abbreviations)
            return TreatmentClaim(
                claim_id=cid, doc_id=doc_id, evidence=evidence, intervention=iv, condition=cond,
                effect=m.relation, group_key=group_key("treatment", iv, cond),
            )
        action = self._mention(sentence, offset, m.subject, "action", ctx, abbreviations)
        pop = self._mention(sentence, offset, m.object, "population", ctx, abbreviations)
        instead = self._mention(sentence, offset, m.instead_of, "action", ctx, abbreviations)
        return RecommendationClaim(
            claim_id=cid, doc_id=doc_id, evidence=evidence, action=action, population=pop, instead_of=instead,
            strength=m.strength or "should", against=m.against, cue=m.cue or "",
            group_key=group_key("recommendation", action, pop, "against" if m.against else "for"),
        )


#: A lead-in whose bullets complete its clause: a subject and a modal with no verb ("Your care team will:", "Our doctors
#: may:", "If you have OAB, you may:"); what follows is what the carer does or what the reader may notice, no advice.
_MODAL_FRAME_LEAD = re.compile(
    r"(?P<subject>[\w'\u2019-]+)\s+(?P<modal>will|may|might|can|could|would|usually|often)(?:\s+(?:also|usually|often|then|first|sometimes))?\s*:?$",
    re.IGNORECASE,
)


def completed_clause_lead(line: str, cues: RelationCues) -> bool:
    """Whether a lead-in's bullets complete a clause that gives no advice (:data:`_MODAL_FRAME_LEAD`): the subject
    is who gives care ("your care team will:", "we may:") or the reader with a modal of possibility ("you may:",
    "you might:"); "You can:" and "You should:" announce advice (``advice_list_leads``). Bullets that are what a
    treatment does or aims at complete one too ("Shockwave therapy can help:", "The benefits of physiotherapy
    include:", "The goals of treatment are to:"), and so do the services of a provider's heading ("Our services")."""
    line = line.strip()
    if _DESCRIBED_COURSE.search(line):
        return True  # "What happens during the procedure?" / "• Insert a thin camera": what the surgeon does, no advice
    effects = _EFFECTS_LEAD.search(line)
    if effects is not None and (effects.group("subject") is None or intervention_word(effects.group("subject").lower(), cues)):
        return True  # "Shockwave therapy can help:", not "Simple habits help:" (advice)
    if _SERVICES_HEADING.fullmatch(line):
        return True
    m = _MODAL_FRAME_LEAD.search(line)
    if m is None:
        return False
    subject = m.group("subject").lower()
    if subject == "you":
        return m.group("modal").lower() in {"may", "might", "could"}
    return _carer_subject(line, m, cues)


def _carer_subject(line: str, m: re.Match[str], cues: RelationCues) -> bool:
    """Whether the lead-in ``m`` of ``line`` has who gives care as its subject: "we", a carer, or a pronoun for one."""
    subject = m.group("subject").lower()
    return subject == "we" or _carer(subject, cues) or _carer_pronoun(line, m, cues)


def _carer(word: str, cues: RelationCues) -> bool:
    """Whether a lower-case word names who gives care, one or several ("surgeon", "doctors")."""
    return agent_word(word, cues) or (word.endswith("s") and agent_word(word[:-1], cues))


def _carer_pronoun(line: str, m: re.Match[str], cues: RelationCues) -> bool:
    """Whether the lead-in's subject is a pronoun standing for a carer named before it ("Depending on what the surgeon
    finds, they may:")."""
    return m.group("subject").lower() in {"they", "he", "she"} and any(
        _carer(w, cues) for w in re.findall(r"[a-z]+", line[: m.start()].lower()))


def carer_steps_lead(line: str, cues: RelationCues) -> bool:
    """Whether a lead-in's bullets are what a carer does: a carer, "we" or a pronoun for a carer, and a modal ("Your care
    team will:", "Depending on what the surgeon finds, they may:"); each bullet that opens with a verb names a step of
    care, a treatment claim (CLAIMS_SPEC.md: "Your care team will:" followed by what it does gives treatments)."""
    line = line.strip()
    m = _MODAL_FRAME_LEAD.search(line)
    return m is not None and _carer_subject(line, m, cues)


#: Where a step of care's verb phrase ends: its purpose, a relative clause, a condition or a comma ("drill small holes
#: into the bone | to encourage new blood vessels to grow", "remove a loose piece | that cannot be saved").
_STEP_END = re.compile(r"\s+(?:to|so|that|which|who|if|when|unless|because|as|until|while)\s|\s*[,;:(\u2013\u2014]|\s+-\s", re.IGNORECASE)


def care_step(sentence: str, cues: RelationCues) -> Optional[RelationMention]:
    """The step of care a bullet under :func:`carer_steps_lead` names by a verb phrase ("• drill small holes into the
    bone to encourage ...": "drill small holes into the bone"), or None when the bullet opens with no verb of the
    lexicon or the verb has no object."""
    start = _item_start(sentence)
    first = re.match(r"[A-Za-z]+", sentence[start:])
    if first is None or not is_base_verb(first.group(0).lower()) or first.group(0).lower() in cues.lower_sets["clause_words"]:
        return None
    end = _STEP_END.search(sentence, start + first.end())
    stop = end.start() if end else len(sentence.rstrip(" .!\n"))
    if not sentence[start + first.end() : stop].strip():
        return None  # a verb without an object
    span = (start, stop)
    return RelationMention("treatment", span, None, None, "treatment:care step", span)


#: A lead-in of what something does or aims at: "Shockwave therapy can help:", "The benefits of physiotherapy
#: include:", "The goals of treatment are to:", "This procedure aims to:"; not the reader's ("You can help your eyes
#: by:", "To help, you can:") nor what helps ("Things that help:", "What helps:", "This can help:"): advice.
_EFFECTS_LEAD = re.compile(
    r"(?:(?<![\w-])(?P<subject>(?!(?:you|that|which|what|this|it)\s)[\w'\u2019-]+)\s+(?:(?:can|may|might|will|should|could)\s+)?(?:also\s+)?(?:helps?|aims?|is\s+designed|are\s+designed|works?)"
    r"(?:\s+(?:to|by))?"
    r"|(?<![\w-])(?:benefits?|goals?|aims?|advantages?|purposes?)(?:\s+of\s+[^:]{1,40})?\s+(?:include|includes|are(?:\s+to)?|is\s+to))\s*:$",
    re.IGNORECASE,
)
#: A heading or lead-in over the steps of care as they happen: "What happens during the procedure?", "How is it done?",
#: "During the operation", "What to expect": its bullets describe what is done, not what to do.
_DESCRIBED_COURSE = re.compile(
    r"(?<![\w-])(?:what\s+happens|how\s+(?:is\s+it|it\s+is|it['\u2019]s|are\s+they|is\s+the\s+\w+)\s+(?:done|performed|carried\s+out)|during\s+(?:the|your)\s+"
    r"(?:procedure|operation|surgery|treatment|appointment|test|scan)|what\s+to\s+expect)|^(?:the\s+)?(?:procedure|operation)\s*:?$",
    re.IGNORECASE,
)
#: A provider's heading over its services: "Our services", "What we treat", "Conditions we treat", "Services we offer".
_SERVICES_HEADING = re.compile(r"(?:our\s+services|services(?:\s+we\s+offer)?|(?:what|conditions)\s+we\s+treat|what\s+we\s+offer)\s*:?", re.IGNORECASE)


#: Verbs of advice to do less of something, or to swap one thing for another: never the name of an intervention themselves.
_RESTRAINT_VERBS = frozenset({"limit", "avoid", "cut", "reduce", "stop", "quit", "skip", "restrict", "minimise", "minimize",
                              "swap", "switch", "replace", "choose"})


def _item_start(sentence: str) -> int:
    """Where a list item's words start, past its mark and indent ("• ", "- ", "1. ")."""
    return re.match(r"[\s\-\u2022*\u25aa\u25cf\u2714\u2713]*(?:\d{1,2}[.)]\s+)?", sentence).end()


#: The head of a test or a check, last in an offered thing: "colonoscopic surveillance", "a blood test", "an MRI scan".
_TEST_HEAD = re.compile(r"(?<![\w-])(?:surveillance|screening|monitoring|tests?|testing|scans?|check-ups?|checks?|assessments?"
                        r"|endoscopy|colonoscopy|gastroscopy|cystoscopy|sigmoidoscopy|bronchoscopy)\s*$", re.IGNORECASE)
#: A mention that points back to one named before ("the same injection", "another operation", "both drugs"), not a new one.
#: ... or a gerund of use: "ear drops are better than no treatment: the wax cleared in 22% of people using drops".
_REPEAT_DETERMINER = re.compile(r"(?:the|this|that|these|those|another|both|either|each|same|such|using|taking)\s", re.IGNORECASE)
#: "helps you and your GP to spot your triggers", "can help you work out which ...": a person helped to find something out.
_HELPS_TO_FIND = re.compile(
    r"\s+(?:(?:can|may|will|could|might|also|often|usually|really)\s+){0,2}help(?:s|ed)?\s+(?:[\w'\u2019-]+\s+){0,5}?(?:to\s+)?"
    r"(?:work\s+out|spot|find|identify|understand|recogni[sz]e|remember|track|know|notice|record|see\s+(?:what|which|how|when))(?![\w-])",
    re.IGNORECASE,
)


#: "control" and what makes it a noun before it: "under control", "for tremor control".
_CONTROL_WORD = re.compile(r"(?<![\w-])controls?(?![\w-])", re.IGNORECASE)
_CONTROL_AS_NOUN_BEFORE = re.compile(r"(?:(?<![\w-])under|(?<![\w-])for\s+(?:[\w-]+\s+){0,1}[\w-]+)\s+$", re.IGNORECASE)


def _noun_control(sentence: str, m: RelationMention) -> bool:
    """Whether the "control" a treatment rule read is a noun: "for tremor control", "under control"."""
    if m.rule not in ("treatment:control", "treatment:controls"):
        return False
    at = _CONTROL_WORD.search(sentence, m.subject[1])
    return at is not None and _CONTROL_AS_NOUN_BEFORE.search(sentence[: at.start()]) is not None


def _cue_end(sentence: str, m: RelationMention) -> int:
    """Where the cue of a rule ("treatment<:respond to") ends in its target; the target's end if it is not found."""
    cue = m.rule.split(":", 1)[-1].lower()
    at = sentence.lower().find(cue, m.target[0], m.target[1])
    return at + len(cue) if at >= 0 else m.target[1]


def _situation_or_sign(span: tuple[int, int], found: list[RelationMention]) -> bool:
    """Whether ``span`` lies in the situation of a recommendation ("if you take a biologic, keep
    ...") or overlaps a symptom ("unexplained weight loss"): an intervention named there claims
    no treatment."""
    return any((m.kind == "recommendation" and m.object and m.object[0] <= span[0] and span[1] <= m.object[1])
               or (m.kind == "symptom" and m.subject[0] < span[1] and span[0] < m.subject[1]) for m in found)


#: Kinds whose argument a sentence claims once, whatever condition a rule read with it.
_ONE_PER_ARGUMENT = ("symptom", "treatment", "cause")


def _distinct(found: list[RelationMention], sentence: str = "") -> list[RelationMention]:
    """One mention per kind, subject and object: a bullet item that a list rule also reads
    ("• Options such as A and B") is one claim, the first rule's. Two causal verbs of one cause
    joined by "and" are two claims (:func:`~extract.claims.relations.joined_effects`), unless the first
    is how the cause works (:func:`_mechanism`), which is no claim."""
    seen: set[tuple] = set()
    out = []
    found = [m for m in found if not _mechanism(sentence, m, found)]
    for m in found:
        key = (m.kind, m.subject, m.object)
        if key in seen:
            continue
        seen.add(key)
        # two rules that read one finding or one intervention of the sentence ("such as a dry mouth" after a warning
        # lead-in), with or without its condition: one claim (CLAIMS_SPEC.md: one claim per argument), the narrower
        # reading ("bowel problems", not "bladder or bowel problems, numbness" run over the next item)
        same = next((i for i, o in enumerate(out) if m.kind in _ONE_PER_ARGUMENT and o.kind == m.kind
                     and o.subject[0] < m.subject[1] and m.subject[0] < o.subject[1] and not joined_effects(sentence, o, m)), None)
        if same is None:
            out.append(m)
        elif m.subject[1] - m.subject[0] < out[same].subject[1] - out[same].subject[0]:
            out[same] = m
    return out


def _mechanism(sentence: str, m: RelationMention, found: list[RelationMention]) -> bool:
    """Whether ``m`` is a cause acting on a thing named with a definite article or a possessive, on the way to an effect
    a verb joined to it claims ("Smoking damages the airways and makes bronchitis more likely"): how the cause works,
    not a claim of its own, for each of its causes ("Tight underwear and perfumed soaps can irritate the skin and ...")."""
    if m.kind != "cause" or m.object is None or not _DEFINITE_END.search(sentence, 0, m.object[0]):
        return False
    return any(n.object is not None and n.object[0] >= m.object[1] and joined_effects(sentence, m, n)
               and not _DEFINITE_END.search(sentence, 0, n.object[0]) for n in found)


#: a definite article or a possessive right before an argument: "damages the airways", "irritates your skin"
_DEFINITE_END = re.compile(r"(?<![\w-])(?:the|your|their|its|his|her|our|my)\s+$", re.IGNORECASE)


def _keep_claims(claims: list, owners: list, targets: list, kept_ids: set) -> tuple[list, list, list]:
    """The claims whose ids are kept, with the assertion targets of the kept ones only."""
    pairs = [(o, t) for o, t in zip(owners, targets) if o in kept_ids]
    return [c for c in claims if c.claim_id in kept_ids], [o for o, _ in pairs], [t for _, t in pairs]


def rekeyed(claim):  # noqa: ANN001, ANN201
    """``claim`` with its group key computed from its mentions as they are now."""
    if claim.type == "cause":
        key = group_key("cause", claim.cause, claim.effect, claim.relation)
    elif claim.type == "symptom":
        key = group_key("symptom", claim.symptom, claim.condition)
    elif claim.type == "treatment":
        key = group_key("treatment", claim.intervention, claim.condition)
    elif claim.type == "recommendation":
        key = group_key("recommendation", claim.action, claim.population, "against" if claim.against else "for")
    else:
        return claim
    return claim if key == claim.group_key else claim.model_copy(update={"group_key": key})


def _key_part(mention: Optional[Mention]) -> str:
    if mention is None:
        return "-"
    if mention.concept is not None:
        return mention.concept.id
    return " ".join(re.findall(r"[a-z0-9]+", mention.text.lower()))


def group_key(kind: str, subject: Mention, obj: Optional[Mention], extra: Optional[str] = None) -> str:
    """Identical claims across documents share this key: same type, concepts (or normalized
    words when unlinked) and relation; polarity is added by the assertion stage."""
    return stable_id("grp_", SCHEMA_MAJOR, kind, _key_part(subject), _key_part(obj), extra or "")


@Language.factory(
    "evidence_claims",
    default_config={"cues": None, "link": True, "learned": True, "learned_models": None},
    assigns=["doc._.claims", "doc.spans"],
    requires=["token.is_sent_start"],
)
def make_claim_finder(nlp: Language, name: str, cues: Optional[str], link: bool, learned: bool,
                      learned_models: Optional[str]) -> ClaimFinder:
    """``learned``: add the learned tagger's claims to the rules' (with linking on only);
    ``learned_models``: a folder of models trained elsewhere (``trainlearned --out-dir``) in
    place of the packaged ones."""
    return ClaimFinder(nlp, name, cues, link, learned, learned_models)
