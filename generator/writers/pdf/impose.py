"""Handout imposition: several copies of each page on one sheet of office paper.

Printing 50 sheets of an A5 fact sheet imposed two to an A4 sheet, then
cutting them in half, gives 100 handouts; each sheet carries copies of the
same page, so duplex printing keeps fronts and backs together.

The sheet is the paper an office printer holds: A4 for A4 and A5 pages,
Letter for Letter and Legal ones. Copies keep their size when they fit (two
A5 pages on an A4 sheet turned landscape) and are scaled down, all alike,
when they do not (four A5 pages on A4 come out A6-sized), each centred in its
share of the sheet. A light dashed line marks where to cut; a --print copy
carries its own crop marks instead, and its bleed is part of its size.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, NamedTuple

from ...config.theme import PAPER_MM
from ...errors import BuildError

if TYPE_CHECKING:
    from pypdf import PageObject

#: Copies per sheet → the grids they may be laid out in, as (columns, rows).
GRIDS = {2: ((2, 1), (1, 2)), 4: ((2, 2),)}
#: The page's paper → the sheet it is imposed on.
SHEETS = {"A4": "A4", "A5": "A4", "letter": "letter", "legal": "letter"}
#: The cut line: light grey, thin, dashed, so that it is seen but does not compete with the page.
CUT_LINE = b"q 0.6 G 0.4 w [4 3] 0 d %s Q\n"

_PT_PER_MM = 72 / 25.4


class Layout(NamedTuple):
    """Where the copies of one page go on the sheet."""

    sheet: tuple[float, float]
    columns: int
    rows: int
    #: The copies' scale: 1 when they fit at full size, never more.
    scale: float


def layout(page: tuple[float, float], copies: int, paper: str) -> Layout:
    """The sheet, grid and scale that put ``copies`` of a ``page``-sized page (points,
    bleed included) on ``paper``'s office sheet as large as they can be."""
    if copies not in GRIDS:
        raise BuildError(f"--copies-per-sheet must be one of {', '.join(map(str, GRIDS))}, not {copies}.")
    short, long = (mm * _PT_PER_MM for mm in PAPER_MM[SHEETS.get(paper, "A4")])
    width, height = page
    candidates = [
        Layout((w, h), cols, rows, min(1.0, w / cols / width, h / rows / height))
        for w, h in ((short, long), (long, short))
        for cols, rows in GRIDS[copies]
    ]
    # The largest copies (rounded: a hair's difference is no reason to turn the sheet).
    return max(candidates, key=lambda c: round(c.scale, 4))


def impose_copies(pdf: bytes, copies: int, paper: str = "A4") -> bytes:
    """Each page of ``pdf`` as ``copies`` copies on one sheet (see the module's docstring)."""
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    reader = PdfReader(io.BytesIO(pdf))
    # A writer's copy of the pages, whose drawing may be changed (clipped).
    source = PdfWriter(clone_from=reader)
    writer = PdfWriter()
    for page in source.pages:
        _clip_to_media(page)
        media = [float(v) for v in page.mediabox]
        trim = [float(v) for v in page.trimbox]
        bleed = [float(v) for v in page.bleedbox]
        width, height = media[2] - media[0], media[3] - media[1]
        plan = layout((width, height), copies, paper)
        sheet_w, sheet_h = plan.sheet
        cell_w, cell_h = sheet_w / plan.columns, sheet_h / plan.rows
        sheet = PageObject.create_blank_page(width=sheet_w, height=sheet_h)
        trims, bleeds = [], []
        for i in range(copies):
            col, row = i % plan.columns, i // plan.columns
            # Centred in its cell, so that cutting on the centre lines gives equal handouts.
            x = col * cell_w + (cell_w - width * plan.scale) / 2
            y = (plan.rows - 1 - row) * cell_h + (cell_h - height * plan.scale) / 2
            place = Transformation().translate(-media[0], -media[1]).scale(plan.scale).translate(x, y)
            sheet.merge_transformed_page(page, place)
            trims.append(_placed(trim, media, plan.scale, x, y))
            bleeds.append(_placed(bleed, media, plan.scale, x, y))
        if trim == media:  # no crop marks of its own: draw where to cut
            sheet.merge_page(_cut_lines(plan))
        sheet.trimbox = RectangleObject(_union(trims))
        sheet.bleedbox = RectangleObject(_union(bleeds))
        writer.add_page(sheet)
    if reader.metadata:
        writer.add_metadata({k: v for k, v in reader.metadata.items() if isinstance(v, str)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _clip_to_media(page: PageObject) -> None:
    """Clip the page's drawing to its MediaBox: nothing of one copy runs onto the next."""
    from pypdf.generic import FloatObject

    contents = page.get_contents()
    if contents is None:
        return
    x0, y0, x1, y1 = (FloatObject(float(v)) for v in page.mediabox)
    rectangle = [x0, y0, FloatObject(x1 - x0), FloatObject(y1 - y0)]
    contents.operations = [(rectangle, b"re"), ([], b"W"), ([], b"n"), *contents.operations]
    page.replace_contents(contents)


def _placed(box: list[float], media: list[float], scale: float, x: float, y: float) -> list[float]:
    """``box`` of a page as it lands on the sheet."""
    return [
        x + (box[0] - media[0]) * scale,
        y + (box[1] - media[1]) * scale,
        x + (box[2] - media[0]) * scale,
        y + (box[3] - media[1]) * scale,
    ]


def _union(boxes: list[list[float]]) -> list[float]:
    return [
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    ]


def _cut_lines(plan: Layout) -> PageObject:
    """A sheet-sized page with a dashed line along each cut between copies."""
    from pypdf import PageObject
    from pypdf.generic import DecodedStreamObject, NameObject

    width, height = plan.sheet
    paths = [
        f"{width * c / plan.columns:.2f} 0 m {width * c / plan.columns:.2f} {height:.2f} l"
        for c in range(1, plan.columns)
    ]
    paths += [
        f"0 {height * r / plan.rows:.2f} m {width:.2f} {height * r / plan.rows:.2f} l"
        for r in range(1, plan.rows)
    ]
    stream = DecodedStreamObject()
    stream.set_data(CUT_LINE % " ".join(f"{p} S" for p in paths).encode())
    overlay = PageObject.create_blank_page(width=width, height=height)
    overlay[NameObject("/Contents")] = stream
    return overlay
