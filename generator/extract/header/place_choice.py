"""Which place the header says the statement was given at, beyond a dateline's own: a city beside a bare
date line, a by-line's city, the country a joint communiqué's visit went to; and what is not that place (a
journey's destination, a meeting announced elsewhere, a publisher's letterhead run into the date, the
speaker's own name)."""

from __future__ import annotations

import re

from ..countries import is_country
from .capitals import _unshout, _unshout_header
from .datelines import dateline
from .facts import Header
from .line_shapes import _KIND_WORDS, LABEL
from .place import _is_known_city, is_place

#: A news item's by-line with where it was filed: "By Lena Kost in Lindhaven, Estravia".
_FILED_IN = re.compile(
    r"^by\s+(?:[A-Z][\w'’.\-]*\s+){1,4}?in\s+(?P<p>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})"
    r"(?:,\s+(?P<c>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}))?\.?$",
    re.IGNORECASE,
)
#: A headline announcing a meeting: "Meeting of … Ministers to be held in Lindhaven", "Summit will take place
#: in X" — where the meeting will be, not where the news item is from (a statement's own title, "Statement
#: for the Minister for the … Meeting to be held in X on DATE", is the statement's occasion: its place).
_ANNOUNCED = re.compile(
    r"\b(?:to\s+be|will\s+be|is\s+to\s+be)\s+(?:held|hosted|convened)\s+in\b|\bwill\s+take\s+place\s+in\b",
    re.IGNORECASE,
)
_KIND_WORD = re.compile(rf"\b{_KIND_WORDS}\b", re.IGNORECASE)


def _announces_meeting(line: str) -> bool:
    return bool(_ANNOUNCED.search(line)) and not _KIND_WORD.search(line)


#: A title announcing a journey: the place in it is where the speaker goes, not where the text is given.
_DESTINATION = re.compile(
    r"\b(?:to|will)\s+(?:attend|visit|travel|participate|lead)\b|\btravels?\s+to\b|\bleaves?\s+for\b|"
    # a report titled by someone's taking part: "Attendance of Minister X at the Session … in Lindhaven"
    r"^\s*(?:attendance|participation)\s+(?:of|by)\b",
    re.IGNORECASE,
)


def _letterhead_beside_date(line: str, place: str) -> bool:
    """A name of three words or more that no gazetteer knows, run straight into the date with no comma
    ("Ministry of Foreign Affairs" in another language, "Press Counsellor's Office Rome" in its own, then
    "03.05.2014"): the letterhead of whoever published the page as often as where the statement was made. A
    dateline sets its place off by a comma, often with its country ("Cha-am Hua Hin, Thailand, 23 October
    2009"), and a city's name is seldom that long unless a known one ("Port of Spain", "Nay Pyi Taw")."""
    words = [w for w in place.split() if w[:1].isupper()]
    if len(words) < 3 or _is_known_city(place) or is_country(place):
        return False
    # (the date as numbers or in any language: "03.05.2014", "19 Novembre 2013")
    return bool(
        re.search(re.escape(place) + r"\s+\d{1,4}(?:[./\-]\d{1,2}[./\-]\d{2,4}|\s+[^\W\d_]+\s+\d{4})\b", line)
    )


def undated_place_shape(line: str, place: str) -> str:
    """Which kind of line without a date named the place, for the scorer's table of sources: a label
    ("Place: Lindhaven"), a line naming nothing but the place ("Lindhaven, Estravia", "Washington, DC"
    under an office's name), or a place among a title's or a letterhead's other words ("Issued by the
    Summit …, Lindhaven", "… Summit kicks off in Lindhaven"). On the tuning sets the first two gave 34 of
    the 38 places read this way, 33 of them right; on the released sets, read afterwards, none came from a
    label, and the two wrong were a person's name among a title's words and a publisher's city under its
    office's name."""
    if LABEL.match(line.strip()):
        return "a line without a date: a label (Place: X)"
    parts = [p.strip(" .") for p in re.split(r"[,;]", line) if p.strip(" .")]
    if parts and parts[0] == place and all(is_place(p) or is_country(p) or p.isupper() for p in parts[1:]):
        return "a line without a date: the place alone (City, Country)"
    return "a line without a date: among a title's or a letterhead's words"


def _headline_around(line: str, place: str) -> bool:
    """Whether ``place`` was read from a headline's words ("Leaders gather for summit in X", "Summit opens
    in X and hails progress in Y") rather than from a line that says where ("Lindhaven, Ostrava", "Venue:
    Lindhaven Hall, Lindhaven"): four words or more besides it, none of them a label's."""
    rest = line.replace(place, " ", 1)
    return len(re.findall(r"[A-Za-z]{2,}", rest)) >= 4 and ":" not in line


def _agency_after_by_line(line: str, place: str) -> bool:
    """A news item's by-line names its writer and then the writer's paper or agency ("By X Y, Bernama", "By
    X Y, Basin Times"): what follows the name there is a place only when it is a known city ("By X Y,
    Lindhaven" is rare, and a capital or a seat city is read as one)."""
    return bool(re.match(r"^by\s", line, re.IGNORECASE)) and not _is_known_city(place)


#: "Joint Communiqué issued on the occasion of the State Visit to Estravia by …": a communiqué of a visit,
#: issued where the visit was.
_VISIT_COMMUNIQUE = re.compile(
    r"^joint\s+(?:press\s+)?(?:communiqu[eé]|statement|declaration)\b.{0,80}?\b(?:state|official|working)?\s*"
    r"visit\s+(?:of\s+.{3,80}?\s+)?to\s+(?:the\s+)?(?P<c>[A-Z][\w'’\-]+(?:\s+(?:and\s+)?[A-Z][\w'’\-]+){0,3})",
    re.IGNORECASE,
)


def visit_communique(h: Header) -> None:
    """A joint communiqué or statement on a visit to a country, when the header names no city: the country
    visited is where it was issued, and the only place the text gives."""
    if h.place is not None:
        return
    for line in h.lines:
        m = _VISIT_COMMUNIQUE.match(_unshout_header(line) if line.isupper() else line)
        if m:
            words = _unshout(m["c"]).split()
            for n in range(len(words), 0, -1):  # the longest run of words that is a country
                if is_country(" ".join(words[:n])):
                    h.place, h.place_shape = " ".join(words[:n]), "a joint communiqué on a visit to a country"
                    return


def place_is_not_the_speaker(header: Header) -> None:
    """A page's byline ("Lena Kost" over "Speech") reads like a two-word place; once the speaker is known,
    a place that is their name is dropped."""
    if header.place and header.speaker:
        surname = header.speaker.split()[-1].lower()
        if surname in header.place.lower().split():
            header.place = None


def _city_beside_dateline(h: Header, lines: list[str]) -> None:
    """ "Lindhaven" / "January 4, 2010", or "Washington, DC" above it: a city on the line next to a bare
    dateline is where the statement was given (a line that said nothing else, left unused)."""
    if h.place is not None:
        return
    for k, line in enumerate(lines):
        bare = Header()
        if not dateline(bare, line) or bare.date_place is not None:
            continue
        for near in lines[k - 1 : k] + lines[k + 1 : k + 2]:
            parts = [p.strip() for p in near.rstrip(".").split(",")]
            if re.fullmatch(r"[A-Z]{2,3}", parts[0]):
                continue  # "KOR", "ENG": a language switcher's code, not a city (though "Washington, DC")
            if near in h.unused and len(parts) <= 2 and all(is_place(p) for p in parts):
                if len(parts) == 1 and len(parts[0].split()) == 2 and not _is_known_city(parts[0]):
                    continue  # "Oren Halm" over the date: two words alone read as a name, not a city
                h.place = _unshout(parts[0])
                h.unused.remove(near)
                return
