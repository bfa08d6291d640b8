"""The PDF writer: WeasyPrint lays out the HTML with the theme stylesheet."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

from lxml import html as lxml_html

from ..errors import BuildError
from . import RenderedDocument

log = logging.getLogger(__name__)


def _fetcher_class():
    from weasyprint.urls import FatalURLFetchingError, URLFetcher

    class ProjectFetcher(URLFetcher):
        """Fetch only ``data:`` URIs and files inside the allowed folders.

        Refusals raise WeasyPrint's fatal error, which it does not swallow as
        a warning, so a refused URL stops the build instead of leaving a hole
        in the page.
        """

        def __init__(self, doc: RenderedDocument):
            super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
            self.doc = doc
            self.roots = [r.resolve() for r in doc.allowed_roots]

        def fetch(self, url, headers=None):
            parsed = urlparse(url)
            if parsed.scheme == "data":
                return super().fetch(url, headers)
            if parsed.scheme == "file":
                path = Path(unquote(parsed.path)).resolve()
                if any(path.is_relative_to(root) for root in self.roots):
                    return super().fetch(url, headers)
            raise FatalURLFetchingError(url)

    return ProjectFetcher, FatalURLFetchingError


def check_accessible(doc: RenderedDocument) -> None:
    """PDF/UA needs a text alternative for every image and a document language."""
    tree = lxml_html.document_fromstring(doc.html)
    problems = []
    if not (tree.get("lang") or "").strip():
        problems.append("<html> has no lang attribute")
    for img in tree.iter("img"):
        if not (img.get("alt") or "").strip():
            problems.append(f"line {img.sourceline}: <img src=\"{img.get('src', '')[:60]}\"> has no alt text")
    for svg in tree.iter("svg"):
        if not (svg.get("aria-label") or "").strip() and svg.find("title") is None:
            problems.append(f"line {svg.sourceline}: <svg> has neither aria-label nor <title>")
    if problems:
        raise BuildError(
            f"{doc.template}: PDF/UA needs text alternatives:\n  " + "\n  ".join(problems)
            + "\nAdd them in the template (or the content), or build without --pdf-standard pdf/ua-1."
        )


def write_pdf(doc: RenderedDocument) -> bytes:
    import weasyprint

    settings = doc.settings
    if settings.pdf_standard == "pdf/ua-1":
        check_accessible(doc)
    fetcher_class, fatal = _fetcher_class()
    try:
        html = weasyprint.HTML(
            string=doc.html, base_url=str(doc.base_dir) + "/", url_fetcher=fetcher_class(doc)
        )
        options = {
            "pdf_variant": settings.pdf_standard,
            "pdf_tags": settings.pdf_standard is not None,
            # A fixed identifier derived from the content keeps builds reproducible.
            "pdf_identifier": hashlib.sha256(doc.html.encode("utf-8")).hexdigest()[:32].encode(),
        }
        data = html.render(**options).write_pdf(**options)
    except fatal as exc:
        raise BuildError(
            f"{doc.template}: refusing to load '{exc}': documents may only use files "
            "inside the event folder or the theme, and never the network."
        ) from None
    if settings.copies_per_sheet > 1:
        from .impose import impose_copies

        data = impose_copies(data, settings.copies_per_sheet)
    return data
