"""Word sections: page size and margins from the theme, header and footer from the furniture."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from string import Formatter

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from . import fields
from .styles import Geometry
from .text import collapse

#: data-page-label placeholders → the Word field that fills them in.
PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
#: Shares of the text width for the left, centre and right slots (as the PDF's
#: @top-left/@top-center/@top-right boxes).
SLOTS = (0.37, 0.26, 0.37)


class LabelError(ValueError):
    """A page label uses a placeholder other than {page} and {pages}."""


def setup_page(section, geometry: Geometry, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = Pt(geometry.page_width)
    section.page_height = Pt(geometry.page_height)
    section.top_margin = Pt(geometry.top)
    section.bottom_margin = Pt(geometry.bottom)
    section.left_margin = Pt(geometry.left)
    section.right_margin = Pt(geometry.right)
    # Header and footer sit in the upper and lower margins, clear of the text.
    section.header_distance = Pt(max(18.0, geometry.top * 0.45))
    section.footer_distance = Pt(max(18.0, geometry.bottom * 0.45))


def parse_page_label(label: str) -> list[tuple[str, str]]:
    """Split "Page {page} of {pages}" into ("text", …) and ("field", "PAGE") parts."""
    parts: list[tuple[str, str]] = []
    try:
        parsed = list(Formatter().parse(label))
    except ValueError as exc:
        raise LabelError(f"data-page-label {label!r} is malformed: {exc}") from None
    for literal, name, _spec, _conv in parsed:
        if literal:
            parts.append(("text", literal))
        if name is None:
            continue
        if name not in PAGE_FIELDS:
            raise LabelError(
                f"data-page-label {label!r} uses {{{name}}}; only {{page}} and {{pages}} are known"
            )
        parts.append(("field", PAGE_FIELDS[name]))
    return parts


def write_furniture(
    section,
    geometry: Geometry,
    style_id: Callable[[str], str],
    *,
    marking: str,
    title: str = "",
    short: str = "",
    footer: str = "",
    page_label: str = "",
    logo=None,
    marking_size: float = 8.0,
) -> None:
    """Fill this section's own header and footer (unlinked from the previous section).

    Like the PDF's page boxes: header = title | marking | short event name;
    footer = footer text | marking | "Page X of Y" with live PAGE and NUMPAGES
    fields. The three slots are cells of a borderless table, so long text
    wraps in its slot instead of pushing the others along.
    """
    label = parse_page_label(page_label)
    shares = slot_shares(marking, marking_size, geometry.text_width)
    header = section.header
    header.is_linked_to_previous = False
    left, centre, right = _slots(header, geometry, style_id("Header"), shares)
    if logo is not None:
        shape = fields.add_picture(left.add_run(), logo.data, logo.width_pt, logo.height_pt, logo.svg)
        fields.describe_picture(shape, logo.alt)
        fields.add_text_run(left, " ")
    _text(left, title)
    _marking(centre, marking, style_id("Marking"))
    _text(right, short)

    footer_part = section.footer
    footer_part.is_linked_to_previous = False
    left, centre, right = _slots(footer_part, geometry, style_id("Footer"), shares)
    _text(left, footer)
    _marking(centre, marking, style_id("Marking"))
    for kind, value in label:
        if kind == "text":
            fields.add_text_run(right, value)
        else:
            fields.append_field(fields.paragraph_element(right), value, "1")


def slot_shares(marking: str, size_pt: float, width_pt: float) -> tuple[float, float, float]:
    """Shares of the text width for the three slots: the centre one wide enough for the marking.

    The marking is bold, spaced capitals and must stay on one line, as in the
    PDF's @top-center box; a long one ("DEMONSTRATION — FICTIONAL CONTENT")
    takes its width from the side slots.
    """
    text = collapse(marking or "").strip()
    # Bold sans capitals are about 0.72 em wide, plus the 0.12 em letter spacing of the Marking style.
    needed = len(text) * size_pt * (0.72 + 0.12) + 6
    centre = min(max(SLOTS[1], needed / width_pt), 0.6)
    side = (1 - centre) / 2
    return (side, centre, side)


def _slots(part, geometry: Geometry, style: str, shares: tuple[float, float, float] = SLOTS):
    """Empty the header/footer and give it a one-row, three-cell table (*style* is a styleId).

    The table and the paragraph after it are the same in every document of a
    theme: made once through python-docx, then copied (a tenth of a small
    document's time was making them).
    """
    paragraphs = part.paragraphs
    for extra in paragraphs[1:]:
        fields.remove_paragraph(extra)
    for table in part.tables:
        fields.remove_table(table)
    last = paragraphs[0]
    fields.empty_paragraph(last)
    key = (style, shares, geometry.text_width)
    made = _MADE_SLOTS.get(key)
    if made is None:
        cells = _make_slots(part, geometry, style, shares, last)
        tbl = fields.paragraph_element(last).getprevious()
        _MADE_SLOTS[key] = (deepcopy(tbl), deepcopy(fields.paragraph_properties(last)))
        while len(_MADE_SLOTS) > _KEEP_SLOTS:
            _MADE_SLOTS.pop(next(iter(_MADE_SLOTS)))
        return cells
    tbl, ppr = (deepcopy(element) for element in made)
    p = fields.paragraph_element(last)
    p.addprevious(tbl)
    p.replace(fields.paragraph_properties(last), ppr)
    return [Paragraph(tc.find(qn("w:p")), part) for tc in tbl.iter(qn("w:tc"))]


#: (styleId, shares, text width) → the slot table and the properties of the paragraph after it.
_MADE_SLOTS: dict[tuple[str, tuple[float, float, float], float], tuple] = {}
_KEEP_SLOTS = 16


def _make_slots(part, geometry: Geometry, style: str, shares: tuple[float, float, float], last) -> list:
    widths = [geometry.text_width * share for share in shares]
    table = part.add_table(1, 3, Pt(geometry.text_width))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fields.table_cell_margins(table, 0, 0)
    for cell, width, align in zip(
        table.rows[0].cells,
        widths,
        (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT),
        strict=True,
    ):
        cell.width = Pt(width)
        paragraph = cell.paragraphs[0]
        fields.set_paragraph_style(paragraph, style)
        paragraph.alignment = align
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Pt(width)
    # Word needs a paragraph after the table; make it take no room.
    fields.move_table_before(table, last)
    fields.set_paragraph_style(last, style)
    fmt = last.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(1)
    fields.paragraph_mark_size(fields.paragraph_properties(last), 1)
    return [cell.paragraphs[0] for cell in table.rows[0].cells]


def _text(paragraph, text: str) -> None:
    text = collapse(text or "").strip()
    if text:
        fields.add_text_run(paragraph, text)


def _marking(paragraph, marking: str, style: str) -> None:
    marking = collapse(marking or "").strip()
    if marking:
        fields.set_run_style(fields.add_text_run(paragraph, marking), style)
