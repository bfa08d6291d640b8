"""A folder of statements → an event folder and a draft pack for each (``briefkit batch``).

Each statement file becomes ``content/<slug of its name>/`` through
``extract`` (event.yaml, the commented draft, and speech.txt), the drafts are
extracted side by side in worker processes, and then one build renders the
pack of every event, in local workers or on a Dask cluster
(``BuildOptions.scheduler``), as any build does: event by event, with
``keep_going`` so that one bad statement costs only itself. An event folder
that already exists is kept as it is (``force`` extracts it again) and
built like the others, so running a batch again after adding statements
only does the new ones.

The summary says, per statement, how many values are still TO CHECK: the
drafts build (every page marked DRAFT) but are not finished.
"""

from __future__ import annotations

import dataclasses
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..config.project import DEFAULT_PACK_ID, Project, slugify
from ..errors import BriefkitError, ContentError
from .options import BuildHooks, BuildOptions
from .result import BuildResult

#: The document a batch builds for each statement.
PACK = DEFAULT_PACK_ID


@dataclass
class StatementRow:
    """One statement of a batch and what became of it."""

    statement: Path
    event: str
    #: Values still TO CHECK in its event.yaml (None: it could not be read).
    to_check: int | None = None
    #: "new", "kept" (the folder existed) or "failed".
    status: str = "new"
    #: What went wrong, for a failed statement or build.
    error: str | None = None
    outputs: list[Path] = field(default_factory=list)


@dataclass
class BatchResult:
    rows: list[StatementRow]
    build: BuildResult | None

    @property
    def failed(self) -> list[StatementRow]:
        return [row for row in self.rows if row.status == "failed" or row.error]


def event_slug(name: str) -> str:
    """An event folder name from a statement's file name: lower-case letters, digits and dashes."""
    return slugify(name, "statement")


def statements(folder: Path) -> list[Path]:
    """The statement files of a folder (hidden files aside), in name order."""
    if not folder.is_dir():
        raise ContentError(f"{folder} is not a folder of statements.")
    found = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if not found:
        raise ContentError(f"{folder} holds no statement files.")
    return found


def _extract(statement: Path, folder: Path, force: bool) -> str | None:
    """In a worker: write the event folder from the statement; the error message, if any."""
    from ..extract.scaffold import init_event

    try:
        init_event(folder, statement, force=force)
    except BriefkitError as exc:
        return exc.format_message()
    return None


def _count_to_check(folder: Path) -> int | None:
    """The values still TO CHECK, as ``briefkit validate`` counts them (content/drafts.py)."""
    from ..content.load import load_event

    try:
        return len(load_event(folder).to_check)
    except BriefkitError:
        return None


def draft_batch(
    project: Project,
    folder: Path,
    options: BuildOptions,
    *,
    force: bool = False,
    hooks: BuildHooks | None = None,
) -> BatchResult:
    """Extract every statement of ``folder`` into an event of ``project``, then build their packs."""
    rows: list[StatementRow] = []
    taken: set[str] = set()
    for statement in statements(folder):
        slug = base = event_slug(statement.stem)
        n = 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        rows.append(StatementRow(statement, slug))
    todo = [row for row in rows if force or not (project.content_dir / row.event / "event.yaml").is_file()]
    for row in rows:
        if row not in todo:
            row.status, row.to_check = "kept", _count_to_check(project.content_dir / row.event)
    if todo:
        with ProcessPoolExecutor(max_workers=max(1, options.workers)) as pool:
            futures = [
                pool.submit(_extract, row.statement, project.content_dir / row.event, force) for row in todo
            ]
            for row, future in zip(todo, futures, strict=True):
                row.error = future.result()
                if row.error:
                    row.status = "failed"
                else:
                    row.to_check = _count_to_check(project.content_dir / row.event)
    events = [project.content_dir / row.event for row in rows if row.status != "failed"]
    build = None
    if events:
        from .run import run_build

        build_options = dataclasses.replace(options, documents=(PACK,), keep_going=True)
        build = run_build(project, build_options, events, hooks)
        errors = {failure.event: failure.error.format_message() for failure in build.failed}
        for row in rows:
            row.outputs = [p for p in build.written if p.parent.name == row.event]
            if row.event in errors:
                row.error = errors[row.event]
    return BatchResult(rows, build)
