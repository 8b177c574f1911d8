"""The review queue: flagged conflicts with their verdicts, filtered, counted, sorted and paged.

Pure functions over records. An item is a conflict of the current outputs, or a conflict that
no longer occurs but has a verdict (``gone``, shown from the verdict's snapshot). Most severe
first; gone ones after the current ones.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Optional, get_args

from extract.records import Conflict, Document
from extract.records.models import ConflictKind, Severity, SourceType
from extract.review.store import VERDICTS, StoredVerdict

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
#: Review statuses: no verdict yet, or the latest verdict.
REVIEW_STATUSES: tuple[str, ...] = ("unreviewed", *VERDICTS)
PRESENCES = ("current", "gone")
PER_PAGE = 50
MAX_PER_PAGE = 500
#: The filters, in the order the queue shows them.
FACETS = ("kind", "severity", "review", "presence", "source_type", "document", "measure")


@dataclass(frozen=True)
class QueueItem:
    """A conflict in the queue, its latest verdict, and the documents and source types it involves."""

    conflict: Conflict
    verdict: Optional[StoredVerdict]
    gone: bool
    doc_ids: tuple[str, ...]
    source_types: tuple[str, ...]

    @property
    def review(self) -> str:
        return self.verdict.verdict if self.verdict else "unreviewed"

    @property
    def presence(self) -> str:
        return "gone" if self.gone else "current"

    def values(self, facet: str) -> tuple[str, ...]:
        """The item's values for a filter (a conflict involves one or more documents and source types)."""
        if facet == "document":
            return self.doc_ids
        if facet == "source_type":
            return self.source_types
        if facet == "measure":
            return (self.conflict.measure or "",)
        if facet in ("review", "presence"):
            return (getattr(self, facet),)
        return (getattr(self.conflict, facet),)


class FilterError(ValueError):
    """A filter value the queue does not know; the message names it and the values allowed."""


@dataclass(frozen=True)
class Filters:
    """The queue's filters (None: any) and page."""

    kind: Optional[str] = None
    severity: Optional[str] = None
    review: Optional[str] = None
    presence: Optional[str] = None
    source_type: Optional[str] = None
    document: Optional[str] = None
    measure: Optional[str] = None
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> Filters:
        """Filters from query arguments; empty values mean any.

        Raises:
            FilterError: a kind, severity, review status, presence or source type that does not
                exist, or a page that is not a positive number.
        """
        allowed = {
            "kind": get_args(ConflictKind),
            "severity": get_args(Severity),
            "review": REVIEW_STATUSES,
            "presence": PRESENCES,
            "source_type": get_args(SourceType),
        }
        values: dict[str, object] = {}
        for facet in FACETS:
            value = (args.get(facet) or "").strip()
            if value and facet in allowed and value not in allowed[facet]:
                raise FilterError(f"unknown {facet} {value!r}: use one of {', '.join(allowed[facet])}")
            values[facet] = value or None
        for name, default, top in (("page", 1, 10**9), ("per_page", PER_PAGE, MAX_PER_PAGE)):
            raw = (args.get(name) or "").strip()
            if raw and not (raw.isascii() and raw.isdigit() and 1 <= int(raw) <= top):
                raise FilterError(f"{name} must be a whole number from 1 to {top}, not {raw!r}")
            values[name] = int(raw) if raw else default
        return cls(**values)  # type: ignore[arg-type]

    def active(self) -> dict[str, str]:
        """The filters set, by name."""
        return {f: getattr(self, f) for f in FACETS if getattr(self, f)}

    def query(self, **changes: object) -> dict[str, object]:
        """Query arguments for these filters with ``changes`` (None removes one); page reset unless given."""
        base = {f.name: getattr(self, f.name) for f in fields(self)}
        base["page"] = None
        if base["per_page"] == PER_PAGE:
            base["per_page"] = None
        base.update(changes)
        return {k: v for k, v in base.items() if v not in (None, "")}


def build_items(
    conflicts: Sequence[Conflict], documents: Mapping[str, Document], verdicts: Mapping[str, StoredVerdict]
) -> list[QueueItem]:
    """Queue items: every current conflict with its verdict, and every verdict whose conflict is gone."""
    current = {c.conflict_id for c in conflicts}
    items = [_item(c, documents, verdicts.get(c.conflict_id), gone=False) for c in conflicts]
    items += [_item(v.conflict, documents, v, gone=True) for i, v in verdicts.items() if i not in current]
    return sort_items(items)


def _item(conflict: Conflict, documents: Mapping[str, Document], verdict: Optional[StoredVerdict], gone: bool) -> QueueItem:
    doc_ids = tuple(dict.fromkeys([f.doc_id for f in conflict.figures] + [s.doc_id for s in conflict.statements]))
    types = tuple(sorted({documents[d].source_type for d in doc_ids if d in documents}))
    return QueueItem(conflict, verdict, gone, doc_ids, types)


def sort_items(items: Sequence[QueueItem]) -> list[QueueItem]:
    """Current before gone, then most severe first, then by kind and id (a stable order)."""
    return sorted(items, key=lambda i: (i.gone, SEVERITY_RANK[i.conflict.severity], i.conflict.kind, i.conflict.conflict_id))


def matches(item: QueueItem, filters: Filters, skip: Optional[str] = None) -> bool:
    """Whether the item passes every filter (but ``skip``)."""
    return all(
        getattr(filters, facet) in item.values(facet)
        for facet in FACETS
        if facet != skip and getattr(filters, facet) is not None
    )


def facet_counts(items: Sequence[QueueItem], filters: Filters) -> dict[str, Counter[str]]:
    """For each filter, how many items each value would give, with the other filters applied."""
    counts: dict[str, Counter[str]] = {}
    for facet in FACETS:
        counter: Counter[str] = Counter()
        for item in items:
            if matches(item, filters, skip=facet):
                counter.update(set(item.values(facet)))
        counts[facet] = counter
    return counts


@dataclass(frozen=True)
class QueuePage:
    """One page of the filtered queue, with the counts of every filter value."""

    items: list[QueueItem]
    page: int
    pages: int
    total: int
    per_page: int
    counts: dict[str, Counter[str]]
    filters: Filters

    @property
    def first(self) -> int:
        """1-based position of the page's first item (0 when empty)."""
        return (self.page - 1) * self.per_page + 1 if self.items else 0


def queue_page(items: Sequence[QueueItem], filters: Filters) -> QueuePage:
    """The page of items that pass the filters; a page past the end shows the last page."""
    selected = [i for i in items if matches(i, filters)]
    pages = max(1, math.ceil(len(selected) / filters.per_page))
    page = min(filters.page, pages)
    start = (page - 1) * filters.per_page
    return QueuePage(
        selected[start : start + filters.per_page],
        page,
        pages,
        len(selected),
        filters.per_page,
        facet_counts(items, filters),
        replace(filters, page=page),
    )
