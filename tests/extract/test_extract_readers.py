"""Every format a statement arrives in gives the same numbered paragraphs as its plain text.

The fixture (fixtures/formats/, written for these tests; make.py rebuilds
its other formats) is typed the way word processors export text: one line
per paragraph, no blank lines, a list straight under its lead-in.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from generator.content.speech import parse_speech
from generator.extract import extract_file
from generator.extract.decode import StatementError, decode_statement, read_statement
from generator.extract.readers import detect_format, segment, to_text

FORMATS = Path(__file__).parent / "fixtures" / "formats"
NAME = "kelmar-fisheries-2011"


def _paragraphs(path: Path) -> list[str]:
    return [p.plain_text() for p in parse_speech(read_statement(path).text).paragraphs]


@pytest.fixture(scope="module")
def expected() -> list[str]:
    return _paragraphs(FORMATS / f"{NAME}.txt")


def test_text_without_blank_lines_is_grouped_into_paragraphs(expected):
    assert len(expected) == 9
    assert expected[0].startswith("Let me thank you")
    assert expected[2] == "Since the plenary meeting of 2 November 2010, three things have changed:"
    # The list typed straight under its lead-in: one paragraph per bullet.
    assert expected[3:6] == [
        "the regional observer programme has doubled its boardings;",
        "two more states have ratified the port measures agreement;",
        "a joint patrol now covers the southern banks.",
    ]
    assert expected[-1] == "Thank you."
    speech = parse_speech(read_statement(FORMATS / f"{NAME}.txt").text)
    assert speech.header[:2] == [
        "Statement by H.E. Ms. Anneli Varo",
        "Minister for Maritime Affairs of the Republic of Kelmar",
    ]
    assert speech.opening == ["Mr. President,", "Excellencies,", "Ladies and Gentlemen,"]


@pytest.mark.parametrize("suffix", ["docx", "html", "pdf", "odt", "rtf"])
def test_every_format_gives_the_paragraphs_of_the_text(suffix, expected):
    path = FORMATS / f"{NAME}.{suffix}"
    assert _paragraphs(path) == expected


def test_the_web_page_loses_its_furniture():
    decoded = read_statement(FORMATS / f"{NAME}.html")
    for furniture in ("Plans & pricing", "Français", "Page top", "Share", "Home >", "Sign in"):
        assert furniture not in decoded.text
    assert decoded.format == "html"


def test_crlf_text_export_with_no_blank_lines_matches(expected):
    raw = (
        (FORMATS / f"{NAME}.txt")
        .read_text(encoding="utf-8")
        .replace("\n", "\r\n")
        .encode("cp1252", "replace")
    )
    decoded = decode_statement(raw)
    assert [p.plain_text() for p in parse_speech(decoded.text).paragraphs] == expected


def test_word_numbering_levels_become_nested_bullets():
    from docx import Document

    doc = Document()
    doc.add_paragraph("Our priorities for the coming season are the following:")
    doc.add_paragraph("Port controls in every member state", style="List Bullet")
    doc.add_paragraph("with shared inspection records", style="List Bullet 2")
    doc.add_paragraph("Data shared within one season", style="List Number")
    doc.add_paragraph("We will report on both at the next meeting.")
    buffer = BytesIO()
    doc.save(buffer)
    speech = parse_speech(decode_statement(buffer.getvalue()).text)
    kinds = [p.kind for p in speech.paragraphs]
    assert kinds == ["text", "item", "item", "text"]
    first = speech.paragraphs[1].item
    assert first.text == "Port controls in every member state"
    assert [c.text for c in first.children] == ["with shared inspection records"]


def test_a_line_broken_word_paragraph_keeps_its_lines():
    from docx import Document

    doc = Document()
    doc.add_paragraph().add_run("Remarks by Dr. Ilse Moran\nDirector of Fisheries\nLindhaven, 3 May 2010")
    doc.add_paragraph("Madam Chair,")
    doc.add_paragraph("It is a pleasure to speak here today about our coastal waters and our fleets.")
    buffer = BytesIO()
    doc.save(buffer)
    speech = parse_speech(decode_statement(buffer.getvalue()).text)
    assert speech.header == ["Remarks by Dr. Ilse Moran", "Director of Fisheries", "Lindhaven, 3 May 2010"]


@pytest.mark.parametrize(
    ("raw", "fmt"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"{\\rtf1\\ansi hello}", "rtf"),
        (b"<!DOCTYPE html><p>x</p>", "html"),
        (b"  <html><body>x</body></html>", "html"),
        (b"Mr. President,\n", "txt"),
    ],
)
def test_formats_are_told_by_their_bytes(raw, fmt):
    assert detect_format(raw) == fmt


def test_a_pdf_without_a_text_layer_says_what_to_do(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(StatementError) as info:
        read_statement(path)
    assert "no text layer" in info.value.message and "OCR" in info.value.message


def test_segment_keeps_salutations_and_dated_lists_together_and_header_lines_apart():
    """Each short line is its own paragraph, as the same text with blank lines has it most often."""
    blocks = segment(
        [
            "Remarks by the Minister",
            "Lindhaven, 3 May 2010",
            "Madam Chair,",
            "Colleagues,",
            "We met last year.",
            "Oct 2009 Coastal Forum (Lindhaven)",
            "Jan 2010 Fleet Review (Amsel)",
        ]
    )
    assert [b.lines for b in blocks] == [
        ["Remarks by the Minister"],
        ["Lindhaven, 3 May 2010"],
        ["Madam Chair,", "Colleagues,"],
        ["We met last year."],
        ["Oct 2009 Coastal Forum (Lindhaven)", "Jan 2010 Fleet Review (Amsel)"],
    ]
    assert to_text(blocks).count("\n\n") == 4


def test_the_draft_of_a_word_statement_reads_its_header_like_the_text():
    text = extract_file(FORMATS / f"{NAME}.txt")
    word = extract_file(FORMATS / f"{NAME}.docx")
    assert word.text == text.text
    assert word.data["speech"]["speaker"] == text.data["speech"]["speaker"]


def test_a_statement_left_as_one_paragraph_is_marked_to_check():
    from generator.extract import extract_event

    text = (
        "Mr. President,\n\nWe met in Lindhaven on 3 May 2010 for the Coastal Forum and agreed on the "
        "catch limits that matter to every coastal state represented in this room today.\n"
    )
    result = extract_event(text, source_name="one.txt")
    (source,) = result.data["sources"]
    assert source["note"].startswith("TO CHECK: the statement came out as a single paragraph")
    assert any("one paragraph" in t for t in result.todo)


def test_the_pypdf_fallback_reads_the_same_paragraphs(monkeypatch, expected):
    import sys

    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # as if it were not installed
    assert _paragraphs(FORMATS / f"{NAME}.pdf") == expected


def test_a_pdf_of_short_paragraphs_keeps_them_apart():
    """A header and one-line paragraphs, as a word processor prints them (space after each paragraph):
    most gaps are between paragraphs, and the tighter one inside the two-line paragraph is the line
    spacing. Taking the usual gap for the line spacing would join the whole page into one paragraph."""
    from generator.extract.readers.pdf import _Line, _paragraphs

    texts = [
        "Minister for Inland Affairs",
        "The Hon Oskar Lind MP",
        "Speech",
        "Address to the Basin Institute, Lindhaven",
        "12 May 2011",
        "It is an honour to address this meeting on behalf of my country, and I thank",
        "the organisers for their careful preparation of our work.",
        "The tasks before us are many.",
    ]
    ys = [714.0, 689.3, 664.6, 639.9, 615.2, 590.5, 575.9, 551.2]
    lines = [_Line(0, y, 90.0, 10.8, [(90.0, t)]) for y, t in zip(ys, texts, strict=True)]
    assert _paragraphs(lines) == [*texts[:5], " ".join(texts[5:7]), texts[7]]
    # every paragraph on one line, no line spacing to compare with: still one paragraph per line
    single = [_Line(0, 714.0 - 24.7 * i, 90.0, 10.8, [(90.0, t)]) for i, t in enumerate(texts[:5])]
    assert _paragraphs(single) == texts[:5]


def test_a_word_letterhead_in_the_page_header_and_a_header_in_a_table(tmp_path):
    """A mission's Word file: the letterhead in the page header, the speaker and date in a table cell beside
    the logo's cell, then the speech. Both are read, in that order; the body's paragraphs stay as they were."""
    from docx import Document

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Permanent Mission of Ostrava to the United Nations"
    doc.sections[0].header.add_paragraph("New York")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = ""
    cell = table.cell(0, 1)
    cell.text = "Statement by H.E. Ms. Lena Kost"
    cell.add_paragraph("Permanent Representative")
    cell.add_paragraph("12 March 2010")
    doc.add_paragraph("Mr. President,")
    doc.add_paragraph(
        "It is an honour to address this meeting on behalf of my country, and I thank the organisers for "
        "their careful preparation of our work."
    )
    doc.add_paragraph("The tasks before us are many.")
    path = tmp_path / "letterhead.docx"
    doc.save(str(path))
    data = extract_file(path).data
    assert data["speech"]["speaker"]["name"] == "Lena Kost"
    assert str(data["event"]["date"]) == "2010-03-12"
    assert data["event"]["place"] == "New York"
    assert [p.plain_text() for p in parse_speech(read_statement(path).text).paragraphs] == [
        "It is an honour to address this meeting on behalf of my country, and I thank the organisers for "
        "their careful preparation of our work.",
        "The tasks before us are many.",
    ]


# -- the same statement typed with and without blank lines (real exports' shapes) ----------------

ADDRESSED = [
    "Statement by President Amal Orr on the occasion of the opening of the 9th Basin Summit",
    "Monday, September 7, 2009",
    "Lindhaven; Democratic Republic of the Congo",
    None,
    "Your Majesty, King Tomas III, Chairperson of the Organ on Politics, Defence and Security Cooperation,",
    "Your Excellencies Heads of State and Government and Esteemed First Spouses.",
    "Your Excellency Dr Lena Kost, Chairperson of the Basin Commission;",
    "Honourable Ministers and Members of the Council of Ministers,",
    "Distinguished Guests, Ladies and Gentlemen,",
    None,
    "It is my honour and privilege to address you on the occasion of the Official Opening of the 9th Basin "
    "Summit of the Heads of State and Government here in Lindhaven.",
    "Allow me, Your Excellencies, to express our gratitude and appreciation for the warm welcome and hospitality "
    "that the Government and the People of the host country have extended to us.",
    None,
    "My particular appreciation goes to President Oskar Lind, our host.",
]


def _typed(blank: bool) -> str:
    """The statement as a page copy gives it (blank lines between its blocks, paragraphs one a line inside
    them) or as Word's "save as text" does (one line a paragraph, no blank line)."""
    lines = [("" if blank else None) if line is None else line for line in ADDRESSED]
    return "\n".join(line for line in lines if line is not None) + "\n"


def test_an_addressee_list_and_paragraphs_one_a_line_read_the_same_with_and_without_blank_lines(tmp_path):
    from docx import Document

    with_blanks = [
        p.plain_text() for p in parse_speech(decode_statement(_typed(True).encode()).text).paragraphs
    ]
    without = [p.plain_text() for p in parse_speech(decode_statement(_typed(False).encode()).text).paragraphs]
    doc = Document()
    for line in ADDRESSED:
        if line is not None:
            doc.add_paragraph(line)
    doc.save(tmp_path / "s.docx")
    word = _paragraphs(tmp_path / "s.docx")
    assert with_blanks == without == word
    # the addressee list is the opening, not numbered; each long line of prose is its own paragraph
    assert with_blanks[0].startswith("It is my honour") and with_blanks[1].startswith("Allow me")
    assert len(with_blanks) == 3


def test_a_title_then_a_good_afternoon_salutation_in_a_web_page_reads_like_the_text(tmp_path):
    title = "“Rivers, Regions and the Basin”"
    body = "Let me begin by saying that I regret having to speak to you from a screen today, as I would have liked to come."
    page = (
        "<html><body><main><p>Speech by the Minister at the Basin Conference, Lindhaven, 27 January 2010</p>"
        f"<p>{title}</p><p>Good afternoon ladies and gentlemen,</p><p>{body}</p></main></body></html>"
    )
    (tmp_path / "s.html").write_text(page, encoding="utf-8")
    text = f"Speech by the Minister at the Basin Conference, Lindhaven, 27 January 2010\n\n{title}\n\nGood afternoon ladies and gentlemen,\n\n{body}\n"
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    assert _paragraphs(tmp_path / "s.html") == _paragraphs(tmp_path / "s.txt") == [body]


def test_a_dash_a_pdfs_line_wrap_put_at_a_lines_start_is_no_bullet():
    """ "… the Directorate" / "– notably the possibility …": a dash inside a sentence, wrapped to the start of
    a line aligned with the one above, stays in its paragraph; a dash under a lead-in ending with a colon,
    or indented, is a list's bullet."""
    from generator.extract.readers.pdf import _Line, _paragraphs

    def lines(texts: list[str], xs: list[float]) -> list[_Line]:
        return [
            _Line(0, 700.0 - 14.6 * i, x, 10.8, [(x, t)])
            for i, (t, x) in enumerate(zip(texts, xs, strict=True))
        ]

    wrapped = [
        "We met the Executive Director of the Counter-Flood Directorate of the Basin Council",
        "– notably to discuss the possibility of a joint meeting in Lindhaven next year.",
    ]
    assert _paragraphs(lines(wrapped, [72.0, 72.0])) == [" ".join(wrapped)]
    listed = ["We agreed on two things:", "– a joint meeting next year;", "– a shared flood map."]
    assert _paragraphs(lines(listed, [72.0, 72.0, 72.0])) == listed
    indented = ["We agreed on two things", "– a joint meeting next year"]
    assert _paragraphs(lines(indented, [72.0, 90.0])) == indented
