"""The date of each item on a page that holds several, each under a date line of its own.

A ministry's list of press releases, a newsletter's items or a statement followed by another one give
each item a line with its day ("Thursday 16.01.14 | Lindhaven | Press Release 013", "Lindhaven, 3 March
2009"). The statement's date is the first item's; an item's "tomorrow" or "on Tuesday" counts from its
own line, not from the page's first date, or it lands in the wrong week.
"""

from __future__ import annotations

from ..content.partial_date import DatePoint
from ..content.speech import Speech, normalise_space
from .header.datelines import dateline
from .header.facts import Header
from .header_elsewhere import date_among_fields

#: A date line is short: a day with a place, a weekday, an hour or a page's labels beside it.
_MAX_WORDS = 14


def item_dates(
    speech: Speech, speech_date: DatePoint | None, header: set[int] | frozenset[int] = frozenset()
) -> dict[int, DatePoint]:
    """The paragraphs below a date line that gives another whole day than the statement's (the page's
    later items), each with that day. A paragraph of the header (``header``, its numbers) is never such a
    line; a date line giving the statement's own day again ends the item before it."""
    if speech_date is None or speech_date.day is None:
        return {}
    out: dict[int, DatePoint] = {}
    current: DatePoint | None = None
    for n in range(1, len(speech.paragraphs) + 1):
        para = speech.paragraph(n)
        if para is None:
            continue
        text = normalise_space(para.plain_text())
        day = None if n in header or len(text.split()) > _MAX_WORDS else _date_line(text)
        if day is not None:
            current = None if day == speech_date else day
            continue
        if current is not None:
            out[n] = current
    return out


def _date_line(text: str) -> DatePoint | None:
    """The whole day a line gives when it is only a date line ("Lindhaven, 3 March 2009", "Thursday
    16.01.14 | Lindhaven | Press Release 013")."""
    found = Header()
    if dateline(found, text) and found.date is not None and found.date.day is not None:
        return found.date
    day = date_among_fields(text)
    return day if day is not None and day.day is not None else None
