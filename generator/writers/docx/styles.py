"""Word styles built from the theme tokens, the DOCX twin of the PDF stylesheet.

Every style the walker uses is defined here, by name. Built-in Word styles
(Title, Heading 1-4, List Bullet, Quote, Caption, TOC 1 …) keep their Word
names so the navigation pane, the TOC field and the style gallery work; the
classes of the template vocabulary get named styles of their own (Callout,
Lead, Meta …). With a reference document, a style it already defines is left
exactly as it is: its styles win, as with Pandoc's ``--reference-doc``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.styles.style import StyleFactory

from ...config.theme import PT_PER_MM, Theme, length_to_pt
from . import css_looks, fields

log = logging.getLogger(__name__)

#: ``class`` on ``<p>``, ``<li>`` or ``<div>`` → paragraph style (docs/templates.md).
CLASS_STYLES = {
    "subtitle": "Subtitle",
    "callout-title": "Callout Title",
    "lead": "Lead",
    "meta": "Meta",
    "kicker": "Kicker",
    "note": "Note",
    "speech-para": "Speech Paragraph",
    "source": "Source",
    "speech-title": "Speech Title",
    "speech-note": "Speech Note",
    "speaker-opening": "Speaker Opening",
    "cover-foot": "Cover Note",
}

#: Containers whose class changes the style of what they hold, as the PDF's descendant selectors
#: (``.doc-head .meta``, ``.speaker-card``): class → {style the content would have: style it gets}.
SCOPED_STYLES = {
    "doc-head": {"Kicker": "Document Kicker", "Heading 1": "Document Title", "Meta": "Document Meta"},
    # A container inside another: "outer inner" (the walker looks this up before "inner" alone).
    "speaker-card doc-head": {
        "Kicker": "Speaker Document Kicker",
        "Heading 1": "Speaker Document Title",
        "Meta": "Speaker Document Meta",
    },
    "cover-band": {"Kicker": "Cover Kicker"},
    "speech-header": {"Normal": "Speech Header"},
    # Large type for the lectern (the PDF's .speaker-card: 1.3 em).
    "speaker-card": {
        "Normal": "Speaker Text",
        "Lead": "Speaker Point",
        "List Bullet": "Speaker Bullet",
        "Callout Ask": "Speaker Callout Ask",
        "Callout Title": "Speaker Callout Title",
        "Callout Ask Title": "Speaker Callout Ask Title",
        "Definition Term": "Speaker Definition Term",
        "Definition": "Speaker Definition",
    },
}

#: ``class`` on ``<span>`` → character style.
SPAN_STYLES = {"note": "Editorial Note"}

#: ``<small>`` is a size smaller than its paragraph's (CSS ``font-size: smaller``): the character
#: style it takes by paragraph style; "Small" elsewhere. The speaker card's notes are grey too
#: (the PDF's ``.speaker-card dd small``).
SMALL_STYLES = {"Table Text": "Table Small", "Speaker Definition": "Speaker Note"}
SMALL_STYLE = "Small"
#: ``<small class>`` whose class the PDF's stylesheet sizes itself → character style.
SMALL_CLASS_STYLES = {"source": "Source Note"}

#: CSS's absolute font sizes against ``medium`` (16 px, 12 pt): xx-small … xx-large.
_ABSOLUTE_SIZES_PT = tuple(12 * factor for factor in (3 / 5, 3 / 4, 8 / 9, 1, 6 / 5, 3 / 2, 2))


def smaller(size_pt: float) -> float:
    """CSS ``font-size: smaller`` of a size, as WeasyPrint computes it for the PDF.

    The next absolute size below (a 9.5 pt body's ``<small>`` is x-small, 9 pt);
    below the smallest, 0.8 of the size.
    """
    below = [size for size in _ABSOLUTE_SIZES_PT if size < size_pt - 1e-6]
    return below[-1] if below else size_pt * 0.8


TABLE_STYLE = "Briefing Table"
_MM = PT_PER_MM
#: Text indent inside a callout box (padding plus the rule) and of speech paragraphs, in points.
CALLOUT_INDENT_PT = 4 * _MM + 3
SPEECH_INDENT_PT = 10 * _MM
#: The speaker card's type, against the body's (the PDF's 1.3 em).
SPEAKER_SCALE = 1.3


@dataclass(frozen=True)
class TermColumn:
    """A definition list's term column: its width (the PDF's dt flex-basis) and type size."""

    width: float  # points
    scale: float  # against the body size


#: By term style: the body's glossary (dt 0.95 em), the speaker card's (dl 0.8 em of the card's 1.3 em).
TERM_COLUMNS = {
    "Definition Term": TermColumn(16 * _MM, 0.95),
    "Speaker Definition Term": TermColumn(24 * _MM, SPEAKER_SCALE * 0.8 * 0.95),
}

#: CSS generic families → a font Word and LibreOffice both know.
_GENERIC_FONTS = {
    "serif": "Times New Roman",
    "sans-serif": "Arial",
    "monospace": "Courier New",
    "system-ui": "Arial",
}

#: The styles of ours that are Word built-ins, by lower-cased name, with the styleId Word gives
#: them. Declared as built-ins (no ``w:customStyle``), Word treats them as its own: the TOC
#: field uses "toc 1", hyperlinks "Hyperlink", the gallery's "List Bullet" button our bullets.
BUILTIN_STYLE_IDS = {
    "normal": "Normal",
    "title": "Title",
    "subtitle": "Subtitle",
    "quote": "Quote",
    "caption": "Caption",
    **{f"heading {n}": f"Heading{n}" for n in range(1, 10)},
    **{f"toc {n}": f"TOC{n}" for n in range(1, 10)},
    "toc heading": "TOCHeading",
    "header": "Header",
    "footer": "Footer",
    "hyperlink": "Hyperlink",
    **{
        f"{kind.lower()}{suffix}": f"{kind.replace(' ', '')}{suffix.strip()}"
        for kind in ("List Bullet", "List Number", "List Continue")
        for suffix in ("", " 2", " 3", " 4", " 5")
    },
}

#: The list styles that number their paragraphs, by name without the level.
LIST_STYLE_KINDS = {"List Bullet": "bullet", "List Number": "number"}

PARA = WD_STYLE_TYPE.PARAGRAPH
CHAR = WD_STYLE_TYPE.CHARACTER


@dataclass(frozen=True)
class Geometry:
    """Page measurements, in points, derived from ``theme.page``."""

    page_width: float
    page_height: float
    top: float
    bottom: float
    left: float
    right: float

    @property
    def text_width(self) -> float:
        return self.page_width - self.left - self.right

    @classmethod
    def from_theme(cls, theme: Theme) -> Geometry:
        width_mm, height_mm = theme.page.size_mm
        mm = PT_PER_MM
        page = theme.page
        return cls(
            page_width=width_mm * mm,
            page_height=height_mm * mm,
            top=length_to_pt(page.margin_top),
            bottom=length_to_pt(page.margin_bottom),
            # A single-sided Word section has left/right margins: inner is the
            # binding side of a right-hand page, i.e. the left.
            left=length_to_pt(page.margin_inner),
            right=length_to_pt(page.margin_outer),
        )


def font_name(families: list[str]) -> str:
    """The first family of a theme font list, generic CSS names mapped to real fonts."""
    first = families[0]
    return _GENERIC_FONTS.get(first.lower(), first)


@dataclass
class StyleSpec:
    """What one style sets; None leaves a property to the base style."""

    name: str
    type: WD_STYLE_TYPE = PARA
    base: str | None = "Normal"
    next: str | None = None
    font: str | None = None  # "body", "heading" or "mono"
    size: float | None = None  # points
    colour: str | None = None  # hex
    bold: bool | None = None
    italic: bool | None = None
    small_caps: bool | None = None
    caps: bool | None = None
    spacing: float | None = None  # letter spacing, points
    underline: bool | None = None
    before: float | None = None
    after: float | None = None
    #: Line height as a multiple of the font size (CSS line-height), written as
    #: an "at least" spacing in points so it matches the PDF and never clips a picture.
    line: float | None = None
    keep_next: bool | None = None
    keep_lines: bool | None = None
    align: WD_ALIGN_PARAGRAPH | None = None
    left: float | None = None
    right: float | None = None
    first_line: float | None = None  # negative: hanging indent
    borders: dict[str, tuple[str, float, float]] = field(default_factory=dict)
    shading: str | None = None
    outline: int | None = None  # 0-based; 9 = body text
    tabs: list[tuple[float, WD_TAB_ALIGNMENT, WD_TAB_LEADER]] = field(default_factory=list)
    #: Width (points) of a frame at the left of the text the paragraph sits in, beside the next one.
    frame: float | None = None
    #: No space between paragraphs of this same style (Word's "don't add space between").
    contextual: bool = False
    #: False: never hyphenate automatically (the PDF's ``hyphens: manual``).
    hyphenate: bool | None = None
    quick: bool = False
    #: Filled in by _resolve_line_heights.
    line_pt: float | None = None


def style_specs(theme: Theme, geometry: Geometry) -> list[StyleSpec]:
    """Every style the writer uses, from the theme tokens. Bases come before their children.

    Sizes and spacing follow templates/css/theme.css.j2, so the DOCX and the
    PDF of a document look alike.
    """
    c = theme.colours
    s = theme.sizes
    pt = length_to_pt
    mm = PT_PER_MM
    body, small = pt(s.body), pt(s.small)
    lh = s.line_height
    width = geometry.text_width
    indent = fields.LEVEL_INDENT / 20  # one list level, in points

    def boxed(fill: str, rule: str, rule_pt: float, pad: float) -> dict:
        # A box: the coloured rule on the left, borders in the fill colour as padding.
        return {
            "top": (fill, 1, pad * 0.6),
            "left": (rule, rule_pt, pad),
            "bottom": (fill, 1, pad * 0.6),
            "right": (fill, 1, pad),
        }

    callout_pad = 4 * mm
    quote_pad = 5 * mm
    specs = [
        StyleSpec("Normal", base=None, font="body", size=body, colour=c.text, after=2.2 * mm, line=lh),
        StyleSpec(
            "Title",
            next="Normal",
            font="heading",
            size=pt(s.title),
            colour=c.accent,
            bold=True,
            before=4 * mm,
            after=3 * mm,
            line=1.15,
            keep_next=True,
            quick=True,
        ),
        StyleSpec(
            "Subtitle",
            next="Normal",
            font="heading",
            size=pt(s.h2),
            colour=c.muted,
            bold=False,
            italic=False,
            after=10 * mm,
            line=1.2,
            quick=True,
        ),
        StyleSpec(
            "Heading 1",
            next="Normal",
            font="heading",
            size=pt(s.h1),
            colour=c.accent,
            bold=True,
            before=2 * mm,
            after=2 * mm,
            line=1.2,
            keep_next=True,
            keep_lines=True,
            outline=0,
        ),
        StyleSpec(
            "Heading 2",
            next="Normal",
            font="heading",
            size=pt(s.h2),
            colour=c.accent,
            bold=True,
            before=4.4 * mm,
            after=1.8 * mm,
            line=1.2,
            keep_next=True,
            keep_lines=True,
            outline=1,
            borders={"bottom": (c.rule, 0.75, 2)},
        ),
        StyleSpec(
            "Heading 3",
            next="Normal",
            font="heading",
            size=pt(s.h3),
            colour=c.accent,
            bold=True,
            before=3.2 * mm,
            after=1.2 * mm,
            line=1.2,
            keep_next=True,
            keep_lines=True,
            outline=2,
        ),
        StyleSpec(
            "Heading 4",
            next="Normal",
            font="heading",
            size=pt(s.h4),
            colour=c.accent,
            bold=True,
            italic=True,
            before=3 * mm,
            after=1 * mm,
            line=1.2,
            keep_next=True,
            keep_lines=True,
            outline=3,
        ),
        StyleSpec("Lead", size=body * 1.1, line=1.45, quick=True),
        StyleSpec("Meta", font="heading", size=small, colour=c.muted, after=1 * mm, line=1.25, quick=True),
        StyleSpec(
            "Kicker",
            font="heading",
            size=small,
            colour=c.muted,
            caps=True,
            spacing=0.14 * small,
            after=1 * mm,
            line=1.2,
            keep_next=True,
            quick=True,
        ),
        StyleSpec("Note", size=small, colour=c.muted, line=1.3, quick=True),
        StyleSpec("Source", size=small, colour=c.muted, after=0.4 * mm, line=1.3),
        # The paragraph number hangs in the margin: right-aligned at 7 mm, text at 10 mm.
        StyleSpec(
            "Speech Paragraph",
            left=SPEECH_INDENT_PT,
            first_line=-SPEECH_INDENT_PT,
            tabs=[
                (7 * mm, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES),
                (10 * mm, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES),
            ],
            quick=True,
        ),
        # The names pandoc gives definition lists, so a DOCX → Markdown round trip keeps them:
        # a term paragraph, then its definition's paragraphs. Side by side, as the PDF's flex row:
        # the term is a frame as wide as the PDF's term column, at the left of the definition,
        # which is indented by that width (the walker repeats the frame on each term paragraph,
        # since LibreOffice reads a frame only there).
        # (Defined first: the term's next style.)
        StyleSpec("Definition", left=TERM_COLUMNS["Definition Term"].width, after=1.2 * mm, quick=True),
        StyleSpec(
            "Definition Term",
            next="Definition",
            font="heading",
            size=body * TERM_COLUMNS["Definition Term"].scale,
            colour=c.accent,
            bold=True,
            after=0,
            keep_next=True,
            frame=TERM_COLUMNS["Definition Term"].width,
            hyphenate=False,
            quick=True,
        ),
        StyleSpec(
            "Quote",
            italic=True,
            size=body * 1.05,
            colour=c.text,
            shading=c.accent_soft,
            borders=boxed(c.accent_soft, c.accent, 2.5, quote_pad),
            left=quote_pad + 2.5,
            right=quote_pad,
            before=4 * mm,
            after=1 * mm,
            keep_lines=True,
            quick=True,
        ),
        StyleSpec(
            "Quote Attribution",
            base="Quote",
            italic=False,
            size=small,
            colour=c.muted,
            before=0,
            after=4 * mm,
        ),
        StyleSpec(
            "Callout",
            shading=c.callout,
            borders=boxed(c.callout, c.callout_rule, 3, callout_pad),
            left=CALLOUT_INDENT_PT,
            right=callout_pad,
            before=0,
            after=1.5 * mm,
            keep_lines=True,
            quick=True,
        ),
        StyleSpec(
            "Callout Title",
            base="Callout",
            next="Callout",
            font="heading",
            size=small,
            colour=c.callout_rule,
            bold=True,
            caps=True,
            spacing=0.08 * small,
            keep_next=True,
        ),
        StyleSpec("Callout Ask", base="Callout", borders=boxed(c.callout, c.marking, 3, callout_pad)),
        StyleSpec(
            "Callout Ask Title",
            base="Callout Ask",
            next="Callout Ask",
            font="heading",
            size=small,
            colour=c.marking,
            bold=True,
            caps=True,
            spacing=0.08 * small,
            keep_next=True,
        ),
        StyleSpec(
            "Caption",
            font="heading",
            size=small,
            colour=c.muted,
            italic=False,
            before=1.5 * mm,
            after=4 * mm,
            line=1.25,
        ),
        StyleSpec(
            "Figure", align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True, before=3 * mm, after=0, line=1.0
        ),
        StyleSpec("Rule", size=4, line=1.0, after=3 * mm, borders={"bottom": (c.rule, 0.75, 1)}),
        StyleSpec("Table Text", size=body * 0.92, after=0, line=1.25),
        StyleSpec(
            "Table Heading",
            base="Table Text",
            font="heading",
            size=small,
            colour="#ffffff",
            bold=True,
            spacing=0.03 * small,
            keep_next=True,
            hyphenate=False,
        ),
        StyleSpec("Table Row Heading", base="Table Text", font="heading", colour=c.accent, bold=True),
        StyleSpec("TOC Heading", base="Heading 1", next="Normal", outline=9, after=6 * mm),
        # Word knows its TOC styles by these lower-case names.
        StyleSpec(
            "toc 1",
            next="Normal",
            font="heading",
            before=0,
            after=0.6 * mm,
            line=1.2,
            keep_next=True,
            tabs=[(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)],
        ),
        StyleSpec(
            "toc 2",
            next="Normal",
            font="heading",
            size=body * 0.92,
            left=8 * mm,
            after=2 * mm,
            line=1.2,
            tabs=[(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)],
        ),
        # The line under a contents entry that says what the document is (the PDF's span.desc).
        StyleSpec(
            "Contents Description",
            next="toc 1",
            font="body",
            size=small,
            colour=c.muted,
            after=3 * mm,
            line=1.3,
        ),
        # A document's head: its own styles, so a theme's title band (css_looks) colours only it.
        StyleSpec("Document Kicker", base="Kicker"),
        StyleSpec("Document Title", base="Heading 1", next="Normal"),
        # The rule under a document's head (the PDF's .doc-head border), under its last meta line.
        StyleSpec(
            "Document Meta",
            base="Meta",
            borders={"bottom": (c.accent, 2, 3 * mm)},
            after=5 * mm,
            contextual=True,
        ),
        # The speaker card's head: its kicker and meta lines in the card's larger type
        # (the PDF's .speaker-card .doc-head .kicker/.meta: 0.75 em of the card's 1.3 em).
        StyleSpec("Speaker Document Kicker", base="Document Kicker", size=body * SPEAKER_SCALE * 0.75),
        StyleSpec("Speaker Document Title", base="Document Title", next="Normal"),
        StyleSpec("Speaker Document Meta", base="Document Meta", size=body * SPEAKER_SCALE * 0.75),
        StyleSpec(
            "Cover Kicker", base="Kicker", size=body, borders={"top": (c.accent, 5, 6 * mm)}, before=8 * mm
        ),
        StyleSpec(
            "Cover Note",
            size=small,
            colour=c.muted,
            line=1.3,
            before=10 * mm,
            borders={"top": (c.rule, 0.75, 2 * mm)},
        ),
        StyleSpec("Speech Header", align=WD_ALIGN_PARAGRAPH.CENTER, after=0),
        StyleSpec(
            "Speech Title", base="Speech Header", bold=True, size=body * 1.15, before=2 * mm, after=2 * mm
        ),
        StyleSpec(
            "Speech Note", italic=True, left=SPEECH_INDENT_PT + indent + 4 * mm, before=1 * mm, after=1 * mm
        ),
        StyleSpec("Speaker Text", size=body * SPEAKER_SCALE, line=1.38, hyphenate=False),
        StyleSpec(
            "Speaker Opening",
            base="Speaker Text",
            size=body * SPEAKER_SCALE * 1.1,
            italic=True,
            line=1.45,
            after=1 * mm,
        ),
        StyleSpec(
            "Speaker Point", base="Speaker Text", size=body * SPEAKER_SCALE * 1.1, line=1.45, after=2.4 * mm
        ),
        StyleSpec("Speaker Bullet", base="Speaker Text", after=0.9 * mm),
        StyleSpec(
            "Speaker Callout Ask", base="Callout Ask", size=body * SPEAKER_SCALE, line=1.38, hyphenate=False
        ),
        # The PDF's .speaker-card .callout-title: 0.8 em of the card's 1.3 em.
        *(
            StyleSpec(
                f"Speaker {title}",
                base=title,
                next=following,
                size=body * SPEAKER_SCALE * 0.8,
                spacing=0.08 * body * SPEAKER_SCALE * 0.8,
            )
            for title, following in (
                ("Callout Title", "Callout"),
                ("Callout Ask Title", "Speaker Callout Ask"),
            )
        ),
        # The card's glossary is smaller than its points (the PDF's .speaker-card dl: 0.8 em).
        StyleSpec(
            "Speaker Definition Term",
            base="Definition Term",
            size=body * TERM_COLUMNS["Speaker Definition Term"].scale,
            frame=TERM_COLUMNS["Speaker Definition Term"].width,
        ),
        StyleSpec(
            "Speaker Definition",
            base="Definition",
            size=body * SPEAKER_SCALE * 0.8,
            line=1.38,
            left=TERM_COLUMNS["Speaker Definition Term"].width,
            hyphenate=False,
        ),
        StyleSpec("Editorial Note", type=CHAR, base=None, size=small, colour=c.muted),
        StyleSpec(SMALL_STYLE, type=CHAR, base=None, size=smaller(body)),
        StyleSpec("Table Small", type=CHAR, base=None, size=smaller(body * 0.92)),
        # The PDF's .source on an inline element (the timeline table's source of a row).
        StyleSpec("Source Note", type=CHAR, base=None, size=small, colour=c.muted),
        StyleSpec(
            "Speaker Note", type=CHAR, base=None, size=smaller(body * SPEAKER_SCALE * 0.8), colour=c.muted
        ),
        StyleSpec(
            "Header", font="heading", size=small, colour=c.muted, before=0, after=0, line=1.0, hyphenate=False
        ),
        StyleSpec(
            "Footer", font="heading", size=small, colour=c.muted, before=0, after=0, line=1.0, hyphenate=False
        ),
        StyleSpec("Hyperlink", type=CHAR, base=None, colour=c.accent, underline=True),
        # Not raised (w:position): LibreOffice turns that into a shrunken superscript.
        StyleSpec("Citation", type=CHAR, base=None, font="heading", size=small * 0.9, colour=c.muted),
        StyleSpec("Paragraph Number", type=CHAR, base=None, font="heading", size=small, colour=c.muted),
        StyleSpec(
            "Marking", type=CHAR, base=None, font="heading", colour=c.marking, bold=True, spacing=0.12 * small
        ),
        StyleSpec("Code", type=CHAR, base=None, font="mono", size=body * 0.9),
    ]
    for level in range(1, fields.STYLE_LEVELS + 1):
        suffix = "" if level == 1 else f" {level}"
        for kind in ("List Bullet", "List Number"):
            specs.append(StyleSpec(f"{kind}{suffix}", after=0.9 * mm))
        specs.append(StyleSpec(f"List Continue{suffix}", left=indent * level, after=0.9 * mm))
    return specs


def apply_styles(
    document,
    theme: Theme,
    *,
    protected: set[str],
    language: str,
    numbering: fields.ListNumbering,
    own_css: str = "",
) -> None:
    """Define the theme's styles in *document*, leaving the *protected* ones alone.

    *protected* holds lower-cased style names (see :func:`protected_names`).
    The list styles are bound to *numbering*, the definitions the writer uses.
    *own_css* is the theme's own stylesheet rules (css_looks.own_rules), whose
    look the styles take where Word can express it.
    """
    geometry = Geometry.from_theme(theme)
    styles = document.styles
    if not protected:
        _document_defaults(document, theme, language)
    specs = style_specs(theme, geometry)
    css_looks.apply(specs, css_looks.looks(own_css))
    _resolve_line_heights(specs)
    index = _StyleIndex(styles)
    for spec in specs:
        if spec.name.lower() in protected:
            log.debug("Style %r comes from the reference document", spec.name)
            continue
        _define(index, spec, theme)
        base_name = spec.name.rstrip("0123456789").rstrip()
        kind = LIST_STYLE_KINDS.get(base_name)
        if kind is not None:
            level = int(spec.name[len(base_name) :] or 1) - 1
            style = index[spec.name]
            numbering.bind_style(style.element, style.style_id, kind, level)
    if TABLE_STYLE.lower() not in protected:
        _table_style(index, theme)


class _StyleIndex:
    """Styles by name. python-docx scans every style on each look-up by name,
    and a reference document may hold a few hundred."""

    def __init__(self, styles):
        self.styles = styles
        self._by_name = {(el.name_val or "").lower(): el for el in styles.element.style_lst}

    def get(self, name: str):
        el = self._by_name.get(name.lower())
        return None if el is None else StyleFactory(el)

    def __getitem__(self, name: str):
        style = self.get(name)
        if style is None:
            raise KeyError(f"no style named {name!r}")
        return style

    def add(self, name: str, style_type):
        builtin_id = BUILTIN_STYLE_IDS.get(name.lower())
        style = self.styles.add_style(name, style_type, builtin=builtin_id is not None)
        if builtin_id is not None:
            style.element.styleId = builtin_id
        self._by_name[name.lower()] = style.element
        return style


def style_ids(document) -> dict[str, str]:
    """Lower-cased style name → styleId.

    Word matches style names without regard to case ("heading 1" in Word's
    files, "Heading 1" in LibreOffice's), and looking styles up through
    python-docx is both case-sensitive and slow, so the writer uses this map.
    """
    ids = {}
    val, style_id = qn("w:val"), qn("w:styleId")
    for el in document.styles.element.iterchildren(qn("w:style")):
        name = el.find(qn("w:name"))
        if name is not None and name.get(val) and el.get(style_id):
            ids[name.get(val).lower()] = el.get(style_id)
    return ids


def protected_names(document) -> set[str]:
    """The (lower-cased) names of the styles a reference document defines."""
    return {(el.name_val or "").lower() for el in document.styles.element.style_lst if el.name_val}


def _resolve_line_heights(specs: list[StyleSpec]) -> None:
    """Give each paragraph style its own line height: inherited factor × its own size.

    Word inherits a line spacing in points, CSS inherits the factor; resolving
    it per style keeps small text (notes, captions) from getting body-text leading.
    """
    by_name = {spec.name: spec for spec in specs}

    def inherited(spec: StyleSpec | None, attr: str):
        while spec is not None:
            value = getattr(spec, attr)
            if value is not None:
                return value
            spec = by_name.get(spec.base) if spec.base else None
        return None

    resolved = {}
    for spec in specs:
        if spec.type == PARA:
            factor, size = inherited(spec, "line"), inherited(spec, "size")
            if factor is not None and size is not None:
                resolved[spec.name] = factor * size
    for spec in specs:
        if spec.name in resolved:
            spec.line_pt = resolved[spec.name]


def _document_defaults(document, theme: Theme, language: str) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is not None:
        fields.set_fonts(rpr, font_name(theme.fonts.body))
        fields.set_lang(rpr, language)


def _define(styles: _StyleIndex, spec: StyleSpec, theme: Theme) -> None:
    style = styles.get(spec.name)
    if style is not None:
        _reset(style.element)
    else:
        style = styles.add(spec.name, spec.type)
    if spec.base is not None and styles.get(spec.base) is not None:
        style.base_style = styles[spec.base]
    if spec.next is not None and spec.type == PARA and styles.get(spec.next) is not None:
        style.next_paragraph_style = styles[spec.next]
    if spec.quick:
        style.quick_style = True
    style.hidden = False
    style.unhide_when_used = False
    _font(style, spec, theme)
    if spec.type == PARA:
        _paragraph(style, spec)
        _sync_linked(styles, style)


def _reset(style_el) -> None:
    """Forget the template's formatting so only the theme's applies."""
    for tag in ("w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr", "w:rsid"):
        for child in style_el.findall(qn(tag)):
            style_el.remove(child)


def _font(style, spec: StyleSpec, theme: Theme) -> None:
    font = style.font
    rpr = style.element.get_or_add_rPr()
    if spec.font is not None:
        fields.set_fonts(rpr, font_name(getattr(theme.fonts, spec.font)))
    if spec.size is not None:
        font.size = Pt(round(spec.size * 2) / 2)
    if spec.colour is not None:
        fields.set_colour(rpr, spec.colour)
    if spec.bold is not None:
        font.bold = spec.bold
    if spec.italic is not None:
        font.italic = spec.italic
    if spec.small_caps is not None:
        font.small_caps = spec.small_caps
    if spec.caps is not None:
        font.all_caps = spec.caps
    if spec.underline is not None:
        font.underline = spec.underline
    if spec.spacing is not None:
        fields.set_letter_spacing(rpr, spec.spacing)


def _paragraph(style, spec: StyleSpec) -> None:
    fmt = style.paragraph_format
    if spec.before is not None:
        fmt.space_before = Pt(round(spec.before, 1))
    if spec.after is not None:
        fmt.space_after = Pt(round(spec.after, 1))
    if spec.line_pt is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        fmt.line_spacing = Pt(round(spec.line_pt, 1))
    if spec.keep_next is not None:
        fmt.keep_with_next = spec.keep_next
    if spec.keep_lines is not None:
        fmt.keep_together = spec.keep_lines
    if spec.align is not None:
        fmt.alignment = spec.align
    if spec.left is not None:
        fmt.left_indent = Pt(spec.left)
    if spec.right is not None:
        fmt.right_indent = Pt(spec.right)
    if spec.first_line is not None:
        fmt.first_line_indent = Pt(spec.first_line)
    for position, alignment, leader in spec.tabs:
        fmt.tab_stops.add_tab_stop(Pt(round(position, 1)), alignment, leader)
    ppr = style.element.get_or_add_pPr()
    if spec.borders:
        fields.paragraph_borders(ppr, spec.borders)
    if spec.shading:
        fields.paragraph_shading(ppr, spec.shading)
    if spec.outline is not None:
        fields.set_outline_level(ppr, spec.outline)
    if spec.frame is not None:
        fields.frame_beside(ppr, spec.frame)
    if spec.contextual:
        fields.put_ppr(ppr, fields.w("contextualSpacing"))
    if spec.hyphenate is False:
        fields.put_ppr(ppr, fields.w("suppressAutoHyphens"))


def _sync_linked(styles: _StyleIndex, style) -> None:
    """Give a linked character style ("Heading 1 Char") the paragraph style's run formatting."""
    link = style.element.find(qn("w:link"))
    if link is None:
        return
    target = styles.styles.element.get_by_id(link.get(qn("w:val")))
    if target is None:
        return
    from copy import deepcopy

    for child in target.findall(qn("w:rPr")):
        target.remove(child)
    rpr = style.element.find(qn("w:rPr"))
    if rpr is not None:
        fields.put(target, deepcopy(rpr), fields.STYLE_ORDER)


def _table_style(styles: _StyleIndex, theme: Theme) -> None:
    c = theme.colours
    style = styles.get(TABLE_STYLE)
    if style is not None:
        _reset(style.element)
    else:
        style = styles.add(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    base = styles.get("Normal Table")  # a reference document may lack it
    if base is not None:
        style.base_style = base
    style.quick_style = True
    fields.define_table_style(
        style.element,
        rule=c.rule,
        header_fill=c.accent,
        band_fill=c.accent_soft,
        pad_v_pt=1.6 * PT_PER_MM,
        pad_h_pt=2 * PT_PER_MM,
    )
