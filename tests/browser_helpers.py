"""Headless Chromium, driven by Selenium: the real client of the HTML preview.

A test that says "a browser will not do X" must ask a browser. The
``chromium`` fixture starts one headless Chromium per test session (about a
second), with background networking, component updates and first-run work
switched off, so the only connections it makes are the ones a page asks for.

Use::

    def test_x(chromium):
        final_url = chromium.open(path)          # a file, opened from file://
        assert chromium.driver.find_element(...)

When a test using ``browser`` fails, a screenshot of its page is saved in the
test's tmp folder and the path printed with the failure.

Chromium and ChromeDriver are Debian's (``apt-get install chromium
chromium-driver``); ``BRIEFKIT_CHROMIUM`` and ``BRIEFKIT_CHROMEDRIVER`` point
elsewhere. Without them the tests skip, except under ``CI=true``, where a
missing client is a failure.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

CHROMIUM = os.environ.get("BRIEFKIT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("BRIEFKIT_CHROMEDRIVER", "/usr/bin/chromedriver")

#: Flags that keep Chromium from calling anywhere on its own.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-sync",
    "--disable-extensions",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--metrics-recording-only",
    "--no-default-browser-check",
    "--mute-audio",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
)


def _missing() -> str | None:
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not (Path(tool).is_file() or shutil.which(tool)):
            return f"{tool} is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


def require_chromium() -> None:
    """Skip without Chromium, or fail under CI=true, where nothing may skip."""
    missing = _missing()
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(missing)
        pytest.skip(missing)


@dataclass
class Chromium:
    """A running headless Chromium and what tests ask of it."""

    driver: Any

    def open(self, target: Path | str, settle: float = 1.0) -> str:
        """Load a file (from file://) or a URL, let it run ``settle`` seconds, and
        return the URL the tab ended on (a followed refresh changes it)."""
        url = target.resolve().as_uri() if isinstance(target, Path) else target
        self.driver.get(url)
        time.sleep(settle)
        return self.driver.current_url

    def blank(self) -> None:
        """Leave the page, so that nothing it scheduled runs into the next test."""
        self.driver.get("about:blank")


def start_chromium(profile: Path) -> Chromium:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which(CHROMIUM) or CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # for console_errors
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    service = Service(executable_path=shutil.which(CHROMEDRIVER) or CHROMEDRIVER)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    return Chromium(driver)


@pytest.fixture(scope="session")
def chromium(tmp_path_factory):
    """One headless Chromium for the session (see the module's docstring)."""
    require_chromium()
    browser = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield browser
    finally:
        browser.driver.quit()


@pytest.fixture
def browser(chromium, request, tmp_path):
    """The session's Chromium, on a blank page again after the test; a
    screenshot of the page when the test failed (conftest.py keeps the outcome)."""
    chromium.driver.get_log("browser")  # what earlier tests left in the console is theirs
    yield chromium
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        shot = tmp_path / "failed-page.png"
        try:
            chromium.driver.save_screenshot(str(shot))
            print(f"\nscreenshot of the failed page: {shot}")
        except Exception as exc:
            print(f"\nno screenshot: {exc}")
    chromium.blank()


T = TypeVar("T")


def wait_until(condition: Callable[[], T], timeout: float = 20, what: str = "the condition") -> T:
    """Poll ``condition`` until it returns something true; fail after ``timeout`` seconds.

    A page that reloads part of itself (the preview swaps its frame when a
    change lands) can replace an element between finding and reading it:
    that is "not yet", not a failure.
    """
    from selenium.common.exceptions import (
        NoSuchElementException,
        NoSuchFrameException,
        StaleElementReferenceException,
    )

    end = time.monotonic() + timeout
    while True:
        try:
            value = condition()
        except (StaleElementReferenceException, NoSuchElementException, NoSuchFrameException):
            value = None
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


def console_errors(driver) -> list[str]:
    """The errors in the browser's console since the last call (a CSP violation shows here)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
