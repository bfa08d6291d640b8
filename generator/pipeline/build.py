"""The build, event by event: read and check, template, render, then write.

Nothing of an event is written until every selected document of it has
rendered in every format; then its outputs and its manifest entries are
replaced as one all-or-nothing change, so a mistake leaves that event's
outputs as they were, and the events written before it as they now are
(watch mode trades this for latency: see ``BuildOptions.eager``).
Documents whose inputs have not changed since the last build are skipped
(see incremental.py); writers run in worker processes when
``BuildOptions.workers`` > 0.
"""

from __future__ import annotations

import collections
import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from ..config.event_setup import EventSetup, setup_event
from ..config.project import Project
from ..config.theme_check import check_fonts, check_theme
from ..errors import (
    BriefkitError,
    BuildError,
    BuildStopped,
    ConfigError,
    ContentError,
    Problem,
    TemplateError,
)
from ..render.context import make_context
from ..render.css_blocks import unbalanced_blocks
from ..render.templates import STYLESHEET, extract_article, parse_rendered
from ..render.vocabulary import check_attribute_sizes, check_vocabulary
from ..warn import warn_or_fail
from ..writers import FORMATS, OutputSettings, RenderedDocument, waits_for_pdf, with_pdf_pages
from ..writers.pdf import subsets_fonts_with_harfbuzz
from . import budgets
from .incremental import Manifest, common_key, data_hash, document_key, stale_documents
from .limits import TEMPLATE_HINT, memory_ceiling, run_within
from .options import BuildHooks, BuildOptions, Progress
from .output import (
    check_output_folders,
    check_slug,
    output_path,
    output_stem,
    remove_stale_temporaries,
    write_all,
)
from .result import BuildResult, EventFailure
from .setup_cache import SetupCache
from .workers import Workers, write
from .workers import start as start_workers

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """One document of one event, rendered to HTML, waiting for its writers."""

    setup: EventSetup
    document: RenderedDocument
    formats: tuple[str, ...]
    #: Template files the document was made from, for the manifest.
    templates: tuple[Path, ...]
    #: The manifest key, taken before the templates were rendered (see ``build_project``).
    key: str


class RenderTask(NamedTuple):
    """One output to render: a document in one format."""

    job: Job
    fmt: str


class RenderedOutput(NamedTuple):
    """One output rendered, waiting to be written."""

    job: Job
    fmt: str
    data: bytes


class EventWork(NamedTuple):
    """An event with documents to rebuild."""

    setup: EventSetup
    #: Its documents whose outputs are out of date, each with the formats to rebuild it in.
    stale: dict[str, tuple[str, ...]]
    #: The event's manifest key (see ``incremental.common_key``).
    common: str


def select_documents(setup: EventSetup, wanted: list[str] | None) -> list[str]:
    known = setup.documents.all_ids
    if not wanted:
        return [d for d in known if d not in setup.without_content]
    for doc_id in (w for w in wanted if w in setup.without_content):
        log.info(
            "%s: the %s document is built as asked, though the event's %s is empty",
            setup.loaded.id,
            doc_id,
            " and ".join(setup.without_content[doc_id]),
        )
    lacking = [w for w in wanted if w in setup.without_data]
    if lacking:
        names = ", ".join(f"data.{n}" for n in setup.without_data[lacking[0]])
        raise ConfigError(
            f"The document '{lacking[0]}' is made from {names}, which event '{setup.loaded.id}' does not "
            f"have: add a file to content/{setup.loaded.id}/data/ or a 'data:' entry in event.yaml "
            "(docs/customising.md)."
        )
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise ConfigError(
            f"Unknown document '{unknown[0]}' for event '{setup.loaded.id}'. "
            f"Expected one of: {', '.join(known)}."
        )
    return [d for d in known if d in wanted]


def warn_theme(setup: EventSetup, strict: bool) -> None:
    """Colours too faint to read and fonts that are not installed: warnings, errors under --strict."""
    warn_or_fail(
        check_theme(setup.theme) + check_fonts(setup.theme),
        strict,
        lambda problems: ConfigError(
            f"The theme of '{setup.loaded.id}' would not print as drawn (--strict):\n  "
            + "\n  ".join(problems)
        ),
        prefix=f"{setup.loaded.id}: ",
    )


def warn_draft(setup: EventSetup, strict: bool) -> None:
    """A draft builds with every page marked DRAFT; --strict refuses it (content/drafts.py)."""
    to_check = setup.loaded.to_check
    if not to_check:
        return
    warn_or_fail(
        [
            f"a draft, {len(to_check)} value(s) still TO CHECK ('briefkit validate' lists them): every "
            "page is marked DRAFT"
        ],
        strict,
        lambda _: ContentError(
            f"'{setup.loaded.id}' is a draft: {len(to_check)} value(s) still say TO CHECK (--strict builds "
            "only finished events). Give each value and delete the words TO CHECK:",
            list(to_check),
        ),
        prefix=f"{setup.loaded.id}: ",
    )


def render_stylesheet(
    setup: EventSetup,
    settings: OutputSettings,
    timeout: float | None = None,
    memory_mb: int | None = None,
) -> str:
    ctx = {
        "theme": setup.theme,
        "labels": setup.labels,
        "output": settings.for_every_format(),
        "logo": setup.theme.marking.logo,
    }
    return templated(
        setup, STYLESHEET, ctx, f"Templating the stylesheet of '{setup.loaded.id}'", timeout, memory_mb
    )


def templated(
    setup: EventSetup, name: str, ctx, what: str, timeout: float | None, memory_mb: int | None
) -> str:
    """Render one template under the time limit and a memory ceiling: every
    template briefkit renders comes through here, the stylesheet too (a loop in
    an event's theme.css.j2 would otherwise hang a build, and --watch with it)."""
    with memory_ceiling(memory_mb, f"{what} ({name})"):
        return run_within(
            timeout, f"{what} ({name})", lambda: setup.templates.render(name, ctx), TEMPLATE_HINT
        )


def render_event(
    setup: EventSetup,
    doc_ids: list[str],
    formats: tuple[str, ...],
    strict: bool,
    settings: OutputSettings = OutputSettings(),
    timeout: float | None = None,
    common: str = "",
    memory_mb: int | None = None,
) -> list[Job]:
    """Template the selected documents of one event into HTML, each under the time limit.

    ``common`` is the event's key for the manifest (see ``incremental``).
    """
    docs = setup.documents
    stylesheet = render_stylesheet(setup, settings, timeout, memory_mb)
    warn_or_fail(
        unbalanced_blocks(stylesheet),
        strict,
        lambda problems: TemplateError(
            f"The stylesheet of '{setup.loaded.id}' ({STYLESHEET}) has rules it would drop (--strict):",
            [Problem(None, None, None, problem) for problem in problems],
        ),
        prefix=f"{setup.loaded.id}: {STYLESHEET}: ",
    )

    def document(doc_id: str, name: str, ctx) -> str:
        return templated(setup, name, ctx, f"Templating '{doc_id}'", timeout, memory_mb)

    jobs = []

    def context(spec, in_pack=False):
        return make_context(
            setup.loaded, spec, setup.theme, setup.labels, docs, stylesheet=stylesheet, in_pack=in_pack
        )

    def job(spec, html: str, deps: list[Path], key: str) -> Job:
        check_attribute_sizes(html, spec.template)
        check_vocabulary(parse_rendered(html, spec.template), spec.template, strict=strict, sources=deps)
        document = RenderedDocument(
            id=spec.id,
            title=spec.title,
            html=html,
            template=spec.template,
            theme=setup.theme,
            base_dir=setup.loaded.folder.resolve(),
            allowed_roots=setup.roots,
            strict=strict,
            settings=settings,
            reference_docx=Path(setup.theme.docx.reference) if setup.theme.docx.reference else None,
        )
        return Job(setup, document, formats, tuple(deps), key)

    def dependencies(template_names: list[str]) -> tuple[list[Path], str]:
        # Taken before the templates are rendered (see ``build_project``).
        deps = setup.templates.dependencies([STYLESHEET, *template_names])
        return list(deps), document_key(common, deps)

    for doc_id in doc_ids:
        if doc_id == docs.pack.id:
            continue
        spec = docs.documents[doc_id]
        log.info("Templating %s / %s (%s)", setup.loaded.id, doc_id, spec.template)
        deps, key = dependencies([spec.template])
        jobs.append(job(spec, document(doc_id, spec.template, context(spec)), deps, key))
    if docs.pack.id in doc_ids:
        pack = docs.pack
        log.info("Templating %s / %s (%s)", setup.loaded.id, pack.id, pack.template)
        names = [pack.template, *(docs.documents[d].template for d in pack.documents)]
        deps, key = dependencies(names)
        parts = []
        for doc_id in pack.documents:
            spec = docs.documents[doc_id]
            html = document(pack.id, spec.template, context(spec, in_pack=True))
            parts.append(
                {
                    "id": spec.id,
                    "title": spec.title,
                    "description": spec.description,
                    "html": extract_article(html, spec.id, spec.template),
                }
            )
        ctx = context(pack)
        ctx.update(parts=parts, pack=pack)
        jobs.append(job(pack, document(pack.id, pack.template, ctx), deps, key))
    return jobs


def build_project(
    project: Project,
    options: BuildOptions,
    events: list[Path] | None = None,
    hooks: BuildHooks | None = None,
    setups: SetupCache | None = None,
) -> BuildResult:
    """Build the selected documents of the selected events (None: all of them).

    Events go through one at a time: read, checked, templated, rendered,
    then written with their manifest entry as one all-or-nothing change.
    At most two events are in the parent at once (one rendering while the
    next is templated), so its memory does not grow with the number of
    events; a failure leaves the events already written as they are.

    ``options.workers`` processes render the outputs, each under
    ``options.timeout`` seconds per output and an ``options.memory_mb``
    ceiling; ``workers=0`` renders in this process (watch mode keeps it
    warm), with the time limit only.

    ``options.eager`` (watch mode; renders in this process) gives up
    all-or-nothing across documents for latency: each output is written as
    soon as it renders, the changed documents before the pack, so the page
    the user is looking at updates first. Each file is still replaced whole,
    and a failure leaves the earlier outputs written and recorded.

    ``setups`` keeps each event's setup between builds while its inputs are
    unchanged (a watch's rebuilds; see setup_cache.py).
    """
    hooks = hooks or BuildHooks()
    folders = project.event_folders(events)
    check_output_folders(project, folders)
    _remove_stale_temporaries(project)
    result = BuildResult()
    commit = _Commit(project, result, hooks.on_written, options.strict)
    if options.eager:
        on_screen = hooks.on_screen() if hooks.on_screen else frozenset()
        shown_events = {event for event, _ in on_screen}
        # The event on screen first (sorted is stable: the others keep their order).
        folders = sorted(folders, key=lambda f: Path(f).resolve().name not in shown_events)
        work = (item for folder in folders if (item := _prepare(project, folder, options, result, setups)))
        _build_eagerly(work, options, commit, hooks)
        return result
    try:
        if options.scheduler:
            _build_on_cluster(project, folders, options, result, hooks, commit, setups)
        else:
            with _Renderer(options) as renderer:
                templated = _templated(project, folders, options, result, renderer.start, setups)
                _render_streaming(templated, options, renderer, hooks, commit)
    except BriefkitError as exc:
        if not result.written:
            raise
        raise BuildStopped(exc, sorted({p.parent.name for p in result.written})) from None
    return result


def _build_on_cluster(
    project: Project,
    folders: list[Path],
    options: BuildOptions,
    result: BuildResult,
    hooks: BuildHooks,
    commit: _Commit,
    setups: SetupCache | None = None,
) -> None:
    """Each event a task on the Dask cluster at ``options.scheduler`` (see cluster.py)."""
    from .cluster import connect, render_on_cluster

    def prepared() -> Iterator[tuple[Path, EventWork]]:
        for folder in folders:
            try:
                item = _prepare(project, folder, options, result, setups)
            except BriefkitError as exc:
                _failed(options, result, Path(folder).resolve().name, exc)
                continue
            if item is not None:
                yield folder, item

    def finished(item: EventWork, outputs) -> None:
        setup = item.setup
        documents = {}
        for o in outputs:
            if o.document not in documents:
                documents[o.document] = Job(
                    setup,
                    RenderedDocument(
                        id=o.document,
                        title="",
                        html="",
                        template="",
                        theme=setup.theme,
                        base_dir=setup.loaded.folder,
                        settings=options.settings,
                    ),
                    options.formats,
                    tuple(Path(t) for t in o.templates),
                    o.key,
                )
        try:
            commit([RenderedOutput(documents[o.document], o.fmt, o.data) for o in outputs])
        except BriefkitError as exc:
            _failed(options, result, setup.loaded.id, exc)

    def failed(event: str, exc: BriefkitError) -> None:
        _failed(options, result, event, exc)

    assert options.scheduler is not None
    client = connect(options.scheduler)
    try:
        render_on_cluster(client, prepared(), project, options, finished=finished, failed=failed, hooks=hooks)
    finally:
        client.close()


def _remove_stale_temporaries(project: Project) -> None:
    for path in remove_stale_temporaries(project.build_dir):
        log.info("Removed %s, left by a build that was killed", path)


def _prepare(
    project: Project,
    folder: Path,
    options: BuildOptions,
    result: BuildResult,
    setups: SetupCache | None = None,
) -> EventWork | None:
    """Read and check one event (or take it from ``setups``); what of it is out of date (None: nothing)."""
    # The manifest key is taken before anything is read: a file saved while
    # the build runs then makes the next build rebuild, never skip.
    common = common_key(project, folder, options)
    if setups is None:
        setup = setup_event(project, folder, options.overrides)
    else:
        setup = setups.setup(
            project, folder, options.overrides, common, lambda: common_key(project, folder, options)
        )
    warn_theme(setup, options.strict)
    warn_draft(setup, options.strict)
    for doc_id, names in setup.without_content.items():
        if not options.wanted:
            result.left_out.append((setup.loaded.id, doc_id, f"the event's {' and '.join(names)} is empty"))
    check_slug(setup.loaded.id, "Event folder name")
    selected = select_documents(setup, options.wanted)
    stale = (
        dict.fromkeys(selected, options.formats)
        if options.force
        else stale_documents(project, folder, selected, options, common)
    )
    result.skipped += [(setup.loaded.id, d) for d in selected if d not in stale]
    return EventWork(setup, stale, common) if stale else None


def _template(item: EventWork, options: BuildOptions) -> list[Job]:
    jobs = render_event(
        item.setup,
        list(item.stale),
        options.formats,
        options.strict,
        options.settings,
        options.timeout,
        item.common,
        options.memory_mb,
    )
    return only_stale_formats(jobs, item.stale)


def only_stale_formats(jobs: list[Job], stale: dict[str, tuple[str, ...]]) -> list[Job]:
    """Each job rendered only in the formats whose output is out of date."""
    from dataclasses import replace

    return [replace(job, formats=stale[job.document.id]) for job in jobs]


#: The largest PDF read back from build/ for its page numbers.
_MAX_PDF_BYTES = 256 * 1024 * 1024


def _with_built_pdf_pages(project: Project, job: Job) -> Job:
    """A DOCX built without its PDF (``-f docx``) takes its contents' page numbers from the
    PDF already in build/, when that PDF was made from the same inputs: its manifest entry has
    this document's key and the file is the one recorded."""
    from dataclasses import replace

    from ..config.confine import is_inside, read_limited
    from .incremental import MAX_OUTPUT_HASHED_BYTES, file_hash

    document = job.document
    if "docx" not in job.formats or "pdf" in job.formats or not waits_for_pdf(document, "docx", ("pdf",)):
        return job
    # The ordinary PDF, never a print one: the DOCX is the same whatever the print options.
    ordinary = document.settings.for_every_format()
    path = output_path(project.build_dir, job.setup.loaded.id, document.id, "pdf", ordinary)
    entry = Manifest.read(path.parent).documents.get(output_stem(document.id, "pdf", ordinary), {})
    recorded = entry.get("outputs", {}).get("pdf")
    if entry.get("key") != job.key or not recorded or not is_inside(path, path.parent):
        return job
    if file_hash(path, MAX_OUTPUT_HASHED_BYTES) != recorded:
        return job
    try:
        pdf = read_limited(path, _MAX_PDF_BYTES, OSError)
    except OSError:
        return job
    return replace(job, document=with_pdf_pages(document, pdf))


def _templated(
    project: Project,
    folders: list[Path],
    options: BuildOptions,
    result: BuildResult,
    before_templating: Callable[[EventSetup], None] = lambda setup: None,
    setups: SetupCache | None = None,
) -> Iterator[tuple[str, list[RenderTask]]]:
    """Each event with something to build, read and templated: its id and its outputs to render.

    ``before_templating`` runs before each event is templated (the workers
    start then). With ``keep_going``, an event that fails here is recorded and skipped.
    """
    for folder in folders:
        try:
            item = _prepare(project, folder, options, result, setups)
            if item is None:
                continue
            before_templating(item.setup)
            jobs = [_with_built_pdf_pages(project, job) for job in _template(item, options)]
            tasks = [RenderTask(job, fmt) for job in jobs for fmt in job.formats]
        except BriefkitError as exc:
            _failed(options, result, Path(folder).resolve().name, exc)
            continue
        # Longest first, so that a big pack does not start last on an idle pool; a document's
        # PDF before its DOCX, which may wait for the PDF's page numbers.
        tasks.sort(key=lambda t: (t.fmt == "html", -len(t.job.document.html), t.fmt == "docx"))
        yield item.setup.loaded.id, tasks


def _failed(options: BuildOptions, result: BuildResult, event: str, exc: BriefkitError) -> None:
    """Record an event that failed (``keep_going``), or stop the build with its error."""
    if not options.keep_going:
        raise exc
    log.info("%s failed: %s", event, exc.format_message())
    result.failed.append(EventFailure(event, exc))


class _PendingEvent(NamedTuple):
    """An event whose outputs are rendering."""

    event: str
    tasks: list[RenderTask]
    #: One per task, when rendering in workers (None: a DOCX waiting for its PDF).
    futures: list[Future | None]
    #: The task index of each DOCX that takes its page numbers from its PDF, by ``id(job)``.
    waiting: dict[int, int]


class _Renderer:
    """Where outputs render: a pool of workers (replaced if one dies and the build
    goes on, see ``keep_going``), or this process."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self.pool: Workers | None = None
        self.started = False

    def start(self, setup: EventSetup | None = None) -> None:
        """Start the workers (once), before the first event with work is templated:
        they import the writers' libraries meanwhile, and make the DOCX styles of
        *setup*'s theme. Forked after this process's own imports, which they then share."""
        if self.started:
            return
        self.started = True
        theme = setup.theme if setup and not setup.theme.docx.reference else None
        self.pool = start_workers(self.options.workers, self.options.memory_mb, self.options.formats, theme)

    def submit(self, tasks: list[RenderTask], waiting: dict[int, int]) -> list[Future | None]:
        """Hand ``tasks`` to the workers, but those ``waiting`` for their PDF (see ``pdf_done``)."""
        self.start()
        if not self.pool:
            return []
        waits = set(waiting.values())
        return [None if i in waits else self._submit(fmt, job.document) for i, (job, fmt) in enumerate(tasks)]

    def _submit(self, fmt: str, document: RenderedDocument) -> Future:
        assert self.pool is not None
        try:
            return self.pool.submit(fmt, document, self.options.timeout)
        except BrokenProcessPool as exc:  # a worker died meanwhile: told when the result is asked for
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def pdf_done(self, event: _PendingEvent, job: Job, pdf: bytes, pdf_of: dict[int, bytes]) -> None:
        """A PDF has rendered: the DOCX waiting for its page numbers can start."""
        if id(job) not in event.waiting:
            return
        if event.futures:
            event.futures[event.waiting[id(job)]] = self._submit("docx", with_pdf_pages(job.document, pdf))
        else:
            pdf_of[id(job)] = pdf

    def result(self, event: _PendingEvent, i: int, pdf_of: dict[int, bytes]) -> bytes:
        job, fmt = event.tasks[i]
        if not event.futures:
            document = job.document
            if event.waiting.get(id(job)) == i:
                document = with_pdf_pages(document, pdf_of.pop(id(job)))
            return write(fmt, document, self.options.timeout)
        future = event.futures[i]
        assert future is not None, "a DOCX waiting for its PDF is submitted once the PDF is done"
        try:
            return future.result()
        except BrokenProcessPool:
            raise WorkerLost(
                f"The worker rendering '{job.document.id}' as {fmt.upper()} stopped: most "
                f"likely it ran out of memory under --memory-limit ({self.options.memory_mb} MB). Look for a "
                "very long table or list, or raise the limit."
            ) from None

    def restart(self) -> None:
        """A fresh pool at the next ``submit``, after a worker died (the old one is broken for good)."""
        if self.pool:
            self.pool.close(abandon=True)
        self.started = False

    def harfbuzz_used(self) -> bool | None:
        """Asked of a worker (the build's process has not imported WeasyPrint) once the outputs are in."""
        if not self.pool or self.pool.closed:
            return subsets_fonts_with_harfbuzz()
        try:
            return self.pool.ask(subsets_fonts_with_harfbuzz).result()
        except (BrokenProcessPool, RuntimeError):  # RuntimeError: the pool was shut down
            return None

    def __enter__(self) -> _Renderer:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.pool:
            self.pool.__exit__(exc_type, exc, tb)


class WorkerLost(BuildError):
    """A rendering worker died (most likely killed at its memory ceiling)."""


def _render_streaming(
    work: Iterator[tuple[str, list[RenderTask]]],
    options: BuildOptions,
    renderer: _Renderer,
    hooks: BuildHooks,
    commit: _Commit,
) -> None:
    """Hand each event's outputs to the workers, and write the event as soon as
    it has rendered, while the workers go on with the next one."""
    pending: collections.deque[_PendingEvent] = collections.deque()
    counts = [0, 0]  # outputs rendered, outputs known
    outputs_of: collections.Counter[str] = collections.Counter()  # by event/document

    def finish(event: _PendingEvent) -> None:
        base, retried, restarted = counts[0], False, False
        while True:
            counts[0] = base
            try:
                outputs = []
                pdf_of: dict[int, bytes] = {}
                for i, (job, fmt) in enumerate(event.tasks):
                    log.info("Writing %s / %s.%s", event.event, job.document.id, fmt)
                    if hooks.on_progress:
                        label = f"{event.event}/{job.document.id}.{fmt}"
                        hooks.on_progress(Progress(counts[0], counts[1], label, outputs_of))
                    data = renderer.result(event, i, pdf_of)
                    outputs.append(RenderedOutput(job, fmt, data))
                    if fmt == "pdf":
                        renderer.pdf_done(event, job, data, pdf_of)
                    counts[0] += 1
                commit(outputs)
                break
            except WorkerLost as exc:
                # The pool is broken for good, and every event in it with it: which
                # one killed the worker is unknown. Going on, this event is tried
                # again alone in a fresh pool: if a worker dies again, it is this one's.
                renderer.restart()
                restarted = True
                if options.keep_going and not retried:
                    retried = True
                    event.futures[:] = renderer.submit(event.tasks, event.waiting)
                    continue
                _failed(options, commit.result, event.event, exc)
                break
            except BriefkitError as exc:
                for future in event.futures:
                    if future:
                        future.cancel()
                _failed(options, commit.result, event.event, exc)
                break
        counts[0] = base + len(event.tasks)
        if restarted:  # the others' futures died with the old pool
            for other in pending:
                other.futures[:] = renderer.submit(other.tasks, other.waiting)

    while True:
        try:
            item = next(work, None)
        except BriefkitError:
            # The build stops at this event; the ones already rendering finish and are kept.
            while pending:
                finish(pending.popleft())
            raise
        if item is None:
            break
        event, tasks = item
        counts[1] += len(tasks)
        outputs_of.update(f"{event}/{task.job.document.id}" for task in tasks)
        waiting = {
            id(job): i for i, (job, fmt) in enumerate(tasks) if waits_for_pdf(job.document, fmt, job.formats)
        }
        # The workers start on this event while the next one is templated.
        pending.append(_PendingEvent(event, tasks, renderer.submit(tasks, waiting), waiting))
        if len(pending) > 1:
            finish(pending.popleft())
    while pending:
        finish(pending.popleft())
    if hooks.on_progress and counts[1]:
        hooks.on_progress(Progress(counts[1], counts[1], "", outputs_of))
    if "pdf" in options.formats and counts[1]:
        note_font_subsetting(renderer.harfbuzz_used())


#: The order eager builds write in: the cheap preview, then what the user reads.
EAGER_ORDER = ("html", "pdf", "docx")


def eager_order(jobs: list[Job], on_screen: frozenset[tuple[str, str]]) -> list[RenderTask]:
    """The outputs of one batch in the order an eager build writes them.

    Every HTML, then every PDF, then every DOCX (a DOCX may take its page
    numbers from its PDF), except that the documents on screen have their
    HTML and PDF written before anything else: the page looked at updates
    first, whatever else the change affects.
    """
    tasks = [RenderTask(job, fmt) for fmt in EAGER_ORDER for job in jobs if fmt in job.formats]

    def shown(task: RenderTask) -> bool:
        return task.fmt != "docx" and (task.job.setup.loaded.id, task.job.document.id) in on_screen

    return sorted(tasks, key=lambda task: not shown(task))  # stable: the rest keep their order


def _build_eagerly(
    work: Iterable[EventWork], options: BuildOptions, commit: _Commit, hooks: BuildHooks
) -> None:
    """In this process, write each output as soon as it renders: documents first, pack last,
    and the documents on screen (``hooks.on_screen``) before the others."""
    wrote_pdf = False
    for item in work:
        event = item.setup.loaded.id
        on_screen = hooks.on_screen() if hooks.on_screen else frozenset()
        pack = item.setup.documents.pack.id
        batches = [
            {d: f for d, f in item.stale.items() if d != pack},
            {d: f for d, f in item.stale.items() if d == pack},
        ]
        # The pack first only when it is on screen and nothing else of the event is.
        batches.sort(key=lambda batch: not any((event, d) in on_screen for d in batch))
        for batch in batches:
            if not batch:
                continue
            batch_jobs = [
                _with_built_pdf_pages(commit.project, job)
                for job in _template(item._replace(stale=batch), options)
            ]
            pdf_of: dict[int, bytes] = {}
            for job, fmt in eager_order(batch_jobs, on_screen):
                log.info("Writing %s / %s.%s", event, job.document.id, fmt)
                document = job.document
                if waits_for_pdf(document, fmt, job.formats):
                    document = with_pdf_pages(document, pdf_of.pop(id(job)))
                data = write(fmt, document, options.timeout)
                if fmt == "pdf":
                    if "docx" in job.formats and waits_for_pdf(document, "docx", job.formats):
                        pdf_of[id(job)] = data
                    if hooks.on_pdf:
                        hooks.on_pdf(event, job.document.id, data)
                commit([RenderedOutput(job, fmt, data)])
                wrote_pdf = wrote_pdf or fmt == "pdf"
    if wrote_pdf:
        note_font_subsetting(subsets_fonts_with_harfbuzz())


@functools.cache
def note_font_subsetting(harfbuzz: bool | None) -> None:
    """Say once (with -v) when PDF fonts are subset the slow way, and what to install."""
    if harfbuzz is False:
        log.info(
            "PDF fonts were subset with fontTools, which is slower: install libharfbuzz-subset, "
            "HarfBuzz 4.1 or later (Debian, Ubuntu: apt-get install libharfbuzz-subset0)."
        )


class _Commit:
    """Write the rendered outputs of one event into build/, with their manifest
    entries, as one all-or-nothing change."""

    def __init__(
        self,
        project: Project,
        result: BuildResult,
        on_written: Callable[[Path], None] | None,
        strict: bool = False,
    ) -> None:
        self.project, self.result, self.on_written, self.strict = project, result, on_written, strict

    def __call__(self, outputs: list[RenderedOutput]) -> None:
        outputs = sorted(outputs, key=lambda o: (o.job.document.id, FORMATS.index(o.fmt)))
        event_ids = {o.job.setup.loaded.id for o in outputs}
        assert len(event_ids) == 1, f"one commit, one event: {event_ids}"
        budgets.report(
            [
                over
                for o in outputs
                if o.fmt == "pdf"
                and (
                    over := budgets.over_budget(
                        o.job.setup.loaded.id,
                        o.job.document.id,
                        o.data,
                        o.job.setup.documents,
                        o.job.document.theme,
                    )
                )
            ],
            self.strict,
        )
        paths = [
            output_path(
                self.project.build_dir,
                o.job.setup.loaded.id,
                o.job.document.id,
                o.fmt,
                o.job.document.settings,
            )
            for o in outputs
        ]
        manifest = Manifest.read(paths[0].parent)
        for o in outputs:
            # Kept by output name, so a print build does not make the ordinary one stale.
            manifest.record(
                output_stem(o.job.document.id, o.fmt, o.job.document.settings),
                o.job.key,
                list(o.job.templates),
                {o.fmt: data_hash(o.data)},
            )
        write_all(
            [*((path, o.data) for path, o in zip(paths, outputs)), (manifest.path, manifest.to_bytes())]
        )
        self.result.written += paths
        if self.on_written:
            for path in paths:
                self.on_written(path)
