"""Header facts, round 10 (issue 11): classes of shapes that recur on pages of many sites — a page's
clock, a calendar widget or the teasers of later stories dated years after the statement's own date line.

Every text is invented (names, places, sites), in the shapes the pages have: furniture, odd spacing, no
blank lines. A fact the text does not give must come out TO CHECK; a value only inferred is held as a
candidate, never printed.
"""

from __future__ import annotations

import pytest
from extract_helpers import NO_DATE, NO_PLACE, header_facts

REPORT_BODY = (
    "The ministers reviewed the survey of the river and agreed to meet again before the end of the year.\n\n"
    '"We have made real progress," the Chair told reporters after the meeting.\n'
)

COMMUNIQUE_BODY = (
    "  1. The 7th Basin Leaders' Summit was held in Lindhaven, Estravia from 11-13 May 2011. The Leaders "
    "then convened their Retreat at the Lakeview Resort on 12 May, 2011.\n\n"
    "  1. Leaders congratulated the Chair of the officials' meeting for the report of the meeting held in "
    "Port Sella on 9 May.\n"
)

#: A site's clock, a calendar widget, teasers of later stories: each a bare date line years after the date
#: line below it, above it on the page. The statement's day is the earlier one.
CLOCKS = [
    (
        "Friday, March 14, 2025\nHome » Communiqués » 2011\n\n\nby admin\n\n"
        "7th BASIN LEADERS’ SUMMIT 12 May 2011 Lakeview Resort, LINDHAVEN, Estravia\n\n",
        COMMUNIQUE_BODY,
        ("2011-05-12", "Lindhaven"),
    ),
    (
        "More Top Stories\n\n\nFerry timetable changes\n\n3 March 2023\n\nRowing\n\nCrew named for the cup\n\n"
        "9 October 2021\n\nMinisters agree on river survey\n\nTuesday 14 June 2011 | Published in Regional\n\n",
        "The Basin Council secretary-general briefed the press yesterday on the meetings to watch for over "
        "the coming week.\n\n" + REPORT_BODY,
        ("2011-06-14", NO_PLACE),
    ),
    (
        "Embassy of Estravia\n\nJoin our email list\n\nUpcoming Events\n\n April 2022 \n\nEstravian Music\n\n"
        "Music sample 1\n\nMusic sample 2 \n\n\nSpecial Issue No 9\n\nCategory: General\nPosted by: admin\n\n"
        "News Bulletin\nReleased by the Embassy of Estravia to Korval\n\n\nSpecial Issue No 9, May 4, 2010\n\n"
        "For Immediate Release\n\n",
        "On April 28-29, 2010 the Foreign Minister of Estravia visited Port Sella for consultations.\n\n"
        + REPORT_BODY,
        ("2010-05-04", NO_PLACE),
    ),
]


@pytest.mark.parametrize(("top", "body", "facts"), CLOCKS)
def test_a_date_line_years_after_the_one_below_is_the_pages_clock(top: str, body: str, facts: tuple):
    _, date, place = header_facts(top, body, source_name="page.txt")
    assert (date, place) == facts


def test_a_later_date_line_below_a_titles_subject_still_dates_the_statement():
    """An anniversary's title names the day it remembers; the date line below it, years later, is the
    statement's (the page's clock stands above what it dates, never below)."""
    top = "Statement on the tenth anniversary of the flood of 3 April 2001\n\n3 April 2011\n\n"
    body = (
        "Mr. President,\n\nTen years ago today the river rose and took the lower town with it.\n\n"
        + REPORT_BODY
    )
    _, date, _ = header_facts(top, body)
    assert date == "2011-04-03"


def test_one_clock_line_alone_is_still_read():
    """A page whose only date line is years after what the text says is not judged by this reading: with no
    other date line it is all the header gives (``page_clock_lines`` needs a line below it)."""
    top = "Monday, June 3, 2024\n\nMinisters agree on river survey\n\n"
    _, date, _ = header_facts(top, "In 2010 the ministers agreed to survey the river.\n\n" + REPORT_BODY)
    assert date != NO_DATE


def test_a_sites_stamp_with_its_hour_unpadded_dates_the_item():
    """A site that prints its stamp's hour and minute without padding ("- 0:0", "- 9:5"): a site's stamp
    all the same, the item's day and no place."""
    top = "Estravian minister in round of talks at the forum\n\nMarch 9, 2011 - 0:0\n\n"
    body = (
        "LINDHAVEN - In a round of talks on Tuesday, the Estravian Foreign Minister met his counterparts from "
        "three neighbouring states on the sidelines of the Basin Forum.\n\n" + REPORT_BODY
    )
    _, date, place = header_facts(top, body, source_name="news.txt")
    assert date == "2011-03-09"


#: A parliament's house named by its own name in the title ("… in Lok Sabha", "… to the Storting"): where in
#: the city the statement was made, not the place; the city on the line beside the date is.
PARLIAMENTS = [
    "Suo Motu Statement by Minister of External Affairs Mr. Arun Kost in Lok Sabha on Recent Developments\n"
    "Lindhaven\nMarch 3, 2011\n\n",
    "Address by Foreign Minister Ilka Varn in Knesset\nLindhaven\n3 March 2011\n\n",
]


@pytest.mark.parametrize("top", PARLIAMENTS)
def test_a_parliaments_house_by_its_name_is_a_venue_not_the_place(top: str):
    body = (
        "Madam Speaker,\n\nI rise to inform the House of the talks held with our neighbours on the river.\n\n"
    )
    _, date, place = header_facts(top, body + REPORT_BODY)
    assert (date, place) == ("2011-03-03", "Lindhaven")


def test_a_writers_by_line_run_into_the_reposts_dateline():
    """A blog's copy flattens the writer's by-line into the dateline below it; the dateline (the city, its
    country, then the paper and its day in one bracket) still dates and places the item."""
    top = "admin's picture\n\nEstravia to host 400 delegates\n\n"
    body = (
        "By Oren Halm LINDHAVEN, Estravia (Basin Observer, May 3, 2010) - Estravia will host the 12th Basin "
        "Forum meeting scheduled to take place on August 3-6 this year in Lindhaven.\n\n" + REPORT_BODY
    )
    _, date, place = header_facts(top, body, source_name="news.txt")
    assert (date, place) == ("2010-05-03", "Lindhaven")


def test_today_glossed_by_its_day_in_the_opening_dates_the_text():
    """ "… met today (Thursday, 3 March 2011) with …" under a teaser and a photo caption: the text says
    which day its today is."""
    top = (
        "Minister Kost and envoy Varn discussed the survey of the river and the donors' conference.\n\n"
        " Minister Kost meets with Basin envoy Oren Varn\n\n\n"
        "Minister Kost and envoy Varn (Photo: Basin Wire)\n\n(Communicated by the Minister's Bureau)\n\n"
    )
    body = (
        "Foreign Minister Lena Kost met today (Thursday, 3 March 2011) with Basin envoy Oren Varn. Minister "
        "Kost stressed the common interest of the two states in the survey of the river.\n\n" + REPORT_BODY
    )
    _, date, _ = header_facts(top, body, source_name="release.txt")
    assert date == "2011-03-03"


def test_a_communiques_meeting_held_at_a_city_of_a_country_by_its_long_name():
    """ "… was held at Lindhaven, Republic of Estravia on 11 and 12 June 2011": the city places the
    communiqué; the days are the meeting's, so the day stays to check."""
    top = "Lindhaven resolutions – Basin statement\n\n\n"
    body = (
        "1. The Extraordinary Summit of Heads of State and Government of the Basin Community (BC) was held at "
        "Lindhaven, Republic of Estravia on 11 and 12 June 2011.\n\n"
        "2. The Summit was officially opened by His Excellency Oren Halm, President of Korval and Chair of "
        "the Community.\n\n" + REPORT_BODY
    )
    _, date, place = header_facts(top, body, source_name="communique.txt")
    assert place == "Lindhaven"
    assert date.startswith(NO_DATE)


def test_a_dateline_with_its_place_at_the_foot_dates_the_release_not_the_title():
    """A release's title closing with the day of the visit it reports, and the office's signature with its
    city and day at the foot: the release is of the day at the foot (a dateline with its place says more
    than a title's day), and of that city."""
    top = "Archives / Back\n\nVisit by the Foreign Minister to Korval, 24 October 2011\n\n"
    body = (
        "The Foreign Minister made a working visit to Korval on 24 October 2011 to hand over the relief "
        "donated for the victims of the floods.\n\n" + REPORT_BODY + "\nChancery Lisbon\n25 October 2011\n"
    )
    _, date, place = header_facts(top, body, source_name="release.txt")
    assert (date, place) == ("2011-10-25", "Lisbon")
