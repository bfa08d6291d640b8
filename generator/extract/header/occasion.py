"""The occasion ("at the Twelfth Session of the …"): its name, its ordinal as ``number`` and the rest as
``series``, and the place and date a line runs on with after the name."""

from __future__ import annotations

import re

from ..countries import is_country
from ..dates import _NUMBER_WORDS, exact_days
from .datelines import _CITY_AFTER_MEETING, dateline
from .facts import Header
from .place import is_place
from .words import _VENUE, SEAT_CITIES

_OCCASION_START = re.compile(
    r"^(?:on the occasion of(?: the)?|delivered at(?: the)?|at the|to the|before the|during the|"
    r"at|to)\s+(?=\S)",
    re.IGNORECASE,
)
# ", at the …" splits a one-line header; without the comma only the unambiguous
# markers do ("to the United Nations" is part of a role).
_OCCASION_SPLIT = re.compile(
    r",\s*(?:on the occasion of(?: the)?|at the|at an?|to the|before the|during the|at)\s+(?=[A-Z0-9])"
    # ", at the open debate of …": after a comma "at the" starts the occasion, whatever its case
    r"|,\s*(?:at|during)\s+(?:the|an?)\s+(?=[a-z][\w\-]*\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:meeting|debate|session|conference|summit|dialogue|forum|segment|event|ceremony|dinner|lunch"
    r"|luncheon|reception|consultations?)\b)"
    # (", on the occasion of the official opening of …", "… on the Occasion of the Opening of …" in a header
    # typed in capitals)
    r"|,\s*(?:at|during|on\s+the\s+(?i:occasion)\s+of)\s+the\s+"
    r"(?=(?i:(?:official\s+)?(?:opening|closing|launch|inauguration|start|end))\b)"
    # (a run of spaces is tried from its first space only: from each of its spaces, a run of thousands took
    # seconds)
    r"|(?<!\s)\s+(?:on the occasion of(?: the)?|at the|at an?|during the|before the)\s+(?=[A-Z0-9])"
    r"|(?<!\s)\s+(?:at|during)\s+the\s+(?=(?:opening|closing|inauguration)\s+of\b)"
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
#: "twenty" … "ninety", from the date finder's number words (one list of them).
_TENS = {w: n for w, n in _NUMBER_WORDS.items() if n in range(20, 100, 10)}
ORDINAL = re.compile(
    r"^(?:the\s+)?(?P<o>\d{1,3}(?:st|nd|rd|th)|(?:(?:"
    + "|".join(_TENS)
    + r")-)?(?:"
    + "|".join(_ORDINALS)
    + r"))\b\s*",
    re.IGNORECASE,
)


#: One-word occasions a title may run on into after a role ("… of X Visit of …"): never a name.
_OCCASION_NOUNS = {
    "visit",
    "opening",
    "closing",
    "reception",
    "dinner",
    "luncheon",
    "lunch",
    "banquet",
    "visits",
}


def _occasion(h: Header, text: str) -> None:
    # "… General Assembly 22 June 2009 United Nations Headquarters, New York", "… in Berlin on 8
    # September 2008": the date ends the name; what follows it is where.
    dated = exact_days(text)
    if dated:
        m = dated[-1]
        assert m.date is not None
        if h.date is None:
            h.date = m.date.first
        start, end = m.start, m.end
        bracket = text.rfind("(", 0, m.start)
        if bracket >= 0 and ")" not in text[bracket : m.start]:
            # "Fifth Session of the Commission (Geneva, 8-12 June 2009)": place and date in brackets.
            for part in text[bracket + 1 : m.start].split(","):
                if is_place(part.strip()) and h.date_place is None:
                    # a place with the date: it wins over a bare date above (a document's issue date)
                    h.date, h.date_place = m.date.first, part.strip()
                if h.place is None and is_place(part.strip()):
                    h.place = part.strip()
            # the date moved up to where the bracket was: the same characters, read where they now are
            # (read again, a bracketed "(17/8/05)" is no date out of its bracket)
            text = text[:bracket] + " " + text[m.start :]
            start, end = bracket + 1, bracket + 1 + (m.end - m.start)
        after = [
            re.sub(r"^(?:in|at)\s+", "", p.strip(" ()."))
            for p in re.split(r"[,;()]", text[end:])
            if p.strip(" ().")
        ]
        for part in after:
            if h.place is None and is_place(part):
                h.place = part
        text = re.sub(r"[\s,(]*(?:\bon\b|\bof\b)?\s*$", "", text[:start])
        seat = next((c for c in SEAT_CITIES if text.lower().endswith(" " + c)), None)
        if seat and len(text.split()) > len(seat.split()) + 1:
            # "… AT THE BASIN DEBATE NEW YORK, 22 JUNE 2009": a seat city run on after the meeting's name
            h.place = h.place or text[-len(seat) :]
            text = text[: -len(seat)].rstrip(" ,")
        runon = _CITY_AFTER_MEETING.search(text)
        if runon and not seat and h.place is None and is_place(runon["p"]):
            # "9th Basin States Summit Lindhaven, 31 May 2012": a city run on after the meeting's name
            h.place = runon["p"]
            text = text[: runon.start("p")].rstrip(" ,")
    venue = re.search(r"\s+(?:on\s+[A-Z][a-z]+day\s+)?at\s+the\s+(?P<v>[A-Z][^,;]*?)\.?\s*$", text)
    if venue and _VENUE.search(venue["v"]):
        h.venue = h.venue or venue["v"].strip()
        text = text[: venue.start()]  # "… on Monday at the Lindhaven Convention Centre": where, not the name
    where = re.search(
        r"\s+in\s+(?P<p>[A-Z][\w'’.\-]{0,40}(?:\s+[A-Z][\w'’.\-]{0,40}){0,3})(?:,\s+(?P<c>[A-Z][\w'’.\- ]{2,40}))?\s*$",
        text,
    )
    if where and is_place(where["p"]) and (where["c"] is None or is_country(where["c"])):
        h.place = h.place or where["p"]  # "… Summit in Colombo, Sri Lanka": the city, not its country
        text = text[: where.start()]
    parts = [p.strip() for p in text.split(",")]
    name = [parts[0]]
    for part in parts[1:]:
        if dateline(h, part):
            continue
        if h.place is None and is_place(part):
            h.place = part.rstrip(".")
            continue
        name.append(part)
    occasion = ", ".join(name).strip().rstrip(".")
    occasion = re.sub(r"(?<=\s)The\b", "the", occasion)
    h.occasion = occasion
    from ..event_name import event_name  # (it reads this module's ordinals)

    called, h.event_name_from_headline = event_name(occasion)
    if not called:
        h.event_name = None
        return
    h.event_name = called[:1].upper() + called[1:]
    ordinal = ORDINAL.match(called)
    if ordinal:
        h.number = _ordinal_value(ordinal["o"])
        # "151st (Extraordinary) Meeting of …": the series is the "Extraordinary Meeting of …"
        rest = re.sub(r"^\((?P<kind>[^()]{1,40})\)\s*", r"\g<kind> ", called[ordinal.end() :].strip()).strip()
        if rest:
            h.series = rest[:1].upper() + rest[1:]


def _ordinal_value(text: str) -> int | None:
    text = text.lower()
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    if "-" in text:
        tens, _, unit = text.partition("-")
        return _TENS.get(tens, 0) + _ORDINALS.get(unit, 0) or None
    return _ORDINALS.get(text)
