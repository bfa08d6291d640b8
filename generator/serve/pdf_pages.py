"""PDF pages as images, so the PDF shows the same in every browser (and in a headless one).

Each page is rendered by PDFium (page_renderer.py) from the PDF's bytes, held once
(a PDF replaced meanwhile cannot mix two versions), and kept by the hash of
those bytes, which is also the version the page is told; a page already
seen is served from memory. A document on screen has its PDF *published*
as soon as the watch has rendered it, before the file is written, and its
first pages rendered at once, so that they are ready, or underway, when the
browser, told of the new version, asks for them.

The PDF comes from templates the event folder may bring, so what a render
may cost is bounded: pages beyond :data:`MAX_PAGES` are not shown, each
page is rendered into at most :data:`MAX_PIXELS` (a page a few metres wide
would otherwise take seconds and gigabytes), under a time limit and a
memory ceiling, one page per core at a time, and the caches hold a fixed
number of entries.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import threading
from collections import OrderedDict

from ..errors import BuildError
from .page_renderer import PageRenderer

log = logging.getLogger(__name__)

#: Pixels per inch: an A4 page 794 px wide, as wide as its pane on a laptop
#: screen at 100 % (120 dpi looks no better there and takes half as long again).
#: JPEG (page_renderer.QUALITY) rather than PNG: ten times as fast to encode
#: for a text page, which is most of the time between a PDF made and shown.
RESOLUTION = 96
#: The largest image of a page, width × height (A3 at 96 dpi is 1123 × 1587):
#: a larger page is shown cut to its top left corner, and only that area is
#: drawn, so a 5 m page costs what an A4 page does (it took pdftoppm 7 s and
#: 1.4 GB uncut).
MAX_PIXELS = (2400, 3400)
#: Seconds one page may take.
RENDER_TIMEOUT = 30
#: Pages shown at most: a PDF may claim any page count in its page tree.
MAX_PAGES = 1000
#: The largest PDF rendered (a briefing pack is a few MB).
MAX_BYTES = 256 * 1024 * 1024
#: Pages kept in memory (a few documents' worth), and page counts.
KEEP = 96
#: PDFs held for the pages on screen (one per document shown; the oldest let go).
KEEP_PUBLISHED = 8
#: Pages rendered ahead as a viewed PDF lands; later ones when asked for.
AHEAD = 24

#: What pypdf raises on a malformed file besides its own errors.
_MALFORMED = (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError)


class PdfPages:
    media_type = "image/jpeg"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._images: OrderedDict[tuple[str, int], bytes] = OrderedDict()
        self._counts: OrderedDict[str, int] = OrderedDict()
        #: Pages being rendered, so that a page asked for twice is rendered once.
        self._pending: dict[tuple[str, int], threading.Event] = {}
        # A long pack asks for all its pages at once: one page per core at a time.
        self._renderers = threading.BoundedSemaphore(os.cpu_count() or 1)
        #: ``event/document`` → the version and bytes of its PDF last published.
        self._published: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
        #: ``event/document`` → set once the first pages of that PDF are rendered.
        self._first: dict[str, threading.Event] = {}

    def publish(self, name: str, data: bytes) -> tuple[str, int]:
        """Hold ``data`` as the PDF of ``name`` (``event/document``), and start rendering its
        first pages; its version (the hash of its bytes) and page count.

        Raises BuildError when the PDF cannot be shown (unreadable, too many pages).
        """
        version = digest(data)
        with self._lock:
            held = self._published.get(name)
        new = held is None or held[0] != version
        if new:  # page 1, which every PDF has, is drawn while the pages are counted
            threading.Thread(
                target=self._ahead_of_time, args=(data, 1), name="briefkit-page", daemon=True
            ).start()
        count = self.count(data)
        if new:
            first = self.ahead(data, count)
            with self._lock:
                self._published[name] = (version, data)
                self._published.move_to_end(name)
                while len(self._published) > KEEP_PUBLISHED:
                    self._published.popitem(last=False)
                self._first[name] = first
                while len(self._first) > KEEP_PUBLISHED:
                    self._first.pop(next(iter(self._first)))
        return version, count

    def _ahead_of_time(self, data: bytes, page: int) -> None:
        try:
            self.image(data, page)
        except BuildError as exc:  # the request that asks will say it
            log.debug("Page %d not rendered ahead: %s", page, exc)

    def wait_for_first_pages(self, name: str, timeout: float) -> bool:
        """Wait until the first pages of the PDF last published for ``name`` are rendered
        (one per core: those shown first), at most ``timeout`` seconds; whether they are."""
        with self._lock:
            first = self._first.get(name)
        return first is None or first.wait(timeout)

    def published(self, name: str, version: str) -> bytes | None:
        """The PDF published for ``name`` if it is that version (None: not held)."""
        with self._lock:
            held = self._published.get(name)
        return held[1] if held is not None and held[0] == version else None

    def count(self, data: bytes) -> int:
        """How many pages the PDF ``data`` has."""
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        version = digest(data)
        with self._lock:
            known = self._counts.get(version)
        if known is not None:
            return known
        try:
            known = len(PdfReader(io.BytesIO(data)).pages)
        except (PyPdfError, *_MALFORMED) as exc:
            raise BuildError(f"The PDF cannot be read: {exc}") from None
        if not 0 < known <= MAX_PAGES:
            raise BuildError(f"The PDF claims {known} pages; the preview shows 1 to {MAX_PAGES}.")
        with self._lock:
            self._counts[version] = known
            _trim(self._counts)
        return known

    def image(self, data: bytes, page: int) -> bytes:
        """Page ``page`` (from 1) of the PDF ``data`` as a JPEG image."""
        key = (digest(data), page)
        while True:
            with self._lock:
                if key in self._images:
                    self._images.move_to_end(key)
                    return self._images[key]
                underway = self._pending.get(key)
                if underway is None:
                    self._pending[key] = threading.Event()
                    break
            underway.wait(RENDER_TIMEOUT * 2)  # rendered by another request: take its result
        try:
            with self._renderers:
                image = render_page(data, page)
            with self._lock:
                self._images[key] = image
                _trim(self._images)
            return image
        finally:
            with self._lock:
                self._pending.pop(key).set()

    def ahead(self, data: bytes, count: int) -> threading.Event:
        """Render the first pages now, in the background, for the page that will ask for them;
        an event set once the first of them, one per core, are done (rendered or failed).

        One thread per core takes the pages in turn.
        """
        threads = os.cpu_count() or 1
        pages = iter(range(1, min(count, AHEAD) + 1))
        turn = threading.Lock()
        first = threading.Event()
        waiting = [min(count, AHEAD, threads)]

        def run() -> None:
            while True:
                with turn:
                    page = next(pages, None)
                if page is None:
                    return
                self._ahead_of_time(data, page)
                if page <= threads:
                    with turn:
                        waiting[0] -= 1
                        if waiting[0] <= 0:
                            first.set()

        if waiting[0] <= 0:
            first.set()
        for _ in range(threads):
            threading.Thread(target=run, name="briefkit-page", daemon=True).start()
        return first


def digest(data: bytes) -> str:
    """The version of a PDF: a hash of its bytes."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _trim(cache: OrderedDict) -> None:
    while len(cache) > KEEP:
        cache.popitem(last=False)


#: The helpers that draw pages (page_renderer.py), started by the first server or page.
RENDERER = PageRenderer()


def render_page(pdf: bytes, page: int) -> bytes:
    """Page ``page`` (from 1) of ``pdf`` as a JPEG image, within the limits above."""
    return RENDERER.render(pdf, page, RESOLUTION, MAX_PIXELS, RENDER_TIMEOUT)
