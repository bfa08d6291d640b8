"""``briefkit serve`` in a real driver: headless Chromium, the system's, driven by Selenium.

One preview server runs for the session (conftest.py) on a tmp project whose
fact sheet is built as HTML and PDF; each test opens it in a fresh driver.
What the page shows is read from the page itself, and compared with the
files the build wrote.
"""

from __future__ import annotations

import io

import pytest
from browser_helpers import console_errors, wait_until
from helpers import EVENT
from pypdf import PdfReader
from serve_helpers import BROKEN, EDITED, OVERRIDE

from generator.serve.pdf_pages import digest

pytestmark = pytest.mark.slow


def _shown(driver, kind: str) -> list[dict]:
    return [s for s in driver.execute_script("return window.briefkitShown || []") if s["kind"] == kind]


def _frame_text(driver) -> str:
    driver.switch_to.frame(driver.find_element("id", "bk-html"))
    try:
        return driver.find_element("tag name", "body").text
    finally:
        driver.switch_to.default_content()


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_the_index_lists_the_event_and_its_documents(running, driver):
    driver.get(running.url)
    assert driver.find_element("tag name", "h2").text == EVENT
    links = {a.text: a.get_attribute("href") for a in driver.find_elements("css selector", ".documents a")}
    assert links["fact-sheet"] == f"{running.url}view/{EVENT}/fact-sheet"
    assert links["PDF"].endswith(f"/out/{EVENT}/fact-sheet.pdf")
    wait_until(lambda: driver.find_element("id", "bk-status").text == "up to date", what="the live status")
    assert console_errors(driver) == []


def test_a_document_shows_its_html_preview_and_its_pdf_pages(running, driver):
    driver.get(f"{running.url}view/{EVENT}/fact-sheet")
    html = running.output("fact-sheet.html").read_text(encoding="utf-8")
    assert "Test Meeting" in html
    wait_until(lambda: "Test Meeting" in _frame_text(driver), what="the HTML preview in its frame")
    # The preview keeps its own policy (no script runs in it) inside a sandboxed frame.
    frame = driver.find_element("id", "bk-html")
    assert frame.get_attribute("sandbox") == "allow-same-origin"
    driver.switch_to.frame(frame)
    policy = driver.find_element("css selector", 'meta[http-equiv="Content-Security-Policy"]')
    assert policy.get_attribute("content").startswith("default-src 'none'")
    driver.switch_to.default_content()
    # The PDF: one image per page, each decoded by the driver.
    pages = len(PdfReader(io.BytesIO(running.output("fact-sheet.pdf").read_bytes())).pages)
    images = wait_until(
        lambda: [
            i
            for i in driver.find_elements("css selector", "#bk-pdf img")
            if driver.execute_script("return arguments[0].naturalWidth", i) > 0
        ],
        what="the PDF's pages",
    )
    assert len(images) == pages
    width = driver.execute_script("return arguments[0].naturalWidth", images[0])
    height = driver.execute_script("return arguments[0].naturalHeight", images[0])
    assert 1.3 < height / width < 1.5  # A4 portrait
    docx = driver.find_element("id", "bk-docx")
    assert docx.get_attribute("href").endswith(f"/out/{EVENT}/fact-sheet.docx")
    assert docx.get_attribute("download") is not None
    assert console_errors(driver) == []


def test_a_saved_template_reaches_the_open_page_without_a_reload(running, driver):
    driver.get(f"{running.url}view/{EVENT}/fact-sheet")
    wait_until(lambda: _shown(driver, "pdf"), what="the first PDF pages")
    driver.execute_script("window.stillTheSamePage = true")
    override = running.root / OVERRIDE
    override.parent.mkdir(parents=True, exist_ok=True)
    try:
        override.write_text(EDITED.replace("MARK", "first edit"), encoding="utf-8")
        wait_until(lambda: "Edited first edit" in _frame_text(driver), 60, "the edit in the HTML preview")
        pdf = running.output("fact-sheet.pdf")
        wait_until(lambda: "Edited first edit" in _pdf_text(pdf), 60, "the edit in the PDF")
        version = digest(pdf.read_bytes())  # the pages shown are told by the PDF's hash
        wait_until(
            lambda: any(s["version"] == version for s in _shown(driver, "pdf")),
            60,
            "the new PDF's pages on the page",
        )
        assert driver.execute_script("return window.stillTheSamePage") is True
    finally:
        override.unlink()
    wait_until(lambda: "Edited" not in _frame_text(driver), 60, "the edit undone")
    assert console_errors(driver) == []


def test_the_pdf_view_follows_a_save_without_loading_the_html(running, driver):
    """The PDF's pages alone: a save shows its new pages, the HTML preview is neither shown nor
    loaded; the HTML view, chosen next, shows the same save."""
    driver.get(f"{running.url}view/{EVENT}/fact-sheet?show=pdf")
    pdf = running.output("fact-sheet.pdf")
    _wait_for_pages(driver, pdf)
    assert driver.find_elements("id", "bk-html") == []
    current = driver.find_element("css selector", '.views a[aria-current="page"]')
    assert current.text == "PDF"
    driver.execute_script("window.stillTheSamePage = true")
    override = running.root / OVERRIDE
    override.parent.mkdir(parents=True, exist_ok=True)
    try:
        override.write_text(EDITED.replace("MARK", "in the pdf view"), encoding="utf-8")
        wait_until(lambda: "Edited in the pdf view" in _pdf_text(pdf), 60, "the edit in the PDF")
        _wait_for_pages(driver, pdf)
        assert driver.execute_script("return window.stillTheSamePage") is True
        assert _shown(driver, "html") == []
        assert "Edited in the pdf view" in running.output("fact-sheet.html").read_text(encoding="utf-8")
        driver.find_element("link text", "HTML").click()
        wait_until(lambda: "Edited in the pdf view" in _frame_text(driver), 60, "the edit in the HTML view")
        assert driver.find_elements("id", "bk-pdf") == []
    finally:
        override.unlink()
    wait_until(lambda: "Edited" not in _frame_text(driver), 60, "the edit undone")
    assert console_errors(driver) == []


def _wait_for_pages(driver, pdf) -> list:
    """The pages of ``pdf`` (the file as it is now) on the page: as many images as it has
    pages, told by the hash of its bytes; the images."""
    data = pdf.read_bytes()
    version, count = digest(data), len(PdfReader(io.BytesIO(data)).pages)
    wait_until(lambda: any(s["version"] == version for s in _shown(driver, "pdf")), 60, "the new pages")
    images = driver.find_elements("css selector", "#bk-pdf > *")
    assert [i.tag_name for i in images] == ["img"] * count
    assert [i.get_attribute("alt") for i in images] == [f"Page {n} of {count}" for n in range(1, count + 1)]
    assert all(f"v={version}" in i.get_attribute("src") for i in images)
    return images


def test_a_change_in_page_count_shows_as_many_pages(running, driver):
    driver.get(f"{running.url}view/{EVENT}/fact-sheet")
    pdf = running.output("fact-sheet.pdf")
    before = _wait_for_pages(driver, pdf)
    override = running.root / OVERRIDE
    override.parent.mkdir(parents=True, exist_ok=True)
    longer = EDITED.replace(
        "<p>Edited MARK</p>", "{% for n in range(90) %}<p>Longer, line {{ n }}</p>{% endfor %}"
    )
    try:
        override.write_text(longer, encoding="utf-8")
        wait_until(lambda: "Longer, line 89" in _pdf_text(pdf), 60, "the longer PDF")
        more = _wait_for_pages(driver, pdf)
        assert len(more) > len(before)
    finally:
        override.unlink()
    wait_until(lambda: "Longer" not in _pdf_text(pdf), 60, "the PDF as it was")
    assert len(_wait_for_pages(driver, pdf)) == len(before)
    assert console_errors(driver) == []


def test_an_error_shows_over_the_page_and_goes_when_fixed(running, driver):
    driver.get(f"{running.url}view/{EVENT}/fact-sheet")
    overlay = driver.find_element("id", "bk-overlay")
    wait_until(lambda: driver.find_element("id", "bk-status").text == "up to date", what="the live status")
    assert not overlay.is_displayed()
    before = running.output("fact-sheet.html").read_bytes()
    override = running.root / OVERRIDE
    override.parent.mkdir(parents=True, exist_ok=True)
    try:
        override.write_text(BROKEN, encoding="utf-8")
        wait_until(overlay.is_displayed, 60, "the error overlay")
        where = driver.find_element("css selector", "#bk-errors .where").text
        message = driver.find_element("css selector", "#bk-errors .message").text
        assert where.endswith("fact_sheet.html.j2:2"), where
        assert "syntax error" in message
        # The server lived through it, and the last good output is still there.
        assert running.output("fact-sheet.html").read_bytes() == before
        override.write_text(EDITED.replace("MARK", "fixed"), encoding="utf-8")
        wait_until(lambda: not overlay.is_displayed(), 60, "the overlay to go")
        wait_until(lambda: "Edited fixed" in _frame_text(driver), 60, "the fixed template's output")
        # The PDF made after the fix is the one whose pages are shown.
        pdf = running.output("fact-sheet.pdf")
        wait_until(lambda: "Edited fixed" in _pdf_text(pdf), 60, "the fixed PDF")
        _wait_for_pages(driver, pdf)
    finally:
        override.unlink(missing_ok=True)
    assert console_errors(driver) == []


def test_a_content_error_names_the_file_line_and_field(running, driver):
    driver.get(f"{running.url}view/{EVENT}/fact-sheet")
    overlay = driver.find_element("id", "bk-overlay")
    wait_until(lambda: driver.find_element("id", "bk-status").text == "up to date", what="the live status")
    event_file = running.root / "content" / EVENT / "event.yaml"
    good = event_file.read_text(encoding="utf-8")
    line = next(n for n, text in enumerate(good.splitlines(), 1) if text.strip().startswith("date:"))
    try:
        event_file.write_text(good.replace("date: 2006-05", "date: 2006-02-30", 1), encoding="utf-8")
        wait_until(overlay.is_displayed, 60, "the error overlay")
        where = driver.find_element("css selector", "#bk-errors .where").text
        assert f"event.yaml:{line}" in where and "event.date" in where, where
        assert "day 30 does not exist" in driver.find_element("css selector", "#bk-errors .message").text
    finally:
        event_file.write_text(good, encoding="utf-8")
    wait_until(lambda: not overlay.is_displayed(), 60, "the overlay to go")
    assert console_errors(driver) == []
