"""A watch keeps each event's setup between rebuilds (pipeline/setup_cache.py): a change to any
input it was read from is still picked up, and a template change is always read anew.

Each test builds the HTML once with a cache, changes one input, rebuilds with the same cache,
and reads the new output: a stale setup would show the old value. The first test shows the
cache is really used when nothing it depends on changed, so the others test a live cache.
"""

from __future__ import annotations

import os

import pytest
from helpers import EVENT, make_project, minimal_event, write_files

from generator.config.project import Project
from generator.pipeline.build import build_project
from generator.pipeline.options import BuildOptions
from generator.pipeline.setup_cache import SetupCache

EVENT_DIR = f"content/{EVENT}"
OVERRIDE = f"{EVENT_DIR}/templates/documents/fact_sheet.html.j2"
#: The fact sheet with a partial of the event's own included in its key facts.
INCLUDING = (
    '{% extends "!builtin/documents/fact_sheet.html.j2" %}\n'
    '{% block key_facts %}{% include "partials/mark.html.j2" %}{{ super() }}{% endblock %}\n'
)


@pytest.fixture(autouse=True)
def _fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1150000000")


def rebuild(root, setups: SetupCache, theme: str | None = None) -> str:
    """An eager HTML rebuild of the fact sheet, as a watch makes it; the HTML written."""
    options = BuildOptions(workers=0, formats=("html",), documents=("fact-sheet",), eager=True)
    build_project(Project(root=root, theme=theme), options, None, setups=setups)
    return (root / "build" / EVENT / "fact-sheet.html").read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path):
    return make_project(
        tmp_path,
        {OVERRIDE: INCLUDING, f"{EVENT_DIR}/templates/partials/mark.html.j2": "<p>Mark one</p>"},
    )


def test_a_rebuild_with_unchanged_inputs_reuses_the_setup(project):
    setups = SetupCache()
    rebuild(project, setups)
    partial = project / EVENT_DIR / "templates/partials/mark.html.j2"
    before = partial.stat()
    partial.write_text("<p>Mark two</p>", encoding="utf-8")
    # Two saves within one tick of the file system's clock: the file's time says nothing.
    os.utime(partial, ns=(before.st_atime_ns, before.st_mtime_ns))
    html = rebuild(project, setups)
    assert (setups.reads, setups.reuses) == (1, 1)
    # Templates are never kept: the included partial's change shows.
    assert "Mark two" in html and "Mark one" not in html


def test_a_changed_event_file_is_read_again(project):
    setups = SetupCache()
    assert "Test Meeting" in rebuild(project, setups)
    event = minimal_event()
    event["event"]["name"] = "Renamed Meeting"
    write_files(project, {f"{EVENT_DIR}/event.yaml": event})
    html = rebuild(project, setups)
    assert "Renamed Meeting" in html and "Test Meeting" not in html
    assert setups.reads == 2


def test_a_changed_theme_is_read_again(project):
    setups = SetupCache()
    write_files(project, {f"{EVENT_DIR}/theme.toml": '[colours]\naccent = "#123456"\n'})
    assert "#123456" in rebuild(project, setups)
    write_files(project, {f"{EVENT_DIR}/theme.toml": '[colours]\naccent = "#654321"\n'})
    html = rebuild(project, setups)
    assert "#654321" in html and "#123456" not in html


def test_a_changed_shared_theme_is_read_again(project):
    """A theme folder of the project's, outside the event: one of the event's layers."""
    setups = SetupCache()
    theme = "templates/themes/house/theme.toml"
    write_files(project, {theme: '[colours]\naccent = "#abcdef"\n'})
    assert "#abcdef" in rebuild(project, setups, theme="house")
    write_files(project, {theme: '[colours]\naccent = "#fedcba"\n'})
    html = rebuild(project, setups, theme="house")
    assert "#fedcba" in html and "#abcdef" not in html


def test_a_changed_label_is_read_again(project):
    setups = SetupCache()
    messages = f"{EVENT_DIR}/messages/en.toml"
    write_files(project, {messages: 'key_facts = "Facts at first"\n'})
    assert "Facts at first" in rebuild(project, setups)
    write_files(project, {messages: 'key_facts = "Facts at last"\n'})
    html = rebuild(project, setups)
    assert "Facts at last" in html and "Facts at first" not in html


def test_a_changed_stylesheet_template_shows(project):
    """The theme's stylesheet is a template: never kept, whatever the setup."""
    setups = SetupCache()
    css = f"{EVENT_DIR}/templates/css/theme.css.j2"
    write_files(project, {css: '{% include "!builtin/css/theme.css.j2" %}\n.mark-one { color: red }\n'})
    assert "mark-one" in rebuild(project, setups)
    write_files(project, {css: '{% include "!builtin/css/theme.css.j2" %}\n.mark-two { color: red }\n'})
    html = rebuild(project, setups)
    assert "mark-two" in html and "mark-one" not in html


def test_a_setup_read_while_its_files_changed_is_not_kept(project):
    """The key taken after reading differs from the one before: what was read may be half of
    each, and is used once but never found again under the earlier key."""
    setups = SetupCache()
    folder = project / "content" / EVENT
    p = Project(root=project)
    setups.setup(p, folder, None, "before", lambda: "after")
    setups.setup(p, folder, None, "before", lambda: "before")
    setups.setup(p, folder, None, "before", lambda: "before")
    assert (setups.reads, setups.reuses) == (2, 1)
