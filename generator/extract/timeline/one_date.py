"""Several mentions that are one date: "Fifty years ago, on 5 March 1962", "on Monday and Tuesday", "in
the first half of 2010, from 30 June to 2 July", a month in a meeting's name ("our June Board meeting").
The sentence rules read such mentions as the one date they say.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from ...content.partial_date import DatePoint, PartialDate
from ..dates import MONTH_NUMBERS, DateMention

_BRACKETED = re.compile(
    r"^\s*(?:(?:morning|afternoon|evening|night)\s*)?\(\s*"
    # "tomorrow (Friday, April 10)": the weekday said with the day it restates
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*)?$",
    re.IGNORECASE,
)

#: The bracket that closes a restated day, right after it.
_CLOSED = re.compile(r"\s*\)")

_APPOSITION = re.compile(r"^\s*,?\s*(?:(?:on|in)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _collapsed(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "Fifty years ago, on 5 March 1962", "on Monday, January 23rd 2012", "yesterday, Sunday": one date
    said twice, the finer reading kept over the span of both, so that the sentence counts one date."""
    out: list[DateMention] = []
    for m in map(functools.partial(_next_weekday, text), mentions):
        prev = out[-1] if out else None
        # "Next Tuesday evening (29 May)", "tomorrow (Friday, April 10)": the day restated in brackets
        restated = (
            prev is not None
            and bool(_BRACKETED.match(text[prev.end : m.start]))
            and bool(_CLOSED.match(text, m.end))
        )
        if (
            prev is not None
            and prev.date is not None
            and m.date is not None
            and prev.date.first is not None
            and m.date.first is not None
            and not prev.since
            and (_APPOSITION.match(text[prev.end : m.start]) or restated)
            and (
                (
                    prev.date.first.start() <= m.date.first.start()
                    and (m.date.last or m.date.first).end() <= (prev.date.last or prev.date.first).end()
                )
                # "Nine months ago in April last year": a count of months is rougher than the month it names
                or (
                    prev.text.lower().endswith("ago")
                    and m.relative is not None
                    and "ago" not in m.text.lower()
                )
                # "on Wednesday, November 21, 2007": the full date says which Wednesday
                or (prev.relative is not None and m.relative is None and m.date.first.day is not None)
                # "opens tomorrow (Friday, April 10)" in a news item reposted days later: the day the
                # brackets restate is the day, whatever the word counted from the page's date gives
                or (prev.relative is not None and m.date.first.day is not None and restated)
            )
        ):
            out[-1] = replace(m, start=prev.start)
            continue
        if prev is not None and not prev.since and _next_days(text, prev, m):
            # "on November 23 and November 24", "on Monday and Tuesday": one meeting over two days, not two
            assert prev.date is not None and m.date is not None
            span = PartialDate(prev.date.first, m.date.first)
            out[-1] = replace(prev, end=m.end, text=text[prev.start : m.end], date=span)
            continue
        out.append(m)
    return out


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: "on Monday and Tuesday": the second day of the pair, which the date finder does not read without its "on".
_AND_WEEKDAY = re.compile(
    rf"\s*(?:and|&|to|through|till|until|[-–—])\s*(?P<wd>{'|'.join(_WEEKDAY_NAMES)})\b", re.IGNORECASE
)


def _next_weekday(text: str, m: DateMention) -> DateMention:
    """ "met on Monday and Tuesday": the meeting of two days, dated from the first one read."""
    said = m.text.split()[-1].lower().rstrip(",") if m.text.split() else ""
    after = _AND_WEEKDAY.match(text, m.end)
    if said not in _WEEKDAY_NAMES or after is None or m.date is None or m.date.last is not None:
        return m
    first = m.date.first
    if first is None or first.day is None or first.month is None:
        return m
    if _WEEKDAY_NAMES.index(after["wd"].lower()) != (_WEEKDAY_NAMES.index(said) + 1) % 7:
        return m
    day = first.start() + dt.timedelta(days=1)
    span = PartialDate(first, DatePoint(day.year, day.month, day.day))
    return replace(m, end=after.end(), text=text[m.start : after.end()], date=span)


_AND_NEXT = re.compile(
    r"\s*(?:,\s*)?(?:and|&|to|through|until|till|[-–—])\s*(?:on\s+)?(?:the\s+)?$", re.IGNORECASE
)


def _next_days(text: str, a: DateMention, b: DateMention) -> bool:
    """Two single days in a row joined by "and" or "to": "on Monday and Tuesday", "on 23 and on 24 May"."""
    if a.date is None or b.date is None or a.date.last is not None or b.date.last is not None:
        return False
    x, y = a.date.first, b.date.first
    if x is None or y is None or x.day is None or y.day is None or x.month is None or y.month is None:
        return False
    if not _AND_NEXT.fullmatch(text[a.end : b.start]):
        return False
    return (y.start() - x.start()).days == 1


def _refined(text: str, m: DateMention, mentions: list[DateMention], pairs: list) -> DateMention:
    """ "in the first half of 2010, from 30 June to 2 July": the days that follow narrow the period."""
    taken = {id(p[0]) for p in pairs}
    if m.date is None or m.date.first is None:
        return m
    lo, hi = m.date.first.start(), (m.date.last or m.date.first).end()
    for d in mentions:
        if d.start < m.end or id(d) in taken or d.date is None or d.date.first is None:
            continue
        if not re.match(
            r"^\s*,?\s*(?:(?:from|on|between)\s+)?(?:the\s+)?$", text[m.end : d.start], re.IGNORECASE
        ):
            break
        finer = (d.date.first.day or 0, d.date.first.month or 0) > (
            m.date.first.day or 0,
            m.date.first.month or 0,
        )
        if finer and lo <= d.date.first.start() <= hi:
            return replace(d, relative=None)  # its year is the one the text just gave
        break
    return m


#: A month that qualifies a meeting's name ("June Board meeting", "our September session", "its March
#: meeting"), not one said after a preposition inside a longer title ("… in July next year").
_MONTH_IN_NAME = re.compile(
    r"(?:^|(?:\b(?:our|the|its|their|his|her|this|that|last|next|year['’]s)\s+))"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?=[A-Za-z])(?!(?:next|last|this)\b)"
)


def _month_of_the_name(m: DateMention, title: str | None) -> DateMention:
    """ "One year ago, at our June Board meeting", "last year's September session": a meeting named by its
    month, dated by a year; the month says which part of that year."""
    if not title or m.date is None or m.date.first is None or m.date.first.month is not None:
        return m
    if m.date.last is not None and m.date.last.year != m.date.first.year:
        return m
    months = {found["month"] for found in _MONTH_IN_NAME.finditer(title)}
    if _MONTH_IN_NAME.search(title) is None:
        return m
    if len(months) != 1:
        return m
    month = MONTH_NUMBERS[months.pop().lower()]
    return replace(m, date=PartialDate(DatePoint(m.date.first.year, month)))
