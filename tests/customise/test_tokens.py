"""Theme tokens set in an event's theme.toml reach the PDF and the DOCX alike."""

from __future__ import annotations

import pytest
from customise_helpers import (
    DEMO,
    FOOTER_PT,
    HEADER_PT,
    LOGO_SUN,
    base_fonts,
    build,
    docx_has_picture,
    docx_part,
    docx_style,
    formats,
    needs_docx,
    page_colours,
    pdf_colours,
    project,
)
from helpers import EVENT, page_bands
from lxml import html as lxml_html

#: Tokens the built-in theme does not use anywhere, so seeing them proves the override.
ACCENT = "#7a1f5c"
BUILTIN_ACCENT = "#1d3557"
TOKENS = f"""\
[fonts]
body = ["DejaVu Sans", "sans-serif"]
heading = ["DejaVu Sans", "sans-serif"]

[colours]
accent = "{ACCENT}"
"""


@pytest.fixture(scope="module")
def restyled(tmp_path_factory):
    root = project(tmp_path_factory.mktemp("tokens"), {f"content/{EVENT}/theme.toml": TOKENS})
    return build(root, "-d", "fact-sheet", *formats("pdf", "docx", "html"))


def test_font_token_reaches_the_pdf(baseline, restyled):
    before = base_fonts(baseline("fact-sheet.pdf"))
    after = base_fonts(restyled / "fact-sheet.pdf")
    assert any(name.startswith("DejaVuSerif") for name in before), before
    assert after and all(name.startswith("DejaVuSans") for name in after), after


def test_colour_token_reaches_the_pdf(baseline, restyled):
    assert BUILTIN_ACCENT in pdf_colours(baseline("fact-sheet.pdf"))
    colours = pdf_colours(restyled / "fact-sheet.pdf")
    assert ACCENT in colours
    assert BUILTIN_ACCENT not in colours


def test_tokens_reach_the_html_stylesheet(restyled):
    style = lxml_html.parse(str(restyled / "fact-sheet.html")).getroot().findtext(".//head/style")
    assert f"color: {ACCENT}" in style
    assert '"DejaVu Sans", sans-serif' in style and "DejaVu Serif" not in style


@needs_docx
def test_tokens_reach_the_docx_styles(baseline, restyled):
    assert docx_style(baseline("fact-sheet.docx"), "Normal")[0] == "DejaVu Serif"
    assert docx_style(baseline("fact-sheet.docx"), "Heading 2")[1] == BUILTIN_ACCENT[1:].upper()
    assert docx_style(restyled / "fact-sheet.docx", "Normal")[0] == "DejaVu Sans"
    assert docx_style(restyled / "fact-sheet.docx", "Heading 2") == ("DejaVu Sans", ACCENT[1:].upper())


# -- marking, footer and logo: the demonstration event's theme.toml ---------------------


def test_marking_and_footer_on_every_pdf_page(demo):
    from pypdf import PdfReader

    pages = PdfReader(demo("briefing-pack.pdf")).pages
    for n, page in enumerate(pages, 1):
        head, foot = page_bands(page, HEADER_PT, FOOTER_PT)
        assert "DEMONSTRATION — FICTIONAL CONTENT" in head, (n, head)
        assert "DEMONSTRATION — FICTIONAL CONTENT" in foot, (n, foot)
        if n > 1:  # the cover has no running footer text
            assert "Demonstration" in foot.replace("DEMONSTRATION", ""), (n, foot)


def test_logo_on_the_pdf_cover_and_in_every_header(demo):
    from pypdf import PdfReader

    pages = PdfReader(demo("briefing-pack.pdf")).pages
    # The sun of the logo is drawn on the cover and, through the running
    # header, on every other page.
    missing = [n for n, page in enumerate(pages, 1) if LOGO_SUN not in page_colours(page)]
    assert not missing, f"no logo on pages {missing}"


def test_no_logo_without_the_token(baseline):
    assert LOGO_SUN not in pdf_colours(baseline("fact-sheet.pdf"))


@needs_docx
def test_marking_and_logo_on_the_docx_cover(demo):
    body = docx_part(demo("briefing-pack.docx"), r"word/document\.xml")
    assert docx_has_picture(body)
    headers = docx_part(demo("briefing-pack.docx"), r"word/header\d*\.xml")
    assert "DEMONSTRATION — FICTIONAL CONTENT" in headers


@needs_docx
def test_logo_in_the_docx_header(demo):
    headers = docx_part(demo("briefing-pack.docx"), r"word/header\d*\.xml")
    assert docx_has_picture(headers)


def test_demo_event_is_marked_as_fiction(demo):
    from generator.content.load import load_event

    event = load_event(demo.root / "content" / DEMO).event
    assert "fictional" in event.event.name.lower()
    assert "fictional" in (event.event.series or "").lower()
