"""Worker processes for the writers: warmed up at once, stopped at once on failure.

Importing WeasyPrint, python-docx and CairoSVG takes about 0.5 CPU s; the
build starts the pool before it templates, so that the two overlap. On Linux
the imports happen once, in a fork server forked from the build
(forkserver.py), and every worker is forked from it when the pool first
needs one; elsewhere each worker is forked (or spawned) from the build and
imports them itself. Either way the processes are forked after the build's
own imports (pydantic, Jinja2, lxml), which they share instead of importing
again: starting them before those imports was measured and cost more CPU
than it saved time on two cores.
"""

from __future__ import annotations

import functools
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from ..errors import BuildError
from .limits import LAYOUT_HINT, run_within, set_memory_ceiling
from .orphans import die_with_parent

if TYPE_CHECKING:
    from ..config.theme import Theme
    from ..writers import RenderedDocument

log = logging.getLogger(__name__)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def write(fmt: str, document: RenderedDocument, timeout: float | None = None) -> bytes:
    """Run one writer under the time limit; the unit of work handed to workers."""
    from ..writers import WRITERS

    what = f"Rendering '{document.id}' as {fmt.upper()}"
    try:
        return run_within(timeout, what, lambda: WRITERS[fmt](document), LAYOUT_HINT)
    except (MemoryError, SystemError):
        # Under the ceiling, C libraries that fail to allocate surface as
        # SystemError ("error return without exception set") as often as
        # MemoryError. The error is raised below, outside this block, so the
        # frames holding the memory are released rather than chained to it.
        pass
    finally:
        if fmt == "docx":
            gc.collect()  # python-docx keeps reference cycles alive between documents
    gc.collect()  # reached only from the except clause: the writer ran out of memory
    raise BuildError(
        f"{what} needed more memory than the ceiling allows; look for a very long "
        "table or list, or raise the ceiling with --memory-limit."
    )


def warm_up(
    memory_mb: int | None,
    formats: tuple[str, ...],
    parent: int | None = None,
    forked_by_main_thread: bool = True,
) -> None:
    """Set the worker's memory ceiling, and import what its tasks need while
    the parent reads and templates the content."""
    if parent is not None:
        die_with_parent(parent, forked_by_main_thread, watch=True)
    # The parent owns Ctrl-C (the whole terminal group gets it) and stops the
    # workers with SIGTERM, which should end them quietly, not raise in them
    # as it does in the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    set_memory_ceiling(memory_mb)
    import_writers(formats)


def import_writers(formats: tuple[str, ...], theme: Theme | None = None) -> None:
    """Import what rendering these formats needs, then set it aside from garbage collection.

    The DOCX writer's own modules are imported here, while the parent
    templates, rather than when it first runs; its pictures are drawn in a
    child of each worker's own, started by exec, which loads the drawing
    library itself (``writers.docx.raster``): here it is only looked up. With a
    *theme* (the fork server, which knows the first event's), the DOCX
    styles of that theme are made here too, once for every worker forked
    after (``writers.docx.base.open_themed``, about 0.1 s a process).
    C libraries are looked up without compilers (:func:`without_compiler_search`),
    and what WeasyPrint makes on its first layout in a process is made here,
    once for the workers forked after (``writers.pdf.first_use``; the
    hyphenation patterns of *theme*'s language when it is known).
    """
    # The libraries' objects live as long as the worker: keep the collections
    # after each DOCX from scanning them again (about 27 ms each). Collected
    # neither meanwhile nor before freezing them: imports and the patterns and
    # styles made here leave little garbage, and the collections the allocator
    # started while the fork server made them scanned the build's objects too
    # (0.11 CPU s of its 0.75; a full collection before the freeze, 0.045 s).
    enabled = gc.isenabled()
    gc.disable()
    try:
        _prepare_writers(formats, theme)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _prepare_writers(formats: tuple[str, ...], theme: Theme | None) -> None:
    without_compiler_search(functools.partial(_import_libraries, formats))
    if "pdf" in formats:
        from ..writers.pdf import first_use

        first_use.prepare(theme.locale.language if theme is not None else None)
    if "docx" in formats:
        import docx  # noqa: F401
        from PIL import Image  # noqa: F401  (measure.py reads font widths through it)

        from ..writers.docx import base, fields, fonts, package, structure, styles, walker  # noqa: F401

        if theme is not None:
            base.open_themed(theme, theme.locale.language)  # the package made and read


def _import_libraries(formats: tuple[str, ...]) -> None:
    if "pdf" in formats:
        import weasyprint  # noqa: F401
    if "docx" in formats:
        from ..writers.docx import raster

        raster.drawer()  # looked up once, for every worker forked after; drawn with in a child only


def without_compiler_search(imports: Callable[[], None]) -> None:
    """Run *imports* with C libraries looked up in the dynamic loader's cache only.

    WeasyPrint (and CairoSVG, and the picture drawer's librsvg) ask for each
    library under several names, Windows' and macOS' spellings first; for
    every name the loader's cache does not know, ``ctypes.util.find_library``
    runs gcc (which runs collect2 and ld) and then ld to look for it: about
    fifty processes and 0.1 CPU seconds per build, that find nothing on Linux.
    The names the libraries try last are the sonames, which the loader itself
    finds, ``LD_LIBRARY_PATH`` included. Should *imports* fail without the
    compilers' search, they are run again with it.
    """
    from ctypes import util

    saved = getattr(util, "_findLib_gcc", None), getattr(util, "_findLib_ld", None)
    if not sys.platform.startswith("linux") or None in saved:  # pragma: no cover - no compiler there
        imports()
        return
    util._findLib_gcc = util._findLib_ld = _not_searched  # type: ignore[attr-defined]
    try:
        imports()
        return
    except (ImportError, OSError):
        log.debug("Importing the writers' libraries again, with find_library's search by compiler")
    finally:
        util._findLib_gcc, util._findLib_ld = saved  # type: ignore[attr-defined]
    imports()


def _not_searched(name: str) -> None:
    return None


def needed(formats: tuple[str, ...]) -> bool:
    # HTML is the template's output as it is: no worker is worth starting for it.
    return not set(formats) <= {"html"}


class Workers:
    """A pool of ``count`` writer processes, warming up from creation.

    As a context manager it closes the pool on the way out; when an error or
    Ctrl-C is on its way out, it terminates the workers rather than waiting
    for imports or renders whose results nobody will read.
    """

    def __init__(
        self, count: int, memory_mb: int | None, formats: tuple[str, ...], theme: Theme | None = None
    ):
        from . import forkserver

        self.before = set(multiprocessing.active_children())
        # The fork server, or the workers here, are forked by this thread (die_with_parent says why it matters).
        by_main_thread = threading.current_thread() is threading.main_thread()
        self.server = forkserver.start(
            functools.partial(import_writers, formats, theme),
            functools.partial(die_with_parent, forked_by_main_thread=by_main_thread),
        )
        if self.server:
            # Workers are forked from the server (warm, one thread) when the pool first needs them.
            context, parent, by_main_thread = self.server.context, self.server.pid, True
        else:
            # Forked from here, they import the writers themselves; macOS and Windows only spawn safely.
            context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
            parent = os.getpid()
        self.pool = ProcessPoolExecutor(
            max_workers=count,
            mp_context=context,
            initializer=warm_up,
            initargs=(memory_mb, formats, parent, by_main_thread),
        )
        if not self.server:
            self.pool.submit(int)  # launches the workers now rather than at the first task
        self.closed = False

    @property
    def processes(self) -> set:
        """The workers started so far (and not yet reaped)."""
        return set(multiprocessing.active_children()) - self.before

    def submit(self, fmt: str, document: RenderedDocument, timeout: float | None) -> Future:
        return self.pool.submit(write, fmt, document, timeout)

    def ask(self, fn) -> Future:
        return self.pool.submit(fn)

    def close(self, abandon: bool = False) -> None:
        """Stop the workers and the fork server (once; later calls do nothing)."""
        if self.closed:
            return
        self.closed = True
        if abandon:
            if self.server:  # the workers die with it
                self.server.stop()
            for process in self.processes:
                process.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.server:
            self.server.stop()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(abandon=exc_type is not None)


def start(
    count: int, memory_mb: int | None, formats: tuple[str, ...], theme: Theme | None = None
) -> Workers | None:
    """``count`` workers for these formats, or None when they are not worth starting.

    *theme*, the first event's, is one the workers will most likely write DOCX in."""
    if count < 1 or not needed(formats):
        return None
    return Workers(count, memory_mb, formats, theme)
