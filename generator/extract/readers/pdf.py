"""PDF statements: lines from their geometry, paragraphs from the space between lines.

PDFium (pypdfium2) reports each run of text with its rectangle; pypdf, the
fallback when pypdfium2 is not installed, with its text matrix: ten times
slower on a long statement (bench/extract/speed.py), the same lines.
Pieces at one height make a line; a gap between lines clearly larger than
the page's usual line spacing starts a new paragraph, as does a line that
starts with a bullet. Each paragraph's lines are joined, and the paragraphs
are then grouped like a Word file's (``segment``), so a PDF printed from a
Word file gives the same blocks as the Word file; a line stopping well
short of the column ends its paragraph (paragraphs printed without space
between them). A number alone on the first or last line of a page is its
page number, and dropped. docs/extract.md compares pypdf with pdfminer.six and
pypdfium2 on the evaluation set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from io import BytesIO
from itertools import pairwise

from ...content.speech import BULLETS
from .blocks import Block, segment

#: A gap this much larger than the usual line spacing separates paragraphs.
_PARAGRAPH_GAP = 1.3
#: Word's bullets set in the Symbol or Wingdings font come out as private-use characters.
_SYMBOL_BULLETS = str.maketrans(
    {
        "\uf0b7": "•",
        "\uf0a7": "▪",
        "\uf0d8": "•",
        "\uf076": "•",
        "\uf0fc": "•",
        "\uf0a8": "•",
        "\uf06e": "▪",
        "\uf0e8": "•",
    }
)
_STARTS_ITEM = re.compile(rf"^[{re.escape(BULLETS)}]\s")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?\s*$|^\s*[-–]\s*\d{1,3}\s*[-–]\s*$", re.IGNORECASE
)


@dataclass
class _Line:
    page: int
    y: float
    x: float
    size: float
    #: (left, text) or (left, text, right) of each run of text on the line; PDFium gives the right edge.
    parts: list[tuple[float, str] | tuple[float, str, float]] = field(default_factory=list)
    #: Where the line's text ends on the right.
    right: float = 0.0

    @property
    def text(self) -> str:
        out = ""
        end = None
        for part in sorted(self.parts, key=lambda p: p[0]):
            x, piece = part[0], part[1].translate(_SYMBOL_BULLETS)
            # Pieces set apart (a bullet and its text) get a space; a word split by a font change (a hyphen
            # the font lacks, set in another) does not. Without a measured right edge, an average glyph's.
            gap = 0.2 * self.size if len(part) == 3 else 0.5 * self.size
            if out and end is not None and x > end + gap and not out.endswith(" "):
                out += " "
            out += piece
            end = part[2] if len(part) == 3 else x + 0.55 * self.size * len(piece)
        return " ".join(out.split())


def read_pdf(raw: bytes, name: str) -> list[Block]:
    from ..decode import StatementError

    try:
        import pypdfium2  # noqa: F401  (the fast reader; pypdf below when it is not installed)
    except ImportError:
        lines = _pypdf_lines(raw, name)
    else:
        lines = _pdfium_lines(raw, name)
    lines = [line for line in lines if line.text and not _page_number(line, lines)]
    if not lines:
        raise StatementError(
            f"{name} has no text layer (a scanned PDF?): briefkit cannot read its words. Run it through "
            "OCR, or copy the statement's text into a plain-text (.txt) file."
        )
    return segment(_paragraphs(lines))


def _page_number(line: _Line, lines: list[_Line]) -> bool:
    """A number alone on the first or last line of its page; elsewhere it is the text's ("Hits 840")."""
    if not _PAGE_NUMBER.match(line.text):
        return False
    page = [other for other in lines if other.page == line.page and other.text]
    return line is page[0] or line is page[-1]


def _pdfium_lines(raw: bytes, name: str) -> list[_Line]:
    """PDFium's text rectangles: each a run of text on one line, with its position (ten times pypdf's speed)."""
    import pypdfium2 as pdfium

    from ..decode import StatementError, too_long

    try:
        document = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        raise StatementError(
            f"{name} cannot be read as a PDF ({exc}); save it as plain text (.txt)."
        ) from None
    lines: list[_Line] = []
    characters = 0
    try:
        for number in range(len(document)):
            too_long(characters, name)  # before the next page: a small file can draw one page many times
            page = document[number]
            textpage = page.get_textpage()
            pieces = []
            for i in range(textpage.count_rects()):
                left, bottom, right, top = textpage.get_rect(i)
                text = textpage.get_text_bounded(left, bottom, right, top)
                if text.strip():
                    characters += len(text)
                    pieces.append(
                        (
                            (bottom + top) / 2,
                            left,
                            right,
                            max(top - bottom, 1.0),
                            # PDFium reports a hyphen that ends a line as U+0002.
                            text.replace("\r", " ").replace("\n", " ").replace("\x02", "-"),
                        )
                    )
            lines.extend(_group(pieces, number))
            textpage.close()
            page.close()
    finally:
        document.close()
    return lines


def _pypdf_lines(raw: bytes, name: str) -> list[_Line]:
    import pypdf
    from pypdf.errors import PdfReadError

    from ..decode import StatementError, too_long

    try:
        reader = pypdf.PdfReader(BytesIO(raw))
        if reader.is_encrypted:
            reader.decrypt("")
        lines: list[_Line] = []
        characters = 0
        for number, page in enumerate(reader.pages):
            too_long(characters, name)
            found = _page_lines(page, number)
            characters += sum(len(part[1]) for line in found for part in line.parts)
            lines.extend(found)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise StatementError(
            f"{name} cannot be read as a PDF ({exc}); save it as plain text (.txt)."
        ) from None
    return lines


def _page_lines(page, number: int) -> list[_Line]:
    pieces: list[tuple[float, float, float | None, float, str]] = []

    def visit(text, cm, tm, font, size):
        if not text or not text.strip("\n"):
            return
        # The text matrix is relative to the current transformation matrix.
        y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        scale = abs(tm[3] * cm[3]) or 1.0
        for k, piece in enumerate(text.split("\n")):
            if piece.strip():
                pieces.append((y - k * size * scale * 1.2, x, None, size * scale, piece))

    page.extract_text(visitor_text=visit)
    return _group(pieces, number)


def _group(pieces: list[tuple[float, float, float | None, float, str]], number: int) -> list[_Line]:
    """Pieces of text (height, left, right, size, text) at one height make a line, left to right; pypdf
    gives no right edge (None)."""
    lines: list[_Line] = []
    for y, x, right, size, text in sorted(pieces, key=lambda p: (-round(p[0], 0), p[1])):
        # Sorted by height: a piece can only join one of the last lines started.
        line = next((ln for ln in lines[-3:] if abs(ln.y - y) <= max(2.0, 0.3 * size)), None)
        if line is None:
            line = _Line(number, y, x, size)
            lines.append(line)
        line.x = min(line.x, x)
        if right is None:
            line.right = max(line.right, x + 0.5 * size * len(text))
            line.parts.append((x, text))
        else:
            line.right = max(line.right, right)
            line.parts.append((x, text, right))
    lines.sort(key=lambda ln: -ln.y)
    return lines


def _paragraphs(lines: list[_Line]) -> list[str]:
    usual = _line_spacing(lines)
    column = _column(lines)
    out: list[str] = []
    current: list[_Line] = []
    for line in lines:
        if current:
            prev = current[-1]
            gap = prev.y - line.y
            new = (
                (line.page == prev.page and usual and gap > usual * _PARAGRAPH_GAP)
                or (_STARTS_ITEM.match(line.text) is not None and not _wrapped_dash(prev, line))
                or (line.page != prev.page and prev.text.endswith((".", "!", "?", ":", ",")))
                or _ends_short(prev, line, column)
            )
            if new:
                out.append(_joined(current))
                current = []
        current.append(line)
    if current:
        out.append(_joined(current))
    return out


#: A word broken after its hyphen at a line's end: "socio-" / "political".
_BROKEN_AT_HYPHEN = re.compile(r"[^\W\d_]-$")


def _joined(lines: list[_Line]) -> str:
    """A paragraph's lines as one: a space between them, none after a hyphen that ends a line inside a
    word ("socio-political", as the Word file and the text have it)."""
    out = ""
    for line in lines:
        text = line.text
        if out and not (_BROKEN_AT_HYPHEN.search(out) and text[:1].isalnum()):
            out += " "
        out += text
    return out


def _column(lines: list[_Line]) -> tuple[float, float]:
    """The text column's left and right edges: where most lines start, and where full lines end."""
    lefts = sorted(line.x for line in lines)
    rights = sorted(line.right for line in lines)
    return lefts[len(lefts) // 10], rights[len(rights) * 9 // 10]


def _ends_short(prev: _Line, line: _Line, column: tuple[float, float]) -> bool:
    """A line that stops well short of the column's right edge ends its paragraph unless the next line goes
    on in lower case: paragraphs printed without space between them (a Word file's "Normal" style) are told apart
    this way, since wrapping fills every line but a paragraph's last."""
    left, right = column
    if right - left < 100 or line.text[:1].islower():
        return False
    return prev.right < right - 0.3 * (right - left)


def _wrapped_dash(prev: _Line, line: _Line) -> bool:
    """ "… the Committee's Directorate" / "– notably the …": a dash inside a sentence that the line's wrap
    put at its start, not a list's bullet — the line starts where the one above does, and that one does
    not end a sentence or a lead-in."""
    return (
        line.text[:1] in "-–—"
        and abs(line.x - prev.x) < 2.0
        and not prev.text.rstrip().endswith((":", ";", ".", "!", "?"))
    )


def _line_spacing(lines: list[_Line]) -> float:
    """The spacing of lines inside a paragraph: the tightest spacing that recurs.

    A long statement's paragraphs run over several lines, so the tighter quarter of the gaps is that
    spacing. A short one made of one-line paragraphs (a header, a list of short paragraphs) has few
    such gaps or none: the quarter would then be the space *between* paragraphs and join them all into
    one. So the smallest gap seen twice wins when it is clearly tighter, and a spacing over 1.9 times
    the text's height (no line of any paragraph continues another) is taken as one line per paragraph.
    """
    gaps = sorted(round(a.y - b.y, 1) for a, b in pairwise(lines) if a.page == b.page and a.y > b.y)
    if not gaps:
        return 0.0
    usual = gaps[len(gaps) // 4]
    repeated = [g for g, h in pairwise(gaps) if h - g <= 0.5]
    if repeated and repeated[0] * _PARAGRAPH_GAP < usual:
        usual = repeated[0]
    sizes = sorted(line.size for line in lines)
    height = sizes[len(sizes) // 2]
    if height and usual > 1.9 * height:
        usual = 1.25 * height
    return usual
