"""Which page of a laid-out PDF each element id starts on, read back from the PDF itself.

WeasyPrint writes every ``id`` as a named destination. The DOCX of the same
document stores these page numbers as the cached results of its contents'
PAGEREF fields, so readers that never lay out a page (previews, phones, Word
Online) show the PDF's numbers instead of none.
"""

from __future__ import annotations

import io
import logging

log = logging.getLogger(__name__)


def anchor_pages(pdf: bytes, wanted: set[str] | None = None) -> dict[str, int]:
    """Element id → 1-based page number, for the named destinations of *pdf* (those in *wanted*)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(pdf))
        destinations = reader.named_destinations
    except (PdfReadError, ValueError, KeyError) as exc:  # a PDF we wrote ourselves; say so and go on
        log.warning("Cannot read the page numbers back from the PDF: %s", exc)
        return {}
    pages: dict[str, int] = {}
    for name, destination in destinations.items():
        if wanted is None or name in wanted:
            page = reader.get_destination_page_number(destination)
            if page is not None and page >= 0:
                pages[name] = page + 1
    return pages
