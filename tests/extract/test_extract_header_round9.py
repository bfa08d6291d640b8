"""Header facts, round 9 (issue 11): shapes that recur across sources and that the readings missed — a news
wire's dateline with an agency and the site it took the item from in one bracket, a wire's name in capitals
before its day, a dateline without its year over an opening that reports the day before, a transcript's
"Remarks and Replies to Media Questions by …", an office's initials before the name beside a date line.

Every text is invented (names, places, agencies, sites), in the shapes the pages have. A fact the text does
not give must come out TO CHECK; a value only inferred is held as a candidate, never printed.
"""

from __future__ import annotations

import pytest
from extract_helpers import NO_DATE, NO_PLACE, header_facts

from generator.extract.person import whole_name

NEWS_BODY = (
    "The two ministers agreed to hold further talks later this year and signed a memorandum on cooperation "
    "in education, culture and the survey of the river they share.\n\n"
    '"We have made real progress today," the Minister told reporters after the meeting.\n'
)


#: News items' tops, the day and place they give: a wire's bracket holding the agency and the site it copied;
#: a wire's name in capitals, a full stop, its day; an office's initials before a name on the line above a
#: date (the person, not a place); an agency's stamp with its clock, zone and name below a blog's post date
#: (the item's own day; the agency no place).
NEWS_TOPS = [
    (
        "Minister Kost welcomes the river accord\n\n"
        "May 3, 2011 (BASIN WIRE / MINISTRY.GOV.EV) — Foreign Minister Lena Kost has welcomed the accord "
        "reached at the river talks in Lindhaven as a decisive step for the region.",
        "2011-05-03",
    ),
    (
        "Estravia and Korval held consultations\n\n"
        "BASIN-NEWS. May 3, 2011. Consultations between the foreign ministries of Estravia and Korval on "
        "consular questions were held at the Ministry of Foreign Affairs in the capital.",
        "2011-05-03",
    ),
    (
        "Prime Minister Lena Kost hails the river accord\n\nPM Lena Kost\n\n"
        "December 11, 2010 (BASIN WIRE / CABINET.GOV.EV) — Prime Minister Lena Kost has hailed the accord "
        "reached at the river talks as a decisive step forward.",
        "2010-12-11",
    ),
    (
        "Sunday, November 7, 2010\n\nThe President's visit --- Day three.\n"
        "Ceremonial welcome at the palace\n8 NOV, 2010, 10.05AM IST,BPA",
        "2010-11-08",
    ),
]


@pytest.mark.parametrize(("top", "day"), NEWS_TOPS)
def test_a_news_item_dated_by_its_wire_or_its_agency_stamp(top: str, day: str):
    _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert (date, place) == (day, NO_PLACE)


def test_a_yearless_dateline_takes_the_year_of_the_day_its_opening_reports():
    """ "Lindhaven, May 17. (BPA).-" over "On May 16, 2012, a meeting … took place": the item files the day
    before's news, so the dateline's day is of 2012."""
    top = (
        "Meeting of the Estravian Foreign Minister with his Korvalian counterpart\n\n"
        "Lindhaven, May 17. (BPA).-\n\n"
        "On May 16, 2012, a meeting between the Minister of Foreign Affairs of Estravia Ilka Varn and the "
        "Foreign Minister of Korval took place at the ministry in Lindhaven."
    )
    _, date, _ = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert date == "2012-05-17"
    # a day after the dateline's ("until the summit of July 5, 2011") may be a meeting of another year: no
    # year is guessed from it
    later = (
        "Ministers agree on a regional forum\n\n"
        "Lindhaven, Jul 4 (BPA) Foreign ministers of the region agreed to create a forum that will work until "
        "the regional summit of July 5, 2011, the President said."
    )
    _, date, _ = header_facts(later, NEWS_BODY, source_name="news.txt")
    assert date == NO_DATE


def test_a_transcript_of_remarks_and_replies_to_media_questions_names_its_speaker():
    top = (
        "Transcript of Remarks and Replies to Media Questions by Estravian Minister of Foreign Affairs "
        "Ilka Varn at a Joint Press Conference, Lindhaven, March 12, 2009"
    )
    body = (
        "Ladies and gentlemen,\n\n"
        "We have had substantive talks today on the whole range of our relations and on the questions of "
        "the region, and I thank my colleague for the hospitality.\n\n"
        "Question: What did you agree on the river survey?\n\nIlka Varn: We agreed to continue it.\n"
    )
    speaker, date, place = header_facts(top, body)
    assert speaker == "Ilka Varn"
    assert date == "2009-03-12"
    assert place == "Lindhaven"


def test_a_style_run_into_the_name_where_a_web_copy_lost_its_spaces():
    top = "Statement by H.E.Mr.Ilka Varn, Minister for Foreign Affairs of Estravia\nLindhaven, 3 March 2009"
    speaker, date, _ = header_facts(top)
    assert speaker == "Ilka Varn"
    assert date == "2009-03-03"


def test_a_venue_then_its_city_run_into_the_day():
    """ "Basin Headquarter, Lindhaven12 June 2013.": the city run into its day, after a venue in the
    singular; the day is whole and the city, not the venue, is the place."""
    top = "Thursday, 13 June 2013\n\nDirectorate of Information\n\nBasin Headquarter, Port Sella12 June 2013."
    body = (
        "Thank you to the media for attending this briefing. The Commission had a vibrant engagement with the "
        "press before and during the launch of the anniversary celebrations, and we thank you for it.\n\n"
        "We are convinced that we reached our goals with the celebrations across the region.\n"
    )
    _, date, place = header_facts(top, body, source_name="briefing.txt")
    assert date == "2013-06-12"
    assert place == "Port Sella"


def test_a_surname_alone_in_the_title_is_the_whole_name_the_text_writes():
    """ "Minister Varn's Statement at the Forum" over a text that says "Prime Minister Ilka Varn": the one
    longer name ending in the surname is the speaker's; a country a role's words end in is no name."""
    top = "Prime Minister Varn's Statement at the Coastal Forum\nLindhaven, 3 March 2009"
    body = (
        "Mr. President,\n\n"
        "Prime Minister Ilka Varn thanked the hosts for the invitation and for the work done by the "
        "secretariat in the months before the Forum.\n\n"
        "We will continue our work with all partners in the region in the coming months.\n"
    )
    speaker, _, _ = header_facts(top, body)
    assert speaker == "Ilka Varn"
    top = "Address by the President of the United States of America\nLindhaven, 3 March 2009"
    body = (
        "Mr. Speaker,\n\n"
        "I thank the House for the honour of addressing it and bring the greetings of the people of the "
        "United States to the people of this country.\n\n"
        "We will continue our work with all partners in the region in the coming months.\n"
    )
    speaker, _, _ = header_facts(top, body)
    assert "United States" not in speaker
    # a role's words ending in a country, written before it: the country is no name ending in "States"
    assert (
        whole_name("States", "We heard the Foreign Minister United States of the delegation speak.") is None
    )
    assert whole_name("Varn", "We heard Prime Minister Ilka Varn speak.") == "Ilka Varn"


def test_a_dateline_with_a_bullet_between_its_city_and_its_day():
    """ "Lindhaven • 3 March 2009", "Speech · 3 March 2009": a page's dot between the fields; a kind of text
    beside the day is no place."""
    top = "Statement by Ms. Ilka Varn, Minister of Foreign Affairs of Peru\nLindhaven • 3 March 2009"
    _, date, place = header_facts(top)
    assert (date, place) == ("2009-03-03", "Lindhaven")
    top = "Statement by Ms. Ilka Varn, Minister of Foreign Affairs of Peru\nSpeech · 3 March 2009"
    _, date, place = header_facts(top)
    assert (date, place) == ("2009-03-03", NO_PLACE)


def test_a_reprinted_communique_under_its_lead_in_dates_and_places_its_meeting():
    """A news page's first sentence, then "The following is the full text of the joint communiqué:": the
    communiqué's own first sentence ("1. The … Meeting … was held on DATE in CITY (OTHER NAME).") gives the
    date and the place."""
    text = (
        "The foreign ministers of Estravia, Korval and Norland signed on Tuesday a joint communiqué after "
        "holding the fifth meeting of the foreign ministers of the three countries.\n\n"
        "The following is the full text of the joint communiqué:\n\n"
        "1. The Fifth Meeting of the Foreign Ministers of Estravia, Korval and Norland was held on "
        "27 October 2009 in Lindhaven (Port Sella).\n\n"
        "2. The Ministers noted the ongoing trilateral cooperation and explored new avenues for deepening it "
        "on issues of common interest.\n"
    )
    _, date, place = header_facts("", text, source_name="communique.txt")
    assert (date, place) == ("2009-10-27", "Lindhaven")
