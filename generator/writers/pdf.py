"""The PDF writer: WeasyPrint lays out the HTML with the theme stylesheet."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

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


def write_pdf(doc: RenderedDocument) -> bytes:
    import weasyprint

    fetcher_class, fatal = _fetcher_class()
    try:
        html = weasyprint.HTML(
            string=doc.html, base_url=str(doc.base_dir) + "/", url_fetcher=fetcher_class(doc)
        )
        document = html.render()
        # A fixed identifier derived from the content keeps builds reproducible.
        identifier = hashlib.sha256(doc.html.encode("utf-8")).hexdigest()[:32].encode()
        return document.write_pdf(pdf_identifier=identifier)
    except fatal as exc:
        raise BuildError(
            f"{doc.template}: refusing to load '{exc}': documents may only use files "
            "inside the event folder or the theme, and never the network."
        ) from None
