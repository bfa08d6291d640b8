"""Build the timeline: dated meetings and milestones, from list lines and from sentences.

Two sources, one result:

* **List lines** that start with a date, "Oct 2005 APEC Human Security
  Seminar (Tokyo)" or "• 3 March 2008 – Expert Meeting, Tarnow": the rest of
  the line is the title, a trailing "(Place)" or ", Place" the place, and the
  sentence that introduces the list says what kind of meeting they were.
* **Sentences**, where a date is tied to a named meeting or event next to it:
  "the Japan-EU Summit in April 2006", "the workshop was held in Feb 2006 in
  Mexico City", "On 19 October, Veltria hosted the Expert Meeting …",
  "last year's Ministerial Meeting of the HSN", or, failing that, a clause
  with exactly one date and one meeting in it. A clause that starts with a
  date and says something was adopted, signed or launched becomes a
  milestone ("In March last year, our Parliament adopted the … Act").

The same event mentioned twice (in a sentence and in a list) is one item
citing both paragraphs. Dates that name no event are reported, not guessed.

This package holds the two entry points the extraction calls, ``build_timeline`` and ``set_aside``; each
rule lives in the module named after what it reads (docs/extract.md, "How each part is found").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...content.partial_date import DatePoint
from ...content.speech import Speech
from ..dates import find_dates
from ..passages import Passage
from .context import (
    _TAKING_OFFICE,
    _commemorated,
    _document_ratified,
    _document_signed,
    _founding_signed,
    _named_by_its_date,
    _office_given_or_opened,
)
from .entries import Timeline, TimelineEntry, Unplaced
from .headings import _day_headings, _in_the_frame, _under_day_heading, _under_heading, _week_frame
from .lists import _lead_ins, _list_entry
from .merging import _merge
from .occasion import (
    _ANOTHER_TIME,
    _another_one,
    _reported_opening,
    _said_again,
    delivered_at,
    holds_coarsely,
    holds_the_day,
    meetings_own_paper,
    names_the_occasion,
    occasion_head,
    reports_the_day,
)
from .reading import _is_header, _Reading
from .relative import told_in_header
from .sentences import _sentence_entries
from .vocabulary import CONTEXT_NOUNS, EVENT_NOUNS, _head_of

#: The rest of the project imports anything else from the module that holds it.
__all__ = ["build_timeline", "set_aside"]


def set_aside(
    timeline: Timeline, day: DatePoint | None, event_name: str | None, header_lines: Iterable[str] = ()
) -> None:
    """Take off the timeline what is not a meeting the statement refers to, into the lists the draft shows
    in a comment under it:

    * a dated crisis, war or disaster ("the Asian financial crisis of 1997-98", "Cyclone Ama in January
      2004"), an inauguration or a swearing-in, a treaty or an agreement signed (``_document_signed``), a
      commemoration (``_commemorated``), an office given or opened (``_office_given_or_opened``), is
      context: the timeline is of meetings (a curated timeline may still keep one by hand);
    * the statement's own meeting, read again in its body ("the 10th Meeting of the Foreign Ministers …
      was held on 22 July" in that meeting's communiqué), is its occasion, a header fact: dated the
      statement's day or a span of days holding it (``holds_the_day``), and of the kind the header names
      ("session", "summit"). Another meeting of the same day stays ("the Summit, which has been taking
      place in Prague today", said at the summit's dinner). Dated by a year or a month that holds the
      statement's date ("this year's Trilateral Summit Meeting", "the 2010 Assembly"), it is the occasion
      when its title names it (``names_the_occasion``): a year says no more than that the meeting is this
      year's, and the statement is at this year's. A repost's introduction saying the text was delivered
      at a meeting names its occasion, whatever the date (``delivered_at``). The meeting the body opens by
      reporting is its occasion on its days, or the day after them when the header (``header_lines``)
      calls the text that meeting's own paper (``reports_the_day``)."""
    head = occasion_head(event_name)
    reported = _reported_opening(timeline)
    own_paper = meetings_own_paper(header_lines)
    kept: list[TimelineEntry] = []
    for e in timeline.entries:
        what = (e.head or _head_of(e.title)).lower()
        what = what[:-1] if what.endswith("s") and what[:-1] in EVENT_NOUNS else what
        # ("Expert workshop on floods" is a meeting; so is a crisis whose words tell of a visit or a
        # conference about it, whichever noun a reader took for the title)
        meets = any(w.lower() in EVENT_NOUNS for w in re.findall(r"[\w\-]+", f"{e.title} {e.evidence}"))
        if (
            (what in CONTEXT_NOUNS and not meets)
            or _TAKING_OFFICE.search(e.title)
            or _document_signed(e)
            or _named_by_its_date(e)
            or _document_ratified(e)
            or _founding_signed(e)
            or _commemorated(e)
            or _office_given_or_opened(e)
        ):
            timeline.context.append(e)
        elif (
            (
                head is not None
                and e.kind not in ("milestone", "planned")
                and what == head
                and holds_the_day(e.date, day)
            )
            or (
                reported is not None
                and (e is reported or _said_again(e, reported))
                and (day is None or reports_the_day(e.date, day, own_paper))
            )
            or (
                e.kind != "milestone"
                and holds_coarsely(e.date, day)
                and not _ANOTHER_TIME.match(e.relative or "")
                and not _another_one(e)
                and names_the_occasion(e, event_name)
            )
            or (e.kind != "milestone" and delivered_at(e))
        ):
            timeline.occasion.append(e)
        else:
            kept.append(e)
    timeline.entries = kept


def build_timeline(
    speech: Speech,
    passages: list[Passage],
    speech_date: DatePoint | None,
    header_lines: set[str] | frozenset[str] = frozenset(),
) -> Timeline:
    """The dated items; ``header_lines`` are the statement's header, whose date is the occasion's, not an item."""
    entries: list[TimelineEntry] = []
    unplaced: list[Unplaced] = []
    lead_ins = _lead_ins(speech, passages)
    in_header = {
        n for n in range(1, len(speech.paragraphs) + 1) if _is_header(speech.paragraph(n), header_lines)
    }
    reading = _Reading()
    previous: Passage | None = None
    frame = _week_frame(passages, header_lines, speech_date)
    from ..dated_items import (
        item_dates,
    )  # (the header's reading imports the selector, which imports this package)

    items = item_dates(speech, speech_date, in_header)
    heading_date = speech_date
    if speech_date is None:
        # a text with no date of its own: its days without a year count from what its header said
        reading.anchor = told_in_header(speech, in_header)
        told = (reading.anchor[1].last or reading.anchor[1].first) if reading.anchor is not None else None
        if told is not None and told.month is not None:
            heading_date = told  # "24-26th MAY, 2011" over "Tuesday 24 May" / "Wednesday 25 May"
    days = _day_headings(passages, heading_date)
    statement_date = speech_date
    for passage in passages:
        # (an indented note under a bullet is read too: a web copy indents a whole article under its title's
        # bullet — "• Minister X discusses ties" / "    Lindhaven, 6 May: … met on 5 May")
        if passage.paragraph in in_header:
            if passage.index in days and not find_dates(passage.text, speech_date):
                # a programme's line is no header line, though a page without prose lets the header's reading
                # run over its first day
                for line in _under_day_heading(passage, days[passage.index], speech_date):
                    line.order = passage.index
                    entries.append(line)
            continue
        # a later item of a page of several, under its own date line: its relative dates count from it
        speech_date = items.get(passage.paragraph, statement_date)
        before, previous = previous, passage
        headed = _under_heading(before, passage, speech_date)
        if headed is not None:
            headed.order = passage.index
            entries.append(headed)
            continue
        if passage.role in ("line", "bullet", "sub-bullet"):
            entry = _list_entry(passage, speech_date, lead_ins.get(passage.index))
            if entry is not None:
                entry.order = passage.index
                entries.append(entry)
                reading.anchor = (entry.date_text, entry.date) if entry.date is not None else reading.anchor
                reading.before = None
                continue
        found, loose = _sentence_entries(passage, speech_date, reading)
        if not found and frame is not None and passage.role == "sentence":
            found = _in_the_frame(passage, frame, speech_date)
        if not found and passage.index in days and not find_dates(passage.text, speech_date):
            found = _under_day_heading(passage, days[passage.index], speech_date)
        for entry in found:
            entry.order = passage.index
        entries.extend(found)
        unplaced.extend(loose)
    merged = _merge(entries, speech_date)
    dated = [e for e in merged if e.date is not None]
    unresolved = [e for e in merged if e.date is None]
    dated.sort(key=lambda e: (e.date.sort_key() if e.date else (), min(e.cite), e.order))
    body = [p.paragraph for p in passages if p.role != "note" and p.paragraph not in in_header]
    return Timeline(dated, unresolved, unplaced, opening=min(body) if body else None)
