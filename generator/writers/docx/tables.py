"""HTML tables → Word tables in the theme's table style, with repeating header rows.

``<thead>`` rows (or, without a ``<thead>``, leading rows of ``<th>`` only)
repeat at the top of each page and are shaded by the table style. ``colspan``
becomes ``w:gridSpan`` and ``rowspan`` a vertical merge. Column widths follow
the length of the text in each column, as a browser's automatic layout would.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from docx.shared import Pt

from ...render.vocabulary import is_element
from . import fields
from .styles import TABLE_STYLE
from .text import collapse

log = logging.getLogger(__name__)

HEAD_STYLE = "Table Heading"
ROW_HEAD_STYLE = "Table Row Heading"
CELL_STYLE = "Table Text"
#: Average character width, in points, of table text (serif) and of header cells
#: (bold sans), and the horizontal cell padding.
_CHAR = 5.3
_CHAR_HEAD = 6.2
_PAD = 15.0
#: Cells this short are kept on one line (dates, places, numbers).
_KEEP_TOGETHER = 18
_MAX_SPAN = 100


@dataclass
class Placed:
    el: Any  # an lxml element of the rendered HTML
    row: int
    col: int
    rowspan: int
    colspan: int


def write_table(writer, el, ctx) -> None:
    rows, col_widths = _rows(writer, el)
    if not rows:
        writer.warn(el, "the table has no rows and is left out")
        return
    placed, ncols = _layout(writer, [tr for tr, _ in rows])
    if ncols == 0:
        writer.warn(el, "the table has no cells and is left out")
        return
    header_rows = [index for index, (_, header) in enumerate(rows) if header]

    table = ctx.sink.add_table(len(rows), ncols)
    style_id = writer.known_style_id(TABLE_STYLE)
    if style_id is not None:
        fields.set_table_style(table, style_id)
    fields.table_full_width(table)
    fields.table_look(table, first_row=bool(header_rows) and header_rows[0] == 0)

    widths = _column_widths(placed, ncols, ctx.sink.width_pt, col_widths)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Pt(width)
    merged = False
    for cell in placed:
        if cell.rowspan > 1 or cell.colspan > 1:
            merged = True
            table.cell(cell.row, cell.col).merge(
                table.cell(cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1)
            )
    fields.size_cells(table, widths)
    for index in header_rows:
        fields.mark_header_row(table, index)

    cells = fields.table_cells(table, merged)
    filled: set[int] = set()
    for cell in placed:
        key = cell.row * ncols + cell.col
        filled.add(key)
        docx_cell = cells[key]
        if cell.row in header_rows:
            style = HEAD_STYLE
            if cell.row != header_rows[0]:
                # The table style fills only the first row; later header rows match it.
                fields.cell_shading(docx_cell, writer.theme.colours.accent)
        elif cell.el.tag == "th":
            # A row heading (th scope=row), tinted like the PDF's.
            style = ROW_HEAD_STYLE
            fields.cell_shading(docx_cell, writer.theme.colours.accent_soft)
        else:
            style = CELL_STYLE
        from .walker import CellSink

        sink = CellSink(docx_cell, sum(widths[cell.col : cell.col + cell.colspan]) - 10)
        cell_ctx = replace(ctx, sink=sink, style=style, item=None, list_depth=0, heading=None)
        writer._queue_mark(cell.el)
        writer.flow(cell.el, cell_ctx)
        empty = sink.unused_paragraph()
        if empty is not None:
            writer.set_style(empty, style)
    for key, docx_cell in enumerate(cells):
        if key not in filled and docx_cell.paragraphs and not docx_cell.paragraphs[0].text:
            writer.set_style(docx_cell.paragraphs[0], CELL_STYLE)

    if ctx.sink.is_body:
        if writer.pending_break:
            cells[0].paragraphs[0].paragraph_format.page_break_before = True
            writer.pending_break = False
        writer.section_used = True


def _rows(writer, table_el) -> tuple[list[tuple[object, bool]], list[float | None]]:
    """The rows (each with "is a header row") and any widths the <col>s give, as fractions."""
    rows: list[tuple[Any, bool]] = []
    col_widths: list[float | None] = []
    has_thead = False
    for child in table_el:
        if not is_element(child):
            continue
        if child.tag == "colgroup":
            cols = [c for c in child if is_element(c)]
            for col in cols or [child]:
                col_widths.extend([_col_width(col, table_el, writer)] * _span(writer, col, "span"))
        elif child.tag == "col":
            col_widths.extend([_col_width(child, table_el, writer)] * _span(writer, child, "span"))
        elif child.tag == "tr":
            rows.append((child, False))
        elif child.tag in ("thead", "tbody"):
            has_thead |= child.tag == "thead"
            rows += [(tr, child.tag == "thead") for tr in child if is_element(tr)]
    if not has_thead:
        # Leading rows of header cells only are the header, as in a browser's table model.
        for index, (tr, _) in enumerate(rows):
            cells = [c for c in tr if is_element(c)]
            if cells and all(c.tag == "th" for c in cells):
                rows[index] = (tr, True)
            else:
                break
    return rows, col_widths


def _col_width(col, table_el, writer) -> float | None:
    """A percentage width from ``<col width="15%">``, ``style="width: 15%"`` or the stylesheet's
    ``table.facts col.c-label { width: 28% }``; else None."""
    value = col.get("width") or ""
    for declaration in (col.get("style") or "").split(";"):
        name, _, val = declaration.partition(":")
        if name.strip().lower() == "width":
            value = val
    share = _percent(value)
    if share is not None:
        return share
    given = writer.options.col_widths
    for table_class in (table_el.get("class") or "").split():
        for col_class in (col.get("class") or "").split():
            if (table_class, col_class) in given:
                return given[table_class, col_class]
    return None


def _percent(value: str) -> float | None:
    value = value.strip()
    if value.endswith("%"):
        try:
            return max(0.0, float(value[:-1])) / 100
        except ValueError:
            return None
    return None


#: ``table.NAME col.NAME``: the one selector shape whose width the DOCX carries from the stylesheet.
_COL_SELECTOR = re.compile(r"^table\.(?P<t>[\w\-]+)\s+col\.(?P<c>[\w\-]+)$")


@lru_cache(maxsize=16)
def stylesheet_col_widths(stylesheet: str) -> dict[tuple[str, str], float]:
    """(table class, col class) → share of the width, from the rules ``table.X col.Y { width: N% }`` of
    the document's stylesheet (the built-in one and a theme's): the same widths the PDF gives its columns.
    A later rule wins, as in the cascade."""
    import tinycss2

    found: dict[tuple[str, str], float] = {}
    for rule in tinycss2.parse_stylesheet(stylesheet, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        selectors = [" ".join(s.split()) for s in tinycss2.serialize(rule.prelude).split(",")]
        keys = [(m["t"], m["c"]) for m in map(_COL_SELECTOR.match, selectors) if m]
        if not keys:
            continue
        for declaration in tinycss2.parse_declaration_list(
            rule.content, skip_comments=True, skip_whitespace=True
        ):
            if declaration.type == "declaration" and declaration.lower_name == "width":
                share = _percent(tinycss2.serialize(declaration.value))
                if share is not None:
                    found.update(dict.fromkeys(keys, share))
    return found


def _span(writer, cell, name: str) -> int:
    raw = cell.get(name)
    if raw is None:
        return 1
    try:
        value = int(raw.strip())
    except ValueError:
        writer.warn(cell, f"{name}={raw!r} is not a number; 1 is used")
        return 1
    return min(max(value, 1), _MAX_SPAN)


def _layout(writer, trs: list) -> tuple[list[Placed], int]:
    """Place cells on the grid the way HTML does, skipping slots taken by rowspans."""
    taken: set[tuple[int, int]] = set()
    placed: list[Placed] = []
    ncols = 0
    for r, tr in enumerate(trs):
        col = 0
        for cell in tr:
            if not is_element(cell):
                continue
            while (r, col) in taken:
                col += 1
            colspan = _span(writer, cell, "colspan")
            rowspan = min(_span(writer, cell, "rowspan"), len(trs) - r)
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken.add((r + dr, col + dc))
            placed.append(Placed(cell, r, col, rowspan, colspan))
            col += colspan
            ncols = max(ncols, col)
    return placed, ncols


def _column_widths(placed: list[Placed], ncols: int, total: float, given: list[float | None]) -> list[float]:
    """Column widths in points, after the automatic table layout of CSS 2.1 (§17.5.2.2).

    Each column has a minimum (its longest word; a short cell such as a date
    or a place is kept on one line) and a maximum (its longest cell on one
    line). Widths start at the minimum and share out the rest in proportion
    to what each column still wants. Columns whose ``<col>`` gives a
    percentage get exactly that share.
    """
    given = (given + [None] * ncols)[:ncols]
    shares = [g for g in given if g is not None]
    if len(shares) == ncols and 0 < sum(shares) <= 1.0001:
        return [round(total * g / sum(shares), 2) for g in shares]
    low = [_PAD] * ncols
    high = [_PAD] * ncols
    for cell in placed:
        if cell.colspan != 1:
            continue
        text = collapse(cell.el.text_content()).strip()
        words = text.split()
        longest = max((len(word) for word in words), default=0)
        shortest_line = len(text) if len(text) <= _KEEP_TOGETHER else longest
        char = _CHAR_HEAD if cell.el.tag == "th" else _CHAR
        low[cell.col] = max(low[cell.col], shortest_line * char + _PAD)
        high[cell.col] = max(high[cell.col], len(text) * char + _PAD)
    fixed = {i: total * g for i, g in enumerate(given) if g is not None}
    free = total - sum(fixed.values())
    open_cols = [i for i in range(ncols) if i not in fixed]
    widths = dict(fixed)
    lows = sum(low[i] for i in open_cols)
    highs = sum(high[i] for i in open_cols)
    for i in open_cols:
        if highs <= free:
            widths[i] = high[i] + (free - highs) * high[i] / highs
        elif lows <= free:
            wants = highs - lows
            widths[i] = low[i] + (free - lows) * ((high[i] - low[i]) / wants if wants else 1 / len(open_cols))
        else:
            widths[i] = free * low[i] / lows
    return [round(widths[i], 2) for i in range(ncols)]
