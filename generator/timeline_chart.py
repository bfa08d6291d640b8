"""Lay out the timeline graphic: where each dated item sits and where its label goes.

The template draws the SVG; this module only does the geometry, which would
be unreadable as Jinja arithmetic. Items are spaced by order rather than by
elapsed time: briefing timelines run from a distant milestone (1997–98) to a
cluster of recent meetings, and a linear scale would pile the recent ones on
top of each other.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from .models import TimelineItem

WIDTH = 1000
AXIS_Y_MIN = 120
LINE = 14  # label line height in SVG user units (11px text)
CHARS = 30  # characters per label line at the label width
MARGIN = 70


@dataclass
class Label:
    lines: list[tuple[str, str]]  # (css class, text)
    x: float
    y: float  # baseline of the first line
    above: bool
    anchor: str


@dataclass
class Stop:
    x: float
    date: str
    planned: bool
    kinds: list[str]
    items: list[TimelineItem]
    label: Label | None = None


@dataclass
class Chart:
    width: int
    height: int
    axis_y: float
    stops: list[Stop] = field(default_factory=list)

    @property
    def axis_start(self) -> float:
        return self.stops[0].x - 30 if self.stops else MARGIN

    @property
    def axis_end(self) -> float:
        return self.stops[-1].x + 30 if self.stops else WIDTH - MARGIN

    @property
    def dated_end(self) -> float:
        """Where the solid axis stops and the dashed (planned) part begins."""
        dated = [s.x for s in self.stops if not s.planned]
        return (dated[-1] + 30) if dated else self.axis_start


def layout(items: list[TimelineItem], date_format) -> Chart:
    """Place items (already sorted) along an axis; ``date_format`` prints a PartialDate."""
    groups: dict[str, list[TimelineItem]] = {}
    for item in items:
        groups.setdefault(item.date.iso(), []).append(item)
    keys = list(groups)
    count = max(len(keys), 1)
    step = (WIDTH - 2 * MARGIN) / max(count - 1, 1)
    stops = []
    for i, key in enumerate(keys):
        group = groups[key]
        x = WIDTH / 2 if count == 1 else MARGIN + i * step
        stops.append(
            Stop(
                x=round(x, 1),
                date=date_format(group[0].date),
                planned=all(it.planned or it.date.planned for it in group),
                kinds=[it.kind for it in group],
                items=group,
            )
        )
    # Alternate labels above and below the axis, so neighbours never collide.
    heights = {True: 0.0, False: 0.0}
    for i, stop in enumerate(stops):
        above = i % 2 == 0
        lines: list[tuple[str, str]] = [("tl-date", stop.date)]
        for item in stop.items:
            title = item.title + (f" ({item.place})" if item.place else "")
            for j, text in enumerate(textwrap.wrap(title, CHARS) or [""]):
                lines.append(("tl-title" if j == 0 else "tl-title tl-cont", text))
        anchor = "middle"
        if stop.x - MARGIN < 60:
            anchor = "start"
        elif stop.x > WIDTH - MARGIN - 60:
            anchor = "end"
        lx = stop.x - 8 if anchor == "start" else stop.x + 8 if anchor == "end" else stop.x
        stop.label = Label(lines=lines, x=lx, y=0, above=above, anchor=anchor)
        heights[above] = max(heights[above], len(lines) * LINE)
    axis_y = max(AXIS_Y_MIN, heights[True] + 40)
    for stop in stops:
        label = stop.label
        block = len(label.lines) * LINE
        label.y = axis_y - 22 - block + LINE - 2 if label.above else axis_y + 34
    height = int(axis_y + heights[False] + 46)
    return Chart(width=WIDTH, height=height, axis_y=axis_y, stops=stops)
