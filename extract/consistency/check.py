"""Running every consistency check over the claims of a run: figures, then qualitative claims."""

from __future__ import annotations

from collections import defaultdict
from typing import Collection, Mapping, NamedTuple, Optional, Sequence, Union

from extract.consistency.arithmetic import checkable_granularity, granularity, parts_whole, whole_checked
from extract.consistency.compare import Finding
from extract.consistency.qualitative import check_qualitative
from extract.consistency.settings import CheckSettings, load_settings
from extract.consistency.sweep import ClassInfo, Figure, class_rep, compare_classes, figure, signature
from extract.records.ids import stable_id
from extract.records.models import SCHEMA_MAJOR, Claim, Conflict, StatisticClaim

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


class CheckResult(NamedTuple):
    """The conflicts found, the coverage of each check, and the number of claim groups written
    (:func:`~extract.consistency.files.check_file` with a ``groups_path``; 0 otherwise).
    ``conflict_kinds``: the number of conflicts of each kind when
    :func:`~extract.consistency.files.check_file` wrote them to a file (``conflicts`` is then
    empty); None otherwise."""

    conflicts: list[Conflict]
    coverage: dict[str, int]
    groups: int = 0
    conflict_kinds: Optional[dict[str, int]] = None


def to_conflict(f: Finding) -> Conflict:
    """The record of a finding, with a stable id from its kind and claims (validated in one
    call, its figures as plain dicts: a check at scale makes one per conflict)."""
    ids = [c.claim_id for c in f.claims]
    figures = [
        {
            "claim_id": c.claim_id, "doc_id": c.doc_id, "surface": c.value.surface, "quote": c.evidence.quote,
            "point": c.value.point, "lower": c.value.lower, "upper": c.value.upper, "qualifier": c.value.qualifier,
            "complemented": flip,
        }
        for c, flip in zip(f.claims, f.complemented)
    ]
    return Conflict.model_validate({
        "conflict_id": stable_id("cfl_", SCHEMA_MAJOR, f.kind, *sorted(ids)),
        "kind": f.kind,
        "severity": f.severity,
        "claim_ids": ids,
        "explanation": f.explanation,
        "measure": f.claims[0].measure.key,
        "figures": figures,
        "basis": f.basis,
    })


def _relabel(conflict: Conflict, labels: Mapping[str, str]) -> Conflict:
    """The explanation with each doc id named as the reviewer knows the document."""
    text = conflict.explanation
    for doc_id in {f.doc_id for f in conflict.figures}:
        if doc_id in labels:
            text = text.replace(doc_id, labels[doc_id])
    return conflict if text == conflict.explanation else conflict.model_copy(update={"explanation": text})


def compare_measures(claims: Sequence[StatisticClaim], settings: CheckSettings) -> tuple[list[Finding], dict[str, int]]:
    """The flags among figures that measure the same thing: each pair of comparable figures
    (:func:`~extract.consistency.measures.incomparable_reason`) as
    :func:`~extract.consistency.compare.compare_pair` judges it, found by measure class and
    sweep (:mod:`~extract.consistency.sweep`, which also states the bound on large groups)."""
    figures: dict[tuple, list[Figure]] = defaultdict(list)
    reps: dict[tuple, StatisticClaim] = {}
    for i, c in enumerate(claims):
        key = signature(c)
        reps.setdefault(key, c)
        figures[key].append(figure(i, c, settings))
    classes = {
        key: ClassInfo(class_rep(reps[key]), group[0].ordinal, frozenset(f.doc_id for f in group)) for key, group in figures.items()
    }
    findings, pairs, compared = compare_classes(
        classes, lambda keys: {k: figures[k] for k in keys}, lambda ordinals: {o: claims[o] for o in ordinals}, settings
    )
    return findings, {"pairs_compared": pairs, "figures_compared": compared}


def check_claims(
    claims: Sequence[Claim],
    settings: Optional[CheckSettings] = None,
    labels: Optional[Mapping[str, str]] = None,
    topics: Optional[Mapping[str, Collection[str]]] = None,
) -> CheckResult:
    """All conflicts among ``claims`` (every document of a run), and how many claims each check examined.

    Figures are checked by the interval and arithmetic checks; cause, symptom, treatment and
    recommendation claims by :func:`~extract.consistency.qualitative.check_qualitative`
    (``opposing_claims``). ``labels`` maps doc ids to names a reviewer recognises (file
    names); explanations use them. ``topics`` maps doc ids to their topic terms, for the
    qualitative check (see there). :func:`~extract.consistency.files.check_file` gives the same
    result from a claims.jsonl file, holding one group of claims at a time.
    """
    settings = settings or load_settings()
    statistics = [c for c in claims if c.type == "statistic"]
    findings, coverage = compare_measures(statistics, settings)
    by_doc: dict[str, list[StatisticClaim]] = defaultdict(list)
    for c in statistics:
        if whole_checked(c):
            by_doc[c.doc_id].append(c)
    wholes = 0
    for doc_claims in by_doc.values():
        found, checked = parts_whole(doc_claims, settings)
        findings += found
        wholes += checked
    grim = checkable_granularity(statistics)
    findings += [f for f in map(lambda c: granularity(c, settings), grim) if f]
    percents = sum(1 for c in statistics if is_percent(c))
    coverage.update(parts_whole_checked=wholes, granularity_checked=len(grim), granularity_without_denominator=percents - len(grim))
    opposing, qualitative_coverage = check_qualitative(claims, settings, labels, topics)
    return assemble(findings, coverage, opposing, qualitative_coverage, labels)


def is_percent(c: StatisticClaim) -> bool:
    """A figure the granularity check could read, given its n: a percentage."""
    return c.value.unit == "proportion" and c.evidence.rule == "percent"


def assemble(
    findings: Sequence[Union[Finding, Conflict]],
    coverage: dict[str, int],
    opposing: Sequence[Conflict],
    qualitative_coverage: Mapping[str, int],
    labels: Optional[Mapping[str, str]],
) -> CheckResult:
    """The result: figure findings as conflicts (explanations with the documents' labels),
    then the opposing claims, by severity, kind and id; one coverage dict. Findings may come
    already made records (:func:`to_conflict`), not yet relabelled."""
    records = (f if isinstance(f, Conflict) else to_conflict(f) for f in findings)
    conflicts = {c.conflict_id: _relabel(c, labels or {}) for c in records}
    coverage = {**coverage, **qualitative_coverage}
    conflicts.update((c.conflict_id, c) for c in opposing)
    ordered = sorted(conflicts.values(), key=lambda c: (_SEVERITY_ORDER[c.severity], c.kind, c.conflict_id))
    return CheckResult(ordered, coverage)
