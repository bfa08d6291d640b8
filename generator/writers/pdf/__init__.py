"""The PDF writer: WeasyPrint lays out the HTML with the theme stylesheet."""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from urllib.parse import urlsplit

from lxml import html as lxml_html

from ...clean_text import shown
from ...config.confine import RefusedURL, confined_file, read_limited
from ...errors import BuildError
from .. import RenderedDocument
from . import first_use, stylesheet
from .anchors import LaidOutPdf, laid_out
from .fonts import font_configuration

log = logging.getLogger(__name__)


def subsets_fonts_with_harfbuzz() -> bool | None:
    """Whether WeasyPrint will subset embedded fonts with HarfBuzz (None: it does not say).

    Without libharfbuzz-subset, or with a HarfBuzz older than 4.1, WeasyPrint
    falls back to fontTools, and writing a PDF takes 2-5 times longer
    (docs/performance.md).
    """
    try:
        from weasyprint.text.ffi import harfbuzz, harfbuzz_subset
    except ImportError:
        return None
    return harfbuzz_subset is not None and bool(harfbuzz.hb_version_atleast(4, 1, 0))


#: Why a URL is refused, unless the check said more.
OUTSIDE = "documents may only use files inside the event folder or the theme, and never the network"
#: The largest file a document may embed (a picture, a font, a stylesheet, an attachment).
MAX_ASSET_BYTES = 64 * 1024 * 1024


def _why(exc: RefusedURL) -> str:
    """The reason to print: what is wrong with the file, when it is inside the folders."""
    text = str(exc)
    if "outside the folders" in text or "names another host" in text or "is not a file" in text:
        return OUTSIDE
    return shown(text)


def _fetcher_class():
    from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

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
            #: (URL, why) refused; WeasyPrint swallows some errors (an SVG that
            #: fails to draw is only logged), so the build checks this too.
            self.refused: list[tuple[str, str]] = []

        def fetch(self, url, headers=None):
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            why = OUTSIDE
            if scheme == "file":
                # Opened here, never by urllib: the path confined is the path read.
                try:
                    path = confined_file(url, self.roots)
                    body = read_limited(path, MAX_ASSET_BYTES, RefusedURL)
                except RefusedURL as exc:
                    why = _why(exc)
                except (OSError, ValueError):
                    pass
                else:
                    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                    return URLFetcherResponse(path.as_uri(), body, {"Content-Type": media})
            self.refused.append((url, why))
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
            problems.append(f'line {img.sourceline}: <img src="{img.get("src", "")[:60]}"> has no alt text')
    for svg in tree.iter("svg"):
        if not (svg.get("aria-label") or "").strip() and svg.find("title") is None:
            problems.append(f"line {svg.sourceline}: <svg> has neither aria-label nor <title>")
    if problems:
        raise BuildError(
            f"{doc.template}: PDF/UA needs text alternatives:\n  "
            + "\n  ".join(problems)
            + "\nAdd them in the template (or the content), or build without --pdf-standard pdf/ua-1."
        )


def svg_as_described_images(html: str) -> str:
    """Inline SVG becomes ``<img>`` with its label as alt text.

    WeasyPrint tags an ``<img>`` as a /Figure with its alt text, but not an
    inline ``<svg>``'s aria-label; for PDF/UA the picture is the same, and
    now a screen reader can say what it shows.
    """
    import base64

    from lxml import etree

    from ...render.svg import svg_from_html

    tree = lxml_html.document_fromstring(html)
    for svg in list(tree.iter("svg")):
        label = (svg.get("aria-label") or "").strip()
        if not label:
            title = svg.find("title")
            label = (title.text_content() if title is not None else "").strip()
        data = etree.tostring(svg_from_html(svg), encoding="utf-8")
        img = lxml_html.Element(
            "img", src="data:image/svg+xml;base64," + base64.b64encode(data).decode(), alt=label
        )
        for name in ("class", "width", "height", "id"):
            if svg.get(name):
                img.set(name, svg.get(name))
        img.tail = svg.tail
        svg.getparent().replace(svg, img)
    return lxml_html.tostring(tree, doctype="<!DOCTYPE html>", encoding="unicode", method="html")


#: --print: the background may run 3 mm past the trim; crop marks show where to cut.
PRESS_READY = "@page { bleed: 3mm; marks: crop cross; }"


def write_pdf(doc: RenderedDocument) -> bytes:
    import weasyprint

    first_use.sized_arrays()
    settings = doc.settings
    html_text = doc.html
    if settings.pdf_standard == "pdf/ua-1":
        check_accessible(doc)
        html_text = svg_as_described_images(html_text)
    fetcher_class, fatal = _fetcher_class()
    fetcher = fetcher_class(doc)
    base_url = str(doc.base_dir) + "/"
    # The theme's stylesheet parsed once for all the documents this process lays out.
    sheets = []
    if styled := stylesheet.split(html_text):
        html_text, css = styled
        sheets.append(stylesheet.parsed(css, base_url))
    if settings.print_marks:
        # Added here, not in the theme's stylesheet, which the HTML and DOCX share.
        sheets.append(stylesheet.parsed(PRESS_READY, base_url))
    try:
        html = weasyprint.HTML(string=html_text, base_url=base_url, url_fetcher=fetcher)
        options = {
            "pdf_variant": settings.pdf_standard,
            "pdf_tags": settings.pdf_standard is not None,
            # A fixed identifier derived from the content keeps builds reproducible.
            "pdf_identifier": hashlib.sha256(doc.html.encode("utf-8")).hexdigest()[:32].encode(),
        }
        with font_configuration() as fonts:
            laid = html.render(font_config=fonts, stylesheets=sheets, **options)
            data = laid_out(laid.write_pdf(**options), laid)
    except fatal:
        pass
    if fetcher.refused:
        url, why = fetcher.refused[0]
        raise BuildError(f"{doc.template}: refusing to load '{shown(url)}': {why}.")
    if settings.copies_per_sheet > 1:
        from .impose import impose_copies

        # One sheet per page: the DOCX built beside it takes the same page numbers from it.
        return LaidOutPdf(
            impose_copies(data, settings.copies_per_sheet, doc.theme.page.size), data.pages, data.anchors
        )
    return data
