"""Lay out the timeline graphic: where each dated item sits and where its label goes.

The template draws the SVG; this module only does the geometry, which would
be unreadable as Jinja arithmetic. Items are spaced by order rather than by
elapsed time: briefing timelines run from a distant milestone (1997–98) to a
cluster of recent meetings, and a linear scale would pile the recent ones on
top of each other. Labels take turns in four lanes (above and below the axis,
near and far) so that neighbours never overlap.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from ..content.models import TimelineItem

WIDTH = 1000
FONT = 15  # label text size in SVG user units; the figure is ~170 mm wide
LINE = 18  # label line height
CHARS = 24  # characters per label line
MARGIN = 60
GAP = 14  # between the axis (or a near lane) and a label


@dataclass
class Label:
    lines: list[tuple[str, str]]  # (css class, text)
    x: float
    y: float  # baseline of the first line
    above: bool
    far: bool
    anchor: str

    @property
    def height(self) -> int:
        return len(self.lines) * LINE


@dataclass
class Stop:
    x: float
    date: str
    planned: bool
    kinds: list[str]
    items: list[TimelineItem]
    label: Label
    #: Where the leader line from the axis ends.
    tip: float = 0.0


@dataclass
class Chart:
    width: int
    height: int
    axis_y: float
    font: int = FONT
    line: int = LINE
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
    stops: list[Stop] = []
    for i, key in enumerate(keys):
        group = groups[key]
        x = WIDTH / 2 if count == 1 else MARGIN + i * step
        lines: list[tuple[str, str]] = [("tl-date", date_format(group[0].date))]
        for item in group:
            title = item.title + (f" ({item.place})" if item.place else "")
            if item.time:
                title = f"{item.time} {title}"
            wrapped = textwrap.wrap(title, CHARS) or [""]
            lines.extend(("tl-title", text) for text in wrapped)
        # Few stops leave room for two lanes; many need four.
        above, far = i % 2 == 0, count > 4 and (i // 2) % 2 == 1
        half = CHARS * FONT * 0.3
        anchor, lx = "middle", x
        if x - half < 0:
            anchor, lx = "start", x - 6
        elif x + half > WIDTH:
            anchor, lx = "end", x + 6
        stops.append(
            Stop(
                x=round(x, 1),
                date=lines[0][1],
                planned=all(it.planned or it.date.planned for it in group),
                kinds=[it.kind for it in group],
                items=group,
                label=Label(lines, round(lx, 1), 0, above, far, anchor),
            )
        )
    near = {
        side: max((s.label.height for s in stops if s.label.above == side and not s.label.far), default=0)
        for side in (True, False)
    }
    farh = {
        side: max((s.label.height for s in stops if s.label.above == side and s.label.far), default=0)
        for side in (True, False)
    }
    reach_above = near[True] + (farh[True] + GAP if farh[True] else 0)
    axis_y = reach_above + 2 * GAP + 6
    for stop in stops:
        label = stop.label
        offset = GAP + 8 + (near[label.above] + GAP if label.far else 0)
        if label.above:
            bottom = axis_y - offset
            label.y = bottom - label.height + LINE - 4
            stop.tip = bottom + 4
        else:
            top = axis_y + offset
            label.y = top + LINE - 4
            stop.tip = top - LINE + 10
    reach_below = near[False] + (farh[False] + GAP if farh[False] else 0)
    height = int(axis_y + reach_below + 2 * GAP + 8)
    return Chart(width=WIDTH, height=height, axis_y=axis_y, stops=stops)
