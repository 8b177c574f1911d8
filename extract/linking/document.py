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
nothing and the document names one.

Pure functions over claim records; the head words are data (``general_concepts`` in
``data/linking.json``), the names come from the curated vocabulary.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Mapping, Optional, Sequence

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.records.models import Candidate, Concept, Mention

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
                                 leading: frozenset[str]) -> list:
    """The document's ``claims`` with their condition mentions that only refer back to the page's
    condition (see the module docstring) linked to it; other claims and mentions unchanged. Group
    keys are left to the caller."""
    is_reference = reference_words(references, episodes, leading)
    condition = document_condition(claims, is_reference)
    if condition is None:
        return list(claims)
    concept = Concept(
        id=condition.id, vocabulary=condition.vocabulary, name=condition.name, score=condition.score,
        alias=condition.alias, candidates=[], from_document=True,
    )
    out = []
    for claim in claims:
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
