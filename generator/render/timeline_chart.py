"""Lay out the timeline graphic: where each dated item sits and where its label goes.

The template draws the SVG; this module only does the geometry, which would
be unreadable as Jinja arithmetic. Items are spaced by order rather than by
elapsed time: briefing timelines run from a distant milestone (1997–98) to a
cluster of recent meetings, and a linear scale would pile the recent ones on
top of each other.

Labels go in lanes above and below the axis, each where it clears the
labels and leader lines already there; the graphic grows taller with the
lanes it needs, up to ``MAX_HEIGHT``. The SVG is scaled to the
width of the page's text, so the drawing is made narrower on small paper to
keep its type at ``MIN_PT`` or more. When the dates cannot all be placed
within ``MAX_LANES`` lanes a side, the graphic shows the first ones that can
and says so (``Chart.shown`` < ``Chart.total``); the table lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..content.models import TimelineItem

WIDTH = 1000  # the widest drawing, in SVG user units
FONT = 15  # label text size in SVG user units
LINE = 18  # label line height
MIN_PT = 7.0  # smallest label type on the printed page
#: Labels' widest line and the lines one item's title may take before it is
#: cut short with '…': the first style that fits all the dates is used.
STYLES = ((210, 4), (170, 3))
MAX_LINES = 6  # in one date's label, the date included; more items are counted ("+ 2")
MAX_HEIGHT = 0.9  # the drawing's height, at most, as a share of its width
MAX_LANES = 5  # label lanes on each side of the axis
MARGIN = 60
GAP = 14  # between the axis (or a lane) and a label
PAD = 12  # between two labels in one lane
LEADER_PAD = 4  # between a leader line and a label it passes
MAX_MARKS = 3  # markers drawn at one date
MARK_STEP = 15  # between the markers at one date
MIN_STEP = 18  # between two dates on the axis


def text_width(text: str, bold: bool = False) -> float:
    """A generous estimate of ``text``'s width in user units at ``FONT``.

    No font is measured here (the PDF and Word each pick their own); the
    per-character widths are at or above those of DejaVu Sans and Serif, the
    widest of the fonts the themes ask for, so a label drawn in any of them
    fits the box reserved for it.
    """
    em = 0.0
    for ch in text:
        if ch in " .,;:'’|!ijl":
            em += 0.34
        elif ch in "ftrI()[]-–/":
            em += 0.44
        elif ch in "mwMW@%—…":
            em += 1.0
        elif ch.isupper():
            em += 0.8
        else:
            em += 0.66
    return em * FONT * (1.12 if bold else 1.0)


def _wrap(text: str, lines: int, label_w: float) -> list[str]:
    """Break ``text`` into at most ``lines`` lines of ``label_w``; cut the rest short with '…'."""
    out: list[str] = []
    for word in text.split():
        while text_width(word) > label_w:  # a word wider than a line is broken
            cut = len(word)
            while cut > 1 and text_width(word[:cut]) > label_w:
                cut -= 1
            out.append(word[:cut])
            word = word[cut:]
        if out and text_width(f"{out[-1]} {word}") <= label_w:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    if len(out) > lines:
        words = out[lines - 1].split()
        while len(words) > 1 and text_width(" ".join(words) + " …") > label_w:
            words.pop()  # cut at a word where one fits
        last = " ".join(words)
        while last and text_width(last + " …") > label_w:
            last = last[:-1]
        out = [*out[: lines - 1], last.rstrip() + " …"]
    return out or [""]


@dataclass
class Label:
    lines: list[tuple[str, str]]  # (css class, text)
    x: float  # where the lines start, centre or end, as ``anchor`` says
    y: float  # baseline of the first line
    above: bool
    far: bool  # in a lane beyond the nearest
    anchor: str
    width: float = 0.0
    lane: int = 0

    @property
    def height(self) -> int:
        return len(self.lines) * LINE

    @property
    def box(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) the text stays within, in user units."""
        top = self.y - LINE + 4
        left = {"start": self.x, "middle": self.x - self.width / 2, "end": self.x - self.width}[self.anchor]
        return (left, top, left + self.width, top + self.height)


@dataclass
class Mark:
    kind: str
    x: float
    r: float


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
    marks: list[Mark] = field(default_factory=list)


@dataclass
class Chart:
    width: int
    height: int
    axis_y: float
    font: int = FONT
    line: int = LINE
    stops: list[Stop] = field(default_factory=list)
    #: Dates in the timeline, and how many of them the graphic shows (the first ones).
    total: int = 0
    shown: int = 0
    #: Printed size of the label type, in points.
    font_pt: float = 0.0

    @property
    def axis_start(self) -> float:
        return self.stops[0].x - 30 if self.stops else MARGIN

    @property
    def axis_end(self) -> float:
        return self.stops[-1].x + 30 if self.stops else self.width - MARGIN

    @property
    def dated_end(self) -> float:
        """Where the solid axis stops and the dashed (planned) part begins."""
        dated = [s.x for s in self.stops if not s.planned]
        return (dated[-1] + 30) if dated else self.axis_start


def drawing_width(width_pt: float) -> int:
    """User units across a drawing printed ``width_pt`` wide, so that ``FONT`` prints at ``MIN_PT`` or more."""
    return max(300, min(WIDTH, int(width_pt * FONT / MIN_PT)))


def layout(items: list[TimelineItem], date_format, width_pt: float = 476.0) -> Chart:
    """Place items (already sorted) along an axis; ``date_format`` prints a PartialDate.

    ``width_pt`` is the printed width of the graphic (the page's text width).
    """
    groups: dict[str, list[TimelineItem]] = {}
    for item in items:
        groups.setdefault(item.date.iso(), []).append(item)
    width = drawing_width(width_pt)
    budget = width * MAX_HEIGHT
    placed: list[_Placed] | None = None
    for label_w, title_lines in STYLES:  # wide labels where they fit, narrower and taller where not
        labels = [_label_lines(group, date_format, label_w, title_lines) for group in groups.values()]
        # Dates closer than MIN_STEP would crowd the markers on the axis.
        shown = min(len(labels), int((width - 2 * MARGIN) / MIN_STEP) + 1)
        placed = _place(labels[:shown], width, budget)
        if placed is not None and shown == len(labels):
            break
    while placed is None and shown > 1:
        shown -= 1
        placed = _place(labels[:shown], width, budget)
    if placed is None:  # one date, whatever its label
        placed = _place_with(labels[:shown], width, ("middle",)) or []
    axis_y, height = _stack(placed)
    stops = [
        Stop(
            x=p.x_stop,
            date=p.label.lines[0][1],
            planned=all(it.planned or it.date.planned for it in group),
            kinds=[it.kind for it in group],
            items=group,
            label=p.label,
            tip=p.tip,
        )
        for p, group in zip(placed, groups.values(), strict=False)
    ]
    step = stops[1].x - stops[0].x if len(stops) > 1 else WIDTH
    for stop in stops:
        # Each item's kind has a marker, side by side, as many as fit before the next date.
        kinds = stop.kinds[:MAX_MARKS]
        gap = min(MARK_STEP, (step - 6) / len(kinds))
        r = min(6.0, max(gap / 2, 3.0)) if len(kinds) > 1 else 7.0
        stop.marks = [
            Mark(k, round(stop.x + (i - (len(kinds) - 1) / 2) * gap, 1), r) for i, k in enumerate(kinds)
        ]
    return Chart(
        width=width,
        height=height,
        axis_y=axis_y,
        stops=stops,
        total=len(groups),
        shown=len(stops),
        font_pt=round(FONT * width_pt / width, 2),
    )


def _label_lines(
    group: list[TimelineItem], date_format, label_w: float, title_lines: int
) -> list[tuple[str, str]]:
    """The date, then each item's title (and place), as many items as ``MAX_LINES`` holds."""
    lines: list[tuple[str, str]] = [("tl-date", date_format(group[0].date))]
    for n, item in enumerate(group):
        title = item.title + (f" ({item.place})" if item.place else "")
        if item.time:
            title = f"{item.time} {title}"
        wrapped = _wrap(title, title_lines, label_w)
        rest = len(group) - n - 1
        if len(lines) + len(wrapped) + (1 if rest else 0) > MAX_LINES and n > 0:
            lines.append(("tl-title", f"+ {len(group) - n}"))
            break
        lines.extend(("tl-title", text) for text in wrapped)
    return lines


@dataclass
class _Placed:
    x_stop: float
    label: Label
    tip: float = 0.0


def _place(all_lines: list[list[tuple[str, str]]], width: int, budget: float) -> list[_Placed] | None:
    """Spread the dates along the axis and give each label a lane.

    None if some label finds no lane, or the lanes make the drawing taller than ``budget``.

    Labels are centred on their date where they can be; a crowded graphic
    also sets them off to the right or left of it.
    """
    for anchors in (("middle",), ("middle", "start", "end")):
        tries = [_place_with(all_lines, width, anchors, outermost) for outermost in (False, True)]
        fits = [(_stack(p)[1], n) for n, p in enumerate(tries) if p is not None and _stack(p)[1] <= budget]
        if fits:
            return tries[min(fits)[1]]  # the lower drawing
    return None


def _place_with(
    all_lines, width: int, anchors: tuple[str, ...], outermost: bool = False
) -> list[_Placed] | None:
    """Each label goes in the nearest (or outermost) lane free for it; the lanes are closed up afterwards.

    A lane is free for a label when the label clears what the lane already
    holds, and the label's leader line, on its way out from the axis, crosses
    no label in a lane nearer the axis. Nearest first keeps a sparse graphic
    low; outermost first packs a crowded one, as it leaves the nearer lanes
    for the next dates, whose leaders must pass this label: labels step in
    towards the axis, one lane per date.
    """
    count = len(all_lines)
    step = (width - 2 * MARGIN) / max(count - 1, 1)
    # What each lane holds so far, as (left, right) spans: labels, and the
    # leader lines that cross it on their way to a lane further out.
    boxes: dict[tuple[bool, int], list[tuple[float, float]]] = {}
    leaders: dict[tuple[bool, int], list[tuple[float, float]]] = {}
    placed: dict[int, _Placed] = {}
    # Work in from both ends, which are mirror images: labels step in
    # towards the axis to the right of the dates at the left end and to
    # their left at the right end, where there is no room beyond them.
    half = (count + 1) // 2
    for i in sorted(range(count), key=lambda j: min(j, count - 1 - j)):
        lines = all_lines[i]
        x = width / 2 if count == 1 else MARGIN + i * step
        tried = anchors if i < half else tuple({"start": "end", "end": "start"}.get(a, a) for a in anchors)
        w = max(text_width(text, cls == "tl-date") for cls, text in lines)
        leader = (x - LEADER_PAD, x + LEADER_PAD)
        first = i % 2 == 0  # neighbours take turns above and below when there is room
        choice = None
        for lane in reversed(range(MAX_LANES)) if outermost else range(MAX_LANES):
            for above in (first, not first):
                if not all(_free(boxes, (above, inner), leader) for inner in range(lane)):
                    continue
                for anchor in tried:
                    left = {"middle": x - w / 2, "start": x - LEADER_PAD, "end": x + LEADER_PAD - w}[anchor]
                    left = min(max(left, 0.0), width - w)
                    span = (left - PAD / 2, left + w + PAD / 2)
                    if _free(boxes, (above, lane), span) and _free(leaders, (above, lane), span):
                        choice = (above, lane, anchor, left)
                        break
                if choice:
                    break
            if choice:
                break
        if choice is None:
            return None
        above, lane, anchor, left = choice
        boxes.setdefault((above, lane), []).append(span)
        for inner in range(lane):
            leaders.setdefault((above, inner), []).append(leader)
        at = {"middle": left + w / 2, "start": left, "end": left + w}[anchor]
        label = Label(lines, round(at, 1), 0, above, False, anchor, round(w, 1), lane)
        placed[i] = _Placed(round(x, 1), label)
    for above in (True, False):  # close up the lanes nothing went in
        used = sorted({p.label.lane for p in placed.values() if p.label.above == above})
        for p in placed.values():
            if p.label.above == above:
                p.label.lane = used.index(p.label.lane)
                p.label.far = p.label.lane > 0
    return [placed[i] for i in range(count)]


def _free(taken, lane, span) -> bool:
    return all(span[1] <= a or span[0] >= b for a, b in taken.get(lane, []))


def _stack(placed: list[_Placed]) -> tuple[float, int]:
    """Set each lane's distance from the axis by the tallest label in it; return the axis height and the drawing's."""
    depth: dict[tuple[bool, int], int] = {}
    for p in placed:
        key = (p.label.above, p.label.lane)
        depth[key] = max(depth.get(key, 0), p.label.height)
    offset: dict[tuple[bool, int], float] = {}
    reach = {True: 0.0, False: 0.0}
    for above in (True, False):
        at = GAP + 8.0
        for lane in range(MAX_LANES):
            if (above, lane) not in depth:
                break
            offset[(above, lane)] = at
            reach[above] = at + depth[(above, lane)]
            at += depth[(above, lane)] + GAP
    axis_y = reach[True] + GAP - 2
    for p in placed:
        label = p.label
        at = offset[(label.above, label.lane)]
        if label.above:
            bottom = axis_y - at
            label.y = bottom - label.height + LINE - 4
            p.tip = bottom + 4
        else:
            top = axis_y + at
            label.y = top + LINE - 4
            p.tip = top - 8
    return axis_y, int(axis_y + reach[False] + GAP)
