"""Incremental builds: what a change rebuilds, and that the bytes match a clean build.

The decision logic is tested on HTML-only builds (fast); PDF only where the
bytes of a PDF are the point. Outputs are compared as bytes, and files a
build must leave alone are checked by their modification times too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import CONTENT, DEFAULT_EVENT, REPO, assert_ok, run_cli, snapshot, write_files

from generator.config.project import Project
from generator.pipeline.build import build_project
from generator.pipeline.options import BuildOptions

EVENT_DIR = f"content/{DEFAULT_EVENT}"
DOCUMENTS = ["briefing-note", "fact-sheet", "timeline", "speaker-card"]
PACK = "briefing-pack"
ALL = {*DOCUMENTS, PACK}
#: Two small documents: enough to compare PDFs byte for byte in a few seconds.
SMALL = ["-d", "fact-sheet", "-d", "timeline"]


@pytest.fixture(autouse=True)
def _fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1150000000")


def build(
    root: Path, *, formats=("html",), documents: list[str] | None = None, force: bool = False
) -> set[str]:
    """Build in this process (``workers=0``, as watch mode does); the document ids written."""
    options = BuildOptions(formats=formats, documents=documents or (), force=force, workers=0)
    result = build_project(Project(root=root), options)
    return {path.stem for path in result.written}


@dataclass
class Built:
    output: str
    #: Output files written, as "<event>/<file name>".
    written: set[str]

    @property
    def rebuilt(self) -> set[str]:
        """Document ids rebuilt (in any format)."""
        return {Path(w).stem for w in self.written}


def cli_build(root: Path, *args: str) -> Built:
    """``briefkit build ARGS`` through the command line, as a user runs it."""
    output = assert_ok(run_cli(["build", *args], project=root))
    written = {
        "/".join(Path(line[len("wrote ") :]).parts[-2:])
        for line in output.splitlines()
        if line.startswith("wrote ")
    }
    return Built(output, written)


def mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def override(name: str, version: int, body: str = "") -> dict[str, str]:
    """An event template that extends the built-in one it replaces."""
    return {
        f"{EVENT_DIR}/templates/{name}": f'{{% extends "!builtin/{name}" %}}\n{{# version {version} #}}\n{body}'
    }


@pytest.fixture
def project(tmp_path) -> Path:
    """A project holding a copy of the shipped event only."""
    root = tmp_path / "project"
    shutil.copytree(CONTENT / DEFAULT_EVENT, root / EVENT_DIR)
    return root


# -- no-op --------------------------------------------------------------------


def test_second_build_writes_nothing(project):
    first = cli_build(project, "-f", "html")
    assert first.written == {f"{DEFAULT_EVENT}/{d}.html" for d in ALL}
    out = project / "build"
    before, times = snapshot(out), mtimes(out)

    second = cli_build(project, "-f", "html")

    assert "Everything is up to date." in second.output
    assert second.written == set()
    assert snapshot(out) == before
    assert mtimes(out) == times


def test_force_rebuilds_everything(project):
    build(project)
    assert build(project) == set()
    assert build(project, force=True) == ALL


def test_selected_documents_are_checked_on_their_own(project):
    assert build(project, documents=["timeline"]) == {"timeline"}
    assert build(project, documents=["timeline"]) == set()
    assert build(project) == ALL - {"timeline"}


def test_asking_for_a_new_format_keeps_the_other_outputs(project):
    build(project, documents=["timeline"])
    html = project / "build" / DEFAULT_EVENT / "timeline.html"
    before = html.read_bytes()

    result = build_project(
        Project(root=project), BuildOptions(formats=("html", "docx"), documents=("timeline",), workers=0)
    )

    assert "timeline.docx" in {p.name for p in result.written}
    assert html.read_bytes() == before
    assert build(project, formats=("html", "docx"), documents=["timeline"]) == set()


# -- what a change rebuilds ----------------------------------------------------


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        # A document's own template, through {% extends "!builtin/…" %}.
        ("documents/fact_sheet.html.j2", {"fact-sheet", PACK}),
        # A partial that only the timeline includes.
        ("partials/timeline.svg.j2", {"timeline", PACK}),
        # A partial that only the pack includes.
        ("partials/annex.html.j2", {PACK}),
        # The template every document extends.
        ("base.html.j2", ALL),
        # The stylesheet every document inlines.
        ("css/theme.css.j2", ALL),
    ],
)
def test_editing_a_template_rebuilds_what_depends_on_it(project, template, expected):
    write_files(project, override(template, 1))
    build(project)
    out = project / "build" / DEFAULT_EVENT
    times = mtimes(out)

    write_files(project, override(template, 2))

    assert build(project) == expected
    untouched = {f"{d}.html" for d in ALL - expected}
    assert {n: t for n, t in mtimes(out).items() if n in untouched} == {n: times[n] for n in untouched}
    assert build(project) == set()


def test_a_template_edit_shows_in_the_output(project):
    block = "{% block glossary %}{{ super() }}<p>Marker {{ 40 + 2 }}</p>{% endblock %}\n"
    write_files(project, override("documents/fact_sheet.html.j2", 1))
    build(project)
    write_files(project, override("documents/fact_sheet.html.j2", 2, block))

    build(project)

    out = project / "build" / DEFAULT_EVENT
    assert "Marker 42" in (out / "fact-sheet.html").read_text(encoding="utf-8")
    assert "Marker 42" in (out / f"{PACK}.html").read_text(encoding="utf-8")
    assert "Marker 42" not in (out / "timeline.html").read_text(encoding="utf-8")


def test_adding_an_override_rebuilds_the_documents_it_replaces(project):
    build(project)
    write_files(project, override("documents/fact_sheet.html.j2", 1))
    # Which file wins a template name changed: at least its users are rebuilt.
    assert build(project) >= {"fact-sheet", PACK}
    assert build(project) == set()


def test_removing_an_override_rebuilds_the_documents_it_replaced(project):
    write_files(project, override("partials/timeline.svg.j2", 1))
    build(project)
    write_files(project, {f"{EVENT_DIR}/templates/partials/timeline.svg.j2": None})
    assert build(project) >= {"timeline", PACK}


def test_changing_the_theme_rebuilds_every_document(project):
    write_files(project, {f"{EVENT_DIR}/theme.toml": '[colours]\naccent = "#123456"\n'})
    build(project)
    write_files(project, {f"{EVENT_DIR}/theme.toml": '[colours]\naccent = "#654321"\n'})

    assert build(project) == ALL

    html = (project / "build" / DEFAULT_EVENT / "fact-sheet.html").read_text(encoding="utf-8")
    assert "#654321" in html and "#123456" not in html


LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="{}"/></svg>'


def test_changing_an_asset_rebuilds_every_document(project):
    write_files(
        project,
        {
            f"{EVENT_DIR}/theme.toml": '[marking]\nlogo = "assets/logo.svg"\n',
            f"{EVENT_DIR}/assets/logo.svg": LOGO.format("#123456"),
        },
    )
    build(project)
    write_files(project, {f"{EVENT_DIR}/assets/logo.svg": LOGO.format("#654321")})

    assert build(project) == ALL


@pytest.mark.parametrize("name", ["event.yaml", "speech.txt"])
def test_changing_the_content_rebuilds_every_document(project, name):
    build(project)
    path = project / EVENT_DIR / name
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert build(project) == ALL


def test_changing_source_date_epoch_rebuilds_every_document(project, monkeypatch):
    build(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1160000000")
    assert build(project) == ALL


@pytest.mark.parametrize("change", ["delete", "edit"])
def test_a_damaged_output_is_rebuilt_alone(project, change):
    build(project)
    out = project / "build" / DEFAULT_EVENT / "timeline.html"
    if change == "delete":
        out.unlink()
    else:
        out.write_text("edited by hand", encoding="utf-8")

    assert build(project) == {"timeline"}


def test_a_change_in_one_event_leaves_the_other_alone(project):
    shutil.copytree(project / EVENT_DIR, project / "content" / "second-event")
    build(project)
    write_files(project, override("documents/fact_sheet.html.j2", 1))

    result = build_project(Project(root=project), BuildOptions(formats=("html",), workers=0))

    assert result.written and {p.parent.name for p in result.written} == {DEFAULT_EVENT}


# -- same bytes as a clean build ------------------------------------------------


@pytest.mark.slow
def test_incremental_build_matches_a_clean_build(project):
    formats = ["-f", "pdf", "-f", "html"]
    write_files(project, override("documents/fact_sheet.html.j2", 1))
    cli_build(project, *formats, *SMALL)
    block = "{% block glossary %}{{ super() }}<p>Edited.</p>{% endblock %}\n"
    write_files(project, override("documents/fact_sheet.html.j2", 2, block))
    assert cli_build(project, *formats, *SMALL).rebuilt == {"fact-sheet"}
    incremental = snapshot(project / "build")

    (project / "build").rename(project / "build-incremental")
    clean = cli_build(project, *formats, *SMALL)

    assert clean.rebuilt == {"fact-sheet", "timeline"}
    assert snapshot(project / "build") == incremental
    assert set(incremental) >= {
        f"{DEFAULT_EVENT}/{d}.{f}" for d in ("fact-sheet", "timeline") for f in ("pdf", "html")
    }


@pytest.mark.slow
def test_parallel_build_matches_one_process(project):
    formats = ["-f", "pdf", "-f", "docx", "-f", "html"]
    cli_build(project, *formats, *SMALL, "--jobs", "2")
    parallel = snapshot(project / "build")

    cli_build(project, *formats, *SMALL, "--jobs", "1", "--force")

    assert snapshot(project / "build") == parallel
    assert len([name for name in parallel if not name.endswith(".json")]) == 6


def _python(code: str) -> subprocess.CompletedProcess:
    """*code* run by a Python of its own (what it imports is its own), which must succeed."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_no_op_build_does_not_load_the_renderers(project):
    build(project)
    code = (
        "import sys\n"
        "from generator.cli import cli\n"
        f"cli.main(['--project', {str(project)!r}, 'build', '-f', 'html'], standalone_mode=False)\n"
        "heavy = sorted(m for m in ('weasyprint', 'jinja2', 'docx', 'generator.render.templates') if m in sys.modules)\n"
        "print('loaded:', heavy)\n"
    )
    done = _python(code)
    assert "up to date" in done.stdout
    assert "loaded: []" in done.stdout


def test_the_command_sets_its_imports_aside_from_collection_a_build_in_a_caller_does_not(project):
    """``briefkit build`` ends after its build: what it imported is frozen (pipeline/run.py). A
    caller's build (a test, the preview) leaves the collector as it was: it would keep its garbage."""
    import gc

    code = (
        "import gc, sys\n"
        "from generator import cli\n"
        f"sys.argv = ['briefkit', '--project', {str(project)!r}, '-q', 'build', '-f', 'html']\n"
        "try:\n    cli.main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print('frozen:', gc.get_freeze_count() > 0)\n"
    )
    done = _python(code)
    assert "frozen: True" in done.stdout
    assert (project / "build" / DEFAULT_EVENT / "fact-sheet.html").is_file()
    before = gc.get_freeze_count()
    assert "fact-sheet" in cli_build(project, "-f", "html", "--force").rebuilt
    assert gc.get_freeze_count() == before


# -- a file saved while a build runs ---------------------------------------------


def test_content_saved_during_a_build_is_built_next_time(project, monkeypatch):
    build(project)
    event_yaml = project / EVENT_DIR / "event.yaml"
    import generator.pipeline.build as stages

    read = stages.setup_event

    def read_then_edit(*args, **kwargs):
        setup = read(*args, **kwargs)
        event_yaml.write_text(
            event_yaml.read_text(encoding="utf-8") + "\n# saved meanwhile\n", encoding="utf-8"
        )
        return setup

    monkeypatch.setattr(stages, "setup_event", read_then_edit)
    assert build(project, force=True) == ALL
    monkeypatch.setattr(stages, "setup_event", read)

    # What was built came from the content before the save: it is not current.
    assert build(project) == ALL


def test_a_template_saved_during_a_build_is_built_next_time(project, monkeypatch):
    override = project / EVENT_DIR / "templates" / "documents" / "fact_sheet.html.j2"
    override.parent.mkdir(parents=True)
    override.write_text('{% extends "!builtin/documents/fact_sheet.html.j2" %}\n', encoding="utf-8")
    build(project)
    from generator.render.templates import TemplateSet

    render = TemplateSet.render

    def render_then_edit(self, name, context):
        html = render(self, name, context)
        if name.endswith("fact_sheet.html.j2"):
            override.write_text(
                '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n{# later #}\n', encoding="utf-8"
            )
        return html

    monkeypatch.setattr(TemplateSet, "render", render_then_edit)
    assert build(project, documents=["fact-sheet"], force=True) == {"fact-sheet"}
    monkeypatch.setattr(TemplateSet, "render", render)

    assert build(project) == {"fact-sheet", PACK}
