"""Progress of a long build on a terminal: documents done of the total, and the one being rendered.

A first build of a conference can take a minute; a rebuild, a fraction of a
second. The bar appears only once a build has run for ``DELAY`` seconds, and
only where someone is looking: stderr is a terminal and ``-q`` was not given.
Piped or logged output gets nothing extra. Drawn with Click's progress bar.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from ..writers import FORMATS
from .options import BuildHooks, BuildOptions, Progress

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

    from ..config.project import Project
    from .result import BuildResult

#: Seconds a build runs before its progress is shown.
DELAY = 1.0


def build_with_progress(
    project: Project,
    options: BuildOptions,
    events: list[Path] | None = None,
    *,
    quiet: bool = False,
) -> BuildResult:
    """``run_build``, with a progress bar on stderr when it is a terminal (and not ``quiet``)."""
    from .run import run_build

    with TerminalProgress(len(options.formats or FORMATS), enabled=not quiet) as progress:
        return run_build(project, options, events, BuildHooks(on_progress=progress))


class TerminalProgress:
    """The ``on_progress`` hook that draws a bar: a context manager around the build.

    The build reports each output before it is rendered (``done`` so far, the
    ``label`` of the one being rendered); a document is done when all its
    ``formats`` outputs are. A timer draws the bar at ``delay`` even when the
    first output takes longer than that to render.
    """

    def __init__(
        self, formats: int, stream: TextIO | None = None, *, enabled: bool = True, delay: float | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and _is_terminal(self.stream)
        self.formats = max(formats, 1)
        self.delay = DELAY if delay is None else delay
        self.started = time.monotonic()
        self._lock = threading.Lock()
        self._bar: ProgressBar[str] | None = None
        self._timer: threading.Timer | None = None
        self._step: Progress | None = None
        self._labels: dict[int, str] = {}
        self._finished: Counter[str] = Counter()

    def __enter__(self) -> TerminalProgress:
        if self.enabled:
            self._timer = threading.Timer(self.delay, self._draw)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._timer:
            self._timer.cancel()
        with self._lock:
            if self._bar is not None:
                self._bar.render_finish()

    def __call__(self, step: Progress) -> None:
        if not self.enabled:
            return
        with self._lock:
            for i in range(self._step.done if self._step else 0, step.done):
                if i in self._labels:  # output i has rendered
                    self._finished[_document(self._labels.pop(i))] += 1
            if step.label:
                self._labels[step.done] = step.label
            self._step = step
        if time.monotonic() - self.started >= self.delay:
            self._draw()

    @property
    def documents(self) -> tuple[int, int]:
        """(documents done, documents in the build)."""
        if self._step is None:
            return 0, 0
        expected = self._step.outputs
        total = len(expected) if expected else -(-self._step.total // self.formats)
        if self._step.done >= self._step.total:
            return total, total
        return sum(1 for doc, n in self._finished.items() if n >= expected.get(doc, self.formats)), total

    def _draw(self) -> None:
        with self._lock:
            if self._step is None:
                return  # still reading and templating: the bar needs its total
            done, total = self.documents
            current = _shown(self._step.label)
            if self._bar is None:
                self._bar = click.progressbar(
                    length=total,
                    label="Rendering",
                    file=self.stream,
                    show_pos=True,
                    show_eta=False,
                    item_show_func=lambda label: label or "",
                )
            bar = self._bar
            bar.length = max(bar.length or 0, total)
            bar.pos = min(done, bar.length)
            bar.current_item = current
            bar.render_progress()


def _document(label: str) -> str:
    return label.rpartition(".")[0] or label


def _shown(label: str) -> str:
    """``event/document.pdf`` as ``event / document``."""
    return _document(label).replace("/", " / ") if label else ""


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
