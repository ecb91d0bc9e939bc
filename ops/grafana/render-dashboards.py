#!/usr/bin/env python3
"""Draws each Grafana dashboard in ops/grafana/dashboards as an SVG picture for the README.

The picture is the dashboard's layout, not its data: each panel where Grafana puts it (the
24-column grid), with its title, its type and the question it answers (its description).
Standard library only:  python3 ops/grafana/render-dashboards.py  [output folder, default docs/dashboards]
"""
import json
import pathlib
import sys
import textwrap
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parents[2]
DASHBOARDS = ROOT / "ops" / "grafana" / "dashboards"
COLUMN, ROW, GAP, MARGIN, HEADER = 50, 30, 6, 16, 64
WIDTH = 24 * COLUMN + 2 * MARGIN
FONT = "font-family='DejaVu Sans, Verdana, Arial, sans-serif'"
TYPE_NAMES = {"stat": "stat", "timeseries": "time series", "bargauge": "bar gauge", "piechart": "pie chart",
              "table": "table", "text": "text", "gauge": "gauge", "barchart": "bar chart", "heatmap": "heatmap"}
COLOURS = {"stat": "#73bf69", "timeseries": "#5794f2", "bargauge": "#ff9830", "piechart": "#b877d9",
           "table": "#8ab8ff", "gauge": "#f2cc0c"}


def sketch(kind, x, y, colour):
    """A tiny drawing of the panel type, 56 x 28, at (x, y)."""
    if kind == "timeseries":
        points = " ".join(f"{x + i * 8},{y + 22 - v}" for i, v in enumerate([4, 10, 7, 15, 12, 20, 17, 24]))
        return f"<polyline points='{points}' fill='none' stroke='{colour}' stroke-width='2'/>"
    if kind == "bargauge":
        return "".join(f"<rect x='{x}' y='{y + i * 9}' width='{w}' height='6' rx='1' fill='{colour}'/>"
                       for i, w in enumerate([52, 34, 20]))
    if kind == "piechart":
        return (f"<circle cx='{x + 28}' cy='{y + 14}' r='13' fill='{colour}' opacity='0.45'/>"
                f"<path d='M{x + 28},{y + 14} L{x + 28},{y + 1} A13,13 0 0,1 {x + 40},{y + 19} Z' fill='{colour}'/>")
    if kind == "table":
        return "".join(f"<rect x='{x}' y='{y + i * 7}' width='56' height='5' fill='{colour}' opacity='{0.9 - i * 0.2}'/>"
                       for i in range(4))
    return (f"<text x='{x + 28}' y='{y + 24}' text-anchor='middle' {FONT} font-size='24' font-weight='bold' "
            f"fill='{colour}'>Σ</text>")


def panel_svg(panel):
    grid = panel["gridPos"]
    x = MARGIN + grid["x"] * COLUMN + GAP / 2
    y = HEADER + grid["y"] * ROW + GAP / 2
    w = grid["w"] * COLUMN - GAP
    h = grid["h"] * ROW - GAP
    kind = panel.get("type", "")
    colour = COLOURS.get(kind, "#aaaaaa")
    parts = [f"<rect x='{x}' y='{y}' width='{w}' height='{h}' rx='4' fill='#181b1f' stroke='#2c3235'/>",
             f"<rect x='{x}' y='{y}' width='4' height='{h}' rx='2' fill='{colour}'/>"]
    label = TYPE_NAMES.get(kind, kind)
    title_chars = max(8, int((w - 24 - len(label) * 6.5) / 7.6))
    titles = textwrap.wrap(panel.get("title", ""), title_chars)
    if len(titles) > 2:
        titles = [titles[0], titles[1][:title_chars - 1] + "…"]
    for i, line in enumerate(titles):
        parts.append(f"<text x='{x + 12}' y='{y + 19 + i * 16}' {FONT} font-size='13' font-weight='bold' "
                     f"fill='#d8d9da'>{escape(line)}</text>")
    parts.append(f"<text x='{x + w - 10}' y='{y + 17}' text-anchor='end' {FONT} font-size='10' fill='{colour}'>"
                 f"{escape(label)}</text>")
    parts.append(sketch(kind, x + w - 66, y + h - 38, colour))
    top = y + 38 + (len(titles) - 1) * 16
    lines_fit = max(1, int((y + h - 10 - top) / 14) + 1)
    width_chars = max(10, int((w - (90 if h < 150 else 24)) / 6.1))
    lines = textwrap.wrap(panel.get("description", ""), width_chars)
    if len(lines) > lines_fit:
        lines = lines[:lines_fit]
        lines[-1] = lines[-1][:max(0, width_chars - 1)] + "…"
    for i, line in enumerate(lines):
        parts.append(f"<text x='{x + 12}' y='{top + i * 14}' {FONT} font-size='11' fill='#9fa7b3'>"
                     f"{escape(line)}</text>")
    # The queries, where the panel is big enough to show them under the question.
    query_top = top + len(lines) * 14 + 8
    query_chars = int((w - 90) / 6.0)
    queries = []
    for target in panel.get("targets", []):
        queries += textwrap.wrap(target.get("expr", ""), query_chars, subsequent_indent="  ")
    room = int((y + h - 8 - query_top) / 12)
    if h >= 150 and room >= 1:
        if len(queries) > room:
            queries = queries[:room]
            queries[-1] = queries[-1][:query_chars - 1] + "…"
        for i, line in enumerate(queries):
            parts.append(f"<text x='{x + 12}' y='{query_top + i * 12}' font-family='DejaVu Sans Mono, monospace' "
                         f"font-size='10' fill='#6e7681'>{escape(line)}</text>")
    return "\n".join(parts)


def dashboard_svg(dashboard):
    panels = dashboard["panels"]
    bottom = max(p["gridPos"]["y"] + p["gridPos"]["h"] for p in panels)
    height = HEADER + bottom * ROW + MARGIN
    variables = [v.get("label") or v["name"] for v in dashboard.get("templating", {}).get("list", [])]
    time = dashboard.get("time", {}).get("from", "")
    head = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{WIDTH}' height='{height}' "
            f"viewBox='0 0 {WIDTH} {height}'>",
            f"<title>{escape(dashboard['title'])}</title>",
            f"<rect width='{WIDTH}' height='{height}' fill='#111217'/>",
            f"<text x='{MARGIN}' y='28' {FONT} font-size='18' font-weight='bold' fill='#ffffff'>"
            f"{escape(dashboard['title'])}</text>",
            f"<text x='{MARGIN}' y='48' {FONT} font-size='11' fill='#9fa7b3'>"
            f"{escape(dashboard.get('description', ''))}</text>",
            f"<text x='{WIDTH - MARGIN}' y='28' text-anchor='end' {FONT} font-size='11' fill='#9fa7b3'>"
            f"{escape('filters: ' + ', '.join(variables) + '   ·   time range: ' + time + ' to now')}</text>"]
    return "\n".join(head + [panel_svg(p) for p in panels] + ["</svg>", ""])


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "dashboards"
    out.mkdir(parents=True, exist_ok=True)
    for source in sorted(DASHBOARDS.glob("*.json")):
        dashboard = json.loads(source.read_text(encoding="utf-8"))
        target = out / (source.stem + ".svg")
        target.write_text(dashboard_svg(dashboard), encoding="utf-8")
        print(f"{source.relative_to(ROOT)} -> {target}")


if __name__ == "__main__":
    main()
