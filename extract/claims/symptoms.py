"""Symptom claims stated in prose: lists of symptoms, experiencers ("patients often experience X",
"you may feel sick"), definitions ("Y is characterized by X"), ranked signs and descriptions.
"""

from __future__ import annotations

from typing import Callable, Optional

from extract import regexcache as re
from extract.claims.cues import RelationCues, alternation, intervention_word, per_cue_set
from extract.claims.prefilter import prefiltered_globals
from extract.claims.grammar import (
    EXAMPLES,
    coordinated,
    LIST_MARK,
    WORD_START,
    Compiled,
    WORD_END,
    is_generic,
    is_condition,
    LIKELY_TO,
    list_end_at,
    list_items,
    is_outcome,
    is_pronoun,
    RelationMention,
    sentence_subject,
    verb_phrases,
)
from extract.lexicon import is_base_verb, is_modifier, is_noun, is_participle
from extract.claims.phrases import PLACE, Known, Span, _adjective, coordinated_modifiers, is_clause, left_phrase, right_phrase, trim, words
from extract.claims.recommendations import IN_CONDITION, is_title_case


#: a phrase headed by a general noun of disease ("more distal disease", "a milder condition"): no finding
#: the verbs of what comes with a condition or what it starts as ("comes with fever", "starts as red sores")
_ARRIVES_WITH = re.compile(r"(?:come|comes|start|starts|begin|begins)\s+(?:with|as)", re.IGNORECASE)
_AS_SOON = re.compile(r"\s*(?:soon|well|long|much|early|quickly|far)\s+as(?![\w-])", re.IGNORECASE)
_GENERAL_DISEASE = re.compile(r"(?<![\w-])(?:disease|diseases|condition|conditions|disorder|disorders|illness)$", re.IGNORECASE)


def experienced_symptoms(
    sentence: str, cues: RelationCues, c: Compiled, known: Optional[Known], finding: Optional[Known], out: list,
    condition: Optional[Known] = None,
) -> None:
    for m in c.symptom_fwd.finditer(sentence):
        if _presented_data(sentence, m, cues, condition):
            continue  # "Results are presented as means": data presented, no condition presenting
        if _noun_after_determiner(sentence, m.start("verb")):
            continue  # "people who have a traumatic experience go on to ...": the noun, no verb of experiencing
        if _ARRIVES_WITH.fullmatch(m.group("verb")) and (LIST_MARK.match(sentence).end() > 0 or _AS_SOON.match(sentence, m.end())):
            continue  # a warning bullet's own reading ("- comes with a stiff neck"); "Treatment should start as soon as ..."
        cond = _presenting_condition(sentence, left_phrase(sentence, m.start(), cues), cues)
        for s in _symptom_items(sentence, m.end(), cues, known):
            if _GENERAL_DISEASE.search(sentence, s[0], s[1]):
                continue  # "diabetic patients tend to present with more distal, below-the-knee disease": a form of disease
            out.append(RelationMention("symptom", s, cond, None, f"symptom:{m.group('verb').lower()}", ((cond or s)[0], s[1])))
    for m in c.symptom_exp.finditer(sentence):
        cond = None
        if m.group("with"):
            w = m.span("with")
            inner = re.match(r"\s+(?:with|who\s+have|suffering\s+from|who\s+suffer\s+from|affected\s+by)\s+", sentence[w[0] :], re.I)
            cond = right_phrase(sentence, w[0] + inner.end(), cues, stop=w[1]) if inner else None
        if sentence.rstrip().endswith("?"):
            break  # "Do you suffer from migraines?" asks; it states no symptom
        if _noun_after_determiner(sentence, m.start("verb")):
            continue  # "people who have a traumatic experience go on to ...": the noun, no verb of experiencing
        if _HOW_BEFORE.search(sentence[: m.start()]):
            continue  # "signals that change the way you feel pain": how pain is felt, not a symptom
        if IN_CONDITION.search(sentence, 0, m.start()) or re.search(r"(?<![\w-])(?:until|till|before)\s+$", sentence[: m.start()], re.I):
            continue  # "You should not drive if you feel sleepy": the condition of advice, not a symptom
        if m.group("plural") and not _person_plural(m.group("plural"), cues):
            continue  # "Most studies report ...": a quantified plural that names no people
        if re.match(r"\s+(?:is|are|was|were)(?![\w-])", sentence[m.end("verb") :], re.IGNORECASE):
            continue  # "People who have been through a traumatic experience are at higher risk": the noun, no verb
        have = re.sub(r"\s+", " ", m.group("verb").lower()) in {"have", "has", "had"}
        between = sentence[m.end("with") if m.group("with") else m.end("who") : m.start("verb")]
        if have and not (
            (m.group("with") and not re.match(r"\s+who\s", m.group("with"), re.I))
            or ((m.group("who").lower() == "you" or _reader_person_at(sentence, m.end("who"), cues)) and re.fullmatch(r"(?:\s+(?:may|might|could|can|will|would|also|often|usually|sometimes|probably|then))+\s+", between, re.I))
            or ((m.group("who") in {"I", "I've", "I\u2019ve"} or _reader_person_at(sentence, m.end("who"), cues)) and re.fullmatch(r"(?:\s+(?:also|often|still|then|sometimes|always|have))*\s+", between, re.I))
            or (m.group("who").lower() in _GROUP_HAVERS and re.fullmatch(r"(?:\s+(?:may|might|could|can|will|also|often|usually|sometimes|then))+\s+", between, re.I)
                and not re.search(r"(?<![\w-])(?:if|when|unless|because)\s|\d", sentence[: m.start()], re.I))
        ):
            continue  # "people with lupus have X", "you may have X"; not "you have surgery", "who have an operation go on to have"
        if have and re.search(r"(?<![\w-])(?:never|not|no\s+longer|likely)(?![\w-])|n['\u2019]t(?![\w-])", sentence[m.end("who") : m.start("verb")], re.I):
            continue  # "patients with spurs never have heel pain": a denial; "patients with diabetes were twice as likely to have ...": a risk
        if _LIKELIER_VERB.fullmatch(m.group("verb")) and _LIKELIER_TO.search(sentence[: m.start("verb")]):
            # "people with vitiligo are more likely to experience anxiety", "... to develop depression": a risk the condition
            # brings, as "twice as likely to have" is (above); "more likely to report chest pain" stays what they report
            continue
        if have and re.search(r"(?<![\w-])(?:if|when|unless)\s", sentence[: m.start()], re.I):
            continue  # "If you have X, you may have Y": Y is the diagnosis (the conditional rule's)
        onset = re.sub(r"\s+", " ", m.group("verb").lower()) in {v.lower() for v in cues.symptom_onset_verbs}
        if onset and cond is None and m.group("who").lower() in _GENERAL_POPULATION and _PREVALENCE.search(sentence, 0, m.start()):
            continue  # "1 in 4 adults will develop knee arthritis": a risk in the population, not a symptom
        relative = re.match(r"\s+who\s", sentence[m.end("with") if m.group("with") else m.end("who") : m.start("verb")], re.I)
        if relative and (m.group("plural") or m.group("who").lower() not in _ONE_PERSON):
            continue  # "help patients who suffer from spasms", "those who developed zoster": a population, not its symptoms
        cond = cond or _framing_condition(sentence, m.start(), cues, condition)
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
            if not (is_outcome(sentence, s, cues) or is_pronoun(sentence, s, cues) or is_condition(text, cues, condition)) and finding(text) and (known is None or known(text) or known(" ".join(text.split()[-2:]))):
                out.append(RelationMention("symptom", s, None, None, "symptom:have", (m.start(), s[1])))
    _symptoms_of_findings(sentence, cues, known, out)


#: a determiner and at most one word that is no noun before a verb's form ("a traumatic experience", "their report")
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:a|an|the|this|that|their|your|my|his|her|our|its)\s+(?:(?P<mod>[\w-]+)\s+)?$", re.IGNORECASE)


def _noun_after_determiner(sentence: str, pos: int) -> bool:
    """Whether the verb form at ``pos`` is a noun, after a determiner and an adjective at most ("a frightening experience",
    "their own report"), not a verb after its subject ("the patients experience pain")."""
    m = _DETERMINER_BEFORE.search(sentence, 0, pos)
    return m is not None and (m.group("mod") is None or not is_noun(m.group("mod")))


#: a comparison of likelihood before the experiencer's verb ("more likely to develop", "twice as likely to experience")
_LIKELIER_TO = re.compile(r"(?<![\w-])(?:more|less|as)\s+likely\s+to\s+$", re.IGNORECASE)
#: the verbs of getting or undergoing after it (not of telling: "report", "describe", "complain of")
_LIKELIER_VERB = re.compile(r"(?:develop|get|experience|suffer\s+from|go\s+on\s+to\s+develop)", re.IGNORECASE)


def _reader_person_at(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether one person of the reader's own ends at ``pos`` ("Your child may have a fever": as "you may have")."""
    from extract.claims.lists import reader_person  # lists imports this module's rules

    return reader_person(sentence, pos, cues)


#: condition heads that name an episode of the condition itself ("a flare", "attacks"), not another disease
_EPISODE_HEADS = frozenset({"form", "forms", "episode", "episodes", "flare", "flares", "flare-up", "flare-ups", "attack", "attacks"})


_HAVE_SYMPTOMS_OF = re.compile(
    r"(?<![\w-])(?:have|has|had|get|gets|develop|develops|experience|experiences|report|reports)\s+(?:(?:some|any|the|mild|ongoing|lasting|persistent)\s+)?"
    r"symptoms\s+(?:of|like|including)\s+", re.IGNORECASE)


def _symptoms_of_findings(sentence: str, cues: RelationCues, known: Optional[Known], out: list) -> None:
    """"Some patients have symptoms of pain, fatigue or difficulty thinking": the findings the symptoms are of (not
    "have symptoms of Lyme disease", a condition, nor "if you have symptoms of ...", a condition of advice)."""
    for m in _HAVE_SYMPTOMS_OF.finditer(sentence):
        if IN_CONDITION.search(sentence, 0, m.start()) or sentence.rstrip().endswith("?"):
            continue
        items = _symptom_items(sentence, m.end(), cues, known)
        if not items or not finding_word(sentence[items[0][0] : items[0][1]], cues) or disease_like(sentence[items[0][0] : items[0][1]], cues):
            continue
        for s in items:
            clause = re.search(r"\s(?:that|which|who)\s", sentence[s[0] : s[1]])
            s = (s[0], s[0] + clause.start()) if clause else s  # "poor memory that lasts for months": the finding
            out.append(RelationMention("symptom", s, None, None, "symptom:symptoms of", (m.start(), s[1])))


def absence_word(text: str, cues: RelationCues) -> bool:
    """Whether a predicate is only a word that says a sign is absent or hard to see ("absent", "missing"): no finding."""
    return text.strip().lower() in cues.lower_sets["symptom_absence_words"]


def without_absences(sentence: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """The items of a symptom list, none when it opens with an absence ("the typical features are often absent, and the
    rash may be faint or missing"): what follows says which signs are missing, it lists no finding."""
    return [] if items and absence_word(sentence[items[0][0] : items[0][1]], cues) else items


def risk_state(text: str, cues: RelationCues) -> bool:
    """Whether a warning item names a state of the reader that puts them at risk (``warning_risk_states``:
    "a weakened immune system", "pregnant", "diabetes", "a long-term lung condition"), not a finding."""
    t = re.sub(r"^(?:(?:a|an|the|your|very)\s+)+", "", text.lower().strip())
    bare = re.sub(r"^(?:long-term|chronic|serious)\s+", "", t)
    return any(x == r or x.startswith(r + " ") or x.startswith(r + ",") for x in (t, bare) for r in cues.lower_sets["warning_risk_states"])


def disease_like(text: str, cues: RelationCues) -> bool:
    """Whether a phrase names a disease of its own (a complication: "psoriatic arthritis", "pancreatitis", "kidney
    disease", "a heart attack"), not a finding: its head, the last word or the word before "of", is a condition head or
    a long word with a disease suffix ("-itis", "-osis"; not "-algia", a pain)."""
    ws = re.findall(r"[a-z][a-z'-]*", re.split(r"\s+of\s+", text.lower())[0])
    if not ws:
        return False
    head = ws[-1]
    if head in _EPISODE_HEADS and len(ws) < 2:
        return False
    suffixes = tuple(x for x in cues.disease_suffixes if x != "algia")
    return head in cues.lower_sets["condition_heads"] or (len(head) > 6 and head.endswith(suffixes))


#: "cannot", "couldn't", "can not" ...: a modal of not being able (before a verb of ``symptom_inabilities``).
NOT_ABLE = r"(?:could\s+not|couldn['\u2019]t|cannot|can['\u2019]t|can\s+not)"


#: a state joined to what an experiencer has ("have tummy pain and be sick", "have a fever and feel dizzy")
@per_cue_set
def _coordinated_inability(cues: RelationCues) -> re.Pattern[str]:
    """An inability joined to what an experiencer has ("had a headache and couldn't keep food down"), ending its clause."""
    return re.compile(
        r",?\s+(?:and|or)\s+(?P<state>(?:" + NOT_ABLE + r"|(?:was|were|am|is|are)\s+unable\s+to)\s+"
        r"(?P<adj>" + alternation(cues.symptom_inabilities) + r"))(?=\s*(?:[,.;:!]|$)|\s+(?:and|or|but|for)\s)",
        re.IGNORECASE,
    )


_COORDINATED_STATE = re.compile(r",?\s+(?:and|or)\s+(?P<state>(?:be|feel|look|become|get)\s+(?:very\s+)?(?P<adj>[a-z-]+))(?![\w-])", re.IGNORECASE)
#: a group of people whose "have" after a modal or an adverb names what they have ("Children may also have tummy pain",
#: "Some also have a cough"); the finding test on the object leaves out what they have that is no finding ("people may
#: have surgery"); a bare "Some people have X for a few months" is as often the course after a treatment
_GROUP_HAVERS = frozenset({"children", "people", "individuals", "most", "many", "some", "adults", "babies", "women", "men", "patients", "sufferers"})


_AFTER_TREATMENT = re.compile(r"\s+(?:after|following|since|post)(?![\w-])", re.IGNORECASE)


#: a consequence that names no finding ("develop complications")
_UNNAMED_CONSEQUENCES = frozenset({"complications", "complication", "other complications", "serious complications", "side effects"})


def _experienced(
    sentence: str, pos: int, verb: str, cond: Optional[Span], start: int, cues: RelationCues, known: Optional[Known],
    finding: Optional[Known], out: list, condition: Optional[Known] = None,
) -> int:
    """The symptoms an experiencer verb at ``pos`` takes ("experience X and Y"); returns where they end.

    Weak verbs ("report", "feel", "develop") take findings only: "feel sick" (a feeling adjective)
    is one, "report meaningful pain relief" is none."""
    if re.match(r"\s+(?:before|after|since|until|when|while|because|as|if)(?![\w-])", sentence[pos:], re.I):
        return pos  # "the pain you suffered from before you had surgery": the object is the relative's antecedent
    ahead = _DESCRIBED_AS_AHEAD.match(sentence, pos) if verb.startswith("describ") else None
    if ahead and re.search(r"(?<![\w-])(?:it|them|this)(?![\w-])", ahead.group(0), re.I) or ahead and set(re.findall(r"[a-z][a-z-]*", ahead.group(0).lower())) & _finding_nouns(cues):
        return pos  # "People describe the headache as a tight band": the likeness after "as" is the finding (prose_symptoms)
    if _reported_effect(sentence, pos, verb, cues):
        return pos  # "participants reported that a small amount of alcohol reduced their shaking": an effect reported
    if verb.startswith(("notic", "find", "found")) and re.match(r"\s+that\s", sentence[pos:], re.I) and _BETTER.search(sentence, pos, list_end_at(sentence, pos)):
        return pos  # "Some patients notice that the itch eases once the blister bursts": a relief noticed, no finding
    have = verb in {"have", "has", "had"}
    weak = have or verb in cues.lower_sets["symptom_weak_verbs"] or verb in {v.lower() for v in cues.symptom_onset_verbs}
    if verb.startswith("feel") and (_treatment_effect(sentence, pos, cues) or made_to_feel_by_intervention(sentence, pos, cues)):
        return pos  # "you may feel a little sore for a day after the injection", "Labetalol can make you feel tired": a side effect
    feelings = _feelings(sentence, pos, cues) if verb.startswith("feel") or verb in _GET_VERBS or verb in _BECOME_VERBS else []
    if verb in _BECOME_VERBS and not feelings:
        return pos  # "become" takes a state only ("may become suddenly confused"), never a thing ("become a carer")
    after = re.match(r"\s+([a-z]+)", sentence[feelings[-1][1] :]) if feelings and verb in _GET_VERBS else None
    if after and is_noun(after.group(1)) and after.group(1).lower() not in {"now", "sometimes", "all", "when", "after", "at"}:
        feelings = []  # "you get cold hands": an adjective of the finding named after it
    if feelings:
        for s in feelings:  # "you may feel sick or be sick", "feel tired and dizzy", "I get a bit dizzy", "get anxious and low"
            out.append(RelationMention("symptom", s, cond, None, f"symptom:{verb}", (start, s[1])))
        return feelings[-1][1]
    if verb.startswith("feel") and (re.search(r"(?<![\w-])(?:helps?|make|makes)\s+(?:\w+\s+)?$", sentence[:start], re.I)
                                    or _FEEL_WELL.match(sentence, pos) or _FEEL_EXPECTED.search(sentence, 0, pos)):
        return pos  # "clothing may help you feel more comfortable", "once they feel well enough": a comfort, not a symptom
    nxt = _coordinated_experience(cues).search(sentence, pos)
    state = _COORDINATED_STATE.search(sentence, pos, nxt.start() if nxt else len(sentence))
    if state and state.group("adj").lower() not in cues.lower_sets["symptom_feelings"]:
        state = None
    unable = None
    if state is None:  # "I had a pounding headache and couldn't keep food down": an inability of its own (a finding) when a
        # finding comes before it (not "had surgery and couldn't walk for a week": the course after the treatment)
        state = unable = _coordinated_inability(cues).search(sentence, pos, nxt.start() if nxt else len(sentence))
        before = len(out)
    if state and not unable:  # "have tummy pain and be sick": the state is a symptom of its own, and the items end before it
        out.append(RelationMention("symptom", state.span("state"), cond, None, f"symptom:{verb}", (start, state.end())))
    items = _symptom_items(sentence, pos, cues, known, state.start() if state else (nxt.start() if nxt else None))
    explained = _symptom_items.explained  # items of a dash apposition explain the symptom before them
    items = fixed_pairs_merged(sentence, items, cues)  # "have pins and needles in your feet": one finding
    for s in items:
        text = sentence[s[0] : s[1]]
        felt = verb.startswith("feel") and text.lower() in cues.lower_sets["symptom_feelings"]
        if re.match(r"(?:them|it|this|these|those|that|they|anything|something)(?![\w-])", text, re.IGNORECASE):
            continue  # "you may not notice them at first": the symptoms said before, named there
        if is_generic(sentence, s, cues) or text.lower() in _UNNAMED_CONSEQUENCES:
            continue  # "1 in 4 people with it develop complications": no finding named
        if cond is not None and (verb in {v.lower() for v in cues.symptom_onset_verbs} or verb in _GET_VERBS) and disease_like(text, cues):
            # "Up to 30% of people with psoriasis develop psoriatic arthritis": a complication, a disease the condition leads to
            out.append(RelationMention("cause", cond, s, "causes", f"cause:{verb}", (cond[0], s[1])))
            continue
        if is_outcome(sentence, s, cues) or (verb.startswith(("report", "notice", "describ")) and _LESS_BEFORE.search(sentence, 0, s[0])):
            continue  # "patients report meaningful pain relief", "most report less pain within a month": an outcome of care
        if verb in _GET_VERBS and not felt and (not _finding_word(without_frequency(sentence[items[0][0] : items[0][1]]), cues)
                                                or not _finding_word(without_frequency(text), cues)):
            continue  # "I get a letter from the clinic", "patients get relief from numbness": "get" takes findings only
        if _FINDINGS_ONLY_VERB.match(verb) and not felt and not _finding_word(sentence[items[0][0] : items[0][1]], cues):
            continue  # "patients come to us with questions", "mention the cost": a finding first, or none
        first = sentence[items[0][0] : items[0][1]]
        if verb.startswith("describ") and not _finding_word(first, cues) and not re.match(r"[a-z]+ing(?![\w-])", first, re.I) and " as " not in first:
            continue  # "We describe a woman who ...": what is described is a finding or a happening ("describe leaking urine")
        if weak and condition is not None and condition(without_frequency(text)):
            continue  # "people who develop knee osteoarthritis", "you get cold sores often": the condition itself
        if have and (is_pronoun(sentence, s, cues) or not (_finding_noun_head(text, cues) or _felt_part(text, cues) or _had_finding_word(text, cues)
                                                           or _fixed_pair_start(text, cues))
                     or _AFTER_TREATMENT.match(sentence, s[1]) or after_care(text)
                     or re.search(r"(?<![\w-])(?:no|with)\s+(?:\w+\s+)?$", sentence[pos : s[0]], re.I)):
            continue  # "you may have a scan", "pain after the operation", "have no pain", "have with your pain consultant"
        if weak and not felt and s not in explained and finding is not None and not finding(text) and not _qualified_function(text, cues):
            continue  # "feel the difference": asked of the linker last, when the text has not ruled the item out
        if verb in _GET_VERBS:  # "I get nightmares most nights": the finding, less how often it comes
            s = (s[0], s[0] + len(_FREQUENCY_AFTER.sub("", text)))
        out.append(RelationMention("symptom", s, cond, None, f"symptom:{verb}", (start, s[1])))
    if unable and len(out) > before and out[-1].kind == "symptom":
        out.append(RelationMention("symptom", unable.span("state"), cond, None, f"symptom:{verb}", (start, unable.end())))
    return max([pos] + [s[1] for s in items])


def made_to_feel_by_intervention(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether the "feel" that ends at ``pos`` is what an intervention makes or leaves a person feel ("Beta-blockers can
    make you feel tired or dizzy", "The tablets may leave some people feel drowsy"): the agent of "make" / "leave", the
    words of its clause before it, names an intervention (:func:`intervention_word`), so what is felt is a side effect
    of care (CLAIMS_SPEC.md: a side effect of a treatment is no symptom of the condition); "Anaemia can make you feel
    tired" names the condition as the agent, a symptom."""
    m = next((x for x in _MADE_TO_FEEL.finditer(sentence, 0, pos) if x.end() == pos), None)
    if m is None:
        return False
    clause = _CLAUSE_OPENER.split(sentence[: m.start()])[-1]
    if re.search(r"(?<![\w-])(?:without|not|stopping|stop|missing|forgetting)(?![\w-])", clause, re.IGNORECASE):
        return False  # "Stopping your tablets suddenly can make you feel unwell": the lack of the intervention, no harm of it
    words = re.findall(r"[a-z][a-z-]*", clause.lower())
    return any(intervention_word(w, cues) for w in words + [p for w in words if "-" in w for p in w.split("-") if p])  # "beta-blockers"


#: "make you feel", "leave some people feeling": a verb that makes its object feel a state, ending where "feel" ends
_MADE_TO_FEEL = re.compile(
    r"(?<![\w-])(?:make|makes|made|making|leave|leaves|left)\s+(?:(?:some|many|most)\s+)?(?:you|people|patients|them|him|her|me|us|women|men|children)"
    r"\s+(?:feel|feels|feeling)", re.IGNORECASE)
#: where the clause of an agent opens: a stop, a semicolon or colon, a comma, or a conjunction of clauses
_CLAUSE_OPENER = re.compile(r"[.;:!?,]|(?<![\w-])(?:and|but|while|although|because|so|if|when)(?![\w-])", re.IGNORECASE)


def _fixed_pair_start(text: str, cues: RelationCues) -> bool:
    """Whether ``text`` opens with a set phrase of a finding ("pins and needles in your feet")."""
    t = text.lower()
    return any(t == p.lower() or t.startswith(p.lower() + " ") for p in cues.symptom_fixed_pairs)


def fixed_pairs_merged(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """Items split inside a set phrase of two words ("pins" and "needles in your fingers") joined again: one finding."""
    pairs = [tuple(p.lower().split(" and ", 1)) for p in cues.symptom_fixed_pairs]
    out: list[Span] = []
    for it in items:
        prev = text[out[-1][0] : out[-1][1]].lower() if out else ""
        joined = out and re.fullmatch(r"\s+and\s+", text[out[-1][1] : it[0]])
        if joined and any(prev.endswith(first) and text[it[0] : it[1]].lower().startswith(second) for first, second in pairs):
            out[-1] = (out[-1][0], it[1])
        else:
            out.append(it)
    return out


def _qualified_function(text: str, cues: RelationCues) -> bool:
    """Whether ``text`` is a body function with a word of how it is ("muffled hearing", "slurred speech", "poor appetite"):
    a finding by its words (``symptom_function_nouns``), whether or not the linker knows it."""
    ws = re.findall(r"[a-z][a-z-]*", text.lower())
    return (len(ws) == 2 and ws[1] in cues.lower_sets["symptom_function_nouns"] and ws[0] not in _DETERMINERS_AND_AMOUNTS
            and not ws[0].endswith("ing"))


_DETERMINERS_AND_AMOUNTS = frozenset("a an the your my their his her its our some any no more less better normal good".split())


#: "feel well", "feel completely normal": how one feels without the condition, no symptom
_FEEL_WELL = re.compile(r"\s+(?:(?:completely|perfectly|totally|entirely|quite|absolutely|fairly|pretty|much)\s+)?"
                        r"(?:more|less|better|like|as|much|well|fine|normal|only|okay|ok)(?![\w-])", re.IGNORECASE)
#: "You should feel a gentle stretch", "as soon as you feel the tingling": what an exercise is meant to make one feel, and
#: the moment to start a treatment, no symptom stated
_FEEL_EXPECTED = re.compile(r"(?<![\w-])(?:should|as\s+soon\s+as\s+(?:you|they|we|i|he|she))\s+(?:\w+\s+)?feel\s*$", re.IGNORECASE)


def _reported_effect(sentence: str, pos: int, verb: str, cues: RelationCues) -> bool:
    """Whether a verb of reporting takes a that-clause of what something did to the condition ("reported that a small
    amount of alcohol reduced their shaking", "said that cold weather made the pain worse"): an effect, the cause and
    treatment rules' claim, no finding reported."""
    if not verb.startswith(("report", "describ", "say", "said", "note")) or not re.match(r"\s+that\s", sentence[pos:], re.I):
        return False
    done = {w.lower() for w in cues.effect_verbs + cues.anaphoric_effect_verbs if w.endswith("ed")} | _MADE
    return bool(set(re.findall(r"[a-z]+", sentence[pos : list_end_at(sentence, pos)].lower())) & done)


_MADE = frozenset({"made", "triggered", "worsened", "helped", "eased"})
#: "report less jaw pain", "noticed fewer headaches": a finding reported as lessened, the outcome of care or time
_LESS_BEFORE = re.compile(r"(?<![\w-])(?:less|fewer|much\s+less|far\s+fewer)\s+$", re.IGNORECASE)


def _had_finding_word(text: str, cues: RelationCues) -> bool:
    """Whether what an experiencer has is a finding named by an abstract noun or a lost function ("dizziness", "trouble
    sleeping", "a loss of appetite", "bad breath"), not an action or a test ("a meeting", "screening")."""
    head = re.split(r"\s+(?:in|on|at|of|around|across|over|after|during|from|with|when|while|that|which|to|for)\s+", text.lower())[0].split()
    return bool(head) and _finding_word(text, cues) and not any(intervention_word(w, cues) for w in head) and head[-1] not in _HAD_NOT_FINDINGS


_HAD_NOT_FINDINGS = frozenset({"meeting", "screening", "check", "checking", "testing", "scanning", "monitoring", "training", "counselling",
                               "counseling", "booking", "appointment", "opportunity", "ability", "quality", "activity", "activities",
                               "feeling", "feelings", "thing", "nothing", "something", "everything", "understanding", "warning"})


def _feelings(sentence: str, pos: int, cues: RelationCues) -> list[Span]:
    """The feeling adjectives after "feel" ("sick", "tired and dizzy"), with a coordinated "be sick"."""
    adj = r"(?:(?:very|quite|so|really|extremely|generally|suddenly|easily|increasingly|unusually|a\s+bit|a\s+little)\s+)?(?P<adj>" + alternation(cues.symptom_feelings) + r")" + WORD_END
    out: list[Span] = []
    m = re.compile(r"\s+" + adj, re.I).match(sentence, pos)
    more = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<verb>(?:be|feel|get|become)\s+)?" + adj, re.I)
    while m is not None:
        out.append((m.start("verb") if m.groupdict().get("verb") else m.start("adj"), m.end("adj")))
        m = more.match(sentence, m.end())
    return out


def feeling_states(sentence: str, pos: int, cues: RelationCues) -> list[Span]:
    """The feeling adjectives from ``pos`` on ("drowsy or confused", "very sleepy"), as after "feel"."""
    return _feelings(sentence, pos, cues)


def _finding_noun_head(text: str, cues: RelationCues) -> bool:
    """Whether a phrase is headed by a finding noun: its last word before a preposition ("joint pain in the
    morning"), not a modifier ("a pain consultant")."""
    head = re.split(r"\s+(?:in|on|at|of|around|across|down|after|during|from|with|when|that|which)\s+", text.lower())[0].split()
    return bool(head) and head[-1] in _finding_nouns(cues) and head[-1] not in {n.lower() for n in cues.symptom_rank_nouns}


def _person_plural(noun: str, cues: RelationCues) -> bool:
    """Whether a plural after a quantifier names people ("runners", "sufferers", "residents"), not things
    ("studies", "trials") or those who give care ("surgeons")."""
    n = noun.lower()
    if n in cues.lower_sets["agent_words"]:
        return False
    return n in {e.lower() for e in cues.symptom_experiencers} or n.endswith(("ers", "ents", "ants", "ists", "ians"))


@per_cue_set
def _coordinated_experience(cues: RelationCues) -> re.Pattern[str]:
    """A second experiencer verb joined to the first ("... and more likely to describe insomnia"), also in a comma
    series of verb phrases sharing the experiencer ("may become dehydrated, have low blood pressure and feel short of
    breath")."""
    return re.compile(
        r"(?:\s*,?\s+(?:and|or|but)\s+|\s*,\s*)(?:also\s+)?" + LIKELY_TO + cues.modal_re
        + r"(?P<verb>" + alternation(cues.symptom_verbs + cues.symptom_onset_verbs + ["have", "has"]) + r")" + WORD_END,
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
#: Where a list of symptoms ends besides the clause ends of :func:`list_end_at`: a population
#: ("in a patient who ...", "in people who ...") or a relative clause after the items.
_SYMPTOM_LIST_END = re.compile(
    r"\s(?:in|among)\s+(?:a\s+|the\s+|those\s+)?(?:patients?|people|persons?|individuals?|adults|children|women|men|those)\s+(?:who|with|that|after)\s"
    r"|\s(?:who|whom|whose)\s"
    r"|,\s+so\s+(?!that\s|as\s|much\s|many\s|far\s)"  # "..., so doctors often look for depression first"
    r"|,\s*(?:for\s+example|for\s+instance|e\.g\.)\s"  # "..., for example the eye closing when you smile": an instance of the last"
    # "X, a condition marked by A, B and C, develops in ...": the verb of the sentence after the apposition's list
    r"|,\s+(?:develops|occurs|affects|appears|starts|begins|happens|is|was)\s+(?:in|at|on|after|within|over|by|about|up\s+to|more|most|many|often|usually)\s"
    # "People presenting with X or Y should be referred ...": the predicate of the experiencers, after their findings (not
    # "pain that will not go away", a relative clause of the finding)
    r"|(?<!\sthat)(?<!\swhich)(?<!\swho)\s(?:should|must|will|would|need\s+to|needs\s+to)\s+(?:not\s+|also\s+|usually\s+|then\s+)?(?:be|have|get|go|receive|undergo|progress|see|need)(?![\w-])",
    re.IGNORECASE,
)


def _symptom_items(sentence: str, pos: int, cues: RelationCues, known: Optional[Known], end: Optional[int] = None) -> list[Span]:
    """The symptoms of a list that starts at ``pos``: the list items, without comparisons ("just
    as bad or worse than ..."), with the items of a dash apposition ("an aura \u2014 flashing
    lights, zigzag lines or tingling \u2014") and never those of a comma apposition ("aura, a
    visual disturbance before the pain begins" is one symptom defined)."""
    _symptom_items.explained = set()
    end = min(list_end_at(sentence, pos), len(sentence) if end is None else end)
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
    if len(items) > 1 and re.match(r"\s*,\s*(?:a|an)\s", sentence[items[0][1] : items[1][0] + 1]) and not (
            len(items) > 2 and (len(sentence[items[1][0] : items[1][1]].split()) > 1 or len(items) > 3)
            and re.fullmatch(r"\s*,?\s*(?:and|or)\s+(?:a\s+|an\s+)?", sentence[items[-2][1] : items[-1][0]])):
        items = items[:1]  # "aura, a visual or sensory disturbance ...": the apposition defines the first item
    aside = _ITEM_ASIDE.match(sentence, items[-1][1]) if items and not inner else None
    if aside:  # "a persistent cough, which can be worse at night, a fast heartbeat and dizziness": the list goes on
        more = symptom_list(sentence, (aside.end(), list_end_at(sentence, aside.end())), cues, known)
        if more and re.search(r"(?<![\w-])(?:and|or)\s+(?:an?\s+)?$", sentence[aside.end() : more[-1][0]]):
            items = items + more
    return items + inner


#: a non-restrictive clause after a list item, between commas, before more items
_ITEM_ASIDE = re.compile(r"\s*,\s*(?:which|that|who)\s+[^,;:.()]{1,80},\s+(?=\S)", re.IGNORECASE)


_DASH_APPOSITION = re.compile(r"\s[\u2013\u2014]\s|\s--\s|\s+\((?=[^)]*,)", re.IGNORECASE)


def symptom_list(text: str, span: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The symptoms of a list region: :func:`list_items` without comparisons and degrees, with a
    head shared across "or" kept ("back or leg pain", "bladder or bowel problems": one symptom
    when "back pain" is a known concept) and a known finding before "and" split from a finding
    with a place ("nausea and sensitivity to light", "pain and disability in older adults")."""
    found = _clauses_kept(text, span, adjective_run(text, list_items(text, span, cues, known, lambda item: _finding_word(item, cues)), cues, known), cues)
    items = _qualities_merged(text, [s for s in _plus_split(text, finding_pairs(text, found, cues)) if _symptom_ok(text, s, cues)], cues)
    items = [i for i in _places_merged(text, items, cues) if not re.match(r"(?:called|known\s+as|named|termed)(?![\w-])", text[i[0] : i[1]], re.IGNORECASE)]
    items = _part_states_merged(text, items, cues)
    items = of_modifier_run(text, items, cues)
    items = of_alternatives_merged(text, items, cues)
    # "mucus running from the nose or down the back of the throat": a second way of the item before, no finding
    items = [i for n, i in enumerate(items) if not (n and re.match(r"(?:down|up|into|onto|through|from|out\s+of)(?![\w-])", text[i[0] : i[1]], re.IGNORECASE))]
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


#: an item that ends with "of" and a modifier ("clusters of small", "patches of dry"): the modifiers go on in the items after
_OF_MODIFIER = re.compile(r"(?:^|\s)of\s+(?P<mod>[\w-]+)$", re.IGNORECASE)


def of_modifier_run(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"clusters of small, firm, dome-shaped papules", "patches of dry, scaly skin": the modifiers after "of", split at
    their commas, and the noun they end on are one finding with the item before (as "a raised, itchy rash" is one)."""
    out: list[Span] = []
    i = 0
    while i < len(items):
        m = _OF_MODIFIER.search(text, items[i][0], items[i][1])
        j = i + 1
        if m and _modifier_word(m.group("mod"), cues) and not _finding_word(m.group("mod"), cues):
            while j < len(items) and re.fullmatch(r"\s*,\s*(?:(?:and|or)\s+)?", text[items[j - 1][1] : items[j][0]]) and len(
                    text[items[j][0] : items[j][1]].split()) == 1 and _modifier_word(text[items[j][0] : items[j][1]], cues):
                j += 1  # the single modifiers between ("firm")
            if j < len(items) and re.fullmatch(r"\s*,\s*(?:(?:and|or)\s+)?", text[items[j - 1][1] : items[j][0]]) and len(
                    text[items[j][0] : items[j][1]].split()) >= 1 and not _modifier_word(text[items[j][0] : items[j][1]].split()[-1], cues):
                out.append((items[i][0], items[j][1]))  # ... up to the item that ends on the noun ("dome-shaped papules")
                i = j + 1
                continue
        out.append(items[i])
        i += 1
    return out


#: an item that ends with "of" and the thing it is of ("a discharge of pus", "regurgitation of sour liquid")
_OF_THING = re.compile(r"(?:^|\s)of\s+(?:[\w-]+\s+)?(?P<thing>[\w-]+)$", re.IGNORECASE)


def of_alternatives_merged(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"a discharge of liquid or pus from the ear", "regurgitation of sour liquid or food into the throat": the alternatives
    of what a finding is of, neither a finding of its own, are one finding with it (not "shortness of breath or trouble
    breathing", nor "loss of vibration and position sense": a second finding, or two joined by "and")."""
    out: list[Span] = []
    for s in items:
        if out and re.fullmatch(r"\s+or\s+", text[out[-1][1] : s[0]]):
            m = _OF_THING.search(text, out[-1][0], out[-1][1])
            second = text[s[0] : s[1]].split()
            if (m and not _finding_word(m.group("thing"), cues)
                    and second and len(second) <= 8 and not _finding_word(second[0], cues)
                    and second[0].lower() not in ("a", "an", "the", "your", "their", "his", "her")):
                out[-1] = (out[-1][0], s[1])
                continue
        out.append(s)
    return out


def _part_states_merged(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"a blocked or stuffy nose", "dry or itchy eyes": a state of a part (``symptom_feelings_of_parts``) before "or" /
    "and" shares the part named after the second state: one finding."""
    states = cues.lower_sets["symptom_feelings_of_parts"] if "symptom_feelings_of_parts" in cues.lower_sets else frozenset(
        w.lower() for w in cues.symptom_feelings_of_parts)
    out: list[Span] = []
    for s in items:
        if out and re.fullmatch(r"\s+(?:or|and)\s+", text[out[-1][1] : s[0]]) and text[out[-1][0] : out[-1][1]].lower() in states:
            second = text[s[0] : s[1]].lower().split()
            if len(second) >= 2 and (second[0] in states or is_modifier(second[0])) and second[-1] in cues.lower_sets["body_sites"]:
                out[-1] = (out[-1][0], s[1])
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
        if two and two.group("b") in _finding_nouns(cues):
            out.extend([(s[0] + two.start("a"), s[0] + two.end("a")), (s[0] + two.start("b"), s[1])])  # "pain in the stomach and fatigue"
            continue
        if (out and PLACE.search(text[out[-1][0] : out[-1][1]] + " ") and re.fullmatch(r"\s+(?:and|or)\s+", text[out[-1][1] : s[0]])
                and re.fullmatch(r"[a-z-]+", word) and word not in _finding_nouns(cues)):
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
    if ws[0] in _DEGREES and len(ws) > 1 and (ws[1] in _finding_nouns(cues) or ws[-1] in _finding_nouns(cues)
                                              or _finding_headed(sentence[span[0] : span[1]], cues)):
        return True  # "severe pain", "severe period pain", "severe, stabbing pain around one eye"
    return ws[0] not in cues.lower_sets["symptom_non_items"]


_DEGREES = frozenset({"severe", "mild", "moderate", "bad"})


@per_cue_set
def _symptom_patterns(cues: RelationCues) -> dict[str, re.Pattern[str]]:
    """The compiled symptom patterns beyond :class:`Compiled`'s (definitions, conditionals, body verbs)."""
    return {
        "definition": re.compile(r"\s+(?:" + cues.modal_re + r")?(?P<verb>" + alternation(cues.symptom_definitions) + r")" + WORD_END
                                 + r"\s*(?:(?:having|experiencing|getting)\s+)?", re.IGNORECASE),
        "dash": re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[\u2013\u2014]\s+|\s+-\s+|\s*:\s+"),
        "conditional": re.compile(WORD_START + r"(?P<lead>" + alternation(cues.symptom_conditionals) + r")" + WORD_END + r"\s*", re.IGNORECASE),
        "diagnosis": re.compile(r",[\"\u201d']?\s*(?:then\s+)?(?P<lead>" + alternation(cues.symptom_diagnoses) + r")" + WORD_END + r"\s*", re.IGNORECASE),
        "body": re.compile(WORD_START + r"(?P<part>(?:the|your|my|his|her|their|a)\s+(?:[a-z-]+\s+)?[a-z-]+)\s+(?:(?:often|may|can|might|also|sometimes|usually)\s+)?"
                           r"(?P<verb>" + alternation(cues.symptom_body_verbs) + r")" + WORD_END, re.IGNORECASE),
        "difficulty": re.compile(r"\s+(?:(?:can|may|often|also|sometimes|now|start\s+to|begin\s+to)\s+)?(?P<verb>"
                                 + alternation(cues.symptom_difficulty) + r")" + WORD_END, re.IGNORECASE),
        "paren": re.compile(WORD_START + r"(?P<head>" + alternation(cues.list_heads["symptom"]) + r")\s*\((?P<body>[^()]{3,300})", re.IGNORECASE),
        "function change": re.compile(WORD_START + r"(?:the|your|my|his|her|their)\s+(?P<function>" + alternation(cues.symptom_function_nouns)
                                      + r")\s+(?:(?:suddenly|quickly|also)\s+)?(?:" + alternation(cues.symptom_function_changes) + r")"
                                      + WORD_END + r"(?=\s*(?:[,;:.)]|$|(?:or|and)\s))", re.IGNORECASE),
    }


#: "X is a / X, a": a condition defined by what it is, the article opening the finding (after "X, or Y," its other name).
_IS_A = re.compile(r"(?:\s*\([A-Za-z][\w-]{0,11}\))?(?:\s*,\s*(?:or|also\s+called|also\s+known\s+as)\s+[^,;:]{2,40},)?\s+(?:is|are)\s+(?:an?|the)\s+")
_APPOSITIVE_A = re.compile(r"\s*,\s+(?:an?)\s+")


#: Where a definition's finding ends: a relative or subordinate clause, a parenthesis, the end of the clause.
_DEFINITION_END = re.compile(r"\s(?:that|which|who|where|when|because|caused|usually|often)\s|[;.:(]\s|[;:(]|\s[\u2013\u2014-]\s")


def _finding_headed(item: str, cues: RelationCues) -> bool:
    """Whether a phrase is headed by a finding: the last word before a preposition ("sudden weakness
    of the face", "raised, itchy rash"); not "painful type of arthritis", "reason adults see a
    podiatrist for heel pain"."""
    words = re.findall(r"[a-z][a-z-]*", item.lower())
    cut = next((i for i, w in enumerate(words) if i and w in cues.lower_sets["prepositions"]), len(words))
    return cut > 0 and finding_word(words[cut - 1], cues)


def _before_preposition(sentence: str, span: Span, cues: RelationCues) -> Span:
    """A finding without the place after its first preposition ("painful swelling of the joints" ->
    "painful swelling"), as the other rules of definitions name it."""
    for m in re.finditer(r"\s([a-z]+)(?=\s)", sentence[span[0] : span[1]]):
        if m.group(1).lower() in cues.lower_sets["prepositions"]:
            return (span[0], span[0] + m.start())
    return span


@per_cue_set
def _not_defined(cues: RelationCues) -> frozenset[str]:
    """Heads of a subject that is no condition being defined: a sign or symptom, a body part, a person
    (a finding may be, as a condition named by its sign: "Hives is a raised, itchy rash")."""
    return frozenset(w.lower() for ws in (cues.symptom_rank_nouns, cues.body_sites, cues.person_nouns, cues.risk_groups, ["pain", "pains"]) for w in ws)


#: a definition's head followed by what happens in it ("a deformity of the first joint in which the toe deviates")
_IN_WHICH = re.compile(r"(?:\s+(?:of|in|at)\s+(?:the\s+|a\s+|an\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)?\s+(?:in\s+which|whereby)\s+", re.IGNORECASE)


def _finding_definition(
    sentence: str, subj: Optional[Span], cues: RelationCues, known: Optional[Known], condition: Optional[Known],
    finding: Optional[Known], add,  # noqa: ANN001
) -> None:
    """Symptoms of a condition defined as a finding: "Bell's palsy is a sudden weakness or paralysis
    of the muscles on one side of the face", "Hives, or urticaria, is a raised, itchy rash", "...
    Bell's palsy, a temporary weakness of the facial muscles that ...". The subject opens the sentence
    (or, in apposition, is a condition's name), names no finding, sign, body part or person, and the
    definition is headed by a finding; "Pneumonia is an infection of the lungs" defines no finding."""
    candidates = []
    if subj is not None:
        m = _IS_A.match(sentence, subj[1])
        if m:
            candidates.append((subj, m.end()))
    for m in _APPOSITIVE_A.finditer(sentence):
        cond = left_phrase(sentence, m.start(), cues)
        if cond is not None and is_condition(sentence[cond[0] : cond[1]], cues, condition) and (cond, m.end()) not in candidates:
            candidates.append((cond, m.end()))
    for cond, pos in candidates:
        name = sentence[cond[0] : cond[1]]
        words = re.findall(r"[a-z][a-z'-]*", name.lower())
        if not words or is_pronoun(sentence, cond, cues) or len(words) > 5 or words[-1] in _not_defined(cues):
            continue  # "The main symptom is a rash", "The pain is a dull ache", "Your child is a ...": no condition defined
        end = len(sentence)
        stop = _DEFINITION_END.search(sentence, pos)
        region_end = stop.start() if stop else end
        items = symptom_list(sentence, (pos, region_end), cues, known)
        if not items or not _finding_headed(sentence[items[0][0] : items[0][1]], cues):
            continue  # "X is a leading cause of pain and disability": the definition's head is no finding
        which = _IN_WHICH.match(sentence, items[-1][1])
        if which and len(items) == 1:
            # "A hammertoe is a deformity in which one of the smaller toes bends upward": what happens is the finding, the
            # class before it ("a deformity") none
            add(_defining_clauses(sentence, which.end(), cues), cond, "symptom:is a", cond[0])
            continue
        items = [_before_preposition(sentence, it, cues) for it in items
                 if _finding_headed(sentence[it[0] : it[1]], cues) and not is_condition(sentence[it[0] : it[1]], cues, condition)]
        if finding is not None:  # the item, or its head word ("temporary weakness": "weakness"), is a finding
            items = [it for it in items if finding(sentence[it[0] : it[1]]) or finding(sentence[it[0] : it[1]].split()[-1:][0] if sentence[it[0] : it[1]].split() else "")]
        if items:
            add(items, cond, "symptom:is a", cond[0])


#: the experiencer and verb of having after a definition's cue ("a condition where you have ...", "is when people get ...")
_DEFINED_HAVING = re.compile(r"\s*(?:you|people|patients|a\s+person|someone)\s+(?:(?:often|may|can|usually|also|keep)\s+)?"
                             r"(?:have|has|get|gets|experience|experiences|develop|develops|having|getting)\s+", re.IGNORECASE)
#: a definition by what happens ("is when", "is diagnosed when"): its clauses are the findings ("is a condition where
#: pain persists" keeps the noun reading)
_CLAUSE_DEFINITION = re.compile(r"(?:is|are|is\s+diagnosed|are\s+diagnosed)\s+when", re.IGNORECASE)
#: where one clause of a definition ends and the next begins: "..., and you ...", "... or when ..."
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|or)\s+(?:when\s+)?(?=(?:you|your|they|their|he|she|the|a|an)\s)|,\s+or\s+when\s", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"\s+(?:because|so\s+that|as\s+a\s+result)\s|,\s*(?:which|usually|often|especially)\s|[;:]|\.(?:\s|$)|$", re.IGNORECASE)


def _defining_clauses(sentence: str, start: int, cues: RelationCues, limit: Optional[int] = None) -> list[Span]:
    """The clauses a definition by what happens names, each without "you" ("you fall asleep suddenly": "fall asleep
    suddenly"), up to a reason or an aside (or ``limit``); none but clauses (a verb after their first word)."""
    stop = _CLAUSE_STOP.search(sentence, start, len(sentence) if limit is None else limit)
    end = stop.start() if stop else (len(sentence) if limit is None else limit)
    out: list[Span] = []
    pos = start
    for m in list(_NEXT_CLAUSE.finditer(sentence, start, end)) + [None]:
        e = m.start() if m else end
        you = re.match(r"\s*you\s+(?:(?:also|often|may|might|can|usually)\s+)*", sentence[pos:e], re.IGNORECASE)
        span = trim(sentence, (pos + (you.end() if you else 0), e), cues)
        ws = sentence[span[0] : span[1]].split() if span else []
        if span and len(ws) >= 2 and (you or any(is_base_verb(w.lower()) or is_participle(w.lower()) or (w.lower().endswith("s") and is_base_verb(w.lower()[:-1])) for w in ws[1:])):
            out.append(span)
        pos = m.end() if m else end
    return out


#: a comma apposition after a condition that defines it, and the predicate the sentence goes on with after it:
#: "Raynaud's phenomenon, a condition in which the fingers turn white in the cold, affects ...", "Sciatica, pain that
#: travels down the leg, usually gets better ..."
_APPOSED = re.compile(r",\s+(?P<def>[^,;:()]{4,160}?),\s+(?=(?:usually|often|mostly|typically|generally|also|which|is|are|was|can|may|might|will|tends?|affects?|gets?|starts?|begins?|comes?|goes?|lasts?)(?![\w-]))", re.IGNORECASE)
_CONDITION_IN_WHICH = re.compile(r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:condition|disorder|disease|problem|syndrome)\s+(?:in\s+which|where|when|that\s+(?:causes|makes))\s+", re.IGNORECASE)


def _comma_definition(sentence: str, subj: Optional[Span], cues: RelationCues, condition: Optional[Known], add: Callable) -> None:
    """A condition defined by a comma apposition: its clauses ("a condition in which the fingers turn white") or its
    finding ("pain that travels down the leg") are symptoms; an apposition of anything else names none."""
    if subj is None or len(sentence[subj[0] : subj[1]].split()) > 5:
        return
    m = _APPOSED.match(sentence, subj[1])  # before the condition test, which may ask the linker
    if m is None or not is_condition(sentence[subj[0] : subj[1]], cues, condition):
        return
    a, b = m.span("def")
    which = _CONDITION_IN_WHICH.match(sentence, a, b)
    if which:
        add(_defining_clauses(sentence, which.end(), cues, limit=b), subj, "symptom:apposition", subj[0])
        return
    span = trim(sentence, (a, b), cues)
    if span is not None and _finding_word(sentence[span[0] : span[1]].split()[0], cues) and not disease_like(sentence[span[0] : span[1]], cues):
        add([span], subj, "symptom:apposition", subj[0])  # not "an eating disorder of young adults": a class


def _findings_after_measure(sentence: str, pos: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The findings a definition lists after a first item with a measure ("HG is defined as vomiting with weight loss
    of more than 5% of body weight, dehydration and electrolyte imbalance": "dehydration", "electrolyte imbalance"):
    the comma list from ``pos`` when each of its items is a finding without a figure of its own (not "at least 8 of
    them with migraine features", which goes on counting the first item's days)."""
    if not re.match(r"\s*,\s*", sentence[pos:]):
        return []
    items = _symptom_items(sentence, pos + len(re.match(r"\s*,\s*", sentence[pos:]).group(0)), cues, known)
    def finding(a: int, b: int) -> bool:
        words = sentence[a:b].split()
        return (not re.search(r"\d", sentence[a:b]) and len(words) <= 5 and words[0].lower() not in _NOT_AFTER_MEASURE
                and (_finding_word(words[-1], cues) or known is None or known(sentence[a:b])))
    return items if items and all(finding(a, b) for a, b in items) else []


#: first words of what goes on describing the measured item, no finding ("at least 8 of them", "of which", "each ...")
_NOT_AFTER_MEASURE = frozenset("at of which each most some all both either none them these those or and with without in on".split())


def defined_symptoms(
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
            if not (is_outcome(sentence, s, cues) and not re.search(r"\d", sentence[s[0] : s[1]]) or is_pronoun(sentence, s, cues)):
                out.append(RelationMention("symptom", s, cond, None, rule, (min(start, s[0]), s[1])))

    subj = sentence_subject(sentence, cues)
    for m in p["definition"].finditer(sentence):
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        cond = left_phrase(sentence, m.start() + 1, cues)
        # "X is a condition where ...", "X means having ...": the verb itself says X is a condition
        named = verb.startswith("is a condition") or verb.startswith("is diagnosed") or sentence[m.end() - 7 : m.end()].strip().lower() == "having"
        which = re.search(r"(?<![\w-])which\s+(?:\w+\s+)?$", sentence[: m.start() + 1], re.I)
        if which and not verb.startswith("defin"):
            continue  # "an infection, which sometimes means the stimulator is removed": a consequence, not a definition
        if which:  # "has chronic insomnia, which doctors define as trouble falling asleep": the condition before "which"
            cond = left_phrase(sentence, len(sentence[: which.start()].rstrip(" ,")), cues)
        if verb.startswith("mean") and not named and is_clause(sentence[m.end() : list_end_at(sentence, m.end())], cues):
            continue  # "Hypothyroidism means the gland does not make enough hormone": a mechanism, no finding
        had = _DEFINED_HAVING.match(sentence, m.end())
        at = had.end() if had else m.end()  # "Epilepsy is a condition where you have repeated seizures": what you have
        first = sentence[at:].split(",")[0]
        if re.search(r"\d", first):  # "having headaches on 15 or more days a month, at least 8 of them ...": one item
            one = trim(sentence, (at, at + len(first)), cues)
            items = ([one] if one else []) + _findings_after_measure(sentence, at + len(first), cues, known)
        else:
            items = _symptom_items(sentence, at, cues, known)[:3]
        clauses = _defining_clauses(sentence, m.end(), cues) if _CLAUSE_DEFINITION.search(verb) else []
        if clauses:
            items = clauses  # "Narcolepsy is when you fall asleep suddenly", "X is diagnosed when attacks happen ..., and you ..."
        named = named or bool(which) or bool(items and _finding_head(sentence, items[0], known, finding))
        if cond is None or not (named or is_condition(sentence[cond[0] : cond[1]], cues, condition)):
            cond = subj if subj is not None and subj[1] <= m.start() and (named or is_condition(sentence[subj[0] : subj[1]], cues, condition)) else None
        if cond is None or is_pronoun(sentence, cond, cues):
            continue
        items = [_finding_span(sentence, s, known) for s in items if finding is None or _finding_head(sentence, s, known, finding)]
        add(items, cond, f"symptom:{verb}", cond[0])
    _finding_definition(sentence, subj, cues, known, condition, finding, add)
    _comma_definition(sentence, subj, cues, condition, add)
    dm = p["dash"].match(sentence, subj[1]) if subj is not None and len(sentence[subj[0] : subj[1]].split()) <= 5 else None
    if dm and dm.group(0).strip() != ":" and not is_title_case(sentence):
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
        if cond is not None and not is_pronoun(sentence, cond, cues):
            lead = cm.group("lead").lower()
            region_end = dm.start()
            first = sentence[cm.end() : region_end].split(",")[0]
            if lead.split()[-1] in {"have", "had", "experience", "notice", "get", "from", "develop", "experiencing", "getting", "feel"}:
                if re.search(r"\d", first):  # "headaches on 15 or more days a month, at least 8 of which ...": one item
                    one = trim(sentence, (cm.end(), cm.end() + len(first)), cues)
                    items = [one] if one else []
                else:
                    items = [s for s in list_items(sentence, (cm.end(), list_end_at(sentence, cm.end())), cues, known) if _symptom_ok(sentence, s, cues)]
                    items = [s for s in items if s[1] <= dm.start()]
            else:
                # "If you wake up at night shaking your hands": the whole verb phrase is the symptom
                vp = trim(sentence, (cm.start("lead") + len("if you "), min(list_end_at(sentence, cm.end()), dm.start())), cues)
                items = [vp] if vp else []
            add(items, cond, f"symptom:{lead}", cm.start())
    for m in p["paren"].finditer(sentence):
        items = symptom_list(sentence, (m.start("body"), m.end("body")), cues, known)
        if len(items) >= 2:
            add(items, None, "list:(", m.start())
    for m in p["body"].finditer(sentence):
        part = m.group("part").lower().split()
        if _self_care_condition(sentence, m.start(), cues):
            continue  # "Painkillers may help if your legs ache": when to take them
        if len(part) > 1 and (known is None or known(part[-1]) or len(part[-1]) > 2) and not is_pronoun(sentence, m.span("part"), cues):
            span = (m.start("part") + len(part[0]) + 1, m.end())
            if part[-1] not in cues.lower_sets["generic_arguments"] and not {"and", "or", "with"} & set(part):
                # (not "the fibre and water": a noun of a coordination, no part with its verb)
                add([span], None, f"symptom:{m.group('verb').lower()}", m.start())
    for m in _PART_STATES.finditer(sentence):
        # "the gums become red, swollen and may bleed", "On examination both ankles were warm and swollen": how a body
        # part is, each state a finding (the run of state words, up to the first other word)
        part = m.group("part").lower()
        if m.group("part2") and m.group("part2").lower() not in cues.lower_sets["body_sites"]:
            continue  # "the fibre and water are": no two parts of the body
        if ((part not in cues.lower_sets["body_sites"] and part not in cues.lower_sets["finding_places"]) or _NOT_BEFORE_STATES.search(sentence, 0, m.start("states"))
                or _STATE_CLAUSE_BEFORE.search(sentence, 0, m.start())
                or _REASON_BEFORE.search(sentence, 0, m.start()) or LIST_MARK.match(sentence).end() > 0 or "\n" in sentence):
            continue  # "Eczema gets worse when the skin is dry", "flushing, where the skin turns red": a cause, a definition
        if _FEELING_ITEM.match(sentence):
            continue  # "a feeling that the ear is blocked or full": the feeling's clause, one finding (the item's)
        if _after_care(sentence, m):
            continue  # "Your toe will be numb for a few hours", "if your finger is stiff after surgery": the course of care
        if _self_care_condition(sentence, m.start(), cues):
            continue  # "Avoid spicy foods if your mouth is sore": when to follow self-care advice, no finding stated
        states = cues.lower_sets["symptom_feelings_of_parts"] | cues.lower_sets["symptom_feelings"] | _PART_COLOURS
        items = []
        for w in re.finditer(r"[a-z-]+", sentence[m.start("states") : m.end("states")], re.I):
            if w.group(0).lower() in ("and", "or", "then"):
                continue
            if w.group(0).lower() not in states:
                if absence_word(w.group(0), cues):
                    items = []  # "the rash may be faint or missing": how hard the sign is to see, no finding
                break
            items.append((m.start("states") + w.start(), m.start("states") + w.end()))
        if items:
            add(items, None, "symptom:part state", m.start())
    for m in p["function change"].finditer(sentence):
        # "See a GP urgently if ... your vision changes": a function that changes, ending its clause, is a warning sign
        if not _AFTER_CARE_STATES.search(sentence) and not _self_care_condition(sentence, m.start(), cues):
            add([(m.start("function"), m.end())], None, "symptom:function change", m.start())
    for m in p["difficulty"].finditer(sentence):
        begin = max((x.end() for x in _ACTIVITY_LEAD.finditer(sentence, 0, m.start())), default=None)
        if begin is None or _self_care_condition(sentence, begin, cues):
            continue  # (not "use crutches if walking is painful": when to use them)
        items = [s for s in list_items(sentence, (begin, m.start()), cues, known) if _symptom_ok(sentence, s, cues)]
        if any(re.match(r"[A-Za-z]+ing(?![\w-])", sentence[s[0] : s[1]]) for s in items) and not any(
            is_outcome(sentence, s, cues) for s in items
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


RELATIVE = re.compile(r"(?<![\w-])(?:that|which|who)\s+$", re.IGNORECASE)
#: a body part and a verb of being or becoming, then states: "the gums become red, swollen and ...", "both ankles were
#: warm and swollen", "Your eyes may look red and sore" (the part's head must be a body site, each state a state word)
#: an item that names a feeling by what it is like ("a feeling that the ear is blocked or full")
_FEELING_ITEM = re.compile(r"\W*(?:(?:an?|the)\s+)?(?:[a-z-]+\s+)?(?:feeling|sensation|sense)\s+(?:that|as\s+if|as\s+though)\s", re.IGNORECASE)
_PART_STATES = re.compile(
    # (a part of a person the page names, "your child's lips", and two parts joined, "his hands and feet", "lips or tongue")
    r"(?<![\w-])(?:the|your|my|his|her|their|its|both|one|each)\s+(?:(?:child|baby|son|daughter|partner)['\u2019]s\s+)?"
    r"(?:(?:affected|other|same|two)\s+)?(?P<part>[a-z]+)(?:\s+(?:and|or)\s+(?P<part2>[a-z]+))?\s+"
    r"(?:(?:may|can|might|often|usually|also|sometimes|will|then|quickly|gradually|soon|tend\s+to|start\s+to)\s+)*"
    r"(?:become|becomes|became|turn|turns|turned|look|looks|looked|were|was|are|is|be|go|goes|went|get|gets|got)\s+"
    r"(?:(?:very|quite|more|slightly|increasingly|so)\s+)?(?P<states>[a-z-]+(?:\s*,\s*(?:and\s+|or\s+|then\s+)?[a-z-]+|\s+(?:and|or)\s+[a-z-]+)*)",
    re.IGNORECASE,
)
#: the colours a body part goes or looks as a finding ("the fingers turn white, then blue", "lips may look blue or grey")
_PART_COLOURS = frozenset({"red", "pale", "white", "grey", "gray", "blue", "bluish", "purple", "yellow", "mottled", "darker", "lighter"})
#: a reason clause the state stands in ("comes on suddenly because the drainage angle of the eye is blocked"): a mechanism
_REASON_BEFORE = re.compile(r"(?<![\w-])because\s+(?!of\s)[^,;:.()]*$", re.IGNORECASE)
_STATE_CLAUSE_BEFORE = re.compile(r"(?<![\w-])(?:when|whenever|where|while|because|as|once|until|after|before)\s+$", re.IGNORECASE)
#: "cold sores often", "shingles again": how often the condition comes, after its name
_FREQUENCY_AFTER = re.compile(
    r"\s+(?:(?:very|quite|so)\s+)?(?:often|again|frequently|regularly|a\s+lot)\s*$"
    # "cold sores that keep coming back": a return of the condition, after its name
    r"|\s+(?:that|which)\s+(?:keeps?|comes?|go(?:es)?)\s+(?:coming\s+back|back|recurring|returning)\s*$"
    # "chilblains every winter", "headaches most weeks", "cold sores several times a year": how often it comes, after its name
    r"|\s+(?:(?:every|each)\s+(?:other\s+)?|most\s+)(?:winters?|summers?|springs?|autumns?|years?|months?|weeks?|days?|nights?|mornings?|time)\s*$"
    r"|\s+(?:several|many|a\s+few|two|three|four|\d+)\s+(?:or\s+more\s+)?times\s+(?:a|per|each|every)\s+(?:year|month|week|day)\s*$"
    # "nightmares three or four nights a week", "headaches two days a month": how many nights or days of a week or month
    r"|\s+(?:a\s+few|several|one|two|three|four|five|six|\d+)(?:\s+(?:or|to)\s+(?:two|three|four|five|six|seven|\d+))?\s+(?:nights?|days?|mornings?)\s+(?:a|per|each|every)\s+(?:week|month)\s*$",
    re.IGNORECASE)
#: "recurrent thrush", "repeated attacks of gout"'s first word: how often, before the condition's name
_FREQUENCY_BEFORE = re.compile(r"^(?:recurrent|recurring|repeated|frequent)\s+(?=\S)", re.IGNORECASE)


def without_frequency(text: str) -> str:
    """``text`` less a frequency after or before it ("cold sores often", "cold sores that keep coming back", "recurrent
    thrush" -> the name), to tell the condition's own name."""
    return _FREQUENCY_BEFORE.sub("", _FREQUENCY_AFTER.sub("", text))


#: "after surgery", "following the operation", "after your injection": the states a sentence places after care.
_AFTER_CARE_STATES = re.compile(
    r"(?<![\w-])(?:after|following|since)\s+(?:(?:the|your|an?|this|their|his|her)\s+)?(?:[\w-]+\s+)?"
    r"(?:surgery|operation|procedure|op|injection|treatment)s?(?![\w-])",
    re.IGNORECASE,
)
#: "... will be numb for a few hours", "... will be red for one to two weeks": a spell the reader is told to expect.
_EXPECTED_SPELL = re.compile(
    r"[^.;:]*?(?<![\w-])for\s+(?:about\s+)?(?:a\s+few|a\s+couple\s+of|several|an?|one|two|three|four|five|\d+)\s+"
    r"(?:(?:or|to)\s+(?:two|three|four|five|six|\d+)\s+)?(?:hours?|days?|weeks?)(?![\w-])",
    re.IGNORECASE,
)


#: an if-clause that follows its main clause ("Take painkillers if ...", "... may help if ...")
_TRAILING_IF = re.compile(r"\S.*?\s(?:if|as\s+soon\s+as)\s+$", re.IGNORECASE)


def _self_care_condition(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether the state at ``pos`` is the condition of self-care advice that follows it ("Avoid spicy foods if your
    mouth is sore", "take painkillers if the lump is sore", "Painkillers may help if your legs ache"): when to follow
    the advice, not a sign the page tells; a warning that seeks care ("See your GP if your mouth is sore") is one."""
    if _TRAILING_IF.match(sentence[:pos]) is None:
        return False
    return _care_clause_patterns(cues)[0].search(sentence) is None


def _after_care(sentence: str, m: re.Match) -> bool:
    """Whether the states of a body part that ``m`` found are the course of care, not findings of the condition:
    placed after a procedure ("the wound becomes red after surgery", "if your finger is stiff after surgery") or
    foretold for a spell ("Your toe will be numb for a few hours"; CLAIMS_SPEC.md: signs of a complication of care
    are no symptom claims)."""
    if _AFTER_CARE_STATES.search(sentence):
        return True
    foretold = re.search(r"(?<![\w-])will(?![\w-])", sentence[m.start() : m.start("states")], re.IGNORECASE)
    return foretold is not None and _EXPECTED_SPELL.match(sentence, m.end("states")) is not None


_NOT_BEFORE_STATES = re.compile(r"(?<![\w-])(?:not|never|no\s+longer|n['\u2019]t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def relative_subject(sentence: str, subj: Optional[Span], cues: RelationCues, condition: Optional[Known]) -> Optional[Span]:
    """"A stone that moves into the ureter usually causes pain": a condition with its relative clause is the
    subject (the whole phrase), when the noun before "that" names a condition; otherwise ``subj`` as found."""
    if subj is None:
        return subj
    rel = RELATIVE.search(sentence, 0, subj[0])
    head = left_phrase(sentence, rel.start(), cues) if rel else None
    if head is None or not is_condition(sentence[head[0] : head[1]], cues, condition):
        return subj
    return (head[0], subj[1])


def condition_symptoms(sentence: str, pos: int, objs: list[Span], cues: RelationCues, known: Optional[Known],
                       end: Optional[int] = None) -> list[Span]:
    """What a condition causes, read as symptoms: the symptom list after the verb ("throbbing pain, often
    with nausea and sensitivity to light": three), up to ``end`` (the next verb of a series), else the cause rule's objects."""
    return symptom_list(sentence, (pos, min(list_end_at(sentence, pos), end or len(sentence))), cues, known) or objs


#: adverbs between a subject and its predicate ("is often", "is typically")
_ADV = r"(?:(?:often|usually|typically|generally|commonly|normally|frequently|sometimes|also|probably|most\s+often|then)\s+)*"
_COPULA_SIGN = r"(?:is|are|was|were|tends?\s+to\s+be|may\s+be|can\s+be|could\s+be|might\s+be|will\s+be|remains?|becomes?)"
#: where a described symptom ends: a clause boundary, or a coordinated predicate ("comes in waves and may spread")
_DESCRIPTION_END = re.compile(
    r"\s*[,;:.!?()\u2013\u2014]|\s+(?:which|because|so|but|although|though|while|until)\s"
    r"|\s+(?:and|or)\s+(?:then\s+)?(?:can|could|may|might|will|would|should|often|usually|sometimes|also|is|are|gets?|feels?)\s",
    re.IGNORECASE,
)


@per_cue_set
def _prose_patterns(cues: RelationCues) -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :func:`prose_symptoms` (ranked signs, descriptions, named findings, onsets)."""
    nouns = alternation(cues.symptom_finding_nouns + cues.symptom_function_nouns)
    ranks = r"(?:(?:" + alternation(cues.symptom_ranks) + r")\s+(?:(?:and|or)\s+)?)"
    rank_nouns = alternation(cues.symptom_rank_nouns)
    of = r"(?:\s+(?:of|in|with)\s+(?P<obj>[^,;:.()]{1,60}?))?"
    return {
        # "The first sign is often tingling, burning or itching"
        "ranked": re.compile(
            WORD_START + r"(?:the|its|their|your|his|her|a|an)\s+(?:very\s+)?" + ranks + r"+(?P<noun>" + rank_nouns + r")" + WORD_END + of
            + r"\s+" + _ADV + _COPULA_SIGN + r"\s+" + _ADV,
            re.IGNORECASE,
        ),
        # "Pain is usually the first symptom", "PHN ... is its most frequent complication"
        "ranked_back": re.compile(
            # "Pain is not a feature of the disease": denied as a sign, a negated claim (not "not the main symptom")
            r"\s+" + _ADV + r"(?:" + _COPULA_SIGN + r"\s+" + _ADV + r"(?P<deny>not\s+(?=(?:a|an|usually|typically|generally|really|always|necessarily)\s))?"
            # "Diarrhoea isn't really a symptom of reflux": the contracted denial, as "is not"
            + r"|(?P<denied>(?:is|are|was|were)n['\u2019]t\s+(?=(?:a|an|usually|typically|generally|really|always|necessarily)\s)))"
            + r"(?:(?:really|always|necessarily)\s+)?" + _ADV
            + r"(?:one\s+of\s+)?(?P<det>(?:the|its|their|a|an)\s+)?(?:very\s+)?" + ranks
            + r"*(?P<noun>" + rank_nouns + r")" + WORD_END + r"(?:\s+(?:of|in)\s+(?P<obj>[^,;:.()]{1,60}?)(?=[,;:.()]|\s+(?:and|but|which|that|in|among)\s|$))?",
            re.IGNORECASE,
        ),
        # "The pain often comes in waves", "the itch is worst at night"
        "described": re.compile(
            r"(?:" + WORD_START + r"(?:the|this|that|your|its|their|such\s+a|such)\s+|^\s*)(?:[\w-]+\s+){0,2}?(?P<noun>" + nouns + r")\s+"
            + cues.modal_re + r"(?:(?:tends?|seems?)\s+to\s+be\s+" + cues.modal_re + r")?(?P<verb>" + alternation(cues.symptom_descriptions) + r")" + WORD_END,
            re.IGNORECASE,
        ),
        "described_more": re.compile(
            r"\s+(?:and|or|but)\s+(?:then\s+)?" + cues.modal_re + r"(?P<verb>" + alternation(cues.symptom_descriptions) + r")" + WORD_END,
            re.IGNORECASE,
        ),
        # "It is often described as the worst pain ...", "most people describe it as a dull ache"
        "described_as": re.compile(
            WORD_START + r"(?:(?P<subj>it|they|this|the\s+[\w-]+|this\s+[\w-]+)\s+" + cues.modal_re + r"described|describes?\s+(?:it|them|this|the\s+[\w-]+"
            r"|their\s+[\w-]+)|describ(?:es|e|ed)\s+(?:it|them|this|the\s+[\w-]+|their\s+[\w-]+)"
            # "People describe tension-type headache as a band around the head": what they describe is said after "as"
            r"|(?<=\s)describ(?:es|e|ed)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+as\s+(?!well|much|many|soon|if|though|long)",
            re.IGNORECASE,
        ),
        # "The pain, called renal colic, ...", "a nerve pain known as postherpetic neuralgia"
        "named": re.compile(
            WORD_START + r"(?:the|this|that|a|an|such\s+a|their|your)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\s*,?\s*(?:"
            + alternation(cues.apposition_cues) + r")\s+",
            re.IGNORECASE,
        ),
        # "Shingles is a painful rash caused by ..."
        "is_a": re.compile(
            r"\s+(?:is|are)\s+(?:(?:usually|often|typically|basically|simply|essentially)\s+)?(?:(?:a|an)\s+)?"
            r"(?P<np>(?:[\w-]+\s+){0,3}?(?:" + nouns + r"))" + WORD_END + r"(?P<next>\s*(?:[,;:.()]|$)|\s+[\w-]+)",
            re.IGNORECASE,
        ),
        # "Shingles usually starts with a tingling feeling", "Symptoms often begin with stiffness"
        "onset": re.compile(r"\s+" + _ADV + r"(?:starts?|begins?|started|began)\s+(?:with|as)\s+", re.IGNORECASE),
        # "Hyperalgesia may also occur"
        "occur": re.compile(r"\s+" + cues.modal_re + r"(?P<verb>" + alternation(cues.symptom_occur_verbs) + r")" + WORD_END, re.IGNORECASE),
        # "many people find light or noise hard to bear"
        "intolerance": re.compile(
            WORD_START + r"finds?\s+(?P<x>[^,;:.]{1,60}?)\s+(?P<tail>" + alternation(cues.symptom_intolerance) + r")" + WORD_END, re.IGNORECASE
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
    clause = sentence[pos : list_end_at(sentence, pos)].lower()
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


#: "... worse when you are tired / I'm stressed": a state of the person after the comparative, a trigger
@per_cue_set
def _worse_with_factor(cues: RelationCues) -> re.Pattern[str]:
    """"(worse) with caffeine": what it is worse with, unless a course of time or use ("with age", "with rest")."""
    return re.compile(r"\s+with\s+(?!(?:" + alternation(cues.worse_with_courses) + r")(?![\w-]))(?=[a-z])", re.IGNORECASE)


_WORSE_IN_STATE = re.compile(
    r"\s+(?:when|whenever|if)\s+(?:you|i|they|we|he|she|people|patients)\s*(?:['\u2019]re|['\u2019]m|are|am|is|feel|get|become|were|was)\s", re.IGNORECASE
)


#: where one likeness of a description ends and the next, with its own article, begins ("an electric shock, a stabbing or
#: a shooting pain")
_NEXT_LIKENESS = re.compile(r"\s*,\s*(?:(?:or|and)\s+)?(?=(?:a|an)\s)|\s+(?:or|and)\s+(?=(?:a|an)\s)", re.IGNORECASE)


def _likenesses(sentence: str, span: Span, cues: RelationCues) -> list[Span]:
    """The likenesses of a description, each with its own article ("describe it as an electric shock, a stabbing or a
    shooting pain": three), or the whole description ("a dull, heavy ache", "burning or stabbing")."""
    parts: list[Span] = []
    pos = span[0]
    for m in _NEXT_LIKENESS.finditer(sentence, span[0], span[1]):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, span[1]))
    out = [t for t in (trim(sentence, p_, cues) for p_ in parts) if t is not None]
    return out if len(out) > 1 else [span]


#: descriptions that say a finding comes again
_RECURRENCE_VERBS = frozenset({"returns", "return", "comes back", "come back", "recurs"})


def _after_stopping(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether the clause from ``pos`` places a return after care ends ("when it is stopped", "if you stop")."""
    clause = sentence[pos : _description_end(sentence, pos)].lower()
    return bool(set(re.findall(r"[a-z]+", clause)) & cues.lower_sets["discontinuation_words"])


def _description_end(sentence: str, pos: int) -> int:
    m = _DESCRIPTION_END.search(sentence, pos)
    return m.start() if m else len(sentence.rstrip(" .!?"))


def _prose_finding(sentence: str, span: Span, cues: RelationCues, finding: Optional[Known]) -> bool:
    """Whether a phrase names a finding: it holds a finding noun ("the worst pain a person has felt"), or
    the linker says so."""
    ws = re.findall(r"[a-z][a-z-]*", sentence[span[0] : span[1]].lower())
    if set(ws) & _finding_nouns(cues):
        return True
    return finding is not None and finding(sentence[span[0] : span[1]])


#: findings that open a sentence and are said to be common ("Haemoptysis, fatigue and rhinosinusitis are common",
#: "Night sweats are also common", "Breathlessness, fatigue and nausea are common accompanying features"); not "common
#: causes", "common side effects" (the lookahead)
_COMMON_FINDINGS = re.compile(
    r"\W*(?P<list>[^,;:.()?!]+(?:,\s*[^,;:.()?!]+)*?)\s+(?:is|are|was|were)\s+(?:(?:also|very|particularly|quite|fairly|relatively)\s+)*"
    # "were common" (a study's findings), "were frequently reported"; not "more common in men" (a comparison: a risk group)
    r"(?:common|(?:frequently|commonly|often)\s+reported)"
    r"(?:\s+(?:too|as\s+well))?(?:\s+(?:accompanying\s+|associated\s+)?(?:features|symptoms|complaints|findings))?"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:and|but|in|among|with)\s)",
    re.IGNORECASE,
)


def without_common_in_group(sentence: str, mentions: list[RelationMention], cues: RelationCues) -> list[RelationMention]:
    """The mentions less the symptoms a sentence opens with and calls common in a group of people or a stage of life
    (:func:`_common_in_group`: "Heartburn is also common in late pregnancy"), whichever rule or tagger found them."""
    m = _COMMON_FINDINGS.match(sentence)
    if m is None or not _common_in_group(sentence, m.end(), cues):
        return mentions
    a, b = m.span("list")
    return [x for x in mentions if not (x.kind == "symptom" and a <= x.subject[0] and x.subject[1] <= b)]


def _common_in_group(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether "common" at ``pos`` is said of a group of people or a stage of life that names no condition ("Heartburn is
    also common in late pregnancy", "Tiredness is common in older adults"): how common a finding is among everyone of
    the group, no symptom of the page's condition; "common in men with long-standing symptoms", "in people who have
    a clot" name the people with a condition, whose findings they are."""
    g = _IN_GROUP.match(sentence, pos)
    if g is None or re.search(r"(?<![\w-])(?:with|who|whose|that|which|having)(?![\w-])", g.group("group"), re.IGNORECASE):
        return False
    words = set(re.findall(r"[a-z]+", g.group("group").lower()))
    return bool(words & (cues.lower_sets["person_nouns"] | _LIFE_STAGES))


#: a stage of life or of pregnancy named where a condition could be ("late pregnancy", "old age", "childhood")
_STAGE_OF_LIFE = re.compile(r"(?<![\w-])(?:pregnanc(?:y|ies)|childhood|infancy|adolescence|old\s+age|later\s+life)(?![\w-])", re.IGNORECASE)
_IN_GROUP = re.compile(r"\s+(?:in|among)\s+(?P<group>[^,;:.()?!]+)", re.IGNORECASE)
#: stages of life and of pregnancy that name who, not a condition ("in late pregnancy", "in old age")
_LIFE_STAGES = frozenset({"pregnancy", "pregnancies", "pregnant", "childhood", "infancy", "adolescence", "age", "life",
                          "elderly", "people", "adults", "children", "women", "men"})


#: "When symptoms do occur, the most common are tiredness and ...": a rank whose noun ("symptoms") was named before it
_ELIDED_RANK = re.compile(
    r"(?<![\w-])(?:the\s+)?(?:most\s+common|commonest|most\s+frequent|main|first|earliest)\s+(?:ones?\s+)?(?:is|are|include)\s+", re.IGNORECASE)
_SYMPTOM_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:symptoms?|signs?)(?![\w-])[^.;:]*?,\s*(?:but\s+|and\s+)?$", re.IGNORECASE)
#: "It's often followed by a deep, throbbing ache": a finding that comes after the condition or its first symptom
_FOLLOWED_BY_FINDING = re.compile(
    r"(?:^|(?<=\s))(?P<subj>it|this|the\s+pain|the\s+rash|the\s+itch(?:ing)?)(?:\s+is|['\u2019]s|\s+are)\s+(?:(?:often|usually|sometimes|typically|then|commonly)\s+)?"
    r"followed\s+by\s+", re.IGNORECASE)


def elided_rank_findings(sentence: str, cues: RelationCues, known: Optional[Known]) -> list[tuple[Span, str]]:
    """Findings after a rank whose noun the sentence named before it ("When symptoms do occur, the most common are
    tiredness and lack of energy") and findings said to follow the condition or its pain ("It's often followed by a deep
    burning ache"): symptoms of the page's condition, each a finding."""
    out: list[tuple[Span, str]] = []
    for m in _ELIDED_RANK.finditer(sentence):
        if _SYMPTOM_NOUN_BEFORE.search(sentence, 0, m.start()):
            items = [(it[0] + a, it[0] + b) for it in list_items(sentence, (m.end(), list_end_at(sentence, m.end())), cues, known)
                     for a, b in _and_parts(sentence[it[0] : it[1]])]
            out += [(it, "symptom:the most common are") for it in items
                    if finding_word(sentence[it[0] : it[1]], cues) or _LACK_OF.match(sentence, it[0], it[1])]
    for m in _FOLLOWED_BY_FINDING.finditer(sentence):
        end = list_end_at(sentence, m.end())
        rel = re.compile(r"\s(?:that|which|who)\s", re.IGNORECASE).search(sentence, m.end(), end)
        span = right_phrase(sentence, m.end(), cues, stop=rel.start() if rel else end)
        if span is not None and "," not in sentence[span[0] : span[1]] and finding_word(sentence[span[0] : span[1]], cues):
            out.append((span, "symptom:followed by"))  # "a deep burning or throbbing ache": one finding
    return out


#: a finding named by what is lacking or lost ("lack of energy", "loss of appetite")
_LACK_OF = re.compile(r"(?:a\s+)?(?:lack|loss)\s+of\s+\w", re.IGNORECASE)


def _and_parts(text: str) -> list[Span]:
    """The offsets of the parts of ``text`` joined by "and" / "or" ("tiredness and lack of energy": two)."""
    parts, at = [], 0
    for m in re.finditer(r"\s+(?:and|or)\s+", text):
        parts.append((at, m.start()))
        at = m.end()
    return parts + [(at, len(text))]


def common_findings(sentence: str, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The findings a sentence opens with and calls common: each a symptom of the page's condition, all of them
    findings ("It is common", "Kidney stones are common" name none); a sentence about side effects names none."""
    m = _COMMON_FINDINGS.match(sentence)
    if m is None or re.search(r"(?<![\w-])side[\s-]effects?(?![\w-])", sentence, re.IGNORECASE) or _common_in_group(sentence, m.end(), cues):
        return []
    items = [part for it in list_items(sentence, m.span("list"), cues, known) for part in coordinated(sentence, it, cues, known)]
    findings = [finding_word(sentence[a:b], cues) for a, b in items]
    # a one-word medical term among the findings ("Haemoptysis, fatigue and rhinosinusitis") is one of them
    terms = [re.fullmatch(r"[a-z]{7,}", sentence[a:b].lower()) is not None
             and sentence[a:b].lower().endswith(tuple(cues.symptom_suffixes) + tuple(cues.disease_suffixes)) for a, b in items]
    if not items or not any(findings) or not all(f or t for f, t in zip(findings, terms)):
        return []
    return items


#: a demonstrative that opens a sentence as the subject of "can be signs of" ("These can be signs of quinsy")
#: (also opening a main clause joined by "and" or a semicolon, after a fronted adverbial: "Chilblains are common, and in a
#: few people they are a sign of lupus"; not a reason after advice, "Call 999 if ..., as these may be signs of a stroke",
#: which the development gold mostly leaves out)
_SIGN_PRONOUN = re.compile(
    r"(?:^|;|,\s*(?:and|but)\s)\W*"
    r"(?:(?:less\s+commonly|more\s+rarely|rarely|sometimes|occasionally|in\s+(?:a\s+few|some|rare)\s+(?:people|patients|cases))\s*,?\s*)?"
    r"(?P<p>these|this|they|those)\s*$", re.IGNORECASE)
#: a condition named only vaguely after "signs of" ("something more serious", "another condition", "a more serious problem")
_VAGUE_CONDITION = re.compile(r"(?:something|another|other|an?\s+(?:more\s+)?(?:serious|different|underlying))(?![\w-])", re.IGNORECASE)


@per_cue_set
def _fronted_onset(cues: RelationCues) -> re.Pattern[str]:
    """A time phrase and a comma or not, then a new finding with an indefinite article and a verb of onset ("After a few
    days a rash appears", "Within a day or two, a fever may develop")."""
    nouns = alternation(cues.symptom_finding_nouns)
    return re.compile(
        r"^\s*(?:after|within|over|in|later|then|eventually|soon)\b[^,;.]{0,40}?,?\s+(?:an?\s+)(?P<np>(?:[\w-]+\s+){0,2}?(?:" + nouns + r"))\s+"
        + cues.modal_re + r"(?P<verb>" + alternation(cues.symptom_occur_verbs) + r")" + WORD_END, re.IGNORECASE)


#: the people a state is said of ("Younger children are often irritable", "Older people may become confused")
_STATE_PEOPLE = (r"(?:(?:younger|older|young|small|affected)\s+)?(?:children|child|babies|baby|infants|infant|toddlers|toddler|patients|"
                 r"people|adults|teenagers|teenager)")
#: what ends a state that is no finding: its object or its time ("anxious about surgery", "tired of waiting", "sore after")
_STATE_OBJECT = re.compile(r"\s+(?:about|of|to|that|after|before|when|for|at|with|from|than)(?![\w-])", re.IGNORECASE)


@per_cue_set
def _people_state(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(
        WORD_START + r"(?P<who>" + _STATE_PEOPLE + r")(?:\s+with\s+[^,;:.()]{1,40}?)?\s+" + cues.modal_re
        + r"(?:are|is|be|become|becomes|seem|seems|look|looks|appear|appears)\s+(?:(?:very|often|usually|also|unusually|quite|sometimes)\s+)*"
        + r"(?P<states>[a-z-]+(?:\s*,\s*(?:and\s+|or\s+)?[a-z-]+|\s+(?:and|or)\s+[a-z-]+){0,4})",
        re.IGNORECASE)


def people_states(sentence: str, cues: RelationCues) -> list[Span]:
    """States said of people who have the condition ("Younger children are often irritable and off their food", "Babies
    may be drowsy and floppy", "Older people are often confused"): each state word (``symptom_feelings``) a finding,
    not one with an object or a time ("Patients are often anxious about surgery") nor a condition of advice."""
    out: list[Span] = []
    for m in _people_state(cues).finditer(sentence):
        if IN_CONDITION.search(sentence, 0, m.start()) or _AFTER_CARE_STATES.search(sentence):
            continue
        if re.search(r"(?<![\w-])(?:who|that|which)(?![\w-])", sentence[m.end("who") : m.start("states")], re.IGNORECASE):
            continue  # "Babies with a high temperature or who seem very floppy": a relative clause, the warning rules' own
        items: list[Span] = []
        for w in re.finditer(r"[a-z-]+", sentence[m.start("states") : m.end("states")], re.I):
            word = w.group(0).lower()
            if word in ("and", "or"):
                continue
            if word not in cues.lower_sets["symptom_feelings"]:
                break
            items.append((m.start("states") + w.start(), m.start("states") + w.end()))
        if items and not _STATE_OBJECT.match(sentence, items[-1][1]):
            out.extend(items)
    return out


@per_cue_set
def _idioms(cues: RelationCues) -> re.Pattern[str]:
    """A set phrase that names a finding ("off their food")."""
    return re.compile(WORD_START + r"(?:" + alternation(cues.symptom_idioms) + r")" + WORD_END, re.IGNORECASE)


#: a relative "which" (and a sentence adverb) right before a predicate: its antecedent ends before the comma
_WHICH_BEFORE = re.compile(r",\s*which(?:\s+(?:apparently|actually|really|also|in\s+fact))?\s*$", re.IGNORECASE)


def prose_symptoms(
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

    def add(span: Optional[Span], obj: Optional[Span], rule: str, start: int, end: int = 0) -> None:
        if span is None or is_pronoun(sentence, span, cues):
            return
        if obj is not None and is_pronoun(sentence, obj, cues):
            obj = None
        out.append(RelationMention("symptom", span, obj, None, rule, (min(start, span[0]), max(span[1], end))))

    for span in common_findings(sentence, cues, known):
        add(span, None, "symptom:are common", span[0])
    for span in people_states(sentence, cues):
        add(span, None, "symptom:people are", span[0])  # "Younger children are often irritable", "Babies may be drowsy and floppy"
    for m in _idioms(cues).finditer(sentence):
        if not IN_CONDITION.search(sentence, 0, m.start()):  # not "if your child is off their food, offer ...": self-care
            add(m.span(), None, "symptom:idiom", m.start())  # "Older people may go off their food", "seems tired and off their food"
    for span, rule in elided_rank_findings(sentence, cues, known):
        add(span, None, rule, span[0])
    for m in p["ranked"].finditer(sentence):
        if IN_CONDITION.search(sentence, 0, m.start()) or symptom_judgement(sentence, m.end()):
            continue  # "The early symptoms are hard to spot": a judgement, no finding
        obj = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        for s in _symptom_items(sentence, m.end(), cues, known):
            if absence_word(sentence[s[0] : s[1]], cues):
                continue  # "the classic features are often absent": no sign there, no finding
            if not (is_outcome(sentence, s, cues) or is_condition(sentence[s[0] : s[1]], cues, condition)):
                add(s, obj, f"symptom:{m.group('noun').lower()} is", m.start())
    for m in p["ranked_back"].finditer(sentence):
        subj = left_phrase(sentence, m.start(), cues)
        which = _WHICH_BEFORE.search(sentence, 0, m.start())
        if which:  # "I never had diarrhoea, which apparently isn't a symptom of it": the finding "which" stands for
            subj = left_phrase(sentence, which.start(), cues)
        pron = _SIGN_PRONOUN.search(sentence, 0, m.start())
        if pron and m.group("obj") and m.group("noun").lower() in _SIGN_NOUNS and not _VAGUE_CONDITION.match(m.group("obj")):
            # "These can be signs of quinsy": the findings named before, as written (CLAIMS_SPEC.md: a pronoun argument)
            obj = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj"))
            out.append(RelationMention("symptom", pron.span("p"), obj, None, f"symptom:is {m.group('noun').lower()}", (pron.start("p"), m.end())))
            continue
        if sentence[: m.start()].rstrip().endswith(","):
            # "Postherpetic neuralgia (PHN), persistent pain after the rash has healed, is ...": the subject before the apposition
            first = sentence_subject(sentence, cues)
            subj = first if first is not None and "," in sentence[first[1] : m.start()] else None
        if subj is None or is_generic(sentence, subj, cues) or is_outcome(sentence, subj, cues) and not re.search(r"\d", sentence[subj[0] : subj[1]]):
            continue
        ranked = re.search(WORD_START + r"(?:" + alternation(cues.symptom_ranks) + r")\s+$", sentence[: m.start("noun")], re.I)
        if not m.group("det") and not (m.group("obj") and m.group("noun").lower() in _BARE_RANK_NOUNS) and not (
                ranked and m.group("noun").lower() in _BARE_RANK_NOUNS):
            continue  # "are classic symptoms of depression" names the condition; "are complications", "are signs" alone do not
            # (while "Fever and a rash are common symptoms" ranks its findings among the page's condition's)
        if re.match(r"(?:the|a|an|its|their)?\s*(?:" + alternation(cues.symptom_ranks) + r")?\s*(?:" + alternation(cues.symptom_rank_nouns) + r")$",
                    sentence[subj[0] : subj[1]], re.I):
            continue  # "The main symptom is the most common complaint": no finding named
        obj = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        listed = _listed_subjects(sentence, subj, m.start(), cues, known)
        for item in listed:  # a denial: the target runs through the cue ("Pain is not a feature of ..."), negated
            add(item, obj, f"symptom:is {m.group('noun').lower()}", item[0], m.end("noun") if m.group("deny") or m.group("denied") else 0)
        own = [item for item in listed if condition is not None and condition(sentence[item[0] : item[1]])]
        if m.group("obj") and m.group("noun").lower() in _SIGN_NOUNS and own:
            # "vertigo can be a sign of a stroke or a brain tumour" on a page about vertigo: the conditions are its causes
            for o in list_items(sentence, m.span("obj"), cues, known):
                for part in coordinated(sentence, o, cues, known):
                    if not (is_generic(sentence, part, cues) or is_outcome(sentence, part, cues) and not is_condition(sentence[part[0] : part[1]], cues, condition)):
                        out.extend(RelationMention("cause", part, item, "causes", "cause:is a sign of", (item[0], part[1])) for item in own)
    for m in p["described"].finditer(sentence):
        if IN_CONDITION.search(sentence, 0, m.start("noun")):
            continue  # "If the pain spreads to your leg, see a doctor": a condition of advice
        verb = m.group("verb").lower()
        start = m.start("verb")
        if verb.endswith("described as"):
            start = m.end()
            end = list_end_at(sentence, start)
            span = trim(sentence, (start, end), cues)
            if span is not None and _prose_finding(sentence, span, cues, finding) and not is_condition(sentence[span[0] : span[1]], cues, condition):
                for part in _likenesses(sentence, span, cues):
                    add(part, None, "symptom:described as", m.start())
            continue
        if re.match(r"\s+than(?![\w-])", sentence[m.end() :], re.I):
            continue  # "the pain is worse than before the operation": a comparison
        if verb in ("spread", "spreads") and set(re.findall(r"[a-z]+", sentence[m.start() : m.start("verb")].lower())) & cues.lower_sets["finding_places"]:
            continue  # "The rash can spread to the mouth", "the redness and swelling spread to your face": how a sign
            # changes, no finding of its own (CLAIMS_SPEC.md: "how a sign changes ('is getting bigger') is none")
        if m.group("noun").lower() in cues.lower_sets["symptom_rank_nouns"]:
            continue  # "Symptoms are worse at night", "symptoms come back within a year": the course of the condition, no finding
        if verb in _RECURRENCE_VERBS and _after_stopping(sentence, m.end(), cues):
            continue  # "the patches can return when it is stopped": a relapse after treatment ends, no finding
        if verb in {"worse", "is worse", "are worse", "gets worse", "get worse"} and (_WORSE_IN_STATE.match(sentence, m.end()) or _worse_with_factor(cues).match(sentence, m.end())):
            continue  # "Symptoms are worse when you are stressed", "Tremor was worse with caffeine": a trigger, the cause rule's
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
        if subj and not re.match(r"(?:it|they|this)$", subj, re.I) and not set(subj.lower().split()) & _finding_nouns(cues):
            continue  # "The procedure is described as safe": not a symptom being described
        span = trim(sentence, (m.end(), list_end_at(sentence, m.end())), cues)
        # "People describe the headache as a tight band": a finding described is told by its likeness, whatever it is
        described = set(re.findall(r"[a-z][a-z-]*", sentence[m.start() : m.end()].lower())) & _finding_nouns(cues)
        if span is not None and (described or _prose_finding(sentence, span, cues, finding)) and not is_condition(sentence[span[0] : span[1]], cues, condition):
            for part in _likenesses(sentence, span, cues):
                add(part, None, "symptom:described as", m.start())
    for m in p["named"].finditer(sentence):
        name = right_phrase(sentence, m.end(), cues)
        if name is not None and not is_outcome(sentence, name, cues):
            add(name, None, "symptom:called", m.start())
    subj = sentence_subject(sentence, cues)
    if subj is not None and _symptom_rank_noun(sentence, subj, cues):
        subj = None  # "Symptoms are ...", "Symptoms may occur": the list rules' head, no condition or finding
    for m in p["onset"].finditer(sentence):
        who = left_phrase(sentence, m.start(), cues)
        if who is None and not re.fullmatch(r"\s*(?:it|they|this|that)\s*", sentence[: m.start()], re.I):
            continue
        if who is not None and is_outcome(sentence, who, cues) and not is_condition(sentence[who[0] : who[1]], cues, condition):
            continue  # "Treatment usually starts with rest": a plan of care, not a symptom
        if who is not None and sentence[who[0] : who[1]].lower().split()[-1] in cues.lower_sets["symptom_care_subjects"]:
            continue  # "Treatment usually starts with behavioural changes", "Every plan starts with relative rest": care
        obj = who if who is not None and is_condition(sentence[who[0] : who[1]], cues, condition) else None
        for s in _symptom_items(sentence, m.end(), cues, known):
            if _prose_finding(sentence, s, cues, finding) and not is_outcome(sentence, s, cues):
                add(s, obj, "symptom:starts with", m.start())
    cause_noun = subj is not None and sentence[subj[0] : subj[1]].lower().split()[-1] in {
        n.lower().split()[-1] for ns in cues.cause_predicate_nouns.values() for n in ns}  # "The most common cause is BPPV": a cause
    if subj is not None and not (is_outcome(sentence, subj, cues) or is_generic(sentence, subj, cues) or cause_noun):
        d = p["is_a"].match(sentence, subj[1])
        nxt = d.group("next").strip().lower() if d else ""
        modifiers = set(d.group("np").lower().split()[:-1]) if d else set()
        if d and (not nxt or not nxt[0].isalpha() or nxt in _DEFINITION_NEXT) and not modifiers & _NOT_MODIFIERS:
            np_ = trim(sentence, d.span("np"), cues)
            if np_ is not None and not _symptom_rank_noun(sentence, np_, cues):
                add(np_, subj, "symptom:is a", subj[0])
        o = p["occur"].match(sentence, subj[1])
        last = re.findall(r"[a-z]+", sentence[subj[0] : subj[1]].lower())[-1:]
        if o and not _treatment_effect(sentence, o.end(), cues) and not is_condition(sentence[subj[0] : subj[1]], cues, condition) and (
            set(last) & _finding_nouns(cues)
            or (last and len(last[0]) > 6 and last[0].endswith(tuple(cues.symptom_suffixes)))  # "Hyperalgesia may also occur"
            or (finding is not None and known is not None and known(sentence[subj[0] : subj[1]]) and finding(sentence[subj[0] : subj[1]]))
        ):
            add(subj, None, f"symptom:{o.group('verb').lower()}", subj[0])
    for m in _fronted_onset(cues).finditer(sentence):
        # "After 12 to 48 hours a rash appears", "Within a day or two, a fever may develop": a finding that appears after
        # a fronted time phrase (the sentence's subject is not found behind it)
        span = m.span("np")
        if (subj is None or subj[1] <= span[0]) and not IN_CONDITION.search(sentence, 0, m.start()) and not _treatment_effect(sentence, m.end(), cues) \
                and not _after_intervention(" " + sentence, 0, cues):  # not "After the injection a bruise may appear": a side effect
            add(span, None, f"symptom:{m.group('verb').lower()}", span[0])
    for m in p["intolerance"].finditer(sentence):
        region = m.span("x")
        items = symptom_list(sentence, region, cues, known)
        split: list[Span] = []
        for s in items:
            two = re.fullmatch(r"([\w-]+)\s+(?:or|and)\s+([\w-]+)", sentence[s[0] : s[1]])
            split.extend([(s[0] + two.start(1), s[0] + two.end(1)), (s[0] + two.start(2), s[0] + two.end(2))] if two else [s])
        for s in split:
            if not (is_outcome(sentence, s, cues) or is_pronoun(sentence, s, cues)):
                add(s, None, f"symptom:find {m.group('tail').lower()}", m.start())


#: a verb of onset a symptom item took in at its end ("and then shortness of breath develops")
_TRAILING_ONSET = re.compile(r"\s+(?:develops?|appears?|follows?|sets?\s+in|occurs?|starts?|begins?|comes?\s+on)$", re.IGNORECASE)


def onset_trimmed(sentence: str, mentions: list[RelationMention]) -> list[RelationMention]:
    """Symptom mentions without a verb of onset at their end: "then shortness of breath develops" names shortness
    of breath."""
    out = []
    for m in mentions:
        t = _TRAILING_ONSET.search(sentence, m.subject[0], m.subject[1]) if m.kind == "symptom" else None
        if t and t.end() == m.subject[1] and t.start() > m.subject[0]:
            m = m._replace(subject=(m.subject[0], t.start()))
        out.append(m)
    return out


def unnested_symptoms(mentions: list[RelationMention]) -> list[RelationMention]:
    """One reading of a symptom: a symptom whose subject lies inside another symptom's (a "dull ache" that a
    body-part rule reads inside "a dull ache on the inside of the elbow") is the same claim, the longer one kept."""
    spans = [m.subject for m in mentions if m.kind == "symptom"]
    return [
        m for m in mentions
        if m.kind != "symptom" or not any(s != m.subject and s[0] <= m.subject[0] and m.subject[1] <= s[1] for s in spans)
    ]


def _symptom_rank_noun(sentence: str, span: Span, cues: RelationCues) -> bool:
    return sentence[span[0] : span[1]].lower().split()[-1] in {n.lower() for n in cues.symptom_rank_nouns}


#: "easy to miss", "hard to spot", "likely to return": an adjective with an infinitive after "symptoms are"
_JUDGEMENT = re.compile(r"\s*(?:(?:very|quite|often|usually|sometimes|also|not|so|too)\s+)*(?P<adj>[a-z]+)\s+to\s+[a-z]+", re.IGNORECASE)


def symptom_judgement(sentence: str, pos: int) -> bool:
    """Whether "symptoms are" at ``pos`` goes on to judge the symptoms ("are easy to miss", "are hard to
    tell apart") rather than to list them ("are pain, swelling and ..."): an adjective with an infinitive."""
    m = _JUDGEMENT.match(sentence, pos)
    return m is not None and is_modifier(m.group("adj").lower())


#: rank nouns that make a claim without an article when their condition follows ("X and Y are classic symptoms of Z")
_BARE_RANK_NOUNS = frozenset({"symptoms", "signs", "warning signs", "manifestations", "features", "clinical features"})


@per_cue_set
def _finding_nouns(cues: RelationCues) -> frozenset[str]:
    """The nouns of findings to the symptom rules: those that name one by themselves and the body functions
    ("speech", "vision") that name one with a word of how they are."""
    return cues.lower_sets["symptom_finding_nouns"] | cues.lower_sets["symptom_function_nouns"]


def _felt_part(item: str, cues: RelationCues) -> bool:
    """Whether a phrase is a body part with how it feels or looks ("a sore throat", "a runny nose", "dry skin")."""
    ws = re.sub(r"^(?:an?|the)\s+", "", item.lower()).split()
    return len(ws) >= 2 and (ws[0] in cues.lower_sets["symptom_feelings"] or ws[0] in cues.lower_sets["symptom_qualities"]
                             or ws[0] in cues.lower_sets["symptom_feelings_of_parts"])


def _finding_word(item: str, cues: RelationCues) -> bool:
    """Whether a list item is headed by a word that names a finding, never a place: a finding noun
    ("extreme tiredness", "slurred speech" is not one) or an abstract noun ("irritability", "dizziness")."""
    item = re.sub(r"^(?:(?:an?|the)\s+)?(?:episodes?|bouts?|attacks?|spells?|feelings?|sense|periods?)\s+of\s+", "", item.lower())
    # "a tingling feeling deep in the legs", "pain just below the knee": an adverb of place is no head
    head = re.split(r"\s+(?:(?:deep|just|right|high|low|far)\s+)?(?:in|on|at|of|around|across|over|down|after|during|from|with|when|while|that|"
                    r"which|to|for|behind|under|below|above|near|between|through|into|inside|within|like|along|alongside|beside|beneath|"
                    r"outside|towards?)\s+", item)[0].split()
    if len(head) >= 2 and (head[0] in cues.lower_sets["symptom_feelings"] or head[0] in cues.lower_sets["symptom_qualities"]
                           or head[0] in cues.lower_sets["symptom_feelings_of_parts"]):
        return True  # "a sore throat", "a blocked nose", "a dry mouth": a body part with how it feels
    if head and head[-1] in {n.lower() for n in cues.symptom_rank_nouns}:
        return False  # "symptoms of X", "the main sign": names no finding
    if head and head[-1] == "loss" and re.match(r"loss\s+of\s+\w", item):
        return True  # "loss of appetite", "loss of smell": a function lost
    return bool(head) and (head[-1] in _finding_nouns(cues) or (re.search(r"(?:ness|ity|ing)$", head[-1]) is not None and head[-1] not in _NOT_FINDING_WORDS))


_NOT_FINDING_WORDS = frozenset({"morning", "evening", "thing", "something", "anything", "nothing", "everything", "spring",
                                "ring", "string", "ceiling", "building", "clothing", "sibling", "city", "community", "university"})


#: "sneezing and an itchy nose", "painful periods and pain during sex": two findings joined by a conjunction
_PAIR = re.compile(r"(?P<a>.+?)\s+(?:and|or)\s+(?P<det>(?:a|an)\s+)?(?P<b>\S.*)$", re.IGNORECASE)


def finding_pairs(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """Items that are two findings joined by "and"/"or" split in two: a second noun phrase with its own
    article ("sneezing and an itchy nose"), or a phrase of two words or more joined to a finding noun
    ("painful periods and pain during sex"), or two single finding words ("headaches and earache"); modifiers of one
    head stay whole ("dull and achy pain")."""
    out: list[Span] = []
    for s, e in items:
        m = _PAIR.match(text[s:e])
        a, b = m.group("a") if m else "", m.group("b") if m else ""
        single = m and len(a.split()) == 1 and len(b.split()) == 1 and _finding_word(a, cues) and _finding_word(b, cues)
        article = re.search(r"(?<![\w-])(?:a|an)\s+$", text[max(0, s - 4) : s], re.IGNORECASE)
        if m and article and coordinated_modifiers(article.group(0) + a, b, cues):
            out.append((s, e))  # "a tingling or burning sensation": one article, two modifiers of one head
            continue
        if m and "," not in a and (m.group("det") or single or (len(a.split()) >= 2 and _finding_word(b.split()[0], cues))
                  or (len(b.split()) >= 2 and _finding_word(b, cues) and a.lower() not in cues.lower_sets["symptom_qualities"]
                      and not _adjective(a.split()[-1], cues) and (len(a.split()) > 1 or _finding_word(a, cues)))):
            out.extend([(s + m.start("a"), s + m.end("a")), (s + m.start("b"), e)])
            continue
        out.append((s, e))
    return out


# ---- symptom constructions of unseen pages (issue 3) ---------------------------------------------

_NEGATED = re.compile(r"(?<![\w-])(?:not|no|cannot|can't|don't|doesn't|unable|never)(?![\w-])", re.IGNORECASE)

#: "no symptoms", "any symptoms", "these signs": a mention of symptoms that names none
NO_SYMPTOM = re.compile(r"(?:(?:no|any|the|these|those|its|their|your|other|such|many|some|all)\s+)*(?:symptoms?|signs?)", re.IGNORECASE)
#: who presents: "Patients with community-acquired pneumonia", "A 34-year-old woman", "Children with bronchiolitis"
_PRESENTER = re.compile(
    r"(?:(?:a|an|the|most|many|some|all|our)\s+)?(?:[\w-]*\d[\w-]*\s+)?(?:[\w-]+\s+)?"
    r"(?:patients?|people|persons?|individuals?|children|child|adults?|women|woman|men|man|boys?|girls?|infants?|babies|baby|cases|subjects|participants)"
    r"(?:\s+(?:with|of|who\s+had|who\s+have|suffering\s+from)\s+(?P<cond>.+))?",
    re.IGNORECASE,
)


def _presenting_condition(sentence: str, cond: Optional[Span], cues: RelationCues) -> Optional[Span]:
    """The condition of "X presents with Y" when X names who presents: "Patients with pneumonia
    presented with" -> "pneumonia"; "A 34-year-old woman presented with" -> none."""
    if cond is None:
        return None
    author = re.match(r"(?:describe|describes|described|report|reports|reported|present|presents)\s+", sentence[cond[0] : cond[1]], re.I)
    if author:  # "We describe a woman who presented with ...": the case the writers describe, who presents
        cond = (cond[0] + author.end(), cond[1])
    m = _PRESENTER.fullmatch(sentence, cond[0], cond[1])
    if m is None and re.match(r"(?:(?:a|an|the|our)\s+)?[\w-]*\d[\w-]*-(?:year|month|week|day)-old(?![\w-])(?![^,;:()]*\s(?:with|who)\s)",
                              sentence[cond[0] : cond[1]], re.I):
        return None  # "A 34-year-old primary school teacher presented with ...": a person, whatever their trade
    if m is None:
        return cond
    if not m.group("cond"):
        return None
    return right_phrase(sentence, m.start("cond"), cues, stop=cond[1])


def _symptom_verb_is_not_a_list(sentence: str, m: re.Match[str]) -> bool:  # m: a "copula_lead" match
    """"The most common presenting symptom was headache, followed by ...": a copula after a symptom head
    names symptoms; "symptoms were assessed at 6 weeks", "symptoms are similar" name none."""
    rest = sentence[m.end() :].lstrip()
    return re.match(r"(?:not|no|assessed|measured|recorded|similar|different|worse|better|mild|severe|common|rare|present|absent|reported|"
                    r"resolved|improved|compared|evaluated|noted|the\s+same)(?![\w-])", rest, re.IGNORECASE) is not None


#: who a diagnosis is thought of in: "any young adult", "all patients", "a child"
_PATIENTS = (r"(?:(?:any|all|every|an?|those|older|younger)\s+)?(?:(?:young|older|elderly|adult|pregnant|otherwise\s+healthy)\s+)?"
             r"(?:adults?|patients?|persons?|people|children|child|women|woman|men|man|individuals?|those)")
#: "Clinicians should suspect it in any patient with ...", "consider CD in any young adult with ...": the diagnosis, then
#: the findings that should bring it to mind
_SUSPECT_ACTIVE = re.compile(
    r"(?<![\w-])(?:consider|suspect|think\s+of)\s+(?P<cond>[^,;:.()]{1,60}?)\s+in\s+" + _PATIENTS
    + r"\s+(?:with|who\s+(?:has|have|present\s+with|presents\s+with)|presenting\s+with)\s+", re.IGNORECASE)
#: "B12 deficiency should be considered in any adult with ...": the diagnosis is the subject
_SUSPECT_PASSIVE = re.compile(
    r"\s+(?:should|must|may|can)\s+(?:also\s+|always\s+)?be\s+(?:considered|suspected)\s+in\s+" + _PATIENTS
    + r"\s+(?:with|who\s+(?:has|have|present\s+with|presents\s+with)|presenting\s+with)\s+", re.IGNORECASE)
#: the words that lead a group of people or a time to its risk: "those who have had", "those taking", "after", "during"
_GROUP_LEAD = re.compile(r"\s*(?:(?:those|people|patients|anyone)\s+(?:who\s+(?:have\s+had|have|had|are|take|use)\s+|with\s+|on\s+|(?=taking\s))|"
                         r"(?:after|during|following|in)\s+)", re.IGNORECASE)
#: what is considered in patients that is no diagnosis: tests and courses of care
_NOT_DIAGNOSES = frozenset({"test", "tests", "testing", "imaging", "scan", "scans", "referral", "screening", "monitoring", "measurement",
                            "assessment", "investigation", "investigations", "admission", "option", "options", "treatment", "therapy"})
#: where the findings end: the groups the diagnosis is most likely in ("..., particularly older people")
_PARTICULARLY = re.compile(r",?\s+(?:particularly|especially|in\s+particular|notably|above\s+all)(?![\w-])", re.IGNORECASE)


def suspected_in_patients(sentence: str, cues: RelationCues, known: Optional[Known], condition: Optional[Known], out: list) -> None:
    """The findings in which a text says a diagnosis should be considered or suspected: "Clinicians should suspect it in
    any patient with a swollen, painful leg", "consider Crohn's disease in any young adult with persistent diarrhoea,
    abdominal pain and weight loss", "B12 deficiency should be considered in any adult with unexplained anaemia,
    neuropathy or cognitive change": each a symptom claim of the diagnosis. The diagnosis must name a condition (the
    page's, one like a disease, or a pronoun for it), not an intervention ("Triple therapy should be considered for
    patients with ..." is advice of a treatment)."""
    found = []
    for m in _SUSPECT_ACTIVE.finditer(sentence):
        pron = re.fullmatch(r"it|them|this", m.group("cond"), re.IGNORECASE)
        found.append((m.span("cond") if pron else trim(sentence, m.span("cond"), cues), m.end()))
    for m in _SUSPECT_PASSIVE.finditer(sentence):
        found.append((left_phrase(sentence, m.start(), cues), m.end()))
    for cond, pos in found:
        if cond is None:
            continue
        named = sentence[cond[0] : cond[1]]
        pronoun = named.lower() in ("it", "them", "this")
        last = re.sub(r"[^a-z-]", "", named.lower().split()[-1])
        if len(named.split()) > 4 or intervention_word(last, cues) or last in _NOT_DIAGNOSES or is_generic(sentence, cond, cues):
            continue  # "Triple therapy should be considered for ...", "Imaging should be considered in ...": no diagnosis
        end = list_end_at(sentence, pos)
        cut = _PARTICULARLY.search(sentence, pos, end)
        items = lead_symptoms(sentence, (pos, cut.start() if cut else end), cues, known)
        for item in items:
            if not any(x.kind == "symptom" and x.subject[0] < item[1] and item[0] < x.subject[1] for x in out):
                out.append(RelationMention("symptom", item, None if pronoun else cond, None, "symptom:suspected in", (pos, item[1])))
        if cut is None or not items:
            continue
        # "..., particularly older people, those taking metformin, and those who have had gastric surgery", "particularly
        # after recent surgery or during cancer treatment": the groups the diagnosis is likelier in, risk factors of it
        for group in list_items(sentence, (cut.end(), end), cues, known):
            lead = _GROUP_LEAD.match(sentence, group[0], group[1])
            start = lead.end() if lead else group[0]
            for item in list_items(sentence, (start, group[1]), cues, known) or [(start, group[1])]:
                span = trim(sentence, item, cues)
                if span is not None and not is_generic(sentence, span, cues) and not is_pronoun(sentence, span, cues):
                    out.append(RelationMention("cause", span, None if pronoun else cond, "risk_factor", "risk:suspected in", (cut.start(), span[1])))


def lead_symptoms(sentence: str, region: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The items after "symptoms include" / "the presenting complaints were": the symptoms of the list region,
    its comparisons and degrees left out, its findings split ("sneezing and an itchy nose"); a list
    continues past an item with a place when the next item names a finding ("weakness in one arm and slurred speech")."""
    end = region[1]  # the items end themselves at a clause ("feeling cold when others are comfortable, weight gain")
    which = _WHICH_AFTER.search(sentence, region[0], end)
    if which:
        end = which.start()  # "pelvic pain, which is often associated with menstruation": what the last item does
    advice = _ADVICE_AFTER.search(sentence, region[0], end)
    if advice:
        end = advice.start()  # "... and weight loss; if you notice any, see a doctor": the advice after the list is no item
    followed = re.search(r",?\s+followed\s+by\s+", sentence[region[0] : list_end_at(sentence, region[0])], re.IGNORECASE)
    if followed:  # "headache, followed by vomiting and neck stiffness": the list goes on
        first = region[0] + followed.start()
        return _lead_items(sentence, (region[0], first), cues, known) + _lead_items(sentence, (region[0] + followed.end(), end), cues, known)
    return _lead_items(sentence, (region[0], end), cues, known)


#: where the examples of a mid-sentence "signs of X, such as A, B or C" end: a comma then the sentence's verb or a reason
_EXAMPLES_END = re.compile(
    r",\s+(?:(?:because|as|since|so|which|who|but|although|while|when)\s|(?:(?:then|also|usually|always|often)\s+)?"
    r"(?:requires?|needs?|should|must|will|would|may|might|can|could|is|are|was|were|has|have|warrants?|means?)(?![\w'-]))",
    re.IGNORECASE)
_SIGN_NOUNS = frozenset({"sign", "signs", "symptom", "symptoms", "warning sign", "warning signs"})
_WHICH_AFTER = re.compile(r",\s*(?:which|depending\s+on)(?![\w-])", re.IGNORECASE)
#: a list lead's items end at a semicolon that starts advice: "; see a doctor", "; if you notice any, call 911"
_ADVICE_AFTER = re.compile(
    r";\s*(?:(?:please|then|so)\s+)?(?:see|call|seek|contact|visit|phone|ring|tell|ask|talk|speak|go|get|if|when|whenever|unless)\s",
    re.IGNORECASE)


def _lead_items(sentence: str, region: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The items of a lead-in's list: :func:`list_items` as for any list, with a finding after a place kept
    ("weakness in one arm and slurred speech") and two findings joined by "and" split ("sneezing and an itchy nose")."""
    found = adjective_run(sentence, list_items(sentence, region, cues, known, lambda item: _finding_word(item, cues)), cues, known)
    found = [i for i in found if not re.match(r"(?:called|known\s+as|named|termed)(?![\w-])", sentence[i[0] : i[1]], re.IGNORECASE)]
    return finding_pairs(sentence, _clauses_kept(sentence, region, found, cues), cues)


@per_cue_set
def _construction_patterns(cues: RelationCues) -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :func:`symptom_constructions`."""
    heads = alternation(cues.list_heads["symptom"])
    return {
        "condition_verb": re.compile(WORD_START + cues.modal_re + r"(?P<verb>" + alternation(cues.symptom_condition_verbs) + r")" + WORD_END + r"\s+", re.IGNORECASE),
        "examination": re.compile(WORD_START + r"(?P<verb>" + alternation(cues.symptom_examinations) + r")" + WORD_END + r"\s*:?\s*", re.IGNORECASE),
        # "The hallmark of psoriasis is raised, scaly patches", "the classic presentation of gout is ..."
        "hallmark": re.compile(
            WORD_START + r"(?:the|a|its|their)\s+(?:(?:" + alternation(cues.symptom_ranks) + r")\s+)?(?P<noun>hallmarks?|presentation|clinical\s+picture)\s+of\s+"
            r"(?P<obj>[^,;:.()]{1,60}?)\s+" + _ADV + _COPULA_SIGN + r"\s+" + _ADV + r"(?!one\s+where|when|that)",
            re.IGNORECASE),
        # "One result of this is the experience of allodynia", "Another feature of MS is the experience of fatigue"
        "experience_of": re.compile(WORD_START + r"(?:is|are|was|were|includes?|including)\s+(?:the|an?)\s+experience\s+of\s+", re.IGNORECASE),
        "feature_of": re.compile(WORD_START + r"(?:features?|signs?|symptoms?|results?|consequences?|effects?|aspects?)\s+of\s+(?P<obj>[^,;:.()]{1,60}?)\s+(?:is|are|was|were|includes?)" + WORD_END, re.IGNORECASE),
        # "the pain won't settle, resulting in a condition called X": the finding is a symptom of X
        "called": re.compile(
            r",?\s*(?:resulting\s+in|leading\s+to|which\s+(?:leads|can\s+lead|may\s+lead)\s+to)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
            r"(?:condition|disorder|syndrome|state|problem)\s+(?:called|known\s+as|named|termed)\s+", re.IGNORECASE),
        "finding_noun": re.compile(WORD_START + r"(?:the|this|that|your|their|its)\s+(?:[\w-]+\s+)?(?P<noun>" + alternation(cues.symptom_finding_nouns + cues.symptom_function_nouns) + r")" + WORD_END, re.IGNORECASE),
        # "Symptoms usually appear 2 to 10 days after infection and include fever, chills and aches", "Extraintestinal
        # manifestations occur in up to 40% of patients and include arthritis, ..."
        "subject_include": re.compile(
            r"^\W*(?:(?:the|its|their|your)\s+)?(?:(?:" + alternation(cues.symptom_ranks) + r")\s+|[a-z][\w-]+\s+(?=manifestations|features))?"
            r"(?P<head>symptoms|signs|manifestations|features)(?![\w-])"
            r"(?P<mid>[^.;:]{0,100}?)(?:,?\s+(?:and|but)\s+" + cues.modal_re + r"(?:include|includes)|,?\s+such\s+as)\s+", re.IGNORECASE),
        # "You may have anaemia if you feel tired all the time": the diagnosis before its conditional
        "diagnosis_if": re.compile(
            WORD_START + r"(?P<lead>" + alternation(cues.symptom_diagnoses) + r")\s+(?P<cond>[^,;:.]{2,50}?)\s+if\s+you\s+(?:often\s+|also\s+|keep\s+)?"
            r"(?P<verb>have|feel|get|notice|experience|getting|having)" + WORD_END, re.IGNORECASE),
        # "Right upper quadrant pain was present in 85%": a finding counted in a study's patients
        # "Infertility is present in about 30-50% of women with it", "Fatigue occurs in up to 80% of patients": present-tense
        # and hedged shares too (not "was reported by 17% of patients": a trial's outcome or adverse event)
        "present_in": re.compile(
            r"\s+(?:(?:was|were)\s+(?:also\s+)?(?:present|seen|observed|found|noted|reported|common|frequent)\s+(?:in|among)"
            r"|(?:is|are)\s+(?:also\s+|often\s+)?(?:present|seen|observed|found|noted)\s+(?:in|among)"
            r"|(?:(?:also|often)\s+)?(?:occurs?|occurred)\s+in)\s+"
            r"(?:(?:about|around|roughly|approximately|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+)?"
            r"(?:\d|all|most|many|some|half|a\s+third|a\s+quarter|two|three|four|the\s+majority|one\s+in)", re.IGNORECASE),
        # "Fatigue affects up to 80% of people with MS": a finding and the share of patients who have it
        "affects_share": re.compile(
            r"\s+(?:(?:can|may|often|commonly|also)\s+)?(?:affects?|affected)\s+(?:(?:up\s+to|about|around|nearly|almost|over|more\s+than|roughly)\s+)?"
            r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|\d+\s+(?:in|out\s+of)\s+\d+|one\s+in\s+\w+|half|a\s+third|a\s+quarter|two\s+thirds|most|many)"
            r"\s+(?:of\s+)?(?:all\s+|the\s+)?(?:patients|people|adults|children|women|men|sufferers|those)(?P<with>\s+(?:with|who\s+have)\s+(?P<obj>[^,;:.()]{1,60}?)(?=[,;:.()]|\s+(?:at|in|and|but|who|which|when|during|over)\s|$))?"
            r"(?![\w-])", re.IGNORECASE),
        # "The most frequent presenting complaints were cough (78%), fever (64%) and dyspnoea (41%)"
        "copula_lead": re.compile(
            r"(?:^|(?<=\s))(?P<head>" + heads + r")" + WORD_END + r"(?:\s+(?:of|in)\s+(?P<obj>[^,;:.()]{1,60}?))?\s+(?P<verb>was|were|is)\s+", re.IGNORECASE),
        # "look out for signs of scarlet fever, including a rash, a sore throat and a high temperature"
        "head_including": re.compile(
            r"(?:^|(?<=\s))(?P<head>" + heads + r")" + WORD_END + r"(?:\s+(?:of|in)\s+(?P<obj>[^,;:.()]{1,60}?))?\s*,\s*(?:including|such\s+as|like)\s+",
            re.IGNORECASE),
        # "Dizziness, ringing in the ears and fullness in the ear are typical of Meniere's disease"
        "typical_of": re.compile(
            r"\s+(?:is|are)\s+(?:(?:very|quite|also|most|especially|particularly)\s+)?(?:typical|characteristic|classic|common|frequent|usual)\s+"
            r"(?:in|of|with|among)\s+(?P<obj>[^,;:.()]{1,60}?)(?=[,;:.()]|\s+(?:and|but|which|that)\s|$)", re.IGNORECASE),
        # "Symptoms: fever, stiff neck", "Hypoglycaemia symptoms: trembling, ...", "these signs of sepsis: slurred speech, ..."
        "colon": re.compile(
            r"(?:^|(?<=\s))(?P<head>" + heads + r")" + WORD_END + r"(?:\s+(?:of|in)\s+(?P<obj>[^,;:.()]{1,60}?))?\s*:\s+(?=\S)", re.IGNORECASE),
    }


#: a label that denies or qualifies the findings before its colon ("No symptoms:", "Without symptoms:", "Mild or no
#: symptoms:"), and a clause after a label's colon ("if ...", "when ..."): a case of care, no list of findings
_NO_SYMPTOMS_LABEL = re.compile(r"(?<![\w-])(?:no|without|few|minimal)\s+$", re.IGNORECASE)
_CLAUSE_AFTER_LABEL = re.compile(r"(?:if|when|unless|once|while|because)(?![\w-])", re.IGNORECASE)


@per_cue_set
def _care_clause_patterns(cues: RelationCues) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A care-seeking main clause ("see your GP", "call 999", "get urgent help", "ask your GP to refer you") and the
    openings of the if-clauses of a warning sentence."""
    care = re.compile(
        WORD_START + r"(?:" + alternation(cues.care_verbs + ["ask"]) + r")\s+(?:[\w'\u2019-]+\s+){0,3}?(?:"
        + alternation(cues.care_places + ["help", "988", "referral", "urgent appointment", "care"]) + r")" + WORD_END,
        re.IGNORECASE,
    )
    return care, re.compile(r"(?:^|,\s*(?:or\s+|and\s+)?|\s)(?:if|when)\s+", re.IGNORECASE)


#: the person a warning sign is seen in, left out before the verb of having ("your child has ...", "he develops ...")
_WARNED_PERSON = re.compile(
    r"(?:(?:your|the)\s+(?:child|baby|son|daughter|partner|toddler|person)|he|she|they|someone|anyone)\s+(?=\w)", re.IGNORECASE)
#: a condition or a finding that comes with others in a warning ("if hives come with ...", "if the rash is accompanied by ...")
_COMES_WITH = re.compile(r"(?:[\w'\u2019-]+\s+){1,4}?(?P<v>comes?|are|is)\s+(?:with|accompanied\s+by|together\s+with)\s+", re.IGNORECASE)
_HAVING = re.compile(r"(?:you\s+)?(?P<v>(?:are|is|am)\s+having|you['\u2019]re\s+having)\s+", re.IGNORECASE)
#: what follows the comma of a fronted if-clause before the care verb ("If ..., please call 999")
_CARE_NEXT = re.compile(r"\s*(?:(?:please|then|you\s+should|you\s+must|always|do)\s+)*", re.IGNORECASE)
#: if-clauses that name no finding: a belief or worry ("if you think you have shingles"), what was had before
_NOT_WARNING = re.compile(
    r"you(?:['\u2019]ve|\s+have)\s+(?:had|been)(?![\w-])|you\s+(?:think|suspect|believe)(?![\w-])|you(?:\s+are|['\u2019]re)\s+(?:worried|concerned|unsure|not\s+sure)(?![\w-])",
    re.IGNORECASE)
#: how an if-clause of warning signs starts: "you ...", or a part with how it is ("the skin becomes hot", "your eyes are sore")
_WARNING_START = re.compile(r"you(?:['\u2019]re)?\s|(?:the|your)\s+(?:[a-z]+\s+)?(?:is|are|becomes?|turns?|looks?|feels?|gets?)\s", re.IGNORECASE)
#: an if-clause whose signs are listed after it ("if you notice any of the following:"): no sign in the clause itself
_LIST_AHEAD = re.compile(r"(?<![\w-])(?:(?:any|all|one|some)\s+of\s+)?(?:the\s+following|these|those|them|this)\s*:?\s*$", re.IGNORECASE)
#: signs of a complication of care ("if you have increasing pain or loss of vision after surgery", "... after having a cyst
#: drained"), not of the condition
_AFTER_CARE = re.compile(r"(?<![\w-])after\s+(?:the\s+|your\s+|an?\s+)?(?:surgery|operation|procedure|treatment|injection|vaccination)(?![\w-])"
                         r"|(?<![\w-])after\s+(?:having|being|you\s+have\s+had)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                         r"(?:drained|removed|operated|injected|treated|cut\s+out|stitched|frozen|lanced|excised|fitted)(?![\w-])", re.IGNORECASE)


def after_care(text: str) -> bool:
    """Whether ``text`` places what it names after care ("after surgery", "after having a cyst drained"): signs of a
    complication of care, no sign of the condition (CLAIMS_SPEC.md)."""
    return _AFTER_CARE.search(text) is not None
#: a state of health, no sign ("even if your teeth feel fine")
_WELL = re.compile(r"(?:fine|well|normal|okay|ok|good|better|healthy|all\s+right)", re.IGNORECASE)
#: how often, after what a warning clause names ("if you're having panic attacks regularly")
_HOW_OFTEN_AFTER = re.compile(r"\s+(?:regularly|often|frequently|again|repeatedly|every\s+day|a\s+lot)$", re.IGNORECASE)
_WORSENING = re.compile(r"(?:increasing|worsening|more)(?![\w-])", re.IGNORECASE)
#: an if-clause about who is at risk ("... or another risk factor"), and advice to be checked for a disease
_RISK_CLAUSE = re.compile(r"(?<![\w-])risk\s+factors?(?![\w-])", re.IGNORECASE)
_CHECKED_FOR = re.compile(r"(?<![\w-])(?:checked|tested|screened|assessed)\s+for(?![\w-])", re.IGNORECASE)
#: a second state of the same person after a first ("you have diabetes and have felt low"): the first is the situation
#: ("... and you have ear pain": the person said again)
_AND_SECOND_STATE = re.compile(
    r"\s+and\s+(?:(?:you|they|he|she)\s+)?(?:have|has|had|are|is|feel|feels|felt|get|notice|develop)(?![\w-])", re.IGNORECASE)
_HAVE_START = re.compile(r"(?:you\s+)?(?:have|has|get|notice|develop|experience)\s+", re.IGNORECASE)


#: people with findings who should be sent for care: "Children with swelling behind the ear, a stiff neck or who appear
#: very unwell should be referred to hospital the same day", "Patients with chest pain or fainting must be assessed urgently"
_REFERRED = re.compile(
    r"(?:^|(?<=[.;:]\s))\W*(?:(?:all|any|most)\s+)?(?:[a-z-]+\s+){0,2}?(?:children|patients|adults|people|babies|infants|anyone|those|women|men|a\s+child|a\s+patient)"
    r"(?:\s+[\w-]+){0,2}?\s+with\s+(?P<list>[^;:.]{3,200}?)\s+(?:(?:also|always|usually|all)\s+)?(?:should|must|need\s+to|needs\s+to|will\s+need\s+to)\s+"
    r"(?:(?:be|always|also|urgently|promptly|immediately)\s+){0,2}(?:referred|admitted|assessed|seen|reviewed|sent|taken|transferred|go)(?![\w-])",
    re.IGNORECASE,
)


def referred_findings(
    sentence: str, cues: RelationCues, known: Optional[Known], finding: Optional[Known], out: list, condition: Optional[Known] = None,
) -> None:
    """The findings of people a sentence sends for care ("Children with swelling or redness behind the ear, a stiff neck
    or who appear very unwell should be referred"): warning signs, as in a care-seeking sentence; a condition of
    theirs ("Children with asthma should be referred") names none."""
    m = _REFERRED.search(sentence)
    if m is None:
        return
    a, b = m.span("list")
    for s0, s1 in [part for it in list_items(sentence, (a, b), cues, known) for part in coordinated(sentence, it, cues, known)]:
        who = re.match(r"who\s+(?:(?:also|often)\s+)?", sentence[s0:s1], re.IGNORECASE)
        span = (s0 + who.end(), s1) if who else (s0, s1)
        text = sentence[span[0] : span[1]]
        if disease_like(text, cues) or (condition is not None and condition(text)) or is_generic(sentence, span, cues):
            continue
        if not (who or _finding_word(text, cues) or (finding is not None and finding(text))):
            continue  # "children with a parent who smokes": no finding named
        if not any(o.kind == "symptom" and o.subject[0] < span[1] and span[0] < o.subject[1] for o in out):
            out.append(RelationMention("symptom", span, None, None, "symptom:referred with", (m.start(), span[1])))


def warning_conditionals(
    sentence: str, cues: RelationCues, known: Optional[Known], finding: Optional[Known], out: list,
    condition: Optional[Known] = None,
) -> None:
    """Warning signs told in a sentence of advice, as the bullets under a care-seeking lead-in are: "See your GP if the
    skin becomes hot, swollen or weepy", "Please call 999 if you have chest pain that does not go away, or if you cough
    up pink, frothy mucus", "If your child has painful, clustered blisters, get urgent help". Each if-clause is read as
    a warning item (:func:`extract.claims.lists.warning_items`, by :func:`_warning_spans`): a finding after a verb of having, a part with how it
    is; a worsening, a failed treatment or the condition itself ("if the eczema isn't improving", "if your symptoms
    have lasted more than three months") names none."""
    if sentence.rstrip().endswith("?"):
        return
    care_p, if_p = _care_clause_patterns(cues)
    care = care_p.search(sentence)
    if care is None:
        return
    opens = [m for m in if_p.finditer(sentence) if m.end() <= len(sentence)]
    if not opens:
        return
    clauses = []
    if opens[0].start() == 0 and care.start() > opens[0].end():
        # "If your child has X, or seems unwell, get urgent help": the fronted clause ends at the comma before the care verb
        comma = sentence.rfind(",", opens[0].end(), care.start())
        if comma > opens[0].end() and _CARE_NEXT.fullmatch(sentence, comma + 1, care.start()):
            clauses.append((opens[0].end(), comma))
    else:
        after = [m for m in opens if m.start() >= care.end() - 1]
        # "if you have pain when you urinate": a bare "when" after the first clause says when a finding comes, it opens none
        after = [m for i, m in enumerate(after) if i == 0 or not re.match(r"\s+when\s", m.group(0), re.IGNORECASE)]
        for i, m in enumerate(after):
            end = after[i + 1].start() if i + 1 < len(after) else len(sentence)
            tail = _WARNING_TAIL.search(sentence, m.end(), end)
            clauses.append((m.end(), tail.start() if tail else end))  # "..., as these may be signs of an infection": no sign
    for a, b in clauses:
        text = sentence[a:b].rstrip(" .!,")
        person = _WARNED_PERSON.match(text)
        cut = person.end() if person else 0
        along = _COMES_WITH.match(text, cut)
        if text.endswith(":") and (not _HAVING_VERB_END.search(text) or not text[: _HAVING_VERB_END.search(text).start()].strip()
                                   or _PEOPLE_BEFORE_HAVING.search(text)):
            continue  # "Call 999 or go to A&E if you or your child:", "See a doctor if you or your child has:": the people of the
            # bullets that follow, no sign
        if _HISTORY_CLAUSE.match(text, cut):
            continue  # "Talk to your pharmacist before using it if you have ever had a skin reaction": a history, no sign
        if _NOT_WARNING.match(text, cut) or not (person or along or _WARNING_START.match(text, cut)) or _AFTER_CARE.search(text) or _LIST_AHEAD.search(text):
            continue  # "if you think you have shingles", "if anxiety is affecting your life", "... after surgery": no sign of the condition
        if along:  # "if hives come with swelling of the tongue, ...": the findings that come with the condition
            spans = _warning_spans(" " * (along.end() - len("you have ")) + "you have " + text[along.end() :], along.end() - len("you have "), cues, known, finding)
            for s0, s1 in spans:
                if not any(o.kind == "symptom" and o.subject[0] < s1 + a and s0 + a < o.subject[1] for o in out):
                    out.append(RelationMention("symptom", (s0 + a, s1 + a), None, None, "symptom:warning", (0, len(sentence))))
            continue
        having = _HAVING.match(text, cut)
        if having:  # "you are having thoughts of ...": read as "you have", padded so that offsets stay
            text = text[: having.start("v")] + "have".ljust(having.end("v") - having.start("v")) + text[having.end("v") :]
        if _RISK_CLAUSE.search(text) or _CHECKED_FOR.search(sentence):
            continue  # "If you have diabetes, obesity or another risk factor, ask your GP whether you should be checked for
            # liver scarring": who should be checked, no sign of the condition
        spans = _warning_spans(text, cut, cues, known, finding)
        for v in _NEXT_HAVING.finditer(text, cut):
            # "if you see blood in your urine, have pain when you urinate, or have a fever": each verb of having of the
            # same person opens findings of its own, read as "you have ..." (padded so that offsets stay)
            at = v.start("v")
            if at >= 4:
                # "have a fever" read on from a comma: the verb is no part of it; "asthma and get chest pain": two clauses
                spans = [(x[0], v.start()) if x[0] < v.start() < x[1] else x for x in spans if x[0] != at]
                spans += [sp for sp in _warning_spans(" " * (at - 4) + "you " + text[at:], at - 4, cues, known, finding)
                          if not any(sp[0] < x[1] and x[0] < sp[1] for x in spans)]
        for s0, s1 in spans:
            item = _HOW_OFTEN_AFTER.sub("", sentence[s0 + a : s1 + a])  # "panic attacks regularly": the attacks
            if _INFORMATION_NEED.fullmatch(item):
                continue  # "If you have any further questions, ask your pharmacist": no sign
            if disease_like(item, cues) or (condition is not None and condition(without_frequency(item))) or _WORSENING.match(item) or _WELL.fullmatch(item) or risk_state(item, cues):
                continue  # "if you have diabetes and ...": a condition of the advice; "increasing pain": a worsening
            if _AND_SECOND_STATE.match(sentence, s1 + a):
                continue  # "If you have diabetes and have felt low ...": the situation, then the sign
            if _SIGNS_OF.match(item) and _EXAMPLES_AFTER.match(sentence, s1 + a):
                continue  # "or signs of a stroke such as sudden weakness ...": a class named with its examples, the examples are the signs
            s0, s1 = s0 + a, s1 + a
            if not any(o.kind == "symptom" and o.subject[0] < s1 and s0 < o.subject[1] for o in out):
                out.append(RelationMention("symptom", (s0, s1), None, None, "symptom:warning", (0, len(sentence))))


#: signs named by what they are signs of ("signs of a stroke"), and the examples that may follow them
_SIGNS_OF = re.compile(r"(?:(?:any|other)\s+)?(?:signs?|symptoms?)\s+of\s", re.IGNORECASE)
_EXAMPLES_AFTER = re.compile(r"\s*,?\s*(?:such\s+as|including|like|e\.g\.)\s", re.IGNORECASE)


#: a history of the reader's in a warning clause ("if you have ever had ...", "if you have previously had ..."): the situation
#: of the advice, no present sign
_HISTORY_CLAUSE = re.compile(r"\s*(?:you\s+|they\s+|your\s+child\s+)?(?:have|has)\s+(?:ever|previously|already|once)\s", re.IGNORECASE)
#: what the reader may want to ask ("any further questions", "concerns"): an information need, no finding
_INFORMATION_NEED = re.compile(r"(?:(?:any|further|more|other|some)\s+)*(?:questions?|queries|query|concerns?|worries|doubts)(?:\s+(?:about|with|regarding|on|over)\s.*)?", re.IGNORECASE)
#: a reason or a comment after the signs of a warning clause ("..., as these may be signs of an infection")
_WARNING_TAIL = re.compile(r",\s+(?:as|because|since|which|so\s+that)\s", re.IGNORECASE)
#: a further verb of having of the same person in a warning clause ("..., have pain when you urinate, or have a fever")
#: ("or have a fever"; "and you have ear pain": the person said again)
_NEXT_HAVING = re.compile(
    r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:you|they|he|she)\s+)?(?P<v>(?:have|has|get|gets|notice|develop|feel|see)\s)", re.IGNORECASE)


#: people, then a verb of having and the colon ("if you or your child has:", "if your baby has:"): the bullets are the signs
_PEOPLE_BEFORE_HAVING = re.compile(
    r"(?:^|\s)(?:you|your\s+(?:child|baby|son|daughter|partner)|someone|they|he|she)(?:\s+or\s+(?:you|your\s+(?:child|baby|son|daughter|partner)|someone))?"
    r"\s+(?:has|have|get|gets|notice|develop|develops|experience)\s*:$", re.IGNORECASE)
#: a lead-in clause that ends with its verb of having ("if you have:"), whose findings are the bullets
_HAVING_VERB_END = re.compile(r"(?<![\w-])(?:have|has|get|notice|develop|experience)\s*:$", re.IGNORECASE)


def _warning_spans(text: str, pos: int, cues: RelationCues, known: Optional[Known], finding: Optional[Known]) -> list[Span]:
    """The findings of one if-clause (offsets in ``text``); a list of findings after a verb of having that the list
    reader ends early ("swelling or redness around the eye, double vision or changes in your eyesight, a severe
    headache") is read on from the comma, each stretch as another item after the same verb."""
    from extract.claims.lists import warning_items  # lists imports this module's rules

    spans = [(m.subject[0] + pos, m.subject[1] + pos) for m in warning_items(text[pos:], cues, known, finding)]
    verb = _HAVE_START.match(text, pos)
    while spans and verb:
        # (a second place of the finding before the comma, "swelling of the tongue or throat, ...", is skipped)
        rest = re.match(r"(?:\s+(?:or|and)\s+[a-z-]+(?:\s+[a-z-]+)?)?\s*,\s*(?:(?:and|or)\s+)?(?=\w)", text[spans[-1][1] :])
        if rest is None:
            break
        at = spans[-1][1] + rest.end()
        lead = "you have "
        more = [(m.subject[0] - len(lead) + at, m.subject[1] - len(lead) + at)
                for m in warning_items(lead + text[at:], cues, known, finding) if m.subject[0] >= len(lead)]
        if not more:
            break
        spans += more
    spans = [part for sp in spans for part in _accompanied(text, sp, cues)]
    merged: list[Span] = []
    for sp in spans:  # "painful, clustered blisters", "pink, frothy mucus": an adjective of the finding named after it
        if merged and " " not in text[merged[-1][0] : merged[-1][1]] and re.fullmatch(r",\s*", text[merged[-1][1] : sp[0]]) \
                and is_modifier(text[merged[-1][0] : merged[-1][1]].lower()) and " " in text[sp[0] : sp[1]]:
            merged[-1] = (merged[-1][0], sp[1])
        else:
            merged.append(sp)
    return merged


#: a finding that comes with another ("stone pain together with a fever or chills"), and when it shows ("a rash in the
#: weeks after the bite"): the findings end before them
_ALONG_WITH = re.compile(r"\s+(?:together|along)\s+with\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
_WHEN_TAIL = re.compile(r"\s+(?:in|during|over|within)\s+the\s+(?:first\s+|next\s+|following\s+|few\s+)?(?:hours?|days?|weeks?|months?)(?![\w-])", re.IGNORECASE)


def _accompanied(text: str, span: Span, cues: RelationCues) -> list[Span]:
    """A warning finding cut at when it shows, and split at "together with" into the finding and those that come
    with it (each of "a fever or chills")."""
    when = _WHEN_TAIL.search(text, span[0], span[1])
    if when and when.start() > span[0]:
        span = (span[0], when.start())
    clause = re.search(r"\s*(?:,|;|\.|$)", text[span[0] :])
    along = _ALONG_WITH.search(text, span[0], span[0] + clause.start()) if clause else None
    if along is None or along.start() <= span[0] or along.start() > span[1]:
        return [span]
    stop = re.search(r"\s*(?:,|;|\.|$)", text[along.end() :])
    rest = (along.end(), along.end() + stop.start()) if stop else (along.end(), len(text))
    parts = [p for p in re.split(r"\s+or\s+", text[rest[0] : rest[1]]) if p.strip()]
    out, pos = [(span[0], along.start())], rest[0]
    for p in parts:
        at = text.index(p, pos)
        part = trim(text, (at, at + len(p)), cues)  # "a stiff neck or a rash": the rash
        if part:
            out.append(part)
        pos = at + len(p)
    return out


#: "makes the skin dry, itchy and inflamed", "can make your vision blurry or dim": a condition leaving a body part or a
#: function in a state, each adjective a symptom
#: "They can make your vision blurry or dim, make colours look faded, cause glare ...", "It can cause tiredness, make your
#: skin dry and lead to weight gain": a later verb of a series whose subject is the pronoun that opens the sentence
PRONOUN_VERB_SERIES = re.compile(
    r"\s*(?:it|they)\s+(?:(?:can|may|might|often|usually|also|sometimes|will)\s+){0,2}(?:make|makes|cause|causes|lead\s+to|leads\s+to|give|gives|"
    r"trigger|triggers|affect|affects)\s[^;:.?!()]{1,120}?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:can|may|might|also|often|sometimes)\s+)*$",
    re.IGNORECASE,
)
_MADE_STATE = re.compile(
    r"(?<![\w-])(?:make|makes|made|making|leave|leaves|left)\s+(?:(?:the|your|my|his|her|their|its|a|one)\s+)?(?:child['\u2019]s\s+)?"
    r"(?P<part>[a-z]+)\s+(?=(?:(?:very|more|quite|so|feel|look|feel\s+very|look\s+very)\s+)?[a-z-]+(?:\s*,|\s+(?:and|or)\s|\s*[.;]|\s*$))",
    re.IGNORECASE)
_FUNCTIONS = frozenset({"vision", "eyesight", "sight", "hearing", "voice", "breathing", "speech", "memory", "sleep", "balance"})
_NOT_STATES = frozenset({"worse", "better", "easier", "harder", "more", "less", "sure", "possible", "likely", "unlikely", "able", "it",
                         "them", "work", "feel", "look", "difficult", "hard", "easy", "impossible", "sense"})


#: "can leave you exhausted", "left me feeling drained", "may make you tired and irritable": a condition leaving the
#: experiencer in a state (:func:`_feelings` then takes the feeling adjectives; "make you feel" is the experiencer's)
_LEFT_FEELING = re.compile(
    r"(?<![\w-])(?:leave|leaves|left|leaving|make|makes|made|making)\s+(?:you|me|him|her|them|us|people|patients|sufferers"
    # a person of the reader's own or one person of a page's example ("can make your child grumpy", "can make a man very ill")
    r"|(?:your|my|a|the)\s+(?:child|baby|toddler|son|daughter|man|woman|person|patient))"
    r"(?:\s+feeling)?\s", re.IGNORECASE)


@per_cue_set
def _NOTICED_CLAUSE(cues: RelationCues) -> re.Pattern[str]:
    """An experiencer noticing or finding a clause of their own ("you might notice that they refuse feeds, are floppy
    ...", "Some people notice they put on weight quickly", "Some people find their eyes water a lot"): the clause's
    subject, a pronoun or a part of the body, at ``who``."""
    return re.compile(
        WORD_START + r"(?:" + alternation(cues.symptom_experiencers + ["parents", "others"]) + r")\s+" + cues.modal_re
        + r"(?:only\s+|also\s+)?(?P<verb>notice|notices|noticed|find|finds|found)\s+(?:that\s+)?"
        + r"(?P<who>(?:they|you|he|she|I|we)(?=\s)|(?:their|your|his|her|my|the)\s+(?P<part>[a-z]+))\s+",
        re.IGNORECASE,
    )


#: where a noticed clause ends: a reason, a time, a comparison or an aside ("... quickly, because of the fluid")
_NOTICED_END = re.compile(r"\s*[,;:(]\s*(?:which|because|as|so|but|although|when|while|after|before|especially)\s|\s+(?:because|when|while|after|before|over\s+a|than|if|unless)\s|[;:.!?]|$", re.IGNORECASE)
#: a clause that says something gets better or helps: a relief, no symptom ("find that exercise helps", "many people
#: find they take the edge off the pain": the medicines named before)
_BETTER = re.compile(r"(?<![\w-])(?:helps?|helped|improves?|improved|eases?|eased|settles?|settled|works?|worked|better|clears?|cleared|goes\s+away|went\s+away|disappears?|relieves?|relieved|reduces?|reduced|controls?|controlled|lessens?|edge\s+off)(?![\w-])", re.IGNORECASE)


def _noticed_states(sentence: str, m: re.Match, cues: RelationCues) -> list[Span]:
    """The states of a noticed clause: each verb phrase of a pronoun's clause ("refuse feeds", "floppy", "have a
    high-pitched cry"), or the whole clause of a part of the body ("eyes water a lot"); none of a relief."""
    end = _NOTICED_END.search(sentence, m.end())
    stop = end.start() if end else len(sentence)
    if m.group("part") is not None and m.group("part").lower() not in cues.lower_sets["body_sites"]:
        return []  # "find their doctor helpful": no part of the body
    if _BETTER.search(sentence, m.start("who"), stop):
        return []
    if m.group("part") is not None:
        whole = trim(sentence, (m.end("who") - len(m.group("part")), stop), cues)
        return [whole] if whole else []
    out = []
    for a, b in verb_phrases(sentence, (m.end(), stop), cues):
        lead = re.match(r"(?:are|is|am|was|were|be|been|become|have|has|had|get|gets|feel|feels|seem|seems|look|looks)\s+(?:(?:a|an|very|quite|more|unusually)\s+)*", sentence[a:b], re.IGNORECASE)
        item = trim(sentence, (a + (lead.end() if lead else 0), b), cues)
        if item:
            out.append(item)
    return out


#: a pronoun the sentence takes or uses as care ("take it early", "stopped taking them"): a medicine, not the condition
_TAKEN_PRONOUN = re.compile(r"(?<![\w-])(?:take|takes|taking|took|use|uses|using|used|apply|applying)\s+(?:it|them)(?![\w-])", re.IGNORECASE)


def _feeling_maker(sentence: str, at: int, cues: RelationCues, condition: Optional[Known]) -> Optional[Span]:
    """The condition that leaves or makes someone feel a state, the verb being at ``at``: a condition it names
    ("Hypoglycaemia can leave you shaky"), ``(-1, -1)`` for a pronoun opening the sentence ("They tend to leave you
    exhausted"); None for anything else ("The operation can leave you tired": a treatment's doing)."""
    modal = re.search(r"(?:\s+(?:can|may|might|will|would|often|usually|also|sometimes|tends?\s+to|tend\s+to))*\s*$", sentence[:at], re.IGNORECASE)
    cond = left_phrase(sentence, modal.start(), cues)
    if re.search(r"(?<![\w-])and\s*$", sentence[: modal.start()], re.IGNORECASE):
        cond = sentence_subject(sentence, cues)  # "Meningitis can lead to sepsis and can leave people with ...": its subject
    named = sentence[cond[0] : cond[1]] if cond else ""
    if re.fullmatch(r"(?:it|they|this|these)", named, re.IGNORECASE) or (
            cond is None and re.fullmatch(r"(?:\W*\w+\s*,\s*)?\W*(?:it|they|this|these)\s*", sentence[: modal.start()], re.IGNORECASE)) or (
            # "The itching is the worst part, and it can make your child grumpy": the pronoun of a coordinated clause
            cond is None and re.search(r"[,;]\s*(?:and|but|so)\s+(?:it|they|this|these)\s*$", sentence[: modal.start()], re.IGNORECASE)):
        if _TAKEN_PRONOUN.search(sentence):
            return None  # "It made me very drowsy at first, so take it early in the evening": a medicine's side effect
        return (-1, -1)
    if cond is None or any(intervention_word(w, cues) for w in named.lower().split()) or not is_condition(named, cues, condition):
        return None
    return cond


def _made_states(sentence: str, pos: int) -> list[Span]:
    """The adjectives of a made state from ``pos`` ("dry, itchy and inflamed", "blurry or dim"); none when a word of the
    run is no adjective or a comparative ("makes the skin worse": a cause of a worsening)."""
    out: list[Span] = []
    for m in re.finditer(r"(?:(?:very|more|quite|so|feel|look)\s+)*(?P<adj>[a-z-]+)(?P<sep>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|)", sentence[pos:]):
        if m.start() != (out[-1][2] if out else 0):
            break
        word = m.group("adj").lower()
        if word in _NOT_STATES or not is_modifier(word):
            return [] if not out else [(a, b) for a, b, _ in out]
        out.append((pos + m.start("adj"), pos + m.end("adj"), m.end()))
        if not m.group("sep"):
            break
    return [(a, b) for a, b, _ in out]


#: a first-person state ("I was exhausted all day", "I'm always tired", "I became breathless"), an inability ("I couldn't
#: sleep") and a part of the body that started to do something ("My hands started to shake"), as forums and patient
#: stories tell their symptoms
_FIRST_PERSON_STATE = re.compile(
    # (an adverb may come between: "I also felt really anxious", "I just felt sick"; and the perfect: "I've felt sick for
    # weeks", "I've gone quiet and withdrawn")
    r"(?<![\w'\u2019-])I(?:\s+(?:also|just|still|often|always|then|soon|sometimes|constantly|suddenly))?"
    r"(?:\s+was|['\u2019]m|\s+am|\s+felt|\s+became|\s+got|['\u2019]d\s+(?:go|get|feel|be)"
    r"|(?:['\u2019]ve|\s+have)(?:\s+(?:also|just|often|always))?\s+(?:been|felt|become|gone|got))\s+"
    r"(?:(?:so|very|always|really|constantly|completely|totally|quite|often|just|being)\s+)*(?P<state>[a-z-]+)(?P<tail>\s+all\s+(?:day|night|the\s+time))?",
    re.IGNORECASE)
_FIRST_PERSON_UNABLE = re.compile(
    r"(?<![\w'\u2019-])I\s+(?P<state>(?:couldn['\u2019]t|can['\u2019]t|cannot|could\s+not)\s+(?:sleep|concentrate|breathe|focus|relax|swallow|stop\s+shaking"
    r"|walk\s+(?:straight|in\s+a\s+straight\s+line|properly)|stand\s+up|stand|hear|see\s+properly|think\s+straight|keep\s+(?:food|anything|fluids)\s+down))(?![\w-])",
    re.IGNORECASE)
_MY_PART_STARTED = re.compile(
    r"(?<![\w-])[Mm]y\s+(?P<state>(?P<part>[a-z]+)\s+(?:started|began|would|used)\s+to\s+(?:shake|tremble|ache|hurt|swell|tingle|throb|burn|itch|sweat|pound|race))(?![\w-])")
_STATE_COLOURS = frozenset({"red", "pale", "white", "grey", "gray", "blue", "yellow"})


@per_cue_set
def _first_person_loss(cues: RelationCues) -> re.Pattern[str]:
    """Weight a first-person account lost without meaning to ("I'd lost about 6 kg without trying", "I've also lost
    nearly a stone without dieting"): the loss with how it came (``symptom_unintended``), one finding."""
    return re.compile(
        r"(?<![\w'\u2019-])I(?:['\u2019]ve|['\u2019]d|\s+have|\s+had)?\s+(?:(?:also|already|since|just)\s+)?"
        r"(?P<state>lost\s+(?:[\w.,/-]+\s+){0,4}?(?:" + alternation(cues.symptom_unintended) + r"))(?![\w-])",
        re.IGNORECASE,
    )


def first_person_symptoms(sentence: str, cues: RelationCues, out: list) -> None:
    """Symptoms a first-person account tells: "I was exhausted all day", "I couldn't sleep", "My hands started to shake",
    "I'd go bright red"; not a question nor a denial ("I wasn't tired")."""
    if sentence.rstrip().endswith("?") or "I" not in sentence and "my" not in sentence.lower():
        return
    spans = []
    for m in _FIRST_PERSON_STATE.finditer(sentence):
        word = m.group("state").lower()
        if re.search(r"(?<![\w-])(?:when|whenever|if|once|after|because)\s+$", sentence[: m.start()], re.I):
            continue  # "I still get off balance when I'm really tired": what brings it on, no state of the condition
        colour = word == "bright" or word in _STATE_COLOURS
        if word in cues.lower_sets["symptom_feelings"] or colour:
            end = m.end() if m.group("tail") else m.end("state")
            if colour and word == "bright":
                nxt = re.match(r"\s+([a-z]+)", sentence[m.end("state") :])
                end = m.end("state") + nxt.end() if nxt and nxt.group(1).lower() in _STATE_COLOURS else end
            start = m.start("state") if not re.search(r"['\u2019]d\s+(?:go|get)\s", m.group(0)) else m.start() + m.group(0).lower().index("go" if " go " in m.group(0).lower() else "get")
            spans.append((start, end))
            more = re.match(r",?\s+(?:and|or)\s+(?:(?:very|so|really)\s+)?([a-z-]+)(?![\w-])", sentence[end:], re.IGNORECASE)
            if more and more.group(1).lower() in cues.lower_sets["symptom_feelings"]:
                spans.append((end + more.start(1), end + more.end(1)))  # "I felt sick and dizzy"
                end += more.end()
            unable = _coordinated_inability(cues).match(sentence, end)
            if unable:  # "I felt anxious and couldn't sleep", "I was exhausted and unable to concentrate": an inability of its own
                spans.append(unable.span("state"))
    spans += [m.span("state") for m in _FIRST_PERSON_UNABLE.finditer(sentence)]
    spans += [m.span("state") for m in _first_person_loss(cues).finditer(sentence)]
    spans += [m.span("state") for m in _MY_PART_STARTED.finditer(sentence) if m.group("part").lower() in cues.lower_sets["body_sites"]]
    for sp in spans:
        if not any(o.kind == "symptom" and o.subject[0] < sp[1] and sp[0] < o.subject[1] for o in out):
            out.append(RelationMention("symptom", sp, None, None, "symptom:first person", sp))


#: "You may find it hard to ...", "finding it difficult to ...": what the reader or the people with the condition find hard
_FIND_HARD = re.compile(
    r"(?<![\w-])find(?:s|ing)?\s+it\s+(?:(?:very|quite|more|much|a\s+bit|increasingly|really|so)\s+)?"
    r"(?P<hard>hard|harder|difficult|more\s+difficult|tricky|awkward)\s+to\s+(?=[a-z])",
    re.IGNORECASE,
)


_HARM_VERBS = r"(?:damage|affect|harm|threaten|block|blur|impair|distort|disturb|disrupt)"
#: "can damage your sight", "can eventually affect your sight", "can be enough to affect your balance", "can blur and distort
#: vision", "... can cover the pupil and block vision", "does not damage your sight": a function the condition harms
_HARMED_FUNCTION = re.compile(
    r"(?<![\w-])(?:(?P<modal>can|may|might|could|will|does\s+not|do\s+not|doesn['\u2019]t|don['\u2019]t|won['\u2019]t)"
    r"(?:\s+(?:eventually|sometimes|also|often|even|permanently|seriously|rarely|be\s+(?:severe\s+|bad\s+)?enough\s+to))*|(?P<and>and|or))\s+"
    r"(?P<harm>" + _HARM_VERBS + r"(?:\s+(?:and|or)\s+" + _HARM_VERBS + r")?\s+(?:(?:your|the|their|his|her|a\s+person['\u2019]s)\s+)?"
    r"(?P<noun>[a-z]+))(?![\w-])",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(r"(?<![\w-])(?:can|may|might|could|will)\s+[^,.;:]*$", re.IGNORECASE)


def harmed_functions(sentence: str, cues: RelationCues, out: list) -> None:
    """A function of the body the condition harms is a symptom claim ("Shingles near the eye can damage your sight",
    "can eventually affect your sight", "can blur and distort vision", "Dry eye does not damage your sight": negated by
    the assertion), the harm with the function its subject; a harm told of an intervention ("The drops can blur your
    vision": a side effect) or in an if-clause is none."""
    for m in _HARMED_FUNCTION.finditer(sentence):
        if m.group("noun").lower() not in cues.lower_sets["symptom_function_nouns"]:
            continue
        if m.group("and") and not _MODAL_BEFORE.search(sentence, 0, m.start()):
            continue  # "... and affect vision" needs the modal of its clause ("can cover the pupil and block vision")
        if IN_CONDITION.search(sentence, 0, m.start()) or any(
                intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[: m.start()].lower())):
            continue
        span = m.span("harm")
        if not any(x.kind == "symptom" and x.subject[0] < span[1] and span[0] < x.subject[1] for x in out):
            out.append(RelationMention("symptom", span, None, None, "symptom:harmed function", (m.start(), span[1])))


#: "some children lose a fingernail or toenail", "My father lost his sight", "lose your balance": a function or a part lost
_LOST_FUNCTION = re.compile(
    r"(?<![\w-])(?P<lost>(?:lose|loses|lost|losing)\s+(?:(?:a|an|the|your|their|his|her|my|some\s+of\s+(?:your|their|his|her|my))\s+)?"
    r"(?P<noun>[a-z-]+)(?:\s+(?:or|and)\s+(?:(?:a|an|your|their|his|her|my)\s+)?(?P<other>[a-z-]+))?)(?![\w-])",
    re.IGNORECASE,
)
_NOT_LOST_BEFORE = re.compile(r"(?<![\w-])(?:of|to|prevent|preventing|avoid|avoiding|stop|stops|risk|chance|without)\s+$", re.IGNORECASE)


def lost_functions(sentence: str, cues: RelationCues, out: list) -> None:
    """A function or a part of the body that people lose is a symptom claim, the verb with what is lost ("some children
    lose a fingernail or toenail", "My father lost his sight to glaucoma", a bullet "lose your balance"); "the stress of
    losing hair", "to prevent losing your sight", an if-clause or a sentence about an intervention name none."""
    lost = cues.lower_sets["symptom_function_nouns"] | cues.lower_sets["body_sites"]
    for m in _LOST_FUNCTION.finditer(sentence):
        if m.group("noun").lower() not in lost:
            continue
        if _NOT_LOST_BEFORE.search(sentence, 0, m.start()) or IN_CONDITION.search(sentence, 0, m.start()) or any(
                intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[: m.start()].lower())):
            continue
        both = m.group("other") and m.group("other").lower() in lost  # "a fingernail or toenail"; not "their balance and fall"
        span = m.span("lost") if both else (m.start("lost"), m.end("noun"))
        if not any(x.kind == "symptom" and x.subject[0] < span[1] and span[0] < x.subject[1] for x in out):
            out.append(RelationMention("symptom", span, None, None, "symptom:lost function", (m.start(), span[1])))


#: a verb of having, feeling or being coordinated after what people find hard ("find it hard to concentrate, or have
#: pins and needles"): a clause of the same person, whose findings the experiencer rules read, no activity found hard
#: (not "get": "find it hard to kneel or get out of a chair" names an activity)
_OTHER_CLAUSE_OF_READER = re.compile(r",?\s+(?:or|and)\s+(?:also\s+)?(?:have|has|feel|feels|are|is|notice|develop)(?![\w-])", re.IGNORECASE)


def hard_activities(sentence: str, cues: RelationCues, out: list) -> None:
    """What people "find it hard to" do are symptom claims, one per activity ("You may find it hard to reach behind your
    back, fasten a bra or brush your hair": "hard to reach behind your back", "fasten a bra", "brush your hair"), the
    first with "hard to" as a limitation is named; in an if-clause ("if you find it hard to get enough fibre") or a
    question it is the situation, no finding."""
    if sentence.rstrip().endswith("?"):
        return
    for m in _FIND_HARD.finditer(sentence):
        if IN_CONDITION.search(sentence, 0, m.start()):
            continue
        end = list_end_at(sentence, m.end())
        other = _OTHER_CLAUSE_OF_READER.search(sentence, m.end(), end)  # "..., or have pins and needles": a clause of its own
        items = verb_phrases(sentence, (m.end(), other.start() if other else end), cues)
        if not items:
            continue
        items[0] = (m.start("hard"), items[0][1])
        for it in items:
            if not any(x.kind == "symptom" and x.subject[0] < it[1] and it[0] < x.subject[1] for x in out):
                out.append(RelationMention("symptom", it, None, None, "symptom:find it hard", (m.start(), it[1])))
        if other is not None:  # "..., or have pins and needles in their arms": what the same people have, read as such
            verb = re.findall(r"[a-z]+", other.group(0).lower())[-1]
            had: list = []
            _experienced(sentence, other.end(), verb, None, other.start(), cues, None, None, had)
            out.extend(x for x in had if x.kind == "symptom" and not any(
                o.kind == "symptom" and o.subject[0] < x.subject[1] and x.subject[0] < o.subject[1] for o in out))


@per_cue_set
def _observer_finds(cues: RelationCues) -> re.Pattern[str]:
    """Who or what examines, its modals, and a verb of finding, before what is found ("we usually find", "Blood tests may
    show", "The midwife found"): not a clause or a question of what is looked for ("show whether", "find out", "found
    that", "found nothing"), compiled once."""
    return re.compile(
        r"(?<![\w-])(?:(?:the|your|a|an|our|their|his|her)\s+)?(?:" + alternation(cues.finding_observers) + r")\s+"
        r"(?:(?:may|might|can|could|will|would|usually|often|also|sometimes|then|normally|typically|generally)\s+)*"
        r"(?P<verb>" + alternation(cues.finding_observer_verbs) + r")\s+"
        r"(?!(?:that|if|whether|how|what|why|when|where|which|who|nothing|no|none|out|any|it|them|you|him|her|this|these|those)(?![\w-]))",
        re.IGNORECASE,
    )


def _signs(sentence: str, pos: int, cues: RelationCues) -> list[Span]:
    """The signs of a list found on examination, split at commas and at each "and"/"or" that opens another sign ("reduced
    neck movement and tender muscles in the neck and shoulders": two, the second keeping its own "and"); none when no such
    split is there (the general list reading then applies)."""
    end = list_end_at(sentence, pos)
    opener = r"(?:(?:a|an|some)\s+)?(?:" + "|".join(re.escape(w) for w in sorted(cues.lower_sets["sign_modifiers"])) + r")(?![\w-])"
    cuts = list(re.finditer(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?=" + opener + r")", sentence[pos:end], re.IGNORECASE))
    if not cuts:
        return []
    items: list[Span] = []
    start = pos
    for c in cuts + [None]:
        piece = (start, pos + c.start() if c else end)
        span = trim(sentence, piece, cues) if piece[1] > piece[0] else None
        if span is not None:
            items.append(span)
        start = pos + c.end() if c else end
    merged: list[Span] = []
    for span in items:  # "a swollen, tender joint": modifiers of one head are one sign
        if merged and re.fullmatch(r"[a-z-]+", sentence[merged[-1][0] : merged[-1][1]].lower()) and (
                is_modifier(sentence[merged[-1][0] : merged[-1][1]]) or sentence[merged[-1][0] : merged[-1][1]].lower() in cues.lower_sets["sign_modifiers"]):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged if len(merged) > 1 else []


def examined_signs(sentence: str, cues: RelationCues, known: Optional[Known], finding: Optional[Known], out: list) -> None:
    """Signs an examination, a test or a clinician finds ("When we examine you, we usually find reduced neck movement and
    tender muscles", "Blood tests may show a low platelet count", "The midwife found protein in my urine"): each a symptom
    of the page's condition when it names a finding (a finding word, a finding the linker knows, or a sign's opening
    word: "raised", "swollen")."""
    if sentence.rstrip().endswith("?"):
        return
    found = list(_observer_finds(cues).finditer(sentence))
    for i, m in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(sentence)  # "... or a scan shows a fatty liver": the next finder's
        for s in _signs(sentence, m.end(), cues) or _symptom_items(sentence, m.end(), cues, known):
            if s[1] > stop:
                continue
            text = sentence[s[0] : s[1]]
            if re.search(r"(?<![\w-])(?:levels?|results?|changes?|values?|readings?)$", text, re.IGNORECASE):
                continue  # "if your blood tests show high levels": a measure, no sign named
            if set(re.findall(r"[a-z]+", text.lower())) & {v.lower() for v in cues.finding_observer_verbs}:
                continue  # "... or a scan done for another reason shows a fatty liver": another finder's clause
            first = next(iter(re.findall(r"[a-z][a-z-]*", re.sub(r"^(?:a|an|the|some|your|my|their|his|her)\s+", "", text.lower()))), "")
            if finding_word(text, cues) or first in cues.lower_sets["sign_modifiers"] or (finding is not None and finding(text)):
                out.append(RelationMention("symptom", s, None, None, f"symptom:{m.group('verb').lower()}", (m.start(), s[1])))


def symptom_constructions(
    sentence: str, cues: RelationCues, known: Optional[Known], condition: Optional[Known], finding: Optional[Known], out: list,
) -> None:
    """Symptom constructions of clinic pages, leaflets, abstracts and forums beyond the lead-ins and experiencers:

    * "Shingles usually starts with a tingling feeling", "Angina can feel like a heavy weight on the chest":
      the verb's object is a symptom when its subject names a condition;
    * "the doctor will look for tenderness and weakness", "On examination there may be ...": findings of an
      examination, kept when they name a finding;
    * "Symptoms: fever, stiff neck, headache", "Hypoglycaemia symptoms: trembling, ...": a symptom line.
    """
    p = _construction_patterns(cues)
    warning_conditionals(sentence, cues, known, finding, out, condition)
    hard_activities(sentence, cues, out)
    harmed_functions(sentence, cues, out)
    lost_functions(sentence, cues, out)
    referred_findings(sentence, cues, known, finding, out, condition)
    first_person_symptoms(sentence, cues, out)
    suspected_in_patients(sentence, cues, known, condition, out)

    def add(items: list[Span], cond: Optional[Span], rule: str, start: int) -> None:
        for s in items:
            same = [i for i, m in enumerate(out) if m.kind == "symptom" and m.subject == s]
            if same and cond is not None and out[same[0]].object is None:
                out[same[0]] = out[same[0]]._replace(object=cond)  # the condition this construction names
            elif not same:
                out.append(RelationMention("symptom", s, cond, None, rule, (min(start, s[0]), s[1])))

    for m in p["condition_verb"].finditer(sentence):
        cond = left_phrase(sentence, m.start(), cues)
        general = cond is not None and re.fullmatch(r"(?:(?:the|its|their|your)\s+)?(?:symptoms?|signs?|it|this|they|the\s+condition|the\s+illness)",
                                                     sentence[cond[0] : cond[1]], re.IGNORECASE) is not None
        general = general or (cond is None and re.fullmatch(r"\W*(?:it|this|they)\s+", sentence[: m.start()], re.IGNORECASE) is not None)
        if not general and (cond is None or not is_condition(sentence[cond[0] : cond[1]], cues, condition)):
            continue
        items = _symptom_items(sentence, m.end(), cues, known)
        if general:  # "It often feels like a burning sensation", "Symptoms often begin with flushing": findings only
            items, cond = [i for i in items if _finding_word(sentence[i[0] : i[1]], cues)], None
        if m.group("verb").lower().endswith("like"):
            # "can sound like a hissing, whooshing or humming noise": one likeness, however it is listed
            whole = trim(sentence, (m.end(), list_end_at(sentence, m.end())), cues)
            if whole and items and all(len(sentence[a:b].split()) == 1 for a, b in items[:-1]):
                items = [whole]  # modifiers of one likeness; several findings stay several ("like a rash and blisters")
        add(items, cond, f"symptom:{m.group('verb').lower()}", m.start())
    for m in _MADE_STATE.finditer(sentence):
        if m.group("part").lower() not in cues.lower_sets["body_sites"] and m.group("part").lower() not in _FUNCTIONS:
            continue
        modal = re.search(r"(?:\s+(?:can|may|might|will|often|usually|also|sometimes|tends?\s+to))*\s*$", sentence[: m.start()], re.IGNORECASE)
        cond = left_phrase(sentence, modal.start(), cues)
        named = sentence[cond[0] : cond[1]] if cond else ""
        general = re.fullmatch(r"(?:it|this|they|these|the\s+condition)", named, re.IGNORECASE) is not None or (
            cond is None and re.fullmatch(r"\W*(?:it|they)\s*", sentence[: modal.start()], re.IGNORECASE) is not None)  # "They can make ..."
        if not general and PRONOUN_VERB_SERIES.match(sentence[: m.start()]):
            general, cond = True, None  # "It can cause tiredness, make your skin dry ...": the pronoun makes it so
        first = re.match(r"\W*([A-Za-z][\w'-]*)", named)
        if not general and not is_condition(named, cues, condition) and (
                cond is None or cond[0] > 2 or first is None or first.group(1).lower().endswith("ing")
                or re.search(r"[^isu]s$", named) is not None
                or any(intervention_word(w, cues) for w in named.lower().split()) or is_pronoun(sentence, cond, cues)):
            continue  # "Scratching can make the skin sore", "Emollients make the skin soft": a cause's or a treatment's doing
        states = _made_states(sentence, m.end())
        if general and cond is None and not any(sentence[a:b].lower() in cues.lower_sets["symptom_feelings_of_parts"]
                                                 | cues.lower_sets["symptom_feelings"] for a, b in states):
            continue  # "It makes your skin soft": a pronoun's state that names no finding (a treatment's doing, perhaps)
        add(states, None if general else cond, "symptom:makes", m.start())
    for m in _NOTICED_CLAUSE(cues).finditer(sentence):
        add(_noticed_states(sentence, m, cues), None, f"symptom:{m.group('verb').lower()}", m.start())
    for m in _LEFT_FEELING.finditer(sentence):
        cond = _feeling_maker(sentence, m.start(), cues, condition)
        if cond is None:
            continue
        with_ = re.match(r"with\s+", sentence[m.end() :], re.IGNORECASE) if re.match(r"leav|left", m.group(), re.IGNORECASE) else None
        if with_:  # "Shingles can leave you with nerve pain", "It can leave people with permanent damage to the brain"
            items = [i for i in _symptom_items(sentence, m.end() + with_.end(), cues, known) if not disease_like(sentence[i[0] : i[1]], cues)]
            add(items, None if cond == (-1, -1) else cond, "symptom:leaves with", m.start())
            continue
        # "Attacks can leave you exhausted and shaky", "It may make you tired and irritable"
        add(_feelings(sentence, m.end() - 1, cues), None if cond == (-1, -1) else cond, "symptom:leaves", m.start())
    for m in p["examination"].finditer(sentence):
        items = [s for s in _symptom_items(sentence, m.end(), cues, known) if _examined_finding(sentence[s[0] : s[1]], cues, finding)]
        add(items, None, "symptom:examination", m.start())
    for m in p["hallmark"].finditer(sentence):
        cond = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj"))
        add(_symptom_items(sentence, m.end(), cues, known), cond, f"symptom:{m.group('noun').lower()}", m.start())
    for m in p["experience_of"].finditer(sentence):
        feature = p["feature_of"].search(sentence, 0, m.end())
        cond = right_phrase(sentence, feature.start("obj"), cues, stop=feature.end("obj")) if feature else None
        if cond is not None and not is_condition(sentence[cond[0] : cond[1]], cues, condition):
            cond = None
        add(_symptom_items(sentence, m.end(), cues, known)[:1], cond, "symptom:experience of", m.start())
    for m in p["called"].finditer(sentence):
        named = right_phrase(sentence, m.end(), cues)
        noun = p["finding_noun"].search(sentence, 0, m.start())
        if named is not None and noun is not None and is_condition(sentence[named[0] : named[1]], cues, condition) or (
                named is not None and noun is not None and condition is None):
            add([noun.span("noun")], named, "symptom:resulting in", noun.start())
            # what a symptom turns into is the condition it belongs to, not an effect it causes
            out[:] = [x for x in out if not (x.kind == "cause" and x.subject == noun.span("noun"))]
    m = p["subject_include"].match(sentence)
    if m and not re.search(r"(?<![\w-])(?:include|includes|are|is|of\s+(?:the|a|an)\s)(?![\w-])", m.group("mid"), re.IGNORECASE):
        add(lead_symptoms(sentence, (m.end(), len(sentence)), cues, known), None, "symptom:include", m.start())
    for m in p["diagnosis_if"].finditer(sentence):
        cond = right_phrase(sentence, m.start("cond"), cues, stop=m.end("cond"))
        named = sentence[cond[0] : cond[1]] if cond else ""
        if cond is None or named.lower() in cues.lower_sets["pronouns"] or _finding_word(named, cues) or re.match(r"to\s", m.group("cond"), re.I) or is_clause(named, cues):
            continue  # "you may have it if ...", "you may have pain if ...": no condition diagnosed
        items = _feelings(sentence, m.end(), cues) if m.group("verb").lower() == "feel" else _symptom_items(sentence, m.end(), cues, known)
        more = re.match(r"(?:[^,.;]{0,40}?)\s+and\s+(?P<v>look|feel|get|have)\s+", sentence[items[-1][1] :], re.IGNORECASE) if items else None
        if more:  # "if you feel tired all the time and look pale"
            pos = items[-1][1] + more.end()
            extra = right_phrase(sentence, pos, cues)
            if extra and len(sentence[extra[0] : extra[1]].split()) <= 3:
                items = items + [(pos - len(more.group("v")) - 1, extra[1])]
        add(items, cond, "symptom:if you", m.start())
    for m in p["present_in"].finditer(sentence):
        subj = left_phrase(sentence, m.start(), cues)
        text = sentence[subj[0] : subj[1]] if subj is not None else ""
        last = text.lower().split()[-1:] or [""]
        if subj is not None and (_finding_word(text, cues) or _part_changes(text, cues)) and not disease_like(text, cues) and not (
                last[0].endswith("ing") and last[0] not in _finding_nouns(cues)):
            # (not "Gout occurs in 1 in 50 adults": how common a disease is; not "Smoking was common in 30%": a habit)
            add([subj], None, "symptom:present in", subj[0])
    for m in p["affects_share"].finditer(sentence):
        _share_findings(sentence, m, cues, known, condition, add)
    for m in p["copula_lead"].finditer(sentence):
        if _symptom_verb_is_not_a_list(sentence, m) or not re.search(r",|\band\b|\bor\b|followed\s+by", sentence[m.end() :]):
            continue  # "Symptoms were assessed at 6 weeks", "the main symptom is pain" (the ranked rule's): no list here
        cond = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        add(without_absences(sentence, lead_symptoms(sentence, (m.end(), len(sentence)), cues, known), cues), cond, f"list:{m.group('verb').lower()}", m.start())
    for m in p["head_including"].finditer(sentence):
        if m.group("obj") and _VAGUE_CONDITION.match(m.group("obj")):
            continue  # "signs of something more serious, such as keratitis or iritis": the examples are conditions, no findings
        cond = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        # "Any patient who shows signs of X, such as A, B or C, requires same-day assessment, because ...": the examples
        # end where the sentence's own verb or a reason takes over
        stop = _EXAMPLES_END.search(sentence, m.end())
        add(lead_symptoms(sentence, (m.end(), stop.start() if stop else len(sentence)), cues, known), cond, "symptom:including", m.start())
    for m in p["typical_of"].finditer(sentence):
        subj = left_phrase(sentence, m.start(), cues)
        obj = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj"))
        named = sentence[obj[0] : obj[1]] if obj else ""
        if subj is None or obj is None or _PRESENTER.fullmatch(named) or not is_condition(named, cues, condition) or is_condition(
                sentence[subj[0] : subj[1]], cues, condition) or _STAGE_OF_LIFE.search(named):
            continue  # "Smoking is common in people with ...", "the syndrome is most common in the lumbar spine": no symptom of a condition;
            # "Heartburn is common in late pregnancy": a stage of life, no condition whose finding it is
        items = _listed_subjects(sentence, subj, m.start(), cues, known)
        if items and all(_finding_word(sentence[a:b], cues) or (finding is not None and finding(sentence[a:b])) for a, b in items):
            add(items, obj, "symptom:typical of", items[0][0])
    for m in p["colon"].finditer(sentence):
        if any(x.kind == "symptom" and x.subject[0] >= m.end() for x in out):
            continue
        if _NO_SYMPTOMS_LABEL.search(sentence, 0, m.start("head")) or _CLAUSE_AFTER_LABEL.match(sentence, m.end()):
            continue  # "No symptoms: if the sinus has never been infected, surgery is not needed": a case, no findings
        cond = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        before = left_phrase(sentence, m.start(), cues) if m.start() > 0 else None
        if cond is None and before is not None and is_condition(sentence[before[0] : before[1]], cues, condition):
            cond = before  # "Hypoglycaemia symptoms:"
        add(lead_symptoms(sentence, (m.end(), len(sentence)), cues, known), cond, "symptom:colon", m.start())


def _share_findings(sentence: str, m: re.Match[str], cues: RelationCues, known: Optional[Known], condition: Optional[Known],
                    add: Callable[[list[Span], Optional[Span], str, int], None]) -> None:
    """The findings of "X affects up to half of patients (with C)": the subject, and the examples it gives
    ("Sores such as ulcers and blisters affect ..."), each a finding by its noun, never a condition or a habit
    ("Obesity affects 1 in 4 adults", "Smoking affects ..."); the linker's findings are not enough, since most
    conditions are phenotypes too ("Migraine affects 1 in 7 people" is how common the condition is)."""
    if not m.group("with") and re.search(r"(?<![\w-])(?:people|adults|children|women|men)$", m.group(0), re.I):
        return  # "Chronic cough affects about 10% of adults": how common it is in everyone, no finding of patients
    start = max(sentence.rfind(";", 0, m.start()), sentence.rfind(":", 0, m.start())) + 1
    ex = EXAMPLES.search(sentence, start, m.start())
    head = trim(sentence, (start, ex.start()), cues) if ex else left_phrase(sentence, m.start(), cues)
    items = ([head] if head else []) + (symptom_list(sentence, (ex.end(), m.start()), cues, known) if ex else [])

    def named(s: Span) -> bool:
        text = sentence[s[0] : s[1]]
        if is_condition(text, cues, condition) or is_pronoun(sentence, s, cues):
            return False
        return bool(set(re.findall(r"[a-z]+", text.lower())[-1:]) & _finding_nouns(cues)) or _part_changes(text, cues)

    cond = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
    kept = [s for s in items if named(s)]
    if head is not None and head in kept:  # the examples of a head that names findings are findings ("nail changes such
        # as pitting and crumbling")
        kept = [head] + [s for s in items[1:] if not (is_condition(sentence[s[0] : s[1]], cues, condition) or is_pronoun(sentence, s, cues))]
    if kept and (head is None or head in kept):  # examples only of a head that names findings
        add(kept, cond, "symptom:affects", kept[0][0])


def _part_changes(text: str, cues: RelationCues) -> bool:
    """"Nail changes", "skin changes", "changes in vision": a change of a body part or function, a finding as a sign is
    (not "lifestyle changes", "changes to your diet")."""
    ws = re.findall(r"[a-z]+", text.lower())
    parts = cues.lower_sets["body_sites"] | {f.lower() for f in cues.symptom_function_nouns} | {"nail", "nails", "hair", "skin", "mood", "bowel"}
    return (len(ws) >= 2 and ws[-1] in {"changes", "change"} and ws[-2] in parts) or (
        len(ws) >= 3 and ws[0] in {"changes", "change"} and ws[1] in {"in", "of"} and ws[-1] in parts)


def _examined_finding(text: str, cues: RelationCues, finding: Optional[Known]) -> bool:
    """Whether what an examination looks for is a finding: a finding word ("tenderness", "crackles" with the
    linker), not a test or a general "signs of infection"."""
    if re.match(r"(?:signs?|symptoms?)(?![\w-])", text, re.IGNORECASE):
        return False
    if _examined_state(text, cues):
        return True  # "cool skin", "absent foot pulses", "hair loss over the shin": a part found in a state
    if finding is not None and not finding(text):
        return False
    return _finding_word(text, cues)


_DETERMINERS = frozenset({"the", "a", "an", "your", "their", "his", "her", "its", "my", "our", "any", "some", "this", "that", "these", "those"})


def _examined_state(text: str, cues: RelationCues) -> bool:
    """Whether an examined item is a body part or function with the state it is found in ("cool skin", "diminished or
    absent foot pulses", "shiny, thin skin"), or a part's loss ("hair loss over the shin"): a sign, as an examination
    names it, whatever the adjective."""
    head = re.split(r"\s+(?:in|on|at|of|around|across|over|down|after|during|from|with|when|while|that|which|to|for|behind|under|"
                    r"below|above|near|between)\s+", text.lower())[0]
    ws = re.findall(r"[a-z][a-z'-]*", head)
    if len(ws) < 2 or set(ws[:-1]) & _DETERMINERS:
        return False  # "check your knee": an action on a part, no state
    noun = ws[-1]
    parts = cues.lower_sets["body_sites"] | {f.lower() for f in cues.symptom_function_nouns} | {"hair", "nails", "nail"}
    if noun == "loss":
        return ws[-2] in parts
    stem = noun[:-1] if noun.endswith("s") and noun[:-1] in parts else noun
    return stem in parts and not any(intervention_word(w, cues) for w in ws)


#: a fronted group of people or a time before a list subject ("In older people, ...", "In babies, ...", "During an attack, ...")
_FRONTED_GROUP = re.compile(r"(?:in|among|for|during|after|at\s+first|early\s+on)(?:\s+[\w'\u2019-]+){0,4}\s*,\s*", re.IGNORECASE)


def _listed_subjects(sentence: str, subj: Span, pos: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """"Fatigue, joint pain and a facial rash are often the first signs": a list subject before the verb at ``pos``
    gives one symptom per item; any other subject is one."""
    start = max(sentence.rfind(";", 0, pos), sentence.rfind(":", 0, pos)) + 1
    start += len(re.match(r"[\s\"'\u201c\u2018(]*", sentence[start:pos]).group(0))  # '"Low mood, poor sleep ... are', a quotation
    fronted = _FRONTED_GROUP.match(sentence, start, pos)
    if fronted:
        start = fronted.end()  # "In older people, confusion and falls can be signs of ...": the people, no item of the list
    region = sentence[start:pos]
    if not re.search(r",?\s+(?:and|or)\s+", region) or region.rstrip().endswith(","):
        return [subj]  # ("Fever and a rash are common symptoms": two, as a list with commas)
    items = symptom_list(sentence, (start, pos), cues, known)
    if len(items) > 1 and (items[-1][1] == subj[1] or re.match(r"\s+(?:that|which|who)\s", sentence[items[-1][1] : pos], re.IGNORECASE)):
        return items  # "Fever, chills and a cough that will not go away are the usual signs"
    return [subj]


#: "With glaucoma, you might notice ...", "In lupus, many people describe ...": a condition framing the sentence
_FRAMING = re.compile(r"\s*(?:with|in|for\s+people\s+with)\s+(?:(?:a|an|the|your|my)\s+)?(?P<x>[^,;:.]{1,50}?)(?:\s*,\s*|\s+)(?:(?:most|many|some|all|few|other)\s+)?$", re.IGNORECASE)
#: "Hypoglycaemia can make you feel shaky": a condition making the experiencer feel
_MAKES = re.compile(r"\s+(?:(?:can|may|might|will|often|usually|also|sometimes)\s+)*(?:make|makes|made|leave|leaves)\s+$", re.IGNORECASE)


def _framing_condition(sentence: str, pos: int, cues: RelationCues, condition: Optional[Known]) -> Optional[Span]:
    """The condition of an experiencer at ``pos`` left implicit in its clause: the condition a sentence
    opens with ("With glaucoma you might notice ...") or the one that makes the experiencer feel
    ("Hypoglycaemia can make you feel shaky"); none when the phrase names no condition."""
    before = sentence[:pos]
    m = _FRAMING.match(before)
    if m and is_condition(m.group("x"), cues, condition):
        return (m.start("x"), m.end("x"))
    mk = _MAKES.search(before)
    if mk:
        subj = left_phrase(sentence, mk.start(), cues)
        if subj is not None and is_condition(sentence[subj[0] : subj[1]], cues, condition):
            return subj
    return None


def adjective_run(text: str, items: list[Span], cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """"a swollen, red and tender calf": single adjectives before a last item of several words modify it, one
    symptom (the linker's :func:`_modifier_run` does this for unknown words; without it, by the lexicon); and a
    gerund's lone adjective before a comma (:func:`gerund_modifier_run`)."""
    items = gerund_modifier_run(text, items, cues)
    if len(items) < 2 or len(text[items[-1][0] : items[-1][1]].split()) < 2:
        return items
    if "," not in text[items[0][1] : items[1][0]]:
        # "a fast or pounding heartbeat", "a burning or stinging feeling": two modifiers of one head, one symptom
        first, last = text[items[0][0] : items[0][1]], text[items[1][0] : items[1][1]].split()
        if (len(items) == 2 and known is None and re.fullmatch(r"\s+or\s+", text[items[0][1] : items[1][0]])
                and _modifier_word(first, cues) and _modifier_word(last[0], cues) and not _finding_word(first, cues)):
            return [(items[0][0], items[1][1])]
        return items
    singles = [text[s:e] for s, e in items[:-1]]
    parts = cues.lower_sets["symptom_feelings_of_parts"]
    if all(len(w.split()) == 1 and w.lower() in parts for w in singles) and text[items[-1][0] : items[-1][1]].split()[0].lower() in parts:
        return [(items[0][0], items[-1][1])]  # "thick, scaly patches": how the patches look, one symptom (with the linker too)
    if known is not None:
        return items
    if all(len(w.split()) == 1 and not _finding_word(w, cues) and _modifier_word(w, cues)
           for w in singles) and not _finding_word(text[items[-1][0] : items[-1][1]].split()[0], cues):
        return [(items[0][0], items[-1][1])]
    return items


def gerund_modifier_run(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"passing dark, tarry stools", "coughing up thick, green phlegm": a gerund whose object is one adjective
    before a comma has its noun in the next item, one symptom (not "feeling tired, weak legs": a copular gerund's
    adjective is its whole complement)."""
    out: list[Span] = []
    i = 0
    while i < len(items):
        s, e = items[i]
        if i + 1 < len(items) and re.fullmatch(r"\s*,\s*", text[e : items[i + 1][0]]):
            ws = [w.lower() for w in text[s:e].split()]
            nxt = [w.lower().strip(",;.") for w in text[items[i + 1][0] : items[i + 1][1]].split()]
            if (2 <= len(ws) <= 3 and len(ws[0]) > 5 and ws[0].isalpha() and ws[0].endswith("ing")
                    and ws[0] not in cues.lower_sets["symptom_copular_gerunds"]
                    and (len(ws) == 2 or ws[1] in {"up", "out"})
                    and is_modifier(ws[-1]) and not is_participle(ws[-1])
                    and 2 <= len(nxt) <= 3 and (_modifier_word(nxt[0], cues) or not is_noun(nxt[0]))
                    and (is_noun(nxt[-1]) or not is_modifier(nxt[-1]))):
                out.append((s, items[i + 1][1]))
                i += 2
                continue
        out.append((s, e))
        i += 1
    return out


def _modifier_word(word: str, cues: RelationCues) -> bool:
    """Whether a word can modify a noun before it: an adjective or a participle ("pounding", "irritated")."""
    w = word.lower()
    return is_participle(w) or is_modifier(w) or _adjective(w, cues) or (len(w) > 5 and w.isalpha() and w.endswith(("ing", "ed")))


#: what a symptom item may keep after its head: a relative clause or a time or place phrase ("a rash that does not
#: fade", "pain during sex", "swelling over the joint")
_ITEM_TAIL = re.compile(r"\s+(?:that|which|during|over|when|while|on|after|under|behind)\s+", re.IGNORECASE)


def _clauses_kept(text: str, span: Span, items: list[Span], cues: RelationCues) -> list[Span]:
    """Symptom items cut at a relative clause or a preposition their list does not go on after (the last item,
    or one before a comma) take it back, up to the next comma, a new item ("and a/an ...") or the region's end."""
    out: list[Span] = []
    for i, (s, e) in enumerate(items):
        nxt = items[i + 1][0] if i + 1 < len(items) else span[1]
        tail = _ITEM_TAIL.match(text, e)
        if tail and _finding_word(text[s:e], cues) and tail.end() < nxt and not _NEGATED.search(text, tail.end(), nxt):
            stop = re.search(r"\s*[,;:()]|\s+(?:and|or)\s+(?:a|an|the)\s|\s+(?:and|or)\s+(?=\S+\s*$)", text[tail.end() : nxt])
            end = tail.end() + (stop.start() if stop else len(text[tail.end() : nxt].rstrip(" .!?")))
            end = tail.end() + len(re.sub(r"(?:\s+(?:and|or))+\s*$", "", text[tail.end() : end]))  # "... and" before the next item
            swallows = any(w in _finding_nouns(cues) for w in re.findall(r"[a-z-]+", text[tail.end() : end].lower()))
            if not swallows and (i + 1 == len(items) or text[end : nxt].lstrip().startswith((",", "and", "or"))):
                if (0 < len(text[tail.end() : end].split()) <= 10 and not re.search(r"\d", text[tail.end() : end])
                        and not is_outcome(text, (s, end), cues)):
                    e = end  # not "pain that improved when ...": an outcome is no part of the symptom
        out.append((s, e))
    return out


_BECOME_VERBS = frozenset({"become", "becomes"})
#: verbs after an experiencer that name a symptom only when the first thing they take is a finding
#: (not "are left with": what is left is a lasting deficit, "left with hearing loss", whatever its words)
_FINDINGS_ONLY_VERB = re.compile(r"(?:come.*\bwith|comes.*\bwith|came.*\bwith|mention|mentions|mentioned)$")
#: the object of "describe" followed by "as" and its likeness ("describe the pain as burning")
_DESCRIBED_AS_AHEAD = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,4}?as\s+(?!well|much|many|soon|if|though|long)", re.IGNORECASE)
#: (and the forms of "having" a run of episodes: "I kept having flashbacks", "she started having nosebleeds")
_GET_VERBS = frozenset({"get", "gets", "keep getting", "keeps getting", "kept getting", "still get", "started getting", "start getting",
                        "keep having", "keeps having", "kept having", "started having", "start having", "began having", "been having"})


def _presented_data(sentence: str, m: re.Match[str], cues: RelationCues, condition: Optional[Known]) -> bool:
    """Whether "presented with / as" presents data ("Results were presented with 95% confidence intervals"),
    not a condition or a patient presenting with findings."""
    if not m.group("verb").lower().startswith("present"):
        return False
    subj = left_phrase(sentence, m.start(), cues)
    if subj is None:
        return False
    text = sentence[subj[0] : subj[1]]
    if _PRESENTER.fullmatch(text) or is_condition(text, cues, condition):
        return False
    return re.search(r"(?<![\w-])(?:is|are|was|were|be|been)\s+$", sentence[: m.start()], re.IGNORECASE) is not None or (
        text.lower().split()[-1] in _DATA_WORDS)  # a passive ("data are presented as ..."), or data


_DATA_WORDS = frozenset({"results", "data", "findings", "values", "outcomes", "figures", "scores", "estimates", "rates", "means",
                         "analyses", "analysis", "characteristics", "variables", "table", "tables", "cases"})


#: "A: ...", "Answer: ...": the answer line of a question and answer
_ANSWER = re.compile(r"\s*(?:A|Answer)\s*[:.)-]\s*", re.IGNORECASE)


def answer_symptoms(sentence: str, cues: RelationCues, known: Optional[Known]) -> list[RelationMention]:
    """The symptoms an answer names when it is a bare list under a question about symptoms ("What are the
    symptoms of X?" then "A sore throat, a high temperature and blisters on the hands."): one claim per
    finding; an answer that is a clause states its claims itself."""
    lead = _ANSWER.match(sentence)
    start = lead.end() if lead else 0
    body = sentence[start:].rstrip(" .!")
    if not body or is_clause(body, cues) or re.search(r"[?]", body):
        return []
    items = symptom_list(sentence, (start, start + len(body)), cues, known)
    if not items or not any(_finding_word(sentence[a:b], cues) for a, b in items):
        return []
    return [RelationMention("symptom", it, None, None, "symptom:answer", it) for it in items]


_ONE_PERSON = frozenset({"patient", "child", "man", "woman", "boy", "girl", "person", "he", "she"})


#: a table row as text extraction writes it: cells between "|" ("| Wheezing | Very common |" or "Wheezing | Very common")
_TABLE_ROW = re.compile(r"\s*\|?\s*(?P<first>[^|\n]*?)\s*\|(?P<rest>[^\n]*\|?)\s*$")


def table_row(sentence: str) -> Optional[Span]:
    """The first cell of a table row, or None when the line is no table row (at least two cells, short cells)."""
    m = _TABLE_ROW.fullmatch(sentence)
    if m is None or not m.group("first") or len(m.group("first").split()) > 12 or not m.group("rest").strip(" |"):
        return None
    return m.span("first")


def table_symptom_header(sentence: str, cues: RelationCues) -> bool:
    """Whether a table row is the header of a table of symptoms: its first cell is a symptom list head ("Symptom")."""
    cell = table_row(sentence)
    if cell is None or sentence[cell[0] : cell[1]].strip().lower() not in {h.lower() for h in cues.list_heads["symptom"]}:
        return False
    others = {h.lower() for k, hs in cues.list_heads.items() if k != "symptom" for h in hs} | {"treatment", "diagnosis", "prevention", "overview"}
    return not any(c.strip().lower() in others for c in sentence[cell[1] :].split("|"))  # "Symptoms | Causes | Treatment": a menu


def table_symptoms(sentence: str, cues: RelationCues, known: Optional[Known]) -> list[RelationMention]:
    """The symptom a row of a table of symptoms names in its first cell ("| Wheezing | Very common |")."""
    cell = table_row(sentence)
    if cell is None:
        return []
    items = symptom_list(sentence, cell, cues, known)
    return [RelationMention("symptom", it, None, None, "symptom:table", it) for it in items[:1]]


#: "These can include ...", "They may include ...": a list said of the symptoms the sentence before names
_CARRIED = re.compile(r"\s*(?:these|they|those)\s+(?:(?:can|may|might|could|often|usually|also|commonly)\s+)*(?:include|includes|are|range\s+from)\s+", re.IGNORECASE)
_SYMPTOM_WORD = re.compile(r"(?<![\w-])(?:symptoms|signs)(?![\w-])", re.IGNORECASE)


def carried_symptoms(previous: str, sentence: str, cues: RelationCues, known: Optional[Known]) -> list[RelationMention]:
    """"Shingles causes several symptoms. These can include a rash, ...": the items of a sentence that opens with
    "These include" when the sentence before ends on symptoms (or signs), one claim each."""
    m = _CARRIED.match(sentence)
    if m is None or not _SYMPTOM_WORD.search(previous[-60:]) or previous.rstrip().endswith("?"):
        return []
    items = lead_symptoms(sentence, (m.end(), len(sentence)), cues, known)
    return [RelationMention("symptom", it, None, None, "symptom:these include", (m.start(), it[1])) for it in items]


#: "It is not usually itchy", "it usually does not hurt", "the eye does not look red": a state the condition (a pronoun)
#: or a part of the body is said not to have; the verbs of a felt symptom ("hurt", "itch") are states of their own
_DENIED_STATE = re.compile(
    r"(?<![\w'\u2019-])(?P<subj>it|they|(?:the|your|its|their)\s+(?:affected\s+)?(?P<part>[a-z]+))\s+"
    r"(?:(?:usually|often|generally|normally|typically|also)\s+)*"
    r"(?:(?:is|are)\s+not|isn['\u2019]t|aren['\u2019]t|(?P<do>does\s+not|do\s+not|doesn['\u2019]t|don['\u2019]t))\s+"
    r"(?:(?:usually|often|generally|normally|typically|always|particularly)\s+)*"
    r"(?:(?P<verb>hurt|itch|ache|sting)|(?P<seem>(?:look|feel|become|get|turn)\s+)?(?P<state>[a-z-]+))(?![\w-])",
    re.IGNORECASE,
)


#: "Patients are otherwise well, without fever or lymphadenopathy": findings denied of people who are well
_WELL_WITHOUT = re.compile(r"(?<![\w-])well\s*,?\s+(?:(?:and|usually|often|typically|generally)\s+)*without\s+", re.IGNORECASE)
#: "He did not have a fever", "I didn't get any pain": a finding an experiencer is said not to have had
_NOT_HAD = re.compile(
    r"(?<![\w-])(?:I|he|she|they|we)\s+(?:did\s+not|didn['\u2019]t|never)\s+(?:have|had|get|got|develop)\s+(?:a|an|any)\s+", re.IGNORECASE)
_FINDING_RUN_END = re.compile(r"\s*(?:[,;:.!?()]|\s(?:but|and\s+(?:the|his|her|my|their|it|was|is))\s|$)", re.IGNORECASE)


def _denied_findings(sentence: str, cues: RelationCues) -> list[RelationMention]:
    """Findings denied after "well, without" or "did not have a": each named finding (``finding_word``) of the run that
    follows, joined by commas, "or" and "and", is a negated symptom claim, its target running from the denial."""
    out = []
    for p in (_WELL_WITHOUT, _NOT_HAD):
        for m in p.finditer(sentence):
            if IN_CONDITION.search(sentence, 0, m.start()):
                continue
            stop = _FINDING_RUN_END.search(sentence, m.end())
            end = stop.start() if stop else len(sentence)
            at = m.end()
            for word in re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and|nor)\s+", sentence[m.end() : end]):
                at = sentence.index(word, at) if word else at
                item = re.sub(r"^(?:a|an|any)\s+", "", word, flags=re.IGNORECASE)
                named = finding_word(item, cues) or item.lower().endswith(tuple(cues.symptom_suffixes))
                if item and len(item.split()) <= 3 and named and item.lower() not in cues.lower_sets["symptom_rank_nouns"]:
                    span = (at + len(word) - len(item), at + len(word))
                    # (the target opens at the finding after "without", a negation of the noun phrase that follows it)
                    target = (span[0] if p is _WELL_WITHOUT else m.start(), span[1])
                    out.append(RelationMention("symptom", span, None, None, "symptom:denied finding", target))
                at += len(word)
    return out


def denied_states(sentence: str, previous: str, cues: RelationCues) -> list[RelationMention]:
    """States denied of the condition or of a part of the body ("It is not usually itchy", "it usually does not hurt",
    "the eye does not look red"): a negated symptom claim each (CLAIMS_SPEC.md: explicit denials are claims), its target
    running from the negation so the assertion sees it. A pronoun stands for the condition only when the sentence before
    names no intervention ("An injection is given. It does not hurt." says nothing of the condition); a state in an
    if-clause ("if it does not hurt") is the condition of advice."""
    states = cues.lower_sets["symptom_feelings_of_parts"] | cues.lower_sets["symptom_feelings"]
    out = []
    for m in _DENIED_STATE.finditer(sentence):
        part = (m.group("part") or "").lower()
        if part and part not in cues.lower_sets["body_sites"] and part not in cues.lower_sets["finding_places"]:
            continue
        if not part and any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", previous.lower())):
            continue
        if IN_CONDITION.search(sentence, 0, m.start()) or (m.group("do") and m.group("state") and not m.group("seem")):
            continue  # "if it does not hurt"; "it does not harm your health": a verb, no state
        word = m.group("verb") or m.group("state")
        if m.group("state") and word.lower() not in states:
            continue  # "It is not contagious", "it is not a sign of infection": no state of the body
        span = m.span("verb") if m.group("verb") else m.span("state")
        out.append(RelationMention("symptom", span, None, None, "symptom:denied state", (m.end("subj"), span[1])))
    return out + _denied_findings(sentence, cues)


#: "It felt like being stabbed", "my left ear felt like it was full of water", "It was like being hit in the face with a
#: cattle prod": what the condition (a pronoun), its pain or a part of the body feels like, told as a likeness
_LIKENED = re.compile(
    r"(?:^|(?<=[\s\"'\u201c(]))(?P<subj>it|this|(?:the|my|your|his|her|their)\s+(?:[a-z-]+\s+)??(?P<part>[a-z]+))\s+"
    r"(?:(?:often|usually|sometimes|can|may|might|could|would|also|really|just)\s+)*"
    r"(?:(?P<feel>feels?|felt)|(?P<be>was|is))\s+(?:(?:just|a\s+bit|almost|exactly|more)\s+)?like\s+"
    r"(?P<like>[^,;:.!?\"\u201d()]{3,90}?)(?=\s*(?:[,;:.!?\"\u201d()]|\s+but\s|$))",
    re.IGNORECASE,
)


def likened_feelings(sentence: str, previous: str, cues: RelationCues) -> list[RelationMention]:
    """What the condition, its pain or a part of the body feels like, told as a likeness ("It felt like being stabbed every
    time I breathed in", "my left ear felt like it was full of water", "It was like being hit in the face with a cattle
    prod"): the likeness is a symptom claim (CLAIMS_SPEC.md: first-person accounts state symptoms like any other text).
    "was like" only before a gerund (not "it is like asthma"); a pronoun stands for the condition only when the sentence
    before names no intervention ("The injection is quick. It feels like a sharp scratch." says nothing of the condition);
    a question claims nothing."""
    if sentence.rstrip().endswith("?"):
        return []
    out = []
    feelings = cues.lower_sets["symptom_finding_nouns"]
    pronouns = cues.lower_sets["pronouns"]
    no_likeness = cues.lower_sets["symptom_non_likenesses"]
    for m in _LIKENED.finditer(sentence):
        part = (m.group("part") or "").lower()
        if part and part not in cues.lower_sets["body_sites"] and part not in feelings:
            continue
        like = m.group("like")
        if m.group("be") and not re.match(r"[a-z]+ing(?![\w-])", like, re.IGNORECASE):
            continue
        said = " ".join(like.lower().split())
        if said in no_likeness or any(said.startswith(w + " ") for w in no_likeness - pronouns) or IN_CONDITION.search(sentence, 0, m.start()):
            continue
        if not part and any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", previous.lower())):
            continue
        out.append(RelationMention("symptom", m.span("like"), None, None, "symptom:likened", (m.start(), m.end("like"))))
    return out


#: "Patients often say it spreads to the shoulder", "It ... often spreads (radiates) through to your back": where the pain a
#: sentence before named goes, told of it by a pronoun (the verbs: the one-word ``symptom_descriptions`` in -s)
@per_cue_set
def _it_spreads(cues: RelationCues) -> re.Pattern[str]:
    verbs = [v for v in cues.symptom_descriptions if " " not in v and v.endswith("s")]
    return re.compile(
        r"(?<![\w-])it\s+(?:(?:often|usually|sometimes|can|may|might|also|then|typically|commonly)\s+)*"
        # (a series of what it is before: "It usually comes on suddenly, is severe and steady, and often spreads ...")
        r"(?:(?:[^,;:.?!()]{1,50},\s*){1,3}(?:and\s+)?(?:(?:often|usually|sometimes|can|may|might|also|then)\s+)*)?"
        r"(?P<verb>" + alternation(verbs) + r")(?![\w-])", re.IGNORECASE)


_SPREAD_END = re.compile(r"\s*[,;:.!?]|\s+(?:which|because|so|but|and|when|while|if)\s", re.IGNORECASE)


def spreading_pain(sentence: str, previous: str, cues: RelationCues) -> list[RelationMention]:
    """Where a pain goes, told of it by a pronoun ("The main symptom is pain in the upper part of your belly. It ... often
    spreads (radiates) through to your back", "... a sharp, stabbing pain ... Patients often say it spreads to the
    shoulder"): a symptom claim, as "the pain spreads to the groin" is one, when the sentence before names a pain and the
    place the pronoun goes to is a part of the body (not "it spreads to other people": a disease spreading)."""
    if sentence.rstrip().endswith("?"):
        return []
    # a finding felt, not one seen (a rash that spreads changes: :func:`prose_symptoms`), nor "symptoms" as such
    pains = cues.lower_sets["symptom_finding_nouns"] - cues.lower_sets["finding_places"] - {n.lower() for n in cues.symptom_rank_nouns}
    out = []
    for m in _it_spreads(cues).finditer(sentence):
        named = set(re.findall(r"[a-z]+", (previous + " " + sentence[: m.start()]).lower()))
        if not named & pains:
            continue  # (a quotation of several sentences is read as one: the pain named before the pronoun in it)
        if IN_CONDITION.search(sentence, 0, m.start()):
            continue  # "If it spreads to your arm, call 999": a condition of advice
        stop = _SPREAD_END.search(sentence, m.end())  # "spreads (radiates) through to your back": the brackets inside
        end = stop.start() if stop else len(sentence.rstrip(" .!?"))
        places = set(re.findall(r"[a-z]+", sentence[m.end() : end].lower()))
        if not places & cues.lower_sets["body_sites"]:
            continue
        span = trim(sentence, (m.start("verb"), end), cues)
        if span is not None:
            out.append(RelationMention("symptom", span, None, None, "symptom:spreads", (m.start(), span[1])))
    return out


def finding_word(item: str, cues: RelationCues) -> bool:
    """Whether a phrase is headed by a word that names a finding ("constant pain", "a fast heartbeat", "redness"); a
    gerund only when it is a listed finding ("swelling", not "scarring", a process); see :func:`_finding_word`."""
    words = re.findall(r"[a-z][a-z-]*", item.lower())
    if not words or not _finding_word(item, cues):
        return False
    return not words[-1].endswith("ing") or words[-1] in _finding_nouns(cues) or _felt_part(item, cues)


# the module's patterns scan only the sentences that hold one of their needed words (speed, same matches)
globals().update(prefiltered_globals(globals()))


@per_cue_set
def _frame_pattern(cues: RelationCues) -> re.Pattern[str]:
    people = alternation(cues.symptom_experiencers)
    return re.compile(
        r"\W*(?:(?:some|many|most|other)\s+)?(?:" + people + r")\s+(?:(?:" + alternation(cues.modals) + r")\s+)*(?:"
        + alternation(cues.modals) + r")\s*:\s*", re.IGNORECASE,
    )


@per_cue_set
def _part_frame_pattern(cues: RelationCues) -> re.Pattern[str]:
    """A part of the body and a modal as a whole lead-in: "Your nail may:", "The affected skin might also:"."""
    parts = alternation(list(cues.body_sites) + ["area", "patch", "patches"])
    return re.compile(
        r"\W*(?:your|the|their|his|her|a|an)\s+(?:(?:affected|sore|infected|injured)\s+)?(?:[a-z]+\s+)?(?:" + parts + r")\s+(?:(?:"
        + alternation(cues.modals) + r")\s+)*(?:" + alternation(cues.modals) + r")\s*:\s*", re.IGNORECASE,
    )


def clause_frame(lead: str, cues: RelationCues) -> Optional[str]:
    """The unfinished clause of a lead-in that each bullet completes: the people (or a part of the body) and a modal,
    and nothing else ("You may also:" then "• feel sick or be sick", "Some people might:", "Your nail may:" then
    "• turn yellow or brown"), without its colon; None for any other lead-in."""
    if not (_frame_pattern(cues).fullmatch(lead) or _part_frame_pattern(cues).fullmatch(lead)):
        return None
    return lead.strip().rstrip(":").strip()


#: The verb that links a part of the body to how it becomes: "become thick", "turn yellow", "go brittle", "look red", "have a bad smell".
_PART_LINK = re.compile(r"(?:become|turn|go|get|look|feel|grow|appear|have|be)\s+(?:(?:a|an|very|more|quite)\s+)?", re.IGNORECASE)


def part_frame_findings(frame: str, sentence: str, cues: RelationCues) -> list[RelationMention]:
    """Under a lead-in whose subject is a part of the body ("Your nail may:"), each bullet says how the part becomes, a
    symptom of the page's condition ("• become thick and hard to cut": "thick and hard to cut"; "• lift away from the
    skin underneath"): the bullet, after its linking verb, when it names no treatment or advice."""
    if not _part_frame_pattern(cues).fullmatch(frame + ":"):
        return []
    lead = LIST_MARK.match(sentence).end()
    text = sentence[lead:].rstrip(" .;")
    words_ = re.findall(r"[a-z][a-z'-]*", text.lower())
    if not words_ or len(words_) > cues.max_item_words or not is_base_verb(words_[0]):
        return []
    link = _PART_LINK.match(sentence, lead)
    start = link.end() if link is not None and link.end() < lead + len(text) else lead
    return [RelationMention("symptom", (start, lead + len(text)), None, None, "symptom:part frame", (lead, len(sentence)))]


def framed_bullet(frame: str, sentence: str, find: Callable[[str], list[RelationMention]], cues: RelationCues) -> list[RelationMention]:
    """The symptom claims of a bullet read as the end of its lead-in's clause ("You may also:" and
    "• have a headache" read "You may also have a headache"; "• feel hot or have a fever" two
    clauses, one a verb), with offsets in the bullet line; claims whose symptom lies in the lead-in
    are dropped."""
    lead = LIST_MARK.match(sentence).end()
    groups: list[Span] = []
    for piece in verb_phrases(sentence, (lead, len(sentence)), cues):
        first = sentence[piece[0] : piece[1]].split()[0].lower()
        if groups and not is_base_verb(first):
            groups[-1] = (groups[-1][0], piece[1])  # "notice ringing in your ears or hearing loss": one clause
        else:
            groups.append(piece)
    out = []
    for start, end in groups or [(lead, len(sentence))]:
        shift = start - len(frame) - 1

        def moved(span: Optional[Span]) -> Optional[Span]:
            return None if span is None or span[0] + shift < start else (span[0] + shift, span[1] + shift)

        for m in find(frame + " " + sentence[start:end]):
            subject = moved(m.subject)
            if m.kind != "symptom" or subject is None or sentence.count("(", 0, subject[0]) > sentence.count(")", 0, subject[0]):
                continue  # "blood in your urine (pink, red or brown urine)": a gloss in brackets is no finding of its own
            out.append(RelationMention(m.kind, subject, moved(m.object), m.relation, m.rule, (lead, len(sentence))))
    return out


def no_finding(item: str, cues: RelationCues) -> bool:
    """Whether a symptom item names no finding: a body part alone (:func:`anatomy_only`), symptoms in general ("a
    wide range of symptoms", "many symptoms") or a participle clause ("depending on the stage of infection")."""
    words = re.findall(r"[a-z][a-z'-]*", item.lower())
    if words[:1] == ["depending"] or words[-1:] in (["include"], ["includes"]):
        return True  # "Gut symptoms are common and include:": the lead-in's words, no finding
    general = next((i for i, w in enumerate(words) if w in {"symptoms", "problems"}), None)
    if general is not None and words[general + 1 : general + 2] in (["outside"], ["in"], ["of"], ["affecting"], ["elsewhere"]) and all(
            w in {"a", "the", "other", "some", "many", "also"} for w in words[:general]):
        return True  # "symptoms outside the gut": symptoms in general, placed
    vague = {"a", "an", "the", "wide", "whole", "broad", "range", "variety", "number", "lot", "lots", "of", "many", "various", "different",
             "several", "some", "other", "these", "those", "its", "their", "your", "any", "all", "more", "new"}
    return anatomy_only(item, cues) or (bool(words) and words[-1] in {"symptoms", "signs", "problems", "complaints"} and all(w in vague for w in words[:-1]))


def without_changing_signs(sentence: str, mentions: list[RelationMention]) -> list[RelationMention]:
    """A warning item's mentions less the symptoms its relative clause tells as a relief that failed or a growth ("pain
    that is not eased by painkillers", "a lump that is getting bigger"): a treatment that did not help or how a sign
    changes, no sign of the condition (CLAIMS_SPEC.md), whichever rule or tagger found them. A finding "that is getting
    worse" stays: the development gold reads the finding as the sign (dev23's quinsy bullet)."""
    return [m for m in mentions if not (m.kind == "symptom" and _CHANGING_AFTER.match(sentence, m.subject[1]))]


#: the relative clause of a relief that failed or of a growth, after a finding ("that is not eased by", "that does not
#: settle with", "that is getting bigger"); not how a finding behaves ("that is worse at night", "that brings up blood")
_CHANGING_AFTER = re.compile(
    r"\s*,?\s+(?:that|which)\s+(?:(?:is|are|keeps?)\s+(?:getting|becoming|growing)\s+(?:bigger|larger)"
    r"|(?:gets?|becomes?|grows?)\s+(?:steadily\s+|gradually\s+|quickly\s+)?(?:bigger|larger)"
    r"|(?:is|are|has|have)\s+not\s+(?:been\s+)?(?:eased|relieved|controlled|helped|improved|settled)"
    r"|(?:does|do)\s+not\s+(?:ease|improve|settle|get\s+better|respond))(?![\w-])", re.IGNORECASE)


def findings_only(sentence: str, mentions: list[RelationMention], cues: RelationCues) -> list[RelationMention]:
    """The mentions less the symptoms that name no finding (:func:`no_finding`); a body part whose finding follows
    ("back" of "back or leg pain") takes the shared finding instead of being dropped."""
    out = []
    for m in mentions:
        if m.kind == "symptom" and no_finding(sentence[m.subject[0] : m.subject[1]], cues):
            joined = _SHARED_HEAD.match(sentence, m.subject[1])
            words = list(re.finditer(r"[a-z-]+", sentence[joined.end() :] if joined else "", re.IGNORECASE))[:3]
            head = next((w for w in words if w.group().lower() in _finding_nouns(cues)), None)
            if head is None or not anatomy_only(sentence[m.subject[0] : m.subject[1]], cues):
                continue
            m = m._replace(subject=(m.subject[0], joined.end() + head.end()))  # "back or leg pain": one finding of two places
        out.append(m)
    return out


_SHARED_HEAD = re.compile(r"\s+(?:or|and)\s+", re.IGNORECASE)


def anatomy_only(item: str, cues: RelationCues) -> bool:
    """Whether a symptom item names only a body part ("legs" of "numbness in your arms or legs",
    "muscles" of "pain in tendons, muscles, joints and bones"): a place of a finding, no finding."""
    words = [w for w in re.findall(r"[a-z][a-z'-]*", item.lower()) if w not in _SITE_FILLERS]
    return bool(words) and all(w in cues.lower_sets["body_sites"] or w in {"and", "or"} for w in words)


#: words before a body part that name no finding of their own: determiners and the side or level of the part ("the upper
#: back", "your left arm")
_SITE_FILLERS = frozenset({"the", "your", "my", "their", "his", "her", "both", "other", "a", "an",
                           "upper", "lower", "left", "right", "inner", "outer", "middle"})


def described_site(text: str, region: Span, clause: int, cues: RelationCues) -> Optional[Span]:
    """A body part and the clause that tells how it is ("skin that looks tight or shiny", "skin over
    the joint that feels hot and looks shiny"): the finding is the whole phrase, from the part on;
    None when the words before the clause name more than a place."""
    head = text[region[0] : clause]
    words = [w for w in re.findall(r"[a-z][a-z'-]*", head.lower()) if w not in _SITE_FILLERS]
    place = words[: words.index("over")] if "over" in words else words  # "skin over the joint"
    if not place or not all(w in cues.lower_sets["body_sites"] or w in {"area", "patch", "of"} for w in place):
        return None
    lead = re.match(r"\s*(?:(?:" + "|".join(sorted(_SITE_FILLERS)) + r")\s+)*", head, re.IGNORECASE).end()
    return (region[0] + lead, region[1])


#: the joints of a run of state words ("red, swollen, hot and painful", "hot, swollen or tender")
_STATE_JOINT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_STATE_WORD = re.compile(r"[a-z][a-z-]*", re.IGNORECASE)


def state_runs(sentence: str, mentions: list[RelationMention], cues: RelationCues) -> list[RelationMention]:
    """The mentions and, for a symptom that is one state word of a coordinated run of state words ("an area of skin
    that becomes red, swollen, hot and painful": "swollen" found), the other states of the run, each a finding of the
    same claim (one claim per listed item, CLAIMS_SPEC.md). A run holds only words of ``symptom_feelings_of_parts``
    and ``symptom_feelings``: "swollen and oozing pus" adds nothing past "swollen"."""
    states = cues.lower_sets["symptom_feelings_of_parts"] | cues.lower_sets["symptom_feelings"]
    mentions = [part for m in mentions for part in _split_state_phrase(sentence, m, states)]
    taken = {m.subject for m in mentions if m.kind == "symptom"}
    out = []
    for m in mentions:
        if m.kind == "symptom" and m.rule.startswith("learned:") and sentence[m.subject[0] : m.subject[1]].lower() in states and (
                _AFTER_CARE_STATES.search(sentence)):
            continue  # "Your toe may be red and swollen following the operation": the course of care, as the part-state rule reads it
        run = _state_run(sentence, m.subject, states) if m.kind == "symptom" and sentence[m.subject[0] : m.subject[1]].lower() in states else []
        # a state the tagger found in a run is a finding by the run, whether or not the word names a concept of its own
        out.append(m._replace(rule="symptom:state run") if run and m.rule.startswith("learned:") else m)
    for m in list(out):
        if m.kind != "symptom" or sentence[m.subject[0] : m.subject[1]].lower() not in states:
            continue
        for span in _state_run(sentence, m.subject, states):
            if span not in taken and not any(a < span[1] and span[0] < b for a, b in taken):
                taken.add(span)
                out.append(m._replace(subject=span, target=(min(m.target[0], span[0]), max(m.target[1], span[1])), rule="symptom:state run"))
    return out


#: a phrase that ends with how a part becomes ("an area of skin that suddenly becomes red, swollen, hot and painful")
_BECOMES_STATES = re.compile(
    r"(?<![\w-])(?:becomes?|became|turns?|turned|looks?|feels?|is|are|gets?|goes?)\s+(?:[a-z]+ly\s+)?"
    r"(?P<run>[a-z-]+(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[a-z-]+)+)$", re.IGNORECASE)


def _split_state_phrase(sentence: str, m: RelationMention, states: frozenset[str]) -> list[RelationMention]:
    """A symptom whose phrase ends with a copula and a run of two or more state words ("skin that becomes red, swollen,
    hot and painful"): one symptom per state (dev8's and dev25's golds), else the mention as it is ("skin that looks
    tight or shiny": no run of states, one finding)."""
    if m.kind != "symptom":
        return [m]
    run = _BECOMES_STATES.search(sentence, m.subject[0], m.subject[1])
    if run is None or run.end() != m.subject[1]:
        return [m]
    words = list(_STATE_WORD.finditer(sentence, run.start("run"), run.end("run")))
    words = [w for w in words if w.group(0).lower() not in {"and", "or"}]
    if len(words) < 2 or any(w.group(0).lower() not in states for w in words):
        return [m]
    return [m._replace(subject=w.span(), target=(min(m.target[0], w.start()), max(m.target[1], w.end()))) for w in words]


def _state_run(sentence: str, span: Span, states: frozenset[str]) -> list[Span]:
    """The other state words coordinated with the one at ``span``, left and right, up to the first other word."""
    run: list[Span] = []
    pos = span[1]
    while (joint := _STATE_JOINT.match(sentence, pos)) and (word := _STATE_WORD.match(sentence, joint.end())):
        if word.group(0).lower() not in states:
            break
        run.append(word.span())
        pos = word.end()
    end = span[0]
    while True:
        before = re.search(r"([a-z][a-z-]*)(\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$", sentence[:end], re.IGNORECASE)
        if before is None or before.group(1).lower() not in states:
            break
        run.append(before.span(1))
        end = before.start(1)
    return run
