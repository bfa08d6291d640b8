"""The statement's own meeting (its occasion), read again in its body: dated its day or a span holding it
(``holds_the_day``), of the kind its header names (``occasion_head``), named by an item's title
(``names_the_occasion``), the meeting a text opens by reporting, or the one a repost's introduction says the
text was delivered at (``delivered_at``). ``set_aside`` takes such items off the
timeline; the merging of repeats asks the same questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...content.partial_date import DatePoint, PartialDate
from .clauses import _FINITE
from .date_spans import _to_the_day
from .entries import Timeline, TimelineEntry
from .vocabulary import EVENT_NOUNS, _content_words, _head_of, _one


def holds_the_day(date: PartialDate | None, day: DatePoint | None) -> bool:
    """The statement's own day, or a span of days that contains it ("4–5 December" for a statement of the
    5th): the date of the statement's occasion. The one home of the rule: ``bench/extract/score.py``
    counts an item so dated, and matched to no expected meeting, as the occasion too."""
    if date is None or date.first is None or day is None or day.day is None:
        return False
    last = date.last or date.first
    if date.first.day is None or last.day is None:
        return False  # "in December": a month holds many meetings, not only this one
    return date.first.start() <= day.start() <= last.end()


#: An event "name" that is a sentence of the page ("The first announcement is on the … Convention",
#: "Vietnam to host ASEAN Summit"): it names no occasion to compare items with.
_SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have)\b|\bto\s+(?:host|hold|attend|open|visit)\b")


def occasion_head(event_name: str | None) -> str | None:
    """The meeting word that ends the header's name of the occasion: "Informal Plenary Session of the
    General Assembly" → "session", "Eastern Partnership Summit dinner" → "dinner"."""
    if not event_name or _SENTENCE_VERB.search(event_name):
        return None
    # ("Session of the General Assembly": the noun before "of" heads the name)
    named = re.split(r"\s+of\s+", event_name, maxsplit=1)
    heads = [w.lower() for w in re.findall(r"[\w'’\-]+", named[0]) if w.lower() in EVENT_NOUNS]
    if not heads:
        heads = [w.lower() for w in re.findall(r"[\w'’\-]+", event_name) if w.lower() in EVENT_NOUNS]
    if not heads:
        return None
    head = heads[-1]
    return head[:-1] if head.endswith("s") and head[:-1] in EVENT_NOUNS else head


#: A meeting said to have been held: "was held in", "met in", "took place", "convened".
_WAS_HELD = re.compile(
    r"\b(?:(?:was|were|has\s+been|had\s+been)\s+(?:successfully\s+)?(?:held|convened|hosted|organi[sz]ed)|"
    r"met|took\s+place|convened|gathered|assembled)\b",
    re.IGNORECASE,
)


#: A joint communiqué's opening formula: "At the invitation of X, Y paid an official visit to Z from … to …",
#: "… is paying a state visit to Z from …".
_INVITED_VISIT = re.compile(
    r"^\s*(?:[IVX]+\.\s*|\d+\.\s*)?At\s+the\s+invitation\s+of\b[^.;]{0,200}?\b(?:paid|made|pays|makes|(?:is|was)\s+(?:paying|making))\s+(?:a|an|his|her|their)\s+"
    r"(?:[\w\-]+\s+){0,2}visit\b",
)


def _reported_opening(timeline: Timeline) -> TimelineEntry | None:
    """The meeting a text opens by reporting ("The Basin Forum meeting was held in
    Tarnow on 16-17 October 2007.", "The extraordinary summit of the heads of state met in Amsel on 28-29
    March", a communiqué's title line with its days): when the text gives no date of its own, or one of the
    meeting's days, it is that meeting's communiqué or summary, and the meeting its occasion — the corpus's
    rule for the meeting a statement reports on — not an item (``set_aside``). Only the first item of the
    body's first paragraph, dated to the day, a meeting said to have been held by the sentence's first verb,
    or a visit paid "at the invitation of" its host (a joint communiqué's opening formula, round 10)."""
    if timeline.opening is None:
        return None
    first = [e for e in timeline.entries if e.cite and min(e.cite) == timeline.opening]
    if not first:
        return None
    e = min(first, key=lambda x: x.order)
    if e.kind not in ("meeting", "summit") or not _to_the_day(e.date) or e.relative or e.planned:
        return None
    if (e.head or _head_of(e.title)).lower() == "visit" and _INVITED_VISIT.match(e.significance):
        return e  # a joint communiqué's "At the invitation of X, Y paid a state visit to Z from … to …"
    if (e.head or _head_of(e.title)).lower() not in EVENT_NOUNS - {"visit", "talks", "trip"}:
        return None
    held = _WAS_HELD.search(e.significance)
    if held is None or _FINITE.search(e.significance[: held.start()]):
        return (
            None  # "The ministers will discuss the Forum convened on 2-4 June": the meeting is not reported
        )
    return e


#: The meeting's own paper, named in the header: "Final communiqué", "Chairman's Statement", "Chair's summary"
#: (a ministry's "Press communiqué" is its press release).
_MEETINGS_OWN_PAPER = re.compile(
    r"(?<!press\s)\bcommuniqu[eé]\b|\bchair(?:man|person|woman)?['’]s\s+(?:statement|summary)\b",
    re.IGNORECASE,
)


def meetings_own_paper(header_lines: Iterable[str]) -> bool:
    """The header calls the text the paper of the meeting it reports (a final communiqué, a chairman's
    statement): issued by that meeting, not by someone who reports on it."""
    return any(_MEETINGS_OWN_PAPER.search(line) for line in header_lines)


def reports_the_day(date: PartialDate | None, day: DatePoint | None, own_paper: bool) -> bool:
    """The reported meeting's days as its report dates it: one of them (the communiqué issued at the
    meeting), or, for the meeting's own paper (``meetings_own_paper``), the day after the meeting ended:
    such a paper is often dated the morning after ("the Authority met on 10 March" under a dateline of 11
    March). A ministry's press release of the next day reports a meeting it was not issued at: the meeting
    stays on the timeline."""
    if holds_the_day(date, day):
        return True
    if not own_paper or date is None or date.first is None or day is None or day.day is None:
        return False
    last = date.last or date.first
    return last.day is not None and (day.start() - last.end()).days == 1


def _said_again(e: TimelineEntry, reported: TimelineEntry) -> bool:
    """The reported meeting said a second time in the same opening paragraph, on the same days (a
    communiqué's title line, "21st Meeting of the Authority 2-3 February 2004", then "The twenty-first
    Meeting … took place on 2 and 3 February 2004"): the same occasion, two names."""
    return (
        e.kind in ("meeting", "summit")
        and e.date == reported.date
        and bool(e.cite)
        and min(e.cite) == min(reported.cite)
        and (e.head or _head_of(e.title)).lower() == (reported.head or _head_of(reported.title)).lower()
    )


#: A relative date that says the meeting is not this one though its year is: "earlier this year".
_ANOTHER_TIME = re.compile(r"(?:earlier|later|last|next|previous|past)\b", re.IGNORECASE)


def holds_coarsely(date: PartialDate | None, day: DatePoint | None) -> bool:
    """A year or a month that holds the statement's date ("this year's Summit", "the Assembly in 2010" in a
    statement at it): no more precise than the statement's own date, and containing it."""
    if date is None or date.first is None or day is None:
        return False
    last = date.last or date.first
    coarse = date.first.day is None or last.day is None
    if day.day is None:
        coarse = date.first.month is None or last.month is None
    return coarse and date.first.start() <= day.start() and day.end() <= last.end()


def names_the_occasion(e: TimelineEntry, event_name: str | None) -> bool:
    """The item's title names the header's occasion: its words other than meeting nouns and its place are
    all in the occasion's name ("Trilateral Summit Meeting" at the "Japan-China-ROK Trilateral Summit";
    "Annual Meetings" at "the Annual Meetings of the Bank"), or it is meeting nouns alone and one of them is
    in the name ("Assembly" at "the 40th Session of the General Assembly"). A word of its own ("G20 meeting
    in London" at a "Ministerial Meeting") names another meeting."""
    if not event_name or _SENTENCE_VERB.search(event_name):
        return False
    occasion = {_one(w) for w in _content_words(event_name)}
    place = _content_words(e.place or "")
    title = {_one(w) for w in _content_words(e.title)} - place
    own = {w for w in title if w not in EVENT_NOUNS}
    if own:
        return own <= occasion
    return bool(title & occasion)


#: "this informal meeting", "today's debate": the statement's own occasion.
_OCCASION_BEFORE = re.compile(r"\b(?:this|today['’]s|the\s+present)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


#: Words that say a meeting is another one than the one at hand: "the next summit", "the last meeting".
_ANOTHER_ONE = re.compile(r"\b(?:next|last|previous|coming|upcoming|forthcoming|following)\b", re.IGNORECASE)


def _another_one(e: TimelineEntry) -> bool:
    """The item says it is another meeting than the one at hand: "Next OSCE summit", "last year's Forum", "the
    coming Basin Summit" (the word before its title in its sentence)."""
    if _ANOTHER_ONE.search(e.title) or _ANOTHER_ONE.search(e.relative or ""):
        return True
    said = e.significance or e.evidence
    at = said.lower().find(e.title.lower())
    return at > 0 and bool(
        re.search(r"\b(?:next|last|previous|coming|upcoming|forthcoming)\s+$", said[:at], re.I)
    )


#: A repost's introduction to the text it carries, then the verb that says where it was given: "The following
#: is the full-text of the statement by X, delivered to the United Nations General Assembly last week",
#: "Below is the full text of the speech by Y, given at the Z Conference on 12 May".
_DELIVERED_AT = re.compile(
    r"\b(?:the\s+following\s+is|full[\s\-]text|text\s+of\s+(?:the|this|his|her)\s+(?:statement|speech|"
    r"address|remarks))\b[^;]{0,200}?\b(?:delivered|made|given|read|presented)\s+(?:to|at|before)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def delivered_at(e: TimelineEntry) -> bool:
    """The meeting the statement a page carries was delivered at, said where the page introduces its text:
    the statement's occasion, whatever its date (a repost's "last week" is no day of the statement's, and its
    post date no date of the speech). Only the introduction's own words: "my statement delivered to the
    Assembly in June 2008" is an earlier statement at an earlier meeting."""
    said = e.significance or e.evidence
    at = said.lower().find(e.title.lower())
    return at > 0 and bool(_DELIVERED_AT.search(said[:at]))
