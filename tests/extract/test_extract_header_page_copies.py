"""Header facts of statements as pages and document sites copy them (issue 11, the dev7 header round):
a site's time stamp over a news item, an agency's dateline with its country first, a blog's date line
behind a marker, a venue and its city before a colon, a dated bracket closing a title, a title that ends
"by … in <country>", a speaker's name and a role that opens with a qualifier, a header flattened into one
line with its statement line in the middle, a title repeated at the start of a run-on paragraph with its
dateline, an article's credit line at the end, a writer's by-line over a news item; wire datelines in
figures or with two hyphens, an agency's credit between slashes, a speaker named only in the breadcrumb
trail, a title in another language read into the name, the head of a delegation then the person.

Every text is invented (names, places, sites), in the shapes the pages have. A fact the text does not give
must come out TO CHECK; a value only inferred is held as a candidate, never printed.
"""

from __future__ import annotations

from extract_helpers import NO_PLACE, NO_SPEAKER, header_facts, held

NEWS_BODY = (
    "The Minister will hold talks with the leaders of both countries on trade, transport and the "
    "shared river survey, the ministry said in a statement.\n\n"
    '"We expect the visit to open a new stage in our relations," a spokesman said.\n'
)


def test_a_site_time_stamp_names_its_section_not_a_place():
    """ "Region News 20 July 2012 17:28 (UTC +04:00)": the words before a date that carries a clock time are
    the page's section; the agency's dateline below, country first, gives the city."""
    top = (
        "Estravian minister to visit the southern states\n\n"
        "Estravia Materials 20 July 2012 17:28 (UTC +04:00)\n"
        "The Estravian Foreign Minister will travel to the southern states next week, his spokesman said "
        "today.\n\n"
        "Azerbaijan, Baku, July 20 / Basin Wire K. Lind /"
    )
    _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert date == "2012-07-20"
    assert place == "Baku"


def test_a_site_time_stamp_alone_gives_the_date_and_no_place():
    top = "Estravia Materials 20 July 2012 17:28 (UTC +04:00)\n\nEstravian minister to visit the south"
    _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert date == "2012-07-20"
    assert place == NO_PLACE


def test_a_blog_date_line_behind_a_marker_dates_the_page():
    """ "» Monday, July 7, 2008" over a one-word heading: a blog's date line, its marker not part of it."""
    top = "» Monday, July 7, 2008\n\nG5"
    _, date, _ = header_facts(top, NEWS_BODY, source_name="blog.txt")
    assert date == "2008-07-07"


def test_a_venue_and_its_city_before_a_colon_and_the_date():
    """ "Harbour Hotel, Lindhaven: 5 August 2013": the venue is not the place; its city is."""
    top = (
        "Prime Minister and Minister for Finance, Planning and Statistics\n\n"
        "Harbour Hotel, Lindhaven: 5 August 2013\n\n"
        "Theme: “Partnership for a blue economy”"
    )
    _, date, place = header_facts(top)
    assert (date, place) == ("2013-08-05", "Lindhaven")


def test_a_dated_bracket_closing_a_title_of_two_speakers():
    """ "Statements of Minister A and Minister B (Lindhaven, 13.10.2011)": nobody is the speaker; the
    bracket dates and places the statements."""
    top = "Statements of Foreign Minister K. Lind and Foreign Minister of Estravia, P. Marek (Lindhaven, 13.10.2011)"
    speaker, date, place = header_facts(top)
    assert speaker == NO_SPEAKER
    assert (date, place) == ("2011-10-13", "Lindhaven")


def test_a_title_by_two_ministers_in_a_country_gives_the_country():
    top = (
        "Transcript of media interaction by External Affairs Minister and Estravian Foreign Minister in "
        "Port Sella\n\nJuly 02, 2013"
    )
    speaker, date, place = header_facts(top)
    assert speaker == NO_SPEAKER
    assert (date, place) == ("2013-07-02", "Port Sella")


def test_a_title_about_events_in_a_country_does_not_place_the_statement():
    """ "… by the Minister on the elections in Estravia": the country is the subject, not the place."""
    top = "Statement by the Minister on the elections in Estravia\n\nJuly 02, 2013"
    _, _, place = header_facts(top)
    assert place == NO_PLACE


def test_a_name_and_a_role_opening_with_a_qualifier():
    """ "Lena Kost, Assistant Secretary for Public Affairs (Acting)" over a city and a date, then a
    moderator's turn: the name over its role is the speaker."""
    top = (
        "Foreign Policy Agenda: Basin Week 2011\n\n"
        "Lena Kost, Assistant Secretary for Public Affairs (Acting)\n"
        "Lindhaven, NY\n"
        "September 26, 2011\n\n"
        "3:30 P.M., EDT"
    )
    body = (
        "MODERATOR: Good afternoon, everyone, and thank you for joining us at the press centre today for "
        "this briefing on the week's meetings.\n\n"
        "ASSISTANT SECRETARY KOST: Thank you very much. It is a pleasure to be back here for another week "
        "of meetings, and I will be brief.\n"
    )
    speaker, date, _ = header_facts(top, body)
    assert speaker == "Lena Kost"
    assert date == "2011-09-26"


def test_a_transcript_label_is_not_a_place():
    """ "MODERATOR: Good afternoon …" opens a turn; it is not a wire's city."""
    top = "Briefing on the Basin Week\n\nSeptember 26, 2011"
    body = (
        "MODERATOR: Good afternoon, everyone, and thank you for joining us at the press centre today for "
        "this briefing on the week's meetings.\n"
    )
    _, _, place = header_facts(top, body)
    assert place == NO_PLACE


def test_a_header_flattened_into_one_line_with_its_statement_line_inside():
    """A document site's one line: kind, venue and date, a role, then "Speech by <role> <name> to …" and the
    delivery note."""
    top = (
        "<<\n\n2010\n\n"
        "Speech Nordholm, Amber hall 18 June 2010 , Prime Minister Speech by Prime Minister Oskar Lind to "
        "the Crown Princess and Mr Pavel Marek Check against delivery"
    )
    speaker, date, place = header_facts(top)
    assert speaker == "Oskar Lind"
    assert date == "2010-06-18"
    assert place == NO_PLACE  # "Nordholm" beside a hall in a flattened line: not sure enough to print


def test_a_flattened_header_whose_date_the_commas_cut_is_read_whole():
    """ "June 18 , 2010 ,": the date itself spaced around its comma, as the fields are. The cut at the commas
    left no piece holding the date and extraction crashed (crash sweep, invented statements); the line is
    now read as it is, and its date still found."""
    top = (
        "<<\n\n2010\n\n"
        "Speech Nordholm, Amber hall June 18 , 2010 , Prime Minister Speech by Prime Minister Oskar Lind to "
        "the Crown Princess and Mr Pavel Marek Check against delivery"
    )
    _, date, _ = header_facts(top)
    assert "2010-06-18" in (date, held(date))


def test_a_title_repeated_at_the_start_of_a_run_on_paragraph_with_its_dateline():
    top = (
        "Joint Declaration of the Lindhaven Summit for the Basin\n"
        "Total Page:16\n"
        "File Type:pdf, Size:1020Kb\n"
        "Joint Declaration of the Lindhaven Summit for the Basin Lindhaven, 13 July 2008 Under the "
        "co-presidency of the President of Estravia and the President of Ostrava In the presence of "
        "ESTRAVIA represented by HE Mr Oskar LIND President of the Republic of Estravia OSTRAVIA "
        "represented by HE Mr Pavel MAREK President of the Republic of Ostrava NORLAND represented by HE "
        "Ms Lena KOST Prime Minister of the Kingdom of Norland, and the heads of the delegations listed "
        "below, who met to open a new stage of their partnership."
    )
    _, date, place = header_facts(top, "", source_name="declaration.txt")
    assert (date, place) == ("2008-07-13", "Lindhaven")


def test_an_article_credit_line_at_the_end_dates_the_article():
    """ "“A summit for the future”, by A and B, The Basin Daily, November 28, 2005.": the article's own
    credit; the paper is not a place."""
    body = (
        "Ten years ago, the countries of the basin met in Lindhaven. Today, thirty countries meet in the same "
        "city to carry the process further, and it is time to renew our ambitions.\n\n"
        "We must also discuss how to improve the management of the river and the training of its "
        "engineers.\n\n"
        "The Basin Daily (Estravia)\n\n"
        "A summit for the future”, by Oskar Lind and Pavel Marek, The Basin Daily, November 28, 2005."
    )
    speaker, date, place = header_facts("", body, source_name="article.txt")
    assert date == "2005-11-28"
    assert place == NO_PLACE
    assert speaker == NO_SPEAKER


def test_a_writers_by_line_over_a_news_item_is_held():
    """ "By Lena Kost" over a news item (no salutation, the minister quoted): the by-line is the writer's,
    perhaps; held as a candidate, never printed."""
    top = "Minister to open the river survey\n\nBy Lena Kost"
    speaker, _, _ = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert speaker == "held: Lena Kost"


def test_a_by_line_over_a_speech_is_the_speaker():
    top = "By Lena Kost"
    body = "Mr. Chairman,\n\n" + NEWS_BODY
    speaker, _, _ = header_facts(top, body)
    assert speaker == "Lena Kost"


def test_a_heading_with_a_digit_beside_the_date_line_is_not_a_place():
    """ "G5" under "» Monday, July 7, 2008": a heading's acronym beside a bare date line, not its city."""
    top = "» Monday, July 7, 2008\n\nG5"
    _, _, place = header_facts(top, NEWS_BODY, source_name="blog.txt")
    assert place == NO_PLACE


def test_a_site_time_stamp_with_its_section_after_the_clock():
    top = "Minister to visit the south\n20 July 2012 17:28 Region Politics"
    _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert (date, place) == ("2012-07-20", NO_PLACE)


def test_a_date_line_between_colons():
    top = ":: Friday, 20 July 2012 ::\n\nMinister to visit the south"
    _, date, _ = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert date == "2012-07-20"


def test_an_agency_dateline_country_city_date_and_its_credit_between_slashes():
    """ "Norway, Lindhaven, 20 July 2012 / Basin Wire /": the country, then the city the item is filed from."""
    top = "Minister to visit the south\n\nNorway, Lindhaven, 20 July 2012 / Basin Wire /"
    _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert (date, place) == ("2012-07-20", "Lindhaven")


def test_wire_datelines_with_a_day_first_in_figures_and_two_hyphens():
    for line in (
        "Lindhaven, 20.07.2012 – The Minister of Foreign Affairs will travel to the south next week.",
        "Lindhaven, Norway, July 20, 2012 /Basin Wire/ -- The Minister of Foreign Affairs will travel south.",
    ):
        _, date, place = header_facts(
            f"Minister to visit the south\n\n{line}", NEWS_BODY, source_name="n.txt"
        )
        assert (date, place) == ("2012-07-20", "Lindhaven"), line


def test_a_news_item_city_and_two_hyphens_under_its_date_line():
    top = (
        "Minister to visit the south\n\nFriday, 20 July 2012\n\n"
        "LINDHAVEN -- The Minister of Foreign Affairs of Estravia will travel to the south next week."
    )
    _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
    assert (date, place) == ("2012-07-20", "Lindhaven")


def test_a_speaker_named_only_in_the_breadcrumb_trail():
    """The page's title survives only as the last crumb of its trail, removed as furniture."""
    top = (
        "Home > Media > Speeches > Speech by the Prime Minister Oskar Lind at the Basin Forum\n\n20 July 2012"
    )
    speaker, date, _ = header_facts(top)
    assert (speaker, date) == ("Oskar Lind", "2012-07-20")


def test_a_title_in_another_language_read_into_the_name_is_held():
    """ "Intervention de S.E. M. X": the name read with the title's small word is not printed."""
    top = "Intervention de S.E. M. Oskar Lind, Ministre des Affaires étrangères\n20 July 2012"
    speaker, _, _ = header_facts(top)
    assert speaker.startswith("held: ")


def test_the_head_of_a_delegation_then_the_person():
    top = "Statement by the Head of the Delegation of Norway, Ms Lena Kost\n20 July 2012"
    speaker, _, _ = header_facts(top)
    assert speaker == "Lena Kost"


def test_a_page_date_among_its_links_and_labels_dates_a_page_with_no_dateline():
    """The page's own date beside its links, labels or writer, when nothing in the header dates it."""
    for line in (
        "Print | Email | 20 July 2012",
        "Home > News > 20.07.2012",
        "Release Date: July 20, 2012",
        "Written by Admin | Friday, 20 July 2012 10:21",
        "Source: Basin Wire | 20 July 2012",
        "Date of issue: 20 July 2012",
        "Last updated: 20 July 2012",
    ):
        _, date, _ = header_facts(f"Minister to visit the south\n\n{line}", NEWS_BODY, source_name="n.txt")
        assert date == "2012-07-20", line


def test_a_dated_headline_among_links_is_not_the_page_date():
    """ "Related | Minister visits the north, 12 March 2011 | More": another item's date in a list of links."""
    top = "Minister to visit the south\n\nRelated | The Minister visited the northern states last spring | 12 March 2011"
    _, date, _ = header_facts(top, NEWS_BODY, source_name="n.txt")
    assert date.startswith("TO CHECK")


def test_a_report_opening_with_its_day_dates_it():
    for first in (
        "On 20 July 2012, Foreign Minister Oskar Lind received the Foreign Minister of Norway in Lindhaven.",
        "Today, Friday, 20 July 2012, Foreign Minister Oskar Lind received the Foreign Minister of Norway.",
    ):
        body = (
            f"{first}\n\nThe ministers also discussed trade and transport links between the two countries.\n"
        )
        _, date, _ = header_facts("Ministers agree on river survey", body, source_name="news.txt")
        assert date == "2012-07-20", first


def test_a_speech_opening_with_another_day_is_not_dated_by_it():
    body = (
        "Mr. Chairman,\n\nOn 20 July 2002, the ministers of the basin met for the first time in Lindhaven and "
        "agreed on the survey.\n"
    )
    _, date, _ = header_facts("Statement by Oskar Lind", body)
    assert date.startswith("TO CHECK")


def test_a_communique_held_talks_or_held_in_a_city_and_its_country():
    for first, day in (
        (
            "The Foreign Ministers of Estravia and Norway held talks in Lindhaven on 20 July 2012.",
            "2012-07-20",
        ),
        # (the meeting's two days give no day of issue: the first is a candidate, round 8)
        (
            "1. The Third Basin Ministerial Meeting was held in Lindhaven, Norway, on 20-21 July 2012 under the "
            "chairmanship of Oskar Lind.",
            "TO CHECK: date of the statement — perhaps “2012-07-20” (the meeting the statement reports; a span "
            "of days, 2012-07-20/2012-07-21: the meeting’s, not the statement’s day)",
        ),
    ):
        body = f"{first}\n\n2. The ministers discussed trade and transport links between the two countries.\n"
        _, date, place = header_facts("Joint Press Statement", body, source_name="communique.txt")
        assert (date, place) == (day, "Lindhaven"), first


def test_a_whole_date_closing_a_headline_dates_the_page():
    for top in (
        "Minister to visit the south - 20 July 2012",
        "Minister to visit the south, 20 July 2012",
        "Minister to visit the south (20.07.2012)",
        "Noon briefing of 20 July 2012",
    ):
        _, date, place = header_facts(top, NEWS_BODY, source_name="news.txt")
        assert (date, place) == ("2012-07-20", NO_PLACE), top


def test_a_subjects_day_in_a_title_does_not_date_it():
    _, date, _ = header_facts("Statement on the anniversary of the attacks of 11 September 2001")
    assert date.startswith("TO CHECK")


def test_a_report_says_where_its_speaker_spoke_today():
    for first in (
        "Foreign Minister Oskar Lind addressed the Basin Forum in Lindhaven today, calling for common rules.",
        "Speaking at the Basin Forum in Lindhaven, Foreign Minister Oskar Lind called for common rules.",
        "The Basin Forum opened in Lindhaven today with a call by the Foreign Minister for common rules.",
    ):
        body = f'{first}\n\n"We will work with all partners," the Minister said.\n'
        _, _, place = header_facts("Minister addresses forum\n\n20 July 2012", body, source_name="news.txt")
        assert place == "Lindhaven", first


def test_a_report_of_a_journey_does_not_place_it():
    body = (
        "The Foreign Minister will travel to address the Basin Forum in Lindhaven today, the ministry said.\n"
    )
    _, _, place = header_facts("Minister to address forum\n\n20 July 2012", body, source_name="news.txt")
    assert place == NO_PLACE


def test_the_hosts_thanks_for_a_meeting_in_a_city_give_a_candidate():
    body = (
        "Mr. President,\n\nLet me first thank the Government of Norway for hosting this meeting in Lindhaven, "
        "and all of you for coming.\n"
    )
    _, _, place = header_facts("Statement by Oskar Lind\n\n20 July 2012", body)
    assert place.startswith("TO CHECK") and "Lindhaven" in place  # held: an inference, shown to check


def test_a_text_without_salutation_recalling_a_day_in_the_first_person_is_not_dated_by_it():
    body = (
        "On 20 July 2002, the ministers of the basin met for the first time in Lindhaven. My country was among "
        "them, and we agreed on the survey of our rivers.\n\n"
        "Ten years on, the survey is done and the rules are ours to write.\n"
    )
    _, date, _ = header_facts("Address by Oskar Lind", body)
    assert date.startswith("TO CHECK")
