"""PDF pages drawn by PDFium (pypdfium2) in helper processes, as JPEG images.

Why helper processes rather than pdftoppm or this process: pdftoppm starts
a process and loads poppler for every page (about 0.04 s of a 0.055 s page
on the 2-core machine; PDFium draws and encodes the same page in 0.02 s),
and this process cannot stop a page that takes too long or grows too large,
nor may two threads use PDFium at once. The helpers are started once per
server, one per core, imported and waiting; each works under a memory
ceiling, and a page over its time limit has them killed and started again
(the PDF comes from templates the event folder may bring).
"""

from __future__ import annotations

import io
import logging
import math
import multiprocessing
import os
import queue
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from ..errors import BuildError

log = logging.getLogger(__name__)

#: Memory a helper may take beyond its imports, in MiB: a page is at most
#: 2400 × 3400 pixels (33 MB as a bitmap).
MEMORY_MB = 512
#: JPEG quality: a text page at 96 dpi is about 180 kB, and reads as the PDF does.
QUALITY = 85
#: Seconds a page waits at most for new helpers to be started.
RESTART_WAIT = 30


def draw(pdf: bytes, page: int, resolution: int, max_pixels: tuple[int, int]) -> bytes:
    """Page ``page`` (from 1) of ``pdf`` at ``resolution`` dpi, cut to its top left
    ``max_pixels``, as JPEG (runs in a helper)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise BuildError(f"The PDF cannot be read: {exc}") from None
    try:
        return _draw_page(document, page, resolution, max_pixels)
    except pdfium.PdfiumError as exc:
        raise BuildError(f"Page {page} cannot be drawn: {exc}") from None
    except MemoryError:
        raise BuildError(f"Page {page} needed more memory than the preview allows to draw.") from None
    finally:
        document.close()


def _draw_page(document, page: int, resolution: int, max_pixels: tuple[int, int]) -> bytes:
    if not 0 < page <= len(document):
        raise BuildError(f"The PDF has no page {page}.")
    sheet = document[page - 1]
    scale = resolution / 72
    # Only the top left corner of a larger page is drawn (and costs what a normal page does).
    # In pixels, as PDFium sizes its bitmap: each side rounded up, then less the crop.
    over_w = max(0, math.ceil(sheet.get_width() * scale) - max_pixels[0])
    over_h = max(0, math.ceil(sheet.get_height() * scale) - max_pixels[1])
    crop = ((over_w - 0.5) / scale if over_w else 0, (over_h - 0.5) / scale if over_h else 0)
    bitmap = sheet.render(scale=scale, crop=(0, crop[1], crop[0], 0))
    out = io.BytesIO()
    bitmap.to_pil().convert("RGB").save(out, "JPEG", quality=QUALITY)
    return out.getvalue()


def _start_helper(parent: int, memory_mb: int) -> None:
    """In each helper: die with the server, a memory ceiling, PDFium loaded before the first page."""
    import signal

    from ..pipeline.limits import set_memory_ceiling
    from ..pipeline.orphans import die_with_parent

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's; it stops the helpers
    set_memory_ceiling(memory_mb)
    # A page drawn and encoded now: PDFium, Pillow and its JPEG encoder loaded (0.05 s).
    import pypdfium2 as pdfium

    blank = pdfium.PdfDocument.new()
    blank.new_page(72, 72)
    out = io.BytesIO()
    blank.save(out)
    blank.close()
    draw(out.getvalue(), 1, 72, (72, 72))


class PageRenderer:
    """The helpers: :meth:`render` sends them a page, :meth:`warm` starts them ahead."""

    def __init__(self, memory_mb: int = MEMORY_MB) -> None:
        self.memory_mb = memory_mb
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._started = threading.Event()
        self._to_start: queue.SimpleQueue[tuple[ProcessPoolExecutor, threading.Event]] = queue.SimpleQueue()
        self._starter: threading.Thread | None = None

    def _helpers(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # Spawned, not forked: the server has threads, and the watch's templating
                # lowers this process's memory limit while it runs (the helpers set their own).
                self._pool = ProcessPoolExecutor(
                    max_workers=os.cpu_count() or 1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_helper,
                    initargs=(os.getpid(), self.memory_mb),
                )
                self._started = threading.Event()
                self._to_start.put((self._pool, self._started))
                if self._starter is None:
                    self._starter = threading.Thread(
                        target=self._start, name="briefkit-page-helpers", daemon=True
                    )
                    self._starter.start()
            pool, started = self._pool, self._started
        started.wait(RESTART_WAIT)
        return pool

    def _start(self) -> None:
        """Start each pool's helpers from this thread, which lives as long as the process: a
        helper dies with the thread that started it (``die_with_parent``), and pages are
        asked for from threads that end."""
        while True:
            pool, started = self._to_start.get()
            try:
                for _ in range(os.cpu_count() or 1):
                    pool.submit(int)  # each submission starts one more helper, up to one per core
            except RuntimeError:  # shut down meanwhile
                pass
            finally:
                started.set()

    def warm(self) -> None:
        """Start the helpers now (about 0.3 s each), not at the first page."""
        self._helpers()

    def render(
        self, pdf: bytes, page: int, resolution: int, max_pixels: tuple[int, int], timeout: float
    ) -> bytes:
        pool = self._helpers()
        try:
            future: Future[bytes] = pool.submit(draw, pdf, page, resolution, max_pixels)
        except BrokenProcessPool:  # killed meanwhile, by another page's time limit
            self._restart(pool)
            raise BuildError(f"Page {page} was not rendered: the renderer restarted; reload.") from None
        try:
            return future.result(timeout)
        except FutureTimeout:
            self._restart(pool)
            raise BuildError(f"Page {page} took more than {timeout:g} s to render.") from None
        except BrokenProcessPool:  # a helper died (PDFium aborts when an allocation fails)
            self._restart(pool)
            raise BuildError(f"Page {page} could not be rendered: its helper process stopped.") from None
        except MemoryError:
            raise BuildError(f"Page {page} needed more memory than the preview allows to draw.") from None

    def _restart(self, pool: ProcessPoolExecutor) -> None:
        """Kill the helpers of ``pool`` (busy with a page over its limit); new ones start on demand."""
        with self._lock:
            if self._pool is not pool:
                return  # restarted already
            self._pool = None
        processes = list(getattr(pool, "_processes", {}).values())
        for process in processes:
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        log.debug("Page renderer restarted (%d helpers killed)", len(processes))

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
