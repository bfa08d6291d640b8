"""A theme's own stylesheet rules, carried into the Word styles that mirror their selectors.

The DOCX styles follow the theme's tokens (fonts, sizes, colours) and mirror
the built-in stylesheet by hand (styles.py). A theme may add CSS rules of its
own (``css/theme.css.j2``, the ``extra`` block): a coloured title band, a bar
beside the headings, outlined boxes. For a fixed set of selectors, the ones a
Word style stands for, and the properties Word paragraph styles can express
(colour, shading, borders and their padding, bold, italic, capitals, letter
spacing), those rules are read here and applied to the styles, in the
stylesheet's order. Everything else (rounded corners, margins, widths, rules
for other selectors) stays PDF-only.

Only the rules after the built-in stylesheet's marker are read, so the
built-in look, which styles.py already mirrors, is never read twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...config.theme import PT_PER_MM

#: Written by the built-in stylesheet before a theme's own rules (templates/css/theme.css.j2).
MARKER = "/* briefkit: the theme's own rules */"

#: The paragraphs of a document's title band (the speaker card's too: its head is a .doc-head)
#: and of the pack's cover band.
SPEAKER_HEAD = ("Speaker Document Kicker", "Speaker Document Title", "Speaker Document Meta")
DOC_HEAD = ("Document Kicker", "Document Title", "Document Meta", *SPEAKER_HEAD)
COVER_BAND = ("Cover Kicker", "Title", "Subtitle")

#: Selector (whitespace normalised) → the Word styles it stands for.
TARGETS: dict[str, tuple[str, ...]] = {
    "h2": ("Heading 2",),
    "h3": ("Heading 3",),
    "h4": ("Heading 4",),
    ".callout": ("Callout", "Callout Ask"),
    ".callout-ask": ("Callout Ask",),
    "blockquote": ("Quote",),
    "blockquote p": ("Quote",),
    "th": ("Table Heading",),
    ".doc-head": DOC_HEAD,
    ".doc-head h1": ("Document Title", "Speaker Document Title"),
    ".doc-head .kicker": ("Document Kicker", "Speaker Document Kicker"),
    ".doc-head .meta": ("Document Meta", "Speaker Document Meta"),
    ".speaker-card .doc-head": SPEAKER_HEAD,
    ".cover .cover-band": COVER_BAND,
    ".cover .cover-band h1": ("Title",),
    ".cover .cover-band .kicker": ("Cover Kicker",),
    ".cover .cover-band .subtitle": ("Subtitle",),
}

SIDES = ("top", "left", "bottom", "right")
_NAMED = {"white": "#ffffff", "black": "#000000"}
_UNITS = {"pt": 1.0, "mm": PT_PER_MM, "cm": 10 * PT_PER_MM, "px": 0.75, "in": 72.0}
#: Padding of a shaded box where the rule gives none.
DEFAULT_PAD = 1.5 * PT_PER_MM
#: Word's limits (OOXML ST_EighthPointMeasure for w:sz, ST_PointMeasure for w:space): a theme's
#: larger value is drawn at the limit, where python-docx refused it with a traceback.
MAX_BORDER_PT = 12.0
MAX_PAD_PT = 31.0
#: Letter spacing past one em either way is no look a Word style needs.
MAX_SPACING_EM = 1.0
#: A CSS number without sign or exponent ('1..2' and '.' are not: float() raised on them).
_NUMBER = r"(\d+(?:\.\d*)?|\.\d+)"


@dataclass
class Look:
    """What the theme's rules say about one Word style; None: they say nothing."""

    colour: str | None = None
    shading: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    spacing_em: float | None = None
    #: side → (colour, width pt) or None for "none"; sides not named are left as they are.
    borders: dict[str, tuple[str, float] | None] | None = None
    border_colour: dict[str, str] | None = None
    padding: dict[str, float] | None = None


def own_rules(stylesheet: str) -> str:
    """The theme's own rules: the part of a document's stylesheet after the built-in one."""
    return stylesheet.partition(MARKER)[2].strip()


def looks(own: str) -> dict[str, Look]:
    """Word style name → what the theme's own rules (:func:`own_rules`) say about it."""
    if not own:
        return {}
    import tinycss2

    found: dict[str, Look] = {}
    for rule in tinycss2.parse_stylesheet(own, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue  # @media and other at-rules: screen or print specifics, not the page's look
        selectors = [" ".join(s.split()) for s in tinycss2.serialize(rule.prelude).split(",")]
        styles = [name for s in selectors for name in TARGETS.get(s, ())]
        if not styles:
            continue
        for declaration in tinycss2.parse_declaration_list(
            rule.content, skip_comments=True, skip_whitespace=True
        ):
            if declaration.type != "declaration":
                continue
            value = " ".join(tinycss2.serialize(declaration.value).lower().split())
            for name in styles:
                _declare(found.setdefault(name, Look()), declaration.lower_name, value)
    return found


def _declare(look: Look, prop: str, value: str) -> None:
    if prop == "color":
        look.colour = _colour(value) or look.colour
    elif prop in ("background", "background-color"):
        look.shading = _colour(value) or look.shading
    elif prop == "font-style":
        look.italic = value in ("italic", "oblique")
    elif prop == "font-weight":
        look.bold = value in ("bold", "bolder") or (value.isdigit() and int(value) >= 600)
    elif prop == "text-transform":
        look.caps = value == "uppercase"
    elif prop == "letter-spacing":
        em = re.fullmatch(rf"(-?){_NUMBER}em", value)
        if em:
            spacing = min(float(em[2]), MAX_SPACING_EM)
            look.spacing_em = -spacing if em[1] else spacing
        elif value == "normal":
            look.spacing_em = 0.0
    elif prop == "border" or (prop.startswith("border-") and prop[7:] in SIDES):
        sides = SIDES if prop == "border" else (prop[7:],)
        look.borders = look.borders or {}
        for side in sides:
            look.borders[side] = _border(value)
    elif prop == "border-color" or (prop.startswith("border-") and prop.endswith("-color")):
        colour = _colour(value)
        sides = SIDES if prop == "border-color" else (prop[7:-6],)
        if colour and all(side in SIDES for side in sides):
            look.border_colour = {**(look.border_colour or {}), **dict.fromkeys(sides, colour)}
    elif prop == "padding" or (prop.startswith("padding-") and prop[8:] in SIDES):
        lengths = [_length(v, MAX_PAD_PT) for v in value.split()]
        if None in lengths or not lengths:
            return
        if prop == "padding":
            # CSS shorthand: 1 to 4 values, top right bottom left.
            top, right, bottom, left = (lengths * 4)[:4] if len(lengths) == 1 else _four(lengths)
            look.padding = {"top": top, "right": right, "bottom": bottom, "left": left}  # type: ignore[dict-item]
        else:
            look.padding = {**(look.padding or {}), prop[8:]: lengths[0]}  # type: ignore[dict-item]


def _four(values: list) -> list:
    if len(values) == 2:
        return [values[0], values[1], values[0], values[1]]
    if len(values) == 3:
        return [values[0], values[1], values[2], values[1]]
    return values[:4]


def _colour(value: str) -> str | None:
    for token in value.split():
        if token in _NAMED:
            return _NAMED[token]
        if re.fullmatch(r"#[0-9a-f]{6}", token):
            return token
        if re.fullmatch(r"#[0-9a-f]{3}", token):
            return "#" + "".join(ch * 2 for ch in token[1:])
    return None


def _length(value: str, limit: float) -> float | None:
    """A length in points, at most *limit*; None if *value* is not one."""
    if value == "0":
        return 0.0
    match = re.fullmatch(rf"{_NUMBER}(pt|mm|cm|px|in)", value)
    return min(float(match[1]) * _UNITS[match[2]], limit) if match else None


def _border(value: str) -> tuple[str, float] | None:
    """``3pt solid #4b2a7b`` → (colour, width); None for none, 0 or a border without a colour."""
    parts = value.split()
    if not parts or parts[0] in ("none", "0", "hidden"):
        return None
    width = next((w for w in (_length(p, MAX_BORDER_PT) for p in parts) if w is not None), 0.75)
    colour = _colour(value)
    return (colour, width) if colour and width > 0 else None


def apply(specs: list, found: dict[str, Look]) -> None:
    """Change the style specs (styles.StyleSpec) as the theme's rules say."""
    for spec in specs:
        look = found.get(spec.name)
        if look is None:
            continue
        for name in ("colour", "bold", "italic", "caps"):
            if getattr(look, name) is not None:
                setattr(spec, name, getattr(look, name))
        if look.spacing_em is not None and spec.size is not None:
            spec.spacing = look.spacing_em * spec.size
        padding = look.padding or {}
        borders = dict(spec.borders)
        for side, border in (look.borders or {}).items():
            if border is None:
                borders.pop(side, None)
            else:
                borders[side] = (border[0], border[1], padding.get(side, 0.0))
        for side, colour in (look.border_colour or {}).items():
            if side in borders:
                borders[side] = (colour, *borders[side][1:])
        for side, space in padding.items():
            if side in borders:
                borders[side] = (borders[side][0], borders[side][1], space)
        if look.shading is not None:
            # A shaded box: sides without a rule get one in the fill colour, its padding as the space.
            spec.shading = look.shading
            for side in SIDES:
                if side not in borders:
                    borders[side] = (look.shading, 1, padding.get(side, DEFAULT_PAD))
        if borders != spec.borders:
            # Word draws a side rule outside the text, in the margin: indent the text by the rule
            # and its space, so the box or bar stays inside the column as in the PDF.
            for side, attr in (("left", "left"), ("right", "right")):
                if side in borders and borders[side] != spec.borders.get(side):
                    setattr(spec, attr, borders[side][1] + borders[side][2])
            spec.borders = borders
