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


def _renamed_event(name: str) -> dict:
    event = minimal_event()
    event["event"]["name"] = name
    return event


#: An input, what it holds before and after a change, the mark of each in the HTML, the theme.
CHANGES = {
    "event file": (
        f"{EVENT_DIR}/event.yaml",
        _renamed_event("Test Meeting"),
        _renamed_event("Renamed Meeting"),
        "Test Meeting",
        "Renamed Meeting",
        None,
    ),
    "theme": (
        f"{EVENT_DIR}/theme.toml",
        '[colours]\naccent = "#123456"\n',
        '[colours]\naccent = "#654321"\n',
        "#123456",
        "#654321",
        None,
    ),
    # A theme folder of the project's, outside the event: one of the event's layers.
    "shared theme": (
        "templates/themes/house/theme.toml",
        '[colours]\naccent = "#abcdef"\n',
        '[colours]\naccent = "#fedcba"\n',
        "#abcdef",
        "#fedcba",
        "house",
    ),
    "label": (
        f"{EVENT_DIR}/messages/en.toml",
        'key_facts = "Facts at first"\n',
        'key_facts = "Facts at last"\n',
        "Facts at first",
        "Facts at last",
        None,
    ),
    # The theme's stylesheet is a template: never kept, whatever the setup.
    "stylesheet template": (
        f"{EVENT_DIR}/templates/css/theme.css.j2",
        '{% include "!builtin/css/theme.css.j2" %}\n.mark-one { color: red }\n',
        '{% include "!builtin/css/theme.css.j2" %}\n.mark-two { color: red }\n',
        "mark-one",
        "mark-two",
        None,
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_changed_input_is_read_again(project, change):
    path, before, after, mark_before, mark_after, theme = CHANGES[change]
    setups = SetupCache()
    write_files(project, {path: before})
    assert mark_before in rebuild(project, setups, theme)
    write_files(project, {path: after})
    html = rebuild(project, setups, theme)
    assert mark_after in html and mark_before not in html


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
