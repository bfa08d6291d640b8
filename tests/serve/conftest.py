"""Preview servers on tmp projects: one watching (for the whole session), one only serving."""

from __future__ import annotations

import pytest
from helpers import make_project
from serve_helpers import Running

from generator.config.project import Project
from generator.serve import Preview


@pytest.fixture(scope="session")
def running(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("serve"))
    server = Running(root, formats=("html", "pdf", "docx"), documents=("fact-sheet",))
    try:
        server.wait_for_reports(1)
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def serving(tmp_path_factory):
    """A Preview serving the HTML of a built tmp project, without a watch (no rebuilds)."""
    from generator.pipeline.build import build_project
    from generator.pipeline.options import BuildOptions

    root = make_project(tmp_path_factory.mktemp("static"))
    build_project(Project(root=root), BuildOptions(formats=("html",), documents=("fact-sheet",), workers=0))
    preview = Preview(Project(root=root), None, "127.0.0.1", 0)
    preview.start()
    try:
        yield preview
    finally:
        preview.close()


@pytest.fixture
def driver(browser, running):
    """The session's headless Chromium (tests/browser_helpers.py), as a Selenium driver,
    holding the running preview's key (it opened the address the command prints)."""
    browser.driver.get(running.preview.address)
    return browser.driver
