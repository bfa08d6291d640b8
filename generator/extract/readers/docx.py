"""Word (.docx) statements: one Word paragraph is one line, list numbering gives bullets and levels.

Word users type a statement one paragraph per Enter, with no empty
paragraph between (the spacing is in the style), so the paragraphs are
grouped exactly as a text export of the same file would be (``segment``).
A paragraph with line breaks inside (Shift+Enter, an address block) keeps
them as the lines of one block.

Missions' files often put the header where ``Document.paragraphs`` does not
look: the letterhead in the first page's header ("Permanent Mission of X /
New York"), the speaker and date in a table beside the logo. The page header
is read first, as its own block, and tables are read in their place in the
text, one line per paragraph of each cell.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from .blocks import Block, segment

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(raw: bytes, name: str) -> list[Block]:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    from ..decode import StatementError
    from .archive import check_inflated

    check_inflated(raw, name, "a Word document")
    try:
        document = Document(BytesIO(raw))
    # XMLSyntaxError: a part that is not XML, or that libxml2 refuses (entities that grow a
    # billion times, tables nested 3,000 deep): it was a traceback.
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise StatementError(
            f"{name} cannot be read as a Word document ({exc}); open it in Word or LibreOffice and "
            "save it again as .docx, or as plain text (.txt)."
        ) from None
    lines: list[str] = []
    blocks: list[Block] = []

    def flush() -> None:
        if lines:
            blocks.extend(segment(lines))
            lines.clear()

    styles = _list_styles(document)
    letterhead = _page_header_lines(document)
    if letterhead:
        blocks.append(Block("paragraph", letterhead))
    for p in _body_paragraphs(document):
        text = _text(p).replace("\t", " ")
        level = _list_level(p, styles)
        if level is not None and text.strip():
            # The bullet character is Word's numbering, not text: write one the parser knows.
            lines.append(f"{'  ' * level}{'•' if level == 0 else '◦'} {text.strip()}")
        elif "\n" in text.strip():
            flush()
            blocks.append(Block("paragraph", [t for t in text.split("\n") if t.strip()]))
        else:
            lines.append(text)
    flush()
    return blocks


def _text(p) -> str:
    """A paragraph's text as Word shows it: its runs, tabs and line breaks (Shift+Enter)."""
    out = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if el.tag == f"{_W}t":
            out.append(el.text or "")
        elif el.tag == f"{_W}tab":
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


def _body_paragraphs(document):
    """The body's paragraphs in reading order, those in table cells included (each cell once)."""
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            yield child
        elif child.tag == f"{_W}tbl":
            for cell in child.iter(f"{_W}tc"):
                yield from cell.iterchildren(f"{_W}p")


def _page_header_lines(document) -> list[str]:
    """The first page's header (a letterhead), as lines; nothing when it is empty or only a page number."""
    try:
        section = document.sections[0]
    except IndexError:
        return []
    lines: list[str] = []
    parts = [section.first_page_header] if section.different_first_page_header_footer else []
    for part in [*parts, section.header]:
        if part.is_linked_to_previous:  # (no header of its own: reading it would make one)
            continue
        element = part._element
        for p in element.iter(f"{_W}p"):
            text = " ".join(_text(p).replace("\t", " ").split())
            if text and not text.isdigit() and text not in lines:
                lines.append(text)
        if lines:
            break
    return lines


def _list_styles(document) -> dict[str, tuple[int | None, int]]:
    """For each paragraph style id: the list level its numbering gives (None: not a list), and the level
    its name implies ("List Bullet 2" → 1). Read once: python-docx's style lookups per paragraph cost
    more than the rest of a long statement's reading."""
    root = document.styles.element
    by_id = {el.get(f"{_W}styleId"): el for el in root.iter(f"{_W}style")}
    out: dict[str, tuple[int | None, int]] = {}
    for style_id, el in by_id.items():
        name_el = el.find(f"{_W}name")
        name = name_el.get(f"{_W}val", "") if name_el is not None else ""
        styled = int(name[-1]) - 1 if name[:4].lower() == "list" and name[-1:].isdigit() else 0
        level = None
        seen = set()
        current = el
        while current is not None and style_id not in seen:
            seen.add(current.get(f"{_W}styleId"))
            numpr = current.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                level = _numpr_level(numpr)
                break
            based = current.find(f"{_W}basedOn")
            current = by_id.get(based.get(f"{_W}val")) if based is not None else None
        out[style_id] = (level, styled)
    return out


def _numpr_level(numpr) -> int | None:
    num = numpr.find(f"{_W}numId")
    if num is not None and num.get(f"{_W}val") == "0":  # numbering switched off
        return None
    ilvl = numpr.find(f"{_W}ilvl")
    try:
        return int(ilvl.get(f"{_W}val")) if ilvl is not None else 0
    except (TypeError, ValueError):
        return 0


def _list_level(p, styles: dict[str, tuple[int | None, int]]) -> int | None:
    """The list level of a numbered or bulleted Word paragraph (its own numbering or its style's)."""
    ppr = p.find(f"{_W}pPr")
    style = ppr.find(f"{_W}pStyle") if ppr is not None else None
    level, styled = styles.get(style.get(f"{_W}val"), (None, 0)) if style is not None else (None, 0)
    numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
    if numpr is not None:
        level = _numpr_level(numpr)
    if level is None:
        return None
    return min(max(level, styled), 8)
