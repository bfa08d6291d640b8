"""Content is text: markup in event.yaml or the speech is printed, never run."""

from __future__ import annotations

import pytest
from helpers import (
    EVENT,
    MINIMAL_SPEECH,
    TEMPLATES,
    assert_ok,
    make_project,
    minimal_event,
    normalise,
    page_bands,
    pdf_text,
    run_cli,
)
from lxml import html as lxml_html
from pypdf import PdfReader

SCRIPT = "<script>alert(1)</script>"
NAME = 'Summit & <b>Friends</b> "2006"'
MESSAGE = f"{SCRIPT} & <b>bold</b> claims"
SPEECH_LINE = f"We say {SCRIPT} & <b>this</b> plainly."
TERM, EXPANSION = "R&D", "<i>Research</i> & Development"
MILESTONE = "<script>x()</script> & <em>co</em>"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A project whose content is full of markup, built once."""
    event = minimal_event()
    event["event"]["name"] = NAME
    event["key_messages"][0] = {"text": MESSAGE, "cite": 3, "evidence": SPEECH_LINE}
    event["glossary"] = [{"term": TERM, "expansion": EXPANSION}]
    event["timeline"] = [{"date": "2006-05", "title": MILESTONE, "significance": "x & y", "cite": 3}]
    speech = MINIMAL_SPEECH.replace("Thank you.", f"{SPEECH_LINE}\n\nThank you.")
    root = make_project(
        tmp_path_factory.mktemp("hostile"),
        {
            f"content/{EVENT}/event.yaml": event,
            f"content/{EVENT}/speech.txt": speech,
        },
    )
    assert_ok(run_cli(["build", "-j", "1", "-f", "html"], project=root))
    assert_ok(run_cli(["build", "-j", "1", "-f", "pdf", "-d", "fact-sheet"], project=root))
    return root / "build" / EVENT


@pytest.mark.parametrize("doc", ["briefing-note", "fact-sheet", "timeline", "briefing-pack"])
def test_html_has_no_live_markup_from_content(hostile, doc):
    raw = (hostile / f"{doc}.html").read_text(encoding="utf-8")
    tree = lxml_html.document_fromstring(raw)
    assert tree.xpath("//script") == []
    assert tree.xpath("//b | //i") == []
    assert "&lt;script&gt;" in raw
    # The text a reader sees is the content as written.
    text = tree.text_content()
    assert NAME in text
    assert tree.findtext(".//title").endswith(f"— {NAME}")


@pytest.mark.parametrize(
    ("doc", "written"),
    [
        ("briefing-note", [MESSAGE]),
        ("fact-sheet", [MESSAGE, TERM, EXPANSION]),
        ("timeline", [MILESTONE]),
        ("briefing-pack", [MESSAGE, SPEECH_LINE, MILESTONE]),
    ],
)
def test_html_prints_content_literally(hostile, doc, written):
    tree = lxml_html.parse(str(hostile / f"{doc}.html")).getroot()
    text = tree.text_content()
    for value in written:
        assert value in text
    assert tree.xpath("//em") == []


def test_attributes_are_escaped(hostile):
    tree = lxml_html.parse(str(hostile / "fact-sheet.html")).getroot()
    furniture = tree.xpath('//*[@class="furniture"]')
    assert furniture
    # The footer string keeps the quotes, ampersand and angle brackets as text.
    assert all(NAME in f.get("data-footer") for f in furniture)
    metas = {m.get("name"): m.get("content") for m in tree.xpath("//meta[@name]")}
    assert NAME in metas["keywords"]


def test_pdf_prints_content_literally(hostile):
    path = hostile / "fact-sheet.pdf"
    text = pdf_text(path)
    for value in (MESSAGE, NAME, TERM, EXPANSION):
        assert normalise(value) in text


def test_pdf_furniture_and_metadata_are_literal(hostile):
    from generator.config.theme import length_to_pt, load_theme

    reader = PdfReader(hostile / "fact-sheet.pdf")
    assert NAME in reader.metadata.title
    assert NAME in reader.metadata.keywords
    page = load_theme([TEMPLATES / "theme.toml"]).page
    for pdf_page in reader.pages:
        _, foot = page_bands(pdf_page, length_to_pt(page.margin_top), length_to_pt(page.margin_bottom))
        assert normalise(NAME) in foot
