"""Dates the finder did not read before the dates round (issue 11, docs/extract.md "The dates round"): a
year said beside a day that has none, a count back placing a month, a news agency's weekday without "on",
a plan said with "is to", a month a possessive ties to its meeting, a circular's day with a two-digit year.

Sentences written for the tests, in the shapes statements and news items have; each class is tried in
forms the tuning statements do not use, and where it must not read a date.
"""

from __future__ import annotations

import pytest

from generator.content.partial_date import DatePoint
from generator.extract.dates import find_dates

#: A Wednesday.
SAID = DatePoint(2010, 3, 17)


def readings(text: str, said: DatePoint | None = SAID) -> list[tuple[str, str | None]]:
    return [(m.text, m.date.iso() if m.date else None) for m in find_dates(text, said)]


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        # the tense alone would put a past October in the year before; "this year" says which
        (
            "The ministers met from October 4 to 6, this year, in Lindhaven.",
            "October 4 to 6",
            "2010-10-04/2010-10-06",
        ),
        ("The Council met on 3 November, last year, in Lindhaven.", "3 November", "2009-11-03"),
        ("Amsel will host the Forum on 12 February, next year.", "12 February", "2011-02-12"),
        ("The Board will meet in January of next year.", "January of next year", "2011-01"),
    ],
)
def test_a_year_said_right_after_a_day_or_month_without_one(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("Two years ago at our May session, we agreed on the plan.", "May", "2008-05"),
        ("Three years ago, in September, the leaders met in Lindhaven.", "September", "2007-09"),
    ],
)
def test_a_count_back_places_the_month_of_its_clause(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


def test_a_count_back_in_another_clause_does_not():
    found = dict(readings("Two years ago the floods came; in May the ministers met in Lindhaven."))
    assert found["May"] == "2009-05"  # the last May before a statement of March 2010


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The summit was held in Lindhaven, Estravia Tuesday.", "Tuesday", "2010-03-16"),
        ("The minister said Monday, that the talks had gone well.", "Monday", "2010-03-15"),
        ("The delegations arrived Sunday evening in the capital.", "Sunday", "2010-03-14"),
    ],
)
def test_a_news_agencys_weekday_without_on(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The market is open every Friday.",
        "The talks resumed after Good Friday.",
        "The crash is remembered as Black Monday.",
        "The ministers met the Saturday, when the talks ended.",
    ],
)
def test_a_weekday_that_is_no_day_of_the_statements_week(text: str):
    assert [p for p, _ in readings(text)] == []


def test_a_weekday_before_its_date_is_the_dateline_not_a_day_of_last_week():
    found = readings("before the General Assembly Saturday, March 13, 2010 Please check against delivery")
    assert found == [("March 13, 2010", "2010-03-13")]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Lindhaven is to host the next Ministerial Meeting on 12 February.", "2011-02-12"),
        ("The foreign ministers are to meet in Amsel on 2 March.", "2011-03-02"),
    ],
)
def test_is_to_host_looks_ahead(text: str, iso: str):
    found = [d for _, d in readings(text)]
    assert iso in found


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The Council reaffirmed the position taken at its February meeting.", "February", "2010-02"),
        ("As we agreed at our January session, the work goes on.", "January", "2010-01"),
        ("The ministers recalled their November summit in Amsel.", "November", "2009-11"),
    ],
)
def test_a_possessive_month_naming_its_meeting(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1) Opening the Summit of the Basin Community (23/8/09)", "2009-08-23"),
        ("2) Closing remarks at the Forum (4/11/98)", None),  # 4 November or 11 April: not read
        ("3) Dinner for the delegations (7/7/04)", "2004-07-07"),
    ],
)
def test_a_circulars_day_with_a_two_digit_year_in_brackets(text: str, iso: str | None):
    days = [d for p, d in readings(text) if "/" in p]
    assert days == ([iso] if iso else [])


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The leaders look forward to the Conference on Financing for Development 2015 in Amsel.", "2015"),
        ("As agreed at the Basin Summit 2008, the ministers will report each year.", "2008"),
    ],
)
def test_a_meetings_name_then_its_year(text: str, phrase: str):
    assert (phrase, phrase) in readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Summit 2010-2012 work plan was adopted.",  # a period, not the meeting's year
        "The Forum 2009 per cent figures were revised.",
    ],
)
def test_a_meetings_name_before_a_period_or_a_figure(text: str):
    assert [p for p, _ in readings(text) if p in ("2010", "2009")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        # an item of a Wednesday reporting what was said or done "on Wednesday": that day
        (
            "The minister was speaking in the lakeside town on Wednesday after two days of talks.",
            "on Wednesday",
            "2010-03-17",
        ),
        ("The plan was announced Wednesday, the ministry said.", "Wednesday", "2010-03-17"),
        # "last Wednesday" is the one before, and another weekday the last one before the statement
        ("The ministers met last Wednesday in Amsel.", "last Wednesday", "2010-03-10"),
        ("The ministers met on Monday in Amsel.", "on Monday", "2010-03-15"),
    ],
)
def test_the_statements_own_weekday_in_the_past_is_its_day(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The Council that closed on Sunday February 28, 2010 adopted the plan.", "on Sunday", "2010-02-28"),
        ("The visit, which began on Wednesday, March 3, 2010, ends today.", "on Wednesday", "2010-03-03"),
    ],
)
def test_a_weekday_with_its_day_written_after_it_is_that_day(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        # said on a Wednesday
        (
            "The talks will run from Thursday to Saturday in Amsel.",
            "from Thursday to Saturday",
            "2010-03-18/2010-03-20",
        ),
        (
            "From Monday to Wednesday the ministers met in Amsel.",
            "From Monday to Wednesday",
            "2010-03-15/2010-03-17",
        ),
        # a past span that would end after the statement is the week before
        ("Talks Tuesday-Thursday were held in Amsel.", "Tuesday-Thursday", "2010-03-09/2010-03-11"),
    ],
)
def test_a_span_of_weekdays(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("Half a year ago the ministers met in Amsel.", "Half a year ago", "2009-09"),
        ("A year and a half ago we agreed on the plan.", "A year and a half ago", "2008-09"),
        ("Two and a half years ago the Council first met.", "Two and a half years ago", "2007-09"),
    ],
)
def test_a_count_back_by_half_years(text: str, phrase: str, iso: str):
    assert readings(text) == [(phrase, iso)]  # (never "a year ago" read inside "half a year ago")
