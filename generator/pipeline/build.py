"""The build: read and check everything, render every document, then write.

Nothing is written until every selected document of every selected event has
rendered in every format, so a mistake anywhere leaves build/ as it was
(watch mode trades this for latency: see ``build_project``'s ``eager``).
Documents whose inputs have not changed since the last build are skipped
(see incremental.py); writers run in worker processes when ``jobs`` > 1.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from lxml import html as lxml_html

from ..render.context import make_context
from ..config.documents import DocumentSpec
from ..errors import BuildError, ConfigError
from .limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, time_limit
from ..config.event_setup import EventSetup, setup_event
from .incremental import Manifest, Options, common_key, document_key, file_hash, stale_documents
from .output import check_output_folders, check_slug, output_path, write_all
from ..config.project import Project
from ..render.templates import extract_article
from ..config.theme_check import check_theme
from ..render.vocabulary import check_vocabulary
from ..writers import FORMATS, WRITERS, OutputSettings, RenderedDocument
from .workers import Workers, write
from .workers import start as start_workers
from ..writers.pdf import subsets_fonts_with_harfbuzz

log = logging.getLogger(__name__)

STYLESHEET = "css/theme.css.j2"


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    #: (event id, document id) pairs that were current and left alone.
    skipped: list[tuple[str, str]] = field(default_factory=list)


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


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(formats)) or FORMATS
    unknown = [f for f in chosen if f not in WRITERS]
    if unknown:
        raise ConfigError(
            f"Unknown format '{unknown[0]}'. Expected one of: {', '.join(FORMATS)}."
        )
    return chosen


def select_documents(setup: EventSetup, wanted: list[str] | None) -> list[str]:
    known = setup.documents.all_ids
    if not wanted:
        return known
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


def render_stylesheet(setup: EventSetup, settings: OutputSettings) -> str:
    ctx = {"theme": setup.theme, "labels": setup.labels, "output": settings,
           "logo": setup.theme.marking.logo}
    return setup.templates.render(STYLESHEET, ctx)  # type: ignore[arg-type]


def render_event(
    setup: EventSetup, doc_ids: list[str], formats: tuple[str, ...], strict: bool,
    settings: OutputSettings = OutputSettings(), timeout: float | None = None, common: str = "",
) -> list[Job]:
    """Template the selected documents of one event into HTML, each under the time limit.

    ``common`` is the event's key for the manifest (see ``incremental``).
    """
    docs = setup.documents
    stylesheet = render_stylesheet(setup, settings)

    def templated(doc_id: str, name: str, ctx) -> str:
        with time_limit(timeout, f"Templating '{doc_id}' ({name})"):
            return setup.templates.render(name, ctx)
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
        jobs.append(job(spec, templated(doc_id, spec.template, context(spec)), deps, key))
    if docs.pack.id in doc_ids:
        pack = docs.pack
        log.info("Templating %s / %s (%s)", setup.loaded.id, pack.id, pack.template)
        names = [pack.template, *(docs.documents[d].template for d in pack.documents)]
        deps, key = dependencies(names)
        parts = []
        for doc_id in pack.documents:
            spec: DocumentSpec = docs.documents[doc_id]
            html = templated(pack.id, spec.template, context(spec, in_pack=True))
            parts.append({"id": spec.id, "title": spec.title, "description": spec.description,
                          "html": extract_article(html, spec.id)})
        ctx = context(pack)
        ctx.update(parts=parts, pack=pack)
        jobs.append(job(pack, templated(pack.id, pack.template, ctx), deps, key))
    return jobs


def build_project(
    project: Project,
    events: list[Path] | None = None,
    *,
    formats: Iterable[str] = (),
    documents: list[str] | None = None,
    strict: bool = False,
    force: bool = False,
    jobs: int = 1,
    settings: OutputSettings = OutputSettings(),
    overrides: dict | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_mb: int | None = DEFAULT_MEMORY_MB,
    progress: Callable[[Iterable], Iterable] | None = None,
    eager: bool = False,
    on_written: Callable[[Path], None] | None = None,
) -> BuildResult:
    """Build the selected documents of the selected events.

    ``jobs`` worker processes render the outputs, each under ``timeout``
    seconds per output and a ``memory_mb`` ceiling; ``jobs=0`` renders in
    this process (watch mode keeps it warm), with the time limit only.

    ``eager`` (watch mode; implies ``jobs=0``) gives up all-or-nothing across
    documents for latency: each output is written as soon as it renders, the
    changed documents before the pack, so the page the user is looking at
    updates first. Each file is still replaced whole, and a failure leaves
    the earlier outputs written and recorded.
    """
    chosen_formats = check_formats(formats)
    options = Options(chosen_formats, project.theme, strict, settings.token(), overrides or {})
    folders = project.event_folders(events)
    check_output_folders(project, folders)
    result = BuildResult()
    # The manifest's keys are taken before anything is read: a file saved
    # while the build runs then makes the next build rebuild, never skip.
    commons = {folder: common_key(project, folder, options) for folder in folders}
    # Stage 1: read and validate everything.
    setups = [setup_event(project, folder, overrides) for folder in folders]
    for setup in setups:
        warn_theme(setup, strict)
    # Stage 2: decide what is out of date.
    work: list[tuple[EventSetup, list[str], str]] = []
    for folder, setup in zip(folders, setups):
        check_slug(setup.loaded.id, "Event folder name")
        selected = select_documents(setup, documents)
        stale = selected if force else stale_documents(project, folder, selected, options, commons[folder])
        result.skipped += [(setup.loaded.id, d) for d in selected if d not in stale]
        if stale:
            work.append((setup, stale, commons[folder]))
    commit = _Commit(project, result, on_written)

    def template(setup: EventSetup, doc_ids: list[str], common: str) -> list[Job]:
        return render_event(setup, doc_ids, chosen_formats, strict, settings, timeout, common)
    if eager:
        _build_eagerly(work, template, chosen_formats, timeout, commit)
    elif work:
        # Started before templating, which they overlap with their imports;
        # forked after this process's own imports, which they then share.
        with start_workers(jobs, memory_mb, chosen_formats) or contextlib.nullcontext() as pool:
            outputs = _render_all(work, template, chosen_formats, timeout, pool, memory_mb, progress)
        commit(outputs)
    return result


Template = Callable[[EventSetup, list[str], str], list[Job]]


def _render_all(
    work, template: Template, formats, timeout, pool: Workers | None, memory_mb, progress,
) -> list[tuple[Job, str, bytes]]:
    """Template every stale document, then run its writers (in ``pool``, if
    any), keeping the bytes in memory."""
    tasks: list[tuple[Job, str]] = []
    futures: list[Future] = []
    for setup, stale, common in work:
        event_tasks = [(job, fmt) for job in template(setup, stale, common) for fmt in job.formats]
        # Longest first, so that a big pack does not start last on an idle pool.
        event_tasks.sort(key=lambda t: (t[1] == "html", -len(t[0].document.html)))
        tasks += event_tasks
        if pool:  # the workers start on this event while the next one is templated
            futures += [pool.submit(fmt, job.document, timeout) for job, fmt in event_tasks]
    if "pdf" in formats:  # asked of a worker, which has WeasyPrint imported already
        harfbuzz = pool.ask(subsets_fonts_with_harfbuzz) if pool else None
    outputs: list[tuple[Job, str, bytes]] = []
    for i, (job, fmt) in enumerate(progress(tasks) if progress else tasks):
        log.info("Writing %s / %s.%s", job.setup.loaded.id, job.document.id, fmt)
        try:
            data = futures[i].result() if pool else write(fmt, job.document, timeout)
        except BrokenProcessPool:
            raise BuildError(
                f"The worker rendering '{job.document.id}' as {fmt.upper()} stopped: most "
                f"likely it ran out of memory under --memory-limit ({memory_mb} MB). Look for a "
                "very long table or list, or raise the limit."
            ) from None
        outputs.append((job, fmt, data))
    if "pdf" in formats:
        note_font_subsetting(harfbuzz.result() if harfbuzz else subsets_fonts_with_harfbuzz())
    return outputs


#: The order eager builds write in: the cheap preview, then what the user reads.
EAGER_ORDER = ("html", "pdf", "docx")


def _build_eagerly(work, template: Template, formats, timeout, commit: "_Commit") -> None:
    """In this process, write each output as soon as it renders: documents first, pack last."""
    order = sorted(formats, key=EAGER_ORDER.index)
    for setup, stale, common in work:
        pack = setup.documents.pack.id
        for batch in ([d for d in stale if d != pack], [d for d in stale if d == pack]):
            if not batch:
                continue
            batch_jobs = template(setup, batch, common)
            for fmt in order:
                for job in batch_jobs:
                    log.info("Writing %s / %s.%s", setup.loaded.id, job.document.id, fmt)
                    commit([(job, fmt, write(fmt, job.document, timeout))])
    if "pdf" in formats and work:
        note_font_subsetting(subsets_fonts_with_harfbuzz())


@functools.cache
def note_font_subsetting(harfbuzz: bool | None) -> None:
    """Say once (with -v) when PDF fonts are subset the slow way, and what to install."""
    if harfbuzz is False:
        log.info("PDF fonts were subset with fontTools, which is slower: install libharfbuzz-subset, "
                 "HarfBuzz 4.1 or later (Debian, Ubuntu: apt-get install libharfbuzz-subset0).")


class _Commit:
    """Write rendered outputs into build/ all-or-nothing, and record them in the manifests."""

    def __init__(self, project: Project, result: BuildResult, on_written: Callable[[Path], None] | None) -> None:
        self.project, self.result, self.on_written = project, result, on_written

    def __call__(self, outputs: list[tuple[Job, str, bytes]]) -> None:
        outputs = sorted(outputs, key=lambda o: (o[0].setup.loaded.id, o[0].document.id, FORMATS.index(o[1])))
        paths = [output_path(self.project.build_dir, job.setup.loaded.id, job.document.id, fmt)
                 for job, fmt, _ in outputs]
        write_all([(path, data) for path, (_, _, data) in zip(paths, outputs)])
        manifests: dict[Path, Manifest] = {}
        for path, (job, fmt, _) in zip(paths, outputs):
            self.result.written.append(path)
            manifest = manifests.setdefault(path.parent, Manifest.read(path.parent))
            manifest.record(job.document.id, job.key, list(job.templates), {fmt: file_hash(path)})
        for manifest in manifests.values():
            manifest.write()
        if self.on_written:
            for path in paths:
                self.on_written(path)
