"""Elements outside the vocabulary, strict mode, and text XML cannot hold."""

from __future__ import annotations

import logging

import pytest
from helpers import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import TemplateError


@pytest.mark.parametrize("element", ["marquee", "form", "iframe", "script", "video"])
def test_unsupported_element_raises_template_error_naming_it(render, element):
    with pytest.raises(TemplateError) as info:
        render(f"<p>ok</p>\n\n<{element}>x</{element}>")
    message = info.value.format_message()
    assert message.startswith("Template test.html.j2 uses HTML outside the template vocabulary")
    assert f"<{element}> (line 3 of the rendered HTML)" in message


def test_all_unsupported_elements_are_reported_at_once(render):
    with pytest.raises(TemplateError) as info:
        render("<form></form>\n<video></video>")
    assert len(info.value.problems) == 2


def test_script_is_refused_even_inside_svg_and_in_non_strict_mode(render):
    with pytest.raises(TemplateError, match="<script>"):
        render('<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>', strict=False)


def test_harmless_inline_element_warns_and_keeps_its_text(render, caplog):
    with caplog.at_level(logging.WARNING):
        document = render("<p>a <u>b</u> <mark>c</mark></p>")
    assert document.paragraphs[0].text == "a b c"
    assert document.paragraphs[0].runs[1].underline
    assert "<u> (line 1 of the rendered HTML) is not in the template vocabulary" in caplog.text


def test_strict_turns_warnings_into_errors(render):
    with pytest.raises(TemplateError, match="<u>"):
        render("<p>a <u>b</u></p>", strict=True)
    with pytest.raises(TemplateError, match="#nowhere"):
        render('<p><a href="#nowhere">x</a></p>', strict=True)


def test_misplaced_elements_are_errors(render):
    with pytest.raises(TemplateError, match=r"<p> .*: only <li> may be a child of <ul>"):
        render("<ul><p>x</p></ul>")
    with pytest.raises(TemplateError, match="javascript"):
        render('<p><a href="javascript:alert(1)">x</a></p>')


def test_control_characters_and_lone_surrogates_are_stripped(render, theme):
    document = render("<h1>Ti\x00tle\x0b</h1><p>a\x01b\x1fc\ud800d\ufffe\uffffe\tf</p>")
    assert [p.text for p in document.paragraphs] == ["Title", "abcde f"]


def test_control_characters_in_metadata_are_stripped(render):
    head = "<title>Bad\x07 title</title><meta name='description' content='A\x02B'>"
    document = render("<p>x</p>", head=head)
    assert document.core_properties.title == "Bad title"
    assert document.core_properties.subject == "AB"


def test_empty_html_is_a_template_error(theme):
    from generator.writers.docx import render_docx

    with pytest.raises(TemplateError, match="produced no HTML"):
        render_docx("  ", theme, template_name="empty.html.j2")


def test_bad_page_label_names_the_placeholder(render):
    with pytest.raises(TemplateError, match=r"\{total\}"):
        render('<div class="furniture" data-page-label="Page {page} of {total}"></div>')


def test_every_misplaced_element_is_reported_at_once_before_writing(render):
    html = (
        "<ul>\n<p>x</p>\n</ul>\n<li>loose</li>\n<table><tr>text<td>a</td></tr>\n<p>in table</p></table>\n"
        "<dl><span>s</span><div><dt>T</dt></div></dl>\n<div><dd>D</dd></div>\n"
        '<table><tr><td><div class="furniture"></div></td></tr></table>'
    )
    with pytest.raises(TemplateError) as info:
        render(html)
    messages = [p.message for p in info.value.problems]
    assert messages == [
        "<p> (line 2 of the rendered HTML): only <li> may be a child of <ul>",
        "<li> (line 4 of the rendered HTML): <li> must be inside its list",
        "<p> (line 6 of the rendered HTML): "
        "only <colgroup>, <thead>, <tbody> and <tr> may be children of <table>",
        "<tr> (line 5 of the rendered HTML): text directly inside <tr> must be in a cell",
        "<span> (line 7 of the rendered HTML): only <dt>, <dd> and <div> may be children of <dl>",
        "<dd> (line 8 of the rendered HTML): <dd> must be inside its definition list",
        "<div> (line 9 of the rendered HTML): page furniture cannot be inside a table",
    ]


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=40))
def test_exactly_the_characters_xml_cannot_hold_are_dropped(text):
    """XML 1.0's Char: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above."""
    from generator.writers.docx.text import xml_safe

    def allowed(c: str) -> bool:
        n = ord(c)
        return c in "\t\n\r" or 0x20 <= n <= 0xD7FF or 0xE000 <= n <= 0xFFFD or n >= 0x10000

    assert xml_safe(text) == "".join(c for c in text if allowed(c))
