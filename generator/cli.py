"""The briefkit command line: parse arguments, call one library function, report."""

from __future__ import annotations

import json
import logging
import signal
import sys
from pathlib import Path

import click

from . import __version__
from .errors import BriefkitError

log = logging.getLogger("generator")

CONTEXT = {"help_option_names": ["-h", "--help"], "auto_envvar_prefix": "BRIEFKIT"}


class _SafeFormatter(logging.Formatter):
    """Log lines with control characters escaped: warnings quote names from the user's files.

    Every warning briefkit prints comes through here (``generator.warn``), as ``warning: …``,
    in the lower case of validate's ``note: …``."""

    def __init__(self) -> None:
        super().__init__("%(message)s")

    def format(self, record: logging.LogRecord) -> str:
        from .clean_text import shown_lines

        return shown_lines(f"{record.levelname.lower()}: {super().format(record)}")


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING
    if quiet:
        level = logging.ERROR
    elif verbose == 1:
        level = logging.INFO
    elif verbose > 1:
        level = logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_SafeFormatter())
    root = logging.getLogger("generator")
    root.handlers[:] = [handler]
    root.setLevel(level)
    # WeasyPrint and fontTools are chatty at INFO; keep them to real problems.
    for noisy in ("weasyprint", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.ERROR if not verbose else logging.WARNING)


def _verbosity_after_command(ctx: click.Context, param: click.Parameter, value) -> None:
    """-v or -q given after the command: the same as before it (they add up)."""
    if not value or ctx.obj is None:  # not given; or completing the command line
        return
    if param.name == "verbose":
        ctx.obj["verbose"] += value
    else:
        ctx.obj["quiet"] = True
    _setup_logging(ctx.obj["verbose"], ctx.obj["quiet"])


class _Commands(click.Group):
    """Every command also takes -v and -q after its name (``briefkit build -q``)."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        taken = {opt for param in cmd.params for opt in param.opts}
        shared: list[tuple[list[str], dict]] = [
            (["-v", "--verbose"], {"count": True, "help": "Say what each step does (-vv: debug)."}),
            (["-q", "--quiet"], {"is_flag": True, "help": "Print only errors (as before the command)."}),
        ]
        for opts, kwargs in shared:
            if not taken.intersection(opts):
                cmd.params.append(
                    click.Option(opts, expose_value=False, callback=_verbosity_after_command, **kwargs)
                )
        super().add_command(cmd, name)


@click.group(cls=_Commands, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="briefkit")
@click.option("-v", "--verbose", count=True, help="Say what each step does (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option(
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    envvar="BRIEFKIT_PROJECT",
    show_default=True,
    help="Project folder holding content/, templates/ and build/.",
)
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool, project_dir: Path) -> None:
    """briefkit turns a speech and an event into a briefing pack.

    It renders a briefing note, a fact sheet, a meeting timeline and a
    combined pack as PDF, DOCX and HTML into build/<event>/.
    """
    _setup_logging(verbose, quiet)
    ctx.obj = {"project_dir": project_dir, "quiet": quiet, "verbose": verbose}


def _project(ctx: click.Context, theme: str | None = None):
    from .config.project import Project

    return Project(root=ctx.obj["project_dir"], theme=theme)


PAPER = {"a4": "A4", "a5": "A5", "letter": "letter", "legal": "legal"}


def _event_folders(ctx, param, value: tuple[Path, ...]) -> tuple[Path, ...]:
    """An event is its folder; a path to its event.yaml, as people tab-complete it, names the folder too."""
    from .config.project import EVENT_FILE

    return tuple(path.parent if path.name == EVENT_FILE else path for path in value)


EVENTS = click.argument(
    "events",
    nargs=-1,
    type=click.Path(path_type=Path),
    callback=_event_folders,
)


def _formats_option(envvar: str | None = None):
    return click.option(
        "-f",
        "--format",
        "formats",
        multiple=True,
        metavar="FORMAT",
        envvar=envvar,
        help="pdf, docx or html; repeat for several (default: all).",
    )


THEME = click.option("--theme", help="A theme under templates/themes/, or the path of a theme folder.")
JOBS = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for rendering [default: number of CPUs].",
)
SCHEDULER = click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Render each event as a task on this Dask cluster (tcp://HOST:8786; "
    "needs briefkit[dask] here and on the workers).",
)


@cli.command()
@EVENTS
@_formats_option(envvar="BRIEFKIT_BUILD_FORMAT")
@click.option(
    "-d",
    "--doc",
    "documents",
    multiple=True,
    metavar="ID",
    help="Build only this document (repeatable); see 'briefkit list'.",
)
@THEME
@click.option(
    "--strict",
    is_flag=True,
    help="Treat every warning of the build as an error (a draft, a faint colour, a font not installed, "
    "a page budget overrun, HTML the DOCX writer skips…); nothing of the event is written.",
)
@click.option("--force", is_flag=True, help="Rebuild even the documents whose inputs have not changed.")
@JOBS
@click.option("-w", "--watch", is_flag=True, help="Keep running and rebuild what a change affects.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=120,
    show_default=True,
    help="Seconds one document may take in one format.",
)
@click.option(
    "--memory-limit",
    type=click.IntRange(min=256),
    default=2048,
    show_default=True,
    metavar="MB",
    help="Memory ceiling of each rendering worker.",
)
@click.option(
    "--paper",
    type=click.Choice(["a4", "a5", "letter", "legal"], case_sensitive=False),
    help="Paper size, overriding the theme's.",
)
@click.option("--print", "print_marks", is_flag=True, help="Press-ready PDF: 3 mm bleed and crop marks.")
@click.option(
    "--copies-per-sheet",
    type=click.Choice(["1", "2", "4"]),
    default="1",
    help="Handouts: copies of each PDF page on one A4 sheet (Letter for Letter and Legal pages), "
    "scaled down when they do not fit at full size; cut along the dashed lines.",
)
@click.option(
    "--pdf-standard",
    type=click.Choice(["pdf/a-3b", "pdf/ua-1"], case_sensitive=False),
    help="Archival (PDF/A-3b) or accessible, tagged (PDF/UA-1) PDF.",
)
@SCHEDULER
@click.option(
    "-k",
    "--keep-going",
    is_flag=True,
    help="Go on after an event fails (it keeps its earlier outputs); exit non-zero at the end.",
)
@click.pass_context
def build(
    ctx,
    events,
    formats,
    documents,
    theme,
    strict,
    force,
    jobs,
    watch,
    timeout,
    memory_limit,
    paper,
    print_marks,
    copies_per_sheet,
    pdf_standard,
    keep_going,
    scheduler,
):
    """Build the documents of EVENTS (folders under content/; default: all of them).

    Documents whose inputs have not changed since the last build are skipped
    (see --force).
    """
    from .pipeline.options import BuildOptions
    from .pipeline.workers import default_workers
    from .writers import OutputSettings

    project = _project(ctx, theme)
    options = BuildOptions(
        formats=formats,
        documents=documents,
        strict=strict,
        force=force,
        workers=jobs or default_workers(),
        timeout=timeout,
        memory_mb=memory_limit,
        keep_going=keep_going,
        scheduler=scheduler,
        settings=OutputSettings(
            pdf_standard=pdf_standard.lower() if pdf_standard else None,
            print_marks=print_marks,
            copies_per_sheet=int(copies_per_sheet),
            paper=PAPER[paper.lower()] if paper else None,
        ),
        overrides={"page": {"size": PAPER[paper.lower()]}} if paper else {},
    )
    selected = list(events) or None
    if watch:
        return _watch(ctx, project, selected, options)

    from .pipeline.progress import build_with_progress

    result = build_with_progress(project, options, selected, quiet=ctx.obj["quiet"])
    if not ctx.obj["quiet"]:
        if result.up_to_date:
            click.echo("Everything is up to date.")
        for path in result.written:
            click.echo(f"wrote {_shown(path, project.root)}")
        if result.skipped:
            click.echo(f"{len(result.skipped)} document(s) up to date, not rebuilt.")
        for event_id, doc_id, why in result.left_out:
            click.echo(f"{event_id}: no {doc_id} document, nor its part of the pack: {why}.")
    _report_failures(ctx, result.failed)


def _report_failures(ctx, failed) -> None:
    """Each failed event's error as it would have stopped the build; exit with the first one's code."""
    if not failed:
        return
    for failure in failed:
        click.echo(f"Error: {failure.error.format_message()}", err=True)
    names = ", ".join(f.event for f in failed)
    click.echo(f"{len(failed)} event(s) failed and kept their earlier outputs: {names}.", err=True)
    ctx.exit(failed[0].error.exit_code)


def _watch(ctx, project, events, options, serve=None) -> None:
    """Watch and rebuild, printing what it reports; with ``serve`` (``serve_project`` and its
    address), the preview server around the watch, said to be watching only once it listens."""
    from .errors import BriefkitError
    from .pipeline.watch import watch_project, watched_paths

    quiet = ctx.obj["quiet"]

    def written(path: Path, seconds: float) -> None:
        if not quiet:
            click.echo(f"wrote {_shown(path, project.root)} ({seconds:.2f} s)")

    def report(outcome) -> None:
        if isinstance(outcome, BriefkitError):
            click.echo(outcome.format_message(), err=True)
            click.echo("Waiting for the next change…", err=True)
        elif not quiet and not outcome.written:
            click.echo("Everything is up to date.")

    def watching(url: str | None = None) -> None:
        if quiet:
            return
        if url:
            click.echo(f"Serving {url} (Ctrl-C to stop)")
        shown = ", ".join(_shown(p, project.root) for p in watched_paths(project, events))
        click.echo(f"Watching {shown}" + ("" if url else " (Ctrl-C to stop)"))

    if serve is None:
        watching()
        watch_project(project, events, options, report=report, on_written=written)
    else:
        serve(project, events, options, report=report, on_written=written, on_ready=watching)


@cli.command()
@EVENTS
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free one).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback lets other machines read the outputs.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the preview in the web browser.")
@_formats_option()
@click.option(
    "-d", "--doc", "documents", multiple=True, metavar="ID", help="Preview only this document (repeatable)."
)
@THEME
@click.pass_context
def serve(ctx, events, port, host, open_browser, formats, documents, theme):
    """Preview EVENTS in the browser; what a save changes is rebuilt and reloaded.

    Shows each document's HTML preview beside its PDF's pages, with the DOCX
    to download, and the last error over the page until it is fixed.
    """
    import functools

    from .pipeline.options import BuildOptions
    from .pipeline.workers import default_workers
    from .serve import serve_project

    serve = functools.partial(serve_project, host=host, port=port, open_browser=open_browser)
    options = BuildOptions(formats=formats, documents=documents, workers=default_workers())
    _watch(ctx, _project(ctx, theme), list(events) or None, options, serve=serve)


@cli.command()
@EVENTS
@click.option("--theme", help="Check with this theme (under templates/themes/, or a folder).")
@click.pass_context
def validate(ctx, events, theme):
    """Check EVENTS' content, citations, data, theme, document configuration and templates."""
    from .pipeline.validate import validate_event
    from .warn import warn

    project = _project(ctx, theme)
    for folder in project.event_folders(list(events) or None):
        report = validate_event(project, folder)
        for problem in report.warnings:
            warn(f"{report.setup.loaded.id}: {problem}")
        if not ctx.obj["quiet"]:
            for note in report.notes:
                click.echo(f"note: {report.setup.loaded.id}: {note}", err=True)
        click.echo(report.summary)


@cli.command()
@click.argument("event", type=click.Path(path_type=Path))
@click.argument("numbers", nargs=-1, type=click.IntRange(min=1))
@click.option(
    "--width",
    type=click.IntRange(min=30),
    default=100,
    show_default=True,
    help="Wrap paragraphs to this many characters.",
)
@click.pass_context
def paragraphs(ctx, event, numbers, width):
    """Print EVENT's speech paragraphs numbered exactly as the pack's annex numbers them.

    For writing 'cite:' by hand: give paragraph NUMBERS to print only those.
    Salutations and the header, which the annex does not number, are shown
    unnumbered in brackets.
    """
    import textwrap

    from .content.load import speech_of

    project = _project(ctx)
    (folder,) = project.event_folders([event])
    speech = speech_of(folder)
    wanted = set(numbers)
    if not wanted:
        for line in speech.header:
            click.echo(f"      [{line}]")
        if speech.opening:
            click.echo(f"      [{' '.join(speech.opening)}]")
    for para in speech.paragraphs:
        if wanted and para.number not in wanted:
            continue
        if para.salutation and not wanted:
            click.echo(f"      [{para.salutation}]")
        prefix = f"¶{para.number:<4} "
        if para.kind == "item" and para.item is not None:
            lines = _item_lines(para.item, 0)
        elif para.kind == "lines":
            lines = list(para.lines)
        else:
            lines = [para.text]
        first = True
        for text in lines:
            indent = " " * (len(text) - len(text.lstrip()) + (2 if text.lstrip()[:1] in "•◦" else 0))
            wrapped = textwrap.wrap(
                text, width=max(20, width - len(prefix)), break_long_words=False, subsequent_indent=indent
            ) or [""]
            for part in wrapped:
                click.echo(f"{prefix if first else ' ' * len(prefix)}{part}")
                first = False
    missing = sorted(n for n in wanted if n > len(speech.paragraphs))
    if missing:
        raise click.BadParameter(
            f"the speech has {len(speech.paragraphs)} paragraphs; there is no "
            f"{', '.join(f'¶{n}' for n in missing)}.",
            param_hint="NUMBERS",
        )


def _item_lines(item, level: int) -> list[str]:
    mark = "•" if level == 0 else "◦"
    out = [f"{'  ' * level}{mark} {item.text}"] + [f"{'  ' * (level + 1)}{n}" for n in item.notes]
    for child in item.children:
        out += _item_lines(child, level + 1)
    return out


@cli.command("import-timeline")
@click.argument("event", type=click.Path(path_type=Path))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source-id", help="Id of the sources: entry citing FILE (default: from the file name).")
@click.option("--source-title", help="Title of that sources: entry (default: the file name).")
@click.option(
    "--kind",
    type=click.Choice(("milestone", "consultation", "summit", "meeting", "planned", "other")),
    default="meeting",
    show_default=True,
    help="Kind of the items, where FILE does not say.",
)
@click.option("--force", is_flag=True, help="Replace a different file of the same name in the event's data/.")
@click.pass_context
def import_timeline(ctx, event, file, source_id, source_title, kind, force):
    """Add the meetings of FILE (a calendar .ics, or a spreadsheet .csv) to EVENT's timeline.

    The items are written into event.yaml for you to review, each citing
    FILE as a sources: entry; FILE is kept in the event's data/ folder.
    A CSV needs the columns date and title, and may have time, end time,
    time zone, place, kind and significance.
    """
    from .content.timeline_import import import_timeline as run_import

    project = _project(ctx)
    result = run_import(
        project.find_event(event),
        file,
        source_id=source_id,
        source_title=source_title,
        kind=kind,
        force=force,
    )
    if ctx.obj["quiet"]:
        return
    root = project.root
    if not result.added:
        click.echo(
            f"nothing to add: the {result.skipped} timeline item(s) of {file} are in "
            f"{_shown(result.event_file, root)} already; nothing was changed."
        )
        return
    if result.copied:
        click.echo(f"copied {file} to {_shown(result.data_file, root)}")
    click.echo(
        f"added {len(result.added)} timeline item(s) to {_shown(result.event_file, root)}, "
        f"citing source '{result.source_id}'"
        + (f"; {result.skipped} already there" if result.skipped else "")
    )
    click.echo("Review them (add why each matters under 'significance:'), then run 'briefkit validate'.")


@cli.command("list")
@THEME
@click.pass_context
def list_(ctx, theme):
    """List the events, the documents each one builds, the themes and the templates."""
    from .config.documents import load_documents
    from .config.project import find_events

    project = _project(ctx, theme)
    events = find_events(project.content_dir)
    click.echo("Events:")
    for folder in events:
        click.echo(f"  {folder.name:28} {_shown(folder, project.root)}")
    # Documents are configuration: each event may add its own (documents.toml).
    layouts: dict[tuple, list[str]] = {}
    for folder in events or [project.content_dir / "<event>"]:
        files = project.layer_files(folder, "documents.toml")
        layouts.setdefault(tuple(files), []).append(folder.name)
    for files, names in layouts.items():
        docs = load_documents(list(files))
        scope = "" if len(layouts) == 1 else f" ({', '.join(names)})"
        click.echo(f"Documents{scope}:")
        for spec in docs.documents.values():
            needs = f"; only with {', '.join('data.' + n for n in spec.data)}" if spec.data else ""
            click.echo(f"  {spec.id:28} {spec.title} ({spec.template}{needs})")
        pack = docs.pack
        click.echo(f"  {pack.id:28} {pack.title} ({pack.template}: {', '.join(pack.documents)})")
    click.echo("Themes (--theme NAME):")
    bases = dict.fromkeys(
        b.resolve() for b in (project.root / "templates" / "themes", project.builtin / "themes")
    )
    for base in bases:
        if base.is_dir():
            for path in sorted(p for p in base.iterdir() if p.is_dir()):
                click.echo(f"  {path.name:28} {_shown(path, project.root)}")
    click.echo("Templates (see 'briefkit templates EVENT' for blocks and overrides):")
    for path in sorted(project.builtin.rglob("*.j2")):
        rel = path.relative_to(project.builtin)
        if rel.parts[0] != "themes":
            click.echo(f"  {rel.as_posix()}")


@cli.command()
@click.argument("event", required=False, type=click.Path(path_type=Path))
@THEME
@click.pass_context
def templates(ctx, event, theme):
    """List every template, its blocks, and the file that wins for EVENT.

    Lookup order: the event's templates/ folder, then the theme, then the
    built-in templates. An override can extend what it replaces with
    {% extends "!builtin/<name>" %} and change one block.
    """
    from .render.templates import TemplateSet

    project = _project(ctx, theme)
    folder = project.find_event(Path(event)) if event else project.content_dir / "<event>"
    dirs = project.template_dirs(folder)
    templates = TemplateSet(dirs[:-1], project.builtin)
    origins = {dirs[0]: "event", project.builtin: "built-in"}
    click.echo("Search path (first match wins):")
    for d in dirs:
        click.echo(f"  {_shown(d, project.root)}{'' if d.is_dir() else '  (none yet)'}")
    for name in templates.names():
        winner = templates.resolve(name)
        origin = next((label for d, label in origins.items() if winner.is_relative_to(d)), "theme")
        click.echo(f"{name}  [{origin}: {_shown(winner, project.root)}]")
        blocks = templates.blocks(name)
        if blocks:
            click.echo(f"    blocks: {', '.join(blocks)}")


@cli.command()
def schema():
    """Print the JSON Schema of event.yaml (for editor autocompletion)."""
    from .content.models import Event

    data = Event.model_json_schema()
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    data["title"] = "briefkit event file (event.yaml)"
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


# -- from a statement to an event folder -------------------------------------


def _statement_date(ctx, param, value):
    """--date: the statement's own date, when its header does not give it."""
    if value is None:
        return None
    from .content.partial_date import DatePoint
    from .extract.dates import STATEMENT_YEARS

    try:
        point = DatePoint.parse(value)
    except ValueError as exc:
        raise click.BadParameter(f"{exc}.") from None
    if point.year not in STATEMENT_YEARS:
        raise click.BadParameter(
            f"'{value}': the year is not between {STATEMENT_YEARS[0]} and {STATEMENT_YEARS[-1]}, "
            "the years a statement's dates are read in."
        )
    return point


STATEMENT_DATE = click.option(
    "--date",
    "speech_date",
    metavar="DATE",
    callback=_statement_date,
    expose_value=True,
    help="The statement's date (YYYY, YYYY-MM or YYYY-MM-DD) when its header does not give it; "
    "resolves 'last year', 'on 19 October' and the like.",
)


#: extract.TIMELINE_READERS and extract.DEFAULT_TIMELINE_READER, named here because importing the extract
#: package would slow every command's start (a test holds the two together).
TIMELINE_READER = click.option(
    "--timeline",
    "timeline_reader",
    type=click.Choice(["rules", "model", "hybrid"]),
    default="hybrid",
    show_default=True,
    help="How dated meetings are found: the hand-written rules, a learnt selector among every dated "
    "mention (model), or the rules completed by it under the rules' policies (hybrid); docs/extract.md, "
    "'A learnt selector'.",
)


def _report_todo(todo: list[str], marked: int, err: bool) -> None:
    if not todo:
        return
    # validate counts the values still marked; the list also names items written commented out.
    click.echo(
        f"{len(todo)} thing(s) to check, {marked} of them value(s) marked TO CHECK in the file "
        "('briefkit validate' lists those left):",
        err=err,
    )
    for line in todo:
        click.echo(f"  - {line}", err=err)


@cli.command()
@click.argument("statement", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the draft here, and the cleaned statement as speech.txt beside it "
    "(default: print the draft).",
)
@STATEMENT_DATE
@TIMELINE_READER
@click.option("--force", is_flag=True, help="Overwrite OUTPUT and the speech.txt beside it.")
@click.pass_context
def extract(ctx, statement, output, speech_date, timeline_reader, force):
    """Draft an event file from STATEMENT: plain text, Word, web page, PDF, OpenDocument or RTF.

    Reads .txt (UTF-8, Windows-1252 or UTF-16, with or without blank lines
    between paragraphs), .docx, .odt, .rtf, .html/.htm and .pdf (with a text
    layer). The draft cites the paragraphs of the cleaned statement, written
    as speech.txt, so keep the two together (-o does).
    """
    from .extract import extract_file
    from .extract.scaffold import write_draft

    result = extract_file(statement, speech_date=speech_date, timeline_reader=timeline_reader)
    quiet = ctx.obj["quiet"]
    if output is None:
        click.echo(result.yaml, nl=False)
        if not quiet:
            _report_todo(result.todo, result.marked, err=True)
        return
    written = write_draft(result, output, force=force)
    if not quiet:
        for path in written.files:
            click.echo(f"wrote {path}")
        _report_todo(written.todo, written.marked, err=False)


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--speech",
    "statement",
    required=True,
    metavar="FILE",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The statement: .txt, .docx, .odt, .rtf, .html or .pdf.",
)
@STATEMENT_DATE
@TIMELINE_READER
@click.option("--force", is_flag=True, help="Overwrite event.yaml and speech.txt in an existing folder.")
@click.pass_context
def init(ctx, folder, statement, speech_date, timeline_reader, force):
    """Create the event folder FOLDER from a statement, ready for 'briefkit build'.

    FOLDER is a path such as content/my-event, or a bare name (my-event) for a
    folder under the project's content/. It gets speech.txt (the cleaned
    statement) and event.yaml (a commented draft extracted from it).
    """
    from .extract.scaffold import init_event

    project_dir = ctx.obj["project_dir"]
    written = init_event(
        folder,
        statement,
        content_dir=project_dir / "content",
        speech_date=speech_date,
        timeline_reader=timeline_reader,
        force=force,
    )
    if ctx.obj["quiet"]:
        return
    for path in written.files:
        click.echo(f"wrote {_shown(path, project_dir)}")
    _report_todo(written.todo, written.marked, err=False)
    shown = _shown(written.folder, project_dir)
    click.echo("Next: read the comments in event.yaml, then run")
    click.echo(f"  briefkit validate {shown}")
    click.echo(f"  briefkit build {shown}")


@cli.command()
@click.argument("statements", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_formats_option()
@JOBS
@SCHEDULER
@THEME
@click.option("--force", is_flag=True, help="Extract again the statements whose event folders exist.")
@click.pass_context
def batch(ctx, statements, formats, jobs, scheduler, theme, force):
    """Make an event folder and a draft pack for every statement file in STATEMENTS.

    Each file (any format 'briefkit extract' reads) becomes content/<its name>/
    with a commented event.yaml; then every pack is built, in parallel (or on
    the cluster). Prints, per statement, how many values are still TO CHECK.
    Event folders that exist are kept and built as they are (see --force).
    """
    from .pipeline.batch import draft_batch
    from .pipeline.options import BuildOptions
    from .pipeline.workers import default_workers

    project = _project(ctx, theme)
    options = BuildOptions(formats=formats, workers=jobs or default_workers(), scheduler=scheduler)
    result = draft_batch(project, statements, options, force=force)
    if not ctx.obj["quiet"]:
        width = max(len(row.statement.name) for row in result.rows)
        click.echo(f"{'statement':{width}}  {'event':28}  {'TO CHECK':>8}  outputs")
        for row in result.rows:
            check = "?" if row.to_check is None else str(row.to_check)
            done = "failed" if row.error else f"{len(row.outputs)} written" if row.outputs else "up to date"
            kept = " (folder kept)" if row.status == "kept" else ""
            click.echo(f"{row.statement.name:{width}}  {row.event:28}  {check:>8}  {done}{kept}")
    for row in result.failed:
        click.echo(f"Error: {row.statement.name}: {row.error}", err=True)
    if result.failed:
        click.echo(f"{len(result.failed)} of {len(result.rows)} statement(s) failed.", err=True)
        ctx.exit(2)


@cli.command()
@click.option("--clear", is_flag=True, help="Remove every kept entry; the next build compiles again.")
@click.pass_context
def cache(ctx, clear):
    """Show (or --clear) the compiled templates kept between builds in your cache folder.

    briefkit keeps them in $XDG_CACHE_HOME/briefkit/templates (~/.cache/...),
    one folder per briefkit version, pruned by the builds themselves: this
    version's folder and the two most recently used others are kept, and
    entries unused for 30 days are removed.
    """
    from datetime import datetime

    from .render import template_cache

    where = template_cache.location()
    try:
        if clear:
            removed = template_cache.clear()
            if not ctx.obj["quiet"]:
                click.echo(f"removed {removed} kept file(s) from {where}")
            return
        kept = template_cache.versions()
    except OSError as exc:  # changed underneath us (another process), or not this user's folder
        raise BriefkitError(
            f"{where}: could not read the kept templates ({exc.strerror or exc}). "
            "Nothing of your projects was touched; run the command again, or remove the folder by hand."
        ) from None
    click.echo(f"Compiled templates kept in {where}" + ("" if kept else ": none"))
    current = template_cache.current_version()
    for version in kept:
        used = datetime.fromtimestamp(version.used).strftime("%Y-%m-%d %H:%M")
        this = "this version" if version.name == current else ""
        click.echo(
            f"  {version.name}  {this:12}  {version.entries:5} entries  "
            f"{version.size / 1024:8.0f} kB  last used {used}"
        )


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _terminate(signum, frame):
    # Turn SIGTERM into the same clean stop as Ctrl-C: temporary files are
    # removed and earlier outputs stay as they were.
    raise KeyboardInterrupt


def main() -> None:
    """The ``briefkit`` command: one command in a process of its own."""
    from . import pipeline

    pipeline.ENDS_AFTER_COMMAND = True
    signal.signal(signal.SIGTERM, _terminate)
    try:
        cli(prog_name="briefkit")
    except BriefkitError as exc:  # pragma: no cover - click handles these itself
        exc.show()
        sys.exit(exc.exit_code)
