"""Read a statement in the format it arrived in: plain text, Word, web page, PDF, OpenDocument, RTF.

Each reader turns its format's structure into ``Block``s (blocks.py); the
blocks are written as the plain text the speech parser numbers, and that
text is cleaned (furniture removed, spaces normalised) by ``decode`` the
same way whatever the format. The format is told by the file's first bytes,
not its name, so a Word file saved as ``.txt`` is still read as Word.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

from .blocks import Block, has_blank_lines, segment, to_text

__all__ = ["Block", "detect_format", "document_text", "has_blank_lines", "segment", "to_text"]

_HTML = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(!doctype html|html|head|body|meta|div|p)\b",
    re.IGNORECASE | re.DOTALL,
)


def detect_format(raw: bytes, name: str = "") -> str:
    """ "txt", "docx", "odt", "html", "pdf", "rtf", or what the file is when it is none of them."""
    if raw.startswith(b"%PDF"):
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(BytesIO(raw)).namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            return "odt"
        return "zip"
    if raw.startswith(b"{\\rtf"):
        return "rtf"
    if _HTML.match(raw[:2048]) or (
        name.lower().endswith((".html", ".htm", ".xhtml")) and b"<" in raw[:2048] and b">" in raw[:2048]
    ):
        return "html"
    return "txt"


def document_text(raw: bytes, fmt: str, name: str) -> tuple[str, int]:
    """The text of a non-plain-text statement, and how many blocks its format gave."""
    if fmt == "docx":
        from .docx import read_docx

        blocks = read_docx(raw, name)
    elif fmt == "odt":
        from .odt import read_odt

        blocks = read_odt(raw, name)
    elif fmt == "html":
        from .html import read_html

        blocks = read_html(raw, name)
    elif fmt == "pdf":
        from .pdf import read_pdf

        blocks = read_pdf(raw, name)
    elif fmt == "rtf":
        from .rtf import read_rtf

        blocks = read_rtf(raw, name)
    else:  # pragma: no cover - the caller only passes the formats above
        raise ValueError(fmt)
    return to_text(blocks), len(blocks)


def read_path(path: Path) -> bytes:  # pragma: no cover - kept for symmetry with decode.read_statement
    return path.read_bytes()
