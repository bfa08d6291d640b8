"""A capital or a seat city where a header says where: the place when the header's shapes found none.

The header's place rules read shapes ("City, DATE", "… Summit in City, DATE"); on statements they had
not been tuned on they missed places that stood in other positions ("ADDIS ABABA, Ethiopia, January 25,
2012", "UN headquarters New York - 2 October 2007", "… held on 3-4 Sept 2009 in New Delhi", "(New York,
13 June 2011)"). A known city is an anchor that does not depend on the shape around it: read only in a
dateline's positions (opening a line, after a comma, a bracket, a bar, a dash or a venue, or "in City" on a
line with a date), and never where it names something else ("the Geneva Talks", "Singapore-China
relations", "Turkish Embassy in New Delhi", "… to attend the Summit in London", a numbered item).
Measured in docs/extract.md ("Header round 3"): 55 right, none wrong, no guess on the six tuning sets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .countries import CAPITALS, is_country
from .dates import find_dates
from .header.capitals import _unshout
from .header.place import is_place
from .header.place_choice import _DESTINATION
from .header.words import _VENUE, SEAT_CITIES

#: Where an office sits is who publishes, not where one speaks: "Turkish Embassy in New Delhi".
_OFFICE_BEFORE = re.compile(
    r"\b(?:embassy|mission|consulate|office|ministry|high commission)\s+(?:in|of)\s+$", re.IGNORECASE
)
#: What may follow a city in a dateline: a comma, a bracket, a dash, "on DATE", "DC", the end.
_AFTER = re.compile(r"^\s*(?:$|[,;:)(|]|[-–—]\s|\.?$|on\b|DC\b|D\.C\.)")


def is_known_city(name: str) -> bool:
    """ "Geneva", "NEW YORK", "Ha Noi": a capital or a seat city (not a country, a venue or a page's word)."""
    # ("Addis-Ababa", "PORT-LOUIS": the words joined by a hyphen for the space)
    key = " ".join(name.split()).lower().strip(" .,")
    return key in _known() or key.replace("-", " ") in _known()


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset({c for c in SEAT_CITIES if "," not in c} | CAPITALS)


@lru_cache(maxsize=1)
def _at() -> re.Pattern[str]:
    # (a space in a city's name may be written as a hyphen: "Addis-Ababa", "Port-Louis")
    alternatives = "|".join(
        sorted((re.escape(c).replace(r"\ ", r"[\s\-]") for c in _known()), key=len, reverse=True)
    )
    return re.compile(
        rf"(?:^[(\-–—\s]*|,\s*|\(\s*|\|\s*|\s[-–—]\s+|\bin\s+|\b(?:headquarters|centre|center|palace|hall)\s+)"
        rf"(?P<c>{alternatives})\b",
        re.IGNORECASE,
    )


def city_beside_date(lines: list[str]) -> str | None:
    """The first known city among ``lines`` standing where a dateline puts it, as written (a city in
    capitals in title case)."""
    for n, line in enumerate(lines):
        text = line.strip()
        if re.match(r"^\d+\.\s", text) or _DESTINATION.search(text) or text.endswith("?"):
            continue  # a numbered item, a journey announced, a question: not where this is said
        if _SITE_STAMP.search(text) and any(_SITE_STAMP.search(other) for other in lines[n + 1 :]):
            # "Lindhaven, July 27th 2024 - 00:43 UTC" above the article's own stamp with its hour: a site's
            # masthead, its home city and the hour the page was read
            continue
        for m in _at().finditer(text):
            after = text[m.end("c") :]
            if re.match(r"^-\w", after):
                continue  # "Singapore-China relations"
            if _DISTRICT_AFTER.match(after):
                continue  # "(Dublin South Central, Labour)": a member's constituency, a city's district
            following = re.match(r"^\s+(?P<w>[A-Z][\w.]*)", after)
            word = following["w"] if following else ""
            if word and not (is_place(word) or is_country(word) or word.rstrip(".") in ("DC", "D.C")):
                continue  # "the Geneva Talks": the city names something else
            if _OFFICE_BEFORE.search(text[: m.start("c")]):
                continue
            if not word and not _AFTER.match(after):
                continue
            if m.group(0).strip().lower().startswith("in") and not find_dates(text):
                continue  # "… to address Ugandans in London": "in City" places a statement only with its date
            city = m["c"]
            return _unshout(city) if city.isupper() else city
    return None


#: A compass word or two after a city, ending its field: a constituency or a district named after the city
#: ("Dublin South Central", "Lindhaven North-West"), beside a member's name and party, not a dateline's city
#: ("… South Africa" goes on with a country's word and is not this).
_DISTRICT_AFTER = re.compile(
    r"^\s+(?:North|South|East|West|Central|Mid|Inner|Outer)(?:[\s\-]+(?:North|South|East|West|Central))?"
    r"\s*(?:[,)]|$)"
)
#: A day with the hour a site printed it: "2024 - 00:43", "2012, 16:47".
_SITE_STAMP = re.compile(r"\b(?:19|20)\d\d\s*(?:[-–—|,]|//)?\s*\d{1,2}:\d{2}\b")
#: How much of a line a wire dateline takes: "New York: …", "( February 11, Islamabad, Agency) …".
OPENING_CHARS = 80
#: A bracketed agency dateline may stand after a photo caption joined to its line.
BRACKET_CHARS = 600
#: What may stand before a dateline's city at the start of a line: nothing, a bracket, a day and month
#: ("( February 11, Islamabad, …)"), the country ("Estravia, Lindhaven, July 20 / Agency /", checked by
#: ``_lead_is_dateline``); not a dash ("– Strasbourg (24 November)" heads a numbered item).
_DATELINE_LEAD = re.compile(
    r"[\s(]*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*,\s*)?"
    r"(?:(?P<country>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})\s*,\s*)?"
)


def _lead_is_dateline(lead: str) -> bool:
    m = _DATELINE_LEAD.fullmatch(lead)
    return m is not None and (m["country"] is None or is_country(m["country"]))


#: A news agency's dateline in brackets, wherever a photo caption before it leaves it: "( February 11,
#: Islamabad, Sri Lanka Guardian)" — a day and month, the city, the agency.
_BRACKETED = re.compile(
    r"\(\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*,\s*(?P<c>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"
    r"\s*,\s*[A-Z][^()]{1,40}\)"
)


def city_opening_lines(lines: list[str]) -> str | None:
    """A news item's or release's dateline run into its first lines below the header ("New York: South
    African Foreign Minister …", "( February 11, Islamabad, Sri Lanka Guardian) On the invitation …"): a
    known city in a dateline's position at the very start of a line."""
    for line in lines:
        bracket = _BRACKETED.search(line[:BRACKET_CHARS])
        if bracket is not None and is_known_city(bracket["c"]):
            return _unshout(bracket["c"]) if bracket["c"].isupper() else bracket["c"]
        opening = line[:OPENING_CHARS]
        m = _at().search(opening)
        if m is None or not _lead_is_dateline(opening[: m.start("c")]):
            continue  # "… Red Lion Square, London", "Next Tuesday (29 May), in Berlin": not a dateline
        found = city_beside_date([opening[m.start("c") :]])
        if found is not None:
            return found
    return None


#: A wire dateline run into the text before it: a newspaper's masthead set as one line ("… Number 321 …
#: Thursday, 7 March, 2013 … Basin Times LINDHAVEN, 6 March — The President …") or a photo's caption
#: ("… at the Centre.—bna Lindhaven, 15 Nov—The President …"): capitalised words, a comma, a day and a month
#: without a year, and a dash straight after.
_RUN_IN_DATELINE = re.compile(
    r"(?P<c>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,5}),\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*(?:[—–]|--)"
)
RUN_IN_CHARS = 3000


def city_in_run_in_dateline(text: str) -> str | None:
    """The first known city of a wire dateline run into a masthead or a caption near the top of the page
    (``_RUN_IN_DATELINE``; only a capital or a seat city: the words before it are the masthead's)."""
    for m in _RUN_IN_DATELINE.finditer(text[:RUN_IN_CHARS]):
        words = m["c"].split()
        for n in range(min(4, len(words)), 0, -1):
            name = " ".join(words[-n:])
            if is_known_city(name):
                return _unshout(name) if name.isupper() else name
    return None


_OFFICE = re.compile(r"\b(?:embassy|mission|office|residence|consulate|parliament)\b", re.IGNORECASE)


def city_naming_venue(texts: list[str]) -> str | None:
    """ "Nairobi Convention Centre", "Basin Forum, Bangkok Convention Centre, 20 July 2012", "at the Geneva
    International Conference Centre": a venue named after the capital or seat city it stands in says where,
    when the header gives no city beside it (a known city only: "Lindhaven Hall" might be named after a
    person or a region)."""
    for text in texts:
        for m in re.finditer(
            r"(?:^|,\s*|\bat\s+the\s+|\bthe\s+)(?P<v>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,5})", text
        ):
            venue = m["v"]
            if not _VENUE.search(venue) or _OFFICE.search(venue):
                continue  # (an embassy or a mission named after its country is who publishes, not where)
            words = venue.split()
            for n in (3, 2, 1):
                if len(words) > n and is_known_city(" ".join(words[:n])):
                    return " ".join(words[:n])
    return None
