"""Lists and bullets: lead-in lines ("Symptoms include:", "See a GP if you:"), the items under them,
and the page furniture (menus, titles, contact lines) that claims nothing.
"""

from __future__ import annotations

from typing import Optional

from extract import regexcache as re
from extract.claims.cues import RelationCues, agent_word, alternation, intervention_word, per_cue_set
from extract.claims.prefilter import prefiltered_globals
from extract.claims.grammar import (
    is_generic,
    apposition,
    WORD_START,
    capitalized_share,
    compiled,
    coordinated,
    kind_of_head,
    WORD_END,
    EXAMPLES,
    list_items,
    LIST_MARK,
    trim,
    PHONE,
    RelationMention,
    verb_phrases,
)
from extract.lexicon import is_base_verb, is_modifier, is_noun, is_participle
from extract.claims.phrases import Known, Span, is_clause
from extract.claims.symptoms import NOT_ABLE, adjective_run, described_site, disease_like, feeling_states, finding_pairs, finding_word, fixed_pairs_merged, of_alternatives_merged, risk_state


def boilerplate(sentence: str) -> bool:
    """Whether a line is page furniture rather than prose: a title ("Knee Pain & Arthritis
    Treatment | Austin, TX"), a menu ("Home · Conditions · Treatments"), a footer ("© 2024 ...")
    or a contact line (a phone number)."""
    if "\u00a9" in sentence or sentence.count("\u00b7") >= 2 or PHONE.search(sentence):
        return True
    if "|" not in sentence:
        return False
    share = capitalized_share(sentence)
    return share is not None and share >= 0.6


def list_mention(kind: str, item: Span, obj: Optional[Span], rule: str, target: Span) -> RelationMention:
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
    text = _asides_masked(_gerunds_masked(sentence))
    lead = LIST_MARK.match(text).end()
    if kind == "symptom" and _describes_item_above(text[lead:]):
        return []  # "• Begins at the site of the tick bite" under "• Erythema migrans rash:": how the rash behaves
    if kind == "symptom" and names_a_test(text[lead:], cues):
        return []  # "• blood tests for antibodies" after "you may have:": how the condition is diagnosed, no finding
    cut = re.search(r"\s*(?::|\s[\u2013\u2014-]\s|\(|\.\s)", text[lead:])
    region = (lead, lead + cut.start() if cut else len(text))
    example = _EXAMPLE_CUT.search(text, region[0], region[1])
    if kind in ("cause", "risk_factor") and example is None:
        example = _SINGLED_OUT.search(text, region[0], region[1])  # "heavy lifting, especially bench press and push-ups"
    named = _named_examples(text, (example.end(), region[1]), cues, known) if example and kind in ("cause", "risk_factor") else []
    if example and example.start() > region[0]:
        region = (region[0], example.start())  # "losing weight quickly, for example after surgery": the item, not its example
    whole = region
    relative = _ITEM_CLAUSE.search(text, region[0], region[1])
    site = described_site(text, region, relative.start(), cues) if kind == "symptom" and relative and relative.start() > region[0] else None
    if site is not None:
        return [list_mention(kind, site, None, "bullet", (0, len(text)))]  # "skin that looks tight or shiny": how the part is, one finding
    if relative and relative.start() > region[0]:
        region = (region[0], relative.start())  # "Numbness or tingling that wakes you at night": the items end at "that"
    verb = _item_lead_verb(cues).match(text, region[0], region[1])
    if verb is None and kind in ("cause", "risk_factor"):
        verb = _risk_item_verb(cues).match(text, region[0], region[1])  # "are overweight", "have high blood pressure"
    if verb and not (kind == "treatment" and not any(intervention_word(w, cues) for w in re.findall(r"[a-z][a-z-]*", text[verb.end() : region[1]].lower()))):
        region = (verb.end(), region[1])  # "taking sleeping tablets or other sedatives": the tablets and sedatives
        # (a treatment item whose object names no intervention is the habit itself: "Eating smaller meals")
    tail = _TREATMENT_ITEM_TAIL.search(text, region[0], region[1]) if kind == "treatment" else None
    if tail is not None and tail.start() > region[0]:
        rest = re.findall(r"[a-z][a-z-]*", text[tail.end() : region[1]].lower())
        aims = cues.lower_sets["symptom_finding_nouns"] | cues.lower_sets["outcome_words"] | cues.lower_sets["effect_words"]
        if rest and rest[-1] in aims:
            region = (region[0], tail.start())  # "Antacids and H2 blockers for mild, occasional symptoms": what for is no item
        elif (rest and tail.group(0).strip().lower() == "for" and ({"or", "and"} & set(rest))
              and not any(intervention_word(w, cues) for w in rest)):
            region = (region[0], tail.start())  # "Antibiotic tablets for widespread or severe infection": whom for, no items
    pair = _gerund_pair(cues).fullmatch(sentence, region[0], region[1]) if kind == "symptom" and cues.state_gerunds else None
    if pair:  # "feeling sick or being sick": two findings, each a state
        return [list_mention(kind, pair.span(g), None, "bullet", (0, len(text))) for g in ("a", "b")]
    head = text[region[0] : region[1]].split()
    if kind == "risk_factor" and _NOT_DOING.fullmatch(text, region[0], region[1]):
        return [list_mention(kind, region, None, "bullet", (0, len(text)))]  # "don't exercise" after "... higher if you:": a habit
    if not head or head[0].lower() in cues.lower_sets["negative_item_starts"] or is_clause(text[slice(*region)], cues):
        return []  # "No hospital stays ...", "All of these procedures are ...": no item names
    shared = _shared_complement(text, region, cues) if kind in ("cause", "risk_factor") else None
    items = [shared] if shared is not None else list_items(text, region, cues, known)
    if kind in ("cause", "risk_factor"):
        items = _examples_of_class(text, items, cues)
    items = [part for it in _bullet_items(text, items, cues, known) for part in coordinated(text, it, cues, known)]
    if kind in ("cause", "risk_factor"):
        items = kin_run(text, items, cues)  # "a parent, brother or sister with epilepsy": one family history
        items = ancestry_run(text, items, cues)  # "of African, Caribbean or Asian family origin": one group
        items = gerund_objects(text, items)  # "sharing cutlery, cups or toothbrushes": one way it spreads
    if kind in ("cause", "risk_factor"):
        items = _examples_of_class(text, items, cues)  # "latex or certain plants, like nettles": the class of the second name
        items = _class_or_examples(text, items)  # "skin injuries such as cuts or sunburn": the class
        items = _sources_after_from(text, items)  # "Nerve damage from stroke, multiple sclerosis or ...": each
        items = modifier_variants(text, items, cues)  # "an overactive or underactive thyroid": two
    accompanied = re.search(r"\swith\s+", text[region[0] : region[1]]) if kind == "symptom" else None
    if accompanied and disease_like(text[region[0] : region[0] + accompanied.start()], cues):
        # "Arthritis with severe joint pain and swelling": a complication and the findings that come with it
        rest = (region[0] + accompanied.end(), region[1])
        qualifier = re.search(r",\s*(?:particularly|especially|mainly|mostly|usually|often|typically)(?![\w-])", text[rest[0] : rest[1]], re.I)
        rest = (rest[0], rest[0] + qualifier.start()) if qualifier else rest
        more = []
        for it in list_items(text, rest, cues, known):
            last = re.search(r"\s+and\s+([a-z-]+)$", text[it[0] : it[1]])
            if last and finding_word(last.group(1), cues):  # "severe joint pain and swelling": two findings
                more += [(it[0], it[0] + last.start()), (it[0] + last.start(1), it[1])]
            else:
                more.append(it)
        if more and finding_word(text[more[0][0] : more[0][1]], cues):
            items = list_items(text, (region[0], region[0] + accompanied.start()), cues, known) + more
    if kind == "symptom":
        items = fixed_pairs_merged(text, items, cues)  # "pins and needles in your fingers": one finding
        items = _feeling_clauses(text, items, whole)  # "a feeling that the ear is blocked or full": one finding
        items = adjective_run(text, items, cues, known)  # "a fast or pounding heartbeat", "dry, gritty, irritated eyes": one
        items = _paired_findings(text, items, cues, known)  # "tingling or numbness in the toes": two findings, as in prose
        items = fixed_pairs_merged(text, items, cues)  # (but "aches and pains in the wrist": one set phrase)
        items = _feeling_clauses(text, items, whole)  # (what a feeling is like is not split as two findings)
        items = of_alternatives_merged(text, items, cues)  # "a discharge of fluid or pus from the ear": one finding
        items = _acted_on_findings(text, items, cues)  # "avoiding crowds, shops or buses": one finding, as a cause's gerund
        items = [it for it in items if _symptom_item(text, it, cues) and not _preposition_first(text, it, cues)]
    if kind == "treatment":
        reason = _REASON_CLAUSE.search(text, region[0], region[1])
        if reason is not None:  # "shave off a beard, as the skin underneath often improves": why, no item
            items = [it for it in items if it[0] < reason.start()]
        people = {w.lower() for w in cues.symptom_experiencers} | cues.lower_sets["person_nouns"]
        items = [it for it in items if text[it[0] : it[1]].lower().split()[-1] not in people]  # "to people with ...": whom for
        items = _before_purpose(text, region, items)
        items = _one_medicine_forms(text, items, cues)
        items = [_treatment_item_name(text, it) for n, it in enumerate(items) if _treatment_item(text, it, n, cues)]
    gap = re.fullmatch(r"\s*,\s*(?P<det>(?:an?|the)\s+)?", text[items[0][1] : items[1][0]]) if kind in ("cause", "risk_factor") and len(items) == 2 else None
    if gap and (gap.group("det") or " of " in text[items[1][0] : items[1][1]] or (relative and relative.start() >= items[1][1])):
        items = items[:1]  # "labyrinthitis, an inner ear infection that often follows a cold": the second defines the first
    if named and items:  # the examples of the item; a bare class named only for them is none ("foods, especially nuts")
        items = [it for it in items if not _bare_class(text[it[0] : it[1]], cues)] + [
            it for it in named if all(it[1] <= o[0] or it[0] >= o[1] for o in items)]
    return [list_mention(kind, it, None, "bullet", (0, len(text))) for it in items]


#: a feeling named by what it is like ("a feeling that the ear is blocked", "a feeling like standing on a pebble", "a
#: sensation as if something is stuck"): the clause after it is the finding's own (not a relative clause: "a burning
#: feeling that comes and goes")
_FEELING_CLAUSE = re.compile(
    r"(?<![\w-])(?:feeling|sensation|sense)\s+(?=(?:that\s+(?:the|a|an|your|my|his|her|their|you|i|it|they|he|she|we|something|someone|"
    r"there|things|everything|nothing)|like|as\s+if|as\s+though)\s)", re.IGNORECASE)


def _feeling_clauses(text: str, items: list[Span], region: Span) -> list[Span]:
    """A bullet's item that names a feeling before the clause of what it is like ("a feeling that the ear is blocked or
    full", "a sense of dread, or feeling that something bad is going to happen") runs to the end of the bullet's
    region, one finding; the items read inside that clause ("a fold in your sock") are none of their own."""
    end = region[0] + len(text[region[0] : region[1]].rstrip(" .;,"))
    for n, it in enumerate(items):
        m = _FEELING_CLAUSE.search(text, it[0], end)
        if m is not None and m.start() < it[1] + 1:
            return items[:n] + [(it[0], end)]
    return items


def _paired_findings(text: str, items: list[Span], cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """A bullet's items with two findings joined by "and" / "or" split as prose splits them (:func:`finding_pairs`:
    "tingling or numbness in the toes", "pain and swelling behind the knee"), unless the linker knows the item as one
    concept ("nausea and vomiting", "pins and needles")."""
    return [part for it in items
            for part in ([it] if known is not None and known(text[it[0] : it[1]]) else finding_pairs(text, [it], cues))]


#: A head noun and the preposition of its complement: "a (family) history of ", "a diet high in ", "diets rich in ".
_COMPLEMENT_HEAD = re.compile(
    r"(?:(?:an?|the|your|their|his|her)\s+)?(?:[\w-]+\s+)?(?P<head>[\w-]+)\s+(?:(?:high|low|rich|poor)\s+in|of)\s+(?=\S)",
    re.IGNORECASE,
)


def _shared_complement(text: str, region: Span, cues: RelationCues) -> Optional[Span]:
    """A cause or risk bullet that names one thing whose complement is coordinated ("a history of drug or alcohol
    misuse", "a diet high in salt or animal protein"; ``complement_heads``): the whole item, one cause (the "and" / "or"
    is inside the complement, no list of items); None otherwise."""
    m = _COMPLEMENT_HEAD.match(text, region[0], region[1])
    if m is None or m.group("head").lower() not in cues.lower_sets["complement_heads"]:
        return None
    if not re.search(r"\s(?:and|or)\s", text[m.end() : region[1]]) or re.search(r"[,;]", text[m.end() : region[1]]):
        return None  # nothing coordinated, or a comma list after it ("a history of X, Y and Z" stays as it is read)
    return trim(text, region, cues)


#: ", especially", ", particularly", ", in particular": what a cause bullet singles out of its item
_SINGLED_OUT = re.compile(r"\s*,\s*(?:especially|particularly|in\s+particular|notably)(?![\w-])", re.IGNORECASE)
#: how the examples of a cause bullet's item are joined to it: "for example because of X", "especially from X"
_EXAMPLE_LINK = re.compile(r",?\s*(?:(?:because\s+of|due\s+to|from|with|such\s+as)\s+)?", re.IGNORECASE)
#: examples that are a clause or a time, not named things: "for example by stubbing it", "after surgery", "when tired"
_EXAMPLE_CLAUSE = re.compile(
    r"(?:by|after|before|during|while|when|whenever|if|because|in|on|at|as|so|those|people|anyone|someone|you|they|it)(?![\w'\u2019-])",
    re.IGNORECASE)


def _named_examples(text: str, span: Span, cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """The things a cause bullet names as examples of its item ("a bout of coughing, for example with a chest infection
    or flu", "have a weakened immune system, for example because of chemotherapy or HIV", "heavy lifting, especially
    bench press and push-ups"): each is a cause as the item is (CLAIMS_SPEC.md: a class and its examples); a clause,
    a time or people ("for example by stubbing it", "after surgery", "especially at night") names none."""
    link = _EXAMPLE_LINK.match(text, span[0], span[1])
    start = link.end() if link else span[0]
    if start >= span[1] or _EXAMPLE_CLAUSE.match(text, start) or is_clause(text[start : span[1]], cues):
        return []
    items = [part for it in list_items(text, (start, span[1]), cues, known) for part in coordinated(text, it, cues, known)]
    stop = cues.lower_sets["clause_words"] | cues.lower_sets["prepositions"]
    split: list[Span] = []
    for it in items:  # examples are a list by construction: "bench press and push-ups", "a chest infection or flu"
        joints = list(re.finditer(r"\s+(?:and|or)\s+", text[it[0] : it[1]]))
        halves = [(it[0], it[0] + joints[0].start()), (it[0] + joints[0].end(), it[1])] if len(joints) == 1 else []
        if halves and all(1 <= len(text[a:b].split()) <= 3 and not set(text[a:b].lower().split()) & stop for a, b in halves):
            split += halves
        else:
            split.append(it)
    items = split
    return [it for it in items if not is_generic(text, it, cues) and text[it[0] : it[1]].split()[0].lower() not in stop]


def _bare_class(name: str, cues: RelationCues) -> bool:
    """Whether a cause item is only a general class ("foods", "certain medicines"), named for its examples."""
    words = name.lower().split()
    classes = cues.lower_sets["cause_list_nouns"]
    return " ".join(words) in classes or (len(words) >= 2 and words[-1] in classes and _vague_class(cues).match(" ".join(words[:-1]) + " ") is not None)


_GERUND_OBJECTS = re.compile(r"(?:(?:and|or)\s+)?(?:(?:by|through|from|via)\s+)?(?P<g>[a-z]+ing)\s+(?P<obj>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)$", re.IGNORECASE)
_WAY_OPENER = re.compile(r"(?:by|through|from|via|in|on|at|with|when|if|because|for)(?![\w-])", re.IGNORECASE)
_NOT_GERUNDS = frozenset({"during", "nothing", "something", "anything", "everything", "morning", "evening", "ceiling", "building"})


#: A particle of a phrasal verb before its object: "breathing in food, drink or vomit".
_PARTICLES = frozenset({"in", "up", "out", "on", "off"})


def _compound_object(obj: str) -> bool:
    """Whether a gerund's object can head a list of things it acts on: one word, or a noun compound or a particle and
    its noun ("lip balm", "door handles", "in food"), not an adjective and its noun ("spicy food", whose "alcohol or
    stress" after it are causes of their own)."""
    words = obj.split()
    if len(words) == 1:
        return True
    first = words[0].lower()
    return first in _PARTICLES or is_noun(first)


def _verb_gerund(word: str) -> bool:
    """Whether a word in -ing is a verb's gerund ("sharing", "touching", "getting"), not only a noun ("bedding")."""
    w = word.lower()
    if not w.endswith("ing") or w in _NOT_GERUNDS:
        return False
    stem = w[:-3]
    return is_base_verb(stem) or is_base_verb(stem + "e") or (len(stem) > 2 and stem[-1] == stem[-2] and is_base_verb(stem[:-1]) and not is_noun(w))


def gerund_objects(text: str, items: list[Span]) -> list[Span]:
    """A gerund with a list of what it acts on as one cause ("sharing cutlery, cups or toothbrushes", "by sharing towels,
    bedding or toys", "Sharing drinks, water bottles and lip balm": CLAIMS_SPEC.md, session 20): the items after a gerund
    item of one or two object words, joined by a comma, "and" or "or", that are bare nouns of at most two words (no gerund,
    no preposition) join it; "drinking alcohol, smoking and stress" (a gerund item after it) stays apart."""
    out: list[Span] = []
    gerund = False  # whether the last item is a gerund and its object, its list still open
    for it in items:
        words = text[it[0] : it[1]].split()
        gap = text[out[-1][1] : it[0]] if out else ""
        if (gerund and re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)", gap, re.IGNORECASE) and 0 < len(words) <= 2
                and not _WAY_OPENER.match(text, it[0]) and not any(_verb_gerund(w) for w in words)
                and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words) and not re.match(r"wh|how|so\b|that\b", words[0], re.IGNORECASE)):
            out[-1] = (out[-1][0], it[1])
            continue
        g = _GERUND_OBJECTS.match(text, it[0], it[1])
        # the gerund opens the list or a way of its own ("by sharing ..."), not one cause among others ("stress, drinking coffee")
        gerund = (g is not None and _verb_gerund(g.group("g")) and not _verb_gerund(g.group("obj")) and _compound_object(g.group("obj"))
                  and (not out or re.match(r"(?:(?:and|or)\s+)?(?:by|through|from|via)\s", text[it[0] : it[1]], re.IGNORECASE) is not None))
        out.append(it)
    return out


def _acted_on_findings(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """A symptom bullet's gerund with the list of what it acts on ("avoiding crowds, shops or buses that bring the panic
    back", "checking locks, taps or switches again and again") is one finding, as a way of spreading is one cause
    (:func:`gerund_objects`); not a state's gerund ("feeling sick, dizziness or fainting") nor a list of findings after it."""
    merged = gerund_objects(text, items)
    if len(merged) == len(items):
        return items
    states = cues.lower_sets["symptom_copular_gerunds"] | {w.lower() for w in cues.state_gerunds} | {"having", "getting"}
    out: list[Span] = []
    for span in merged:
        inside = [it for it in items if span[0] <= it[0] and it[1] <= span[1]]
        g = _GERUND_OBJECTS.match(text, inside[0][0], inside[0][1])
        if len(inside) > 1 and g and g.group("g").lower() not in states and not any(finding_word(text[a:b], cues) for a, b in inside[1:]):
            out.append(span)
        else:
            out.extend(inside)
    return out


def ancestry_run(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"African, Caribbean or Asian family origin", "people of East Asian, West African or Arab descent": origins named by
    capitalised words, coordinated before one head of ancestry (``ancestry_heads``), are one risk group spanning them."""
    head = re.compile(r"(?<![\w-])(?:" + alternation(cues.ancestry_heads) + r")$", re.IGNORECASE)
    origin = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$")
    out = list(items)
    for last in range(len(out) - 1, 0, -1):
        if last >= len(out) or not head.search(text, out[last][0], out[last][1]):
            continue
        first = last
        while first > 0 and origin.search(text, out[first - 1][0], out[first - 1][1]):
            first -= 1  # "West African", "Arab": an origin of its own, before the head
        if first < last:
            out[first : last + 1] = [(out[first][0], out[last][1])]
    return out


def kin_run(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """"a parent, brother or sister with epilepsy", "a mother or sister who had breast cancer": relatives (``kin_nouns``)
    sharing the condition named after the last are one risk, the family history, spanning them all."""
    if len(items) < 2:
        return items
    kin = cues.lower_sets["kin_nouns"]
    heads = [re.sub(r"^(?:(?:a|an|your|their|his|her|close|older|younger|first-degree)\s+)+", "", text[s:e].lower()) for s, e in items]
    if all(h in kin for h in heads[:-1]) and heads[-1].split()[0] in kin:
        rest = re.match(r"\s+(?:with|who\s+(?:has|have|had))\s+[^,;:.()]+", text[items[-1][1] :])
        end = items[-1][1] + (rest.end() if rest else 0)
        if len(heads[-1].split()) > 1 or rest:
            return [(items[0][0], end)]
    return items


def _describes_item_above(item: str) -> bool:
    """Whether a bullet opens with a verb in the third person ("Occurs in 70 to 80 percent of people", "Sometimes
    clears as it enlarges"): a sub-bullet that tells how the item above behaves, naming no finding of its own."""
    m = re.match(r"(?:(?:sometimes|often|usually|then|later|gradually|also)\s+)?([A-Za-z]+s)(?![\w'-])", item, re.IGNORECASE)
    if m is None:
        return False
    word = m.group(1).lower()
    verb = is_base_verb(word[:-1]) or (word.endswith("es") and is_base_verb(word[:-2]))
    # a word that is a noun too is a verb before an adverb of manner or direction ("Spreads outwards", not "bumps on the skin")
    return verb and (not is_noun(word) or re.match(r"\s+(?:[a-z]+ly|outwards?|inwards?|upwards?|downwards?)(?![\w-])", item[m.end() :], re.I) is not None)


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
    if purpose_lead(low):
        return True  # "To reduce the risk:", "To help your wound heal:": what to do for that aim follows
    return any(low == lead or low.endswith(" " + lead) for lead in cues.lower_sets["advice_list_leads"])


def purpose_lead(line: str) -> bool:
    """Whether a lead-in's last sentence is only an aim ("To reduce the risk:", "Some people get it again. To
    lower your chance:"): what follows is what to do for it, not a list of risks or causes; a lead-in that
    says who acts ("To relieve pain, your doctor may recommend:") is not one."""
    last = re.split(r"[.!?]\s+", line.strip().lower().rstrip(": "))[-1]
    purpose = re.fullmatch(r"to\s+([a-z]+)(?:\s+[\w'\u2019-]+){1,6}", last)
    return bool(purpose) and is_base_verb(purpose.group(1)) and not re.search(
        r"(?<![\w-])(?:we|they|you|doctors?|surgeons?|may|might|can|will|should|include|includes|are|is)(?![\w-])", last)


def avoided_items(sentence: str, cues: RelationCues, known: Optional[Known]) -> list[RelationMention]:
    """The recommendations against the items of a bullet under a list of things to avoid ("• red
    meat and offal": against 'red meat', against 'offal')."""
    return [m._replace(rule="recommendation:avoid", strength="should", against=True)
            for m in bullet_item(sentence, "recommendation", cues, known)]


#: Where a treatment bullet's name ends: when, how long, what for or how it is done ("Ice packs for 20 minutes
#: at a time", "A splint at night", "Painkillers during a flare", "Cholecystectomy, done as keyhole surgery").
#: "... to ease pain and swelling", "... to help with itching and sleep", "... to soothe the sore": what a treatment
#: bullet's item is for, up to examples of it ("medicines to lower acid, such as omeprazole")
_PURPOSE = re.compile(
    r"\s+to\s+(?:help\s+(?:with|to)\s+|help\s+)?(?:ease|relieve|soothe|reduce|calm|control|treat|manage|prevent|stop|clear|numb|"
    r"settle|improve|protect|lower|heal|fight|unblock|loosen|help|dry|shrink|speed|increase|restore|strengthen|correct|support|keep|offload)(?![\w-])[^,;:()]*?(?=,?\s+(?:such\s+as|including|like|e\.g\.)\s|$)",
    re.IGNORECASE,
)


def _one_medicine_forms(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """The items of a treatment bullet less the bare forms that follow a modified one ("numbing creams or gels",
    "steroid mouthwashes, sprays or pastes", "Terbinafine cream or spray"): one medicine in several forms, its
    modifiers shared, one claim (CLAIMS_SPEC.md, session 21); forms named on their own ("creams or tablets") stay."""
    forms = cues.lower_sets["dosage_form_words"]
    out: list[Span] = []
    run = False  # whether the items before run from a form with a modifier of its own
    for n, (a, b) in enumerate(items):
        words = text[a:b].lower().split()
        joined = n > 0 and re.fullmatch(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?", text[items[n - 1][1] : a]) is not None
        bare = bool(words) and words[0] in forms and (len(words) == 1 or words[1] in cues.lower_sets["prepositions"])
        if run and joined and bare:
            continue  # (a bare form with its place: "pastes for the mouth")
        run = bool(words) and words[-1] in forms and (len(words) > 1 or (run and joined))
        out.append((a, b))
    return out


def _before_purpose(text: str, region: Span, items: list[Span]) -> list[Span]:
    """The items of a treatment bullet less what its purpose names ("painkillers to ease pain and swelling": the
    painkillers; "gels to soothe the sore": "gels"); examples after the purpose stay items."""
    purpose = _PURPOSE.search(text[: region[1]], region[0])
    if purpose is None:
        return items
    out = []
    for a, b in items:
        if purpose.start() <= a < purpose.end():
            continue
        if a < purpose.start() < b:
            b = purpose.start()
        out.append((a, b))
    return out


#: A reason clause after a treatment bullet's item: ", as the skin underneath often improves", ", because it ...".
_REASON_CLAUSE = re.compile(r",\s+(?:as|because|since|so\s+that)\s", re.IGNORECASE)
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
    if len(ws) <= 2 and ws[-1] in cues.lower_sets["body_sites"] and not any(intervention_word(w, cues) for w in ws):
        return False  # "strengthening of the calf, hip and core muscles": the parts an exercise works on, no intervention
    article = ws[0] in ("a", "an") or re.search(r",\s*(?:a|an)\s+$", text[: span[0]]) is not None
    return not (n > 0 and article and any(w in _GIVEN for w in ws))


def _treatment_item_name(text: str, span: Span) -> Span:
    tail = _TREATMENT_ITEM_TAIL.search(text, span[0], span[1])
    return (span[0], tail.start()) if tail and tail.start() > span[0] else span


#: where the noun phrase a bullet opens with ends: a comma, a preposition or a clause
_FIRST_PHRASE_END = re.compile(
    r"\s*[,;:(]|\s[\u2013\u2014-]\s|\s(?:for|of|from|to|in|on|at|with|during|after|before|when|which|that|called|where|under)\s", re.IGNORECASE)


def names_a_test(item: str, cues: RelationCues) -> bool:
    """Whether a bullet's text opens with a test or an examination ("blood tests for antibodies", "a small biopsy from
    the lip", "an endoscopy, in which ..."): the noun phrase it opens with, of at most four words, ends in a test head
    word (not "pain during a pelvic examination", whose phrase is "pain")."""
    end = _FIRST_PHRASE_END.search(item)
    words = re.findall(r"[a-z][a-z-]*", item[: end.start() if end else len(item)].lower())
    return 0 < len(words) <= 4 and words[-1] in cues.lower_sets["symptom_test_heads"]


def _symptom_item(text: str, span: Span, cues: RelationCues) -> bool:
    """Whether a bullet item can be a symptom: a degree may modify a finding ("Severe eye pain",
    "Mild fever"), a comparison or a bare degree is none ("worse at night", "severe")."""
    ws = re.findall(r"[a-z]+", text[span[0] : span[1]].lower())
    if not ws or ws[0] not in cues.lower_sets["symptom_non_items"]:
        return bool(ws)
    return len(ws) > 1 and ws[1] not in cues.lower_sets["symptom_non_items"] and ws[1] not in cues.lower_sets["prepositions"]




@per_cue_set
def _vague_class(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(WORD_START + r"(?:" + alternation(cues.vague_determiners) + r")\s+$", re.IGNORECASE)


_QUALIFIER_GAP = re.compile(r"(?<![\w-])(?:especially|particularly|mainly|mostly|usually|typically)(?![\w-])", re.IGNORECASE)


@per_cue_set
def _gerund_pair(cues: RelationCues) -> re.Pattern[str]:
    """Two states joined in a bullet: "feeling sick or being sick", "feeling tired and being short of breath"."""
    state = r"(?:" + alternation(cues.state_gerunds) + r")\s+[a-z-]+(?:\s+(?:" + alternation(cues.state_gerund_tails) + r"))?"
    return re.compile(r"(?P<a>" + state + r")\s*,?\s+(?:or|and)\s+(?P<b>" + state + r")\s*[.;]?", re.IGNORECASE)


_EXAMPLE_CUT = re.compile(r"\s*,\s*(?:for\s+example|for\s+instance|e\.g\.)", re.IGNORECASE)
_EXAMPLE_WORDS = re.compile(r"(?:for\s+example|for\s+instance|e\.g\.?|such\s+as|including)", re.IGNORECASE)


def _part_runs(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """One item for a finding said of several body parts or with several words of how a part feels: "itchy, red or
    watery eyes" (words of how a part looks or feels, then the part), "an itchy throat, mouth or ears" (a part, then
    more parts)."""
    if len(items) < 2:
        return items
    words = [text[a:b].lower().split() for a, b in items]
    feel = cues.lower_sets["symptom_feelings_of_parts"] | cues.lower_sets["symptom_feelings"]
    parts = cues.lower_sets["body_sites"]
    if all(len(w) == 1 and w[0] in feel for w in words[:-1]) and len(words[-1]) == 2 and words[-1][0] in feel and words[-1][1] in parts:
        return [(items[0][0], items[-1][1])]  # "itchy, red or watery eyes"
    if len(words[0]) == 2 and words[0][0] in feel and words[0][1] in parts and all(len(w) == 1 and w[0] in parts for w in words[1:]):
        return [(items[0][0], items[-1][1])]  # "an itchy throat, mouth or ears"
    return items


#: A habit a risk bullet names by its absence: "don't exercise", "do not get enough sleep".
_NOT_DOING = re.compile(r"(?:don't|don\u2019t|do\s+not)\s+[a-z]+(?:\s+[a-z]+){0,3}\s*", re.IGNORECASE)


@per_cue_set
def _VAGUE_FIRST(cues: RelationCues) -> re.Pattern[str]:
    return re.compile(r"(?:" + alternation(cues.vague_determiners) + r")\s+\S", re.IGNORECASE)


def _examples_of_class(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """A cause or risk bullet's items without a general class named only to give its examples
    ("foods, especially nuts and eggs", "medicines, including antibiotics such as penicillin"):
    the examples are what causes, the class (``cause_list_nouns``, perhaps after a vague
    determiner) is none; a class without examples ("some medicines") stays."""
    classes = frozenset(w.lower() for w in cues.cause_list_nouns)
    vague = _vague_class(cues)
    out = []
    for n, it in enumerate(items):
        name = text[it[0] : it[1]].lower()
        words = name.split()
        bare = name in classes or (len(words) >= 2 and words[-1] in classes and vague.match(" ".join(words[:-1]) + " ") is not None)
        after = text[it[1] : items[n + 1][0]] if n + 1 < len(items) else ""
        if bare and n + 1 < len(items) and (EXAMPLES.match(after) or _QUALIFIER_GAP.search(after)):
            continue
        if n + 1 < len(items) and EXAMPLES.match(after) and (vague.search(text[: it[0]]) or _VAGUE_FIRST(cues).match(name)):
            continue  # "certain plants, like nettles"
        out.append(it)
    return out


#: "Nerve damage from stroke": a harm (a few words) and where it comes from
_FROM_SOURCE = re.compile(r"(?P<head>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+from\s+(?P<src>\S.*)", re.IGNORECASE)


def _sources_after_from(text: str, items: list[Span]) -> list[Span]:
    """A cause bullet whose first item is a harm and the first of a list of where it comes from ("Nerve damage from
    diabetes or a stroke", "Nerve damage from stroke, multiple sclerosis or spinal cord injury"): the harm and each
    source are causes, as the other sources of the list already are; a single source stays one item ("Dehydration
    from vomiting")."""
    if len(items) < 2:
        return items
    m = _FROM_SOURCE.fullmatch(text, items[0][0], items[0][1])
    if m is None:
        return items
    return [m.span("head"), m.span("src")] + items[1:]


#: the head of a general class of illness or of a vague kind ("a long-term lung condition", "some health problem")
_GENERAL_HEADS = frozenset({"condition", "conditions", "problem", "problems", "illness", "illnesses", "disease", "diseases",
                            "disorder", "disorders"})
_VAGUE_WORDS = frozenset({"some", "certain", "other", "various", "several", "many"})
#: words before a general head that name no kind of illness: a determiner, a length of time, the realm of health
#: ("a long-term physical health problem", "an underlying medical condition"); any other word names a kind ("a skin
#: condition", "a long-term lung condition", "another autoimmune condition")
_NO_KIND_WORDS = frozenset({"a", "an", "the", "another", "any", "your", "their", "his", "her", "long-term", "long", "term",
                            "longstanding", "long-standing", "short-term", "chronic", "lifelong", "ongoing", "existing",
                            "pre-existing", "underlying", "medical", "health", "physical", "serious", "severe", "major",
                            "minor", "rare", "common", "new", "recent", "previous", "current", "same", "similar"})


def _class_or_examples(text: str, items: list[Span]) -> list[Span]:
    """A cause or risk bullet that names a class and then its examples: a class of a kind of its own is a cause as
    each example is ("prolonged immobility, such as bed rest or long-haul travel"), and keeps all its words ("working
    with vibrating tools, like drills or chainsaws": not "working" alone), as is a general head of illness that a word
    makes a kind ("a long-term lung condition such as COPD", "a skin condition such as eczema", "another autoimmune
    condition, such as type 1 diabetes"; CLAIMS_SPEC.md, session 17); a general class of illness without such a word or
    a vague one ("a long-term condition such as diabetes", "long-term use of some medicines, such as lithium") stands
    for its examples, which are the causes (CLAIMS_SPEC.md: a vague class named with its examples is none).
    :func:`_examples_of_class` has dropped the bare general nouns before ("foods, especially nuts")."""
    for n, it in enumerate(items[:-1]):
        gap = text[it[1] : items[n + 1][0]]
        cue = _EXAMPLES_END.search(gap)
        if cue is None:
            continue
        whole = (it[0], it[1] + len(gap[: cue.start()].rstrip(" ,")))  # "working with vibrating tools, like ...": the class's words
        words = re.findall(r"[a-z][a-z-]*", text[whole[0] : whole[1]].lower())
        if not words:
            return items
        if any(w in _VAGUE_WORDS for w in words) or (words[-1] in _GENERAL_HEADS and all(w in _NO_KIND_WORDS for w in words[:-1])):
            return items[:n] + items[n + 1 :] if whole == it else items
        return items[:n] + [whole] + items[n + 1 :]
    return items


#: "a viral or bacterial infection", "an overactive or underactive thyroid", "a stubbed or broken toe": two modifiers
#: of kind, one head
_MODIFIER_VARIANTS = re.compile(r"(?:(?:a|an|the)\s+)?(?P<a>[A-Za-z][a-z-]{2,})\s+or\s+(?P<b>[A-Za-z][a-z-]{2,}(?:\s+[A-Za-z][\w'-]*){1,2})")
#: modifiers of degree, time or extent, which name no kind of their own ("a mild or severe infection")
_DEGREE_WORDS = frozenset("mild moderate severe sudden gradual minor major serious recent repeated frequent occasional "
                          "long short heavy light slight small large big more less much many few".split())


def modifier_variants(text: str, items: list[Span], cues: RelationCues) -> list[Span]:
    """Cause items with two modifiers of kind coordinated by "or" over one head ("a viral or bacterial infection", "an
    overactive or underactive thyroid", "a stubbed or broken toe") split into the first modifier alone and the second with
    the head, as CLAIMS_SPEC.md settles for the variants of a procedure (session 15) and the development gold has causes;
    modifiers of degree or time ("mild or severe") and nouns ("chest or lung infection") stay one item."""
    out: list[Span] = []
    for it in items:
        m = _MODIFIER_VARIANTS.fullmatch(text, it[0], it[1])
        words = [m.group("a").lower(), m.group("b").split()[0].lower()] if m else []
        if m and all(_kind_modifier(w, cues) for w in words):
            out += [m.span("a"), m.span("b")]
        else:
            out.append(it)
    return out


def _kind_modifier(word: str, cues: RelationCues) -> bool:
    if word in _DEGREE_WORDS or word in cues.lower_sets["non_specific_modifiers"] or word in cues.lower_sets["modifier_stopwords"]:
        return False
    return is_modifier(word) or is_participle(word) or (len(word) >= 5 and word.endswith(tuple(cues.adjective_suffixes)))


#: the cue of examples at the end of the words between two items: "..., such as ", " like ", ", including "
_EXAMPLES_END = re.compile(r"\s*,?\s*(?:such\s+as|like|including|e\.g\.,?)\s+$", re.IGNORECASE)


def _bullet_items(text: str, items: list[Span], cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """A bullet's items without those that qualify the item before ("Running, especially a
    sudden increase in mileage") and with a name given in apposition in place of what it names
    ("Small lumps under the skin, called nodules" -> "nodules"); without the linker to tell
    findings apart, "Sharp, stabbing pain" is one item (with it, :func:`list_items` decides)."""
    vague = _vague_class(cues)
    items = [it for it in items if not (vague.search(text[: it[0]]) and EXAMPLES.match(text, it[1]))]
    if (known is None and len(items) == 2 and text[items[0][1] : items[1][0]].strip() == "," and len(text[slice(*items[0])].split()) == 1
            and len(text[slice(*items[1])].split()) > 1 and not re.search(r"\s(?:and|or)\s", text[items[1][0] : items[1][1]])):
        items = [(items[0][0], items[1][1])]  # "Sharp, stabbing pain in the heel": modifiers of one item
    items = [it for it in items if not _EXAMPLE_WORDS.fullmatch(text[it[0] : it[1]])]  # "..., for example after surgery"
    items = _part_runs(text, items, cues)
    out: list[Span] = []
    for it in items:
        if out and _QUALIFIER_GAP.search(text[out[-1][1] : it[0]]):
            continue
        m = apposition(cues).match(" " + text[it[0] : it[1]])
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


#: a short aside in brackets that the item's examples follow: "anti-inflammatory painkillers (NSAIDs), such as
#: ibuprofen", "anti-inflammatory drugs (NSAIDs) like ibuprofen"
_ASIDE_BEFORE_EXAMPLES = re.compile(r"\([^()]{1,30}\)(?=\s*,?\s*(?:such\s+as|like|including|for\s+example|for\s+instance|e\.g\.)\s)",
                                    re.IGNORECASE)


def _asides_masked(sentence: str) -> str:
    """``sentence`` with a short bracketed aside blanked out (offsets unchanged) when the item's examples follow it, so
    that the item does not end at the bracket and its examples are read."""
    return _ASIDE_BEFORE_EXAMPLES.sub(lambda m: " " * len(m.group()), sentence)


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


@per_cue_set
def _risk_item_verb(cues: RelationCues) -> re.Pattern[str]:
    """The verb of being or having a risk bullet opens with ("are overweight"), before what it names."""
    return re.compile(r"(?:" + alternation(cues.risk_item_lead_verbs) + r")\s+(?=\S)", re.IGNORECASE)


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
        kind: re.compile(WORD_START + r"(?:" + "|".join(sorted((phrase(p) for p in ps), key=len, reverse=True)) + r")" + WORD_END, re.IGNORECASE)
        for kind, ps in cues.list_leads.items()
    }
    out[NAVIGATION] = re.compile(r"^\W*(?:" + alternation(cues.navigation_leads) + r")" + WORD_END, re.IGNORECASE)
    out[WARNING] = re.compile(
        WORD_START + r"(?:" + alternation(cues.care_verbs) + r")\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + alternation(cues.care_places) + r")" + WORD_END
        + r".{0,80}?" + WORD_START + r"(?:if|when|whenever)" + WORD_END + r"[^:]{0,40}:\s*$",
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
        WORD_START + r"(?:" + alternation(cues.care_verbs) + r")\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + alternation(cues.care_places + ["help"]) + r")" + WORD_END,
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
    if purpose_lead(s):
        return None  # "To reduce the risk:": advice follows, not risks
    if _MEANS_LEAD.search(s):
        return None  # "You can lower your risk of another attack by:": the means follow, advice (gerund_advice_strength)
    if _risk_rise_lead(cues).search(s):
        return "risk_factor"  # "Your chances of getting it are higher if you:", "The risk goes up when you:"
    if things_that_lead(s, cues):
        return "cause"  # "Conditions that can contribute include:", "Things that can trigger an attack include:"
    s = _reader_person(cues).sub("you", s)  # "Your child may get:", "Your baby may have:" as "You may get:"
    for kind in ("risk_factor", "cause", "symptom", "treatment"):
        p = patterns.get(kind)
        if p is not None and any(not (kind == "symptom" and (_CONDITION_BEFORE.search(s, 0, m.start()) or _FAR_FROM_COLON.match(s, m.end())
                                                             or _PRONOUN_OBJECT.match(s, m.end())))
                                 for m in p.finditer(s)):
            return kind  # not "If you have vertigo, it can help to:": the situation of advice, no symptoms
            # (nor "Once you have recovered, these steps may lower ...:": a verb of having far from the colon is no lead)
    if _people_report_lead(cues).search(s):
        return "symptom"  # "Students describe:", "Runners often notice:", "People with shin splints report:"
    if _things_cause_lead(cues).search(s):
        return "cause"  # "Lots of things can set it off:", "Some medicines can cause it:"
    verb = re.search(WORD_START + r"causes?\s*:\s*$", s, re.IGNORECASE)
    if verb and verb_cause_lead(s, verb.start(), cues):
        return "symptom"  # "Seizures can cause:", "A flare may also cause:": what the condition produces
    return None


@per_cue_set
def _people_report_lead(cues: RelationCues) -> re.Pattern[str]:
    """A lead-in whose subject is people, in the plural, and whose verb tells what they feel ("Students describe:",
    "Most runners notice:", "People with shin splints often report:"): whoever the people are, what follows is what
    they feel."""
    people = sorted({w for w in cues.person_nouns if w.endswith("s")} | {"people", "patients", "children", "adults", "men", "women", "sufferers"})
    return re.compile(
        r"^\W*(?:(?:most|many|some|other|our|these)\s+)?(?:[\w-]+\s+)?(?:" + alternation(people) + r")"
        + r"(?:\s+(?:with|who\s+have)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?\s+" + cues.modal_re
        + r"(?:" + alternation(cues.report_lead_verbs) + r")\s*:\s*$",
        re.IGNORECASE,
    )


@per_cue_set
def _reader_person(cues: RelationCues) -> re.Pattern[str]:
    """One person of the reader's own, in the singular ("your child", "your baby", "my son"): a page for parents or carers
    speaks of them as a page for patients speaks of "you"."""
    people = [w for w in cues.kin_nouns + cues.person_nouns if not w.endswith("s") and w not in ("everyone", "anyone", "anybody", "everybody", "family")]
    return re.compile(r"(?<![\w-])(?:your|my)\s+(?:" + alternation(people) + r")(?![\w'\u2019-])", re.IGNORECASE)


def reader_person(text: str, pos: int, cues: RelationCues) -> bool:
    """Whether one person of the reader's own ("your child", "my daughter") ends at ``pos`` of ``text``."""
    return any(m.end() == pos for m in _reader_person(cues).finditer(text, max(0, pos - 40), pos))


def things_that_lead(sentence: str, cues: RelationCues) -> bool:
    """Whether a lead-in names causes by a general noun and a relative clause with a causal verb, then lists them
    ("Conditions that can contribute include:", "Things that can trigger an attack include:", "Medicines that can
    cause it are:"): its bullets are causes whatever its noun would otherwise announce ("medicines": treatments)."""
    return _things_that_lead(cues).search(sentence.rstrip()) is not None


@per_cue_set
def _things_that_lead(cues: RelationCues) -> re.Pattern[str]:
    verbs = (r"(?:causes?|triggers?|contributes?|provokes?|aggravates?|worsens?|induces?|precipitates?|irritates?|damages?|"
             r"leads?\s+to|sets?\s+(?:it\s+|them\s+|this\s+)?off|brings?\s+(?:it\s+|them\s+|this\s+)?on|makes?\s+[^:.;]{1,25}?\s+worse|"
             r"play\s+a\s+(?:part|role)|plays\s+a\s+(?:part|role))")
    return re.compile(
        WORD_START + r"(?:" + alternation(cues.cause_list_nouns + ["problems", "illnesses", "diseases", "disorders"]) + r")\s+(?:that|which)\s+"
        + cues.modal_re + verbs + WORD_END + r"[^:.;]{0,60}?\s+(?:(?:can|may|might|often|commonly)\s+)?(?:include|includes|are)\s*:\s*$",
        re.IGNORECASE,
    )


def verb_cause_lead(sentence: str, pos: int, cues: RelationCues) -> bool:
    """Whether the word "cause" at ``pos`` of a lead-in is the verb after a modal or an adverb
    ("Seizures can cause:", "Lupus may also cause:", "It often causes:"), not the noun of a list
    head ("Common causes:", "Other causes include:"): the bullets after it are what the subject
    produces, not causes of the page's condition."""
    before = re.search(r"([A-Za-z]+)\s+$", sentence[:pos])
    return before is not None and before.group(1).lower() in {m.lower() for m in cues.modals} and before.group(1).lower() not in {"is", "are", "was", "were", "be", "been", "has", "have", "had"}


def anaphoric_lead_kind(sentence: str, before: Optional[str], heading: Optional[str], cues: RelationCues) -> Optional[str]:
    """The kind of a list a lead-in opens by a pronoun ("Everyone is different, but common ones are:",
    "These may include:", "When symptoms do occur, they can include:"): the kind of the nearest list
    head before the pronoun, in the lead-in itself, else in the sentence ``before`` it, else the kind
    ``heading`` (the heading's kind, as :func:`~extract.claims.component.heading_kind` gives it)."""
    lead = _anaphoric_lead(cues).search(sentence)
    if lead is None:
        return None
    for text in (sentence[: lead.start()], before or ""):
        # (not a head that names a record or a tool: "I kept a food and symptom diary": no list of symptoms)
        heads = [h for h in _any_list_head(cues).finditer(text) if not _HEAD_AS_MODIFIER.match(text, h.end())]
        if heads:
            return kind_of_head(heads[-1].group(), compiled(cues))
    return heading if heading in ("cause", "risk_factor", "symptom", "treatment") else None


#: a record or a tool a list head names as its modifier ("a symptom diary", "a symptom checker", "a pain score")
_HEAD_AS_MODIFIER = re.compile(r"\s+(?:diary|diaries|journal|journals|log|logs|checker|checkers|tracker|trackers|app|apps|"
                               r"score|scores|scale|scales|questionnaire|questionnaires|chart|charts)(?![\w-])", re.IGNORECASE)


@per_cue_set
def _anaphoric_lead(cues: RelationCues) -> re.Pattern[str]:
    """A lead-in whose subject is a pronoun (``anaphoric_list_subjects``) just before its list verb
    and colon: "common ones are:", "they can include:", "These include:"."""
    verbs = [v for v in cues.list_verbs if not v.endswith(("ing", "ed")) and v != "such as"]
    return re.compile(
        WORD_START + r"(?:" + alternation(cues.anaphoric_list_subjects) + r")\s+" + cues.modal_re
        + r"(?:" + alternation(verbs) + r")\s*:\s*$",
        re.IGNORECASE,
    )


@per_cue_set
def _any_list_head(cues: RelationCues) -> re.Pattern[str]:
    """Any list head of any kind ("symptoms", "risk factors", "options"), word-bounded."""
    return re.compile(WORD_START + r"(?:" + alternation([h for hs in cues.list_heads.values() for h in hs]) + r")" + WORD_END, re.IGNORECASE)


@per_cue_set
def _risk_rise_lead(cues: RelationCues) -> re.Pattern[str]:
    """A lead-in whose clause says a risk rises (``risk_nouns`` then ``risk_rises`` within a few
    words): "Your chances of developing it are higher if you:", "Your risk goes up if you have:"."""
    return re.compile(
        WORD_START + r"(?:" + alternation(cues.risk_nouns) + r")" + WORD_END + r"(?:\s+[\w'\u2019-]+){0,6}?\s+(?:"
        + alternation(cues.risk_rises) + r")" + WORD_END + r"[^:.;]{0,60}:\s*$",
        re.IGNORECASE,
    )


@per_cue_set
def _things_cause_lead(cues: RelationCues) -> re.Pattern[str]:
    """A lead-in whose subject is a general noun of causes (``cause_list_nouns``: "things",
    "foods", "medicines") and whose verb causes (``cause_forward``), its object six words at most
    before the colon: "Lots of things can set this off:", "Several foods can trigger an attack:"."""
    verbs = [v.split() for v in cues.cause_forward.get("causes", []) if len(v.split()) <= 2 and not v.endswith(("ing", "ed"))]
    # a particle may follow the object ("set this off", "bring it on")
    verb = "|".join(re.escape(v[0]) + (r"(?:\s+[\w'\u2019-]+){0,2}?\s+" + re.escape(v[1]) if len(v) == 2 else "") for v in verbs)
    return re.compile(
        WORD_START + r"(?:" + alternation(cues.cause_list_nouns) + r")\s+" + cues.modal_re + r"(?:" + verb + r")"
        + WORD_END + r"(?:\s+[\w'\u2019-]+){0,6}\s*:\s*$",
        re.IGNORECASE,
    )


#: a pronoun object after a symptom lead's verb ("Make sure your children have them when they're due:"): what they
#: have was named before, the bullets are not findings
_PRONOUN_OBJECT = re.compile(r"\s*(?:them|it|this|these|those|one)(?![\w-])", re.IGNORECASE)
#: nine words or more between a lead-in's cue and its colon: the cue is in another clause of the line
_FAR_FROM_COLON = re.compile(r"(?:\s+[^\s:]+){9,}\s*:\s*$")
_CONDITION_BEFORE = re.compile(r"(?<![\w-])(?:if|when|whenever|unless)\s+$", re.IGNORECASE)


@per_cue_set
def _warning_patterns(cues: RelationCues) -> tuple[re.Pattern[str], re.Pattern[str]]:
    hearsay = re.compile(r"(?:you\s+)?(?:" + alternation(cues.warning_hearsay) + r")\s+", re.IGNORECASE)
    verb = re.compile(r"(?:you\s+)?(?:" + cues.modal_re + r")(?:" + alternation(cues.warning_item_verbs) + r")\s+(?:(?:a|an|any|some)\s+)?", re.IGNORECASE)
    return hearsay, verb


#: A warning item about something other than "you" ("the rash is near your eye") or denying
#: ("you cannot keep fluids down") states a situation, not a finding.
_NOT_FINDING_START = re.compile(r"(?:the|your|a|an|my|his|her|their|it|this|there|are|is|were|was|can|cannot|can't|could|do|does|did|not|unable)(?![\w'-])", re.IGNORECASE)
_NEGATION = re.compile(r"(?<![\w-])(?:not|no|cannot|can't|don't|doesn't|unable|never)(?![\w-])", re.IGNORECASE)
_TREATED = re.compile(r"been\s+(?:treated|given|prescribed|diagnosed|seen|discharged|operated)(?![\w-])", re.IGNORECASE)
_PART_STATE = re.compile(r"(?:(?:an?|the)\s+(?:area|patch|part)\s+of\s+)?(?:your|the)\s+(?P<part>[a-z]+)"
                         # "the skin around the nail is red", "the skin over the joint becomes hot": a part and where it is
                         r"(?:\s+(?:around|near|over|under|on|at|by|next\s+to)\s+(?:the|your|a|an|their|his|her)\s+[a-z-]+)?"
                         r"\s+(?:is|are|feels?|looks?|becomes?|turns?)\s+"
                         r"(?:(?:very|suddenly|more|quite)\s+)?(?=[a-z-]+(?:\s*,|\s+(?:and|or)\s|\s*$))", re.IGNORECASE)


#: the same told by a verb of having and a relative clause ("has skin around the bite that is red, hot and swollen")
_HAS_PART_STATE = re.compile(r"(?:has|have)\s+(?:(?:an?|the|some)\s+)?(?P<part>[a-z]+)"
                             r"(?:\s+(?:around|near|over|under|on|at|by|next\s+to)\s+(?:the|your|a|an|their|his|her)\s+[a-z-]+)?"
                             r"\s+(?:that|which)\s+(?:is|are|feels?|looks?|becomes?|turns?)\s+"
                             r"(?:(?:very|suddenly|more|quite)\s+)?(?=[a-z-]+(?:\s*,|\s+(?:and|or)\s|\s*$))", re.IGNORECASE)


#: A warning bullet of a belief or a worry ("you think you may have it", "you're worried about your child").
_BELIEF = re.compile(r"(?:you|they|someone)\s+(?:think|thinks|suspect|suspects|believe|believes|feel\s+that)(?![\w-])|you(?:\s+are|['\u2019]re)\s+(?:worried|concerned|unsure)(?![\w-])", re.IGNORECASE)
#: a warning bullet's second clause that says its person again ("you have diabetes and you have ear pain", "are pregnant
#: and you have a high temperature"): the first clause is the situation of the advice, the second names the sign
_SITUATION_AND = re.compile(
    r"\s+and\s+(?:you|they|he|she)\s+(?=(?:have|has|get|gets|notice|develop|develops|feel|feels)(?![\w-]))", re.IGNORECASE)
_HAVING_OR_BEING = re.compile(r"(?:(?:you|they|he|she)\s+)?(?:have|has|are|is)(?![\w-])", re.IGNORECASE)
#: Someone other than the reader whose signs a warning bullet names: "your child has ...", "someone is ...".
_OTHER_PERSON = re.compile(
    r"(?:your\s+(?:child|baby|son|daughter|partner|relative)|(?:the|a)\s+(?:child|baby|person)|someone|he|she|they)\s+"
    r"(?=(?:has|have|is|are|seems?|looks?|becomes?|feels?|gets?|develops?|shows?)(?![\w-]))",
    re.IGNORECASE,
)
#: A verb of being in a state, then perhaps an adverb: "are drowsy", "and is confused", "seems unusually sleepy".
_STATE_VERB = re.compile(
    r"(?:^|(?<=\s))(?:(?:and|or)\s+)?(?:you\s+|you(?=['\u2019]re))?(?P<verb>(?:are|is|['\u2019]re|seem|seems|look|looks|become|becomes))(?:\s+also)?(?![\w-])",
    re.IGNORECASE,
)


def _state_items(sentence: str, pos: int, end: int, cues: RelationCues) -> list[Span]:
    """The states a warning bullet opens with ("you are drowsy or confused", "seems unusually sleepy"): each
    feeling adjective after the verb of being, all of the clause (none when a word of it is no feeling)."""
    m = _STATE_VERB.match(sentence, pos, end)
    if m is None:
        return []
    states = feeling_states(sentence, m.end("verb"), cues)
    if not states or sentence[states[-1][1] : end].strip(" .,;"):
        return []  # "you are worried about it", "is drowsy after the fall": not a run of states alone
    return states


@per_cue_set
def _inability_pattern(cues: RelationCues) -> re.Pattern[str]:
    """"cannot swallow", "can't breathe", "are unable to bear weight": an inability (``symptom_inabilities``), a sign."""
    return re.compile(
        r"(?<![\w-])(?:you\s+|they\s+|(?:are|is|be|were)\s+)?(?P<item>(?:" + NOT_ABLE + r"|unable\s+to)\s+"
        r"(?:" + alternation(cues.symptom_inabilities) + r"))(?![\w-])",
        re.IGNORECASE,
    )


#: a state named by a gerund, with one word of its object, before an inability ("are drooling and cannot swallow", "you're
#: losing weight or can't keep food down"): a sign of its own (not care: "are taking tablets and cannot swallow")
_GERUND_STATE_BEFORE = re.compile(
    r"(?:(?:you\s+|they\s+)?are|is|you['\u2019]re|they['\u2019]re)\s+"
    r"(?P<g>(?!(?:taking|using|having|getting|seeing|waiting|trying|going|starting|stopping)\s)[a-z]+ing(?:\s+[a-z]+){0,2})\s+(?:and|or)\s+$",
    re.IGNORECASE)


#: What may follow an inability within its clause and keep it a sign: "at all" (not a manner: "can't breathe properly" stays
#: none, as test_spread_and_tendencies pins) or an object of the
#: person's own ("it", "their saliva", "your arm"), up to the clause's end.
_INABILITY_TAIL = re.compile(
    r"(?P<tail>\s+(?:at\s+all|it|them|(?:their|your|his|her|my)\s+(?:own\s+)?(?P<noun>[a-z]+)"
    r"(?:\s+(?:at\s+all|properly|normally))?))(?=\s*(?:[,.;:!)]|$)|\s+(?:and|or)\s)",
    re.IGNORECASE,
)


def _care_word(noun: Optional[str], cues: RelationCues) -> bool:
    """Whether the object after an inability names care or a medicine ("cannot see your GP", "can't swallow your tablets")."""
    if not noun:
        return False
    n = noun.lower()
    return (n in cues.lower_sets["agent_words"] or n in cues.lower_sets["care_contacts"] or n in cues.lower_sets["care_places"]
            or n in cues.lower_sets["intervention_words"] or n in cues.lower_sets["dosage_form_words"] or n.rstrip("s") in cues.lower_sets["dosage_form_words"])


def _inabilities(sentence: str, pos: int, end: int, cues: RelationCues) -> list[Span]:
    """The inabilities a warning bullet names ("are drooling and cannot swallow": "drooling", "cannot swallow"): an
    inability is a finding, not a denial (CLAIMS_SPEC.md); none when another word follows it in the clause ("cannot
    swallow your tablets")."""
    items: list[Span] = []
    for m in _inability_pattern(cues).finditer(sentence, pos, end):
        tail = _INABILITY_TAIL.match(sentence, m.end(), end)
        if tail is not None and not _care_word(tail.group("noun"), cues):
            # "cannot pass urine at all", "you cannot move it", "cannot swallow their saliva": the inability with its degree
            # or the body's own object (not "cannot see your GP": care)
            items.append((m.start("item"), tail.end("tail")))
            continue
        if sentence[m.end() : end].strip(" .,;") and not re.match(r"\s*(?:,|and\s|or\s)", sentence[m.end() : end]):
            return []
        before = _GERUND_STATE_BEFORE.search(sentence[pos : m.start()])
        if before and not items:
            items.append((pos + before.start("g"), pos + before.end("g")))
        items.append(m.span("item"))
    return items


def warning_items(sentence: str, cues: RelationCues, known: Optional[Known], finding: Optional[Known]) -> list[RelationMention]:
    """The warning signs a bullet under a care-seeking lead-in names, as symptom claims.

    "you have a temperature of 38C or above, or shivering" gives the two findings after the verb
    of having; "wake up with headaches or a dry mouth" the headaches and the dry mouth; "have been
    told you stop breathing or gasp in your sleep" and "snore loudly most nights" the verb phrases
    themselves. Items about something else ("the rash is near your eye") or denied ("you cannot
    keep fluids down") are none; with the linker, an item must name a finding (``finding``).
    """
    lead = LIST_MARK.match(sentence).end()
    end = len(sentence)
    stop = re.search(r"[;:]|\.\s|\s[\u2013\u2014-]\s|\(|,\s+(?:so|but|and\s+then)\s", sentence[lead:])
    if stop:
        end = lead + stop.start()
    hearsay, verb = _warning_patterns(cues)
    pos = lead
    h = hearsay.match(sentence, pos, end)
    if h:
        pos = h.end()
    if _BELIEF.match(sentence, pos, end):
        return []  # "you think you or your child may have meningitis": a belief, no sign
    other = _OTHER_PERSON.match(sentence, pos, end)
    if other:
        pos = other.end()  # "your child has a fever", "someone is very drowsy": the signs are the other person's, as yours
    situation = _SITUATION_AND.search(sentence, pos, end)
    if situation and _HAVING_OR_BEING.match(sentence, pos, end):
        pos = situation.end()  # "you have diabetes and you have ear pain": the situation, then the sign
    clauses = _verb_clauses(sentence, pos, end)
    if len(clauses) > 1:
        # "is breathing fast or has chest pain": each clause of the lead-in's person on its own, as a bullet of its own
        return [it for a, b in clauses for it in warning_items(" " * a + sentence[a:b] + " " * (len(sentence) - b), cues, known, finding)]
    states = _state_items(sentence, pos, end, cues) or _inabilities(sentence, pos, end, cues) or _progressive_states(sentence, pos, end, cues)
    if states:
        return [list_mention("symptom", it, None, "bullet:warning", (0, len(sentence))) for it in states]  # "you are drowsy or confused"
    v = verb.match(sentence, pos, end)
    if v and _TREATED.match(sentence, v.end(), end):
        return []  # "you have been treated for cellulitis and the redness has not improved": a course of care
    part = _PART_STATE.match(sentence, pos, end) or _HAS_PART_STATE.match(sentence, pos, end)
    if part and part.group("part").lower() in cues.lower_sets["body_sites"]:
        # "an area of your skin is red, hot and painful and is getting bigger": how the part is, each word a sign
        states = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", sentence[part.end() : end])
        items, at = [], part.end()
        for word in states:
            at = sentence.index(word, at) if word else at
            if not re.fullmatch(r"[a-z-]+", word):
                break  # "and is getting bigger": a change, not a state
            items.append((at, at + len(word)))
            at += len(word)
        return [list_mention("symptom", it, None, "bullet:warning", (0, len(sentence))) for it in items]
    if v:
        also = _STATE_VERB.search(sentence, v.end(), end)
        second = [] if also is None or also.start() == v.start() else feeling_states(sentence, also.end("verb"), cues)
        stop = also.start() if second else end  # "has a fever with cold hands and feet and is drowsy or confused"
        items = [it for it in list_items(sentence, (v.end(), stop), cues, known)
                 if _symptom_item(sentence, it, cues) and not _preposition_first(sentence, it, cues)]
        items = fixed_pairs_merged(sentence, [part for it in items for part in coordinated(sentence, it, cues, known)], cues)
        items = fixed_pairs_merged(sentence, _paired_findings(sentence, items, cues, known), cues) + second  # "pins and needles": one
    else:
        y = re.match(r"you(?:['\u2019]re)?\s+(?:also\s+)?", sentence[pos:end], re.IGNORECASE)
        pos += y.end() if y else 0
        if _NEGATION.search(sentence, pos, end):
            return []
        article = re.match(r"(?:a|an)\s", sentence[pos:end], re.IGNORECASE)
        if article and not is_clause(sentence[pos:end], cues):
            # "a sudden severe headache": a finding named as a noun phrase
            items = [it for it in list_items(sentence, (pos, end), cues, known) if _symptom_item(sentence, it, cues)]
            if finding is not None:
                items = [it for it in items if finding(sentence[it[0] : it[1]])]
            return [list_mention("symptom", it, None, "bullet:warning", (0, len(sentence))) for it in items]
        if _NOT_FINDING_START.match(sentence, pos):
            return []
        items = verb_phrases(sentence, (pos, end), cues)
    # "you're over 50 and have a change in your bowel habit": the age is who, no sign; the verb of having is no part of it
    items = [(hv.end(), it[1]) if (hv := _HAVE_LEAD.match(sentence, it[0], it[1])) else it
             for it in items if not _AGE_ITEM.match(sentence, it[0], it[1])]
    # "you have a weakened immune system", "are pregnant": who should seek care sooner, no sign
    items = [it for it in items if not _risk_state(sentence[it[0] : it[1]], cues)]
    # "symptoms that last more than 3 weeks", "repeated episodes of bronchitis": the condition's own course, no sign
    items = [it for it in items if not _COURSE_ITEM.match(sentence, it[0], it[1])]
    if finding is not None and not h:  # what others saw you do ("told you stop breathing") is a sign as such
        items = [it for it in items if finding(sentence[it[0] : it[1]])]  # last: it asks the linker
    return [list_mention("symptom", it, None, "bullet:warning", (0, len(sentence))) for it in items]


#: a warning item naming the condition's course: its symptoms, episodes or bouts as such ("symptoms that last more than
#: 3 weeks", "repeated episodes of bronchitis", "frequent bouts"), no finding (CLAIMS_SPEC.md: a worsening or the
#: condition itself names none)
_COURSE_ITEM = re.compile(
    r"(?:(?:the|your|their|any|these|those|his|her)\s+)?(?:(?:repeated|recurrent|frequent|further|more|new|ongoing|persistent|regular)\s+)?"
    r"(?:symptoms|episodes|bouts)(?![\w-])", re.IGNORECASE)


#: the verbs that open a clause of a warning bullet whose subject is the lead-in's ("if your child:" then "is breathing
#: fast or has chest pain"), and the coordination that opens a second such clause
_CLAUSE_VERB = r"(?:is|are|has|have|seems?|looks?|cannot|can['\u2019]t|isn['\u2019]t|hasn['\u2019]t|won['\u2019]t)(?![\w'\u2019-])"
_CLAUSE_JOIN = re.compile(r",?\s+(?:and|or)\s+(?=" + _CLAUSE_VERB + r")", re.IGNORECASE)
#: a change or a course of the condition named by a gerund ("is getting bigger", "is not improving"): no finding
_CHANGE_GERUNDS = frozenset({"getting", "becoming", "spreading", "growing", "going", "improving", "worsening", "coming", "lasting", "taking", "using"})
#: a state of difficulty ("hard to wake", "difficult to rouse")
_HARD_TO = re.compile(r"(?:(?:very|really)\s+)?(?:hard|difficult|impossible)\s+to\s+[a-z]+", re.IGNORECASE)


def _gerund(word: str) -> bool:
    """Whether a word in -ing is a verb's gerund ("vomiting", "breathing", "running")."""
    stem = word[:-3]
    return len(stem) > 1 and (is_base_verb(stem) or is_base_verb(stem + "e") or (len(stem) > 2 and stem[-1] == stem[-2] and is_base_verb(stem[:-1])))


def _verb_clauses(sentence: str, pos: int, end: int) -> list[Span]:
    """The clauses of a warning bullet that opens with a verb and joins another verb by "and"/"or" ("is breathing fast
    or has chest pain", "is not drinking and has not had a wet nappy"): one span each (one alone when not so joined)."""
    if not re.match(_CLAUSE_VERB, sentence[pos:end], re.IGNORECASE):
        return [(pos, end)]
    out, at = [], pos
    for m in _CLAUSE_JOIN.finditer(sentence, pos, end):
        out.append((at, m.start()))
        at = m.end()
    return out + [(at, end)]


def _progressive_states(sentence: str, pos: int, end: int, cues: RelationCues) -> list[Span]:
    """The states a warning clause names after a verb of being when they are not all feelings: a gerund with at most one
    adverb ("is breathing fast", "is vomiting", "is not drinking") or a difficulty ("hard to wake"), in a list with
    feelings ("is very sleepy, confused or hard to wake"); none when a part is anything else ("is getting bigger")."""
    m = _STATE_VERB.match(sentence, pos, end)
    if m is None:
        return []
    rest = (m.end("verb"), end)
    text = sentence[rest[0] : rest[1]]
    items: list[Span] = []
    at = rest[0]
    for part in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text):
        part = part.strip(" .;")
        if not part:
            continue
        start = sentence.index(part, at)
        at = start + len(part)
        words = part.lower().split()
        gerund = words[1:] if words[0] == "not" else words
        if (_HARD_TO.fullmatch(part)
                or (len(words) == 1 and re.fullmatch(r"[a-z]+", words[0]) and is_modifier(words[0]) and not _risk_state(part, cues)
                    and words[0] not in cues.lower_sets["prepositions"] and words[0] not in _CHANGE_GERUNDS)
                or (gerund and gerund[0].endswith("ing") and gerund[0] not in _CHANGE_GERUNDS and len(gerund) <= 2 and _gerund(gerund[0]))
                or feeling_states(" " + part, 0, cues) and feeling_states(" " + part, 0, cues)[-1][1] == len(part) + 1):
            items.append((start, at))
        else:
            return []
    return items if any(not feeling_states(" " + sentence[a:b], 0, cues) for a, b in items) else []


def _risk_state(text: str, cues: RelationCues) -> bool:
    """Whether a warning item names a state of the reader that puts them at risk (:func:`risk_state`)."""
    return risk_state(text, cues)


#: an age group in a warning bullet ("over 50", "aged 65 or over"), and a verb of having that opens an item
_AGE_ITEM = re.compile(r"(?:over|under|aged|older\s+than|younger\s+than)\s+\d", re.IGNORECASE)
_HAVE_LEAD = re.compile(r"(?:have|has|get|gets)\s+(?:(?:a|an|any|some)\s+)?(?=\w)", re.IGNORECASE)


# the module's patterns scan only the sentences that hold one of their needed words (speed, same matches)
globals().update(prefiltered_globals(globals()))


#: A lead-in whose writer advises what its bullets name: "That's why I recommend:", "We would suggest:", "I'd
#: strongly advise:" (the advising verb ends the line).
_ADVISING_LEAD = re.compile(
    r"(?<![\w-])(?:i|we)(?:['\u2019]d|\s+would)?\s+(?:\w+ly\s+)?(?P<verb>recommend|suggest|advise|encourage|urge)\s*:$", re.IGNORECASE
)
#: A lead-in whose bullets are the means of an aim: "You can help your eyes by:", "You can lower your risk by:".
_MEANS_LEAD = re.compile(
    r"(?<![\w-])(?:(?:you|we|they|it)\s+(?P<modal>can|could|may|might)\s+(?:also\s+)?)?"
    r"(?:help|ease|reduce|lower|prevent|protect|manage|improve|relieve|soothe|cut)\s+[\w'\u2019 -]{0,40}?by\s*:$",
    re.IGNORECASE,
)
#: A bullet that opens with a gerund ("stopping smoking", "taking regular breaks from screens").
_GERUND_ITEM = re.compile(r"[\s*\u2022\u25aa\u25cf-]*(?P<gerund>[A-Za-z][a-z]+ing)(?![\w-])")  # "• stopping smoking", "• Quitting smoking"
#: Where a gerund item ends: a comma, a condition, a purpose, or "and" before the next gerund.
_GERUND_END = re.compile(r"\s*(?:[,;:(]|\s(?:if|when|unless|because|so|to\s+(?:help|reduce|ease|prevent|stop))\s|$)|\s+(?:and|or)\s+(?=[a-z]+ing(?![\w-]))", re.IGNORECASE)


def gerund_advice_strength(line: str) -> Optional[str]:
    """The strength of the advice a lead-in gives for the gerunds of its bullets: "That's why I recommend:"
    ``should``, "I'd suggest:" and "You can help your eyes by:" ``may``; None for any other line."""
    low = line.strip()
    adv = _ADVISING_LEAD.search(low)
    if adv is not None:
        return "may" if adv.group("verb").lower() == "suggest" else "should"
    means = _MEANS_LEAD.search(low)
    if means is not None:
        return "may" if means.group("modal") else "should"
    return None


#: A lead-in by which a clinician of the reader's advises the treatments of its bullets ("If medicines don't help, your
#: urologist may recommend:", "Your GP might suggest:", "your doctor will usually refer you for:"), or by which the reader
#: is offered them ("You may be offered:", "You might be referred for:"); not what the page's own provider does ("Our
#: doctors may recommend:", "We offer:": treatments only, CLAIMS_SPEC.md).
_ADVISED_LEAD = re.compile(
    r"(?:(?<![\w-])your\s+(?:[\w'\u2019-]+\s+){0,2}?(?P<agent>[\w-]+)\s+|(?<![\w-])you\s+|(?<![\w'-])(?P<bare>[a-z][\w-]*s)\s+"
    r"|(?<![\w-])(?:a|an|the)\s+(?:local\s+)?(?P<single>[\w-]+)\s+)"
    r"(?P<modal>may|might|can|could|will|would)\s+(?:(?:also|usually|often|then|first|sometimes)\s+)?"
    r"(?:(?P<verb>recommend|suggest|advise)|refer\s+you\s+(?:to|for)|be\s+(?:offered|referred\s+(?:to|for)))"
    r"(?:\s+(?:one\s+or\s+more\s+of\s+)?(?:the\s+following|these|treatments?|options?))?(?:\s+such\s+as)?\s*:$",
    re.IGNORECASE,
)


def advised_lead_strength(line: str, cues: RelationCues) -> Optional[str]:
    """The strength of the recommendation a treatment lead-in makes of each of its bullets: ``may`` for "your
    urologist may recommend:", "dermatologists may suggest:" or "You may be offered:", ``should`` for "will"; None for any other line (CLAIMS_SPEC.md:
    what a clinician may suggest or the reader may be offered is a treatment claim and a recommendation)."""
    m = _ADVISED_LEAD.search(line.strip())
    if m is None or (m.group("agent") is not None and not agent_word(m.group("agent").lower(), cues)):
        return None
    if m.group("single") is not None and not agent_word(m.group("single").lower(), cues):
        return None  # "A pharmacist can recommend:" (a clinician named with an article), not "The leaflet may suggest:"
    if m.group("bare") is not None and (not agent_word(m.group("bare").lower(), cues)
                                        or re.search(r"(?<![\w-])(?:our|we)(?![\w-])", line[: m.start("bare")], re.IGNORECASE)):
        return None  # "dermatologists may suggest:" (clinicians named without "your"), not "treatments may include:" nor the
        # page's own provider ("Our sports medicine physicians may recommend:": what it does, treatments only)
    return "should" if m.group("modal").lower() == "will" else "may"


def advised_items(sentence: str, found: list[RelationMention], strength: str) -> list[RelationMention]:
    """A recommendation of each intervention a bullet names under an advising lead-in (:func:`advised_lead_strength`),
    with the intervention's span: "• Sacral neuromodulation, in which ..." under "your urologist may recommend:"."""
    items = [m for m in found if m.kind == "treatment" and m.rule == "bullet"]
    ingredients = next((m for m in items if _INGREDIENTS_AFTER.search(sentence[m.subject[0] : m.subject[1]])), None)
    if ingredients is not None:  # "shampoos containing selenium sulphide, zinc pyrithione or coal tar": one product advised,
        items = [m for m in items if m.subject[0] <= ingredients.subject[0]]  # what it contains is its own clause's
    return [RelationMention("recommendation", m.subject, None, None, "recommendation:advised list", m.subject, strength=strength)
            for m in items]


#: What a product contains, inside an advised item: "shampoos containing selenium sulphide", "a cream that contains urea".
_INGREDIENTS_AFTER = re.compile(r"\s(?:containing|that\s+contains?|which\s+contains?|with)\s", re.IGNORECASE)


def gerund_advice_items(sentence: str, strength: str) -> list[RelationMention]:
    """The recommendations of a bullet that opens with a gerund under an advising lead-in, one per coordinated
    gerund ("• stopping smoking and avoiding smoky places": 'stopping smoking', 'avoiding smoky places', the
    second against); none when the bullet does not open with a gerund."""
    m = _GERUND_ITEM.match(sentence)
    if m is None or m.group("gerund").lower() in ("nothing", "something", "anything", "everything", "morning", "evening", "spring"):
        return []
    out: list[RelationMention] = []
    start = m.start("gerund")
    while start < len(sentence):
        end = _GERUND_END.search(sentence, start + len(sentence[start:].split(" ", 1)[0]))
        stop = end.start() if end else len(sentence)
        word = sentence[start:stop].split(" ", 1)[0].lower()
        if stop > start:
            out.append(RelationMention("recommendation", (start, stop), None, None, "recommendation:gerund advice", (start, stop),
                                       strength=strength, against=word == "avoiding"))
        nxt = re.match(r"\s+(?:and|or)\s+(?=[a-z]+ing(?![\w-]))", sentence[stop:]) if end else None
        if nxt is None:
            break
        start = stop + nxt.end()
    return out
