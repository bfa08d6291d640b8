"""The document body: headings, paragraphs and their styles, lists, tables, inline text."""

from __future__ import annotations

from docx_helpers import NS, W, body_paragraphs, num_pr
from helpers import DEFAULT_EVENT


def test_headings_get_word_heading_styles_in_order(render):
    document = render(
        '<h1 class="title">Pack</h1><h1>One</h1><p>x</p><h2>Two</h2><h3>Three</h3><h4>Four</h4><h2>Again</h2>'
    )
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name != "Normal"]
    assert headings == [
        ("Title", "Pack"),
        ("Heading 1", "One"),
        ("Heading 2", "Two"),
        ("Heading 3", "Three"),
        ("Heading 4", "Four"),
        ("Heading 2", "Again"),
    ]
    # The navigation pane and the TOC find headings by their outline level.
    style = document.styles["Heading 2"]
    assert style.element.find("w:pPr/w:outlineLvl", NS).get(f"{{{W}}}val") == "1"


def test_heading_styles_come_from_theme_tokens(render):
    document = render("<h1>One</h1>")
    h1 = document.styles["Heading 1"]
    assert h1.font.size.pt == 17
    assert str(h1.font.color.rgb) == "1D3557"
    assert h1.element.find("w:rPr/w:rFonts", NS).get(f"{{{W}}}ascii") == "DejaVu Sans"
    normal = document.styles["Normal"]
    assert normal.element.find("w:rPr/w:rFonts", NS).get(f"{{{W}}}ascii") == "DejaVu Serif"


def test_classes_choose_paragraph_styles(render):
    document = render(
        '<p class="kicker">K</p><p class="lead">L</p><p class="meta">M</p><p class="note">N</p>'
        '<p class="source">S</p><p class="speech-para">P</p><p class="unknown">U</p>'
        '<div class="note"><p>In a div</p></div>'
        "<blockquote><p>Q</p><footer>A</footer></blockquote>"
        '<div class="callout callout-key"><p class="callout-title">T</p><p>C</p></div>'
        '<div class="callout callout-ask"><h3>Ask</h3><p>D</p></div>'
        "<dl><dt>HSN</dt><dd>Human Security Network</dd></dl><figure><figcaption>F</figcaption></figure>"
    )
    assert body_paragraphs(document) == [
        ("Kicker", "K"),
        ("Lead", "L"),
        ("Meta", "M"),
        ("Note", "N"),
        ("Source", "S"),
        ("Speech Paragraph", "P"),
        ("Normal", "U"),
        ("Note", "In a div"),
        ("Quote", "Q"),
        ("Quote Attribution", "A"),
        ("Callout Title", "T"),
        ("Callout", "C"),
        ("Callout Ask Title", "Ask"),
        ("Callout Ask", "D"),
        ("Definition Term", "HSN"),
        ("Definition", "Human Security Network"),
        ("Caption", "F"),
    ]


def test_callout_style_is_shaded_with_a_left_rule(render):
    document = render('<div class="callout"><p>Boxed</p></div>')
    ppr = document.styles["Callout"].element.find("w:pPr", NS)
    assert ppr.find("w:shd", NS).get(f"{{{W}}}fill") == "F5F1E6"
    left = ppr.find("w:pBdr/w:left", NS)
    assert left.get(f"{{{W}}}color") == "B08D3C"
    assert int(left.get(f"{{{W}}}sz")) >= 16


def test_lists_are_word_lists_with_levels(render):
    document = render(
        "<ol><li>one<ol><li>one.a<ul><li>deep</li></ul></li></ol></li><li>two</li></ol>"
        "<ul><li>bullet</li></ul>"
    )
    items = [(p.style.name, p.text, num_pr(p)) for p in document.paragraphs if p.text]
    assert [(style, text) for style, text, _ in items] == [
        ("List Number", "one"),
        ("List Number 2", "one.a"),
        ("List Bullet 3", "deep"),
        ("List Number", "two"),
        ("List Bullet", "bullet"),
    ]
    assert [n[1] for _, _, n in items] == [0, 1, 2, 0, 0]
    # One w:num per HTML list; the items of one list share it.
    assert items[0][2][0] == items[3][2][0]
    assert len({items[i][2][0] for i in (0, 1, 2, 4)}) == 4


def test_each_ordered_list_restarts_at_one(render):
    document = render("<ol><li>a</li><li>b</li></ol><p>between</p><ol><li>c</li></ol>")
    first, second = num_pr(document.paragraphs[0])[0], num_pr(document.paragraphs[3])[0]
    assert first != second
    numbering = document.part.numbering_part.element
    for num_id in (first, second):
        num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
        start = num.find("w:lvlOverride[@w:ilvl='0']/w:startOverride", NS)
        assert start.get(f"{{{W}}}val") == "1"
        abstract_id = num.find("w:abstractNumId", NS).get(f"{{{W}}}val")
        abstract = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", NS)
        fmt = abstract.find("w:lvl[@w:ilvl='0']/w:numFmt", NS).get(f"{{{W}}}val")
        assert fmt == "decimal"


def test_list_item_with_several_paragraphs_continues_unnumbered(render):
    document = render("<ul><li><p>first</p><p>more</p></li></ul>")
    first, more = document.paragraphs[0], document.paragraphs[1]
    assert num_pr(first) is not None and num_pr(more) is None
    assert more.style.name == "List Continue"


def test_tables_have_repeating_shaded_header_rows_and_spans(render):
    document = render(
        "<table><thead><tr><th>Date</th><th>Event</th><th>Place</th></tr></thead>"
        "<tbody><tr><td colspan='2'>Both</td><td>Tokyo</td></tr>"
        "<tr><td rowspan='2'>Tall</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></tbody></table>"
    )
    (table,) = document.tables
    assert table.style.name == "Briefing Table"
    rows = table._tbl.findall("w:tr", NS)
    assert [r.find("w:trPr/w:tblHeader", NS) is not None for r in rows] == [True, False, False, False]
    spans = rows[1].findall("w:tc/w:tcPr/w:gridSpan", NS)
    assert [s.get(f"{{{W}}}val") for s in spans] == ["2"]
    assert rows[3].find("w:tc/w:tcPr/w:vMerge", NS) is not None
    assert table.cell(0, 0).paragraphs[0].style.name == "Table Heading"
    assert table.cell(1, 2).paragraphs[0].style.name == "Table Text"
    # The table style shades the header row.
    first_row = table.style.element.find("w:tblStylePr[@w:type='firstRow']", NS)
    assert first_row.find("w:tcPr/w:shd", NS).get(f"{{{W}}}fill") == "1D3557"


def test_leading_th_rows_are_header_rows_without_thead(render):
    document = render("<table><tr><th>A</th><th>B</th></tr><tr><th scope='row'>x</th><td>y</td></tr></table>")
    rows = document.tables[0]._tbl.findall("w:tr", NS)
    assert [r.find("w:trPr/w:tblHeader", NS) is not None for r in rows] == [True, False]
    assert document.tables[0].cell(1, 0).paragraphs[0].style.name == "Table Row Heading"


def test_whitespace_collapses_like_a_browser(render):
    document = render(
        "<p>\n   Several   words\n\tand <strong> bold </strong> text <em>here</em> .  </p>"
        "<p>line<br>\n  next</p><p>   </p><p>no\u00a0break</p>"
    )
    texts = [p.text for p in document.paragraphs]
    assert texts == ["Several words and bold text here .", "line\nnext", "no\u00a0break"]


def test_inline_formatting(render):
    document = render(
        "<p><strong>b</strong><em>i</em>H<sub>2</sub>O x<sup>1</sup><small>s</small>"
        "<code>c()</code><cite>Work</cite><q>hi</q></p>"
    )
    runs = document.paragraphs[0].runs
    by_text = {r.text: r for r in runs}
    assert by_text["b"].bold and by_text["i"].italic
    assert by_text["2"].font.subscript and by_text["1"].font.superscript
    # <small>: a named style one CSS size below the paragraph's 10 pt (x-small, 9 pt), not a direct size.
    assert by_text["s"].style.name == "Small" and by_text["s"].font.size is None
    assert by_text["s"].style.font.size.pt == 9
    assert by_text["c()"].style.name == "Code"
    assert by_text["Work"].italic
    assert document.paragraphs[0].text.endswith("\u201chi\u201d")


def test_links_external_and_internal_with_bookmarks(render):
    document = render(
        '<p>See <a href="https://www.mofa.go.jp/">MOFA</a> and <a class="cite" href="#para-3">¶ 3</a>.</p>'
        '<p class="speech-para" id="para-3"><span class="para-no">3</span>Text</p>'
    )
    p = document.paragraphs[0]._p
    external, internal = p.findall("w:hyperlink", NS)
    r_id = external.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    assert document.part.rels[r_id].target_ref == "https://www.mofa.go.jp/"
    assert internal.get(f"{{{W}}}anchor") == "para_3"
    bookmark = document.paragraphs[1]._p.find("w:bookmarkStart", NS)
    assert bookmark.get(f"{{{W}}}name") == "para_3"
    # The number hangs in the margin: tab, number, tab.
    assert document.paragraphs[1].text == "\t3\tText"


def test_hr_and_page_break(render):
    document = render('<p>a</p><hr><div class="page-break"></div><p>b</p>')
    styles = [p.style.name for p in document.paragraphs]
    assert styles == ["Normal", "Rule", "Normal"]
    assert document.paragraphs[2].paragraph_format.page_break_before


def test_lists_inside_callouts_stay_in_the_box(render):
    document = render(
        '<div class="callout callout-ask"><p class="callout-title">Asks</p><ul><li>one</li></ul></div>'
    )
    title, item = document.paragraphs
    assert (title.style.name, item.style.name) == ("Callout Ask Title", "Callout Ask")
    assert num_pr(item) is not None
    # The bullets start at the callout's text indent, not at the page margin.
    num_id = num_pr(item)[0]
    numbering = document.part.numbering_part.element
    abstract_id = numbering.find(f"w:num[@w:numId='{num_id}']/w:abstractNumId", NS).get(f"{{{W}}}val")
    abstract = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", NS)
    ind = abstract.find("w:lvl[@w:ilvl='0']/w:pPr/w:ind", NS)
    assert int(ind.get(f"{{{W}}}left")) > 360


def test_speech_paragraph_number_before_a_list_hangs_in_the_margin(render):
    document = render(
        '<div class="speech-para" id="para-8"><span class="para-no">8</span><ul><li>Item</li></ul></div>'
    )
    number, item = document.paragraphs
    assert number.text == "8" and number._p.find("w:pPr/w:framePr", NS) is not None
    assert item.text == "Item" and num_pr(item) is not None


def test_col_widths_are_used_when_given(render):
    document = render(
        '<table><colgroup><col style="width: 20%"><col width="80%"></colgroup>'
        "<tr><td>a</td><td>b</td></tr></table>"
    )
    widths = [col.width for col in document.tables[0].columns]
    assert abs(widths[1] / widths[0] - 4) < 0.01


def test_col_widths_come_from_the_stylesheet_as_in_the_pdf(render):
    """``table.X col.Y { width: N% }`` sizes the PDF's column; the DOCX reads the same rule (a later one
    wins, as a theme's rule after the built-in one), and the other columns share the rest."""
    head = (
        "<title>T</title><style>table.facts col.c-label { width: 40%; }\n"
        "td { padding: 1mm; }\ntable.facts col.c-label { width: 25%; }</style>"
    )
    document = render(
        '<table class="facts"><colgroup><col class="c-label"><col class="c-value"></colgroup>'
        "<tr><th>Speaker</th><td>—</td></tr><tr><th>Statement</th><td>—</td></tr></table>",
        head=head,
    )
    label, value = (col.width for col in document.tables[0].columns)
    assert abs(label / (label + value) - 0.25) < 0.005


def test_the_built_fact_tables_give_their_labels_the_pdfs_share(built):
    """The fact sheet's and the pack cover's tables: the label column is the stylesheet's 28% in Word too
    (it was sized by its content, and took half the page beside values left out of a draft)."""
    import docx

    for name in ("fact-sheet.docx", "briefing-pack.docx"):
        table = docx.Document(built.root / "build" / DEFAULT_EVENT / name).tables[0]
        label, *rest = (col.width for col in table.columns)
        assert abs(label / (label + sum(rest)) - 0.28) < 0.005, name


def test_a_head_without_a_meta_line_carries_its_rule_under_the_title(render):
    """A draft whose place and date are still to check has no meta line; the rule under the head (the PDF's
    .doc-head border, which Word draws with the meta line's style) then goes under the title."""
    bare = render('<header class="doc-head"><h1>Fact Sheet</h1></header><p>Text.</p>')
    title = bare.paragraphs[0]
    assert title.style.name == "Document Title"
    assert title._p.find("w:pPr/w:pBdr/w:bottom", NS) is not None
    meta_after = bare.styles["Document Meta"].paragraph_format.space_after
    assert title.paragraph_format.space_after == meta_after
    assert bare.paragraphs[1]._p.find("w:pPr/w:pBdr", NS) is None
    full = render('<header class="doc-head"><h1>Fact Sheet</h1><p class="meta">Lindhaven</p></header>')
    title, meta = full.paragraphs[:2]
    assert meta.style.name == "Document Meta"
    assert title._p.find("w:pPr/w:pBdr", NS) is None  # the meta line's style draws it


def test_column_widths_follow_content(render):
    document = render(
        "<table><tr><td>2006</td><td>"
        + "A long description of what happened at the meeting. " * 3
        + "</td></tr></table>"
    )
    narrow, wide = (col.width for col in document.tables[0].columns)
    assert wide > 3 * narrow


def test_a_figure_number_is_a_word_caption_field(render):
    document = render(
        '<figure><figcaption>Figure <span class="figure-number">1</span>. The timeline.</figcaption></figure>'
    )
    caption = document.paragraphs[0]
    assert caption.style.name == "Caption"
    assert caption.text == "Figure 1. The timeline."
    instructions = [t.text.strip() for t in caption._p.iter(f"{{{W}}}instrText")]
    assert instructions == ["SEQ Figure \\* ARABIC"]


def test_list_styles_are_bound_to_the_lists_numbering(render):
    document = render("<ul><li>a<ul><li>b</li></ul></li></ul><ol><li>c</li></ol>")
    numbering = document.part.numbering_part.element
    for name, level, fmt in (
        ("List Bullet", 0, "bullet"),
        ("List Bullet 2", 1, "bullet"),
        ("List Number", 0, "decimal"),
        ("List Number 3", 2, "decimal"),
    ):
        style = document.styles[name].element
        num_id = style.find("w:pPr/w:numPr/w:numId", NS).get(f"{{{W}}}val")
        assert style.find("w:pPr/w:numPr/w:ilvl", NS).get(f"{{{W}}}val") == str(level)
        num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
        abstract_id = num.find("w:abstractNumId", NS).get(f"{{{W}}}val")
        abstract = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", NS)
        assert len(abstract.findall("w:lvl", NS)) == 9
        lvl = abstract.find(f"w:lvl[@w:ilvl='{level}']", NS)
        assert lvl.find("w:pStyle", NS).get(f"{{{W}}}val") == style.get(f"{{{W}}}styleId")
        assert lvl.find("w:numFmt", NS).get(f"{{{W}}}val") == fmt
    # The document's own lists use the same definitions.
    item = document.paragraphs[0]
    own = numbering.find(f"w:num[@w:numId='{num_pr(item)[0]}']/w:abstractNumId", NS).get(f"{{{W}}}val")
    bound = document.styles["List Bullet"].element.find("w:pPr/w:numPr/w:numId", NS).get(f"{{{W}}}val")
    assert own == numbering.find(f"w:num[@w:numId='{bound}']/w:abstractNumId", NS).get(f"{{{W}}}val")


def test_lists_nest_nine_levels(render):
    html = "".join("<ul><li>x" for _ in range(9)) + "".join("</li></ul>" for _ in range(9))
    document = render(html)
    assert [num_pr(p)[1] for p in document.paragraphs if p.text] == list(range(9))
    assert document.paragraphs[8].style.name == "List Bullet 5"


def test_definition_lists_put_term_and_definition_side_by_side(render):
    document = render(
        "<dl><div><dt>HSN</dt><dd>Human Security Network</dd></div><dt>R2P</dt>"
        "<dd><p>Responsibility</p><p>to protect</p></dd><dt>UN</dt><dt>ONU</dt><dd>United Nations</dd>"
        "<dt>Alone</dt></dl>"
    )
    # The paragraph styles pandoc reads as a definition list (tests/writers/docx/test_pandoc.py).
    assert body_paragraphs(document) == [
        ("Definition Term", "HSN"),
        ("Definition", "Human Security Network"),
        ("Definition Term", "R2P"),
        ("Definition", "Responsibility"),
        ("Definition", "to protect"),
        ("Definition Term", "UN\nONU"),
        ("Definition", "United Nations"),
        ("Definition Term", "Alone"),
    ]
    term_style = document.styles["Definition Term"]
    definition = document.styles["Definition"].paragraph_format
    assert term_style.base_style.name == "Normal" and term_style.next_paragraph_style.name == "Definition"
    assert term_style.font.bold and term_style.paragraph_format.keep_with_next
    # Side by side: the term a frame as wide as the PDF's term column (16 mm), the definition
    # indented by as much; the frame is in the style (Word) and on each term (LibreOffice).
    frame = term_style.element.find("w:pPr/w:framePr", NS)
    width = int(frame.get(f"{{{W}}}w"))
    assert abs(width / 20 - 16 * 72 / 25.4) < 0.1 and frame.get(f"{{{W}}}wrap") == "around"
    assert abs(definition.left_indent.pt - width / 20) < 0.1 and not definition.first_line_indent
    terms = [p for p in document.paragraphs if p.style.name == "Definition Term"]
    frames = [p._p.find("w:pPr/w:framePr", NS) for p in terms]
    assert [f is not None and f.get(f"{{{W}}}w") == str(width) for f in frames] == [True, True, True, False]
    # No tab left over from the one-paragraph layout.
    assert "\t" not in "".join(p.text for p in document.paragraphs)


def test_the_speaker_cards_glossary_has_the_pdfs_wider_term_column(render):
    document = render('<div class="speaker-card"><dl><dt>HSN</dt><dd>Human Security Network</dd></dl></div>')
    term, definition = document.paragraphs[:2]
    assert (term.style.name, definition.style.name) == ("Speaker Definition Term", "Speaker Definition")
    width = int(term._p.find("w:pPr/w:framePr", NS).get(f"{{{W}}}w"))
    assert abs(width / 20 - 24 * 72 / 25.4) < 0.1
    assert abs(definition.style.paragraph_format.left_indent.pt - width / 20) < 0.1


def test_a_term_wider_than_its_column_is_set_above_its_definition(render):
    """A Word frame does not grow like the PDF's row: a wrapped term would overlap the next one."""
    document = render(
        "<dl><dt>HSN</dt><dd>Human Security Network</dd>"
        "<dt>Internationalisation</dt><dd>A long term</dd><dt>UN</dt><dd>United Nations</dd></dl>"
    )
    terms = [p for p in document.paragraphs if p.style.name == "Definition Term"]
    assert [t.text for t in terms] == ["HSN", "Internationalisation", "UN"]
    assert [t._p.find("w:pPr/w:framePr", NS) is not None for t in terms] == [True, False, True]
    # Still a term paragraph before its definition paragraph, so pandoc keeps the entry.
    assert [p.style.name for p in document.paragraphs[2:4]] == ["Definition Term", "Definition"]
