"""Highlighting and the chart: document text escaped piece by piece, marks nested, the SVG's marks."""

from __future__ import annotations

import re
from html import unescape

from extract.review.chart import ChartFigure, chart_svg
from extract.review.highlight import Span, highlight, paragraph_bounds

PAYLOAD = '<script>alert(1)</script> <img src=x onerror=alert(1)> "quoted" & more'


def strip_tags(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_highlight_escapes_every_piece_and_keeps_the_text() -> None:
    text = f"Intro {PAYLOAD}.\n\nUp to 20 percent {PAYLOAD} of people. After.\n\nNext paragraph."
    start = text.index("Up to")
    end = text.index("people.") + len("people.")
    html = str(highlight(text, *paragraph_bounds(text, start, end), [
        Span(start, end, "quote", {"data-claim": 'c"><script>'}), Span(start, start + 16, "figure"),
    ]))  # fmt: skip
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "onerror=alert(1)&gt;" in html
    assert 'data-claim="c&#34;&gt;&lt;script&gt;"' in html
    assert strip_tags(html) == "Up to 20 percent " + PAYLOAD + " of people. After."
    quote = re.search(r'<mark class="quote"[^>]*>(.*)</mark>(?!.*</mark>)', html, re.S).group(1)
    assert strip_tags(quote) == text[start:end]
    assert re.search(r'<mark class="figure">Up to 20 percent</mark>', html)


def test_overlapping_spans_nest_and_the_window_is_cut_with_an_ellipsis() -> None:
    text = "a" * 2000 + " The sentence with 15% inside. " + "b" * 2000
    start = text.index("The")
    end = text.index("inside.") + 7
    bounds = paragraph_bounds(text, start, end, limit=100)
    assert bounds == (start - 100, end + 100)
    html = str(highlight(text, *bounds, [Span(start, end, "quote"), Span(text.index("15%"), end + 50, "arg")]))
    assert html.startswith("\u2026") and html.endswith("\u2026")
    assert html.count("<mark") == html.count("</mark>") == 2
    assert '<mark class="arg">15% inside.</mark></mark>' in html


def test_unknown_attribute_names_are_dropped() -> None:
    html = str(highlight("abc", 0, 3, [Span(0, 1, "figure", {"onclick": "x()", "title": "t"})]))
    assert "onclick" not in html and 'title="t"' in html


def fig(cid: str, point, lower, upper, qualifier="exact", hot=False, label="Doc") -> ChartFigure:  # noqa: ANN001
    return ChartFigure(cid, label, f"{cid} figure", point, lower, upper, qualifier, hot)


def test_chart_draws_intervals_as_bars_points_as_dots_and_highlights_the_conflict() -> None:
    figures = [
        fig("a", 0.2, 0.0, 0.2, "up_to", hot=True),
        fig("b", 0.15, 0.15, 0.15, hot=True),
        fig("c", 0.6, 0.6, 1.0, "at_least"),
        fig("d", 0.3, 0.3, 0.3, label=PAYLOAD),
    ]
    svg = str(chart_svg(figures, "proportion"))
    assert len(re.findall(r'class="mark ', svg)) == 4
    assert re.findall(r'<rect class="mark interval( conflict)?" data-claim="(\w)"', svg) == [(" conflict", "a"), ("", "c")]
    assert re.findall(r'<circle class="mark point( conflict)?" data-claim="(\w)"', svg) == [(" conflict", "b"), ("", "d")]
    assert "<script" not in svg and "<img" not in svg and "&lt;script&gt;" in svg
    assert ">100%</text>" in svg and ">0%</text>" in svg
    # 'up to 20%' spans from the axis start to a fifth of the plot
    x, width = (float(v) for v in re.search(r'data-claim="a" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg).groups())
    c_x, c_width = (float(v) for v in re.search(r'data-claim="c" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg).groups())
    assert abs(width * 2 - c_width) < 1 and c_x + c_width > x + 4 * width


def test_counts_get_a_round_axis_and_open_bounds_an_arrow() -> None:
    svg = str(chart_svg([fig("a", 250000, 250000, None, "more_than", hot=True), fig("b", 500000, 500000, 500000)], "count"))
    ticks = re.findall(r'class="tick"[^>]*>([\d,]+)</text>', svg)
    assert ticks == ["0", "250,000", "500,000", "750,000", "1,000,000"]
    from extract.review.chart import LABEL_WIDTH, RIGHT, WIDTH

    middle = LABEL_WIDTH + (WIDTH - LABEL_WIDTH - RIGHT) / 2
    assert abs(float(re.search(r'data-claim="b" cx="([\d.]+)"', svg).group(1)) - middle) < 0.1
    assert '<path class="open conflict"' in svg
    assert len(re.findall(r'class="mark ', svg)) == 2
