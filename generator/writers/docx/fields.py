"""Raw OOXML that python-docx has no API for, kept in this one module.

Fields (PAGE, NUMPAGES, TOC, PAGEREF), numbering definitions, bookmarks,
hyperlinks, borders and shading, table-header flags and ``w:updateFields`` are
built here from python-docx's ``OxmlElement``, always in the child order the
WordprocessingML schema requires (Word rejects out-of-order children as a
corrupt file). It is also the one module that reaches past python-docx's
public objects into their XML (``paragraph._p``, ``run._r``, ``table._tbl``,
``cell._tc``, a part's blob): the rest of the writer uses python-docx's own API
and the functions here, and holds XML elements only to hand them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree


@cache
def _tag(nsptag: str) -> tuple[str, dict[str, str]]:
    parsed = NamespacePrefixedTag(nsptag)
    return parsed.clark_name, parsed.nsmap


def OxmlElement(nsptag: str, attrs: dict[str, str] | None = None) -> BaseOxmlElement:
    """python-docx's ``OxmlElement`` (the element of its class for the tag, with the tag's
    namespace declared), the tag's namespace looked up once per tag: a quarter of its time,
    and the writer makes some 300 elements a page."""
    clark, nsmap = _tag(nsptag)
    return oxml_parser.makeelement(clark, attrib=attrs, nsmap=nsmap)


def page_reference(bookmark: str) -> str:
    """The field that shows the page a bookmark is on (a contents entry's page number)."""
    return f"PAGEREF {bookmark} \\h"


# Child order of the elements we edit (ECMA-376 Part 1, §17).
PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)
TBLPR_ORDER = (
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
)
TCPR_ORDER = (
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
)
LVL_ORDER = (
    "start",
    "numFmt",
    "lvlRestart",
    "pStyle",
    "isLgl",
    "suff",
    "lvlText",
    "lvlPicBulletId",
    "legacy",
    "lvlJc",
    "pPr",
    "rPr",
)
STYLE_ORDER = (
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "hidden",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
)
#: The number of a figure caption (Word's Insert Caption writes the same).
SEQ_FIGURE = "SEQ Figure \\* ARABIC"
#: Elements of settings.xml that must come after ``w:updateFields``.
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def w(tag: str, **attrs: str | int) -> BaseOxmlElement:
    """A ``w:`` element with ``w:`` attributes (``w("shd", val="clear")``)."""
    el = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), str(value))
    return el


def put(parent, child, order: Sequence[str]):
    """Insert *child* into *parent* in schema order, replacing one of the same tag."""
    local = child.tag.rpartition("}")[2]
    for old in parent.findall(child.tag):
        parent.remove(old)
    rank = order.index(local)
    for index, sibling in enumerate(parent):
        sibling_local = sibling.tag.rpartition("}")[2] if isinstance(sibling.tag, str) else ""
        if sibling_local in order and order.index(sibling_local) > rank:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def put_ppr(ppr, child):
    return put(ppr, child, PPR_ORDER)


def put_rpr(rpr, child):
    return put(rpr, child, RPR_ORDER)


# --- python-docx objects and their XML -------------------------------------------


def package_entries(document) -> dict[str, bytes]:
    """Every zip entry of the document's package (name → bytes), as python-docx would save them.

    python-docx only saves to a compressed zip, which package.save then read
    back to write again in a fixed order: compressing everything twice. Its
    own writer's steps, handed a collector instead of a zip, give the same
    entries without either.
    """
    from docx.opc.pkgwriter import PackageWriter

    class Collector:
        def __init__(self) -> None:
            self.entries: dict[str, bytes] = {}

        def write(self, pack_uri, blob: bytes) -> None:
            self.entries[pack_uri.membername] = blob

    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    collector = Collector()
    PackageWriter._write_content_types_stream(collector, parts)
    PackageWriter._write_pkg_rels(collector, package.rels)
    PackageWriter._write_parts(collector, parts)  # type: ignore[arg-type]  # any object with write()
    return collector.entries


def paragraph_element(paragraph):
    """The ``w:p`` of a python-docx paragraph: where runs, links and bookmarks go."""
    return paragraph._p


def set_paragraph_style(paragraph, style_id: str) -> None:
    """Give a paragraph a style by its styleId (python-docx looks styles up by name, slowly).

    A new paragraph (no properties yet, the writer's usual case) gets its
    ``w:pPr`` built directly: python-docx's setter searches for each child
    by its successors first, a good share of a long document's time.
    """
    p = paragraph._p
    if p.pPr is None:
        ppr = OxmlElement("w:pPr")
        ppr.append(OxmlElement("w:pStyle", attrs={qn("w:val"): style_id}))
        p.insert(0, ppr)
    else:
        p.style = style_id


def carry_rule(p, style) -> None:
    """Give the ``w:p`` *p* the bottom rule and the space after it that *style* (a python-docx style)
    draws: a document's head that ends on its title, not on the meta line that carries the rule."""
    from copy import deepcopy

    source = style.element.pPr
    if source is None:
        return
    ppr = p.get_or_add_pPr()
    borders = source.find(qn("w:pBdr"))
    bottom = None if borders is None else borders.find(qn("w:bottom"))
    if bottom is not None:
        put_ppr(ppr, w("pBdr")).append(deepcopy(bottom))
    spacing = source.find(qn("w:spacing"))
    after = None if spacing is None else spacing.get(qn("w:after"))
    if after is not None:
        mine = ppr.find(qn("w:spacing"))
        if mine is None:
            mine = put_ppr(ppr, w("spacing"))
        mine.set(qn("w:after"), after)


def paragraph_style_id(paragraph) -> str | None:
    """The styleId a paragraph has (``w:pStyle``), or None for the default paragraph style."""
    ppr = paragraph._p.pPr
    style = None if ppr is None else ppr.find(qn("w:pStyle"))
    return None if style is None else style.get(qn("w:val"))


def add_text_run(paragraph, text: str):
    """``paragraph.add_run(text)``, the same XML, without python-docx's character-by-character
    reading of text that holds no tab or line break (the usual case), and the run made
    directly (python-docx's ``add_run`` took 20 µs a run, this 9)."""
    if "\t" in text or "\n" in text or "\r" in text:
        return paragraph.add_run(text)
    from docx.text.run import Run

    r = OxmlElement("w:r")
    if text:
        r.append(_text(text))
    paragraph._p.append(r)
    return Run(r, paragraph)


def set_run_style(run, style_id: str) -> None:
    run_properties(run, style_id)


def run_properties(run, style_id: str | None = None, *, bold: bool = False, italic: bool = False) -> None:
    """A run's character style, bold and italic, as python-docx's setters would write them.

    A new run (no properties yet, the writer's usual case) gets its ``w:rPr``
    built directly: python-docx makes a ``Font`` and searches each child's
    successors for every property it sets.
    """
    r = run._r
    if r.rPr is not None:
        if style_id is not None:
            r.style = style_id
        if bold:
            run.font.bold = True
        if italic:
            run.font.italic = True
        return
    if style_id is None and not bold and not italic:
        return
    rpr = OxmlElement("w:rPr")
    if style_id is not None:
        rpr.append(OxmlElement("w:rStyle", attrs={qn("w:val"): style_id}))
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    r.insert(0, rpr)


def paragraph_properties(paragraph):
    return paragraph._p.get_or_add_pPr()


def append(container, child) -> None:
    """Append *child* (an element, or a python-docx run) to a paragraph's or hyperlink's element."""
    container.append(child._r if hasattr(child, "_r") else child)


def remove_paragraph(paragraph) -> None:
    element = paragraph._p
    element.getparent().remove(element)


def insert_bookmarks(paragraph, marks: list[tuple[int, str]]) -> None:
    """Bookmarks (id, name) around nothing at the start of a paragraph, after its properties."""
    p = paragraph._p
    index = 1 if p.pPr is not None else 0
    for bookmark_id, name in marks:
        p.insert(index, bookmark_start(bookmark_id, name))
        p.insert(index + 1, bookmark_end(bookmark_id))
        index += 2


def replace_blob(part, data: bytes) -> None:
    """Replace the bytes of a part python-docx keeps as a blob (font table, Office theme)."""
    part._blob = data


# --- borders, shading, fonts ----------------------------------------------------


def hex6(colour: str) -> str:
    """``#1d3557`` → ``1D3557``, the form OOXML colour attributes take."""
    return colour.lstrip("#").upper()


def shading(fill: str):
    return w("shd", val="clear", color="auto", fill=hex6(fill))


def _border(side: str, colour: str, size_pt: float, space_pt: float = 0, val: str = "single"):
    # Border widths are in eighths of a point, spacing in points.
    return w(side, val=val, sz=max(2, round(size_pt * 8)), space=round(space_pt), color=hex6(colour))


def paragraph_borders(ppr, sides: dict[str, tuple[str, float, float]]) -> None:
    """Set ``w:pBdr`` on a paragraph or paragraph style: side → (colour, width pt, space pt)."""
    pbdr = w("pBdr")
    for side in ("top", "left", "bottom", "right", "between"):
        if side in sides:
            pbdr.append(_border(side, *sides[side]))
    put_ppr(ppr, pbdr)


def paragraph_shading(ppr, fill: str) -> None:
    put_ppr(ppr, shading(fill))


def cell_shading(cell, fill: str) -> None:
    put(cell._tc.get_or_add_tcPr(), shading(fill), TCPR_ORDER)


def set_fonts(rpr, name: str) -> None:
    """Use *name* for every script, dropping theme-font references that would win."""
    fonts = w("rFonts", ascii=name, hAnsi=name, eastAsia=name, cs=name)
    put_rpr(rpr, fonts)


def set_lang(rpr, lang: str) -> None:
    put_rpr(rpr, w("lang", val=lang, eastAsia=lang, bidi=lang))


def set_colour(rpr, colour: str) -> None:
    """A plain RGB colour, replacing any theme colour reference."""
    put_rpr(rpr, w("color", val=hex6(colour)))


def set_letter_spacing(rpr, points: float) -> None:
    """Extra space between letters (CSS letter-spacing), in twentieths of a point."""
    put_rpr(rpr, w("spacing", val=round(points * 20)))


def frame_in_margin(ppr, width_pt: float) -> None:
    """Make a paragraph a frame at the left of the text column, level with the next paragraph.

    Used for a number that hangs in the margin (CSS ``position: absolute``):
    right-aligned in a box *width_pt* wide, taking no line of its own.
    """
    put_ppr(
        ppr,
        w(
            "framePr",
            w=round(width_pt * 20),
            hSpace=0,
            wrap="around",
            vAnchor="text",
            hAnchor="margin",
            x=0,
            y=0,
        ),
    )
    put_ppr(ppr, w("ind", left=0, right=0, firstLine=0))
    put_ppr(ppr, w("jc", val="right"))


def frame_beside(ppr, width_pt: float) -> None:
    """Make a paragraph (style) a frame *width_pt* wide at the left of the text, beside the next one.

    A definition list's term: the definition that follows is indented by
    the frame's width and starts level with it, as the PDF's flex row.
    """
    put_ppr(
        ppr,
        w(
            "framePr",
            w=round(width_pt * 20),
            hSpace=0,
            wrap="around",
            vAnchor="text",
            hAnchor="text",
            x=0,
            y=0,
        ),
    )


def set_outline_level(ppr, level: int | None) -> None:
    """Outline level 0-8 (Heading 1 = 0), or 9 for body text."""
    put_ppr(ppr, w("outlineLvl", val=9 if level is None else level))


# --- fields ----------------------------------------------------------------------


def _run(rpr=None, *children):
    r = OxmlElement("w:r")
    if rpr is not None:
        r.append(_copy(rpr))
    for child in children:
        r.append(child)
    return r


def _copy(el):
    from copy import deepcopy

    return deepcopy(el)


def _text(text: str):
    t = OxmlElement("w:t")
    t.text = text
    if text != text.strip():
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return t


def field_begin(instruction: str, rpr=None) -> list:
    """The runs that open a complex field up to its result (begin, instruction, separate)."""
    instr = OxmlElement("w:instrText")
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return [
        _run(rpr, w("fldChar", fldCharType="begin")),
        _run(rpr, instr),
        _run(rpr, w("fldChar", fldCharType="separate")),
    ]


def field_end(rpr=None):
    return _run(rpr, w("fldChar", fldCharType="end"))


def append_field(parent, instruction: str, result: str, rpr=None) -> None:
    """Append a whole field to a paragraph (or hyperlink): Word shows *result* until it updates.

    ``PAGE`` and ``NUMPAGES`` are recomputed on every layout, so their cached
    result only matters to readers that do not lay out pages.
    """
    for run in field_begin(instruction, rpr):
        parent.append(run)
    parent.append(_run(rpr, _text(result)))
    parent.append(field_end(rpr))


#: Word 2013 and later: no "[Compatibility Mode]", tables line up with the margin.
COMPATIBILITY_MODE = 15
_WORD_URI = "http://schemas.microsoft.com/office/word"


def modern_settings(settings) -> None:
    """Settings of a reference document brought to what every briefkit DOCX has.

    Compatibility mode 15, and no ``w:proofState``: its "clean" flags tell Word
    that text it has never seen was already spell-checked.
    """
    for old in settings.findall(qn("w:proofState")):
        settings.remove(old)
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = w("compat")
        later = _AFTER_UPDATE_FIELDS[_AFTER_UPDATE_FIELDS.index("w:compat") + 1 :]
        settings.insert_element_before(compat, *later)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), str(COMPATIBILITY_MODE))
            return
    compat.append(w("compatSetting", name="compatibilityMode", uri=_WORD_URI, val=COMPATIBILITY_MODE))


def set_update_fields(settings) -> None:
    """Ask Word to refresh fields (the TOC, page references) when it opens the file."""
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    settings.insert_element_before(w("updateFields", val="true"), *_AFTER_UPDATE_FIELDS)


# --- bookmarks and hyperlinks ------------------------------------------------------


def bookmark_start(bookmark_id: int, name: str):
    return w("bookmarkStart", id=bookmark_id, name=name)


def bookmark_end(bookmark_id: int):
    return w("bookmarkEnd", id=bookmark_id)


def hyperlink(*, r_id: str | None = None, anchor: str | None = None, tooltip: str | None = None):
    link = OxmlElement("w:hyperlink")
    if r_id is not None:
        link.set(qn("r:id"), r_id)
    if anchor is not None:
        link.set(qn("w:anchor"), anchor)
    if tooltip:
        link.set(qn("w:tooltip"), tooltip)
    link.set(qn("w:history"), "1")
    return link


# --- numbering --------------------------------------------------------------------

#: All nine levels Word has.
MAX_LEVELS = 9
#: Per list kind, level by level: (number format, level text).
_LEVELS = {
    # A browser's defaults, which the PDF keeps: disc, circle, then square; decimal at every level.
    "bullet": [("bullet", ("\u2022", "\u25e6", "\u25aa")[min(i, 2)]) for i in range(MAX_LEVELS)],
    "number": [("decimal", f"%{i + 1}.") for i in range(MAX_LEVELS)],
}
_LEVELS["points"] = _LEVELS["number"]
#: The first word of the names of briefkit's list definitions.
_NAME = "briefkit"
#: Indent per level and the hanging indent that holds the number, in twips.
LEVEL_INDENT = 360
HANGING = 360
#: Word's built-in list styles go five levels deep (List Bullet … List Bullet 5).
STYLE_LEVELS = 5


class ListNumbering:
    """Numbering definitions for the document's lists.

    One abstract definition per kind (bullet, number) with nine levels; each
    HTML list gets its own ``w:num`` with a ``w:startOverride``, so every
    ``<ol>`` restarts at 1 in Word and LibreOffice alike. The list styles
    (List Bullet, List Number 2 …) are bound to the same definitions
    (:meth:`bind_style`), so applying one from Word's gallery gives the
    document's own bullets and numbers.
    """

    def __init__(self, numbering_part, emphasis: tuple[str, str] | None = None):
        """*emphasis*: (font, colour) of the numbers of "points" lists."""
        self._numbering = numbering_part.element
        self._emphasis = emphasis
        self._abstract: dict[tuple[str, int], int] = {}
        ids = [int(n.get(qn("w:abstractNumId"))) for n in self._numbering.findall(qn("w:abstractNum"))]
        self._next_abstract = max(ids, default=-1) + 1
        nums = [int(n.get(qn("w:numId"))) for n in self._numbering.findall(qn("w:num"))]
        self._next_num = max(nums, default=0) + 1
        self._style_nums: dict[str, int] = {}
        # Definitions made earlier for this document (the themed base binds the list styles to
        # them): found again by their names, so the document's lists share them.
        for abstract in self._numbering.findall(qn("w:abstractNum")):
            name = abstract.find(qn("w:name"))
            words = (name.get(qn("w:val")) if name is not None else "").split()
            if len(words) == 3 and words[0] == _NAME and words[2].isdigit():
                self._abstract[(words[1], int(words[2]))] = int(abstract.get(qn("w:abstractNumId")))

    def _abstract_id(self, kind: str, indent: int) -> int:
        abstract_id = self._abstract.get((kind, indent))
        if abstract_id is None:
            abstract_id = self._abstract[(kind, indent)] = self._add_abstract(kind, indent)
        return abstract_id

    def _add_num(self, abstract_id: int):
        num_id = self._next_num
        self._next_num += 1
        num = w("num", numId=num_id)
        num.append(w("abstractNumId", val=abstract_id))
        self._numbering.append(num)
        return num_id, num

    def bind_style(self, style_el, style_id: str, kind: str, level: int) -> None:
        """Make a list style (``ListBullet2``: kind "bullet", level 1) number its paragraphs.

        The style gets ``w:numPr`` and the level of the definition names the
        style back (``w:pStyle``), which is how Word ties its list styles to
        a list; the writer's own paragraphs still carry their list's numId.
        """
        abstract_id = self._abstract_id(kind, 0)
        if kind not in self._style_nums:
            self._style_nums[kind] = self._add_num(abstract_id)[0]
        num_pr = w("numPr")
        num_pr.append(w("ilvl", val=level))
        num_pr.append(w("numId", val=self._style_nums[kind]))
        put_ppr(style_el.get_or_add_pPr(), num_pr)
        abstract = self._numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']")
        lvl = abstract.find(f"{qn('w:lvl')}[@{qn('w:ilvl')}='{level}']")
        put(lvl, w("pStyle", val=style_id), LVL_ORDER)

    def new_list(self, kind: str, level: int, indent: int = 0) -> int:
        """A fresh list of *kind* starting at 1 on *level*, *indent* twips in; returns its numId."""
        num_id, num = self._add_num(self._abstract_id(kind, indent))
        override = w("lvlOverride", ilvl=level)
        override.append(w("startOverride", val=1))
        num.append(override)
        return num_id

    def _add_abstract(self, kind: str, indent: int) -> int:
        abstract_id = self._next_abstract
        self._next_abstract += 1
        abstract = w("abstractNum", abstractNumId=abstract_id)
        # nsid identifies the list to Word; derived from the id, never random.
        abstract.append(w("nsid", val=f"B41E{abstract_id:04X}"))
        abstract.append(w("multiLevelType", val="hybridMultilevel"))
        abstract.append(w("name", val=f"{_NAME} {kind} {indent}"))
        for ilvl, (fmt, text) in enumerate(_LEVELS[kind]):
            lvl = w("lvl", ilvl=ilvl)
            lvl.append(w("start", val=1))
            lvl.append(w("numFmt", val=fmt))
            lvl.append(w("lvlText", val=text))
            lvl.append(w("lvlJc", val="left"))
            ppr = w("pPr")
            left = indent + LEVEL_INDENT * (ilvl + 1)
            tabs = w("tabs")
            tabs.append(w("tab", val="num", pos=left))
            ppr.append(tabs)
            ppr.append(w("ind", left=left, hanging=HANGING))
            lvl.append(ppr)
            if kind == "points" and self._emphasis:
                rpr = w("rPr")
                font, colour = self._emphasis
                rpr.append(w("rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font))
                rpr.append(w("b"))
                rpr.append(w("color", val=hex6(colour)))
                lvl.append(rpr)
            abstract.append(lvl)
        first_num = self._numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self._numbering.append(abstract)
        return abstract_id


def set_numbering(ppr, num_id: int, level: int) -> None:
    num_pr = w("numPr")
    num_pr.append(w("ilvl", val=level))
    num_pr.append(w("numId", val=num_id))
    put_ppr(ppr, num_pr)


# --- tables -----------------------------------------------------------------------


def mark_header_row(table, index: int) -> None:
    """Repeat row *index* at the top of every page the table runs onto."""
    tr_pr = table._tbl.tr_lst[index].get_or_add_trPr()
    if tr_pr.find(qn("w:tblHeader")) is None:
        tr_pr.append(w("tblHeader"))


_TR, _TC, _TCPR = qn("w:tr"), qn("w:tc"), qn("w:tcPr")


def keep_row_together(tr) -> None:
    tr_pr = tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, w("cantSplit"))


def table_full_width(table) -> None:
    """Make the table span the text width (percentages are in fiftieths)."""
    put(table._tbl.tblPr, w("tblW", w=5000, type="pct"), TBLPR_ORDER)


def size_cells(table, widths_pt: list[float]) -> None:
    """Each cell as wide as the columns it spans; no row split across pages.

    The cell's width is set on the ``w:tcW`` python-docx made with the table
    (its ``tc.width`` looks each child up through several layers per cell).
    """
    from docx.shared import Pt

    type_, value = qn("w:type"), qn("w:w")
    for tr in table._tbl.iterchildren(_TR):
        col = 0
        for tc in tr.iterchildren(_TC):
            tc_pr = tc.find(_TCPR)
            if tc_pr is None:
                tc_pr = tc.get_or_add_tcPr()
            span_el = tc_pr.find(qn("w:gridSpan"))
            span = 1 if span_el is None else int(span_el.get(qn("w:val")))
            width = tc_pr.find(qn("w:tcW"))
            if width is None:
                width = put(tc_pr, w("tcW"), TCPR_ORDER)
            width.set(type_, "dxa")
            width.set(value, str(Pt(sum(widths_pt[col : col + span])).twips))
            col += span
        keep_row_together(tr)


def set_table_style(table, style_id: str) -> None:
    put(table._tbl.tblPr, w("tblStyle", val=style_id), TBLPR_ORDER)


def table_cells(table, merged: bool = True) -> list:
    """The table's cells row by row, one per grid slot (merged cells repeat).

    Without *merged* cells, the one ``w:tc`` of each slot in order: python-docx
    works out each cell's spans and merges whether there are any or not.
    """
    if merged:
        return table._cells
    from docx.table import _Cell

    return [_Cell(tc, table) for tr in table._tbl.iterchildren(_TR) for tc in tr.iterchildren(_TC)]


def table_look(table, *, first_row: bool) -> None:
    """Which conditional parts of the table style apply: header row, banded rows."""
    put(
        table._tbl.tblPr,
        w(
            "tblLook",
            val="0420" if first_row else "0400",
            firstRow=int(first_row),
            lastRow=0,
            firstColumn=0,
            lastColumn=0,
            noHBand=0,
            noVBand=1,
        ),
        TBLPR_ORDER,
    )


def move_table_before(table, paragraph) -> None:
    paragraph._p.addprevious(table._tbl)


def remove_table(table) -> None:
    table._tbl.getparent().remove(table._tbl)


def empty_paragraph(paragraph) -> None:
    """Remove everything but the properties from a paragraph."""
    p = paragraph._p
    for child in list(p):
        if child is not p.pPr:
            p.remove(child)


def table_cell_margins(table, left_pt: float, right_pt: float) -> None:
    """Horizontal cell padding of one table (zero lines header cells up with the text)."""
    margins = w("tblCellMar")
    margins.append(w("left", w=round(left_pt * 20), type="dxa"))
    margins.append(w("right", w=round(right_pt * 20), type="dxa"))
    put(table._tbl.tblPr, margins, TBLPR_ORDER)


def paragraph_mark_size(ppr, points: float) -> None:
    """Font size of the paragraph mark, so an empty paragraph can be made tiny."""
    rpr = w("rPr")
    rpr.append(w("sz", val=max(2, round(points * 2))))
    put_ppr(ppr, rpr)


def define_table_style(
    style_el,
    *,
    rule: str,
    header_fill: str,
    band_fill: str,
    pad_v_pt: float,
    pad_h_pt: float,
) -> None:
    """Rules between rows, cell padding, a filled bold header row and banded body rows."""
    tbl_pr = w("tblPr")
    tbl_pr.append(w("tblStyleRowBandSize", val=1))
    borders = w("tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in ("bottom", "insideH"):
            borders.append(_border(side, rule, 0.5))
        else:
            borders.append(w(side, val="nil"))
    tbl_pr.append(borders)
    margins = w("tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        pad = pad_v_pt if side in ("top", "bottom") else pad_h_pt
        margins.append(w(side, w=round(pad * 20), type="dxa"))
    tbl_pr.append(margins)
    put(style_el, tbl_pr, STYLE_ORDER)
    for old in style_el.findall(qn("w:tblStylePr")):
        style_el.remove(old)

    first = w("tblStylePr", type="firstRow")
    rpr = w("rPr")
    rpr.append(w("b"))
    first.append(rpr)
    first.append(w("tblPr"))
    tr_pr = w("trPr")
    tr_pr.append(w("tblHeader"))
    first.append(tr_pr)
    tc_pr = w("tcPr")
    tc_pr.append(shading(header_fill))
    first.append(tc_pr)
    style_el.append(first)

    band = w("tblStylePr", type="band2Horz")
    band.append(w("tblPr"))
    tc_pr = w("tcPr")
    tc_pr.append(shading(band_fill))
    band.append(tc_pr)
    style_el.append(band)


# --- pictures ---------------------------------------------------------------------


_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


#: Word 2016's extension that stores an SVG beside a picture's PNG (MS-ODRAWXML 2.3.9.1).
_SVG_BLIP_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
_ASVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def add_picture(run, data: bytes, width_pt: float, height_pt: float, svg: bytes | None = None):
    """A picture in *run*; with *svg*, the SVG stored beside the PNG for readers that draw SVG.

    The PNG stays the picture's ``r:embed``: a reader that does not know the
    extension shows it, one that does (Word 2016 and later) draws the SVG.
    One SVG part per distinct SVG in the package.
    """
    import io

    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import Part
    from docx.shared import Pt

    shape = run.add_picture(io.BytesIO(data), width=Pt(round(width_pt, 2)), height=Pt(round(height_pt, 2)))
    if svg is None:
        return shape
    part = run.part
    package = part.package
    svg_part = next(
        (p for p in package.iter_parts() if p.content_type == "image/svg+xml" and p.blob == svg), None
    )
    if svg_part is None:
        svg_part = Part(package.next_partname("/word/media/image%d.svg"), "image/svg+xml", svg, package)
    r_id = part.relate_to(svg_part, RT.IMAGE)
    blip = shape._inline.find(f".//{{{_A_NS}}}blip")
    ext_list = OxmlElement("a:extLst")
    ext = OxmlElement("a:ext", attrs={"uri": _SVG_BLIP_EXT})
    svg_blip = etree.SubElement(ext, f"{{{_ASVG_NS}}}svgBlip", nsmap={"asvg": _ASVG_NS})
    svg_blip.set(qn("r:embed"), r_id)
    ext_list.append(ext)
    blip.append(ext_list)
    return shape


def float_beside(inline_shape, side: str) -> None:
    """Turn an inline picture into one floated at the *side* ("left", "right") margin,
    text wrapping on the other side.

    The PDF's ``float`` (the logo beside the title): a ``wp:anchor`` holding
    the inline's own extent, description and graphic.
    """
    inline = inline_shape._inline
    wp = f"{{{_WP}}}"
    anchor = OxmlElement(
        "wp:anchor",
        attrs={
            "distT": "0",
            "distB": "0",
            "distL": "114300" if side == "right" else "0",
            "distR": "0" if side == "right" else "114300",
            "simplePos": "0",
            "relativeHeight": "2",
            "behindDoc": "0",
            "locked": "0",
            "layoutInCell": "1",
            "allowOverlap": "1",
        },
    )
    simple = OxmlElement("wp:simplePos", attrs={"x": "0", "y": "0"})
    horizontal = OxmlElement("wp:positionH", attrs={"relativeFrom": "margin"})
    align = OxmlElement("wp:align")
    align.text = side
    horizontal.append(align)
    vertical = OxmlElement("wp:positionV", attrs={"relativeFrom": "paragraph"})
    offset = OxmlElement("wp:posOffset")
    offset.text = "0"
    vertical.append(offset)
    anchor.extend([simple, horizontal, vertical])
    anchor.append(inline.find(f"{wp}extent"))
    anchor.append(OxmlElement("wp:effectExtent", attrs={"l": "0", "t": "0", "r": "0", "b": "0"}))
    anchor.append(OxmlElement("wp:wrapSquare", attrs={"wrapText": "left" if side == "right" else "right"}))
    for tag in ("docPr", "cNvGraphicFramePr"):
        child = inline.find(f"{wp}{tag}")
        if child is not None:
            anchor.append(child)
    anchor.append(inline.find(f"{{{_A_NS}}}graphic"))
    inline.getparent().replace(inline, anchor)


def describe_picture(inline_shape, text: str) -> None:
    """Alternative text for a picture (read by screen readers, shown by Word)."""
    if text:
        inline_shape._inline.docPr.set("descr", text)


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def number_drawings(roots) -> None:
    """Number the drawings 1, 2, 3 … across the body, headers and footers.

    python-docx numbers ``wp:docPr`` per part, so a header logo and the first
    body picture both get id 1; Word then reports unreadable content and
    drops pictures. The ids must be unique in the whole document.
    """
    number = 0
    for root in roots:
        for doc_pr in root.iter(f"{{{_WP}}}docPr"):
            number += 1
            doc_pr.set("id", str(number))
