"""Highlighted document text as HTML: every piece of text escaped, only our own tags added.

Document text comes from crawled pages and may carry ``<script>`` or ``onerror=`` payloads;
nothing here ever marks it safe. :func:`highlight` escapes each slice with
:func:`markupsafe.escape` and wraps the spans in ``<mark>`` elements whose class and attributes
are ours (and escaped too).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

#: Longest context shown around a sentence, in characters, when its paragraph is longer.
CONTEXT_CHARS = 700
ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class Span:
    """A span of the document to mark: ``text[start:end]`` in a ``<mark class=cls>``."""

    start: int
    end: int
    cls: str
    attrs: dict[str, str] = field(default_factory=dict)


def paragraph_bounds(text: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> tuple[int, int]:
    """The paragraph around ``text[start:end]`` (between blank lines), cut to at most ``limit``
    characters on each side of the span when the paragraph is longer."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    return max(para_start, start - limit), min(para_end, end + limit)


def highlight(text: str, start: int, end: int, spans: Sequence[Span]) -> Markup:
    """``text[start:end]`` as escaped HTML with ``spans`` marked.

    Spans outside the window are dropped and spans crossing its edge are cut to it; a span
    that crosses another's edge is cut to the one that starts first, so the marks nest. An
    ellipsis shows where the window cuts a longer text.
    """
    inside = sorted(
        (Span(max(s.start, start), min(s.end, end), s.cls, s.attrs) for s in spans if s.start < end and s.end > start),
        key=lambda s: (s.start, -s.end),
    )
    body = _render(text, start, end, [s for s in inside if s.end > s.start])
    before = ELLIPSIS if start > 0 and text[start - 1] not in "\n" else ""
    after = ELLIPSIS if end < len(text) and text[end] not in "\n" else ""
    return Markup(escape(before) + body + escape(after))


def _render(text: str, start: int, end: int, spans: list[Span]) -> Markup:
    """Escaped ``text[start:end]`` with sorted, window-cut ``spans`` as nested marks."""
    out = Markup("")
    pos = start
    i = 0
    while i < len(spans):
        outer = spans[i]
        children = []
        i += 1
        while i < len(spans) and spans[i].start < outer.end:
            s = spans[i]
            children.append(Span(s.start, min(s.end, outer.end), s.cls, s.attrs))
            i += 1
        out += escape(text[pos : outer.start])
        out += _open(outer) + _render(text, outer.start, outer.end, [c for c in children if c.end > c.start])
        out += Markup("</mark>")
        pos = outer.end
    return out + escape(text[pos:end])


def _open(span: Span) -> Markup:
    """The opening ``<mark>`` of a span, its class and attributes escaped."""
    attrs = "".join(Markup(' {}="{}"').format(name, value) for name, value in span.attrs.items() if _name_ok(name))
    return Markup('<mark class="{}"{}>').format(span.cls, Markup(attrs))


def _name_ok(name: str) -> bool:
    """Attribute names we set: ``title`` and ``data-*``, letters, digits and dashes only."""
    return (name == "title" or name.startswith("data-")) and all(ch.isalnum() or ch == "-" for ch in name)


def marked_in_quote(quote: str, surface: str, cls: str = "figure") -> Markup:
    """A quote with the first occurrence of ``surface`` marked (for a claim no longer in the outputs)."""
    at = quote.find(surface) if surface else -1
    spans = [Span(at, at + len(surface), cls)] if at >= 0 else []
    return highlight(quote, 0, len(quote), spans)
