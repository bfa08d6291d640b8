"""Sections, page setup, header and footer, the pack's contents and sections."""

from __future__ import annotations

from docx.shared import Mm
from docx_helpers import FURNITURE, NS, W, part_xml


def instructions(element) -> list[str]:
    return [t.text.strip() for t in element.iter(f"{{{W}}}instrText")]


def test_page_size_and_margins_come_from_the_theme(render):
    section = render("<p>x</p>").sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    assert abs(section.top_margin - Mm(24)) < Mm(0.1)
    assert abs(section.left_margin - Mm(22)) < Mm(0.1)  # inner
    assert abs(section.right_margin - Mm(20)) < Mm(0.1)  # outer


def test_landscape_orientation():
    import copy
    import io

    import docx
    from docx.enum.section import WD_ORIENT
    from docx_helpers import THEME_TOKENS, page

    from generator.config.theme import Theme
    from generator.writers.docx import render_docx

    tokens = copy.deepcopy(THEME_TOKENS)
    tokens["page"].update(orientation="landscape", size="A5")
    data = render_docx(page("<p>x</p>"), Theme.model_validate(tokens), template_name="t")
    section = docx.Document(io.BytesIO(data)).sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(148)) < Mm(0.1)


def test_header_and_footer_carry_marking_title_and_page_fields(render):
    document = render(
        '<article class="document" id="a">'
        + FURNITURE.format(title="Fact Sheet")
        + "<h1>Fact Sheet</h1></article>"
    )
    section = document.sections[0]
    header = section.header._element
    header_text = "".join(t.text for t in header.iter(f"{{{W}}}t"))
    assert "RESTRICTED" in header_text and "Fact Sheet" in header_text
    marking_run = next(r for r in header.iter(f"{{{W}}}r") if "RESTRICTED" in "".join(r.itertext()))
    assert marking_run.find("w:rPr/w:rStyle", NS).get(f"{{{W}}}val") == "Marking"
    assert str(document.styles["Marking"].font.color.rgb) == "9B1C1C"

    footer = section.footer._element
    assert instructions(footer) == ["PAGE", "NUMPAGES"]
    kinds = [f.get(f"{{{W}}}fldCharType") for f in footer.iter(f"{{{W}}}fldChar")]
    assert kinds == ["begin", "separate", "end"] * 2
    footer_text = "".join(t.text for t in footer.iter(f"{{{W}}}t"))
    assert "Test footer" in footer_text and "Page 1 of 1" in footer_text


PACK = (
    FURNITURE.format(title="Briefing Pack")
    + '<section class="cover"><h1 class="title">Briefing Pack</h1></section>'
    + '<nav class="contents"><h1>Contents</h1><ol>'
    + '<li><a href="#note">Briefing Note</a><span class="desc">Background</span></li>'
    + '<li><a href="#facts">Fact Sheet</a></li><li><a href="#timeline">Timeline</a></li></ol></nav>'
    + "".join(
        f'<article class="document" id="{i}">'
        + FURNITURE.format(title=t)
        + f"<h1>{t}</h1><p>Body of {t}.</p></article>"
        for i, t in (("note", "Briefing Note"), ("facts", "Fact Sheet"), ("timeline", "Timeline"))
    )
)


def test_pack_contents_are_the_entries_with_page_references(render_bytes):
    import io

    import docx

    data = render_bytes(PACK, page_numbers={"note": 3, "facts": 7})
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    assert instructions(body) == ["PAGEREF note \\h", "PAGEREF facts \\h", "PAGEREF timeline \\h"]
    toc = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith("toc") or p.style.name == "Contents Description"
    ]
    # The stored page numbers are the ones given (the PDF's); a page not known is left to Word.
    assert toc == [
        ("toc 1", "Briefing Note\t3"),
        ("Contents Description", "Background"),
        ("toc 1", "Fact Sheet\t7"),
        ("toc 1", "Timeline\t"),
    ]
    # The entries link to bookmarks at the start of each document.
    anchors = [h.get(f"{{{W}}}anchor") for h in body.iter(f"{{{W}}}hyperlink")]
    assert anchors == ["note", "facts", "timeline"]
    bookmarks = {b.get(f"{{{W}}}name") for b in body.iter(f"{{{W}}}bookmarkStart")}
    assert bookmarks == {"note", "facts", "timeline"}

    # Cover, then one section per document, each starting on a new page with its own header.
    sections = document.sections
    assert len(sections) == 4
    assert all(s.start_type == 2 for s in sections[1:])  # WD_SECTION.NEW_PAGE
    titles = ["".join(t.text for t in s.header._element.iter(f"{{{W}}}t")) for s in sections[1:]]
    assert ["Briefing Note" in titles[0], "Fact Sheet" in titles[1], "Timeline" in titles[2]] == [True] * 3
    assert not any(s.header.is_linked_to_previous for s in sections)

    settings = part_xml(data, "word/settings.xml")
    assert settings.find("w:updateFields", NS).get(f"{{{W}}}val") == "true"


def test_documents_without_contents_do_not_ask_word_to_update_fields(render_bytes):
    settings = part_xml(render_bytes("<p>x</p>"), "word/settings.xml")
    assert settings.find("w:updateFields", NS) is None


def test_cover_is_followed_by_a_page_break(render):
    document = render('<section class="cover"><h1 class="title">Pack</h1></section><p>Next</p>')
    assert document.paragraphs[1].paragraph_format.page_break_before
