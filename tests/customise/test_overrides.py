"""Template overrides: one block replaced, lookup order event → theme → built-in."""

from __future__ import annotations

import copy

import pytest
from customise_helpers import build, docx_paragraphs, formats, needs_docx, project
from helpers import EVENT, assert_ok, normalise, pdf_text, run_cli
from lxml import html as lxml_html

OVERRIDE = """\
{% extends "!builtin/documents/briefing_note.html.j2" %}
{% block key_messages %}
<div class="callout callout-override">
  <p class="callout-title">Replaced block</p>
  <p>Only the key messages block of this briefing note was overridden.</p>
</div>
{% endblock %}
"""
BLOCK = "callout-key"
REPLACEMENT = "callout-override"


def _by_class(element, cls: str) -> list:
    return element.xpath(f'.//div[contains(concat(" ", @class, " "), " {cls} ")]')


@pytest.fixture(scope="module")
def overridden(tmp_path_factory):
    root = project(
        tmp_path_factory.mktemp("override"),
        {f"content/{EVENT}/templates/documents/briefing_note.html.j2": OVERRIDE},
    )
    return build(root, "-d", "briefing-note", *formats("pdf", "docx", "html"))


def _article(path):
    tree = lxml_html.parse(str(path)).getroot()
    (article,) = tree.xpath('//article[@id="briefing-note"]')
    return article


def _texts(element) -> list[str]:
    """Normalised text of each paragraph-like element, as the writers print them."""
    tags = "p", "li", "h1", "h2", "h3", "h4", "th", "td", "dt", "dd"
    return [normalise(e.text_content()) for e in element.iter(*tags) if normalise(e.text_content())]


def _without(article, cls: str):
    """A copy of the article with the <div class=cls> replaced by a placeholder, and that div."""
    article = copy.deepcopy(article)
    (block,) = _by_class(article, cls)
    placeholder = lxml_html.Element("div", {"class": "placeholder"})
    placeholder.tail = block.tail
    block.getparent().replace(block, placeholder)
    return article, block


def test_override_changes_only_its_block_in_html(baseline, overridden):
    before, old_block = _without(_article(baseline("briefing-note.html")), BLOCK)
    after, new_block = _without(_article(overridden / "briefing-note.html"), REPLACEMENT)
    assert lxml_html.tostring(before) == lxml_html.tostring(after)
    assert "Replaced block" in new_block.text_content()
    assert "welcomes the outcome document" in old_block.text_content()


def test_override_changes_only_its_block_in_pdf(baseline, overridden):
    before, old_block = _without(_article(baseline("briefing-note.html")), BLOCK)
    text = pdf_text(overridden / "briefing-note.pdf").casefold()
    assert "only the key messages block of this briefing note was overridden." in text
    assert "the delegation welcomes the outcome document." not in text
    # Everything outside the block is still printed.
    for chunk in _texts(before):
        assert chunk.casefold() in text, chunk
    assert (
        "the delegation welcomes the outcome document" in pdf_text(baseline("briefing-note.pdf")).casefold()
    )


@needs_docx
def test_override_changes_only_its_block_in_docx(baseline, overridden):
    _, old_block = _without(_article(baseline("briefing-note.html")), BLOCK)
    _, new_block = _without(_article(overridden / "briefing-note.html"), REPLACEMENT)

    def outside(paragraphs, block):
        inside = set(_texts(block))
        return [(style, normalise(text)) for style, text in paragraphs if normalise(text) not in inside]

    before = docx_paragraphs(baseline("briefing-note.docx"))
    after = docx_paragraphs(overridden / "briefing-note.docx")
    assert outside(before, old_block) == outside(after, new_block)
    assert any("Only the key messages block" in text for _, text in after)
    assert not any("Only the key messages block" in text for _, text in before)


def test_templates_command_shows_which_file_wins(tmp_path):
    root = project(tmp_path, {f"content/{EVENT}/templates/documents/briefing_note.html.j2": OVERRIDE})
    output = assert_ok(run_cli(["templates", str(root / "content" / EVENT)], project=root))
    lines = output.splitlines()
    winner = next(line for line in lines if line.startswith("documents/briefing_note.html.j2"))
    assert "[event:" in winner and f"content/{EVENT}/templates/documents/briefing_note.html.j2" in winner
    other = next(line for line in lines if line.startswith("documents/fact_sheet.html.j2"))
    assert "built-in" in other
    blocks = lines[lines.index(other) + 1]
    assert "at_a_glance" in blocks and "key_facts" in blocks
    # An override lists the blocks it inherits too: any of them can be replaced.
    inherited = lines[lines.index(winner) + 1]
    assert "summary" in inherited and "talking_points" in inherited and "furniture" in inherited


def test_lookup_order_event_then_theme_then_builtin(tmp_path):
    marker = '{{% extends "!builtin/documents/fact_sheet.html.j2" %}}{{% block key_facts %}}<p>{}</p>{{% endblock %}}'
    theme = tmp_path / "theme"
    (theme / "documents").mkdir(parents=True)
    (theme / "documents" / "fact_sheet.html.j2").write_text(marker.format("FROM THE THEME"), encoding="utf-8")
    event_override = f"content/{EVENT}/templates/documents/fact_sheet.html.j2"
    root = project(tmp_path, {event_override: marker.format("FROM THE EVENT")})

    def key_facts(*args) -> str:
        out = build(root, "-d", "fact-sheet", "-f", "html", *args)
        return (out / "fact-sheet.html").read_text(encoding="utf-8")

    assert "FROM THE EVENT" in key_facts("--theme", str(theme))
    (root / event_override).unlink()
    html = key_facts("--theme", str(theme))
    assert "FROM THE THEME" in html and "FROM THE EVENT" not in html
    html = key_facts()
    assert "FROM THE THEME" not in html and "welcomes the outcome document" in html


def test_demo_event_override_adds_its_notice(demo):
    text = pdf_text(demo("briefing-pack.pdf")).casefold()
    notice = text.index("every person, place, meeting and figure in this pack is invented")
    # super(): the built-in summary is still there, right after the notice.
    assert (
        notice
        < text.index("summary at the 4th ministerial meeting", notice)
        < text.index("key messages", notice)
    )
