"""The font table: every font the document names, with what Word needs to substitute it well.

The PDF embeds its fonts; a DOCX only names them. On a machine without the
theme's fonts (DejaVu is rare on Windows and macOS), Word picks a substitute
from what ``word/fontTable.xml`` says about the missing font: its family
(roman, swiss, modern), its PANOSE classification and its alternative name.
Without an entry Word guesses blindly and lines, and then pages, break
elsewhere. The theme names the alternative per kind of font (``[docx.fonts]``:
serif, sans, mono), and each font gets the one of its own kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from ...config.theme import Theme
from . import fields
from .styles import font_name

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
_RFONTS_ATTRS = tuple(f"{{{W}}}{name}" for name in ("ascii", "hAnsi", "eastAsia", "cs"))


@dataclass(frozen=True)
class FontInfo:
    """What the font table says about one font (ECMA-376 Part 1, §17.8.3)."""

    #: roman (serif), swiss (sans-serif), modern (monospaced), script, decorative or auto.
    family: str
    #: The ten PANOSE digits as 20 hex characters.
    panose: str
    pitch: str = "variable"


#: Fonts as their own OS/2 tables classify them (PANOSE read from the font files).
KNOWN_FONTS = {
    "DejaVu Serif": FontInfo("roman", "02060603050605020204"),
    "DejaVu Serif Condensed": FontInfo("roman", "02060606050605020204"),
    "DejaVu Sans": FontInfo("swiss", "020B0603030804020204"),
    "DejaVu Sans Condensed": FontInfo("swiss", "020B0606030804020204"),
    "DejaVu Sans Mono": FontInfo("modern", "020B0609030804020204", "fixed"),
    "Noto Sans CJK JP": FontInfo("swiss", "020B0500000000000000"),
    "Noto Serif CJK JP": FontInfo("roman", "02020400000000000000"),
    "Times New Roman": FontInfo("roman", "02020603050405020304"),
    "Georgia": FontInfo("roman", "02040502050405020303"),
    "Cambria": FontInfo("roman", "02040503050406030204"),
    "Arial": FontInfo("swiss", "020B0604020202020204"),
    "Verdana": FontInfo("swiss", "020B0604030504040204"),
    "Calibri": FontInfo("swiss", "020F0502020204030204"),
    "Courier New": FontInfo("modern", "02070309020205020404", "fixed"),
    "Consolas": FontInfo("modern", "020B0609020204030204", "fixed"),
}

#: For a font not in the table: what the theme's generic fallback says about it. Only the
#: PANOSE digits that follow from it are set (2 = Latin text, 11 = sans serif, 9 = monospaced);
#: 0 means "any".
_GENERIC = {
    "serif": FontInfo("roman", "02000000000000000000"),
    "sans-serif": FontInfo("swiss", "020B0000000000000000"),
    "monospace": FontInfo("modern", "02000009000000000000", "fixed"),
}
#: Font-table family → the ``[docx.fonts]`` token that names its substitute.
_KIND = {"roman": "serif", "swiss": "sans", "modern": "mono"}
_UNKNOWN = FontInfo("auto", "00000000000000000000")


def describe(name: str, families: list[str] | None = None, role: str | None = None) -> FontInfo:
    """Font-table facts for *name*: known ones as they are, others from the theme's generic family."""
    if name in KNOWN_FONTS:
        return KNOWN_FONTS[name]
    for family in families or []:
        if family.lower() in _GENERIC:
            return _GENERIC[family.lower()]
    if role == "mono":
        return _GENERIC["monospace"]
    return _UNKNOWN


def fonts_used(roots) -> set[str]:
    """Every font name an ``w:rFonts`` in *roots* (styles, body, headers, footers) names."""
    names: set[str] = set()
    for root in roots:
        for rfonts in root.iter(f"{{{W}}}rFonts"):
            for attr in _RFONTS_ATTRS:
                value = rfonts.get(attr)
                if value:
                    names.add(value)
    return names


def _w(tag: str, **attrs: str):
    el = etree.Element(f"{{{W}}}{tag}")
    for key, value in attrs.items():
        el.set(f"{{{W}}}{key}", value)
    return el


def font_entry(name: str, info: FontInfo, alternative: str = ""):
    """One ``w:font``, children in schema order."""
    font = _w("font", name=name)
    if alternative and alternative != name:
        font.append(_w("altName", val=alternative))
    font.append(_w("panose1", val=info.panose))
    font.append(_w("charset", val="00"))
    font.append(_w("family", val=info.family))
    font.append(_w("pitch", val=info.pitch))
    return font


def write_font_table(document, theme: Theme) -> None:
    """Declare every font the document names, with the theme's Word substitutes as alternative names.

    Entries a reference document already has for other fonts are kept.
    """
    from .package import xml_parts

    roles: dict[str, tuple[str, list[str]]] = {}
    for theme_role in ("body", "heading", "mono"):
        stack = getattr(theme.fonts, theme_role)
        roles.setdefault(font_name(stack), (theme_role, stack))
    roots = [document.styles.element, *xml_parts(document), document.part.numbering_part.element]
    part = _font_table_part(document)
    table = etree.fromstring(part.blob) if part.blob else _w("fonts")
    keep = {font.get(f"{{{W}}}name"): font for font in table.findall(f"{{{W}}}font")}
    for name in fonts_used(roots):
        role: str | None = None
        families: list[str] | None = None
        if name in roles:
            role, families = roles[name]
        info = describe(name, families, role)
        kind = _KIND.get(info.family)
        keep[name] = font_entry(name, info, getattr(theme.docx.fonts, kind) if kind else "")
    for child in list(table):
        table.remove(child)
    for name in sorted(keep):
        table.append(keep[name])
    fields.replace_blob(part, etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True))


def _font_table_part(document) -> Part:
    try:
        return document.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        part = Part(PackURI("/word/fontTable.xml"), _FONT_TABLE_TYPE, b"", document.part.package)
        document.part.relate_to(part, RT.FONT_TABLE)
        return part


def drawing_theme(theme: Theme) -> bytes:
    """The Office theme part, with the theme's heading and body fonts as its major and minor fonts."""
    from .base import drawing_theme as build

    return build(theme, (font_name(theme.fonts.heading), font_name(theme.fonts.body)))
