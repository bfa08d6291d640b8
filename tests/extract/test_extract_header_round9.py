"""Header facts, round 9 (issue 11): shapes that recur across sources and that the readings missed — a news
wire's dateline with an agency and the site it took the item from in one bracket, a wire's name in capitals
before its day, a dateline without its year over an opening that reports the day before, a transcript's
"Remarks and Replies to Media Questions by …", an office's initials before the name beside a date line.

Every text is invented (names, places, agencies, sites), in the shapes the pages have. A fact the text does
not give must come out TO CHECK; a value only inferred is held as a candidate, never printed.
"""

from __future__ import annotations

from extract_helpers import NO_DATE, NO_PLACE, header_facts

NEWS_BODY = (
    "The two ministers agreed to hold further talks later this year and signed a memorandum on cooperation "
    "in education, culture and the survey of the river they share.\n\n"
    '"We have made real progress today," the Minister told reporters after the meeting.\n'
)


def test_a_wire_dateline_with_an_agency_and_its_source_site_in_one_bracket():
    """ "May 3, 2011 (BASIN WIRE / MINISTRY.GOV.EV) — …": an agency and the site it copied, one bracket."""
    top = (
        "Minister Kost welcomes the river accord\n\n"
        "May 3, 2011 (BASIN WIRE / MINISTRY.GOV.EV) — Foreign Minister Lena Kost has welcomed the accord "
        "reached at the river talks in Lindhaven as a decisive step for the region."
    )
    _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert date == "2011-05-03"
    assert place == NO_PLACE


def test_a_wire_name_in_capitals_before_its_day():
    """ "BASIN-NEWS. May 3, 2011. …": the wire's name and a full stop, the day and a full stop."""
    top = (
        "Estravia and Korval held consultations\n\n"
        "BASIN-NEWS. May 3, 2011. Consultations between the foreign ministries of Estravia and Korval on "
        "consular questions were held at the Ministry of Foreign Affairs in the capital."
    )
    _, date, _ = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert date == "2011-05-03"


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


def test_an_office_initials_before_a_name_is_no_place_beside_the_date():
    """ "PM Lena Kost" on the line above a date line is the person, not where the text was written."""
    top = (
        "Prime Minister Lena Kost hails the river accord\n\n"
        "PM Lena Kost\n\n"
        "December 11, 2010 (BASIN WIRE / CABINET.GOV.EV) — Prime Minister Lena Kost has hailed the accord "
        "reached at the river talks as a decisive step forward."
    )
    _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert date == "2010-12-11"
    assert place == NO_PLACE


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


def test_an_agency_stamp_with_its_clock_below_a_blog_date_dates_the_item():
    """ "8 NOV, 2010, 10.05AM IST,BPA" below a blog's "Sunday, November 7, 2010": the item's own stamp,
    its clock, zone and agency, wins over the day the blog posted it; the agency is no place."""
    top = (
        "Sunday, November 7, 2010\n\nThe President's visit --- Day three.\n"
        "Ceremonial welcome at the palace\n8 NOV, 2010, 10.05AM IST,BPA"
    )
    _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert date == "2010-11-08"
    assert place == NO_PLACE


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
