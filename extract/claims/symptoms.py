"""Symptom claims stated in prose: lists of symptoms, experiencers ("patients often experience X",
"you may feel sick"), definitions ("Y is characterized by X"), ranked signs and descriptions.
"""

from __future__ import annotations

from typing import Optional

from extract import regexcache as re
from extract.claims.cues import RelationCues, alternation, intervention_word, per_cue_set
from extract.claims.grammar import (
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
)
from extract.claims.phrases import PLACE, Known, Span, _adjective, left_phrase, right_phrase, trim, words
from extract.claims.recommendations import IN_CONDITION, is_title_case


def experienced_symptoms(
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
        if IN_CONDITION.search(sentence, 0, m.start()):
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
            if not (is_outcome(sentence, s, cues) or is_pronoun(sentence, s, cues) or is_condition(text, cues, condition)) and finding(text) and (known is None or known(text) or known(" ".join(text.split()[-2:]))):
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
        if is_outcome(sentence, s, cues) or (weak and not felt and s not in explained and finding is not None and not finding(text)):
            continue  # "patients report meaningful pain relief", "feel the difference"
        if weak and condition is not None and condition(text):
            continue  # "people who develop knee osteoarthritis": the condition itself
        if have and (is_pronoun(sentence, s, cues) or not _finding_noun_head(text, cues) or _AFTER_TREATMENT.match(sentence, s[1])
                     or re.search(r"(?<![\w-])(?:no|with)\s+(?:\w+\s+)?$", sentence[pos : s[0]], re.I)):
            continue  # "you may have a scan", "pain after the operation", "have no pain", "have with your pain consultant"
        out.append(RelationMention("symptom", s, cond, None, f"symptom:{verb}", (start, s[1])))
    return max([pos] + [s[1] for s in items])


def _feelings(sentence: str, pos: int, cues: RelationCues) -> list[Span]:
    """The feeling adjectives after "feel" ("sick", "tired and dizzy"), with a coordinated "be sick"."""
    adj = r"(?:(?:very|quite|so|really|extremely|generally|a\s+bit|a\s+little)\s+)?(?P<adj>" + alternation(cues.symptom_feelings) + r")" + WORD_END
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
        r"\s*,?\s+(?:and|or|but)\s+(?:also\s+)?" + LIKELY_TO + cues.modal_re
        + r"(?P<verb>" + alternation(cues.symptom_verbs + cues.symptom_onset_verbs) + r")" + WORD_END,
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
    r"|,\s+so\s+(?!that\s|as\s|much\s|many\s|far\s)",  # "..., so doctors often look for depression first"
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
    }


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
        if cond is None or is_pronoun(sentence, cond, cues):
            continue
        items = [_finding_span(sentence, s, known) for s in items if finding is None or _finding_head(sentence, s, known, finding)]
        add(items, cond, f"symptom:{verb}", cond[0])
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
        if len(part) > 1 and (known is None or known(part[-1]) or len(part[-1]) > 2) and not is_pronoun(sentence, m.span("part"), cues):
            span = (m.start("part") + len(part[0]) + 1, m.end())
            if part[-1] not in cues.lower_sets["generic_arguments"]:
                add([span], None, f"symptom:{m.group('verb').lower()}", m.start())
    for m in p["difficulty"].finditer(sentence):
        begin = max((x.end() for x in _ACTIVITY_LEAD.finditer(sentence, 0, m.start())), default=None)
        if begin is None:
            continue
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


def condition_symptoms(sentence: str, pos: int, objs: list[Span], cues: RelationCues, known: Optional[Known]) -> list[Span]:
    """What a condition causes, read as symptoms: the symptom list after the verb ("throbbing pain, often
    with nausea and sensitivity to light": three), else the cause rule's objects."""
    return symptom_list(sentence, (pos, list_end_at(sentence, pos)), cues, known) or objs


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
    """The compiled patterns of :func:`prose_symptoms` (ranked signs, descriptions, named findings, onsets)."""
    nouns = alternation(cues.symptom_finding_nouns)
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
            r"\s+" + _ADV + _COPULA_SIGN + r"\s+" + _ADV + r"(?:one\s+of\s+)?(?:the|its|their|a|an)\s+(?:very\s+)?" + ranks
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
            r"|their\s+[\w-]+)|describ(?:es|e|ed)\s+(?:it|them|this|the\s+[\w-]+|their\s+[\w-]+))\s+as\s+",
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

    def add(span: Optional[Span], obj: Optional[Span], rule: str, start: int) -> None:
        if span is None or is_pronoun(sentence, span, cues):
            return
        if obj is not None and is_pronoun(sentence, obj, cues):
            obj = None
        out.append(RelationMention("symptom", span, obj, None, rule, (min(start, span[0]), span[1])))

    for m in p["ranked"].finditer(sentence):
        if IN_CONDITION.search(sentence, 0, m.start()):
            continue
        obj = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        for s in _symptom_items(sentence, m.end(), cues, known):
            if not (is_outcome(sentence, s, cues) or is_condition(sentence[s[0] : s[1]], cues, condition)):
                add(s, obj, f"symptom:{m.group('noun').lower()} is", m.start())
    for m in p["ranked_back"].finditer(sentence):
        subj = left_phrase(sentence, m.start(), cues)
        if sentence[: m.start()].rstrip().endswith(","):
            # "Postherpetic neuralgia (PHN), persistent pain after the rash has healed, is ...": the subject before the apposition
            first = sentence_subject(sentence, cues)
            subj = first if first is not None and "," in sentence[first[1] : m.start()] else None
        if subj is None or is_generic(sentence, subj, cues) or is_outcome(sentence, subj, cues) and not re.search(r"\d", sentence[subj[0] : subj[1]]):
            continue
        if re.match(r"(?:the|a|an|its|their)?\s*(?:" + alternation(cues.symptom_ranks) + r")?\s*(?:" + alternation(cues.symptom_rank_nouns) + r")$",
                    sentence[subj[0] : subj[1]], re.I):
            continue  # "The main symptom is the most common complaint": no finding named
        obj = right_phrase(sentence, m.start("obj"), cues, stop=m.end("obj")) if m.group("obj") else None
        add(subj, obj, f"symptom:is {m.group('noun').lower()}", subj[0])
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
        span = trim(sentence, (m.end(), list_end_at(sentence, m.end())), cues)
        if span is not None and _prose_finding(sentence, span, cues, finding) and not is_condition(sentence[span[0] : span[1]], cues, condition):
            add(span, None, "symptom:described as", m.start())
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
        obj = who if who is not None and is_condition(sentence[who[0] : who[1]], cues, condition) else None
        for s in _symptom_items(sentence, m.end(), cues, known):
            if _prose_finding(sentence, s, cues, finding) and not is_outcome(sentence, s, cues):
                add(s, obj, "symptom:starts with", m.start())
    if subj is not None and not (is_outcome(sentence, subj, cues) or is_generic(sentence, subj, cues)):
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
            if not (is_outcome(sentence, s, cues) or is_pronoun(sentence, s, cues)):
                add(s, None, f"symptom:find {m.group('tail').lower()}", m.start())


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
