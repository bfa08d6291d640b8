"""Events as tasks on a Dask distributed cluster: ``briefkit build --scheduler tcp://HOST:8786``.

How the work travels (docs/performance.md, "On a cluster"):

* The parent reads and checks each event as a local build does, takes its
  manifest key, and decides which documents are stale. It then ships the
  event's files (its folder, and the theme folder if the build uses one)
  with the task: workers need no shared folder, only the same briefkit.
* The task, on a worker, lays the files out in a temporary folder, templates
  and renders the stale documents in every format asked for, and returns
  the bytes. It writes nothing anywhere else, and its folder goes with it.
* The parent writes each event as its task returns, with its manifest
  entries, all-or-nothing, exactly as a local build does: the bytes are the
  same (a worker checks that it runs the same briefkit code and built-in
  templates as the parent, or refuses the task), and so are the manifest's
  keys, which name the parent's files.
* A worker that dies mid-task loses nothing: the scheduler runs the task
  again elsewhere (``distributed.scheduler.allowed-failures``, 3 by default),
  then gives up, and the event is reported as failed with its outputs left
  as they were; ``--keep-going`` builds the others.

Limits: ``--timeout`` applies to each template and each output as in a
local build; Dask runs tasks in worker threads, where no alarm signal can be
delivered, so the stop is raised in the task's thread by a timer
(``limits.time_limit``), and the event is reported as failed with the
document and format named. Memory is the cluster's business (``dask worker
--memory-limit``: a worker past it is restarted and the task retried, as
above).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config.confine import is_inside
from ..errors import BriefkitError, BuildError, ConfigError
from .options import BuildOptions, Progress

if TYPE_CHECKING:
    from ..config.project import Project
    from .build import EventWork

log = logging.getLogger(__name__)

#: Seconds to wait for the scheduler before saying it cannot be reached.
CONNECT_TIMEOUT = 20


@dataclass(frozen=True)
class EventBundle:
    """One event's task: its files and what to build from them."""

    event: str
    #: Files by relative path: ``event/…`` (the event folder) and ``theme/…`` (the theme folder).
    files: dict[str, bytes]
    has_theme: bool
    #: The documents to render, each with its formats (those out of date).
    stale: dict[str, tuple[str, ...]]
    #: The event's manifest key, taken by the parent.
    common: str
    options: BuildOptions
    #: The parent's briefkit code and built-in templates (see ``code_fingerprint``).
    code: str
    #: The parent's event folder, theme folder and built-in templates, for the manifest's keys.
    parent_event: str
    parent_theme: str | None
    parent_builtin: str
    #: The parent's SOURCE_DATE_EPOCH (None: unset), which the outputs' dates come from.
    epoch: str | None


@dataclass(frozen=True)
class RemoteOutput:
    """One output rendered on a worker, with what the parent's manifest records of it."""

    document: str
    fmt: str
    data: bytes
    key: str
    #: Template files it was made from, as the parent names them.
    templates: tuple[str, ...]


@functools.cache
def code_fingerprint() -> str:
    """briefkit's own code and built-in templates: a worker must have the same to
    render the same bytes."""
    from ..config.paths import builtin_templates
    from .incremental import _files, tool_fingerprint

    h = hashlib.sha256(tool_fingerprint().encode())
    root = builtin_templates()
    for path in _files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\n")
    return h.hexdigest()


def _collect(folder: Path, prefix: str) -> dict[str, bytes]:
    """The files of a folder, by ``prefix/relative path``. Links that lead out of it
    are left out: the worker must not be handed what a local build would refuse."""
    from .incremental import _files

    files = {}
    for path in _files(folder):
        if is_inside(path, folder):
            files[f"{prefix}/{path.relative_to(folder).as_posix()}"] = path.read_bytes()
    return files


def _built_pdfs(out: Path) -> dict[str, bytes]:
    """The PDFs already built for an event, and its manifest: a DOCX built alone (``-f docx``)
    takes its contents' page numbers from its PDF when the manifest says that PDF is current
    (``build._with_built_pdf_pages`` checks, on the worker as locally)."""
    from .build import _MAX_PDF_BYTES
    from .incremental import MANIFEST

    files = {}
    for name in (MANIFEST, *(p.name for p in sorted(out.glob("*.pdf")))):
        path = out / name
        try:
            if is_inside(path, out) and path.is_file() and path.stat().st_size <= _MAX_PDF_BYTES:
                files[f"build/{name}"] = path.read_bytes()
        except OSError:
            continue
    return files


def make_bundle(project: Project, folder: Path, work: EventWork, options: BuildOptions) -> EventBundle:
    theme = project.theme_dir()
    files = _collect(Path(folder), "event")
    if theme:
        files.update(_collect(theme, "theme"))
    if any("docx" in formats and "pdf" not in formats for formats in work.stale.values()):
        files.update(_built_pdfs(project.build_dir / work.setup.loaded.id))
    return EventBundle(
        event=work.setup.loaded.id,
        files=files,
        has_theme=theme is not None,
        stale=dict(work.stale),
        common=work.common,
        options=options,
        code=code_fingerprint(),
        parent_event=str(folder),
        parent_theme=str(theme) if theme else None,
        parent_builtin=str(project.builtin),
        epoch=os.environ.get("SOURCE_DATE_EPOCH"),
    )


# -- on the worker ---------------------------------------------------------------


#: One task at a time per worker process: each sets the process's SOURCE_DATE_EPOCH to
#: its parent's, and rendering is CPU-bound (more threads would only wait on each other).
_TASK = threading.Lock()


def render_bundle(bundle: EventBundle) -> list[RemoteOutput]:
    """The task: template and render one event's stale documents from its shipped files."""
    with _TASK:
        saved = os.environ.get("SOURCE_DATE_EPOCH")
        _set_epoch(bundle.epoch)
        try:
            return _render_bundle(bundle)
        finally:
            _set_epoch(saved)


def _set_epoch(value: str | None) -> None:
    if value is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = value


@functools.cache
def _warm_up(formats: tuple[str, ...]) -> None:
    """Once per worker process and set of formats, as a local worker does on start."""
    from .workers import import_writers

    import_writers(formats)


def _render_bundle(bundle: EventBundle) -> list[RemoteOutput]:
    from ..config.project import Project

    _warm_up(bundle.options.formats)

    if bundle.code != code_fingerprint():
        raise BuildError(
            "A cluster worker runs a different briefkit (code or built-in templates) from this one, so "
            "it would not render the same bytes. Install the same version on every worker."
        )
    with tempfile.TemporaryDirectory(prefix="briefkit-task-") as tmp:
        root = Path(tmp) / "project"
        for name, data in bundle.files.items():
            top, _, rest = name.partition("/")
            place = {
                "event": f"project/content/{bundle.event}",
                "build": f"project/build/{bundle.event}",
                "theme": "theme",
            }[top]
            path = Path(tmp) / place / rest
            if not is_inside(path, Path(tmp)):
                raise BuildError(f"A shipped file name leaves the task's folder: {name!r}.")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        folder = root / "content" / bundle.event
        theme = Path(tmp) / "theme"
        project = Project(root=root, theme=str(theme) if bundle.has_theme else None)
        places = [(folder, Path(bundle.parent_event)), (project.builtin, Path(bundle.parent_builtin))]
        if bundle.has_theme and bundle.parent_theme:
            places.append((theme, Path(bundle.parent_theme)))
        return list(_render(project, folder, bundle, places))


def _render(project: Project, folder: Path, bundle: EventBundle, places) -> Iterator[RemoteOutput]:
    from dataclasses import replace

    from ..config.event_setup import setup_event
    from ..writers import waits_for_pdf, with_pdf_pages
    from .build import _with_built_pdf_pages, only_stale_formats, render_event
    from .incremental import document_key
    from .workers import write

    options = bundle.options
    setup = setup_event(project, folder, options.overrides)
    jobs = render_event(
        setup,
        list(bundle.stale),
        options.formats,
        options.strict,
        options.settings,
        options.timeout,
        bundle.common,
        None,
    )
    jobs = only_stale_formats(jobs, bundle.stale)
    for job in jobs:
        deps = {_as_parent(path, places): _read(path) for path in job.templates}
        key = document_key(bundle.common, deps)
        job = _with_built_pdf_pages(project, replace(job, key=key))
        pdf = None
        # The PDF before the DOCX, which may take its page numbers from it.
        for fmt in sorted(job.formats, key=lambda f: f == "docx"):
            document = job.document
            if fmt == "docx" and waits_for_pdf(document, fmt, job.formats) and pdf is not None:
                document = with_pdf_pages(document, pdf)
            data = write(fmt, document, options.timeout)
            if fmt == "pdf":
                pdf = data
            yield RemoteOutput(job.document.id, fmt, data, key, tuple(str(p) for p in deps))


def _as_parent(path: Path, places: list[tuple[Path, Path]]) -> Path:
    for here, there in places:
        if path.is_relative_to(here):
            return there / path.relative_to(here)
    return path


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


# -- in the parent -----------------------------------------------------------------


def connect(address: str) -> Any:
    """A client of the scheduler at ``address``, or a clear error."""
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError(
            "--scheduler needs Dask's distributed package: pip install 'briefkit[dask]'."
        ) from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(
            f"Cannot reach the Dask scheduler at {address}: {exc}. Start one with 'dask scheduler' "
            "and its workers with 'dask worker ADDRESS' (docs/performance.md)."
        ) from None


def render_on_cluster(
    client: Any,
    work: Iterator[tuple[Path, EventWork]],
    project: Project,
    options: BuildOptions,
    *,
    finished,
    failed,
    hooks,
) -> None:
    """Submit each event as a task, at most a few per worker thread at once, and hand
    each one's outputs to ``finished(work, outputs)`` as it returns (``failed(event, error)``
    when it does not)."""
    from distributed import as_completed
    from distributed.client import FutureCancelledError

    try:
        from distributed.scheduler import KilledWorker
    except ImportError:  # pragma: no cover - older distributed
        from distributed import KilledWorker

    threads = max(1, sum(client.nthreads().values()))
    in_flight: dict[Any, EventWork] = {}
    queue = as_completed(loop=client.loop)
    counts = [0, 0]

    def outputs_of(item: EventWork) -> int:
        return sum(len(formats) for formats in item.stale.values())

    def collect(future) -> None:
        item = in_flight.pop(future)
        event = item.setup.loaded.id
        try:
            outputs = future.result()
        except KilledWorker:
            failed(
                event,
                BuildError(
                    f"The cluster's workers died while rendering '{event}', each time it was tried; "
                    "look for a very long table or list, or give the workers more memory."
                ),
            )
        except FutureCancelledError:
            failed(event, BuildError(f"The task rendering '{event}' was cancelled on the cluster."))
        except BriefkitError as exc:
            failed(event, exc)
        else:
            finished(item, outputs)
        counts[0] += outputs_of(item)
        if hooks.on_progress:
            hooks.on_progress(Progress(counts[0], counts[1], f"{event}/"))

    try:
        for folder, item in work:
            bundle = make_bundle(project, folder, item, options)
            future = client.submit(
                render_bundle,
                bundle,
                pure=False,
                key=f"briefkit-{item.setup.loaded.id}-{os.urandom(4).hex()}",
            )
            in_flight[future] = item
            counts[1] += outputs_of(item)
            queue.add(future)
            while len(in_flight) >= 2 * threads:
                collect(next(queue))
        for future in queue:
            collect(future)
    finally:
        for future in list(in_flight):
            future.cancel()
