"""The queue's pure functions: order, filters, counts and pages, on thousands of conflicts."""

from __future__ import annotations

import pytest

from extract.records import Conflict, ConflictFigure, Document
from extract.review.queue import FilterError, Filters, build_items, queue_page, sort_items
from extract.review.store import StoredVerdict

KINDS = ["contradiction", "divergent", "complement_sum", "granularity"]
SEVERITIES = ["low", "medium", "high"]
DOCS = {
    f"doc_{i:016x}": Document(
        doc_id=f"doc_{i:016x}", sha256="0" * 64, media_type="text/plain", n_chars=1, text="x",
        source_type="journal_abstract" if i % 2 else "clinic_web_page",
    )
    for i in range(4)
}  # fmt: skip


def conflict(n: int) -> Conflict:
    docs = list(DOCS)
    figures = [
        ConflictFigure(claim_id=f"clm_{n:08x}{k:08x}", doc_id=docs[(n + k) % 4], surface=f"{n}%", quote=f"{n}% of patients.",
                       point=0.1, lower=0.1, upper=0.1, qualifier="exact")
        for k in range(2)
    ]  # fmt: skip
    return Conflict(
        conflict_id=f"cfl_{n:016x}", kind=KINDS[n % 4], severity=SEVERITIES[n % 3], claim_ids=[f.claim_id for f in figures],
        explanation="x", measure=f"measure {n % 5}", figures=figures,
    )  # fmt: skip


def stored(c: Conflict, verdict: str = "confirmed_conflict") -> StoredVerdict:
    return StoredVerdict(1, c.conflict_id, verdict, "Ada", "", (), "2026-01-01T00:00:00+00:00", 1, c)


@pytest.fixture(scope="module")
def conflicts() -> list[Conflict]:
    return [conflict(n) for n in range(3000)]


def test_most_severe_first_and_gone_after_current(conflicts: list[Conflict]) -> None:
    gone = conflict(99999)
    items = build_items(conflicts[:30], DOCS, {gone.conflict_id: stored(gone), conflicts[3].conflict_id: stored(conflicts[3])})
    ranks = [{"high": 0, "medium": 1, "low": 2}[i.conflict.severity] for i in items[:-1]]
    assert ranks == sorted(ranks)
    assert items[-1].conflict.conflict_id == gone.conflict_id and items[-1].gone and items[-1].review == "confirmed_conflict"
    assert sort_items(list(reversed(items))) == items


def test_filters_combine_and_counts_leave_out_their_own_filter(conflicts: list[Conflict]) -> None:
    verdicts = {c.conflict_id: stored(c, "not_a_conflict") for c in conflicts[:100]}
    items = build_items(conflicts, DOCS, verdicts)
    page = queue_page(items, Filters(kind="divergent", severity="high"))
    expected = [c for c in conflicts if c.kind == "divergent" and c.severity == "high"]
    assert page.total == len(expected)
    assert all(i.conflict.kind == "divergent" and i.conflict.severity == "high" for i in page.items)
    # the severity counts are those of the divergent conflicts, whatever severity is chosen
    assert page.counts["severity"] == {s: sum(1 for c in conflicts if c.kind == "divergent" and c.severity == s) for s in SEVERITIES}
    assert page.counts["kind"]["divergent"] == len(expected)
    reviewed = queue_page(items, Filters(review="not_a_conflict"))
    assert reviewed.total == 100 and queue_page(items, Filters(review="unreviewed")).total == 2900
    doc = list(DOCS)[1]
    by_doc = queue_page(items, Filters(document=doc, per_page=500))
    assert by_doc.total == sum(1 for c in conflicts if doc in {f.doc_id for f in c.figures})
    journal = queue_page(items, Filters(source_type="journal_abstract"))
    assert journal.total == sum(1 for c in conflicts if any(DOCS[f.doc_id].source_type == "journal_abstract" for f in c.figures))
    assert queue_page(items, Filters(measure="measure 3")).total == 600


def test_pages_cover_every_item_once_and_a_page_past_the_end_shows_the_last(conflicts: list[Conflict]) -> None:
    items = build_items(conflicts, DOCS, {})
    seen = []
    first = queue_page(items, Filters(per_page=70))
    assert first.pages == 43 and first.first == 1
    for n in range(1, first.pages + 1):
        seen += [i.conflict.conflict_id for i in queue_page(items, Filters(per_page=70, page=n)).items]
    assert seen == [i.conflict.conflict_id for i in items]
    last = queue_page(items, Filters(per_page=70, page=999))
    assert last.page == 43 and len(last.items) == 3000 - 42 * 70


@pytest.mark.parametrize(
    "args, problem",
    [({"kind": "feud"}, "unknown kind"), ({"severity": "huge"}, "unknown severity"), ({"review": "done"}, "unknown review"),
     ({"page": "0"}, "page must be"), ({"page": "two"}, "page must be"), ({"per_page": "100000"}, "per_page must be"),
     ({"source_type": "forum"}, "unknown source_type")],
)  # fmt: skip
def test_unknown_filter_values_are_refused_with_the_values_allowed(args: dict, problem: str) -> None:
    with pytest.raises(FilterError, match=problem):
        Filters.from_args(args)


def test_filters_from_query_arguments_and_back() -> None:
    filters = Filters.from_args({"kind": "divergent", "document": "doc_1", "page": "3", "severity": ""})
    assert filters.active() == {"kind": "divergent", "document": "doc_1"} and filters.page == 3
    assert filters.query(severity="high") == {"kind": "divergent", "document": "doc_1", "severity": "high"}
    assert filters.query(kind=None, page=4) == {"document": "doc_1", "page": 4}
