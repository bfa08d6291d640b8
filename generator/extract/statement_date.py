"""The day a statement's relative dates are counted from, and what the draft says of what was counted.

"Last week", "yesterday" and "on 5 March" (no year) mean nothing without the day the statement was made.
That day comes, in this order, from:

* ``option``: the ``--date`` the person gave (a fact);
* ``header``: the header's reading (a fact: printed as ``event.date``);
* ``span``: the header dates only its meeting's span of days; the first of them (held);
* ``listing``: a page listing news items, dated by its first item's line (held);
* ``held``: the header's reading holds a date as a candidate only (``provenance.WEAK``: the first day in
  the page's opening lines; a report's day read with a held speaker …): round 11 counts from it too
  (docs/extract.md, "Round 11: dates counted from a held statement date"). The date stays held, never
  printed as ``event.date``; every timeline item whose date was counted from it says so in a TO CHECK mark,
  so that ``briefkit validate`` lists it and ``briefkit build --strict`` refuses the draft until a person
  has confirmed the day (or run extract again with ``--date``).

This module is the one home of that choice; ``extract._extract`` asks it, ``draft`` prints what it says.
"""

from __future__ import annotations

from ..content.partial_date import TO_CHECK_WORDS, DatePoint
from .header.facts import Header
from .timeline.entries import Timeline
from .timeline.occasion import holds_the_day

#: Origins of a day that is not the statement's confirmed date: relative dates are counted from it, but it is
#: never printed as ``event.date``.
NOT_A_FACT = frozenset(("span", "listing", "held"))
#: Origins whose counted items carry a TO CHECK mark in the draft.
MARKS_ITEMS = frozenset(("held",))


def base_date(header: Header, given: DatePoint | None) -> tuple[DatePoint | None, str | None]:
    """The day relative dates are counted from, and its origin (``None, None``: no day at all)."""
    if given is not None:
        return given, "option"
    if header.date is not None:
        return header.date, "header"
    if header.date_span is not None and header.date_span.first is not None:
        # the day is held (the header gives its meeting's days only), but the meeting's first day dates what
        # the statement says relative to it ("last year", "next month") to within those days
        return header.date_span.first, "span"
    if header.listing_day is not None:
        # the day is held (a listing's first item's day, not one statement's), but it dates that item's
        # relative dates; later items count from their own date lines (``dated_items``)
        return header.listing_day, "listing"
    held = held_day(header)
    if held is not None:
        return held, "held"
    return None, None


def held_day(header: Header) -> DatePoint | None:
    """The statement's date the header's reading holds as a candidate, to the day (a month or a year alone
    would count "last week" from its first day)."""
    value = header.candidates.get("date")
    if value is None:
        return None
    try:
        day = DatePoint.parse(value)
    except ValueError:
        return None
    return day if day.day is not None else None


def is_fact(origin: str | None) -> bool:
    return origin is not None and origin not in NOT_A_FACT


def counted_mark(day: DatePoint) -> str:
    """The TO CHECK words an item counted from a held date carries (kept short: they sit before the item's
    significance, which a reader and the scorer read for the meeting's words)."""
    return f"{TO_CHECK_WORDS}: dated from an unconfirmed statement date ({day.iso()})."


def a_meetings_day(day: DatePoint | None, undated: Timeline) -> bool:
    """The held day is the date of a meeting the text reports, read without any statement date ("The
    Presidents held their summit in Palau on 30 July 2010" as a release's first sentence; a listing's item
    "met … on 19 February 2010"): the opening's first day was that meeting's, and the page's own day is
    not known, so nothing is counted from it (the tuning sets' two pages where it was wrong were both so)."""
    return any(e.relative is None and holds_the_day(e.date, day) for e in undated.entries + undated.occasion)


def mark_counted(counted: Timeline, undated: Timeline) -> None:
    """Mark the items of ``counted`` (read from a held day) whose date depends on that day: a relative
    phrase ("last week", "yesterday") or a day or month without its year ("on 5 March") that the text read
    without any statement date does not date the same way (a day whose year the text's own last date gives
    is the text's, and stays unmarked)."""
    said = {
        (e.evidence_paragraph, e.date_text, e.date)
        for e in undated.entries + undated.occasion + undated.context
        if e.date is not None
    }
    for e in counted.entries:
        e.unconfirmed = bool(e.relative) and (e.evidence_paragraph, e.date_text, e.date) not in said
