"""One claim, many sources: grouping the qualitative claims of a run that say the same thing.

Claims are grouped by their ``group_key`` (same type and concepts across documents; the same
normalized words when an argument is not linked) and by polarity, so "X helps Y" and "X does
not help Y" (or a recommendation for X and one against X) are two groups. A group counts the
distinct documents that state it (``n_sources``) apart from how often they state it
(``n_mentions``). Pure functions over claim records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Optional

from extract.consistency.statements import (
    CERTAINTY_ORDER,
    STRENGTH_ORDER,
    QualitativeClaim,
    arguments,
    display,
    label,
    mention_name,
    most_common,
    polarity,
    qualitative,
)
from extract.records.ids import stable_id
from extract.records.models import SCHEMA_MAJOR, CauseClaim, Certainty, Claim, ClaimGroup, Concept, Mention, RecommendationClaim, Strength


def polarized_key(claim: QualitativeClaim) -> str:
    """The key of the claim's group: its ``group_key`` when affirmed; for a negated claim (or a
    recommendation against) a key derived from ``group_key`` and the polarity, so the two never
    share a group even when the claims stage leaves polarity out of ``group_key``."""
    if polarity(claim) == "affirmed":
        return claim.group_key
    return stable_id("grp_", SCHEMA_MAJOR, claim.group_key, "negated")


def group_claims(claims: Iterable[Claim]) -> list[ClaimGroup]:
    """The groups of the cause, symptom, treatment and recommendation claims among ``claims``
    (statistic claims are left out), most sources first, then by label and key.

    Ids in each group are sorted, so the same claims always give the same records.
    """
    members: dict[str, list[QualitativeClaim]] = defaultdict(list)
    for claim in qualitative(claims):
        members[polarized_key(claim)].append(claim)
    groups = [make_group(key, group) for key, group in members.items()]
    return sorted(groups, key=lambda g: (-g.n_sources, g.label, g.group_key))


def make_group(key: str, claims: Iterable[QualitativeClaim]) -> ClaimGroup:
    """The record of claims that share ``key`` (one type, one polarity)."""
    tally = GroupTally(key)
    for claim in claims:
        tally.add(claim)
    return tally.record()


class _ArgumentTally:
    """One argument over a group's claims, counted as :func:`argument_name` reads it: the
    concept ids linked (the last concept seen of each id) or, none linked, the names used."""

    def __init__(self) -> None:
        self.ids: Counter[str] = Counter()
        self.concepts: dict[str, Concept] = {}
        self.names: Counter[str] = Counter()

    def add(self, mention: Optional[Mention]) -> None:
        if mention is None:
            return
        if mention.concept is not None:
            self.ids[mention.concept.id] += 1
            self.concepts[mention.concept.id] = mention.concept
        elif not self.ids:  # (names count only while no mention is linked)
            self.names[mention_name(mention)] += 1

    def name(self) -> tuple[Optional[str], Optional[str], Optional[str]]:
        """:func:`argument_name` of the mentions added."""
        if self.ids:
            concept = self.concepts[most_common(self.ids.elements())]
            return display(concept.name), concept.id, concept.name
        return (most_common(self.names.elements()), None, None) if self.names else (None, None, None)


class GroupTally:
    """The record of a claim group built one claim at a time (:func:`make_group` over a stream):
    what the record reads of each claim is counted as it comes (argument names, relations,
    strengths, certainties, documents, ids), and the claim itself is not kept, so that a group
    stated by thousands of documents holds its ids, not its claims."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.first: Optional[QualitativeClaim] = None
        self.subject, self.object = _ArgumentTally(), _ArgumentTally()
        self.relations: Counter[str] = Counter()
        self.strengths: set[Strength] = set()
        self.certainties: set[Certainty] = set()
        self.doc_ids: set[str] = set()
        self.claim_ids: list[str] = []

    def add(self, claim: QualitativeClaim) -> None:
        if self.first is None:
            self.first = claim
        subject, obj = arguments(claim)
        self.subject.add(subject)
        self.object.add(obj)
        if isinstance(claim, CauseClaim):
            self.relations[claim.relation] += 1
        if isinstance(claim, RecommendationClaim):
            self.strengths.add(claim.strength)
        self.certainties.add(claim.assertion.certainty)
        self.doc_ids.add(claim.doc_id)
        self.claim_ids.append(claim.claim_id)

    def record(self) -> ClaimGroup:
        """The group's record (at least one claim added)."""
        first = self.first
        if first is None:
            raise ValueError("a claim group needs at least one claim")
        subject, subject_id, subject_concept = self.subject.name()
        obj, object_id, object_concept = self.object.name()
        relation = most_common(self.relations.elements()) if self.relations else None
        sign = polarity(first)
        return ClaimGroup(
            group_key=self.key,
            type=first.type,
            label=label(first.type, subject or "", obj, sign, relation),
            polarity=sign,
            subject=subject or "",
            subject_concept_id=subject_id,
            subject_concept_name=subject_concept,
            object=obj,
            object_concept_id=object_id,
            object_concept_name=object_concept,
            relation=relation,  # type: ignore[arg-type]
            strength=min(self.strengths, key=STRENGTH_ORDER.index) if self.strengths else None,
            n_sources=len(self.doc_ids),
            n_mentions=len(self.claim_ids),
            doc_ids=sorted(self.doc_ids),
            claim_ids=sorted(self.claim_ids),
            certainty=min(self.certainties, key=CERTAINTY_ORDER.index),
        )


def select_groups(
    groups: Iterable[ClaimGroup],
    type_: Optional[str] = None,
    doc_id: Optional[str] = None,
    min_sources: int = 1,
) -> list[ClaimGroup]:
    """The groups of one type (all when None), stated by ``doc_id`` (any when None) and by at
    least ``min_sources`` documents, in their order."""
    return [
        g
        for g in groups
        if (type_ is None or g.type == type_) and (doc_id is None or doc_id in g.doc_ids) and g.n_sources >= min_sources
    ]
