"""Core properties, reproducible bytes, and reference documents whose styles win."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor
from docx_helpers import NS

HEAD = (
    "<title>Fact Sheet — HSN</title><meta name='author' content='Desk Officer'>"
    "<meta name='description' content='Key facts'><meta name='keywords' content='human security, HSN'>"
    "<meta name='dcterms.created' content='2006-06-01T09:30:00+02:00'>"
    "<meta name='generator' content='briefkit 0.1'>"
)


def test_core_properties_come_from_head(render):
    props = render("<p>x</p>", head=HEAD).core_properties
    assert props.title == "Fact Sheet — HSN"
    assert props.subject == "Key facts"
    # The author is the office the theme names (none here), never the person <head> names.
    assert props.author == props.last_modified_by == ""
    assert props.keywords == "human security, HSN"
    assert props.created == datetime(2006, 6, 1, 7, 30, tzinfo=timezone.utc)
    assert props.language == "en"


def test_created_argument_wins(render):
    when = datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    props = render("<p>x</p>", head=HEAD, created=when).core_properties
    assert props.created == when


def test_two_builds_are_byte_identical_with_source_date_epoch(render_bytes, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1149120000")  # 2006-06-01
    body = (
        '<nav class="contents"><ol><li><a href="#a">A</a></li></ol></nav>'
        '<article class="document" id="a">'
        '<div class="furniture" data-title="A" data-page-label="{page}"></div>'
        '<h1>A</h1><ul><li>x</li></ul><p><a href="https://example.org">l</a></p>'
        '<svg viewBox="0 0 10 10" width="40" height="40"><circle cx="5" cy="5" r="4"/></svg></article>'
    )
    first = render_bytes(body)
    second = render_bytes(body)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        infos = zf.infolist()
        assert infos[0].filename == "[Content_Types].xml"
        assert {info.date_time for info in infos} == {(2006, 6, 1, 0, 0, 0)}
        assert "docProps/thumbnail.jpeg" not in zf.namelist()
    props = docx.Document(io.BytesIO(first)).core_properties
    assert props.created == props.modified == datetime(2006, 6, 1, tzinfo=timezone.utc)


def test_reference_docx_styles_win(render, tmp_path):
    reference = docx.Document()
    heading = reference.styles["Heading 1"]
    heading.font.name = "Comic Neue"
    heading.font.color.rgb = RGBColor(0x12, 0x34, 0x56)
    heading.font.size = Pt(30)
    custom = reference.styles.add_style("Lead", WD_STYLE_TYPE.PARAGRAPH)
    custom.font.size = Pt(20)
    reference.add_paragraph("Reference body text is not kept.")
    path = tmp_path / "reference.docx"
    reference.save(str(path))

    document = render(
        '<h1>Title</h1><p class="lead">Lead</p><div class="callout"><p>c</p></div>', reference_docx=path
    )
    h1 = document.styles["Heading 1"]
    assert h1.font.name == "Comic Neue"
    assert str(h1.font.color.rgb) == "123456" and h1.font.size.pt == 30
    assert document.styles["Lead"].font.size.pt == 20
    # Styles the reference lacks are still added from the theme.
    assert document.styles["Callout"].element.find("w:pPr/w:shd", NS) is not None
    assert [p.text for p in document.paragraphs] == ["Title", "Lead", "c"]


def test_missing_reference_docx_is_a_build_error(render, tmp_path):
    import pytest

    from generator.errors import BuildError

    with pytest.raises(BuildError, match="reference document"):
        render("<p>x</p>", reference_docx=tmp_path / "nope.docx")


def test_reference_style_names_match_without_case(render, tmp_path):
    # LibreOffice writes "Heading 1" and "Header" where Word writes "heading 1" and "header".
    reference = docx.Document()
    reference.styles["Heading 1"].font.size = Pt(30)
    for style in reference.styles.element.style_lst:
        if style.name_val in ("heading 1", "header", "footer"):
            style.name_val = style.name_val.title()
    path = tmp_path / "libreoffice.docx"
    reference.save(str(path))
    document = render('<div class="furniture" data-title="T"></div><h1>Title</h1>', reference_docx=path)
    names = [s.name_val.lower() for s in document.styles.element.style_lst]
    assert names.count("heading 1") == 1
    assert document.paragraphs[0].style.font.size.pt == 30


def test_a_creation_date_that_is_no_date_warns_and_strict_refuses(render, caplog):
    """Like every warning of a build, the unreadable dcterms.created is an error under --strict."""
    import logging

    import pytest

    from generator.errors import TemplateError

    head = "<title>T</title><meta name='dcterms.created' content='last Tuesday'>"
    with caplog.at_level(logging.WARNING):
        render("<p>x</p>", head=head)
    assert "test.html.j2: meta dcterms.created 'last Tuesday' is not an ISO 8601 date" in caplog.text
    with pytest.raises(TemplateError) as info:
        render("<p>x</p>", head=head, strict=True)
    assert "dcterms.created 'last Tuesday'" in info.value.format_message()
    assert "(--strict)" in info.value.format_message()
