"""The theme's stylesheet parsed once per process (writers/pdf/stylesheet.py): the same PDF,
byte for byte, and only where the stylesheet is all that styles the document."""

from __future__ import annotations

import pytest
from helpers import EVENT, make_project

from generator.config.event_setup import setup_event
from generator.config.project import Project
from generator.pipeline.build import render_event
from generator.writers.pdf import stylesheet, write_pdf

HEAD = "<!DOCTYPE html><html lang='en'><head><title>t</title><style>\np { color: red }\n</style></head>"


def test_the_stylesheet_is_taken_out_of_the_document():
    html = HEAD + "<body><p>Text</p></body></html>"
    rest, css = stylesheet.split(html)
    assert css == "\np { color: red }\n"
    assert "<style" not in rest and "<p>Text</p>" in rest


@pytest.mark.parametrize(
    "body",
    [
        "<body><style>p { color: blue }</style><p>Text</p></body>",  # a second stylesheet
        '<body><p style="color: blue">Text</p></body>',
        "<body><p STYLE = 'color: blue'>Text</p></body>",
        '<body><svg width="10" height="10"><rect style="fill: red"/></svg></body>',
    ],
)
def test_a_document_styled_otherwise_too_is_laid_out_as_it_is(body):
    """Passed on its own, the stylesheet would rank below any other author style."""
    assert stylesheet.split(HEAD + body + "</html>") is None


@pytest.mark.parametrize(
    "rule",
    [
        "@font-face { font-family: X; src: url(x.ttf) }",
        "@import url(other.css);",
        "@counter-style thumbs { system: cyclic; symbols: x; }",
        "@layer base { p { color: blue } }",
    ],
)
def test_a_stylesheet_registering_something_with_the_document_is_left_in_it(rule):
    html = HEAD.replace("p { color: red }", rule + "\np { color: red }") + "<body><p>x</p></body></html>"
    assert stylesheet.split(html) is None


def test_the_pdf_is_the_same_bytes_and_the_parsed_stylesheet_is_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1150000000")
    root = make_project(tmp_path)
    setup = setup_event(Project(root=root), root / "content" / EVENT)
    document = render_event(setup, ["fact-sheet"], ("pdf",), False)[0].document
    assert stylesheet.split(document.html) is not None
    stylesheet.parsed.cache_clear()
    cached = [write_pdf(document), write_pdf(document)]
    # Parsed for the first layout, reused by the second (as by every document of the event).
    assert stylesheet.parsed.cache_info().hits == 1
    monkeypatch.setattr(stylesheet, "split", lambda html: None)
    assert cached == [write_pdf(document)] * 2
