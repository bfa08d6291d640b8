"""A periodical's issue or a listing of news items names no one place (issue 11, round 8, second wave:
docs/extract.md, "Round 8, second wave: pages that are not one statement").

Invented pages in the shapes real ones have: an embassy's monthly and a ministry's weekly with a masthead, a
bulletin numbered over a fortnight, a site's listing of items each under a by-line with its day. A capital
read beside a date in their opening lines is one item's or the publisher's: held as a candidate, never
printed as the event's place. A press release with its own number and one day is still one statement.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event
from generator.extract.periodical import periodical_page

ITEMS = (
    "Minister Ilka Varn received the ambassador of Estravia on Tuesday and discussed the river treaty, "
    "trade between the two countries and the coming session of the basin council.\n\n"
    "The Deputy Minister took part in a seminar on water management held at the university of Tarnow, where "
    "he spoke on the cooperation of the basin states.\n\n"
    "The ministry welcomed the decision of the council to open a regional office and thanked the host "
    "country for its support of the initiative.\n"
)


def drafted(text: str) -> dict:
    return extract_event(text, source_name="page.txt").data["event"]


@pytest.mark.parametrize(
    "masthead",
    [
        # an embassy's monthly, its masthead run together on one line, the capital beside the month
        "THE ESTRAVIA MONITOR  The Official Monthly Publication of the Embassy of Estravia, Ottawa  MARCH 2012",
        # a ministry's weekly set in odd capitals, its issue number beside the day
        "Basin Letter\nIssue No 41   MonDAY, 4 MARCH 2013   www.mfa.example\n"
        "A WEEKLY ONLINE PUBLICATION OF THE MINISTRY OF FOREIGN AFFAIRS\nOttawa, 4 March 2013",
        # a bulletin numbered over a fortnight, with its city beside a stamp
        "[EFA] No. 18/19, 2 - 15 September 2010\nBrussels, 16.09.2010\n\nNo. 18/19",
        # a volume and number
        "Estravia Today, Vol. 4, No. 7\nCanberra, 12 July 2009",
    ],
)
def test_a_periodicals_issue_prints_no_place_as_a_fact(masthead: str) -> None:
    event = drafted(masthead + "\n\n" + ITEMS)
    assert not str(event.get("place", "")).strip() or str(event["place"]).startswith("TO CHECK"), event
    assert periodical_page(masthead + "\n\n" + ITEMS) is not None


def test_a_listing_of_items_under_by_lines_holds_its_place_and_its_day() -> None:
    """Each item opens on a by-line with its own day and a wire dateline: the first item's day and city
    are that item's. The day is held, and still dates that item's "on May 3"."""
    text = (
        "Estravia news\n\n"
        "By deskeditor, 7 May, 2006\n\n"
        "PORT SELLA, TARNIA – The trade ministers of the basin met in Lindhaven on May 3 and agreed to open "
        "talks on a customs union before the end of the year.\n\n"
        "By deskeditor, 2 April, 2006\n\n"
        "PORT SELLA, TARNIA - Estravia has won the support of three more states for its bid to host the "
        "permanent secretariat of the basin council.\n\n" + ITEMS
    )
    assert periodical_page(text) is not None
    result = extract_event(text, source_name="page.txt")
    event = result.data["event"]
    assert str(event["date"]).startswith("TO CHECK"), event["date"]
    assert "2006-05-07" in str(event["date"]), event["date"]  # (the candidate, shown to check)
    assert not str(event.get("place", "")).strip() or str(event["place"]).startswith("TO CHECK"), event
    assert "2006-05-03" in str(result.data["timeline"]), result.yaml
    assert "the page lists several news items" in result.yaml


@pytest.mark.parametrize(
    "header",
    [
        # a ministry's press release: its own number with one day is no periodical's issue
        "Press Release on the Visit of the Foreign Minister of Estravia\n\nNo: 214, 9 October 2012\n\nOttawa",
        # a news item with one by-line and one dateline
        "By Arno Vell, 3 June, 2010\n\nOTTAWA, CANADA – The minister said on Tuesday that the talks would go on.",
    ],
)
def test_one_statement_is_no_periodical(header: str) -> None:
    assert periodical_page(header + "\n\n" + ITEMS) is None


def test_a_press_release_keeps_its_place() -> None:
    text = "Ottawa, 9 October 2012\n\nNo: 214, 9 October 2012\n\n" + ITEMS
    assert str(drafted(text)["place"]) == "Ottawa"


@pytest.mark.parametrize(
    ("masthead", "date"),
    [
        # a weekly's masthead in odd capitals: its issue's day
        (
            "Basin Letter\n\nIssue No 41 MonDAY, 4 MaRCH 2013 www.mfa.example\n\nOttawa, 4 March 2013",
            "2013-03-04",
        ),
        # a monthly's masthead: its issue's month, never a guessed day
        (
            "THE ESTRAVIA MONITOR SEPTEMBER 2012 The Official Monthly Publication of the Embassy of Estravia",
            "2012-09",
        ),
        # a bulletin numbered over a fortnight and stamped on the day it came out
        ("[EFA] No. 18/19, 2 - 15 September 2010\n\n16.09.2010. 11:20\n\n2 - 15 Sep 2010", "2010-09-16"),
    ],
)
def test_a_periodicals_masthead_dates_its_issue(masthead: str, date: str) -> None:
    assert str(drafted(masthead + "\n\n" + ITEMS)["date"]) == date


def test_a_newspapers_front_page_is_dated_by_its_masthead_and_placed_by_its_lead() -> None:
    """A newspaper's masthead set as one line (volume and number in Roman figures, a calendar's date, the
    weekday's date, its name) runs into its lead's dateline: the masthead's day dates the page, the lead's
    known city places it."""
    text = (
        "Volume XIV, Number 212 4th Waxing of Nayon 1373 ME Tuesday, 5 June, 2012 THE PAPER YOU TRUST "
        "Basin Herald NAIROBI, 4 June — " + ITEMS
    )
    event = drafted(text)
    assert str(event["date"]) == "2012-06-05", event
    assert str(event["place"]) == "Nairobi", event


def test_a_news_tickers_stamped_items_are_a_listing() -> None:
    """A ticker: each short item under a stamp of an hour and a day, newest first. Its first stamp is that
    item's, not the page's date; a single stamp over one item is still that item's date."""
    ticker = (
        "18:40 14.03.2011\n\nThe Basin Council continues its session in Lindhaven today.\n\n"
        "09:15 14.03.2011\n\nThe ministers of the basin states arrived in Lindhaven.\n\n"
        "2011-03-13, 16:05\n\nThe Minister will attend the session of the Basin Council on 14-15 March.\n\n"
        + ITEMS
    )
    assert periodical_page(ticker) is not None
    assert str(drafted(ticker)["date"]).startswith("TO CHECK"), drafted(ticker)
    single = "18:40 14.03.2011\n\n" + ITEMS
    assert periodical_page(single) is None
