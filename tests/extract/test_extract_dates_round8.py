"""Date shapes the finder did not read before round 8 (issue 11, docs/extract.md "Round 8: dates the finder
did not reach"): an ordinal run onto its month, a weekday with the part of its day before it, a relative month
with its day, "the current year", a few days ahead, a span of days that takes the month said before it, and
"N years after" an event counted from the date said before it (or from the one its own clause gives).

Sentences written for the tests, in the shapes statements and news items have; each class is tried in forms
the tuning statements do not use, and where it must not read a date.
"""

from __future__ import annotations

import re

import pytest

from generator.content.partial_date import DatePoint, PartialDate
from generator.extract.dates import find_dates

#: A Thursday.
SAID = DatePoint(2011, 9, 15)


def readings(text: str, said: DatePoint | None = SAID, anchor=None) -> list[tuple[str, str | None]]:
    return [(m.text, m.date.iso() if m.date else None) for m in find_dates(text, said, anchor=anchor)]


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        (
            "The delegation will stay on 21st and 22ndOctober, 2011 in Port Sella.",
            "21st and 22ndOctober, 2011",
            "2011-10-21/2011-10-22",
        ),
        ("The treaty was signed on the 3rdof May 2004.", "3rdof May 2004", "2004-05-03"),
        ("The Council met on 1stMarch 2009.", "1stMarch 2009", "2009-03-01"),
        ("They will meet on 2ndNovember.", "2ndNovember", "2011-11-02"),
    ],
)
def test_an_ordinal_run_onto_its_month(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


def test_a_bare_number_run_onto_a_month_is_no_date():
    # only an ordinal's letters say where the day ends: "14December" may be a code or a count
    assert readings("Reference 14December of the archive.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The minister will fly to Lindhaven later Friday for talks.", "later Friday", "2011-09-16"),
        ("The envoys will meet early Saturday to discuss the plan.", "early Saturday", "2011-09-17"),
        ("The two leaders met late Tuesday in Amsel.", "late Tuesday", "2011-09-13"),
        ("The talks ended early on Monday after a long night.", "early on Monday", "2011-09-12"),
        ("The report was discussed earlier Thursday by the board.", "earlier Thursday", "2011-09-15"),
    ],
)
def test_a_weekday_with_the_part_of_its_day(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The ministers will meet next March 2 in Lindhaven.", "next March 2", "2012-03-02"),
        ("We met last June 14th to settle the matter.", "last June 14th", "2011-06-14"),
        ("The summit opens this coming October 3.", "this coming October 3", "2011-10-03"),
        ("The board reported this past August 30, after its session.", "this past August 30", "2011-08-30"),
    ],
)
def test_a_relative_month_with_its_day(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("Next March 40 delegations will attend.", "Next March", "2012-03"),  # a count, not a day
        ("We met last February 30 times.", "last February", "2011-02"),
        ("The council meets next March 2012.", "March 2012", "2012-03"),
    ],
)
def test_a_relative_month_keeps_its_month_when_no_day_follows(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        (
            "They resolved to hold a special session at the end of the current year.",
            "the current year",
            "2011",
        ),
        ("The envoys will report later in the current month.", "the current month", "2011-09"),
    ],
)
def test_the_current_year_or_month(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("In just a few days, the Assembly will hold a summit on water.", "In just a few days", "2011-09"),
        ("Within the next few days the envoys will meet again.", "Within the next few days", "2011-09"),
        ("The ministers are to meet again in a couple of weeks.", "in a couple of weeks", "2011-09/2011-10"),
    ],
)
def test_a_few_days_ahead(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


def test_a_few_days_ahead_at_the_end_of_a_month_gives_both_months():
    assert ("in a few days", "2011-09/2011-10") in readings(
        "We will meet in a few days.", DatePoint(2011, 9, 28)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was built in a few days.",  # a duration, in the past
        "In the coming days we will hold three meetings.",  # a programme's own days: vague
    ],
)
def test_a_few_days_that_are_a_duration_or_vague(text: str):
    assert all(iso is None for _, iso in readings(text))


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        (
            "The President will visit Amsel from 14 to 16 October and Port Sella from 16 to 18.",
            "16 to 18",
            "2011-10-16/2011-10-18",
        ),
        (
            "She toured Lindhaven on 3 May 2009, and Amsel between the 5th and the 7th, before flying home.",
            "the 5th and the 7th",
            "2009-05-05/2009-05-07",
        ),
        (
            "The minister will attend talks in Amsel on October 20 and a forum in Lindhaven from 21 to 23.",
            "21 to 23",
            "2011-10-21/2011-10-23",
        ),
    ],
)
def test_a_span_of_days_takes_the_month_said_before_it(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 12 May the share rose from 14 to 15 percent.",  # a figure
        "On 3 June the Committee grew from 15 to 20 members.",  # a count
        "On 20 March we worked from 10 to 12 hours a day.",  # hours
        "On 20 March the delegations met. From 21 to 23 nothing happened.",  # another sentence
        "The visit from 20 to 25 March was followed by talks from 2 to 4.",  # days before the month's: not guessed
        "Prices went from 12 to 15.",  # no month said before
    ],
)
def test_a_span_of_numbers_is_not_always_days(text: str):
    # no phrase read as a bare span of days ("14 to 15"): the month-less span stays unread
    bare = re.compile(r"(?:the\s+)?\d+\w*\s+(?:to|and)\s+(?:the\s+)?\d+\w*")
    assert not [phrase for phrase, _ in readings(text) if bare.fullmatch(phrase)]


def test_years_after_an_event_count_from_the_date_said_before():
    anchor = ("in 1995", PartialDate(DatePoint(1995)))
    found = readings(
        "Three years after your country's admission, your capital hosted the summit.", None, anchor
    )
    assert ("Three years after", "1998") in found


def test_years_after_an_event_its_own_clause_dates_count_from_that_date():
    anchor = ("in 2001", PartialDate(DatePoint(2001)))
    found = readings("Two years after the adoption of the charter in 1946, the members met.", None, anchor)
    assert ("Two years after", "1948") in found


def test_years_after_with_nothing_before_is_dropped():
    assert readings("Five years after the founding, the members met again.", None) == []


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("Published: 2013-7-4 10:12:55", "2013-7-4", "2013-07-04"),
        ("Posted 2009-12-1 by the webmaster", "2009-12-1", "2009-12-01"),
        ("Issued on 2011-3-09 in Lindhaven.", "2011-3-09", "2011-03-09"),
        ("Publication Date: 21-06-2008", "21-06-2008", "2008-06-21"),
        ("Date of release: 3-17-2012", "3-17-2012", "2012-03-17"),
    ],
)
def test_a_stamps_numeric_day_without_its_zeros_or_with_hyphens(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call 2012-11-4-7 for the office.",  # a number with more parts
        "Reference 05-06-2009 of the registry.",  # either order is a day: not guessed
        "The 2010-11 budget was adopted.",  # a working year
    ],
)
def test_numbers_with_hyphens_that_are_no_single_day(text: str):
    assert not [iso for _, iso in readings(text) if iso and len(iso) == 10]


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The ministers met on the twenty-third of May.", "twenty-third of May", "2011-05-23"),
        ("On the first of June 2010 the Council met in Amsel.", "first of June 2010", "2010-06-01"),
        ("The summit will open on the thirtieth of November.", "thirtieth of November", "2011-11-30"),
        ("We signed it on the Twelfth day of March, 2008.", "Twelfth day of March, 2008", "2008-03-12"),
    ],
)
def test_a_day_written_as_an_ordinal_word(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


def test_an_ordinal_word_that_is_no_day():
    assert readings("It was the first May Day rally, and the thirty-first of February is no day.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("The talks on 5/6 June were useful.", "5/6 June", "2011-06-05/2011-06-06"),
        (
            "The Forum of 21/22 October 2009 agreed on the plan.",
            "21/22 October 2009",
            "2009-10-21/2009-10-22",
        ),
    ],
)
def test_days_joined_by_a_slash(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


@pytest.mark.parametrize(
    ("text", "anchor_day", "phrase", "iso"),
    [
        ("Two years earlier, the leaders had met in Amsel.", DatePoint(2005), "Two years earlier", "2003"),
        (
            "Three days earlier the envoy had arrived.",
            DatePoint(2005, 5, 3),
            "Three days earlier",
            "2005-04-30",
        ),
        ("A year before that, they signed the accord.", DatePoint(2005), "A year before that", "2004"),
    ],
)
def test_a_count_back_from_the_date_said_before(text, anchor_day, phrase, iso):
    anchor = ("then", PartialDate(anchor_day))
    assert (phrase, iso) in readings(text, None, anchor)


def test_a_few_days_after_a_participle_are_how_long_it_took():
    text = "Years will be needed to rebuild the trust lost in just a few days in the region."
    assert all(iso is None for _, iso in readings(text))


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        # a Thursday's item: the coming Saturday, not the last one
        (
            "The ministers meet today before the Basin Summit to begin on Saturday in Amsel.",
            "on Saturday",
            "2011-09-17",
        ),
        ("Officials gather in Tarnow for talks to resume on Monday.", "on Monday", "2011-09-19"),
    ],
)
def test_a_meetings_own_infinitive_looks_ahead(text: str, phrase: str, iso: str):
    assert (phrase, iso) in readings(text)


def test_a_span_of_days_before_a_slashed_date_keeps_the_date():
    # "19-20/1/2009": the slashed day is still read (the hyphen rule reads no longer run of numbers)
    assert ("20/1/2009", "2009-01-20") in readings("19-20/1/2009 The State of Lindhaven")
