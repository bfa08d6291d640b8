"""PDF pages as images, so the PDF shows the same in every browser (and in a headless one).

Each page is rendered by poppler's pdftoppm when first asked for, from the
bytes read once (a PDF replaced meanwhile cannot mix two versions), and kept
by the hash of those bytes; a page already seen is served from memory.

The PDF comes from templates the event folder may bring, so what a render
may cost is bounded: pages beyond :data:`MAX_PAGES` are not shown, each
page is rendered into at most :data:`MAX_PIXELS` (a page a few metres wide
would otherwise take seconds and gigabytes), under a time limit, one
pdftoppm per core, and the caches hold a fixed number of entries.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import shutil
import subprocess
import threading
from collections import OrderedDict
from pathlib import Path

from ..config.confine import read_limited
from ..errors import BuildError

log = logging.getLogger(__name__)

#: Pixels per inch: an A4 page 794 px wide, as wide as its pane on a laptop
#: screen at 100 % (120 dpi looks no better there and takes half as long again).
RESOLUTION = 96
#: JPEG rather than PNG: pdftoppm encodes a page ten times as fast (0.07 s
#: against 0.7 s for a text-heavy A4 page on the 2-core machine), which is
#: most of the time between a PDF landing and its pages showing.
ENCODING = ["-jpeg", "-jpegopt", "quality=85"]
#: The largest image of a page, width × height (A3 at 96 dpi is 1123 × 1587):
#: a larger page is shown cut to its top left corner. pdftoppm renders only
#: that area, so a 5 m page costs what an A4 page does (0.2 s and 40 MB,
#: against 7 s and 1.4 GB uncut).
MAX_PIXELS = (2400, 3400)
#: Seconds one page may take.
RENDER_TIMEOUT = 30
#: Pages shown at most: a PDF may claim any page count in its page tree.
MAX_PAGES = 1000
#: The largest PDF rendered (a briefing pack is a few MB).
MAX_BYTES = 256 * 1024 * 1024
#: Pages kept in memory (a few documents' worth), and page counts.
KEEP = 96
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
        # A long pack asks for all its pages at once: one pdftoppm per core.
        self._renderers = threading.BoundedSemaphore(os.cpu_count() or 1)

    def count(self, data: bytes) -> int:
        """How many pages the PDF ``data`` has."""
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        digest = _digest(data)
        with self._lock:
            known = self._counts.get(digest)
        if known is not None:
            return known
        try:
            known = len(PdfReader(io.BytesIO(data)).pages)
        except (PyPdfError, *_MALFORMED) as exc:
            raise BuildError(f"The PDF cannot be read: {exc}") from None
        if not 0 < known <= MAX_PAGES:
            raise BuildError(f"The PDF claims {known} pages; the preview shows 1 to {MAX_PAGES}.")
        with self._lock:
            self._counts[digest] = known
            _trim(self._counts)
        return known

    def image(self, data: bytes, page: int) -> bytes:
        """Page ``page`` (from 1) of the PDF ``data`` as a JPEG image."""
        key = (_digest(data), page)
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

    def prerender(self, path: Path) -> None:
        """Render the first pages now, in the background, for the page that will ask for them.

        Called as a viewed PDF lands: its pages are then ready, or underway,
        when the browser, told of the new PDF, asks for them. One thread per
        core takes the pages in turn.
        """
        try:
            data = read_limited(path, MAX_BYTES, BuildError)
            pages = iter(range(1, min(self.count(data), AHEAD) + 1))
        except BuildError as exc:
            log.debug("%s not rendered ahead: %s", path, exc)
            return
        turn = threading.Lock()

        def run() -> None:
            while True:
                with turn:
                    page = next(pages, None)
                if page is None:
                    return
                try:
                    self.image(data, page)
                except BuildError as exc:  # the request that asks will say it
                    log.debug("Page %d of %s not rendered ahead: %s", page, path, exc)

        for _ in range(os.cpu_count() or 1):
            threading.Thread(target=run, name="briefkit-page", daemon=True).start()


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _trim(cache: OrderedDict) -> None:
    while len(cache) > KEEP:
        cache.popitem(last=False)


def render_page(pdf: bytes, page: int) -> bytes:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise BuildError(
            "pdftoppm is not installed: the preview shows PDF pages with it "
            "(Debian, Ubuntu: apt-get install poppler-utils)."
        )
    width, height = MAX_PIXELS
    try:
        done = subprocess.run(
            [
                tool,
                *ENCODING,
                "-r",
                str(RESOLUTION),
                "-f",
                str(page),
                "-l",
                str(page),
                "-x",
                "0",
                "-y",
                "0",
                "-W",
                str(width),
                "-H",
                str(height),
                "-singlefile",
                "-",
            ],
            input=pdf,
            capture_output=True,
            timeout=RENDER_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"pdftoppm took more than {RENDER_TIMEOUT} s on page {page}.") from None
    if done.returncode != 0 or not done.stdout.startswith(b"\xff\xd8"):
        reason = done.stderr.decode(errors="replace")[:200]
        raise BuildError(f"pdftoppm could not render page {page}: {reason}")
    return done.stdout
