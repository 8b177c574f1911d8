"""One claim, many sources: grouping the qualitative claims of a run that say the same thing.

Claims are grouped by their ``group_key`` (same type and concepts across documents; the same
normalized words when an argument is not linked) and by polarity, so "X helps Y" and "X does
not help Y" (or a recommendation for X and one against X) are two groups. A group counts the
distinct documents that state it (``n_sources``) apart from how often they state it
(``n_mentions``). Pure functions over claim records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Optional

from extract.consistency.statements import (
    STRENGTH_ORDER,
    QualitativeClaim,
    argument_name,
    arguments,
    best_certainty,
    label,
    most_common,
    polarity,
    qualitative,
)
from extract.records.ids import stable_id
from extract.records.models import SCHEMA_MAJOR, CauseClaim, Claim, ClaimGroup, RecommendationClaim, Strength


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


def make_group(key: str, claims: Sequence[QualitativeClaim]) -> ClaimGroup:
    """The record of claims that share ``key`` (one type, one polarity)."""
    first = claims[0]
    subject, subject_id, subject_concept = argument_name([arguments(c)[0] for c in claims])
    obj, object_id, object_concept = argument_name([arguments(c)[1] for c in claims])
    relation = _relation(claims)
    sign = polarity(first)
    return ClaimGroup(
        group_key=key,
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
        strength=_strength(claims),
        n_sources=len({c.doc_id for c in claims}),
        n_mentions=len(claims),
        doc_ids=sorted({c.doc_id for c in claims}),
        claim_ids=sorted(c.claim_id for c in claims),
        certainty=best_certainty(claims),
    )


def _relation(claims: Sequence[QualitativeClaim]) -> Optional[str]:
    """Cause groups: the relation most of the claims state."""
    relations = [c.relation for c in claims if isinstance(c, CauseClaim)]
    return most_common(relations) if relations else None


def _strength(claims: Sequence[QualitativeClaim]) -> Optional[Strength]:
    """Recommendation groups: the strongest strength among the claims."""
    strengths = [c.strength for c in claims if isinstance(c, RecommendationClaim)]
    return min(strengths, key=STRENGTH_ORDER.index) if strengths else None


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
