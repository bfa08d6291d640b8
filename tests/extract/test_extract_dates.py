"""Date phrases as statements write them, with and without the statement's own date."""

from __future__ import annotations

import pytest

from generator.content.partial_date import DatePoint
from generator.extract.dates import find_dates

SPEECH = DatePoint(2007, 5, 18)


def one(text: str, speech: DatePoint | None = SPEECH):
    found = find_dates(text, speech)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("held in Oct 2005 in Tokyo", "Oct 2005", "2005-10"),
        ("in Sept. 2005 the Summit", "Sept. 2005", "2005-09"),
        ("on 18 May 2007 we met", "18 May 2007", "2007-05-18"),
        ("the 18th of May, 2007", "18th of May, 2007", "2007-05-18"),
        ("On May 18, 2008, we signed", "May 18, 2008", "2008-05-18"),
        ("held on 4–5 June 2008 in", "4–5 June 2008", "2008-06-04/2008-06-05"),
        ("June 4-5, 2008", "June 4-5, 2008", "2008-06-04/2008-06-05"),
        ("in April–May 2006", "April–May 2006", "2006-04/2006-05"),
        ("the crisis in 1997-98.", "1997-98", "1997/1998"),
        ("the drought of 2005–06 left", "2005–06", "2005/2006"),
        ("the season of 2007/08 showed", "2007/08", "2007/2008"),
        ("between 2003 and 2005", "between 2003 and 2005", "2003/2005"),
        ("from 2004 to 2007", "from 2004 to 2007", "2004/2007"),
        ("in the first half of 2006", "the first half of 2006", "2006-01/2006-06"),
        ("in the spring of 2009", "the spring of 2009", "2009"),
        ("by mid-2006", "mid-2006", "2006"),
        ("in 2004 we", "2004", "2004"),
        ("adopted on 2006-02-14.", "2006-02-14", "2006-02-14"),
        ("held on 5th & 6th December 2010 in", "5th & 6th December 2010", "2010-12-05/2010-12-06"),
        ("signed on 12/25/2010.", "12/25/2010", "2010-12-25"),  # month first: only the day can pass 12
        ("held in Q4 2010.", "Q4 2010", "2010-10/2010-12"),
        ("in the fourth quarter of 2010", "the fourth quarter of 2010", "2010-10/2010-12"),
    ],
)
def test_absolute_dates(text, phrase, iso):
    m = one(text, None)
    assert (m.text, m.date.iso(), m.relative) == (phrase, iso, None)


@pytest.mark.parametrize(
    ("text", "phrase", "iso", "future"),
    [
        ("Last year, the Commission", "Last year", "2006", False),
        ("since last year's Meeting", "last year's", "2006", False),
        ("this year", "this year", "2007", False),
        ("in Port Sella next year.", "next year", "2008", True),
        ("later this year, and", "later this year", "2007", True),
        ("In March last year, our", "March last year", "2006-03", False),
        ("last March we", "last March", "2007-03", False),
        ("last October we", "last October", "2006-10", False),
        ("Ten years ago, the surge", "Ten years ago", "1997", False),
        ("a decade ago", "a decade ago", "1997", False),
        ("last month", "last month", "2007-04", False),
        # A day and month without a year: the past before the statement's date, …
        ("On 19 October, Veltria hosted", "19 October", "2006-10-19", False),
        ("On 2 May, we met", "2 May", "2007-05-02", False),
        # … or the future after it, when the sentence looks forward.
        ("We will meet on 19 October", "19 October", "2007-10-19", True),
        ("we will meet again on 2 May", "2 May", "2008-05-02", True),
    ],
)
def test_relative_dates_resolve_against_the_statement_date(text, phrase, iso, future):
    m = one(text)
    assert (m.text, m.date.iso(), m.relative, m.future) == (phrase, iso, phrase, future)


@pytest.mark.parametrize(
    "text",
    [
        "Last year, the Commission",
        "On 19 October, Veltria hosted",
        "In March last year, our",
        "Ten years ago, the surge",
        "later this year",
    ],
)
def test_relative_dates_stay_relative_without_a_statement_date(text):
    m = one(text, None)
    assert m.date is None and m.relative == m.text


def test_a_year_only_statement_date_resolves_years_but_not_months():
    assert one("last year", DatePoint(2006)).date.iso() == "2005"
    assert one("last month", DatePoint(2006)).date is None


@pytest.mark.parametrize("text", ["in the near future", "in the coming months", "in due course"])
def test_vague_futures_are_planned_without_a_date(text):
    m = one(text)
    assert m.date is None and m.relative is None and m.future and m.vague


def test_since_marks_the_start_of_a_period():
    assert one("Since 1999, Norland has").since


@pytest.mark.parametrize(
    "text",
    [
        "paragraph 143 of the Outcome Document",
        "May I thank you",
        "we march on",
        "312 lives",
        "Chapter VII of the Charter",
        "1,500 people",
        "Resolution 1325 calls",
        "The Hague",
    ],
)
def test_things_that_are_not_dates(text):
    assert find_dates(text, SPEECH) == []


def test_a_list_line_may_start_with_a_bare_year():
    (m,) = find_dates("2004 Indian Ocean Tsunami", list_line=True)
    assert m.date.iso() == "2004"
    assert find_dates("2004 Indian Ocean Tsunami") == []


def test_the_statements_own_month_is_this_years_either_way():
    """ "will attend the summit in October" or "met in October", said on 13 October: this October."""
    from generator.content.partial_date import DatePoint
    from generator.extract.dates import find_dates

    said = DatePoint(2010, 10, 13)
    ahead = find_dates("Ministers will attend the fifth summit in October as guests", said)
    back = find_dates("The ministers met in October to prepare the summit", said)
    assert [m.date.first for m in ahead if m.date] == [DatePoint(2010, 10, None)]
    assert [m.date.first for m in back if m.date] == [DatePoint(2010, 10, None)]


# Said on Thursday 17 July 2008.
THURSDAY = DatePoint(2008, 7, 17)


@pytest.mark.parametrize(
    ("text", "phrase", "iso", "future"),
    [
        # a range written month first without its year, as a press office's travel notice does
        ("The Minister will travel to Amsel July 20-28.", "July 20-28", "2008-07-20/2008-07-28", True),
        ("In Tarnow (July 21-22), she will meet officials.", "July 21-22", "2008-07-21/2008-07-22", True),
        (
            "The talks will run from July 30 to August 2.",
            "July 30 to August 2",
            "2008-07-30/2008-08-02",
            True,
        ),
        # a span said roughly: its month (both months when it may fall in either)
        ("The Council met a few days ago.", "a few days ago", "2008-07", False),
        ("We met several weeks ago in Amsel.", "several weeks ago", "2008-06/2008-07", False),
        ("The envoys met a fortnight ago.", "a fortnight ago", "2008-07", False),
        # a weekend is its two days: the last one before the statement, or the next when ahead
        ("The leaders met over the weekend.", "over the weekend", "2008-07-12/2008-07-13", False),
        ("This past weekend the Forum closed.", "This past weekend", "2008-07-12/2008-07-13", False),
        ("Elections will be held this weekend.", "this weekend", "2008-07-19/2008-07-20", True),
        # "up-coming", hyphenated, looks forward as "upcoming" does
        ("We discussed our up-coming Summit on 22 November.", "22 November", "2008-11-22", True),
        # a weekday ahead that is the statement's own weekday is that day; "next" puts it a week on
        ("The Minister will attend the talks on Thursday.", "on Thursday", "2008-07-17", True),
        ("The Minister will attend the talks next Thursday.", "next Thursday", "2008-07-24", True),
        # and in the past too (an item of a Thursday reporting the talks "on Thursday": the dates round);
        # "last Thursday" is the one before
        ("The Minister attended the talks on Thursday.", "on Thursday", "2008-07-17", False),
        ("The Minister attended the talks last Thursday.", "last Thursday", "2008-07-10", False),
    ],
)
def test_more_relative_shapes(text, phrase, iso, future):
    m = one(text, THURSDAY)
    assert (m.text, m.date.iso(), m.future) == (phrase, iso, future)


def test_a_few_days_ago_across_a_month_gives_both_months():
    assert one("a few days ago", DatePoint(2009, 4, 3)).date.iso() == "2009-03/2009-04"


def test_an_irregular_past_gives_a_day_without_year_its_past():
    # "paid" is a past tense without -ed: 4 February, said in November, is the February before
    m = one("The Minister paid a courtesy call on the King on 4 February.", DatePoint(2009, 11, 20))
    assert m.date.iso() == "2009-02-04"


def test_a_meeting_discussed_to_be_held_looks_forward_and_a_restated_day_keeps_its_side():
    # said on Monday 4 February 2013
    monday = DatePoint(2013, 2, 4)
    text = (
        "He met his envoy yesterday, Sunday, and discussed with him holding an emergency meeting on the "
        "morning of the Summit, Wednesday."
    )
    got = [(m.text, m.date.iso()) for m in find_dates(text, monday)]
    assert ("Sunday", "2013-02-03") in got and ("Wednesday", "2013-02-06") in got
    # without the planning verb, a past sentence's Wednesday is the last one
    assert one("The envoys met on Wednesday.", monday).date.iso() == "2013-01-30"


# Said on Wednesday 22 June 2011.
WEDNESDAY = DatePoint(2011, 6, 22)


@pytest.mark.parametrize(
    ("text", "phrase", "iso", "future"),
    [
        # "this past" / "this coming" before a month or a weekday
        (
            "During her visit to Amsel this past March, the Minister met students.",
            "this past March",
            "2011-03",
            False,
        ),
        ("The envoys met in Tarnow this past Monday.", "this past Monday", "2011-06-20", False),
        ("The Council meets this coming Friday.", "this coming Friday", "2011-06-24", True),
        # a month or a year naming the meeting after it, its noun in lower case
        ("The June session of the Assembly is expected to endorse the plan.", "June", "2011-06", True),
        ("Port Sella hosted the 1998 Pacific summit.", "1998", "1998", False),
        ("At its 2009 summit, the Union agreed on the plan.", "2009", "2009", False),
        # a day written with a stop, as German pages write it
        (
            "The delegation stayed in the region till 13. January 2011.",
            "13. January 2011",
            "2011-01-13",
            False,
        ),
        # counted back from the statement, in the past perfect of reported speech, and with compound numbers
        (
            "He regretted that five years had already passed since the first forum met.",
            "five years had already passed since",
            "2006",
            False,
        ),
        ("Twenty-five years ago the Treaty of Amsel was signed.", "Twenty-five years ago", "1986", False),
        # ahead of the statement: "in N days" when the clause looks ahead, "N weeks from today"
        ("The conference will open in 10 days.", "in 10 days", "2011-07-02", True),
        ("Two weeks from today the ministers meet in Tarnow.", "Two weeks from today", "2011-07", True),
        # spans just before the statement
        ("Over the past week the envoys met three times.", "the past week", "2011-06", False),
        ("We have made progress over the last two days.", "the last two days", "2011-06", False),
        ("The Council met last night.", "last night", "2011-06-21", False),
        # a week of a named month is that month, not "last week"
        ("The talks were held in the last week of May.", "the last week of May", "2011-05", False),
        # a day of the statement's month
        ("The ministers will meet again on the 28th.", "the 28th", "2011-06-28", True),
        ("The ministers met on the 3rd of this month.", "the 3rd of this month", "2011-06-03", False),
        # a range written month first with "and"
        ("The Forum met June 5 and 6 in Amsel.", "June 5 and 6", "2011-06-05/2011-06-06", False),
        # "end-June", "at the weekend", "in a week's time", "in a fortnight"
        ("The Forum will be held end-June in Amsel.", "June", "2011-06", True),
        ("The envoys will meet again after September.", "September", "2011-09", True),
        # "is set to", "due to take place" look ahead, past verbs elsewhere in the sentence notwithstanding
        ("The envoys who met in Amsel said the Forum is set to meet in May.", "May", "2012-05", True),
        ("The envoys met at the weekend.", "at the weekend", "2011-06-18/2011-06-19", False),
        ("The Council will meet in a week's time.", "in a week's time", "2011-06", True),
        ("The Council will meet in a fortnight.", "in a fortnight", "2011-07", True),
        # a weekday with a day of the month: the day near the statement that falls on that weekday
        ("The Council met on Tuesday 14th in Tarnow.", "Tuesday 14th", "2011-06-14", False),
        ("The Council will meet on Friday the 1st.", "Friday the 1st", "2011-07-01", True),
        ("The Council will meet this coming weekend.", "this coming weekend", "2011-06-25/2011-06-26", True),
        # a month naming the meeting in the possessive; a span of months without a year
        ("December's Council agreed on the plan.", "December", "2010-12", False),
        ("The talks were held between March and May.", "between March and May", "2011-03/2011-05", False),
        ("The talks were held in March-April.", "March-April", "2011-03/2011-04", False),
        # days joined by "&"; a half or quarter of a year named by its place from the statement's
        ("The envoys met on 5 & 6 June.", "5 & 6 June", "2011-06-05/2011-06-06", False),
        (
            "The review will be held in the second half of next year.",
            "the second half of next year",
            "2012-07/2012-12",
            True,
        ),
    ],
)
def test_the_grammar_of_relative_dates(text, phrase, iso, future):
    m = one(text, WEDNESDAY)
    assert (m.text, m.date.iso(), m.future) == (phrase, iso, future)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was built in ten days.",  # a duration in the past, not a date ahead
        "They spoke on the 18th Summit of the Forum.",  # an ordinal before its noun
        "It opened the 2010 session of the Conference.",  # a year's session is a working year
        "In the last two days we have the Dialogue.",  # the final days of what is ahead
        "On Monday 10 delegates came.",  # a weekday and a count
        "The Council met on Monday 17th.",  # no Monday the 17th within three months of the statement
    ],
)
def test_shapes_that_are_not_dates(text):
    assert [m for m in find_dates(text, WEDNESDAY) if m.date is not None] == []


def test_a_noun_s_aim_after_a_past_verb_takes_the_nearer_month():
    # said on 6 November 2009: December is the coming one, not last year's
    text = (
        "The leaders welcomed the conclusions of the Council that reaffirmed its commitment to reaching a "
        "global, binding agreement in Amsel in December."
    )
    assert one(text, DatePoint(2009, 11, 6)).date.iso() == "2009-12"
    # a verb's infinitive does not: the meeting it convened is the February before
    text = "We acted promptly to convene a special meeting of finance ministers in February."
    assert one(text, DatePoint(2009, 10, 23)).date.iso() == "2009-02"


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary-General called on all member states to ratify the river convention before June.",
        "The ministers urged the two delegations to resume their talks in June.",
        "The Chair invited the parties to submit their proposals by June.",
        "The Council asked the Commission to report on the survey in June.",
    ],
)
def test_an_appeal_s_infinitive_after_a_past_verb_takes_the_nearer_month(text):
    """Said on 20 May 2012, the June an appeal asks for is the coming one, not the June before last."""
    assert one(text, DatePoint(2012, 5, 20)).date.iso() == "2012-06"


def test_a_season_is_a_year_only_when_both_hemispheres_agree():
    # said in January 2011: last spring and last autumn fell in 2010 north and south of the equator
    assert one("The ministers met last spring.", DatePoint(2011, 1, 10)).date.iso() == "2010"
    # said in July: last spring was 2011 in the north but 2010 in the south, so it stays unresolved
    m = one("The ministers met last spring.", DatePoint(2011, 7, 1))
    assert (m.date, m.relative) == (None, "last spring")
    # a summer or winter that straddles the year end south or north never gives one year
    assert one("The ministers met last summer.", DatePoint(2011, 10, 1)).date is None


def test_a_date_with_its_parts_apart_dates_a_header():
    from extract_helpers import header_facts

    from generator.extract.dates import in_english

    assert in_english("2009 11 06") == "2009-11-06"
    assert in_english("In 2009 12 countries met") == "In 2009 12 countries met"  # a year and a count
    assert header_facts("2009 11 06\n\nStatement by Mr. Oskar Lind")[1] == "2009-11-06"


def test_each_month_of_a_list_is_read_and_and_is_no_span():
    got = [(m.text, m.date.iso()) for m in find_dates("The Council met in March, May and June.", WEDNESDAY)]
    assert got == [("March", "2011-03"), ("May", "2011-05"), ("June", "2011-06")]
    got = [(m.text, m.date.iso()) for m in find_dates("The Council met in both March and May.", WEDNESDAY)]
    assert got == [("March", "2011-03"), ("May", "2011-05")]


def test_the_previous_day_counts_back_from_the_date_said_before_it():
    text = "On 5 May 2010 the ministers met in Amsel. The previous day, their envoys had met in Tarnow."
    assert [(m.text, m.date.iso()) for m in find_dates(text)] == [
        ("5 May 2010", "2010-05-05"),
        ("The previous day", "2010-05-04"),
    ]
    text = "On 5 May 2010 the ministers met in Amsel; their envoys had met there the week before."
    assert [m.date.iso() for m in find_dates(text)] == ["2010-05-05", "2010-04"]
    # the day before a named meeting counts from the meeting, which this sentence does not date
    assert find_dates("The envoys met on 5 May 2010, the day before the Summit.")[1:] == []


def test_the_previous_year_is_the_one_before_a_year_said_just_before_it():
    text = "In 2005 the Council met in Amsel; the previous year, it had not met at all."
    assert [(m.text, m.date.iso()) for m in find_dates(text, WEDNESDAY)] == [
        ("2005", "2005"),
        ("the previous year", "2004"),
    ]
    # with no date before it in the text, the year before the statement's
    assert one("The previous year the Council met twice.", WEDNESDAY).date.iso() == "2010"


@pytest.mark.parametrize(
    "text",
    [
        "the talks of February 30",
        "the envoys' report of 32nd January",
        "February 30-31, the talks",
        "31 June",
    ],
)
def test_a_day_no_month_has_is_no_date_whatever_the_tense(text):
    """The review of the evening of 2026-11-30: in a clause with no tense, the year of a day with no year is the
    nearest one that has it, and no year has "February 30": a ValueError (min() of nothing) from
    ``briefkit extract``."""
    assert find_dates(text, DatePoint(2011, 1, 31)) == []


def test_a_statement_that_names_a_day_no_month_has_gives_a_draft(tmp_path):
    from extract_helpers import run

    statement = tmp_path / "edge.txt"
    statement.write_text(
        # a line of date words with no verb (found by fuzzing): "February 31" read as a day with no tense
        "Lindhaven, 31 May 2010\n\nThe Minister said:\n\n"
        "Council year January sixty-nine & to 28th Q4 , day February 31 30th.\n",
        encoding="utf-8",
    )
    result = run("extract", str(statement))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "February 31" not in result.output.split("timeline:")[-1].split("sources:")[0]


def test_a_count_back_past_the_first_year_of_the_calendar_is_no_date():
    """The review of the evening of 2026-11-30: counts of three digits ("300 decades ago") reached year -990,
    printed as a year by ``find_dates`` and a ValueError from ``briefkit extract`` once a meeting was dated by
    it."""
    from generator.extract import extract_event

    found = find_dates("The Basin Summit was first held 300 decades ago.", DatePoint(2010, 5, 31))
    assert [(m.text, m.date) for m in found] == [("300 decades ago", None)]
    text = (
        "Statement by the Minister of Things\nLindhaven, 31 May 2010\n\nExcellencies,\n\n"
        "The Basin Summit was first held 300 decades ago in Amsel.\n"
    )
    timeline = extract_event(text, source_name="s.txt").event.timeline
    assert all(item.date is None or item.date.first.year > 0 for item in timeline)
