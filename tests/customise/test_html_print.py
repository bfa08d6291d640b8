"""The HTML preview printed from a browser keeps the classification marking on every page.

A browser lays out the stylesheet's page margins but knows none of WeasyPrint's running strings, so the
marking, which the PDF takes from the page (``string(marking)``), printed nowhere: a printed page without
its classification (review of 2026-12-02). Asked of headless Chromium, as a user printing the file would.
"""

from __future__ import annotations

import base64
import re

import pytest
from customise_helpers import build, long_event, project
from helpers import EVENT, pdf_pages

MARKING = "RESTRICTED PROTOCOL"


@pytest.fixture(scope="module")
def previews(tmp_path_factory):
    root = project(
        tmp_path_factory.mktemp("print"),
        {f"content/{EVENT}/theme.toml": f'[marking]\nclassification = "{MARKING}"\n'},
        event=long_event(),
    )
    return build(root, "-d", "fact-sheet", "-d", "briefing-pack", "-f", "html", "-f", "pdf")


def _printed(browser, html, tmp_path) -> list[str]:
    """Each page's text, squeezed: the marking is letter-spaced, which text extraction reads as spaces."""
    from selenium.webdriver.common.print_page_options import PrintOptions

    browser.open(html, settle=0.2)
    pdf = tmp_path / f"{html.stem}-printed.pdf"
    pdf.write_bytes(base64.b64decode(browser.driver.print_page(PrintOptions())))
    return [re.sub(r"\s+", "", page) for page in pdf_pages(pdf)]


@pytest.mark.parametrize("name", ["fact-sheet", "briefing-pack"])
def test_the_marking_prints_on_every_page_from_a_browser(browser, previews, tmp_path, name):
    pages = _printed(browser, previews / f"{name}.html", tmp_path)
    assert len(pages) > 1
    marking = MARKING.replace(" ", "")
    # At the head and the foot of each page, as the PDF has it.
    assert [page.count(marking) for page in pages] == [2] * len(pages)


@pytest.mark.parametrize("name", ["fact-sheet", "briefing-pack"])
def test_the_pdf_keeps_one_marking_at_each_end_of_a_page(previews, name):
    # The browser's fallback is overridden by the running string in WeasyPrint: not printed twice.
    pages = [re.sub(r"\s+", "", page) for page in pdf_pages(previews / f"{name}.pdf")]
    assert [page.count(MARKING.replace(" ", "")) for page in pages] == [2] * len(pages)
