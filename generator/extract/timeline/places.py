"""The place said with a meeting ("… in Mexico City", "a visit to X"), and the test of whether words name a
place at all (``_place``): shared by the list lines, the sentences and the clause reading.
"""

from __future__ import annotations

import re

from ..acronyms import expand_place, load_glossary
from ..dates import DateMention, find_dates
from ..gathering import CAPITAL_WORD
from ..header.place import is_place
from .phrases import _Phrase
from .vocabulary import _MONTHS_AND_DAYS

#: (a short word with its full stop opens a name: "St. Gallen", "Mt. Vera")
_PLACE_WORDS = (
    rf"(?:(?:St|Ste|Mt|Ft)\.\s+)?{CAPITAL_WORD}(?:\s+(?:{CAPITAL_WORD}|de|da|del|upon|on|of(?=\s+[A-Z])))*"
)

_AFTER_PLACE = re.compile(rf"^\s*,?\s*(?:in|at)\s+(?P<place>{_PLACE_WORDS})")


def _place_after(text: str, pos: int) -> str | None:
    m = _AFTER_PLACE.match(text[pos:])
    return _place(m["place"]) if m else None


def _place(text: str | None) -> str | None:
    """A place name, or None for what only looks like one ("the UN", "April")."""
    if not text:
        return None
    text = text.strip().rstrip(".,")
    places = load_glossary().get("places", {})
    if text in places:
        return places[text].expansion
    words = text.split()
    # "Brussels on Wednesday": the date after the place is not part of it.
    cut = next((k for k, w in enumerate(words) if k and w.rstrip(".,").lower() in _MONTHS_AND_DAYS), None)
    words = words[:cut]
    # Trailing lower-case connectors picked up by the pattern ("Tokyo on").
    while words and words[-1].islower():
        words.pop()
    text = " ".join(words)
    if not text or any(w.isupper() and len(w) > 1 for w in words):
        return None
    if words[0].rstrip(".").lower() in _MONTHS_AND_DAYS:
        return None
    if find_dates(text) or not is_place(text):
        return None
    return expand_place(text)


#: Where a journey went, said after its noun and its traveller: "a visit by X, Y, to Pyongyang".
_TO_PLACE = re.compile(rf"\bto\s+(?:the\s+)?(?P<p>{_PLACE_WORDS})")


def _destination(text: str, phrase: _Phrase | None, m: DateMention) -> str | None:
    """The place a visit, a trip or a tour said by its noun alone went to, named between the noun and its
    date ("a visit by a special envoy, X, to Pyongyang last month"), when it is a place."""
    if phrase is None or phrase.head not in ("visit", "trip", "tour") or not phrase.end <= m.start:
        return None
    between = text[phrase.end : m.start]
    if len(between.split()) > 16 or re.search(r"[;:!?]", between):
        return None
    found = list(_TO_PLACE.finditer(between))
    return _place(found[-1]["p"]) if found else None  # the last "to": the destination right before the date


#: Who paid a visit said by its noun, right after it: "last week's visit by United Nations Secretary-General
#: Ban Ki-moon", "the visit of President X last month"; a name ends the words, capitalised.
_VISIT_BY = re.compile(
    r"\s+(?:of|by)\s+(?:the\s+|a\s+)?(?P<who>(?:[\w\-]+\s+){0,4}?[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})"
    r"(?=\s*(?:[,;:.()]|$|\s(?:to|in|on|at|for|and|was|is|has|had|will|last|next|this)\b))"
)


def _visitor_after(text: str, phrase: _Phrase | None, m: DateMention) -> str | None:
    """The person a visit said by its noun alone was paid by, named right after the noun ("last week's visit
    by United Nations Secretary-General Ban Ki-moon"), when the date stands before the noun: a reader then
    knows which visit it was, as a place tells it (``_destination``)."""
    if phrase is None or phrase.head != "visit" or m.end > phrase.start:
        return None
    found = _VISIT_BY.match(text, phrase.end)
    if found is None:
        return None
    who = found["who"].strip()
    return who[:-1] if who.endswith(".") and not re.search(r"\b[A-Z][a-z]?\.$", who) else who
