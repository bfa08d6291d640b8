"""Which of a header's dates is the statement's (issue 11, round 8: docs/extract.md, "Round 8: the header's
dates").

Invented pages in the shapes real ones have. A title that dates its own occasion with one day ("… Press
Conference on DATE", "Address to …, City, DATE.") is the statement's day, over a bare date line of the page
above or below it — the day the page was posted, or a masthead's day of reading. A press release's title
dates what it reports, not the release; a span of days dates a meeting, not the statement.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event

BODY = (
    "Good afternoon. I have two announcements to make before I take your questions on the river treaty "
    "and on the coming session of the basin council.\n\n"
    "The ministers of the basin states will also discuss trade between their countries and the situation "
    "in the region, according to the ministry.\n"
)


def drafted(text: str) -> str:
    """The draft's event date, as printed (a TO CHECK placeholder when it is not a fact)."""
    return str(extract_event(text, source_name="page.txt").data["event"]["date"])


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # the page's posting stamp under a briefing's title (the next day), numbers with slashes
        ("Spokesperson Ilka Varn's Regular Press Conference on March 3, 2011\n2011/03/04", "2011-03-03"),
        # the same stamp above the title
        ("2011/03/04\nSpokesperson Ilka Varn's Regular Press Conference on March 3, 2011", "2011-03-03"),
        # a masthead's day of reading, years later, above a briefing "by" its giver
        (
            "Home   Newsletter   Contact\nThursday, October 9, 2019\n\n"
            "Regular Press Briefing by the Ministry's Spokesman Arno Vell on 14 January 2013",
            "2013-01-14",
        ),
        # a news site's day above an address whose title closes with its city and day
        (
            "18 September, 2012\nLena Kost, Secretary-General, Basin Council\n"
            "Address to the Plenary, 12th Basin Conference, Lindhaven, 17 September 2012.",
            "2012-09-17",
        ),
    ],
)
def test_a_title_dating_its_occasion_wins_over_a_bare_stamp(header: str, date: str) -> None:
    assert drafted(f"{header}\n\n{BODY}") == date


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # a press statement's title dates the talks it reports; the release is dated below it
        (
            "Press Statement: Foreign Minister Ilka Varn at the Basin Council Session, 11 May 2010\n\n"
            "12 May 2010",
            "2010-05-12",
        ),
        (
            "MEDIA RELEASE: Minister Arno Vell at the Tarn Forum, 2 February 2014\n\n3 February 2014",
            "2014-02-03",
        ),
        # a dateline with its city is not replaced by a title's day
        (
            "Lindhaven, 9 June 2009\n\nSpokesperson Ilka Varn's Press Conference on June 8, 2009",
            "2009-06-09",
        ),
    ],
)
def test_what_a_title_day_does_not_replace(header: str, date: str) -> None:
    assert drafted(f"{header}\n\n{BODY}") == date


COMMUNIQUE_BODY = (
    "The Heads of State and Government of the basin states met under the chairmanship of the host and "
    "reviewed the progress made since their last meeting on the river treaty.\n\n"
    "They agreed to strengthen cooperation on trade, on water and on the security of the region, and "
    "welcomed the report of the Council of Ministers.\n"
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the meeting's days and nothing saying which of them the communiqué is of
        (
            "Communiqué of the Twelfth Summit of the Basin States\nLindhaven, 14-15 March 2011\n\n"
            + COMMUNIQUE_BODY,
            "TO CHECK",
        ),
        (
            "FINAL COMMUNIQUE\nTHIRD SESSION OF THE TARN COUNCIL\n2 – 4 October 2012\nPort Sella\n\n"
            + COMMUNIQUE_BODY,
            "TO CHECK",
        ),
        # a speech's header with its summit's two days, and a report of it below
        (
            "The Basin Economic Summit,\n8-9 February 2010,\nRepublic of Estravia\n\n"
            "Speech of President Arno Vell\n\n" + COMMUNIQUE_BODY,
            "TO CHECK",
        ),
        # the header says the statement closed the meeting, or opened it
        (
            "Communiqué issued at the close of the Fourth Meeting of the Tarn Council, 3-5 October 2012, "
            "Port Sella\n\n" + COMMUNIQUE_BODY,
            "2012-10-05",
        ),
        (
            "Opening remarks by Lena Kost, Chair of the Basin Forum\nLindhaven, 21 – 23 April 2009\n\n"
            + COMMUNIQUE_BODY,
            "2009-04-21",
        ),
        # the statement's first sentence says it opens the session
        (
            "21-23 APRIL 2009\n\nExcellencies,\nLadies and Gentlemen,\n\nIt is a privilege to address the "
            "opening session of the Basin Forum in this city. I thank our hosts for their welcome and for "
            "the care they have taken over this meeting.\n\n" + COMMUNIQUE_BODY,
            "2009-04-21",
        ),
        # a release on a visit's days, dated at its foot
        (
            "Press Statement: Official Visit of Foreign Minister Ilka Varn to Estravia, 4-6 May 2013\n\n"
            + COMMUNIQUE_BODY
            + "\n. . . . .\n\nMINISTRY OF FOREIGN AFFAIRS\n3 MAY 2013\n",
            "2013-05-03",
        ),
        # the day said alone beside the span
        ("Basin Forum, 2-4 June 2010\nLindhaven, 3 June 2010\n\n" + COMMUNIQUE_BODY, "2010-06-03"),
    ],
)
def test_a_span_of_days_dates_a_meeting_not_the_statement(text: str, date: str) -> None:
    printed = drafted(text)
    if date == "TO CHECK":
        assert printed.startswith("TO CHECK: date of the statement — perhaps"), printed
        assert "not the statement’s day" in printed
    else:
        assert printed == date


@pytest.mark.parametrize(
    "report",
    [
        "“The basin needs one market more than ever,” declared Minister for Trade Arno Vell at the conference "
        "on the future of the river economy held on 14 May 2012 in Lindhaven.",
        "Minister of State Ilka Varn, speaking at the forum of river towns in Port Sella on 3 October 2009, "
        "said that the towns would share their water plans.",
    ],
)
def test_a_reports_day_and_city_are_held_with_its_held_speaker(report: str) -> None:
    """A page of several reports (a news listing, one summary a line): the sentence that names someone
    speaking, where and when, is one item's. Its speaker is only a candidate (nothing else names them), and
    so are the day and the city read with them."""
    listing = (
        "Education ministers discussed the teaching of citizenship at an informal meeting in the capital, "
        "and agreed to exchange their curricula before the end of the year.\n"
        "The Presidency wishes to stress the role of families in the region's future, the ministry said in "
        "a statement after the meeting of the demography working group.\n"
        f"{report}\n"
        "The seminar on growth and budgets brought together lead speakers from three banks and a former "
        "member of the economic committee.\n"
    )
    data = extract_event(listing, source_name="listing.txt").data
    date, place = str(data["event"]["date"]), str(data["event"]["place"])
    assert date.startswith("TO CHECK: date of the statement — perhaps"), date
    assert place.startswith("TO CHECK: place of the meeting") and "perhaps" in place, place
    assert "TO CHECK" in str(data["speech"]["speaker"]["name"])


@pytest.mark.parametrize(
    ("header", "place"),
    [
        # an organisation's initials on a line beside the date: no city
        ("Communiqué on the 28th ordinary summit of heads of state\nBTSC\nAugust 17, 2008", None),
        ("Final communique of the Council\nECBA\n17 August 2008", None),
        # a capital or a seat city in capitals there is one
        ("Communiqué on the 28th ordinary summit of heads of state\nLIMA\nAugust 17, 2008", "Lima"),
        ("Communiqué on the 28th ordinary summit of heads of state\nOSLO\n17 August 2008", "Oslo"),
        # a headline announcing a meeting says where the meeting will be, not where the item is from
        ("Meeting of Basin Trade Ministers to be held in Lindhaven", None),
        ("Tarn Summit will take place in Port Sella next month", None),
        # a statement's own title for a meeting to be held there: its occasion, and its place
        (
            "Statement by the Minister of Trade for the Annual Meeting of Basin States to be held in Lindhaven "
            "on 26 September 2011",
            "Lindhaven",
        ),
    ],
)
def test_what_a_header_line_beside_a_meeting_does_not_place(header: str, place: str | None) -> None:
    printed = str(
        extract_event(f"{header}\n\n{COMMUNIQUE_BODY}", source_name="page.txt").data["event"]["place"]
    )
    assert printed == (place or "TO CHECK: place of the meeting"), printed


NEWS_BODY = (
    "The foreign ministers of the basin states agreed on Friday to set up a joint fund for the delta, the "
    "ministry said after the meeting.\n\n"
    "The fund will be open to every member state and will report to the Council once a year.\n\n"
    "Its first projects will repair the dykes of the lower delta and the locks of the northern canal.\n\n"
    "The ministers will meet again in the spring to approve the fund's rules and its first budget.\n"
)


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        # a dateline said twice, as the page's title and again as its heading, each a paragraph
        (
            "Lindhaven, March 3, 2011 (BNA)\n\nLindhaven, March 3, 2011 (BNA)\n\n" + NEWS_BODY,
            "2011-03-03",
            "Lindhaven",
        ),
        # the same, twice in one block
        (
            "Port Sella, 14 November 2009\nPort Sella, 14 November 2009\n\n" + NEWS_BODY,
            "2009-11-14",
            "Port Sella",
        ),
        # a news item's lead opening with its dateline and a full stop after the year
        (
            "Ministers agree on a delta fund\n\nLINDHAVEN, June 25, 2010. " + NEWS_BODY,
            "2010-06-25",
            "Lindhaven",
        ),
        ("Ministers agree on a delta fund\n\nGeneva, 2 February 2013. " + NEWS_BODY, "2013-02-02", "Geneva"),
    ],
)
def test_a_datelines_copies_and_a_leads_full_stop(text: str, date: str, place: str) -> None:
    event = extract_event(text, source_name="news.txt").data["event"]
    assert (str(event["date"]), str(event["place"])) == (date, place)


def test_a_sentence_opening_with_a_date_and_a_full_stop_is_no_dateline() -> None:
    """ "On 25 June 2010." is a sentence's date, not a dateline (no place or agency beside the day)."""
    text = "Ministers agree on a delta fund\n\nIt was agreed on 25 June 2010. " + NEWS_BODY
    assert str(extract_event(text, source_name="news.txt").data["event"]["date"]).startswith("TO CHECK")


@pytest.mark.parametrize(
    ("stamps", "date"),
    [
        # a list of the page's stamps: its day with a separator after it, then when it was last changed
        ("• 12 Mar. 2011 -\n• |\n• Last updated: 13 Mar. 2011 09:40", "2011-03-12"),
        ("12 March 2011 –\nModified: 14 March 2011", "2011-03-12"),
        # the page's two stamps run together: when it was written, then when it was updated
        ("Written: 2012-05-09 10:11:12Updated: 2012-05-10 08:00:00", "2012-05-09"),
        ("Created: 9 May 2012 14:02Last updated: 11 May 2012 09:15", "2012-05-09"),
        # a news site's stamp with its clock, a bar, then an update years later and the item's city
        ("May 9, 2012 08:14 pm | Updated March 02, 2020 11:05 pm IST - Lindhaven", "2012-05-09"),
    ],
)
def test_a_pages_update_stamp_does_not_date_it(stamps: str, date: str) -> None:
    text = f"Remarks by Minister Arno Vell at the Basin Forum\n\n{stamps}\n\nMr. Chairman,\n\n{BODY}"
    assert drafted(text) == date


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("giovedì 15 ottobre 2009", "2009-10-15"),
        ("lundi 5 mars 2012", "2012-03-05"),
        ("martes 7 de septiembre de 2010", "2010-09-07"),
        ("woensdag 3 februari 2010", "2010-02-03"),
        # a Russian site's stamp over an English declaration, the month in the genitive
        ("16 августа, 2007 - 15:15", "2007-08-16"),
        ("3 марта 2011", "2011-03-03"),
    ],
)
def test_a_pages_date_with_its_weekday_in_another_language(stamp: str, date: str) -> None:
    """A blog's or a site's date in its own language above an English release: the weekday and the month
    are both read (only words beside a number change)."""
    text = f"{stamp}\n\nMinister Arno Vell elected chair of the Basin Council\n\n{NEWS_BODY}"
    assert drafted(text) == date


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        # a picture's alternative text run into the news item's dateline, no space between
        (
            "Ministers meet on the delta fund\n\nFoto activaLindhaven, 14 May 2013 (Basin Wire) " + NEWS_BODY,
            "2013-05-14",
            "Lindhaven",
        ),
        (
            "Basin Talks Open in Port Sella\n\nportsellaphoto3 March 2010: Opening the talks, the chair of the "
            "Council welcomed the delegates to the last week of negotiations before the summit in June.\n\n"
            + NEWS_BODY,
            "2010-03-03",
            None,
        ),
        # an agency's bracket closing the dateline with no dash before the sentence, the year from the page
        (
            "Tuesday, June 8, 2010\n\nMinisters meet on the delta fund\n\nLindhaven, Jun 7 (Basin Wire) "
            + NEWS_BODY,
            "2010-06-07",
            "Lindhaven",
        ),
        # the day first, then the city after a comma, then a colon
        ("Minister to visit the south\n\nMay 06 2011, Lindhaven: " + NEWS_BODY, "2011-05-06", "Lindhaven"),
        (
            "Minister to visit the south\n\n12 October 2012, Port Sella: " + NEWS_BODY,
            "2012-10-12",
            "Port Sella",
        ),
    ],
)
def test_news_datelines_in_more_shapes(text: str, date: str, place: str | None) -> None:
    event = extract_event(text, source_name="news.txt").data["event"]
    assert (str(event["date"]), str(event["place"])) == (date, place or "TO CHECK: place of the meeting")


@pytest.mark.parametrize(
    "headline",
    [
        "Basin Council Executive Secretary Opens Lindhaven Water Talks",
        "Foreign Minister Urges Delta States to Act",
        "Secretary-General Welcomes Tarn Accord",
    ],
)
def test_a_headlines_words_are_no_speaker(headline: str) -> None:
    """A headline naming a role and then what its holder does: the words after the role are no name."""
    text = f"{headline}\n\n{NEWS_BODY}"
    name = str(extract_event(text, source_name="news.txt").data["speech"]["speaker"]["name"])
    assert name.startswith("TO CHECK"), name


@pytest.mark.parametrize(
    "line",
    [
        "Arrival of President Oren Vell Castor",
        "Departure of Foreign Minister Lena Kost",
        "Visit of Prime Minister Arno Vell",
        "Reception of President Ilka Varn",
    ],
)
def test_an_act_done_to_a_person_names_no_speaker(line: str) -> None:
    """A programme's line ("Arrival of President X", "Visit of Minister Y") says what happens to a person:
    the person is received, not speaking."""
    text = f"Media Programme for the State Visit\n\n{line}\n\n{NEWS_BODY}"
    name = str(extract_event(text, source_name="programme.txt").data["speech"]["speaker"]["name"])
    assert name.startswith("TO CHECK"), name


@pytest.mark.parametrize(
    "first",
    [
        "The Basin Forum meeting was held in Port Sella, Estravia 3 - 4 September 2008.",
        "The Twelfth Meeting of the Tarn Council was held in Lindhaven on 4-5 May 2009 under the chair of Korvia.",
        "The Tarn Council Leaders' Retreat took place in Lindhaven, Korvia, 21-22 November 2013.",
    ],
)
def test_a_communique_opening_on_its_meetings_days_places_it_and_holds_the_day(first: str) -> None:
    """A communiqué opening with the meeting it reports and the meeting's days (with "on" or without):
    the city is its place; which day it was issued on is not said."""
    body = (
        f"{first}\n\nLeaders welcomed the progress made on the shared management of the river and agreed to "
        "meet again next year.\n\nThey thanked the host for the arrangements made for the meeting.\n"
    )
    event = extract_event(body, source_name="communique.txt").data["event"]
    assert str(event["place"]) in ("Port Sella", "Lindhaven"), event["place"]
    assert str(event["date"]).startswith("TO CHECK: date of the statement — perhaps"), event["date"]


def test_a_held_days_span_still_dates_what_the_statement_says_relative_to_it() -> None:
    """The statement's day is held (its header gives the meeting's two days), yet "last year" and "next
    month" are resolved against the meeting's first day: a span of days leaves the year and the month
    certain. The draft says so; the event's date stays to check."""
    text = (
        "Communiqué of the Ninth Summit of the Tarn States\nPort Sella, 14-15 March 2011\n\n"
        "The Heads of State recalled the summit held last year in Lindhaven and agreed that the Council of "
        "Ministers will meet next month in Tarnow.\n\n" + COMMUNIQUE_BODY
    )
    result = extract_event(text, source_name="communique.txt")
    assert str(result.data["event"]["date"]).startswith(
        "TO CHECK: date of the statement — perhaps “2011-03-14”"
    )
    assert "the statement gives only its meeting's days (14–15 March 2011)" in result.yaml
    assert '"next month" = 2011-04' in result.yaml or "2011-04" in str(result.data["timeline"]), result.yaml
    assert '"last year" = 2010' in result.yaml or "2010" in str(result.data["timeline"]), result.yaml


@pytest.mark.parametrize(
    ("first", "place"),
    [
        # a city whose name has small words in it
        (
            "The extraordinary summit of the Tarn States met in Dar es Salaam, Tanzania, on 4 May 2011.",
            "Dar es Salaam",
        ),
        ("The Third Meeting of the Basin Council was held in Port of Spain on 9 June 2010.", "Port of Spain"),
        # the meeting's days "over the period" of them
        (
            "The Fifty-first Meeting of the Tarn Authority was convened in Lindhaven, Korvia over the period "
            "March 3-4, 2011 under the chairmanship of the Prime Minister.",
            "Lindhaven",
        ),
    ],
)
def test_a_communique_opening_sentence_under_its_title_and_stamp(first: str, place: str) -> None:
    """Under a title run on into the page's stamp (no full stop: no sentence), the communiqué's first
    sentence places its meeting."""
    text = (
        "Communique - Meeting of the Authority Print\nThursday, 26 January 2012 12:24\n\n"
        f"{first} All member states were represented.\n\n{COMMUNIQUE_BODY}"
    )
    assert str(extract_event(text, source_name="communique.txt").data["event"]["place"]) == place


@pytest.mark.parametrize(
    ("top", "first", "place"),
    [
        # a site's country label over the date, then the communiqué naming the city of that day's meeting
        (
            "Mongolia\n16/08/2007\nJoint Communique of the Council of Heads of the Basin States",
            "A regular meeting of the Council of Heads of the Basin States took place on 16 August 2007 in "
            "Lindhaven.",
            "Lindhaven",
        ),
        (
            "Ghana\n3 May 2012\nFinal Communique",
            "The Summit of the Tarn States was held in Port Sella on 3 May 2012 under the chair of Korvia.",
            "Port Sella",
        ),
        # the city's meeting was on another day: the country stays
        (
            "Mongolia\n16/08/2007\nJoint Communique of the Council of Heads of the Basin States",
            "A regular meeting of the Council took place on 2 March 2007 in Lindhaven.",
            "Mongolia",
        ),
    ],
)
def test_a_country_beside_the_date_gives_way_to_the_city_of_that_days_meeting(
    top: str, first: str, place: str
) -> None:
    text = f"{top}\n\n{first}\n\n{COMMUNIQUE_BODY}"
    assert str(extract_event(text, source_name="communique.txt").data["event"]["place"]) == place


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        # a news item's city and its agencies on a line of their own above the text
        ("Published 29 Mar 2010\n\nLindhaven, News Agencies:", "Lindhaven"),
        ("Published 29 Mar 2010\n\nPort Sella, Basin Press Service:", "Port Sella"),
        # a by-line saying where the item was filed
        ("Sunday, August 19, 2007\n\nBy Arno Vell in Lindhaven, Ghana", "Lindhaven"),
        ("Sunday, August 19, 2007\n\nBy Ilka Varn in Port Sella", "Port Sella"),
        # a by-line's paper is no place
        ("Sunday, August 19, 2007\n\nBy Ilka Varn, Basin Times", None),
    ],
)
def test_where_a_news_item_was_filed(lines: str, place: str | None) -> None:
    text = f"Summit ends with a call for a delta fund\n\n{lines}\n\n{NEWS_BODY}"
    printed = str(extract_event(text, source_name="news.txt").data["event"]["place"])
    assert printed == (place or "TO CHECK: place of the meeting"), printed


@pytest.mark.parametrize(
    "page",
    [
        # a search listing of dated entries
        "12 Entries\n\n4 Feb. 2011\n\nStatement by the Secretary General on the floods in the delta",
        # a visit's programme, day by day
        "Media Programme for the Official Visit by President Arno Vell\n\nMonday 6 May 2013\n\n"
        "Arrival of the media at the airport\n\nTuesday 7 May 2013",
        "Itinerary\n\nWednesday, 9 October 2013",
    ],
)
def test_a_listings_or_a_programmes_day_is_held(page: str) -> None:
    """The day a listing's first entry or a programme's day heading gives is not one statement's."""
    printed = drafted(f"{page}\n\n{NEWS_BODY}")
    assert printed.startswith("TO CHECK: date of the statement — perhaps"), printed
