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
import contextlib
import functools
import itertools
import logging
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from lxml import html as lxml_html

from ..render.context import make_context
from ..config.documents import DocumentSpec
from ..errors import BuildError, ConfigError, ContentError
from .limits import memory_ceiling, time_limit
from ..config.event_setup import EventSetup, setup_event
from .incremental import Manifest, common_key, data_hash, document_key, stale_documents
from .options import BuildHooks, BuildOptions, Progress
from . import budgets
from .output import (
    check_output_folders, check_slug, output_path, output_stem, remove_stale_temporaries, write_all,
)
from .result import BuildResult
from ..config.project import Project
from ..render.templates import extract_article
from ..config.theme_check import check_theme
from ..render.vocabulary import check_vocabulary
from ..writers import FORMATS, OutputSettings, RenderedDocument, waits_for_pdf, with_pdf_pages
from .workers import Workers, write
from .workers import start as start_workers
from ..writers.pdf import subsets_fonts_with_harfbuzz

log = logging.getLogger(__name__)

STYLESHEET = "css/theme.css.j2"


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
    #: The ids of its documents whose outputs are out of date.
    stale: list[str]
    #: The event's manifest key (see ``incremental.common_key``).
    common: str


def select_documents(setup: EventSetup, wanted: list[str] | None) -> list[str]:
    known = setup.documents.all_ids
    if not wanted:
        return known
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
    problems = check_theme(setup.theme)
    if problems and strict:
        raise ConfigError(f"The theme of '{setup.loaded.id}' does not print legibly (--strict):\n  "
                          + "\n  ".join(problems))
    for problem in problems:
        log.warning("%s: %s", setup.loaded.id, problem)


def warn_draft(setup: EventSetup, strict: bool) -> None:
    """A draft builds with every page marked DRAFT; --strict refuses it (content/drafts.py)."""
    to_check = setup.loaded.to_check
    if not to_check:
        return
    if strict:
        raise ContentError(
            f"'{setup.loaded.id}' is a draft: {len(to_check)} value(s) still say TO CHECK (--strict builds "
            "only finished events). Give each value and delete the words TO CHECK:", list(to_check))
    log.warning("%s: a draft, %d value(s) still TO CHECK ('briefkit validate' lists them): every page is "
                "marked DRAFT", setup.loaded.id, len(to_check))


def render_stylesheet(
    setup: EventSetup, settings: OutputSettings, timeout: float | None = None, memory_mb: int | None = None,
) -> str:
    ctx = {"theme": setup.theme, "labels": setup.labels, "output": settings,
           "logo": setup.theme.marking.logo}
    return templated(setup, STYLESHEET, ctx, f"Templating the stylesheet of '{setup.loaded.id}'",
                     timeout, memory_mb)


def templated(setup: EventSetup, name: str, ctx, what: str, timeout: float | None,
              memory_mb: int | None) -> str:
    """Render one template under the time limit and a memory ceiling: every
    template briefkit renders comes through here, the stylesheet too (a loop in
    an event's theme.css.j2 would otherwise hang a build, and --watch with it)."""
    with time_limit(timeout, f"{what} ({name})"), memory_ceiling(memory_mb, f"{what} ({name})"):
        return setup.templates.render(name, ctx)


def render_event(
    setup: EventSetup, doc_ids: list[str], formats: tuple[str, ...], strict: bool,
    settings: OutputSettings = OutputSettings(), timeout: float | None = None, common: str = "",
    memory_mb: int | None = None,
) -> list[Job]:
    """Template the selected documents of one event into HTML, each under the time limit.

    ``common`` is the event's key for the manifest (see ``incremental``).
    """
    docs = setup.documents
    stylesheet = render_stylesheet(setup, settings, timeout, memory_mb)

    def document(doc_id: str, name: str, ctx) -> str:
        return templated(setup, name, ctx, f"Templating '{doc_id}'", timeout, memory_mb)
    jobs = []

    def context(spec, in_pack=False):
        return make_context(setup.loaded, spec, setup.theme, setup.labels, docs,
                            stylesheet=stylesheet, in_pack=in_pack)

    def job(spec, html: str, deps: list[Path], key: str) -> Job:
        check_vocabulary(lxml_html.document_fromstring(html), spec.template, strict=strict)
        document = RenderedDocument(
            id=spec.id, title=spec.title, html=html, template=spec.template,
            theme=setup.theme, base_dir=setup.loaded.folder.resolve(),
            allowed_roots=setup.roots, strict=strict, settings=settings,
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
            spec: DocumentSpec = docs.documents[doc_id]
            html = document(pack.id, spec.template, context(spec, in_pack=True))
            parts.append({"id": spec.id, "title": spec.title, "description": spec.description,
                          "html": extract_article(html, spec.id)})
        ctx = context(pack)
        ctx.update(parts=parts, pack=pack)
        jobs.append(job(pack, document(pack.id, pack.template, ctx), deps, key))
    return jobs


def build_project(
    project: Project, options: BuildOptions, events: list[Path] | None = None, hooks: BuildHooks | None = None,
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
    """
    hooks = hooks or BuildHooks()
    folders = project.event_folders(events)
    check_output_folders(project, folders)
    _remove_stale_temporaries(project)
    result = BuildResult()
    commit = _Commit(project, result, hooks.on_written, options.strict)
    work = (item for folder in folders if (item := _prepare(project, folder, options, result)))
    if options.eager:
        _build_eagerly(work, options, commit)
        return result
    first = next(work, None)
    if first is None:
        return result
    # Started before templating, which they overlap with their imports;
    # forked after this process's own imports, which they then share.
    with start_workers(options.workers, options.memory_mb, options.formats) or contextlib.nullcontext() as pool:
        _render_streaming(itertools.chain([first], work), options, pool, hooks, commit)
    return result


def _remove_stale_temporaries(project: Project) -> None:
    for path in remove_stale_temporaries(project.build_dir):
        log.info("Removed %s, left by a build that was killed", path)


def _prepare(project: Project, folder: Path, options: BuildOptions, result: BuildResult) -> EventWork | None:
    """Read and check one event; what of it is out of date (None: nothing)."""
    # The manifest key is taken before anything is read: a file saved while
    # the build runs then makes the next build rebuild, never skip.
    common = common_key(project, folder, options)
    setup = setup_event(project, folder, options.overrides)
    warn_theme(setup, options.strict)
    warn_draft(setup, options.strict)
    check_slug(setup.loaded.id, "Event folder name")
    selected = select_documents(setup, options.wanted)
    stale = selected if options.force else stale_documents(project, folder, selected, options, common)
    result.skipped += [(setup.loaded.id, d) for d in selected if d not in stale]
    return EventWork(setup, stale, common) if stale else None


def _template(item: EventWork, options: BuildOptions) -> list[Job]:
    return render_event(item.setup, item.stale, options.formats, options.strict, options.settings,
                        options.timeout, item.common, options.memory_mb)


class _PendingEvent(NamedTuple):
    """An event whose outputs are rendering."""

    tasks: list[RenderTask]
    #: One per task, when rendering in workers (None: a DOCX waiting for its PDF).
    futures: list[Future | None]
    #: The task index of each DOCX that takes its page numbers from its PDF, by ``id(job)``.
    waiting: dict[int, int]


def _render_streaming(
    work: Iterator[EventWork], options: BuildOptions, pool: Workers | None, hooks: BuildHooks, commit: _Commit,
) -> None:
    """Template each event, hand its outputs to the workers, and write it as soon as
    it has rendered, while the workers go on with the next one."""
    harfbuzz = pool.ask(subsets_fonts_with_harfbuzz) if pool and "pdf" in options.formats else None
    pending: collections.deque[_PendingEvent] = collections.deque()
    counts = [0, 0]  # outputs rendered, outputs known

    def finish(event: _PendingEvent) -> None:
        outputs = []
        pdf_of: dict[int, bytes] = {}
        for i, (job, fmt) in enumerate(event.tasks):
            log.info("Writing %s / %s.%s", job.setup.loaded.id, job.document.id, fmt)
            if hooks.on_progress:
                hooks.on_progress(Progress(counts[0], counts[1], f"{job.setup.loaded.id}/{job.document.id}.{fmt}"))
            data = _result(event, i, options, pdf_of)
            outputs.append(RenderedOutput(job, fmt, data))
            if fmt == "pdf" and id(job) in event.waiting:
                if pool:  # its DOCX starts now, with the PDF's page numbers
                    event.futures[event.waiting[id(job)]] = pool.submit(
                        "docx", with_pdf_pages(job.document, data), options.timeout)
                else:
                    pdf_of[id(job)] = data
            counts[0] += 1
        commit(outputs)

    for item in work:
        tasks = [RenderTask(job, fmt) for job in _template(item, options) for fmt in job.formats]
        # Longest first, so that a big pack does not start last on an idle pool; a document's
        # PDF before its DOCX, which may wait for the PDF's page numbers.
        tasks.sort(key=lambda t: (t.fmt == "html", -len(t.job.document.html), t.fmt == "docx"))
        counts[1] += len(tasks)
        waiting = {id(job): i for i, (job, fmt) in enumerate(tasks) if waits_for_pdf(job.document, fmt, job.formats)}
        # The workers start on this event while the next one is templated.
        futures: list[Future | None] = [
            None if i in waiting.values() else pool.submit(fmt, job.document, options.timeout)
            for i, (job, fmt) in enumerate(tasks)
        ] if pool else []
        pending.append(_PendingEvent(tasks, futures, waiting))
        if len(pending) > 1:
            finish(pending.popleft())
    while pending:
        finish(pending.popleft())
    if hooks.on_progress and counts[1]:
        hooks.on_progress(Progress(counts[1], counts[1], ""))
    if "pdf" in options.formats:
        note_font_subsetting(harfbuzz.result() if harfbuzz else subsets_fonts_with_harfbuzz())


def _result(event: _PendingEvent, i: int, options: BuildOptions, pdf_of: dict[int, bytes]) -> bytes:
    job, fmt = event.tasks[i]
    if not event.futures:
        document = job.document
        if event.waiting.get(id(job)) == i:
            document = with_pdf_pages(document, pdf_of.pop(id(job)))
        return write(fmt, document, options.timeout)
    future = event.futures[i]
    assert future is not None, "a DOCX waiting for its PDF is submitted once the PDF is done"
    try:
        return future.result()
    except BrokenProcessPool:
        raise BuildError(
            f"The worker rendering '{job.document.id}' as {fmt.upper()} stopped: most "
            f"likely it ran out of memory under --memory-limit ({options.memory_mb} MB). Look for a "
            "very long table or list, or raise the limit."
        ) from None


#: The order eager builds write in: the cheap preview, then what the user reads.
EAGER_ORDER = ("html", "pdf", "docx")


def _build_eagerly(work: Iterable[EventWork], options: BuildOptions, commit: _Commit) -> None:
    """In this process, write each output as soon as it renders: documents first, pack last."""
    order = sorted(options.formats, key=EAGER_ORDER.index)
    wrote_pdf = False
    for item in work:
        pack = item.setup.documents.pack.id
        for batch in ([d for d in item.stale if d != pack], [d for d in item.stale if d == pack]):
            if not batch:
                continue
            batch_jobs = _template(item._replace(stale=batch), options)
            pdf_of: dict[int, bytes] = {}
            for fmt in order:  # the PDF comes before the DOCX, which may take its page numbers
                for job in batch_jobs:
                    log.info("Writing %s / %s.%s", item.setup.loaded.id, job.document.id, fmt)
                    document = job.document
                    if waits_for_pdf(document, fmt, job.formats):
                        document = with_pdf_pages(document, pdf_of.pop(id(job)))
                    data = write(fmt, document, options.timeout)
                    if fmt == "pdf" and "docx" in job.formats and waits_for_pdf(document, "docx", job.formats):
                        pdf_of[id(job)] = data
                    commit([RenderedOutput(job, fmt, data)])
                    wrote_pdf = wrote_pdf or fmt == "pdf"
    if wrote_pdf:
        note_font_subsetting(subsets_fonts_with_harfbuzz())


@functools.cache
def note_font_subsetting(harfbuzz: bool | None) -> None:
    """Say once (with -v) when PDF fonts are subset the slow way, and what to install."""
    if harfbuzz is False:
        log.info("PDF fonts were subset with fontTools, which is slower: install libharfbuzz-subset, "
                 "HarfBuzz 4.1 or later (Debian, Ubuntu: apt-get install libharfbuzz-subset0).")


class _Commit:
    """Write the rendered outputs of one event into build/, with their manifest
    entries, as one all-or-nothing change."""

    def __init__(self, project: Project, result: BuildResult, on_written: Callable[[Path], None] | None,
                 strict: bool = False) -> None:
        self.project, self.result, self.on_written, self.strict = project, result, on_written, strict

    def __call__(self, outputs: list[RenderedOutput]) -> None:
        outputs = sorted(outputs, key=lambda o: (o.job.document.id, FORMATS.index(o.fmt)))
        event_ids = {o.job.setup.loaded.id for o in outputs}
        assert len(event_ids) == 1, f"one commit, one event: {event_ids}"
        budgets.report([over for o in outputs if o.fmt == "pdf" and (over := budgets.over_budget(
            o.job.setup.loaded.id, o.job.document.id, o.data, o.job.setup.documents))], self.strict)
        paths = [output_path(self.project.build_dir, o.job.setup.loaded.id, o.job.document.id, o.fmt,
                             o.job.document.settings) for o in outputs]
        manifest = Manifest.read(paths[0].parent)
        for o in outputs:
            # Kept by output name, so a print build does not make the ordinary one stale.
            manifest.record(output_stem(o.job.document.id, o.fmt, o.job.document.settings), o.job.key,
                            list(o.job.templates), {o.fmt: data_hash(o.data)})
        write_all([*((path, o.data) for path, o in zip(paths, outputs)), (manifest.path, manifest.to_bytes())])
        self.result.written += paths
        if self.on_written:
            for path in paths:
                self.on_written(path)
