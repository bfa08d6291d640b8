"""PDF pages as images, so the PDF shows the same in every browser (and in a headless one).

Each page is rendered by poppler's pdftoppm when first asked for, from the
bytes read once (a PDF replaced meanwhile cannot mix two versions), and kept
by the hash of those bytes; a page already seen is served from memory.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import threading
from collections import OrderedDict
from pathlib import Path

from ..errors import BuildError

#: Pixels per inch: an A4 page about 1000 px wide, sharp on a screen at 100 %.
RESOLUTION = 120
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
        # A long pack asks for all its pages at once: one pdftoppm per core.
        self._renderers = threading.BoundedSemaphore(os.cpu_count() or 1)

    def count(self, path: Path) -> int:
        """How many pages the PDF has (by its version: its modification time)."""
        version = path.stat().st_mtime_ns
        with self._lock:
            known = self._counts.get((path, version))
        if known is None:
            from pypdf import PdfReader

            known = len(PdfReader(io.BytesIO(path.read_bytes())).pages)
            with self._lock:
                self._counts[(path, version)] = known
        return known

    def image(self, path: Path, page: int) -> bytes:
        """Page ``page`` (from 1) as a JPEG image."""
        data = path.read_bytes()
        key = (hashlib.blake2b(data, digest_size=16).hexdigest(), page)
        with self._lock:
            if key in self._images:
                self._images.move_to_end(key)
                return self._images[key]
        with self._renderers:
            image = render_page(data, page)
        with self._lock:
            self._images[key] = image
            while len(self._images) > KEEP:
                self._images.popitem(last=False)
        return image


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
