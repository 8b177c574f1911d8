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

import re
from typing import Callable, Iterator, Mapping, Optional, Sequence

from extract.figures.context import intervention_terms, terms
from extract.figures.cues import ContextCues, load_context_cues
from extract.records.models import Concept, MeasureConcept, StatisticClaim

#: ``(text, types, context) -> Concept | None``, as :data:`extract.claims.component.LinkFn`.
LinkFn = Callable[[str, Optional[tuple[str, ...]], Optional[str]], Optional[Concept]]
#: ``concept id -> the HPO ids and ICD-10-CM codes it corresponds to`` (:meth:`Linker.related`).
RelatedFn = Callable[[str], Sequence[str]]

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
#: A part next to one of these is half of a coordination ("back or leg pain"): not its concept.
COORDINATORS = frozenset({"or", "and", "nor", "/", "&"})

_TOKEN = re.compile(r"[\w'’\-]+|/|&")


def link_figures(claims: Sequence, link: Optional[LinkFn]) -> list:
    """``claims`` with every figure's measure linked (:func:`link_measure`); other claims as
    they are. ``link`` is a :class:`~extract.linking.linker.Linker`'s bound ``link`` (its
    ``related`` then gives the standard ids of curated concepts) or a stand-in; None links nothing."""
    if link is None:
        return list(claims)
    related = getattr(getattr(link, "__self__", None), "related", None)
    cues = load_context_cues()
    return [link_measure(c, link, related, cues) if c.type == "statistic" else c for c in claims]


def link_measure(
    claim: StatisticClaim,
    link: LinkFn,
    related: Optional[RelatedFn] = None,
    cues: Optional[ContextCues] = None,
) -> StatisticClaim:
    """``claim`` with its measure's outcome, population and intervention concepts set (None
    where nothing fits). Ids, values and terms are unchanged: only the concept fields differ."""
    cues = cues or load_context_cues()
    m = claim.measure
    context = claim.evidence.quote
    population_terms = tuple(t for t in m.population_terms if not t.startswith("geo:"))
    found = {
        "outcome_concept": role_concept(claim.outcome, "outcome", m.outcome_terms, link, context, claim.abbreviations, cues),
        "population_concept": role_concept(
            claim.population, "population", population_terms, link, context, claim.abbreviations, cues
        ),
        "intervention_concept": role_concept(
            claim.intervention, "intervention", m.intervention_terms, link, context, claim.abbreviations, cues
        ),
    }
    concepts = {k: _measure_concept(c, related) if c else None for k, c in found.items()}
    return claim.model_copy(update={"measure": m.model_copy(update=concepts)})


def role_concept(
    text: Optional[str],
    role: str,
    role_terms: Sequence[str],
    link: LinkFn,
    context: Optional[str] = None,
    abbreviations: Optional[Mapping[str, str]] = None,
    cues: Optional[ContextCues] = None,
) -> Optional[Concept]:
    """The concept ``text`` (a figure's outcome, population or intervention) names, if one
    accounts for all of ``role_terms`` (the stems the measure compares by)."""
    if not text or not text.strip():
        return None
    cues = cues or load_context_cues()
    types = ROLE_TYPES[role]
    used = {k: v for k, v in (abbreviations or {}).items() if re.search(_word(k), text)}
    text = expand(text, used)
    whole = link(text, types, context)
    if whole is not None and whole.score >= MIN_SCORE:
        return whole
    # written out, a short form's own stem ("scs") is no longer in the text: its long form's are
    wanted = set(role_terms) - {t for short in used for t in _terms(short, role, cues)}
    for part in parts(text):
        if not wanted <= set(_terms(part, role, cues)):
            continue
        c = link(part, types, context)
        if c is not None and c.score >= PART_MIN_SCORE:
            return c
    return None


def parts(text: str, max_words: int = MAX_PART_WORDS) -> Iterator[str]:
    """Runs of consecutive words of ``text``, longest first then left to right, leaving out
    runs that begin or end a coordination ("leg pain" in "back or leg pain")."""
    tokens = _TOKEN.findall(text)
    words = [t.lower() for t in tokens]
    for n in range(min(len(tokens), max_words), 0, -1):
        for i in range(len(tokens) - n + 1):
            run = words[i : i + n]
            if run[0] in COORDINATORS or run[-1] in COORDINATORS:
                continue
            if (i > 0 and words[i - 1] in COORDINATORS) or (i + n < len(words) and words[i + n] in COORDINATORS):
                continue
            yield " ".join(tokens[i : i + n])


def expand(text: str, abbreviations: Mapping[str, str]) -> str:
    """``text`` with the sentence's short forms written out ("FBS" -> "failed back surgery syndrome")."""
    for short, long in sorted(abbreviations.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(_word(short), lambda _: long, text)
    return text


def _word(short: str) -> str:
    return r"(?<![\w-])" + re.escape(short) + r"(?![\w-])"


def _terms(text: str, role: str, cues: ContextCues) -> tuple[str, ...]:
    return intervention_terms(text, cues) if role == "intervention" else terms(text, cues)


def _measure_concept(concept: Concept, related: Optional[RelatedFn]) -> MeasureConcept:
    ids = list(related(concept.id)) if related is not None else []
    return MeasureConcept(**concept.model_dump(), related=ids)
