"""What each page of the app shows, assembled from records: pure functions, no Flask.

A conflict page shows each claim's sentence highlighted inside its paragraph with the figure
(or the claim's arguments) marked, the figure's interval and qualifier spelled out, the
document's title, source, date and source type, the references the sentence cites, the flag's
explanation, and the chart of its measure. A conflict that is gone is shown from the snapshot
its verdict keeps, with whatever of its claims the current outputs still hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Optional

from markupsafe import Markup

from extract.consistency.describe import fmt_number
from extract.consistency.settings import load_settings
from extract.consistency.statements import claim_label
from extract.records import Claim, Conflict, Document, Reference, StatisticClaim
from extract.review.chart import ChartFigure, chart_svg, doc_label, labels_of, same_measure_figures
from extract.review.highlight import Span, highlight, marked_in_quote, paragraph_bounds
from extract.review.outputs import Outputs, mentions_of

QUALIFIERS = {
    "exact": "exact: the figure as stated",
    "about": "about: an approximate figure",
    "up_to": "up to: an upper bound, the figure or less",
    "less_than": "less than: an upper bound, below the figure",
    "at_least": "at least: a lower bound, the figure or more",
    "more_than": "more than: a lower bound, above the figure",
    "range": "range: between the two bounds",
}
KIND_LABELS = {
    "contradiction": "contradiction",
    "divergent": "divergent figures",
    "complement_sum": "complements over 100%",
    "parts_whole": "parts do not add up",
    "granularity": "impossible percentage of n",
    "opposing_claims": "opposing claims",
}


def readable(value: Optional[str]) -> str:
    """A code as words: 'clinic_web_page' -> 'clinic web page'."""
    return (value or "").replace("_", " ")


def interval_text(point: Optional[float], lower: Optional[float], upper: Optional[float], unit: str) -> str:
    """The interval spelled out: 'from 0% to 20% (stated: 20%)', 'from 250,000, no upper bound'."""
    low = "no lower bound" if lower is None else f"from {fmt_number(lower, unit)}"
    if upper is None:
        text = f"{low}, no upper bound"
    elif lower == upper:
        text = f"exactly {fmt_number(upper, unit)}"
    else:
        text = f"{low} to {fmt_number(upper, unit)}"
    if point is not None and not (lower == upper == point):
        text += f" (stated: {fmt_number(point, unit)})"
    return text


@dataclass
class DocInfo:
    """What the reviewer needs to judge a source."""

    doc_id: str
    label: str
    title: Optional[str] = None
    publisher: Optional[str] = None
    source: Optional[str] = None
    date: Optional[str] = None
    source_type: Optional[str] = None
    source_type_basis: Optional[str] = None
    journal: Optional[str] = None
    authors: list[str] = field(default_factory=list)


def doc_info(doc: Optional[Document], doc_id: str) -> DocInfo:
    """A document's provenance, or only its id when it is no longer in the outputs."""
    if doc is None:
        return DocInfo(doc_id, doc_id)
    return DocInfo(
        doc_id=doc.doc_id,
        label=doc_label(doc),
        title=doc.title,
        publisher=doc.publisher,
        source=doc.url or doc.path,
        date=doc.date,
        source_type=readable(doc.source_type),
        source_type_basis=doc.source_type_basis,
        journal=doc.journal,
        authors=list(doc.authors),
    )


@dataclass
class ClaimView:
    """One claim as a page shows it: highlighted context, what it says, where from."""

    claim_id: str
    doc: DocInfo
    type: str
    context: Markup
    surface: str
    summary: str = ""
    interval: Optional[str] = None
    qualifier: Optional[str] = None
    details: list[tuple[str, str]] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    section: Optional[str] = None
    present: bool = True
    complemented: bool = False
    polarity: Optional[str] = None
    conflicts: list[str] = field(default_factory=list)


def spans_of(claim: Claim, text: str) -> list[Span]:
    """The marks of a claim: its sentence, and its figure or its argument mentions (checked against the text)."""
    ev = claim.evidence
    spans = [Span(ev.start, ev.end, "quote", {"data-claim": claim.claim_id})]
    if isinstance(claim, StatisticClaim):
        v = claim.value
        spans.append(Span(v.start, v.end, "figure", {"title": f"{v.qualifier}, {v.unit}"}))
        return spans
    for role, mention in mentions_of(claim):
        if not mention.implicit and text[mention.start : mention.end] == mention.text:
            spans.append(Span(mention.start, mention.end, f"arg arg-{role}", {"title": role}))
    return spans


def claim_view(claim: Claim, doc: Document, in_paragraph: bool = True) -> ClaimView:
    """A claim of the current outputs, its sentence marked in its paragraph (or alone)."""
    ev = claim.evidence
    start, end = paragraph_bounds(doc.text, ev.start, ev.end) if in_paragraph else (ev.start, ev.end)
    view = ClaimView(
        claim_id=claim.claim_id,
        doc=doc_info(doc, doc.doc_id),
        type=claim.type,
        context=highlight(doc.text, start, end, spans_of(claim, doc.text)),
        surface="",
        references=list(ev.references),
        section=ev.section,
    )
    if ev.source_type:  # the source type the figure carries (schema 1.4.0), when the run records it
        view.doc.source_type = readable(ev.source_type)
    if isinstance(claim, StatisticClaim):
        v = claim.value
        view.surface = v.surface
        view.summary = claim.measure.key
        view.interval = interval_text(v.point, v.lower, v.upper, v.unit)
        view.qualifier = QUALIFIERS[v.qualifier]
        view.details = [
            (name, value)
            for name, value in (
                ("unit", v.unit),
                ("outcome", claim.outcome),
                ("population", claim.population),
                ("intervention", claim.intervention),
                ("out of n", f"{claim.n.n} ({claim.n.surface})" if claim.n else None),
                ("time frame", claim.time_frame),
                ("threshold", claim.threshold),
                ("polarity", claim.polarity),
            )
            if value
        ]
    else:
        view.surface = view.summary = claim_label(claim)  # type: ignore[arg-type]
        view.details = [(role, m.text + (f" \u2192 {m.concept.name} ({m.concept.id})" if m.concept else ""))
                        for role, m in mentions_of(claim)]  # fmt: skip
        view.details.append(("certainty", claim.assertion.certainty))
    return view


@dataclass
class ConflictView:
    """Everything the conflict page shows."""

    conflict: Conflict
    kind_label: str
    gone: bool
    claims: list[ClaimView]
    chart: Optional[Markup]
    chart_figures: list[ChartFigure]


def conflict_view(conflict: Conflict, outputs: Outputs, gone: bool) -> ConflictView:
    """The conflict page: every claim in context, and the chart of the measure (figures only)."""
    views = [_figure_view(conflict, f.claim_id, outputs) for f in conflict.figures]
    views += [_figure_view(conflict, s.claim_id, outputs) for s in conflict.statements]
    chart = None
    figures: list[ChartFigure] = []
    if conflict.figures:
        figures, unit = same_measure_figures(conflict, outputs.statistics(), load_settings(), labels_of(outputs.documents))
        chart = chart_svg(figures, unit, title=f"Every figure for the measure: {conflict.measure or 'unnamed'}")
    return ConflictView(conflict, KIND_LABELS[conflict.kind], gone, views, chart, figures)


def _figure_view(conflict: Conflict, claim_id: str, outputs: Outputs) -> ClaimView:
    """A claim of the conflict: from the outputs when still there, else from the conflict's record."""
    claim = outputs.claims.get(claim_id)
    doc = outputs.documents.get(claim.doc_id) if claim else None
    figure = next((f for f in conflict.figures if f.claim_id == claim_id), None)
    if claim is not None and doc is not None:
        view = claim_view(claim, doc)
        view.complemented = bool(figure and figure.complemented)
    elif figure is not None:
        unit = "proportion" if all(x is None or 0 <= x <= 1 for x in (figure.point, figure.lower, figure.upper)) else "count"
        view = ClaimView(
            claim_id=claim_id, doc=doc_info(outputs.documents.get(figure.doc_id), figure.doc_id), type="statistic",
            context=marked_in_quote(figure.quote, figure.surface), surface=figure.surface,
            interval=interval_text(figure.point, figure.lower, figure.upper, unit),
            qualifier=QUALIFIERS[figure.qualifier], present=False, complemented=figure.complemented,
        )  # fmt: skip
    else:
        statement = next(s for s in conflict.statements if s.claim_id == claim_id)
        view = ClaimView(
            claim_id=claim_id, doc=doc_info(outputs.documents.get(statement.doc_id), statement.doc_id),
            type=statement.type, context=marked_in_quote(statement.quote, "", "quote"), surface=statement.label,
            summary=statement.label, present=False,
        )  # fmt: skip
    statement = next((s for s in conflict.statements if s.claim_id == claim_id), None)
    if statement is not None:
        view.polarity = statement.polarity
    view.conflicts = [c.conflict_id for c in outputs.conflicts_of_claim(claim_id) if c.conflict_id != conflict.conflict_id]
    return view


def document_claims(outputs: Outputs, doc: Document, claim_type: Optional[str] = None) -> list[ClaimView]:
    """Every claim of a document (of one type), in text order, each sentence highlighted."""
    claims = [c for c in outputs.claims_by_doc.get(doc.doc_id, []) if claim_type in (None, c.type)]
    views = []
    for claim in sorted(claims, key=lambda c: (c.evidence.start, c.claim_id)):
        view = claim_view(claim, doc, in_paragraph=False)
        view.conflicts = [c.conflict_id for c in outputs.conflicts_of_claim(claim.claim_id)]
        views.append(view)
    return views


@dataclass
class ConceptClaims:
    """The claims of one document that name a concept, with the roles it plays in them."""

    doc: DocInfo
    claims: list[tuple[ClaimView, list[str]]]


def concept_claims(outputs: Outputs, concept_id: str) -> list[ConceptClaims]:
    """Every claim naming a concept, by document (in the order of the outputs), the concept's mention marked."""
    by_claim: dict[int, tuple[Claim, list[str]]] = {}  # by identity: two claims may share an id
    for use in outputs.concepts.get(concept_id, []):
        by_claim.setdefault(id(use.claim), (use.claim, []))[1].append(use.role)
    groups: dict[str, ConceptClaims] = {}
    for claim, roles in by_claim.values():
        doc = outputs.documents[claim.doc_id]
        view = claim_view(claim, doc, in_paragraph=False)
        view.conflicts = [c.conflict_id for c in outputs.conflicts_of_claim(claim.claim_id)]
        groups.setdefault(doc.doc_id, ConceptClaims(doc_info(doc, doc.doc_id), [])).claims.append(
            (view, sorted(set(roles)))
        )
    order = list(outputs.documents)
    return sorted(groups.values(), key=lambda g: order.index(g.doc.doc_id))


def concept_index(outputs: Outputs) -> list[tuple[str, str, int, int]]:
    """Every concept the claims name: id, name, claims, documents; most claims first."""
    rows = []
    for concept_id, uses in outputs.concepts.items():
        claims = {id(u.claim) for u in uses}
        docs = {u.claim.doc_id for u in uses}
        rows.append((concept_id, outputs.concept_names.get(concept_id, concept_id), len(claims), len(docs)))
    return sorted(rows, key=lambda r: (-r[2], r[1].lower(), r[0]))


def document_index(outputs: Outputs) -> list[tuple[DocInfo, int, int]]:
    """Every document: provenance, claims, conflicts involving it."""
    rows = []
    for doc in outputs.documents.values():
        n_conflicts = sum(
            1 for c in outputs.conflicts.values() if doc.doc_id in {f.doc_id for f in c.figures} | {s.doc_id for s in c.statements}
        )
        rows.append((doc_info(doc, doc.doc_id), len(outputs.claims_by_doc.get(doc.doc_id, [])), n_conflicts))
    return rows


def wrong_claim_choices(view: ConflictView) -> Sequence[tuple[str, str]]:
    """(claim id, what it says) for the 'which claim was wrong' boxes of the verdict form."""
    return [(c.claim_id, f"{c.surface} \u2014 {c.doc.label}") for c in view.claims]
