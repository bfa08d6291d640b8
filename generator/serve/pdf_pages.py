"""PDF pages as images, so the PDF shows the same in every browser (and in a headless one).

Each page is rendered by poppler's pdftoppm when first asked for, from the
bytes read once (a PDF replaced meanwhile cannot mix two versions), and kept
by the hash of those bytes; a page already seen is served from memory.
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

from ..errors import BuildError

log = logging.getLogger(__name__)

#: Pixels per inch: an A4 page 794 px wide, as wide as its pane on a laptop
#: screen at 100 % (120 dpi looks no better there and takes half as long again).
RESOLUTION = 96
#: JPEG rather than PNG: pdftoppm encodes a page ten times as fast (0.07 s
#: against 0.7 s for a text-heavy A4 page on the 2-core machine), which is
#: most of the time between a PDF landing and its pages showing.
ENCODING = ["-jpeg", "-jpegopt", "quality=85"]
#: Pages kept in memory (a few documents' worth).
KEEP = 96


class PdfPages:
    media_type = "image/jpeg"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._images: OrderedDict[tuple[str, int], bytes] = OrderedDict()
        self._counts: dict[tuple[Path, int], int] = {}
        #: Pages being rendered, so that a page asked for twice is rendered once.
        self._pending: dict[tuple[str, int], threading.Event] = {}
        # A long pack asks for all its pages at once: one pdftoppm per core.
        self._renderers = threading.BoundedSemaphore(os.cpu_count() or 1)

    def count(self, path: Path) -> int:
        """How many pages the PDF has (by its version: its modification time)."""
        version = path.stat().st_mtime_ns
        with self._lock:
            known = self._counts.get((path, version))
        if known is None:
            from pypdf import PdfReader
            from pypdf.errors import PyPdfError

            try:
                known = len(PdfReader(io.BytesIO(path.read_bytes())).pages)
            except PyPdfError as exc:
                raise BuildError(f"{path.name} cannot be read as a PDF: {exc}") from None
            with self._lock:
                self._counts[(path, version)] = known
        return known

    def image(self, path: Path, page: int) -> bytes:
        """Page ``page`` (from 1) as a JPEG image."""
        data = path.read_bytes()
        key = (hashlib.blake2b(data, digest_size=16).hexdigest(), page)
        while True:
            with self._lock:
                if key in self._images:
                    self._images.move_to_end(key)
                    return self._images[key]
                underway = self._pending.get(key)
                if underway is None:
                    self._pending[key] = threading.Event()
                    break
            underway.wait(60)  # rendered by another request: take its result
        try:
            with self._renderers:
                image = render_page(data, page)
            with self._lock:
                self._images[key] = image
                while len(self._images) > KEEP:
                    self._images.popitem(last=False)
            return image
        finally:
            with self._lock:
                self._pending.pop(key).set()

    def prerender(self, path: Path) -> None:
        """Render every page now, in the background, for the page that will ask for them.

        Called as a viewed PDF lands: its pages are then ready, or underway,
        when the browser, told of the new PDF, asks for them.
        """
        def run(page: int) -> None:
            try:
                self.image(path, page)
            except (OSError, BuildError) as exc:  # the request that asks will say it
                log.debug("Page %d of %s not rendered ahead: %s", page, path, exc)
        try:
            pages = self.count(path)
        except (OSError, BuildError) as exc:
            log.debug("%s not rendered ahead: %s", path, exc)
            return
        for page in range(1, pages + 1):
            threading.Thread(target=run, args=(page,), name="briefkit-page", daemon=True).start()


def render_page(pdf: bytes, page: int) -> bytes:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise BuildError("pdftoppm is not installed: the preview shows PDF pages with it "
                         "(Debian, Ubuntu: apt-get install poppler-utils).")
    done = subprocess.run(
        [tool, *ENCODING, "-r", str(RESOLUTION), "-f", str(page), "-l", str(page), "-singlefile", "-"],
        input=pdf, capture_output=True, timeout=60, check=False,
    )
    if done.returncode != 0 or not done.stdout.startswith(b"\xff\xd8"):
        reason = done.stderr.decode(errors="replace")[:200]
        raise BuildError(f"pdftoppm could not render page {page}: {reason}")
    return done.stdout
