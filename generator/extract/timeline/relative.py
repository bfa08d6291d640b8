"""Relative dates without the statement's own date: what a text with no date line counts its days from
(the last date said, its header's date, a news item's own dateline), so "yesterday" or "last May" still
date a meeting when they can, and stay unresolved when they cannot.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...content.partial_date import DatePoint, PartialDate
from ...content.speech import Speech
from ..dates import MONTH_WORDS, WEEKDAYS, DateMention, find_dates
from ..gathering import after_a_wire_city, news_dateline, opening_dateline


def _stand_in(said: tuple[str, PartialDate] | None) -> DatePoint | None:
    """The day a date said reads other days against (the last of a span), as ``_years_from_anchor`` does."""
    point = (said[1].last or said[1].first) if said is not None else None
    if point is None or point.month is None:
        return None
    return DatePoint(point.year, point.month, point.day)


#: Words that count a date from the day it is said ("last May", "next March", "this month"): without the
#: statement's date they have no year, and a date said earlier in the text does not give them one.
_SAID_FROM_TODAY = re.compile(
    r"\b(?:last|next|this|coming|past|previous|ago|yesterday|tomorrow|today|week|weekend)\b", re.IGNORECASE
)


def _years_from_anchor(
    text: str, mentions: list[DateMention], anchor: tuple[str, PartialDate] | None
) -> list[DateMention]:
    """A statement without a date of its own (a release with no date line) still dates its days: "paid a
    visit from 28 to 30 May 2012 … called on the President on 28 May", "the Council met on 3 March 2009;
    on 5 March it …". A day or a month written without its year ("on 28 May", "in early June", "12-14
    October") is read against the last date the text said to the month, as it would be against the
    statement's date; words that count from the day of speaking ("last May", "next week") are not."""
    if not any(m.date is None and m.relative is not None for m in mentions):
        return mentions
    readings: dict[DatePoint, dict[tuple[int, int], DateMention]] = {}

    def read_against(said: PartialDate | None) -> dict[tuple[int, int], DateMention]:
        first = (said.last or said.first) if said is not None else None
        if first is None:
            return {}
        # (a year alone, as a chronicle's title gives it: "2008" — every day without a year is of it)
        stand_in = DatePoint(first.year, first.month, first.day if first.month else None)
        if stand_in not in readings:
            readings[stand_in] = {(m.start, m.end): m for m in find_dates(text, stand_in, anchor=anchor)}
        return readings[stand_in]

    # the last date said to the month: before this text, or as the dateline opening it ("May 06 2011,
    # Lindhaven: the Minister will leave … possibly on May 15")
    said: PartialDate | None = anchor[1] if anchor is not None else None
    out: list[DateMention] = []
    dated_here = False  # a day of this text itself was given its year
    for m in mentions:
        other = read_against(said).get((m.start, m.end))
        if (
            m.date is None
            and m.relative is not None
            and other is not None
            and other.date is not None
            and any(w.lower().rstrip(".") in MONTH_WORDS for w in re.findall(r"[A-Za-z.]+", m.text))
            and not _SAID_FROM_TODAY.search(_THIS_YEAR.sub("", m.text))
        ):
            # ("On January 17 this year" under a chronicle titled "2008": the title's year; "held in Lindhaven in
            # July this year", "on 3 August of this year" after a text's first date "from 15 to 18 November
            # 2009": the year the text speaks in, as the last date it said gives it)
            m = replace(other, future=m.future)
            dated_here = True
        elif (
            dated_here
            and m.anchor is not None
            and other is not None
            and other.date is not None
            and other.anchor
        ):
            # "after a visit to Atyrau on June 30, he held talks the next day": counted from the day just given
            # its year, not from the date said before the text
            m = other
        if (
            m.date is not None
            and m.date.first is not None
            and m.date.first.month is not None
            and not m.relative
            and opening_dateline(text, m)
        ):
            said = m.date  # (a date said further on may be the same meeting's, told again without its year)
        out.append(m)
    return out


#: How far apart in years the statement's reading of a day and the month the text last wrote must be before
#: the text's year is taken: a year or two is a speech's "last year" or "next year", told by tense.
_ANOTHER_YEAR = 2
#: How far from the days the text wrote a day of their month may be, and still be of their year.
_NEAR_DAYS = 14


def _year_of_the_month_written(
    text: str, mentions: list[DateMention], written: PartialDate | None
) -> list[DateMention]:
    """A day without its year after the text wrote its month with a year ("On October 1-2, 2008 the Minister
    visited …" / "On October 1 he met …", "the Summit on 19-21 June 2013" / "the Ministers' meeting of 17
    June") is of that year, not of the year the page's date gives it years away: a copy dated by its site's
    furniture ("March 2023", a teaser's day) would put the meeting there. Only when the two readings are
    years apart, the day (or its month) is within two weeks of the days written, and the clause tells of the
    past; a year or two apart is a speech's own tense ("last year's October meeting … we meet again on 5
    October"), and so is a future ("On 3 March 2008 the Council first met … it meets again on 12 March")."""
    if written is None or written.first is None or written.first.day is None:
        return mentions
    first, last = written.first, written.last or written.first
    out = []
    for m in mentions:
        day = m.date.first if m.date is not None else None
        if (
            day is not None
            and m.relative is not None
            and m.anaphor is None
            and not m.future  # ("we will meet again on 12 March": the speech's own tense decides)
            and day.month == first.month
            and abs(day.year - first.year) >= _ANOTHER_YEAR
            and any(w.lower().rstrip(".") in MONTH_WORDS for w in re.findall(r"[A-Za-z.]+", m.text))
            and not _SAID_FROM_TODAY.search(m.text)
        ):
            stand_in = DatePoint(last.year, last.month, last.day)
            other = next(
                (n for n in find_dates(text, stand_in) if (n.start, n.end) == (m.start, m.end)), None
            )
            if (
                other is not None
                and other.date is not None
                and other.date.first is not None
                and other.date.first.year in (first.year, last.year)
                and abs(other.date.first.start() - stand_in.start()).days <= _NEAR_DAYS + _span(written)
            ):
                m = other
        out.append(m)
    return out


def _span(date: PartialDate) -> int:
    """The days a date said covers past its first, for how near another day of its month is."""
    if date.last is None or date.first is None or date.first.day is None or date.last.day is None:
        return 0
    return (date.last.start() - date.first.start()).days


def _said_from_today(m: DateMention) -> bool:
    """ "yesterday", "last week", "on Wednesday": words counted from the day they are said."""
    return bool(_SAID_FROM_TODAY.search(m.text)) or any(
        w.lower() in WEEKDAYS for w in re.findall(r"\w+", m.text)
    )


def _from_the_items_dateline(
    text: str, mentions: list[DateMention], anchor: tuple[str, PartialDate] | None
) -> list[DateMention]:
    """A news item's "yesterday", "on Wednesday", "tomorrow" count from its own dateline ("NAY PYI TAW, 6
    March — … held talks … on yesterday morning": 5 March), not from the page's date, which is often the
    next day's issue; the dateline's year is its own or, without one, the page's (or the date said before)."""
    said = anchor[1] if anchor is not None else None
    for i, m in enumerate(mentions):
        if not after_a_wire_city(text, m):
            if m.date is not None and m.date.first is not None and m.date.first.month is not None:
                said = m.date
            continue
        if not news_dateline(text, m):
            continue
        stand_in = _stand_in(("", said)) if said is not None else None
        if m.date is None and stand_in is not None and not _SAID_FROM_TODAY.search(m.text):
            # a dateline without its year ("NAY PYI TAW, 6 March") after the page's date ("Thursday, 7 March,
            # 2013"): the year of the date said before it
            m = next((n for n in find_dates(text, stand_in) if (n.start, n.end) == (m.start, m.end)), m)
            mentions = [*mentions[:i], m, *mentions[i + 1 :]]
        if m.date is None or m.date.first is None or m.date.first.day is None or m.date.last is not None:
            continue
        day = m.date.first
        later = mentions[i + 1 :]
        if not any(_said_from_today(n) for n in later):
            return mentions
        again = {(n.start, n.end): n for n in find_dates(text, day, anchor=anchor)}
        out = mentions[: i + 1]
        for n in later:
            other = again.get((n.start, n.end))
            out.append(other if other is not None and other.date is not None and _said_from_today(n) else n)
        return out
    return mentions


_THIS_YEAR = re.compile(r"\bthis\s+year(?:'s|’s)?", re.IGNORECASE)

#: A year a title gives alone: "State and Society. 2008 year", "Chronicle 2010", "Joint Statement in 2009".
_TITLE_YEAR = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)(?![\d/.\-])")

_TITLE_WORDS = 12


def told_in_header(speech: Speech, in_header: set[int]) -> tuple[str, PartialDate] | None:
    """The last date the header's lines say (a dateline, a period "22 June - 3 July 2009", a title's year
    alone): what a statement with no date of its own has said before its body, for its days without a
    year (``_years_from_anchor``). A year among other numbers ("resolution 1888 of 2009, item 4") is a
    document's, not the page's."""
    told: tuple[str, PartialDate] | None = None
    for n in sorted(in_header):
        para = speech.paragraph(n)
        if para is None:
            continue
        for line in para.lines if para.kind == "lines" else [para.plain_text()]:
            dated = [
                m
                for m in find_dates(line)
                if m.date is not None and m.date.first is not None and m.date.first.month is not None
            ]
            if dated:
                told = (dated[-1].text, dated[-1].date)  # type: ignore[assignment]
                continue
            years = _TITLE_YEAR.findall(line)
            if (
                len(years) == 1
                and len(line.split()) <= _TITLE_WORDS
                and not re.search(r"\d", _TITLE_YEAR.sub("", line))
            ):
                told = (years[0], PartialDate(DatePoint(int(years[0]))))
    return told
