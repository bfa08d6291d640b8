"""Headers where real pages put them (issue 11, fifth round): below a blog's summary, under a site menu run
into one long line, in a title that names the place with its country, with styles of several traditions.

Every statement is invented (names, places, meetings), in the layouts real ministry, UN and news pages
have. A fact the text does not give must come out TO CHECK.
"""

from __future__ import annotations

import pytest
from extract_helpers import BODY, NO_PLACE, header_facts, shown

from generator.extract.header import top_blocks


def facts(top: str, body: str = BODY) -> tuple:
    return header_facts(top, body, source_name="layout.txt")


MENU = (
    "Skip Links\nMinistry of Inland Affairs\nMinistry of Inland Affairs\nSEARCHMinistry of Inland Affairs\n"
    "Home" + "".join(f"Section {k} news, releases, speeches, archives and more" for k in range(8))
)


def test_a_header_below_a_menu_run_into_one_long_line():
    """A site's menu pasted as one long line is not the statement's first sentence when a dateline follows."""
    top = (
        f"{MENU}\nYou are in: Home > Press Office > Releases > 2009 > May\nMedia Note\nOffice of the Spokesman\n"
        "Lindhaven\nMay 4, 2009\n\nMinister Kost to Visit the River States"
    )
    body = "Minister of Inland Affairs Lena Kost will travel to Ostrava and Estravia from May 10 to 14.\n"
    assert facts(top, body)[1:] == ("2009-05-04", "Lindhaven")


def test_a_header_below_a_blog_summary():
    """A blog's summary sentence, then its own lead-in, then the statement's header: the header is read."""
    top = (
        "« Older post | Main | Newer post »\n\nKost Addresses the Basin Forum\n\n"
        "Let us share the rivers and the work, says minister LENA KOST, addressing the Basin Forum.\n\n"
        "Minister Lena Kost's full address to the 9th Basin Forum in Lindhaven, Iceland, May 4, 2009:\n\n"
        "Statement by the Rt. Honourable Lena Kost, Minister\nof Inland Affairs at the 9th Basin Forum\n"
        "Monday, May 04, 2009\n\nYour Excellency Mr. Tomas Reyl\nDistinguished Guests\nLadies and Gentlemen"
    )
    assert facts(top) == ("Lena Kost", "2009-05-04", "Lindhaven")


def test_a_summary_without_a_header_after_it_still_ends_the_top():
    text = (
        "Basin Forum closes\n\nThe ministers agreed today on common rules for the rivers of the basin region.\n\n"
        "The next meeting will be held in the spring, in a city still to be chosen by the members.\n"
    )
    assert top_blocks(text) == [["Basin Forum closes"]]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("address to the 9th Basin Forum in Lindhaven, Iceland, May 4, 2009:", "Lindhaven"),
        ("Statement at the Basin Summit in Port Sella, Norway, 4 May 2009", "Port Sella"),
        ("Statement at the Basin Summit in Lindhaven, 4 May 2009", "Lindhaven"),
    ],
)
def test_the_city_before_its_country_in_a_title(line, place):
    top = (
        f"Remarks by Ms. Lena Kost\n{line}"
        if not line.startswith("address")
        else f"Minister Lena Kost's {line}"
    )
    assert facts(top)[2] == place


@pytest.mark.parametrize(
    ("who", "name", "honorific"),
    [
        ("the Rt. Honourable Lena Kost", "Lena Kost", "Rt. Honourable"),
        ("Archbishop Tomas Reyl", "Tomas Reyl", "Archbishop"),
        ("His Excellency Lieutenant General Amal Orr", "Amal Orr", "His Excellency Lieutenant General"),
        ("Alhaji Oskar Lind", "Oskar Lind", "Alhaji"),
    ],
)
def test_styles_of_several_traditions_are_not_the_name(who, name, honorific):
    from generator.extract import extract_event

    result = extract_event(f"Statement by {who}\nLindhaven, 4 May 2009\n\n{BODY}", source_name="layout.txt")
    assert result.data["speech"]["speaker"]["name"] == name
    assert result.findings.header.honorific == honorific


def test_a_country_alone_after_in_is_still_the_place():
    assert facts("Statement by Ms. Lena Kost at the Basin Summit in Norway, 4 May 2009")[2] == "Norway"
    assert facts("Statement by Ms. Lena Kost at the Basin Summit, 4 May 2009")[2] == NO_PLACE


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # a spokesperson's briefing named after the person, with its date after "on"
        (
            "Inland Ministry Spokesperson Lena Kost's Regular Press Conference on October 31, 2011",
            ("Lena Kost", "2011-10-31", NO_PLACE),
        ),
        # a name ending in s: the apostrophe alone
        (
            "High Commissioner Tomas Reyes' Opening Statement to the Basin Committee, Ninth Session\n\n"
            "Lindhaven, 6 October 2008",
            ("Tomas Reyes", "2008-10-06", "Lindhaven"),
        ),
        (
            "President Amal Orr's full-text address to the Basin Summit",
            ("Amal Orr", "TO CHECK: date of the statement", NO_PLACE),
        ),
    ],
)
def test_a_possessive_title_names_the_speaker(top, expected):
    assert facts(top) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lindhaven", True),
        ("Trinidad and Tobago", True),  # one country's name with "and"
        ("Bosnia and Herzegovina", True),
        ("Norway And Iceland", False),  # two places in a title's list
        ("Lindhaven and Port Sella", False),
        ("Mr. Speaker", False),  # whom a parliament statement addresses
        ("Madam Chair", False),
        ("AAAA", False),  # a page widget's placeholder
    ],
)
def test_what_is_a_place(text, expected):
    from generator.extract.header.place import is_place

    assert is_place(text) is expected


def test_a_title_listing_countries_before_its_date_gives_no_place():
    top = (
        "Press Release Regarding The Meeting Of Foreign Ministers Of Norway, Iceland And Denmark , 04.06.2010"
    )
    assert facts(top)[2] == NO_PLACE


def test_a_parliament_address_to_the_speaker_gives_no_place():
    top = (
        "Address on Foreign Affairs to Parliament\n\nby H.E. Ms. Lena Kost Minister for Foreign Affairs\n\n"
        "Delivered at the Landsting on 8 April 2008\n\nRivers first\n\nMr. Speaker"
    )
    assert facts(top)[1:] == ("2008-04-08", NO_PLACE)


def test_a_city_and_its_country_after_a_semicolon():
    top = (
        "Statement by President Amal Orr on the occasion of the opening of the 9th Basin Summit\n\n"
        "Monday, September 7, 2009\n\nLindhaven; Democratic Republic of the Congo\n\nYour Majesty,"
    )
    assert facts(top) == ("Amal Orr", "2009-09-07", "Lindhaven")


def test_a_news_items_city_and_dash():
    top = "Basin Summit on the Rivers to Hold in Lindhaven\n\n17 October 2011\npress release"
    body = (
        "Lindhaven — Leaders of the basin states are holding a summit in Lindhaven on Tuesday on the shared "
        "rivers of the region.\n\nThe summit will consider the report of the committee of experts.\n"
    )
    assert facts(top, body)[1:] == ("2011-10-17", "Lindhaven")
    # "Today — …" opens a sentence; it is no place
    assert facts("17 October 2011", body.replace("Lindhaven —", "Today —"))[2] == NO_PLACE


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Remarks by SG Tomas Reyl at the opening of the 9th Basin Forum", "Tomas Reyl", "SG"),
        ("Remarks by HR/VP Kost after the Basin Ministerial", "Kost", "HR/VP"),
        ("Statement by DPM Lena Kost", "Lena Kost", "DPM"),
        # a surname in capitals has vowels: it stays the name
        ("Statement by KIM Sun-hee, Minister of Inland Affairs", "KIM Sun-hee", "Minister of Inland Affairs"),
    ],
)
def test_an_offices_abbreviation_before_the_name(line, name, role):
    from generator.extract import extract_event

    result = extract_event(f"{line}\n4 May 2010\n\n{BODY}", source_name="layout.txt")
    assert result.data["speech"]["speaker"]["name"] == name
    assert result.findings.header.role == role


def test_a_by_line_with_the_role_first_says_where_a_title_name_ends():
    top = (
        "Address Lena Kost Basin Council 7 Meeting 2011\n\n"
        "By Premier of Norland, Lena Kost. On behalf of Norland and the Outer Isles\n\n"
        "The Seventh Ministerial Meeting of the Basin Council\nMinisterial Roundtable\nMay 12, 2011\n\n"
        "Thank you Madam Chair.\n\nMinisters,"
    )
    assert facts(top)[:2] == ("Lena Kost", "2011-05-12")


def test_a_release_ending_its_first_sentence_with_who_said_it():
    top = "Basin security tops the agenda, says the Chair"
    body = (
        "LINDHAVEN, 3 December 2008 - Some 50 ministers will attend the Basin Council in Lindhaven this week, "
        "the Chair of the Council, Estravian Foreign Minister Oskar Lind said today.\n\n"
        'Speaking at a news conference, Lind said the meeting was "not business as usual".\n'
    )
    # the text says "Lind said" twice: the release's subject is the person it quotes (attribution.py), printed
    assert facts(top, body) == ("Oskar Lind", "2008-12-03", "Lindhaven")
    # quoted once: the release's reading alone, held
    quoted_once = body.replace("Lind said the meeting", "Lind thought the meeting")
    assert facts(top, quoted_once)[0] == "held: Oskar Lind"
    # named once only: a person mentioned, not the speaker
    once = body.replace("Lind said the meeting", "the Chair said the meeting")
    assert facts(top, once)[0] == "TO CHECK: speaker's name"


@pytest.mark.parametrize(
    "summary",
    [
        "LINDHAVEN, NOV. 10, 2009 - Here is the statement Archbishop Tomas Reyl, observer of the Basin See at "
        "the Council, delivered today on the culture of the rivers.",
        "LINDHAVEN, NOV. 10, 2009 - Here is the statement delivered today by Archbishop Tomas Reyl, observer "
        "of the Basin See, on the culture of the rivers.",
    ],
)
def test_a_news_sites_introduction_here_is_the_statement(summary):
    top = f"Basin See on the Culture of the Rivers\n\n{summary}\n\n* * *\n\nMr. President,"
    # (round 11: the speech opens right under the summary naming its speaker, so the name is printed —
    # ``own_words``; it was held before)
    assert facts(top) == ("Tomas Reyl", "2009-11-10", "Lindhaven")


def test_a_report_introducing_the_statement_by_the_speakers_role():
    top = (
        "Press Releases\n\n30.06.2008\n\nMinister Lind passes the Presidency on\n\n"
        "A ceremony took place in the border town this afternoon. In the square, the President of the Council "
        "and Estravian Foreign Minister Oskar Lind passed the symbolic baton to his successor.\n\n"
        "On the square, the Estravian Foreign Minister was the first to address the audience with the "
        "following words:\n\nDear Minister,"
    )
    # the headline's subject ("Minister Lind passes …") names the introduction's person too: printed
    assert facts(top)[:2] == ("Oskar Lind", "2008-06-30")


@pytest.mark.parametrize(
    ("top", "date"),
    [
        # the meeting's year in the title, no day anywhere: the year, never a guess of the day
        ("Statement to the Ninth Regular Session of the Basin Conference 2010\n\nLindhaven, Iceland", "2010"),
        ("2012 Statement\n\nBasin Forum", "2012"),
        # a target year is no date of the statement
        ("Statement on the Basin Agenda 2030\n\nLindhaven", "TO CHECK: date of the statement"),
        ("Towards the Basin Summit by 2015", "TO CHECK: date of the statement"),
    ],
)
def test_the_year_a_title_gives_its_meeting(top, date):
    assert facts(top)[1] == date


def test_a_calendar_widget_above_the_statement_is_furniture():
    widget = "".join(
        f"Wed 19 June 2024\n{city}\nMon Tue Wed Thu Fri\n2{k} 28 29 24 27\n"
        for k, city in enumerate(["Lindhaven (LH)", "Port Sella (PS)", "Ostrava (OS)"])
    )
    top = f"June 19th, 2024 AAAA\n{widget}\n\nPress Statement—Basin Prime Ministers' Summit\n\nLindhaven, June 18, 2007"
    body = (
        "The summit of the Prime Ministers of the basin countries was held on 18th June 2007 in Lindhaven, "
        "hosted by the Prime Minister of Norland.\n"
    )
    from generator.extract import extract_event

    result = extract_event(f"{top}\n\n{body}", source_name="layout.txt")
    assert (str(result.data["event"]["date"]), result.data["event"]["place"]) == ("2007-06-18", "Lindhaven")
    assert result.findings.removed.count("Mon Tue Wed Thu Fri") == 3
    assert result.findings.removed.count("Wed 19 June 2024") == 3
    # the rows are listed at the top of the draft, so a person sees what was dropped
    assert "Mon Tue Wed Thu Fri" in result.yaml


def test_a_line_said_twice_at_the_top_is_kept():
    from generator.extract import extract_event

    text = "Basin Forum\n\nBasin Forum\n\nStatement by Ms. Lena Kost\nLindhaven, 4 May 2010\n\n" + BODY
    assert "Basin Forum" not in extract_event(text, source_name="layout.txt").findings.removed


@pytest.mark.parametrize(
    "title",
    [
        "Press Release - President Amal Orr to attend the Basin Summit Consultative Meeting in Lindhaven",
        "Minister Kost travels to Lindhaven for the Basin Council meeting",
    ],
)
def test_a_journey_announced_in_a_title_gives_no_place(title):
    body = (
        "The Ministry wishes to announce that the President will travel on Saturday to attend the meeting, "
        "which is held ahead of the Basin Summit.\n"
    )
    assert facts(f"{title}\n\n12 March 2009", body)[1:] == ("2009-03-12", NO_PLACE)


def test_a_venue_then_its_city_on_one_line():
    top = (
        "Statement by H.E. Mr. Oskar Lind\n(Check against delivery)\nBasin Forum\n"
        "Lindhaven International Centre, Lindhaven\n12 May 2010"
    )
    assert facts(top) == ("Oskar Lind", "2010-05-12", "Lindhaven")
    # "New York, NY": the city and its state, not a venue
    assert facts("Statement by Ms. Lena Kost\nNew York, NY\nMay 12, 2010")[2] == "New York"


def test_a_blogs_posted_on_line_dates_the_statement_when_nothing_else_does():
    from generator.extract import extract_event

    result = extract_event(
        f"Posted on May 12, 2010 by admin\n\nStatement by Mr. Oskar Lind\n\n{BODY}", source_name="layout.txt"
    )
    assert str(result.data["event"]["date"]) == "2010-05-12"
    assert "Posted on May 12, 2010 by admin" in result.data["event"]["date_note"]  # said where it came from


def test_a_name_and_role_line_under_a_bare_kind():
    assert facts("Speech\n\nLena Kost, Minister of Inland Affairs\n12 May 2010")[:2] == (
        "Lena Kost",
        "2010-05-12",
    )


def test_an_addressee_list_without_commas_names_nobody():
    top = (
        "Opening of the Basin Forum\n12 May 2010\n\nRt Hon Tomas Reyl, Prime Minister of Norland\n"
        "Amal Orr, Secretary General of the Basin Council\nHis Worship Mr Oskar Lind, Mayor of Lindhaven"
    )
    assert facts(top)[0] == "TO CHECK: speaker's name"


@pytest.mark.parametrize(
    ("dateline", "date", "place"),
    [
        ("Lindhaven, Quintana Roo, 5 de diciembre de 2010", "2010-12-05", "Lindhaven"),  # half-Spanish
        ("Genève, le 5 décembre 2010", "2010-12-05", "Genève"),
        ("Lindhaven, 5. Dezember 2010", "2010-12-05", "Lindhaven"),
        ("Lindhaven, 5 de Dezembro de 2010", "2010-12-05", "Lindhaven"),
        ("Lindhaven, 5 Decemeber 2010", "2010-12-05", "Lindhaven"),  # misspelt months
        ("Lindhaven, Feburary 5, 2010", "2010-02-05", "Lindhaven"),
        ("Lindhaven, 5th Novmber, 2010", "2010-11-05", "Lindhaven"),
        ("Lindhaven, 2010.09.05", "2010-09-05", "Lindhaven"),  # year first
        ("Lindhaven, 2010/09/05", "2010-09-05", "Lindhaven"),
        ("Lindhaven, 12-05-2010", "2010-05-12", "Lindhaven"),  # dashed, day first like dotted dates
        ("Lindhaven, on the 12th May 2010", "2010-05-12", "Lindhaven"),
        ("Lindhaven, 12 th May 2010", "2010-05-12", "Lindhaven"),  # a PDF's spaced ordinal
    ],
)
def test_datelines_in_other_languages_and_misspelt(dateline, date, place):
    assert facts(f"Statement by Mr. Oskar Lind\n{dateline}")[1:] == (date, place)


def test_only_words_beside_a_number_are_read_as_months():
    from generator.extract.dates import in_english

    assert in_english("Member 5 of the Council") == "Member 5 of the Council"
    assert in_english("the Basin Forum 2010") == "the Basin Forum 2010"
    assert in_english("12 May 2010") == "12 May 2010"
    assert in_english("Lindhaven, 5 mai 2010") == "Lindhaven, 5 May 2010"
    assert in_english("No. 1305-25-09-2010") == "No. 1305-25-09-2010"  # a release number, not a date


def test_the_speaker_named_after_the_salutations():
    top = "Statement at the Basin Forum\n12 May 2010\n\nMr. President,\nExcellencies,\n\nH.E. Mr. Oskar Lind\nMinister of Inland Affairs"
    assert facts(top)[:2] == ("Oskar Lind", "2010-05-12")
    # an addressee after the salutations (a comma at its end) is not the speaker
    addressee = top.replace(
        "H.E. Mr. Oskar Lind\nMinister of Inland Affairs", "H.E. Mr. Oskar Lind, President of the Forum,"
    )
    assert facts(addressee)[0] == "TO CHECK: speaker's name"


def test_a_header_in_a_table_copied_with_its_bars():
    top = "| STATEMENT BY H.E. MR. OSKAR LIND | |\n| MINISTER OF INLAND AFFAIRS | |\n| NEW YORK, 12 MAY 2010 | |"
    assert facts(top) == ("Oskar Lind", "2010-05-12", "New York")


def test_a_briefings_introduction_names_the_spokesperson():
    top = "Spokesperson's Regular Briefing (May 12, 2010)\n\nSpokesperson Lena Kost opened the briefing with the following announcements."
    # the title's role ("Spokesperson's Regular Briefing") is the introduction's person's: printed
    assert facts(top)[:2] == ("Lena Kost", "2010-05-12")


RELEASE = (
    "The Minister of Inland Affairs, Lena Kost, said the basin states would meet again in the autumn to review "
    "the rules.\n\nKost said the work would go on.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "12 May 2010, Lindhaven – ",
        "(Lindhaven, 12 May 2010) ",
        "LINDHAVEN (12 May 2010) – ",
        "LINDHAVEN, 12 May 2010 - ",
    ],
)
def test_a_releases_dateline_in_its_other_shapes(opening):
    from generator.extract import extract_event

    data = extract_event(opening + RELEASE, source_name="layout.txt").data
    got = (shown(data["speech"]["speaker"]["name"]), str(data["event"]["date"]), data["event"]["place"])
    assert got == ("held: Lena Kost", "2010-05-12", "Lindhaven")


def test_an_agencys_dateline_with_a_day_and_a_double_dash():
    top = "Basin Forum ends"
    body = (
        "Lindhaven, May 12 (Basin News) -- The Minister of Inland Affairs said today that the basin states "
        "would meet again.\n\nThe work goes on.\n"
    )
    assert facts(top, body)[1:] == ("TO CHECK: date of the statement", "Lindhaven")  # no year is guessed


def test_where_and_when_before_by():
    assert facts("Speech delivered in Lindhaven on 12 May 2010 by Minister Lena Kost") == (
        "Lena Kost",
        "2010-05-12",
        "Lindhaven",
    )


def test_a_body_and_its_city_is_where_not_who():
    assert facts("Statement by the Minister\nUNITED NATIONS, NEW YORK\n12 MAY 2010") == (
        "TO CHECK: speaker's name",
        "2010-05-12",
        "New York",
    )


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("Lindhaven, May 12, BNA - ", "TO CHECK: date of the statement"),  # an agency's initials, no year
        ("Lindhaven, May 12, 2010, BNA - ", "2010-05-12"),
        ("Lindhaven, 12 May 2010: ", "2010-05-12"),  # a colon dateline with its year
    ],
)
def test_a_news_agencys_item(opening, date):
    from generator.extract import extract_event

    data = extract_event("Basin News\n\n" + opening + RELEASE, source_name="layout.txt").data
    got = (shown(data["speech"]["speaker"]["name"]), str(data["event"]["date"]), data["event"]["place"])
    assert got == ("held: Lena Kost", date, "Lindhaven")


def test_a_news_item_names_who_spoke_only_when_named_again():
    from generator.extract import extract_event

    once = RELEASE.replace("Kost said the work", "The Ministry said the work")
    data = extract_event("Basin News\n12 May 2010\n\n" + once, source_name="layout.txt").data
    assert data["speech"]["speaker"]["name"] == "TO CHECK: speaker's name"
    # a speech (it has a salutation) is not read as a news item
    speech = "Basin Forum\n12 May 2010\n\nMr. Chairman,\n\n" + RELEASE
    assert extract_event(speech, source_name="layout.txt").data["speech"]["speaker"]["name"] == (
        "TO CHECK: speaker's name"
    )


def test_a_journalists_by_line_is_not_the_speaker():
    top = "Basin News\nBy Amal Orr, Staff Writer\nMay 12, 2010"
    assert facts(top, RELEASE)[:2] == ("held: Lena Kost", "2010-05-12")


def test_a_title_looking_ahead_to_a_meeting_gives_no_year():
    assert facts("Preparing for the Basin Summit 2015\n\nLindhaven")[1] == "TO CHECK: date of the statement"
    assert facts("Fifty-Fourth Regular Session of the Basin Conference 2010")[1] == "2010"


@pytest.mark.parametrize(
    "top",
    [
        "Oskar Lind – Minister of Inland Affairs\nSpeech at the Basin Forum\n12 May 2010",
        "Speech | Oskar Lind | 12 May 2010",
        "Minister Oskar Lind: “Rivers unite us”\n12 May 2010",
        "Speaking notes for the Honourable Oskar Lind, Minister of Inland Affairs\n12 May 2010",
        "Excerpts from the speech of President Oskar Lind\n12 May 2010",
        "Full text of President Oskar Lind's speech\n12 May 2010",
        "Prime Minister Oskar Lind addresses the Basin Forum\n12 May 2010",
    ],
)
def test_more_ways_a_page_names_the_speaker(top):
    assert facts(top)[:2] == ("Oskar Lind", "2010-05-12")


@pytest.mark.parametrize(
    "top",
    [
        "Photo Gallery – Minister of Inland Affairs\n12 May 2010",  # a menu item beside a role: no name
        "Lind Addresses the Basin Forum\n12 May 2010",  # a surname alone in a headline
        "Basin News: “Rivers unite us”\n12 May 2010",  # a site's name before a quoted title
    ],
)
def test_shapes_that_name_nobody(top):
    assert facts(top)[0] == "TO CHECK: speaker's name"
