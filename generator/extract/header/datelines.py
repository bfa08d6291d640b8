"""A dateline (``dateline``): a date with only a place, a weekday, a time or a venue around it, in the many
ways pages write one. It records the date and place on the header in the order a page's several date
lines need (one with its place wins over a bare one; a later bare one over an earlier)."""

from __future__ import annotations

import datetime as dt
import re

from ...content.partial_date import DatePoint
from ..countries import is_country
from ..dates import find_dates, in_english
from .capitals import _unshout, _unshout_header
from .facts import Header
from .place import _is_known_city, is_place
from .words import _VENUE, _WEEKDAY, SEAT_CITIES


def _dated_bracket(line: str) -> bool:
    return bool(re.fullmatch(r"\([^()]{6,60}\)", line)) and any(m.date is not None for m in find_dates(line))


#: A meeting's name with its city run on before the date: "9th Basin States Summit Lindhaven, 31 May 2012".
_CITY_AFTER_MEETING = re.compile(
    r"\b(?i:summit|meeting|conference|session|forum|assembly|council|ministerial|congress|symposium)\s+"
    r"(?P<p>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$"
)


_TIME = re.compile(
    r"^(?:at\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:a\.?m\.?|p\.?m\.?|hrs?|hours))?(?:\s+[A-Z]{2,4})?"
    r"(?:\s*[-–]\s*\d{1,2}[:.h]\d{2})?$|^\(?\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}\)?$"
    r"|^(?:at\s+)?\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)$",
    re.IGNORECASE,
)


#: A time of day right after a date, as a site stamps a page: "20 July 2012 17:28 (UTC +04:00)".
_CLOCK = re.compile(r"^\s+\d{1,2}:\d{2}\b")
#: A site's stamp after its day: "- 00:43 UTC", ", 16:47 (CET)", "// 12:06", " 17:28", an agency's
#: ", 10.05AM IST, BPA", a site that prints its hour and minute unpadded ("- 0:0", "- 9:5").
_STAMP_CLOCK = re.compile(r"^,?\s*(?:[-–—|]|//)?\s*\d{1,2}(?::\d{1,2}\b|\.\d{2}[AaPp][Mm]\b)")
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
#: A ministry's document number that ends in its date, day first: "1402-25-09-2010".
_NUMBER_AND_DATE = re.compile(r"^\d{2,5}-(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d\d)$")
#: A press office's release number beside its dateline: "No. 2010/78", "2007/32".
_RELEASE_NUMBER = re.compile(r"^(?:No\.?\s*)?\d{2,4}/\d{1,4}$", re.IGNORECASE)


def dateline(h: Header, line: str) -> bool:
    """A line that is a date with only a place, a weekday, a time or a venue around it.

    "Port Sella, 18 May 2007", "(22 September 2008)", "June 4 2012,", "20 May  2010, New York",
    "Tuesday, 19 January 2010, at 10:00, Council Chamber", "(October 23, 2009 (Friday), United
    Nations University Headquarters)".
    """
    # "20.VII.2012": the month in Roman numerals (read before a line in capitals is lower-cased)
    line = re.sub(
        r"\b(\d{1,2})\.\s?(X?(?:IX|IV|V?I{0,3}))\.\s?((?:19|20)\d\d)\b",
        lambda r: f"{r[1]}.{_ROMAN_MONTHS.index(r[2]) + 1}.{r[3]}" if r[2] in _ROMAN_MONTHS else r[0],
        line,
    )
    text = _unshout_header(line.strip()) if line.strip().isupper() else line.strip()
    text = re.sub(
        r"\s*\([^()]*\b(?:script|transcript|version|delivered|translation|check)\b[^()]*\)",
        "",
        text,
        flags=re.I,
    )  # "12 March 2010 (Original script, may differ from delivered version)"
    # "SRE /Lindhaven, Estravia, 10 December de 2010": an office's initials over its city, and a Spanish "de"
    # left between the month and the year on a page translated by half
    text = re.sub(r"^[A-Z]{2,6}\s*/\s*(?=[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]{0,40}){0,2},)", "", text)
    text = re.sub(
        r"\b((?:January|February|March|April|May|June|July|August|September|October|November|December))"
        r"\s+de\s+(?=(?:19|20)\d\d\b)",
        r"\1 ",
        text,
    )
    published = re.match(r"^(?:first\s+)?published\b", text, re.IGNORECASE)
    # "Last updated: 08 Apr. 2009 11:25": when the page was changed, read only when nothing dated it before
    updated = re.match(r"^(?:last\s+)?(?:updated|modified)\b", text, re.IGNORECASE)
    # "Written: 2010-02-17 17:49:03Updated: 2010-02-17 19:02:28", "May 4, 2010 09:03 pm | Updated June 1, 2021
    # 10:49 pm - Lindhaven": the page's two stamps run together; the first (a city after the last is kept)
    text = re.sub(
        r"(?<=\d)(?:\s*[ap]\.?m\.?)?\s*(?:\|\s*)?(?:last\s+)?(?:updated|modified)(?:\s*:|\s+(?=[A-Z\d])).*?"
        r"(?=\s+[-–—]\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?$|$)",
        "",
        text,
        flags=re.IGNORECASE,
    )
    if re.match(r"^(?:posted|published)\b", text, re.IGNORECASE):
        text = re.sub(
            r"\s+by\s+\S+(?:\s+\S+)?$", "", text
        )  # "Posted on May 12, 2010 by admin": a blog's by-line
    text = re.sub(
        r"^on\s+(?:the\s+)?(?=\d|[A-Z])|"  # "… Press Conference on October 31, 2011": what follows the speaker's name
        r"^(?:date(?:\s+of\s+delivery)?|dated|delivered(?:\s+on)?|given(?:\s+on)?|place and date)\s*[:\-–]\s*"
        r"|^(?:(?:first\s+)?published|posted|last\s+updated|updated|modified|issued|released|written|created)"
        r"(?:\s+on)?\s*[:\-–]?\s*(?=\S)",
        "",
        text.strip("()[] "),
        flags=re.IGNORECASE,
    )
    text = text.strip(
        "()[] .,;:|~•·*»«›‹>"
    )  # "» Monday, July 7, 2008", ":: …": a blog's marks around its date
    text = re.sub(r"\s+[-–—|]+$", "", text)  # "• 07 Apr. 2009 -": a list of stamps' separator after the day
    # "Estravia, Lindhaven, 20 July 2012 / Basin Wire /": an agency's credit between slashes after the date
    text = re.sub(r"(?<=\d)\s*/\s*[A-Z][^/]{1,60}/?$", "", text)
    text = re.sub(r"\s+,", ",", text)  # "September 26 , 2009"
    # "Done at Lindhaven on 12 March 2010", "Issued in Lindhaven, …": a joint statement's or a declaration's end
    text = re.sub(
        r"^(?:(?:done|issued|adopted|signed|made|given)\s+)?(?:at|in)\s+(?=[A-Z])",
        "",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        r"^([A-Z][\w'’\-]{0,40}(?:\s+[A-Z][\w'’\-]{0,40}){0,3})\s+on\s+(?=\d|[A-Z][a-z]+\.?\s+\d)",
        r"\1, ",
        text,
    )
    text = re.sub(
        r",\s+in\s+(?:two|three|four|\d+)\s+originals?\b.*$", "", text
    )  # "…, in two originals in …"
    text = re.sub(
        r"^[A-Z][A-Za-z.]*(?:/[\w().\-]+)+(?:\s*\((?:restricted|limited|confidential|public)\))?\s+", "", text
    )  # "SG/Com(2008)1044 (restricted) 9 December 2008": the document's symbol, then its date
    text = re.sub(
        r"\b(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)\b", r"\1.\2.\3", text
    )  # "7. 5. 2009", day first
    text = re.sub(
        r"\s*\bOriginal:\s*[A-Z][a-z]+\b", "", text
    )  # a document's "Original: Spanish" beside its date
    # "Berlin, den 20. Juli 2012", "Genève, le 1er juillet 2012", "the 20th day of July 2012": an article before
    # the day, a French first, a day "of" its month
    text = re.sub(r"(?:(?<=,\s)|^)(?i:den|le|el|il|the)\s+(?=\d{1,2}(?:er|st|nd|rd|th)?\.?\s)", "", text)
    text = re.sub(r"\b(1)er\b", r"\1", text)
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\s+day\s+of\s+(?=[A-Z][a-z]+\s+(?:19|20)\d\d)", r"\1 ", text)
    # "20-Jul-2012", "Jul-20-2012": a site's date with hyphens
    text = re.sub(r"\b(\d{1,2})-([A-Z][a-z]{2,8})\.?-((?:19|20)\d\d)\b", r"\1 \2 \3", text)
    text = re.sub(r"\b([A-Z][a-z]{2,8})\.?-(\d{1,2})-((?:19|20)\d\d)\b", r"\1 \2, \3", text)
    text = in_english(text)  # "5 de diciembre de 2010", "5 Decemeber 2010", "2010/09/05"
    # "21/8/05", "01/29/14", "(09/06/08)": a site's day with a two-digit year, in whichever order the numbers,
    # a weekday beside them or a month the header already gave allow (none when they allow both)
    short = _NUMERIC_SHORT.search(text)
    text = _NUMERIC_SHORT.sub(lambda r: _numeric_day(r, text, h), text)
    # "03/25/2010": month first, as only a day over 12 can show; "12/03/2010" could be either and is not read
    text = re.sub(
        r"\b(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/((?:19|20)\d\d)\b", lambda m: f"{m[2]}.{m[1]}.{m[3]}", text
    )
    ambiguous = re.fullmatch(r"(?P<p>[^,\d]+),\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d", text)
    if ambiguous and is_place(ambiguous["p"].strip()):
        h.place = (
            h.place or ambiguous["p"].strip()
        )  # "Geneva, 12/03/2010": the city; the day or month is unknown
        return True
    numbered = _NUMBER_AND_DATE.match(text)
    if numbered:
        text = f"{numbered['d']}.{numbered['m']}.{numbered['y']}"  # "1402-25-09-2010": a release number and its date
    found = [
        m
        for m in find_dates(text)
        if m.date is not None
        and m.relative is None
        and m.date.first is not None
        and m.date.first.month is not None
    ]
    if not found and h.date is not None and h.date.year is not None:
        return _weekday_dateline(h, text)
    if len(found) != 1:
        return False
    m = found[0]
    assert m.date is not None
    # ("Harbour Hotel, Lindhaven: 5 August 2013": a colon between a venue's city and its date; not a label's,
    # "Publish Date: 08 February 2013")
    colon = r"|:\s" if re.search(r",[^:]*:\s*$", text[: m.start]) else ""
    before = [
        p.strip(" ()[]") for p in re.split(rf"[,;–—|•·]|\s[-/]\s{colon}", text[: m.start]) if p.strip(" ()[]")
    ]
    tail = text[m.end :]
    if _CLOCK.match(tail):
        # "Region News 20 July 2012 17:28 (UTC +04:00)", "20 July 2012 17:28 Region News": a site's time
        # stamp; the words run on into its date or after its clock are the page's section, not a place
        tail = ""
        if not re.search(r"[,;:–—|(]\s*$", text[: m.start]):
            before = []
    elif _STAMP_CLOCK.match(tail):
        tail = ""  # "8 NOV, 2010, 10.05AM IST,BPA": the clock and its zone, then the agency that stamped it
    if before and is_place(before[0]) and tail.strip() and not re.search(r"[a-z]", tail):
        tail = ""  # "Lindhaven, 20 January 2011 BASIN COUNCIL PCE 011/11": a PDF letterhead run on after it
    after = [p.strip(" ()[].") for p in re.split(r"[,;()–—|•·]|\s[-/]\s|\s//\s", tail) if p.strip(" ()[].")]
    places: list[str] = []
    venues: list[str] = []
    meeting_city: str | None = None
    for part in before + after:
        if _WEEKDAY.match(part) or _TIME.match(part) or _RELEASE_NUMBER.match(part):
            continue
        if part.lower() in ("on", "on the", "the", "dated", "of"):
            continue  # "Lindhaven, on the 12th May 2010"
        coded = re.match(r"^(?P<c>.+?)\s+(?:[A-Z]{2,3}|city)$", part)
        if coded and _is_known_city(coded["c"]) and not _is_known_city(part):
            places.append(_unshout(coded["c"]))  # "Wellington NZ", "Ulaanbaatar city": the city, not its tag
            continue
        if is_place(part):
            places.append(_unshout(part))
            continue
        if _VENUE.search(part) and len(part.split()) <= 8:
            seat = next((c for c in SEAT_CITIES if part.lower().endswith(" " + c)), None)
            if seat:
                places.append(part[-len(seat) :])  # "UN headquarters New York": the city after the venue
            else:
                venues.append(part)
            continue
        if _DOC_SYMBOL.match(part):
            continue
        runon = _CITY_AFTER_MEETING.search(part)
        if runon and is_place(runon["p"]):
            # "Third Basin Forum Port Korval, 31 May 2012": the meeting's city (the place, but its date is the
            # meeting's, so it does not outrank a bare date of issue as a dateline with its city would)
            meeting_city = meeting_city or runon["p"]
            continue
        if _NAME_LIKE.match(part):
            continue  # "United Nations", "Palais des Nations": where, though not a city
        return False
    if len(places) > 1 and is_country(places[0]) and not is_country(places[1]):
        places = places[1:]  # "Estravia, Lindhaven, 20 July 2012": an agency's country, then its city
    if (published or updated) and h.date is not None:
        return True  # "First published: …" under "Delivered on: …": the page's date, not the speech's
    if _STAMP_CLOCK.match(text[m.end :]) or short:
        # "Lindhaven, July 27th 2024 - 00:43 UTC": a site's stamp with its hour; above an article, the
        # masthead's city and the day the page was read; the article's own stamp lower down wins over it,
        # and the site's city is not where the statement was made; a circular's "(21/8/05)" is its issue's
        # stamp beside its issuer's name
        places = []
    if not places:
        h.bare_day = m.date.first
    if h.date is None or (places and h.date_place is None):
        h.date = m.date.first
        h.date_place = places[0] if places else None
        h.date_bare, h.date_titled = not places, False
    elif not places and h.date_place is None and not h.date_titled:
        h.date = m.date.first  # a later bare dateline wins over an earlier one: a page's date comes first
        h.date_bare = True
    elif _refines(m.date.first, h.date):
        h.date = m.date.first  # "June 2008 - Lindhaven (09/06/08)": the day within the month already read
    if places and (h.place is None or h.place_in_title):
        h.place, h.place_in_title = places[0], False  # (a dateline over a headline's "… in X")
    if meeting_city and h.place is None:
        h.place = meeting_city
    if venues and not places:
        h.venue = h.venue or venues[0]
    return True


def _refines(point: DatePoint | None, known: DatePoint | None) -> bool:
    """A day within the month (or the year) already read, which says more of it."""
    if (
        point is None
        or known is None
        or point.year != known.year
        or point.day is None
        or known.day is not None
    ):
        return False
    return known.month is None or known.month == point.month


#: A day written with numbers and a two-digit year: "21/8/05", "01/29/14", "09.06.08".
_NUMERIC_SHORT = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/.])")


def _numeric_day(m: re.Match[str], text: str, h: Header) -> str:
    """ "21/8/05" as "21.8.2005": the order of day and month is the one only the numbers allow (a day over
    12), the one a weekday in the line names ("Wednesday 01/29/14"), or the one that falls in the month and
    year the header already gave ("June 2008 … (09/06/08)"); when more than one order is left, the text is
    left as it is (not read). A two-digit year is of this century up to 50, of the last after it."""
    a, b, yy = int(m[1]), int(m[3]), int(m[4])
    year = 2000 + yy if yy <= 50 else 1900 + yy
    orders = []
    for day, month in ((a, b), (b, a)):
        try:
            orders.append(dt.date(year, month, day))
        except ValueError:
            continue
    orders = sorted(set(orders))
    weekday = re.search(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", text, re.IGNORECASE)
    if len(orders) > 1 and weekday:
        orders = [d for d in orders if d.strftime("%A").lower().startswith(weekday[1].lower())]
    if len(orders) > 1 and h.date is not None and h.date.year == year and h.date.month is not None:
        orders = [d for d in orders if d.month == h.date.month]
    if len(orders) != 1:
        return m[0]
    return f"{orders[0].day}.{orders[0].month}.{orders[0].year}"


#: A document's symbol beside its date: "SG/Com(2008)1044 (restricted)", "A/64/PV.3".
_DOC_SYMBOL = re.compile(
    r"^[A-Z][A-Za-z.]*(?:/[\w().\-]+)+(?:\s*\((?:restricted|limited|confidential|public)\))?$", re.IGNORECASE
)


def _weekday_dateline(h: Header, text: str) -> bool:
    """ "Wednesday 28th May" under "15th Plenary Session, 27-29 May 2008": a day of the header's dated
    meeting, its year the meeting's when the weekday agrees with it."""
    wd = re.fullmatch(r"(?P<wd>[A-Za-z]+day),?\s+(?P<rest>.+)", text)
    if not wd or h.date is None or h.date.year is None:
        return False
    for d in find_dates(wd["rest"], h.date):
        point = d.date.first if d.date is not None else None
        if d.start == 0 and point is not None and point.day is not None and point.month is not None:
            try:
                day = dt.date(point.year, point.month, point.day)
            except ValueError:
                return False
            if day.strftime("%A").lower() == wd["wd"].lower():
                h.date = point
                return True
    return False


_NAME_LIKE = re.compile(
    r"^(?:[A-Z][\w'’.\-]{0,40}|UN|of|the|des|de|du|la|le|and|&)(?:\s+(?:[A-Z][\w'’.\-]{0,40}|of|the|des|de|"
    r"du|la|le|and|&)){0,5}$"
)
