"""The chart of every figure for a conflict's measure across the corpus, as server-rendered SVG.

:func:`same_measure_figures` picks the figures the consistency checker would compare with the
conflict's own (:func:`extract.consistency.measures.incomparable_reason`), so the chart shows
what the checker means by "the same measure"; figures on the opposite side of a complementable
axis are drawn as their complement, and say so. :func:`chart_svg` draws intervals as bars and
points as dots, the figures in conflict highlighted; every label is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Optional

from markupsafe import Markup, escape

from extract.consistency.measures import block_key, complementary, incomparable_reason
from extract.consistency.settings import CheckSettings
from extract.records import Conflict, StatisticClaim

WIDTH = 820
LABEL_WIDTH = 330
ROW = 26
TOP = 34
BOTTOM = 12
RIGHT = 24
LABEL_CHARS = 40


@dataclass(frozen=True)
class ChartFigure:
    """One figure on the chart, in its unit (proportions as fractions)."""

    claim_id: str
    label: str
    surface: str
    point: Optional[float]
    lower: Optional[float]
    upper: Optional[float]
    qualifier: str
    highlighted: bool = False
    complemented: bool = False

    @property
    def is_interval(self) -> bool:
        """Drawn as a bar: its bounds differ (or one is open); otherwise a dot."""
        return self.lower != self.upper

    def sort_key(self) -> tuple[float, float]:
        low = self.lower if self.lower is not None else (self.point if self.point is not None else 0.0)
        high = self.upper if self.upper is not None else math.inf
        return (low, high)


def _figure(claim: StatisticClaim, label: str, highlighted: bool, flip: bool) -> ChartFigure:
    v = claim.value
    point, lower, upper = v.point, v.lower, v.upper
    if flip:  # a proportion drawn as its complement: 1 - x, bounds swapped
        point = None if point is None else 1 - point
        lower, upper = (None if upper is None else 1 - upper), (None if lower is None else 1 - lower)
    return ChartFigure(claim.claim_id, label, v.surface, point, lower, upper, v.qualifier, highlighted, flip)


def same_measure_figures(
    conflict: Conflict,
    statistics: Sequence[StatisticClaim],
    settings: CheckSettings,
    label: Callable[[str], str] = lambda doc_id: doc_id,
) -> tuple[list[ChartFigure], Optional[str]]:
    """The figures of the corpus that measure what the conflict's figures measure, and their unit.

    The conflict's own figures are highlighted. Figures whose polarity is opposite to the
    conflict's first figure on a complementable axis are drawn as their complement. A conflict
    whose claims are no longer among ``statistics`` (gone) gives its own figures only; a
    conflict without figures (opposing claims) gives none.
    """
    ids = [f.claim_id for f in conflict.figures]
    by_id = {c.claim_id: c for c in statistics}
    anchors = [by_id[i] for i in ids if i in by_id]
    if not conflict.figures:
        return [], None
    if len(anchors) < len(ids):
        return _snapshot_figures(conflict, label), None
    ref = anchors[0]
    chosen = list(anchors)
    for claim in statistics:
        if claim.claim_id in ids:
            continue
        if any(block_key(a) == block_key(claim) and incomparable_reason(a, claim, settings) is None for a in anchors):
            chosen.append(claim)
    figures = [
        _figure(c, label(c.doc_id), c.claim_id in ids, c is not ref and complementary(ref, c, settings)) for c in chosen
    ]
    return sorted(figures, key=ChartFigure.sort_key), ref.value.unit


def _snapshot_figures(conflict: Conflict, label: Callable[[str], str]) -> list[ChartFigure]:
    """The conflict's figures as its record keeps them (their claims are no longer in the outputs)."""
    return [
        ChartFigure(f.claim_id, label(f.doc_id), f.surface, f.point, f.lower, f.upper, f.qualifier, True, False)
        for f in conflict.figures
    ]


def _scale_max(figures: Sequence[ChartFigure], unit: Optional[str]) -> float:
    """The axis end: 100% for proportions, else a round number above the largest bound."""
    if unit == "proportion" or unit is None and all(
        0 <= x <= 1 for f in figures for x in (f.point, f.lower, f.upper) if x is not None
    ):
        return 1.0
    top = max((x for f in figures for x in (f.point, f.lower, f.upper) if x is not None), default=1.0) or 1.0
    magnitude = 10 ** math.floor(math.log10(top))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= top * 1.05)


def tick_label(x: float, proportion: bool) -> str:
    """An axis or value label: '20%' for proportions, '250,000' or '2.5' for the others."""
    if proportion:
        return f"{x * 100:.4g}%"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.4g}"


def chart_svg(figures: Sequence[ChartFigure], unit: Optional[str], title: str = "Figures for the same measure") -> Markup:
    """The SVG chart: one row per figure, intervals as bars, points as dots, the conflict's highlighted.

    Each mark has the class ``mark`` (plus ``interval`` or ``point``, and ``conflict`` when
    highlighted) and ``data-claim`` (the claim id); open bounds end in an arrow.
    """
    proportion = unit == "proportion" or unit is None
    top = _scale_max(figures, unit)
    plot = WIDTH - LABEL_WIDTH - RIGHT
    height = TOP + ROW * max(1, len(figures)) + BOTTOM

    def x_of(value: float) -> float:
        return round(LABEL_WIDTH + plot * min(max(value / top, 0.0), 1.0), 1)

    parts = [
        Markup('<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{w}" height="{h}" '
               'viewBox="0 0 {w} {h}" aria-labelledby="chart-title">').format(w=WIDTH, h=height),
        Markup('<title id="chart-title">{}</title>').format(title),
    ]  # fmt: skip
    for i in range(5):
        value = top * i / 4
        x = x_of(value)
        parts.append(
            Markup('<line class="grid" x1="{x}" y1="{y1}" x2="{x}" y2="{y2}"/>'
                   '<text class="tick" x="{x}" y="{ty}" text-anchor="middle">{label}</text>').format(
                x=x, y1=TOP - 6, y2=height - BOTTOM, ty=TOP - 12, label=tick_label(value, proportion))
        )  # fmt: skip
    for row, fig in enumerate(figures):
        parts.append(_row(fig, TOP + ROW * row + ROW / 2, x_of, proportion))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _row(fig: ChartFigure, y: float, x_of: Callable[[float], float], proportion: bool) -> Markup:
    """A figure's label and mark."""
    cls = " conflict" if fig.highlighted else ""
    text = f"{fig.surface} \u2014 {fig.label}"
    if len(text) > LABEL_CHARS:
        text = text[: LABEL_CHARS - 1] + "\u2026"
    tip = f"{fig.surface} ({fig.label}){' drawn as its complement' if fig.complemented else ''}"
    out = Markup('<text class="label{cls}" x="{x}" y="{y}">{text}</text>').format(
        cls=cls, x=LABEL_WIDTH - 8, y=round(y + 4, 1), text=text + (" (complement)" if fig.complemented else "")
    )
    if fig.is_interval:
        low = x_of(fig.lower if fig.lower is not None else 0.0)
        high = x_of(fig.upper) if fig.upper is not None else x_of(math.inf)
        open_end = Markup("")
        if fig.upper is None:
            open_end = Markup('<path class="open{cls}" d="M{x} {y1} L{x2} {y} L{x} {y2} Z"/>').format(
                cls=cls, x=high, x2=high + 8, y=y, y1=y - 6, y2=y + 6)  # fmt: skip
        out += Markup(
            '<rect class="mark interval{cls}" data-claim="{cid}" x="{x}" y="{y}" width="{w}" height="10" rx="3">'
            "<title>{tip}</title></rect>{open_end}"
        ).format(cls=cls, cid=fig.claim_id, x=low, y=round(y - 5, 1), w=max(round(high - low, 1), 2), tip=tip,
                 open_end=open_end)  # fmt: skip
    else:
        value = fig.point if fig.point is not None else fig.lower
        out += Markup(
            '<circle class="mark point{cls}" data-claim="{cid}" cx="{x}" cy="{y}" r="6"><title>{tip}</title></circle>'
        ).format(cls=cls, cid=fig.claim_id, x=x_of(value or 0.0), y=y, tip=tip)
    return out


def labels_of(documents: Mapping[str, object]) -> Callable[[str], str]:
    """A doc id -> short label function (title, else file name, else the id)."""

    def label(doc_id: str) -> str:
        doc = documents.get(doc_id)
        if doc is None:
            return doc_id
        return doc_label(doc)  # type: ignore[arg-type]

    return label


def doc_label(doc: object) -> str:
    """How the app names a document: its title, or its file name or URL, or its id."""
    title = getattr(doc, "title", None)
    if title:
        return title
    for name in ("path", "url"):
        value = getattr(doc, name, None)
        if value:
            return value.rstrip("/").rsplit("/", 1)[-1] or value
    return getattr(doc, "doc_id", "")
