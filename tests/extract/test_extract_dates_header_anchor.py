"""Dates the finder did not reach on dev12 and dev13 (docs/extract.md, "Round 8, second wave"): a page with no
date of its own whose header says when it was written (a newsletter's issue, a stamp, a programme's span of
days), so that its items' days without a year take that year; a programme's line led by the part of the day
instead of an hour; a month run onto its day by a copy ("February19, 2010").

Pages written for the tests in the shapes newsletters, programmes and listings have, with the cases where
nothing may be dated: a programme with one day heading, an abbreviation or a year
run onto a number, a count after a day in prose.
"""

from __future__ import annotations

import pytest

from generator.content.partial_date import DatePoint
from generator.extract import extract_event
from generator.extract.dates import find_dates


def items_of(text: str) -> list[tuple[str, str]]:
    data = extract_event(text, source_name="anchor.txt").data
    return [(str(i["date"]), i["title"]) for i in data["timeline"]]


def dated(items: list[tuple[str, str]], date: str, word: str) -> bool:
    return any(d == date and word.lower() in title.lower() for d, title in items)


NEWSLETTER = """{issue}

{stamp}


Contents

Minister to visit Amsel and Borro

Short news


Minister to visit Amsel and Borro

On {day1}, the Foreign Minister met with his counterpart from Amsel in Lindhaven, and on {day2} he travels \
to Borro for talks with the Prime Minister.

The two ministers reviewed the preparations for the regional summit and the work of the joint commission.
"""


@pytest.mark.parametrize(
    ("issue", "stamp", "day1", "day2", "iso1", "iso2"),
    [
        (
            "[Bulletin] No. 12, 3 - 7 March 2014",
            "07.03.2014. 11:20",
            "5 March",
            "6 March",
            "2014-03-05",
            "2014-03-06",
        ),
        (
            "Weekly bulletin No. 40, October 1-5, 2012",
            "Posted 05/10/2012",
            "October 2",
            "October 4",
            "2012-10-02",
            "2012-10-04",
        ),
        (
            "Newsletter of the Foreign Ministry, issue 3",
            "18 January 2016",
            "14 January",
            "19 January",
            "2016-01-14",
            "2016-01-19",
        ),
    ],
)
def test_a_newsletters_items_take_the_year_of_its_issue(issue, stamp, day1, day2, iso1, iso2):
    items = items_of(NEWSLETTER.format(issue=issue, stamp=stamp, day1=day1, day2=day2))
    assert dated(items, iso1, "Amsel") or dated(items, iso1, "met") or any(d == iso1 for d, _ in items), items
    assert any(d == iso2 for d, _ in items), items


PROGRAMME = """Programme of the State Visit

{span}

The President of Amsel will pay a State Visit to Lindhaven at the invitation of the King.

{day1}

Morning - The President arrives at the airport.

{part} – State Banquet at the Royal Palace. Speeches by the King and the President.

{day2}

Afternoon: Bilateral talks between the two delegations at the Chancellery

Evening - The President departs.
"""


@pytest.mark.parametrize(
    ("span", "day1", "day2", "part", "iso1", "iso2"),
    [
        ("24-26th MAY, 2011", "Tuesday 24 May", "Wednesday 25 May", "Evening", "2011-05-24", "2011-05-25"),
        (
            "From 8 to 10 October 2013",
            "8 October (Tuesday)",
            "9 October (Wednesday)",
            "Late evening",
            "2013-10-08",
            "2013-10-09",
        ),
        (
            "November 2-4, 2009",
            "Monday, November 2",
            "Tuesday, November 3",
            "Night",
            "2009-11-02",
            "2009-11-03",
        ),
    ],
)
def test_a_programmes_days_take_the_year_of_its_span(span, day1, day2, part, iso1, iso2):
    items = items_of(PROGRAMME.format(span=span, day1=day1, day2=day2, part=part))
    assert dated(items, iso1, "Banquet"), items
    assert dated(items, iso2, "talks"), items


def test_a_programme_with_one_day_heading_is_no_programme():
    text = PROGRAMME.format(span="24-26th MAY, 2011", day1="Tuesday 24 May", day2="", part="Evening")
    items = items_of(text)
    assert not dated(items, "2011-05-24", "Banquet"), items


SAID = DatePoint(2010, 6, 1)


def readings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.date.iso() if m.date else None) for m in find_dates(text, SAID)]


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        (
            "The President met the envoy at the residence on February19, 2010.",
            "February19, 2010",
            "2010-02-19",
        ),
        ("The talks were held on September3, 2009 in the capital.", "September3, 2009", "2009-09-03"),
        ("The delegation will arrive on July14.", "July14", "2010-07-14"),
        ("They met on March3 and on April 5.", "March3", "2010-03-03"),
    ],
)
def test_a_month_run_onto_its_day(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    "text",
    ["The reference Feb19 was filed.", "The file MAY19 is closed.", "The Mayor spoke in May2010s archives."],
)
def test_no_day_run_onto_an_abbreviation_or_a_word(text: str):
    assert not any(iso and len(iso) == 10 for _, iso in readings(text)), readings(text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("October 24, 08", "2008-10-24"),
        ("  3 March 11 ", "2011-03-03"),
        ("Dec 2, 97", "1997-12-02"),
    ],
)
def test_a_stamp_line_with_a_two_digit_year(text: str, iso: str):
    assert [d for _, d in readings(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "The talks began on March 3, 12 delegations attending.",
        "Talks opened on March 3, 15 ministers attending.",
    ],
)
def test_a_two_digit_number_after_a_day_in_prose_is_no_year(text: str):
    """In prose the number is a count: the day keeps the statement's year."""
    assert [d for _, d in readings(text)] == ["2010-03-03"], readings(text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("8 June 201117:14", "2011-06-08"), ("Published 21 November 20099:05", "2009-11-21")],
)
def test_a_stamps_year_run_onto_its_hour(text: str, iso: str):
    assert iso in [d for _, d in readings(text)], readings(text)


def test_a_year_run_onto_other_digits_is_no_year():
    assert not any(d for _, d in readings("on 8 June 20111 people signed"))


@pytest.mark.parametrize(
    ("sentence", "iso1", "iso2"),
    [
        (
            "After a visit to Port Sella on June 30, the Prime Minister held talks the next day with the President.",
            "2013-06-30",
            "2013-07-01",
        ),
        (
            "The envoy arrived in Lindhaven on 12 June and met the Foreign Minister two days later.",
            "2013-06-12",
            "2013-06-14",
        ),
    ],
)
def test_a_day_after_a_day_given_its_year_by_the_header(sentence: str, iso1: str, iso2: str):
    """On a page with no date of its own, "the next day" counts from the day its sentence just said (given
    its year by the header), not from the header's date."""
    text = f"Foreign Ministry Bulletin, No 40, 1 - 5 July 2013\n\n\nNews in brief\n\n\n{sentence}\n"
    items = items_of(text)
    assert any(d == iso2 for d, _ in items), items
    assert not any(d == "2013-07-06" for d, _ in items), items


@pytest.mark.parametrize(
    ("page", "dateline", "words", "iso"),
    [
        # a daily's issue of the next morning, the item's own dateline the day before
        (
            "Volume 12, Number 40 Friday, 15 November, 2013",
            "PORT SELLA, 14 November —",
            "yesterday",
            "2013-11-13",
        ),
        ("Sunday, 9 March, 2014", "LINDHAVEN, 8 March —", "on Wednesday", "2014-03-05"),
        ("10:21, October 09, 2012", "AMSEL CITY, October 8 (Wire) --", "on Monday", "2012-10-08"),
    ],
)
def test_a_news_items_days_count_from_its_own_dateline(page: str, dateline: str, words: str, iso: str):
    """ "yesterday", "on Wednesday" in a news item are counted from the item's dateline, not from the
    page's date above it; the dateline's year is the page's."""
    text = (
        f"{page} THE DAILY OF THE REPUBLIC {dateline} The Prime Minister held talks with the President of "
        f"the Commission in Amsel {words}, the ministry said.\n"
    )
    items = items_of(text)
    assert dated(items, iso, "talks") or dated(items, iso, "meeting"), items


def test_a_capital_word_before_a_date_in_prose_is_no_dateline():
    """A date after a capitalised name and a comma, with no dash after it, is no item's dateline."""
    text = (
        "Lindhaven, 20 May 2012\n\n\nThe treaty signed in PORT SELLA, 3 May 2011, entered into force and the "
        "ministers met yesterday to review it.\n"
    )
    items = items_of(text)
    assert not dated(items, "2011-05-02", "meeting") and not any(d == "2011-05-02" for d, _ in items), items


#: A Tuesday in early spring.
SPRING = DatePoint(2012, 3, 6)


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        # what was agreed is ahead of the agreement: November of this year, not of the last
        (
            "The officials agreed to finalise the draft declaration before the regional summit in November.",
            "November",
            "2012-11",
        ),
        ("The ministers decided to convene again in January.", "January", "2013-01"),
        (
            "The meetings were to prepare the documents for the Summit on April 3-4.",
            "April 3-4",
            "2012-04-03/2012-04-04",
        ),
        ("The envoys pledged to complete the review by 15 February.", "15 February", "2013-02-15"),
    ],
)
def test_what_was_agreed_to_be_done_is_ahead(text: str, phrase: str, iso: str):
    found = [(m.text, m.date.iso() if m.date else None) for m in find_dates(text, SPRING)]
    assert (phrase, iso) in found, found


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        # the past verb after the infinitive, or a clause between, keeps the past
        ("The ministers agreed to meet, and met in January.", "January", "2012-01"),
        ("The talks were held in November.", "November", "2011-11"),
        ("The delegations were in Lindhaven in February.", "February", "2012-02"),
    ],
)
def test_a_past_stays_past(text: str, phrase: str, iso: str):
    found = [(m.text, m.date.iso() if m.date else None) for m in find_dates(text, SPRING)]
    assert (phrase, iso) in found, found
