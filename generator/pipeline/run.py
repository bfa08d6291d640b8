"""The build as the command line calls it: nothing loaded when nothing changed.

Deciding that every output is current takes file hashes only (see
incremental.py); the content model, the templates and the writers are
imported only when something has to be built, so a no-op rebuild stays
about as quick as starting Python.
"""

from __future__ import annotations

import gc
from pathlib import Path

from .. import pipeline
from ..config.project import Project
from .incremental import up_to_date
from .options import BuildHooks, BuildOptions
from .output import check_output_folders, remove_stale_temporaries
from .result import BuildResult


def run_build(
    project: Project,
    options: BuildOptions,
    events: list[Path] | None = None,
    hooks: BuildHooks | None = None,
) -> BuildResult:
    """Build the selected documents of ``events`` (None: every event), or find them all current."""
    if not options.force and not options.eager:
        folders = project.event_folders(events)
        check_output_folders(project, folders)
        if up_to_date(project, folders, options):
            remove_stale_temporaries(project.build_dir)
            return BuildResult(up_to_date=True)
    from .build import build_project

    if pipeline.ENDS_AFTER_COMMAND:
        # The modules just imported live until the process ends: set them aside from
        # the collections the build's own objects set off, and from the one at exit
        # (about 0.04 CPU s of the build's process). Not where builds follow one
        # another in one process (watch, serve, tests), whose garbage it would keep.
        gc.freeze()
    return build_project(project, options, events, hooks)
