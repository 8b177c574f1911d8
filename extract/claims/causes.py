"""Cause, risk-factor and association claims: causal verbs in both directions ("X can give rise to Y",
"Y is caused by X"), predicate nouns ("X is the most common cause of Y", "the main risk factor"),
risk verbs and groups, causal clauses ("because", "as a result of") and cause fragments under a heading.
"""

from __future__ import annotations

from typing import Literal, NamedTuple, Optional

from extract import regexcache as re
from extract.claims.cues import RelationCues, alternation, intervention_word, per_cue_set
from extract.claims.prefilter import prefiltered_globals
from extract.claims.grammar import (
    coordinated,
    ANAPHORA,
    WORD_START,
    Compiled,
    compiled,
    copula_subject,
    EXAMPLES,
    WORD_END,
    forward_kind,
    is_generic,
    is_condition,
    list_end_at,
    list_items,
    LIST_MARK,
    is_outcome,
    is_pronoun,
    RelationMention,
    risk_outcome,
    sentence_subject,
)
from extract.claims.lists import ancestry_run, gerund_objects, kin_run
from extract.claims.phrases import Known, Span, coordinated_modifiers, is_clause, left_phrase, plural_noun, right_phrase, trim
from extract.claims.recommendations import IN_CONDITION, recommendations
from extract.claims.symptoms import PRONOUN_VERB_SERIES, condition_symptoms, disease_like, finding_word, RELATIVE, relative_subject
from extract.lexicon import is_base_verb, is_modifier, is_noun, is_participle, is_present_verb


_IS_CAUSE_OF = re.compile(
    r"(?<![\w-])(?P<verb>(?:is|are|was|were|be|been|remains?)\s+(?:also\s+|still\s+|probably\s+|often\s+|likely\s+|by\s+far\s+)?"
    r"(?:one\s+of\s+|among\s+)?(?:the|a|an|another)\s+(?:[a-z-]+\s+){0,3}?(?:causes?|sources?|culprits?)\s+(?:of|for|behind))(?![\w-])",
    re.IGNORECASE,
)


#: what follows "causes" used as a noun: "Possible causes include", "causes of", "causes are", a lead-in's colon
_CAUSE_NOUN_AFTER = re.compile(r"\s*(?::|(?:include|includes|are|vary|of|for|can\s+include|may\s+include)(?![\w-]))", re.IGNORECASE)


#: a verb in the third person or a participle joined by "and" after the causes of a passive, with a preposition or an
#: adverb after it ("and settles within", "and relieved within minutes by rest")
_AND_PREDICATE_AFTER_BY = re.compile(
    r",?\s+and\s+(?:(?:then|usually|often|may|can|is|are)\s+)?(?P<v>[a-z]{3,})\s+(?=(?:within|after|with|by|when|quickly|slowly|over|away|up|down|once|on\s+its\s+own)(?![\w-]))",
    re.IGNORECASE,
)


#: a second predicate of the effect after the causes of a backward cue: "and" (a pronoun) and a modal, a verb of being or a
#: verb of how a condition behaves ("results from X and can spread", "is a complication of Y and affects 1 in 10,000")
_EFFECT_NEXT_PREDICATE = re.compile(
    r",?\s+and\s+(?:(?:it|they)\s+)?(?:can|may|might|will|is|are|has|have|affects|affect|occurs|occur|tends|tend|usually|often|mostly|mainly)\s",
    re.IGNORECASE,
)


#: a comma and the predicate of the sentence after a participial apposition ("X, caused by Y, can lead to Z", ", is found in")
_PREDICATE_RESUMES = re.compile(
    r",\s+(?:(?:can|could|may|might|will|would|should|is|are|was|were|has|have|had|does|do|often|usually|also|then|typically|commonly)\s)",
    re.IGNORECASE,
)


@per_cue_set
def _things_that(cues: RelationCues) -> re.Pattern[str]:
    """"Things that can trigger ...", "Factors that raise ...": a general noun (``cause_list_nouns``) and the relative
    before a cause verb."""
    return re.compile(
        r"(?<![\w-])(?:" + alternation(cues.cause_list_nouns) + r")\s+(?:that|which)\s+(?:(?:can|may|might|could|often|commonly|sometimes|also)\s+)*$",
        re.IGNORECASE,
    )


#: the verb that lists them: "include", "can include", "are"
_INCLUDE = re.compile(r"\s+(?:(?:can|may|might|often|commonly)\s+)?(?:include|includes|are)\s*:?\s+|\s*:\s+(?=\S)", re.IGNORECASE)  # or a colon: "Things that made it worse: ..."


def _things_that_include(sentence: str, m: re.Match[str], relation: str, cues: RelationCues, known: Optional[Known], out: list) -> bool:
    """"Things that can trigger a flare-up include stress, hot weather and alcohol": the listed things are the causes
    (or risk factors) of what the relative clause names; False when the sentence is no such list."""
    if not _things_that(cues).search(sentence, 0, m.start()):
        return False
    inc = _INCLUDE.search(sentence, m.end(), list_end_at(sentence, m.end()))
    if inc is None:
        return False
    effect = right_phrase(sentence, m.end(), cues, stop=inc.start())
    items = list_items(sentence, (inc.end(), list_end_at(sentence, inc.end())), cues, known)
    for item in items:
        if not is_generic(sentence, item, cues):
            out.append(RelationMention("cause", item, effect, relation, f"cause:things that {m.group('verb').lower()}", (m.start(), item[1])))
    return True


def _condition_before_verb(sentence: str, subj: Span, cues: RelationCues, condition: Optional[Known]) -> Optional[Span]:
    """The condition a clause-like subject opens with, before a verb in the third person the phrase reader took in
    ("The disease affects the joints", "Gout attacks the joints"): None when it opens with no condition."""
    words = list(re.finditer(r"[\w'-]+", sentence[subj[0] : subj[1]]))
    for i in range(1, min(len(words), 5)):
        nxt = words[i].group(0).lower()
        if not re.fullmatch(r"[a-z]+[^s]s", nxt) or nxt in _finding_nouns_of(cues):
            continue
        head = (subj[0], subj[0] + words[i - 1].end())
        if is_condition(sentence[head[0] : head[1]], cues, condition):
            return head
    return None


def _finding_nouns_of(cues: RelationCues) -> frozenset[str]:
    return frozenset(cues.lower_sets["symptom_finding_nouns"])


#: an object that names nothing caused: "no symptoms", "any problems"
_NONE_OF = re.compile(r"(?:no|any|none\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:symptoms?|signs?|problems?|harm|pain|effects?)(?![\w-])", re.IGNORECASE)
#: a bare "This" or "That" opening the clause of the verb ("This causes pain, a fever and a fast heartbeat")
_BARE_THIS = re.compile(r"\s*(?:this|that)\s+(?:(?:can|may|might|could|will|often|usually|also|then|in\s+turn)\s+)*$", re.IGNORECASE)
#: a cause named by a predicate noun ("is the most common cause of", "is a source of"), not a verb of producing
_NOMINAL_CAUSE = re.compile(r"(?<![\w-])(?:causes?|sources?|culprits?|contributors?)\s+(?:of|for|to|behind)$", re.IGNORECASE)


#: a determiner or an adjective right before "cause": the noun ("a disease of unknown cause", "no structural cause",
#: "no known short-term cause"), no verb of producing
_NOUN_CAUSE_BEFORE = re.compile(
    r"(?<![\w-])(?:no|a|an|the|any|one|its|their|unknown|known|identifiable|obvious|underlying|structural|specific|single|"
    r"likely|possible|probable|primary|secondary|root|short-term|long-term|usual|clear|definite|exact|real|treatable)\s+$",
    re.IGNORECASE,
)


def _forward_matches(sentence: str, c: Compiled) -> list[re.Match[str]]:
    """Forward cause cues: the listed phrases, and any "is a (leading|frequent ...) cause of"."""
    listed = [m for m in c.cause_fwd.finditer(sentence)
              if not (m.group("verb").lower() in {"cause", "causes"} and _NOUN_CAUSE_BEFORE.search(sentence, 0, m.start("verb")))]
    extra = [m for m in _IS_CAUSE_OF.finditer(sentence) if not any(m.start() < x.end() and x.start() < m.end() for x in listed)]
    return sorted(listed + extra, key=lambda m: m.start())


def _effect_like(text: str, cues: RelationCues, condition: Optional[Known]) -> bool:
    """Whether a phrase names a condition, a symptom or a body measure (what is caused), not an exposure,
    a behaviour or a mechanism: "neuropathic pain", "lung cancer", "psoriasis" (a disease suffix), "high
    blood pressure"."""
    ws = re.findall(r"[a-z][a-z'-]*", text.lower())
    if not ws:
        return False
    head = ws[-1]
    return (is_condition(text, cues, condition) or head in cues.lower_sets["symptom_finding_nouns"] or head in ("case", "cases")
            or " ".join(ws) in cues.lower_sets["mood_outcomes"]  # "associated with depression": what the condition brings
            or (len(head) > 5 and head.endswith(tuple(cues.disease_suffixes)))
            or any(" ".join(ws).endswith(mm.lower()) for mm in cues.cause_measures))


#: a supposed link ("is thought to be linked to", "may be associated with"): what the condition is linked to is its cause
_HEDGED_LINK = re.compile(r"(?<![\w-])(?:may|might|could|thought|believed|suspected|likely)(?![\w-])[^,;:.]*?(?:linked|associated|related)(?![\w-])", re.IGNORECASE)
#: an item that opens with an adverb and a verb in the third person ("usually clears up", "often gets better"): a clause
_VERB_CLAUSE_ITEM = re.compile(r"(?:(?:usually|often|generally|normally|sometimes|then|also|mostly|typically)\s+)?(?P<w>(?P<v>[a-z]+?)(?:es|s))(?![\w-])", re.IGNORECASE)
#: the features of one thing between two "items" of a subject ("Footwear| with a narrow toe box and a |high heel"): one item
_WITH_BETWEEN = re.compile(r"\s+with\s+[^,;:.()]{1,40}?\s+and\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
#: a hedged share of cases as a verb's object ("cause about 1 in 3 cases", "causes around 80% of cases"): an object, not
#: a preposition of place or time
_HEDGED_SHARE = re.compile(r"(?:about|around|over|under|nearly|almost|roughly)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+third|a\s+quarter)", re.IGNORECASE)
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
#: a verb's object, then a colon and what follows: "can trigger attacks as well: decongestants, stimulants ..."
_COLON_EXAMPLES = re.compile(r"(?P<obj>[^:;.()]{1,50}?)\s*:\s+(?=[\w\"'])")
#: a subject that opens with a vague determiner ("Certain medicines", "Some foods")
_VAGUE_FIRST_WORD = re.compile(r"(?:some|certain|many|several|various|other|different)\s", re.IGNORECASE)
_VAGUE_BEFORE = re.compile(
    r"(?<![\w-])(?:some|certain|many|several|various|other|different|a\s+(?:number|range|variety|host)\s+of)\s+$", re.IGNORECASE
)


def _examples_of(sentence: str, subj: Optional[Span], pos: int, cues: RelationCues, known: Optional[Known]) -> Optional[tuple[int, list[Span]]]:
    """When a subject leaves the cause unnamed ("several factors", "many medicines", "some foods") and the
    clause after ``pos`` gives examples (", including A and B"): where the examples start, and the items."""
    if subj is None or not (is_generic(sentence, subj, cues) or _VAGUE_BEFORE.search(sentence, 0, subj[0])):
        return None
    end = list_end_at(sentence, pos)
    ex = _EXAMPLES_AFTER.search(sentence, pos, end)
    if ex is None:
        return None
    items = [i for i in list_items(sentence, (ex.end(), list_end_at(sentence, ex.end())), cues, known) if not is_generic(sentence, i, cues)]
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


#: an episode of the condition as what a verb's object names ("an attack", "the first attack", "flare-ups"): what brings
#: one on is its cause, even when it is a condition itself ("A cold or chest infection can set off an attack")
_EPISODE_OBJECT = re.compile(r"(?:(?:an?|the|first|further|new|next|another|more|an\s+acute)\s+){0,2}(?:attacks?|flares?|flare-ups?|episodes?)", re.IGNORECASE)


#: a verb of coming first ("often comes just before"): a cause when a cause comes first, an order when a symptom does
_BEFORE_VERB = re.compile(r"(?:(?:\w+)\s+)*c[oa]mes?\s+(?:just\s+)?before", re.IGNORECASE)


#: the verb of advice before what it advises against, and the relative pronoun of the clause that says why
_ADVICE_LEAD = re.compile(
    r"(?:avoid|avoiding|cut(?:ting)?\s+(?:down|back)\s+on|cut(?:ting)?\s+out|limit|limiting|reduce|reducing|stop|stopping|give\s+up|"
    r"giving\s+up|steer\s+clear\s+of|stay\s+away\s+from|(?:do\s+not|don['\u2019]t)\s+(?:use|eat|drink|take))\s+", re.IGNORECASE)
#: (before the verb of a cause: ", which in turn can trigger")
_WHICH_BEFORE_ADVICE = re.compile(r",\s*which\s+(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE)


#: a clause of reason or concession opened after a comma, with a named subject of its own (", because untreated GCA can
#: cause ..."): the causal verb's subject is in it, never in the clause before the comma
_REASON_OPENING = re.compile(
    r",\s*(?:because|since|although|though|whereas)\s+(?!(?:this|that|it|they|these|those|which)(?![\w'-]))(?=[^,;:()]*$)",
    re.IGNORECASE)


def _after_reason_opening(sentence: str, verb_start: int) -> str:
    """``sentence`` with what comes before a reason clause holding the verb at ``verb_start`` blanked (offsets kept), so
    that no left-reading rule takes a subject or an example from the main clause ("Any patient who shows signs of X,
    such as A or B, requires assessment, because untreated X can cause loss of vision": untreated X)."""
    m = _REASON_OPENING.search(sentence, 0, verb_start)
    return sentence if m is None else " " * m.end() + sentence[m.end() :]


def causal_verbs(sentence: str, cues: RelationCues, c: Compiled, known: Optional[Known], condition: Optional[Known], out: list) -> None:
    if _asks(sentence):
        return  # "Does drinking milk cause kidney stones?" asks; it claims nothing
    matches = _forward_matches(sentence, c)
    whole = sentence
    for m in matches:
        sentence = _after_reason_opening(whole, m.start())
        verb = m.group("verb")
        relation = forward_kind(c, verb) or "causes"
        if _WHAT_BEFORE.search(sentence, 0, m.start()):
            continue  # "We do not know exactly what causes it": an open question, no cause
        if re.fullmatch(r"causes?", verb, re.I) and _CAUSE_NOUN_AFTER.match(sentence, m.end()):
            continue  # "Possible causes include:", "The causes of X are ...": the noun, no verb
        if re.fullmatch(r"causing|triggering", verb, re.I) and not re.search(r"(?:,|\b(?:is|are|was|were|be|been)(?:\s+(?:not|often|also|usually))*)\s*$", sentence[: m.start()], re.I):
            continue  # a participle after a comma ("..., causing pain") or a progressive ("is causing pain"), else no clause of its own
        if _FOR_EXAMPLE.match(sentence) and re.search(r"(?<![\w-])would(?![\w-])", sentence[m.start() : m.start("verb")], re.I):
            continue  # "For example, a light touch would cause pain": an illustration of a stimulus, no cause of the condition
        if relation == "associated_with" and _HIGHER_RISK.match(sentence, m.end()):
            continue  # "X has been associated with a higher risk": a risk factor (see predicate_causes)
        if relation == "associated_with" and _LOWER_RISK.match(sentence, m.end()):
            continue  # "Breastfeeding is associated with a reduced risk of eczema": a protective factor, no cause
        if "source" in verb.lower() and any(w in cues.lower_sets["supply_adjectives"] for w in re.findall(r"[a-z]+", verb.lower())):
            continue  # "Oily fish is a good source of vitamin D": a supply, no origin
        if _things_that_include(sentence, m, relation, cues, known, out):
            continue  # "Things that can trigger a flare-up include stress and alcohol": the listed things
        subj = left_phrase(sentence, _aside_start(sentence, m.start()), cues)
        gerund = _gerund_subject(sentence, m.start(), cues)
        if gerund is not None and (subj is None or gerund[0] <= subj[0] < subj[1] <= gerund[1]):
            subj = gerund  # "Taking painkillers on 10 or more days a month can lead to ...": the whole action
        subjects = _left_subjects(sentence, m.start(), cues, known)
        extras: list[Span] = []
        if subjects and subjects != [subj] and (subj is not None or head_examples(sentence, m.start(), cues, known)):
            # "Dehydration, some medicines and a family history can all cause stones": one claim each
            subj, extras = subjects[-1], subjects[:-1]
        subj = _which_clause_subject(sentence, m.start(), subj, cues) or subj
        if relation != "causes":
            subj = _relative_clause_head(sentence, subj, cues) or subj
        advice = _ADVICE_LEAD.match(sentence, subj[0], subj[1]) if subj is not None and _WHICH_BEFORE_ADVICE.search(sentence, 0, m.start()) else None
        if advice and advice.end() < subj[1]:
            # "Avoid spicy food, which can trigger reflux", "cut down on caffeine and alcohol, which irritate the bladder":
            # what the advice is against is the cause, each thing named
            parts = coordinated(sentence, (advice.end(), subj[1]), cues, known)
            subj, extras = parts[-1], extras + parts[:-1]
        elif subj is not None and advice is None and _WHICH_BEFORE_ADVICE.search(sentence, 0, m.start()):
            listed = _advised_list(sentence, subj, cues, known)  # "cut down on alcohol, caffeine and spicy food, which can ..."
            if listed:
                subj, extras = listed[-1], extras + listed[:-1]
        aside = _aside_examples(sentence, m.start(), cues, known) if subj is not None and not is_pronoun(sentence, subj, cues) else []
        if aside and head_examples(sentence, m.start(), cues, known):
            aside = []  # the examples are among the subjects already
        if len(aside) == 1:
            aside = _verb_series(sentence, aside[0], cues) or aside  # "such as cheese and chocolate": each
        if aside and (is_generic(sentence, subj, cues) or _VAGUE_BEFORE.search(sentence, 0, subj[0])):
            subj, extras = aside[-1], extras + aside[:-1]  # "Some foods, such as cheese and chocolate, can trigger ...": the examples
        else:
            extras += aside
        from_main = False  # the subject is the sentence's, shared with a verb before this one
        if (subj is not None and not _coordinated_verb_end(sentence[subj[0] : subj[1]]) and _if_state(sentence, m.start(), cues) is None
                and _COORDINATED_BEFORE.search(sentence, 0, m.start())):
            # "Benzoyl peroxide kills bacteria and does not cause resistance": the verb is coordinated with one before it
            read = subj
            subj = _coordinated_subject(sentence, m.start(), subj, cues)
            from_main = subj is not None and subj != read
        if subj is not None and _coordinated_verb_end(sentence[subj[0] : subj[1]]):
            main = _main_subject(sentence, cues)  # "the nerve root ... does not recover and continues to be a source of pain"
            subj = main if main is not None and main[1] <= subj[0] and not is_generic(sentence, main, cues) else None
            from_main = subj is not None
        they = re.search(r",\s*(?:and|but|yet|so)\s+they\s+(?:(?:also|often|can|may|might|could|will|sometimes)\s+)*$", sentence[: m.start()], re.I)
        anaphora = ""
        if they and (subj is None or is_pronoun(sentence, subj, cues)):
            first = sentence_subject(sentence, cues)  # "Steroid injections can calm pain, but they may weaken the tendon"
            if first is not None and first[1] < they.start() and not is_condition(sentence[first[0] : first[1]], cues, condition) and not is_generic(sentence, first, cues):
                subj, anaphora = first, ANAPHORA
        state = _if_state(sentence, m.start(), cues)
        if state is not None and subj is not None and subj[0] > state[1]:
            subj = state  # "If the ligaments are loose, the vertebrae can cause compression": the loose ligaments
        head = _participle_head(sentence, m.start(), cues) if not RELATIVE.search(sentence, 0, m.start()) else None
        if head is not None and subj is not None and subj[1] > head[1]:
            subj = head  # "the nerve injury caused by the disorder that led to surgery may cause pain": the injury
        clause = _clause_cause(sentence, m.start(), cues) if subj is None or is_pronoun(sentence, subj, cues) else None
        if clause is not None:
            subj = clause  # "Do not take painkillers every day, as this can cause headaches": taking them
        prev = [x for x in matches if subj is not None and subj != head and subj[0] <= x.start() and x.end() <= m.start()]
        shared = bool(prev) and _COORDINATED_BEFORE.search(sentence, prev[-1].end(), m.start()) is not None and not re.search(
            r"[,;:()]", sentence[prev[-1].end() : m.start()])
        if shared:
            # "Smoking causes a cough and may lead to lung cancer": the verbs share the subject before the first
            subj = trim(sentence, (subj[0], prev[-1].start()), cues) if prev[-1].start() > subj[0] else None
            listed = _earlier_subjects(out, subj, prev[-1].start()) if subj is not None else []
            if listed:
                subj, extras = listed[-1], extras + listed[:-1]  # "Tight underwear and perfumed soaps irritate ... and make": each
        elif prev:
            subj = trim(sentence, (prev[-1].end(), subj[1]), cues)  # "X leads to Y resulting in Z": Y causes Z
        if subj is not None and sentence[subj[0] : subj[1]].split()[0].lower() in cues.lower_sets["prepositions"]:
            continue  # "In the pivotal trials that led to its approval": no subject
        denial = re.search(r"\s+(?:doesn|don|didn|won|can)['\u2019]t$|\s+cannot$", sentence[subj[0] : subj[1]], re.I) if subj is not None else None
        if denial:
            subj = trim(sentence, (subj[0], subj[0] + denial.start()), cues)  # "Stress doesn't cause ulcers": stress
        if subj is not None and not shared and not from_main and _verb_for_subject(sentence, subj, m.start()):
            # "the virus reactivates and inflames the nerve", "or starts to damage the lining": a verb, no subject; "The
            # parasite multiplies and damages the gut": the words before the first verb
            if len(sentence[subj[0] : subj[1]].split()) == 1:
                continue
            subj = trim(sentence, (subj[0], subj[0] + sentence[subj[0] : subj[1]].rstrip().rfind(" ")), cues)
            if subj is None:
                continue
        subj = _predicate_list_subject(sentence, subj, m.start(), cues)
        if subj is not None and _BEFORE_VERB.fullmatch(verb) and finding_word(sentence[subj[0] : subj[1]], cues):
            continue  # "The itching usually comes before the rash": the order of the symptoms, no cause
        if subj is not None and _imperative_subject(sentence, subj):
            continue  # "Avoid triggers like spicy food": "triggers" is the noun the advice names, no verb with a subject
        if (subj is not None and re.search(r"involved\s+in$", verb, re.I)
                and sentence[subj[0] : subj[1]].lower().split()[-1] in cues.lower_sets["body_sites"]):
            continue  # "The big toe is involved in half of first attacks": where it strikes, no cause
        if _LESS_AFTER.match(sentence, m.end()) and (re.search(r"(?<![\w-])than(?![\w-])", sentence[m.end() :], re.I) or (
                subj is not None and any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[subj[0] : subj[1]].lower())))):
            continue  # "Keyhole repair causes less pain than open repair": a benefit compared, no harm caused
        predicate = subj
        subj = _copular_subject(sentence, subj, cues)
        if subj is not None and predicate is not None and subj != predicate:
            # "Smoking, obesity and diabetes were the factors most strongly associated with amputation": each subject
            listed = _left_subjects(sentence, subj[1] + len(sentence[subj[1] :]) - len(sentence[subj[1] :].lstrip()), cues, known)
            if len(listed) > 1 and listed[-1][1] >= subj[1] - 1:
                subj, extras = listed[-1], extras + listed[:-1]
        examples = _examples_of(sentence, subj, m.end(), cues, known)
        if examples:
            # "Many medicines can cause dizziness, including sedatives": the examples are the causes
            effect = right_phrase(sentence, m.end(), cues, stop=examples[0])
            for item in examples[1]:
                out.append(RelationMention("cause", item, effect, relation, f"cause:{verb.lower()}", (m.start(), item[1])))
            continue
        if (subj is None and re.sub(r"\s+", " ", verb.lower()) in {p.lower() for p in cues.participial_causes}
                and sentence[: m.start()].rstrip().endswith(",")):
            subj = sentence_subject(sentence, cues)  # "Scar tissue can wrap around nerve roots, leading to ..."
            wider = [x.subject for x in out if x.kind == "cause" and subj is not None and x.subject[0] == subj[0] and x.subject[1] > subj[1]]
            subj = wider[0] if wider else subj  # "Repeated gripping, twisting and lifting puts strain on the tendon, causing tears"
        if (subj is not None and re.sub(r"\s+", " ", verb.lower()) in {p.lower() for p in cues.participial_causes}
                and sentence[: m.start()].rstrip().endswith(",")):
            subj = _condition_before_verb(sentence, subj, cues, condition) or subj  # "The disease attacks the joints,
            # causing pain and stiffness": the disease, and its symptoms
        colon = _COLON_EXAMPLES.match(sentence, m.end())
        vague = [x for x in sorted(extras + ([subj] if subj is not None else []))
                 if _VAGUE_BEFORE.search(sentence, 0, x[0]) or is_generic(sentence, x, cues) or _VAGUE_FIRST_WORD.match(sentence, x[0])]
        named = sorted(extras + ([subj] if subj is not None else []))
        if colon is not None and vague and vague[0] == named[0]:  # "Certain medicines and recreational drugs": the first is vague
            # "Certain medicines and recreational drugs can trigger attacks: decongestants, stimulants and cocaine": a vague
            # class of causes named, then its examples after the colon, which are the causes (CLAIMS_SPEC.md)
            effect = trim(sentence, colon.span("obj"), cues)
            if effect is not None and re.match(r"(?:it|them|this)(?![\w-])", sentence[effect[0] : effect[1]], re.IGNORECASE):
                effect = None  # "can cause it too:": the page's condition, left implicit
            for item in list_items(sentence, (colon.end(), list_end_at(sentence, colon.end())), cues, known):
                if not (is_generic(sentence, item, cues) or is_pronoun(sentence, item, cues)):
                    out.append(RelationMention("cause", item, effect, relation, f"cause:{verb.lower()}", (m.start(), item[1])))
            continue
        obj_region = right_phrase(sentence, m.end(), cues, limit=cues.max_item_words * 3)
        naming = _NAMING_OBJECT.match(sentence, m.end())
        if naming and (naming.group("diagnosis") or (subj is not None and set(re.findall(r"[a-z]+", sentence[subj[0] : subj[1]].lower()))
                                                     & cues.lower_sets["symptom_finding_nouns"])):
            continue  # "the pain persists, resulting in a condition called X": the symptom names X, it does not cause it
        if obj_region is None:
            pron = _factor_pronoun_before(sentence, m.start()) if subj is None or is_pronoun(sentence, subj, cues) else None
            if pron is not None and relation == "causes" and _aggravating_pronoun(sentence, pron, m.end(), [], cues):
                # "Cut down on caffeine. It can trigger it", "as these can bring it on": the pronoun names what sets it off
                out.append(RelationMention("cause", pron, None, relation, f"cause:{verb.lower()}", (pron[0], m.end())))
                continue
            if (subj is not None and not is_pronoun(sentence, subj, cues) and relation in ("causes", "associated_with")
                    and (_IT_OBJECT.match(sentence, m.end()) or (_BLAME.search(verb) and _CLAUSE_END.match(sentence, m.end()))
                         or (_BLAMED.search(verb) and _BLAMED_END.match(sentence, m.end())))
                    and (relation == "associated_with" or extras or not is_condition(sentence[subj[0] : subj[1]], cues, condition))
                    and not is_generic(sentence, subj, cues) and not _figure_in_head(sentence, subj, cues)
                    and sentence[subj[0] : subj[1]].lower().split()[-1] not in cues.lower_sets["agent_words"]
                    and not _bare_verb_subject(sentence[subj[0] : subj[1]])):  # "anything you know sets it off": "know" is no cause
                # "Certain foods can trigger it": a cause of the page's condition, left implicit ("Heavy drinking and a
                # poor diet can cause it": each)
                if extras and _WITH_BETWEEN.match(sentence, extras[-1][1], subj[0]):
                    subj, extras = (extras[-1][0], subj[1]), extras[:-1]  # "Footwear with a narrow toe box and a high heel": one
                for sj in [x for x in extras if not is_generic(sentence, x, cues)] + [subj]:
                    out.append(RelationMention("cause", sj, None, relation, f"cause:{verb.lower()}", (sj[0], m.end())))
            continue
        if (sentence[obj_region[0] : obj_region[1]].split()[0].lower() in cues.lower_sets["prepositions"]
                and not re.search(r"(?:to|for|of|in|on)$", verb, re.I) and not _HEDGED_SHARE.match(sentence, obj_region[0])):
            continue  # "Symptoms may worsen at night": the verb has no object, it names no cause
        series = _NEXT_VERB_OF_SERIES.search(sentence, m.end(), list_end_at(sentence, m.end()))
        obj_end = series.start() if series else list_end_at(sentence, m.end())  # "cause tiredness, make your skin dry": tiredness
        objs = list_items(sentence, (m.end(), obj_end), cues, known) or [obj_region]
        objs = [o for o in objs if not _NONE_OF.match(sentence[o[0] : o[1]])  # "the stones cause no symptoms at all"
                and not re.fullmatch(r"(?:any\s+)?(?:symptoms|problems|signs)", sentence[o[0] : o[1]], re.I)]  # "are not causing symptoms"
        if not objs:
            continue
        if relation == "associated_with" and _FOLLOWED_BY.search(sentence, m.end(), list_end_at(sentence, m.end())):
            objs = _sequence_items(sentence, m.end(), list_end_at(sentence, m.end()), cues, known) or objs
        if relation == "associated_with":
            objs = [part for o in objs for part in coordinated(sentence, o, cues, known)]  # "with depression and anxiety": two
        if relation == "risk_factor" and any(_good_outcome(sentence, o, cues) for o in objs):
            continue  # "Regular exercise increases your chances of a full recovery": a benefit
        burden = [o for o in objs if _burden(sentence, o, cues) or re.search(r"(?<![\w-])cases?$", sentence[o[0] : o[1]], re.I)]
        if subj is not None and _SERIES_VERB.match(sentence, subj[0]) and PRONOUN_VERB_SERIES.match(sentence[: m.start()]):
            subj = None  # "It can cause tiredness, make your skin dry and lead to weight gain": the pronoun leads to it
        pron = _PRONOUN_BEFORE.search(sentence, 0, m.start()) if subj is None or is_pronoun(sentence, subj, cues) else None
        if pron and (burden or relation == "associated_with"):
            # "It is one of the biggest causes of disability", "..., and it is linked to heart disease and stroke":
            # the page's condition, named by a pronoun, is the cause of the burden or associated with the conditions
            hedged = not burden and _HEDGED_LINK.search(sentence[pron.end("p") : m.end()])
            for o in burden or objs:
                if not burden and _STATE_PREDICATE.match(sentence, o[0], o[1]):
                    continue  # "associated with sexual activity and uncommon in women who ...": a second predicate, no argument
                exposure = not burden and _exposure_of_pronoun(sentence, o, cues)
                if hedged or exposure:
                    # "It is thought to be linked to a build-up of fluid" (a supposed link), "They may be linked to irritation or
                    # wear of the joint" (an exposure or a process, which comes first): the cause of the condition named by the
                    # pronoun, as "Lung cancer is associated with smoking" (CLAIMS_SPEC.md, session 17)
                    for part in (_exposure_parts(sentence, o, cues) if exposure else [o]):
                        out.append(RelationMention("cause", part, pron.span("p"), relation, f"cause<:{verb.lower()}", (pron.start("p"), part[1])))
                    continue
                out.append(RelationMention("cause", pron.span("p"), o, relation, f"cause:{verb.lower()}", (pron.start("p"), o[1])))
            continue
        if (relation == "associated_with" and not burden and subj is not None and objs and not is_pronoun(sentence, subj, cues)
                and is_condition(sentence[subj[0] : subj[1]], cues, condition)
                and all(_exposure_of_pronoun(sentence, o, cues) and not _STATE_PREDICATE.match(sentence, o[0], o[1]) for o in objs)):
            # "Tinnitus can also be linked to stress and high blood pressure": exposures come before the condition they are
            # linked to, its causes (CLAIMS_SPEC.md, session 17), as when a pronoun names the condition
            for o in objs:
                for part in _exposure_parts(sentence, o, cues):
                    out.append(RelationMention("cause", part, subj, relation, f"cause<:{verb.lower()}", (subj[0], part[1])))
            continue
        if burden and subj is not None and is_condition(sentence[subj[0] : subj[1]], cues, condition):
            # "Heart disease is a leading cause of death": a burden, not a symptom (what else it causes is one)
            out.append(RelationMention("cause", subj, burden[0], relation, f"cause:{verb.lower()}", (subj[0], burden[0][1])))
            objs = [o for o in objs if o not in burden]
            if not objs:
                continue
        pron = _factor_pronoun_before(sentence, m.start()) if subj is None or is_pronoun(sentence, subj, cues) else None
        if pron is not None and relation == "causes" and _aggravating_pronoun(sentence, pron, m.end(), objs, cues):
            # "Cut down on caffeine. It can trigger attacks in some people": the pronoun names what sets off the
            # condition's attacks (the condition does not trigger its own attacks)
            for o in objs:
                out.append(RelationMention("cause", pron, o, relation, f"cause:{verb.lower()}", (pron[0], o[1])))
            continue
        # (read in the whole sentence: the reason's opening blanks the advice before it)
        reason = _ADVICE_REASON.search(whole, 0, m.start()) if subj is None or is_pronoun(sentence, subj, cues) else None
        if reason is not None and relation in ("causes", "risk_factor") and _ADVICE_AGAINST.search(whole, 0, reason.start()):
            # "Do not use decongestant sprays for more than a week, because they can cause rebound congestion": the things
            # advised against, named by the pronoun as written (CLAIMS_SPEC.md), cause what the reason says; one claim
            p = reason.span("p")
            out.append(RelationMention("cause", p, (objs[0][0], objs[-1][1]), relation, f"cause:{verb.lower()}", (p[0], objs[-1][1])))
            continue
        if subj is None or is_pronoun(sentence, subj, cues):
            another = re.match(r"\s*(?:this|that)\s*$", sentence[: m.start()], re.I) and re.search(r"(?<![\w-])another(?![\w-])", verb, re.I)
            findings = _BARE_THIS.match(sentence[: m.start()]) and all(finding_word(sentence[o[0] : o[1]], cues) for o in objs)
            diseases = [o for o in objs if is_condition(sentence[o[0] : o[1]], cues, condition) or disease_like(sentence[o[0] : o[1]], cues)]
            it = re.match(r"\s*(?P<p>it|they)(?![\w'\u2019-])", sentence, re.I)
            if relation == "causes" and diseases and it and _LEADS_TO.fullmatch(verb) and _condition_pronoun(sentence, m.start()):
                # "It can also lead to pelvic inflammatory disease": a complication that is a disease of its own is caused
                # by the page's condition, named by the pronoun (CLAIMS_SPEC.md), not a finding of it
                for o in diseases:
                    out.append(RelationMention("cause", it.span("p"), o, relation, f"cause:{verb.lower()}", (it.start("p"), o[1])))
                objs = [o for o in objs if o not in diseases]
            if relation == "causes" and objs and not another and (_condition_pronoun(sentence, m.start()) or findings
                                                                  or _condition_it_after(sentence, m.start(), cues, condition)) and not any(
                is_condition(sentence[o[0] : o[1]], cues, condition) for o in objs
            ):
                # "It causes tingling, numbness and pain": the page's condition producing symptoms ("This is
                # another common cause of Y" names one more cause, said of the sentence before, not the page's condition)
                for o in condition_symptoms(sentence, m.end(), objs, cues, known, obj_end):
                    out.append(RelationMention("symptom", o, None, None, f"symptom:{verb.lower()}", (m.start(), o[1])))
            continue
        if re.fullmatch(r"(?:(?:some|certain|many|several|various|other|different)\s+)?(?:medical\s+)?(?:conditions|diseases|disorders|illnesses|problems)",
                        sentence[subj[0] : subj[1]], re.IGNORECASE) and (_VAGUE_BEFORE.search(sentence, 0, subj[0]) or " " in sentence[subj[0] : subj[1]]):
            for o in objs:  # "Some medical conditions can cause tinnitus": a vague class of causes stays a cause ("Other
                # conditions can also weaken the heart": no condition named, so no symptom, and no effect named)
                if sentence[o[0] : o[1]].lower().split()[-1] not in cues.lower_sets["body_sites"]:
                    out.append(RelationMention("cause", subj, o, relation, f"cause:{verb.lower()}", (subj[0], o[1])))
            continue
        wide = relative_subject(sentence, subj, cues, condition) if relation == "causes" else subj
        defined = copula_subject(sentence, subj, cues) if relation == "causes" else subj
        unnamed = bool(objs) and all(_UNNAMED_SYMPTOMS.match(sentence, o[0], o[1]) for o in objs)
        onset = unnamed and all(re.match(r"(?:(?:the|their|its|your)\s+)?(?:onset|start|development|appearance)\s+of", sentence[o[0] : o[1]], re.I)
                                for o in objs)
        if unnamed and relation == "causes" and (wide != subj or defined != subj
                                                 or (not onset and is_condition(sentence[subj[0] : subj[1]], cues, condition))):
            continue  # "Carpal tunnel syndrome is a condition that causes symptoms in the hand": no finding, no cause
        # "Diabetes, kidney disease and some medicines can all cause itching": several named things that all produce one
        # effect are its causes, not conditions with their symptoms
        several = bool(extras) and re.search(r"(?<![\w-])all(?![\w-])", sentence[subj[1] : m.start("verb")], re.IGNORECASE) is not None
        if relation == "causes" and not unnamed and not several and (
                                     wide != subj or is_condition(sentence[subj[0] : subj[1]], cues, condition)
                                     # "Epilepsy is a disorder of the brain that causes repeated seizures": what the
                                     # page's condition, so defined, causes are its symptoms
                                     or (defined != subj and is_condition(sentence[defined[0] : defined[1]], cues, condition))
                                     # "psoriatic arthritis, which causes joint pain": a complication named as a disease
                                     # produces findings (symptoms) as the page's condition does
                                     or (disease_like(sentence[subj[0] : subj[1]], cues) and _NOMINAL_CAUSE.search(verb) is None
                                         and all(finding_word(sentence[o[0] : o[1]], cues) and not disease_like(sentence[o[0] : o[1]], cues)
                                                 and not _burden(sentence, o, cues) for o in objs))):
            # "Carpal tunnel syndrome is a common condition that causes tingling": symptoms of it
            subj = wide  # "A stone that moves into the ureter causes pain": the condition with its clause
            named = copula_subject(sentence, subj, cues)  # "Gout is a common condition that causes ...": Gout
            # what it causes that is a disease of its own is caused ("can trigger pancreatitis"); after a predicate noun
            # ("Hashimoto's disease is the most common cause of an underactive thyroid"), all but findings are
            nominal = _NOMINAL_CAUSE.search(verb) is not None
            found = condition_symptoms(sentence, m.end(), objs, cues, known, obj_end)
            # (not a trial's arm: "thymectomy plus prednisone in MG led to lower scores" names an intervention)
            leads = _LEADS_TO.fullmatch(verb) is not None and not _LEADS_RELATIVE.search(sentence, 0, m.start()) and not any(
                intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[subj[0] : subj[1]].lower()))
            diseases = [o for o in dict.fromkeys(found + objs) if disease_like(sentence[o[0] : o[1]], cues) or _burden(sentence, o, cues)
                        or _complication_named(sentence, o, cues)
                        # "can lead to pneumonia", "can lead to a chronic sinus": not a finding ("can lead to chest pain"),
                        # an outcome or an intervention ("led to the amputation")
                        or (leads and not finding_word(sentence[o[0] : o[1]], cues) and not is_outcome(sentence, o, cues))
                        or _EPISODE_OBJECT.fullmatch(sentence[o[0] : o[1]]) is not None  # "A cold often comes before an attack"
                        or (nominal and not finding_word(sentence[o[0] : o[1]], cues) and len(sentence[o[0] : o[1]].split()) <= 5
                            and not is_clause(sentence[o[0] : o[1]], cues))]
            diseases = [d for d in diseases if not any(d != x and x[0] <= d[0] and d[1] <= x[1] for x in diseases)]
            for o in diseases:  # "A stone in the pancreas duct can trigger pancreatitis": a complication, caused; "a
                # leading cause of disability": a burden on people, caused
                out.append(RelationMention("cause", named, o, relation, f"cause:{verb.lower()}", (named[0], o[1])))
            for o in found:
                if any(d[1] <= o[0] and re.fullmatch(r"\s*,\s*(?:an?\s+)?", sentence[d[1] : o[0]], re.I) for d in diseases):
                    continue  # "can lead to esophagitis, an inflammation of the lining": the complication's definition
                if _HARM_VERB.search(verb) and sentence[o[0] : o[1]].lower().split()[-1] in cues.lower_sets["body_sites"]:
                    continue  # "Lyme disease can damage the facial nerve": a body part alone is no symptom
                if not is_outcome(sentence, o, cues) and not any(o[0] < d[1] and d[0] < o[1] for d in diseases):
                    out.append(RelationMention("symptom", o, named, None, f"symptom:{verb.lower()}", (named[0], o[1])))
            continue
        stats = _stat_subjects(sentence, subj, m.start(), cues, known)
        if stats:
            subj, extras = stats[-1], stats[:-1]  # "smoking (HR 1.9) and diabetes (HR 2.4) predicted amputation"
        if is_generic(sentence, subj, cues) or (clause is None and _figure_in_head(sentence, subj, cues)):
            continue  # "A variety of factors may cause ...", "a 50% reduction led to ..."
        for sj in extras + [subj]:
            # (not "X was the factor most strongly associated with Y": a predictor named as such)
            # (not "Hypertension, dyslipidaemia and kidney disease were associated with PAD": several subjects of one
            # association are the factors, whatever they name)
            effect = (relation == "associated_with" and not extras and predicate == subj
                      and not re.search(r"implicated", verb, re.I)  # "X has been implicated in Y": X, whatever it names
                      and _effect_like(sentence[sj[0] : sj[1]], cues, condition))
            for o in objs:
                outcome = set(re.findall(r"[a-z]+", sentence[o[0] : o[1]].lower())) & cues.lower_sets["time_anchor_outcomes"]
                if effect and not outcome and not _effect_like(sentence[o[0] : o[1]], cues, condition):
                    # "Lung cancer is strongly associated with smoking": the condition is the effect, the exposure its cause
                    out.append(RelationMention("cause", o, sj, relation, f"cause<:{verb.lower()}", (sj[0], o[1])))
                else:
                    out.append(RelationMention("cause", sj, o, relation, f"cause:{verb.lower()}{anaphora}", (min(sj[0], o[0]), max(sj[1], o[1]))))
    for m in c.cause_bwd.finditer(sentence):
        verb = m.group("verb")
        if _FRONTED_IF.match(sentence) and "," in sentence[m.end() :] and "," not in sentence[: m.start()]:
            continue  # "If your heart failure is caused by a faulty valve, you may be offered ...": the situation of advice
        reason = _REASON_VERB.search(verb) is not None  # "because of", "due to": a reason follows
        if reason and _NOTICED.search(sentence, 0, m.start()):
            continue  # "Some people notice they put on weight quickly because of the extra fluid": why a sign shows, no cause
        if reason and _harm_reason(sentence, m.end(), cues):
            continue  # "Verapamil should not be combined with a beta-blocker because of the risk of bradycardia": a harm to avoid
        if reason and _appraisal(sentence, m.start(), cues):
            continue  # "Five trials were at high risk of bias, mainly because of unblinded outcome assessment": a flaw of studies
        hedge = _HEDGED_PASSIVE.search(sentence, 0, m.start()) or _OCCURS_BEFORE.search(sentence, 0, m.start())
        effect = left_phrase(sentence, hedge.start() if hedge else m.start(), cues)  # "X is thought to be caused by": X
        words_before = re.findall(r"[A-Za-z'-]+", sentence[: m.start()])
        if re.search(r"(?<![\w-])follows?$", verb, re.IGNORECASE) and words_before and (
                words_before[-1].lower() in _FOLLOWERS | cues.lower_sets["kin_nouns"] | {w.lower() for w in cues.person_nouns}):
            continue  # "You can also follow our advice": a person follows advice; a condition follows what sets it off
        if re.search(r"because$", verb, re.IGNORECASE):
            causes = _because_clause(sentence, m.end(), cues)  # "can occur because the patient was not a good candidate"
        elif re.search(r"(?<![\w-])if$", verb, re.IGNORECASE):
            causes = _if_clauses(sentence, m.end(), list_end_at(sentence, m.end()), cues)  # "happens if you lift too much"
        elif re.search(r"(?<![\w-])when$", verb, re.IGNORECASE) and not _EXAMPLES_ASIDE.match(sentence, m.end()):
            causes = _when_clauses(sentence, m.end(), cues)  # "happens when the nerve, which ..., becomes swollen", "or when ..."
            # "Attacks often happen when you are cold or stressed": the reader's states, each a cause, as after "if you"
            causes = [x for cl in causes for x in (_experiencer_conditions(sentence, cl, cues, known) or [cl])]
            if not causes:  # no clause read: the noun phrases after "when", as a list
                end = list_end_at(sentence, m.end())
                relative = re.compile(r"\s(?:that|which|who)\s", re.I).search(sentence, m.end(), end)
                causes = _cause_items(sentence, m.end(), relative.start() if relative else end, cues, known)
        else:
            end = _list_break(sentence, m.end(), list_end_at(sentence, m.end()), cues)
            second = _EFFECT_NEXT_PREDICATE.search(sentence, m.end(), end)
            if second:  # "is an uncommon complication of tonsillitis and affects about 1 in 10,000 people": the effect's next predicate
                end = second.start()
            if verb.lower().endswith(" by"):
                # "brought on by exertion and relieved by rest", "triggered by sunlight and fades within days": a second
                # predicate of the effect ends the causes
                for second in _AND_PREDICATE_AFTER_BY.finditer(sentence, m.end(), end):
                    w = second.group("v").lower()
                    stems = [w[:-1], w[:-2], w[:-3] + "y"] if w.endswith(("s", "ed")) else [w]  # "settles", "relieved", "improve"
                    if any(is_base_verb(x) for x in stems) and not (w == stems[0] and is_noun(w)):
                        end = second.start()
                        break
            if verb.lower().endswith(" by") and re.search(r",\s*$", sentence[: m.start()]):
                # "Hypercalcaemia, caused by X, can cause thirst": the apposition ends where the sentence's predicate resumes
                resumes = _PREDICATE_RESUMES.search(sentence, m.end(), end)
                if resumes:
                    end = resumes.start()
                    effect = effect or left_phrase(sentence, sentence.rindex(",", 0, m.start()), cues)
            relative = re.compile(r"\s(?:that|which|who)\s", re.I).search(sentence, m.end(), end)
            causes = _cause_items(sentence, m.end(), relative.start() if relative else end, cues, known)  # "viruses that infect the nose, throat ..."
            causes = gerund_objects(sentence, causes)  # "by sharing towels, bedding or toys": one way it spreads
            # "..., whatever you may have heard": a concessive clause, no cause
            causes = [x for x in causes if not re.match(r"(?:whatever|whichever|however|whoever|wherever)(?![\w-])", sentence[x[0] : x[1]], re.I)]
            resumed = re.compile(r",\s+(?=(?:the|a|an)\s)", re.I).search(sentence, relative.end(), end) if relative else None
            if relative and resumed is None and _SPREAD.match(verb):
                # "catch it through close contact with someone who has it, by touching surfaces, or by eating ...": the next way
                resumed = re.compile(r",\s+(?=(?:(?:and|or)\s+)?(?:by|from|through|via)\s)", re.I).search(sentence, relative.end(), end)
            if resumed:
                causes += _cause_items(sentence, resumed.end(), end, cues, known)  # "X that were active before, the abnormal motion of Y"
            causes += _most_often_causes(sentence, causes[-1][1] if causes else end, cues, known)
        if _ONSET_AFTER.search(verb) and effect is not None and (finding_word(sentence[effect[0] : effect[1]], cues)
                                                                 or sentence[effect[0] : effect[1]].lower().split()[-1] == "symptoms"):
            continue  # "The pain usually starts after a fatty meal": when a symptom comes on, not a cause of the condition
        fronted = _fronted_reason(sentence, m, cues, known)
        if fronted is not None:
            causes, effect = fronted  # "Because of the swelling in the joint, the cartilage wears down"
        if not causes:
            continue
        if effect is not None and (is_pronoun(sentence, effect, cues)
                                   or sentence[effect[0] : effect[1]].lower().split()[-1] in {w.lower() for w in cues.symptom_experiencers}):
            effect = None  # "Most people catch it from an infected person": who catches it is no effect
        before = sentence[: m.start()].rstrip()
        if effect is None and before and before[-1] in _DASHES:
            effect = left_phrase(sentence, len(before) - 1, cues)  # "A weak immune system — because of A or B —"
        if effect is not None and (_quantity(sentence, effect) or _stopping(sentence, effect, cues)):
            continue  # "fewer than 3% stopped because of side effects": why a treatment stopped
        if effect is None and _stopping(sentence, (max(0, sentence.rfind(",", 0, m.start()) - 40), m.start()), cues):
            continue  # "6 in 10 stop within six months, mostly because of side effects"
        if reason and _REASON_OF.search(_since_clause_mark(sentence, m.start())):
            continue  # "We do not recommend alcohol, because of the risk of dependence", "prevalence is rising, largely because
            # of better recognition": the reason of advice or of a figure, no cause of the condition
        if re.match(r"results?(?![\w-])", verb, re.I) and _NOUN_BEFORE.search(sentence, 0, m.start()):
            continue  # "better results from their own patients": the noun "results"
        rises = [x.span() for x in _cause_res(cues).rises.finditer(sentence)]
        if re.fullmatch(r"spread\s+in", verb, re.I) and not re.search(r"(?<![\w-])(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", sentence[: m.start("verb")], re.I):
            continue  # "is spread in coughs and sneezes", not "the rash spread in a few days": the passive alone says how it is caught
        for s in causes:
            s = _problem_with(sentence, s, cues)  # "caused by a problem with the inner ear": the problem of that part
            if is_generic(sentence, s, cues) or _quantity(sentence, s) or _KIND_OF_CAUSE.match(sentence, s[0]) or any(a < s[1] and s[0] < b for a, b in rises):
                continue
            by = re.match(r"by\s+(?:(?:a|an|the)\s+)?(?=\S)", sentence[s[0] : s[1]], re.I) if verb.lower().endswith("by") else None
            if _SPREAD.match(verb) or re.match(r"passed\s+on", verb, re.I):
                # "spread through hand-to-eye contact, and by sharing towels", "or from contaminated surfaces": each way
                by = re.match(r"(?:(?:and|or)\s+)?(?:by|through|via|from|in|with)\s+(?:(?:a|an|the)\s+)?(?=\S)", sentence[s[0] : s[1]], re.I)
                if re.match(r"(?:so|which|that|but)(?![\w-])", sentence[s[0] : s[1]], re.I):
                    continue  # ", so good hygiene matters": a consequence, no way it spreads
            if by:
                s = (s[0] + by.end(), s[1])  # "caused by an infection or by taking NSAIDs": taking NSAIDs
            if (sentence[s[0] : s[1]].split()[0].lower() in cues.lower_sets["prepositions"] | _SUBORDINATORS
                    and not re.search(r"(?:because|when|if)$", verb, re.I)):
                continue  # "as a result of X, if one can be found and in cases of Y": a condition, not a cause
            if _SPREAD.match(verb) and _WITHIN_BODY.search(sentence[s[0] : s[1]]):
                continue  # "if the infection spreads through the blood": a way within the body, no way to people
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
        causes = _cause_items(sentence, m.end(), list_end_at(sentence, m.end()), cues, known)
        if causes and sentence[causes[0][0] : causes[0][1]].split()[0].lower() in _UNKNOWN:
            continue  # "The cause is unknown"
        for s_ in causes:
            if not (is_generic(sentence, s_, cues) or _has_figure(sentence, s_)):
                out.append(RelationMention("cause", s_, effect, "causes", "cause<:cause is", (m.start(), s_[1])))
    for m in _MORE_LIKELY.finditer(sentence):
        # "Women are 3 times more likely than men to develop it": a risk factor, left of the verb
        if not risk_outcome(cues).match(sentence, m.end()):
            continue  # "night-time symptoms are more likely to persist": no risk of getting anything
        if _identity_after_likely(sentence, m.end()):
            continue  # "A lump that grows quickly is more likely to be cancer", "... to be caused by": what it is, or its cause
        subj = left_phrase(sentence, m.start(), cues)
        if subj is not None and _TREATED_GROUP.search(sentence, subj[0], m.start()):
            continue  # "women who received PFMT were eight times more likely to report cure": a trial arm, no risk factor
        who = subj and _WHO_WITH.match(sentence, subj[0])
        if who and who.end() < subj[1]:
            subj = (who.end(), subj[1])  # "Patients with diabetes were twice as likely": diabetes
        groups = _group_list(sentence, m.start(), cues, known)  # "Younger patients, people who ... are more likely": each group
        if not groups and subj is not None and not is_pronoun(sentence, subj, cues) and not is_generic(sentence, subj, cues):
            groups = [subj]
        for g in groups:
            out.append(RelationMention("cause", g, None, "risk_factor", "risk:more likely", (g[0], m.end())))

    for m in _MORE_COMMON_IN.finditer(sentence):
        effect = left_phrase(sentence, m.start(), cues)
        if effect is not None and is_pronoun(sentence, effect, cues):
            effect = None
        for s in list_items(sentence, (m.end(), list_end_at(sentence, m.end())), cues, known)[:1]:
            having = _PEOPLE_HAVING.match(sentence, s[0])
            if having and having.end() < list_end_at(sentence, m.end()):
                s = next(iter(list_items(sentence, (having.end(), list_end_at(sentence, having.end())), cues, known)), s)  # "in people with diabetes": diabetes
            verb = _AND_VERB.search(sentence, s[0], s[1])
            s = (s[0], verb.start()) if verb and verb.start() > s[0] else s  # "in older people and sometimes starts after ..."
            other = re.search(r"\s+(?:as|than)\s+(?:in|among)\s", sentence[s[0] : s[1]], re.I)
            s = (s[0], s[0] + other.start()) if other and other.start() > 0 else s  # "twice as common in women as in men": women
            if not _body_site(sentence, m.end(), s, cues):
                out.append(RelationMention("cause", s, effect, "risk_factor", "risk<:more common in", (m.start(), s[1])))
    for m in c.risk_bwd.finditer(sentence):
        effect = left_phrase(sentence, m.start(), cues)
        if re.sub(r"\s+", " ", m.group("verb").lower()) not in _risk_backward_set(cues) and (
            re.search(r"(?<![\w-])(?:which|that|who)\s+$", sentence[: m.start()], re.I)
            or (effect is not None and len(named := list_items(sentence, effect, cues, known)) > 1
                and any(finding_word(sentence[a:b], cues) for a, b in named))
        ):
            continue  # "arteries, which are common in diabetes", "Fatigue and low mood are common in men with ...": no risk group
        if effect is not None and is_pronoun(sentence, effect, cues):
            effect = None
        if re.search(r"(?<![\w-])as$", m.group("verb"), re.IGNORECASE):
            # "becomes more common as you get older": the change of the people named is the risk; "as a side effect" names none
            who = _EXPERIENCER.match(sentence, m.end())
            items = _if_clauses(sentence, m.end(), list_end_at(sentence, m.end()), cues) if who and who.group().strip() else []
        elif re.search(r"(?:if|when)$", m.group("verb"), re.IGNORECASE):
            items = _if_clauses(sentence, m.end(), list_end_at(sentence, m.end()), cues)  # "more likely if you smoke"
        else:
            items = []
            pos, end = m.end(), list_end_at(sentence, m.end())
            aside = _GROUP_ASIDE.search(sentence, pos, end)
            if aside is not None:
                end = aside.start()  # "most frequent in people of X, with an annual incidence of ...": the group ends at the comma
            # "more common in women and in people with fair skin": each "in" opens a group of its own
            for part in list(_AND_IN.finditer(sentence, pos, end)) + [None]:
                stop = part.start() if part else end
                lead = re.match(r"(?:in|among)\s+", sentence[pos:stop], re.IGNORECASE)
                items.extend(list_items(sentence, (pos + (lead.end() if lead else 0), stop), cues, known))
                pos = part.end() if part else end
        items = [q for s in items for q in group_pair(sentence, s)]  # "in military recruits and dancers": two groups
        items = kin_run(sentence, items, cues)  # "if you have a parent, brother or sister with glaucoma": one family history
        items = ancestry_run(sentence, items, cues)  # "more common in people of East Asian, West African or Arab descent": one group
        for k, s in enumerate(items):
            verb = _AND_VERB.search(sentence, s[0], s[1])
            s = (s[0], verb.start()) if verb and verb.start() > s[0] else s  # "in older people and sometimes starts after ..."
            if k and _CLAUSE_VERB_AFTER.match(sentence, s[1]):
                continue  # "seen mainly in older people, Dermacure is usually combined with ...": the next clause's subject
            if _TIME_ITEM.fullmatch(sentence, s[0], s[1]):
                continue  # "the risk was highest in the season after ...": when, not who
            clause = _VERB_CLAUSE_ITEM.match(sentence, s[0])
            if clause and is_base_verb(clause.group("v").lower()) and not is_noun(clause.group("w").lower()):
                continue  # "common, especially in children, and usually clears up within a week": a clause of its own
            if _body_site(sentence, m.end(), s, cues):
                continue  # "most common in the lower back": where the condition occurs, not who is at risk
            said = _PEOPLE_DO.match(sentence, s[0], s[1])
            if said and is_base_verb(said.group("v").lower()):
                continue  # "common in teenagers and most young people make a full recovery": a clause of its own
            if condition is not None and condition(sentence[s[0] : s[1]]):
                continue  # "this reaction is common in glandular fever": the page's condition is where it is seen, no risk
            age = _AGE_AFTER.match(sentence, s[1])
            if age and is_generic(sentence, s, cues):
                s = (s[0], age.end())  # "higher in people over 60": the age group
            elif is_generic(sentence, s, cues):
                s = _who_clause(sentence, s, cues)  # "more common in people who smoke": smoke
                if s is None:
                    continue
            out.append(RelationMention("cause", s, effect, "risk_factor", f"risk<:{m.group('verb').lower()}", (m.start(), s[1])))


#: a plural pronoun opening a reason clause right before a causal verb (", because they can", "as these may")
_ADVICE_REASON = re.compile(r",?\s+(?:as|because|since)\s+(?P<p>they|these|those)\s+(?:(?:can|may|might|could|will|often|also|all|both|sometimes)\s+)*$",
                            re.IGNORECASE)
#: advice against before such a reason ("do not", "avoid", "should not be used"): the pronoun names what it advises against
_ADVICE_AGAINST = re.compile(r"(?<![\w-])(?:do\s+not|don['\u2019]t|never|avoid|should\s+not|shouldn['\u2019]t|must\s+not|stop\s+taking|stop\s+using)(?![\w-])",
                             re.IGNORECASE)
#: a verb right after a list item: the item is the subject of a clause of its own, no item
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:is|are|was|were|can|may|might|will|should|has|have|had)(?![\w-])", re.IGNORECASE)
#: a time named after a risk cue ("highest in the first year", "in the season after"): no group
_TIME_ITEM = re.compile(r"(?:the\s+|this\s+|that\s+)?(?:(?:first|second|third|early|initial|following|same)\s+)?"
                        r"(?:season|year|years|month|months|week|weeks|day|days|hours|period|weeks\s+after\s+\w+)(?:\s+(?:after|before|of|following)\s+.*)?",
                        re.IGNORECASE | re.DOTALL)


@per_cue_set
def _risk_backward_set(cues: RelationCues) -> frozenset[str]:
    return frozenset(p.lower() for p in cues.risk_backward)


#: symptoms named by no finding ("the onset of symptoms", "symptoms in some patients"): what a condition-like subject
#: contributes to is then the condition's course, a cause claim ("Viral infections may contribute to the onset of symptoms")
_UNNAMED_SYMPTOMS = re.compile(r"(?:(?:the|their|its|your)\s+)?(?:(?:onset|start|development|appearance)\s+of\s+(?:the\s+)?)?(?:symptoms|signs)"
                               r"(?:\s+(?:in|of|among|for)\s+[^,;:.()]*)?$", re.IGNORECASE)


#: people who follow advice, not conditions that follow what sets them off ("You can also follow our advice")
_FOLLOWERS = frozenset({"you", "we", "i", "patients", "people", "adults", "children", "women", "men", "everyone", "anyone"})


#: a lower risk after an association ("associated with a lower risk of", "linked to a reduced incidence of")
#: a comment after the groups at risk ("..., with an annual incidence of ...", "..., where it affects ..."): no group
_GROUP_ASIDE = re.compile(r",\s+(?:with\s+(?:an?|the|its|their|rates?|incidence|prevalence|figures?)|where|which|whereas|while|accounting|affecting|"
                          r"reaching|rising|although|but)(?![\w-])", re.IGNORECASE)


_LOWER_RISK = re.compile(r"\s+(?:(?:an?\s+|the\s+)?(?:\w+\s+)?(?:lower|reduced|decreased|smaller|diminished)\s+(?:risk|incidence|rate|rates|odds|likelihood|chance)(?![\w-])"
                         # "regular exercise is linked to fewer attacks", "... associated with less frequent flares": fewer of them
                         r"|(?:fewer|less\s+frequent|less\s+severe|milder|shorter)\s+(?:and\s+(?:milder|shorter|less\s+severe)\s+)?[a-z-]+)",
                         re.IGNORECASE)


#: people and a verb of their own ("most young people make a full recovery"): a clause, not a group at risk
_PEOPLE_DO = re.compile(r"(?:(?:most|many|some|all|few|other)\s+)?(?:[\w-]+\s+)?(?:people|children|adults|women|men|patients)\s+(?P<v>[a-z]+)(?=\s)",
                        re.IGNORECASE)


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


#: where the clause after "happens when" ends: a reason or an aside ("..., usually because ...", "... as it passes"),
#: a clause of its own after a semicolon, or the sentence's end
_WHEN_END = re.compile(r",\s*(?:usually|often|mostly|mainly|especially|particularly|typically|which\s+(?:can|may|then|in\s+turn)|and\s+this)\s"
                       r"|\s+(?:as\s+it|as\s+they|because|so\s+that)\s|[;:]|\.(?:\s|$)|$", re.IGNORECASE)


#: a noun with examples in an aside ("bacteria, usually streptococcus or staphylococcus, get in"): the noun and its
#: examples are the causes, read as a list
_EXAMPLES_ASIDE = re.compile(r"\s*(?:(?:the|a|an|your)\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}\s*,\s*(?:usually|often|mostly|mainly|typically|such\s+as|including|like)\s", re.IGNORECASE)


#: what ends a list of causes after a participle ("aggravated by shoes, together with a visible bump ...", "brought on by
#: walking and relieved within minutes by rest", "aggravated by thumb and wrist movement, tenderness and ..."): the
#: finding's companions, a second participle with its own complement, or a comma series after a completed coordination
_COMPANIONS = re.compile(r",\s*(?:together\s+with|along\s+with|with|as\s+well\s+as)\s", re.IGNORECASE)
_SECOND_PARTICIPLE = re.compile(r"\s+(?:and|or|but)\s+(?:(?:is|are|often|usually|then)\s+)?(?P<p>[a-z]+)\s+(?:by|within|with|after|at|on)\s", re.IGNORECASE)


def _list_break(sentence: str, start: int, end: int, cues: RelationCues) -> int:
    """Where the causes a backward verb lists end, at ``end`` at the latest: before the companions of the finding
    the verb's participle describes, before a second participle with a complement of its own, or after a first item
    that is itself a coordination followed by a comma series that goes on with a finding ("thumb and wrist movement,
    tenderness ...": the series is the sentence's findings)."""
    stops = [end]
    comp = _COMPANIONS.search(sentence, start, end)
    if comp:
        stops.append(comp.start())
    second = _SECOND_PARTICIPLE.search(sentence, start, end)
    if second and is_participle(second.group("p")):
        stops.append(second.start())
    first = re.match(r"\s*([^,;]+?\s(?:and|or)\s[^,;]+?)\s*,\s*(?!and\s|or\s)(?P<next>[^,;]+)", sentence[start:end])
    if first and finding_word(first.group("next"), cues):
        stops.append(start + first.end(1))
    return min(stops)


#: a fronted clause saying the condition goes untreated: "Left untreated,", "Without treatment,", "If coeliac disease is
#: not treated,", "If untreated,"; ``cond`` is the condition an if-clause names
_UNTREATED_FRONT = re.compile(
    r"^\W*(?:(?:if\s+)?left\s+untreated|if\s+untreated|untreated|without\s+(?:prompt\s+|proper\s+|any\s+)?(?:treatment|management)"
    r"|if\s+(?:it|they|(?P<cond>[^,;:]{1,50}?))\s+(?:is|are|goes|go)\s+(?:not\s+|left\s+|un)(?:treated|managed|untreated))\s*,\s*",
    re.IGNORECASE,
)
#: harm named by its kind after an untreated condition's verb: "serious problems", "long-term complications"
_UNTREATED_HARM = re.compile(
    r"(?:(?:serious|severe|long-term|lasting|permanent|major|further|other|more)\s+(?:and\s+\w+\s+)?)*(?:problems|complications|harm|damage)",
    re.IGNORECASE,
)
#: the verb of what an untreated condition does, after its subject and modals
_UNTREATED_VERB = re.compile(
    r"\s+(?:(?:can|may|might|could|will|often|also|eventually|sometimes|gradually|permanently|seriously|even)\s+)*"
    r"(?P<verb>raises?|affects?|lead\s+to|leads\s+to|progress\s+to|progresses\s+to|damages?|harm|harms|cause|causes|result\s+in|results\s+in|"
    r"turn\s+into|turns\s+into|develop\s+into|develops\s+into|trigger|triggers|increase\s+(?:the|your)\s+risk\s+of|increases\s+(?:the|your)\s+risk\s+of)"
    r"(?![\w-])\s+",
    re.IGNORECASE,
)


#: "alopecia areata, an autoimmune condition where the immune system attacks the hair follicles", "Vitiligo is an
#: autoimmune disease: the immune system attacks the skin's own pigment cells": the attack the kind is defined by
_IMMUNE_ATTACK = re.compile(
    r"(?P<kind>\s*(?:,\s*|\s+(?:is|was|are)\s+)(?:an?\s+)?(?:long-term\s+|chronic\s+|common\s+)?(?:autoimmune|immune)\s+"
    r"(?:condition|disease|disorder|illness|problem)s?)\s*(?:where|in\s+which|:)\s+(?:(?:the|your|their|a\s+person's|the\s+body's)\s+)?"
    r"(?P<cause>immune\s+system\s+(?:(?:mistakenly|wrongly|accidentally)\s+)?(?:attacks|targets|damages|destroys)\s+[^,;:.()]+?)"
    r"(?=\s*(?:[,;:.()]|$|\s(?:and|but|so|which|causing|leading)\s))",
    re.IGNORECASE,
)


def immune_attacks(sentence: str, cues: RelationCues, out: list) -> None:
    """The immune attack that defines an autoimmune condition, in a relative clause or after a colon ("it's alopecia
    areata, an autoimmune condition where the immune system attacks the hair follicles", "Vitiligo is an autoimmune
    disease: the immune system attacks ..."): a cause of the condition named before, as "X happens when the immune
    system attacks Y" is (the development gold of dev37 and dev40). Not a clause only set beside the kind ("In this
    autoimmune disease, the immune system attacks the thyroid": a description, heldout2's gold)."""
    for m in _IMMUNE_ATTACK.finditer(sentence):
        effect = left_phrase(sentence, m.start("kind"), cues)
        if effect is None or is_pronoun(sentence, effect, cues):
            continue
        verbs = list(re.finditer(r"(?<![\w-])(?:is|it's|it\u2019s|it\s+is|was|called|diagnosed\s+with|has|have)\s+", sentence[effect[0] : effect[1]], re.I))
        if verbs:  # "My GP said it's alopecia areata": the name after the verb
            effect = (effect[0] + verbs[-1].end(), effect[1])
        if any(x.kind == "cause" and x.subject[0] <= m.start("cause") < x.subject[1] for x in out):
            continue
        out.append(RelationMention("cause", m.span("cause"), effect, "causes", "cause<:immune attack", (effect[0], m.end("cause"))))


def untreated_consequences(sentence: str, cues: RelationCues, known: Optional[Known], out: list) -> None:
    """What a condition left untreated leads to, a cause claim of each consequence (CLAIMS_SPEC.md: a complication is
    caused): "Left untreated, hypothyroidism can raise LDL cholesterol", "If coeliac disease is not treated, it can lead
    to long-term problems" (the condition the if-clause names), "Without treatment, repeated flares can permanently
    damage the joints", "Left untreated, it can progress to periodontitis". The subject is read up to its verb, the
    consequence is the verb's object; a claim the verb rules made of the same words is not made twice."""
    front = _UNTREATED_FRONT.match(sentence)
    if front is None:
        return
    verb = _UNTREATED_VERB.search(sentence, front.end())
    if verb is None:
        return
    subj = left_phrase(sentence, verb.start(), cues, start=front.end())
    if subj is None and re.fullmatch(r"\s*(?:it|they|this)\s*", sentence[front.end() : verb.start()], re.IGNORECASE):
        subj = trim(sentence, (front.end(), verb.start()), cues) or (front.end(), front.end() + len(sentence[front.end() : verb.start()].strip()))
    if subj is not None and is_pronoun(sentence, subj, cues) and front.group("cond"):
        subj = trim(sentence, front.span("cond"), cues) or subj  # "If coeliac disease is not treated, it can ...": the condition
    obj = right_phrase(sentence, verb.end(), cues)
    if subj is None or obj is None or is_generic(sentence, subj, cues):
        return
    if _UNTREATED_HARM.fullmatch(sentence, obj[0], obj[1]):
        # "Without treatment, quinsy can cause serious problems": the harm of leaving it untreated is caused (CLAIMS_SPEC.md: a
        # complication is caused), not a finding the symptom rules read of the page's condition
        out[:] = [m for m in out if not (m.kind == "symptom" and m.subject[0] < obj[1] and obj[0] < m.subject[1])]
    if any(m.kind in ("cause", "symptom") and m.subject[0] < obj[1] and obj[0] < m.subject[1] for m in out) or any(
            m.kind == "cause" and m.subject[0] < subj[1] and subj[0] < m.subject[1] for m in out):
        return
    out.append(RelationMention("cause", subj, obj, "causes", f"cause:untreated {verb.group('verb').lower()}", (front.start(), obj[1])))


#: a denial that a condition says something bad of the person who has it or comes of something they did: "it's not a
#: sign you're unclean", "they are not a sign that you are run down", "are not a sign of poor hygiene", "it has nothing
#: to do with worms" (what follows is denied as a cause; the clause form reads the person's state, ``of`` a noun phrase)
_DENIED_BLAME = re.compile(
    r"(?:(?:(?<![\w'\u2019-])(?:is|are|was|were)\s+not|['\u2019](?:s|re)\s+not|(?<![\w'\u2019-])(?:isn|aren|wasn|weren)['\u2019]t)\s+(?:a\s+)?signs?"
    r"\s+(?:(?P<of>of)\s+|(?:that\s+)?(?=(?:you|you['\u2019]re|people|someone|a\s+person)(?![\w'\u2019-])))"
    r"|(?P<none>(?:has|have|had)\s+(?:absolutely\s+)?nothing\s+to\s+do\s+with)\s+)",
    re.IGNORECASE,
)
#: where a denied person's state ends: a comma, a clause's end or a second clause
_BLAME_END = re.compile(r"\s*[,;:.!?)]|\s+(?:and|but|so)\s+(?:there|it|this|they|that)(?![\w'\u2019-])|$", re.IGNORECASE)


def denied_blames(sentence: str, cues: RelationCues, known: Optional[Known], condition: Optional[Known], out: list) -> None:
    """What a condition is denied to be a sign of, or to have to do with, when that is a person's state or doing or a
    thing ("it's not a sign you're unclean", "they are not a sign that you are run down or unwell", "They ... are not a
    sign of poor hygiene", "it has nothing to do with worms"): a cause claim each, which the sentence's negation denies
    (CLAIMS_SPEC.md: "it is not caused by anything you did" is a denied cause; the gold of dev22, dev23, dev28, dev38
    and dev55). Another condition after "sign of" or "nothing to do with" ("it is not a sign of infection or cancer",
    "it has nothing to do with obsessive-compulsive disorder") is the symptom rules' reading or a confusion of names,
    no cause; so is a clause about something else than a person."""
    for m in _DENIED_BLAME.finditer(sentence):
        end = _BLAME_END.search(sentence, m.end())
        clause = (m.end(), end.start() if end else len(sentence))
        if m.group("of") or m.group("none"):
            phrase = right_phrase(sentence, m.end(), cues, stop=clause[1])
            if phrase is None:
                continue
            items = list_items(sentence, phrase, cues, known) or [phrase]
            if any(is_condition(sentence[s:e], cues, condition) or disease_like(sentence[s:e], cues) for s, e in items):
                continue
        else:
            items = _experiencer_conditions(sentence, clause, cues, known)
        effect = left_phrase(sentence, m.start(), cues)
        for item in items:
            if any(x.kind == "cause" and x.subject[0] < item[1] and item[0] < x.subject[1] for x in out):
                continue
            out.append(RelationMention("cause", item, effect, "causes", "cause:denied blame", (effect[0] if effect else m.start(), item[1])))


#: catching a named condition from someone or something: "catch shingles from someone who has it", "catch quinsy itself
#: from another person", "catch meningitis directly from someone" (the cue phrases read "catch it from" and "catch them
#: from"; here the condition is named, in at most four words and no clause)
_CAUGHT_FROM = re.compile(
    r"(?<![\w'\u2019-])(?:catch|catches|caught|catching)\s+(?P<what>(?!(?:it|them|this|that)(?![\w'\u2019-]))[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)"
    r"\s+(?:(?:itself|themselves|directly|easily|only)\s+)*from\s+",
    re.IGNORECASE,
)


def caught_conditions(sentence: str, cues: RelationCues, out: list) -> None:
    """Where a named condition is caught from ("You cannot catch shingles from someone who has it", "It is less common to
    catch meningitis directly from someone who has it"): a cause claim of the source, the condition its effect, as "catch
    it from" reads (CLAIMS_SPEC.md: how a disease spreads to people is its cause; the sentence's negation denies it).
    Not a catching whose object has a clause of its own ("to catch lice that hatch from any eggs": what a comb does)."""
    for m in _CAUGHT_FROM.finditer(sentence):
        what = m.group("what").lower().split()
        if any(w in cues.right_boundaries for w in what):
            continue
        source = right_phrase(sentence, m.end(), cues)
        effect = trim(sentence, m.span("what"), cues)
        if source is None or effect is None or is_generic(sentence, source, cues) and not re.match(r"(?:someone|somebody|anyone|another)", sentence[m.end() :], re.I):
            continue
        if any(x.kind == "cause" and x.subject[0] < source[1] and source[0] < x.subject[1] for x in out):
            continue
        out.append(RelationMention("cause", source, effect, "causes", "cause<:caught from", (m.start(), source[1])))


#: an aside that names the usual cause within the kind just named: ", most often coxsackievirus A16", ", most often from an
#: adenovirus", ", most likely the reactivation of ...", ", usually by a faecolith", ", most often in a rear-end car crash"
_MOST_OFTEN_ASIDE = re.compile(
    r",\s+(?:most\s+(?:often|likely|commonly|frequently)|usually|typically|commonly|mainly|mostly)\s+(?:(?:by|from|in|with|through)\s+)?"
    r"(?!(?:the\s+|a\s+|an\s+)?(?:morning|afternoon|evening|night|day|days|week|weeks|weekend|weekends|month|months|year|years|hours?|minutes?|time|times|"
    r"first|early|late|later|spring|summer|autumn|fall|winter|season|seasons)(?![\w-]))"
    r"(?=(?:the|a|an)?\s*[\w'\u2019-]+)",
    re.IGNORECASE,
)


#: a kind of the cause just named, no cause of its own ("caused by the herpes simplex virus, usually type 1")
_KIND_OF_CAUSE = re.compile(r"(?:type|types|strain|strains|subtype|subtypes|serotype|serotypes|genotype|genotypes)\s", re.IGNORECASE)


def _most_often_causes(sentence: str, pos: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The causes an aside after a backward cause's list names as the usual ones ("It is caused by viruses called
    enteroviruses, most often coxsackievirus A16 and sometimes enterovirus 71": both; "caused by a virus, most likely the
    reactivation of human herpesvirus 6 or 7, which ...": the reactivation; "Viral conjunctivitis, most often from an
    adenovirus, is ..."): each a cause of the same effect, as the things a cause bullet names after "for example" are
    (CLAIMS_SPEC.md); none for a time ("usually within a few days", "most often in the morning"). The aside must follow
    the list or its relative clause with no other clause between."""
    m = _MOST_OFTEN_ASIDE.search(sentence, pos, min(len(sentence), pos + 120))
    if m is None or re.search(r"[;.!?]", sentence[pos : m.start()]):
        return []
    gap = sentence[pos : m.start()]
    if gap.strip() and not re.match(r"\s*(?:,\s*)?(?:that|which|who|called|known\s+as)\s", gap, re.IGNORECASE):
        return []  # only the list's own relative clause or name may stand between
    end = list_end_at(sentence, m.end())
    relative = re.compile(r",?\s(?:that|which|who)\s", re.I).search(sentence, m.end(), end)
    comma = re.compile(r",\s+(?!(?:and|or)\s)").search(sentence, m.end(), end)
    stop = min(x.start() for x in (relative, comma) if x) if (relative or comma) else end
    items = [i for i in _cause_items(sentence, m.end(), stop, cues, known)
             if not _KIND_OF_CAUSE.match(sentence, i[0])]
    return [(s + x.end(), e) if (x := re.match(r"(?:sometimes|occasionally|rarely|less\s+often)\s+", sentence[s:e], re.I)) else (s, e) for s, e in items]


def _experiencer_conditions(sentence: str, clause: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The states or doings of a clause whose subject is the reader or a person ("you are cold or stressed", "you are
    run down or have an infection", "people skip meals"), each without its subject and verb of being or having, as the
    conditions after "if you" are read; none for a clause about something else ("the nerve becomes swollen")."""
    if not re.match(r"\s*(?:you|you['\u2019]re|people|someone|a\s+person)(?![\w'\u2019-])", sentence[clause[0] : clause[1]], re.IGNORECASE):
        return []
    short = re.match(r"\s*you['\u2019]re\s+", sentence[clause[0] : clause[1]], re.IGNORECASE)  # "you're tired": the state
    start = clause[0] + (short.end() if short else 0)
    return [s_ for cl in _if_clauses(sentence, start, clause[1], cues) for s_ in _conditions(sentence, cl, cues, known)]


def _when_clauses(sentence: str, start: int, cues: RelationCues) -> list[Span]:
    """The clauses of "X happens when A, or when B" (or "when A, and a B ..."): each whole clause, its asides kept
    ("the facial nerve, which controls the muscles of the face, becomes swollen"), up to a reason or an aside of its
    own ("..., usually because ..."); what happens, not its first noun. A clinician's doing is not read here."""
    end = _WHEN_END.search(sentence, start)
    stop = end.start() if end else len(sentence)
    out: list[Span] = []
    pos = start
    joint = r"(,?\s+or\s+when\s+|,\s+and\s+(?=(?:a|an|the|your|their|some)\s))"
    for part in re.split(joint, sentence[start:stop], flags=re.IGNORECASE):
        s_, e_ = pos, pos + len(part)
        pos = e_
        if not part.strip() or re.fullmatch(joint, part, re.IGNORECASE):
            continue
        rel = re.search(r"\s+(?:that|who)\s|,\s*which\s", part, re.IGNORECASE)
        if rel and (not rel.group().startswith(",") or _finite_clause(part[: rel.start()], cues, inner=True)):
            e_ = s_ + rel.start()  # "bacteria turn sugar into acid that attacks the enamel", "..., which make vessels leak"
            part = part[: rel.start()]
        span = trim(sentence, (s_, e_), cues)
        first = re.match(r"\s*(?:(?:the|a|an|your)\s+)?([\w-]+)", part)
        if first and first.group(1).lower() in cues.lower_sets["agent_words"]:
            continue  # "when the surgeon treats a disc that ...": a clinician's doing, left to the noun-phrase reading
        if span is not None and _finite_clause(part.strip(" ,"), cues):
            out.append(span)
    return out


def _finite_clause(text: str, cues: RelationCues, inner: bool = False) -> bool:
    """Whether a clause after "when" has a verb after its first word ("mast cells release histamine", "part of the
    clot breaks off", "bacteria get trapped"): a clause word, a verb's base or third-person form, or a past form;
    ``inner``: before its last word too (a noun that can be a verb ends "the facial nerve, which ...")."""
    toks = [w.lower() for w in re.findall(r"[a-z][\w'\u2019-]*", text, re.IGNORECASE)]
    return len(toks) >= 3 and (is_clause(text, cues) or any(
        is_base_verb(t) or is_participle(t) or (t.endswith("s") and is_base_verb(t[:-1])) or (t.endswith("es") and is_base_verb(t[:-2]))
        for t in toks[1 : len(toks) - 1 if inner else len(toks)]))


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
        series = _verb_series(sentence, span, cues) if span is not None else []
        if series:
            out.extend(series)
        elif span is not None and len(sentence[span[0] : span[1]].split()) <= cues.max_item_words:
            out.append(span)
    return out


_SERIES_SPLIT = re.compile(r"\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+", re.IGNORECASE)


def _verb_series(sentence: str, span: Span, cues: RelationCues) -> list[Span]:
    """The parts of a series of short predicates after "if you" ("are over 65, smoke or have diabetes": being over
    65, smoking, diabetes), each without its verb of being or having; none when the clause is no such series."""
    text = sentence[span[0] : span[1]]
    if "," not in text and not (re.search(r"\s(?:or|and)\s", text) and len(text.split()) <= 5):
        return []  # "have asthma or eczema" splits; "pain for a long time" does not
    lead = re.compile(r"(?:" + alternation(cues.risk_item_lead_verbs) + r")\s+", re.IGNORECASE)
    out: list[Span] = []
    pos = span[0]
    for sep in list(_SERIES_SPLIT.finditer(sentence, span[0], span[1])) + [None]:
        end = sep.start() if sep else span[1]
        v = lead.match(sentence, pos, end)
        rel = re.compile(r"\s+(?:that|which|who)\s", re.IGNORECASE).search(sentence, pos, end)
        part = trim(sentence, (v.end() if v else pos, rel.start() if rel else end), cues)  # "play sports that involve jumping"
        if part is None or len(sentence[part[0] : part[1]].split()) > 6:
            return []
        out.append(part)
        pos = sep.end() if sep else span[1]
    return out if len(out) >= 2 else []


#: a cause verb that gives a reason: "because of", "due to"
_REASON_VERB = re.compile(r"(?:because\s+of|due\s+to)$", re.IGNORECASE)
_REASON_NOUN = re.compile(r"\s*(?:(?:the|a|an|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+of(?![\w-])", re.IGNORECASE)


def _harm_reason(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether the reason after "because of" / "due to" at ``pos`` is a possible harm ("the risk of bradycardia", "the
    increased risk of lung cancer", "a small danger of dependence": ``harm_reason_nouns``): why advice is given, no cause."""
    m = _REASON_NOUN.match(sentence, pos)
    return m is not None and m.group("noun").lower() in cues.lower_sets["harm_reason_nouns"]


def _appraisal(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether the clause before a reason at ``pos`` judges the studies of a review ("three raised some concerns, chiefly
    because of ...": ``appraisal_judgments``): the reason is a flaw of the studies, no cause."""
    clause = sentence[max(sentence.rfind(ch, 0, pos) for ch in ";:") + 1 : pos].lower()
    return any(re.search(r"(?<![\w-])" + re.escape(j) + r"(?![\w-])", clause) for j in cues.lower_sets["appraisal_judgments"])


def _because_clause(sentence: str, start: int, cues: RelationCues) -> list[Span]:
    """The reason a "because" clause gives, when it has a subject of its own that names
    something ("the patient was not an ideal candidate", not "it hurts")."""
    end = list_end_at(sentence, start)
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
_WHAT_BEFORE = re.compile(
    r"(?<![\w-])(?:what|whatever)\s+(?:(?:exactly|really|actually|precisely)\s+)?$"
    # "help you work out which triggers affect you", "learn which foods cause symptoms": a question, no cause
    r"|(?<![\w-])(?:out|know|identify|learn|notice|spot|track|see|tell|understand|discover|recogni[sz]e|ask)\s+which\s+$",
    re.IGNORECASE)
_DASHES = "\u2013\u2014"


#: ", for example from a stomach ulcer or taking painkillers," between a subject and its verb
_EXAMPLE_ASIDE = re.compile(
    r",\s*(?:for\s+example|for\s+instance|e\.g\.,?|such\s+as|(?:most\s+often|most\s+commonly|usually|mostly|mainly|typically|commonly)(?=\s+(?:from\s+)?(?:an?\s+|the\s+)?[a-z]))\s+(?P<x>(?:(?:from|by|in|with)\s+)?(?P<items>[^,;:()\u2013\u2014]{1,100}?)),$",
    re.IGNORECASE,
)


def _aside_examples(sentence: str, pos: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The examples of a ", for example ...," aside right before ``pos``: causes of their own."""
    before = sentence[:pos].rstrip()
    example = _EXAMPLE_ASIDE.search(before)
    if example is None:
        return []
    items = [i for i in list_items(sentence, example.span("items"), cues, known) if not is_generic(sentence, i, cues)]
    # "Gallstones, usually small, can cause ...": an adverb's aside that describes its subject names no example
    return [i for i in items if not all(is_modifier(w) for w in re.findall(r"[a-z][a-z-]*", sentence[i[0] : i[1]].lower()))]


#: A noun phrase in apposition between the subject and its verb, opened by an article and closed by a comma: ", a hole in
#: the colon wall," (a subject alone before it, no clause or list: "Left untreated, ..." ends in no comma before the verb).
_APPOSITIVE_ASIDE = re.compile(r"(?<=[a-z)]),\s+(?:a|an|the)\s+[^,;:()\u2013\u2014]{2,80},$", re.IGNORECASE)


def _aside_start(sentence: str, pos: int) -> int:
    """``pos``, or the start of a dash aside that ends right before it ("A weak immune system —
    because of A or B — makes ..."): the subject is before the aside."""
    before = sentence[:pos].rstrip()
    example = _EXAMPLE_ASIDE.search(before)
    if example is not None:
        return example.start()  # "Bleeding from the bowel, for example from an ulcer, can lead to anaemia": the bleeding
    appositive = _APPOSITIVE_ASIDE.search(before)
    if appositive is not None:
        return appositive.start()  # "A perforation, a hole in the wall of the bowel, can lead to ...": the perforation
    if not before or before[-1] not in _DASHES:
        return pos
    opening = before.rfind(before[-1], 0, len(before) - 1)
    return opening if opening > 0 else pos


def _left_subjects(sentence: str, pos: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The subjects of a verb at ``pos`` when its subject is a list that opens the clause ("Being
    dehydrated, some medical conditions and a family history of stones can all play a part"):
    one span per item; else at most the one phrase before the verb."""
    named = head_examples(sentence, pos, cues, known)
    if named:
        return named  # "Ongoing stress, such as money worries or problems at work, can trigger it": each
    pos = _aside_start(sentence, pos)
    cut = max(sentence.rfind(ch, 0, pos) for ch in ";:")
    start = cut + 1
    but = [b for b in _BUT_CLAUSE.finditer(sentence, start, pos)]
    if but:
        start = but[-1].end()  # "Ageing is the main cause, but diabetes, smoking and sunlight also raise the risk": the second clause
    lead = LIST_MARK.match(sentence, start)
    start = lead.end() if lead else start
    hedge = _SUBJECT_HEDGE.search(sentence, start, pos) or _PERFECT_AUX.search(sentence, start, pos) or _SUBJECT_ADVERBS.search(sentence, start, pos)
    pos = hedge.start() if hedge else pos  # "Obesity, diabetes and inactivity also appear to increase the risk"
    fronted = _FRONTED_SETTING.match(sentence, start, pos)
    if fronted is not None and fronted.group(1).lower() in cues.lower_sets["prepositions"] and re.search(
            r",[^,]*\s(?:and|or)\s", sentence[fronted.end() : pos]):
        start = fronted.end()  # "In a pooled analysis of cohort studies, smoking, diabetes and obesity were ...": the list after it
    region = sentence[start:pos]
    toks = {w.lower() for w in re.findall(r"[\w'\u2019]+", region)}
    if not region.strip() or toks & (cues.lower_sets["clause_words"] - {"being", "having"}) or _CLAUSE_OPENER.match(region):
        return []
    if len(region.split()) > 3 * cues.max_item_words or _FIGURE_OR_DASH.search(region) or _has_cue(region, cues):
        return []
    last_comma = region.rfind(",")
    if "," in region and not re.search(r"\s(?:and|or)\s", region[last_comma:]):
        whole = list_items(sentence, (start, pos), cues, known)
        if len(whole) == 1 and _modifier_run_item(sentence[whole[0][0] : whole[0][1]], cues) and not is_generic(sentence, whole[0], cues):
            return whole  # "Hot, humid weather can trigger it": the modifiers of one head
        return []  # "Left untreated, diabetes can ...": a fronted phrase, not a list
    listed = list_items(sentence, (start, pos), cues, known)
    whole = trim(sentence, (start, pos), cues)
    items = _gerund_items(sentence, listed, whole[1] if whole else 0)
    actions = items != listed  # merged actions: "switching to hills or speed work", "Repeated gripping, twisting and lifting"
    longest = 2 * cues.max_item_words if actions else 6
    if len(items) == 1 and len(listed) == 1:
        items = pair_subject(sentence, items[0], cues, known)  # "Smoking and obesity have been associated with ...": two
    # "Dry, dusty and windy conditions": one item whose commas join the modifiers of its head, read whole here, as
    # the phrase before the verb stops at a comma
    run = len(items) == 1 and len(listed) == 1 and _modifier_run_item(sentence[items[0][0] : items[0][1]], cues)
    if (len(items) < 2 and len(listed) < 2 and not run) or any(is_generic(sentence, i, cues) or is_pronoun(sentence, i, cues) or len(_THRESHOLD_TAIL.sub("", sentence[i[0] : i[1]]).split()) > longest
                             or sentence[i[0] : i[1]].split()[0].lower() in {"more", "less", "fewer"} for i in items):
        return []
    return items


#: what stands between a subject and its verb: an auxiliary and adverbs ("... are all closely", "... have also")
_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:are|is|have|has|had|can|may|might|could|will|would|do|does))?(?:\s+(?:also|all|both|each|together|too|often|"
    r"usually|sometimes|commonly|closely|strongly|frequently))*\s*$", re.IGNORECASE,
)
#: a subject that names a class and its examples before its verb: "Allergies such as hay fever and asthma (are linked
#: to it)", "Ongoing stress, such as money worries or problems at work, (can trigger it)"
_HEAD_EXAMPLES = re.compile(
    r"^\s*(?P<head>[^,;:()]{2,80}?)\s*(?:,?\s+(?:such\s+as|including|like|e\.g\.,?|for\s+example,?)|,\s*(?:in\s+particular|especially|particularly|notably|above\s+all),?)\s+"
    r"(?:(?:those|ones|the\s+ones)\s+(?:that|which)\s+(?:cause|causes|give\s+you|lead\s+to)\s+|(?:from|by|in|with)\s+)?"
    r"(?P<items>[^;:()]{2,200}?)\s*,?\s*$", re.IGNORECASE,
)


#: the first of two verbs of one subject, each with a pronoun object, before the second ("can trigger it or make ...")
#: "Untreated ulcers can lead to bleeding or perforation", "chickenpox can lead to pneumonia": what a condition leads to
#: is a complication it causes (CLAIMS_SPEC.md), while what it causes or produces ("Gout causes pain") is its symptom
#: "the infection that led to the amputation": a relative clause, which describes its noun
_LEADS_RELATIVE = re.compile(r"(?<![\w-])(?:that|which|who)\s+$", re.IGNORECASE)
_LEADS_TO = re.compile(r"(?:(?:can|may|might|could|will|often|sometimes|also|rarely|eventually)\s+)*(?:lead|leads|led|leading)\s+to", re.IGNORECASE)
#: the advice or the population figure a reason after "because of" / "due to" explains
_REASON_OF = re.compile(
    r"(?<![\w-])(?:recommend|recommended|recommends|should|do\s+not\s+offer|not\s+advised|prevalence|incidence|rates?|rising|"
    r"estimated)(?![\w-])",
    re.IGNORECASE,
)


def _since_clause_mark(sentence: str, pos: int) -> str:
    """The text that ends at ``pos``, from the last ";" or ":" before it (commas do not end it, unlike
    recommendations' ``_clause_before``)."""
    start = max(sentence.rfind(";", 0, pos), sentence.rfind(":", 0, pos)) + 1
    return sentence[start:pos]


_SECOND_VERB = re.compile(r"(?:(?:can|may|might|could|will|often|also|sometimes)\s+)*[a-z]+\s+(?:it|them|this|symptoms)\s+(?:or|and)\s+$", re.IGNORECASE)
#: a relative clause inside a list item ("the coronavirus that causes COVID-19"), up to the next comma
_RELATIVE_IN_ITEM = re.compile(r"\s+(?:that|which|who)\s+[^,]*", re.IGNORECASE)


def _before_relative(sentence: str, span: Span) -> Span:
    m = _RELATIVE_IN_ITEM.search(sentence, span[0], span[1])
    return (span[0], m.start()) if m and m.start() > span[0] else span


#: a comma and a coordinator that may join a second clause: "..., and strong smells such as paint can set one off"
_AND_CLAUSE = re.compile(r",\s+(?:and|or|while)\s+", re.IGNORECASE)
_FINITE_WORD = re.compile(r"(?<![\w-])(?:can|may|might|could|will|would|is|are|was|were|has|have|had|does|do)(?![\w-])", re.IGNORECASE)


def head_examples(sentence: str, pos: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The causes a subject names as a class and its examples before the verb at ``pos`` ("Allergies such as hay fever,
    asthma and nasal polyps - soft swellings in the nose - are all closely linked to it": the class and each example;
    "Rapid weight loss and some medicines, such as tamoxifen and amiodarone, can also ...": the weight loss and the
    examples, the vague class none); empty when the subject names no examples."""
    start = max([sentence.rfind(ch, 0, pos) for ch in ";:."] + [b.end() for b in _BUT_CLAUSE.finditer(sentence, 0, pos)]) + 1
    lead = LIST_MARK.match(sentence, start)
    start = lead.end() if lead else start
    end = start + _SUBJECT_TAIL.search(sentence[start:pos]).start()
    if re.search(r"(?<![\w-])(?:that|which|who)\s*$", sentence[start:end], re.IGNORECASE):
        return []  # "the coronavirus that causes COVID-19": the verb of a relative clause, whose subject is no list
    aside = re.compile(r"\s+[-\u2013\u2014]\s+[^-\u2013\u2014]{2,120}\s[-\u2013\u2014]\s*$|\s*\([^()]{1,80}\)\s*$").search(sentence, start, end)
    end = aside.start() if aside else end  # "nasal polyps - soft, painless swellings ... -": what the last example is
    m = _HEAD_EXAMPLES.match(sentence[start:end])
    joined = None if m is not None else list(_AND_CLAUSE.finditer(sentence, start, end))
    if joined and _FINITE_WORD.search(sentence, start, joined[-1].start()):  # a clause before it, not a list ("Dust, pollen, and ...")
        start = joined[-1].end()  # "Cold weather can make it worse, and certain foods such as cheese can trigger it": its subject
        m = _HEAD_EXAMPLES.match(sentence[start:end])
    if m is None or _CLAUSE_OPENER.match(m.group("head")) or _has_cue(m.group("head") + " " + _RELATIVE_IN_ITEM.sub("", m.group("items")), cues):
        return []
    toks = {w.lower() for w in re.findall(r"[\w'\u2019]+", m.group("head") + " " + m.group("items"))}
    if toks & (cues.lower_sets["clause_words"] - {"being", "having"}):
        return []  # a clause, not a subject
    head = trim(sentence, (start + m.start("head"), start + m.end("head")), cues)
    items = [i for i in list_items(sentence, (start + m.start("items"), start + m.end("items")), cues, known) if not is_generic(sentence, i, cues)]
    items = [_before_relative(sentence, i) for i in items]  # "the coronavirus that causes COVID-19": the coronavirus
    if len(items) == 1:
        items = pair_subject(sentence, items[0], cues, known)  # "such as tamoxifen and amiodarone": two
    if head is None or not items:
        return []
    heads = pair_subject(sentence, head, cues, known) if not re.search(r",", sentence[head[0] : head[1]]) else [head]
    cls = heads[-1]
    vague = is_generic(sentence, cls, cues) or _VAGUE_BEFORE.search(sentence, 0, cls[0]) or re.match(
        r"(?:some|certain|many|several|various|other|different)\s", sentence[cls[0] : cls[1]], re.IGNORECASE)
    return items + heads[:-1] + ([] if vague else [cls])  # the examples first, as an aside's ("Poor posture, for example ...")


#: the auxiliary of a perfect between a subject and a cue that starts at "been" ("Smoking and obesity have also been
#: associated with ..."): not part of the subject
_PERFECT_AUX = re.compile(r"\s+(?:have|has|had)(?:\s+(?:also|all|both|each|often|long|consistently|repeatedly))*\s*$", re.IGNORECASE)
#: one coordinator, and a preposition (the second part may be its second object: "the lining of the nose and sinuses")
def _verb_for_subject(sentence: str, subj: Span, pos: int) -> bool:
    """Whether the one word read as the subject of the verb at ``pos`` is a verb of its own: the second verb of a
    coordination ("reactivates and inflames the nerve") or the verb the cue completes ("starts to damage")."""
    words = sentence[subj[0] : subj[1]].split()
    w = words[-1].lower()
    if len(words) != 1 and not (w.endswith("s") and re.match(r"\s+(?:and|or)\s+$", sentence[subj[1] : pos])):
        return False
    if re.search(r"(?<![\w-])to\s+$", sentence[subj[1] : pos]):
        return True
    return (w.endswith("s") and is_present_verb(w) and not is_noun(w)
            and bool(re.match(r"\s+(?:and|or)\s+$", sentence[subj[1] : pos])))


#: a verb of harm to a part of the body ("can damage the nerve", "inflames the liver")
_HARM_VERB = re.compile(r"(?<![\w-])(?:damage|scar|inflame|irritate|weaken|harm|injure)s?(?![\w-])", re.IGNORECASE)
#: an age group named by a preposition and a number ("over 50", "under 5", "aged 65 or over")
_AGE_GROUP = re.compile(r"(?:over|under|above|aged)\s+\d", re.IGNORECASE)
#: adverbs between a list of subjects and its verb ("Being over 50 and smoking also raise the risk")
_SUBJECT_ADVERBS = re.compile(r"(?:\s+(?:also|all|both|each|together|too|further|additionally))+\s*$", re.IGNORECASE)
_ONE_COORDINATOR = re.compile(r"\s+(?:and|or)\s+", re.IGNORECASE)
_PREPOSITION_IN = re.compile(r"(?<![\w-])(?:of|in|on|with|from|to|around|at)(?![\w-])", re.IGNORECASE)


def _modifier_run_item(text: str, cues: RelationCues) -> bool:
    """Whether a list item with commas is modifiers of one head ("Hot, humid weather", "Cold, dry and windy air"): every
    piece before the last comma is one modifier word, no adverb ("Rarely, a large cyst ...")."""
    pieces = [p.strip() for p in re.split(r",|\s(?:and|or)\s", text)]
    return "," in text and len(text.split()) <= 6 and all(
        len(p.split()) == 1 and is_modifier(p.lower()) and not p.lower().endswith("ly") for p in pieces[:-1])


def pair_subject(sentence: str, span: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The two causes of a subject that coordinates two names before its verb ("Smoking and obesity", "Being over 50
    and smoking", "Heavy drinking and a poor diet"); the span alone when the first word shares the head of the second
    ("back and leg pain", "heart and lung disease"), when the second part may be a second object of a preposition
    ("inflammation of the nose and sinuses"), or when the whole names one concept ("nausea and vomiting")."""
    ms = list(_ONE_COORDINATOR.finditer(sentence, span[0], span[1]))
    if len(ms) == 1:
        left, right = sentence[span[0] : ms[0].start()], sentence[ms[0].end() : span[1]]
        if "," in left or (len(left.split()) == 1 and coordinated_modifiers(left, right, cues)):
            return [span]  # "Dry, dusty and windy conditions", "hot or humid weather": modifiers of one head, one cause
    parts = coordinated(sentence, span, cues, known)
    if len(parts) == 2:
        return parts
    if not ms or (len(ms) > 1 and "and" not in ms[0].group(0).lower()) or (known is not None and known(sentence[span[0] : span[1]])):
        return [span]
    m = ms[0]  # "Smoking and exposure to smoke or fumes": smoking, and the exposure with its alternatives
    left, right = sentence[span[0] : m.start()], sentence[m.end() : span[1]]
    lw, rw = left.split(), right.split()
    if not lw or not rw or (len(lw) == 1 and not lw[0].lower().endswith("ing")):
        return [span]
    if len(rw) == 1 and _PREPOSITION_IN.search(left) and rw[0].lower() not in cues.lower_sets["leading_words"]:
        return [span]
    found = [trim(sentence, (span[0], m.start()), cues), trim(sentence, (m.end(), span[1]), cues)]
    return [p for p in found if p] if all(found) else [span]


#: a hedge between a list of subjects and its verb ("... also appear to increase the risk", "... all seem to")
_SUBJECT_HEDGE = re.compile(r"\s+(?:(?:also|all|both|each|may|might|can)\s+)*(?:appears?|seems?)\s+to\s*$", re.IGNORECASE)
#: a figure or a dash in the words before a verb: no list of subject names ("(95% CI 1.2-3.4)", "30% of cases"); a bracketed
#: name ("diseases of the heart muscle (cardiomyopathy)") and a number inside a name ("type 2 diabetes") are no figure
#: After a figure, the rest of a threshold ("35 years or older", "30 or more"): the figure bounds the cause, no figure of its own.
_THRESHOLD_AFTER = (r"(?![\d.]*\s+(?:[a-z/\d]+\s+){0,2}or\s+(?:older|over|more|above|higher|greater|younger|less|below|under|lower)"
                    r"\s*(?:[,;)]|(?:and|or)\s|$))")  # not "10 or more days a month": a figure of the days
_FIGURE_OR_DASH = re.compile(
    r"(?<!type\s)(?<!stage\s)(?<!over\s)(?<!under\s)(?<!aged\s)(?<!age\s)(?<!grade\s)(?<!class\s)(?<!phase\s)(?<![\d\w])\d"
    + _THRESHOLD_AFTER + r"|[\u2013\u2014]|\(\s*[^)]*$",
    re.IGNORECASE,
)  # a figure, unless a threshold ("maternal age of 35 years or older", "a body mass index of 30 or more")
#: The comparative that closes a threshold, no word of an item's length ("maternal age of 35 years or older").
_THRESHOLD_TAIL = re.compile(r"\s+or\s+(?:older|over|more|above|higher|greater|younger|less|below|under|lower)$", re.IGNORECASE)
#: A fronted phrase that sets the scene before a clause's subject: a preposition, up to eight words, a comma ("In a pooled
#: analysis of cohort studies, ...", "Among women with GDM, ...").
_FRONTED_SETTING = re.compile(r"\s*([A-Za-z]+)\s+(?:(?:\d{1,3}(?:,\d{3})+|[^\s,;:()]+)\s+){0,7}?(?:\d{1,3}(?:,\d{3})+|[^\s,;:()]+),\s+")


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
    r"(?:(?:single|main|only|strongest|biggest|major|key|leading)\s+)?(?:risk\s+)?(?:factor|factors|variable|variables|predictor|predictors|thing|feature)(?:\s+(?:most|more|that\s+was|that\s+is))?$",
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


#: "PAD is common, frequently silent and strongly linked to smoking": the copula's subject, then a coordination of
#: predicate adjectives whose last conjunct is the cue's verb phrase
_PREDICATE_ADJECTIVES = re.compile(
    r"^\s*(?P<subj>[^,;:()]+?)\s+(?:is|are|was|were|remains|remain)\s+(?:(?:[a-z]+ly|very|so|quite|often|also)\s+)?[a-z-]+"
    r"(?:\s*,\s*(?:(?:[a-z]+ly|very|so|quite|often|also)\s+)?[a-z-]+)*\s*,?\s+(?:and|but)\s+$",
    re.IGNORECASE,
)


def _predicate_list_subject(sentence: str, subj: Optional[Span], pos: int, cues: RelationCues) -> Optional[Span]:
    """The subject of a verb phrase that ends a coordination of predicates after a copula ("PAD is common, frequently
    silent and strongly linked to smoking": PAD, not "silent"); else ``subj``."""
    m = _PREDICATE_ADJECTIVES.match(sentence[:pos])
    if m is None or subj is None or subj[0] < m.end("subj"):
        return subj
    first = sentence_subject(sentence, cues)
    if first is None or first[1] > m.end("subj") or is_pronoun(sentence, first, cues):
        return subj
    return first


def _gerund_subject(sentence: str, pos: int, cues: RelationCues) -> Optional[Span]:
    """An action that opens the clause before ``pos`` and is its subject ("Taking acute headache
    medicines on 10 or more days a month can lead to ..."), however long (up to twice the usual
    argument length)."""
    cut = max(sentence.rfind(ch, 0, pos) for ch in ",;:")
    start = cut + 1
    lead = LIST_MARK.match(sentence, start)
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
    head = sentence_subject(sentence[start:], cues)
    return (start + head[0], start + head[1]) if head is not None else None


#: "... does not fully recover and continues": a subject phrase that ends in a second, coordinated verb
_COORDINATED_VERB_END = re.compile(r"(?:^|\s)(?:and|but)\s+(?:then\s+|also\s+|still\s+)?[a-z]+(?:s|es)$", re.IGNORECASE)


#: "and" (or "but") right before a cue, past its modals, adverbs and negation: the cue's verb is coordinated with a verb
#: before it ("... and greatly increases the risk of", "... and does not cause"); no subject ends in "and"
_COORDINATED_BEFORE = re.compile(
    r"(?:^|\s)(?:and|but)\s+(?:(?:also|then|still|often|usually|can|may|might|could|will|would|does|do|did|not|never|[a-z]+ly)\s+)*$",
    re.IGNORECASE)


#: a sentence that opens with a subordinate clause ("When the valves are weak, blood can pool and lead to ..."): its main
#: subject is not the first phrase
_SUBORDINATE_OPENING = re.compile(r"\W*(?:when|whenever|if|as|because|since|although|though|while|once|after|before|unless|until)\s", re.IGNORECASE)


#: adverbs of frequency that stand before a verb, not a noun ("often goes unnoticed")
_VERB_ADVERBS = frozenset({"often", "usually", "also", "sometimes", "rarely", "always", "never", "frequently", "commonly",
                           "typically", "still", "generally", "normally"})
#: the adverbs of frequency (or "then") that end a subject read up to its verb
_ADVERB_TAIL = re.compile(r"(?:\s+(?:" + "|".join(sorted(_VERB_ADVERBS | {"then"})) + r"))+$", re.IGNORECASE)
#: words that open a verb's object, not a noun's complement ("damages the lungs", "affects up to 1 in 3 women")
_OBJECT_OPENERS = frozenset({"the", "a", "an", "your", "their", "its", "his", "her", "up", "about", "around", "nearly",
                             "almost", "over", "more", "many", "most", "some", "all", "one", "two", "three"})


#: a causal verb's object that is less of something ("causes less pain", "leads to fewer complications"): a benefit when
#: compared ("than") or said of an intervention
_LESS_AFTER = re.compile(r"\s+(?:(?:much|far|significantly|slightly)\s+)?(?:less|fewer)(?![\w-])", re.IGNORECASE)


def _identity_after_likely(sentence: str, pos: int) -> bool:
    """Whether "more likely" at ``pos`` goes on "to be" what something is ("to be chickenpox", "to be a sign of") or what
    causes it ("to be caused by", "to be due to"), not a state people get into ("to be diagnosed", "to be affected")."""
    be = re.match(r"\s+to\s+be\s+(?P<w>[A-Za-z][\w-]*)", sentence[pos:])
    if be is None:
        return False
    w = be.group("w").lower()
    if w in {"caused", "due", "related", "linked", "associated", "a", "an", "the", "one", "part"}:
        return True
    return not (is_participle(w) or is_modifier(w) or w.endswith("ed"))


def _coordinated_subject(sentence: str, pos: int, subj: Span, cues: RelationCues) -> Optional[Span]:
    """The subject of a verb at ``pos`` coordinated with a verb before it (:data:`_COORDINATED_BEFORE`): the sentence's
    subject up to its first verb, when the two verbs share one clause (no punctuation before ``pos``, no subordinate
    clause opening the sentence) and it ends where ``subj``, the phrase read before the verb, ends or before; else None
    (no subject is better than the words between the verbs). In another clause structure, ``subj`` as read."""
    if _SUBORDINATE_OPENING.match(sentence) or re.search(r"[,;:()\u2013\u2014]", sentence[:pos]):
        return subj
    main = _before_finite_verb(sentence, _main_subject(sentence, cues))
    if main is None:
        return None
    tail = _ADVERB_TAIL.search(sentence, main[0], main[1])
    if tail is not None:
        main = (main[0], tail.start())  # "Chronic hepatitis B often goes unnoticed and ...": the subject
    if main[1] <= main[0] or main[1] > subj[1] or is_generic(sentence, main, cues):
        return None
    return main


def _earlier_subjects(out: list, span: Span, pos: int) -> list[Span]:
    """The causes already read from ``span`` to the verb at ``pos``, the subject a joined verb shares with the verb
    before it, in order: the first verb's reading of its list ("Smoking and exposure to smoke or other irritants irritate
    the lining and can lead to sinusitis": each), or none when the first verb claimed nothing."""
    return sorted({x.subject for x in out if x.kind == "cause" and x.subject is not None and span[0] < x.subject[1] <= pos})


#: modals and auxiliaries that follow a subject's head noun, never a present-tense verb ("soaps can irritate")
_MODALS_AFTER_HEAD = frozenset({"can", "may", "might", "could", "will", "would", "should", "must", "is", "are", "was",
                                "were", "has", "have", "had", "do", "does", "did"})


def _before_finite_verb(sentence: str, span: Optional[Span]) -> Optional[Span]:
    """A sentence subject cut before a present-tense verb the lexicon knows ("Smoking damages the lungs": "Smoking";
    "Benzoyl peroxide kills bacteria": "Benzoyl peroxide"): a word after the first whose stem is a verb, and that is no
    noun, opens an object (:data:`_OBJECT_OPENERS`) or follows an adverb of frequency (cut before the adverb)."""
    if span is None:
        return None
    words = list(re.finditer(r"[A-Za-z][\w'-]*", sentence[span[0] : span[1]]))
    for i, w in enumerate(words[1:], 1):
        word = w.group(0).lower()
        if not word.endswith("s") or len(word) < 4:
            continue
        nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if not nxt or nxt in _MODALS_AFTER_HEAD:
            continue  # "Tight underwear and perfumed soaps (can ...)": the subject's head noun, before the verb
        prev = words[i - 1].group(0).lower()
        # "Benzoyl peroxide kills bacteria and ...": a noun-verb before a bare noun that is no verb ("bacteria", "lungs") is the
        # verb the joined one shares its subject with ("Stomach acid levels rise and ..." keeps "levels": "rise" is a verb)
        bare_object = (is_noun(nxt) or plural_noun(nxt)) and not (is_base_verb(nxt) or is_present_verb(nxt) or is_modifier(nxt))
        if is_present_verb(word) and (not is_noun(word) or nxt in _OBJECT_OPENERS or nxt[:1].isdigit() or prev in _VERB_ADVERBS
                                      or bare_object):
            if prev in _VERB_ADVERBS:
                w = words[i - 1]  # "Chronic hepatitis B often goes unnoticed": the subject before the adverb
            end = span[0] + len(sentence[span[0] : span[0] + w.start()].rstrip())
            return (span[0], end) if end > span[0] else None
    return span


def _coordinated_verb_end(text: str) -> bool:
    """Whether a subject phrase ends in a second verb ("does not recover and continues"), not a noun
    ("high blood pressure and diabetes")."""
    m = _COORDINATED_VERB_END.search(text)
    if m is None:
        return False
    word = text.split()[-1].lower()
    stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return not is_noun(word) and any(is_base_verb(st) for st in stems)


def _advised_list(sentence: str, subj: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The things a piece of advice that opens the sentence is against, listed up to the subject of a "which" clause
    ("cut down on alcohol, caffeine and spicy food, which can set off hot flushes"): each a cause; empty when no such
    advice opens the sentence or its object is no list."""
    lead = LIST_MARK.match(sentence, 0)
    advice = _ADVICE_LEAD.match(sentence, lead.end() if lead else 0)
    if advice is None or advice.end() >= subj[0] or "," not in sentence[advice.end() : subj[0]]:
        return []
    items = [part for it in list_items(sentence, (advice.end(), subj[1]), cues, known) for part in coordinated(sentence, it, cues, known)]
    if len(items) < 2 or items[-1][1] != subj[1] or any(is_clause(sentence[a:b], cues) or is_generic(sentence, (a, b), cues) for a, b in items):
        return []
    return items


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
    return None if is_generic(sentence, head, cues) else head


#: the lead of a list of what makes something worse: "Things that made it worse for me:", "What makes my skin worse:"
_THINGS_THAT_BEFORE = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?:(?:the\s+)?(?:things?|factors?|triggers?)\s+(?:that|which)|what)\s+"
                                 r"(?:(?:can|may|might|could|often|always|usually|also|really|definitely)\s+)*$", re.IGNORECASE)
_FOR_WHOM_COLON = re.compile(r"(?:\s+(?:for\s+(?:me|you|us|him|her|them|many\s+people|some\s+people)|in\s+my\s+case))?\s*:\s+(?=\S)", re.IGNORECASE)


def _things_that_make_list(sentence: str, m: re.Match[str], cues: RelationCues, known: Optional[Known]) -> Optional[list[Span]]:
    """The items after the colon of "Things that made it worse (for me): A, B and C", a list told in one sentence;
    None when the sentence is no such list."""
    if not _THINGS_THAT_BEFORE.match(sentence[: m.start()]):
        return None
    colon = _FOR_WHOM_COLON.match(sentence, m.end())
    if colon is None:
        return None
    items = list_items(sentence, (colon.end(), list_end_at(sentence, colon.end())), cues, known)
    return [i for i in items if not is_generic(sentence, i, cues) and not is_pronoun(sentence, i, cues)]


def _imperative_subject(sentence: str, subj: Span) -> bool:
    """Whether the words before a cause verb are a lone verb of advice that opens the sentence ("Avoid triggers like
    ...", "Identify triggers such as ..."): the cue is a noun then, the object of the advice."""
    words = sentence[subj[0] : subj[1]].split()
    if len(words) > 3 or sentence[: subj[0]].strip(" \t-*\u2022\u2013") != "":
        return False
    first = words[-1].lower()
    return is_base_verb(first) and not is_noun(first) and not is_participle(first)


def _relative_clause_head(sentence: str, subj: Optional[Span], cues: RelationCues) -> Optional[Span]:
    """"Ulcers that fail to heal are associated with amputation", "diabetic foot ulcers that probed to bone were
    associated with osteomyelitis": the words before the verb are a relative clause (a verb after "that", "which" or
    "who"), whose head noun is what the association is said of, without its clause (CLAIMS_SPEC.md)."""
    if subj is None:
        return None
    rel = RELATIVE.search(sentence, 0, subj[0])
    first = sentence[subj[0] : subj[1]].split()[0].lower()
    words = sentence[subj[0] : subj[1]].split()
    if rel is None or first in ("have", "has", "had") or not (is_base_verb(first) or is_participle(first)):
        return None  # "patients who have diabetes" names the disease
    if is_noun(first) and not (len(words) > 1 and words[1].lower() in cues.lower_sets["prepositions"] | {"to"}):
        return None  # "people who smoke": the habit ("fail to heal" is a verb by its "to")
    head = left_phrase(sentence, rel.start(), cues)
    if head is None or is_generic(sentence, head, cues) or is_pronoun(sentence, head, cues):
        return None
    return head


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
    lead = LIST_MARK.match(sentence)
    if sentence[lead.end() if lead else 0 : m.start()].strip():
        return None
    comma = sentence.find(",", m.end(), list_end_at(sentence, m.end()) + 1)
    if comma < 0:
        return None
    if _COPULAR_MAIN.match(sentence, comma + 1) and not _has_cue(sentence[comma + 1 :], cues):
        return [], None
    return _cause_items(sentence, m.end(), comma, cues, known), right_phrase(sentence, comma + 1, cues)


def _if_state(sentence: str, pos: int, cues: RelationCues) -> Optional[Span]:
    """What a fronted condition says is in some state ("If the ligaments of the spine are loose, the
    vertebrae can cause compression"): the thing in that state is the cause of what the main clause says."""
    lead = LIST_MARK.match(sentence)
    m = _IF_STATE.match(sentence, lead.end() if lead else 0, pos)
    if m is None or m.group("state").lower() in cues.lower_sets["clause_words"] | {"not", "no", "unsure", "worried", "concerned"}:
        return None
    np_ = trim(sentence, m.span("np"), cues)
    if np_ is None or is_pronoun(sentence, np_, cues) or is_generic(sentence, np_, cues):
        return None
    first = sentence[np_[0] : np_[1]].split()[0].lower()
    if first in {"you", "we", "i", "they", "he", "she", "it", "there", "symptoms", "pain"} or first in cues.lower_sets["prepositions"]:
        return None  # "If you are overweight, ...": the person, not a thing in a state (see _conditions for that)
    return np_


def _participle_head(sentence: str, pos: int, cues: RelationCues) -> Optional[Span]:
    """The subject noun of a clause whose subject is modified by a participle ("the nerve root injury
    caused by the disorder that led to surgery | may cause pain"), if the clause before ``pos`` opens so."""
    start = max(sentence.rfind(ch, 0, pos) for ch in ",;:") + 1
    lead = LIST_MARK.match(sentence, start)
    start = lead.end() if lead else start
    m = _PARTICIPLE_HEAD.match(sentence, start, pos)
    if m is None:
        return None
    ws = sentence[m.start("head") : m.end("head")].lower().split()
    if set(ws) & (cues.lower_sets["clause_words"] | cues.lower_sets["prepositions"]) or ws[0] in _SUBORDINATORS:
        return None  # "Pain that is caused by ...": not a bare noun phrase
    head = trim(sentence, m.span("head"), cues)
    return None if head is None or is_generic(sentence, head, cues) or is_pronoun(sentence, head, cues) else head


def _clause_cause(sentence: str, pos: int, cues: RelationCues) -> Optional[Span]:
    """"Do not take painkillers on more than 10 days a month, as this can cause headaches": the
    action of the main clause ("take painkillers on more than 10 days a month") is what "this"
    causes."""
    m = re.search(r",\s*(?:as|because|since|and)\s+(?:this|that|doing\s+so|it)\s+$", sentence[:pos], re.IGNORECASE)
    if m is None:
        return None
    lead = LIST_MARK.match(sentence)
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
    return [o for o in out if not is_generic(sentence, o, cues) and not _has_figure(sentence, o)]


#: "It is ...", "..., and it is linked to ...": the pronoun that opens the clause of a verb
#: (its copula may be contracted onto it: "It's linked to ...", "it's also strongly linked with ...")
_PRONOUN_BEFORE = re.compile(
    r"(?:^|[,;]\s*(?:and|but|so)\s+|[;:]\s*)\s*(?P<p>[Ii]t|[Tt]hey)(?:['\u2019](?:s|re))?(?:\s+(?:(?:also|often|usually|strongly|closely)\s+)?)?$"
)


def _exposure_of_pronoun(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether what a pronoun subject is linked to is an exposure or a process that comes before it: a gerund ("linked to
    repeated gripping") or an exposure head ("irritation", "a build-up of fluid", "changes in hormone levels"), each
    thing it names; a condition, a finding or a mood ("linked to heart disease", "with low mood") is what follows."""
    return all(re.search(r"[a-z]ing$", head) is not None or head in cues.lower_sets["exposure_heads"]
               for head in (_head_before_place(sentence[p[0] : p[1]]) for p in _exposure_parts(sentence, span, cues)))


def _head_before_place(text: str) -> str:
    """The last word before a preposition of place or belonging ("kneeling" of "repeated kneeling on hard floors")."""
    return re.split(r"\s+(?:in|on|at|of|from|with|to|during|after|for)\s+", text.lower())[0].split()[-1]


#: an adjective predicate coordinated after the object of an association ("and uncommon in women who ...")
_STATE_PREDICATE = re.compile(r"(?:(?:very|much|more|less|most)\s+)?(?:common|uncommon|rare|frequent|unusual)(?![\w-])", re.IGNORECASE)


#: "irritation or wear of the joint": a one-word noun, then another thing named with its own words
_NOUN_OR_THING = re.compile(r"(?P<a>[a-z][a-z-]+)\s+(?:or|and)\s+(?P<b>[a-z][a-z-]+\s+\S.*)", re.IGNORECASE)


def _exposure_parts(sentence: str, span: Span, cues: RelationCues) -> list[Span]:
    """The things an exposure names: "irritation or wear of the joint" two, "repeated, forceful gripping" one."""
    m = _NOUN_OR_THING.fullmatch(sentence, span[0], span[1])
    if m is None or not is_noun(m.group("a")) or is_modifier(m.group("a")) or not is_noun(m.group("b").split()[0]):
        return [span]
    parts = [trim(sentence, m.span("a"), cues), trim(sentence, m.span("b"), cues)]
    return [p for p in parts if p] or [span]


#: the name of a disease in brackets after an effect ("inflammation of the gallbladder (acute cholecystitis)")
_BRACKETED_NAME = re.compile(r"\s*\((?P<name>[^()]{3,50})\)")


def _complication_named(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether an effect is a complication the text names as a disease or a mood problem of its own, caused rather than
    produced as a finding (CLAIMS_SPEC.md: "a complication that is a disease of its own is caused"; session 17: a mood
    problem the condition brings is its effect): an effect followed by a disease's name in brackets ("cause
    inflammation of the gallbladder (acute cholecystitis)"), or a mood problem ("can cause real anxiety")."""
    named = _BRACKETED_NAME.match(sentence, span[1])
    if named and disease_like(named.group("name"), cues):
        return True
    words = re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower())
    return bool(words) and words[-1] in cues.lower_sets["mood_outcomes"]


def _burden(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether an effect is a burden on a population ("death", "disability", "time off work"), which a
    condition causes (a cause claim), unlike a symptom it produces."""
    text = " ".join(re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower()))
    # "sudden death", "early death": the burden with a modifier of when or how
    return any(text == b or text.startswith(b + " ") or re.fullmatch(r"(?:sudden|early|premature|permanent|long-term|severe)\s+" + b, text)
               for b in cues.lower_sets["burden_outcomes"])


def _figure_in_head(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether a cause phrase holds a figure ("a 50% reduction led to ..."), unless it is an
    action whose frequency the figure gives ("Taking painkillers on 10 or more days a month can
    lead to ...")."""
    text = _NAME_NUMBER.sub("", sentence[span[0] : span[1]])  # "Lack of vitamin B12": a name, no figure
    if re.match(r"[A-Za-z]+ing\s", text) and not re.search(r"\d", text.split()[0] + " " + text.split()[1]):
        return False
    # "Age over 65", "being older than 50": a threshold of the cause, not a figure of its own
    return re.search(r"(?<!over\s)(?<!under\s)(?<!above\s)(?<!below\s)(?<!than\s)(?<!aged\s)(?<!age\s)(?<![\d.,])\d" + _THRESHOLD_AFTER, text, re.I) is not None


_NEGATIVE_GERUND = re.compile(r"\s*(?:not|never)\s+[a-z]+ing(?![\w-])|\s*(?:a\s+)?lack\s+of\s", re.IGNORECASE)


#: "anything" and the clause of what someone did or ate ("anything you did", "anything I ate", "anything you or your child did
#: wrong"): a cause, though its pronoun alone names none; it ends before a comma, a clause mark or a coordinated cause.
_ANYTHING_DONE = re.compile(
    r"\s*(?P<item>anything\s+(?:you|i|we|they|he|she|your\s+[\w'\u2019-]+)(?:\s+or\s+your\s+[\w'\u2019-]+)?"
    r"\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,3}?)(?=\s*[,;:.()!?]|\s+(?:or|and|but)\s|\s*$)",
    re.IGNORECASE,
)


def _cause_items(sentence: str, start: int, end: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The causes listed from ``start``: list items, or one omission ("not drinking enough fluid",
    "a lack of sleep") that a list of names would refuse as a negative item."""
    if _NEGATIVE_GERUND.match(sentence, start):
        span = right_phrase(sentence, start, cues, limit=cues.max_item_words, stop=end)
        return [span] if span else []
    done = _ANYTHING_DONE.match(sentence, start)
    if done is not None and done.end("item") <= end:  # "not caused by anything you did": what the reader did, one cause, denied
        again = _BY_AGAIN.match(sentence, done.end("item"))  # "... by anything I ate or by stress": the cause after it too
        more = list_items(sentence, (again.end(), list_end_at(sentence, again.end())), cues, known) if again is not None and again.start() < end else []
        return [done.span("item")] + more
    # "a cold or flu": two one-word alternatives are two causes ("wear and tear" stays one)
    items = [part for it in list_items(sentence, (start, end), cues, known)
             for part in (coordinated(sentence, it, cues, known) if (re.search(r"\sor\s", sentence[it[0] : it[1]]) or _plural_pair(sentence, it))
                          and not EXAMPLES.match(sentence, it[1]) else [it])]  # not "HIV or medicines such as steroids"
    items = ancestry_run(sentence, items, cues)  # "being of African, Caribbean or Asian family origin": one group
    while items and re.search(r"(?<![\w-])by\s*$", sentence[max(0, start - 4) : start], re.IGNORECASE):
        # "is triggered by a viral infection, by an overactive thyroid or by severe anaemia": the preposition repeated
        again = _BY_AGAIN.match(sentence, items[-1][1])
        if again is None or again.start() >= end:
            break  # not past where the list ends ("brought on by walking and relieved within minutes by rest")
        more = list_items(sentence, (again.end(), list_end_at(sentence, again.end())), cues, known)
        if not more or more[0][0] != again.end() and sentence[again.end() : more[0][0]].strip().lower() not in {"a", "an", "the"}:
            break
        by = re.compile(r"by\s+(?:(?:a|an|the)\s+)?(?=\S)", re.IGNORECASE)
        items += [(by.match(sentence, i[0]).end(), i[1]) if by.match(sentence, i[0]) else i for i in more]
    # "coronary heart disease, where the arteries ... become narrowed", "X or Y, or both": a clause or a summary, no cause
    both = re.compile(r"\s+(?:or|and)\s+(?:both|all\s+of\s+these|a\s+combination(?:\s+of\s+(?:these|both))?)$", re.IGNORECASE)
    items = [(it[0], it[0] + b.start()) if (b := both.search(sentence[it[0] : it[1]])) else it for it in items]  # "A, B or both"
    # "a reaction to things like pollen, dust mites or pet dander": the vague head names no cause, its example does
    items = [(ex.start("ex"), ex.end("ex")) if _VAGUE_HEAD.fullmatch(sentence, it[0], it[1]) and (ex := _FIRST_EXAMPLE.match(sentence, it[1])) else it
             for it in items]
    items = [part for it in items for part in _class_and_examples(sentence, it, cues, known)]
    return [it for it in items if not _CLAUSE_ITEM.match(sentence, it[0])]


#: a class and the examples after it in one cause item ("a virus, most often the parainfluenza virus", "bacteria,
#: usually Streptococcus pneumoniae", "a virus, such as a cold or flu virus")
_ITEM_EXAMPLES = re.compile(
    r"\s*,\s*(?:most\s+often|most\s+commonly|usually|mostly|mainly|typically|commonly|such\s+as|for\s+example|e\.g\.,?|including)\s+",
    re.IGNORECASE)


def _class_and_examples(sentence: str, item: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """A cause item that names a class and, after a comma, its usual examples ("a virus, most often the parainfluenza
    virus"): the class and each example, a cause each (CLAIMS_SPEC.md: a class and its examples give a claim each);
    any other item as it is."""
    m = _ITEM_EXAMPLES.search(sentence, item[0], item[1])
    if m is None or m.start() == item[0]:
        return [item]
    head = trim(sentence, (item[0], m.start()), cues)
    examples = [part for ex in list_items(sentence, (m.end(), item[1]), cues, known) for part in coordinated(sentence, ex, cues, known)]
    if head is None or not examples or len(sentence[head[0] : head[1]].split()) > 4:
        return [item]
    return [head] + examples


_PLURAL_PAIR = re.compile(r"([a-z]+)\s+and\s+([a-z]+)", re.IGNORECASE)


def _plural_pair(sentence: str, item: Span) -> bool:
    """Whether an item is two plural nouns joined by "and", each a cause ("through coughs and sneezes"; not "wear and
    tear", "stress and tiredness")."""
    m = _PLURAL_PAIR.fullmatch(sentence, item[0], item[1])
    return m is not None and plural_noun(m.group(1)) and plural_noun(m.group(2))


#: a vague head before its first example ("things like pollen, ...", "substances such as latex")
_VAGUE_HEAD = re.compile(r"(?:(?:certain|some|other|common|everyday)\s+)?(?:things|stuff|substances|factors)", re.IGNORECASE)
_FIRST_EXAMPLE = re.compile(r"\s+(?:like|such\s+as)\s+(?P<ex>[^,;:.()]+?)(?=\s*(?:,|\s+(?:or|and)\s|[.;:]|$))", re.IGNORECASE)


#: a verb of spreading ("spreads through", "is spread by") and a way within the body, not from person to person
#: a verb of spreading or of catching ("spread through", "catch it from", "pick it up from"): its ways are each led by a
#: preposition of their own ("through close contact, by touching surfaces, or by eating food")
_SPREAD = re.compile(r"(?:spreads?|catch(?:es)?\s+(?:it|them)|caught|picks?\s+(?:it|them)\s+up|picked\s+up|gets?\s+(?:it|them))(?![\w-])", re.IGNORECASE)
_WITHIN_BODY = re.compile(r"(?<![\w-])(?:blood|bloodstream|body|lymph|lymph\s+nodes|tissues?|bones?)$", re.IGNORECASE)


#: a fronted if-clause, and a symptom someone notices or feels
_FRONTED_IF = re.compile(r"\W*(?:if|when|once)\s", re.IGNORECASE)
_NOTICED = re.compile(r"(?<![\w-])(?:notice|notices|noticed|feel|feels|felt|experience|experiences)\s", re.IGNORECASE)
_CLAUSE_ITEM = re.compile(r"(?:where|when|whereby|which|who|whose|both|either|neither)(?![\w-])", re.IGNORECASE)


_BY_AGAIN = re.compile(r"[^,;.:()]{0,30}?\s*,?\s*(?:(?:and|or)\s+)?(?:also\s+|sometimes\s+|occasionally\s+)?by\s+", re.IGNORECASE)


#: The link verb or intensifier before a comparative that ends an effect ("can make symptoms much worse",
#: "makes the ringing seem louder").
_INTENSIFIER_END = re.compile(
    r"\s+(?:(?:seems?|feels?|looks?|sounds?|gets?)(?:\s+(?:even|much|far|a\s+lot|a\s+bit))?|even|much|far|a\s+lot|a\s+bit)\s*$",
    re.IGNORECASE,
)


class _CauseRes(NamedTuple):
    predicate: re.Pattern[str]
    predicate_is: re.Pattern[str]
    risk: re.Pattern[str]
    rises: re.Pattern[str]
    role: re.Pattern[str]
    makes: re.Pattern[str]
    limits: re.Pattern[str]
    group_gets: re.Pattern[str]
    affected: re.Pattern[str]
    especially: re.Pattern[str]
    need_not: re.Pattern[str]
    raises: Optional[re.Pattern[str]]
    noun_kind: dict[str, str]
    comparative_kind: dict[str, str]
    effect_comparatives: frozenset[str]


_DET = r"(?:the|a|an|another|one|their|its|your|his|her|our)"


@per_cue_set
def _cause_res(cues: RelationCues) -> _CauseRes:
    """The regular expressions of the predicate, risk and role rules, compiled once per cue set."""
    nouns = alternation([n for ns in cues.cause_predicate_nouns.values() for n in ns])
    # "Stress and alcohol are common triggers": a plural noun needs no determiner
    plurals = alternation([n for ns in cues.cause_predicate_nouns.values() for n in ns if n.endswith("s") and not n.endswith("ss")])
    comps = alternation([n for ns in cues.cause_comparatives.values() for n in ns] + cues.causative_changes)
    m = cues.modal_re
    groups = alternation(cues.risk_groups)
    return _CauseRes(
        predicate=re.compile(
            WORD_START + m + r"(?P<verb>(?:(?:is|are|was|were|remains?|remained|becomes?|became|be|been|acts?\s+as|act\s+as|serves?\s+as)\s+)"
            r"(?:(?:also|still|probably|often|usually|likely|generally|perhaps|possibly|by\s+far|thought\s+to\s+be|believed\s+to\s+be|considered)\s+)*"
            r"(?:(?:one\s+of|among)\s+)?(?:" + _DET + r"\s+|(?:all|both)\s+(?:" + _DET + r"\s+)?|(?=(?:[\w-]+\s+){0,2}?(?:" + plurals + r")" + WORD_END + r"))"
            r"(?:[\w-]+\s+){0,3}?(?P<noun>" + nouns + r"))" + WORD_END
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
            WORD_START + m + r"(?P<verb>(?:(?:(?:put|puts|place|places)\s+(?:you|people|someone|them|patients|women|men|children|a\s+person)\s+at\s+"
            r"(?:(?:a|an)\s+)?(?:(?:higher|greater|increased|high|raised|more)\s+)?(?:" + alternation(cues.risk_nouns) + r"))|(?:"
            + alternation(cues.risk_verbs) + r")\s+(?:(?:the|your|a|one's|their|his|her|someone's|a\s+person's)\s+)?"
            r"(?:(?:overall|lifetime|own)\s+)?(?:" + alternation(cues.risk_nouns) + r")))" + WORD_END
            + r"(?P<prep>\s+(?:of|for)\s+(?:(?:getting|developing|having|catching|suffering\s+from|being\s+diagnosed\s+with)\s+)?)?",
            re.IGNORECASE,
        ),
        rises=re.compile(
            WORD_START + r"(?:" + alternation(cues.risk_nouns) + r"|incidence|prevalence|rates?)"
            r"(?:\s+(?:of|for)\s+(?P<obj>[^,;:.()]{1,60}?))?\s+(?:also\s+|then\s+)?(?:" + alternation(cues.risk_rises) + r")"
            r"(?:\s+(?:steeply|sharply|markedly|significantly|considerably|dramatically|substantially|steadily|further))?"
            r"\s+(?P<prep>with|as|if|when|in|among|after)\s+",
            re.IGNORECASE,
        ),
        role=re.compile(
            WORD_START + m + r"(?P<verb>(?:play|plays|played|playing)\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?:"
            + alternation(cues.cause_role_nouns) + r")"
            # "Heavy drinking may also contribute.", "is thought to contribute through ...": contributing, its effect unnamed
            + r"|(?:contribute|contributes|contributed)(?=\s*(?:[.;!]|,\s|$)|\s+(?:through|by|too|as\s+well|also|in\s+some|significantly|substantially)(?![\w-])))"
            + WORD_END + r"(?P<prep>\s+in\s+)?",
            re.IGNORECASE,
        ),
        makes=re.compile(
            WORD_START + m + r"(?P<verb>make|makes|made|making)\s+(?P<obj>(?:you|people|patients|someone|them)\s+(?:feel\s+)?(?:"
            + alternation(cues.cause_states) + r")|[^,;:.()]{1,50}?\s+(?:(?:even|much|far|a\s+lot|a\s+bit)\s+)?(?:" + comps + r"))" + WORD_END,
            re.IGNORECASE,
        ),
        # "can make it harder to move the joint", "can make eating and swallowing painful", "make walking uncomfortable"
        limits=re.compile(
            WORD_START + m + r"(?P<verb>make|makes|made|making)\s+(?P<obj>it\s+(?:much\s+|far\s+|a\s+lot\s+|a\s+bit\s+)?(?:"
            + alternation(cues.limitation_words) + r")\s+to\s+[a-z][^,;:.()]{0,60}?"
            + r"|[a-z]+ing(?:\s+(?:and|or)\s+[a-z]+ing)?\s+(?:much\s+|far\s+)?(?:" + alternation(cues.limitation_words) + r"))"
            + r"(?=\s*(?:[,;:.!?()]|$)|\s+(?:and|but|or|because|so|if|when|for)\s)",
            re.IGNORECASE,
        ) if cues.limitation_words else re.compile(r"(?!)"),
        group_gets=re.compile(
            WORD_START + r"(?:" + groups + r")\s+(?:who\s+(?:(?:has|have|had)\s+(?:ever\s+)?(?:had\s+)?|(?:are|were)\s+|(?=[a-z]+\s))|with\s+)(?P<x>[^,;:.()]{1,60}?)\s+"
            r"(?:(?:can|may|might|could|will|are\s+likely\s+to|is\s+likely\s+to)\s+(?:still\s+|also\s+|later\s+|go\s+on\s+to\s+)?"
            r"(?P<verb>get|develop|catch)|(?:are|is)\s+(?:also\s+)?(?:more\s+|especially\s+|particularly\s+)?(?P<prone>prone|susceptible|vulnerable)\s+to"
            # "are at higher risk (of Y)", "have a higher risk of Y", "face a greater risk": the risk's object may be left implicit
            r"|(?:(?:are|is)\s+(?:also\s+)?(?:at\s+)?(?:a\s+)?|(?:have|has|face|faces|run|runs|carry|carries)\s+(?:also\s+)?(?:a|an)\s+(?:much\s+|far\s+)?)"
            r"(?P<atrisk>higher|greater|increased|high|raised|elevated)\s+(?:risk|chance|likelihood)(?:\s+(?:of|for)(?:\s+(?:getting|developing|having))?)?"
            # "have roughly twice the risk of Y", "have three times the odds": a multiple of the risk
            r"|(?:have|has|face|faces|carry|carries)\s+(?:also\s+)?(?:roughly\s+|about\s+|around\s+|nearly\s+|approximately\s+|more\s+than\s+)?(?P<times>" + _TIMES + r"|double|triple)"
            r"\s+(?:the|their|a)\s+(?:risk|chance|likelihood|odds)(?:\s+(?:of|for)(?:\s+(?:getting|developing|having))?)?)"
            r"(?:\s+|(?=\s*[.,;!]|$))",
            re.IGNORECASE,
        ),
        affected=re.compile(
            r"\s+(?:(?:are|is|were|was|get|gets)\s+(?:(?:affected|diagnosed|hit|afflicted)\s+(?:(?:much|far|slightly|about\s+)?(?:"
            + _TIMES + r")\s+)?more\s+(?:often|commonly|frequently)|more\s+(?:often|commonly|frequently)\s+(?:affected|diagnosed))"
            # "men are diagnosed about twice as often as women", "with women affected about four times as often as men"
            r"|(?:(?:are|is|were|was|get|gets)\s+)?(?:affected|diagnosed)\s+" + _ABOUT + r"(?:" + _TIMES + r")\s+as\s+(?:often|commonly|frequently)"
            # "teenagers are affected more than any other age group", "older women are most often affected", "Children and
            # teenagers get them most"
            r"|(?:are|is|were|was)\s+(?:affected|diagnosed)\s+more\s+than\s+(?:any\s+)?other"
            r"|(?:are|is|were|was)\s+(?:most|more)\s+(?:often|commonly|frequently)\s+(?:affected|diagnosed)"
            r"|(?:get|develop|catch)\s+(?:it|them|this)\s+most(?:\s+(?:often|commonly|frequently))?(?=\s*[.,;!]|$)"
            # "People with diabetes get it more often", "Boys develop it more often than girls"
            r"|(?:get|develop|catch)\s+(?:it|them|this)\s+(?:much\s+|far\s+)?more\s+(?:often|commonly|frequently)(?=\s*(?:[.,;!]|than\s|$)))"
            + WORD_END,
            re.IGNORECASE,
        ),
        especially=re.compile(
            WORD_START + r"(?:particularly|especially|notably|mainly|mostly)\s+(?:in\s+)?(?:" + groups + r")\s+(?:with|who\s+have|who\s+had)\s+",
            re.IGNORECASE,
        ),
        need_not=re.compile(
            WORD_START + r"(?:you|one|people)\s+(?:don't|don\u2019t|do\s+not|doesn't|doesn\u2019t|does\s+not|needn't|need\s+not)\s+"
            r"(?:have|need)\s+to\s+(?P<x>[^,;:.()]{1,60}?)\s+to\s+(?P<verb>get|develop|catch|have)\s+",
            re.IGNORECASE,
        ),
        raises=re.compile(
            WORD_START + m + r"(?P<verb>raise|raises|raised|increase|increases|push\s+up|pushes\s+up|elevate|elevates)\s+(?:(?:your|the|a\s+person's|their|his|her)\s+)?"
            r"(?P<obj>" + alternation(cues.cause_measures) + r")" + WORD_END,
            re.IGNORECASE,
        ) if cues.cause_measures else None,
        noun_kind={n.lower(): k for k, ns in cues.cause_predicate_nouns.items() for n in ns},
        comparative_kind={n.lower(): k for k, ns in cues.cause_comparatives.items() for n in ns},
        effect_comparatives=frozenset(n.lower() for n in cues.effect_comparatives),
    )


_RISK_CONTEXT = re.compile(
    r"(?<![\w-])(?:gets?|getting|got|develops?|developing|affects?|affected|risk|likely|common|prone|susceptible|vulnerable|"
    r"cause|causes|lead\s+to|leads\s+to)(?![\w-])",
    re.IGNORECASE,
)
_HIGHER_RISK = re.compile(
    r"\s*(?:(?:a|an|the)\s+)?(?:higher|greater|increased|raised|elevated|bigger)\s+(?:risk|chance|likelihood|odds)(?:\s+(?:of|for)\s+)?",
    re.IGNORECASE,
)


#: adverbs of degree a subject reader can take for a subject when they stand alone before the verb
_HEDGE_WORDS = frozenset({"roughly", "about", "around", "nearly", "almost", "approximately", "some", "more", "less"})


@per_cue_set
def _seen_by(cues: RelationCues) -> re.Pattern[str]:
    """A relative clause of who meets the causes after a predicate noun ("the most common triggers we see here", "the
    culprits doctors find most often": ``case_seers``, ``case_meeting_verbs``): the noun ends the predicate, it
    modifies nothing."""
    return re.compile(
        r"\s+(?:that\s+|which\s+)?(?:" + alternation(cues.case_seers) + r")\s+(?:" + alternation(cues.case_meeting_verbs) + r")(?![\w-])",
        re.IGNORECASE,
    )


def predicate_causes(
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
        second = _SECOND_VERB.search(sentence, 0, m_start)
        if second:
            m_start = second.start()  # "Stress can trigger it or make it worse": the subject of "trigger"
        coordinated = _COORDINATED_BEFORE.search(sentence, 0, m_start) is not None
        subjects = [] if coordinated else _left_subjects(sentence, m_start, cues, known)
        listed: list[Span] = []
        vetted: list[Span] = []  # causes the first of two joined verbs read, kept as it read them ("or other irritants")
        if not subjects:
            subj = left_phrase(sentence, _aside_start(sentence, m_start), cues)
            if subj is None and rule.endswith("ing") and sentence[:m_start].rstrip().endswith(","):
                subj = sentence_subject(sentence, cues)  # "The gums swell and bleed, making chewing more painful"
            if subj is not None and coordinated:  # "Cirrhosis can cause liver failure and greatly increases the risk of ..."
                subj = _coordinated_subject(sentence, m_start, subj, cues)
                listed = _earlier_subjects(out, subj, m_start) if subj is not None else []
            pron = _factor_pronoun_before(sentence, m_start) if subj is None or is_pronoun(sentence, subj, cues) else None
            if (pron is not None and relation == "causes" and not _WHAT_BEFORE.search(sentence, 0, m_start)
                    and all(o is not None for o in objs) and _aggravating_pronoun(sentence, pron, end, [o for o in objs if o is not None], cues)):
                for o in objs:  # "as they can make it much worse", "this can make the irritation worse"
                    out.append(RelationMention("cause", pron, o, relation, rule, (pron[0], end)))
                return
            if subj is None or is_pronoun(sentence, subj, cues) or _WHAT_BEFORE.search(sentence, 0, m_start):
                return
            subjects = [subj]
            if coordinated and listed:
                subjects = vetted = listed  # "Tight underwear and perfumed soaps can irritate the skin and make thrush more likely": each
            examples = _examples_of(sentence, subj, end, cues, known)
            if examples:
                subjects = examples[1]  # "Several factors increase your risk, including age and smoking"
        for subj in subjects:
            text = sentence[subj[0] : subj[1]]
            if text.lower() in _HEDGE_WORDS:
                continue  # "... have roughly double the odds": a hedge of the verb, no subject
            if (is_generic(sentence, subj, cues) and subj not in vetted) or _figure_in_head(sentence, subj, cues) or (
                    text.split()[0].lower() in cues.lower_sets["prepositions"] and not _AGE_GROUP.match(text)):
                continue  # (an age group is a risk factor: "Being over 50 and smoking also raise the risk")
            if relation == "causes" and len(subjects) == 1 and is_condition(text, cues, condition):
                for o in objs:  # "Gout can make you feel unwell": what a condition does is its symptom
                    if o is not None and not is_outcome(sentence, o, cues):
                        out.append(RelationMention("symptom", o, subj, None, rule.replace("cause", "symptom", 1), (min(subj[0], o[0]), max(subj[1], o[1]))))
                continue
            for o in objs:
                # the stretch from the first argument to the last: an example after the verb ("Many things can raise your
                # blood pressure, including stress and salt") stands after its effect
                out.append(RelationMention("cause", subj, o, relation, rule,
                                           (min(subj[0], o[0] if o else subj[0], m_start), max(end, subj[1], o[1] if o else end))))

    def objects(pos: int) -> list[Optional[Span]]:
        end = list_end_at(sentence, pos)
        comma = sentence.find(",", pos, end)
        objs = _cause_items(sentence, pos, comma if comma >= 0 else end, cues, known)
        return [o for o in objs if not is_generic(sentence, o, cues) and not _population(sentence, o, cues)] or [None]

    for m in r.predicate.finditer(sentence):
        # "Smoking is the strongest known risk factor", "Stress may act as a trigger", "X is the main culprit"
        relation = r.noun_kind.get(re.sub(r"\s+", " ", m.group("noun").lower()), "causes")
        if m.group("prep") is None and not re.match(r"\s*(?:[,;:.!)\u2013\u2014]|$|(?:and|but|in|among|for|of)(?![\w-]))", sentence[m.end() :], re.I) \
                and not _seen_by(cues).match(sentence, m.end()):
            continue  # "X is a trigger point injection": the noun is a modifier
        objs = objects(m.end()) if m.group("prep") else [None]
        emit(m.start(), relation, objs, f"cause:is a {m.group('noun').lower()}", m.end())
        tail = _ESPECIALLY.search(sentence, max([m.end()] + [o[1] for o in objs if o]))
        if tail and not sentence[max([m.end()] + [o[1] for o in objs if o]) : tail.start()].strip():
            # "Sun exposure is the main risk factor for skin cancer, especially sunburn in childhood"
            for s_ in _cause_items(sentence, tail.end(), list_end_at(sentence, tail.end()), cues, known):
                out.append(RelationMention("cause", s_, objs[0], relation, f"cause:is a {m.group('noun').lower()}", (m.start(), s_[1])))
    for m in r.predicate_is.finditer(sentence):
        # "The main risk factor is being overweight", "In runners, the usual trigger is a training error"
        relation = r.noun_kind.get(re.sub(r"\s+", " ", m.group("noun").lower()), "causes")
        effect = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        if effect is not None and sentence[effect[0] : effect[1]].lower() in _NO_EFFECT:
            continue  # "The main cause for concern is infection": an idiom, no cause
        end = list_end_at(sentence, m.end())
        colon = re.compile(r"\s*[:\u2013\u2014]").search(sentence, m.end(), end)
        causes = _cause_items(sentence, m.end(), colon.start() if colon else end, cues, known)
        if not causes or (sentence[causes[0][0] : causes[0][1]].split()[0].lower() in _UNKNOWN
                          and not _NEGATIVE_GERUND.match(sentence, causes[0][0])) or re.match(r"\s*(?:more|less|much)?\s*than(?![\w-])", sentence[m.end() :], re.I):
            continue  # "The main cause is unknown" (but "the biggest cause is not drinking enough")
        for s_ in causes:
            if not (is_generic(sentence, s_, cues) or _has_figure(sentence, s_) or is_pronoun(sentence, s_, cues)):
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
        if forward_kind(c, m.group("verb")) != "associated_with":
            continue
        higher = _HIGHER_RISK.match(sentence, m.end())
        if higher is None:
            continue
        objs = objects(higher.end()) if higher.group(0).rstrip().endswith(("of", "for")) else [None]
        emit(m.start(), "associated_with", objs, f"cause:{m.group('verb').lower()}", higher.end())
    for m in r.rises.finditer(sentence):
        # "your risk goes up as you get older", "its incidence rises steeply with age and with immunosuppression"
        effect = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        end = list_end_at(sentence, m.end())
        colon = re.compile(r"[:;]").search(sentence, m.end(), end)
        end = colon.start() if colon else end  # "Its prevalence rises with age: in surveys, ...": what follows the colon illustrates
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
        for s_ in kin_run(sentence, items, cues):  # "a parent, brother or sister with glaucoma": one family history
            if not (is_generic(sentence, s_, cues) or is_pronoun(sentence, s_, cues)):
                out.append(RelationMention("cause", s_, effect, "risk_factor", "risk<:risk rises", (m.start(), s_[1])))
    for m in r.role.finditer(sentence):
        # "Genes play a part", "Being dehydrated, some medicines and a family history can also play a part"
        objs = objects(m.end()) if m.group("prep") else [None]
        if any(o is not None and (is_outcome(sentence, o, cues) or _good_outcome(sentence, o, cues) or _CARE_GERUND.match(sentence, o[0])) for o in objs):
            continue  # "Exercise plays a key role in recovery / in managing arthritis": a treatment's part
        subj = left_phrase(sentence, m.start(), cues)
        if subj is not None and (_names_treatment(sentence[subj[0] : subj[1]], cues, intervention)
                                 or sentence[subj[0] : subj[1]].lower().split()[-1] in cues.lower_sets["agent_words"] | {"nurse", "gp", "family"}):
            continue  # "Your nurse plays a key role": who cares, not what causes
        emit(m.start(), "causes", objs, "cause:plays a part", m.end())
    made: set[int] = set()  # where a "makes" cue starts: a limitation there is that rule's (below)
    for m in r.makes.finditer(sentence):
        made.add(m.start())
        # "An infection behind a blocked kidney can make you seriously unwell", "X makes shingles more likely"
        obj = m.group("obj")
        comp = next((k for k in sorted(r.comparative_kind, key=len, reverse=True) if obj.lower().endswith(k)), None)
        relation = r.comparative_kind.get(comp, "causes") if comp else "causes"
        o = m.span("obj")
        if comp and (relation == "risk_factor" or comp in r.effect_comparatives):
            # "makes shingles more likely": shingles; "can make symptoms (much) worse": symptoms
            end = o[1] - len(comp)
            intensifier = _INTENSIFIER_END.search(sentence, o[0], end)
            cut = intensifier.start() if intensifier else end
            o = trim(sentence, (o[0], cut), cues) or (o[0], o[0] + len(sentence[o[0] : cut].rstrip()))  # "makes it worse": it
        listed = _things_that_make_list(sentence, m, cues, known)
        if listed is not None:
            # "Things that made it worse for me: being tired, busy shops and alcohol": the things after the colon
            obj = None if re.fullmatch(r"it|this|them", sentence[o[0] : o[1]], re.I) else o
            for item in listed:
                out.append(RelationMention("cause", item, obj, relation, f"cause:things that {m.group('verb').lower()}:", (m.start(), item[1])))
            continue
        emit(m.start(), relation, [o], f"cause:{m.group('verb').lower()}", m.end())
    for m in r.limits.finditer(sentence):
        # "A ganglion near a joint can make it harder to move the joint fully", "The mouth ulcers can make eating and
        # swallowing painful": what the condition or one of its findings limits is a symptom (another subject's is left to
        # the cause rules: "Depression can make it harder to manage diabetes")
        o = trim(sentence, m.span("obj"), cues)
        if m.start() in made or o is None:
            continue
        if _AND_BEFORE.search(sentence, 0, m.start()):
            subj = sentence_subject(sentence, cues)  # "A ganglion on the foot can rub on your shoes and make walking uncomfortable"
        else:
            subj = left_phrase(sentence, _aside_start(sentence, m.start()), cues)
        if subj is None:
            continue
        text = _SUBJECT_PLACE.split(sentence[subj[0] : subj[1]])[0]  # "A ganglion near a joint": the ganglion
        if is_condition(text, cues, condition) or finding_word(text, cues) or _condition_pronoun(sentence, m.start()):
            out.append(RelationMention("symptom", o, None, None, f"symptom:{m.group('verb').lower()} it harder", (subj[0], o[1])))
    for m in r.group_gets.finditer(sentence):
        # "Anyone who has had chickenpox can get shingles", "people with diabetes can develop foot ulcers"
        subj = trim(sentence, m.span("x"), cues)
        obj = right_phrase(sentence, m.end(), cues)
        if obj is None and (m.group("prone") or m.group("atrisk") or m.group("times")) and subj is not None:
            obj = None  # "those who have had a stroke are at higher risk of another": the effect is unnamed
        elif subj is None or obj is None or is_pronoun(sentence, subj, cues) or _good_outcome(sentence, obj, cues):
            continue
        if subj is None or is_pronoun(sentence, subj, cues):
            continue  # "People with lupus can get better": an outcome
        verb = (m.group("verb") or m.group("prone") or ("times the risk" if m.group("times") else "at risk")).lower()
        out.append(RelationMention("cause", subj, obj, "risk_factor", f"risk:{verb}", (m.start(), (obj or (0, m.end()))[1])))
    for m in _EPISODE_AFTER.finditer(sentence):
        # "Some people have an attack after a single episode of binge drinking": what the episode follows sets it off
        effect = right_phrase(sentence, m.start("episode"), cues, stop=m.end("episode"))
        for s_ in list_items(sentence, (m.end(), list_end_at(sentence, m.end())), cues, known):
            if not (is_generic(sentence, s_, cues) or is_pronoun(sentence, s_, cues) or _names_treatment(sentence[s_[0] : s_[1]], cues, None)):
                out.append(RelationMention("cause", s_, effect, "causes", "cause:an attack after", (m.start(), s_[1])))
    for m in _TIMES_THE_RISK.finditer(sentence):
        subj = left_phrase(sentence, m.start(), cues)
        if subj is None or is_pronoun(sentence, subj, cues) or is_generic(sentence, subj, cues) or any(
                x.kind == "cause" and x.subject[0] < subj[1] and subj[0] < x.subject[1] for x in out):
            continue  # "People with diabetes have twice the risk": the group rule's; "They have ...": no subject named
        obj = right_phrase(sentence, m.end(), cues) if m.group("of") else None
        out.append(RelationMention("cause", subj, obj, "risk_factor", "risk:times the risk", (subj[0], (obj or (0, m.end()))[1])))
    for m in r.affected.finditer(sentence):
        # "men are affected more often than women": a risk factor, like "more likely"
        subj = left_phrase(sentence, m.start(), cues)
        lead = re.match(r"with\s+", sentence[subj[0] : subj[1]], re.I) if subj is not None else None
        if lead and lead.end() < subj[1] - subj[0]:
            subj = (subj[0] + lead.end(), subj[1])  # "..., with women affected four times as often": women
        who = subj and _WHO_WITH.match(sentence, subj[0])
        if who and who.end() < subj[1]:
            subj = (who.end(), subj[1])  # "People with diabetes get it more often": diabetes
        if subj is not None and sentence[subj[0] : subj[1]].lower().split()[-1] in cues.lower_sets["body_sites"]:
            continue  # "The ankles are most often affected": where, not who
        if subj is not None and not is_pronoun(sentence, subj, cues) and not is_generic(sentence, subj, cues):
            for s_ in coordinated(sentence, subj, cues, known):  # "Children and teenagers get them most": each group
                out.append(RelationMention("cause", s_, None, "risk_factor", "risk:affected more often", (s_[0], m.end())))
    for m in r.especially.finditer(sentence):
        # "Thin people get it too, particularly those with a narrow jaw or a family history"
        if not _RISK_CONTEXT.search(sentence, 0, m.start()):
            continue  # "It helps many patients, especially those with mild pain": no risk stated
        for s_ in list_items(sentence, (m.end(), list_end_at(sentence, m.end())), cues, known):
            out.append(RelationMention("cause", s_, None, "risk_factor", "risk:especially those with", (m.start(), s_[1])))
    for m in _APPOSITIVE_ROLE.finditer(sentence):
        # "Newer drugs block CGRP, a protein involved in migraine": CGRP is associated with migraine
        head = m.group("noun").lower().split()[-1]
        if head in cues.lower_sets["agent_words"] or head.endswith(("ist", "ian", "eon", "er", "or")) or head in _PEOPLE:
            continue  # "Dr. Lee, a rheumatologist involved in the trial": who, not what
        subj = left_phrase(sentence, m.start(), cues)
        obj = right_phrase(sentence, m.end(), cues)
        if subj is not None and obj is not None and not is_pronoun(sentence, subj, cues):
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
        if cause is not None and effect is not None and not is_pronoun(sentence, cause, cues):
            out.append(RelationMention("cause", cause, effect, "causes", "cause:a result of x is", (m.start(), effect[1])))
    for m in _EFFECT_OF.finditer(sentence):
        # "Nerve damage is a common complication of diabetes": diabetes causes nerve damage
        effect = left_phrase(sentence, m.start(), cues)
        for s_ in _cause_items(sentence, m.end(), list_end_at(sentence, m.end()), cues, known):
            if not (is_generic(sentence, s_, cues) or is_pronoun(sentence, s_, cues)):
                if effect is not None and is_pronoun(sentence, effect, cues):
                    effect = None
                out.append(RelationMention("cause", s_, effect, "causes", f"cause<:{m.group('noun').lower()} of", (m.start(), s_[1])))
    for m in _AT_RISK_IF.finditer(sentence):
        # "You are at higher risk if you smoke or have diabetes"
        for clause in _if_clauses(sentence, m.end(), list_end_at(sentence, m.end()), cues):
            for s_ in _conditions(sentence, clause, cues, known):
                if not is_generic(sentence, s_, cues):
                    out.append(RelationMention("cause", s_, None, "risk_factor", "risk:at risk if", (m.start(), s_[1])))
    for m in _MORE_LIKELY_IF.finditer(sentence):
        # "You are more likely to have it if you have eczema or hay fever"
        for clause in _if_clauses(sentence, m.end(), list_end_at(sentence, m.end()), cues):
            for s_ in _conditions(sentence, clause, cues, known):
                if not is_generic(sentence, s_, cues):
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
        for clause in _if_clauses(sentence, m.end(), list_end_at(sentence, m.end()), cues):
            if not is_generic(sentence, clause, cues):
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
        if subj is None or is_pronoun(sentence, subj, cues) or is_generic(sentence, subj, cues) or _figure_in_head(sentence, subj, cues):
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
        groups = _group_list(sentence, m.start(), cues, known)  # "Kids in daycare, people who ... are at higher risk": each group
        if not groups and subj is not None and not (is_pronoun(sentence, subj, cues) or is_generic(sentence, subj, cues) or _figure_in_head(sentence, subj, cues)):
            groups = group_pair(sentence, subj)  # "Smokers and heavy drinkers are at higher risk": two groups
        objs = (objects(m.end()) if m.group("prep") or m.group("to") else [None]) if groups else []
        for o in objs:
            if o is not None and re.search(r"\s+than\s", sentence[o[0] : o[1]]):
                o = trim(sentence, (o[0], o[0] + re.search(r"\s+than\s", sentence[o[0] : o[1]]).start()), cues)  # "... than adults"
            for g in groups:
                out.append(RelationMention("cause", g, o, "risk_factor", "risk:group at risk", (g[0], (o or (0, m.end()))[1])))
    for m in _inline_cause_list(cues).finditer(sentence):
        # "Risk factors: age over 65, smoking and diabetes": a cause head and its list after a colon, on one line
        relation = "risk_factor" if c.head_kind.get(re.sub(r"\s+", " ", m.group("head").lower())) == "risk_factor" else "causes"
        effect = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        for item in list_items(sentence, (m.end(), list_end_at(sentence, m.end())), cues, known):
            if not (is_generic(sentence, item, cues) or is_pronoun(sentence, item, cues)):
                out.append(RelationMention("cause", item, effect, relation, f"list:{m.group('head').lower()}:", (m.start(), item[1])))
    for m in _TO_BLAME.finditer(sentence):
        # "Poor sleep may be to blame": the subject is a cause, its effect left implicit
        emit(m.start(), "causes", [None], "cause:to blame", m.end())
    for m in _MAINLY_AFFECTS.finditer(sentence):
        # "Shingles mainly affects older people and those with weakened immune systems": who is at risk
        effect = left_phrase(sentence, m.start(), cues)
        if effect is not None and is_pronoun(sentence, effect, cues):
            effect = None
        end, pos, items = list_end_at(sentence, m.end()), m.end(), []
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
            elif not ws or _group_head(ws) not in _GROUP_NOUNS:
                continue  # "mainly affects the knees": where, not who
            elif age:
                item = (item[0], age.end())
            if item is not None:
                out.append(RelationMention("cause", item, effect, "risk_factor", "risk:mainly affects", (m.start(), item[1])))
    for m in _MAINLY_AFFECTED.finditer(sentence):
        # "Men aged 30 to 50 are most often affected", "Children are mainly affected": the subject is who is at risk
        subj = left_phrase(sentence, m.start(), cues)
        if subj is None or is_pronoun(sentence, subj, cues):
            continue
        ws = re.findall(r"[a-z]+", sentence[subj[0] : subj[1]].lower())
        if ws and _group_head(ws) in _GROUP_NOUNS:
            out.append(RelationMention("cause", subj, None, "risk_factor", "risk:mainly affected", (subj[0], m.end())))
    for m in _RUNS_IN_FAMILIES.finditer(sentence):
        # "Psoriasis tends to run in families": a family history is a risk factor of it
        effect = left_phrase(sentence, m.start(), cues)
        if effect is not None and is_pronoun(sentence, effect, cues):
            effect = None
        out.append(RelationMention("cause", m.span("x"), effect, "risk_factor", "risk:runs in families", ((effect or m.span("x"))[0], m.end())))
    for m in _worse_when(cues).finditer(sentence):
        # "Symptoms are often worse when you are stressed or tired", "my tinnitus is louder when I'm tired": the states
        # that worsen it are its triggers (not "worse at night", "worse when you walk": how it behaves)
        effect = _worsened(sentence, m.start(), cues)
        if effect is False:
            continue
        lead = re.match(r"(?:(?:i|we|you)\s+)?(?:noticed|notice|find|found|think|feel|felt)\s+", sentence[effect[0] : effect[1]], re.I) if effect else None
        if lead and effect[0] + lead.end() < effect[1]:
            effect = (effect[0] + lead.end(), effect[1])  # "I noticed my tinnitus is louder ...": my tinnitus
        items = list_items(sentence, (m.end(), list_end_at(sentence, m.end())), cues, known)
        if len(items) == 1:
            items = _verb_series(sentence, items[0], cues) or items  # "when I'm stressed or tired": each state
        for s_ in items:
            if not (is_generic(sentence, s_, cues) or is_pronoun(sentence, s_, cues)):
                out.append(RelationMention("cause", s_, effect, "causes", "cause:worse when", ((effect or s_)[0], s_[1])))
    for m in _worse_with(cues).finditer(sentence):
        # "Tremor was typically worse with anxiety, caffeine and fatigue", "Symptoms are often worse with stress or cold
        # weather": what it is worse with sets it off, a cause each (not "worse with age", "worse with rest": how it goes)
        effect = _worsened(sentence, m.start(), cues)
        if effect is False:
            continue
        end = list_end_at(sentence, m.end())
        eased = _EASED_AFTER.search(sentence, m.end(), end)  # "worse with exercise and eases with rest": the list ends there
        for s_ in list_items(sentence, (m.end(), eased.start() if eased else end), cues, known):
            if not (is_generic(sentence, s_, cues) or is_pronoun(sentence, s_, cues) or is_clause(sentence[s_[0] : s_[1]], cues)):
                out.append(RelationMention("cause", s_, effect, "causes", "cause:worse with", ((effect or s_)[0], s_[1])))
    _cause_sequences(sentence, cues, known, out)
    _other_factor_lists(sentence, cues, known, out)
    m = _GROUP_WITH_MORE.match(sentence)
    if m and not re.fullmatch(r"(?:(?:many|some|most|all|older|younger)\s+)?(?:people|patients|those|adults|children|women|men|many|some|most)",
                              m.group("grp"), re.IGNORECASE):
        # "Smokers with AS tend to have more stiffness": what the group is makes the condition worse, a cause of it
        grp = (m.start("grp"), m.start("grp") + len(re.sub(r"\s+(?:people|patients|adults|individuals)$", "", m.group("grp"), flags=re.IGNORECASE)))
        out.append(RelationMention("cause", grp, m.span("cond"), "causes", "cause:group with more", (grp[0], m.end())))


#: a group with the condition that has more of it ("Smokers with AS tend to have more stiffness", "Obese people with gout
#: often get more attacks"): the group's attribute is what makes the condition worse
_GROUP_WITH_MORE = re.compile(
    r"\W*(?P<grp>(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*(?:\s+(?:people|patients|adults|individuals))?)\s+with\s+(?P<cond>[^,;:.()]{2,40}?)\s+"
    r"(?:(?:tend|tends|tended)\s+to\s+|(?:often|usually|also|generally)\s+)*(?:have|has|get|gets|develop|experience)\s+"
    r"(?:more|worse|more\s+severe|more\s+frequent)\s", re.IGNORECASE)
#: a list that ends with "or another risk factor", "and other causes": the items before are of that kind
_OTHER_OF_KIND = re.compile(
    r",?\s+(?:or|and)\s+(?:another|other|any\s+other|some\s+other)\s+(?:(?:known|common|possible)\s+)?(?P<noun>risk\s+factors?|causes?|triggers?)(?![\w-])",
    re.IGNORECASE,
)
#: where such a list starts: after a verb of having, "with", "such as", "include", a colon, or at the sentence start
_KIND_LIST_START = re.compile(r"(?:^|(?<![\w-])(?:have|has|had|with|including|include|includes|such\s+as|like)\s+|:\s*)", re.IGNORECASE)


def _other_factor_lists(sentence: str, cues: RelationCues, known: Optional[Known], out: list) -> None:
    """"If you have diabetes, obesity or another risk factor, ...", "Smoking, heavy drinking and other causes ...": the
    items listed before "another risk factor" are risk factors (before "other causes", causes)."""
    for m in _OTHER_OF_KIND.finditer(sentence):
        starts = [x.end() for x in _KIND_LIST_START.finditer(sentence, 0, m.start())]
        start = starts[-1] if starts else 0
        if start >= m.start() or "." in sentence[start : m.start()]:
            continue
        relation = "risk_factor" if m.group("noun").lower().startswith("risk") else "causes"
        for item in list_items(sentence, (start, m.start()), cues, known):
            if not (is_generic(sentence, item, cues) or is_pronoun(sentence, item, cues) or is_clause(sentence[item[0] : item[1]], cues)):
                out.append(RelationMention("cause", item, None, relation, f"cause:or another {m.group('noun').lower()}", (item[0], m.end())))


#: The other half of "worse with X and better / eases with Y": how the condition eases, no further cause.
_EASED_AFTER = re.compile(
    r",?\s+(?:and|but)\s+(?:then\s+)?(?:(?:is|are|gets?|feels?)\s+)?(?:better|eases?|improves?|settles?|fades?|subsides?|"
    r"relieved|calms?)(?![\w-])",
    re.IGNORECASE,
)


def _worsened(sentence: str, pos: int, cues: RelationCues) -> Optional[Span] | Literal[False]:
    """What a "worse when" / "worse with" cue at ``pos`` says is worsened: the phrase before it, None for a pronoun (the
    page's condition), False when there is none or the sentence is about people with a condition (no claim)."""
    effect = left_phrase(sentence, pos, cues)
    if effect is None or IN_CONDITION.search(sentence, 0, pos):
        return False
    return None if is_pronoun(sentence, effect, cues) else effect


@per_cue_set
def _worse_with(cues: RelationCues) -> re.Pattern[str]:
    """"is (typically) worse / more severe with X": after the copula and the comparative of worsening, "with" and what
    worsens it; what follows the match is the list of factors (not a course of time or of use: worse_with_courses)."""
    comps = alternation(cues.cause_comparatives.get("causes", []))
    return re.compile(
        r"\s+(?:is|are|was|were|gets?|got|becomes?|became|(?:can|may|might|will|tends?\s+to)\s+(?:get|be|become))\s+"
        r"(?:(?:often|usually|much|far|a\s+lot|even|always|sometimes|generally|typically|also|noticeably|considerably)\s+)*(?:" + comps + r")\s+"
        r"with\s+(?!(?:" + alternation(cues.worse_with_courses) + r")(?![\w-]))(?=[a-z])",
        re.IGNORECASE,
    )


@per_cue_set
def _worse_when(cues: RelationCues) -> re.Pattern[str]:
    """"is (much) worse / louder when you are X": after the copula and the comparative of worsening, a person in
    a state; the state follows the match."""
    comps = alternation(cues.cause_comparatives.get("causes", []))
    return re.compile(
        r"\s+(?:is|are|gets?|becomes?|feels?|seems?|(?:can|may|might|will|tends?\s+to)\s+(?:get|be|become|feel|seem))\s+"
        r"(?:(?:often|usually|much|far|a\s+lot|even|always|sometimes|generally|typically|also|always)\s+)*(?:" + comps + r")\s+"
        r"(?:when|whenever|if)\s+(?:you|i|they|we|he|she|people|patients)\s*(?:['\u2019]re|['\u2019]m|are|am|is|feel|get|become|were|was)\s+"
        r"(?:(?:very|really|quite|a\s+bit|a\s+little|feeling|more|particularly|especially)\s+)*(?=[a-z])",
        re.IGNORECASE,
    )


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
    r"|(?:much\s+|far\s+)?more\s+(?:susceptible|prone|vulnerable)(?:(?P<to>\s+to\s+)"
    # "Babies are more vulnerable, as are ...", "Women are more susceptible than men": the condition left implicit
    r"|(?=\s+than\s|\s*(?:[,;.]|$))))",
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
#: the passive of who a condition mostly affects ("are most often affected", "are mainly affected")
_MAINLY_AFFECTED = re.compile(
    r"(?<![\w-])(?:is|are)\s+(?:mostly|mainly|usually|often|typically|commonly|most\s+often|most\s+commonly|more\s+often|more\s+commonly|"
    r"particularly|especially|chiefly)\s+affected(?![\w-])(?!\s+(?:by|with|in|on|at)\s)",
    re.IGNORECASE,
)
#: the words that open an age after a group's noun ("children under 10", "men aged 30 to 50")
_AGE_WORDS = frozenset({"under", "over", "aged", "between", "older", "younger", "from", "of"})


#: where a list of groups at risk starts: the sentence, a clause after a colon or semicolon, or after "which is why"
_GROUP_LIST_START = re.compile(r"[;:]\s*|,\s*but\s+|(?<![\w-])(?:which|that|this)\s+is\s+why\s+|(?<![\w-])that's\s+why\s+", re.IGNORECASE)
#: the separators of a list of groups: commas, with or without a coordinator, and a coordinator before a group noun
_GROUP_SEP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?=(?:people|anyone|those|patients|adults|children)\s+(?:who|with|whose)\s)", re.IGNORECASE)
#: a group named by what it has or does ("people who play contact sports", "anyone with diabetes", "those having
#: chemotherapy", "for example those who ..."): the words after it are the risk factor
_GROUP_BY_TRAIT = re.compile(
    r"(?:(?:for\s+example|for\s+instance|e\.g\.,?|such\s+as|including|especially|particularly)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:people|anyone|those|patients|adults|children|kids|women|men|individuals)\s+)?"
    r"(?:with|having|whose|who\s+(?:have|has|had|are|were)(?:\s+had)?|who(?=\s+[a-z]))\s+", re.IGNORECASE)


def _group_list(sentence: str, pos: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The groups at risk a list subject names before the verb at ``pos`` ("Kids in daycare, people who play contact
    sports such as wrestling, and anyone with a weakened immune system or diabetes are at higher risk"): each group,
    a group named by what it has or does as that trait ("play contact sports", "diabetes"), the examples it names
    apart ("wrestling"); empty when the subject is no list of two or more groups."""
    starts = [m.end() for m in _GROUP_LIST_START.finditer(sentence, 0, pos)]
    start = starts[-1] if starts else 0
    lead = LIST_MARK.match(sentence, start)
    start, end = (lead.end() if lead else start), pos
    region = sentence[start:end]
    if not region.strip() or _CLAUSE_OPENER.match(region) or _FIGURE_OR_DASH.search(region):
        return []
    bounds = [start] + [x for m in _GROUP_SEP.finditer(sentence, start, end) for x in m.span()] + [end]
    first = _GROUP_BY_TRAIT.match(sentence, start, end)
    if first and "who" in first.group(0).lower() and not any(
            _GROUP_BY_TRAIT.match(sentence, a, b) or _GROUP_HEAD.match(sentence, a, b) for a, b in zip(bounds[2::2], bounds[3::2])):
        # "People who spend time outdoors in wooded, brushy or grassy areas where ticks live": one group, its trait's commas
        where = re.compile(r"\s+(?:where|when|which|that)\s", re.IGNORECASE).search(sentence, first.end(), end)
        trait = trim(sentence, (first.end(), where.start() if where else end), cues)
        return [trait] if trait and len(bounds) > 2 else []
    out: list[Span] = []
    for a, b in zip(bounds[::2], bounds[1::2]):
        if not sentence[a:b].strip():
            continue  # the comma that closes an aside before the verb
        trait = _GROUP_BY_TRAIT.match(sentence, a, b)
        part = trim(sentence, (trait.end() if trait else a, b), cues)
        if part is None:
            return []
        example = EXAMPLES.search(sentence, part[0], part[1])
        parts = [(part[0], example.start()), (example.end(), part[1])] if example else [part]
        parts = [q for p_ in parts if (q := trim(sentence, p_, cues))]
        if not trait or "with" in sentence[trait.start() : trait.end()].lower():
            parts = [q for p_ in parts for q in pair_subject(sentence, p_, cues, known)]  # "a weakened immune system or diabetes"
        if not trait and not example:
            ws = re.findall(r"[a-z]+", sentence[part[0] : part[1]].lower())
            if not ws or len(ws) > 6 or _has_clause_word(ws, cues):
                return []  # "sand and snow adds to the dose": a clause, no group
        out.extend(q for p_ in parts for q in group_pair(sentence, p_))  # "pregnant women and older people": two groups
    if len(out) < 2 or any(is_generic(sentence, q, cues) or is_pronoun(sentence, q, cues) for q in out):
        return []
    return out


def _has_clause_word(ws: list[str], cues: RelationCues) -> bool:
    """Whether the words of a list item hold a word of a clause (a verb, a conjunction)."""
    return bool(set(ws) & (cues.lower_sets["clause_words"] - {"being", "having"}))


def _group_head(ws: list[str]) -> str:
    """The head noun of a group named with its age ("children under 10", "men aged between 30 and 50"): the word
    before the age, else the last word."""
    for i, w in enumerate(ws):
        if w in _AGE_WORDS and i > 0:
            return ws[i - 1]
    return ws[-1]


#: two groups of people joined by "and" or "or", each up to three words ("pregnant women and older people", "military
#: recruits and dancers")
_GROUP_PAIR = re.compile(r"(?P<a>(?:[\w-]+\s+){0,2}(?P<ha>[a-z]+))\s+(?:and|or)\s+(?P<b>(?:[\w-]+\s+){0,2}(?P<hb>[a-z]+))", re.IGNORECASE)


def group_pair(sentence: str, item: Span) -> list[Span]:
    """A risk group item that is two groups of people joined by "and" or "or", each headed by a plural noun of people or
    of a trade ("babies and older people", "military recruits and dancers", "smokers or heavy drinkers"): each group;
    any other item as it is ("sand and snow", "wear and tear", "men over 50": one)."""
    m = _GROUP_PAIR.fullmatch(sentence, item[0], item[1])
    if m is None:
        return [item]
    if re.match(r"(?:their|his|her|its)\s", m.group("b"), re.IGNORECASE):
        return [item]  # "primary school children and their families": a group named by the first, one
    heads = [m.group("ha").lower(), m.group("hb").lower()]
    if not all(h in _GROUP_NOUNS or (plural_noun(h) and _PEOPLE_SUFFIX.search(h)) for h in heads):
        return [item]
    return [m.span("a"), m.span("b")]


#: the endings of plural nouns of people ("dancers", "sailors", "cyclists", "musicians", "residents", "employees")
_PEOPLE_SUFFIX = re.compile(r"(?:ers|ors|ists|ians|ants|ents|ees|ans|ics|ites|ies)$")


_GROUP_NOUNS = frozenset({"people", "women", "men", "children", "adults", "adolescents", "teenagers", "athletes", "runners", "workers", "smokers",
                          "babies", "infants", "girls", "boys", "patients", "individuals", "players", "drinkers", "elderly", "females", "males",
                          "recruits", "soldiers", "students", "toddlers", "teens", "pensioners", "veterans", "dancers", "swimmers"})
#: a list item that names a group by its noun ("older adults", "children under 5")
_GROUP_HEAD = re.compile(r"(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(_GROUP_NOUNS)) + r"|kids|anyone|those|everyone)(?![\w-])", re.IGNORECASE)
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
        if cause is not None and not is_generic(sentence, cause, cues):
            out.append(RelationMention("cause", cause, effect, "causes", "cause:with each x, more y", (m.start("x"), m.end())))
    for m in _AS_CONTINUES.finditer(sentence):
        cause = right_phrase(sentence, m.start("x"), cues, stop=m.end("x"))
        effect = right_phrase(sentence, m.start("y"), cues, limit=cues.max_item_words * 2, stop=m.end("y"))
        if cause is not None and not is_generic(sentence, cause, cues):
            out.append(RelationMention("cause", cause, effect, "causes", "cause:as x continues", (m.start(), (effect or cause)[1])))
    for m in _PROBLEM_AFTER.finditer(sentence):
        cause = right_phrase(sentence, m.start("x"), cues, stop=m.end("x"))
        not_only = re.compile(r"not\s+only\s+(?:are|is|do|does|will|can)\s+", re.I).match(sentence, m.start("y"))
        effect = trim(sentence, (not_only.end() if not_only else m.start("y"), m.end("y")), cues)
        if cause is not None and not (is_generic(sentence, cause, cues) or is_pronoun(sentence, cause, cues)):
            out.append(RelationMention("cause", cause, effect, "causes", "cause:a problem following x", (m.start(), (effect or cause)[1])))
    for m in _SOURCES_SUCH_AS.finditer(sentence):
        effect = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj"))
        verb = re.compile(r",\s+(?:are|is|can|may|might|could|will|were|was|have|has|tend|seem)(?![\w-])", re.I).search(sentence, m.end())
        end = min(list_end_at(sentence, m.end()), verb.start() if verb else len(sentence))
        for item in _nested_items(sentence, m.end(), end, cues, known):
            if not (is_generic(sentence, item, cues) or is_pronoun(sentence, item, cues)):
                out.append(RelationMention("cause", item, effect, "causes", f"cause:other {m.group('noun').lower()} such as", (m.start(), item[1])))


def _nested_items(sentence: str, start: int, end: int, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The items of a list with examples of its own in brackets ("A, B and hip disease (such as hip
    arthritis)"): the items, then each bracketed example."""
    out: list[Span] = []
    pos = start
    for b in list(re.finditer(r"\s*\((?:such\s+as|like|including|e\.g\.,?|especially)\s+(?P<inner>[^()]{2,80})\)", sentence[:end])) + [None]:
        if b is not None and b.start() < start:
            continue
        stop = b.start() if b else list_end_at(sentence, pos)
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
#: "A virus is usually responsible.", "Genes are partly to blame": a cue complete without its object, which is the
#: page's condition (or the effect the sentence before named)
_BLAME = re.compile(r"(?:responsible|to\s+blame)$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.;!]|$|,\s+(?:but|and|although|though|while)\s)", re.IGNORECASE)


def _bare_verb_subject(text: str) -> bool:
    """Whether a subject is one verb that is no noun ("know" in "anything you know sets it off")."""
    ws = text.lower().split()
    return len(ws) == 1 and is_base_verb(ws[0]) and not is_noun(ws[0])


#: "X has long been blamed, although ...", "X is often blamed.": a suspected cause of the page's condition left implicit;
#: "X is often blamed, but a spur does not cause the pain" goes on to deny it
_BLAMED = re.compile(r"(?:blamed|implicated|pass(?:es)?\s+(?:it|them)\s+on|sets?\s+(?:it|them|one)\s+off|brings?\s+(?:it|them|one)\s+on)$", re.IGNORECASE)  # "X has also been implicated, although ..."
_BLAMED_END = re.compile(r"\s*(?:[.;!]|$|,\s+(?:although|though|while|because|since)\s)", re.IGNORECASE)
_IT_OBJECT = re.compile(r"\s+(?:it|them|one)\s*(?:[.;,!]|$|in\s|when\s|if\s|too(?![\w-]))", re.IGNORECASE)
_ESPECIALLY_IF = re.compile(r",\s*(?:especially|particularly|mainly|mostly)\s+(?:if|when)\s+", re.IGNORECASE)
#: a main clause that states who gets or keeps a condition (not advice): "still have symptoms", "is more common"
_OUTCOME_CLAUSE = re.compile(
    r"(?<![\w-])(?:still\s+(?:have|has|get|gets|feel)|develops?|get|gets|is\s+(?:more\s+)?common|are\s+(?:more\s+)?common|more\s+likely|"
    r"persists?|recurs?|comes?\s+back|returns?|worse|at\s+risk|higher\s+risk|suffer|suffers|"
    # "increases the risk of infection, particularly when ...", "more prone to infections, particularly if ...", "become
    # infected, especially if they have been scratched": a risk or a cause stated, the condition its factor
    r"risk\s+of|prone|susceptible|vulnerable|infected|can\s+cause|may\s+cause|can\s+lead\s+to|may\s+lead\s+to|can\s+trigger)(?![\w-])",
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
    if span is None or is_generic(fragment, span, cues):
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
#: "Some people have an attack after a single episode of binge drinking", "get a flare-up after eating spicy food"
_EPISODE_AFTER = re.compile(
    r"(?<![\w-])(?:have|has|had|get|gets|got|develop|develops|developed)\s+(?P<episode>(?:an?\s+|their\s+first\s+)?(?:[\w-]+\s+)?"
    r"(?:attack|attacks|flare|flares|flare-up|flare-ups|episode|episodes|relapse|relapses))\s+(?:soon\s+|shortly\s+)?(?:after|following)\s+",
    re.IGNORECASE,
)
#: "Current smokers had roughly three times the odds of PAD", "Women have twice the risk of migraine": the subject
#: bears a multiple of the risk of what follows (the group with a condition is :attr:`group_gets`'s)
_TIMES_THE_RISK = re.compile(
    r"(?<![\w-])(?:have|has|had|face|faces|faced|carry|carries|carried)\s+(?:also\s+)?"
    r"(?:(?:roughly|about|around|nearly|approximately|almost|more\s+than|over|at\s+least)\s+)?(?:" + _TIMES + r"|double|triple)"
    r"\s+(?:the|their|a)\s+(?:risk|chance|likelihood|odds|rate|incidence)(?P<of>\s+(?:of|for)(?:\s+(?:getting|developing|having))?\s+)?",
    re.IGNORECASE,
)
#: a hedge before a ratio ("about twice as likely", "at least three times more likely")
_ABOUT = r"(?:(?:about|roughly|around|approximately|nearly|almost|at\s+least|more\s+than|over|up\s+to)\s+)?"
_MORE_LIKELY = re.compile(
    r"\s+(?:are|is|were|was|be|been)\s+(?:(?:" + _ABOUT + r"(?:" + _TIMES + r")\s+(?:more|as)|more)\s+likely\b"
    # "Children under 3 are most likely to get croup": the group, when what follows is getting the condition
    r"|(?:the\s+)?most\s+likely(?=\s+to\s+(?:get|develop|catch|have|be\s+affected)(?![\w-])))", re.IGNORECASE
)
#: People named by the intervention they were given: "women who received PFMT", "those who were given zinc", "patients
#: randomised to surgery" (what follows compares the outcome of a treated group, no risk factor of the people).
_TREATED_GROUP = re.compile(
    r"(?<![\w-])(?:(?:who|that)\s+(?:were\s+|was\s+|had\s+)?(?:received?|took|underwent|completed)\s|"
    r"(?:(?:who|that)\s+(?:were|was)\s+)?(?:given|(?:treated|randomi[sz]ed|assigned|allocated)\s+(?:with|to))\s)",
    re.IGNORECASE,
)
_WHO_WITH = re.compile(
    r"(?:patients|people|those|individuals|adults|women|men|children|smokers|anyone)\s+(?:with|who\s+have|who\s+had|who\s+are)\s+",
    re.IGNORECASE,
)
#: "..., and in people with ...", "or among ...": a second group after a first one of "more common in"
_AND_IN = re.compile(r",?\s+(?:and|or)\s+(?=(?:in|among)\s)", re.IGNORECASE)

#: people named by what they have, right after "more common in": "people with diabetes", "those who have had a stroke"
_PEOPLE_HAVING = re.compile(r"(?:people|patients|those|adults|individuals|anyone)\s+(?:with|who\s+(?:have|has)(?:\s+had)?)\s+(?=\w)", re.IGNORECASE)
_MORE_COMMON_IN = re.compile(
    r"(?<![\w-])(?:is|are|was|were|it's)\s+(?:also\s+)?(?:(?:roughly|about|around|nearly|approximately|almost|more\s+than|over|at\s+least)\s+)?"
    r"(?:" + _TIMES + r")\s+(?:more|as)\s+(?:common|frequent|prevalent)\s+(?:as\s+)?(?:in|among)\s+",
    re.IGNORECASE,
)


def _stopping(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether a phrase is about stopping a treatment ("treatment was stopped")."""
    return any(w in cues.lower_sets["discontinuation_words"] for w in re.findall(r"[a-z]+", sentence[span[0] : span[1]].lower()))


def _has_figure(sentence: str, span: Span) -> bool:
    return re.search(r"\d", sentence[span[0] : span[1]]) is not None


#: a number that is part of a name ("type 2 diabetes", "COVID-19", "stage 3", "H1N1", "enterovirus 71"), not a quantity
_NAME_NUMBER = re.compile(r"(?:(?<=[A-Za-z])|(?<=[A-Za-z]-)|(?<=type\s)|(?<=grade\s)|(?<=stage\s)|(?<=class\s)|(?<=phase\s)|(?<=level\s)|(?<=virus\s))\d+[A-Za-z]?(?![\d.%])", re.IGNORECASE)


def _quantity(sentence: str, span: Span) -> bool:
    """Whether a phrase holds a figure that counts or measures ("fewer than 3% stopped"), not a number
    that is part of a name ("Type 2 diabetes")."""
    text = sentence[span[0] : span[1]]
    return re.search(r"\d", _NAME_NUMBER.sub("", text)) is not None


#: the pronouns that may name an aggravating factor of the sentence before ("It can trigger attacks", "these can make it worse")
_FACTOR_PRONOUNS = frozenset({"it", "they", "these", "this", "those"})
#: the comparative after a verb's object that makes the verb a worsening ("make the itching worse", "make it much worse")
_WORSE_AFTER = re.compile(r"\s+(?:(?:much|even|a\s+lot|far|a\s+bit|a\s+little)\s+)?worse(?![\w-])", re.IGNORECASE)
#: a verb of setting off ("can trigger it", "may bring it on"): a pronoun that does so to the condition is a factor, not it
_TRIGGER_VERB = re.compile(r"(?<![\w-])(?:trigger|triggers|set|sets|bring|brings|provoke|provokes|spark|sparks)\s*$", re.IGNORECASE)
#: what a condition comes in: its attacks, flares, episodes, or its symptoms
_EPISODE_OR_SYMPTOMS = re.compile(
    r"(?:(?:an?|the|your|their|its|first|further|new|next|another|more|some)\s+){0,2}(?:attacks?|flares?|flare-ups?|episodes?|symptoms|seizures?)",
    re.IGNORECASE,
)


def _factor_pronoun_before(sentence: str, pos: int) -> Optional[Span]:
    """The pronoun subject right before a verb at ``pos`` ("It can trigger", "as they can all make", "but these may"),
    past modals and adverbs, if any."""
    m = re.search(r"(?<![\w-])(?P<p>it|they|these|this|those)\s+(?:(?:can|may|might|could|will|would|often|usually|also|all|sometimes|"
                  r"commonly|frequently|easily|even|both)\s+)*$", sentence[:pos], re.IGNORECASE)
    return m.span("p") if m else None


def _aggravating_pronoun(sentence: str, subj: Span, pos: int, objs: list[Span], cues: RelationCues) -> bool:
    """Whether a pronoun subject of a causal verb names a factor that sets off or worsens the condition: its object is
    the condition's pronoun ("they can make it much worse", "these can make it worse") or its episodes or symptoms
    ("It can trigger attacks in some people"), or the verb is a worsening ("as this can make the irritation worse").
    The condition itself neither triggers its own attacks nor worsens itself, so the pronoun stands for something
    else named before (CLAIMS_SPEC.md: a pronoun argument is annotated as written)."""
    if sentence[subj[0] : subj[1]].lower() not in _FACTOR_PRONOUNS:
        return False
    if not objs:
        it = re.match(r"\s+(?:it|them)(?![\w-])", sentence[pos:], re.IGNORECASE)
        return it is not None and (_WORSE_AFTER.match(sentence, pos + it.end()) is not None or _TRIGGER_VERB.search(sentence[subj[1] : pos]) is not None)
    return all(_EPISODE_OR_SYMPTOMS.fullmatch(sentence[o[0] : o[1]]) or _WORSE_AFTER.match(sentence, o[1]) for o in objs)


#: a second predicate right before a verb: "... can rub on your shoes and make ..."
_AND_BEFORE = re.compile(r"\s(?:and|or)\s+$", re.IGNORECASE)
#: where a subject's head ends and a phrase of its place begins: "A ganglion near a joint", "a cyst on the wrist"
_SUBJECT_PLACE = re.compile(r"\s+(?:near|on|in|at|around|behind|under|over|inside|of)\s+", re.IGNORECASE)


#: "..., and it" / "..., but it" right before a verb (past two adverbs or modals): a second clause whose subject is "it"
_AND_IT = re.compile(r"[,;]\s*(?:and|but)\s+it\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _condition_it_after(sentence: str, pos: int, cues: RelationCues, condition: Optional[Known]) -> bool:
    """Whether the verb at ``pos`` has "it" for subject in a clause joined to a first clause about the page's condition
    ("A stye does not usually affect your vision, and it rarely causes a fever"): "it" is that condition."""
    if _AND_IT.search(sentence, 0, pos) is None:
        return False
    first = sentence_subject(sentence, cues)
    return first is not None and is_condition(sentence[first[0] : first[1]], cues, condition)


def _condition_pronoun(sentence: str, pos: int) -> bool:
    """Whether the sentence's subject right before ``pos`` is "it" / "this condition" (the page's topic); a bare
    "This causes inflammation" speaks of the sentence before (a mechanism), not of the condition."""
    # (or a first predicate of onset coordinated before the verb: "It can come on suddenly and cause severe pain")
    return re.match(r"\s*(?:it|this\s+(?:condition|syndrome|disorder|disease)|the\s+(?:condition|syndrome|disorder|disease))\s+"
                    r"(?:(?:\w+\s+){0,3}|(?:(?:can|may|might|often|usually|tends\s+to|tend\s+to)\s+)?(?:comes?\s+on|starts?|begins?|develops?|appears?|progress(?:es)?|"
                    r"flares?\s+up|gets?\s+worse)\s+(?:[\w'-]+\s+){0,3}and\s+(?:(?:can|may|might|often|also|then|eventually|sometimes|usually)\s+)*)$",
                    sentence[:pos], re.I) is not None or PRONOUN_VERB_SERIES.match(sentence[:pos]) is not None


_SERIES_VERB = re.compile(r"(?:make|makes|cause|causes|lead|leads|give|gives|trigger|triggers|affect|affects)\s", re.IGNORECASE)
#: the next verb of a series of verb phrases, where the object of the one before ends
_NEXT_VERB_OF_SERIES = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:can|may|might|also|often|sometimes)\s+)*(?:make|makes|cause|causes|lead\s+to|leads\s+to|"
    r"give|gives|trigger|triggers)\s", re.IGNORECASE)


# the module's patterns scan only the sentences that hold one of their needed words (speed, same matches)
globals().update(prefiltered_globals(globals()))


_ANAPHORIC_LIST = re.compile(
    r"\s*(?:this|these|they|such\s+(?:things|breaks|factors|groups))\s+(?:(?:may|might|can|could|will|often|usually|commonly|also)\s+)*"
    r"(?:be|include|includes|including|are|is)\s+(?:(?:things\s+like|for\s+example|for\s+instance|such\s+as)\s*,?\s*)?",
    re.IGNORECASE,
)


def anaphoric_causes(sentence: str, relation: str, cues: RelationCues, known: Optional[Known]) -> list[RelationMention]:
    """A list that names what the sentence before called a cause or a risk ("Cellulitis happens when bacteria get
    into the skin through a break in it. This may be a cut, a graze or an insect bite."; "People who spend time in
    woods are at higher risk. This includes hikers, campers and hunters."): each item is a cause of that relation,
    its effect left implicit. A list of two or more items only: "This is rare" names nothing."""
    m = _ANAPHORIC_LIST.match(sentence)
    if m is None:
        return []
    end = list_end_at(sentence, m.end())
    items = _cause_items(sentence, m.end(), end, cues, known)
    examples = EXAMPLES.search(sentence, m.end(), end)
    if examples:  # "people who work outdoors, such as forestry and farm workers": the class and its examples
        items = [i for i in items if i[1] <= examples.start()] + list_items(sentence, (examples.end(), end), cues, known)
    items = [part for it in items for part in coordinated(sentence, it, cues, known)]  # "hunters and people who ..."
    if len(items) < 2 or any(is_clause(sentence[s:e], cues) for s, e in items):
        return []
    return [RelationMention("cause", it, None, relation, "cause:this is", (m.start(), it[1])) for it in items]


_OF_PART = re.compile(r"\s+(?:with|in|of|affecting)\s+(?=\S)", re.IGNORECASE)


def _problem_with(sentence: str, span: Span, cues: RelationCues) -> Span:
    """A generic noun with the part it is of ("a problem with the inner ear", "problems in the nerves") is one
    cause: the item goes on to the part; any other item is kept."""
    if not is_generic(sentence, span, cues):
        return span
    m = _OF_PART.match(sentence, span[1])
    part = right_phrase(sentence, m.end(), cues) if m else None
    return (span[0], part[1]) if part else span


#: "and" before a verb of the condition: a second predicate, not another item ("older people and sometimes starts after")
_AND_VERB = re.compile(r"\s+and\s+(?:(?:sometimes|often|usually|can|may|also|then|typically)\s+)*"
                       r"(?:starts?|begins?|develops?|affects?|happens?|occurs?|runs?|tends?|is|are|can|may)(?![\w-])", re.IGNORECASE)

_ONSET_AFTER = re.compile(r"(?:start|starts|started|begin|begins|began)\s+after$", re.IGNORECASE)

_BUT_CLAUSE = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\s+", re.IGNORECASE)


#: a comparative ellipsis after a clause that states a cause: a comma, "as", an auxiliary and the further cause(s) the
#: same predicate holds for ("..., as can strong smells", "..., as is using a barbecue indoors", "..., as are people with
#: diabetes"); not a clause of manner or a hedge ("as is often the case", "as can happen", "as are most")
_AS_AUX = re.compile(
    r",\s*as\s+(?:can|could|may|might|do|does|did|is|are|was|were|will|would|has|have)\s+(?:also\s+)?"
    r"(?!(?:the\s+case|often|usual|usually|common|commonly|well|expected|likely|possible|true|known|seen|shown|described|noted|"
    r"mentioned|discussed|said|happen|happens|occur|occurs|most|many|all|other|others|several|both|it|this|that|these|they|you|we|i|he|she|one|not)(?![\w-]))"
    r"(?=[a-z])",
    re.IGNORECASE,
)


def elliptic_causes(sentence: str, cues: RelationCues, known: Optional[Known], out: list) -> None:
    """The further causes of a comparative ellipsis ("Stress can make the itching worse, as can hot baths"; "A blocked
    flue is a common cause, as is a faulty boiler"; "Babies are more vulnerable, as are people with heart disease"):
    each item after "as" and its auxiliary is a cause with the relation and the effect of the cause stated before it,
    when a cause claim of the sentence ends before the comma. Appends to ``out``."""
    if ", as " not in sentence and ",as " not in sentence:
        return
    for m in _AS_AUX.finditer(sentence):
        before = [x for x in out if x.kind == "cause" and x.subject is not None and x.subject[1] <= m.start()
                  and (x.object is None or x.object[1] <= m.start())]  # not an effect that runs past the comma
        if not before:
            continue
        base = before[-1]
        end, start = list_end_at(sentence, m.end()), m.end()
        who = _WHO_WITH.match(sentence, start, end)  # "as are people with heart or lung disease": what they have
        items = list_items(sentence, (who.end() if who else start, end), cues, known)
        if who:
            items = [part for it in items for part in coordinated(sentence, it, cues, known)]
        for item in items:
            if is_pronoun(sentence, item, cues) or is_generic(sentence, item, cues) or is_clause(sentence[item[0] : item[1]], cues):
                continue
            out.append(base._replace(subject=item, rule=base.rule + ":as", target=(m.start(), item[1])))
