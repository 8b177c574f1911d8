"""Treatment claims: interventions offered or used for a condition ("X is used to treat Y", "Y can be
treated with X", "we offer X", "X helps relieve Y"), their stated effects, and the incidental
mentions of interventions (as a cause, history, method or logistics) that are not treatment claims.
"""

from __future__ import annotations

from typing import Optional, Sequence

from extract import regexcache as re
from extract.claims.cues import RelationCues, agent_word, alternation, housekeeping, intervention_word, per_cue_set
from extract.claims.prefilter import prefiltered_globals
from extract.claims.grammar import ANAPHORA, apposition, closes_aside, coordinated, WORD_START, Compiled, WORD_END, list_end_at, list_items, is_pronoun, RelationMention
from extract.lexicon import is_base_verb, is_modifier, is_noun
from extract.claims.phrases import Known, Span, is_clause, left_phrase, right_phrase, split_items, words


def intervention_mentions(sentence: str, heads: frozenset[str], generic: frozenset[str], cues: RelationCues,
                          short_forms: frozenset[str] = frozenset()) -> list[Span]:
    """Phrases naming an intervention: a head word ("injections", "ablation", "splints",
    "stimulation", a drug name ...) with up to three modifiers before it ("ultrasound-guided
    injections", "genicular radiofrequency ablation"), or an abbreviation whose long form is one.
    A generic head alone ("treatment", "care", "procedures") names nothing."""
    toks = words(sentence)
    stop, blocking_words = _mention_word_sets(cues)
    blockers = _blocker_re(cues)
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
        elif lw not in heads and w not in short_forms and not intervention_word(lw, cues) and not _arm_name(sentence, s, e, cues):
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
                    or (kw.lower() in cues.lower_sets["prepositions"] and kw.lower() != "without")  # "for weeks despite treatment"
                    or (kw.lower().endswith("ing") and len(kw) > 5 and kw.lower() not in heads)
                    or _verb_not_modifier(kw.lower()) or _passive_giving(sentence, toks, k)):
                break
            start = ks
            n_mod += 1
            k -= 1
        mods = [sentence[a:b].lower() for a, b in toks[k + 1 : j]]
        if "without" in mods[1:]:  # "two years without treatment": the course from "without" on, not what comes before
            cut = mods.index("without", 1)
            k += cut
            start = toks[k + 1][0]
            mods = mods[cut:]
        if mods and mods[0].endswith("ed") and k >= 0 and sentence[toks[k][0] : toks[k][1]].lower() in blocking_words | _SUBJECT_PRONOUNS:
            k += 1  # "My GP prescribed amitriptyline", "she started tablets": the first "modifier" is the verb
            start = toks[k + 1][0]
            mods = mods[1:]
        if lw in generic and mods and k >= 0 and sentence[toks[k][0] : toks[k][1]].lower() in _VERB_OPENERS and any(
                is_base_verb(v) for v in (mods[0], mods[0][:-1] if mods[0].endswith("s") else "", mods[0][:-2] if mods[0].endswith("es") else "")):
            i += 1
            continue  # "We match treatment to ...", "also makes treatment less successful": a verb and its object, no intervention
        if ((lw in generic or (lw in _CLASS_HEADS and mods and mods != ["without"]
                                                 and not set(mods) & (cues.lower_sets["repeat_modifiers"] | _NOVELTY)))
                and w not in short_forms
                and not (not mods and _ARM_AFTER.match(sentence, e) and re.search(r"(?<![\w-])the\s+$", sentence[:start]))
                and all(x in cues.lower_sets["non_specific_modifiers"] for x in mods[1 if mods[:1] == ["without"] else 0 :])
                and not _comparator_care(sentence, start, mods, cues)):  # "compared with usual care": a trial's comparator
            i += 1
            continue  # "treatment", "an individualized approach", "the most effective treatment", "Without treatment, ...", "the standard operation"
        nxt = sentence[e : e + 30].lower().split()
        blocked = blockers.search(sentence[max(0, start - 25) : start])
        if blocked and _REFERRAL_OFFERED.search(sentence[max(0, start - 60) : start]):
            blocked = None  # "you may be referred for vestibular rehabilitation": offered, as "may be offered" (CLAIMS_SPEC.md)
        if blocked and (_TIME_ANCHOR_WORD.match(blocked.group()) or _UNDERWENT.match(blocked.group())) and (
                _outcome_before(sentence, start - len(blocked.group()), cues) or _outcome_after_fronted(sentence, start - len(blocked.group()), e, cues)):
            blocked = None  # "satisfied a year after their knee replacement", "relief in 29% of those who underwent X": how it worked
        if blocked and re.match(r"without\s+(?:an?|any)\s+$", blocked.group(), re.I):
            start = max(0, start - 25) + blocked.start()  # "managed without an operation": the conservative course (CLAIMS_SPEC.md)
            blocked = None
        if (blocked
                or (nxt and re.sub(r"[^a-z]", "", nxt[0]) in cues.lower_sets["condition_words"])
                or (nxt and any(nxt[0].startswith(cw) for cw in cues.lower_sets["condition_words"]) and not nxt[0].isalpha())
                or (nxt and re.sub(r"[^a-z]", "", nxt[0]) in _ATTRIBUTE_NOUNS)  # "antibiotic resistance", "insulin levels"
                or (lw == "drops" and nxt[:1] == ["of"])  # "a few drops of blood": an amount, no eye drops
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
    out = _with_variants(sentence, out, cues)
    return _with_classes(sentence, _with_coordinated(sentence, _with_examples(sentence, out, cues), cues, generic), cues, generic)


#: What may stand before a variant's modifier: nothing, a determiner or a preposition ("between open and endoscopic
#: release", "with a proximal or shaft osteotomy"), a bracket or a comma.
_VARIANT_BEFORE = re.compile(r"(?:^|[(,:;]|(?<![\w-])(?:a|an|the|between|with|by|of|for|after|before|and|or|via|using))\s*$", re.IGNORECASE)
_VARIANT_MODIFIER = re.compile(r"([A-Za-z][a-z-]{2,})\s+(?:and|or)\s+$")


def _adjective_like(word: str, cues: RelationCues) -> bool:
    """An adjective by the lexicon ("open") or by its ending ("endoscopic", "proximal", "arthroscopic")."""
    return (is_modifier(word) and not is_noun(word)) or (len(word) >= 5 and word.endswith(tuple(cues.adjective_suffixes)))


def _with_variants(sentence: str, spans: list[Span], cues: RelationCues) -> list[Span]:
    """``spans`` with the variants of a procedure named by modifiers coordinated over its head ("between open and
    endoscopic release": 'open' too; "a proximal or shaft osteotomy": 'proximal'; CLAIMS_SPEC.md, session 15): the
    first modifier is an intervention of its own, spanned alone. Not a modifier of no kind ("new and existing
    treatments", "safe and effective surgery") nor a noun ("pain and physical therapy")."""
    out = list(spans)
    for a, b in spans:
        first = sentence[a:b].split()
        if len(first) < 2 or not _adjective_like(first[0].lower(), cues):
            continue  # the named one starts with its own modifier: "endoscopic release"
        m = _VARIANT_MODIFIER.search(sentence, 0, a)
        if m is None or m.end() != a:
            continue
        word = m.group(1).lower()
        if (not (is_modifier(word) or _adjective_like(word, cues)) or word in cues.lower_sets["non_specific_modifiers"]
                or word in cues.lower_sets["modifier_stopwords"] or not _VARIANT_BEFORE.search(sentence, 0, m.start())):
            continue
        span = (m.start(1), m.end(1))
        if not any(x < span[1] and span[0] < y for x, y in out):
            out.append(span)
    return sorted(out)


#: Words after which the first "modifier" of a generic head is a verb: a subject pronoun, "also", a modal ("We match
#: treatment to ...", "Smoking also makes treatment less successful", "you can finish treatment at home").
_VERB_OPENERS = frozenset("we you they i he she also can may will should must could would might usually often".split())
#: Nouns that make the intervention word before them a modifier of something else: "antibiotic resistance", "insulin
#: levels", "its anti-inflammatory effect", "a penicillin allergy" (who it is for); not a trial arm ("4.1% in the romosozumab
#: group": what the drug did).
_ATTRIBUTE_NOUNS = frozenset("resistance level levels effect allergy allergies capacity tolerance".split())
#: The examples of a class just named: "Reliever inhalers (usually blue), such as salbutamol, ...", "a dopamine agonist
#: such as pramipexole or ropinirole", "Drugs such as zopiclone and zolpidem".
_EXAMPLES_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:such\s+as|including|e\.g\.,?|for\s+example,?)\s+", re.IGNORECASE)
_EXAMPLE_END = re.compile(r"\s*(?:[,;:.()]|\s[\u2013\u2014]|$|\s(?:and|or)\s+(?:other|many|more)\b)|\s+(?=(?:is|are|was|were|can|could|may|might|will|would|should|must|has|have|had|do|does|did|help|helps|work|works|reduce|reduces|relieve|relieves|ease|eases|treat|treats|lower|lowers|slow|slows|open|opens|block|blocks)(?![\w-]))", re.IGNORECASE)


def _with_examples(sentence: str, spans: list[Span], cues: RelationCues) -> list[Span]:
    """``spans`` with the examples each intervention class among them gives ("antidepressants such as SSRIs", "non-steroid
    creams such as tacrolimus"): a class and each of its examples are claims (CLAIMS_SPEC.md), and an example is a name
    (a drug, a lens, a device) that the heads and stems may not know. An example is a short name of one to three words,
    not a clause; the list ends at a clause boundary or a verb."""
    out = list(spans)
    stop = cues.lower_sets["clause_words"] | cues.lower_sets["pronouns"]
    for _, e in spans:
        m = _EXAMPLES_AFTER.match(sentence, e)
        if m is None:
            continue
        pos = m.end()
        while pos < len(sentence):
            end = _EXAMPLE_END.search(sentence, pos)
            item_end = end.start() if end else len(sentence)
            joins = list(re.finditer(r"\s+(?:and|or|and/or)\s+", sentence[pos:item_end]))
            if joins:
                item_end = pos + joins[0].start()
            item = sentence[pos:item_end].strip()
            ws = re.findall(r"[\w'-]+", item)
            if not ws or len(ws) > 3 or any(w.lower() in stop for w in ws) or not item[0].isalnum() or item[0].isdigit():
                break
            if ws[0].lower() == "to" or ws[0].lower() in cues.lower_sets["prepositions"]:
                break  # "painkillers, such as paracetamol or ibuprofen, to ease pain": the aim after the examples, no example
            a = pos + (len(sentence[pos:item_end]) - len(sentence[pos:item_end].lstrip()))
            if not any(x < a + len(item) and a < y for x, y in out):
                out.append((a, a + len(item)))
            nxt = re.match(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and/or)\s+)", sentence[item_end:])
            comma = sentence.find(",", item_end, item_end + nxt.end()) if nxt is not None else -1
            if nxt is None or (comma >= 0 and closes_aside(sentence, comma)):
                break  # "Light exercise, such as walking, helps": the comma closes the examples
            pos = item_end + nxt.end()
            if _EXAMPLES_AFTER.match(sentence, item_end) or re.match(r"(?:a|an|the|other)\s", sentence[pos:], re.I):
                break  # "zolpidem ("Z-drugs") and benzodiazepines such as ...": a new class, found by its own head
    return sorted(out)


#: "such as", "including", "like", "e.g." right before a named intervention: it is an example of the class named before.
_EXAMPLE_OF_CLASS = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:such\s+as|including|e\.g\.,?|for\s+example,?)\s+$", re.IGNORECASE)


def _with_classes(sentence: str, spans: list[Span], cues: RelationCues, generic: frozenset[str]) -> list[Span]:
    """``spans`` with the class each named example belongs to ("Benzodiazepines such as diazepam", "Herbal remedies such
    as black cohosh", "Urate-lowering therapy such as allopurinol"): a class and each of its examples are claims
    (CLAIMS_SPEC.md), and a class is a name the heads may not know. The class is the noun phrase of one to four words
    right before the cue, naming no person, condition, finding or body part; a generic class alone ("treatments such
    as ...", "other options, including ...") names nothing."""
    out = list(spans)
    bad = _class_bad_words(cues)
    vague: Optional[frozenset[str]] = None  # made when a class is met (most sentences have none)
    for s, _ in spans:
        cue = _EXAMPLE_OF_CLASS.search(sentence[:s])
        if cue is None or any(a < s and cue.start() < b for a, b in out if (a, b) != (s, _)):
            continue
        cls = left_phrase(sentence, cue.start(), cues)
        if cls is None or cls[1] < cue.start() - 1:
            continue
        verb = _VERB_AND_ARTICLE.match(sentence, cls[0], cls[1])
        if verb is not None and not sentence[: cls[0]].strip(" \t\u2022*-") and is_base_verb(verb.group(1).lower()):
            cls = (verb.end(), cls[1])  # "Offer a statin, such as atorvastatin, ...": the statin, not the offer
        ws = re.findall(r"[a-z][a-z'-]*", sentence[cls[0] : cls[1]].lower())
        if vague is None:
            vague = bad | cues.lower_sets["generic_arguments"] | generic | cues.lower_sets["non_specific_modifiers"]
        if (not 1 <= len(ws) <= 4 or ws[-1] in bad or all(w in vague for w in ws) or is_clause(sentence[cls[0] : cls[1]], cues)
                or any(w in cues.lower_sets["prepositions"] or w.endswith("ed") for w in ws)
                or _NOT_A_SUBJECT_BEFORE.search(sentence[: cls[0]]) or re.search(r"(?<![\w-])to\s+$", sentence[: cls[0]])):
            continue  # "what may help, including ...", "exercises to do at home, such as ...", "combined with other X such as ..."
        out.append(cls)
    return sorted(set(out))


#: A sentence's opening verb and an article before a class named for its examples ("Offer a statin", "Use an emollient").
_VERB_AND_ARTICLE = re.compile(r"([A-Z][a-z]+)\s+(?:a|an|the|some|your)\s+")


@per_cue_set
def _class_bad_words(cues: RelationCues) -> frozenset[str]:
    """The words that end no class's name in :func:`_with_classes` (a person, condition, finding or body part), made
    once a cue set."""
    return (cues.lower_sets["condition_words"] | cues.lower_sets["condition_heads"] | cues.lower_sets["symptom_finding_nouns"]
            | cues.lower_sets["body_sites"] | cues.lower_sets["person_nouns"] | cues.lower_sets["pronouns"])


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
    "dissatisfied a year after ...", "improvement after two cycles"), or the course of the treated condition
    ("comes back in about half of people after ...", "recurrence had occurred in 46 patients (32%) after ...",
    a bracketed figure no end of the clause)."""
    clauses = re.split(r"[,;:()]", sentence[max(0, pos - 60) : pos])
    window = clauses[-1]
    if _comparative_only(window, cues) and len(clauses) > 1:
        window = clauses[-2]  # "Grip strength improved in both groups, slightly more after X": the outcome the comparative goes on with
    if any(w in cues.lower_sets["time_anchor_outcomes"] for w in re.findall(r"[a-z][a-z-]*", window.lower())):
        return True
    window = re.split(r"[,;:()]", _BRACKETED.sub(" ", sentence[max(0, pos - 150) : pos]))[-1]
    return _reported_course(window, cues) and not _EVEN_BEFORE.search(sentence[:pos])


def _comparative_only(clause: str, cues: RelationCues) -> bool:
    """Whether ``clause`` is only a comparative of efficacy, with at most one adverb ("slightly more", "better", "much
    faster"): it goes on with the outcome of the clause before it."""
    words = clause.lower().split()
    return 1 <= len(words) <= 3 and (" ".join(words[-2:]) in cues.lower_sets["efficacy_comparatives"]
                                     or words[-1] in cues.lower_sets["efficacy_comparatives"])


def _reported_course(clause: str, cues: RelationCues) -> bool:
    """Whether ``clause`` reports the course of the treated condition in a share of people ("comes back in about
    half of people", "recurrence had occurred in 46 patients"), not how one person's pain behaves ("the pain
    comes back after exercise")."""
    return _recurrence(cues).search(clause) is not None and _SHARE.search(clause) is not None


_BRACKET_LIST_AFTER = re.compile(r"\s*(?:,|(?:or|and)(?![\w-]))[^()]*\)")
_BRACKETED = re.compile(r"\([^()]*\)")
_SHARE = re.compile(
    r"\d\s*%|(?<![\w-])(?:half|third|thirds|quarter|quarters|most|few)(?![\w-])"
    r"|(?<![\w.])\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?(?:people|patients|children|adults|women|men|cases|participants|lesions)(?![\w-])",
    re.IGNORECASE,
)  # a share of people: "in 46 patients", "in about 1 in 10 people", "32%", "about half"; not "a review of 28 studies"
_EVEN_BEFORE = re.compile(r"(?<![\w-])even\s+$", re.IGNORECASE)  # "even after adequate treatment": despite it
_FRONTED_START = re.compile(r"[\s*\u2022-]*$")


def _outcome_after_fronted(sentence: str, pos: int, end: int, cues: RelationCues) -> bool:
    """Whether a time anchor that opens the sentence ("After drilling, ...") is followed, after its comma, by
    the course of the treated condition ("... around 8 in 10 stable lesions go on to heal"): how it worked."""
    if not _FRONTED_START.match(sentence[:pos]):
        return False
    comma = sentence.find(",", end)
    return comma >= 0 and _reported_course(re.split(r"[,;:]", sentence[comma + 1 :])[0], cues)


@per_cue_set
def _recurrence(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternation(cues.time_anchor_recurrences) + r")(?![\w-])", re.IGNORECASE)


#: A referral the reader may get, told as advice: "you may be referred for X", "will usually be referred for a".
_REFERRAL_OFFERED = re.compile(
    r"(?<![\w-])(?:may|might|can|could|will|would)\s+(?:(?:usually|often|also|then|sometimes|normally)\s+)?be\s+referred\s+for\s+"
    r"(?:(?:a|an|the|your|some)\s+)?$",
    re.IGNORECASE,
)
_UNDERWENT = re.compile(r"under(?:went|going|gone)(?![\w-])", re.IGNORECASE)
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
    r"(?:days?|weeks?|months?|years?)\s+of\s+(?:(?:a|an|the|your)\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+){0,2}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:a|an|the|your)\s+)?)*$",  # "... of splinting and injections"
    re.IGNORECASE,
)
#: "when symptoms persist despite two injections or a period of conservative care": the course that did not help, up to
#: the end of its clause.
_DESPITE = re.compile(r"(?<![\w-])(?:despite|in\s+spite\s+of)\s+[^,;:.()]{0,80}$", re.IGNORECASE)
#: "X takes 6 to 12 weeks to start working", "takes 10 to 20 minutes": how long, not what for.
_TAKES_TIME = re.compile(
    r"\s+(?:(?:usually|often|can|may|typically|only|generally)\s+)?takes?\s+(?:(?:about|around|up\s+to|at\s+least|between|roughly|only)\s+)?"
    r"(?:\d|a\s+few|several|one|two|three|four|five|six|a\s+couple|an?\s+(?:hour|day|week|month|minute))"
    r"|\s+(?:takes?|took)\s+effect(?![\w-])",  # "while verapamil takes effect": when, not what treats
    re.IGNORECASE,
)
_ADVERBS = r"(?:(?:not|also|still|usually|often|generally|normally|typically|mostly|now|just|only|actually|really|considered)\s+)*"
#: What another intervention of the sentence is: an apposition ("tamsulosin, a medicine that ...",
#: "Triptans, the most widely prescribed drugs for ...", "a splint (a gum-shield-like device that ...)")
#: or a predicate ("Triptans are medicines made for migraine", "X is one of the most successful operations").
# "X (TIF), a minimally invasive procedure", "X, a type of physiotherapy that ...": a short form may come between, and the
# class may be named as a type, kind or form of one
_APPOSITION_GAP = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*(?:,|\(|\s[\u2013\u2014])\s*(?:one\s+of\s+|among\s+)?(?:the|a|an)\s+(?:(?:type|kind|form|sort)\s+of\s+)?"
    r"(?:(?:most|more|very)\s+)?$", re.IGNORECASE
)
_WORD_BEFORE_APPOSITION = re.compile(
    r"([A-Za-z][\w-]*)\s*(?:,|\(|\s[\u2013\u2014])\s*(?:one\s+of\s+|among\s+)?(?:the|a|an)\s+(?:(?:type|kind|form|sort)\s+of\s+)?"
    r"(?:(?:most|more|very)\s+)?$", re.IGNORECASE
)
_APPOSITION_END = re.compile(r"\s*(?:(?:that|which|who|made|used|designed|given|taken|applied|injected|placed|worn|for|of|in|to|with)(?![\w-])|[,)]\s*(?!and\b|or\b)|\.?\s*$)", re.IGNORECASE)
_PREDICATE_GAP = re.compile(
    # "baricitinib, which is a JAK inhibitor", "Adalimumab, an anti-TNF antibody, remains the only biologic": the same predicate
    r"(?:\s*\([^()]*\))?(?:\s*,\s*which|\s*,\s*(?:a|an|the)\s+[^,;:()]{1,40},)?\s+(?:is|are|was|were|remains?|becomes?|isn['\u2019]t|aren['\u2019]t)\s+" + _ADVERBS
    + r"(?:one\s+of\s+|among\s+)?(?:(?:the|a|an|its|their|our)\s+)?(?:(?:most|more|very|less)\s+)?"
    # "X is one of the most common hand operations": adjectives before a class noun
    + r"(?P<adjectives>(?:(?!(?:with|by|for|to|than|and|or|as|into|after|before|in|on|of|from)\s)[\w-]+\s+){0,2})$",
    re.IGNORECASE,
)
#: "in the therapy group": the arm of a trial named by its intervention, even a generic one (CLAIMS_SPEC.md: the arms and comparators).
_ARM_AFTER = re.compile(r"\s+(?:group|arm)(?![\w-])", re.IGNORECASE)
def _arm_name(sentence: str, start: int, end: int, cues: RelationCues) -> bool:
    """Whether the word at ``start:end`` names a trial arm by its intervention: "in the collagenase group", "to the
    placebo arm" (CLAIMS_SPEC.md: the arms and comparators of a trial are treatment claims); not "the control group"."""
    word = sentence[start:end]
    return (bool(_ARM_AFTER.match(sentence, end)) and re.search(r"(?<![\w-])(?:in|of|to|from|with)\s+the\s+$", sentence[:start]) is not None
            and re.fullmatch(r"[a-z][a-z-]{3,}|[A-Z]{2,6}", word) is not None and word.lower() not in cues.lower_sets["arm_non_interventions"]
            and _states_effect(sentence, cues))  # how the arm fared ("clinical success ... in the X group"), not its harms


#: What comes before a trial's comparator care: a comparison ("compared with usual care", "versus conventional medical
#: management", "no benefit over usual care", "than with standard therapy") or an arm's preposition ("13% with standard
#: therapy", "those on usual medical treatment", "who received usual care"); not an allocation's "to" ("733 to standard
#: therapy": the gold of trial results leaves the arms of a head count out).
_COMPARATOR_BEFORE = re.compile(
    r"(?<![\w-])(?:compared\s+(?:with|to)|versus|vs\.?|than(?:\s+with)?|over|with|on|received|receiving)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _comparator_care(sentence: str, start: int, mods: list[str], cues: RelationCues) -> bool:
    """Whether a generic head at ``start`` with modifiers ``mods`` names a trial's comparator ("compared with usual care",
    "with standard therapy", "versus conventional medical management"): the comparator of a trial is a treatment claim
    (CLAIMS_SPEC.md), while "standard treatment" or "usual care" said of no comparison names none."""
    return bool(mods) and mods[0] in cues.lower_sets["comparator_modifiers"] and _COMPARATOR_BEFORE.search(sentence[:start]) is not None


#: Modifiers of a class head that make it a particular intervention: "newer drugs that block CGRP".
_NOVELTY = frozenset({"new", "newer", "newest", "novel", "experimental"})
#: Heads that name a class of interventions ("one of the most common operations", "medicines made for").
_CLASS_HEADS = frozenset(
    "operation operations procedure procedures surgery surgeries drug drugs medicine medicines medication medications "
    "treatment treatments therapy therapies option options device devices".split()
)
#: "Symptoms come back within five years of the operation", "within 2 weeks of taking a PPI": when, not what treats.
_WITHIN_TIME = re.compile(
    r"(?<![\w-])within\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?)\s+of\s+(?P<use>(?:taking|using|starting|stopping|finishing|having)\s+)?"
    r"(?:(?:the|their|your|a|an|his|her|any)\s+)?$", re.IGNORECASE
)
#: "before any injection", "before deciding on surgery", "before you agree to surgery": the step a course of care comes before,
#: the time of the advice, no claim that it treats.
_BEFORE_DECIDING = re.compile(
    r"(?<![\w-])before\s+(?:any|deciding\s+(?:on|about)|considering|agreeing\s+to|you\s+(?:agree\s+to|decide\s+(?:on|about)|consider|have|go\s+ahead\s+with))\s+"
    r"(?:(?:a|an|the|any|your)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(
    r"[\s*_#>]*(?:they|it|these|this|those)\s+(?:is|are|was|were|isn['\u2019]t|aren['\u2019]t)\s+" + _ADVERBS
    + r"(?:(?:the|a|an)\s+)?(?:(?:most|more|very)\s+)?",
    re.IGNORECASE,
)
#: "Platelet-rich plasma (PRP) injections": the head after a bracketed short form is the same intervention.
_BRACKET_GAP = re.compile(r"\s*\([^()]{1,40}\)\s*")
#: Words that make a head like "block" a verb: "a stone blocks the flow", "injections that block CGRP".
_VERB_AFTER = re.compile(r"\s+(?!(?:a|an|the|each|every)\s+(?:day|week|month|night|year|morning|evening)(?![\w-]))"  # "exercise a week": a noun
                         r"(?:the|a|an|your|their|its|his|her|this|these|those|it|them|[A-Z]{2,})(?![\w-])"
                         r"|\s+(?:when|whenever|if|below|sharply|suddenly|quickly|slightly|too)(?![\w-])")  # "your blood pressure drops when ..."
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
#: A clinician's training in a field right before it ("Dr Lee trained in sports medicine", "completed a fellowship in foot and
#: ankle surgery", "is board-certified in pain medicine"): the field, no treatment.
_TRAINED_IN_BEFORE = re.compile(
    r"(?<![\w-])(?:trained|training|qualified|fellowship|fellowships|degree|diploma|certified)\s+in\s+(?:the\s+field\s+of\s+)?"
    r"(?:[\w-]+\s+(?:and|or)\s+)?$", re.IGNORECASE
)
_FIELD_BEFORE = re.compile(
    r"(?<![\w-])(?:operations|procedures|treatments|advances|successes|stories|specialists|experts|consultants?|professors?|lecturers?"
    r"|registrars?|departments?|divisions?)\s+(?:in|of)\s+(?:(?:modern|the\s+field\s+of)\s+)?$",
    re.IGNORECASE,
)
#: ... or a proper name it ends, after a capitalised word inside the sentence: "At Summit Ridge Orthopaedics & Sports
#: Medicine, our ...", "our Quit for Life program" (not "Our Pulmonary Rehabilitation Programme helps ...").
_PROPER_NAME_BEFORE = re.compile(
    r"\S\s+(?!(?:Our|The|A|An|This|That|Your|Their|We|Its)\s)[A-Z][\w'\u2019-]*\s+(?:(?:&|and|for|of)\s+)?$"
)
_NAMED_FIELD_HEADS = frozenset({"medicine", "program", "programme"})
#: How another intervention is done: "done as keyhole surgery", "performed under general anaesthetic".
_DONE_AS = re.compile(
    r"(?<![\w-])(?:done|performed|carried\s+out)\s+(?:as|under|by|through|using|with|via)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE
)
#: The route another intervention is given by: "antibiotics through a drip into a vein", "iron via a drip".
_ROUTE_BEFORE = re.compile(r"(?<![\w-])(?:through|via)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
#: Paperwork before an intervention: "Prior authorization is required for ...", "a referral is needed before ...".
_PAPERWORK_BEFORE = re.compile(
    r"(?<![\w-])(?:authori[sz]ation|pre-?approval|approval|referral|permission|paperwork|pre-?certification)\s+(?:is|are|will\s+be|may\s+be)\s+"
    r"(?:(?:usually|always|also|often)\s+)?(?:required|needed|necessary)\s+(?:for|before)\s+(?:(?:a|an|the|any|your)\s+)?$",
    re.IGNORECASE,
)
#: A medicine named by its class word alone after a determiner: the one in use, no intervention named.
#: Procedures named by their class word alone: "the operation", "the procedure".
_BARE_PROCEDURE = frozenset("operation operations procedure procedures".split())
#: The definite article right before a bare dosage form or procedure word.
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
_BARE_MEDICINE = frozenset("medicine medicines medication medications drug drugs".split())
_GENERIC_DETERMINER = re.compile(r"(?<![\w-])(?:any|the|their|your|his|her|my|to|of|a|an|another|other|several|some|more|many|different|various)\s+$", re.IGNORECASE)
#: A possessive before a bare dosage form ("Use your drops exactly as prescribed"): the patient's own, prescribed already.
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:your|their|his|her|my|our)\s+$", re.IGNORECASE)
#: A strength right before a bare dosage form ("metronidazole 0.75% gel", "ibuprofen 5% foam"): the form of the medicine named.
_STRENGTH_BEFORE = re.compile(
    r"\s+\d+(?:[.,]\d+)?\s*(?:%|mg|g|mcg|micrograms?|milligrams?|ml|units?|iu)(?:/\s*[a-z]+)?\s+$", re.IGNORECASE
)
#: A use and then "as" a form, some words apart ("given to babies as drops", "given on a soaked pledget or as a spray").
_GIVEN_AS_BEFORE = re.compile(
    r"(?<![\w-])(?:given|taken|applied|used|delivered|administered|available)\s+(?:[^\s,;:.()]+\s+){1,6}?as\s+(?:(?:a|an)\s+)?$",
    re.IGNORECASE,
)
#: A condition fronted before the main clause ("If inhalers are not enough, ...", "When you take insulin, ..."), up to the span.
_FRONTED_CONDITION = re.compile(r"[\s*\u2022-]*(?:(?:but|and|so)\s+)?(?:if|when|whenever|unless|where)\s+[^,;:.()]*$", re.IGNORECASE)
#: ... unless the condition says the intervention is offered or recommended ("If you've been offered a microdiscectomy, ...").
_OFFER_IN_CONDITION = re.compile(r"(?<![\w-])(?:offered|prescribed|recommended|suggested|advised)(?![\w-])", re.IGNORECASE)
#: "who cannot take tablets", "if you can't tolerate statins", "unable to use inhalers": the situation of another option.
_CANNOT_TAKE = re.compile(
    r"(?<![\w-])(?:cannot|can['\u2019]t|can\s+not|unable\s+to|do\s+not|don['\u2019]t|does\s+not|doesn['\u2019]t|are\s+not\s+able\s+to)\s+"
    r"(?:take|tolerate|use|swallow|have)\s+(?:(?:the|their|your|his|her|any|some)\s+)?$",
    re.IGNORECASE,
)
#: "patients who lose response to anti-TNF therapy", "someone who has never had the vaccine": people named by an
#: intervention that failed them or that they went without, the situation of another option, no claim that it treats
#: (not "patients on X", "people taking X": the arm whose outcome a sentence reports).
_PEOPLE_BY_INTERVENTION = re.compile(
    r"(?<![\w-])(?:those|people|person|patients?|child|children|bab(?:y|ies)|adults?|wom[ae]n|m[ae]n|someone|anyone|individuals|users)\s+"
    r"(?:(?:who|that)\s+(?:lose|lost|loses|fail|failed|fails)\s+(?:to\s+respond|response)\s+to"
    r"|(?:who|that)\s+(?:do|does|did)\s+not\s+respond\s+to"
    r"|(?:who|that)\s+(?:have|has|had)\s+(?:never|not)\s+had)\s+"
    r"(?:[\w-]+(?:\s+[\w-]+)?\s+(?:or|and)\s+)?(?:(?:the|a|an|their|long-term|regular|other)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: People named by an intervention they take or had ("those having chemotherapy", "people taking metformin", "those who
#: have had gastric surgery") ...
_PEOPLE_ON_BEFORE = re.compile(
    r"(?<![\w-])(?:those|people|patients|children|adults|women|men|anyone|someone)\s+"
    r"(?:(?:who|that)\s+(?:are\s+|is\s+)?(?:have\s+had|has\s+had|had|have|has|take|takes|took|use|uses|are\s+on|is\s+on)"
    r"|having|taking|receiving|using|on)\s+"
    r"(?:[\w-]+(?:\s+[\w-]+)?\s+(?:or|and)\s+)?(?:(?:a|an|the|their|long-term|regular|some)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: People named by a medicine they take or needed, with the relative clause's tense and an adverb ("those aged over 60 who
#: were also taking", "women who needed", "patients taking") ...
_PEOPLE_TAKING_BEFORE = re.compile(
    r"(?<![\w-])(?:those|people|patients|participants|children|adults|women|men|girls|boys|users)(?:\s+aged\s+[^,;:.()]{1,25}?)?\s+"
    r"(?:(?:who|that)\s+(?:(?:are|is|were|was|had\s+been|have\s+been)\s+)?(?:(?:also|already|still|currently|previously)\s+)?"
    r"(?:taking|using|receiving|on|needed|need|needing|required|require|took|used|received)|taking|using|receiving|on)\s+"
    r"(?:[\w-]+(?:\s+[\w-]+)?\s+(?:or|and)\s+)?(?:(?:a|an|the|their|long-term|regular|some)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: ... in a clause that says where a risk or a rate is higher, or that opens a subgroup: "the risk was highest in ...",
#: "In a subgroup of 412 patients ..." (not where an outcome is better or less common: "Pain was less common in patients
#: who received the nerve block" says what the block does).
_RISK_OR_SUBGROUP_IN = re.compile(
    r"(?<![\w-])(?:(?:risk|odds|rates?|chance|incidence)\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are)\s+(?:also\s+)?"
    r"(?:highest|higher|greater|increased|raised)|(?:a|the|one)\s+subgroup\s+of)\s+(?:in|among|for|of)?\s*[^.;:]*$",
    re.IGNORECASE,
)
#: "... are detectable in 85% of patients", "... against MuSK (muscle-specific kinase) are found in 5%", "... are highly
#: specific for X": what a test finds in the people, a marker, no intervention.
_DETECTED_AFTER = re.compile(
    r"(?:\s+(?:against|to)\s+[^,;.()]{1,60}?(?:\s*\([^()]*\))?)?\s+(?:are|is|were|was)\s+"
    r"(?:(?:usually|often|only|also|highly|not|rarely|commonly)\s+)?"
    r"(?:detectable|undetectable|detected|found\s+in|present\s+in|specific\s+for|raised\s+in|elevated\s+in)(?![\w-])",
    re.IGNORECASE,
)
#: "antibodies against intrinsic factor impair absorption", "... that attack the nerve": what the body's antibodies do.
_BODY_HARM_AFTER = re.compile(
    r"(?:\s+(?:against|to)\s+[^,;.()]{1,60}?|\s+(?:that|which))?\s+(?:\w+\s+)?(?:attack|attacks|destroy|destroys|damage|damages|impair|impairs)(?![\w-])",
    re.IGNORECASE,
)
#: "people aged 55 and over with ", "patients with ", "if they are aged 55 or over with ": what follows is what they have.
_PEOPLE_WITH_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:people|patients|adults|children|women|men|anyone|those|someone)(?:\s+aged\s+[^,;:.()]{1,25}?)?"
    r"|aged\s+\d+\s+(?:and|or)\s+(?:over|above|older))\s+with\s+(?:(?:a|an|the|unexplained|unintended|unintentional|recent)\s+)?$",
    re.IGNORECASE,
)
#: ... as a group at risk: "are at higher risk", "are more likely to", or after "particularly", "especially".
_AT_RISK_AFTER = re.compile(
    r"[^.;:]{0,60}?(?<![\w-])(?:are|is)\s+(?:also\s+|often\s+)?(?:at\s+(?:a\s+)?(?:higher|increased|greater|high|particular|special)\s+risk"
    r"|more\s+(?:likely|prone|at\s+risk|vulnerable)|(?:especially|particularly)\s+(?:vulnerable|prone))",
    re.IGNORECASE,
)
_AT_RISK_BEFORE = re.compile(r"(?<![\w-])(?:particularly|especially|notably|for\s+example)\s*,?\s+[^.;:]*$", re.IGNORECASE)
#: An author's affiliation: capitalised parts joined by commas, three or more, after an optional mark ("(1)Department of
#: Hand Surgery, Northfield University Hospital, Northfield, UK.") ...
_AFFILIATION = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}\s*)?\s*[A-Z][^,;:.()]*(?:,\s*[A-Z][^,;:.()]*){2,}\.?\s*$")
#: ... naming a place of work.
_AFFILIATION_WORD = re.compile(r"(?<![\w-])(?:Department|Division|Unit|Hospital|University|Institute|School|Faculty|Centre|Center|College)(?![\w-])")
#: "than" opening the comparator of a comparison ("greater efficacy than medications", "faster than stretching alone").
_THAN = re.compile(r"(?<![\w-])than(?![\w-])", re.IGNORECASE)
#: "than surgery, such as physiotherapy and massage": the examples after it are not the comparator.
_THAN_EXAMPLES = re.compile(r"(?<![\w-])(?:such\s+as|including|like|e\.g\.|for\s+example)(?![\w-])", re.IGNORECASE)


#: A comparator named as the baseline of an addition: "X alone" ("faster than eye drops alone").
_ALONE_AFTER = re.compile(r"[\w\s'-]{0,40}?(?<![\w-])alone(?![\w-])", re.IGNORECASE)


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
    if _efficacy_comparative(cues).search(clause) and not _ALONE_AFTER.match(sentence, start):
        # "works better than X", "was less effective than X", "reduced fractures more than X": both arms measured; not
        # "lowered eye pressure faster than eye drops alone", the baseline an addition is measured against
        return False
    outcomes = cues.lower_sets["trial_outcome_nouns"]
    return not any(w in outcomes for w in re.findall(r"[a-z][a-z-]*", clause.lower()))


@per_cue_set
def _efficacy_comparative(cues: RelationCues) -> re.Pattern[str]:
    """A comparative of how well a treatment works at the end of the clause before "than" (``efficacy_comparatives``):
    right before it ("less well than") or before the outcome it qualifies ("gave better and more durable correction
    than"); a bare "more" only right before it ("reduced fractures more than"), not "more common with X than"; never a
    comparative of another property ("less invasive than", "rather than")."""
    others = [c for c in cues.efficacy_comparatives if c.lower() != "more"]
    return re.compile(
        r"(?<![\w-])(?:(?:" + alternation(others) + r")(?:\s+(?:and\s+)?[a-z][a-z-]*){0,3}?"
        + (r"|more" if len(others) < len(cues.efficacy_comparatives) else "") + r")\s*$",
        re.IGNORECASE,
    )


def misuse_pattern(cues: RelationCues) -> re.Pattern[str]:
    """The words of misuse (``misuse_words``: "overuse of", "misuse of"), compiled once per cue set: a drug named after
    one is among the causes of something, not a treatment whose harm is told (:func:`extract.claims.relations.treatment_harm`)."""
    return _incidental_patterns(cues)["misuse_in"]


@per_cue_set
def _incidental_patterns(cues: RelationCues) -> dict[str, re.Pattern[str]]:
    """The regular expressions of :func:`incidental_intervention`, compiled once per cue set."""
    modal = r"(?:(?:can|may|might|could|will|would|sometimes|also|often|occasionally|rarely|usually)\s+){0,3}"
    # "our physiotherapy gym": a place; "Physiotherapy appointments are available ...": the booking of it
    agents = sorted(set(cues.organization_words) | set(cues.agent_words) | set(cues.facility_words) | set(cues.booking_heads))
    return {
        "method": re.compile(WORD_START + r"(?:" + alternation(cues.method_predicates) + r")" + WORD_END, re.IGNORECASE),
        # "Real-world data on X ... remain limited", "evidence comparing X with Y is limited": what the scarce evidence is of
        "evidence_of": re.compile(WORD_START + r"(?:" + alternation(cues.non_recommendation_subjects) + r")\s+(?:on|of|for|about|into|comparing)\s+[^,;:.()]{0,40}$", re.IGNORECASE),
        "scarce_evidence": re.compile(r"[^,.;:!?]{0,120}?" + WORD_START + r"(?:" + alternation(cues.scarce_evidence_predicates) + r")" + WORD_END, re.IGNORECASE),
        "misuse_after": re.compile(r"[\s-]+(?:" + alternation(cues.misuse_words) + r")" + WORD_END, re.IGNORECASE),  # "medication overuse"
        "misuse_in": re.compile(WORD_START + r"(?:" + alternation(cues.misuse_words) + r")" + WORD_END, re.IGNORECASE),
        "cause_before": re.compile(WORD_START + r"(?:" + alternation(cues.cause_backward["causes"]) + r")" + WORD_END, re.IGNORECASE),
        "consequence": re.compile(r"\s+(?:" + alternation(cues.consequence_nouns) + r")" + WORD_END, re.IGNORECASE),
        # "Steroid injections into the tendon carry a small risk of rupture": past a short place of the intervention
        "harm": re.compile(r"(?:\s+(?:into|in|on|of|to|for)\s+[^,;:.()]{1,30}?)?\s+" + modal + r"(?:" + alternation(cues.harm_verbs) + r")" + WORD_END, re.IGNORECASE),
        # "Labetalol can make you feel tired", "X and Y, which relax the sphincter, may make reflux worse", "diuretics and some
        # antidepressants, can make it harder to ...": the subject of a harmful "make", past the items joined to it and its
        # relative clause
        "worsening_make": re.compile(
            r"(?:\s+(?:and|or)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?(?:\s*,\s*(?:which|that|who)\s[^,;:.()]{1,80},)?\s*,?\s+" + modal
            + r"(?:make|makes|made)\s+(?:[\w'-]+\s+){0,3}?(?:" + alternation(cues.worsening_make_complements) + r")" + WORD_END,
            re.IGNORECASE,
        ),
        "service_after": re.compile(r"\s+(?:" + alternation(agents) + r")" + WORD_END, re.IGNORECASE),
        "service_before": re.compile(WORD_START + r"(?:" + alternation(cues.organization_words) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE),
        "logistics": re.compile(
            r"\s+(?:(?:is|are|was|were|can\s+be|will\s+be|may\s+be)\s+)?" + _ADVERBS + r"(?:" + alternation(cues.logistics_predicates) + r")" + WORD_END,
            re.IGNORECASE,
        ),
        "against": re.compile(
            # "Steroid injection into the first toe joint is not recommended": a place of its own before the predicate
            # "Creams containing a local anaesthetic such as X are not recommended": what it contains, likewise
            r"(?:\s+(?:on|of|for|in|to|into|around|under|containing|(?:that|which)\s+contains?)\s+[^,;:.]{1,60}?)?\s+(?:"
            + alternation(cues.against_predicates) + r")" + WORD_END, re.IGNORECASE
        ),
        # "Steroid injections are usually injected into ...": adverbs may stand after the copula too
        "description": re.compile(
            r"(?:\s*\([^()]*\))?\s+" + _ADVERBS + r"(?:" + "|".join(_copula_adverbs(v) for v in cues.description_verbs) + r")" + WORD_END,
            re.IGNORECASE,
        ),
        "complication": re.compile(
            r"(?:\s*\([^()]*\))?\s+" + _ADVERBS + r"(?:" + alternation(cues.complication_predicates) + r")" + WORD_END, re.IGNORECASE
        ),
        "purpose": re.compile(WORD_START + r"(?:" + alternation(cues.purpose_nouns) + r")\s+of\s+(?:(?:the|a|an|any|your|their|this)\s+)?$", re.IGNORECASE),
        "form": re.compile(
            WORD_START + r"(?:" + "|".join(_copula_adverbs(v) for v in cues.form_predicates) + r")\s+(?:(?:a|an|the|one)\s+)?$", re.IGNORECASE
        ),
        "comparison": re.compile(WORD_START + r"(?:" + alternation(cues.comparison_cues) + r")\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE),
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
      vaccination service", "the Academy of Sleep Medicine", "a success story of modern medicine"), a
      place of care ("go to urgent care", "the intensive care unit") or a profession ("an exercise
      physiotherapist");
    * ``"test"``: a procedure done to look or rule out ("a keyhole operation to look inside the abdomen");
    * ``"situation"``: the time of a use in advice ("after applying cream"), a fronted condition, what
      the reader cannot take;
    * ``"logistics"``: how long, where, or who pays ("takes 6 to 12 weeks to start working", "is done
      under local anaesthetic", "is not covered by insurance", "while you wait for X to work");
    * ``"against"``: advised against or kept for later ("is not usually recommended", "should only be
      considered after ..."), or the course already tried ("after 6 to 12 months of physiotherapy");
    * ``"classifier"``: what another intervention of the sentence (``others``) is ("tamsulosin, a
      medicine that ...", "Triptans are medicines made for migraine", "They are not ordinary
      painkillers"), the head after its bracketed short form, a comparison ("similar to a heart
      pacemaker") or a trial's control arm ("placebo injections");
    * ``"verb"``: a head used as a verb ("a stone blocks the flow", "drugs that block CGRP", "it
      compresses the tendon", "the immune system makes antibodies");
    * ``"testimonial"``: a review line ("★★★★★") or a quoted question ("How successful are X?").
    * ``"question"``: an indirect question the intervention opens ("talk about whether surgery is right for you").
    """
    s, e = span
    before, after, text = sentence[:s], sentence[e:], sentence[s:e]
    toks = text.lower().split()
    if not toks:
        return None
    label = re.match(r"\s*([A-Za-z][A-Za-z ]{0,30}?)\s*:", sentence)
    if label and label.group(1).lower() in cues.lower_sets["metadata_labels"]:
        return "metadata"
    if _AFFILIATION.match(sentence) and _AFFILIATION_WORD.search(sentence):
        return "metadata"  # "(1)Department of Hand Surgery, Northfield University Hospital, Northfield, UK.": an author's address
    if _RATING.search(sentence) or any(q.start() < s and e < q.end() for q in _QUOTED_QUESTION.finditer(sentence)):
        return "testimonial"
    if any(m.kind == "cause" and not m.rule.endswith(ANAPHORA) and m.subject[0] < e and s < m.subject[1] for m in claims):
        return "cause"
    if _CAUSED_BEFORE.search(before):
        return "effect"  # "it doesn't cause weight loss", "can lead to an amputation": what is caused, no treatment claim
    if _names_a_cause_again(sentence, toks[-1], claims):
        return "cause"  # "long-term corticosteroid use has been implicated, although the evidence for corticosteroids ...": the cause again
    if any(m.kind == "cause" and m.subject[1] <= s for m in claims) and (_SO_CAN_BEFORE.search(before) or _TOO_AFTER.match(after)):
        return "cause"  # "Heavy drinking plays a part too, and so can some medicines", "..., and some cancer treatments can affect it too"
    if _UNDERGONE_BEFORE.search(before) and _LASTING_HARM_AFTER.match(after):
        return "cause"  # "people who have an operation on their lower back go on to have long-lasting pain": the history, no treatment
    if _RANK_OF_BEFORE.search(before):
        return "classifier"  # "X is the mainstay of conservative care": the kind of care X ranks in, no intervention of its own
    if elaborated_cause(sentence, span, cues, claims):
        return "cause"  # "Some medicines can bring on an attack: water tablets and low-dose aspirin ..."
    examples = _EXAMPLES_AFTER.match(sentence, e)
    if examples is not None and any(m.kind == "cause" and not m.rule.endswith(ANAPHORA) and m.subject[0] == examples.end() for m in claims):
        return "cause"  # "painkillers such as aspirin or ibuprofen make their asthma worse": the class of the causes named
    if set(toks) & cues.lower_sets["evidence_grade_words"]:
        return "method"  # "graded with the GRADE approach": how the evidence was graded, no intervention
    p = _incidental_patterns(cues)
    if p["method"].search(sentence):
        return "method"
    if p["misuse_in"].search(text) or p["misuse_after"].match(after) or p["harm"].match(after) or p["consequence"].match(after) or _opened_before(before, p["misuse_in"]) or _opened_before(before, p["cause_before"]):
        return "cause"
    fwd = _harmful_cause(cues).search(after)
    if fwd is not None and not re.search(r"[,;:()\u2013\u2014]", after[: fwd.start()]) and len(after[: fwd.start()].split()) <= 8:
        return "cause"  # "Taking X on 10 or more days a month can lead to ...": X is what causes
    if p["worsening_make"].match(after):
        return "cause"  # "Labetalol can make you feel tired", "... may make reflux worse": what harms (CLAIMS_SPEC.md: a
        # side effect is no treatment claim, and what makes the condition worse is its cause)
    if p["service_after"].match(after) or p["service_before"].search(before):
        return "service"
    nxt = re.match(r"\s+([A-Za-z][\w-]*)", after)
    if nxt is not None and agent_word(nxt.group(1).lower(), cues):
        return "service"  # "a sports and exercise physiotherapist", "our injection specialists": who, not what treats
    if _BODY_MAKES_BEFORE.search(before) or bodily_product(sentence, span):
        return "verb"  # "the body needs to make more insulin", "your body produces less thyroxine": physiology, no intervention
    if _DIAGNOSIS_BY_BEFORE.search(before):
        return "test"  # "Diagnosis rests on endoscopy with biopsies", "the diagnosis is confirmed by a biopsy": what diagnoses
    if _TEST_PURPOSE_AFTER.match(after):
        return "test"  # "a keyhole operation to look inside the abdomen", "a biopsy to rule out cancer": what diagnoses
    if any(t in ("make", "makes", "made", "making") for t in toks[:-1]):
        return "verb"  # "the immune system makes antibodies", "make tablets work better": a verb inside the phrase read
    if len(toks) == 1 and toks[0].endswith("s") and _PRONOUN_VERB_BEFORE.search(before):
        return "verb"  # "it compresses the tendon", "which blocks the nerve": a verb after its subject
    if len(toks) == 1 and toks[0].endswith("s") and toks[0] in cues.lower_sets["verb_like_heads"] and any(
            b <= s and re.fullmatch(r"\s*,\s*", sentence[b:s]) and re.search(r",\s*$", sentence[:a]) for a, b in others):
        return "verb"  # "A newer cream, ruxolitinib, blocks the signal": the verb after a subject's apposition
    if _TIME_OF_USE_BEFORE.search(before):
        return "situation"  # "Wash your hands after applying cream", "before taking any tablets": when, not what treats
    if " ".join(toks) in cues.lower_sets["care_places"]:
        return "service"  # "go to urgent care", "on the intensive care unit", "does not replace emergency care": where care is had
    if toks[-1] == "medicine" and re.search(r"(?<![\w-])of\s+$", before):
        return "service"  # "the success stories of modern medicine": the field, not a drug
    if _FIELD_BEFORE.search(before) or _TRAINED_IN_BEFORE.search(before):
        return "service"  # "one of the most successful operations in hand surgery", "a consultant in audiovestibular medicine": the field
    if toks[-1] in _NAMED_FIELD_HEADS and text[:1].isupper() and _PROPER_NAME_BEFORE.search(before):
        return "service"  # "Summit Ridge Orthopaedics & Sports Medicine", "our Quit for Life program": a name of a practice or a scheme
    if _ROUTE_BEFORE.search(before) and any(b <= s for _, b in others):
        return "classifier"  # "have antibiotics through a drip", "iron given via a drip": how the one named is given
    bracket = _BRACKET_OPEN_BEFORE.search(before)
    if bracket is not None and not _BRACKET_LIST_AFTER.match(after) and any(
            b <= bracket.start() and not re.search(r"[,.;:()]", before[b : bracket.start()]) and len(before[b:].split()) <= 8 for _, b in others):
        return "classifier"  # "keyhole surgery to remove your gallbladder (laparoscopic cholecystectomy)", "a hormone-releasing coil
        # (the levonorgestrel intrauterine system)": its other name; not the first of a bracketed list ("an NSAID (ibuprofen,
        # diclofenac or naproxen)"): the examples of the class, a claim each
    if _counted_form(before, toks, cues):
        return "generic"  # "one tablet a day", "A single capsule taken by mouth", "either drug", "any remedy": a dose or the
        # ones named before, no intervention named
    if len(toks) == 1 and toks[0] in _BARE_MEDICINE and _GENERIC_DETERMINER.search(before):
        return "generic"  # "before taking any medicine", "their response to medication", "more of the medicine reach your lungs"
    if len(toks) == 1 and toks[0] in cues.lower_sets["dosage_form_words"]:
        if _POSSESSIVE_BEFORE.search(before):
            return "generic"  # "Use your drops exactly as prescribed": the one the reader has, no intervention named
        strength = _STRENGTH_BEFORE.search(before)
        if strength is not None and any(b == strength.start() for _, b in others):
            return "classifier"  # "intravaginal metronidazole 0.75% gel": the form of the medicine named, one claim
        if _GIVEN_AS_BEFORE.search(before) and any(b <= s for _, b in others):
            return "classifier"  # "a vaccine that's given to babies as drops", "X, given on a pledget or as a spray": its form
    fronted = _FRONTED_CONDITION.match(before)
    if fronted is not None and not _OFFER_IN_CONDITION.search(before) and re.match(r"[^.;:]*?,", after):
        return "situation"  # "If inhalers are not enough, your doctor may ...", "If you take insulin, you must ...": when, not what treats
    if _DETECTED_AFTER.match(after) or (toks[-1].startswith(("antibod", "autoantibod")) and _BODY_HARM_AFTER.match(after)):
        return "test"  # "AChR antibodies are detectable in 85% of patients", "antibodies against X impair absorption": a marker
    if _USE_HISTORY_BEFORE.search(before):
        return "situation"  # "Baseline characteristics, including prior use of biologics, were similar", "current use of
        # anticoagulants" (an exclusion criterion): a history of use, no claim that it treats
    if _PEOPLE_WITH_BEFORE.search(before):
        return "situation"  # "Refer people aged 55 and over with weight loss and dyspepsia": what the people have
    if _PEOPLE_ON_BEFORE.search(before) and (_AT_RISK_AFTER.match(after) or _AT_RISK_BEFORE.search(before)):
        return "cause"  # "Children ..., for example those having chemotherapy, are at higher risk": who is at risk, no treatment
    if _PEOPLE_TAKING_BEFORE.search(before) and _RISK_OR_SUBGROUP_IN.search(before):
        return "situation"  # "the risk was highest in those who were also taking X", "In a subgroup of patients taking X,
        # ...": the people are named by what they take, no claim that it treats
    if _CANNOT_TAKE.search(before):
        return "situation"  # "an option for women who cannot take tablets", "If you cannot tolerate tablets, ...": who it is for
    if housekeeping(cues).search(sentence):
        return "logistics"  # "Please return used inhalers to any pharmacy for safe disposal": the medicine's disposal, no claim
    if _TRADE_BEFORE.search(before) or _SPENT_ON_BEFORE.search(before):
        return "logistics"  # "Sales of the weight-loss injection have tripled", "The NHS spends £500 million a year on painkillers":
        # the trade in it, no claim that it treats
    if _PAPERWORK_BEFORE.search(before) or re.search(r"(?<![\w-])per\s+$", before, re.I):
        return "logistics"  # "Prior authorization is required for cataract surgery", "$800 per injection"
    if p["logistics"].match(after) or _TAKES_TIME.match(after) or _DONE_AS.search(before):
        return "logistics"  # "... takes 20 minutes", "X, done as keyhole surgery under general anaesthetic"
    if _ADVISED_AGAINST_BEFORE.search(before) or _EXAMPLE_ADVISED_AGAINST_BEFORE.search(before):
        return "against"  # "(do not give aspirin to children under 16)", "Never take ibuprofen on an empty stomach", "avoid NSAIDs
        # such as ibuprofen": advice against
    if _INSTEAD_OF_BEFORE.search(before) and _ADVICE_OPENING.match(sentence):
        return "against"  # "Use paracetamol instead of ibuprofen or aspirin": what the advice replaces, advised against
    if _WHETHER_BEFORE.search(before):
        return "question"  # "to talk about whether surgery is right for you": an open question, no claim that it treats
    if p["evidence_of"].search(before) and p["scarce_evidence"].match(after):
        return "method"  # "Real-world data on X beyond 6 months remain limited": what the evidence is of, no claim that it treats
    if _MORE_RESEARCH_OF.search(before):
        return "method"  # "Further randomised trials of hand therapy are needed": research to come, not what treats
    if _RESEARCH_OPENED.search(before) and _RESEARCH_NEEDED_AFTER.match(after):
        return "method"  # "Further trials comparing X with newer drugs, such as Y, are needed": the research to come names them
    if (_RESEARCH_NEEDED_TO.search(before) or _NOT_STUDIED_BEFORE.search(before) or _OUTSIDE_STUDY_AFTER.match(after)
            or _LEFT_OUT_AFTER.match(after)) and not _RANKED_AFTER.match(after):
        return "method"  # "More studies are needed to compare X with Y", "we did not compare X with Y", "X was not part of our
        # comparison": what a study leaves to others, no claim that it treats
    if toks[-1] in ("treatment", "therapy", "management") and re.match(r"\s+with\s", after) and any(a >= e for a, _ in others):
        return "classifier"  # "Early treatment with nifedipine shortens ...": the course, named by the drug it uses
    if _TOLERATED_AFTER.match(after) or _MORE_HARMS_AFTER.match(after):
        return "cause"  # "Propranolol was better tolerated", "X is poorly tolerated by older people": its harms, no claim it treats
    if _HARMS_SUBJECT.match(before) or _HARMS_LISTED_BEFORE.search(before):
        return "cause"  # "Adverse events led to withdrawal in 8% of patients on X", "Common side effects are itching where the
        # cream is applied": the agent of the harms the sentence is about (CLAIMS_SPEC.md: a side effect is no treatment claim)
    failed = _FAILED_BY.search(before)
    if failed is not None and _failed_before(before[: failed.start()]):
        return "against"  # "pain that is not relieved by ordinary painkillers": the course that failed
    if p["against"].match(after) or _PRIOR_COURSE.search(before) or _DESPITE.search(before):
        return "against"  # "... persist despite two injections or six months of conservative care": what did not help
    if p["comparison"].search(before) or any(w in cues.lower_sets["control_modifiers"] for w in re.findall(r"[a-z]+", text.lower())):
        return "classifier"
    if toks[-1] in _CLASS_HEADS and len(toks) == 1 and re.search(r"(?<![\w-])(?:these|those|such|this|that)\s+$", before, re.I):
        return "classifier"  # "if you take a systemic medication or biologic, as these drugs require ...": the ones named before
    if _PRONOUN_SUBJECT.fullmatch(before) or _PRONOUN_SUBJECT.fullmatch(re.split(r"[:;]", before)[-1]):
        return "classifier"  # "They are not ordinary painkillers.", "Don't buy them online: they are prescription medicines"
    within = _WITHIN_TIME.search(before)
    if (within is not None and not (within.group("use") and _effect_before(before[: within.start()], cues))) or _BEFORE_DECIDING.search(before):
        return "logistics"  # "... within 2 weeks of taking a PPI", unless the time is of an effect ("recover within 4 weeks of taking X")
    if p["description"].match(after) and not _states_effect(sentence, cues):
        return "description"  # "PRP uses a small sample of your own blood, spun in a centrifuge ..."
    if (toks[-1] in _CLASS_HEADS or toks[-1] in ("care", "management")) and p["purpose"].search(before):
        return "definition"  # "The goal of asthma therapy is to ...": what a therapy aims at, no intervention named
    if _comparator(sentence, s, cues):
        return "comparison"
    if p["complication"].match(after) or _repeat_needed(sentence, span, cues):
        return "complication"  # "the stimulator has to be removed", "1 in 5 need a further operation"
    if _ROLE_BEFORE.search(before):
        return "classifier"  # "should not be used as monotherapy", "is used as first-line therapy": the role of the one named
    if _FEWER_BEFORE.search(before) or (toks[0] == "fewer" and len(toks) > 1):
        return "comparison"  # "maintains visual gains with fewer injections": how many, not what treats
    if len(toks) == 1 and toks[0] in cues.lower_sets["dosage_form_words"] and any(
            b <= s and re.fullmatch(r"\s*,?\s+(?:(?:and|or)\s+)?", sentence[b:s]) and sentence[a:b].lower().split()[-1] in cues.lower_sets["dosage_form_words"]
            for a, b in others):
        return "classifier"  # "a steroid nasal spray or drops", "lotions and sprays", "gels or tablets such as ibuprofen": one
        # intervention in another form, its modifiers shared (the gold's one claim spans both)
    if _FORMS_OF_SUBJECT.match(after):
        return "description"  # "HRT comes as tablets, skin patches, gels and sprays": the forms it takes, no claim it treats
    if _FORM_LIST_BEFORE.search(before):
        return "classifier"  # "... comes as tablets, skin patches, gels and sprays", "It comes as gels, paints and ...": forms
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
            or (re.fullmatch(r"\s*\(\s*", sentence[b:s]) and not _BRACKET_LIST_AFTER.match(after))  # "OnabotulinumtoxinA
            # (Botox)": one drug, two names; not "Complement inhibitors (eculizumab, ravulizumab)": its examples
        ):
            return "classifier"
    if ((toks[-1] in _CLASS_HEADS or toks[-1] in cues.lower_sets["dosage_form_words"])
            and re.search(r"(?<![\w-])(?:a|an|the|this|one|another)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
            and any(a >= e and re.fullmatch(r"\s*[,(]\s*", sentence[e:a]) and re.match(r"\s*[,)]\s*(?!and\b|or\b)", sentence[b:])
                    for a, b in others)):
        return "classifier"  # "a new drug, lecanemab, ...", "A newer cream, ruxolitinib, ...": the class before the name
    if apposition(cues).match(sentence, e) and not re.match(r"\s*,", after):
        return "classifier"  # "an operation called carpal tunnel release": the name after the cue is the claim
    if "|" in sentence and _table_label(sentence, span):
        return "table"
    if _listed_with_findings(before, after, cues):
        return "finding"  # "Night sweats and weight loss point towards ...": an item of a list of findings
    if re.fullmatch(r"[\s*\u2022\u25aa\u25cf-]*", before) and re.match(r"\s+[\u2013\u2014]\s", after) and any(a >= e for a, _ in others):
        return "label"  # "Systemic medications – Methotrexate and cyclosporine work ...": the class labelling the line
    if toks[-1] in cues.lower_sets["verb_like_heads"] and (_VERB_AFTER.match(after) or (len(toks) == 1 and _VERB_BEFORE.search(before))):
        return "verb"
    if toks[-1] in cues.lower_sets["verb_like_heads"] and _verb_after_its_subject(before, toks, after, cues):
        return "verb"  # "As the temperature drops, ...", "lactase production naturally drops after ...", "the glands block and ...",
        # "a building block of", "in small blocks": a verb after its subject, or an everyday phrase
    if len(toks) == 1 and (toks[0] in cues.lower_sets["dosage_form_words"] or toks[0] in _BARE_PROCEDURE) and _DEFINITE_BEFORE.search(before):
        return "generic"  # "how the operation works", "The drops can make the eyes red", "stretch the capsule": the one named
        # before, or no intervention at all; a claim names what it is
    return None


#: Adverbs of time ending in -ly that modify an intervention ("weekly injections", "early release").
_TIME_LY = frozenset({"daily", "weekly", "monthly", "yearly", "nightly", "hourly", "fortnightly", "quarterly", "early", "only", "family"})
#: A subordinator and a determiner before a subject ("As the temperature drops", "when your blood pressure drops").
_CLAUSE_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?:as|when|whenever|if|once|while|until|because|since)\s+(?:the|your|its|their|his|her|our)\s+$", re.IGNORECASE)
#: Where a verb without an object ends its clause: a mark, or a conjunction or preposition that opens the next part.
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,;.!?)]|$)|\s+(?:and|but|after|before|when|as|with|in|at|by|below|further|again|over)(?![\w-])", re.IGNORECASE)


def _verb_after_its_subject(before: str, toks: list[str], after: str, cues: RelationCues) -> bool:
    """Whether a phrase ending in a verb-like head ("drops", "block") is a subject and its verb, or an everyday phrase:
    "As the temperature drops, ...", "lactase production naturally drops after ...", "the glands block and the eyelid ...",
    "a building block of", "in small blocks"."""
    words = re.findall(r"[a-z'\u2019-]+", (before[-40:] + " " + " ".join(toks)).lower())
    if any(words[-len(p.split()) :] == p.split() for p in cues.lower_sets["verb_like_head_phrases"]):
        return True
    if len(toks) < 2 or not _CLAUSE_END_AFTER.match(after):
        return False
    adverb = toks[-2]
    if len(adverb) >= 6 and adverb.endswith("ly") and adverb not in _TIME_LY:
        return True  # "production naturally drops after"
    if _CLAUSE_SUBJECT_BEFORE.search(before):
        return True  # "As the temperature drops,"
    return toks[-2].endswith("s") and not toks[-2].endswith(("ss", "us", "sports")) and not toks[-1].endswith("s")
    # "the glands block and": a plural noun is no modifier of a singular head ("eye drops", "nerve block" are)


#: A bracket opened right before a name, with its article: "(", "(the ", "(a ".
_BRACKET_OPEN_BEFORE = re.compile(r"\(\s*(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


#: The trade in an intervention right before it: "sales of", "the price of", "a shortage of", "the market for".
_TRADE_BEFORE = re.compile(
    r"(?<![\w-])(?:sales|price|prices|market|shortage|shortages|supply|supplies)\s+(?:of|for)\s+(?:(?:the|a|an|this|these)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: Money spent on an intervention: "spends £500 million a year on painkillers".
_SPENT_ON_BEFORE = re.compile(
    r"(?<![\w-])(?:spend|spends|spent|spending)\s+(?:[^.;:,]{0,40}?\s+)?on\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
#: A history of use right before an intervention: "prior use of", "previous use of", "current use of", "concomitant use of".
_USE_HISTORY_BEFORE = re.compile(
    r"(?<![\w-])(?:prior|previous|past|current|concurrent|concomitant)\s+(?:use|users?)\s+of\s+(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: A verb of causing right before a phrase ("cause weight loss", "can lead to an amputation", "resulted in surgery"): the
#: phrase is the effect (no development gold's treatment follows one).
_CAUSED_BEFORE = re.compile(
    r"(?<![\w-])(?:cause|causes|caused|causing|lead\s+to|leads\s+to|led\s+to|leading\s+to|result\s+in|results\s+in|resulted\s+in)\s+"
    r"(?:(?:a|an|the|some|any|more|less|significant|unintended|unexplained)\s+)?$",
    re.IGNORECASE,
)


def _counted_form(before: str, toks: list[str], cues: RelationCues) -> bool:
    """A bare medicine form or class word ("tablet", "capsule", "drug", "remedy") that a quantity word counts or picks,
    inside the phrase or right before it ("one tablet a day", "a single chewable tablet", "either drug", "just a
    capsule"), with no modifier but those of make or sale ("chewable", "branded"): a dose, or the ones named before."""
    if toks[-1] not in cues.lower_sets["dosage_form_words"] and toks[-1] not in _BARE_MEDICINE and toks[-1] not in _REMEDY:
        return False
    rest = [t for t in toks[:-1] if t not in cues.lower_sets["form_modifiers"]]
    if rest:
        return " ".join(rest) in cues.lower_sets["quantity_determiners"]
    return _quantity_before(cues).search(before) is not None


_REMEDY = frozenset({"remedy", "remedies"})


@per_cue_set
def _quantity_before(cues: RelationCues) -> re.Pattern[str]:
    """A quantity word right before a bare form: "one tablet", "just a capsule", "either drug"."""
    return re.compile(r"(?<![\w-])(?:" + alternation(cues.quantity_determiners) + r")\s+$", re.IGNORECASE)


#: What an action replaces, right before the intervention: "instead of ibuprofen", "rather than a steroid cream".
_INSTEAD_OF_BEFORE = re.compile(r"(?<![\w-])(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:(?:a|an|the|any|your|taking|using)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: A sentence that opens with an imperative of use or a modal of advice: "Use ...", "Take ...", "You should take ...".
_ADVICE_OPENING = re.compile(
    r"[\s*\u2022-]*(?:(?:if|when|for)\s[^,;:.]{1,80},\s*)?(?:(?:use|take|try|choose|apply|give|wear|drink|eat|switch\s+to)(?![\w-])|(?:you|patients|people|they)\s+(?:should|must|can|could|may)(?![\w-]))",
    re.IGNORECASE,
)
#: A use advised against, right before the intervention: "do not give aspirin", "never take ibuprofen", "avoid using".
_ADVISED_AGAINST_BEFORE = re.compile(
    r"(?<![\w-])(?:do\s+not|don['\u2019]t|never|should\s+not|shouldn['\u2019]t|must\s+not|avoid)\s+(?:give|take|use|giving|taking|using|apply|applying)\s+"
    r"(?:(?:a|an|the|any|your|their)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: ... or the examples of a class advised against: "You should avoid NSAIDs such as ", "Please do not use a steroid cream such
#: as hydrocortisone or ".
_EXAMPLE_ADVISED_AGAINST_BEFORE = re.compile(
    r"(?<![\w-])(?:do\s+not|don['\u2019]t|never|should\s+not|shouldn['\u2019]t|must\s+not|avoid)\s+(?:(?:give|take|use|apply)\s+)?"
    r"(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){0,3}?such\s+as\s+(?:[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*|\s+(?:and|or)\s+))*$",
    re.IGNORECASE,
)
#: An indirect question the intervention opens: "talk about whether surgery is right for you", "decide whether an
#: operation would help".
_WHETHER_BEFORE = re.compile(r"(?<![\w-])whether\s+(?:(?:or\s+not\s+)?to\s+(?:have|try|start|use)\s+)?(?:(?:a|an|the|your|any|more)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: A use "as" a role, right before the head: "used as monotherapy", "given as add-on therapy", "offered only as a last resort".
_ROLE_BEFORE = re.compile(r"(?<![\w-])(?:used|given|offered|prescribed|considered|recommended|tried|continued|added)\s+(?:(?:only|mainly|mostly|usually)\s+)?as\s+(?:an?\s+)?$", re.IGNORECASE)
#: "fewer injections", "fewer operations", "fewer hospitalisations and surgeries": a count of an intervention compared
#: (alone or after another outcome it is coordinated with), not a claim that it treats.
_FEWER_BEFORE = re.compile(r"(?<![\w-])fewer\s+(?:[\w-]+\s+(?:and|or)\s+)?$", re.IGNORECASE)
#: The predicate of forms right after an intervention: "HRT comes as ...", "Minoxidil is available as a foam or a lotion".
_FORMS_OF_SUBJECT = re.compile(r"\s+(?:(?:usually|also|often|now)\s+)?(?:comes?|is\s+available|are\s+available)\s+(?:as|in)\s", re.IGNORECASE)
#: A form predicate and the forms listed after it so far: "comes as tablets, skin patches, " (the item that follows is a form).
_FORM_LIST_BEFORE = re.compile(
    r"(?<![\w-])(?:comes?|(?:is|are)\s+available|given|taken)\s+(?:as|in)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+){0,2}\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:a|an|the)\s+)?)*$",
    re.IGNORECASE,
)



def elaborated_cause(sentence: str, span: Span, cues: RelationCues, claims: Sequence[RelationMention] = ()) -> bool:
    """Whether an intervention named after a colon is an example of what the clause before the colon
    says causes harm ("Some medicines can bring on an attack: water tablets and low-dose aspirin",
    "Several things can set off a flare: alcohol, dehydration and medicines such as diuretics"): a
    cause, no treatment, unless that clause claims a treatment itself."""
    colon = max((m.start() for m in _CLAUSE_COLON.finditer(sentence, 0, span[0])), default=-1)  # not "1:1", "10:30"
    if colon < 0 or any(m.kind == "treatment" and m.subject[1] <= colon for m in claims):
        return False
    return _cause_lead(cues).search(sentence, 0, colon) is not None


#: "people who have (had) an operation ...": the intervention undergone, named in a relative clause of the people.
_UNDERGONE_BEFORE = re.compile(r"(?<![\w-])(?:who|that|i|we|he|she|they)\s+(?:have|had|has|undergo|underwent|undergoes|received?)\s+(?:had\s+)?(?:(?:an?|the|their|my|his|her|some)\s+)?"
                               r"(?:[a-z][\w-]*\s+){0,2}$",
                               re.IGNORECASE)
#: ... and the clause's verb says harm lasts or follows: "go on to have", "continue to have", "end up with", "are left with",
#: "(I had a hernia repair in 2019 and) the pain never went away".
_LASTING_HARM_AFTER = re.compile(r"[^,;:.?!]{0,60}?\s(?:go(?:es)?\s+on\s+to|continues?\s+to|end(?:s)?\s+up\s+with|(?:are|is)\s+left\s+with"
                                 r"|still\s+(?:have|has|get|gets|feel|feels)|never\s+(?:went|goes|go|has\s+gone|have\s+gone)\s+away)(?![\w-])", re.IGNORECASE)
#: The rank a predicate gives its subject among a kind of care: "the mainstay of", "the cornerstone of".
_RANK_OF_BEFORE = re.compile(r"(?<![\w-])(?:mainstays?|cornerstones?)\s+of\s+$", re.IGNORECASE)
#: A colon that ends a clause ("... can bring on an attack: ..."), not one of a ratio or a time ("randomised 1:1").
_CLAUSE_COLON = re.compile(r"(?<!\d):(?=\s)")


@per_cue_set
def _cause_lead(cues: RelationCues) -> re.Pattern[str]:
    """A cause or risk verb in a clause ("can trigger", "sets off", "increases the risk of"), not the verbs
    a trial's results use too ("resulted in", "produced")."""
    results = ("result", "results", "resulted", "produce", "produces", "produced")
    phrases = [v for v in cues.cause_forward["causes"] + cues.cause_forward["risk_factor"] if v.split()[0].lower() not in results]
    return re.compile(r"\s" + cues.modal_re + r"(?:" + alternation(phrases) + r")" + WORD_END, re.IGNORECASE)


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
    return re.compile(r"\s" + cues.modal_re + noun + r"(?:" + alternation(phrases) + r")" + WORD_END, re.IGNORECASE)


#: A dose after a drug's name, to the end of the phrase: "Aspirin 75 mg daily", "Budesonide MMX 9 mg", "Oral X 2.4-4.8 g/day".
DOSE_TAIL = re.compile(
    r"\s+\d[\d.,]*(?:\s*(?:-|\u2013|to)\s*\d[\d.,]*)?\s*(?:mg|g|mcg|\u00b5g|micrograms?|ml|mL|units?|IU)(?:/(?:day|d|kg))?"
    r"(?:\s+(?:daily|a\s+day|once\s+daily|twice\s+daily|(?:once|twice|three\s+times|four\s+times)\s+(?:a\s+day|daily)))?\s*$",
    re.IGNORECASE,
)


#: A course's length after the name: "oral terbinafine for 12 weeks", "prednisolone over 6 weeks".
DURATION_TAIL = re.compile(
    r"\s+(?:for|over)\s+(?:up\s+to\s+|at\s+least\s+)?(?:\d+|one|two|three|four|five|six|eight|ten|twelve)(?:\s*(?:to|-|\u2013)\s*\d+)?\s+"
    r"(?:days?|weeks?|months?|years?)\s*$",
    re.IGNORECASE,
)


#: A short item (one to three words, after the sentence's start, a comma, "and" or "or") right before a joint: "Fever, ".
_JOINT_END = re.compile(r"(?:^|[,;:(]|(?<![\w-])(?:and|or))\s*(?:[A-Za-z-]+\s+){0,2}([A-Za-z-]+)\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$", re.IGNORECASE)
#: The first one or two words after a joint: ", and fatigue", " and night sweats".
_JOINT_NEXT = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)([A-Za-z-]+)(?:\s+([A-Za-z-]+))?", re.IGNORECASE)


def _listed_with_findings(before: str, after: str, cues: RelationCues) -> bool:
    """Whether an intervention-like phrase ("weight loss") is an item coordinated with a finding ("fatigue", "night
    sweats"): the head of the item right before it, or of the short item right after it, is a finding noun."""
    findings = cues.lower_sets["symptom_finding_nouns"]
    prev = _JOINT_END.search(before)
    if prev is not None and prev.group(1).lower() in findings:
        return True
    nxt = _JOINT_NEXT.match(after)
    if nxt is None:
        return False
    first, second = nxt.group(1).lower(), (nxt.group(2) or "").lower()
    # the finding is the next item's head: "night sweats", or "fatigue" before a verb or the end ("and fatigue suggest"),
    # not a modifier of another head ("and pain psychology")
    return second in findings or (first in findings and (not second or not is_noun(second)))


def _table_label(sentence: str, span: Span) -> bool:
    """Whether an intervention in a table row ("SCS procedures performed since 2012 | Over 3,000",
    "Would choose SCS again | 96%") is part of a row label, not the row's subject: only a first cell
    that is the intervention itself ("PRP (series of 3 injections) | 80%") names a treatment."""
    cell_end = sentence.find("|")
    if span[0] > cell_end:
        return True
    cell = DOSE_TAIL.sub("", re.sub(r"\([^()]*\)", "", sentence[:cell_end]).strip(" \t*\u2022-"))  # "Oral X 2.4-4.8 g/day | ...": the drug
    name = sentence[span[0] : span[1]]
    return not cell.lower().startswith(name.lower()) or len(cell.split()) > len(name.split()) + 1


def _states_effect(sentence: str, cues: RelationCues) -> bool:
    """Whether a sentence says what an intervention does for the condition: an effect or outcome verb
    or noun ("to quiet the nerves that carry pain signals", "stimulate healing", "relief")."""
    words_ = set(re.findall(r"[a-z][a-z-]*", sentence.lower()))
    effects = cues.lower_sets["effect_words"] | cues.lower_sets["time_anchor_outcomes"] | cues.lower_sets["outcome_words"]
    return bool(words_ & effects) or _effect_verb(cues).search(sentence) is not None


def _effect_before(text: str, cues: RelationCues) -> bool:
    """Whether ``text`` (a main clause before a time) says an effect ("recover", "halve their migraine days")."""
    verbs = {v.lower() for v in cues.anaphoric_effect_verbs}
    return _states_effect(text, cues) or any(w in verbs for w in re.findall(r"[a-z]+", text.lower()))


@per_cue_set
def _effect_verb(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(WORD_START + r"(?:" + alternation(cues.effect_verbs) + r")" + WORD_END, re.IGNORECASE)


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
def _failure_after(cues: RelationCues) -> re.Pattern[str]:
    """An intervention followed by its failing ("spinal fusion fails", "surgery does not achieve")."""
    return re.compile(r"\s+(?:(?:may|can|will|would|might|could|often|sometimes|still|also|ultimately)\s+)?(?:" + alternation(cues.failure_after) + r")(?![\w-])", re.IGNORECASE)


_GIVING_PARTICIPLES = frozenset({"offered", "prescribed", "suggested", "advised", "given"})
_PASSIVE_OPENERS = frozenset({"is", "are", "be", "been", "being", "was", "were", "then", "first", "also", "often", "usually", "sometimes",
                              "normally", "generally", "occasionally", "routinely"})


def _passive_giving(sentence: str, toks: list[Span], k: int) -> bool:
    """Whether the word at ``k`` is the participle of a passive of giving ("are offered physiotherapy", "was then
    prescribed steroids"): the verb, no modifier of the intervention named after it."""
    w = sentence[toks[k][0] : toks[k][1]].lower()
    return w in _GIVING_PARTICIPLES and k > 0 and sentence[toks[k - 1][0] : toks[k - 1][1]].lower() in _PASSIVE_OPENERS


def _verb_not_modifier(word: str) -> bool:
    """A word before an intervention's head that ends its modifiers as a verb: a negated auxiliary ("antihistamines
    don't help") or a verb that names no thing ("restrict exercise", "put off surgery", "relieve pain")."""
    return word.endswith(("n't", "n\u2019t")) or (is_base_verb(word) and not is_noun(word) and not is_modifier(word))


@per_cue_set
def _mention_word_sets(cues: RelationCues) -> tuple[frozenset[str], frozenset[str]]:
    """The words that end an intervention mention's modifiers in :func:`intervention_mentions` (made once a cue set):
    those that are no modifier, and the blocking words."""
    stop = (cues.lower_sets["leading_words"] | cues.lower_sets["trailing_words"] | cues.lower_sets["clause_words"]
            | cues.lower_sets["modifier_stopwords"])
    # a blocker ends the modifiers ("plans cover CGRP antibodies", "undergone spinal cord stimulation"); "without X"
    # stays one phrase ("get better without surgery": conservative care)
    blocking_words = frozenset({b.lower() for b in cues.mention_blockers if " " not in b} - {"without"})
    blocking_words |= cues.lower_sets["agent_words"]  # "My GP prescribed amitriptyline": who prescribes is no modifier
    return stop, blocking_words


@per_cue_set
def _blocker_re(cues: RelationCues) -> re.Pattern[str]:
    # "before or after taking your tablets": the gerund of use stands between the blocker and what is used; a vague
    # determiner as well as a definite one ("can happen after some operations on the stomach", "before certain procedures")
    return re.compile(
        r"(?<![\w-])(?:" + alternation(cues.mention_blockers) + r")\s+(?:(?:taking|using|having|starting|finishing)\s+)?"
        r"(?:(?:a|an|the|your|their|his|her|my|" + alternation(cues.vague_determiners) + r")\s+)?$",
        re.IGNORECASE,
    )


@per_cue_set
def _lifestyle_re(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(r"[^\w]*(?:" + alternation(cues.lifestyle_gerunds) + r")(?![\w-])", re.IGNORECASE)


@per_cue_set
def _care_of_part(cues: RelationCues) -> re.Pattern[str]:
    """A gerund acting on a part of the body ("Soaking the foot in warm water", "Icing the elbow", "Strapping your
    ankle", "Resting the affected joint"): care given to the part, an intervention whatever the verb; not a state
    ("Feeling the chest tighten") or a cause's ("Bending the knee ...", "Twisting the ankle ..." are no treatment verbs'
    subjects, which the callers check)."""
    return re.compile(
        r"[^\w]*(?!(?:" + alternation(cues.state_gerunds) + r")(?![\w-]))[a-z]{2,}ing\s+(?:(?:the|your|a|an|their|his|her|each|both)\s+)"
        r"(?:(?:affected|sore|injured|painful|swollen|whole)\s+)?(?:" + alternation(cues.body_sites) + r")(?![\w-])",
        re.IGNORECASE,
    )


#: Gerunds of a habit that name it alone ("If you smoke, quitting may reduce flares").
_BARE_HABITS = frozenset("quitting exercising walking stretching resting swimming cycling".split())


def lifestyle_intervention(text: str, cues: RelationCues) -> bool:
    """Whether a phrase names a change of habit by a gerund ("Losing weight", "Stopping smoking", "quitting",
    "Raising the head of the bed"): a treatment when the text says it helps, or lists it under treatments."""
    m = _lifestyle_re(cues).match(text)
    if m is None:
        return _care_of_part(cues).match(text) is not None  # "Soaking the foot", "Icing the elbow", "Strapping the ankle"
    rest = re.findall(r"[a-z][a-z'-]*", text[m.end() :].lower())
    if not rest:
        return m.group(0).strip(" \t*-\u2022").lower() in _BARE_HABITS
    return rest[0] not in cues.lower_sets["pronouns"] and rest[0] not in cues.lower_sets["clause_words"]


def _right_boundary(sentence: str, pos: int, cues: RelationCues) -> bool:
    return _boundary_word(cues).match(sentence, pos) is not None


@per_cue_set
def _boundary_word(cues: RelationCues) -> re.Pattern[str]:
    words_ = set(cues.right_boundaries) | set(cues.left_boundaries) | set(cues.effect_verbs) | set(cues.treatment_offer)
    words_ |= {v for vs in cues.cause_forward.values() for v in vs} | set(cues.symptom_verbs)
    return re.compile(r"(?:" + alternation(sorted(words_)) + r")(?![\w-])", re.IGNORECASE)


@per_cue_set
def _generic_effect_verbs(cues: RelationCues) -> frozenset[str]:
    return frozenset(v.lower() for v in cues.effect_verbs)


#: A time preposition right before a subject found by :func:`left_phrase`: "before your ", "after ", "during the ".
_TIME_PP_BEFORE = re.compile(r"(?<![\w-])(?:before|after|during)\s+(?:(?:your|the|a|an|each|every|any)\s+)?$", re.IGNORECASE)


def treatment_verbs(
    sentence: str,
    cues: RelationCues,
    c: Compiled,
    known: Optional[Known],
    intervention: Optional[Known],
    out: list,
    treated: Optional[Known] = None,
    condition: Optional[Known] = None,
) -> None:
    """Treatment claims of the treatment verbs ("X relieves Y", "Y is treated with X", "we offer X"). ``treated``: what
    names an intervention in a section about treatment; the subject of an active effect verb ("Retinoids unblock
    pores") may be one, not the subject of a passive ("scarring can be improved with ..."). Outside such a section, the
    subject of an active verb of relief whose object names a finding ("Warm baths ease the stiffness", "Deep shoes reduce
    pressure on the bunion") is one too, when it is a short noun phrase naming no person, finding or ``condition``."""
    if sentence.rstrip().endswith("?"):
        return  # "Does physiotherapy help a frozen shoulder?" asks; it claims nothing
    generic_effect = _generic_effect_verbs(cues)
    for m in c.treat_fwd.finditer(sentence):
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        if m.start("verb") == m.start() and (intervention_word(verb, cues) or verb in {"block", "blocks"}):
            continue  # "epidural nerve blocks": a noun, not "X blocks Y"
        if re.match(r"\s+up(?![\w-])", sentence[m.end("verb") :], re.I):
            continue  # "impetigo usually clears up within a week": the condition goes, no "X clears Y"
        if verb == "help" and _HELP_SOUGHT.search(sentence[: m.start("verb")]):
            continue  # "seek urgent medical help", "ask for help": a noun, the object of seeking, no "X helps"
        enough = _ENOUGH_TO.search(sentence[: m.start("verb")])
        if enough is None and re.search(r"(?<![\w-])(?:fail(?:s|ed|ing)?\s+to|to)\s+$", sentence[: m.start("verb")], re.I) and " " not in verb:
            continue  # "surgeries fail to relieve ...", "... around the nerve to reduce swelling": no subject of this verb
        subj = left_phrase(sentence, enough.start() if enough else m.start(), cues)  # "X may be enough to help ...": X
        timed = _TIME_PP_BEFORE.search(sentence, 0, subj[0]) if subj is not None else None
        if timed is not None:  # "Heat packs or a warm shower before your exercises can ease the stiffness": what eases,
            outer = left_phrase(sentence, timed.start(), cues)  # not the time it is used at
            subj = outer if outer is not None else subj
        if subj is None or is_pronoun(sentence, subj, cues):
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
        given = _RECIPIENTS_GIVEN.match(sentence, subj[0], subj[1]) or _TREATMENT_WITH.match(sentence, subj[0], subj[1])
        if given is not None and given.end() < subj[1]:
            subj = (given.end(), subj[1])  # "61% of patients given acupuncture improved", "Early treatment with X reduces ...": X
        used = _USED_AS.search(sentence, subj[0], subj[1])
        if used is not None and used.start() > subj[0]:
            subj = (subj[0], used.start())  # "Phosphate binders taken with meals help to control ...": what is taken
        named_before = _class_of_named(sentence, subj, m.start(), cues)
        classed = named_before is not None and any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[subj[0] : subj[1]].lower()))
        if named_before is not None:
            subj = named_before  # "prednisolone, a steroid that reduces swelling": prednisolone reduces it
        subj_text = sentence[subj[0] : subj[1]]
        if subj_text.lower() in cues.lower_sets["modifier_stopwords"]:
            continue  # "Why treat it?": a question word, no intervention
        if verb.startswith("be used") and re.match(r"[a-z]+\s+(?:a|an|the|your|their)\s", subj_text) and is_base_verb(subj_text.split()[0]):
            continue  # "pumps that can supply a steady state of medication can be used to ...": a verb phrase, no name
        if re.search(r"(?<![\w-])not\s+(?:\w+\s+)?$", sentence[subj[1] : m.start("verb")]) and "approved" in verb:
            continue  # "X is not approved for Y"
        specific = bool(set(verb.split()) & set(cues.treatment_specific_words))
        items = _example_classes(sentence, subj, cues, known) + _subject_items(sentence, subj, cues, known)
        named = any(intervention_word(w, cues) for s, e in items for w in re.findall(r"[a-z][a-z-]*", sentence[s:e].lower()))
        named = named or classed  # "Behavioural activation is a type of talking therapy that helps ...": its class says so
        named = named or bool(intervention and any(intervention(sentence[s:e]) for s, e in items))  # the linker, when the text does not say
        active = not re.search(r"(?:ed|en)$", verb) and not re.search(r"(?<![\w-])(?:be|been|being|is|are|was|were)\s+$", sentence[: m.start("verb")], re.I)
        named = named or bool(treated and active and items and all(treated(sentence[s:e]) for s, e in items)
                              and right_phrase(sentence, m.end(), cues) is not None
                              and not re.match(r"\s*(?:[,;.]|and\s|or\s|$)", sentence[m.end() :]))  # "the gut lining heals and ...": no object
        named = named or (used is not None and used.start() > subj[0] and not is_pronoun(sentence, subj, cues))
        relief = ""
        if (not named and items and _relieves_finding(sentence, m, cues)
                and not re.search(r"(?<![\w-])(?:be|been|being|is|are|was|were|get|gets|got)\s+(?:\w+\s+)?$", sentence[: m.start("verb")], re.I)
                and not _NOT_A_SUBJECT_BEFORE.search(sentence[: subj[0]]) and not re.search(r"ly$", subj_text)):
            named = all(named_in_treatment_section(sentence[s:e], cues) and not (condition is not None and condition(sentence[s:e]))
                        for s, e in items)  # "Warm baths ease the stiffness": what relieves a finding treats it
            relief = RELIEF_SUBJECT if named else ""
        if (not named and lifestyle_intervention(subj_text, cues) and not re.match(r"(?:increase|raise|worsen)", verb.split()[-1])
                and not _effect_verb(cues).search(subj_text)):  # "Getting enough sleep helps prevent ...": the subject of "helps"
            named = True  # "Losing weight can ease knee pain", "quitting may reduce flares": a change of habit that helps
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
            out.append(RelationMention("treatment", item, obj if specific else None, effect, f"treatment:{verb}{relief}", (subj[0], (obj or subj)[1])))
    for m in [*_CLASS_PREDICATE.finditer(sentence), *_PLURAL_OPTIONS.finditer(sentence)]:
        # "Oral bisphosphonates remain the first-line treatment for most women with osteoporosis", "Teriparatide is an
        # alternative anabolic drug for these women", "X, given as a yearly infusion, is an option for ...": what the
        # subject is, a treatment for someone, names it an intervention whatever its head
        before = sentence[: m.start()]
        aside = _PARTICIPLE_ASIDE.search(before)
        gloss = _GLOSS_BEFORE.search(before)
        end = aside.start() if aside else (gloss.start() if gloss else m.start())  # "Artificial tears (lubricant eye drops) are ...": the name
        subj = left_phrase(sentence, end, cues)
        if subj is None or is_pronoun(sentence, subj, cues) or subj[1] < end - 1:
            continue
        listed = _listed_subject(sentence, subj, cues, known)
        if listed:  # "Smoking cessation, targeted supplementation and early rehabilitation are the main measures ...": each
            cond = right_phrase(sentence, m.start("cond"), cues) if m.group("cond") else None
            out.extend(RelationMention("treatment", item, cond, None, "treatment:is", (item[0], (cond or item)[1])) for item in listed)
            continue
        subj = _named_head(sentence, subj, cues)  # "Corticosteroid injection into the first dorsal compartment is now ...": the injection
        pair = _intervention_pair(sentence, subj, cues)
        if pair:  # "Hydroxychloroquine and methotrexate are alternatives for ...": each
            cond = right_phrase(sentence, m.start("cond"), cues) if m.group("cond") else None
            out.extend(RelationMention("treatment", item, cond, None, "treatment:is", (item[0], (cond or item)[1])) for item in pair)
            continue
        subj_text = sentence[subj[0] : subj[1]]
        ws = re.findall(r"[a-z][a-z-]*", subj_text.lower())
        if (not ws or len(ws) > 5 or ws[-1] in _CLASS_HEADS or ws[-1] in ("care", "management", "approach", "goal", "aim")
                or ws[0] in {"no", "none", "neither", "this", "that", "which", "what", "it"} or re.search(r"[\d%]", subj_text)):
            continue  # "The main treatment is ...", "No drug is an option ...": no intervention named as the subject
        if sentence[: subj[0]].strip() and not re.fullmatch(r"[\s*\u2022-]*(?:(?:but|and|so|however|also|instead)[\s,]+)?", sentence[: subj[0]], re.I):
            continue  # only the subject of the sentence ("... because X is an option for ...": not the main claim)
        cond = right_phrase(sentence, m.start("cond"), cues) if m.group("cond") else None
        out.append(RelationMention("treatment", subj, cond, None, "treatment:is", (subj[0], (cond or subj)[1])))
    for m in _NO_CURE.finditer(sentence):  # "There are no eye drops or tablets that can cure cataracts": denied, still a claim
        if re.match(r"(?:single|one|other|known)(?![\w-])", m.group("items"), re.I):
            continue  # "no single drug works for everyone", "no other treatment": no intervention named
        cond = right_phrase(sentence, m.start("cond"), cues)
        effect = sentence[m.start("verb") : cond[1]] if cond else m.group("verb")
        for s in intervention_items(sentence, list_items(sentence, m.span("items"), cues, known), cues, intervention=intervention):
            out.append(RelationMention("treatment", s, cond, effect, "treatment:no cure", (m.start(), (cond or s)[1])))
    for m in _ranked_treatment(cues).finditer(sentence):
        cond = right_phrase(sentence, m.start("cond"), cues, stop=m.end("cond"))
        region = (m.end(), list_end_at(sentence, m.end()))
        for s in intervention_items(sentence, list_items(sentence, region, cues, known), cues, intervention=intervention):
            out.append(RelationMention("treatment", s, cond, None, "treatment:is", (m.start(), s[1])))
    for m in _GENERIC_APPOSITION.finditer(sentence):
        named = right_phrase(sentence, m.end(), cues)
        if named is not None and not is_pronoun(sentence, named, cues):
            out.append(RelationMention("treatment", named, None, None, "treatment:apposition", (m.start(), named[1])))
    for m in c.treat_bwd.finditer(sentence):
        if re.search(r"(?:should|must|ought\s+to|need\s+to|needs\s+to)\s+(?:\w+\s+)?be\s+$", sentence[: m.start("verb")], re.I):
            continue  # "should be treated with X" is a recommendation, read as one
        if _failed_before(sentence[: m.start("verb")]):
            continue  # "pain that is not relieved by ordinary painkillers", "hay fever that does not respond to ...": what failed
        cond = left_phrase(sentence, m.start(), cues)
        if cond is not None and is_pronoun(sentence, cond, cues):
            cond = None
        for s in intervention_items(sentence, list_items(sentence, (m.end(), list_end_at(sentence, m.end())), cues, known), cues,
                                    intervention=intervention):
            if re.match(r"(?:our|my)(?![\w-])", sentence[s[0] : s[1]], re.I) or re.search(r"(?<![\w-])(?:our|my)\s+$", sentence[: s[0]], re.I):
                continue  # "patients have been helped by our innovative approach": the provider's pitch, no intervention
            out.append(RelationMention("treatment", s, cond, None, f"treatment<:{m.group('verb').lower()}", ((cond or s)[0], s[1])))
    for m in _GIVEN_TO_PERSON.finditer(sentence):  # "you may be given iron or ...", "Women who ... are given a progestogen"
        who = re.split(r"[,;:()]", sentence[: m.start()])[-1].lower()
        if not set(re.findall(r"[a-z]+", who)) & (_PERSON_WORDS | cues.lower_sets["person_nouns"]):
            continue  # "The vaccine is given ...": what is given is the subject, named before
        listed = list_items(sentence, (m.end(), list_end_at(sentence, m.end())), cues, known)
        items = [p for it in intervention_items(sentence, listed, cues, intervention=intervention) for p in _or_items(sentence, it, cues)]
        for s_ in items:
            head = re.split(r"\s(?:" + "|".join(sorted(cues.lower_sets["prepositions"] | {"to", "that", "which"})) + r")\s", sentence[s_[0] : s_[1]].lower())[0]
            ws = re.findall(r"[a-z][a-z-]*", head)
            tail = re.search(r"\s+(?:as\s+well|too|instead|also|first)$", sentence[s_[0] : s_[1]], re.I)
            if tail is not None:
                s_ = (s_[0], s_[0] + tail.start())  # "a progestogen as well": the progestogen
            if ws and ws[-1] not in _GIVEN_NOT_CARE and not is_clause(sentence[s_[0] : s_[1]], cues):
                out.append(RelationMention("treatment", s_, None, None, "treatment<:given", (m.start(), s_[1])))
    for m in c.treat_offer.finditer(sentence):
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        region = (m.end(), list_end_at(sentence, m.end()))
        fwd = c.treat_fwd.search(sentence, m.end(), region[1])
        if fwd is not None and fwd.start() > m.end() and not intervention_word(fwd.group("verb").lower(), cues):
            region = (m.end(), fwd.start())  # "Treatment with X reduces flares": the items end at the verb of what they do
        listed = list_items(sentence, region, cues, known)
        aim = _FOR_CONDITION.search(sentence, listed[-1][0], listed[-1][1]) if listed else None
        if aim is not None and aim.start() > listed[-1][0]:  # "plans cover CGRP antibodies and Botox for chronic migraine"
            listed[-1] = (listed[-1][0], aim.start())
        items = intervention_items(sentence, listed, cues, intervention=intervention)
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


#: A person given something: "you may be given iron", "patients were given", "Women who ... are given a progestogen";
#: not how or when it is given ("is given as two doses", "given by injection", "given to children").
_GIVEN_TO_PERSON = re.compile(
    r"(?<![\w-])(?:be|are|were|is|was|been|get|gets|got)\s+(?:(?:usually|often|also|then|sometimes|normally|first|now)\s+)?given\s+"
    r"(?!(?:as|to|by|in|into|through|via|at|on|for|with|once|twice|every|daily|weekly|monthly|after|before|during|over|under|regularly)(?![\w-]))",
    re.IGNORECASE,
)
_PERSON_WORDS = frozenset("you they he she we i people patients women men children adults participants those".split())
#: What a person is given that is no intervention: "given a leaflet", "given an appointment", "given advice".
_GIVEN_NOT_CARE = frozenset(
    "leaflet leaflets appointment appointments date dates advice information choice chance option options card letter number time "
    "instructions results diagnosis name form forms list plan details support".split()
)
def _or_items(sentence: str, span: Span, cues: RelationCues) -> list[Span]:
    """The alternatives a person is given, split at "or" ("iron or injections of erythropoietin"): each a short noun
    phrase of up to four words, or the span whole."""
    text = sentence[span[0] : span[1]]
    joint = re.search(r"\s+or\s+", text)
    if joint is None:
        return [span]
    left, right = text[: joint.start()], text[joint.end() :]
    if not 1 <= len(left.split()) <= 4 or not 1 <= len(right.split()) <= 4 or is_clause(left, cues) or is_clause(right, cues):
        return [span]
    return [(span[0], span[0] + joint.start()), (span[0] + joint.end(), span[1])]


#: The people a subject names before what they were given: "61% of patients given acupuncture", "those treated with X".
_RECIPIENTS_GIVEN = re.compile(
    r"[^,;:]*?(?<![\w-])(?:patients|people|those|participants|adults|children|women|men)\s+(?:who\s+(?:were\s+)?)?"
    r"(?:given|receiving|received|treated\s+with|allocated\s+to|randomi[sz]ed\s+to|taking)\s+(?:(?:a|an|the)\s+)?",
    re.IGNORECASE,
)
#: A course named by what it uses: "(First-line drug) treatment with X", "therapy with X": X is the intervention named.
_TREATMENT_WITH = re.compile(r"[^,;:()]{0,40}?(?<![\w-])(?:treatment|therapy|management)\s+with\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
#: The effect verbs that relieve what follows them ("ease", "reduced", "can relieve"), not those that raise, keep or block.
_RELIEF_VERBS = frozenset(
    "relieve relieves relieved reduce reduces reduced alleviate alleviates ease eases eased improve improves improved "
    "calm calms soothe soothes decrease decreases decreased lower lowers lowered numb numbs".split()
)


#: What before a phrase makes it no subject of the verb after it: a modal ("can noticeably reduce": an adverb) or a relative
#: or coordinated verb ("which narrows blood vessels and reduces redness": the object of another verb).
_NOT_A_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?:can|may|might|could|will|would|should|which|that|who|and|or)\s+$", re.IGNORECASE)


def _relieves_finding(sentence: str, m: re.Match[str], cues: RelationCues) -> bool:
    """Whether the verb of ``m`` relieves a finding named in its object ("ease the stiffness", "reduced pain at 6
    months", "reduce pressure on the bunion"): a symptom or finding noun within the object's first words."""
    if m.group("verb").lower().split()[-1] not in _RELIEF_VERBS:
        return False
    obj = right_phrase(sentence, m.end(), cues)
    if obj is None:
        return False
    findings = (cues.lower_sets["symptom_finding_nouns"] | cues.lower_sets["effect_words"] | cues.lower_sets["symptom_feelings_of_parts"]
                | {"pressure", "inflammation"})  # "ease a sore throat", "soothe itchy eyes"
    return any(w in findings for w in re.findall(r"[a-z][a-z-]*", sentence[obj[0] : obj[1]].lower())[:4])


#: "X is / remains a first-line treatment for Y", "X is an alternative anabolic drug for Y", "X is an option for Y", "X is now
#: regarded as the first-line treatment for Y", "X is the standard operation.", "Exercise is the treatment, not an extra": a
#: predicate that ranks its subject among the treatments, with the condition it is for or ending the clause.
_CLASS_PREDICATE = re.compile(
    r"(?<![\w-])(?:is|are|remains?|was|were|becomes?|became|(?:should|must|will)\s+(?:(?:still|also|now)\s+)?(?:be|remain))\s+"
    r"(?:(?:still|also|usually|often|now|generally|widely|increasingly)\s+)?"
    r"(?:(?:regarded|considered|seen|recognised|recognized|accepted)\s+as\s+)?(?:(?:a|an|the|another|one\s+of\s+the)\s+)"
    r"(?:(?!(?:for|of|in|to|with|that|which|and|or)\s)[\w-]+\s+){0,3}?"
    r"(?:treatments?|options?|steps?|alternatives?|choices?|therap(?:y|ies)|drugs?|medicines?|medications?|operations?|procedures?|measures?"
    r"|(?:mainstays?|cornerstones?)\s+of\s+(?:(?!(?:the|this|that|these|those)\s)[\w-]+\s+){0,2}?(?:treatment|therapy|management|care))"  # "... of (first-line) treatment"
    r"(?:\s+(?:for|in)\s+(?P<cond>\S)|(?=\s*(?:[.;!]|,\s*(?:not|but|although|though|while)(?![\w-])|$)))",
    re.IGNORECASE,
)
def _intervention_pair(sentence: str, subj: Span, cues: RelationCues) -> list[Span]:
    """The two interventions of a subject that joins them by "and" or "or", each named by an intervention word
    ("Hydroxychloroquine and methotrexate", "Ibuprofen gels or paracetamol"); none for one intervention."""
    text = sentence[subj[0] : subj[1]]
    joints = list(re.finditer(r"\s+(?:and|or)\s+", text))
    if len(joints) != 1:
        return []
    j = joints[0]
    parts = [(subj[0], subj[0] + j.start()), (subj[0] + j.end(), subj[1])]
    if not all(any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[a:b].lower())) for a, b in parts):
        return []
    return parts


#: A fronted phrase of situation before a clause's subject: "For irregular periods, ", "In older adults, ", "If tablets fail, ".
_FRONTED_PHRASE = re.compile(r"(?:for|in|if|when|after|before|among|during|with|without|once|unless)\s[^,;:()]{1,60}?,\s*", re.IGNORECASE)
#: A plural option predicate without an article: "Rest, a strap and steroid injections are (all) options (for Y)".
_PLURAL_OPTIONS = re.compile(
    r"(?<![\w-])are\s+(?:(?:all|also|still|both|other)\s+){0,2}(?:(?!(?:for|of|in|to|with|that|which|and|or)\s)[\w-]+\s+){0,2}?"
    r"(?:options|alternatives|choices)(?:\s+(?:for|in)\s+(?P<cond>\S)|(?=\s*(?:[.;!]|,\s*(?:not|but|although|though|while)(?![\w-])|$)))",
    re.IGNORECASE,
)


def _listed_subject(sentence: str, subj: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The items of a comma list that is the whole subject before a ranking predicate ("Smoking cessation, statins and
    supervised exercise are the main treatments for ..."), when the phrase read before the predicate is its last item;
    none for a subject that is no such list."""
    lead = re.match(r"[\s*\u2022-]*(?:(?:but|and|so|however|also|instead)[\s,]+)?", sentence).end()
    fronted = _FRONTED_PHRASE.match(sentence, lead)
    lead = fronted.end() if fronted else lead  # "For golfer's elbow, rest, a strap and ... are options": the list after it
    head = sentence[lead : subj[0]]
    if not head.strip() or "," not in head or re.search(r"[;:()\d%]", head) or not re.search(r"(?:,|\s(?:and|or))\s*(?:(?:a|an|the|some)\s+)?$", head):
        return []
    items = list_items(sentence, (lead, subj[1]), cues, known)
    if len(items) < 2 or items[-1][1] != subj[1]:
        return []
    words_ = [re.findall(r"[a-z][a-z-]*", sentence[a:b].lower()) for a, b in items]
    if any(not ws or len(ws) > 5 or ws[0] in {"no", "none", "neither", "this", "that", "which", "what", "it"} for ws in words_):
        return []
    return items


#: "Artificial tears (lubricant eye drops) are ...": a bracketed gloss between the subject and its verb.
_GLOSS_BEFORE = re.compile(r"\s*\([^()]{1,60}\)\s*$")
#: A preposition after the head of a long subject: "Corticosteroid injection into the first dorsal compartment".
_HEAD_PREPOSITION = re.compile(r"\s+(?:into|in|at|of|for|under|with)\s", re.IGNORECASE)


def _named_head(sentence: str, subj: Span, cues: RelationCues) -> Span:
    """A subject of more than five words cut before the preposition that follows the intervention it names
    ("Corticosteroid injection into the first dorsal compartment": "Corticosteroid injection"); other subjects as they are."""
    text = sentence[subj[0] : subj[1]]
    if len(re.findall(r"[a-z][a-z-]*", text.lower())) <= 5:
        return subj
    cut = _HEAD_PREPOSITION.search(text)
    if cut is None or not any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", text[: cut.start()].lower())):
        return subj
    return (subj[0], subj[0] + cut.start())


#: "X, given as a yearly infusion, is ...": a participle aside between the subject and its verb.
_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:(?:given|taken|used|applied|injected|delivered|prescribed|available)\s[^,;:.]{1,60}"
    r"|(?:a|an)\s[^,;:.]{1,80})"  # "Letrozole, a tablet that encourages ovulation, is the first-line treatment in ...": an apposition
    r",\s*$",
    re.IGNORECASE,
)
#: What an offered intervention is for, inside the last item of the offer ("... and Botox for chronic migraine").
_FOR_CONDITION = re.compile(r"\s+(?=(?:for|in)\s+(?:patients\s+with\s+|people\s+with\s+)?[a-z])(?!(?:for|in)\s+(?:a|an|the|up|about|at|more|less|over|under|each|every|some|several|many|most|all)\s)", re.IGNORECASE)
#: "Stronger glasses may be enough to help you see", "rest is often all it takes to ease ...": the subject helps.
_ENOUGH_TO = re.compile(
    r"\s+(?:(?:may|might|can|could|will|would)\s+(?:\w+\s+)?be|is|are)\s+(?:(?:often|usually|sometimes|generally|all)\s+)?"
    r"(?:enough|sufficient|all\s+it\s+takes|all\s+(?:that\s+)?(?:is|you)\s+need(?:ed)?)\s+to\s+$",
    re.IGNORECASE,
)
#: An intervention denied to cure or treat: "There are no eye drops or tablets that can cure cataracts", "No diet has
#: been shown to cure psoriasis".
_NO_CURE = re.compile(
    r"(?:^\W*|(?<=[\s,;:]))(?:there\s+(?:is|are)\s+)?no\s+(?P<items>(?:(?!,\s*(?:but|yet|so|and\s+(?:your|the|a|an|you|we|they|it))\s)[\w'\u2019 ,-]){2,60}?)\s+(?:(?:that|which)\s+)?"
    r"(?:can|could|will|has\s+been\s+(?:shown|proven|proved)\s+to|have\s+been\s+(?:shown|proven|proved)\s+to|is\s+known\s+to)\s+"
    r"(?P<verb>cure|treat|prevent|reverse|heal)\s+(?P<cond>\S)",
    re.IGNORECASE,
)
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
        if (not named and right_words and intervention_word(right_words[-1], cues) and 0 < len(left_words) <= 2
                and not is_clause(left, cues) and not left_words[-1].endswith("ing")):
            named = True  # "orthotics and night splints": a short item joined to a named intervention is one too
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


#: "Painkillers such as paracetamol can ease ...": the examples of a class stand before the verb.
_EXAMPLES_BEFORE = re.compile(r"(?<![\w-])(?:such\s+as|including)\s+$", re.IGNORECASE)


def _example_classes(sentence: str, subj: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The classes a treatment verb's subject gives examples of ("Painkillers such as paracetamol can ease
    ...", "Drugs such as zopiclone and benzodiazepines such as temazepam can help ..."): a class and its
    examples are each a claim with the same effect (CLAIMS_SPEC.md)."""
    out: list[Span] = []
    pos = subj[0]
    for _ in range(3):  # "A such as a and B such as b": a class may itself be an example's list
        m = _EXAMPLES_BEFORE.search(sentence[:pos])
        if m is None:
            break
        cls = left_phrase(sentence, m.start(), cues)
        if cls is None or cls[1] < m.start() - 1 or is_pronoun(sentence, cls, cues):
            break
        out = _subject_items(sentence, cls, cues, known) + out
        pos = cls[0]
    return out


def _subject_items(sentence: str, subj: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The coordinated interventions of a treatment verb's subject ("Taping or off-the-shelf insoles",
    "Physiotherapy and occupational therapy"), or the subject whole."""
    text = sentence[subj[0] : subj[1]]
    if not re.search(r",|(?<![\w-])(?:and|or)(?![\w-])", text):
        return [subj]
    items = split_items(sentence, subj, cues, known)
    if len(items) < 2:
        # "paracetamol or ibuprofen", "edoxaban and warfarin": two drugs named by their stems, one each
        return intervention_items(sentence, [subj], cues, intervention=known)
    named = [any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", sentence[s:e].lower())) for s, e in items]
    # an unnamed item stays only when it is a short noun phrase ("Taping", "loose cotton clothing"), not a clause
    return [it for it, n in zip(items, named) if n or (len(sentence[it[0] : it[1]].split()) <= 3 and not is_clause(sentence[it[0] : it[1]], cues))]


#: Words of a subject that name who or what is treated, or a time, not what treats ("Most people", "Your doctor",
#: "The first few weeks").
_NOT_A_TREATMENT_WORD = frozenset(
    "people person patients patient men women man woman children child adults adult you we they it this that these those "
    "most many some few all each every doctor doctors nurse nurses team symptoms symptom condition week weeks month months "
    "day days year years time results result risk chance chances level levels body skin".split()
)


def named_in_treatment_section(text: str, cues: RelationCues) -> bool:
    """Whether ``text``, the subject of an effect verb in a section about treatment ("Medicines", "How is it treated?"),
    names an intervention though the heads and the vocabulary do not know it ("Benzoyl peroxide kills bacteria",
    "Phosphate binders help to control phosphate"): a short noun phrase of one to four words that names no person, agent,
    condition, finding, body part, outcome or time, and is no clause. Under such a heading the subject of "X helps",
    "X reduces Y" is what the section is about."""
    ws = re.findall(r"[A-Za-z][\w'\u2019-]*", text)
    if not 1 <= len(ws) <= 4 or not text[:1].isalpha() or is_clause(text, cues) or re.search(r"['\u2019]", text):
        return False  # "doesn't", "If that doesn't help": no name
    low = [w.lower() for w in ws]
    if (low[0] in cues.lower_sets["prepositions"] or low[0] in {"your", "my", "our", "their", "his", "her", "no", "not", "once", "if", "when"}
            or any(w in cues.lower_sets["pronouns"] or w in {"them", "both", "either", "under"} for w in low)):
        return False  # "For heart failure", "Taking them with food", "combination of both", "under control"
    if len(low) == 1 and low[0].endswith("ed"):
        return False  # "compared": a participle
    bad = (_NOT_A_TREATMENT_WORD | cues.lower_sets["condition_words"] | cues.lower_sets["symptom_finding_nouns"]
           | cues.lower_sets["outcome_words"] | cues.lower_sets["generic_arguments"] | cues.lower_sets["body_sites"]
           | cues.lower_sets["person_nouns"] | cues.lower_sets["agent_words"])
    return not any(w in bad or w.rstrip("s") in bad or agent_word(w, cues) for w in low)


# the module's patterns scan only the sentences that hold one of their needed words (speed, same matches)
globals().update(prefiltered_globals(globals()))


#: What follows a verb, not a noun, at the start of an item: "move your head", "sit down", "Use an ...", "sleep with ...".
_AFTER_IMPERATIVE = frozenset(
    "a an the your you yourself it them this these that those some any all each every with without in on at to for into onto "
    "up down out off over away back still around about before after during when while".split()
)
_ITEM_MARK = re.compile(r"[\s*\u2022\u25aa\u25cf-]*(?:\d{1,2}[.)]\s+)?([A-Za-z][a-z]+)\s+([A-Za-z'\u2019]+)")  # "- give ...", "7. Stop ..."


def advice_bullet(sentence: str, cues: RelationCues, imperative: bool = False) -> bool:
    """Whether a bullet is an imperative of self-care or prevention advice that states no effect on the condition
    ("move your head slowly and carefully", "sit down straight away when you feel dizzy", "Use an insect repellent
    containing DEET"): a recommendation, not a treatment claim (CLAIMS_SPEC.md, settled with dev8's and dev9's
    advice bullets), while "lie still in a quiet, dark room to reduce the spinning" says what it does and is both. The
    first word is a verb in its base form and no noun ("sit", "get"), or a word that is both ("move", "sleep", "use")
    followed by a word that only follows a verb ("your", "down", "with", "slowly"): "Ice packs", "Rest and ice" stay
    items. With ``imperative`` (a recommendation cue read the first word as an imperative: "Limit coffee, tea and
    soda"), a verb that is a noun too needs no such word after it."""
    m = _ITEM_MARK.match(sentence)
    if m is None:
        return False
    verb, nxt = m.group(1), m.group(2).lower()
    # a possessive follows a verb, not a noun ("give children's paracetamol")
    if not is_base_verb(verb) or (is_noun(verb) and not imperative and nxt not in _AFTER_IMPERATIVE and not (nxt.endswith("ly") and len(nxt) > 4)
                                  and not nxt.endswith(("'s", "\u2019s"))):
        return False
    rest = sentence[m.end(1) :]  # the imperative itself ("Stop NSAIDs where possible") states no effect on the condition
    return not (_states_effect(rest, cues) or _HELPS.search(sentence))


#: "help" as a noun, the object of a verb of seeking: "seek urgent medical help", "get help", "ask for help".
_HELP_SOUGHT = re.compile(r"(?<![\w-])(?:seek|seeking|get|getting|ask\s+for|asking\s+for|need|needing|find|call\s+for)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
#: "add lemon juice to drinks, which can help stop some stones forming": what the advice does.
_HELPS = re.compile(r"(?<![\w-])(?:help|helps|helped|helping)(?![\w-])", re.IGNORECASE)


#: "if medicines do not help", "Only if medicines have not helped enough", "unless these are not enough": what failed.
_IF_BEFORE = re.compile(
    r"(?<![\w-])(?:if|unless|when|once|until|after)\s+(?:(?:at\s+least|more\s+than)\s+)?"
    r"(?:(?:the|these|those|your|other|any|such|all|their|both|two|three|one)\s+){0,2}(?:[\w-]+\s+)?$", re.IGNORECASE
)  # "when verapamil has failed", "after at least two preventive medicines have failed"
_FAILS_AFTER = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+not\s+(?:enough|working|helping|effective)|(?:do|does|did|have|has)\s*(?:not\s+|n['\u2019]t\s+)"
    r"(?:help|work|helped|worked|control|controlled)|(?:has|have|had)\s+failed|(?:is|are|was|were)\s+not\s+tolerated"
    r"|cannot\s+be\s+(?:taken|tolerated))(?![\w-])",
    re.IGNORECASE,
)


#: A fronted clause of the patients a guideline's advice is for, up to the intervention: "In patients who do not respond
#: to ", "For people who need two or more courses of ", "Recommendation 6. In adults whose symptoms persist on ".
_FRONTED_PATIENTS = re.compile(
    r"[\s*\u2022-]*(?:[A-Za-z]+\s+\d+[a-z]?\.\s+|\d+(?:\.\d+)*\.?\s+)?(?:in|for|among)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:patients|people|adults|children|women|men|those|anyone|individuals|adolescents)\s+(?:[^,;:.()]*?\s)?(?:who|whose)\s+[^,;:()]*$",
    re.IGNORECASE,
)
#: ... but not the arm of a study: "In patients who were treated with X, pain fell".
_ARM_IN_CLAUSE = re.compile(r"(?<![\w-])(?:treated|given|receiving|received|randomi[sz]ed|allocated|assigned)(?![\w-])", re.IGNORECASE)


def fronted_patient_situation(sentence: str, span: Span) -> bool:
    """Whether the intervention at ``span`` is named in a fronted clause of the patients the advice that follows is for
    ("In patients who do not respond to mesalazine within 4 weeks, we recommend ...", "For people who need two courses
    of steroids a year, ..."): the situation, what they had or failed, not what the text says treats."""
    before = sentence[: span[0]]
    m = _FRONTED_PATIENTS.match(before)
    return bool(m and m.end() == len(before) and not _ARM_IN_CLAUSE.search(before) and re.match(r"[^.;:]*?,\s*\S", sentence[span[1] :]))


#: An organ or gland that makes a kind of substance, then its examples: "a gland ... that makes digestive enzymes and
#: hormones such as insulin", "It makes hormones, mainly thyroxine (T4) and triiodothyronine (T3)".
_BODY_PRODUCT_BEFORE = re.compile(
    r"(?<![\w-])(?:body|gland|organ|pancreas|thyroid|liver|kidneys?|ovar(?:y|ies)|testes|adrenals?|it|which|that)\s+(?:[\w'\u2019]+\s+){0,2}?"
    r"(?:makes?|made|making|produces?|produced|producing|releases?|secretes?)\s+[^.;:]{0,60}?"
    r"(?:hormones?|enzymes?|chemicals?|substances?|proteins?)\s*(?:,\s*)?(?:mainly|mostly|especially|including|such\s+as|like|called)\s+"
    r"(?:[^.;:]{0,40}?(?:\s(?:and|or)\s+|,\s*))?$",
    re.IGNORECASE,
)


def bodily_product(sentence: str, span: Span) -> bool:
    """Whether the intervention named at ``span`` is an example of what an organ makes ("a gland that makes hormones
    such as insulin", "It makes hormones, mainly thyroxine (T4)"): physiology, no treatment claim."""
    return _BODY_PRODUCT_BEFORE.search(sentence, 0, span[0]) is not None


def failed_in_condition(sentence: str, span: Span, cues: RelationCues) -> bool:
    """Whether the intervention at ``span`` is what failed in a condition ("You may be offered surgery if medicines do
    not help", "Only if medicines have not helped enough"): the situation of another option, no treatment claim
    (CLAIMS_SPEC.md, session 11), while "Long-term antibiotics have not been shown to help" denies an effect."""
    if fronted_patient_situation(sentence, span):
        return True  # "In patients who do not respond to X within 4 weeks, we recommend ...": the situation
    if _PEOPLE_BY_INTERVENTION.search(sentence, 0, span[0]):
        return True  # "an alternative for patients who lose response to X", "a baby who has never had the vaccine"
    failed = _FAILED_CLAUSE.match(sentence)
    if failed is not None and span[1] <= failed.end():
        return True  # "When conservative care does not relieve your pain, ...", "If drops and laser do not control the pressure, ...": what
        # failed, whatever the verb and however many are coordinated
    return bool(_IF_BEFORE.search(sentence[: span[0]]) and (_FAILS_AFTER.match(sentence, span[1]) or _failure_after(cues).match(sentence, span[1])))


#: A fronted clause of a condition with a negated verb, up to its comma: "If drops and laser do not control the pressure,",
#: "When conservative care does not relieve your pain,", "If the tablets haven't worked after 2 weeks,".
_FAILED_CLAUSE = re.compile(
    r"[\s*\u2022-]*(?:if|when|whenever|once)\s[^,;:.!?]*?(?<![\w-])(?:(?:do|does|did|have|has|had|is|are|was|were)\s+not|(?:do|does|did|have|has|had|is|are|was|were)n['\u2019]t)"
    r"\s[^,;:.!?]*,",
    re.IGNORECASE,
)


#: What joins the items of a list: "A, B and C", "A or B", "A, and B".
_JOINT_AFTER = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?=[A-Za-z])", re.IGNORECASE)
_JOINT_BEFORE = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$", re.IGNORECASE)
#: What may follow the last item of a list of interventions: a punctuation mark, "such as", or the verb of the clause.
_ITEM_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:and|or|such\s+as|are|is|were|was|can|may|might|will|could|should|help|helps|work|works)(?![\w-])", re.IGNORECASE
)
_ITEM_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _item_word_ok(word: str, cues: RelationCues) -> bool:
    w = word.lower()
    return not (w in cues.lower_sets["leading_words"] or w in cues.lower_sets["clause_words"] or w in cues.lower_sets["pronouns"]
                or w in cues.lower_sets["modifier_stopwords"] or w in cues.lower_sets["prepositions"] or w in cues.lower_sets["trailing_words"]
                or w in _NOT_ITEM_WORDS or w.endswith("ing"))


_NOT_ITEM_WORDS = frozenset("include includes including than then not no yes but yet so".split())


#: A verb of a clause (a modal, an auxiliary or "be"): what tells a clause before a joint from the items of a list.
_CLAUSE_VERB = re.compile(r"(?<![\w-])(?:can|could|may|might|will|would|should|must|is|are|was|were|has|have|had|do|does|did)(?![\w-])", re.I)


def _with_coordinated(sentence: str, spans: list[Span], cues: RelationCues, generic: frozenset[str] = frozenset()) -> list[Span]:
    """``spans`` with the names coordinated with a named intervention in a list ("benzoyl peroxide, topical retinoids
    such as adapalene or tretinoin, and azelaic acid"; "Doxycycline, amoxicillin and cefuroxime"): an item of a list of
    interventions is one too, though the heads and the drug stems may not know it (a drug's trade or generic name,
    "isotretinoin" aside). An item is one to three words that are no determiner, clause word, preposition or gerund,
    and ends at a punctuation mark, a joint or the verb of the clause; the list needs two named items, or one named
    item and a list of three, so that "surgery and recovery" adds nothing."""
    if len(spans) < 1 or not re.search(r"\s(?:and|or)\s|,", sentence):
        return spans
    found = sorted(spans)
    added: list[Span] = []
    for a, b in found:
        # forward: ", X", " and X"
        pos = b
        while True:
            j = _JOINT_AFTER.match(sentence, pos)
            comma = sentence.find(",", j.start(), j.end()) if j is not None else -1
            if j is None or (comma >= 0 and closes_aside(sentence, comma)):
                break  # "Exercise, such as swimming, improves sleep": a comma no "and" / "or" follows closes the list
            k = j.end()
            words = []
            while len(words) < 3:
                w = _ITEM_WORD.match(sentence, k)
                if w is None or not _item_word_ok(w.group(), cues):
                    break
                words.append(w.span())
                nxt = re.match(r" (?=[A-Za-z])", sentence[w.end():w.end() + 2])
                if _ITEM_END.match(sentence, w.end()) or nxt is None:
                    break
                k = w.end() + 1
            if not words or not _ITEM_END.match(sentence, words[-1][1]):
                break
            item = (words[0][0], words[-1][1])
            if any(x < item[1] and item[0] < y for x, y in found + added):
                pos = max(y for x, y in found + added if x < item[1] and item[0] < y)
                continue
            if not _item_name_ok(sentence, item, cues, generic):
                break
            added.append(item)
            pos = item[1]
        # backward: "X, " / "X and " before the named one
        pos = a
        while True:
            j = _JOINT_BEFORE.search(sentence[:pos])
            if j is None or (not re.search(r"(?:and|or)\s+$", j.group(), re.I) and not (_JOINT_AFTER.match(sentence, b) or pos < a)):
                break  # "In patients with X and Y, erenumab ...": a comma alone before the first named item ends a phrase
            k = j.start()
            words = []
            while len(words) < 3:
                m = re.search(r"([A-Za-z][A-Za-z-]*)$", sentence[:k])
                if m is None or not _item_word_ok(m.group(1), cues):
                    break
                words.insert(0, m.span(1))
                if not re.search(r"(?<=[A-Za-z-]) $", sentence[: m.start(1)]) or sentence[: m.start(1)].endswith(", "):
                    break
                k = m.start(1) - 1
            if not words:
                break
            item = (words[0][0], words[-1][1])
            before = sentence[: item[0]].rstrip()
            if not (before == "" or before.endswith((",", ":", "(")) or re.search(r"(?<![\w-])(?:and|or|include|includes|including|as|like|use|take|offer|try)$", before, re.I)):
                break
            if (pos == a and re.search(r",\s*(?:and|or)\s+$", j.group(), re.I) and re.search(r"(?<![\w-])(?:and|or)$", before, re.I)
                    and _CLAUSE_VERB.search(before)):
                break  # "The drops can make the eyes red and gritty, and beta-blocker drops are ...", "you may have another
                # infection, such as A or B, and thrush creams will not help": a comma before the joint, after a pair of its own
                # in a clause with a verb, joins two clauses; not a subject's list ("Premium lenses, such as A or B, and C are")
            if any(x < item[1] and item[0] < y for x, y in found + added) or not _item_name_ok(sentence, item, cues, generic):
                break
            added.append(item)
            pos = item[0]
    if not added:
        return spans
    if len(found) < 2 and len(added) < 2:
        return spans
    return sorted(spans + added)


def _item_name_ok(sentence: str, item: Span, cues: RelationCues, generic: frozenset[str]) -> bool:
    """Whether a coordinated item can name an intervention: not a generic class ("and treatments"), a condition, an
    outcome or a group of people ("exacerbations", "episodic migraine", "no-surgery groups")."""
    ws = [w.lower() for w in _ITEM_WORD.findall(sentence[item[0] : item[1]])]
    last = ws[-1] if ws else ""
    bad = (generic | cues.lower_sets["condition_words"] | cues.lower_sets["outcome_words"] | cues.lower_sets["generic_arguments"]
           | cues.lower_sets["symptom_finding_nouns"] | _NOT_ITEM_HEADS)
    return bool(ws) and last not in bad and last.rstrip("s") not in bad and not last.endswith(("ed", "tion")) or intervention_word(last, cues)


_NOT_ITEM_HEADS = frozenset("group groups count counts failure history level levels migraine exacerbation exacerbations".split())


#: The rule suffix of a treatment claim whose subject is a pronoun for the intervention the sentence before named.
PRONOUN_SUBJECT = " (anaphora)"
#: A relative clause that says what the thing before it does: ", which can improve ...", ", which may help to ease ...".
_WHICH_EFFECT = re.compile(
    r"\s*,\s*which\s+(?:(?:can|may|might|will|also|often|usually|should)\s+)*(?:(?:help|helps)\s+(?:to\s+)?)?(?P<verb>[a-z]+)(?![\w-])",
    re.IGNORECASE,
)


#: What an infinitive of purpose cannot take as the thing advised: coordinated items, or a last word that is an adverb or a
#: participle ("daily", "applied", "raised").
_NOT_A_PURPOSE_OBJECT = re.compile(r"(?<![\w-])(?:or|and)(?![\w-])|,|(?:ly|ed|daily)\s*$", re.IGNORECASE)
#: An infinitive of purpose after an advised action: "to ease ...", ", to reduce ...", "to help relieve ...".
_TO_EFFECT = re.compile(r"\s*,?\s+(?:in\s+order\s+)?to\s+(?:help\s+(?:to\s+)?)?(?P<verb>[a-z]+)(?![\w-])", re.IGNORECASE)


def _purpose_effect_verbs(cues: RelationCues) -> frozenset[str]:
    """The effect verbs an infinitive of purpose may say of the condition ("to ease", "to reduce"): not those of keeping it
    away ("to prevent", "to stop"), which are prevention, advice only (CLAIMS_SPEC.md), nor a bare "help"."""
    return frozenset(v.lower() for v in cues.effect_verbs) - {"prevent", "prevents", "stop", "stops", "help", "helps", "helped",
                                                               "increase", "increases", "promote", "promotes", "block", "blocks"}


def advised_with_effect(sentence: str, m: RelationMention, cues: RelationCues) -> list[RelationMention]:
    """The treatment claim of an advised action whose relative clause says what it does for the condition ("take regular
    exercise, which can improve sleep, mood and joint pain"; "add fresh lemon juice to drinks, which can help stop some
    stones forming"): the object of the advised verb, with the effect (CLAIMS_SPEC.md: a self-care bullet is a treatment
    claim too only when it says what it does); one per item of a short list of things to take that names an intervention
    ("Take paracetamol or ibuprofen to ease the pain": two). None for an action without such a clause, or without an
    object."""
    a, b = m.subject
    w = _WHICH_EFFECT.match(sentence, b)
    if w is None:
        clause_end = re.compile(r"[,;.]").search(sentence, b)
        w = _WHICH_EFFECT.match(sentence, clause_end.start()) if clause_end is not None else None
    purpose = False
    if w is None:  # "Apply a warm compress to the jaw to ease morning stiffness", "raise the leg on a pillow, to reduce swelling"
        w = next((t for t in _TO_EFFECT.finditer(sentence, a) if t.group("verb").lower() in _purpose_effect_verbs(cues)), None)
        purpose = w is not None
    if w is None:
        return _for_finding_items(sentence, m, cues)
    if w.group("verb").lower() not in {v.lower() for v in cues.effect_verbs} | {"stop", "prevent", "soothe", "protect"}:
        return []
    verb = re.match(r"[A-Za-z]+", sentence[a:b])
    if verb is None or not is_base_verb(verb.group(0).lower()) or verb.group(0).lower() in {v.lower() for v in cues.care_verbs}:
        return []  # "see your GP, which can help": whom to see, no treatment
    if right_phrase(sentence, w.end(), cues) is None:
        return []  # "..., which can help.": no effect named
    particle = re.compile(r"\s+(?:(?:down|up|back|out|off)\s+)?(?:on\s+|of\s+)?").match(sentence, a + verb.end())
    start = particle.end() if particle else a + verb.end()
    obj = right_phrase(sentence, start, cues, stop=min(b, w.start()))
    if obj is None:
        return []
    cut = re.search(r"\s(?:to|into|in|on|with|for|at|from)\s", sentence[obj[0] : obj[1]])
    if cut is not None:
        obj = (obj[0], obj[0] + cut.start())  # "fresh lemon juice to drinks": what is added
    if set(re.findall(r"[a-z]+", sentence[obj[0] : obj[1]].lower())) & (cues.lower_sets["agent_words"] | cues.lower_sets["care_contacts"]):
        return []
    items = [obj]
    if purpose and _NOT_A_PURPOSE_OBJECT.search(sentence[obj[0] : obj[1]]):
        items = _purpose_items(sentence, obj, cues)  # "give paracetamol or ibuprofen to ease ...": each; "Moisturize daily
        # ...", "Ice applied to the shins ...", "Keep your hand raised ...": an adverb or a participle, no object named
    end = list_end_at(sentence, w.end())
    effect = sentence[w.start("verb") : end].strip()
    return [RelationMention("treatment", item, None, effect, f"treatment:{w.group('verb').lower()}", (item[0], end)) for item in items]


#: "for the pain", "for your symptoms", "for any fever": what an advised thing to take is for, a finding of the condition
_FOR_FINDING = re.compile(r"\s+for\s+(?:the|your|their|his|her|any|a)?\s*(?:(?:[a-z]+)\s+)?(?P<head>[a-z]+)\s*(?=[.;,!]|$)", re.IGNORECASE)
#: the verbs of taking or using a thing ("take", "use", "try", "give", "apply")
_TAKING_VERBS = frozenset({"take", "use", "try", "give", "apply", "have"})


def _for_finding_items(sentence: str, m: RelationMention, cues: RelationCues) -> list[RelationMention]:
    """The treatment claims of "take paracetamol or ibuprofen for the pain", "use an antihistamine cream for the itching": each
    thing to take (a list of short names, one naming an intervention) with what it is for, a finding of the condition, as the
    effect; none when the thing is not named as an intervention or what it is for is no finding ("for a week", "for
    children")."""
    a, b = m.subject
    verb = re.match(r"[A-Za-z]+", sentence[a:b])
    if verb is None or verb.group(0).lower() not in _TAKING_VERBS:
        return []
    f = _FOR_FINDING.search(sentence, a + verb.end(), b)
    if f is None or f.group("head").lower() not in cues.lower_sets["symptom_finding_nouns"]:
        return []
    obj = right_phrase(sentence, a + verb.end(), cues, stop=f.start())
    if obj is None:
        return []
    items = _purpose_items(sentence, obj, cues) if _NOT_A_PURPOSE_OBJECT.search(sentence[obj[0] : obj[1]]) else [obj]
    if not any(intervention_word(w, cues) for a_, b_ in items for w in re.findall(r"[a-z][a-z-]*", sentence[a_:b_].lower())):
        return []
    effect = sentence[f.start() : f.end()].strip()
    return [RelationMention("treatment", item, None, effect, "treatment:for", (item[0], f.end())) for item in items]


def _purpose_items(sentence: str, obj: Span, cues: RelationCues) -> list[Span]:
    """The items of a short list of things advised with a purpose ("paracetamol or ibuprofen"), when one of them names an
    intervention and each is at most four words; none otherwise (an adverb or a participle, or no list of things)."""
    text = sentence[obj[0] : obj[1]]
    if re.search(r"(?:ly|ed|daily)\s*$", text, re.I):
        return []
    items: list[Span] = []
    pos = 0
    for sep in list(re.finditer(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", text)) + [None]:
        piece = (pos, sep.start() if sep else len(text))
        if piece[1] <= piece[0] or len(text[piece[0] : piece[1]].split()) > 4:
            return []
        items.append((obj[0] + piece[0], obj[0] + piece[1]))
        pos = sep.end() if sep else len(text)
    words_of = [re.findall(r"[a-z][a-z-]*", sentence[a:b].lower()) for a, b in items]
    if len(items) < 2 or not any(intervention_word(w, cues) for ws in words_of for w in ws):
        return []
    return items



#: The rule suffix of a treatment named by what it relieves ("Warm baths ease the stiffness"), not by its words.
RELIEF_SUBJECT = " (relief)"
#: A participle of use after what is used, in the subject of an effect verb: "Phosphate binders taken with meals", "Hand
#: splints worn at night", "A cream applied twice a day": what is taken, worn or applied is an intervention.
#: The class of a thing named just before, the subject of a relative clause: "prednisolone, a steroid that ...",
#: "omalizumab, an injection given every four weeks that ...", "Behavioural activation is a type of talking therapy that".
_APPOSED_CLASS_BEFORE = re.compile(r"(?:,|(?<![\w-])(?:is|are|was|were))\s+(?:a|an|one)\s+$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"\s*,?\s+(?:that|which|who)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _class_of_named(sentence: str, subj: Span, verb_start: int, cues: RelationCues) -> Optional[Span]:
    """When the subject of an effect verb is a class in apposition to, or predicated of, a thing named just before and
    the verb stands in its relative clause ("prednisolone, a steroid that reduces swelling", "Behavioural activation is
    a type of talking therapy that helps ..."), the thing named: what the sentence says reduces or helps."""
    if not _RELATIVE_AFTER.fullmatch(sentence, subj[1], verb_start):
        return None
    lead = _APPOSED_CLASS_BEFORE.search(sentence, 0, subj[0])
    if lead is None or lead.end() != subj[0]:
        return None
    named = left_phrase(sentence, lead.start(), cues)
    if named is None or is_pronoun(sentence, named, cues) or re.search(r"[,;:.]", sentence[named[1] : lead.start()]):
        return None
    # the name's own words, after the verb or preposition left_phrase may keep ("suggest amitriptyline", "referred for
    # omalizumab", "a 10-day course of prednisolone")
    stops = cues.lower_sets["prepositions"] | cues.lower_sets["clause_words"] | {"of"}
    start = named[0]
    for w in re.finditer(r"[A-Za-z][\w'-]*", sentence[named[0] : named[1]]):
        if w.group(0).lower() in stops or is_base_verb(w.group(0).lower()):
            start = named[0] + w.end()
    start += len(sentence[start : named[1]]) - len(sentence[start : named[1]].lstrip())
    return (start, named[1]) if start < named[1] else None


_USED_AS = re.compile(
    r"\s+(?:taken|worn|applied|used|injected|inhaled|inserted|sprayed|rubbed\s+in)\s+(?:with|at|by|before|after|in|on|into|under|over|once|twice|"
    r"daily|every|each|as|during|around|regularly|overnight|for)(?![\w-])",
    re.IGNORECASE,
)
def used_after(sentence: str, end: int) -> bool:
    """Whether a participle of use follows the phrase that ends at ``end`` ("Phosphate binders| taken with meals"):
    what is taken, worn or applied names an intervention though no head word or vocabulary knows it."""
    return _USED_AS.match(sentence, end) is not None


#: A negation right before a backward treatment verb, and the word before it: "is not relieved by", "that does not respond
#: to", "isn't controlled by".
_NOT_BEFORE = re.compile(
    r"(?P<aux>[a-z]+)\s*(?:n['\u2019]t|\s(?:not|never))\s+(?:(?:always|usually|fully|completely|well|yet|be|been|being)\s+){0,2}$", re.IGNORECASE
)


#: An elided cause coordinated after a cause clause: "..., and so can some prescription medicines, including ...".
_SO_CAN_BEFORE = re.compile(r"(?<![\w-])and\s+so\s+(?:can|could|may|might|do|does|did|will|would)\s+[^.;:]*$", re.IGNORECASE)
def _names_a_cause_again(sentence: str, head: str, claims: Sequence[RelationMention]) -> bool:
    """Whether an intervention whose last word is ``head`` names again what a cause claim of the sentence has as its
    subject ("Long-term corticosteroid use has been implicated, although the evidence for corticosteroids is weak"):
    the same agent of harm, no treatment claim."""
    stem = head[:-1] if head.endswith("s") else head
    return any(m.kind == "cause" and not m.rule.endswith(ANAPHORA) and stem in (
        w[:-1] if w.endswith("s") else w for w in re.findall(r"[a-z][a-z-]*", sentence[m.subject[0] : m.subject[1]].lower()))
        for m in claims)


#: The same harm said again of what follows a cause clause: "..., and some cancer treatments ... can affect it too".
_TOO_AFTER = re.compile(
    r"[^.;:]*?(?<![\w-])(?:can|could|may|might|will|do|does)\s+(?:[\w-]+\s+){0,3}?(?:too|as\s+well|the\s+same)\s*[.;!]?\s*$", re.IGNORECASE
)
#: A call for more research into the intervention named next: "Further randomised trials of", "More studies on".
_MORE_RESEARCH_OF = re.compile(
    r"(?<![\w-])(?:further|more|larger|longer|additional|better|well-designed|high-quality)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trials?|stud(?:y|ies)|research)\s+(?:of|on|into|in)\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
#: What the body makes: "the body needs to make more insulin", "your body produces less thyroxine".
_BODY_MAKES_BEFORE = re.compile(
    r"(?<![\w-])body\s+(?:[\w'\u2019]+\s+){0,3}?(?:make|makes|made|making|produce|produces|produced|producing)\s+"
    r"(?:(?:more|less|enough|too\s+much|too\s+little|its\s+own|no)\s+)?$",
    re.IGNORECASE,
)
#: A diagnosis made by what follows: "Diagnosis rests on", "The diagnosis is confirmed by", "is usually diagnosed with".
_DIAGNOSIS_BY_BEFORE = re.compile(
    r"(?<![\w-])(?:diagnosis\s+(?:(?:usually|often|generally|mainly)\s+)?(?:rests|relies|depends|is\s+(?:made|confirmed|based))|diagnosed)"
    r"\s+(?:(?:usually|often|mainly)\s+)?(?:on|by|with|using)\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
#: The purpose of a test, right after a procedure: "to look inside", "to check for", "to confirm the diagnosis".
_TEST_PURPOSE_AFTER = re.compile(
    r"\s+(?:(?:is|are|may\s+be|can\s+be)\s+(?:used|done|needed|performed)\s+)?to\s+"
    r"(?:look\s+(?:inside|at|for)|check\s+for|confirm|diagnose|rule\s+out|find\s+out|detect|examine|take\s+a\s+sample)(?![\w-])",
    re.IGNORECASE,
)
#: A subject pronoun right before a one-word mention, which makes it a verb: "it compresses", "which blocks".
_PRONOUN_VERB_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:it|she|he)|(?<!\bin\s)(?<!\bof\s)(?<!\bby\s)(?<!\bto\s)(?<![\w-])(?:which|who))\s+(?:(?:also|often|only|then|still|just)\s+)?$",
    re.IGNORECASE,
)
#: The time of a use, right before what is used: "after applying ", "before taking any ", "while using the ".
_TIME_OF_USE_BEFORE = re.compile(
    r"(?<![\w-])(?:after|before|while|when)\s+(?:[^,.;:!?()]*?\s)?(?:using|applying|taking|touching|handling|putting\s+(?:on|in)|rubbing\s+in|washing\s+off|inserting|buying)\s+"
    r"(?:(?:the|a|an|any|your|some|their|this|each)\s+)?$",
    re.IGNORECASE,
)
#: Research to come opened before an intervention and still running on to it: "Further trials comparing the device with
#: newer drugs, such as ", "More research into ".
_RESEARCH_OPENED = re.compile(
    r"(?<![\w-])(?:further|more|larger|longer|additional|better|well-designed|high-quality|future)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trials?|stud(?:y|ies)|research)\s+(?:of|on|into|in|comparing|examining|assessing|evaluating|testing|with)\s+[^.;:!?]*$",
    re.IGNORECASE,
)
#: Research to come that opens the clause naming the intervention: "Further trials are needed to compare X with Y",
#: "More research is required to establish whether X ...".
_RESEARCH_NEEDED_TO = re.compile(
    r"(?<![\w-])(?:trials?|stud(?:y|ies)|research|evidence|data)\s+(?:(?:is|are)\s+)?(?:(?:still|urgently|now|clearly|also)\s+)?"
    r"(?:needed|required|warranted)\s+to\s+[^.;:!?]*$",
    re.IGNORECASE,
)
#: What a study says it left out, before the intervention: "we did not compare either drug with X", "the trial did not include".
_NOT_STUDIED_BEFORE = re.compile(
    r"(?<![\w-])(?:we|they|the\s+(?:trial|study|review|authors))\s+(?:did\s+not|didn['\u2019]t|could\s+not)\s+"
    r"(?:compare|include|study|assess|evaluate|examine|test|look\s+at)\s+[^.;:!?,]*$",
    re.IGNORECASE,
)
#: ... or after it: "X, Y and Z were not part of our prespecified comparison", "X was not included in this review".
_OUTSIDE_STUDY_AFTER = re.compile(
    r"[^.;:!?]{0,80}?\s(?:were|was|are|is)\s+not\s+(?:part\s+of|included\s+in|studied\s+in|assessed\s+in|considered\s+in)\s+"
    r"(?:our|this|the)\s+(?:[\w-]+\s+){0,2}(?:protocol|review|study|trial|analysis|search|comparison)(?![\w-])",
    re.IGNORECASE,
)
#: ... or what the study itself says it left out, or leaves to trials to come, right after the names: "Magnetic sphincter
#: augmentation and endoscopic fundoplication were not evaluated and warrant randomised trials", "X of the Y was not
#: evaluated", "X warrants further study".
_LEFT_OUT_AFTER = re.compile(
    r"(?:\s*,?\s+(?:and|or)\s+[^.;:!?,]{1,60}?)?(?:\s+(?:of|for|in|on|to|with)\s+[^.;:!?,]{1,40}?)?\s+(?:(?:were|was)\s+not\s+(?:evaluated|assessed|studied|examined|tested|investigated)"
    r"(?:\s+(?:here|in\s+(?:this|our|the)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|cohort|review|analysis)))?(?=\s*(?:[.;,]|$|\s+and\s))"
    r"|(?:warrant|warrants|deserve|deserves|merit|merits)\s+(?:(?:further|more|larger|randomi[sz]ed|prospective|controlled|formal)\s+){0,3}"
    r"(?:trials?|stud(?:y|ies)|evaluation|research|investigation))",
    re.IGNORECASE,
)
#: A relative clause that ranks the intervention among the treatments: "..., which remains an alternative first-line agent".
_RANKED_AFTER = re.compile(
    r"\s*,\s*(?:which|that)\s+(?:is|remains|are|was)\s+(?:still\s+|also\s+|now\s+)?(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:options?|alternatives?|treatments?|agents?|drugs?|therap(?:y|ies)|choices?|mainstay)(?![\w-])",
    re.IGNORECASE,
)
#: How well an intervention is borne, right after it: "was better tolerated", "is generally well tolerated", "were poorly tolerated".
_TOLERATED_AFTER = re.compile(
    r"\s+(?:was|were|is|are)\s+(?:(?:generally|usually|often|also|much|slightly|significantly)\s+)?(?:well|better|worse|poorly|less\s+well|not\s+well)\s+tolerated"
    r"(?:\s*[.;!]|\s*$|\s+(?:by|in|than)\s)",
    re.IGNORECASE,
)
#: Inside the examples of harms: "more serious adverse events, including infection and bleeding requiring transfusion".
_HARMS_LISTED_BEFORE = re.compile(
    r"(?<![\w-])(?:side[\s-]effects?|adverse\s+(?:events?|effects?|reactions?)|complications?)\s*,?\s*(?:including|such\s+as|like)\s+[^.;:()]*$",
    re.IGNORECASE,
)
#: "Hysterectomy was associated with more serious adverse events", "X caused more side effects than Y": the harms of X,
#: no claim that it treats (a side effect is no treatment claim, CLAIMS_SPEC.md).
_MORE_HARMS_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:associated|linked)\s+with|had|has|have|caused?|causes|led\s+to)\s+"
    r"(?:(?:a|an)\s+)?(?:more|higher|greater|increased)\s+(?:(?:rates?|risks?|numbers?)\s+of\s+)?(?:(?:serious|severe|major|minor)\s+)?"
    r"(?:adverse\s+(?:events?|effects?|reactions?)|side[\s-]effects?|complications?|harms?)(?![\w-])",
    re.IGNORECASE,
)
#: A sentence whose subject is the harms of care: "Adverse events led to ...", "Common side effects are ...", "Serious
#: complications occurred in ...".
_HARMS_SUBJECT = re.compile(
    r"[\s*\u2022-]*(?:(?:the|common|most|more|serious|severe|rare|minor|mild|other|possible|reported|main|treatment-related|drug-related)\s+){0,2}"
    r"(?:side[\s-]effects?|adverse\s+(?:events?|effects?|reactions?)|harms)\s+(?:[^.;:!?]*?\s)?"
    r"(?:are|were|include[ds]?|led|leading|occurred|caused|resulted|was|is)(?![\w-])",
    re.IGNORECASE,
)
#: The need the research is stated with, after the intervention: "..., are needed", "... is still required".
_RESEARCH_NEEDED_AFTER = re.compile(
    r"[^.;:!?]*?\s(?:are|is)\s+(?:(?:still|urgently|now|clearly|also)\s+)?(?:needed|required|warranted|awaited)(?![\w-])", re.IGNORECASE
)
#: A backward treatment verb right before a named intervention: "relieved by ordinary", "respond to these".
_FAILED_BY = re.compile(
    r"(?<![\w-])(?:relieved|controlled|helped|eased|improved|managed|treated|respond|responded|responding|settled|cleared|resolved)\s+(?:by|with|to)\s+"
    r"(?:(?:the|these|those|a|an|any|ordinary|usual|simple|standard|regular|over-the-counter)\s+){0,2}$",
    re.IGNORECASE,
)


def _failed_before(before: str) -> bool:
    """Whether a backward treatment verb after ``before`` is negated for the condition, the course that failed ("pain
    that is not relieved by ...", "hay fever that does not respond to ..."), not people who do not respond to a drug
    ("1 in 3 people don't respond to a triptan": an outcome of the drug)."""
    m = _NOT_BEFORE.search(before)
    if m is None:
        return False
    aux = m.group("aux").lower()
    if aux in {"do", "did"}:
        return bool(re.search(r"(?<![\w-])(?:that|which)\s+$", before[: m.start("aux")], re.IGNORECASE))
    return aux in {"is", "are", "was", "were", "has", "have", "had", "does", "that", "which"}


#: A sentence opened by a pronoun subject: "They work by increasing blood flow ...", "It can also improve acne".
_PRONOUN_OPENING = re.compile(
    r"[\s*_>\u2022-]*(?:(?:but|and|however,?)\s+)?"
    r"(?:(?:in|at|after|within|over|during)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,?\s+)?"  # "In trials, it helped ...", "After 12 weeks they ..."
    r"(?P<pron>it|they|these|this)\s+",
    re.IGNORECASE,
)
#: "work" as an effect verb after a pronoun that names a treatment ("They work within days", "It works best when ...").
_EFFECTIVE = re.compile(r"(?:is|are|was|were)\s+(?:(?:about|around|over|more|than|up|to|\d[\d.]*\s*%|highly|very|also|often|usually)\s+){0,4}"
                        r"(?P<verb>effective)(?![\w-])", re.IGNORECASE)
_WORKS = re.compile(r"(?:(?:can|may|usually|often|also|generally|only|all)\s+){0,2}(?P<verb>works?|worked)(?![\w-])", re.IGNORECASE)


def anaphoric_treatments(sentence: str, cues: RelationCues, c: Compiled) -> list[RelationMention]:
    """A treatment claim whose subject is "It", "They", "These" or "This" opening the sentence after a sentence that
    named an intervention ("Sildenafil and tadalafil are the two you'll hear about most. They work by increasing blood
    flow ..."): the pronoun is the subject as written (CLAIMS_SPEC.md), its effect the verb and its object. The caller
    gives only sentences that follow a treatment claim; "It helps to keep a diary" (what helps follows) and a lead-in
    ending in a colon claim nothing."""
    m = _PRONOUN_OPENING.match(sentence)
    if m is None or sentence.rstrip().endswith((":", "?")):
        return []
    pron = m.span("pron")
    v = c.treat_fwd.match(sentence, m.end())
    verb = v.group("verb") if v else None
    end = v.end() if v else None
    if v is None:
        w = (_WORKS.match(sentence, m.end()) or c.anaphoric_effect.match(sentence, m.end())  # "They halve the risk of ..."
             or _EFFECTIVE.match(sentence, m.end()))  # "In clinical trials it was more than 90% effective at preventing ..."
        if w is None:
            return []
        verb, end = w.group("verb"), w.end()
    ranked = bool(set(verb.lower().split()) & set(cues.treatment_specific_words))  # "It is the most effective treatment for ..."
    if re.match(r"\s+to(?![\w-])", sentence[end:]) or (re.match(r"\s*(?:is|are|was|were)(?![\w-])", verb, re.I) and not ranked):
        return []  # "It helps to rest": what helps follows the verb
    obj = right_phrase(sentence, end, cues)
    effect = sentence[m.end() : obj[1]].strip() if obj else verb
    return [RelationMention("treatment", pron, None, effect, f"treatment:{verb.lower()}{PRONOUN_SUBJECT}", (pron[0], obj[1] if obj else end))]


@per_cue_set
def _improves_with_re(cues: RelationCues) -> re.Pattern[str]:
    """A verb of getting better (``improvement_verbs``), adverbs and a short time allowed around it, then "with"."""
    adverbs = r"(?:(?:usually|often|generally|normally|quickly|fully|completely|gradually|slowly|mostly|also|well|soon|then)\s+)"
    return re.compile(
        r"(?<![\w-])" + adverbs + r"*(?P<verb>" + alternation(cues.improvement_verbs) + r")(?![\w-])\s+" + adverbs + r"*"
        r"(?:(?:within|in|after|over)\s+(?:a|an|one|two|three|four|five|six|a\s+few|several|[0-9]+)\s+(?:days?|weeks?|months?|years?)\s+)?"
        r"(?:,\s*)?with\s+",
        re.IGNORECASE,
    )


#: where the things a condition gets better with end: a clause's end, a bracket, or a second clause ("..., but ...")
_IMPROVES_WITH_END = re.compile(r"[.;:!?(]|,\s*(?:but|and|although|though|while|which|so)\s|\s(?:but|although|because|while)\s")


def improves_with(sentence: str, cues: RelationCues, known: Optional[Known], out: list) -> None:
    """Treatment claims of what a condition or its symptoms get better with ("Symptoms usually improve with rest and ice",
    "Most cases settle within a week with antibiotics", "Gingivitis is reversible with good home care and a professional
    cleaning"): each item after "with", the verb as its effect; not time, age or a treatment named by no name
    (``no_intervention_with``), nor a person or an agent ("with the help of your GP")."""
    if "with" not in sentence.lower():
        return
    for m in _improves_with_re(cues).finditer(sentence):
        before = sentence[: m.start()]
        if re.search(r"(?<![\w-])(?:if|whether|unless|until|how)\s+(?:[\w'-]+\s+){0,3}$", before, re.I):
            continue  # "to see whether it improves with ...": a question, no claim
        if re.search(r"(?<![\w-])(?:that|which)\s+[^,;:.]*$", before, re.I):
            continue  # "weakness that worsens with activity and improves with rest", "tiredness that does not get better with
            # rest": how a finding behaves, a symptom's description, no treatment
        end_m = _IMPROVES_WITH_END.search(sentence, m.end())
        end = end_m.start() if end_m else len(sentence.rstrip())
        items = [part for it in list_items(sentence, (m.end(), end), cues, known) for part in coordinated(sentence, it, cues, known)]
        for item in items:  # ("rest and ice": two)
            text = sentence[item[0] : item[1]].lower()
            words_ = re.findall(r"[a-z][a-z'-]*", text)
            if not words_ or text in cues.lower_sets["no_intervention_with"] or words_[-1] in cues.lower_sets["no_intervention_with"] and len(words_) <= 2:
                continue
            if words_[0] in cues.lower_sets["clause_words"] or agent_word(words_[-1], cues) or words_[-1] in cues.lower_sets["care_contacts"]:
                continue  # "with your GP's help", "with the support of a physiotherapist": who helps
            if re.search(r"\d", text):
                continue
            out.append(RelationMention("treatment", item, None, m.group("verb").lower(), f"treatment:{m.group('verb').lower()} with", (m.start(), item[1])))
