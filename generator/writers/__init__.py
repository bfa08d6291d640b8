"""One writer per output format, behind one small interface.

A writer turns the rendered HTML of a document into the bytes of one file.
Writers import their heavy libraries lazily, so commands that write nothing
(validate, list, schema) start fast.
"""

from __future__ import annotations

import functools
import logging
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic stays off the start-up path (the no-op rebuild)
    from ..config.theme import Theme


log = logging.getLogger(__name__)

#: PDF standards a build may ask for (WeasyPrint variants).
PDF_STANDARDS = ("pdf/a-3b", "pdf/ua-1")


@dataclass(frozen=True)
class OutputSettings:
    """Choices that change the bytes of an output but not its content."""

    #: "pdf/a-3b" (archival) or "pdf/ua-1" (accessible, tagged), or None.
    pdf_standard: str | None = None
    #: Press-ready PDF: 3 mm bleed and crop marks.
    print_marks: bool = False
    #: Copies of each page on one sheet of office paper (handouts to cut), 1 = off.
    copies_per_sheet: int = 1
    #: The paper asked for on the command line (``--paper``), which names the
    #: outputs; the page size itself reaches the writers as a theme token.
    paper: str | None = None

    def token(self) -> list:
        """What goes into every output's manifest key. Crop marks and copies per sheet
        change only the PDF, which they name (``variant``): they are left out, so that
        a print build finds the ordinary HTML and DOCX current and leaves them alone."""
        return [self.pdf_standard, self.paper]

    def for_every_format(self) -> OutputSettings:
        """These settings without those that only the PDF writer applies: what the
        stylesheet is templated with, so the HTML and DOCX of a print build are the
        ordinary ones."""
        return OutputSettings(pdf_standard=self.pdf_standard, paper=self.paper)

    def variant(self, fmt: str) -> str:
        """What sets this output apart from the ordinary one, for its file name:
        "" (ordinary), "a5", "a5-2up", "print"… Print settings change only the
        PDF; the paper changes every format."""
        parts = [self.paper.lower()] if self.paper else []
        if fmt == "pdf":
            if self.copies_per_sheet > 1:
                parts.append(f"{self.copies_per_sheet}up")
            if self.print_marks:
                parts.append("print")
        return "-".join(parts)


@dataclass(frozen=True)
class RenderedDocument:
    """A document after templating: everything a writer needs."""

    id: str
    title: str
    html: str
    #: The template it came from, for error messages.
    template: str
    theme: Theme
    #: Folder that relative URLs in the HTML resolve against.
    base_dir: Path
    #: Folders whose files the document may embed (event, theme, built-in templates).
    allowed_roots: tuple[Path, ...] = field(default_factory=tuple)
    strict: bool = False
    reference_docx: Path | None = None
    settings: OutputSettings = OutputSettings()
    #: (element id, page) of the contents' targets in this document's PDF, once that is
    #: laid out (:func:`with_pdf_pages`); the DOCX stores them as its page numbers.
    page_numbers: tuple[tuple[str, int], ...] = ()

    @property
    def contents_targets(self) -> set[str]:
        """The ids the document's contents list links to (empty: it has none)."""
        if 'class="contents"' not in self.html:
            return set()
        from lxml import html as lxml_html

        root = lxml_html.document_fromstring(self.html)
        return {
            a.get("href")[1:]
            for a in root.xpath("//nav[contains(concat(' ', @class, ' '), ' contents ')]//a[@href]")
            if a.get("href").startswith("#")
        }


def waits_for_pdf(doc: RenderedDocument, fmt: str, formats: tuple[str, ...]) -> bool:
    """True for a DOCX with a contents list whose PDF is built too: it takes its page numbers from it.

    An imposed PDF (copies per sheet) has one sheet per page, and keeps the pages' anchors.
    """
    return fmt == "docx" and "pdf" in formats and 'class="contents"' in doc.html


def with_pdf_pages(doc: RenderedDocument, pdf: bytes) -> RenderedDocument:
    """*doc* with the page numbers its contents' targets have in *pdf*, its own PDF."""
    from dataclasses import replace

    from .pdf.anchors import anchor_pages

    pages = anchor_pages(pdf, doc.contents_targets, doc.strict)
    return replace(doc, page_numbers=tuple(sorted(pages.items())))


def _pdf(doc: RenderedDocument) -> bytes:
    from .pdf import write_pdf

    return write_pdf(doc)


def _html(doc: RenderedDocument) -> bytes:
    from .html import write_html

    return write_html(doc)


def _docx(doc: RenderedDocument) -> bytes:
    from ..render.context import build_time
    from .docx import render_docx

    return render_docx(
        doc.html,
        doc.theme,
        template_name=doc.template,
        reference_docx=doc.reference_docx,
        strict=doc.strict,
        created=build_time(),
        base_dir=doc.base_dir,
        allowed_roots=doc.allowed_roots,
        page_numbers=dict(doc.page_numbers),
    )


def _returns_picklable_errors(
    writer: Callable[[RenderedDocument], bytes],
) -> Callable[[RenderedDocument], bytes]:
    """A writer whose every exception can travel back from a worker process.

    A worker's exception is pickled to the build; one that cannot be (lxml's
    errors carry their error log) broke the pool, and the build blamed
    memory. Such an error becomes a BuildError naming the document, with the
    original's type and words; picklable ones (the writers' own errors,
    MemoryError) pass unchanged.
    """

    @functools.wraps(writer)
    def run(doc: RenderedDocument) -> bytes:
        try:
            return writer(doc)
        except Exception as exc:
            log.debug("Writer error for %s", doc.id, exc_info=True)
            error = _transportable(exc, doc)
        # Raised outside the handler, so that no exception being handled is
        # chained to it as its context.
        raise error

    return run


def _transportable(exc: Exception, doc: RenderedDocument) -> Exception:
    """``exc`` without what may not cross to the build process: its chain and traceback.

    Where tblib is loaded (dask and distributed load it), pickling an
    exception takes its ``__context__`` along; a located error raised
    ``from None`` while handling an lxml error still holds that error as
    its context, and the pool broke on it.
    """
    exc.__cause__ = exc.__context__ = None
    exc.__traceback__ = None
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        from ..clean_text import shown
        from ..errors import BuildError

        return BuildError(f"{doc.template}: writing '{doc.id}' failed: {type(exc).__name__}: {shown(exc)}")
    return exc


#: Format name → writer. The order is the order outputs are listed in.
WRITERS: dict[str, Callable[[RenderedDocument], bytes]] = {
    fmt: _returns_picklable_errors(writer)
    for fmt, writer in (("pdf", _pdf), ("docx", _docx), ("html", _html))
}

FORMATS = tuple(WRITERS)
