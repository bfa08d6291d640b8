"""How wide a short text is set in a font: for layout choices Word cannot make by itself.

A definition list's term sits in a frame as wide as the PDF's term column;
the PDF's row grows when a term wraps, a Word frame does not (the next term's
frame would overlap it). The writer sets a term that would not fit on one
line above its definition instead, and asks here whether it fits. The font
file is the one fontconfig picks for the family (as the PDF's), measured
with FreeType through Pillow (installed with WeasyPrint).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata

#: Without the font file: an average advance in ems (bold sans-serif Latin), wide characters 1 em.
_AVERAGE_EM = 0.62
#: The size fonts are loaded at; widths scale linearly with the size.
_LOAD_PX = 100


@functools.cache
def _font_file(family: str, bold: bool) -> str | None:
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    pattern = f"{family}:weight={'bold' if bold else 'regular'}"
    try:
        found = subprocess.run(
            # "--": a theme's family starting with "-" is a pattern, not an option (a family
            # "-f/some/file" made fc-match print that path as the font file to open).
            [fc_match, "-f", "%{file}", "--", pattern],
            capture_output=True,
            text=True,
            timeout=20,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return found or None


@functools.cache
def _font(family: str, bold: bool):
    path = _font_file(family, bold)
    if path is None:
        return None
    from PIL import ImageFont

    try:
        return ImageFont.truetype(path, _LOAD_PX)
    except OSError:
        return None


def text_width_pt(text: str, family: str, size_pt: float, *, bold: bool = False) -> float:
    """The advance width of one line of *text* in points."""
    font = _font(family, bold)
    if font is not None:
        return font.getlength(text) * size_pt / _LOAD_PX
    ems = sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else _AVERAGE_EM for ch in text)
    return ems * size_pt


def fits(lines: list[str], width_pt: float, family: str, size_pt: float, *, bold: bool = False) -> bool:
    """True if every line fits in *width_pt* unbroken."""
    return all(text_width_pt(line, family, size_pt, bold=bold) <= width_pt for line in lines)
