"""One header line read by its form (``_classify``): the order in which the shapes are tried matters, so it
is written once, here; each shape records what the line tells, and a line nothing reads is kept in
``unused`` for the draft to show."""

from __future__ import annotations

import re

from ..countries import is_country, is_region
from ..dates import find_dates
from .addressees import (
    JOURNALIST,
    _name_and_role_line,
    _name_line_supported,
    _person_with_role,
    _writers_title,
)
from .by_whom import by_whom, country_from_role
from .capitals import _sentence_case, _unshout
from .date_choice import _rest_on_day
from .datelines import dateline
from .facts import Header
from .line_shapes import (
    _BRIEFING_OF,
    _DELIVERY,
    _NAMED_STATEMENT,
    _POSSESSIVE_STATEMENT,
    _PREFIXED_STATEMENT,
    _QUOTED,
    _RULE_LINE,
    _STATEMENT,
    _TITLED_STATEMENT,
    _YEAR_TITLE,
    LABEL,
)
from .occasion import _OCCASION_START, _occasion
from .place import _PLACE_WORDS, _is_known_city, is_place
from .speaker import _name_then_role, _role_comma_name, _role_then_name, _speaker_then_more, speaker_line
from .statement_line import statement_line
from .words import _ORGANISATION, _VENUE, EVENT_WORDS, HONORIFIC, SEAT_CITIES

#: Words before a statement line that say it is a copy of it: "Full text of …", "Excerpts from the speech of …".
_COPY_OF = re.compile(
    r"^(?:(?:full|complete|official)\s+)?(?:text|excerpts?|extracts?)\s+(?:of|from)\s+(?:the\s+)?(?=\S)",
    re.IGNORECASE,
)
#: "Speaking notes for the Honourable X": notes for the speaker's remarks.
_NOTES_FOR = re.compile(r"^speaking\s+notes\s+for\s+", re.IGNORECASE)


#: Buildings one speaks in (``_VENUE`` without the offices that also name a site: embassy, mission …).
_ROOMS = re.compile(
    r"\b(?:headquarters|hall|chamber|room|palace|building|centre|center|auditorium|house|hotel|residence)\b",
    re.IGNORECASE,
)


def _classify(h: Header, line: str, after_speaker: bool, around: tuple[str, str] = ("", "")) -> bool:
    """Record what ``line`` tells; return True while role lines may follow a speaker."""
    line = _NOTES_FOR.sub("Remarks by ", _COPY_OF.sub("", line))
    if is_region(line.strip(" .")):
        h.unused.append(line)  # "South America" in a ministry's menu of regions: neither who nor where
        return False
    if h.speaker is None and _speaker_then_more(h, line):
        return True
    bare = line.strip().strip("()[]").strip()
    if _DELIVERY.search(bare) and len(bare.split()) <= 8:
        if dateline(h, line):
            return False  # "Tuesday, June 5, 2012 Original: Spanish": a date beside the document's language
        h.delivery_note = _sentence_case(bare.rstrip("."))
        return False
    quoted = _QUOTED.match(line.strip())
    if quoted and h.title is None:
        h.title = quoted["t"].strip()
        return False
    statement = _STATEMENT.match(line)
    if statement and (statement["rest"].strip() == "" or statement["rest"][:1] in " ,:"):
        h.kind = _sentence_case(statement["kind"].strip().lower())
        return statement_line(h, statement["rest"].strip(" ,:"))
    labelled = LABEL.match(line)
    if labelled:
        label = (labelled["label"] or labelled["label2"]).lower()
        value = (labelled["value"] or labelled["value2"]).strip()
        if label == "by" and (
            len(value.split()) == 1 or JOURNALIST.search(value) or _writers_title(around[1])
        ):
            # "By BasinNews", "By X, Staff Writer", "By X" over a line "Special Correspondent": a news site's
            # by-line, not a speaker
            h.unused.append(line)
            return False
        if label in ("speaker", "speech by", "delivered by", "by"):
            value = _role_comma_name(value)
            if h.speaker is not None:
                trial = Header()
                statement_line(trial, value)
                labelled_name = (trial.speaker or "").split()
                if (
                    labelled_name
                    and h.speaker.split()[: len(labelled_name)] == labelled_name
                    and len(h.speaker.split()) > len(labelled_name)
                ):
                    # "Address Kuupik Kleist Arctic Council …" then "By Premier of Greenland, Kuupik Kleist.":
                    # the label says where the name ends
                    h.speaker, h.role = trial.speaker, trial.role
                    h.honorific = trial.honorific or h.honorific
                return False
            return statement_line(h, value)
        if label in ("event", "meeting", "occasion") and h.occasion is None:
            _occasion(h, value)
            return False
        if label in ("venue", "place", "location") and (h.place is None or h.place_in_title):
            first = value.split(",")[0].strip()
            said = (
                first
                if is_place(first)
                else (value.split(",")[-1].strip() if is_place(value.split(",")[-1].strip()) else None)
            )
            if said is not None:
                h.place, h.place_in_title = said, False
            return False
    prefixed = _PREFIXED_STATEMENT.match(line) or _BRIEFING_OF.match(line)
    if prefixed and h.speaker is None:
        h.kind = _sentence_case(f"{prefixed['pre']}{prefixed['kind']}".strip().lower())
        return statement_line(h, prefixed["rest"].strip(" ,:"))
    titled = _TITLED_STATEMENT.match(line)
    if titled and h.speaker is None and titled["rest"][:1].isupper():
        h.kind = _sentence_case(f"{titled['pre']}{titled['kind']}".strip().lower())
        return statement_line(h, titled["rest"].strip(" ,:"))
    possessive = _POSSESSIVE_STATEMENT.match(line)
    if possessive and re.fullmatch(r"(?:the\s+)?[A-Z]{2,4}", possessive["who"].strip()):
        h.kind = _sentence_case(
            possessive["kind"].lower()
        )  # "PM's address": an office's abbreviation, nobody named
        rest = possessive["rest"].strip(" ,:")
        if rest and not _rest_on_day(h, rest):
            _classify(h, rest, False)
        return False
    named = _NAMED_STATEMENT.match(line)
    if named and h.speaker is None:
        trial = Header()
        statement_line(trial, named["who"])
        if trial.speaker:
            # "H.E. Mr. X, Minister …: Statement at the General Debate (New York, 26 September 2009)"
            h.kind = _sentence_case(named["kind"].lower())
            statement_line(h, named["who"])
            rest = named["rest"].strip(" ,:")
            if rest and not _rest_on_day(h, rest):
                _classify(h, rest, False)
            return False
    if (
        possessive
        and h.speaker is None
        and len(possessive["who"].split()) <= 8
        and not by_whom(Header(), possessive["who"])
    ):
        # ("Full text of the PM's speech" names nobody: what follows "Full" is not a name.)
        h.kind = _sentence_case(possessive["kind"].lower())
        by_whom(h, possessive["who"])
        rest = possessive["rest"].strip(" ,:")
        if rest and not _rest_on_day(h, rest):
            _classify(h, rest, False)
        return False
    if line.rstrip().endswith((",", ";")) and not find_dates(line):
        # An addressee line ("Kemal Dervis," / "H.E. Mr. X, President of the …,"): not the speaker.
        h.unused.append(line)
        return False
    if _RULE_LINE.match(line) or _YEAR_TITLE.match(line.strip()):
        return False
    if _OCCASION_START.match(line) and h.occasion is None:
        _occasion(h, _OCCASION_START.sub("", line, count=1))
        return False
    if _OCCASION_START.match(line):
        # a second naming of the occasion (a page's title above, the statement's own line here): the
        # place and date it gives still count
        trial = Header()
        _occasion(trial, _OCCASION_START.sub("", line, count=1))
        if trial.place or trial.date:
            h.place = h.place or trial.place
            if h.date is None and trial.date is not None:
                h.date, h.date_place = trial.date, trial.date_place
            return False
    if dateline(h, line):
        return False
    if _person_with_role(line) and any(_person_with_role(a) for a in around):
        h.unused.append(
            line
        )  # "Rt Hon X, Prime Minister of …" / "Y, Mayor of …": an addressee list, not who speaks
        return False
    if speaker_line(h, line, supported=_name_line_supported(*around) or _name_and_role_line(line, around[1])):
        return True
    if h.speaker is None and _role_then_name(h, line):
        return True
    where = _VENUE.search(line) or (
        all(is_place(p) for p in line.rstrip(".").split(","))
        and not re.match(r"^(?:the\s+)?(?:Republic|Kingdom|Federation|Principality|Sultanate|Union)\b", line)
    )  # "Treaty Room", "Washington, DC" under the role: where, not more of the role
    if (
        after_speaker
        and h.speaker
        and (h.role is None or not EVENT_WORDS.search(line))
        and not where
        # (a line with a date under the name's role is the page's date line, not more of the role, whether
        # the two are typed in one block or a paragraph each: "Date issued: 12 May 2010 | Length: 3:10")
        and not find_dates(line)
    ):
        h.role = f"{h.role} {line}" if h.role else line
        country_from_role(h)
        return True
    if h.speaker is None and _name_then_role(h, line):
        return False
    if (
        h.occasion is None
        and EVENT_WORDS.search(line)
        and (line[:1].isupper() or line[:1].isdigit())
        and not (HONORIFIC.match(line) and line.count(",") >= 2)
    ):  # ("Mr. X, Mayor of Y, Mr. Z, Speaker of the Assembly": whom the speech addresses, not its occasion)
        _occasion(h, line)
        return False
    if h.place is None and line.strip().rstrip(".").lower() in SEAT_CITIES:
        h.place = line.strip().rstrip(
            "."
        )  # "New York" on a line of its own under the role: a letterhead's city
        return False
    commas = [p.strip(" .") for p in line.split(",") if p.strip(" .")]
    if (
        h.place is None
        and len(commas) >= 2
        and is_place(commas[-1])
        and all(_VENUE.search(p) or _ORGANISATION.search(p) for p in commas[:-1])
        and len(line.split()) <= 12
    ):
        # "Vienna International Centre, Vienna", "UNITED NATIONS, NEW YORK": a venue or a body, then its city
        h.place = _unshout(commas[-1])
        h.venue = h.venue or commas[0]
        return False
    housed = re.match(rf"^(?P<v>[A-Z][^,;]{{2,60}}?)\s+in\s+(?P<p>{_PLACE_WORDS})\.?$", line.strip())
    if h.place is None and housed and _ROOMS.search(housed["v"]) and is_place(housed["p"]):
        # "Lindhaven Guest House in Ostrava" on a line of its own: the venue, then its city (not "Estravian
        # Embassy in Ostrava", a site's name: an office is who publishes, not where one speaks)
        h.place = _unshout(housed["p"])
        h.venue = h.venue or housed["v"]
        return False
    pieces = re.split(r"\s+[.|·•]\s+", line)
    seat = [p for p in pieces if p.strip(" .").lower() in SEAT_CITIES]
    if len(pieces) >= 2 and seat:
        # "Department of Public Information . News and Media Division . New York": an office's letterhead
        h.place = h.place or seat[-1].strip(" .")
        return False
    parts = re.split(r"[,;]", line)
    if (
        h.place is None
        and (h.occasion is not None or (h.date is not None and len(parts) == 2))
        and is_place(parts[0])
        and len(parts) <= 2
        and all(is_place(p) or is_country(p) for p in parts)
        # (a line of one or two words alone is a known city or a country: "Andrew Doyle" under the
        # occasion is the speaker's name, not a place)
        and (len(parts) == 2 or _is_known_city(parts[0]) or is_country(parts[0]))
    ):
        h.place = (
            parts[0].strip().rstrip(".")
        )  # "Lindhaven", or "Lindhaven, Ostrava" / "Lindhaven; Ostrava": the city
        return False
    h.unused.append(line)
    return False
