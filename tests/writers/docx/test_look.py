"""The PDF's look through named styles: containers that restyle their content, the logo beside
the title, the numbered points, the editorial note, the marking on one line."""

from __future__ import annotations

from docx_helpers import NS, W, body_paragraphs, part_xml

PIXEL_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def test_containers_restyle_their_content(render):
    document = render(
        '<section class="cover"><div class="cover-band"><p class="kicker">Series</p></div>'
        '<p class="cover-foot">Prepared</p></section>'
        '<header class="doc-head"><p class="kicker">K</p><h1>T</h1><p class="meta">M1</p>'
        '<p class="meta">M2</p></header>'
        '<div class="speaker-card"><p class="lead speaker-opening">Chair,</p><p>Plain</p>'
        '<ol class="speaker-points"><li class="lead">Point</li></ol></div>'
        '<div class="speech-header"><p>Check</p><p class="speech-title">Title</p></div>'
        '<p class="speech-note">Quoted</p>'
    )
    assert body_paragraphs(document) == [
        ("Cover Kicker", "Series"),
        ("Cover Note", "Prepared"),
        ("Document Kicker", "K"),
        ("Document Title", "T"),
        ("Document Meta", "M1"),
        ("Document Meta", "M2"),
        ("Speaker Opening", "Chair,"),
        ("Speaker Text", "Plain"),
        ("Speaker Point", "Point"),
        ("Speech Header", "Check"),
        ("Speech Title", "Title"),
        ("Speech Note", "Quoted"),
    ]
    styles = document.styles
    # The head's own styles (a theme's title band colours only them) are the body's, unchanged:
    # the title stays a level-1 heading for Word's navigation and for pandoc.
    assert styles["Document Title"].base_style.name == "Heading 1"
    assert styles["Document Title"].element.find("w:pPr", NS) is None or (
        styles["Document Title"].element.find("w:pPr/w:pBdr", NS) is None
    )
    assert styles["Document Kicker"].base_style.name == "Kicker"
    # One rule under the head: a bottom border grouped across the meta lines, no space between them.
    meta = styles["Document Meta"].element
    assert meta.find("w:pPr/w:pBdr/w:bottom", NS).get(f"{{{W}}}sz") == "16"
    assert meta.find("w:pPr/w:contextualSpacing", NS) is not None
    assert styles["Cover Kicker"].element.find("w:pPr/w:pBdr/w:top", NS) is not None
    assert styles["Speaker Text"].font.size.pt > styles["Normal"].font.size.pt * 1.25
    assert styles["Speech Note"].font.italic
    assert styles["Speech Header"].paragraph_format.alignment == 1  # centre


def test_points_have_bold_accent_numbers(render, theme):
    document = render('<ol class="points"><li>a</li></ol><ol><li>b</li></ol>')
    numbering = document.part.numbering_part.element

    def marker(paragraph):
        num_id = paragraph._p.find("w:pPr/w:numPr/w:numId", NS).get(f"{{{W}}}val")
        abstract = numbering.find(f"w:num[@w:numId='{num_id}']/w:abstractNumId", NS).get(f"{{{W}}}val")
        lvl = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl[@w:ilvl='0']", NS)
        return lvl.find("w:rPr", NS)

    points, plain = marker(document.paragraphs[0]), marker(document.paragraphs[1])
    assert points.find("w:b", NS) is not None
    assert points.find("w:color", NS).get(f"{{{W}}}val") == theme.colours.accent.lstrip("#").upper()
    assert plain is None


def test_editorial_note_is_a_character_style(render):
    document = render(
        '<table><tr><th>Date</th><td>2024. <span class="note">Invented.</span></td></tr></table>'
    )
    runs = document.tables[0].rows[0].cells[1].paragraphs[0].runs
    assert [(r.text, r.style.name) for r in runs][-1] == ("Invented.", "Editorial Note")


def test_document_logo_floats_beside_the_title(render_bytes):
    body = (
        f'<header class="doc-head"><img class="doc-logo" src="{PIXEL_PNG}" alt="Logo">'
        '<p class="kicker">K</p><h1>T</h1></header>'
    )
    xml = part_xml(render_bytes(body), "word/document.xml")
    paragraphs = xml.findall(".//w:body/w:p", NS)
    # No paragraph of its own: the logo is anchored in the kicker's paragraph, at the right margin.
    assert len(paragraphs) == 2
    anchor = paragraphs[0].find(f".//{{{WP}}}anchor")
    assert anchor is not None and paragraphs[0].find(f".//{{{WP}}}inline") is None
    assert anchor.find(f"{{{WP}}}positionH/{{{WP}}}align").text == "right"
    assert anchor.find(f"{{{WP}}}docPr").get("descr") == "Logo"


def test_a_long_marking_keeps_to_one_line(render_bytes):
    furniture = (
        '<div class="furniture" data-marking="DEMONSTRATION — FICTIONAL CONTENT" data-title="T" '
        'data-page-label="{page}"></div><p>x</p>'
    )
    header = part_xml(render_bytes(furniture), "word/header1.xml")
    widths = [int(c.get(f"{{{W}}}w")) for c in header.findall(".//w:tblGrid/w:gridCol", NS)]
    # 31 bold spaced capitals at 8 pt need about 210 pt; the centre slot has them.
    assert widths[1] > 200 * 20 and widths[0] == widths[2]


def test_the_logo_takes_the_themes_side_and_size(render_bytes, theme):
    from docx_helpers import page

    from generator.writers.docx import render_docx

    marking = theme.marking.model_copy(update={"logo_position": "left", "logo_height": "10mm"})
    theme = theme.model_copy(update={"marking": marking})
    body = f'<header class="doc-head"><img class="doc-logo" src="{PIXEL_PNG}" alt="Logo"><h1>T</h1></header>'
    xml = part_xml(render_docx(page(body), theme, template_name="t"), "word/document.xml")
    anchor = xml.find(f".//{{{WP}}}anchor")
    assert anchor.find(f"{{{WP}}}positionH/{{{WP}}}align").text == "left"
    assert anchor.find(f"{{{WP}}}wrapSquare").get("wrapText") == "right"
    assert abs(int(anchor.find(f"{{{WP}}}extent").get("cy")) - 360000) < 1000  # 10 mm in EMU


def test_small_text_is_a_size_smaller_than_its_paragraph_as_in_the_pdf(render, theme):
    """``<small>`` takes a character style one CSS size below its paragraph's; the speaker card's
    notes are grey and as large as the PDF's (they came out 7.5 pt and black against 9 pt grey)."""
    from generator.writers.docx.styles import smaller

    document = render(
        '<div class="speaker-card"><dl><div><dt>HSN</dt><dd>Human Security Network '
        "<small>Group of countries.</small></dd></div></dl></div>"
        "<p>Body <small>aside</small></p>"
        "<table><tr><td>Head<br><small>role</small></td></tr></table>"
    )
    runs = {run.text: run for paragraph in document.paragraphs for run in paragraph.runs}
    runs.update({run.text: run for run in document.tables[0].rows[0].cells[0].paragraphs[0].runs})
    body = 10.0  # the test theme's body size
    expected = {
        "Group of countries.": ("Speaker Note", smaller(body * 1.3 * 0.8)),
        "aside": ("Small", smaller(body)),
        "role": ("Table Small", smaller(body * 0.92)),
    }
    for text, (style, size) in expected.items():
        run = runs[text]
        assert run.style.name == style and run.font.size is None  # named, not direct
        assert run.style.font.size.pt == round(size * 2) / 2
    note = document.styles["Speaker Note"].font.color.rgb
    assert str(note) == theme.colours.muted.lstrip("#").upper()


def test_smaller_is_what_weasyprint_computes():
    """The sizes the styles take are the PDF's: WeasyPrint lays out ``<small>`` in each parent size."""
    import weasyprint

    from generator.writers.docx.styles import smaller

    for parent in (6.0, 8.74, 9.5, 9.88, 12.35, 20.0):
        pages = (
            weasyprint.HTML(string=f'<p style="font-size: {parent}pt">a <small>b</small></p>').render().pages
        )
        boxes, found = [pages[0]._page_box], set()
        while boxes:
            box = boxes.pop()
            boxes.extend(getattr(box, "children", []))
            if type(box).__name__ == "TextBox" and box.text == "b":
                found.add(round(box.style["font_size"] * 0.75, 3))
        assert found == {round(smaller(parent), 3)}, parent


def test_the_speaker_cards_callout_titles_are_in_its_larger_type(render):
    """The PDF's .speaker-card .callout-title: 0.8 em of the card's 1.3 em (it was the body's small size)."""
    document = render(
        '<div class="speaker-card"><div class="callout callout-ask"><p class="callout-title">Request</p>'
        '<ul><li>Ask</li></ul></div><div class="callout"><p class="callout-title">Note</p><p>Text</p></div></div>'
        '<div class="callout"><p class="callout-title">Elsewhere</p><p>Text</p></div>'
    )
    titles = [p for p in document.paragraphs if p.text in ("Request", "Note", "Elsewhere")]
    assert [p.style.name for p in titles] == [
        "Speaker Callout Ask Title",
        "Speaker Callout Title",
        "Callout Title",
    ]
    body = 10.0  # the test theme's body size
    for paragraph in titles[:2]:
        assert paragraph.style.font.size.pt == round(body * 1.3 * 0.8 * 2) / 2
        base = paragraph.style.base_style  # the capitals, weight and colour of the body's callout titles
        assert base.name == paragraph.style.name.removeprefix("Speaker ") and base.font.all_caps
    assert titles[2].style.font.size.pt == 8  # the theme's small size


def test_a_small_source_takes_the_size_and_colour_the_pdf_gives_its_class(render, theme):
    """The timeline table's ``<small class="source">``: the theme's small size, muted (the PDF's .source)."""
    document = render(
        '<table><tr><td>Why<br><small class="source">Source: a report</small></td></tr></table>'
    )
    runs = document.tables[0].rows[0].cells[0].paragraphs[0].runs
    (source,) = [run for run in runs if run.text == "Source: a report"]
    assert source.style.name == "Source Note" and source.font.size is None
    assert source.style.font.size.pt == 8  # the test theme's small size
    assert str(source.style.font.color.rgb) == theme.colours.muted.lstrip("#").upper()
