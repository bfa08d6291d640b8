"""Header layouts met on sites the first rules were not written from (issue 11, second tuning set).

Each case is the top of a statement in a shape real pages have — a press
release whose dateline opens the first sentence, a mission's letterhead, a
press office's release number, a capitalised role that reads like an
address to the chair, a blog that reposts a speech under another post —
written for these tests with invented names and places.
"""

from __future__ import annotations

import pytest
from extract_helpers import BODY, NO_DATE, NO_PLACE, NO_SPEAKER, header_facts, held

from generator.extract import extract_event


def facts(top: str, body: str = BODY) -> tuple:
    return header_facts(top, body, source_name="layout.txt")


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # a mission's letterhead: the city on a line of its own is where, not who; "The Hon" without "ourable"
        (
            "Permanent Mission of Ostrava\nto the United Nations\nNew York\n\n12 March 2009\n\n"
            "Statement to the Commission on Inland Waters\n\n"
            "The Hon Tomas Reyl, Ambassador and Permanent Representative\n"
            "to the United Nations\n\nMr Chairman",
            ("Tomas Reyl", "2009-03-12", "New York"),
        ),
        # a press office's release number before the place and the date, with dashes between
        (
            "Address by Minister Varg to the Lakeside Forum\n\n"
            "No. 2009/41 - Lindhaven, Ostrava - May 4, 2009\n\n"
            "Check Against Delivery",
            ("Varg", "2009-05-04", "Lindhaven"),
        ),
        # the role in capitals after "STATEMENT BY …," ends with a comma like "MR. PRESIDENT,"
        (
            "STATEMENT BY H.E. LENA KOST,\n\nPRESIDENT OF THE REPUBLIC OF OSTRAVA,\n\n"
            "AT THE OPENING OF THE ANNUAL SESSION\nOF THE BASIN COUNCIL\n"
            "Lindhaven, 8 October 2010\n\nMr. Chairman,",
            ("Lena Kost", "2010-10-08", "Lindhaven"),
        ),
    ],
)
def test_header_layouts(top, expected):
    assert facts(top) == expected


def test_a_press_release_dateline_opening_the_first_sentence():
    """ "LINDHAVEN, 4 May 2009 - The …": the date and the place, the city no longer in capitals."""
    top = "Chair urges members to renew their dialogue"
    body = (
        "LINDHAVEN, 4 May 2009 - The Chair of the Basin Council called on its members today to renew "
        "their dialogue on the shared rivers.\n\nIn an address to the Council, the Chair said that "
        "co-operation was the only way forward for all of them.\n"
    )
    _, date, place = facts(top, body)
    assert (date, place) == ("2009-05-04", "Lindhaven")


def test_a_labelled_speaker_below_another_posts_notice():
    """A blog repost: another post's event notice on top, then "Speaker: …" with letters after the name."""
    top = (
        "Community evening with Dr. Amal Orr at the Riverside Hall in Lindhaven on Saturday 3rd May, 2008. "
        "Doors open at six, with a small contribution for the hall.\n"
        "Tickets should be booked in advance by calling the organisers.\n"
        "NEW PARTNERSHIPS: THE WORK AHEAD\n"
        "Speaker: Rt Hon Arno Pell MP, Foreign Secretary\n"
        "[FULL SPEECH]:"
    )
    speaker, date, place = facts(top)
    assert speaker == "Arno Pell"
    # the notice's date belongs to another event: never the statement's, only shown as the page's first date
    assert date.startswith(NO_DATE) and held(date) == "2008-05-03"
    assert place == NO_PLACE


@pytest.mark.parametrize(
    "top",
    [
        # a department's name with the country last, and a site's logo caption
        "Foreign Affairs and Inland Trade Ostrava\nSymbol of the Government of Ostrava\n\n"
        "2009 - 2008 - 2007 - 2006",
        # a page heading under its breadcrumb
        "Home > News and Statements > Ministerial Statements\n\nMinisterial Statements",
        # a meeting named where a "Statement at …" line would name the speaker
        "Statement at the Informal\nBasin Ministerial Meeting\nLindhaven, 29 September 2008",
    ],
)
def test_no_speaker_is_made_of_a_department_a_heading_or_a_meeting(top):
    speaker, _, _ = facts(top + "\n\nMr. President,")
    assert speaker == NO_SPEAKER


def test_a_page_source_pasted_as_text_gives_its_header():
    """An archive that shows a word processor's HTML as characters: the tags go, <p> and <br> end lines."""
    top = (
        "Ministry of Inland Affairs of Ostrava\n\n"
        '<html> <head> <meta name="generator" content="Writer 9"> <style> p { margin-top: 0px } </style> '
        '</head> <body> <p><span style="font-weight: bold">'
        "March 3, 2008<br> LINDHAVEN, Ostrava<br> 2008/12<br>"
        '</span></p> <p><span>CHECK AGAINST DELIVERY</span></p> <br> <br> <p style="text-align: center">'
        "<span>NOTES FOR AN ADDRESS BY</span></p> <br> <p><span>THE HONOURABLE LENA KOST,</span></p> <br> "
        "<p><span>MINISTER OF INLAND AFFAIRS,</span></p> <br> <p><span>TO THE BASIN COUNCIL</span></p> "
        "<p><span>&#8220;RIVERS WITHOUT BORDERS&#8221;</span></p>"
    )
    data = extract_event(top + "\n\n" + BODY, source_name="layout.txt").data
    assert data["speech"]["speaker"]["name"] == "Lena Kost"
    assert str(data["event"]["date"]) == "2008-03-03"
    assert data["event"]["place"] == "Lindhaven"
    text = extract_event(top + "\n\n" + BODY, source_name="layout.txt").text
    assert "<span" not in text and "margin-top" not in text


def test_a_news_agency_dateline_a_by_label_and_styles_before_the_name():
    """ "By: DATUK SERI X" then "LINDHAVEN: Mr. Chairman; …" wrapped like a newspaper column."""
    top = (
        "By: DATUK SERI AMAL ORR\nLINDHAVEN: Mr. Chairman; Honourable\n"
        "Heads of State and Government; Excellencies; Ladies and Gentlemen;\nAT THE outset, I wish to\n"
        "thank the Honourable Tan Sri Lena Kost, Prime Minister of Ostrava, for the arrangements made"
    )
    speaker, date, place = facts(top)
    assert (speaker, date, place) == ("Amal Orr", NO_DATE, "Lindhaven")


def test_a_newspaper_page_with_a_country_owning_the_role():
    top = (
        "Full text of the PM's speech to the basin meeting\n\n  • Nation\n  • Monday, 12 May 2008\n\n"
        "Text of speech by Ostrava's Prime Minister Datuk Seri Tomas Reyl at the opening of the Ministerial "
        "Meeting of the Basin Council on Monday at the Lindhaven Convention Centre."
    )
    data = extract_event(
        top + "\n\nExcellencies, ladies and gentlemen,\n\n" + BODY, source_name="layout.txt"
    ).data
    assert data["speech"]["speaker"]["name"] == "Tomas Reyl"
    assert str(data["event"]["date"]) == "2008-05-12"
    assert "Convention Centre" not in data["event"]["name"]


def test_a_venue_line_is_not_the_speaker():
    speaker, date, place = facts("Lakeside Conference Centre\nLindhaven, 9 November 2007\n\nFriends,")
    assert (speaker, date, place) == (NO_SPEAKER, "2007-11-09", "Lindhaven")


def test_a_press_release_names_the_speaker_it_quotes():
    top = "Chair urges members to renew their dialogue"
    quoted = (
        "LINDHAVEN, 4 May 2009 - The Chair of the Basin Council, Foreign Minister Lena Kost, called on its "
        'members today to renew their dialogue on the shared rivers.\n\n"We must act together," Kost said '
        "in her address to the Council, naming the floods as the test of that resolve.\n"
    )
    assert facts(top, quoted)[0] == "held: Lena Kost"  # a release's subject: a candidate, not a fact
    # a person named but never quoted is not taken for the speaker
    mentioned = quoted.replace("Kost said", "the Chair said")
    assert facts(top, mentioned)[0] == NO_SPEAKER
