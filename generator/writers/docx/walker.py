"""Walk the semantic HTML of a document and emit the Word body with python-docx.

Block elements become paragraphs (or tables, sections, a TOC); inline content
is first gathered as *segments* (text with its formatting, breaks, pictures,
bookmarks), whitespace is collapsed across them as a browser would, and only
then are runs written. ``docs/templates.md`` is the contract for what each
element becomes.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field, replace
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt, Twips

from ...config.theme import PT_PER_MM, Theme, length_to_pt
from ...errors import Problem, TemplateError
from ...render.vocabulary import (
    GROUPING,
    HARMLESS_INLINE,
    HEADINGS,
    INLINE,
    describe,
    is_element,
    parse_error,
)
from ...warn import warn_or_fail
from . import fields, images, measure, sections
from .inline import Break, Field, Fmt, Link, Mark, Pic, Tab, Text, has_content, merge, normalise
from .styles import (
    CALLOUT_INDENT_PT,
    CLASS_STYLES,
    SCOPED_STYLES,
    SMALL_CLASS_STYLES,
    SMALL_STYLE,
    SMALL_STYLES,
    SPAN_STYLES,
    SPEECH_INDENT_PT,
    TERM_COLUMNS,
    Geometry,
    TermColumn,
    font_name,
    style_ids,
)
from .text import collapse, is_blank

#: Quotation marks for <q>, outer and inner, by language.
QUOTES = {
    "en": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "fr": ("\u00ab\u202f", "\u202f\u00bb", "\u201c", "\u201d"),
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "es": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "it": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "ja": ("\u300c", "\u300d", "\u300e", "\u300f"),
}
MAX_LIST_LEVELS = fields.MAX_LEVELS
CALLOUT_INDENT = round(CALLOUT_INDENT_PT * 20)
SPEECH_INDENT = round(SPEECH_INDENT_PT * 20)
#: Width of the margin box holding a speech paragraph number (as the PDF's 7 mm).
SPEECH_NUMBER_WIDTH = 7 * PT_PER_MM


# --- where paragraphs go ----------------------------------------------------------


class BodySink:
    """The document body (of the current section)."""

    is_body = True

    def __init__(self, document, width_pt: float):
        self.document = document
        self.width_pt = width_pt

    def add_paragraph(self):
        return self.document.add_paragraph()

    def add_table(self, rows: int, cols: int):
        return self.document.add_table(rows, cols)


class CellSink:
    """A table cell, which python-docx creates with one empty paragraph."""

    is_body = False

    def __init__(self, cell, width_pt: float):
        self.cell = cell
        self.width_pt = width_pt
        self.used = False

    def add_paragraph(self):
        if not self.used:
            self.used = True
            return self.cell.paragraphs[0]
        return self.cell.add_paragraph()

    def add_table(self, rows: int, cols: int):
        table = self.cell.add_table(rows, cols)
        if not self.used:
            # Drop the placeholder paragraph above the table; python-docx left
            # an empty one after it, which Word needs as the cell's last element.
            fields.remove_paragraph(self.cell.paragraphs[0])
        self.used = True
        for column in table.columns:
            column.width = Pt(self.width_pt / len(table.columns))
        return table

    def unused_paragraph(self):
        """The cell's placeholder paragraph if nothing was written (it still needs a style)."""
        return None if self.used else self.cell.paragraphs[0]


@dataclass(frozen=True, eq=False)
class ListItem:
    """One ``<li>``: its list's numbering and styles. Read-only; which items have their
    numbered paragraph yet is the writer's state (``BodyWriter._numbered``)."""

    num_id: int
    level: int
    style: str
    continue_style: str
    #: Where the item's text starts (twips), when the list is indented; else 0.
    indent: int = 0


@dataclass(frozen=True)
class Ctx:
    """Where we are: decides the style of paragraphs that do not name one."""

    sink: BodySink | CellSink
    #: Style of ``<p>`` without a class and of loose text.
    style: str = "Normal"
    #: Style for every heading here (inside a callout or the contents).
    heading: str | None = None
    list_depth: int = 0
    item: ListItem | None = None
    callout: bool = False
    quote: bool = False
    cover: bool = False
    #: Where lists start, in twips from the text margin (inside a callout, a speech paragraph).
    list_indent: int = 0
    q_depth: int = 0
    #: The class of the nearest container that restyles its content (styles.SCOPED_STYLES).
    scope: str | None = None


# --- the walker -------------------------------------------------------------------


@dataclass
class WriterOptions:
    template_name: str
    strict: bool = False
    base_dir: Path | None = None
    allowed_roots: tuple[Path, ...] = ()
    language: str = "en"
    #: Element id → the page it starts on in the PDF (the contents' page numbers).
    page_numbers: dict[str, int] = field(default_factory=dict)
    #: (table class, col class) → the share of the table's width the stylesheet gives that column.
    col_widths: dict[tuple[str, str], float] = field(default_factory=dict)


class BodyWriter:
    """Emits one document body. Use :meth:`write` once per document."""

    def __init__(
        self,
        document,
        theme: Theme,
        targets: dict[str, str],
        options: WriterOptions,
        numbering: fields.ListNumbering,
        style_ids: dict[str, str] | None = None,
    ):
        """*style_ids* is the document's map of style names (``styles.style_ids``) where the caller
        has it already (made once per theme); it is read, never changed."""
        self.document = document
        self.theme = theme
        self.targets = targets
        self.options = options
        self.geometry = Geometry.from_theme(theme)
        self.numbering = numbering
        self.small_pt = length_to_pt(theme.sizes.small)
        #: What the writer renders only approximately (an error under --strict).
        self.warnings: list[str] = []
        self.pending_break = False
        self.pending_marks: list[str] = []
        #: The list items whose first (numbered) paragraph has been written.
        self._numbered: set[ListItem] = set()
        #: Floating pictures (a logo beside the title) waiting for the paragraph they float beside.
        self.pending_floats: list = []
        #: The logo's picture by its src (``logo``).
        self._logos: dict[str, images.Picture] = {}
        self.section_used = False
        self.has_toc = False
        self._bookmark_id = 0
        self._placed: set[str] = set()
        self._style_ids = style_ids
        self._small_ids: dict[str, str] | None = None
        self._last_paragraph = None
        self._quotes = QUOTES.get(options.language.split("-")[0].lower(), QUOTES["en"])

    # entry point

    def write(self, body) -> None:
        sections.setup_page(
            self.document.sections[-1], self.geometry, self.theme.page.orientation == "landscape"
        )
        self.flow(body, Ctx(sink=BodySink(self.document, self.geometry.text_width)))
        if self.pending_marks and self._last_paragraph is not None:
            self._place_marks(self._last_paragraph)
        warn_or_fail(
            self.warnings,
            self.options.strict,
            lambda warnings: TemplateError(
                f"Template {self.options.template_name} produced HTML the DOCX writer "
                "will not render as it stands (--strict):",
                [Problem(None, None, None, w) for w in warnings],
            ),
            prefix=f"{self.options.template_name}: ",
        )

    # styles

    def style_id(self, name: str) -> str:
        """The styleId of a style, by name: python-docx searches every style on each lookup."""
        return self._ids()[name.lower()]

    def known_style_id(self, name: str) -> str | None:
        """The styleId of a style the document may lack (a reference document's styles win)."""
        return self._ids().get(name.lower())

    def _ids(self) -> dict[str, str]:
        if self._style_ids is None:
            self._style_ids = style_ids(self.document)
        return self._style_ids

    def small_style_id(self, paragraph) -> str:
        """The character style of ``<small>`` in this paragraph: a size smaller than the paragraph's."""
        if self._small_ids is None:
            by_id = {self.style_id(para): self.style_id(char) for para, char in SMALL_STYLES.items()}
            self._small_ids = by_id
        found = self._small_ids.get(fields.paragraph_style_id(paragraph) or "")
        return found or self.style_id(SMALL_STYLE)

    def set_style(self, paragraph, name: str) -> None:
        fields.set_paragraph_style(paragraph, self.style_id(name))

    # reporting

    def fail(self, el, message: str) -> TemplateError:
        return parse_error(self.options.template_name, el, message)

    def warn(self, el, message: str) -> None:
        self.warnings.append(f"{describe(el)}: {message}")

    # block level

    def flow(self, el, ctx: Ctx) -> None:
        """Emit the children of a container: blocks as they come, loose inline content as paragraphs."""
        pending: list = []
        if el.text:
            pending.append(el.text)
        for child in el:
            if is_element(child):
                if child.tag in INLINE or child.tag in HARMLESS_INLINE:
                    pending.append(child)
                else:
                    self._flush(pending, ctx)
                    pending = []
                    self.block(child, ctx)
            if child.tail:
                pending.append(child.tail)
        self._flush(pending, ctx)

    def _flush(self, nodes: list, ctx: Ctx) -> None:
        if not nodes or all(isinstance(n, str) and is_blank(n) for n in nodes):
            return
        segments: list = []
        for node in nodes:
            if isinstance(node, str):
                segments.append(Text(node, Fmt()))
            else:
                self.inline(node, Fmt(), segments, ctx)
        if ctx.style == "Speech Paragraph" and _only_paragraph_number(segments):
            self.margin_number(segments, ctx)
            return
        if ctx.sink.is_body and segments and all(isinstance(s, Pic) and s.float for s in normalise(segments)):
            # A picture floated beside what follows (the logo beside the title): no line of its own.
            self.pending_floats += normalise(segments)
            return
        self.paragraph_from(segments, ctx, ctx.style)

    def margin_number(self, segments: list, ctx: Ctx) -> None:
        """A speech paragraph number standing alone (before a list): put it in the margin.

        Like the PDF's absolutely positioned number, a Word frame anchored to
        the next paragraph holds it, so it does not take a line of its own.
        """
        segments = [s for s in normalise(segments) if not isinstance(s, Tab)]
        paragraph = self.new_paragraph(ctx, ctx.style)
        fields.frame_in_margin(fields.paragraph_properties(paragraph), SPEECH_NUMBER_WIDTH)
        self.emit(paragraph, segments)

    def block(self, el, ctx: Ctx) -> None:
        """Emit one block element through the visitor its tag names (``BLOCK_VISITORS``)."""
        self._queue_mark(el)
        visitor = BLOCK_VISITORS.get(el.tag)
        if visitor is None:
            if el.tag in GROUPING:
                visitor = BodyWriter.visit_grouping
            else:  # pragma: no cover - check_vocabulary rejects everything else first
                raise self.fail(el, "is not in the template vocabulary")
        visitor(self, el, ctx)

    def visit_heading(self, el, ctx: Ctx) -> None:
        style = "Title" if "title" in _classes(el) else ctx.heading or f"Heading {HEADINGS[el.tag]}"
        self.paragraph_from(self.segments(el, ctx), ctx, style)

    def visit_p(self, el, ctx: Ctx) -> None:
        style = _class_style(_classes(el))
        if style == "Callout Title" and ctx.heading:
            style = ctx.heading  # the title style of this kind of callout
        self.paragraph_from(self.segments(el, ctx), ctx, style or ctx.style)

    def visit_ul(self, el, ctx: Ctx) -> None:
        self.list(el, ctx, "bullet")

    def visit_ol(self, el, ctx: Ctx) -> None:
        self.list(el, ctx, "number")

    def visit_table(self, el, ctx: Ctx) -> None:
        from .tables import write_table

        write_table(self, el, ctx)

    def visit_blockquote(self, el, ctx: Ctx) -> None:
        self.flow(el, replace(ctx, style="Quote", quote=True))

    def visit_figure(self, el, ctx: Ctx) -> None:
        self.flow(el, replace(ctx, style="Figure"))

    def visit_figcaption(self, el, ctx: Ctx) -> None:
        self.paragraph_from(self.segments(el, ctx), ctx, "Caption")

    def visit_dl(self, el, ctx: Ctx) -> None:
        self.definitions(el, ctx)

    def visit_hr(self, el, ctx: Ctx) -> None:
        self.new_paragraph(ctx, "Rule")

    def visit_nothing(self, el, ctx: Ctx) -> None:
        """``<head>`` and what it holds: metadata, read by the package, not the body."""

    def visit_root(self, el, ctx: Ctx) -> None:
        self.flow(el, ctx)

    def visit_grouping(self, el, ctx: Ctx) -> None:
        self.grouping(el, ctx, _classes(el))

    def visit_misplaced(self, el, ctx: Ctx) -> None:  # pragma: no cover - check_structure reports it first
        tag = el.tag
        where = "list" if tag == "li" else "definition list" if tag in ("dt", "dd") else "table"
        raise self.fail(el, f"<{tag}> must be inside its {where}")

    def grouping(self, el, ctx: Ctx, classes: list[str]) -> None:
        tag = el.tag
        if "furniture" in classes:
            self.furniture(el, ctx)
            return
        if tag == "div" and "page-break" in classes:
            if ctx.sink.is_body:
                self.pending_break = True
            return
        if tag == "article" and "document" in classes and ctx.sink.is_body:
            # The article's bookmark, queued above, lands on its first paragraph
            # in the new section.
            self.start_section()
        if tag == "nav" and "contents" in classes:
            self.contents(el, ctx)
            return
        cover = tag == "section" and "cover" in classes
        if cover:
            ctx = replace(ctx, cover=True)
        scope = next((name for name in classes if name in SCOPED_STYLES), None)
        if scope:
            nested = f"{ctx.scope} {scope}" if ctx.scope else scope
            ctx = replace(ctx, scope=nested if nested in SCOPED_STYLES else scope)
        if tag == "div" and "callout" in classes:
            ask = "callout-ask" in classes
            ctx = replace(
                ctx,
                style="Callout Ask" if ask else "Callout",
                heading="Callout Ask Title" if ask else "Callout Title",
                callout=True,
                list_indent=CALLOUT_INDENT,
            )
        elif tag == "footer" and ctx.quote:
            ctx = replace(ctx, style="Quote Attribution")
        style = _class_style(classes)
        if style:
            ctx = replace(ctx, style=style)
            if style == "Speech Paragraph":
                ctx = replace(ctx, list_indent=SPEECH_INDENT)
        self.flow(el, ctx)
        if cover and ctx.sink.is_body:
            self.pending_break = True
        if "doc-head" in classes and ctx.sink.is_body:
            self._rule_under_title()

    def _rule_under_title(self) -> None:
        """A head without a meta line (a draft whose place and date are still to check) ends on its title,
        and the rule under the head (the PDF's .doc-head border, carried by the meta line's style) goes
        under the title."""
        from docx.oxml.ns import qn

        body = self.document.element.body
        last = next((child for child in reversed(body) if child.tag == qn("w:p")), None)
        if last is None:
            return
        style = last.pPr.find(qn("w:pStyle")) if last.pPr is not None else None
        titles = {"Document Title": "Document Meta", "Speaker Document Title": "Speaker Document Meta"}
        for title, meta in titles.items():
            if style is not None and style.get(qn("w:val")) == self.known_style_id(title):
                fields.carry_rule(last, self.document.styles[meta])

    def start_section(self) -> None:
        """A new Word section on a new page, unless nothing has been written yet."""
        if not self.section_used:
            return
        self.pending_break = False  # the section break already starts a new page
        self.document.add_section(WD_SECTION.NEW_PAGE)
        self.section_used = False

    def logo(self, src: str) -> images.Picture:
        """The theme's logo, one picture for the running header and the title alike.

        Drawn once a document, at the larger of the two sizes the theme shows
        it at (its width and height tokens), as the PDF shows it whatever size
        the ``<img>`` names: two drawings of the same SVG, two PNGs and two SVG
        parts were 1.5 ms of a one-page DOCX's 17.
        """
        picture = self._logos.get(src)
        if picture is None:
            from lxml.html import Element

            marking = self.theme.marking
            boxes = (
                (length_to_pt(marking.logo_header_width), length_to_pt(marking.logo_header_height)),
                (length_to_pt(marking.logo_width), length_to_pt(marking.logo_height)),
            )
            picture = self._logos[src] = images.img_picture(
                Element("img", src=src),
                self.geometry.text_width,
                base_dir=self.options.base_dir,
                allowed_roots=self.options.allowed_roots,
                boxes=boxes,
            )
        return picture

    def header_logo(self, el):
        """The theme's logo (``data-logo``) sized for the header, or None."""
        src = (el.get("data-logo") or "").strip()
        if not src:
            return None
        try:
            picture = self.logo(src)
        except images.ImageError as exc:
            raise self.fail(el, f"the logo cannot be used: {exc}") from None
        # As in the PDF's running header: the theme's height, a wide logo
        # scaled down (never stretched) to the theme's width.
        marking = self.theme.marking
        scale = min(
            length_to_pt(marking.logo_header_height) / picture.height_pt,
            length_to_pt(marking.logo_header_width) / picture.width_pt,
        )
        # The alternative text is the running logo's own, as the PDF's header shows it.
        shown = next((img for img in el.iter("img") if img.get("alt")), None)
        alt = shown.get("alt").strip() if shown is not None else ""
        return replace(
            picture, width_pt=picture.width_pt * scale, height_pt=picture.height_pt * scale, alt=alt or "Logo"
        )

    def furniture(self, el, ctx: Ctx) -> None:
        """Header and footer data; after content, it starts a section so they can change."""
        self.start_section()
        marking = el.get("data-marking", self.theme.marking.classification)
        try:
            if ctx.cover:
                # The cover carries the classification only, as in the PDF.
                sections.write_furniture(
                    self.document.sections[-1],
                    self.geometry,
                    self.style_id,
                    marking=marking,
                    marking_size=self.small_pt,
                )
                return
            sections.write_furniture(
                self.document.sections[-1],
                self.geometry,
                self.style_id,
                marking=marking,
                title=el.get("data-title", ""),
                short=el.get("data-short", ""),
                footer=el.get("data-footer", self.theme.marking.footer),
                page_label=el.get("data-page-label", ""),
                logo=self.header_logo(el),
                marking_size=self.small_pt,
            )
        except sections.LabelError as exc:
            raise self.fail(el, str(exc)) from None

    # paragraphs

    def new_paragraph(self, ctx: Ctx, style: str):
        item = ctx.item
        numbered = continued = False
        if item is not None:
            if item not in self._numbered:
                self._numbered.add(item)
                numbered = True
                if style == ctx.style:
                    style = item.style
            elif style == item.style:
                style = item.continue_style
                continued = True
        if ctx.scope:
            style = SCOPED_STYLES[ctx.scope].get(style, style)
        paragraph = ctx.sink.add_paragraph()
        self.set_style(paragraph, style)
        if numbered and item is not None:
            fields.set_numbering(fields.paragraph_properties(paragraph), item.num_id, item.level)
        elif continued and item is not None and item.indent:
            # Line up with the item's text when the list itself is indented.
            paragraph.paragraph_format.left_indent = Twips(item.indent)
        if ctx.sink.is_body:
            if self.pending_break:
                paragraph.paragraph_format.page_break_before = True
                self.pending_break = False
            self.section_used = True
        self._place_marks(paragraph)
        if self.pending_floats:
            floats, self.pending_floats = self.pending_floats, []
            self.emit(paragraph, floats)
        self._last_paragraph = paragraph
        return paragraph

    def paragraph_from(self, segments: list, ctx: Ctx, style: str):
        segments = normalise(segments)
        if not has_content(segments):
            # Nothing to see (e.g. <p></p>); keep any bookmark for the next paragraph.
            self.pending_marks.extend(s.name for s in segments if isinstance(s, Mark))
            return None
        paragraph = self.new_paragraph(ctx, style)
        self.emit(paragraph, segments)
        return paragraph

    # bookmarks

    def _queue_mark(self, el) -> None:
        element_id = el.get("id")
        if element_id and element_id in self.targets and element_id not in self._placed:
            self._placed.add(element_id)
            self.pending_marks.append(self.targets[element_id])

    def _place_marks(self, paragraph) -> None:
        if not self.pending_marks:
            return
        marks = []
        for name in self.pending_marks:
            self._bookmark_id += 1
            marks.append((self._bookmark_id, name))
        fields.insert_bookmarks(paragraph, marks)
        self.pending_marks = []

    def _mark_segment(self, el, out: list) -> None:
        element_id = el.get("id")
        if element_id and element_id in self.targets and element_id not in self._placed:
            self._placed.add(element_id)
            out.append(Mark(self.targets[element_id]))

    # lists

    def list(self, el, ctx: Ctx, kind: str) -> None:
        depth = ctx.list_depth
        level = min(depth, MAX_LIST_LEVELS - 1)
        if depth >= MAX_LIST_LEVELS:
            self.warn(
                el,
                f"lists nest at most {MAX_LIST_LEVELS} levels deep in Word; "
                f"this one is shown at level {MAX_LIST_LEVELS}",
            )
        if kind == "number" and {"points", "speaker-points"} & set((el.get("class") or "").split()):
            kind = "points"  # numbers in the heading font, bold, accent (the PDF's ol.points markers)
        num_id = self.numbering.new_list(kind, level, ctx.list_indent)
        style_level = min(level, fields.STYLE_LEVELS - 1)
        suffix = "" if style_level == 0 else f" {style_level + 1}"
        if ctx.callout:
            style = continue_style = ctx.style
        else:
            style = f"List {'Bullet' if kind == 'bullet' else 'Number'}{suffix}"
            continue_style = f"List Continue{suffix}"
        for child in el:  # only <li> (check_structure)
            if is_element(child):
                indent = ctx.list_indent + fields.LEVEL_INDENT * (level + 1) if ctx.list_indent else 0
                item = ListItem(num_id, level, _class_style(_classes(child)) or style, continue_style, indent)
                self._queue_mark(child)
                self.flow(child, replace(ctx, style=item.style, item=item, list_depth=depth + 1))

    # definition lists

    def definitions(self, el, ctx: Ctx) -> None:
        """``<dl>``: a "Definition Term" paragraph for each term, "Definition" paragraphs for its definition.

        The styles pandoc reads as a definition list (and writes one as). The
        term paragraph is a frame as wide as the PDF's term column, level with
        the definition that follows, which is indented by that width: side by
        side, as the PDF's flex row. Terms sharing one definition share its
        term paragraph, a line each (pandoc's list has one term per entry). A
        term with no definition after it is not framed (it would sit beside
        whatever comes next).
        """
        terms: builtins.list = []
        for child in self._definition_items(el):
            self._queue_mark(child)
            if child.tag == "dt":
                if terms:
                    terms.append(Break(Fmt()))
                terms.extend(self.segments(child, ctx))
                continue
            if terms:
                paragraph = self.paragraph_from(terms, ctx, "Definition Term")
                scoped = SCOPED_STYLES.get(ctx.scope or "", {})
                column = TERM_COLUMNS[scoped.get("Definition Term", "Definition Term")]
                if paragraph is not None and self._term_fits(terms, column):
                    fields.frame_beside(fields.paragraph_properties(paragraph), column.width)
                terms = []
            if any(is_element(c) and c.tag not in INLINE and c.tag not in HARMLESS_INLINE for c in child):
                self.flow(child, replace(ctx, style="Definition"))
            else:
                self.paragraph_from(self.segments(child, ctx), ctx, "Definition")
        if terms:
            self.paragraph_from(terms, ctx, "Definition Term")

    def _term_fits(self, terms: builtins.list, column: TermColumn) -> bool:
        """Whether each of the terms fits its column on one line.

        The PDF's row grows with a term that wraps; a Word frame does not (the
        next term's frame would overlap it), so such a term is set above its
        definition instead of beside it.
        """
        lines = [""]
        for seg in normalise(terms):
            if isinstance(seg, Break):
                lines.append("")
            elif isinstance(seg, Text):
                lines[-1] += seg.text
        size = length_to_pt(self.theme.sizes.body) * column.scale
        return measure.fits(lines, column.width, font_name(self.theme.fonts.heading), size, bold=True)

    def _definition_items(self, el):
        """The terms and definitions in order; a ``<div>`` may group them (check_structure)."""
        for child in el:
            if is_element(child):
                if child.tag == "div":
                    yield from self._definition_items(child)
                else:
                    yield child

    # contents

    def contents(self, el, ctx: Ctx) -> None:
        """``nav.contents``: the PDF's entries, each a link with a dot leader and a PAGEREF field.

        Word's TOC field would collect headings instead (every Heading 2, no
        descriptions, no "Annex:"); these entries are the PDF's own and only
        their page numbers are fields. The stored numbers are the PDF's, so
        readers that never update fields show them; Word and LibreOffice
        recompute them from the bookmarks.
        """
        ctx = replace(ctx, heading="TOC Heading")
        for child in el:
            if not is_element(child):
                continue
            if child.tag in ("ol", "ul"):
                self._contents_entries(child, 0, ctx)
            else:
                self.flow_one(child, ctx)

    def flow_one(self, el, ctx: Ctx) -> None:
        if el.tag in INLINE or el.tag in HARMLESS_INLINE:
            self._flush([el], ctx)
        else:
            self.block(el, ctx)

    def _contents_entries(self, list_el, level: int, ctx: Ctx) -> None:
        for li in list_el:
            if not is_element(li):
                continue
            self._contents_entry(li, min(level, 1), ctx)
            for nested in li:
                if is_element(nested) and nested.tag in ("ol", "ul"):
                    self._contents_entries(nested, level + 1, ctx)

    def _contents_entry(self, li, level: int, ctx: Ctx) -> None:
        """One entry: its link's text, a tab to the dot leader, the page; then its description."""
        link_el = next((a for a in li.iter("a") if (a.get("href") or "").startswith("#")), None)
        title: builtins.list = []
        rest: builtins.list = []
        if li.text:
            (title if link_el is None else rest).append(Text(li.text, Fmt()))
        for child in li:
            if is_element(child) and child.tag not in ("ol", "ul"):
                if child is link_el or link_el is None:
                    self._children(child, Fmt(), title, ctx, skip_lists=True)
                else:
                    self.inline(child, Fmt(), rest, ctx)
            if child.tail:
                rest.append(Text(child.tail, Fmt()))
        if link_el is None:
            self.paragraph_from(title, ctx, f"toc {level + 1}")
            return
        target = (link_el.get("href") or "")[1:]
        bookmark = self.targets.get(target)
        link = self.link(link_el)
        page = self.options.page_numbers.get(target)
        segments = [
            replace(s, fmt=replace(s.fmt, link=None)) if isinstance(s, (Text, Pic, Tab)) else s
            for s in normalise(title)
        ]
        if bookmark:
            segments += [Tab(Fmt()), Field(fields.page_reference(bookmark), str(page) if page else "", Fmt())]
            self.has_toc = True
        paragraph = self.new_paragraph(ctx, f"toc {level + 1}")
        container = fields.paragraph_element(paragraph)
        if link is not None and link.anchor:
            container = fields.hyperlink(anchor=link.anchor)
            fields.append(fields.paragraph_element(paragraph), container)
        self.emit(paragraph, segments, container=container)
        if has_content(normalise(rest)):
            self.paragraph_from(rest, ctx, "Contents Description")

    # inline level

    def segments(self, el, ctx: Ctx) -> builtins.list:
        out: builtins.list = []
        self._children(el, Fmt(), out, ctx)
        return out

    def _children(self, el, fmt: Fmt, out: builtins.list, ctx: Ctx, skip_lists: bool = False) -> None:
        if el.text:
            out.append(Text(el.text, fmt))
        for child in el:
            if is_element(child):
                if skip_lists and child.tag in ("ol", "ul"):
                    continue
                self.inline(child, fmt, out, ctx)
            if child.tail:
                out.append(Text(child.tail, fmt))

    def inline(self, el, fmt: Fmt, out: builtins.list, ctx: Ctx) -> None:
        """Gather one inline element as segments: through its visitor, or with its formatting."""
        tag = el.tag
        if tag not in INLINE and tag not in HARMLESS_INLINE:
            raise self.fail(el, "a block element cannot be inside a paragraph or inline element")
        self._mark_segment(el, out)
        if tag in ("br", "wbr"):
            if tag == "br":
                out.append(Break(fmt))
            return
        if "cite" in _classes(el):
            fmt = replace(fmt, char_style="Citation")
        visitor = INLINE_VISITORS.get(tag)
        if visitor is not None:
            visitor(self, el, fmt, out, ctx)
            return
        change = INLINE_FORMATS.get(tag)
        if tag == "small":
            named = next((SMALL_CLASS_STYLES[c] for c in _classes(el) if c in SMALL_CLASS_STYLES), None)
            if named is not None:
                # The class sets the size and colour (the PDF's .source), not "a size smaller".
                change = {"char_style": named}
        # abbr, time, data, bdi, bdo: their text, as it is
        self._children(el, replace(fmt, **change) if change else fmt, out, ctx)

    def visit_span(self, el, fmt: Fmt, out: builtins.list, ctx: Ctx) -> None:
        classes = _classes(el)
        if "para-no" in classes:
            # The speech paragraph number: right-aligned in the hanging indent.
            number = replace(fmt, char_style="Paragraph Number")
            out.append(Tab(number))
            self._children(el, number, out, ctx)
            out.append(Tab(number))
            return
        named = [SPAN_STYLES[name] for name in classes if name in SPAN_STYLES]
        if named:
            fmt = replace(fmt, char_style=named[0])
        if "figure-number" in classes:
            # A caption's number: Word's SEQ field, so the caption is one Word counts and lists.
            out.append(Field(fields.SEQ_FIGURE, collapse(el.text_content()).strip(), fmt))
            return
        self._children(el, fmt, out, ctx)

    def visit_picture(self, el, fmt: Fmt, out: builtins.list, ctx: Ctx) -> None:
        if "doc-logo" not in _classes(el):
            out.append(Pic(self.picture(el, ctx), fmt))
            return
        # The logo beside the title: the theme's size and side, as the PDF's .doc-logo.
        marking = self.theme.marking
        try:
            picture = replace(self.logo((el.get("src") or "").strip()), alt=(el.get("alt") or "").strip())
        except images.ImageError as exc:
            raise self.fail(el, str(exc)) from None
        scale = min(
            length_to_pt(marking.logo_height) / picture.height_pt,
            length_to_pt(marking.logo_width) / picture.width_pt,
        )
        picture = replace(picture, width_pt=picture.width_pt * scale, height_pt=picture.height_pt * scale)
        out.append(Pic(picture, fmt, float=marking.logo_position))

    def visit_a(self, el, fmt: Fmt, out: builtins.list, ctx: Ctx) -> None:
        self._children(el, replace(fmt, link=self.link(el) or fmt.link), out, ctx)

    def visit_q(self, el, fmt: Fmt, out: builtins.list, ctx: Ctx) -> None:
        open_q, close_q = self._quotes[(ctx.q_depth % 2) * 2 : (ctx.q_depth % 2) * 2 + 2]
        out.append(Text(open_q, fmt))
        self._children(el, fmt, out, replace(ctx, q_depth=ctx.q_depth + 1))
        out.append(Text(close_q, fmt))

    def link(self, el) -> Link | None:
        href = (el.get("href") or "").strip()
        title = el.get("title")
        if not href:
            return None
        if href.startswith("#"):
            target = href[1:]
            if target in self.targets:
                return Link(anchor=self.targets[target], title=title)
            self.warn(el, f"links to #{target}, but no element has that id; the link is dropped")
            return None
        scheme = href.partition(":")[0].lower() if ":" in href else ""
        if scheme == "javascript":
            raise self.fail(el, "javascript: links are not allowed")
        return Link(url=href, title=title)

    def picture(self, el, ctx: Ctx) -> images.Picture:
        width = ctx.sink.width_pt
        if ctx.callout:
            width -= 20
        try:
            if el.tag == "svg":
                # The PDF's stylesheet sets the timeline's text in the heading font.
                font = font_name(self.theme.fonts.heading) if "timeline" in _classes(el) else None
                return images.svg_picture(images.svg_from_html(el), width, el.get("aria-label", ""), font)
            return images.img_picture(
                el, width, base_dir=self.options.base_dir, allowed_roots=self.options.allowed_roots
            )
        except images.ImageError as exc:
            raise self.fail(el, str(exc)) from None

    # runs

    def emit(self, paragraph, segments: builtins.list, container=None) -> None:
        p = fields.paragraph_element(paragraph)
        base = container if container is not None else p
        current_link: Link | None = None
        target = base
        for seg in merge(segments):
            if isinstance(seg, Mark):
                self._bookmark_id += 1
                fields.append(target, fields.bookmark_start(self._bookmark_id, seg.name))
                fields.append(target, fields.bookmark_end(self._bookmark_id))
                continue
            link = seg.fmt.link
            if link is not current_link:
                current_link = link
                target = base if link is None else self._hyperlink(paragraph, link, base)
            if isinstance(seg, Text):
                run = fields.add_text_run(paragraph, seg.text)
            elif isinstance(seg, Break):
                run = paragraph.add_run()
                run.add_break(WD_BREAK.LINE)
            elif isinstance(seg, Tab):
                run = paragraph.add_run()
                run.add_tab()
            elif isinstance(seg, Field):
                fields.append_field(target, seg.instruction, seg.result)
                continue
            else:
                run = paragraph.add_run()
                pic = seg.picture
                shape = fields.add_picture(run, pic.data, pic.width_pt, pic.height_pt, pic.svg)
                fields.describe_picture(shape, seg.picture.alt)
                if seg.float:
                    fields.float_beside(shape, seg.float)
            self._format(run, seg.fmt, paragraph)
            if target is not p:
                fields.append(target, run)

    def _hyperlink(self, paragraph, link: Link, base):
        if link.anchor is not None:
            el = fields.hyperlink(anchor=link.anchor, tooltip=link.title)
        else:
            r_id = paragraph.part.relate_to(link.url, RT.HYPERLINK, is_external=True)
            el = fields.hyperlink(r_id=r_id, tooltip=link.title)
        fields.append(base, el)
        return el

    def _format(self, run, fmt: Fmt, paragraph) -> None:
        style: str | None = None
        if fmt.char_style is not None:
            style = self.style_id(fmt.char_style)
        elif fmt.link is not None:
            style = self.style_id("Hyperlink")
        elif fmt.code:
            style = self.style_id("Code")
        elif fmt.small:
            style = self.small_style_id(paragraph)
            fmt = replace(fmt, small=False)
        if fmt.code and (fmt.link is not None or fmt.char_style is not None):
            fields.run_properties(run, style)
            run.font.name = _mono(self.theme)  # after the style: rFonts follows rStyle
            style = None
        fields.run_properties(run, style, bold=fmt.bold, italic=fmt.italic)
        if not (fmt.underline or fmt.strike or fmt.highlight or fmt.small or fmt.vert):
            return
        font = run.font
        if fmt.underline:
            font.underline = True
        if fmt.strike:
            font.strike = True
        if fmt.highlight:
            font.highlight_color = WD_COLOR_INDEX.YELLOW
        if fmt.small:
            # <small> in a link, code or a classed span, whose character style it cannot replace.
            font.size = Pt(round(self.small_pt * 2) / 2)
        if fmt.vert == "super":
            font.superscript = True
        elif fmt.vert == "sub":
            font.subscript = True


def _mono(theme: Theme) -> str:
    return font_name(theme.fonts.mono)


def _only_paragraph_number(segments: builtins.list) -> bool:
    content = [s for s in normalise(segments) if not isinstance(s, (Tab, Mark))]
    return bool(content) and all(
        isinstance(s, Text) and s.fmt.char_style == "Paragraph Number" for s in content
    )


def _classes(el) -> builtins.list[str]:
    return (el.get("class") or "").split()


#: Block element → its visitor (grouping elements not named here: ``visit_grouping``).
BLOCK_VISITORS = {
    **dict.fromkeys(HEADINGS, BodyWriter.visit_heading),
    "p": BodyWriter.visit_p,
    "ul": BodyWriter.visit_ul,
    "ol": BodyWriter.visit_ol,
    "table": BodyWriter.visit_table,
    "blockquote": BodyWriter.visit_blockquote,
    "figure": BodyWriter.visit_figure,
    "figcaption": BodyWriter.visit_figcaption,
    "dl": BodyWriter.visit_dl,
    "hr": BodyWriter.visit_hr,
    **dict.fromkeys(("head", "title", "meta", "style", "link"), BodyWriter.visit_nothing),
    **dict.fromkeys(("html", "body"), BodyWriter.visit_root),
    **dict.fromkeys(("li", "dt", "dd", "thead", "tbody", "tr", "th", "td"), BodyWriter.visit_misplaced),
}


#: Inline elements with a visitor of their own.
INLINE_VISITORS = {
    "span": BodyWriter.visit_span,
    "img": BodyWriter.visit_picture,
    "svg": BodyWriter.visit_picture,
    "a": BodyWriter.visit_a,
    "q": BodyWriter.visit_q,
}

#: Inline elements that only format their content → how (fields of ``Fmt``).
INLINE_FORMATS: dict[str, dict] = {
    **{tag: {"bold": True} for tag in ("strong", "b")},
    **{tag: {"italic": True} for tag in ("em", "i", "cite", "dfn", "var")},
    "sup": {"vert": "super"},
    "sub": {"vert": "sub"},
    "small": {"small": True},
    **{tag: {"code": True} for tag in ("code", "kbd", "samp", "tt")},
    **{tag: {"underline": True} for tag in ("u", "ins")},
    **{tag: {"strike": True} for tag in ("s", "del")},
    "mark": {"highlight": True},
}


def _class_style(classes: builtins.list[str]) -> str | None:
    """The style the element's classes name; the last one wins ("lead speaker-opening")."""
    for name in reversed(classes):
        if name in CLASS_STYLES:
            return CLASS_STYLES[name]
    return None
