"""Rebuild on change: one warm process, only what a change affects, errors reported.

The build runs in this process (WeasyPrint stays imported and its font
caches warm), and the manifest makes each rebuild touch only the documents
whose inputs changed. Each output is written as soon as it renders, the
edited document before the pack that repeats it, so the page being looked
at updates first. A broken edit is reported and the watch goes on.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..config.project import Project
from ..errors import BriefkitError
from .build import build_project
from .options import BuildHooks, BuildOptions
from .result import BuildResult
from .setup_cache import SetupCache

log = logging.getLogger(__name__)


def watched_paths(project: Project, events: list[Path] | None) -> list[Path]:
    folders = project.event_folders(events) if events else [project.content_dir]
    paths = [*folders, project.builtin]
    theme = project.theme_dir()
    if theme:
        paths.append(theme)
    return [p.resolve() for p in dict.fromkeys(paths) if p.exists()]


def affected_events(project: Project, events: list[Path] | None, changed: list[Path]) -> list[Path] | None:
    """The events a set of changed files can affect: those whose folders hold them,
    or all of ``events`` when a change lies elsewhere (a shared theme, the
    built-in templates, a new event folder).

    Looking only at affected events keeps a conference's watch quick: each
    event checked costs its content's loading and validation even when
    nothing of it has to be rebuilt.
    """
    try:
        # Folders as the build names them: the manifest's keys contain the paths.
        folders = [(f, f.resolve()) for f in project.event_folders(events)]
    except BriefkitError:
        return events  # the build reports it
    hit: list[Path] = []
    for path in changed:
        owner = next((f for f, real in folders if path.is_relative_to(real)), None)
        if owner is None:
            return events
        if owner not in hit:
            hit.append(owner)
    return hit


def warm_up(project: Project, events: list[Path] | None, options: BuildOptions) -> None:
    """Render one document of the first event in memory, in every format asked
    for, and discard it: the libraries are imported and their caches filled
    before the user's first change rather than after it. The DOCX writer's
    drawing child (a fresh interpreter, 0.1–0.2 s to start and load its fonts)
    is started meanwhile, whether or not that document has a picture."""
    from ..config.event_setup import setup_event
    from .build import render_event
    from .workers import write

    if "docx" in options.formats:
        from ..writers.docx import raster

        raster.start_drawing()
    try:
        folder = project.event_folders(events)[0]
        setup = setup_event(project, folder, options.overrides)
        doc_id = next(d for d in setup.documents.all_ids if d != setup.documents.pack.id)
        # Under the same limits as a build: a template that loops for ever must
        # not hang the watch before its first rebuild.
        job = render_event(
            setup, [doc_id], options.formats, False, timeout=options.timeout, memory_mb=options.memory_mb
        )[0]
        for fmt in options.formats:
            write(fmt, job.document, options.timeout)
    except (BriefkitError, StopIteration) as exc:
        log.debug("Not warmed up: %s", exc)  # the first build has reported what is wrong


def watch_project(
    project: Project,
    events: list[Path] | None,
    options: BuildOptions | None = None,
    *,
    report: Callable[[BuildResult | BriefkitError], None],
    on_written: Callable[[Path, float], None] | None = None,
    on_pdf: Callable[[str, str, bytes], None] | None = None,
    on_screen: Callable[[], frozenset[tuple[str, str]]] | None = None,
    stop: threading.Event | None = None,
    debounce_ms: int = 50,
) -> None:
    """Build, then rebuild after every change until ``stop`` is set (or Ctrl-C).

    The first build runs in ``options.workers`` processes, like a one-shot build;
    then this process lays out one document in memory, so that the first
    change shows as quickly as later ones (importing WeasyPrint and loading
    its fonts cost about 0.5 s the first time). Rebuilds run here.

    ``on_written`` hears of each file as it lands, with the seconds since
    the rebuild began; ``report`` gets the outcome of each whole rebuild.
    Rebuilds hand each PDF to ``on_pdf`` before writing it, and build the
    documents ``on_screen`` names first (``BuildHooks``; the live preview).
    A rebuild starts once 20 ms pass without a new change (``debounce_ms``
    caps the wait while changes keep coming), so a save shows quickly. A
    save that arrives in parts further apart may start a rebuild on the
    first part; the rest is a change too and rebuilds again, and as keys
    are taken before anything is read, nothing is left out of date.
    """
    from watchfiles import watch

    options = options or BuildOptions(workers=0)
    build_dir = project.build_dir.resolve()
    # --force applies to the first build; rebuilds take what a change affects.
    rebuild = dataclasses.replace(options, workers=0, eager=True, force=False)
    # Each event's setup, read again only when one of its inputs changed (setup_cache.py).
    setups = SetupCache()

    def relevant(_change, path: str) -> bool:
        p = Path(path)
        return not (p.name.startswith(".") or p.is_relative_to(build_dir) or p.suffix in (".pyc", ".tmp"))

    def once(changed: list[Path] | None = None, *, first: bool = False, catch_up: bool = False) -> None:
        began = time.perf_counter()

        def landed(path: Path) -> None:
            if on_written:
                on_written(path, time.perf_counter() - began)

        hooks = BuildHooks(on_written=landed, on_pdf=on_pdf, on_screen=on_screen)
        try:
            if first:
                result = build_project(project, options, events, hooks, setups)
            else:
                chosen = affected_events(project, events, changed) if changed else events
                result = build_project(project, rebuild, chosen, hooks, setups)
            if result.written or not catch_up:
                report(result)
        except BriefkitError as exc:
            report(exc)

    once(first=True)
    warm_up(project, events, options)
    # The watcher starts at the first step of ``changes`` (which returns after
    # at most ``rust_timeout``, with what it saw meanwhile, if anything); the
    # catch-up after it then rebuilds what was saved during the first build
    # and the warm-up (a quick check, and silent, when nothing was), and a
    # save made during the catch-up is the watcher's: none falls in between.
    changes = watch(
        *watched_paths(project, events),
        watch_filter=relevant,
        stop_event=stop,
        debounce=debounce_ms,
        step=20,
        rust_timeout=500,
        yield_on_timeout=True,
        raise_interrupt=False,
    )
    next(changes, None)
    once(catch_up=True)
    # What the first build imported and cached stays for the whole watch:
    # spare every later collection the work of scanning it (its garbage
    # collected first, or it would be kept for good).
    gc.collect()
    gc.freeze()
    for changed in changes:
        if not changed:  # the watcher's timeout: nothing happened
            continue
        log.info("Changed: %s", ", ".join(sorted(Path(p).name for _, p in changed)))
        once([Path(p) for _, p in changed])
