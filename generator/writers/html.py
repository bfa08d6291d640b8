"""The HTML preview: the rendered document itself, already self-contained.

The stylesheet is inlined by the base template and the timeline graphic is
inline SVG, so the file opens anywhere without the project beside it.
"""

from __future__ import annotations

from . import RenderedDocument


def write_html(doc: RenderedDocument) -> bytes:
    return doc.html.encode("utf-8")
