"""Word (.docx) statements: one Word paragraph is one line, list numbering gives bullets and levels.

Word users type a statement one paragraph per Enter, with no empty
paragraph between (the spacing is in the style), so the paragraphs are
grouped exactly as a text export of the same file would be (``segment``).
A paragraph with line breaks inside (Shift+Enter, an address block) keeps
them as the lines of one block.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from .blocks import Block, segment

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(raw: bytes, name: str) -> list[Block]:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    from ..decode import StatementError

    try:
        document = Document(BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
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

    for para in document.paragraphs:
        text = para.text.replace("\t", " ")
        level = _list_level(para)
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


def _list_level(para) -> int | None:
    """The list level of a numbered or bulleted Word paragraph (own numbering or its style's)."""
    ppr = para._p.pPr
    numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
    # "List Bullet 2", "List Number 3": Word's styles for deeper list levels.
    name = para.style.name if para.style is not None else ""
    styled = int(name[-1]) - 1 if name[:4] == "List" and name[-1:].isdigit() else 0
    if numpr is None:
        style = para.style
        while style is not None and numpr is None:
            spp = style.element.pPr
            numpr = spp.find(f"{_W}numPr") if spp is not None else None
            style = style.base_style
    if numpr is None:
        return None
    num = numpr.find(f"{_W}numId")
    if num is not None and num.get(f"{_W}val") == "0":  # numbering switched off
        return None
    ilvl = numpr.find(f"{_W}ilvl")
    try:
        level = int(ilvl.get(f"{_W}val")) if ilvl is not None else 0
    except (TypeError, ValueError):
        level = 0
    return min(max(level, styled), 8)
