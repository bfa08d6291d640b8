"""Which page of a laid-out PDF each element id starts on, and how many pages it has.

WeasyPrint writes every ``id`` as a named destination. The DOCX of the same
document stores these page numbers as the cached results of its contents'
PAGEREF fields, so readers that never lay out a page (previews, phones, Word
Online) show the PDF's numbers instead of none; the page count is checked
against the document's budget.

Both are taken from WeasyPrint's laid-out pages while the PDF is written
(:class:`LaidOutPdf`), in the worker that wrote it; reading them back from the
bytes with pypdf cost the build's parent about 0.3 CPU seconds per event
(importing pypdf, parsing five PDFs) and is left for a PDF read from disk.
"""

from __future__ import annotations

import io

from ...errors import BuildError
from ...warn import warn_or_fail


class LaidOutPdf(bytes):
    """The bytes of a PDF, with what its layout knew: the number of pages and, for each
    element id, the 1-based page of its named destination (the first page it is on, as
    WeasyPrint writes it). Everything that takes bytes takes it; it pickles to workers
    and back with its facts."""

    pages: int
    anchors: dict[str, int]

    def __new__(cls, data: bytes, pages: int, anchors: dict[str, int]) -> LaidOutPdf:
        pdf = super().__new__(cls, data)
        pdf.pages, pdf.anchors = pages, anchors
        return pdf

    def __reduce__(self):
        return (LaidOutPdf, (bytes(self), self.pages, self.anchors))


def laid_out(data: bytes, document) -> LaidOutPdf:
    """*data* written from WeasyPrint's *document*, with its page count and anchors' pages."""
    anchors: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for name in page.anchors:
            anchors.setdefault(name, number)
    return LaidOutPdf(data, len(document.pages), anchors)


def page_count(pdf: bytes) -> int:
    """The number of pages of *pdf*: known when it was laid out here, else read back."""
    if isinstance(pdf, LaidOutPdf):
        return pdf.pages
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def anchor_pages(pdf: bytes, wanted: set[str] | None = None, strict: bool = False) -> dict[str, int]:
    """Element id → 1-based page number, for the named destinations of *pdf* (those in *wanted*).

    A PDF that cannot be read back gives none (the DOCX leaves its page numbers to Word), with a
    warning; an error under *strict*."""
    if isinstance(pdf, LaidOutPdf):
        return {name: page for name, page in pdf.anchors.items() if wanted is None or name in wanted}
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(pdf))
        destinations = reader.named_destinations
    except (PdfReadError, ValueError, KeyError) as exc:  # a PDF we wrote ourselves; say so and go on
        warn_or_fail(
            [f"Cannot read the page numbers back from the PDF: {exc}"],
            strict,
            lambda problems: BuildError(
                f"{problems[0]} (--strict). Build again; without --strict the DOCX leaves its page "
                "numbers to Word."
            ),
        )
        return {}
    pages: dict[str, int] = {}
    for name, destination in destinations.items():
        if wanted is None or name in wanted:
            page = reader.get_destination_page_number(destination)
            if page is not None and page >= 0:
                pages[name] = page + 1
    return pages
