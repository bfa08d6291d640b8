"""The timeline graphic stays legible however many items the timeline holds.

Checked twice: on the layout the template gets (exact boxes), and on the SVG
of a built document, where each label's box is estimated from its text and
font size, independently of how the layout estimates it.
"""

from __future__ import annotations

import re
from itertools import combinations

import pytest
from helpers import EVENT, assert_ok, make_project, minimal_event, run_cli
from lxml import html as lxml_html

from generator.content.models import TimelineItem
from generator.render.timeline_chart import layout

MIN_PT = 7.0
MM = 72 / 25.4
PAPER_WIDTH_MM = {"A4": 210, "A5": 148}
LONG = "Senior Officials Meeting on the follow-up of the World Summit Outcome Document and human security"


def _items(count: int, *, long: bool = False, same_day: int = 1) -> list[TimelineItem]:
    """``count`` dated items from 2004 on, ``same_day`` to a day; the last is planned."""
    items = []
    for n in range(count):
        day = n // same_day
        date = f"{2004 + day // 336}-{day // 28 % 12 + 1:02d}-{day % 28 + 1:02d}"
        title = f"{LONG} {n + 1}" if long else f"Senior Officials Meeting {n + 1}"
        items.append(TimelineItem.model_validate({"date": date, "title": title, "place": "Geneva"}))
    items.append(TimelineItem.model_validate({"date": "planned", "title": "Next meeting", "planned": True}))
    return items


def _apart(a, b) -> bool:
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def _approx_width(text: str, size: float, bold: bool) -> float:
    """Text width at ``size`` in a sans-serif font: 0.55 em a character, 0.62 in bold."""
    return len(text) * size * (0.62 if bold else 0.55)


@pytest.mark.parametrize("width_pt", [476.0, 335.6], ids=["A4", "A5"])
@pytest.mark.parametrize(
    "count,long,same_day",
    [
        (19, False, 1),
        (20, True, 1),
        (60, False, 1),
        (60, True, 3),
        (500, True, 1),
        (500, True, 7),
        (1, True, 1),
    ],
)
def test_labels_never_overlap_and_stay_legible(width_pt, count, long, same_day):
    chart = layout(_items(count, long=long, same_day=same_day), lambda d: d.format("en", "Planned"), width_pt)
    assert chart.font * width_pt / chart.width >= MIN_PT
    assert 1 <= chart.shown <= chart.total
    if (count, long, width_pt) == (19, False, 476.0):
        assert chart.shown == chart.total  # 20 dates with ordinary titles all fit on A4
    labels = [s.label for s in chart.stops]
    for a, b in combinations(labels, 2):
        assert _apart(a.box, b.box), (a.lines, b.lines)
    for stop in chart.stops:
        left, top, right, bottom = stop.label.box
        assert left >= -0.1 and right <= chart.width + 0.1, stop.label  # inside the drawing, to rounding
        assert top >= 0 and bottom <= chart.height, stop.label
        for cls, text in stop.label.lines:
            assert _approx_width(text, chart.font, cls == "tl-date") <= right - left, text
        # Its leader line, from the axis to the label, crosses no other label.
        lo, hi = sorted((chart.axis_y, stop.tip))
        leader = (stop.x - 0.6, lo, stop.x + 0.6, hi)
        assert all(_apart(leader, other.label.box) for other in chart.stops if other is not stop)


def _svg_labels(svg, scale: float):
    """Each label's (box, font size in points) from the SVG's text positions."""
    out = []
    for text in svg.iter("{*}text", "text"):
        size = float(text.get("font-size"))
        x, y, anchor = float(text.get("x")), float(text.get("y")), text.get("text-anchor", "start")
        spans = list(text)
        lines = [(s.text or "", s.get("font-weight") == "bold") for s in spans]
        width = max(_approx_width(t, size, bold) for t, bold in lines)
        depth = sum(float(s.get("dy", 0)) for s in spans)
        left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
        out.append(((left, y - 0.75 * size, left + width, y + depth + 0.22 * size), size * scale))
    return out


@pytest.mark.parametrize("paper", ["a4", "a5"])
@pytest.mark.parametrize("count", [21, 60])
def test_built_graphic_has_no_overprinted_labels(tmp_path, paper, count):
    event = minimal_event()
    event["timeline"] = [
        {"date": it.date.iso(), "title": it.title, "place": it.place or None, "planned": it.planned}
        for it in _items(count, long=count > 21, same_day=2)
    ]
    root = make_project(tmp_path, event=event)
    assert_ok(run_cli(["build", "-j", "1", "-f", "html", "-d", "timeline", "--paper", paper], project=root))
    [built] = (root / "build" / EVENT).glob("timeline*.html")
    page = built.read_text()
    size, margins = re.search(r"@page \{\s*size: (\w+)[^;]*;\s*margin: ([^;]+);", page).groups()
    right, left = (float(m[:-2]) * (MM if m.endswith("mm") else 1) for m in margins.split()[1::2])
    text_width = PAPER_WIDTH_MM[size] * MM - left - right
    doc = lxml_html.fromstring(page.encode())
    svg = doc.xpath("//*[local-name()='svg' and contains(@class, 'timeline')]")[0]
    scale = text_width / float(svg.get("viewbox", svg.get("viewBox")).split()[2])
    labels = _svg_labels(svg, scale)
    assert labels
    for _, pt in labels:
        assert pt >= MIN_PT - 0.05
    for (a, _), (b, _) in combinations(labels, 2):
        assert _apart(a, b), (a, b)
    caption = doc.xpath("//figcaption")[0].text_content()
    if count > 21:
        assert re.search(r"shows the first \d+ of the 31 dates", caption), caption
    elif paper == "a4":
        assert "shows the first" not in caption
