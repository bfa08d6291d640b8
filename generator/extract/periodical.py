"""Whether a page is a periodical's issue or a listing of several news items rather than one statement.

An embassy's monthly, a ministry's weekly bulletin or a site's page of dated entries gathers items from
many places and days: a city found in one item's dateline, in a teaser or in the masthead says where that
item happened or where the periodical is published, not where one statement was made. The header readers
still read such a city; ``provenance.hold_weak`` holds it as a candidate to check when this module says the
page is one of these (the masthead's day, a day of publication, stays the page's date).
"""

from __future__ import annotations

import re

from ..content.partial_date import DatePoint
from ..content.speech import normalise_space
from .dates import find_dates

#: A masthead's words naming a periodical: "Issue No 268", "Vol. 3, No. 2", "The Official Monthly
#: Publication of …", "a weekly online publication of the Ministry", "Newsletter of the Embassy",
#: "Information Bulletin". (Read on the opening lines in lower case: mastheads are set in odd capitals.)
_MASTHEAD = re.compile(
    r"\bissue\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,4}\b|"
    r"\bvol(?:ume)?\.?\s*\d{1,3}\s*,?\s*(?:no\.?|number|issue)\s*\d{1,4}\b|"
    r"\b(?:daily|weekly|fortnightly|bi-?weekly|monthly|bi-?monthly|quarterly)\s+(?:online\s+|electronic\s+|e-)?"
    r"(?:publication|newsletter|bulletin|digest|review|magazine)\b|"
    r"\bofficial\s+(?:\w+\s+){0,2}publication\b|"
    r"\b(?:newsletter|e-?bulletin|news\s+bulletin|information\s+bulletin|press\s+digest|news\s+digest)\s+"
    r"(?:of|from|by)\s+the\b"
)

#: An issue numbered over a period of days: "[FPN] No. 71/72, 22 June - 3 July 2009", "No. 14, 1-15 May":
#: a bulletin covering a fortnight (a press release's number is given with one day, "No: 137, 3 May 2014").
_NUMBERED_PERIOD = re.compile(
    r"\bno\.?\s*\d{1,4}(?:/\d{1,4})?,?\s+\d{1,2}(?:\s+[a-z]+)?\s*[-–]\s*\d{1,2}\s+[a-z]+(?:\s+\d{4})?\b"
)

#: A news item's by-line with its day ("By admin, 13 March, 2005", "Posted by X on 4 May 2011") and a wire
#: dateline opening a paragraph ("CHRIST CHURCH, BARBADOS – …", "LINDHAVEN, Estravia - …"): each opens one
#: item of a listing. (One item has one of each: two of either kind make a listing.)
_BY_LINE_DAY = re.compile(
    r"^(?i:(?:posted\s+|written\s+)?by)\s+[\w.\-]+(?:\s+[\w.\-]+){0,3},?\s+(?:on\s+)?"
    r"(?:\d{1,2}\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2}),?\s+\d{4}\b"
)
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3},\s+[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,3}"
    r"\s+[-–—]\s"
)

#: A newspaper's volume and number on its masthead ("Volume XXI, Number 327"): its day of issue is on the
#: same line; its lead's dateline still places the lead (a newspaper is not held as a periodical's pages).
_NEWSPAPER_NUMBER = re.compile(r"\bVolume\s+[IVXLC\d]{1,7},?\s+(?:Number|No\.?)\s*\d{1,5}\b")

#: A news ticker's or a feed's item stamp, a line of its own: "10:23 06.09.2012", "06.09.2012, 10:23".
_STAMP_LINE = re.compile(
    r"^(?:\d{1,2}:\d\d\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d\d)$"
)

_OPENING_LINES = 15


def periodical_page(text: str) -> str | None:
    """Why the page is a periodical's issue or a listing of news items, or None when it reads as one text."""
    lines = [normalise_space(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    top = " \n".join(lines[:_OPENING_LINES]).lower()
    m = _MASTHEAD.search(top)
    if m:
        return f"a periodical's issue (“{m.group(0)}”): its items come from many places"
    m = _NUMBERED_PERIOD.search(top)
    if m:
        return f"a bulletin's issue over a period (“{m.group(0)}”): its items come from many places"
    if listing_page(lines):
        return "a listing of news items, each under its own by-line or dateline"
    return None


def listing_page(lines: list[str]) -> bool:
    """Two news items or more, each opening on its own by-line with its day, its wire dateline or a ticker's
    stamp of an hour and a day: the page's first day is its first item's, not one statement's."""
    return any(
        len({line for line in lines if kind.match(line)}) >= 2
        for kind in (_BY_LINE_DAY, _WIRE_DATELINE, _STAMP_LINE)
    )


def _one_day_or_month(line: str) -> DatePoint | None:
    """The one date a line gives (a day, or a month for a monthly), read with its words in title case (a
    masthead in odd capitals, "FrIDAy, 31 AuGust 2012", reads as "Friday, 31 August 2012"); None when the
    line gives a span or several dates."""
    titled = " ".join(word.capitalize() if word.isalpha() else word for word in line.split())
    found = {
        d.date.first
        for d in find_dates(titled)
        if d.date is not None and d.relative is None and d.date.first is not None and d.date.first.year
    }
    spans = [d for d in find_dates(titled) if d.date is not None and d.date.last is not None]
    if len(found) != 1 or spans:
        return None
    point = next(iter(found))
    return point if point is not None and point.year is not None and point.month is not None else None


def issue_date(text: str) -> DatePoint | None:
    """A periodical's day of issue: the one date on its masthead's line ("Issue No 268 Friday, 31 August
    2012", "JUNE 2008 The Official Monthly Publication of …"), or, for a bulletin numbered over a period
    ("No. 7, 12 - 16 November 2007"), the stamp of one day on a short line of its own below ("16.11.2007.
    14:50"): the period is what the issue covers, the stamp the day it came out."""
    lines = [line for line in (normalise_space(raw) for raw in text.split("\n")) if line][:_OPENING_LINES]
    for line in lines:
        if _MASTHEAD.search(line.lower()) or _NEWSPAPER_NUMBER.search(line):
            point = _one_day_or_month(line)
            if point is not None:
                return point  # (a site's menu or title may name the issue first without its day)
    if any(_NUMBERED_PERIOD.search(line.lower()) for line in lines):
        for line in lines:
            point = _one_day_or_month(line) if len(line.split()) <= 4 else None
            if point is not None and point.day is not None:
                return point
    return None
