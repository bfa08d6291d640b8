"""Fixtures: the shipped event built once per session, and a clean logger per test."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest
from browser_helpers import browser, chromium  # noqa: F401  (fixtures: headless Chromium)
from helpers import CONTENT, DEFAULT_EVENT, TEMPLATES, assert_ok, normalise, page_bands, run_cli
from hypothesis import settings

from generator.config.theme import length_to_pt

#: Under CI every tool a test needs is installed (.ci/run): a skip there hides a
#: missing install step, so it is reported as a failure.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

settings.register_profile("ci", derandomize=True)
settings.register_profile("dev")
settings.load_profile("ci" if IN_CI else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pytest_configure(config):
    # WeasyPrint warns on import when the system lacks HarfBuzz-Subset; that is
    # the machine's business, not briefkit's (filterwarnings = error otherwise).
    config.addinivalue_line("filterwarnings", "ignore:HarfBuzz-Subset:DeprecationWarning")
    # Compiled templates are kept in the user's cache folder: the suite's go to its own,
    # shared by the builds it runs (in this process and in the ones it starts).
    config.briefkit_cache = tempfile.mkdtemp(prefix="briefkit-test-cache-")
    os.environ["XDG_CACHE_HOME"] = config.briefkit_cache


def pytest_unconfigure(config):
    cache = getattr(config, "briefkit_cache", None)
    if cache:
        shutil.rmtree(cache, ignore_errors=True)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A skip under CI fails; the test's own outcome is kept on the item (the browser
    fixture takes a screenshot when the test failed)."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.report_call = report
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where nothing may skip: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    """A module that skips itself while it is collected (a missing validator) fails under CI too."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where nothing may skip: {reason}"


@dataclass
class BuiltProject:
    """The repository's content built to PDF and HTML in a tmp project."""

    root: Path
    output: str

    @property
    def out(self) -> Path:
        return self.root / "build" / DEFAULT_EVENT

    @property
    def event_dir(self) -> Path:
        return self.root / "content" / DEFAULT_EVENT

    @cached_property
    def loaded(self):
        from generator.content.load import load_event

        return load_event(self.event_dir)

    @property
    def event(self):
        return self.loaded.event

    @property
    def speech(self):
        return self.loaded.speech

    @cached_property
    def documents(self):
        from generator.config.documents import load_documents

        docs = load_documents([TEMPLATES / "documents.toml"])
        return docs.for_data(set(self.loaded.data))[0]

    @cached_property
    def theme(self):
        from generator.config.theme import load_theme

        return load_theme([TEMPLATES / "theme.toml"])

    @cached_property
    def labels(self) -> dict[str, str]:
        from generator.config.theme import read_toml

        return read_toml(TEMPLATES / "messages" / "en.toml")

    def pdf(self, doc_id: str) -> Path:
        return self.out / f"{doc_id}.pdf"

    def html(self, doc_id: str) -> Path:
        return self.out / f"{doc_id}.html"

    @cached_property
    def _readers(self) -> dict:
        return {}

    def reader(self, doc_id: str):
        from pypdf import PdfReader

        if doc_id not in self._readers:
            self._readers[doc_id] = PdfReader(self.pdf(doc_id))
        return self._readers[doc_id]

    def pages(self, doc_id: str) -> list[str]:
        """The extracted text of each page."""
        key = ("pages", doc_id)
        if key not in self._readers:
            self._readers[key] = [p.extract_text() for p in self.reader(doc_id).pages]
        return self._readers[key]

    def text(self, doc_id: str) -> str:
        """The whole PDF's text, normalised."""
        return normalise("\n".join(self.pages(doc_id)))

    def bands(self, doc_id: str) -> list[tuple[str, str]]:
        """(header, footer) text of each page: what lies in the top and bottom margins."""
        key = ("bands", doc_id)
        if key not in self._readers:
            page = self.theme.page
            top, bottom = length_to_pt(page.margin_top), length_to_pt(page.margin_bottom)
            self._readers[key] = [page_bands(p, top, bottom) for p in self.reader(doc_id).pages]
        return self._readers[key]


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> BuiltProject:
    """Build the shipped event once (PDF, HTML and DOCX) with the built-in templates."""
    root = tmp_path_factory.mktemp("built") / "project"
    shutil.copytree(CONTENT / DEFAULT_EVENT, root / "content" / DEFAULT_EVENT)
    output = assert_ok(run_cli(["build", "-f", "pdf", "-f", "html", "-f", "docx"], project=root))
    _reset_logging()
    return BuiltProject(root, output)


def _reset_logging() -> None:
    # The CLI points the "generator" logger at the stream CliRunner swapped in;
    # that stream is closed once the command returns.
    logger = logging.getLogger("generator")
    logger.handlers[:] = []
    logger.setLevel(logging.NOTSET)


@pytest.fixture(autouse=True)
def _clean_logging():
    yield
    _reset_logging()
