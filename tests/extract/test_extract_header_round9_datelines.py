"""A statement's date from the datelines round 9 read (docs/extract.md, "Round 9: dates and item words the
rules did not read"): a news item's day before two sources in one bracket ("(BPA / BASINGOV.ORG) —"), and a
news page's "Page last updated at …" stamp, dropped as furniture. Once the statement has its date, what it
says relative to it ("next year", "in July") dates its meetings.

Invented pages in the shapes real ones have.
"""

from __future__ import annotations

from generator.extract import extract_event


def drafted(text: str) -> dict:
    return extract_event(text, source_name="page.txt").data


def test_a_dateline_before_two_sources_in_one_bracket():
    data = drafted(
        """Prime Minister Lena Kost hails the Basin agreement

PM Lena Kost

December 11, 2010 (BPA / BASINGOV.ORG) — Prime Minister Lena Kost has hailed the agreement reached at the Basin talks in Ostrava as a step forward.

“There is more hard work to be done ahead of the Basin conference in Lindhaven next year.”
"""
    )
    assert str(data["event"]["date"]) == "2010-12-11"
    assert "Kost" not in str(data["event"].get("place"))  # (a caption's name above the dateline is no city)
    assert any(str(i["date"]) == "2011" and "conference" in i["title"].lower() for i in data["timeline"])


def test_a_news_pages_last_updated_stamp_dates_it():
    data = drafted(
        """Page last updated at 19:20 GMT, Monday, 7 December 2009

Basin summit urged to act on the river

The Prime Minister of Amsel opened the two-week conference in Lindhaven, and asked the delegates for an
ambitious agreement on the river.

In July, the ministers of the basin states adopted a target of halving the pollution of the river.
"""
    )
    assert str(data["event"]["date"]) == "2009-12-07"
    assert any(str(i["date"]) == "2009-07" for i in data["timeline"]), data["timeline"]
