"""OpenDocument text (.odt): paragraphs, headings and list items from content.xml, read with lxml.

Like a Word file, an OpenDocument statement has one paragraph per Enter;
the paragraphs are grouped by ``segment`` the same way.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from .blocks import Block, segment

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def read_odt(raw: bytes, name: str) -> list[Block]:
    from lxml import etree

    from ..decode import StatementError
    from .archive import check_inflated

    check_inflated(raw, name, "an OpenDocument file")
    try:
        with zipfile.ZipFile(BytesIO(raw)) as archive:
            content = archive.read("content.xml")
        root = etree.fromstring(content, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise StatementError(f"{name} cannot be read as an OpenDocument file ({exc}).") from None
    lines: list[str] = []
    for el in root.iter(f"{_TEXT}p", f"{_TEXT}h"):
        text = _text(el)
        depth = sum(1 for a in el.iterancestors(f"{_TEXT}list"))
        if depth and text.strip():
            level = depth - 1
            lines.append(f"{'  ' * level}{'•' if level == 0 else '◦'} {text.strip()}")
        else:
            lines.append(text)
    return segment(lines)


def _text(el) -> str:
    """A paragraph's text: spans, spaces (text:s), tabs and line breaks as ODF writes them."""
    out: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag.replace(_TEXT, "") if isinstance(child.tag, str) else ""
        if tag == "s":
            out.append(" " * int(child.get(f"{_TEXT}c", "1")))
        elif tag in ("tab", "line-break"):
            out.append(" ")
        elif tag not in ("note", "annotation"):
            out.append(_text(child))
        out.append(child.tail or "")
    return "".join(out)
