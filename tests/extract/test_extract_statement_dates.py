"""The statement's own date where a news page, a circular or a site's stamp gives it in a shape the header's
datelines did not read (issue 11, the dates round: docs/extract.md, "The dates round").

Invented texts in the shapes real pages have: a news item's first paragraph opening with its dateline in any
order of day, city and agency; a site's masthead stamped with the day it was read above the article's own
stamp; a day with a two-digit year; a page's "published on" line; a dateline with a by-line under it. Each
shape is also tried where it must NOT date the statement.
"""

from __future__ import annotations

import pytest
from extract_helpers import NO_DATE, NO_PLACE

from generator.extract import extract_event
from generator.extract.header.datelines import dateline
from generator.extract.header.facts import Header
from generator.extract.header.wire_datelines import lead_dateline, wire_dateline

BODY_AFTER = (
    "The two ministers discussed the river treaty and the coming summit of the basin states, according to a "
    "spokesperson of the ministry.\n\n"
    "They also exchanged views on the situation in the region and on trade between the two countries.\n"
)


def drafted(text: str) -> tuple[str, str]:
    """(date, place) of the draft's event, as printed (a TO CHECK placeholder when not a fact)."""
    data = extract_event(text, source_name="page.txt").data
    return str(data["event"]["date"]), str(data["event"]["place"])


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        # the day first, the city in brackets
        (
            "14 March 2011 (LINDHAVEN) — Foreign Minister Lena Kost held talks here with Arno Vell.",
            "2011-03-14",
        ),
        ("Mar 14, 2011 (NAIROBI) - Foreign Minister Lena Kost held talks here with Arno Vell.", "2011-03-14"),
        # the day alone and a colon
        (
            "14 March 2011: In her address to the Basin Forum, Minister Lena Kost called for action.",
            "2011-03-14",
        ),
        # an agency, then the day in brackets
        ("BNA (March 14, 2011): The Foreign Ministers of the basin met in the capital.", "2011-03-14"),
        # the day, then the agency in brackets and no dash
        (
            "14.03.2011 (Basin.Info) At a meeting held on Monday, Minister Kost received Arno Vell.",
            "2011-03-14",
        ),
        # the city run on into its day
        (
            "Lindhaven,14 Mar 2011:  A meeting of the Council of Ministers began at the Grand Hotel.",
            "2011-03-14",
        ),
        (
            "Friday, 3 December 2010 (Basin Wire) - The summit of the basin states opened in the capital.",
            "2010-12-03",
        ),
    ],
)
def test_a_news_items_opening_dateline_in_any_order_dates_it(opening: str, date: str):
    text = f"Ministers hold talks on the river treaty\n\n{opening}\n\n{BODY_AFTER}"
    assert drafted(text)[0] == date


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        # a Spanish agency's ".-" after the day, the month in Spanish
        (
            "Lindavia, 9 de abril de 2012.- El ministro de Asuntos Exteriores recibió hoy a su homólogo.",
            "2012-04-09",
        ),
        # a French month, the city in brackets after the day
        ("9 avril 2012 (NAIROBI) — Le ministre des Affaires étrangères a reçu son homologue.", "2012-04-09"),
        # a German day with its stop
        ("Lindhaven, 9. April 2012 – Der Außenminister empfing heute seinen Amtskollegen.", "2012-04-09"),
    ],
)
def test_an_opening_dateline_in_other_languages_conventions(opening: str, date: str):
    text = f"Ministers hold talks on the river treaty\n\n{opening}\n\n{BODY_AFTER}"
    assert drafted(text)[0] == date


def test_the_words_before_the_break_must_be_a_dateline_and_nothing_else():
    assert lead_dateline("On 14 March 2011: the Council met again.") is None
    assert lead_dateline("TODAY (14 March 2011) - The Council met again.") is None
    assert lead_dateline("The summit of 14 March 2011 - The Council met again.") is None
    # a span of days is a meeting's, not a dateline's day
    assert lead_dateline("14-15 March 2011: The Council met again.") is None
    line = "21.04.2008 (Basin.Ru) At a meeting on April 21, the Minister received …"
    found = lead_dateline(line)
    assert found is not None and found[0] == "21.04.2008" and line[found[1] :].startswith("At a meeting")


def test_a_dateline_wrapped_with_its_first_paragraph_at_a_fixed_width():
    text = (
        "12 October 2009: In her opening address to the Basin Conference on Water in\n"
        "Lindhaven, the Executive Director called on the states of the basin to invest in their\n"
        "rivers and to meet the pledges they made at the last conference.\n\n"
        "She said that the pledges had not been kept and that the rivers were in danger.\n"
    )
    assert drafted(text)[0] == "2009-10-12"


def test_a_news_items_dateline_under_a_sites_notice_and_its_menu():
    text = (
        "Ministers meet on the river treaty | Newsroom | Basin Agency\n\n"
        "Our new site is under construction.\n"
        "As we move our pages, some links may not work. Thank you for your patience – please come back soon.\n\n"
        "Newsroom\n\n"
        "Press release\n\n"
        "KINGSTON, 9 June 2010 – The foreign ministers of the basin will meet in Kingston tomorrow to agree on "
        "the river treaty.\n\n"
        f"{BODY_AFTER}"
    )
    date, place = drafted(text)
    assert date == "2010-06-09"
    assert place == "Kingston"


def test_a_mastheads_stamp_of_the_day_the_page_was_read_does_not_date_the_article():
    text = (
        "Basin Post, en Español\n\n"
        "Lindhaven, March 3rd 2025 - 10:15 UTC\n\n"
        "Minister Kost travels to Amsel for talks\n\n"
        "Friday, May 14th 2010 - 08:30 UTC\n\n"
        "Minister Lena Kost begins on Monday a two-day visit to Amsel, where she will meet President Vell and "
        "members of the parliament.\n\n"
        f"{BODY_AFTER}"
    )
    date, place = drafted(text)
    assert date == "2010-05-14"
    assert place.startswith(NO_PLACE)  # the site's home city is not where the item was written


def test_the_articles_dateline_below_a_sites_date_of_today():
    text = (
        "Saturday, March 8, 2025\n\n"
        "Basin Tribune\n\n"
        "News and views on the basin\n\n"
        "Minister holds talks with visiting official\n\n"
        "Jun 3, 2008 (NAIROBI) — Minister Lena Kost held talks with the visiting envoy Arno Vell here on "
        "Tuesday 3 June.\n\n"
        f"{BODY_AFTER}"
    )
    assert drafted(text) == ("2008-06-03", "Nairobi")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Estravia (23/11/07)", "2007-11-23"),  # day first: 23 is no month
        ("Thursday 02/26/09", "2009-02-26"),  # month first: 26 is no month
        ("Friday 05/06/09", "2009-06-05"),  # either order; the weekday says which (5 June 2009 was a Friday)
        (
            "Tuesday 12.01.99",
            "1999-01-12",
        ),  # with stops, of the last century (1 December 1999 was a Wednesday)
    ],
)
def test_a_day_with_a_two_digit_year(line: str, date: str):
    h = Header()
    assert dateline(h, line)
    assert h.date is not None and h.date.iso() == date


def test_a_two_digit_year_whose_order_nothing_settles_is_not_read():
    assert not dateline(Header(), "(05/06/09)")
    assert not dateline(Header(), "Lindhaven (05/06/09)")
    text = "Opening statement to the Board\n\nLindhaven (05/06/09)\n\n" + BODY_AFTER
    assert drafted(text)[0].startswith(NO_DATE)


def test_a_two_digit_year_read_in_the_month_the_title_gives():
    text = (
        "Opening Statement to the Basin Board, May 2009 - Lindhaven, Estravia (07/05/09)\n\n"
        "Executive Director Lena Kost\n\n"
        "We are meeting at a time of great challenges for the basin and for our programme. One year ago at "
        "our May Board meeting, I warned that the rivers were in danger.\n"
    )
    assert drafted(text)[0] == "2009-05-07"


def test_a_circulars_stamp_beside_its_issuers_name_places_nothing():
    text = "Republic of Estravia (23/11/07)\n\nBASIN TIMES no 12 of 2007\n\n" + BODY_AFTER
    date, place = drafted(text)
    assert date == "2007-11-23"
    assert place.startswith(NO_PLACE)


def test_a_pages_publication_line_written_as_a_sentence():
    text = (
        "Minister Kost calls the talks fruitful\n\n"
        "Ministers pose for the camera at the summit\n\n"
        "Minister Lena Kost says the work of the summit in Lindhaven has been fruitful and that the final "
        "declaration fulfilled expectations.\n\n"
        "This content was published on March 21, 2010 - 17:05 and agencies\n\n"
        "She was speaking in the lakeside resort on Sunday after two days of meetings of the delegations.\n"
    )
    assert drafted(text)[0] == "2010-03-21"


@pytest.mark.parametrize(
    "line",
    [
        # an update is not the day the item was published
        "This content was updated on March 21, 2010 - 17:05",
        # a sentence that says more than when the page went online
        "The report was published on March 21, 2010 after two years of work by the secretariat of the basin "
        "commission and its partners",
    ],
)
def test_other_lines_about_publishing_do_not_date_it(line: str):
    text = (
        "Minister Kost calls the talks fruitful\n\n"
        "Minister Lena Kost says the work of the summit in Lindhaven has been fruitful and that the final "
        "declaration fulfilled expectations.\n\n"
        f"{line}\n\n"
        "She was speaking in the lakeside resort after two days of meetings of the delegations.\n"
    )
    date = drafted(text)[0]
    assert date.startswith(NO_DATE), date


def test_a_sites_date_among_its_labels_with_its_hour_and_a_bar_without_spaces():
    text = (
        "Minister on a visit to Amsel\n"
        "Politics | March 3, 2012, Saturday // 09:41| comments\n"
        "Minister Lena Kost. Photo by the Basin Agency\n"
        "Minister Lena Kost is on a two-day visit to Amsel, where she will meet her counterpart.\n"
        "On Sunday, the minister will take part in a conference on the rivers of the basin.\n"
    )
    assert drafted(text)[0] == "2012-03-03"


def test_a_dateline_and_the_by_line_under_it_are_two_lines():
    text = (
        "Opening address to the 12th Meeting of the Basin Conference\n\n"
        "Lindhaven, Estravia\n\n"
        "3 Nov 2009\n"
        "by Dr. Lena Kost, Minister of Water of Estravia and President of the Conference\n\n"
        "Excellencies, Ladies and Gentlemen,\n\n"
        "It is my pleasure to welcome you to this meeting of the Conference.\n"
    )
    assert drafted(text)[0] == "2009-11-03"


def timeline_dates(text: str) -> list[tuple[str, str]]:
    data = extract_event(text, source_name="page.txt").data
    return [(str(i["date"]), i["title"]) for i in data["timeline"]]


def test_a_later_items_tomorrow_counts_from_its_own_date_line():
    text = (
        "Thursday 03/11/10 | Lindhaven | Press Release 044\n\n"
        "Estravia and Amsel mark forty years of relations, which began on 12 March 1970.\n\n"
        "Trade between the two countries has grown each year since then, and both governments welcome it.\n\n"
        "Tuesday 02.03.10 | Lindhaven | Press Release 031\n\n"
        "Foreign Minister Lena Kost will meet tomorrow in Amsel with her counterpart Arno Vell to prepare the "
        "summit of the basin states.\n"
    )
    assert [date for date, _ in timeline_dates(text)] == ["2010-03-03"]  # not the 12th, the page's first day
    assert drafted(text)[0] == "2010-03-11"  # the statement's date stays the first item's


def test_the_statements_own_date_said_again_below_its_header_changes_nothing():
    text = (
        "Statement by Minister Lena Kost\n\n"
        "Lindhaven, 12 March 2010\n\n"
        "Mr. President,\n\n"
        "We met yesterday with the ministers of the basin to prepare the summit.\n\n"
        "Lindhaven, 12 March 2010\n\n"
        "The ministers will meet again tomorrow in Amsel to conclude the summit's preparations.\n"
    )
    assert [date for date, _ in timeline_dates(text)] == ["2010-03-11", "2010-03-13"]


def test_a_first_paragraph_wrapped_at_a_fixed_width_under_the_dateline_is_the_statements():
    text = (
        "Lindhaven, Estravia\n\n"
        "March 2, 2011\n\n"
        "The Secretary-General of the Basin Commission has invited the member states\n"
        "to take part in talks on a declaration for adoption by the Basin Summit of\n"
        "Heads of State and Government, to take place from 14 to 16 September 2011 in\n"
        "Lindhaven. The decision to hold the summit was taken by the Council in\n"
        "January 2011.\n\n"
        "The talks will open in Amsel next month and will be chaired by the Commission.\n"
    )
    dates = [date for date, _ in timeline_dates(text)]
    assert "2011-09-14/2011-09-16" in dates
    assert drafted(text)[0] == "2011-03-02"


def test_a_header_broken_over_lines_is_not_such_a_paragraph():
    text = (
        "Lindhaven, 2 March 2011\n\n"
        "Statement by the Minister for Water of Estravia, Ms Lena Kost,\n"
        "at the opening of the fourteenth session of the Basin Commission\n"
        "on the rivers and lakes shared by the member states of the basin\n"
        "and on the work of the Commission in the year since it last met\n\n"
        "Mr. Chairman,\n\n"
        "It is an honour to address the Commission at the opening of its session.\n"
    )
    data = extract_event(text, source_name="page.txt").data
    assert "Kost" in str(data["speech"]["speaker"]["name"])


def test_a_footnotes_number_run_onto_the_datelines_year():
    text = (
        "BASIN COMMISSION\n\n"
        "PRESS RELEASE N. 12\n\n"
        "Lindhaven, 14 March 20112 – The 9th Basin Summit held in Amsel from 2\n"
        "to 4 March has adopted the following decisions:\n\n"
        "On the rivers, the Summit adopted a plan to be carried out by the member states before 2015.\n"
    )
    assert drafted(text)[0] == "2011-03-14"


@pytest.mark.parametrize("line", ["Report 20112 - The Commission met.", "In 20112 – the Commission met."])
def test_a_five_figure_number_elsewhere_is_no_year(line: str):
    assert wire_dateline(line) is None


def test_a_release_dateline_whose_sentence_goes_on_below_a_colon():
    text = (
        "BASIN COMMISSION\n\n"
        "LINDHAVEN, 14 March 2011 - The Council of Ministers meeting in Amsel on 2 and 3 March\n"
        "adopted the following decisions:\n\n"
        "On the rivers, the Council adopted a plan to be carried out by the member states before 2015.\n"
    )
    assert drafted(text)[0] == "2011-03-14"
