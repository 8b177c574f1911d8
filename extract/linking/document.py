"""A document's own concepts for its general mentions: "the surgery" on a carpal tunnel page.

A bare mention that says no more than a kind of intervention ("surgery", "the operation",
"stimulator", "injections") links to a general concept (Surgery, Neuromodulation, ...). A
reader takes it to mean the specific one the page is about: on a page that names "carpal tunnel
release" it is that operation, on one that names "spinal cord stimulation" the stimulator is
that device. :func:`resolve_general_mentions` does the same: a general mention takes the
specific concept its own document names most often (first named on a tie) among those whose
names share one of the general concept's head words ("carpal tunnel surgery" shares
"surgery") and whose semantic type is the general concept's (a pain clinic is no medicine). Mentions with words of their own ("another operation", "permanent stimulator") and
documents that name no such concept keep what they linked to.

A condition mention that only refers back to the condition the page is about ("it", "they",
"this condition", "these attacks", "a flare") links to nothing of its own;
:func:`resolve_condition_references` gives it the condition the document's claims name most
often as the condition of a symptom or a treatment (first named on a tie), when it links to
nothing; a document whose claims name none gives it the condition its title names
(:func:`page_condition`), if any.

A treatment or a recommendation that names its intervention only by a pronoun or a bare dosage
form ("Use them every day", "take these tablets" after "Emollients ...", "Antihistamines ...")
links to nothing of its own; :func:`resolve_intervention_references` gives it the intervention the
document's treatments and recommendations named last before it, a few sentences back at most.

A claim that leaves its condition unwritten (a treatment in a bullet under "Treatment options", a
symptom under "Symptoms", a cause in "Other causes include ...") is about the condition the page
is about. :func:`page_condition` finds it where a reader does, in the title, and only when the
title and the claims agree: a condition the claims write (exactly linked) that a title line names
as a whole name ("Gout: what to eat", not "Harbour Arthritis Clinic", "Pain Med Neuromodul.
2024;11(2)", "Iron deficiency anaemia" for anaemia or "Pain After Failed Back Surgery" for
pain). :func:`fill_implicit_conditions` gives it to the claims as an ``implicit`` mention of the
title's words, unless the claim's own argument is that condition. A wrong condition is worse
than none (a downstream join on it is silent corruption): precision first, measured by
``python -m extract.evaluation.page_conditions`` against ``tests/gold/page_conditions.json``.

Pure functions over claim records; the head words are data (``general_concepts`` in
``data/linking.json``, with the ``name_extenders`` of titles), the names come from the curated vocabulary.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import Callable, Mapping, Optional, Sequence

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.records.models import Candidate, Concept, MeasureConcept, Mention

#: ``concept id -> (its semantic type, its names)`` (preferred name and synonyms, any case);
#: ``(None, ())`` for a concept it does not know.
NamesFn = Callable[[str], tuple[Optional[str], Sequence[str]]]
#: Mention fields of each qualitative claim type.
MENTION_FIELDS: dict[str, tuple[str, ...]] = {
    "cause": ("cause", "effect"),
    "symptom": ("symptom", "condition"),
    "treatment": ("intervention", "condition"),
    "recommendation": ("action", "population", "instead_of"),
}
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _concepts_named(claims: Sequence) -> list[Concept]:
    """Every concept the document's claims name, in document order (figures' interventions too)."""
    found: list[tuple[int, Concept]] = []
    for claim in claims:
        if claim.type == "statistic":
            c = claim.measure.intervention_concept
            if c is not None:
                found.append((claim.evidence.start, c))
            continue
        for name in MENTION_FIELDS.get(claim.type, ()):
            m = getattr(claim, name)
            if m is not None and m.concept is not None:
                found.append((m.start, m.concept))
    return [c for _, c in sorted(found, key=lambda x: x[0])]


def specific_for(general_id: str, heads: frozenset[str], named: Sequence[Concept], names: NamesFn,
                 general: Mapping[str, frozenset[str]]) -> Optional[Concept]:
    """The specific concept a document means by a general one: among the concepts it names of
    the same semantic type whose names share a head word with ``general_id``, the most often
    named (first on a tie)."""
    counts: Counter[str] = Counter()
    first: dict[str, Concept] = {}
    kind = names(general_id)[0]
    for c in named:
        if c.id == general_id or c.id in general:
            continue
        c_kind, c_names = names(c.id)
        if kind is not None and c_kind == kind and any(heads & set(_words(n)) for n in c_names):
            counts[c.id] += 1
            first.setdefault(c.id, c)
    if not counts:
        return None
    best = max(counts, key=lambda cid: (counts[cid], -list(first).index(cid)))
    return first[best]


def resolve_mention(mention: Optional[Mention], named: Sequence[Concept], names: NamesFn,
                    general: Mapping[str, frozenset[str]], leading: frozenset[str]) -> Optional[Mention]:
    """``mention`` with the document's specific concept when it is a bare general mention."""
    if mention is None or mention.concept is None or mention.concept.id not in general:
        return mention
    heads = general[mention.concept.id]
    ws = [w for w in _words(mention.text) if w not in leading]
    if not ws or any(w not in heads for w in ws):
        return mention  # "another operation", "permanent stimulator": words of its own
    specific = specific_for(mention.concept.id, heads, named, names, general)
    if specific is None:
        return mention
    old = mention.concept
    candidates = [Candidate(id=old.id, vocabulary=old.vocabulary, name=old.name, score=old.score)]
    candidates += [c for c in old.candidates if c.id != specific.id][: max(0, len(old.candidates) - 1)]
    concept = Concept(
        id=specific.id, vocabulary=specific.vocabulary, name=specific.name, score=old.score,
        alias=specific.alias, candidates=candidates, from_document=True,
    )
    return mention.model_copy(update={"concept": concept})


def resolve_general_mentions(claims: Sequence, names: NamesFn, general: Mapping[str, frozenset[str]],
                             leading: frozenset[str]) -> list:
    """The document's ``claims`` with their bare general mentions resolved (see the module
    docstring); other claims and mentions unchanged. Group keys are left to the caller."""
    named = _concepts_named(claims)
    out = []
    for claim in claims:
        fields = MENTION_FIELDS.get(claim.type, ())
        update = {}
        for name in fields:
            m = getattr(claim, name)
            r = resolve_mention(m, named, names, general, leading)
            if r is not m:
                update[name] = r
        out.append(claim.model_copy(update=update) if update else claim)
    return out


#: Mention fields that name an intervention a claim is about: a treatment's, a recommendation's action.
INTERVENTION_FIELDS: dict[str, tuple[str, ...]] = {"treatment": ("intervention",), "recommendation": ("action",)}
#: How far back (characters) an intervention named before a mention that only refers to one may be.
ANTECEDENT_WINDOW = 600


def intervention_reference(verbs: frozenset[str], pronouns: frozenset[str], determiners: frozenset[str],
                           forms: frozenset[str]) -> Callable[[str], bool]:
    """Whether a mention names an intervention only by referring back to one: a pronoun ("it",
    "them"), or a determiner and a bare dosage form ("these tablets", "the cream"), alone or after
    verbs of taking ("Take it every day", "keep taking them", "Apply the cream thinly"), whatever
    follows (when, how often, where)."""

    def is_reference(text: str) -> bool:
        ws = _words(text)
        i = 0
        while i < len(ws) and i < 3 and ws[i] in verbs:
            i += 1
        if i < len(ws) and ws[i] in pronouns and (ws[i] not in determiners or i + 1 == len(ws)):
            return True  # "it", "them"; "these" as a pronoun only at the end ("these exercises" names its own)
        return i + 1 < len(ws) and ws[i] in determiners and ws[i + 1] in forms

    return is_reference


def resolve_intervention_references(claims: Sequence, is_reference: Callable[[str], bool],
                                    is_intervention: Callable[[str], bool], window: int = ANTECEDENT_WINDOW) -> list:
    """The document's ``claims`` with a treatment's intervention or a recommendation's action that
    links to nothing and only refers back to an intervention (:func:`intervention_reference`:
    "Use them every day" after "Emollients ...") linked to the intervention the document named
    last before it, at most ``window`` characters back, as a reader resolves the pronoun; other
    claims and mentions unchanged. Group keys are left to the caller."""
    named = sorted(
        ((m.start, m.concept)
         for claim in claims
         for name in INTERVENTION_FIELDS.get(claim.type, ())
         if (m := getattr(claim, name)) is not None and m.concept is not None and not m.concept.from_document
         and is_intervention(m.concept.id)),
        key=lambda pair: pair[0],
    )
    starts = [start for start, _ in named]
    out = []
    for claim in claims:
        update = {}
        for name in INTERVENTION_FIELDS.get(claim.type, ()):
            m = getattr(claim, name)
            if m is None or m.concept is not None or not is_reference(m.text):
                continue
            at = bisect_left(starts, m.start) - 1  # the last intervention named before the mention
            if at >= 0 and starts[at] >= m.start - window:
                c = named[at][1]
                update[name] = m.model_copy(update={"concept": c.model_copy(update={"from_document": True, "candidates": []})})
        out.append(claim.model_copy(update=update) if update else claim)
    return out


#: Mention fields that name the condition a claim is about, or may refer back to it: a symptom's
#: or treatment's condition, a cause's effect ("... can trigger it") and cause ("It can cause ...").
CONDITION_FIELDS: dict[str, tuple[str, ...]] = {
    "symptom": ("condition",),
    "treatment": ("condition",),
    "cause": ("effect", "cause"),
}


def document_condition(claims: Sequence, is_reference: Callable[[str], bool]) -> Optional[Concept]:
    """The condition a document is about: the concept its claims name most often as the
    condition of a symptom or a treatment (first named on a tie), references left out."""
    counts: Counter[str] = Counter()
    first: dict[str, Concept] = {}
    for claim in sorted((c for c in claims if c.type in ("symptom", "treatment")), key=lambda c: c.evidence.start):
        m = claim.condition
        if m is not None and m.concept is not None and not m.concept.from_document and not is_reference(m.text):
            counts[m.concept.id] += 1
            first.setdefault(m.concept.id, m.concept)
    if not counts:
        return None
    order = list(first)
    return first[max(counts, key=lambda cid: (counts[cid], -order.index(cid)))]


def reference_words(references: frozenset[str], episodes: frozenset[str], leading: frozenset[str]) -> Callable[[str], bool]:
    """Whether a mention only refers back to a page's condition: made of ``references`` ("it",
    "the condition") and ``episodes`` ("attacks", "a flare") after ``leading`` words, with at
    least one of them."""

    def is_reference(text: str) -> bool:
        ws = [w for w in _words(text) if w not in leading]
        return bool(ws) and all(w in references or w in episodes for w in ws)

    return is_reference


def resolve_condition_references(claims: Sequence, references: frozenset[str], episodes: frozenset[str],
                                 leading: frozenset[str], fallback: Optional[Concept] = None,
                                 related: Optional[Callable[[str], Sequence[str]]] = None) -> list:
    """The document's ``claims`` with their condition mentions that only refer back to the page's
    condition (see the module docstring) linked to it; other claims and mentions unchanged. Group
    keys are left to the caller. ``fallback`` is the condition the page's title names
    (:func:`page_condition`), taken when no claim writes a condition of its own: a page whose
    symptoms and treatments all sit under headings ("Gout: what I tell every client", "Attacks
    can be set off by ...") refers to its condition only as "attacks" and "a flare".

    A figure whose outcome only refers back to the condition ("It affects about 1 in 10 women",
    "1 in 375 people have the condition") and links to nothing measures how common that condition
    is: its measure's outcome concept is the condition too (with the standard ids ``related``
    gives), so figures of one condition's frequency meet in the consistency check."""
    is_reference = reference_words(references, episodes, leading)
    condition = document_condition(claims, is_reference) or fallback
    if condition is None:
        return list(claims)
    concept = Concept(
        id=condition.id, vocabulary=condition.vocabulary, name=condition.name, score=condition.score,
        alias=condition.alias, candidates=[], from_document=True,
    )
    outcome: Optional[MeasureConcept] = None  # the condition as a figure's outcome, made once when first needed
    out = []
    for claim in claims:
        if claim.type == "statistic":
            measure = claim.measure
            if measure.outcome_concept is None and claim.outcome and not claim.intervention and is_reference(claim.outcome):
                if outcome is None:
                    outcome = MeasureConcept(**concept.model_dump(), related=list(related(concept.id)) if related else [])
                claim = claim.model_copy(update={"measure": measure.model_copy(update={"outcome_concept": outcome})})
            out.append(claim)
            continue
        update = {}
        for name in CONDITION_FIELDS.get(claim.type, ()):
            m = getattr(claim, name)
            if m is not None and m.concept is None and is_reference(m.text):
                update[name] = m.model_copy(update={"concept": concept})
        out.append(claim.model_copy(update=update) if update else claim)
    return out


def curated_names() -> NamesFn:
    """Semantic type and names (preferred name and synonyms) of the curated concepts, by id."""
    from extract.linking.curated import load_curated

    table = {c.id: (c.type, [c.name, *c.synonyms]) for c in load_curated().concepts}
    return lambda cid: table.get(cid, (None, ()))


#: How many non-empty lines at the top of a document are read for its title, and how many words
#: such a line has at most: a journal article's title runs to 20 words and more ("Haemorrhoidal
#: artery ligation versus repeat rubber band ligation for grade II and III haemorrhoids: a
#: multicentre, open-label, randomised controlled trial"; 16 until session 30 missed them), and a
#: line of prose ends with its stop, which rules it out whatever its length.
TITLE_LINES, TITLE_WORDS = 4, 30
#: The mention each claim type leaves implicit when it does not write it: the page's condition.
IMPLICIT_CONDITION: dict[str, str] = {"symptom": "condition", "treatment": "condition", "cause": "effect"}
#: A link this good is of one of the concept's names (an alias, a plural, an abbreviation spelled
#: out), not of a part of the mention ("dry eye disease" -> an eye disease scores 0.73).
EXACT_SCORE = 0.95
#: A journal's citation line ("Pain Med Neuromodul. 2024;11(2):145-156"), a DOI or an address:
#: no title, though it is short and names words of the vocabularies.
_CITATION = re.compile(r"(?:19|20)\d\d\s*[;:(]\s*\d|\bdoi\b|https?://|www\.", re.IGNORECASE)
#: A line that ends a sentence is prose, no title ("There can be many causes of pain after ..."),
#: and so is one that leads into a list ("Treatment options for acne include:").
_PROSE = re.compile(r"[.!:]\s*$")


def title_lines(text: str, institutions: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Offsets of the lines that may be the document's title: among its first :data:`TITLE_LINES`
    non-empty lines, those of at most :data:`TITLE_WORDS` words that are neither prose, nor a
    citation line, nor an institution's name (its last word one of ``institutions``: "Desert
    Ridge Spine & Pain Institute", "Lakeside Headache & Neurology Clinic")."""
    out: list[tuple[int, int]] = []
    seen, offset = 0, 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > TITLE_LINES:
            break
        ws = _words(line)
        if len(ws) <= TITLE_WORDS and not _PROSE.search(line) and not _CITATION.search(line) and ws[-1:] != [] and ws[-1] not in institutions:
            out.append((start, start + len(line)))
    return out


def _name_pattern(name: str) -> Optional[re.Pattern]:
    """A pattern of ``name`` as a run of whole words; an abbreviation ("AS", "ED") in its case only."""
    ws = re.findall(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?", name)
    if not ws:
        return None
    body = r"[\s\-‐–/]+".join(re.escape(w).replace("\\'", "['’]").replace("’", "['’]") for w in ws)
    flags = 0 if len(ws) == 1 and ws[0].isupper() else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + body + r"s?(?![\w-])", flags)


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’]*)[\s\-‐]+$")
_WORD_AFTER = re.compile(r"[\s\-‐]+([A-Za-z][\w'’]*)")


def whole_name(line: str, start: int, end: int, stopwords: frozenset[str], extenders: frozenset[str]) -> bool:
    """Whether ``line[start:end]`` is a whole name in a title, not part of a longer one: the word
    just before it (no punctuation between) is a function word ("Treatment for Pain"), not part
    of the name ("Iron deficiency anaemia", "Acute Pancreatitis"), and the word just after it is
    none of the ``extenders`` that go on with the name ("Pain After Failed Back Surgery")."""
    before = _WORD_BEFORE.search(line[:start])
    if before is not None and before.group(1).lower() not in stopwords:
        return False
    return not goes_on(line, end, extenders)


def goes_on(line: str, end: int, extenders: frozenset[str]) -> bool:
    """Whether the name ending at ``end`` goes on with one of the ``extenders`` ("Pain| After ...")."""
    after = _WORD_AFTER.match(line[end:])
    return after is not None and after.group(1).lower() in extenders


def _key(text: str, leading: frozenset[str]) -> tuple[str, ...]:
    """Lower-cased words of a name, leading words and a plural -s left out ("the dry eyes" = "dry eye")."""
    ws = _words(text)
    while ws and ws[0] in leading:
        ws = ws[1:]
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in ws)


def _named_conditions(claims: Sequence, is_reference: Callable[[str], bool], leading: frozenset[str],
                      people: frozenset[str] = frozenset()) -> tuple[Counter, dict, dict]:
    """The conditions the claims write (a symptom's or treatment's condition, a cause's effect),
    references, mentions taken from the document and mentions of ``people`` (a claim's population
    read as its condition, "first-line treatment for most women": its last word one of them) left out: how often each concept is written,
    the concept, and its written names. A concept counts only when at least one mention is an
    exact name of it (its words are the alias it was linked by, or its preferred name, or it
    linked with a score of at least :data:`EXACT_SCORE`): "type
    of inflammatory arthritis" linked to Arthritis, or "dry eye disease" to an eye disease,
    make no page condition."""
    counts: Counter[str] = Counter()
    concepts: dict[str, Concept] = {}
    written: dict[str, list[str]] = {}
    exact: set[str] = set()
    for claim in claims:
        name = IMPLICIT_CONDITION.get(claim.type)
        m = getattr(claim, name) if name else None
        if m is None or m.concept is None or m.implicit or m.concept.from_document or is_reference(m.text):
            continue
        if _words(m.text)[-1:] and _words(m.text)[-1] in people:  # "most women"
            continue
        counts[m.concept.id] += 1
        concepts.setdefault(m.concept.id, m.concept)
        written.setdefault(m.concept.id, []).append(m.text)
        if m.concept.score >= EXACT_SCORE or _key(m.text, leading) in {_key(m.concept.alias or "", leading), _key(m.concept.name or "", leading)}:
            exact.add(m.concept.id)
    return counts, {cid: c for cid, c in concepts.items() if cid in exact}, written


def preferred_concept(concept: Concept, words: str, leading: frozenset[str]) -> Concept:
    """``concept``, or the candidate of its link that scored as well and whose preferred name
    ``words`` are: "Overactive bladder" is a synonym of Urinary urgency but the name of N32.81,
    "Bell's palsy" a synonym of Facial palsy but the name of G51.0."""
    key = _key(words, leading)
    if _key(concept.name or "", leading) == key:
        return concept
    for c in concept.candidates:
        if c.score >= concept.score and _key(c.name or "", leading) == key:
            old = Candidate(id=concept.id, vocabulary=concept.vocabulary, name=concept.name, score=concept.score)
            return Concept(id=c.id, vocabulary=c.vocabulary, name=c.name, score=c.score, alias=concept.alias, candidates=[old])
    return concept


def page_condition(text: str, claims: Sequence, names: NamesFn, is_reference: Callable[[str], bool],
                   stopwords: frozenset[str] = frozenset(), extenders: frozenset[str] = frozenset(),
                   leading: frozenset[str] = frozenset(), institutions: frozenset[str] = frozenset(),
                   people: frozenset[str] = frozenset()) -> Optional[Mention]:
    """The condition the document is about, as an ``implicit`` mention of the title's words that
    name it: a condition its claims write (see :func:`_named_conditions`) that a line of its
    title (:func:`title_lines`) names, by one of the claims' words for it, its preferred name, the
    alias its link matched or a synonym (``names``), as a whole name (:func:`whole_name`), its concept the one whose
    preferred name the words are among those its link scored best (:func:`preferred_concept`).
    The one the claims write most often wins (the longer name in the title, then the first, on
    a tie). None when the title names none of them: a masthead, a journal or a
    headline names no condition the claims write, and a wrong condition is worse than none."""
    counts, concepts, written = _named_conditions(claims, is_reference, leading, people)
    lines = title_lines(text, institutions)
    best: Optional[tuple[tuple[int, int, int], Mention]] = None
    for cid, concept in concepts.items():
        forms = {*written[cid], concept.name or "", concept.alias or "", *names(cid)[1]}
        for form in forms:
            pattern = _name_pattern(form)
            if pattern is None:
                continue
            for start, end in lines:
                found = next((f for f in pattern.finditer(text, start, end)
                              if whole_name(text[start:end], f.start() - start, f.end() - start, stopwords, extenders)), None)
                if found is None:
                    continue
                rank = (counts[cid], len(_words(found.group(0))), -found.start())
                if best is None or rank > best[0]:
                    mention = Mention(text=found.group(0), start=found.start(), end=found.end(),
                                      concept=preferred_concept(concept, found.group(0), leading), implicit=True)
                    best = (rank, mention)
                break
    return best[1] if best else None


#: The most words a title's name of a condition has ("Osteoarthritis of the Knee").
TITLE_NAME_WORDS = 6
_TITLE_WORD = re.compile(r"[A-Za-z0-9]+(?:['’\-‐][A-Za-z0-9]+)*")
#: A run of a title's words never crosses punctuation ("Knee Pain / Knee Osteoarthritis").
_TITLE_BREAK = re.compile(r"[^\w\s'’\-‐]")


def compatible_conditions(a: Concept, b: Concept, related: Mapping[str, frozenset[str]] = {}) -> bool:  # noqa: B006 - read only
    """Whether two concepts may name one page's condition: the same id or name, an ICD-10-CM
    category and a code under it ("Benign prostatic hyperplasia" N40 and "Enlarged prostate"
    N40.0), or a curated concept and a code it is ``related`` to. From the ids and names alone: a
    document's run loads no vocabulary for it (the ICD-10-CM package alone holds about 170 MB)."""
    from extract.linking.twins import is_icd

    if a.id == b.id or b.id in related.get(a.id, ()) or a.id in related.get(b.id, ()):
        return True
    if (a.name or "").lower() == (b.name or "").lower() != "":
        return True
    return is_icd(a.id) and is_icd(b.id) and (a.id.startswith(b.id) or b.id.startswith(a.id))


def title_condition(text: str, lines: Sequence[tuple[int, int]], condition: Callable[[str], Optional[Concept]],
                    named: Callable[[str], bool], stopwords: frozenset[str] = frozenset(),
                    extenders: frozenset[str] = frozenset(), leading: frozenset[str] = frozenset(),
                    compatible: Callable[[Concept, Concept], bool] = compatible_conditions) -> Optional[Mention]:
    """The condition the title names, for a page whose claims write none (:func:`page_condition`
    finds none: the claims say "it", or sit in bullets, "Post-Laminectomy Syndrome" over a page
    about "the pain"), as an ``implicit`` mention of the title's words.

    Each title line (``lines``, :func:`title_lines`) is read left to right for its longest runs
    of words (at most :data:`TITLE_NAME_WORDS`, never across punctuation, not starting or ending
    with a function word, not followed by one of the ``extenders`` that go on with a name) that
    are the exact name of a disorder or a finding (``named``). A finding's name ("Heel Pain") is
    no condition and no part of one; a disorder's (``condition``: its concept, or None) names one.
    The longest disorder that is a whole name of its line (:func:`whole_name`: "Living with
    ankylosing spondylitis", not "Harbour Arthritis Clinic") is the page's condition, unless the
    title names another disorder not ``compatible`` with it: "Talking therapy eases depression in
    people with diabetes" and the breadcrumb "Knee Pain / Knee Osteoarthritis" are about neither
    alone, and a wrong condition is worse than none."""
    found: list[tuple[tuple[int, int], int, int, Concept, bool]] = []
    for start, end in lines:
        line = text[start:end]
        words = [(m.start(), m.end()) for m in _TITLE_WORD.finditer(line)]
        i = 0
        while i < len(words):
            nxt = i + 1
            for j in range(min(len(words), i + TITLE_NAME_WORDS), i, -1):
                a, b = words[i][0], words[j - 1][1]
                run = line[a:b]
                ws = run.lower().split()
                if ws[0] in stopwords or ws[-1] in stopwords or _TITLE_BREAK.search(run):
                    continue
                if goes_on(line, b, extenders) or not named(run):
                    continue
                concept = condition(run)
                if concept is not None:
                    found.append(((j - i, -(start + a)), start + a, start + b, concept,
                                  whole_name(line, a, b, stopwords, extenders)))
                nxt = j
                break
            i = nxt
    concepts = list({f[3].id: f[3] for f in found}.values())
    if not found or any(not compatible(x, y) for x in concepts for y in concepts):
        return None
    whole = [f for f in found if f[4]]
    if not whole:
        return None
    _, s, e, concept, _ = max(whole, key=lambda f: f[0])
    return Mention(text=text[s:e], start=s, end=e, concept=preferred_concept(concept, text[s:e], leading), implicit=True)


def _other_conditions(claims: Sequence, condition: Mention, is_reference: Callable[[str], bool]) -> list[re.Pattern]:
    """Patterns of the conditions and symptoms the claims write other than the page's ``condition``."""
    forms: set[str] = set()
    for claim in claims:
        name = IMPLICIT_CONDITION.get(claim.type)
        for m in (getattr(claim, name) if name else None, claim.symptom if claim.type == "symptom" else None):
            if m is None or m.implicit or is_reference(m.text) or (m.concept is not None and m.concept.id == condition.concept.id):
                continue
            forms.add(m.text)
    return [p for p in map(_name_pattern, sorted(forms)) if p is not None]


def _names_another(claim, others: Sequence[re.Pattern]) -> bool:  # noqa: ANN001
    """Whether the claim's sentence, its own argument left out, names one of the ``others``."""
    ev, subject = claim.evidence, getattr(claim, MENTION_FIELDS[claim.type][0])
    quote = ev.quote
    if subject is not None and ev.start <= subject.start < subject.end <= ev.end:
        quote = quote[: subject.start - ev.start] + " " * (subject.end - subject.start) + quote[subject.end - ev.start :]
    return any(p.search(quote) for p in others)


#: Rules of treatments a sentence states ("X can relieve ...", a treatment named in prose): where
#: the rules read no condition, the sentence often writes one they missed ("... the pain of an
#: attack"), so these take no implicit condition; bullets, list items and tagged items do.
#: Measured on the development gold: filling them too lowered fbss treatment concept accuracy
#: from 0.937 to 0.837, sparing them keeps it at 0.938.
STATED_TREATMENT_RULES: tuple[str, ...] = ("treatment",)


def fill_implicit_conditions(claims: Sequence, condition: Optional[Mention],
                             is_reference: Callable[[str], bool] = lambda _: False) -> list:
    """The document's ``claims`` with the condition they leave unwritten (see
    :data:`IMPLICIT_CONDITION`) set to ``condition`` (an ``implicit`` mention of the page's
    condition), unless the claim's own argument links to that condition ("FBSS causes FBSS") or
    its sentence names another condition or a symptom the page's claims write ("... helps chronic
    pain", "Eye drops can soothe itchy eyes": a condition the rules missed, no claim about the
    page's condition), or it is a treatment its sentence states (:data:`STATED_TREATMENT_RULES`).
    Group keys are left to the caller."""
    if condition is None or condition.concept is None:
        return list(claims)
    others = _other_conditions(claims, condition, is_reference)
    # the condition's own id and the ids its link also found ("Overactive bladder": N32.81 and HP:0000012)
    same = {condition.concept.id} | {c.id for c in condition.concept.candidates if c.score >= condition.concept.score}
    out = []
    for claim in claims:
        name = IMPLICIT_CONDITION.get(claim.type)
        if name is None or getattr(claim, name) is not None:
            out.append(claim)
            continue
        subject = getattr(claim, MENTION_FIELDS[claim.type][0])
        if subject is not None and subject.concept is not None and subject.concept.id in same:
            out.append(claim)
            continue
        if _names_another(claim, others):
            out.append(claim)
            continue
        if claim.type == "treatment" and claim.evidence.rule.startswith(STATED_TREATMENT_RULES):
            out.append(claim)  # "Physical therapy can ease the pain": what a stated treatment treats is often written
            continue
        out.append(claim.model_copy(update={name: condition}))
    return out
