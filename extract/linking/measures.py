"""Figures as concepts: a figure's outcome, population and intervention linked to concepts.

A figure's outcome ("persistent back or leg pain"), population ("people with migraine") and
intervention ("lumbar spine surgery") are phrases cut from the sentence, often with verbs and
qualifiers around the words that name something ("Re-herniation occurs"). :func:`link_measure`
links each phrase whole when the linker is confident about it, else looks for the longest run
of its words that is an exact name of a concept of the role's types. A concept is kept only
when it accounts for every term the figure's measure compares by, so that comparing two figures
by concept never compares less than their words say: "chronic migraine" is not linked to
Migraine, "relief from numbness and tingling" not to numbness alone.

Pure functions over :class:`~extract.records.models.StatisticClaim` records and a link
function (the linker's :meth:`~extract.linking.linker.Linker.link`, or a stand-in); the claims
component wires them into the pipeline.
"""

from __future__ import annotations

import re as text_re  # patterns built from a document's text: never into the disk cache of regexcache
from typing import Callable, Collection, Iterator, Mapping, NamedTuple, Optional, Sequence

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.figures.context import intervention_terms, stem, terms
from extract.figures.cues import ContextCues, load_context_cues
from extract.records.models import Concept, MeasureConcept, StatisticClaim

#: ``(text, types, context) -> Concept | None``, as :data:`extract.claims.component.LinkFn`.
LinkFn = Callable[[str, Optional[tuple[str, ...]], Optional[str]], Optional[Concept]]
#: ``concept id -> the HPO ids and ICD-10-CM codes it corresponds to`` (:meth:`Linker.related`).
RelatedFn = Callable[[str], Sequence[str]]

#: A figure's roles, as named by the claim's fields (``claim.outcome``) and the measure's.
ROLES = ("outcome", "population", "intervention")
#: Semantic types of each role (those of the claims component's effect and intervention roles).
ROLE_TYPES: dict[str, tuple[str, ...]] = {
    "outcome": ("finding", "disorder"),
    "population": ("disorder", "finding"),
    "intervention": ("procedure", "drug", "therapy", "device", "behavior"),
}
#: A whole phrase links when its best concept scores at least this. Below it, on the figures of
#: the six gold corpora, whole phrases link wrongly: "stimulator" to Neurostimulator trial
#: (0.859), "persistent back or leg pain" to Chronic low back pain (0.828), "infection" to
#: Osteomyelitis (0.817), "diabetes" to Prediabetes (0.805); above it they link rightly
#: ("CGRP antibody" 0.863, "primary total knee arthroplasty" 0.873, "injection" 0.894).
MIN_SCORE = 0.86
#: A part of the phrase links only on an exact name (ICD-10-CM inclusion terms score 0.97).
PART_MIN_SCORE = 0.97
#: Longest part tried, in words.
MAX_PART_WORDS = 6
#: Parts are looked for in phrases of at most this many words (longer ones are clauses the
#: figures stage could not narrow down; their parts rarely name what the figure measures).
MAX_PHRASE_WORDS = 12
#: A part next to one of these is half of a coordination ("back or leg pain"): not its concept.
COORDINATORS = frozenset({"or", "and", "nor", "/", "&"})

_TOKEN = re.compile(r"[\w'’\-]+|/|&")
#: An intervention phrase that names the absence of the intervention ("without surgery") names
#: no intervention concept: linked to Surgery, it would meet the figures "after surgery".
NEGATED_INTERVENTION = re.compile(r"\s*(?:without|no|never|avoiding)\s", re.IGNORECASE)


def link_figures(claims: Sequence, link: Optional[LinkFn]) -> list:
    """``claims`` with every figure's measure linked (:func:`link_measure`); other claims as
    they are. ``link`` is a :class:`~extract.linking.linker.Linker`'s bound ``link`` (its
    ``related`` then gives the standard ids of curated concepts, and its ``link_many`` looks the
    document's phrases up in one batch first) or a stand-in; None links nothing."""
    if link is None:
        return list(claims)
    linker = getattr(link, "__self__", None)
    cues = load_context_cues()
    if hasattr(linker, "link_many"):
        prefetch([c for c in claims if c.type == "statistic"], linker.link_many, cues)
    related = getattr(linker, "related", None)
    return [link_measure(c, link, related, cues) if c.type == "statistic" else c for c in claims]


def prefetch(figures: Sequence[StatisticClaim], link_many: Callable, cues: ContextCues) -> None:
    """Link every phrase and part :func:`role_concept` may ask about, one batch per role and
    score floor (:data:`MIN_SCORE` for phrases, :data:`PART_MIN_SCORE` for parts): the linker
    caches the results, its approximate index answers a batch several times faster, and it asks
    the index nothing about a text that cannot reach its floor (:meth:`Linker.can_reach
    <extract.linking.linker.Linker.can_reach>`)."""
    for role in ROLES:
        phrases, parts_ = [], []
        for c in figures:
            phrase = phrase_parts(role_text(c, role), role, _role_terms(c, role), c.abbreviations, cues)
            if phrase:
                phrases.append(phrase.text)
                parts_ += [p.text for p in phrase.parts]
        for texts, floor in ((phrases, MIN_SCORE), (parts_, PART_MIN_SCORE)):
            if texts:
                link_many(list(dict.fromkeys(texts)), ROLE_TYPES[role], min_score=floor)


def link_measure(
    claim: StatisticClaim,
    link: LinkFn,
    related: Optional[RelatedFn] = None,
    cues: Optional[ContextCues] = None,
) -> StatisticClaim:
    """``claim`` with its measure's outcome, population and intervention concepts set (None
    where nothing fits). Ids, values and terms are unchanged: only the concept fields differ."""
    cues = cues or load_context_cues()
    found = {
        f"{role}_concept": role_concept(
            role_text(claim, role), role, _role_terms(claim, role), link, claim.evidence.quote, claim.abbreviations, cues
        )
        for role in ROLES
    }
    concepts = {k: _measure_concept(c, related) if c else None for k, c in found.items()}
    return claim.model_copy(update={"measure": claim.measure.model_copy(update=concepts)})


def role_text(claim: StatisticClaim, role: str) -> Optional[str]:
    """The claim's phrase for ``role``; a population without the intervention it names
    ("patients undergoing dorsal root ganglion pulsed radiofrequency" is of patients)."""
    text = getattr(claim, role)
    if role == "population" and text and claim.intervention:
        text = text_re.sub(re.escape(claim.intervention), " ", text, flags=re.IGNORECASE)
    return text


def role_concept(
    text: Optional[str],
    role: str,
    role_terms: Sequence[str],
    link: LinkFn,
    context: Optional[str] = None,
    abbreviations: Optional[Mapping[str, str]] = None,
    cues: Optional[ContextCues] = None,
) -> Optional[Concept]:
    """The concept ``text`` (a figure's outcome, population or intervention) names: the whole
    phrase's when it scores :data:`MIN_SCORE`; else the longest part's that is an exact name and
    accounts for ``role_terms`` (the stems the measure compares by); when there are none (the
    figures stage left out the page's topic and generic words), the one concept the phrase's
    longest exact names link to, if they link to one only ("Migraine affects 12% of people";
    not "AFib ... likely to have a stroke")."""
    cues = cues or load_context_cues()
    if role == "intervention" and text and NEGATED_INTERVENTION.match(text):
        return None
    phrase = phrase_parts(text, role, role_terms, abbreviations or {}, cues)
    if phrase is None:
        return None
    types = ROLE_TYPES[role]
    c = _link_at_least(link, phrase.text, types, context, MIN_SCORE)
    if c is not None:
        return c
    taken: list[Part] = []
    found: dict[str, Concept] = {}
    for part in phrase.parts:
        if any(part.start < t.end and t.start < part.end for t in taken):
            continue  # within a longer name already linked
        c = _link_at_least(link, part.text, types, context, PART_MIN_SCORE)
        if c is None:
            continue
        if phrase.specific:
            return c
        taken.append(part)
        found.setdefault(c.id, c)
    return next(iter(found.values())) if len(found) == 1 else None


def _link_at_least(link: LinkFn, text: str, types: tuple[str, ...], context: Optional[str], min_score: float) -> Optional[Concept]:
    """``link(text, types, context)`` when it scores at least ``min_score``, else None. A
    linker's own ``link`` is told the floor: it then does not look a text that cannot reach it
    up in its approximate index (:meth:`Linker.link <extract.linking.linker.Linker.link>`)."""
    from extract.linking.linker import Linker

    if isinstance(getattr(link, "__self__", None), Linker):
        return link(text, types, context, min_score=min_score)  # type: ignore[call-arg]
    c = link(text, types, context)
    return c if c is not None and c.score >= min_score else None


class Part(NamedTuple):
    """A run of a phrase's words: token offsets and text."""

    start: int
    end: int
    text: str


class Phrase(NamedTuple):
    """A figure's phrase as linked: short forms written out; the parts that could name its
    concept, longest first; whether the measure has terms of its own for it."""

    text: str
    parts: list[Part]
    specific: bool


def phrase_parts(
    text: Optional[str], role: str, role_terms: Sequence[str], abbreviations: Mapping[str, str], cues: ContextCues
) -> Optional[Phrase]:
    """The phrase to link (None when empty) and its parts that account for every one of
    ``role_terms``."""
    if not text or not text.strip():
        return None
    used = {k: v for k, v in abbreviations.items() if text_re.search(_word(k), text)}
    text = expand(text, used)
    # written out, a short form's own stem ("scs") is no longer in the text: its long form's are;
    # verbs and function words ("develop", "need") name nothing
    wanted = set(role_terms) - {t for short in used for t in _terms(short, role, cues)} - light_stems(cues)
    found = []
    for part in parts(text, cues.function_words):
        stems = set(_terms(part.text, role, cues))
        if stems and wanted <= stems:
            found.append(part)
    return Phrase(text, found, bool(wanted))


def parts(text: str, edge_words: Collection[str] = (), max_words: int = MAX_PART_WORDS) -> Iterator[Part]:
    """Runs of consecutive words of ``text``, longest first then left to right, leaving out runs
    that begin or end with one of ``edge_words`` (function words: "of the pain") or begin or end
    a coordination ("leg pain" in "back or leg pain"). None for a phrase of more than
    :data:`MAX_PHRASE_WORDS` words: that is a clause, not a name."""
    tokens = _TOKEN.findall(text)
    if len(tokens) > MAX_PHRASE_WORDS:
        return
    words = [t.lower() for t in tokens]
    edges = COORDINATORS | set(edge_words)
    for n in range(min(len(tokens), max_words), 0, -1):
        for i in range(len(tokens) - n + 1):
            run = words[i : i + n]
            if run[0] in edges or run[-1] in edges:
                continue
            if (i > 0 and words[i - 1] in COORDINATORS) or (i + n < len(words) and words[i + n] in COORDINATORS):
                continue
            yield Part(i, i + n, " ".join(tokens[i : i + n]))


def expand(text: str, abbreviations: Mapping[str, str]) -> str:
    """``text`` with the sentence's short forms written out ("FBS" -> "failed back surgery syndrome")."""
    for short, long in sorted(abbreviations.items(), key=lambda kv: -len(kv[0])):
        text = text_re.sub(_word(short), lambda _: long, text)
    return text


def _word(short: str) -> str:
    return r"(?<![\w-])" + re.escape(short) + r"(?![\w-])"


def light_stems(cues: ContextCues) -> frozenset[str]:
    """Stems of the function words and prevalence verbs of the context cues: a name need not
    hold them ("develop" in "develop chronic low back pain")."""
    cached = _LIGHT.get(id(cues))
    if cached is None or cached[0] is not cues:  # computed once per cue set, as the figures stage compiles its cues
        words = [*cues.function_words, *cues.prevalence_verbs]
        cached = _LIGHT[id(cues)] = (cues, frozenset(t for w in words for t in stem(w, cues)))
    return cached[1]


_LIGHT: dict[int, tuple[ContextCues, frozenset[str]]] = {}


def _role_terms(claim: StatisticClaim, role: str) -> tuple[str, ...]:
    terms_ = getattr(claim.measure, f"{role}_terms")
    return tuple(t for t in terms_ if not t.startswith(("geo:", "per:")))  # places and units of analysis name no concept


def _terms(text: str, role: str, cues: ContextCues) -> tuple[str, ...]:
    return intervention_terms(text, cues) if role == "intervention" else terms(text, cues)


def _measure_concept(concept: Concept, related: Optional[RelatedFn]) -> MeasureConcept:
    ids = list(related(concept.id)) if related is not None else []
    return MeasureConcept(**concept.model_dump(), related=ids)
