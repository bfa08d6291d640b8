"""The build: read and check everything, render every document, then write.

Nothing is written until every selected document of every selected event has
rendered in every format, so a mistake anywhere leaves build/ as it was.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .context import make_context
from .documents import DocumentSpec
from .errors import ConfigError
from .output import atomic_write, check_slug, output_path
from .project import EventSetup, Project, setup_event
from .render import extract_article
from .writers import FORMATS, WRITERS, RenderedDocument

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class Job:
    """One document of one event, rendered to HTML, waiting for its writers."""

    setup: EventSetup
    document: RenderedDocument
    formats: tuple[str, ...]


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


def render_stylesheet(setup: EventSetup) -> str:
    ctx = {"theme": setup.theme, "labels": setup.labels}
    return setup.templates.render("css/theme.css.j2", ctx)  # type: ignore[arg-type]


def render_event(setup: EventSetup, doc_ids: list[str], formats: tuple[str, ...], strict: bool) -> list[Job]:
    """Template every selected document of one event into HTML."""
    docs = setup.documents
    stylesheet = render_stylesheet(setup)
    jobs = []

    def rendered(spec, html: str) -> RenderedDocument:
        return RenderedDocument(
            id=spec.id, title=spec.title, html=html, template=spec.template,
            theme=setup.theme, base_dir=setup.loaded.folder.resolve(),
            allowed_roots=setup.roots, strict=strict,
        )

    def context(spec, in_pack=False):
        return make_context(setup.loaded, spec, setup.theme, setup.labels, docs,
                            stylesheet=stylesheet, in_pack=in_pack)

    for doc_id in doc_ids:
        if doc_id == docs.pack.id:
            continue
        spec = docs.documents[doc_id]
        log.info("Rendering %s / %s (%s)", setup.loaded.id, doc_id, spec.template)
        html = setup.templates.render(spec.template, context(spec))
        jobs.append(Job(setup, rendered(spec, html), formats))
    if docs.pack.id in doc_ids:
        pack = docs.pack
        log.info("Rendering %s / %s (%s)", setup.loaded.id, pack.id, pack.template)
        parts = []
        for doc_id in pack.documents:
            spec: DocumentSpec = docs.documents[doc_id]
            html = setup.templates.render(spec.template, context(spec, in_pack=True))
            parts.append({"id": spec.id, "title": spec.title, "description": spec.description,
                          "html": extract_article(html, spec.id)})
        ctx = context(pack)
        ctx.update(parts=parts, pack=pack)
        html = setup.templates.render(pack.template, ctx)
        jobs.append(Job(setup, rendered(pack, html), formats))
    return jobs


def build_project(
    project: Project,
    events: list[Path] | None = None,
    *,
    formats: Iterable[str] = (),
    documents: list[str] | None = None,
    strict: bool = False,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> BuildResult:
    chosen_formats = check_formats(formats)
    folders = project.event_folders(events)
    # Stage 1: read and validate everything.
    setups = [setup_event(project, folder) for folder in folders]
    for setup in setups:
        check_slug(setup.loaded.id, "Event folder name")
    # Stage 2: template every document.
    jobs: list[Job] = []
    for setup in setups:
        jobs.extend(render_event(setup, select_documents(setup, documents), chosen_formats, strict))
    # Stage 3: run the writers, keeping the bytes in memory.
    tasks = [(job, fmt) for job in jobs for fmt in job.formats]
    outputs: list[tuple[Path, bytes]] = []
    for job, fmt in (progress(tasks) if progress else tasks):
        log.info("Writing %s / %s.%s", job.setup.loaded.id, job.document.id, fmt)
        data = WRITERS[fmt](job.document)
        outputs.append((output_path(project.build_dir, job.setup.loaded.id, job.document.id, fmt), data))
        if fmt == "docx":
            gc.collect()  # python-docx keeps reference cycles alive between documents
    # Stage 4: every output rendered; now write them.
    result = BuildResult()
    for path, data in outputs:
        atomic_write(path, data)
        result.written.append(path)
    return result
