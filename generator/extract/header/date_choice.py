"""Which day the header dates the statement by when its lines give several, or only a span: a title's own
day over a page's bare date line, a release's own day, a meeting's span (its first or last day only when
the statement opened or closed it), a title closing with its date (and the place beside it), a meeting's
year when nothing gives the day."""

from __future__ import annotations

import re

from ...content.partial_date import DatePoint, PartialDate
from ..countries import is_country
from ..dates import DateMention, exact_days, find_dates, in_english
from .capitals import _unshout
from .datelines import dateline
from .facts import Header
from .line_shapes import _KIND_WORDS, _STATEMENT, _YEAR_TITLE
from .occasion import _OCCASION_START, ORDINAL
from .place import _PLACE_WORDS, is_place
from .place_choice import _DESTINATION
from .words import EVENT_WORDS

#: A statement made when its meeting ends: "Communiqué issued at the conclusion of the … Meeting", "Closing
#: remarks". (A "Final Communiqué" names the meeting's last document, not the day it was issued.)
_AT_CLOSE = re.compile(
    r"\b(?:issued|adopted|released|made|delivered)\s+at\s+the\s+(?:conclusion|close|end)\s+of\b|"
    r"\bclosing\s+(?:statement|remarks|address|session|ceremony|plenary|speech)\b",
    re.IGNORECASE,
)
#: A statement made when its meeting opens: "Opening remarks by …", "Address at the opening session of …", "I
#: am honoured to address the opening session of …", "Inaugural address".
AT_OPENING = re.compile(
    r"\bopening\s+(?:session|ceremony|remarks|statement|address|speech|plenary|segment|meeting)\b|"
    r"\binaugural\s+(?:session|address|speech|ceremony|meeting)\b|"
    r"\b(?:address|speech|remarks|statement)\s+(?:at|to)\s+the\s+opening\b|"
    # "… on the occasion of the (official) opening of the … Meeting", "At the Opening of the … Session"
    r"\b(?:on\s+the\s+occasion\s+of|at)\s+the\s+(?:official\s+)?opening\s+of\b",
    re.IGNORECASE,
)


def _dating_span(h: Header) -> PartialDate | None:
    """The span of days among the header's lines that the statement's date is one end of, when no line
    gives that day alone ("Communiqué …, 29-30 December 2008", with no date of issue)."""
    if h.date is None or h.date.day is None:
        return None
    span = None
    for line in h.lines:
        mentions = [d for d in find_dates(line) if d.date is not None and d.relative is None]
        spans = [d.date for d in mentions if d.date is not None and not _one_day(d)]
        for d in spans:
            if d.last is not None and d.last.day is not None and h.date in (d.first, d.last):
                span = span or d
        if any(_one_day(d) and d.date is not None and d.date.first == h.date for d in mentions):
            return None  # the day is said alone too
        if not spans:
            trial = Header()
            if dateline(trial, line) and trial.date == h.date:
                return None  # ("29 /03/ 2009": a day in a shape only the dateline reads)
    return span


def _span_day(h: Header) -> None:
    """A header that dates the statement only by its meeting's span of days says which day only when it says
    the statement closed the meeting ("… issued at the conclusion of the … Meeting, 4-6 July 2012": the
    6th) or opened it ("Opening remarks by …": the first day). Otherwise the day is not given: the span is
    kept (``date_span``) and the draft holds the day as a candidate, unless a reading below (the statement's
    own opening, a dateline at its end) says more (``header_elsewhere.read_header``)."""
    span = _dating_span(h)
    if span is None:
        return
    if any(_AT_CLOSE.search(line) for line in h.lines) and span.last is not None:
        h.date = span.last
    elif any(AT_OPENING.search(line) for line in h.lines):
        h.date = span.first
    else:
        h.date_span = span


#: A title line that ends by saying where and when: "… Meeting … to be held in Lindhaven on 26 September
#: 2011", "… Talks … in Lindhaven on 25-26 November 2008", "Joint statement by … on 10 October 2007 in
#: Lindhaven", "… Second Committee on item 22 (a), CR-2, 21 October 2013".
_IN_PLACE_ON = re.compile(rf"\bin\s+(?P<p>{_PLACE_WORDS}),?\s+on\s+(?P<d>[^,;]{{6,40}}?)[.)]?$")
_ON_DATE_IN = re.compile(rf"\bon\s+(?P<d>[^,;]{{6,30}}?),?\s+in\s+(?P<p>{_PLACE_WORDS})[.)]?$")
_COMMA_DATE = re.compile(r",\s+(?P<d>[^,;]{6,30}?)[.)]?$")
#: A whole date closing a title line after a dash, a comma, "of" or "on" (a bar's is a list of links', read
#: with its fields by ``header_elsewhere.page_dateline``).
_TITLE_CLOSING_DATE = re.compile(
    # ("… Congress den 9. oktober 2009", "… le 5 décembre 2010": a title in another language, the article of
    # its date)
    r"(?P<sep>\s[-–—]\s+|,\s+|\s(?:of|on|den|am|le|el|du|del|vom)\s+)(?P<d>[^,;()|]{6,30}?)\.?$"
)
#: A dateline in brackets closing a header line: "… Minister of X, N. Y (Lindhaven, 13.10.2011)".
_CLOSING_BRACKET = re.compile(r"(\([^()]{6,60}\))\s*$")
#: A title whose people are followed by where they spoke: "Transcript of media interaction by the Minister and
#: the Foreign Minister of X in Lindhaven" (not "… by the Minister on the elections in X": a subject).
_BY_THEN_IN = re.compile(
    rf"\bby\s+(?P<who>(?:(?!\s(?:on|about|regarding|concerning|to|at|for)\s)[^,;:()])+?)\s+in\s+(?P<p>{_PLACE_WORDS})\.?$"
)


def _one_day(mention: DateMention) -> bool:
    """A mention of one whole day, not a span of days ("4-6 July 2012" is a meeting's, whichever day the
    statement was made on)."""
    d = mention.date
    return (
        d is not None
        and d.first is not None
        and d.first.day is not None
        and (d.last is None or d.last == d.first)
    )


def title_day(h: Header, mention: DateMention) -> None:
    """The day a title line gives its own occasion ("… Regular Press Conference on April 22, 2010",
    "Address to the Plenary, …, Geneva, 30 May 2012."). It dates the statement over a bare date line of the
    page read before or after it — the day the page was posted ("2010/04/23" under the title) or read (a
    masthead's "Sunday, May 27, 2018") — but not over a dateline with its place. A span of days in a
    title is its meeting's and only fills an empty date."""
    if mention.date is None or mention.date.first is None:
        return
    if h.date is None:
        h.date, h.date_titled = mention.date.first, _one_day(mention)
    elif h.date_bare and h.date_place is None and _one_day(mention):
        h.date, h.date_bare, h.date_titled = mention.date.first, False, True


#: A press release's or a press statement's title: "MFA Press Statement: …", "Media Release – …".
_RELEASE_TITLE = re.compile(
    r"^\W*(?:[A-Z]{2,8}\s+)?(?:press|media|news)\s+(?:release|statement)\b", re.IGNORECASE
)


def _release_day(h: Header) -> None:
    """A press release's title dates what it reports ("Press Statement: Minister X at the … Session, 25
    September 2010"), not the release: a bare date line beside it ("26 September 2010") is the release's
    own day. (A speech's or a briefing's title dates its occasion, which is the statement's day.)"""
    if h.date_titled and h.bare_day is not None and any(_RELEASE_TITLE.match(line) for line in h.lines):
        h.date, h.date_titled, h.date_bare = h.bare_day, False, True


def _rest_on_day(h: Header, rest: str) -> bool:
    """What follows a title's kind of statement is "on" and one day ("X's Regular Press Conference on April
    22, 2010"): the day of the title's occasion (``title_day``)."""
    m = re.fullmatch(r"on\s+(?:the\s+)?(?P<d>.{6,30}?)\.?", rest.strip())
    days = exact_days(m["d"]) if m else []
    if m is None or len(days) != 1 or days[0].start != 0 or days[0].end < len(m["d"]):
        return False
    title_day(h, days[0])
    return True


def _title_ends_dated(h: Header) -> None:
    """The date and place a title line ends with, when no dateline gave them: the statement's own occasion
    (a title names it, then says where and when). Only a whole date with its day dates the statement; a
    line announcing a journey ("… to visit Lindhaven on …") does not place it."""
    for line in h.lines:
        closing = _CLOSING_BRACKET.search(line)
        if closing and closing.start() > 0:
            # "Statements of Minister A and Minister B (Lindhaven, 13.10.2011)": whatever the title before
            # it, a dateline in brackets closing a header line dates and places it (``dateline``'s order:
            # one with a place wins over a bare one); a journey's title ("… to visit X (date)") only dates it
            trial = Header(date=h.date, date_place=h.date_place, place=h.place)
            if dateline(trial, closing.group(1)):
                h.date, h.date_place = trial.date, trial.date_place
                if h.place is None and trial.place is not None and not _DESTINATION.search(line):
                    h.place, h.place_shape = trial.place, "a dated bracket closing a header line"
    for line in h.lines:
        if h.place is None and not _DESTINATION.search(line):
            by_in = _BY_THEN_IN.search(line.strip())
            if by_in and (is_place(by_in["p"]) or is_country(by_in["p"])):
                h.place, h.place_shape = by_in["p"], "a title's people, then “in X”"
    for line in h.lines:
        # (a title in capitals too: "KEYNOTE ADDRESS BY … AT THE OPENING OF …, MAY 31st , 2012 – LINDHAVEN")
        if h.place is None and _TITLE_KIND.search(line) and _dated_then_city(h, line.strip()):
            return
    for line in h.lines:
        if not (
            _STATEMENT.match(line) or EVENT_WORDS.search(line) or re.search(r"\bstatement\b", line, re.I)
        ):
            continue
        text = line.strip()
        for pattern in (_IN_PLACE_ON, _ON_DATE_IN, _COMMA_DATE):
            m = pattern.search(text)
            if not m:
                continue
            said = [d for d in find_dates(m["d"]) if d.date is not None and d.relative is None]
            point = said[0].date.first if len(said) == 1 and said[0].date is not None else None
            if point is None or point.day is None or point.year is None:
                continue
            if said[0].start != 0 or said[0].end < len(m["d"].rstrip(" .")):
                continue  # (the date is the whole tail: nothing after it)
            title_day(h, said[0])
            place = m.groupdict().get("p")
            if h.place is None and place and is_place(place) and not _DESTINATION.search(line):
                h.place = place
            return
    for line in h.lines if h.date is None else []:
        # "Minister to visit the south - 20 July 2012", "Noon briefing of 20 July 2012": a whole date closing
        # a title line after a dash or a comma (or "of"/"on" after a kind of statement) is the day the
        # page gives it; the date only, a title says where only in the shapes above
        m = _TITLE_CLOSING_DATE.search(line.strip())
        if m is None or (
            # ("Noon briefing of DATE"; not "Statement on the anniversary of 11 September 2001", a subject's day)
            m["sep"].strip() in ("of", "on")
            and not re.search(rf"\b{_KIND_WORDS}\s*$", line.strip()[: m.start()], re.I)
        ):
            continue
        # ("… den 9. oktober 2009": a title in another language; a date line of a weekday and a date, a blog's
        # post date, is the header's dateline to read, not a title's)
        tail = in_english(m["d"]) if m["sep"].strip() not in ("-", "–", "—", ",", "of", "on") else m["d"]
        days = exact_days(tail)
        if len(days) == 1 and days[0].start == 0 and days[0].end >= len(tail.rstrip(" .")):
            h.date = days[0].date.first if days[0].date is not None else None
            h.date_titled = _one_day(days[0])  # (a dateline with its place, at the foot too, says more)
            return


#: What a title names: a kind of statement or the meeting it is given at.
_TITLE_KIND = re.compile(
    r"\b(?:address|speech|statement|remarks|lecture|intervention|meeting|conference|summit|session|forum)s?\b",
    re.IGNORECASE,
)
#: A title closing with its day, a dash and the city: "… OPENING OF THE ANNUAL MEETINGS, MAY 31st , 2012 –
#: LINDHAVEN" (a dateline with the city last).
_DASH_CITY = re.compile(rf"\s[-–—]\s+(?P<p>{_PLACE_WORDS})\.?$")


#: The same with the city first: "… at the Opening of the Basin Forum, Lindhaven – 31 May 2012".
_CITY_DASH_DATE = re.compile(rf",\s+(?P<p>{_PLACE_WORDS})\s+[-–—]\s+(?P<d>[^,;()|]{{6,30}}?)\.?$")


def _dated_then_city(h: Header, text: str) -> bool:
    """The date and city a title line ends with, set off by a dash (the city after the date, or before it):
    the statement's own occasion, dated and placed. Only a whole date beside the dash."""
    if _DESTINATION.search(text):
        return False
    parts = re.split(r"\s[-–—]\s+", text)
    trial = Header()
    # "Keynote speech by X — Lindhaven, March 13, 2011": a whole dateline after the title's dash
    dated = len(parts) > 1 and len(parts[-1].split()) <= 8 and dateline(trial, parts[-1])
    if dated and trial.date is not None and trial.date.day is not None and trial.place is not None:
        h.date = h.date or trial.date
        h.place, h.place_shape = trial.place, "a title closing with a dash and its dateline"
        return True
    first = _CITY_DASH_DATE.search(text)
    if first is not None:
        days = exact_days(first["d"])
        place = _unshout(first["p"])
        whole = len(days) == 1 and days[0].start == 0 and days[0].end >= len(first["d"].rstrip(" ."))
        point = days[0].date.first if whole and days[0].date is not None else None
        if point is not None and point.day is not None and is_place(place):
            h.date = h.date or point
            h.place, h.place_shape = place, "a title closing with its city, a dash and the date"
            return True
    m = _DASH_CITY.search(text)
    if m is None:
        return False
    head = text[: m.start()].rstrip(" ,")
    days = [d for d in exact_days(head) if d.date is not None and d.date.first is not None]
    place = _unshout(m["p"])
    if not days or days[-1].end < len(head) or days[-1].start == 0 or not is_place(place):
        return False  # (a date alone before the dash is a dateline's, read by ``dateline``)
    point = days[-1].date.first if days[-1].date is not None else None
    if point is None or point.day is None:
        return False
    h.date = h.date or point
    h.place, h.place_shape = place, "a title closing with its date, a dash and the city"
    return True


#: "… Regular Session of the Basin Conference 2010": a meeting named with its year at the end of a line.
_MEETING_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)\s*[.)]?\s*$")


def _year_of_title(lines: list[str]) -> DatePoint | None:
    """The year a header's title gives its meeting ("… General Conference 2010", "2012 Statement") when no
    line dates the statement: the year is stated, the day is not (the draft gives the year only)."""
    for line in lines:
        m = _MEETING_YEAR.search(line)
        # the statement's own occasion ("Statement to the … Conference 2010", "Fifty-Fourth Session of …
        # 2010"), not a meeting a title looks ahead to ("Preparing for the Basin Summit 2015")
        own = _STATEMENT.match(line) or _OCCASION_START.match(line) or ORDINAL.match(line)
        if (
            m
            and own
            and EVENT_WORDS.search(line[: m.start()])
            and not re.search(r"\b(?:by|until|to|vision|agenda)\s*$", line[: m.start()], re.I)
        ):
            return DatePoint(int(m["y"]))
        if _YEAR_TITLE.match(line.strip()) and re.match(rf"^\d{{4}}\s+{_KIND_WORDS}$", line.strip(), re.I):
            return DatePoint(int(line.strip()[:4]))
    return None


def _dated_months(line: str) -> list[DatePoint]:
    """The dates of a line said to the month at least (a year alone is a title's subject as often as not:
    "… Community in 2015 and Beyond")."""
    return [
        m.date.first
        for m in find_dates(line)
        if m.date is not None and m.relative is None and m.date.first is not None and m.date.first.month
    ]


def page_clock_lines(blocks: list[list[str]], text: str) -> set[str]:
    """The header's bare date lines that give the day the page was read, not the statement's: a site's clock
    ("Thursday, May 30, 2024" over a 2013 communiqué), a calendar widget ("Upcoming Events" / "March
    2023"), the teasers of later stories with their days. Such a line stands above another dated line of
    the header, is two years or more after it, and after every year the text below the header names. (On
    the tuning sets every header whose date lines were years apart had the statement's day in the earlier
    one: sixteen pages, a site's clock, a widget or a teaser each time.) A date line below the statement's
    own ("Statement on the anniversary of 11 September 2001" / "11 September 2011") is not one: the page's
    clock comes first; nor is a line with a place beside its date."""
    lines = [line for block in blocks for line in block]
    dated = [_dated_months(line) for line in lines]
    later = []
    for n, (line, points) in enumerate(zip(lines, dated)):
        below = [p.year for more in dated[n + 1 :] for p in more]
        if len(points) == 1 and below and points[0].year >= min(below) + 2:
            trial = Header()
            if dateline(trial, line) and trial.date == points[0] and trial.date_place is None:
                later.append((line, points[0].year))
    if not later:
        return set()
    heads = {" ".join(line.split()) for line in lines}
    said = [
        m.date.first.year
        for line in text.split("\n")
        if line.strip() and " ".join(line.split()) not in heads
        for m in find_dates(line)
        if m.date is not None and m.relative is None and m.date.first is not None
    ]
    return {line for line, year in later if year >= max(said, default=0) + 2}
