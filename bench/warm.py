"""Measurements inside one warm process: per-document writers, scale, watch, profile, pack.

Each task prints one JSON object on stdout; ``run.py`` starts one process
per task so that tasks do not warm caches for each other. Times are medians
of ``reps`` runs after one discarded warm-up run, in seconds; a measured
call and its baseline alternate within each repetition.

    python bench/warm.py docs    PROJECT EVENT --reps 5 --formats pdf,docx [--clock cpu]
    python bench/warm.py scale   SMALL_PROJECT LARGE_PROJECT --reps 3
    python bench/warm.py watch   PROJECT EVENT --reps 3 --formats pdf,html
    python bench/warm.py profile PROJECT EVENT
    python bench/warm.py pack    PROJECT EVENT --reps 3 [--save DIR]
    python bench/warm.py docx-gc PROJECT EVENT --reps 20
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import resource
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path

FONT_SUBSETTER_NOTE = (
    "fontTools (libharfbuzz-subset is not installed; WeasyPrint falls back to the slower subsetter)"
)


# -- helpers ----------------------------------------------------------------


def cpu_seconds() -> float:
    """This process's CPU time and that of its children: the DOCX writer draws its pictures in a
    child (``pipeline.apart``), whose time ``time.process_time`` misses. ``getrusage`` counts a
    child once reaped, and the warm drawing child, which lives on, says its own time
    (``apart.unreaped_cpu``). ``getrusage`` counts microseconds (``os.times`` counts 10 ms ticks)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime + _warm_child_cpu()


def _warm_child_cpu() -> float:
    try:
        from generator.pipeline.apart import unreaped_cpu
    except ImportError:  # a baseline checkout from before the warm drawing child
        return 0.0
    return unreaped_cpu()


#: The clock ``timed`` reads: wall time by default; ``--clock cpu`` reads the CPU time of this
#: process and its children, steadier than wall time on a machine shared with other work.
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": cpu_seconds}
CLOCK = ["wall"]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    clock = CLOCKS[CLOCK[0]]
    start = clock()
    value = fn()
    return clock() - start, value


def alternate(
    calls: dict[str, Callable[[], object]], reps: int, *, collect_first: bool = False
) -> dict[str, list[float]]:
    """Run each call ``reps`` times, rotating the order each repetition; one warm-up first.

    *collect_first* collects the garbage the previous call left before each
    timed call, untimed, so that a call that collects its own garbage (see
    ``own_garbage``) is not charged for its neighbour's.
    """
    names = list(calls)
    for name in names:
        calls[name]()
    times: dict[str, list[float]] = {name: [] for name in names}
    for rep in range(reps):
        order = names[rep % len(names) :] + names[: rep % len(names)]
        for name in order:
            if collect_first:
                gc.collect()
            times[name].append(timed(calls[name])[0])
    return times


def own_garbage(call: Callable[[], object]) -> Callable[[], object]:
    """The call, then the collection of the reference cycles it left: each writer pays for its own.

    A worker collects after each DOCX (python-docx leaves cycles); collecting
    after every call here too keeps a PDF's garbage (WeasyPrint leaves about
    10 ms of it per document) from being counted as the next DOCX's time.
    """

    def collected() -> object:
        value = call()
        gc.collect()
        return value

    return collected


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def pdf_pages(data: bytes) -> int:
    from pypdf import PdfReader  # a test dependency of briefkit

    return len(PdfReader(io.BytesIO(data)).pages)


def font_subsetter() -> str:
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    if harfbuzz_subset is not None and harfbuzz.hb_version_atleast(4, 1, 0):
        return "HarfBuzz"
    return FONT_SUBSETTER_NOTE


def svg_drawer() -> str:
    """The library drawing the PNG beside a DOCX's SVG pictures."""
    try:
        from generator.writers.docx import raster
    except ImportError:  # a baseline checkout from before librsvg
        return "CairoSVG"
    return raster.drawer()


def setup(project_dir: Path, event: str):
    from generator.config.event_setup import setup_event
    from generator.config.project import Project

    project = Project(root=project_dir)
    return project, setup_event(project, project.content_dir / event)


def rendered(project_dir: Path, event: str, doc_ids: list[str] | None = None, formats=("pdf",)):
    """{document id: RenderedDocument} for an event, templated by briefkit itself."""
    from generator.pipeline.build import render_event

    _, event_setup = setup(project_dir, event)
    ids = doc_ids or event_setup.documents.all_ids
    return {job.document.id: job.document for job in render_event(event_setup, ids, tuple(formats), False)}


def bare_pdf(html: str, base_dir: Path) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=html, base_url=str(base_dir) + "/").render().write_pdf()


def write_docx(document) -> bytes:
    """A document's DOCX as its first write in a worker: pictures kept from an earlier write are dropped."""
    from generator.writers import WRITERS
    from generator.writers.docx import images

    if hasattr(images, "forget_drawn"):  # not in a baseline checkout from before the kept pictures
        images.forget_drawn()
    data = WRITERS["docx"](document)
    gc.collect()  # as generator.pipeline.build does between DOCX documents
    return data


# -- tasks ------------------------------------------------------------------


def task_docs(args) -> dict:
    """Each document's PDF (ours vs bare WeasyPrint on the same HTML) and DOCX, warm.

    Every writer's time includes collecting the garbage it made, and no other's.
    """
    from generator.writers import WRITERS

    formats = args.formats.split(",")
    docs = rendered(args.project, args.event)
    try:
        # As a build's worker starts: the writers imported, then set aside from garbage collection,
        # so the collection after each DOCX (write_docx) scans what the writers made, not the libraries.
        from generator.pipeline.workers import import_writers

        import_writers(tuple(formats))
    except ImportError:  # a baseline checkout from before the workers warmed up
        pass
    out: dict = {"subsetter": font_subsetter(), "svg drawer": svg_drawer(), "documents": {}}
    for doc_id, doc in docs.items():
        calls = {
            "pdf": own_garbage(lambda doc=doc: WRITERS["pdf"](doc)),
            "bare": own_garbage(lambda doc=doc: bare_pdf(doc.html, doc.base_dir)),
        }
        row: dict = {"pages": pdf_pages(WRITERS["pdf"](doc))}
        if "docx" in formats:
            try:
                write_docx(doc)
                calls["docx"] = lambda doc=doc: write_docx(doc)
            except Exception as exc:
                row["docx_error"] = str(exc).splitlines()[0][:160]
        times = alternate(calls, args.reps, collect_first=True)
        row.update({name: median(values) for name, values in times.items()})
        out["documents"][doc_id] = row
    return out


def task_scale(args) -> dict:
    """The timeline document with M entries and with 10×M (and more), warm, PDF."""
    from generator.writers import WRITERS

    projects = [Path(p) for p in args.projects]
    docs = {}
    for project in projects:
        event = next(p.name for p in sorted((project / "content").iterdir()))
        docs[project.name] = (project, event)

    def template(project, event):
        return rendered(project, event, ["timeline"])["timeline"]

    def whole(project, event):
        return WRITERS["pdf"](template(project, event))

    calls = {name: (lambda p=p, e=e: whole(p, e)) for name, (p, e) in docs.items()}
    times = alternate(calls, args.reps)
    out = {}
    for name, (project, event) in docs.items():
        doc = template(project, event)
        t_template = median([timed(lambda: template(project, event))[0] for _ in range(3)])
        t_render = median([timed(lambda: _render_only(doc))[0] for _ in range(2)])
        entry = {
            "seconds": median(times[name]),
            "load + template": t_template,
            "layout": t_render,
            "pages": pdf_pages(WRITERS["pdf"](doc)),
            "entries": _entries(project, event),
        }
        if args.docx:
            try:
                write_docx(doc)  # warm-up: imports python-docx and the SVG rasteriser
                entry["docx"] = median(
                    [timed(lambda: write_docx(doc))[0] for _ in range(max(1, args.reps // 2))]
                )
            except Exception as exc:
                entry["docx_error"] = str(exc).splitlines()[0][:160]
        out[name] = entry
    return out


def _entries(project: Path, event: str) -> int:
    import yaml

    data = yaml.safe_load((project / "content" / event / "event.yaml").read_text(encoding="utf-8"))
    return len(data.get("timeline") or [])


def _render_only(doc):
    import weasyprint

    return weasyprint.HTML(string=doc.html, base_url=str(doc.base_dir) + "/").render()


OVERRIDE = """{%% extends "!builtin/documents/fact_sheet.html.j2" %%}
{%% block title %%}{{ super() }}<!-- edit %d -->{%% endblock %%}
"""


def task_watch(args) -> dict:
    """Time from saving a template to the PDF being replaced, in a running watch."""
    from generator.config.project import Project
    from generator.errors import BriefkitError
    from generator.pipeline.options import BuildOptions
    from generator.pipeline.watch import watch_project
    from generator.pipeline.workers import default_workers
    from generator.writers import WRITERS

    project = Project(root=args.project)
    override = project.content_dir / args.event / "templates" / "documents" / "fact_sheet.html.j2"
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text(OVERRIDE % 0, encoding="utf-8")
    pdf = project.build_dir / args.event / "fact-sheet.pdf"
    results: dict = {}
    for label, documents in (("all documents", None), ("--doc fact-sheet", ["fact-sheet"])):
        reports: list[tuple[float, object]] = []
        stop = threading.Event()
        # As `briefkit build --watch` has them: the first build in the workers, then rebuilds here.
        options = BuildOptions(
            formats=tuple(args.formats.split(",")), documents=documents or (), workers=default_workers()
        )
        thread = threading.Thread(
            target=watch_project,
            args=(project, None, options),
            kwargs={"report": lambda r: reports.append((time.perf_counter(), r)), "stop": stop},
            daemon=True,
        )
        thread.start()
        _wait(lambda: len(reports) >= 1, 600)
        errors = [r for _, r in reports if isinstance(r, BriefkitError)]
        to_pdf, to_report = [], []
        for rep in range(1, args.reps + 1):
            seen = len(reports)
            before = pdf.stat().st_mtime_ns if pdf.exists() else 0
            time.sleep(0.3)  # let the watcher settle between edits
            start = time.perf_counter()
            override.write_text(OVERRIDE % (rep + (100 if documents else 0)), encoding="utf-8")
            shown = _wait(lambda: pdf.exists() and pdf.stat().st_mtime_ns != before, 120)
            if shown is not None:
                to_pdf.append(shown - start)
            done = _wait(lambda: len(reports) > seen, 120)
            if done is not None:
                to_report.append(reports[seen][0] - start)
            errors += [r for _, r in reports[seen:] if isinstance(r, BriefkitError)]
        stop.set()
        thread.join(timeout=10)
        last = reports[-1][1] if reports else None
        results[label] = {
            "to_pdf": median(to_pdf),
            "to_report": median(to_report),
            "errors": [str(e) for e in errors],
            "rebuilt": sorted(p.name for p in getattr(last, "written", [])),
            "stopped": not thread.is_alive(),
        }
    docs = rendered(args.project, args.event, ["fact-sheet", "briefing-note"])
    fact_sheet, note = docs["fact-sheet"], docs["briefing-note"]
    times = alternate(
        {
            "fact-sheet": lambda: WRITERS["pdf"](fact_sheet),
            # The reference: WeasyPrint alone on a 4-page briefing, warm.
            "bare note": lambda: bare_pdf(note.html, note.base_dir),
        },
        args.reps,
    )
    results["warm fact-sheet pdf"] = median(times["fact-sheet"])
    results["bare warm briefing-note pdf"] = median(times["bare note"])
    results["briefing-note pages"] = pdf_pages(bare_pdf(note.html, note.base_dir))
    results["subsetter"] = font_subsetter()
    override.unlink()
    return results


def _wait(condition: Callable[[], bool], timeout: float) -> float | None:
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        if condition():
            return time.perf_counter()
        time.sleep(0.005)
    return None


#: Functions whose cumulative time the profile reports, by (file suffix, name).
PROFILE_BUCKETS = [
    ("parse HTML", "weasyprint/__init__.py", "__init__"),
    ("CSS cascade", "css/__init__.py", "get_all_computed_styles"),
    ("box tree", "formatting_structure/build.py", "build_formatting_structure"),
    ("layout (all)", "layout/__init__.py", "layout_document"),
    ("  of which multi-column", "layout/column.py", "columns_layout"),
    ("  of which line breaking", "text/line_break.py", "split_first_line"),
    ("  of which tables", "layout/table.py", "table_layout"),
    ("draw pages", "weasyprint/document.py", "paint"),
    ("font subsetting", "pdf/fonts.py", "subset"),
    ("write_pdf (all)", "weasyprint/document.py", "write_pdf"),
]


def task_profile(args) -> dict:
    """Where a warm render of one document goes: phases, a profile, two experiments."""
    import weasyprint

    doc = rendered(args.project, args.event, [args.doc])[args.doc]
    base = str(doc.base_dir) + "/"
    bare_pdf(doc.html, doc.base_dir)  # warm-up

    def phases(html: str) -> dict:
        t_parse, parsed = timed(lambda: weasyprint.HTML(string=html, base_url=base))
        t_render, document = timed(parsed.render)
        t_write, _ = timed(document.write_pdf)
        return {
            "parse HTML": t_parse,
            "style + layout": t_render,
            "write_pdf": t_write,
            "pages": len(document.pages),
            "faces": len(document.fonts),
        }

    runs = [phases(doc.html) for _ in range(args.reps)]
    result = {
        "doc": args.doc,
        "subsetter": font_subsetter(),
        "phases": {k: median([r[k] for r in runs]) for k in runs[0]},
    }

    profiler = cProfile.Profile()
    profiler.enable()
    weasyprint.HTML(string=doc.html, base_url=base).render().write_pdf()
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO()).stats  # type: ignore[attr-defined]
    total = sum(tt for (_, _, _), (_, _, tt, _, _) in stats.items())
    buckets = {}
    for label, suffix, name in PROFILE_BUCKETS:
        ct = sum(v[3] for (file, _, func), v in stats.items() if func == name and file.endswith(suffix))
        buckets[label] = ct
    result["profile"] = {"total": total, **buckets}

    # Experiments on the same HTML: what balanced two-column lists (the
    # design before this was measured) and the font faces cost.
    two_columns = doc.html.replace(
        "</head>",
        (
            "<style>ul.record, dl { columns: 2; column-gap: 7mm; } ul.record > *, dl > * "
            "{ break-inside: avoid; }</style></head>"
        ),
        1,
    )
    one_face = doc.html.replace(
        "</head>",
        (
            "<style>* { font-family: 'DejaVu Sans' !important; font-weight: normal !important;"
            " font-style: normal !important; }</style></head>"
        ),
        1,
    )
    experiments = {}
    for label, html in (
        ("as built", doc.html),
        ("lists in two balanced columns", two_columns),
        ("one font face", one_face),
    ):
        r = [phases(html) for _ in range(max(1, args.reps // 2 + 1))]
        experiments[label] = {k: median([x[k] for x in r]) for k in r[0]}
    result["experiments"] = experiments
    return result


def task_pack(args) -> dict:
    """The pack laid out again (as now) vs assembled from the documents' rendered pages.

    The prototype renders only the cover with the contents, and the annex,
    takes the pages the standalone documents already have, writes the
    contents page numbers from the page counts, and checks them against
    where each document's anchor really lands.
    """
    import weasyprint
    from lxml import html as lxml_html

    docs = rendered(args.project, args.event)
    _, event_setup = setup(args.project, args.event)
    pack_id = event_setup.documents.pack.id
    part_ids = list(event_setup.documents.pack.documents)
    pack = docs[pack_id]
    base = str(pack.base_dir) + "/"
    # The standalone documents are laid out for their own PDFs in any case.
    standalone = {d: weasyprint.HTML(string=docs[d].html, base_url=base).render() for d in part_ids}

    def split(keep: set[str], numbers: dict[str, int] | None = None) -> str:
        tree = lxml_html.document_fromstring(pack.html)
        body = tree.find("body")
        for child in list(body):
            ident = child.get("id") or ""
            if child.tag == "article" or ident not in keep:
                body.remove(child)
        if numbers is not None:
            for link in tree.xpath('//nav[@id="contents"]//a'):
                link.set("data-page", str(numbers.get(link.get("href", "#")[1:], "")))
            style = lxml_html.fragment_fromstring(
                '<style>nav.contents li a::after { content: leader(".") attr(data-page); }</style>'
            )
            tree.find("head").append(style)
        return lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")

    def page_of(pages, anchor: str) -> int | None:
        for number, page in enumerate(pages, 1):
            if anchor in page.anchors:
                return number
        return None

    def relayout() -> bytes:
        return weasyprint.HTML(string=pack.html, base_url=base).render().write_pdf()

    def assemble(check: bool = False):
        annex = weasyprint.HTML(string=split({"annex"}), base_url=base).render()
        # Cover and contents are a fixed two pages here; a longer contents
        # would need one more pass to settle the numbers.
        front_pages = 2
        numbers, page = {}, front_pages + 1
        for d in part_ids:
            numbers[d] = page
            page += len(standalone[d].pages)
        numbers["annex"] = page
        front = weasyprint.HTML(string=split({"cover", "contents"}, numbers), base_url=base).render()
        pages = front.pages + [p for d in part_ids for p in standalone[d].pages] + annex.pages
        data = front.copy(pages).write_pdf()
        if check:
            real = {d: page_of(pages, d) for d in numbers}
            return data, numbers, real, len(front.pages)
        return data

    data, numbers, real, front_count = assemble(check=True)
    if args.save:
        (args.save / f"{pack_id}.assembled.pdf").write_bytes(data)
    times = alternate({"re-layout": relayout, "assembled": assemble}, args.reps)
    return {
        "re-layout": median(times["re-layout"]),
        "assembled": median(times["assembled"]),
        "pages": pdf_pages(relayout()),
        "assembled_pages": pdf_pages(data),
        "contents_numbers": numbers,
        "anchors_found_on": real,
        "numbers_right": numbers == real and front_count == 2,
        "standalone_layout": sum(
            timed(lambda d=d: weasyprint.HTML(string=docs[d].html, base_url=base).render())[0]
            for d in part_ids
        ),
    }


def task_docx_gc(args) -> dict:
    """Memory after N DOCX documents in one process, with and without gc.collect() between."""
    from generator.writers import WRITERS

    doc = rendered(args.project, args.event, [args.doc])[args.doc]

    def rss_mb() -> float:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

    WRITERS["docx"](doc)
    gc.collect()
    out = {}
    for label, collect in (("without gc.collect()", False), ("with gc.collect()", True)):
        gc.collect()
        start_rss, start_objects = rss_mb(), len(gc.get_objects())
        t0 = time.perf_counter()
        for _ in range(args.reps):
            WRITERS["docx"](doc)
            if collect:
                gc.collect()
        elapsed = time.perf_counter() - t0
        after = {
            "rss_growth_mb": rss_mb() - start_rss,
            "objects_left": len(gc.get_objects()) - start_objects,
            "per_doc": elapsed / args.reps,
        }
        after["unreachable_found"] = gc.collect()
        out[label] = after
    return out


TASKS = {
    "docs": task_docs,
    "scale": task_scale,
    "watch": task_watch,
    "profile": task_profile,
    "pack": task_pack,
    "docx-gc": task_docx_gc,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=TASKS)
    parser.add_argument("project", type=Path)
    parser.add_argument("rest", nargs="*", help="event id (or, for scale, more project folders)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--formats", default="pdf,html")
    parser.add_argument("--doc", default="briefing-note")
    parser.add_argument("--docx", action="store_true", help="scale: time DOCX as well")
    parser.add_argument("--save", type=Path, help="pack: write the assembled PDF into this folder")
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall", help="docs: wall time or this process's CPU time"
    )
    args = parser.parse_args()
    CLOCK[0] = args.clock
    for noisy in ("weasyprint", "fontTools"):
        import logging

        logging.getLogger(noisy).setLevel(logging.ERROR)
    if args.task == "scale":
        args.projects = [args.project, *args.rest]
    else:
        args.event = args.rest[0] if args.rest else "hsn-bangkok-2006"
    print(json.dumps(TASKS[args.task](args), default=str))


if __name__ == "__main__":
    main()
