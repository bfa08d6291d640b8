"""Watch mode: a running watch rebuilds after a change, reports errors and goes on.

Each test runs ``watch_project`` in a thread and stops it with its ``stop``
event; every wait is bounded, so a watch that never reacts fails the test
instead of hanging it.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import CONTENT, DEFAULT_EVENT

from generator.config.project import Project
from generator.errors import BriefkitError, TemplateError
from generator.pipeline.build import build_project
from generator.pipeline.options import BuildHooks, BuildOptions
from generator.pipeline.result import BuildResult
from generator.pipeline.watch import affected_events, watch_project

TEMPLATE = f"content/{DEFAULT_EVENT}/templates/documents/fact_sheet.html.j2"
GOOD = '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n{# edit NUMBER #}\n'
BROKEN = '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n{% block glossary %}{{ oops {% endblock %}\n'


@pytest.fixture(autouse=True)
def _fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1150000000")


class Watch:
    """A watch running in a thread, and what it has reported so far."""

    def __init__(self, root: Path):
        self.root = root
        self.reports: list[BuildResult | BriefkitError] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=watch_project,
            args=(Project(root=root), None),
            kwargs={
                "report": self.reports.append,
                "stop": self.stop,
                "options": BuildOptions(workers=0, formats=("html",)),
            },
            daemon=True,
        )

    def wait_for(self, count: int, poke: Callable[[int], None] | None = None, timeout: float = 20) -> None:
        """Wait until ``count`` reports have come; ``poke`` repeats the change meanwhile.

        The watcher starts after the first build returns, so a change made in
        between may go unseen: repeating it (with new content) is harmless.
        """
        end = time.monotonic() + timeout
        tries = 0
        while len(self.reports) < count:
            assert time.monotonic() < end, f"no report {count} after {timeout} s: {self.reports}"
            if poke and tries % 20 == 0:
                poke(tries)
            tries += 1
            time.sleep(0.05)

    def settle(self, quiet: float = 1.5, timeout: float = 20) -> int:
        """Wait until no report has come for ``quiet`` seconds; the number of reports."""
        end = time.monotonic() + timeout
        count = -1
        while count != len(self.reports):
            assert time.monotonic() < end, f"the watch keeps rebuilding: {self.reports}"
            count = len(self.reports)
            time.sleep(quiet)
        return count

    def __enter__(self) -> Watch:
        self.thread.start()
        self.wait_for(1, timeout=60)
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive(), "the watch did not stop"


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(CONTENT / DEFAULT_EVENT, root / "content" / DEFAULT_EVENT)
    path = root / TEMPLATE
    path.parent.mkdir(parents=True)
    path.write_text(GOOD.replace("NUMBER", "0"), encoding="utf-8")
    return root


def writer(path: Path, text: str) -> Callable[[int], None]:
    return lambda n: path.write_text(text.replace("NUMBER", str(n + 1)), encoding="utf-8")


def names(report) -> set[str]:
    assert isinstance(report, BuildResult), report
    return {p.name for p in report.written}


@pytest.mark.slow
def test_watch_builds_then_rebuilds_what_a_change_affects(project):
    with Watch(project) as watch:
        assert "fact-sheet.html" in names(watch.reports[0])

        watch.wait_for(2, poke=writer(project / TEMPLATE, GOOD))

        assert names(watch.reports[1]) == {"fact-sheet.html", "briefing-pack.html"}
        # Writing the outputs is no change to react to: the watch falls quiet.
        watch.settle()


def test_watch_reports_an_error_and_goes_on(project):
    with Watch(project) as watch:
        watch.wait_for(2, poke=writer(project / TEMPLATE, BROKEN))
        assert isinstance(watch.reports[1], TemplateError)
        assert watch.thread.is_alive()

        count = watch.settle(quiet=0.5)
        watch.wait_for(count + 1, poke=writer(project / TEMPLATE, GOOD))

        assert names(watch.reports[-1]) == {"fact-sheet.html", "briefing-pack.html"}


# -- eager builds: what the watch runs -----------------------------------------

PACK_OVERRIDE = f"content/{DEFAULT_EVENT}/templates/pack.html.j2"
VISIBLE = GOOD.replace(
    "{# edit NUMBER #}", "{% block glossary %}{{ super() }}<p>edit NUMBER</p>{% endblock %}"
)


def eager_build(root: Path, **options) -> list[str]:
    """Build as the watch does; the names of the files in the order they landed."""
    landed: list[str] = []
    build_project(
        Project(root=root),
        BuildOptions(workers=0, eager=True, **options),
        None,
        BuildHooks(on_written=lambda p: landed.append(p.name)),
    )
    return landed


@pytest.mark.slow
def test_an_eager_build_writes_the_changed_document_before_the_pack(project):
    formats = ("docx", "html")  # listed out of order on purpose
    eager_build(project, formats=formats)
    writer(project / TEMPLATE, GOOD)(1)

    landed = eager_build(project, formats=formats)

    assert landed == ["fact-sheet.html", "fact-sheet.docx", "briefing-pack.html", "briefing-pack.docx"]


@pytest.mark.slow
def test_an_eager_build_writes_what_a_one_shot_build_writes(project, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(project, other)
    eager_build(project, formats=("html", "docx"))
    build_project(Project(root=other), BuildOptions(workers=0, formats=("html", "docx")))

    ours = sorted((project / "build").rglob("*.*"))
    theirs = sorted((other / "build").rglob("*.*"))
    assert [p.relative_to(project) for p in ours] == [p.relative_to(other) for p in theirs]
    for mine, its in zip(ours, theirs):
        if mine.name != ".briefkit-manifest.json":  # it names the project's own files
            assert mine.read_bytes() == its.read_bytes(), mine.name
    # The manifest it leaves makes the next one-shot build a no-op.
    assert (
        build_project(Project(root=project), BuildOptions(workers=0, formats=("html", "docx"))).written == []
    )


def test_an_eager_build_keeps_what_it_wrote_before_a_failure(project):
    eager_build(project, formats=("html",))
    out = project / "build" / DEFAULT_EVENT
    pack_before = (out / "briefing-pack.html").read_bytes()
    writer(project / TEMPLATE, VISIBLE)(7)
    pack = project / PACK_OVERRIDE
    pack.write_text(
        '{% extends "!builtin/pack.html.j2" %}\n{% block body %}{{ nope( }}{% endblock %}\n', encoding="utf-8"
    )

    with pytest.raises(TemplateError, match=r"pack\.html\.j2"):
        eager_build(project, formats=("html",))

    assert "edit 8" in (out / "fact-sheet.html").read_text(encoding="utf-8")
    assert (out / "briefing-pack.html").read_bytes() == pack_before
    # The fact sheet is recorded as current; only the pack is left to rebuild.
    pack.write_text('{% extends "!builtin/pack.html.j2" %}\n', encoding="utf-8")
    assert eager_build(project, formats=("html",)) == ["briefing-pack.html"]


def _eager_landed(root: Path, on_screen: set[tuple[str, str]], **options) -> list[str]:
    landed: list[str] = []
    hooks = BuildHooks(
        on_written=lambda p: landed.append(f"{p.parent.name}/{p.name}"),
        on_screen=lambda: frozenset(on_screen),
    )
    build_project(Project(root=root), BuildOptions(workers=0, eager=True, force=True, **options), None, hooks)
    return landed


@pytest.mark.slow
def test_an_eager_build_writes_the_document_on_screen_first(project):
    """The live preview names the documents open in the browser: their HTML, then their PDF,
    come before anything else the change affects; the rest keep their order."""
    event = DEFAULT_EVENT
    landed = _eager_landed(
        project, {(event, "speaker-card")}, formats=("pdf", "html"), documents=("fact-sheet", "speaker-card")
    )
    assert landed == [
        f"{event}/speaker-card.html",
        f"{event}/speaker-card.pdf",
        f"{event}/fact-sheet.html",
        f"{event}/fact-sheet.pdf",
    ]
    # Without a screen: every HTML, then every PDF, in the documents' order.
    landed = _eager_landed(project, set(), formats=("pdf", "html"), documents=("fact-sheet", "speaker-card"))
    assert [name.partition("/")[2] for name in landed] == [
        "fact-sheet.html",
        "speaker-card.html",
        "fact-sheet.pdf",
        "speaker-card.pdf",
    ]


@pytest.mark.slow
def test_an_eager_build_takes_the_event_and_the_pack_on_screen_first(project):
    demo = "demo-cool-streets-2024"
    shutil.copytree(CONTENT / demo, project / "content" / demo)
    landed = _eager_landed(project, {(demo, "briefing-pack")}, formats=("html",))
    ours = [name for name in landed if name.startswith(f"{demo}/")]
    assert landed[: len(ours)] == ours  # its event before the other
    assert ours[0] == f"{demo}/briefing-pack.html" and len(ours) > 1  # the pack before its documents
    assert len(landed) > len(ours)
    # Without a screen the pack comes last.
    landed = _eager_landed(project, set(), formats=("html",))
    assert [name for name in landed if name.startswith(f"{demo}/")][-1] == f"{demo}/briefing-pack.html"


def test_an_eager_build_hands_each_pdf_over_before_writing_it(project):
    """The preview shows a PDF's pages from the bytes the watch made, before the file lands."""
    seen: list[tuple[str, str]] = []
    pdfs: dict[str, bytes] = {}

    def made(event: str, document: str, data: bytes) -> None:
        seen.append(("made", f"{document}.pdf"))
        pdfs[document] = data

    hooks = BuildHooks(on_written=lambda p: seen.append(("landed", p.name)), on_pdf=made)
    options = BuildOptions(workers=0, eager=True, formats=("pdf",), documents=("speaker-card",))
    build_project(Project(root=project), options, None, hooks)

    assert seen == [("made", "speaker-card.pdf"), ("landed", "speaker-card.pdf")]
    assert pdfs["speaker-card"] == (project / "build" / DEFAULT_EVENT / "speaker-card.pdf").read_bytes()


def test_the_watch_tells_of_each_file_as_it_lands(project):
    landed: list[tuple[str, float]] = []
    stop = threading.Event()
    thread = threading.Thread(
        target=watch_project,
        args=(Project(root=project), None),
        kwargs={
            "report": lambda _: stop.set(),
            "stop": stop,
            "options": BuildOptions(workers=0, formats=("html",)),
            "on_written": lambda path, seconds: landed.append((path.name, seconds)),
        },
        daemon=True,
    )
    thread.start()
    thread.join(timeout=60)

    assert not thread.is_alive()
    assert {name for name, _ in landed} >= {"fact-sheet.html", "briefing-pack.html"}
    seconds = [s for _, s in landed]
    assert seconds == sorted(seconds) and seconds[0] > 0


def test_a_save_during_the_first_build_is_not_missed(project, monkeypatch):
    """The watcher starts after the first build and the warm-up; what was saved
    meanwhile is caught up at once, not at the next save."""
    import generator.pipeline.watch as watch_module

    warm_up = watch_module.warm_up

    def save_while_warming_up(*args):
        warm_up(*args)
        writer(project / TEMPLATE, VISIBLE)(41)

    monkeypatch.setattr(watch_module, "warm_up", save_while_warming_up)
    with Watch(project) as watch:
        watch.wait_for(2)

        assert names(watch.reports[1]) == {"fact-sheet.html", "briefing-pack.html"}
        out = project / "build" / DEFAULT_EVENT / "fact-sheet.html"
        assert "edit 42" in out.read_text(encoding="utf-8")


def test_a_save_during_the_catch_up_is_not_missed(project, monkeypatch):
    """The watcher is running before the catch-up starts: a save the catch-up
    build did not see (made as it ends) is the watcher's, not lost between the two."""
    import generator.pipeline.watch as watch_module

    build = watch_module.build_project
    calls = []

    def save_as_the_catch_up_ends(*args, **kwargs):
        result = build(*args, **kwargs)
        calls.append(1)
        if len(calls) == 2:  # the first build, then the catch-up
            writer(project / TEMPLATE, VISIBLE)(42)
        return result

    monkeypatch.setattr(watch_module, "build_project", save_as_the_catch_up_ends)
    with Watch(project) as watch:
        watch.wait_for(2)

        assert names(watch.reports[1]) == {"fact-sheet.html", "briefing-pack.html"}
        out = project / "build" / DEFAULT_EVENT / "fact-sheet.html"
        assert "edit 43" in out.read_text(encoding="utf-8")


def test_a_change_inside_one_event_concerns_that_event_alone(project):
    shutil.copytree(CONTENT / "demo-cool-streets-2024", project / "content" / "demo-cool-streets-2024")
    # The watcher reports real paths; the build names folders as the project
    # does, here through a link, and its rebuild keys contain those names.
    link = project.parent / "link"
    link.symlink_to(project)
    proj = Project(root=link)
    ours, other = (proj.content_dir / name for name in (DEFAULT_EVENT, "demo-cool-streets-2024"))
    real = ours.resolve()
    assert real != ours

    assert affected_events(proj, None, [real / "event.yaml", real / "templates" / "x.j2"]) == [ours]
    assert affected_events(proj, None, [real / "event.yaml", other.resolve() / "theme.toml"]) == [ours, other]
    # Anything outside the events' folders may concern them all.
    assert affected_events(proj, None, [proj.builtin / "base.html.j2"]) is None
    assert affected_events(proj, None, [project / "content" / "new-event" / "event.yaml"]) is None
    named = [Path(DEFAULT_EVENT)]
    assert affected_events(proj, named, [proj.builtin / "base.html.j2"]) == named


def test_the_warm_up_starts_the_docx_writer_s_drawing_child(project, monkeypatch):
    """The first picture after a change finds the DOCX writer's drawing child running (a fresh
    interpreter, 0.1–0.2 s to start): the warm-up starts it when DOCX is asked for, whether or
    not the document it renders has a picture; not otherwise."""
    import generator.pipeline.watch as watch_module
    from generator.pipeline import apart
    from generator.writers.docx import raster

    started: list[int] = []
    start_drawing = raster.start_drawing
    monkeypatch.setattr(
        raster, "start_drawing", lambda: (started.append(apart.warm_pid() or 0), start_drawing())
    )
    apart.stop_warm()
    try:
        watch_module.warm_up(Project(root=project), None, BuildOptions(workers=0, formats=("html",)))
        assert started == [] and apart.warm_pid() is None
        watch_module.warm_up(Project(root=project), None, BuildOptions(workers=0, formats=("html", "docx")))
        assert started == [0] and apart.warm_pid() is not None  # none before; started by it
    finally:
        apart.stop_warm()
