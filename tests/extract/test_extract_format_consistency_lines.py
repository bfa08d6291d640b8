"""Lines a copy of a page keeps together, or apart, read the same whatever format the statement came in
(issue 11, round 8: every format giving the paragraphs plain text gives).

The shapes are those of pages copied with their furniture: a communiqué's list of who attended, each name
on one line and its office on the next; a news page whose picture's file name ran into the dateline under
the headline; a video page's "date issued" line under the speaker's line; a release that closes with its
ministry's letterhead in capitals. Each is written here as a text with blank lines and as the same text in
Word, Word's "save as text" (no blank lines) and a web page.
"""

from __future__ import annotations

import pytest
from test_extract_format_consistency import BODY, as_docx, as_html, as_noblank, reading

from generator.extract import extract_file
from generator.extract.readers import segment

WRITERS = {".noblank.txt": as_noblank, ".docx": as_docx, ".html": as_html}

#: Who attended, a bullet a person: the name and style on the bullet's line, the office on the next.
ATTENDED = (
    "Final Communiqué of the Ninth Basin Council\n\n"
    "Lindhaven, 14-15 May 2011\n\n"
    "The Basin Council held its ninth session in Lindhaven on 14 and 15 May 2011 under the chairmanship of "
    "Ostrava, in the presence of:\n\n"
    "– Her Excellency Dame Ana Velk,\nGovernor of the Northern Province.\n\n"
    "– His Excellency Mr. Piet Oru,\nChair of the Basin Commission.\n\n"
    "• Their Excellencies the ministers of fisheries of the\nriver states and their deputies.\n\n" + BODY
)

#: A headline in title case, then the dateline with a picture's file name run into it in lower case.
CAPTIONED = (
    "Basin Water Talks\n\n"
    "Basin Secretary Opens Lindhaven Water Talks\n\n"
    "riverbasin7 March 2011: Opening the second session of the Basin Water Talks, the Secretary of the Basin "
    "Council urged the river states to agree on shared limits before the summer.\n\n" + BODY
)

#: A video page: the speaker's line, then the clip's date and length, and a player's notice, a paragraph each
#: or the last two in one block.
CLIP = (
    "Ninth Basin Council\n\n"
    "Ms. Lena Kost, Minister of Inland Affairs of Ostrava, speaking at the closing of the Basin Council\n\n"
    "Release date: 4 May 2010 | Running time: 00:05:12 (8.2 MB)\n"
    "If the clip does not start, install a current media player\n\n"
    "Mr. Chairman,\n\nDistinguished delegates,\n\nLadies and gentlemen,\n\n" + BODY
)

#: A release that ends with its ministry's letterhead in capitals: office, city and date, a line each.
LETTERHEAD = (
    "Press Statement: Visit of the Minister of Inland Affairs of Ostrava to Lindhaven, 2-3 June 2010\n\n"
    "The Minister of Inland Affairs of Ostrava, Ms. Lena Kost, will visit Lindhaven on 2 and 3 June 2010 at "
    "the invitation of the Basin Fisheries Council (BFC). She will also meet the Secretary of the Council.\n\n"
    "The Minister will be accompanied by senior officials of her ministry.\n\n"
    "MINISTRY OF FOREIGN AFFAIRS\nLINDHAVEN\n1 JUNE 2010\n"
)

CASES = {"attended": ATTENDED, "captioned": CAPTIONED, "clip": CLIP, "letterhead": LETTERHEAD}


@pytest.mark.parametrize("suffix", list(WRITERS))
@pytest.mark.parametrize("case", list(CASES))
def test_every_format_reads_as_the_text(case, suffix, tmp_path):
    text = CASES[case]
    (tmp_path / "statement.txt").write_text(text, encoding="utf-8")
    WRITERS[suffix](text, tmp_path / f"statement{suffix}")
    base, other = extract_file(tmp_path / "statement.txt"), extract_file(tmp_path / f"statement{suffix}")
    paragraphs, *facts = reading(tmp_path / f"statement{suffix}")
    text_paragraphs, *text_facts = reading(tmp_path / "statement.txt")
    assert facts == text_facts
    assert [str(t) for t in other.todo] == [str(t) for t in base.todo]
    if case != "letterhead":
        # (a letterhead's lines a paragraph each or one block: the text without blank lines cannot say which)
        assert paragraphs == text_paragraphs


def test_a_list_item_typed_over_two_lines_stays_one_item():
    """The office under a name ending with a comma, and a line going on in lower case, belong to the item."""
    blocks = segment(
        [
            "In the presence of:",
            "- Her Excellency Dame Ana Velk,",
            "Governor of the Northern Province.",
            "• the ministers of fisheries of the",
            "river states.",
            "The Council thanked the host for its hospitality and the excellent arrangements.",
        ]
    )
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "In the presence of:"),
        ("item", "Her Excellency Dame Ana Velk, Governor of the Northern Province."),
        ("item", "the ministers of fisheries of the river states."),
        ("paragraph", "The Council thanked the host for its hospitality and the excellent arrangements."),
    ]


def test_a_line_after_a_list_item_that_ended_stays_apart():
    """An item without a comma at its end, and a line starting in capitals under it: a paragraph of its own."""
    blocks = segment(["• Last updated: 3 Feb. 2012 09:40", "Honourable Chairman,", "Thank you."])
    assert [b.kind for b in blocks][:2] == ["item", "paragraph"]
    assert blocks[0].text == "Last updated: 3 Feb. 2012 09:40"


@pytest.mark.parametrize(
    "caption",
    ["riverbasin7 March 2011: Opening", "dsc_0412.jpg The Secretary opened", "photo2.png Opening"],
)
def test_a_file_name_starting_a_line_does_not_go_on_with_the_headline_above(caption):
    blocks = segment(["Basin Secretary Opens Lindhaven Water Talks", f"{caption} the talks on 7 March 2011."])
    assert len(blocks) == 2


def test_a_line_going_on_in_lower_case_still_goes_on():
    blocks = segment(["Permanent Mission of Ostrava", "to the Basin Council in Lindhaven"])
    assert [b.text for b in blocks] == ["Permanent Mission of Ostrava to the Basin Council in Lindhaven"]


def test_a_date_line_under_the_speaker_s_line_is_the_date_not_more_of_the_role(tmp_path):
    """Each line a paragraph, or the date line in one block with the notice under it: the same date."""
    (tmp_path / "clip.txt").write_text(CLIP, encoding="utf-8")
    as_docx(CLIP, tmp_path / "clip.docx")
    for name in ("clip.txt", "clip.docx"):
        data = extract_file(tmp_path / name).data
        assert str(data["event"]["date"]) == "2010-05-04"
        assert "Release" not in data["speech"]["speaker"]["role"]


def test_a_letterhead_in_capitals_typed_a_line_a_paragraph_names_no_acronym(tmp_path):
    (tmp_path / "release.txt").write_text(LETTERHEAD, encoding="utf-8")
    as_noblank(LETTERHEAD, tmp_path / "release.noblank.txt")
    for name in ("release.txt", "release.noblank.txt"):
        assert {a.term for a in extract_file(tmp_path / name).findings.acronyms} == {"BFC"}


def test_an_acronym_alone_on_its_line_is_still_an_acronym(tmp_path):
    """One line in capitals with no capitals beside it is no heading: "OSTRAVA" under a sentence is kept."""
    text = (
        "Note of the Basin Secretariat\n\nThe ministers agreed on catch limits for the season.\n\nUNBC\n\n"
        "The tasks before us are many.\n"
    )
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    as_noblank(text, tmp_path / "note.noblank.txt")
    for name in ("note.txt", "note.noblank.txt"):
        assert "UNBC" in {a.term for a in extract_file(tmp_path / name).findings.acronyms}


#: A news page: the site's banner holds the item's time stamp; the wire's dateline under the headline has
#: no year.
BANNER = (
    "Basin News Agency",
    "Tue, 01/18/2011 - 16:05",
    "(LEAD) Basin ministers to meet in Ostrava on catch limits",
    "LINDHAVEN, Jan. 18 (BPA) -- The ministers of the basin states will meet in Ostrava on Friday for talks "
    "on catch limits for the coming season, the ministry said on Tuesday.",
    "The talks follow the Coastal Forum held in Lindhaven last month, where the states agreed to share "
    "their catch data for the first time.",
)


def _news_page(banner: str) -> str:
    body = "".join(f"<p>{_escape(p)}</p>" for p in BANNER[2:])
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>'
        f"<header><a href='/'>Home</a><nav><a href='/world'>World</a></nav>{banner}</header>"
        f"<main><article>{body}</article></main><footer>Page top</footer></body></html>"
    )


def _escape(text: str) -> str:
    import html

    return html.escape(text)


@pytest.mark.parametrize(
    "banner",
    [
        "<p>Basin News Agency<br>Tue, 01/18/2011 - 16:05</p>",
        "<div class='stamp'>Posted: 18 January 2011, 16:05</div>",
        "<p>Basin News Agency</p><p>18.01.2011 16:05</p>",
    ],
)
def test_a_page_s_banner_keeps_the_item_s_time_stamp_as_its_copy_does(banner, tmp_path):
    """The banner is furniture, but the item's year is in its time stamp there: the page dates the item as
    the text copied from it does."""
    (tmp_path / "item.txt").write_text("\n\n".join(BANNER) + "\n", encoding="utf-8")
    (tmp_path / "item.html").write_text(_news_page(banner), encoding="utf-8")
    dates = [str(extract_file(tmp_path / name).data["event"]["date"]) for name in ("item.txt", "item.html")]
    assert dates == ["2011-01-18", "2011-01-18"]


def test_a_banner_s_menu_and_sentences_stay_out(tmp_path):
    """Only a short line with a dated day is kept: the site's menu, and a teaser sentence with a date in it,
    are furniture still."""
    banner = (
        "<p>Home | World | Basin | Search</p><p>Tue, 01/18/2011 - 16:05</p>"
        "<p>Read also: the ministers of the basin met in Lindhaven on 12 December 2010 for the Coastal Forum "
        "and agreed to share their data.</p>"
    )
    (tmp_path / "item.html").write_text(_news_page(banner), encoding="utf-8")
    paragraphs = [
        " ".join(p.plain_text().split()) for p in extract_file(tmp_path / "item.html").speech.paragraphs
    ]
    assert not any("Home" in p or "Read also" in p for p in paragraphs)


#: A ministry's listing copied with its blank lines lost inside each entry: an item's text on one long line,
#: then the next entry's date line; and a release whose indented paragraphs, each a line, run on together.
LISTING = (
    "Basin Council News\n\n"
    "Minister Kost visits the Basin Secretariat\n\n"
    "The Minister of Inland Affairs of Ostrava, Ms. Lena Kost, visited the Basin Secretariat on Tuesday, "
    "3 May 2011 and met the Secretary of the Council to discuss the catch limits for the coming season.\n"
    "12 Apr. 2011 Visit of the Secretary of the Council to Ostrava, 48.20KB\n\n"
    "Secretary of the Council in Ostrava\n\n"
    "    The Secretary of the Basin Council, Mr. Piet Oru, paid a working visit to Ostrava on 12 April 2011 "
    "and held talks with the Minister of Inland Affairs on the work of the river commissions.\n"
    "    Both sides agreed that the commissions would report to the ministers before the Coastal Forum "
    "in Lindhaven in September.\n"
)


@pytest.mark.parametrize("suffix", list(WRITERS))
def test_a_paragraph_typed_on_one_line_inside_a_block_is_a_paragraph_in_every_format(suffix, tmp_path):
    """A line longer than any wrapping width that ends a sentence, with another line under it in its block,
    is a paragraph of its own in the text as in the Word file or the text without blank lines."""
    (tmp_path / "listing.txt").write_text(LISTING, encoding="utf-8")
    WRITERS[suffix](LISTING, tmp_path / f"listing{suffix}")
    assert reading(tmp_path / f"listing{suffix}") == reading(tmp_path / "listing.txt")
    paragraphs = reading(tmp_path / "listing.txt")[0]
    assert "12 Apr. 2011 Visit of the Secretary of the Council to Ostrava, 48.20KB" in paragraphs
    assert any(p.startswith("Both sides agreed") for p in paragraphs)


def test_a_hard_wrapped_paragraph_is_still_joined():
    """Lines shorter than a wrapping width, a sentence ending at one of them: one paragraph still."""
    text = (
        "Note of the Basin Secretariat\n\n"
        "The ministers of the basin states met in Lindhaven on 4 March 2010 and agreed.\n"
        "The limits apply from the next season and are reviewed each year by the\n"
        "standing committee of the Forum, which reports to the ministers.\n"
    )
    from generator.extract import extract_event

    paragraphs = [p.plain_text() for p in extract_event(text, source_name="n.txt").speech.paragraphs]
    assert len(paragraphs) == 2


#: A news page: its headline, then the lead with the wire's dateline on one long line, in one block.
HEADLINED = (
    "Wednesday, March 9, 2011\n\n"
    "{indent}Basin Ministers Welcome the Meeting of the River Commissions in Lindhaven\n"
    "LINDHAVEN, Mar 8 (BPA) -- The ministers of the basin states hold in Lindhaven today a preparatory "
    "meeting of the Basin Summit, which is to begin on Thursday in this city.\n\n"
    "In the meeting, the river commissions will report on the state of the stocks and on the work of the "
    "observers since the Coastal Forum.\n"
)


@pytest.mark.parametrize("indent", ["", "     "])
def test_a_headline_above_a_lead_typed_on_one_line_is_not_a_wrapped_paragraph(indent, tmp_path):
    """A hard-wrapped paragraph's last line is no longer than its width: a lead longer than any width under
    a headline of some length is a paragraph typed on one line, and the dateline opening it is read in the
    text (indented or not), the web page and the Word file alike."""
    text = HEADLINED.format(indent=indent)
    (tmp_path / "item.txt").write_text(text, encoding="utf-8")
    as_html(text, tmp_path / "item.html")
    as_docx(text, tmp_path / "item.docx")
    headers = [reading(tmp_path / name)[1][1:] for name in ("item.txt", "item.html", "item.docx")]
    assert headers == [("2011-03-08", "Lindhaven")] * 3


def test_a_page_of_a_wrapped_text_s_lines_one_p_each_reads_as_the_text(tmp_path):
    """A hard-wrapped release put on a page a line a ``<p>`` (the blank lines between its paragraphs lost):
    its lines go on with the sentence they broke, as the text's do, and the page's paragraphs are the
    text's."""
    from test_extract_format_consistency import WRAPPED

    lines = [line for line in WRAPPED.split("\n") if line.strip()]
    (tmp_path / "note.txt").write_text(WRAPPED, encoding="utf-8")
    (tmp_path / "note.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Note</title></head><body>'
        "<nav><a href='/'>Home</a></nav><main>"
        + "".join(f"<p>{_escape(line)}</p>" for line in lines)
        + "</main></body></html>",
        encoding="utf-8",
    )
    assert reading(tmp_path / "note.html") == reading(tmp_path / "note.txt")
    assert len(reading(tmp_path / "note.html")[0]) == 4


def test_a_page_of_short_paragraphs_keeps_each_p_apart(tmp_path):
    """Titles broken over two ``<p>``s and short one-line paragraphs are no wrapped text: each stays."""
    paras = [
        "Daily Briefing by the Offices of the Spokesperson for the Secretary of the",
        "Basin Council and the Spokesperson for the President of the Forum",
        "The Secretary will travel to Ostrava on Friday.",
        "The Council meets again next week.",
    ]
    (tmp_path / "brief.html").write_text(
        "<html><body><main>" + "".join(f"<p>{p}</p>" for p in paras) + "</main></body></html>",
        encoding="utf-8",
    )
    got = [" ".join(p.plain_text().split()) for p in extract_file(tmp_path / "brief.html").speech.paragraphs]
    assert got == paras
