"""Dated meetings round 12 read on the opened sets (docs/extract.md, "Round 12: timeline recall"): a month
a past verb reports in the present ("said the Government is organising a meeting … in June"); a relative
day the brackets restate with its day ("opens tomorrow (Friday, April 10)"); a news item's weekday without
"on" before the place or meeting its clause names ("met the Foreign Minister Thursday at the Basin Forum");
a joint document of two leaders with its participle before its date ("the Joint Statement signed by both
Presidents in Amsel on …", "the Summit-level Joint Declaration on … issued in September 2013"); a
person met named after "his counterpart" ("will meet with his counterpart Minister X, tonight").

Invented releases in the shapes real ones have, with the cases where nothing may change.
"""

from __future__ import annotations

import pytest
from extract_helpers import items_of


def test_a_past_in_the_reported_words_keeps_the_past():
    text = (
        "Lindhaven, 6 May 2009\n\n"
        "Lena Kost said the meeting of ministers, which was held in Tarnow in June, is a model for the region.\n"
    )
    items = items_of(text)
    assert not any(d.startswith("2009-06") for d, _ in items), items


def test_a_relative_day_restated_in_brackets_is_the_day_the_brackets_say():
    # (a wire item put on a page three days later, under the page's own date: "tomorrow" counted from the
    # page would be 14 April)
    text = (
        "Monday, 13 April 2015\n\n"
        "AMSEL, Estravia – River levels will dominate the Fifth Basin Summit, which opens tomorrow "
        "(Friday, April 10) by the harbour.\n\n"
        "Delegations gather for the Summit tonight (Thursday, April 9) over a supper hosted by the Amsel "
        "mayor on the quay.\n"
    )
    items = items_of(text)
    dates = sorted(d for d, _ in items)
    assert "2015-04-10" in dates and "2015-04-09" in dates, items
    assert not any(d in ("2015-04-13", "2015-04-14") for d in dates), items


def test_a_statement_issued_without_a_summit_is_a_document():
    text = (
        "Lindhaven, 22 July 2009\n\n"
        "The Ministers recalled the Joint Press Statement issued on 3 June 2009 and the Basin Communique "
        "issued in May 2009.\n"
    )
    items = items_of(text)
    assert not any(d.startswith("2009-06") or d.startswith("2009-05") for d, _ in items), items


def test_a_person_met_named_after_his_counterpart():
    text = (
        "Tokyo, 19 November 2009\n\n"
        "The envoy of Estravia arrived in Lindhaven this morning. While here he will meet with his counterpart "
        "Minister Kost, tonight, at the palace.\n"
    )
    items = items_of(text)
    assert ("2009-11-19", "Meeting with Minister Kost") in items, items


def test_counterparts_named_by_no_one_stay_unplaced():
    text = "Tokyo, 19 November 2009\n\nMinisters will meet with their counterparts tonight to discuss the budget.\n"
    items = items_of(text)
    assert not any("counterpart" in t.lower() for _, t in items), items


#: (the release, the day its item is read on, words its title holds)
ITEMS_ON_THEIR_DAYS = [
    # a present a past verb reports: the nearest such month
    (
        "Lindhaven, 6 May 2009\n\nAt a press conference, Lena Kost said the Government of Estravia is hosting a "
        "meeting in Tarnow in late June for ministers of the region.\n",
        "2009-06",
        "Tarnow",
    ),
    # a relative day the brackets restate without its day stays relative
    (
        "Lindhaven, 13 April 2009\n\nThe ministers will attend the Fifth Basin Summit, which opens in Amsel "
        "tomorrow (Tuesday).\n",
        "2009-04-14",
        "",
    ),
    # a bare weekday before the meeting its clause names
    (
        "July 24, 2009\n\nLena Kost, the Foreign Minister, held talks with her Estravian colleague Thursday at "
        "the 9th Ministerial Meeting of the Basin Forum in Amsel, the agency reports.\n",
        "2009-07-23",
        "Ministerial Meeting",
    ),
    # the second weekday of a pair before a place stays the pair's
    (
        "Lindhaven, 8 December 2010\n\nThe envoys met on Monday and Tuesday in Amsel and discussed the plan.\n",
        "2010-12-06/2010-12-07",
        "",
    ),
    # a joint statement the two leaders signed on a day
    (
        "Lindhaven, 22 March 2007\n\nThe partnership review starts from the Joint Statement signed by both "
        "Presidents in Amsel on 15 December 2006.\n",
        "2006-12-15",
        "Joint Statement",
    ),
    # a summit's declaration issued in a month, the summit's word at the start of its name or inside it
    (
        "Lindhaven, 31 July 2014\n\nTheir work on the river follows the Summit-level Joint Declaration on "
        "River Safety issued in September 2013.\n",
        "2013-09",
        "Joint Declaration on River Safety",
    ),
    (
        "Lindhaven, 31 July 2014\n\nTheir river work follows the Amsel Summit Joint Declaration on River "
        "Safety issued in September 2013.\n",
        "2013-09",
        "Amsel Summit Joint Declaration",
    ),
]


@pytest.mark.parametrize(("text", "day", "words"), ITEMS_ON_THEIR_DAYS)
def test_an_item_is_read_on_its_day(text, day, words):
    items = items_of(text)
    assert any(d == day and words in t for d, t in items), items
