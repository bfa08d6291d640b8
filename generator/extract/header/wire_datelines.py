"""A news item's or a release's dateline opening its first sentence ("LINDHAVEN, 4 May 2009 - The Minister
…") and an agency's dateline shapes: on a news page they are where the header ends and the text begins,
and they say where and when the item was filed."""

from __future__ import annotations

import re

from ..dates import exact_days, find_dates, in_english
from .capitals import _unshout
from .place import is_place
from .words import _WEEKDAY

#: A press release's first sentence opens with its dateline: "LINDHAVEN, 4 May 2009 - The Minister …".
WIRE_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,3},\s+"
    # "ADDIS ABABA, Ostrava, January 25, 2012/Basin Press Agency (BPA)/ —": a country, then an agency
    r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+(?=[A-Z][a-z]+\s+\d|\d))?(?:[A-Z][a-z]+\s+)?"
    r"(?:(?:\d{1,2}\s+(?:[A-Z][a-z]+|[A-Z]{3,9})\.?|(?:[A-Z][a-z]+|[A-Z]{3,9})\.?\s+\d{1,2},?)\s+(?:19|20)\d\d"
    # "20.07.2012", day first, as a site's wire writes it
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d))"
    # ("… /Basin Wire/ -- The …": two hyphens for a dash)
    r"\s*(?:/[^/\n]{1,80}/\s*)?(?:[-–—]{1,2}|\([^()\n]{1,40}\)\s*[-–—]{0,2})\s+(?=\S)"
)


_WIRE_CITY = r"[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,3}"
_WIRE_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+|[A-Z]{3,9})\.?|(?:[A-Z][a-z]+|[A-Z]{3,9})\.?\s+\d{1,2},?)"
    r"\s+(?:19|20)\d\d"
)
#: Other shapes of a release's opening dateline: "12 May 2010, Lindhaven – …", "(Lindhaven, 12 May 2010) …",
#: "LINDHAVEN (12 May 2010) – …".
_WIRE_VARIANTS = [
    re.compile(rf"^(?P<d>{_WIRE_DATE}),\s+(?P<c>{_WIRE_CITY})\s*[-–—]+\s+(?=\S)"),
    re.compile(rf"^\((?P<c>{_WIRE_CITY}),\s+(?P<d>{_WIRE_DATE})\)\s*[-–—]*\s*(?=[A-Z\"“])"),
    re.compile(rf"^(?P<c>{_WIRE_CITY})\s+\((?P<d>{_WIRE_DATE})\)\s*[-–—]+\s+(?=\S)"),
    # "LINDHAVEN, Ostrava (Basin Observer, July 30, 2012) – …": the city, its country, then the paper that
    # printed the item and its day in one bracket
    re.compile(
        rf"^(?P<c>{_WIRE_CITY})(?:,\s+[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){{0,2}})?\s+"
        rf"\((?:[^(),]{{2,60}}),\s+(?P<d>{_WIRE_DATE})\)\s*[-–—]+\s+(?=\S)"
    ),
]


#: A writer's by-line run into the dateline it stands over, as a blog's copy flattens the two: "By Oren Halm
#: LINDHAVEN, Estravia (Basin Observer, May 3, 2010) - …" (the name in small letters, the city in capitals).
_BY_LINE_RUN_IN = re.compile(r"^By\s+(?:[A-Z][a-z'’.\-]+\s+){1,4}(?=[A-Z][A-Z'’.\-]+[\s,])")
#: A footnote's number run onto a dateline's year in a PDF's copy: "Lindhaven, 29 July 20101 – The …".
_FOOTNOTE_ON_YEAR = re.compile(r"^(.{4,60}?\b(?:19|20)\d\d)[1-9](?=\s*[-–—]{1,2}\s)")


def wire_dateline(line: str) -> tuple[str, int] | None:
    """A release's first sentence opening with its dateline: the dateline ("LINDHAVEN, 4 May 2009") and where
    the sentence starts after it."""
    footnote = _FOOTNOTE_ON_YEAR.match(line)
    if footnote:
        found = wire_dateline(footnote[1] + line[footnote.end() :])
        return (found[0], found[1] + 1) if found else None
    by_line = _BY_LINE_RUN_IN.match(line)
    if by_line:
        found = wire_dateline(line[by_line.end() :])
        return (found[0], found[1] + by_line.end()) if found else None
    m = WIRE_DATELINE.match(line)
    if m:
        return m["dateline"], m.end()
    for pattern in _WIRE_VARIANTS:
        m = pattern.match(line)
        if m and is_place(m["c"]):
            return f"{m['c']}, {m['d']}", m.end()
    return lead_dateline(line)


#: Where a news item's opening dateline may end and its first sentence begin: a dash, a colon, or a bracket
#: closed before a capital ("12.05.2010 (Basin News) The Minister …").
# (also a full stop right after the year: "LINDHAVEN, June 25, 2010. The Minister …")
_LEAD_END = re.compile(r"\s*(?:\.?[-–—]{1,2}\s+|:\s+|(?<=\))\s+|(?<=(?:19|20)\d\d)\.\s+)(?=[\"“‘A-Z])")
#: A wire's name in capitals before its day, closed by a full stop: "BASIN-NEWS.", "EV-PRESS.", "BPA."
_WIRE_NAME = re.compile(r"[A-Z][A-Z&]+(?:-[A-Z&]+)*\.")
#: A news agency's or a paper's name beside the day: "(BPA)", "(Basin.Net)", "BASINPRESS", "(Basin News/AB)".
#: ("(BPA / BASINGOV.ORG)": two sources, a slash between them)
_AGENCY_NAME = re.compile(r"^[A-Z][\w.&'’/\-]*(?:\s+(?:/\s+)?[A-Z&][\w.&'’/\-]*){0,3}$")


def lead_dateline(line: str) -> tuple[str, int] | None:
    """A news item's first sentence opening with its dateline in any order of its parts: the day before the
    city ("12 May 2010 (LINDHAVEN) — …"), the day alone before a colon ("12 May 2010: In his address …"),
    an agency and the day in brackets ("BPA (May 12, 2010): …"), the day and then the agency ("12.05.2010
    (Basin News) The Minister …"), the city run on into the day ("Lindhaven,12 May 2010: …").

    The words before the break must be one whole day (day, month and year) with nothing beside it but a
    city, an agency's name or a weekday: a sentence opening with a date ("On 12 May 2010, the …") or a
    title ending in one is not a dateline. The dateline is returned as "City, day" (the city only when it
    stands before the day with a comma, or in brackets after it and is a known city) and where the
    sentence starts."""
    from ..city import is_known_city  # (city.py reads this package's words)

    for end in _LEAD_END.finditer(line[:110]):
        # ("Lindhaven, 12 de mayo de 2010.- El …", "12 mai 2010 (LINDHAVEN) — …": a month in another language)
        head = in_english(line[: end.start()].strip())
        days = [d for d in exact_days(head) if d.date is not None and d.date.first is not None]
        if len(days) != 1 or len(find_dates(head)) != 1:
            continue
        day = days[0]
        point = day.date.first if day.date is not None else None
        if point is None or point.day is None or (day.date is not None and day.date.last is not None):
            continue  # (a span of days is a meeting's, not the day a news item was filed)
        before, after = head[: day.start], head[day.end :]
        city = None
        fits = True
        for side, text in (("before", before), ("after", after)):
            for part in re.split(r"(\([^()]*\))", text):
                bracketed = part.startswith("(")
                # ("(BPA / MINISTRY.GOV.EV)": an agency and the site it took the item from, in one bracket)
                for piece in re.split(r"[,()]|\s/\s" if bracketed else r"[,()]", part):
                    piece = piece.strip(" /")
                    if not piece or _WEEKDAY.match(piece):
                        continue
                    if piece.lower() in _NOT_A_SPOT:
                        fits = False  # "TODAY (12 May 2010) - …"
                    elif city is None and (
                        (
                            side == "before"
                            and not bracketed
                            and before.rstrip().endswith(",")
                            and is_place(piece)
                        )
                        or (side == "after" and bracketed and is_known_city(piece))
                        # "May 06 2011, Lindhaven: …": the day first, its city after a comma
                        or (
                            side == "after"
                            and not bracketed
                            and after.lstrip().startswith(",")
                            and is_place(piece)
                        )
                    ):
                        city = _unshout(piece) if piece.isupper() else piece  # "Lindhaven, 12 May 2010"
                    elif not (
                        (bracketed and _AGENCY_NAME.match(piece) and len(piece) <= 40)
                        or re.fullmatch(r"[A-Z]{2,10}", piece)  # "BPA (12 May 2010): …"
                        # "BASIN-NEWS. May 12, 2010. The …": a wire's name in capitals, then its day
                        or (side == "before" and not bracketed and _WIRE_NAME.fullmatch(piece))
                    ):
                        fits = False
        if fits:
            said = head[day.start : day.end]
            return (f"{city}, {said}" if city else said), end.end()
    return None


#: "Lindhaven (Basin Press/Wire) - A meeting of …", "Seoul, May 12 (Basin News) -- …": a news agency's
#: dateline, its city and its name (and a day without the year, not read).
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’\-]{1,40}(?:\s+[A-Z][\w'’\-]{1,40}){0,2})(?:,\s+(?P<day>(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?P<year>,?\s+(?:19|20)\d\d)?))?"
    # ("Port-Lindhaven, Estravia (BPA) – …": the city, then its country before the agency)
    r"(?:,\s+(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s*\())?"
    # ("Lindhaven (Basin Wire): The …": a colon for the dash; "Lindhaven(BPA)-The …" typed without spaces)
    # ("Lindhaven, Aug 7 (Basin Wire) Foreign ministers …": the agency's bracket, then the sentence, no dash)
    r"(?:\s*\((?P<agency>[^()]{2,60})\)|,\s+(?P<initials>[A-Z]{2,6}))\s*(?:[-–—]{1,2}|(?<=\)):|(?<=\))(?=\s))"
    r"\s*(?=[A-Z\"“])"
)
#: "Oct 7, 2005 (LINDHAVEN) — …": a wire's day first, then its city in capitals in brackets.
_DAY_THEN_CITY = re.compile(
    r"^(?P<day>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+(?:19|20)\d\d)\s+"
    r"\((?P<place>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,2})\)\s*[-–—:]{1,2}\s*(?=[A-Z\"“])"
)
#: "Lindhaven, August 6: X, the President of …": an agency's dateline with a colon, often without the year.
_COLON_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’\-]{1,40}(?:\s+[A-Z][\w'’\-]{1,40}){0,2}),\s+(?P<day>(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?P<year>,?\s+(?:19|20)\d\d)?):\s+\S"
)
#: "Lindhaven, News Agencies:", "Lindhaven, BPA:": a news item's city and its agencies, a line of its own above
#: the text (no date).
_CITY_AGENCY = re.compile(
    r"^(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s+"
    r"(?P<agency>(?:[A-Z][\w.&'’\-]*\s+){0,3}(?:News|Agency|Agencies|Press|Wire|Wires|Service|Services)|[A-Z]{2,6})"
    r"\s*:\s*$"
)
#: "TEHRAN: Mr. Chairman; …": a news agency's dateline, the place in capitals and a colon.
_PLACE_COLON = re.compile(r"^(?P<place>[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]{2,}){0,2}):\s+\S")
#: "Lindhaven — Leaders of the region are meeting …": a news item's city and a dash, without a date.
_PLACE_DASH = re.compile(
    r"^(?P<place>[A-Z][\w'’.\-]{1,40}(?:\s+[A-Z][\w'’.\-]{1,40}){0,2})"
    # ("LINDHAVEN, Norway — The …": the city, then its country)
    r"(?:,\s+(?P<country>[A-Z][\w'’.\-]{1,40}(?:\s+[A-Z][\w'’.\-]{1,40}){0,2}))?\s+(?:[—–]|--)\s+[A-Z\"“]"
)
_NOT_A_SPOT = {
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "here",
    "first",
    "finally",
    "however",
    "indeed",
    "note",
    "source",
    "text",
    "update",
    "speech",
    "statement",
    "subject",
    "date",
    "place",
    "editor",
    "editors",
    "photo",
    "transcript",
    "remarks",
    "check",
    "embargo",
    "embargoed",
    "attention",
    # a transcript's turns: "MODERATOR: Good afternoon …", "QUESTION: …"
    "moderator",
    "question",
    "answer",
    "participant",
    "operator",
    "interpreter",
    "audience",
}
