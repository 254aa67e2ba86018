"""Claim charts as inline SVG: figures by publication date and source, qualifiers drawn.

Drawn on the server, with no JavaScript library and nothing fetched from the internet, so that the
report is one file that opens anywhere and the web app works offline.

* exact figure: a dot; approximate (≈): a dot with a ±15 % whisker;
* at least (≥) / at most (≤): a dot with an arrow up / down;
* range or vague amount: a bar from low to high.
"""

from __future__ import annotations

import math
from html import escape

from recoupe.link.claims import APPROX_TOLERANCE
from recoupe.model import ClaimGroup, ClaimReport

WIDTH, HEIGHT = 560, 220
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64, 150, 16, 36
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def _bounds(report: ClaimReport) -> tuple[float, float, float]:
    """Low, point and high values to draw for a report."""
    if report.qualifier in ("range", "vague") and report.low is not None and report.high is not None:
        return float(report.low), (float(report.low) + float(report.high)) / 2, float(report.high)
    value = float(report.value or 0)
    if report.qualifier == "approx":
        return value * (1 - APPROX_TOLERANCE), value, value * (1 + APPROX_TOLERANCE)
    return value, value, value


def claim_chart(group: ClaimGroup, outlets: dict[str, str]) -> str:
    """An SVG chart of the group's figures (x: publication date, y: value, colour: source)."""
    reports = [r for r in group.reports if r.value is not None or r.low is not None]
    if not reports:
        return ""
    dates = sorted({r.published or "undated" for r in reports})
    lows, highs = zip(*[(_bounds(r)[0], _bounds(r)[2]) for r in reports], strict=True)
    top = max(highs) * 1.25 or 1.0
    bottom = 0.0
    log = max(highs) > 0 and min(v for v in lows if v > 0) * 50 < max(highs) if any(v > 0 for v in lows) else False
    if log:
        bottom = min(v for v in lows if v > 0) / 2

    def y(value: float) -> float:
        span = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
        if log:
            value = max(value, bottom)
            return MARGIN_TOP + span * (1 - (math.log(value) - math.log(bottom)) / (math.log(top) - math.log(bottom)))
        return MARGIN_TOP + span * (1 - (value - bottom) / (top - bottom))

    def x(date: str) -> float:
        span = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
        return MARGIN_LEFT + (span * (dates.index(date) + 0.5) / len(dates))

    sources = list(dict.fromkeys(r.source or "no source named" for r in reports))
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(group.category)} figures by date and source" xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{MARGIN_LEFT}" y1="{HEIGHT - MARGIN_BOTTOM}" x2="{WIDTH - MARGIN_RIGHT}" '
        f'y2="{HEIGHT - MARGIN_BOTTOM}" stroke="#888"/>',
        f'<line x1="{MARGIN_LEFT}" y1="{MARGIN_TOP}" x2="{MARGIN_LEFT}" y2="{HEIGHT - MARGIN_BOTTOM}" stroke="#888"/>',
    ]
    for tick in _ticks(bottom, top, log):
        parts.append(
            f'<text x="{MARGIN_LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="10">{_short(tick)}</text>'
        )
    for date in dates:
        parts.append(
            f'<text x="{x(date):.1f}" y="{HEIGHT - MARGIN_BOTTOM + 16}" text-anchor="middle" '
            f'font-size="10">{escape(date)}</text>'
        )
    per_date: dict[str, int] = {}
    for report in reports:
        date = report.published or "undated"
        offset = per_date.get(date, 0)
        per_date[date] = offset + 1
        cx = x(date) + (offset - 1) * 9
        low, point, high = _bounds(report)
        col = colour[report.source or "no source named"]
        label = escape(
            f"{report.text} — {report.source or 'no source named'}, {outlets.get(report.doc, report.doc)}, {date}"
        )
        mark = [f"<title>{label}</title>"]
        if report.qualifier in ("range", "vague", "approx"):
            mark.append(
                f'<line x1="{cx:.1f}" y1="{y(low):.1f}" x2="{cx:.1f}" y2="{y(high):.1f}" stroke="{col}" '
                f'stroke-width="{6 if report.qualifier != "approx" else 2}" stroke-linecap="round"/>'
            )
        if report.qualifier not in ("range", "vague"):
            mark.append(f'<circle cx="{cx:.1f}" cy="{y(point):.1f}" r="4.5" fill="{col}"/>')
        if report.qualifier in ("at_least", "at_most"):
            direction = -1 if report.qualifier == "at_least" else 1
            tip = y(point) + direction * 16
            mark.append(
                f'<line x1="{cx:.1f}" y1="{y(point):.1f}" x2="{cx:.1f}" y2="{tip:.1f}" stroke="{col}" '
                f'stroke-width="2"/><path d="M{cx - 4:.1f},{tip - direction * 5:.1f} L{cx:.1f},{tip:.1f} '
                f'L{cx + 4:.1f},{tip - direction * 5:.1f}" fill="none" stroke="{col}" stroke-width="2"/>'
            )
        if report.copy_of:
            mark.append(
                f'<circle cx="{cx:.1f}" cy="{y(point):.1f}" r="7.5" fill="none" stroke="{col}" stroke-dasharray="2,2"/>'
            )
        parts.append(f'<g class="mark">{"".join(mark)}</g>')
    for i, source in enumerate(sources):
        ly = MARGIN_TOP + 14 * i + 6
        parts.append(
            f'<rect x="{WIDTH - MARGIN_RIGHT + 10}" y="{ly - 7}" width="10" height="10" '
            f'fill="{colour[source]}"/><text x="{WIDTH - MARGIN_RIGHT + 24}" y="{ly + 2}" font-size="10">'
            f"{escape(source[:24])}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _ticks(bottom: float, top: float, log: bool) -> list[float]:
    if log:
        first = 10 ** math.ceil(math.log10(max(bottom, 1e-9)))
        ticks = []
        value = first
        while value <= top:
            ticks.append(value)
            value *= 10
        return ticks
    step = 10 ** math.floor(math.log10(max(top, 1e-9)))
    if top / step < 3:
        step /= 2
    return [bottom + step * i for i in range(int((top - bottom) / step) + 1)]


def _short(value: float) -> str:
    for size, suffix in ((1e6, " M"), (1e3, " k")):
        if value >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"
