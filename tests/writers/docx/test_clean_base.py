"""The package every DOCX starts from: Word 2013+ settings, no stale parts, unique drawing ids,
built-in styles declared as Word's own, a font table, the office as author."""

from __future__ import annotations

import io
import zipfile

import docx
from docx_helpers import NS, W, page, part_xml

from generator.writers.docx import render_docx

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
PIXEL_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
MODE = "w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val"
FURNITURE_WITH_LOGO = (
    f'<div class="furniture" data-title="T" data-logo="{PIXEL_PNG}">'
    f'<img class="running-logo" src="{PIXEL_PNG}" alt="Ministry logo"></div>'
)


def names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.namelist()


def test_no_stale_parts_and_word_2013_settings(render_bytes):
    data = render_bytes("<h1>T</h1><p>x</p>")
    assert not [n for n in names(data) if "stylesWithEffects" in n or "thumbnail" in n or "customXml" in n]
    settings = part_xml(data, "word/settings.xml")
    assert settings.xpath(MODE, namespaces=NS) == ["15"]
    assert settings.find("w:proofState", NS) is None
    assert settings.find("w:rsids", NS) is None


def test_drawing_ids_are_unique_across_headers_and_body(render_bytes):
    body = (
        f'<article class="document" id="a">{FURNITURE_WITH_LOGO}<h1>A</h1>'
        f'<p><img src="{PIXEL_PNG}" alt="one"></p></article>'
        f'<article class="document" id="b">{FURNITURE_WITH_LOGO}<h1>B</h1>'
        f'<p><img src="{PIXEL_PNG}" alt="two"></p></article>'
    )
    data = render_bytes(body)
    ids, descriptions = [], []
    for name in names(data):
        if name.startswith("word/") and name.endswith(".xml") and "/" not in name[5:]:
            for doc_pr in part_xml(data, name).iter(f"{{{WP}}}docPr"):
                ids.append(doc_pr.get("id"))
                descriptions.append((name, doc_pr.get("descr")))
    # two body pictures and a logo in each section's header
    assert len(ids) == 4 and len(set(ids)) == 4, ids
    headers = [d for name, d in descriptions if name.startswith("word/header")]
    assert headers == ["Ministry logo", "Ministry logo"]
    assert sorted(d for name, d in descriptions if name == "word/document.xml") == ["one", "two"]


def test_builtin_styles_are_declared_as_word_builtins(render_bytes):
    body = (
        '<nav class="contents"><h2>Contents</h2><ol><li><a href="#a">A</a><ol><li><a href="#b">B</a>'
        '</li></ol></li></ol></nav><h1 id="a">A</h1><h2 id="b">B</h2><p><a href="https://example.org">l</a>'
        "</p><ul><li>x</li></ul>"
    )
    styles = part_xml(render_bytes(body), "word/styles.xml")
    by_name = {s.find("w:name", NS).get(f"{{{W}}}val"): s for s in styles.findall("w:style", NS)}
    for name, style_id in (
        ("toc 1", "TOC1"),
        ("toc 2", "TOC2"),
        ("Hyperlink", "Hyperlink"),
        ("heading 1", "Heading1"),
        ("List Bullet", "ListBullet"),
        ("Title", "Title"),
    ):
        style = by_name[name]
        assert style.get(f"{{{W}}}customStyle") is None, name
        assert style.get(f"{{{W}}}styleId") == style_id
    assert by_name["Callout"].get(f"{{{W}}}customStyle") == "1"


def test_font_table_declares_every_font_with_the_theme_substitute(theme):
    theme = theme.model_copy(
        update={
            "docx": theme.docx.model_copy(
                update={"fonts": theme.docx.fonts.model_copy(update={"serif": "Cambria", "sans": "Calibri"})}
            )
        }
    )
    data = render_docx(page("<h1>T</h1><p>x <code>y</code></p>"), theme, template_name="t")
    table = part_xml(data, "word/fontTable.xml")
    fonts = {f.get(f"{{{W}}}name"): f for f in table.findall("w:font", NS)}
    named = set()
    for part in ("word/styles.xml", "word/document.xml"):
        for rfonts in part_xml(data, part).iter(f"{{{W}}}rFonts"):
            named |= {v for k, v in rfonts.attrib.items() if k.endswith(("}ascii", "}hAnsi", "}cs"))}
    assert named == set(fonts) == {"DejaVu Serif", "DejaVu Sans", "DejaVu Sans Mono"}
    for font in fonts.values():
        assert font.find("w:panose1", NS).get(f"{{{W}}}val") not in (None, "00000000000000000000")
        assert font.find("w:family", NS).get(f"{{{W}}}val") in ("roman", "swiss", "modern")
    alt = {name: f.find("w:altName", NS) for name, f in fonts.items()}
    assert alt["DejaVu Serif"].get(f"{{{W}}}val") == "Cambria"
    assert alt["DejaVu Sans"].get(f"{{{W}}}val") == "Calibri"
    assert fonts["DejaVu Sans Mono"].find("w:pitch", NS).get(f"{{{W}}}val") == "fixed"


def test_an_unknown_font_gets_the_family_of_its_generic_fallback(theme):
    fonts = theme.fonts.model_copy(update={"body": ["Gentium Book", "serif"]})
    theme = theme.model_copy(update={"fonts": fonts})
    table = part_xml(render_docx(page("<p>x</p>"), theme, template_name="t"), "word/fontTable.xml")
    font = table.find("w:font[@w:name='Gentium Book']", NS)
    assert font.find("w:family", NS).get(f"{{{W}}}val") == "roman"
    assert font.find("w:panose1", NS).get(f"{{{W}}}val") == "02000000000000000000"


def test_the_office_is_author_editor_and_company(theme):
    theme = theme.model_copy(update={"docx": theme.docx.model_copy(update={"office": "Policy Unit"})})
    head = "<title>T</title><meta name='author' content='Ambassador X'>"
    data = render_docx(page("<p>x</p>", head), theme, template_name="t")
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.author == props.last_modified_by == "Policy Unit"
    app = part_xml(data, "docProps/app.xml")
    ns = {"ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    assert app.find("ep:Company", ns).text == "Policy Unit"


def test_a_reference_document_loses_its_stale_parts(render_bytes, tmp_path):
    reference = docx.Document()  # python-docx's template: stylesWithEffects, mode 14, proofState
    path = tmp_path / "reference.docx"
    reference.save(str(path))
    assert any("stylesWithEffects" in n for n in names(path.read_bytes()))
    data = render_bytes("<h1>T</h1>", reference_docx=path)
    assert not [n for n in names(data) if "stylesWithEffects" in n or "thumbnail" in n]
    settings = part_xml(data, "word/settings.xml")
    assert settings.xpath(MODE, namespaces=NS) == ["15"]
    assert settings.find("w:proofState", NS) is None


def test_a_font_name_word_cannot_store_is_a_theme_error(tmp_path):
    import pytest
    from helpers import TEMPLATES

    from generator.config.theme import load_theme
    from generator.errors import ConfigError

    theme = tmp_path / "theme.toml"
    theme.write_text('[docx.fonts]\nserif = "Cambria, Georgia"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_theme([TEMPLATES / "theme.toml", theme])
    problem = caught.value.problems[0]
    assert (problem.file, problem.line, problem.field) == (theme, 2, "docx.fonts.serif")
    assert "one family (no commas)" in problem.message
