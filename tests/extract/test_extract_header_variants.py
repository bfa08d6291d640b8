"""Variants of each header shape (issue 11, third round): the rules must hold on statements they were not
written from, so each shape is tried in several forms — word order, capitals, punctuation, extra
furniture lines, titles of every kind (H.E., Ambassador, Shri, Datuk, Dr., Madam), names with particles
and surnames in capitals.

Every statement here is invented for these tests (names, places and meetings), in the layouts real
foreign-ministry and UN pages have. A header fact the text does not give must come out TO CHECK: a
wrong value printed is worse than an empty one.
"""

from __future__ import annotations

import pytest
from extract_helpers import BODY, NO_DATE, NO_PLACE, NO_SPEAKER, header_facts, held, shown

from generator.extract import extract_event


def facts(top: str, body: str = BODY) -> tuple:
    return header_facts(top, body, source_name="variant.txt")


# -- a mission's letterhead -----------------------------------------------------------------------

LETTERHEADS = [
    (
        "PERMANENT MISSION OF THE REPUBLIC OF NORLAND\nTO THE UNITED NATIONS\n"
        "417 East Forty-Second Street, New York, NY 10017\n\n"
        "Statement by\nH.E. Mr. Piet VAN DER ZEE\nAmbassador and Permanent Representative\n"
        "at the General Debate of the Second Committee\nNew York, 7 October 2010\n\n"
        "Check against delivery\n\nMr. Chairman,",
        ("Piet VAN DER ZEE", "2010-10-07", "New York"),  # the surname as printed
    ),
    (
        "Mission permanente de la République d'Estravia\nPermanent Mission of Estravia\nGeneva\n\n"
        "STATEMENT\nBY\nH.E. MS. ANNA-LENA BRISK\nAMBASSADOR, PERMANENT REPRESENTATIVE\n\n"
        "Conference on Inland Waters\n\n14 March 2008\n\nMr. President,",
        ("Anna-Lena Brisk", "2008-03-14", "Geneva"),
    ),
    (
        "Permanent Mission of Ostrava to the United Nations\n\n"
        "Statement by Ambassador Dr. Karim bin Tahir al-Masri\nDeputy Permanent Representative\n"
        "Security Council open debate on river basins\n\n(New York, 3 May 2011)\n\nMadam President,",
        ("Karim bin Tahir al-Masri", "2011-05-03", "New York"),
    ),
]


@pytest.mark.parametrize(("top", "expected"), LETTERHEADS)
def test_letterheads(top, expected):
    assert facts(top) == expected


# -- "Statement by …" blocks, one fact a line, in every order -----------------------------------------

STACKED = [
    (
        "Statement by H.E. Mrs. Mara Quell\nMinister for Foreign Affairs of Norland\n"
        "On the Occasion of the Tenth Basin Summit\n(22 September 2008)\n\nMr. Chairman,",
        ("Mara Quell", "2008-09-22", NO_PLACE),
    ),
    (
        "STATEMENT BY SHRI RAJAN VERMA\nMINISTER OF STATE FOR INLAND AFFAIRS\n"
        "AT THE SIXTY-FIFTH SESSION OF THE BASIN ASSEMBLY\nGENEVA, 21 SEPTEMBER 2010\n\nMr. President,",
        ("Rajan Verma", "2010-09-21", "Geneva"),
    ),
    (
        "Statement by Smt. Lata Menon, Minister of State for Inland Affairs, at the Basin Council\n"
        "Vienna, September 30, 2011\n\nMr. President,",
        ("Lata Menon", "2011-09-30", "Vienna"),
    ),
    (
        "Remarks\n\nAmal Orr\nSecretary of Inland Affairs\n\nLakeside Room\nLindhaven\nJanuary 4, 2010"
        "\n\nThank you very much.",
        ("Amal Orr", "2010-01-04", "Lindhaven"),
    ),
    (
        "Speech\n\nThe Hon Tomas Reyl MP\nMinister for Inland Affairs\n\nAddress to the Basin Institute\n\n"
        "Lindhaven\n\n12 May 2011\n\nLadies and gentlemen,",
        ("Tomas Reyl", "2011-05-12", "Lindhaven"),
    ),
    (
        "Statement by Her Excellency Madam Sofia Delacroix-Marin\nVice-President of the Republic of "
        "Estravia\nat the High-Level Meeting on Inland Waters\nNew York, 20 September 2010\n\nMr. President,",
        ("Sofia Delacroix-Marin", "2010-09-20", "New York"),
    ),
    (
        "Statement by YB Dato' Sri Amin Harun\nMinister of Inland Affairs of Ostrava\n"
        "at the Ministerial Meeting of the Basin Council\nLindhaven, 5 May 2012\n\nMr. Chairman,",
        ("Amin Harun", "2012-05-05", "Lindhaven"),
    ),
    (
        "Intervention by Professor Dr. Lukas von Brandt\nFederal Minister for Inland Affairs\n"
        "Twelfth Basin Forum\nLindhaven, 2 June 2009\n\nExcellencies,",
        ("Lukas von Brandt", "2009-06-02", "Lindhaven"),
    ),
    (
        "Statement by H.E. Mr. KANG Min-jun\nPresident of the Basin Assembly\nat the closing of the "
        "Sixty-Fourth Session\n14 September 2010\n\nDistinguished delegates,",
        ("KANG Min-jun", "2010-09-14", NO_PLACE),
    ),
    (
        "Address by Dame Helen Arkwright\nHigh Commissioner of Norland\nBasin Council Dinner\n"
        "Port Sella, 8 November 2009\n\nYour Excellencies,",
        ("Helen Arkwright", "2009-11-08", "Port Sella"),
    ),
]


@pytest.mark.parametrize(("top", "expected"), STACKED)
def test_stacked_headers(top, expected):
    assert facts(top) == expected


# -- the whole header on one line ------------------------------------------------------------------

ONE_LINE = [
    (
        "Remarks by H.E. Mr. Oskar Lind, Minister of Foreign Affairs of Norland at the Informal Meeting of "
        "the Basin Council in New York, 26 September 2011\n\nMr. Chairman,",
        ("Oskar Lind", "2011-09-26", "New York"),
    ),
    (
        "Speech by Norland's Foreign Minister Oskar Lind at the Basin Institute, Lindhaven, 3 March 2010"
        "\n\nLadies and gentlemen,",
        ("Oskar Lind", "2010-03-03", "Lindhaven"),
    ),
    (
        "Speech by Estravian Foreign Minister Pavel Dorn at the Basin Forum, Lindhaven, March 12, 2010"
        "\n\nDear colleagues,",
        ("Pavel Dorn", "2010-03-12", "Lindhaven"),
    ),
    (
        "Statement by Ambassador Maria Luisa dos Santos, Permanent Representative of Estravia, at the open "
        "debate of the Basin Council (New York, 12 June 2012)\n\nMr. President,",
        ("Maria Luisa dos Santos", "2012-06-12", "New York"),
    ),
    (
        "Opening remarks by the President of the Basin Assembly, H.E. Dr. Ali Farouk Nasser, at the thematic"
        " debate on inland waters, 4 June 2012\n\nExcellencies,",
        ("Ali Farouk Nasser", "2012-06-04", NO_PLACE),
    ),
    (
        "Keynote address by the Secretary-General of the Basin Council, Mr. Jan de Wit, to the Lakeside "
        "Forum, Port Sella, 18 May 2007\n\nExcellencies,",
        ("Jan de Wit", "2007-05-18", "Port Sella"),
    ),
]


@pytest.mark.parametrize(("top", "expected"), ONE_LINE)
def test_one_line_headers(top, expected):
    assert facts(top) == expected


# -- datelines in their forms -------------------------------------------------------------------------


def held_in_span(first: str, last: str) -> str:
    """The draft's date when the header gives only its meeting's span of days: the first day, held."""
    return (
        f"{NO_DATE} — perhaps “{first}” (the header's lines; a span of days, {first}/{last}: the meeting’s, "
        "not the statement’s day)"
    )


DATELINES = [
    ("June 4 2012,", "2012-06-04", NO_PLACE),
    ("(October 23, 2009 (Friday), Lakeside University Headquarters)", "2009-10-23", NO_PLACE),
    ("20 May  2010, New York", "2010-05-20", "New York"),
    ("Geneva, 13 March 2007", "2007-03-13", "Geneva"),
    ("NEW YORK, 23 SEPTEMBER 2010", "2010-09-23", "New York"),
    ("New York, 23rd September 2010", "2010-09-23", "New York"),
    ("Lindhaven, 12th of April 2010", "2010-04-12", "Lindhaven"),
    ("Monday, 12 April 2010", "2010-04-12", NO_PLACE),
    ("Lindhaven, Sept. 12, 2010", "2010-09-12", "Lindhaven"),
    ("Date: 4 June 2012", "2012-06-04", NO_PLACE),
    ("Thursday 4 June 2012 - Lindhaven", "2012-06-04", "Lindhaven"),
    ("Lindhaven, Thursday, 4 June 2012", "2012-06-04", "Lindhaven"),
    ("Washington, DC\nJanuary 4, 2010", "2010-01-04", "Washington"),
    # a span of days dates the meeting the statement was made at, not its day: the first day is a candidate
    # (round 8; it was printed as the statement's date before)
    ("Vienna, 4-5 June 2012", held_in_span("2012-06-04", "2012-06-05"), "Vienna"),
]


@pytest.mark.parametrize(("dateline", "iso", "place"), DATELINES)
def test_datelines_under_a_statement_line(dateline, iso, place):
    top = f"Statement by Ms. Lena Kost, Minister of Inland Affairs\n{dateline}\n\nMr. Chairman,"
    assert facts(top) == ("Lena Kost", iso, place)


# -- the speaker named only in a page's summary ------------------------------------------------------

SUMMARIES = [
    (
        "Basin policy address\n\nLindhaven, 10 February 2009\n\nThe river treaty must be renewed before "
        "the floods of next spring, Foreign Minister Oskar Lind said in his address to the Assembly.\n\n"
        "Check against delivery\n\nMr President,",
        ("Oskar Lind", "2009-02-10", "Lindhaven"),
    ),
    (
        "Inland waters: the work ahead\n\n12 March 2010\n\nIn her speech to the Basin Institute, Minister "
        "for Inland Affairs Mara Quell set out the government's plans for the coming year.\n\n"
        "Ladies and gentlemen,",
        ("Mara Quell", "2010-03-12", NO_PLACE),
    ),
]
# (held before round 11; the speech opens right under the summary, only short lines between, so the summary's
# person is whose words follow and the name is printed: ``own_words``. A summary over other prose stays held.)


@pytest.mark.parametrize(("top", "expected"), SUMMARIES)
def test_the_speaker_named_in_a_page_summary(top, expected):
    assert facts(top) == expected


def test_a_person_quoted_in_a_summary_is_not_the_speaker_unless_it_is_their_address():
    top = (
        "Basin policy address\n\nLindhaven, 10 February 2009\n\nThe river treaty must be renewed, as "
        "Foreign Minister Oskar Lind said last year at the Basin Summit.\n\nMr President,"
    )
    assert facts(top)[0] == NO_SPEAKER


# -- a letterhead run into one line by a PDF's text layer -----------------------------------------------

GARBLED = [
    (
        "Lindhaven, 20 January 2011 BASIN COUNCIL PCE 011/11 THE PRESIDENT\n\n"
        "Oskar Lind President of the Press Statement following the meeting with Prime Minister Tomas Reyl",
        ("Oskar Lind", "2011-01-20", "Lindhaven"),
    ),
    (
        "Jan van der Berg Secretary-General of the Basin Council Remarks at the opening of the Summit\n\n"
        "Lindhaven, 3 April 2012",
        ("Jan van der Berg", "2012-04-03", "Lindhaven"),
    ),
]


@pytest.mark.parametrize(("top", "expected"), GARBLED)
def test_a_garbled_letterhead(top, expected):
    assert facts(top) == expected


# -- what is never the speaker, the date or the place ----------------------------------------------------

NOBODY = [
    # addressee lines first, and nobody names the speaker
    "H.E. Mr. Oskar Lind, President of the Basin Assembly,\nH.E. Mr. Jan de Wit, Secretary-General,\n"
    "Distinguished Delegates,\nLadies and Gentlemen,",
    # a year-only title, a delivery note, a rule of underscores
    "2012 Statement\n\nCheck against delivery !\n______________________\n\nMr. President,",
    # a country's statement, not a person's
    "Statement of the Republic of Norland\nat the Basin Council\n\nMr. President,",
    "Statement by the Delegation of Norland\nat the Basin Council\n\nMr. President,",
    # a role and no name
    "Statement by the Foreign Minister\nat the Basin Council\n\nMr. President,",
    # a nationality and a role, no name
    "Speech by the Estravian Foreign Minister at the Basin Forum\n\nDear colleagues,",
    # web furniture on top
    "Home | News | Speeches\nSign in\nShare | Print\n\nSpeeches\n\nMr. President,",
]


@pytest.mark.parametrize("top", NOBODY)
def test_nobody_is_invented(top):
    assert facts(top)[0] == NO_SPEAKER


def test_a_venue_alone_is_not_the_place():
    """A place is a city (the annotation rule): "Lakeside Hall, Tuesday, June 17, 2008" gives the date and no
    place; the venue is named in the draft for a person to turn into a city."""
    top = "Lakeside Hall, Tuesday, June 17, 2008"
    result = extract_event(top + "\n\n" + BODY, source_name="variant.txt")
    assert str(result.data["event"]["date"]) == "2008-06-17"
    assert result.data["event"]["place"] == NO_PLACE
    assert "The header names a venue, “Lakeside Hall”, not a city" in result.yaml


# -- pages around the statement: notices, mailing lists, news sites, press offices -----------------

PAGES = [
    # a site's notice and image file names above the title; the time after a slash on the date line
    (
        "Please note that all documents in PDF format are marked as such and open in a new window.\n"
        "banner_2011_80x60.jpg Logo.png\n"
        "Election of the Chair of the Basin Council for its tenth session\n12 March 2011 / 10:30\n\n"
        "H.E. Ambassador Tomas R. Al-Qadi\nThe Permanent Representative of Ostrava to the Basin Council\n\n"
        "Mr. President,",
        ("Tomas R. Al-Qadi", "2011-03-12", NO_PLACE),
    ),
    # a mailing list's post date (abbreviated weekday, a time with seconds and zone) and an office's name
    (
        "[basin-list] (Ministry, Ostrava) Meeting on the river\n\nFrom: Amal Orr (orr@example.org)\n"
        "Date: Tue Sep 28 2010 - 08:07:12 EDT\n\nMINISTRY OF INLAND AFFAIRS OF OSTRAVA\n\n"
        "INFORMATION AND PRESS DEPARTMENT\n\nMeeting on the river basin",
        (NO_SPEAKER, "2010-09-28", NO_PLACE),
    ),
    # … and below it the ministry's document number, which ends in the release's own date
    (
        "[basin-list] (Ministry, Ostrava) Meeting on the river\n\nFrom: Amal Orr (orr@example.org)\n"
        "Date: Tue Sep 28 2010 - 08:07:12 EDT\n\nMINISTRY OF INLAND AFFAIRS OF OSTRAVA\n\n"
        "INFORMATION AND PRESS DEPARTMENT\n\nMeeting on the river basin\n\n1402-25-09-2010",
        (NO_SPEAKER, "2010-09-25", NO_PLACE),
    ),
    # a news site's by-line, then an agency's dateline with a country and the agency between slashes
    (
        "Statement attributable to the Spokesperson for the Chair of the Commission\n\nBy BasinNews\n"
        "In Basin Council\nJan 25th, 2012\n\nLINDHAVEN, Ostrava, January 25, 2012/Basin Press Agency (BPA)/ "
        "— The Summit of the Basin Council opened on Monday with a session of the permanent delegates.",
        (NO_SPEAKER, "2012-01-25", "Lindhaven"),
    ),
    # "X delivered the following remarks at …:" under a role-only title: the title's role names the same
    # person, so the name is printed (header-recall round; an introduction alone is held)
    (
        "Statement by the Prime Minister of Norland\n\nBasin Ministers Meeting\n"
        "Lindhaven, Ostland, March 29, 2010\n\nPrime Minister Oskar Lind delivered the following remarks at "
        "the Basin Ministers' Meeting:",
        ("Oskar Lind", "2010-03-29", "Lindhaven"),
    ),
    # a press summary of a news conference: an office's letterhead line with its city, reported speech
    (
        "Press Conference by Basin Council President for March, 31 March 2012\n\n"
        "Department of Public Information . News and Media Division . New York\n\n"
        "Ostrava had reached its aims for the month, Council President and Ostrava's Permanent "
        "Representative to the Basin Council, Tomas Reyl, said during a Headquarters news conference this "
        "afternoon.",
        ("held: Tomas Reyl", "2012-03-31", "New York"),
    ),
    # a press release that names the minister after the quotation, and again below; its headline quotes the
    # same person ("Kost: …"), so the name is printed (header-recall round)
    (
        "Lindhaven, 16 December 2008 Press release\n\n"
        'Kost: "A year of good progress"\n\nForeign Minister on the record of the Basin Presidency\n\n'
        'Lindhaven, 16 December 2008 – "The Presidency has delivered what it promised to the members," '
        'stated Foreign Minister Lena Kost. "We are in agreement," continued the Foreign Minister.\n\n'
        "Kost referred to the floods in August and to the work that remains.",
        ("Lena Kost", "2008-12-16", "Lindhaven"),
    ),
    # a subject between the kind and "by"; the date only in the page's stamp, dropped as furniture
    (
        "Welcome\n\nPolicy Statement on the Basin Council by Federal Foreign Minister Brandt in the Landtag\n\n"
        "18.12.2008 - Speech\n\nMr President, Members of the Landtag,",
        ("Brandt", "2008-12-18", NO_PLACE),
    ),
]


@pytest.mark.parametrize(("top", "expected"), PAGES)
def test_pages_around_the_statement(top, expected):
    assert facts(top) == expected


COMMUNIQUES = [
    (
        "1. The 11th Meeting of the Ministers of the Basin Council was held in Lindhaven on 21 July 2010. "
        "The Meeting was chaired by H.E. Dr. Amal Orr, Minister of Inland Affairs of Ostrava.\n"
        "2. The Ministers noted the progress made since their last meeting on the shared rivers.",
        (NO_SPEAKER, "2010-07-21", "Lindhaven"),
    ),
    (
        "domingo, 13 de março de 2011\n\nReunião da Comissão da Bacia\n\n"
        "The Ministers of Inland Affairs of Norland, Ostrava and Estravia, gathered in Lindhaven, on March "
        "8th 2011, for the Seventh Ministerial Meeting of the Basin Forum, stressed the need for calm.",
        (NO_SPEAKER, "2011-03-08", "Lindhaven"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMUNIQUES)
def test_a_communique_is_dated_by_the_meeting_it_reports(text, expected):
    result = extract_event(text + "\n", source_name="variant.txt")
    data = result.data
    got = (data["speech"]["speaker"]["name"], str(data["event"]["date"]), data["event"]["place"])
    assert got == expected
    assert "the meeting the statement reports" in data["event"]["date_note"]


def test_a_meeting_held_long_ago_in_a_speech_with_a_dateline_does_not_date_it():
    top = "Statement by Ms. Lena Kost\nLindhaven, 4 May 2012\n\nMr. Chairman,"
    body = (
        "The first Meeting of this Council was held in Port Sella on 3 March 1990, and much has changed "
        "since those early days of our work.\n"
    )
    assert facts(top, body) == ("Lena Kost", "2012-05-04", "Lindhaven")


def test_a_transcript_names_the_speaker_of_its_longest_turn():
    """A parliament's written answer: the question's member, then the minister's answer under a label
    with seat and party (after a photo caption that repeats the name). The answer is the statement."""
    answer = " ".join(["The Council met twice in the period and I report on both meetings here."] * 6)
    text = (
        "Written answers\n\nTuesday, 16 February 2010\n\nDepartment of Inland Affairs\n\n"
        "Basin Council Meetings\n\n9:00 pm\n\n"
        "Photo of Ana ReyesAna Reyes (Lindhaven North, Green)\nLink to this: Individually | In context\n\n"
        "Question 12: To ask the Minister for Inland Affairs if he will report on the most recent "
        "Basin Council meeting. [1234/10]\n\n"
        "Photo of Oskar LindOskar Lind (Port Sella, Unity)\nLink to this: Individually | In context\n\n"
        f"{answer}\n"
    )
    result = extract_event(text, source_name="variant.txt")
    # the longest turn is the statement, under a label naming its speaker: printed (round 11, ``own_words``;
    # a candidate before)
    assert result.data["speech"]["speaker"]["name"] == "Oskar Lind"
    assert result.findings.header.found_by["speaker"] == "transcript, own words given"
    assert str(result.data["event"]["date"]) == "2010-02-16"
    assert "Link to this: Individually | In context" in result.findings.removed
    # a short exchange has no statement in it: nobody is taken
    short = text.replace(answer, "I have nothing to add to my earlier reply.")
    assert extract_event(short, source_name="variant.txt").data["speech"]["speaker"]["name"] == NO_SPEAKER


NEWS = [
    # a round-up dated only by "Published …" at its end: the label is not a place
    (
        "News story\n\nThis week at the Ministry\n\nA look at the news from the Ministry this week.",
        "The Minister travelled to Port Sella this week to attend the Basin Conference, where she spoke "
        "on the shared rivers.\n\nThe Deputy Minister visited three member states of the Council.\n\n"
        "Published 23 July 2010\n",
        (NO_SPEAKER, "2010-07-23", NO_PLACE),
    ),
    # an agency's date line with its outlet's name, then its dateline "City (Agency/Wire) - …"
    (
        "Basin News, Friday, January 15, 2010 02:34 BST",
        "Lindhaven (BASIN News/Wire-Press) - A meeting of the Ministers of the Basin Council opened in the "
        "city of Port Sella on Thursday.\n\nThe Ministers are to discuss the summit to be held at the end "
        "of this year.\n",
        (NO_SPEAKER, "2010-01-15", "Lindhaven"),
    ),
    # a news report: "ROLE … NAME made this statement at a … meeting … on Oct. 13", its year from the post date
    (
        "Ostrava to host the Basin Summit in late October\n\nPublished by editor Date posted on October 15, "
        "2010",
        "The Basin Summit will be a landmark event for the region, an Ostravan official has said.\n\n"
        "Assistant to the Minister and head of the SOM Ostrava-BASIN Tan Lu Vinh made this statement at a "
        "working meeting with the advance teams of the delegations in Lindhaven on Oct. 13.\n\n"
        "According to Vinh, the summit will review the work of the year.\n",
        ("held: Tan Lu Vinh", "2010-10-13", NO_PLACE),
    ),
    # "Remarks With <counterpart> After Their Meeting", then name, role, room, city and date on lines of their own
    (
        "Remarks With Estravian Deputy Prime Minister Pavel Dorn After Their Meeting\n\nAmal Orr\n"
        "Secretary of Inland Affairs\nTreaty Room\nWashington, DC\nApril 30, 2010",
        "SECRETARY ORR: Good morning. It is an honour to welcome the Deputy Prime Minister to the "
        "Department again today.\n",
        ("Amal Orr", "2010-04-30", "Washington"),
    ),
]


@pytest.mark.parametrize(("top", "body", "expected"), NEWS)
def test_news_pages(top, body, expected):
    assert facts(top, body) == expected


# -- more layouts: menus, letterheads in capitals, dashes, run-together lines --------------------------

MORE = [
    # a site's menu above an agency item; "He made the following statement:" after the person's name
    (
        "About the Embassy\nOfficial Statements\nConsular Issues\n\nOstrava Profile\nOstrava - Norland\n"
        "Ostrava Economic Overview\nLindhaven - New Capital\n\nInnovative Industrial Development\n"
        "Photo Gallery\n\nLindhaven, August 6: Tomas Reyl, the President of Ostrava, today welcomed the "
        "decision of the Basin Council to hold its summit in Lindhaven in December. He made the following "
        "statement:",
        ("held: Tomas Reyl", NO_DATE, "Lindhaven"),
    ),
    # the same name line twice (an image's caption and its text) is the site's, not the speaker's
    (
        "Shri Anil Rao\nShri Anil Rao\nPrime Minister of Norland\nInland Trade\n"
        "Chair's Summary of the Ministerial Meeting\n(4 September 2009)\n\nExcellencies, delegates,",
        (NO_SPEAKER, "2009-09-04", NO_PLACE),
    ),
    # a state's name in capitals above a letterhead whose lines are all in capitals
    (
        "You are on page 1of 20\n\nFEDERAL REPUBLIC OF ESTRAVIA\n\nSPEECH BY\nHIS EXCELLENCY THE PRIME MINISTER\n"
        "KAI RALA DORN\nAT THE OPENING OF THE BASIN PARTNERS MEETING\n\nLindhaven\n7 April 2010\n\n"
        "Check against delivery of the original in Estravian\n\nExcellencies\nLadies and Gentlemen,",
        ("Kai Rala Dorn", "2010-04-07", "Lindhaven"),
    ),
    # a Bhutanese title; salutations without their commas are not a place
    (
        "Inaugural Statement by Hon’ble Lyonchhen Pema Y. Dorji, Prime Minister of Norland and Chair of the "
        "Council at the Inaugural Session of the Council of Ministers, 8 February, 2011.\n\n"
        "Distinguished Delegates\n\nSecretary General of the Council\n\nLadies and Gentlemen,",
        ("Pema Y. Dorji", "2011-02-08", NO_PLACE),
    ),
    # venue and date, statement line and delivery note on one line between dashes
    (
        "11.09.2012\n\nUniversity of Lindhaven, 10 September 2012 - Statement by Federal Councillor Anna Brisk "
        "- Check against delivery\n\nMr. Secretary-General,",
        ("Anna Brisk", "2012-09-10", NO_PLACE),
    ),
    # a title in capitals that a PDF spaced out over blank lines, the country before the name
    (
        "Second Ministerial Meeting for 2012 5 June 2012\n\nTuesday, June 5, 2012 Original: Spanish\n\n"
        "Lindhaven, Ostrava\n\nSTATEMENT BY MINISTER OF FOREIGN AFFAIRS\n\nOF PERU MARÍA ÁNGELA RUIZ PEÑA\n\n"
        "TO THE SECOND MINISTERIAL MEETING OF THE\n\nBASIN REVIEW GROUP\n\nDistinguished Ministers,",
        ("María Ángela Ruiz Peña", "2012-06-05", "Lindhaven"),
    ),
    # a database record's labels run into the values; the role, then "the Honorable X", the date with no comma
    (
        "Fifth Basin Summit.\n\nAuthorReyl, Tomas\nPositionPrime Minister Tomas Reyl - Speech\n\n"
        "Statement by the Chairman of the Fifth Basin Summit, the Honorable Tomas Reyl, Prime Minister of the "
        "Republic of Ostrava April 19, 2009\n\nExcellencies,",
        ("Tomas Reyl", "2009-04-19", NO_PLACE),
    ),
]


@pytest.mark.parametrize(("top", "expected"), MORE)
def test_more_layouts(top, expected):
    assert facts(top) == expected


def test_the_city_said_in_the_opening_wins_over_the_country():
    top = "Statement by Ms. Lena Kost\n12 May 2012\n\nMr. Chairman,"
    body = (
        "It is a pleasure to welcome you here in Iceland for the first time since the Council was founded.\n\n"
        "You are here with us today in Lindhaven for this conference, and we are glad of it.\n"
    )
    assert held(facts(top, body)[2]) == "Lindhaven"


def test_a_bylines_name_is_not_the_place():
    """ "Lena Kost" over "Speech" on a page: neither the speaker (unsupported) nor, once the header names the
    speaker, the place."""
    top = (
        "Skip to main content\n\nOpening of the Basin Council session\n\nLena Kost\nSpeech\n\n"
        "Opening of the Basin Council session\n\nRemarks by Ms. Lena A. Kost\nSecretary of the Basin Council\n\n"
        "Tuesday, 19 January 2010, at 10:00, Council Chamber"
    )
    assert facts(top) == ("Lena A. Kost", "2010-01-19", NO_PLACE)


DOCUMENTS = [
    # a country by its adjective and a lower-case noun is nobody; a site's section is no place; "7. 5. 2009"
    (
        "Home » English Pages » Speech of the President of…\n\n"
        "Speech of the President of the Estravian republic at the Basin Summit dinner\n\n"
        "English Pages, 7. 5. 2009\n\nExcellencies, ladies and gentlemen, dear friends,",
        (NO_SPEAKER, "2009-05-07", NO_PLACE),
    ),
    # the date of the round the statement reports on is not the statement's
    (
        "Ministry of Inland Affairs of Ostrava\n\n"
        "Statement of the Ministry of Inland Affairs of Ostrava on the Ninth Round of the Basin Talks held on "
        "January 28, 2010",
        (
            NO_SPEAKER,
            NO_DATE + " — perhaps “2010-01-28” (the first date in the page's opening lines)",
            NO_PLACE,
        ),
    ),
    # a document's symbol and issue date, then "(City, date)" of the address itself
    (
        "Ministers' Deputies\n\nCM Documents\n\nCM/AS(2011)4       15 April 2011\n\n"
        "Address by Mr Anil Rao, Chairman of the Committee of Ministers, to the Basin Assembly "
        "(Lindhaven, 12 April 2011)",
        ("Anil Rao", "2011-04-12", "Lindhaven"),
    ),
    # "Original: Spanish" beside the date; a weekday and day under a dated session take its year
    (
        "Second Ministerial Meeting\n\nTuesday, June 5, 2012 Original: Spanish\n\nLindhaven, Ostrava\n\n"
        "Statement by Ms. Lena Kost\n\nMr. Chairman,",
        ("Lena Kost", "2012-06-05", "Lindhaven"),
    ),
    (
        "15th Plenary Session of the Basin Congress, 27-29 May 2008\n\nWednesday 28th May\n\n"
        "Speech of Right Hon Oskar Lind, Secretary General of the Basin Council",
        ("Oskar Lind", "2008-05-28", NO_PLACE),
    ),
    # a press release's "The Chair, Foreign Minister X Y, outlined …" with the person named again below
    (
        "UNITED NATIONS, 15 February 2011 – The Chair of the Basin Council, Ostravan Foreign Minister Lena "
        "Kost, outlined the goals of the chairmanship in an address to the Council today.\n\n"
        "Kost stressed that the summit of last December was a milestone for the region.",
        ("held: Lena Kost", "2011-02-15", NO_PLACE),
    ),
]


@pytest.mark.parametrize(("top", "expected"), DOCUMENTS)
def test_documents_and_releases(top, expected):
    assert facts(top) == expected


def test_a_column_signed_below_its_teaser():
    """A newspaper column: headline, date, a teaser cut mid-word, then "By X Y Z" and the text again."""
    teaser = (
        "THE SUMMIT that ended on Sunday was preceded by a state visit that started on Wednesday, and both "
        "events were a success for the country. According to the comments I kept hear"
    )
    text = (
        f"Congratulations on a successful summit\n\nDec 02, 2007\n\n{teaser}\n\nBy Amal Tomas Orr\n\n"
        f"{teaser}ing, the visitors were pleased.\n"
    )
    data = extract_event(text, source_name="variant.txt").data
    assert data["speech"]["speaker"]["name"] == "Amal Tomas Orr"
    assert str(data["event"]["date"]) == "2007-12-02"
    # a news agency's by-line or a sentence with "by" is nobody
    for byline in ("By BasinNews", "By Staff Reporter"):
        other = text.replace("By Amal Tomas Orr", byline)
        assert extract_event(other, source_name="variant.txt").data["speech"]["speaker"]["name"] == NO_SPEAKER


RUN_IN = [
    # a PDF's text on one line: the header, the date with a stray space and suffix, the delivery note, the speech
    (
        "Address of H.E. Mr. Karim Nasser Minister of Foreign Affairs of the Republic of Ostrava before the "
        "64th Session of the Basin Assembly Saturday, September 26 , 2009 th Please check against delivery "
        "Mr. President, Allow me at the outset to congratulate you on your election, and to assure you of our "
        "full support in the work of this session, which convenes at a difficult time for all of us.",
        ("Karim Nasser", "2009-09-26", NO_PLACE),
    ),
    # a venue and its city, then the date, run into the salutations of a one-paragraph speech
    (
        "Speech of His Excellency Prof. Amal Orr Secretary General of the Basin Organisation to the Annual "
        "Coordination Meeting of the Basin Ministers\n\nDate: 02/10/2007\n\n"
        "UN headquarters New York - 2 October 2007 Honourable Ministers, Excellencies, Dear Sisters and "
        "Brothers, Let me start by wishing you all a fruitful meeting, and by thanking the members for their "
        "support over the past year of our work together.",
        ("Amal Orr", "2007-10-02", "New York"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_IN)
def test_a_header_run_into_the_first_paragraph(text, expected):
    assert facts(text, "") == expected


def test_a_news_item_dates_and_places_the_statement_it_reports():
    """ "In his statement at …, in City, Country today, Monday, February 4, 2013, …, Surname called …": the
    surname named in full in the lead sentence above."""
    top = (
        "News ID: 9885\nPublish Date: 08 February 2013 - 11:40\n"
        "The Secretary General of the Basin Organisation (BO) Amal Orr warned against the growing floods in "
        "the region.\n"
        "In his statement at the opening session of the ministers meeting in Lindhaven, Ostrava today, Monday, "
        "February 4, 2013, which precedes the Basin Summit, Orr called on the members to work side by side."
    )
    assert facts(top, "The Secretary General pointed out that the Organisation has grown.\n") == (
        "held: Amal Orr",
        "2013-02-04",
        "Lindhaven",
    )


def test_a_country_named_with_and_is_not_cut():
    top = "Statement by Ms. Lena Kost\n12 May 2012\n\nMr. Chairman,"
    body = "This Summit has been a proud event for us here in Trinidad and Tobago and for the whole region.\n"
    assert held(facts(top, body)[2]) == "Trinidad and Tobago"
    two = body.replace("Trinidad and Tobago", "Lindhaven and Port Sella")
    assert facts(top, two)[2] == NO_PLACE


def test_a_welcome_to_the_country_and_to_the_city():
    top = "Text of the speech by the Prime Minister at the opening of the Basin Council meeting\n\nExcellencies,"
    body = (
        "Let me begin by extending to you a warm welcome to Iceland and to Lindhaven for this meeting of the "
        "Council, and by wishing you a fruitful exchange of views.\n"
    )
    assert held(facts(top, body)[2]) == "Lindhaven"
    # a welcome to the host country alone says where the visitors are, not the city of the meeting
    only_country = body.replace("to Iceland and to Lindhaven", "to Iceland")
    assert facts(top, only_country)[2] == NO_PLACE


# -- the header layouts of ministries' and organisations' sites, one each (invented statements) -------------

SITES = [
    (
        "Following is the text of Secretary-General Amal Orr's remarks to the Basin Forum, in Lindhaven, 12 March 2009:",
        ("held: Amal Orr", "2009-03-12", "Lindhaven"),
    ),
    (
        "Speech\n\nBasin and Norland: the work ahead\n\nForeign Secretary Oskar Lind spoke at the Basin Institute about the rivers.\n\nDelivered on: 12 March 2010 (Original script, may differ from delivered version)\n\nLocation: Lindhaven\n\nFirst published: 12 March 2010",
        ("held: Oskar Lind", "2010-03-12", "Lindhaven"),
    ),
    (
        "Minister for Inland Affairs\nThe Hon Oskar Lind MP\n\nSpeech\n\nAddress to the Basin Institute, Lindhaven\n\n12 May 2011\n\nCHECK AGAINST DELIVERY",
        ("Oskar Lind", "2011-05-12", "Lindhaven"),
    ),
    (
        "Statement by External Affairs Minister at the General Debate of the 65th Session of the Basin Assembly\nSeptember 29, 2010\n\nMr. President,",
        (NO_SPEAKER, "2010-09-29", NO_PLACE),
    ),
    (
        "Address by Shri Rajan Verma, Hon'ble Minister of Inland Affairs at the Basin Council\nNew Delhi, 12 March 2010\n\nExcellencies,",
        ("Rajan Verma", "2010-03-12", "New Delhi"),
    ),
    (
        "Speech by Foreign Minister Yang Li At the Luncheon of the Basin Forum\nBeijing, 12 March 2010\n\nExcellencies,",
        ("Yang Li", "2010-03-12", "Beijing"),
    ),
    (
        "Statement by Mr. Taro Sato, Minister for Foreign Affairs of Japan, on the Basin Agreement\n(Provisional Translation)\n12 March 2010",
        ("Taro Sato", "2010-03-12", NO_PLACE),
    ),
    (
        "Speech by Estravian Minister of Foreign Affairs Pavel Dorn at the Basin Forum, Moscow, March 12, 2010\n\nColleagues,",
        ("Pavel Dorn", "2010-03-12", "Moscow"),
    ),
    (
        "Speech by Mr Oskar Lind, President of the Republic, at the Ambassadors' Conference\n\nLakeside Palace – Wednesday, August 25, 2010\n\nPrime Minister,",
        ("Oskar Lind", "2010-08-25", NO_PLACE),
    ),
    (
        "Piet VAN DER ZEE\nPresident of the Basin Council\n\nSpeech at the Basin Forum\n\nBrussels, 12 March 2011\nPCE 56/11\n\nLadies and gentlemen,",
        ("Piet VAN DER ZEE", "2011-03-12", "Brussels"),
    ),
    (
        "Speech by NATO Secretary General Oskar Lind at the Basin Forum\n12 Mar. 2010\n\nLadies and gentlemen,",
        ("Oskar Lind", "2010-03-12", NO_PLACE),
    ),
    (
        "Opening Remarks by H.E. Dr Amal Orr, Secretary-General of ASEAN at the Basin Forum, Jakarta, 12 March 2010\n\nExcellencies,",
        ("Amal Orr", "2010-03-12", "Jakarta"),
    ),
    (
        "Statement by H.E. Dr. Jan Pinto, Chairperson of the Basin Commission, on the occasion of the Basin Day\nAddis Ababa, 12 March 2010\n\nExcellencies,",
        ("Jan Pinto", "2010-03-12", "Addis Ababa"),
    ),
    (
        "Remarks by Commonwealth Secretary-General Kamal Rao at the Basin Forum\n\nLindhaven, 12 March 2010\n\nExcellencies,",
        ("Kamal Rao", "2010-03-12", "Lindhaven"),
    ),
    (
        "Daily Press Briefing\n\nP.J. Corwin\nAssistant Secretary\nWashington, DC\nMarch 12, 2010\n\nMR. CORWIN: Good afternoon.",
        ("P.J. Corwin", "2010-03-12", "Washington"),
    ),
    (
        "Joint Statement by the Foreign Ministers of Norland and Ostrava\n\nLindhaven, 12 March 2010",
        (NO_SPEAKER, "2010-03-12", "Lindhaven"),
    ),
    (
        "Statement by Ambassador Piet VAN DER ZEE, Permanent Representative of Norland\n12th March, 2010\n\nMr. President,",
        ("Piet VAN DER ZEE", "2010-03-12", NO_PLACE),
    ),
    ("Statement by Ms. Lena Kost\nMarch 12th, 2010\n\nMr. President,", ("Lena Kost", "2010-03-12", NO_PLACE)),
    (
        "Statement by Ms. Lena Kost\nFriday 12 March 2010 11:30\n\nMr. President,",
        ("Lena Kost", "2010-03-12", NO_PLACE),
    ),
    (
        "Statement by Ms. Lena Kost\n12 March 2010 | 11:30\n\nMr. President,",
        ("Lena Kost", "2010-03-12", NO_PLACE),
    ),
    (
        "Statement by Ms. Lena Kost\nDate of delivery: 12.03.2010\n\nMr. President,",
        ("Lena Kost", "2010-03-12", NO_PLACE),
    ),
    ("Statement by Ms. Lena Kost\n2010-03-12\n\nMr. President,", ("Lena Kost", "2010-03-12", NO_PLACE)),
    (
        "STATEMENT\nBY\nH.E. AMBASSADOR KARIM AL-MASRI\nPERMANENT REPRESENTATIVE OF OSTRAVA TO THE UNITED NATIONS\nBEFORE THE SIXTH COMMITTEE\nNEW YORK, 12 OCTOBER 2010\n\nMr. Chairman,",
        ("Karim Al-Masri", "2010-10-12", "New York"),
    ),
    (
        "Statement by\nMr. Oskar Lind\nDeputy Minister for Inland Affairs\nof the Kingdom of Norland\n\nat the Basin Council\n\nGeneva, 12 March 2010\n\nMr. President,",
        ("Oskar Lind", "2010-03-12", "Geneva"),
    ),
    (
        "Check against delivery\n\nStatement by H.E. Mrs. Lena Kost\nAmbassador Extraordinary and Plenipotentiary\nPermanent Representative of Norland to the United Nations\n\nat the Debate on the Report of the Basin Council\n\nNew York\n12 November 2010\n\nMr. President,",
        ("Lena Kost", "2010-11-12", "New York"),
    ),
    (
        "Keynote Speech\nby\nDr. Amal Orr\nDirector-General, Basin Institute\n\n“Rivers without borders”\n\nLindhaven, 3 March 2010\n\nLadies and gentlemen,",
        ("Amal Orr", "2010-03-03", "Lindhaven"),
    ),
    (
        "Statement delivered by Ambassador Lena Kost on behalf of the Group of Basin States\nat the Basin Council\nGeneva, 12 March 2010\n\nMr. President,",
        ("Lena Kost", "2010-03-12", "Geneva"),
    ),
    (
        "Statement by the Honourable Tomas Reyl, Minister of Inland Affairs of Ostrava\n\nat the Basin Council\n\n12 March 2010, Geneva\n\nMr. President,",
        ("Tomas Reyl", "2010-03-12", "Geneva"),
    ),
    (
        "Remarks by H.E. Sheikh Ahmad bin Khalid Al Thani, Minister of State for Inland Affairs, at the Basin Forum\nDoha, 12 March 2010\n\nExcellencies,",
        ("Ahmad bin Khalid Al Thani", "2010-03-12", "Doha"),
    ),
    (
        "Statement of Madam Chen Li, Vice-Minister of Inland Affairs, at the Basin Forum\nBeijing, 12 March 2010\n\nExcellencies,",
        ("Chen Li", "2010-03-12", "Beijing"),
    ),
]


@pytest.mark.parametrize(("top", "expected"), SITES)
def test_site_layouts(top, expected):
    assert facts(top) == expected


# -- names of every shape in every header shape ----------------------------------------------------------

NAMES = [
    "Miguel d'Estora Brandt",
    "KANG Min-soo",
    "Lee Ji-won",
    "A.R.K. Abdul Karim",
    "Mohamed ElFarouk",
    "Luiz Inácio Rocha da Silva",
    "Jaap de Hoop Brink",
    "Anders Fogh Lund",
    "Dmitri A. Sorokin",
    "José Manuel Durão Costa",
    "Thandi Dlamini-Mbeki",
    "Sean O'Dea",
    "Tuila Sailele Mataese",
    "Hamad bin Khalid bin Saud Al-Nasser",
    "Micheline Calmy-Roux",
    "Vuk Jovanić",
    "Joseph DEISSLER",
]
NAME_SHAPES = [
    "Statement by H.E. Mr. {n}, President of the 63rd Session of the Basin Assembly, at the Basin Forum, "
    "New York, 12 March 2010\n\nExcellencies,",
    "Statement by\nH.E. {n}\nMinister for Foreign Affairs\n\nNew York, 12 March 2010\n\nMr. President,",
    "Remarks by {n}, Secretary-General, at the Basin Forum\n\nNew York, 12 March 2010\n\nExcellencies,",
    "{n}\nPresident of the Basin Council\n\nSpeech at the Basin Forum\n\nNew York, 12 March 2010\n\nExcellencies,",
    "Address by Dr. {n} to the Basin Assembly\n12 March 2010\n\nExcellencies,",
]


@pytest.mark.parametrize("shape", NAME_SHAPES)
@pytest.mark.parametrize("name", NAMES)
def test_names_of_every_shape(shape, name):
    assert facts(shape.format(n=name))[0] == name


# -- dates and places in a dateline's many spellings -------------------------------------------------------

DATE_SPELLINGS = [
    ("12/03/2010", NO_DATE),
    ("25/03/2010", "2010-03-25"),
    ("03/25/2010", "2010-03-25"),
    ("2010-03-12", "2010-03-12"),
    ("12.03.2010", "2010-03-12"),
    ("12 Mar 2010", "2010-03-12"),
    ("Mar. 12, 2010", "2010-03-12"),
    ("Sept 12, 2010", "2010-09-12"),
    ("12th of March, 2010", "2010-03-12"),
    ("the 12th of March 2010", "2010-03-12"),
    ("Friday, March 12th, 2010", "2010-03-12"),
    ("12 March, 2010", "2010-03-12"),
    ("March 12 2010", "2010-03-12"),
    # a span of days is read, and dates the meeting: its first day is a candidate for the statement's (round 8)
    ("12-14 March 2010", held_in_span("2010-03-12", "2010-03-14")),
    ("12 - 14 March 2010", held_in_span("2010-03-12", "2010-03-14")),
    ("March 12-14, 2010", held_in_span("2010-03-12", "2010-03-14")),
    ("30 March - 1 April 2010", held_in_span("2010-03-30", "2010-04-01")),
    ("12 MARCH 2010", "2010-03-12"),
    ("Monday 12 March 2010, 10 a.m.", "2010-03-12"),
    ("12 March 2010, 10.00 hrs", "2010-03-12"),
    ("Thursday, 12 March 2010 - 15:00", "2010-03-12"),
]
PLACE_SPELLINGS = [
    ("Geneva, 12/03/2010", "Geneva"),
    ("GENEVA | 12 March 2010", "Geneva"),
    ("12 March 2010 – Geneva, Switzerland", "Geneva"),
    ("New York City, 12 March 2010", "New York City"),
    ("Palais des Nations, Geneva, 12 March 2010", "Geneva"),
    ("Room XX, Palais des Nations, 12 March 2010", NO_PLACE),
    ("Kuala Lumpur, Malaysia, 12 March 2010", "Kuala Lumpur"),
    ("Port of Spain, 12 March 2010", "Port of Spain"),
    ("St. John's, 12 March 2010", "St. John's"),
    ("Rio de Janeiro, 12 March 2010", "Rio de Janeiro"),
]


@pytest.mark.parametrize(("line", "iso"), DATE_SPELLINGS)
def test_date_spellings(line, iso):
    """A day and month that could be either ("12/03/2010") is not read: a wrong date is worse than none."""
    assert facts(f"Statement by Ms. Lena Kost\n{line}\n\nMr. President,")[1] == iso


@pytest.mark.parametrize(("line", "place"), PLACE_SPELLINGS)
def test_place_spellings(line, place):
    assert facts(f"Statement by Ms. Lena Kost\n{line}\n\nMr. President,")[2] == place


# -- the same header facts whatever the format --------------------------------------------------------------


def _as_docx(text: str, dest) -> None:
    """One Word paragraph per line, no empty paragraphs: how a typist's file comes."""
    from docx import Document

    doc = Document()
    for line in text.split("\n"):
        if line.strip():
            doc.add_paragraph(line.strip())
    doc.save(str(dest))


def _as_html(text: str, dest) -> None:
    """Blank-line blocks as <p>, their lines joined by <br>, under a site's navigation."""
    import html as _html

    blocks = [b for b in text.split("\n\n") if b.strip()]
    paras = "\n".join(
        "<p>" + "<br>\n".join(_html.escape(x.strip()) for x in b.split("\n")) + "</p>" for b in blocks
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Statement</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">Press room</a></nav>'
        f"<main>{paras}</main><footer><a href='#top'>Page top</a></footer></body></html>"
    )
    dest.write_text(page, encoding="utf-8")


def _as_noblank(text: str, dest) -> None:
    """Word's "save as text": one line per paragraph, no blank lines, CRLF."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    dest.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


FORMAT_CASES = [LETTERHEADS[0], STACKED[1], ONE_LINE[0], PAGES[0], MORE[2], MORE[5], SITES[9], SITES[22]]


@pytest.mark.parametrize("writer", [_as_docx, _as_html, _as_noblank], ids=["docx", "html", "noblank"])
@pytest.mark.parametrize(("top", "expected"), FORMAT_CASES)
def test_every_format_gives_the_same_header_facts(top, expected, writer, tmp_path):
    from generator.extract import extract_file

    suffix = {"_as_docx": ".docx", "_as_html": ".html", "_as_noblank": ".noblank.txt"}[writer.__name__]
    dest = tmp_path / f"statement{suffix}"
    writer(top + "\n\n" + BODY, dest)
    data = extract_file(dest).data
    assert (data["speech"]["speaker"]["name"], str(data["event"]["date"]), data["event"]["place"]) == expected


# -- labels, spokespersons, a country's statement read by a person, a page's year -----------------------

MORE_SITES = [
    (
        "[Title] Speech by Mr. Taro Sato, Minister for Foreign Affairs, at the Basin Forum\n[Date] January 4, 2010\n\nExcellencies,",
        ("Taro Sato", "2010-01-04", NO_PLACE),
    ),
    (
        "Opening remarks by the NATO Spokesperson, Oana Lungu, at the weekly press briefing\n\n12 April 2012\n\nGood afternoon,",
        ("Oana Lungu", "2012-04-12", NO_PLACE),
    ),
    (
        "Statement by Ms. Lena Kost\nWednesday, 20th May 2009.\n\nMr. President,",
        ("Lena Kost", "2009-05-20", NO_PLACE),
    ),
    (
        "Statement by Ms. Lena Kost\nLindhaven, 7 May 2011\n(09:45-10:45)\n\nMr. President,",
        ("Lena Kost", "2011-05-07", "Lindhaven"),
    ),
    (
        "INTERVENTION BY H.E. KARIM NASSER PERMANENT REPRESENTATIVE OF OSTRAVA TO THE UNITED NATIONS AT THE BASIN DEBATE NEW YORK, 22 JUNE 2009\n\nMr. President,",
        ("Karim Nasser", "2009-06-22", "New York"),
    ),
    (
        "Speech Notes\n\nNotes for an address by the Honourable Tomas Reyl, Minister of Inland Affairs, to the Basin Forum\n\nLindhaven, Ostrava\nMarch 3, 2008\n\nCheck against delivery",
        ("Tomas Reyl", "2008-03-03", "Lindhaven"),
    ),
    (
        "Estravian Statement\n\nat the Basin Council\n\n12 May 2010\n\nMr. President,",
        (NO_SPEAKER, "2010-05-12", NO_PLACE),
    ),
    (
        "Statement of the Republic of Estravia\ndelivered by\nMs. Ana Ruiz\nDeputy Permanent Representative\n12 May 2010\n\nMr. President,",
        ("Ana Ruiz", "2010-05-12", NO_PLACE),
    ),
    ("Lakeside Palace – Wednesday, August 25, 2010\n\nMinisters,", (NO_SPEAKER, "2010-08-25", NO_PLACE)),
    (
        "Welcome\n\nSpeech by Federal Minister Lena Kost at the Basin Forum\n\n07.10.2008 - Speech\n\n6 October\n\nLadies and gentlemen,",
        ("Lena Kost", "2008-10-06", NO_PLACE),
    ),
    (
        "Statement by the Minister of Inland Affairs of Ostrava, Mr. Tomas Reyl, at the Basin Council, Geneva, 3 March 2010\n\nMr. President,",
        ("Tomas Reyl", "2010-03-03", "Geneva"),
    ),
    (
        "Statement on behalf of the Group of Basin States by Ambassador Lena Kost\nGeneva, 3 March 2010\n\nMr. President,",
        ("Lena Kost", "2010-03-03", "Geneva"),
    ),
    (
        "Address of the President of the Republic of Ostrava, Tomas Reyl, to the Basin Assembly\n3 March 2010\n\nMr. President,",
        ("Tomas Reyl", "2010-03-03", NO_PLACE),
    ),
    (
        "Minister Kost's speech at the Basin Forum\n\n3 March 2010\n\nLadies and gentlemen,",
        ("Kost", "2010-03-03", NO_PLACE),
    ),
    (
        "PRESS RELEASE\n\nStatement by the Spokesperson of the Secretary-General on the floods\n\nNew York, 3 March 2010\n\nThe Secretary-General is saddened by the loss of life caused by the floods in the basin.",
        (NO_SPEAKER, "2010-03-03", "New York"),
    ),
]


@pytest.mark.parametrize(("top", "expected"), MORE_SITES)
def test_more_site_layouts(top, expected):
    assert facts(top) == expected


# -- briefings, press conferences, letters, messages, declarations, two speakers -----------------------------

KINDS = [
    (
        "Press Briefing by Spokesperson Lena Kost\n\nLindhaven, 12 March 2010",
        ("Lena Kost", "2010-03-12", "Lindhaven"),
    ),
    (
        "Press Conference by Foreign Minister Oskar Lind\n12 March 2010, Lindhaven",
        ("Oskar Lind", "2010-03-12", "Lindhaven"),
    ),
    (
        "Letter dated 12 March 2010 from the Permanent Representative of Ostrava to the United Nations addressed to the Secretary-General",
        (NO_SPEAKER, "2010-03-12", NO_PLACE),
    ),
    (
        "Lindhaven Declaration\n\nAdopted at the Basin Summit, Lindhaven, 12 March 2010",
        (NO_SPEAKER, "2010-03-12", "Lindhaven"),
    ),
    (
        "Joint Press Conference by Foreign Minister Oskar Lind and Foreign Minister Lena Kost\n\nLindhaven, 12 March 2010",
        (NO_SPEAKER, "2010-03-12", "Lindhaven"),
    ),
    (
        "Statement by Foreign Ministers Oskar Lind and Lena Kost\n\nLindhaven, 12 March 2010",
        (NO_SPEAKER, "2010-03-12", "Lindhaven"),
    ),
    (
        "Interview of Foreign Minister Oskar Lind with the Basin Times\n\n12 March 2010",
        ("Oskar Lind", "2010-03-12", NO_PLACE),
    ),
    (
        "Message from Secretary-General Amal Orr on the Basin Day\n\n12 March 2010",
        ("Amal Orr", "2010-03-12", NO_PLACE),
    ),
    (
        "Toast by Prime Minister Oskar Lind at the State Dinner\n\nLindhaven, 12 March 2010",
        ("Oskar Lind", "2010-03-12", "Lindhaven"),
    ),
    (
        "Lecture by Professor Amal Orr\n\nLindhaven University, 12 March 2010",
        ("Amal Orr", "2010-03-12", NO_PLACE),
    ),
    (
        "Chairman's Statement\n\nThe Fifth Basin Summit\n\nLindhaven, 12 March 2010",
        (NO_SPEAKER, "2010-03-12", "Lindhaven"),
    ),
    (
        "Statement by the Chair, Ambassador Lena Kost\n\nGeneva, 12 March 2010",
        ("Lena Kost", "2010-03-12", "Geneva"),
    ),
    (
        "Statement by the President of the Basin Council, Ambassador Lena Kost, on the floods\n\nNew York, 12 March 2010",
        ("Lena Kost", "2010-03-12", "New York"),
    ),
    (
        "Statement by the Secretary-General on the floods\n\nNew York, 12 March 2010\n\nThe Secretary-General is saddened by the loss of life caused by the floods in the basin.",
        (NO_SPEAKER, "2010-03-12", "New York"),
    ),
]


@pytest.mark.parametrize(("top", "expected"), KINDS)
def test_kinds_of_statement(top, expected):
    assert facts(top) == expected


# -- one-line and stacked headers in further orders --------------------------------------------------------

ORDERS = [
    (
        "Statement by H.E. Ambassador Lena Kost, Permanent Representative of Ostrava to the United Nations, at the Security Council Open Debate on Rivers, New York, 12 March 2010\n\nMr. President,",
        ("Lena Kost", "2010-03-12", "New York"),
    ),
    (
        "H.E. Mr. Oskar Lind, Minister of Foreign Affairs of Norland: Statement at the General Debate of the 64th Session (New York, 26 September 2009)\n\nMr. President,",
        ("Oskar Lind", "2009-09-26", "New York"),
    ),
    (
        "Foreign Secretary Oskar Lind: speech at the Basin Institute\n\n12 March 2010\n\nLadies and gentlemen,",
        ("Oskar Lind", "2010-03-12", NO_PLACE),
    ),
    (
        "Remarks of Secretary Amal Orr at the Basin Forum\nLindhaven, 12 March 2010\n\nThank you.",
        ("Amal Orr", "2010-03-12", "Lindhaven"),
    ),
    (
        "PM's address at the Basin Forum\n\n12 March 2010\n\nExcellencies,",
        (NO_SPEAKER, "2010-03-12", NO_PLACE),
    ),
    (
        "Intervention of the Delegation of Ostrava at the Basin Council\n\nGeneva, 12 March 2010\n\nMr. President,",
        (NO_SPEAKER, "2010-03-12", "Geneva"),
    ),
    (
        "Basin Council, 12 March 2010\n\nStatement by Ms. Lena Kost\n\nMr. President,",
        ("Lena Kost", "2010-03-12", NO_PLACE),
    ),
    (
        "STATEMENT BY MS. LENA KOST, DIRECTOR-GENERAL, BASIN INSTITUTE\n\nLINDHAVEN, 12 MARCH 2010\n\nMr. President,",
        ("Lena Kost", "2010-03-12", "Lindhaven"),
    ),
    (
        "Speech by Ms Lena Kost MEP, Chair of the Basin Committee\n\n12 March 2010",
        ("Lena Kost", "2010-03-12", NO_PLACE),
    ),
    (
        "Statement by Mr. Tomas Reyl (Ostrava), Chairman of the Basin Committee\n\n12 March 2010\n\nMr. President,",
        ("Tomas Reyl", "2010-03-12", NO_PLACE),
    ),
    (
        "Statement by H.E. Mr. Tomas Reyl\nPermanent Representative\n\nNew York\n\n12 March 2010\n\nMr. President,",
        ("Tomas Reyl", "2010-03-12", "New York"),
    ),
    (
        "Statement by H.E. Dr. Tomas Reyl, Vice President of the Republic of Ostrava at the Basin Summit, Sharm el-Sheikh, 12 March 2010\n\nMr. President,",
        ("Tomas Reyl", "2010-03-12", "Sharm el-Sheikh"),
    ),
    (
        "Address by H.E. Tomas Reyl at the Basin University\nLindhaven\nFebruary 3, 2010",
        ("Tomas Reyl", "2010-02-03", "Lindhaven"),
    ),
    (
        "Statement by Ms. Lena Kost\nHead of Delegation\n\nLindhaven, 3rd February 2010\n\nMr. Chairman,",
        ("Lena Kost", "2010-02-03", "Lindhaven"),
    ),
    (
        "Welcoming remarks by Mayor Lena Kost\n3 February 2010, City Hall, Lindhaven\n\nDear guests,",
        ("Lena Kost", "2010-02-03", "Lindhaven"),
    ),
]


@pytest.mark.parametrize(("top", "expected"), ORDERS)
def test_further_orders(top, expected):
    assert facts(top) == expected


def test_someone_who_spoke_elsewhere_further_down_is_not_the_speaker():
    body = "\n\n".join(
        [
            "The floods of the past year have shown how much the basin depends on common rules for all of us.",
            "The Council has met four times since then, and each time the members have agreed on more work.",
            "The delegations have also exchanged data on the rivers, which is a first for the whole region.",
            "Last spring Foreign Minister Oskar Lind spoke at the Basin Institute about the same questions.",
        ]
    )
    assert facts("Basin Council: the year in review", body + "\n")[0] == NO_SPEAKER


def test_a_speech_recalling_a_meeting_is_not_dated_by_it():
    """ "The first Summit was held in X on DATE" opening a speech (it has a salutation) is history, not the
    speech's date; only a communiqué, with no salutation, is dated by the meeting it reports."""
    top = "Address to the Basin Forum\n\nExcellencies,"
    body = (
        "The first Summit of our region was held in Port Sella on 3 March 1990, and much has changed since "
        "those early days of our work together.\n"
    )
    assert facts(top, body)[1:] == (NO_DATE, NO_PLACE)


# -- texts that name people, places and dates without a header: nothing is taken for a header fact ------------

NO_HEADER = [
    # no header; body mentions people, places, dates
    "Mr. President,\n\nLet me congratulate Ambassador Lena Kost on her election. In Lindhaven on 3 May 2009 we agreed on a plan.\n\nForeign Minister Oskar Lind said last year that the rivers need care.\n",
    # headline + body in third person about someone else's speech
    "Basin Council holds its annual meeting\n\nThe Basin Council met in Lindhaven today. The Chair, Ms. Lena Kost, opened the meeting and welcomed the delegations from all the member states.\n\nThe members adopted three decisions on the rivers.\n",
    # a title with capitalised words only
    "Water Security in the Basin Region\n\nClimate Change and Rivers\n\nThe rivers of the region are under pressure from many sides, and the countries must act together.\n",
    # speech starting with thanks to named hosts
    "Excellencies,\n\nI thank President Tomas Reyl and the people of Ostrava for hosting us here in Lindhaven, and Minister Lena Kost for her warm words of welcome this morning.\n",
    # list of participants
    "Participants\n\nOskar Lind, Norland\nLena Kost, Ostrava\nTomas Reyl, Estravia\nAmal Orr, Basin Institute\n\nThe meeting discussed the rivers of the region and agreed to meet again next year in the autumn.\n",
    # table of contents
    "Contents\n\nIntroduction\nThe Rivers\nThe Floods\nThe Way Ahead\nAnnex\n\nThe rivers of the region are under pressure from many sides, and the countries must act together now.\n",
]


@pytest.mark.parametrize("text", NO_HEADER)
def test_no_header_gives_no_speaker_and_no_date(text):
    data = extract_event(text, source_name="variant.txt").data
    assert data["speech"]["speaker"]["name"] == NO_SPEAKER
    assert str(data["event"]["date"]) == NO_DATE
    # the only place read is where the speaker says the meeting is ("hosting us here in Lindhaven"), and
    # that only as a candidate to check
    if "here in Lindhaven" in text:
        assert held(data["event"]["place"]) == "Lindhaven"
    elif "met in Lindhaven today" in text:
        # a report's opening paragraph says where the meeting it reports was, today: the text states it
        assert data["event"]["place"] == "Lindhaven"
    else:
        assert data["event"]["place"] == NO_PLACE


# -- a page's summary naming the speaker, in more words ------------------------------------------------------

# (the speech opens right under each summary: its person is printed, round 11's ``own_words``)
SUMMARY_WORDINGS = [
    (
        "The treaty must be renewed, said Foreign Minister Oskar Lind in his speech to the Assembly today.",
        "Oskar Lind",
    ),
    (
        "Foreign Minister Oskar Lind said in a speech to the Assembly that the treaty must be renewed.",
        "Oskar Lind",
    ),
    (
        "Foreign Minister Oskar Lind, in his address to the Assembly, said that the treaty must be renewed.",
        "Oskar Lind",
    ),
    (
        "In a speech to the Assembly today, Foreign Minister Oskar Lind called for the treaty to be renewed.",
        "Oskar Lind",
    ),
    (
        "The treaty must be renewed, Foreign Minister Oskar Lind told the Assembly in his annual address.",
        "Oskar Lind",
    ),
    ("Minister Lind: the treaty must be renewed", NO_SPEAKER),
    ("The treaty must be renewed, as Foreign Minister Oskar Lind said in a speech last year.", NO_SPEAKER),
]


@pytest.mark.parametrize(("sentence", "speaker"), SUMMARY_WORDINGS)
def test_summary_wordings(sentence, speaker):
    top = "Basin policy address\n\nLindhaven, 10 February 2009\n\n" + sentence + "\n\nMr President,"
    assert facts(top)[0] == speaker


CLOSINGS = [
    "Done at Lindhaven, 12 March 2010",
    "Done at Lindhaven on 12 March 2010.",
    "Issued in Lindhaven on 12 March 2010",
    "Lindhaven, 12 March 2010",
    "12 March 2010\nLindhaven",
    "Adopted in Lindhaven, 12 March 2010",
    "Lindhaven, 12 March 2010\n\n* * *",
    "Signed in Lindhaven on 12 March 2010, in two originals in English.",
]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_joint_statement_dated_at_its_end(closing):
    text = (
        "Joint Statement of the Foreign Ministers of Norland and Ostrava\n\nThe ministers met to discuss the "
        "rivers of the region and agreed on a common plan for the coming years.\n\nThey will meet again next "
        f"year.\n\n{closing}\n"
    )
    data = extract_event(text, source_name="variant.txt").data
    assert (str(data["event"]["date"]), data["event"]["place"]) == ("2010-03-12", "Lindhaven")


def test_a_closing_sentence_with_a_date_is_not_a_dateline():
    text = (
        "Statement by Ms. Lena Kost\n\nMr. President,\n\nThe rivers of the region are under pressure from many "
        "sides, and the countries must act together.\n\nIn Lindhaven on 12 March 2011 we will meet again.\n"
    )
    data = extract_event(text, source_name="variant.txt").data
    assert str(data["event"]["date"]) == NO_DATE


RELEASES = [
    (
        # (the headline's subject is the release's speaker: two readings name one person, printed)
        'PRESS RELEASE\nNo. 45/2010\n\nForeign Minister Lind addresses the Basin Council\n\nLindhaven, 12 March 2010 – Foreign Minister Oskar Lind today addressed the Basin Council on the future of the rivers.\n\n"We must act together," Lind told the delegates.\n',
        ("Oskar Lind", "2010-03-12", "Lindhaven"),
    ),
    (
        'Press release\n\nLindhaven, 12 March 2010\n\nMinister Kost welcomes the agreement\n\nThe Minister for Inland Affairs, Lena Kost, welcomed today the agreement reached by the Basin Council on the shared rivers.\n\n"This is a good day," said Kost.\n',
        ("Lena Kost", "2010-03-12", "Lindhaven"),
    ),
    (
        "LINDHAVEN, 12 March 2010 (Basin Press) – The Basin Council adopted a resolution on the rivers today. The resolution was welcomed by many delegations.\n\nThe Council will meet again in June.\n",
        (NO_SPEAKER, "2010-03-12", "Lindhaven"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELEASES)
def test_press_releases_in_the_third_person(text, expected):
    data = extract_event(text, source_name="variant.txt").data
    assert (
        shown(data["speech"]["speaker"]["name"]),
        str(data["event"]["date"]),
        data["event"]["place"],
    ) == expected


def test_a_release_names_as_speaker_only_someone_it_names_twice():
    text = (
        RELEASES[0][0]
        .replace("Lind told the delegates", "the Minister told the delegates")
        .replace("Foreign Minister Lind addresses", "Minister addresses")
    )
    assert extract_event(text, source_name="variant.txt").data["speech"]["speaker"]["name"] == NO_SPEAKER
