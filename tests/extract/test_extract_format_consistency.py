"""The same statement saved as text with blank lines, as Word's "save as text", as Word and as a web page
gives the same numbered paragraphs, header facts and timeline (issue 11: every format giving the same
paragraphs as plain text; bench/extract/consistency.py measures it on the evaluation corpus).

Each statement here is written the way such copies come: a page's title, date and by-line each a paragraph
of its own; an addressee list under a salutation; a letter hard-wrapped at seventy characters.
"""

from __future__ import annotations

import html as _html
from pathlib import Path

import pytest

from generator.extract import extract_event, extract_file
from generator.extract.readers import segment

BODY = (
    "It is an honour to address this meeting on behalf of my country, and I thank the organisers for "
    "their careful preparation of our work.\n\n"
    "When we met at the Coastal Forum in Lindhaven on 4 March 2010, we agreed on catch limits for the "
    "northern basin that every coastal state has since respected.\n\n"
    "The tasks before us are many, and we intend to do our share of them with all the partners "
    "represented here.\n"
)

#: A page's title, date line and by-line, each its own paragraph; an addressee list without commas.
PAGE = (
    "Basin Council Speeches\n\n"
    "Minister Kost at the Basin Council\n\n"
    "Friday, 12 March 2011\n\n"
    "Statement by H.E. Ms. Lena Kost, Minister of Inland Affairs of Ostrava\n\n"
    "Brussels, 12 March 2011\n\n"
    "Check against delivery\n\n"
    "Mr. Chairman\nDistinguished Guests\nLadies and Gentlemen\n\n" + BODY
)
#: A salutation whose addressee list goes on on lines that do not start like one.
SALUTED = (
    "Remarks to the Annual Meeting of the Basin Ministers\n\n"
    "Lindhaven, 26 September 2008\n\n"
    "Dear Friends,\nSisters and Brothers,\n\n" + BODY
)
#: A letter hard-wrapped at seventy characters, its paragraphs apart.
WRAPPED = (
    "Note of the Basin Secretariat\n\n"
    "The ministers of the basin states met in Lindhaven on 4 March 2010 for\n"
    "the Coastal Forum and agreed on catch limits for the northern basin;\n"
    "the limits apply from the next season and are reviewed each year by\n"
    "the standing committee of the Forum.\n\n"
    "The committee will report to the ministers at their next meeting, to\n"
    "be held in the spring, on the state of the stocks and on the work of\n"
    "the observers, whose number has doubled since the Forum last met in\n"
    "Lindhaven and whose reports are now shared with every member state.\n\n"
    "We thank the secretariat for its work.\n"
)
#: A header in capitals, a line a paragraph.
CAPITALS = (
    "REPUBLIC OF OSTRAVA\n\nSPEECH BY\n\nHER EXCELLENCY THE MINISTER OF INLAND AFFAIRS\n\n"
    "LENA MARIA KOST\n\nAT THE OPENING OF THE BASIN COUNCIL\n\nBrussels\n\n12 March 2011\n\n"
    "Excellencies,\n\n" + BODY
)
CASES = {"page": PAGE, "saluted": SALUTED, "wrapped": WRAPPED, "capitals": CAPITALS}


def as_noblank(text: str, dest: Path) -> None:
    """Word's "save as text": one line per paragraph or typed line, no blank lines, CRLF."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    dest.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def as_docx(text: str, dest: Path) -> None:
    """One Word paragraph per typed line, no empty paragraphs: how a typist's file comes."""
    from docx import Document

    doc = Document()
    for line in text.split("\n"):
        if line.strip():
            doc.add_paragraph(line.strip())
    doc.save(str(dest))


def as_html(text: str, dest: Path) -> None:
    """Each blank-line block a <p>, its lines joined by <br>, under a site's navigation."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    paras = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in b.split("\n")) + "</p>" for b in blocks)
    dest.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Statement</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">Press room</a></nav>'
        f"<main>{paras}</main><footer><a href='#top'>Page top</a></footer></body></html>",
        encoding="utf-8",
    )


WRITERS = {".noblank.txt": as_noblank, ".docx": as_docx, ".html": as_html}


def reading(path: Path) -> tuple:
    result = extract_file(path)
    data = result.data
    return (
        [" ".join(p.plain_text().split()) for p in result.speech.paragraphs],
        (data["speech"]["speaker"]["name"], str(data["event"]["date"]), data["event"].get("place")),
        sorted((str(item["date"]), item["title"]) for item in data.get("timeline") or []),
    )


@pytest.mark.parametrize("suffix", list(WRITERS))
@pytest.mark.parametrize("case", list(CASES))
def test_every_format_reads_as_the_text(case, suffix, tmp_path):
    text = CASES[case]
    (tmp_path / "statement.txt").write_text(text, encoding="utf-8")
    WRITERS[suffix](text, tmp_path / f"statement{suffix}")
    assert reading(tmp_path / f"statement{suffix}") == reading(tmp_path / "statement.txt")


def test_the_page_s_header_lines_are_paragraphs_of_their_own(tmp_path):
    """Numbered as the text with blank lines numbers them, so a cite written for one holds for the other."""
    as_noblank(PAGE, tmp_path / "page.noblank.txt")
    paragraphs, header, timeline = reading(tmp_path / "page.noblank.txt")
    assert paragraphs[:3] == [
        "Basin Council Speeches",
        "Minister Kost at the Basin Council",
        "Friday, 12 March 2011",
    ]
    assert header == ("Lena Kost", "2011-03-12", "Brussels")
    assert [date for date, _ in timeline] == ["2010-03-04"]


def test_an_addressee_list_without_commas_stays_one_paragraph():
    blocks = segment(
        ["Friday, 12 March 2011", "Mr. Chairman", "Distinguished Guests", "Ladies and Gentlemen"]
    )
    assert [b.lines for b in blocks] == [
        ["Friday, 12 March 2011"],
        ["Mr. Chairman", "Distinguished Guests", "Ladies and Gentlemen"],
    ]


def test_a_salutation_goes_on_with_the_lines_that_address_the_audience():
    blocks = segment(
        ["Dear Friends,", "Sisters and Brothers,", "It is an honour to be here with you all today."]
    )
    assert [b.lines for b in blocks] == [
        ["Dear Friends,", "Sisters and Brothers,"],
        ["It is an honour to be here with you all today."],
    ]


def test_hard_wrapped_lines_go_on_with_the_sentence_they_broke_off():
    lines = [line for line in WRAPPED.split("\n") if line.strip()]
    assert [len(b.lines) for b in segment(lines)] == [1, 4, 4, 1]


def test_a_header_in_capitals_typed_one_line_a_paragraph_names_its_speaker(tmp_path):
    as_noblank(CAPITALS, tmp_path / "capitals.noblank.txt")
    assert reading(tmp_path / "capitals.noblank.txt")[1] == ("Lena Maria Kost", "2011-03-12", "Brussels")


def test_paragraphs_typed_one_a_line_after_two_blank_lines_are_kept_apart():
    """A copy cut short mid-sentence still has its last long line as a paragraph of its own."""
    long = "The ministers agreed on catch limits for the northern basin, which every coastal state " * 2
    text = f"Note of the Basin Secretariat\n\n\n{long.strip()}.\n{long.strip()}.\n{long.strip()} and the obse"
    result = extract_event(text, source_name="cut.txt")
    assert len(result.speech.paragraphs) == 4


# -- a PDF printed from the Word file reads as the Word file --------------------------------------------

#: Compound words that a line's wrap breaks after their hyphen; one-line paragraphs printed without space
#: between them; a number alone on a line inside the page (a page's hit counter), which is no page number.
PRINTED = (
    "Basin Council Speeches\n"
    "Programme Director\n"
    "Hits\n"
    "840\n"
    "Minister Kost at the Basin Council\n"
    + " ".join(
        ["Our long-standing and well-known co-operation on cross-border fisheries is state-of-the-art."] * 6
    )
    + "\n"
    "We thank the secretariat for its work.\n"
    "The tasks before us are many.\n"
)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> tuple[Path, Path]:
    """The Word file and LibreOffice's PDF of it, as formats.py makes them for the corpus."""
    import shutil
    import subprocess

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer)")
    folder = tmp_path_factory.mktemp("printed")
    as_docx(PRINTED, folder / "printed.docx")
    subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(folder / "printed.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return folder / "printed.docx", folder / "printed.pdf"


@pytest.mark.slow
def test_a_pdf_reads_as_the_word_file_it_was_printed_from(printed):
    docx, pdf = printed
    assert reading(pdf) == reading(docx)


@pytest.mark.slow
def test_a_pdf_keeps_compound_words_whole_where_a_line_broke_them(printed):
    paragraphs = reading(printed[1])[0]
    compound = next(p for p in paragraphs if p.startswith("Our long-standing"))
    assert compound.count("state-of-the-art") == 6 and compound.count("cross-border") == 6
    assert "- " not in compound


@pytest.mark.slow
def test_a_pdf_s_short_paragraphs_and_numbers_inside_the_page_stay(printed):
    paragraphs = reading(printed[1])[0]
    assert paragraphs[:4] == ["Basin Council Speeches", "Programme Director", "Hits", "840"]


# -- a web page: each <p> a paragraph, a page of <br>-broken lines read as text typed a line a paragraph ----


def test_each_paragraph_of_a_page_stays_one_as_its_copy_keeps_it(tmp_path):
    """A header set one <p> a line, one of them going on in lower case: the copy of the page has a blank
    line after each <p>, and so does the reading of the page."""
    text = "Minister of Inland Affairs\n\nat a dinner\n\nfor the Diplomatic Corps in Lindhaven\n\n" + BODY
    (tmp_path / "dinner.txt").write_text(text, encoding="utf-8")
    as_html(text, tmp_path / "dinner.html")
    assert reading(tmp_path / "dinner.html") == reading(tmp_path / "dinner.txt")
    assert reading(tmp_path / "dinner.html")[0][:3] == [
        "Minister of Inland Affairs",
        "at a dinner",
        "for the Diplomatic Corps in Lindhaven",
    ]


def test_a_page_of_lines_broken_by_br_reads_as_the_same_text_without_blank_lines(tmp_path):
    lines = [line for line in PAGE.split("\n") if line.strip()]
    (tmp_path / "page.noblank.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<!DOCTYPE html><html><body><div>"
        + "<br>\n".join(_html.escape(x) for x in lines)
        + "</div></body></html>",
        encoding="utf-8",
    )
    assert reading(tmp_path / "page.html") == reading(tmp_path / "page.noblank.txt")
    assert len(reading(tmp_path / "page.html")[0]) > 8


def test_the_last_block_of_paragraphs_typed_one_a_line_is_kept_apart_too():
    long = "The ministers agreed on catch limits for the northern basin, which every coastal state " * 2
    text = f"Note of the Basin Secretariat\n\n{long.strip()}.\n{long.strip()}.\n"
    assert len(extract_event(text, source_name="last.txt").speech.paragraphs) == 3


def test_an_addressee_list_run_on_with_semicolons_is_one_paragraph_up_to_its_colon():
    blocks = segment(
        [
            "Your Excellency, the Honourable Tomas Reyl, Governor of the Basin Region; Your Excellencies, Ministers",
            "of the Basin States;",
            "Honourable Ministers; Honourable Senators; Members of Parliament; Permanent Secretaries;",
            "Specially invited guests; Members of the Media; Master of Ceremonies; Distinguished Ladies and Gentlemen:",
            "Good morning.",
        ]
    )
    assert [len(b.lines) for b in blocks] == [4, 1]


def test_a_role_typed_as_a_paragraph_of_its_own_follows_the_name_above_it(tmp_path):
    text = (
        "Lena Maria Kost\n\nMinister of Inland Affairs\n\nTreaty Room\n\nLindhaven, 2 March 2012\n\n" + BODY
    )
    (tmp_path / "role.txt").write_text(text, encoding="utf-8")
    as_noblank(text, tmp_path / "role.noblank.txt")
    for name in ("role.txt", "role.noblank.txt"):
        assert extract_file(tmp_path / name).data["speech"]["speaker"] == {
            "name": "Lena Maria Kost",
            "role": "Minister of Inland Affairs",
        }


def test_an_address_without_a_comma_opens_the_list_under_it_and_a_greeting_closes_it():
    blocks = segment(
        [
            "Your Majesty",
            "Your Excellencies,",
            "Distinguished Guests, Ladies and Gentlemen;",
            "Good morning and a very warm welcome to all of you to the Basin Secretariat.",
        ]
    )
    assert [b.lines for b in blocks] == [
        ["Your Majesty", "Your Excellencies,", "Distinguished Guests, Ladies and Gentlemen;"],
        ["Good morning and a very warm welcome to all of you to the Basin Secretariat."],
    ]


def test_a_page_s_source_saved_as_a_word_file_reads_as_the_source_saved_as_text(tmp_path):
    """An archive showing a page's markup as text, copied into Word: its tags are taken out as in text."""
    text = (
        '<html>\n<head>\n<meta name="generator" content="Basin Word 10">\n</head>\n<body>\n'
        "<p>Lindhaven, 12 March 2011</p>\n<p>Statement by H.E. Ms. Lena Kost, Minister of Inland Affairs</p>\n"
        "<p>Mr. Chairman,</p>\n" + "".join(f"<p>{p}</p>\n" for p in BODY.split("\n\n")) + "</body>\n</html>\n"
    )
    (tmp_path / "source.txt").write_text(text, encoding="utf-8")
    as_docx(text, tmp_path / "source.docx")
    assert reading(tmp_path / "source.docx")[1:] == reading(tmp_path / "source.txt")[1:]
    assert reading(tmp_path / "source.docx")[1] == ("Lena Kost", "2011-03-12", "Lindhaven")


def test_a_short_line_said_twice_above_the_header_is_dropped_in_every_format(tmp_path):
    """An image's caption and its alternative text, the same line twice: not a speaker with his style."""
    text = (
        "Shri Tomas Reyl\nShri Tomas Reyl\nPrime Minister of Ostrava\nInland Affairs\n"
        "Chair Summary on Ministerial Meeting held on 3-4 Sept 2009 in Lindhaven\n"
        "Ministerial Meeting Lindhaven, 3-4 September 2009\nChair's Summary\n(4 September 2009)\n\n"
        "Excellencies, Ministers, and distinguished delegates,\n\n" + BODY
    )
    (tmp_path / "summary.txt").write_text(text, encoding="utf-8")
    as_noblank(text, tmp_path / "summary.noblank.txt")
    assert reading(tmp_path / "summary.noblank.txt")[1:] == reading(tmp_path / "summary.txt")[1:]
    assert "Reyl" not in reading(tmp_path / "summary.noblank.txt")[1][0]


def test_a_heading_in_capitals_on_its_paragraph_s_first_line_is_no_run_of_acronyms(tmp_path):
    """Typed with its paragraph in one block, or alone in text without blank lines: the same glossary."""
    text = (
        "Statement by H.E. Ms. Lena Kost, Minister of Inland Affairs\n\nLindhaven, 12 March 2011\n\n"
        "Mr. Chairman,\n\nTHE USE OF THE RIVERS\nJust like the coast, the rivers of the basin ask each state "
        "to adapt its fishing and its trade, and the Basin Fisheries Council (BFC) will help.\n\n" + BODY
    )
    (tmp_path / "heading.txt").write_text(text, encoding="utf-8")
    as_noblank(text, tmp_path / "heading.noblank.txt")
    terms = [
        {a.term for a in extract_file(tmp_path / name).findings.acronyms}
        for name in ("heading.txt", "heading.noblank.txt")
    ]
    assert terms[0] == terms[1] == {"BFC"}


def test_word_s_hyphens_are_read_as_hyphens():
    """A PDF's font often has only "-": the Word file's U+2010 and U+2011 read the same."""
    text = "Note of the Basin Secretariat\n\nOur co\u2010operation on cross\u2011border fisheries goes on.\n"
    assert extract_event(text, source_name="h.txt").speech.paragraphs[-1].plain_text() == (
        "Our co-operation on cross-border fisheries goes on."
    )


def test_formats_py_writes_a_text_without_blank_lines_one_paragraph_a_line():
    """Its final line end is no blank line: a page made from it has one <p> a line, not one <p> of <br>s."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "bench" / "extract" / "formats.py"
    spec = importlib.util.spec_from_file_location("bench_formats", path)
    assert spec is not None and spec.loader is not None
    formats = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(formats)
    assert formats.blocks("Title\nFirst line.\nSecond line.\n") == [
        ["Title"],
        ["First line."],
        ["Second line."],
    ]
    assert formats.blocks("Title\n\nFirst line.\nSecond line.\n") == [
        ["Title"],
        ["First line.", "Second line."],
    ]
