"""Rebuild on change: one warm process, only what a change affects, errors reported.

The build runs in this process (WeasyPrint stays imported and its font
caches warm), and the manifest makes each rebuild touch only the documents
whose inputs changed. A broken edit is reported and the watch goes on.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable

from .build import BuildResult, build_project
from .errors import BriefkitError
from .project import Project

log = logging.getLogger(__name__)


def watched_paths(project: Project, events: list[Path] | None) -> list[Path]:
    folders = project.event_folders(events) if events else [project.content_dir]
    paths = [*folders, project.builtin]
    theme = project.theme_dir()
    if theme:
        paths.append(theme)
    return [p.resolve() for p in dict.fromkeys(paths) if p.exists()]


def watch_project(
    project: Project,
    events: list[Path] | None,
    *,
    report: Callable[[BuildResult | BriefkitError], None],
    stop: threading.Event | None = None,
    debounce_ms: int = 200,
    **build_options,
) -> None:
    """Build, then rebuild after every change until ``stop`` is set (or Ctrl-C)."""
    from watchfiles import watch

    build_dir = project.build_dir.resolve()

    def relevant(_change, path: str) -> bool:
        p = Path(path)
        return not (p.name.startswith(".") or p.is_relative_to(build_dir) or p.suffix in (".pyc", ".tmp"))

    def once() -> None:
        try:
            report(build_project(project, events, jobs=0, **build_options))
        except BriefkitError as exc:
            report(exc)

    once()
    for changes in watch(
        *watched_paths(project, events), watch_filter=relevant, stop_event=stop,
        debounce=debounce_ms, rust_timeout=500, yield_on_timeout=False, raise_interrupt=False,
    ):
        log.info("Changed: %s", ", ".join(sorted(Path(p).name for _, p in changes)))
        once()
