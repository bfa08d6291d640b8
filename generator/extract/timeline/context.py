"""Dated items that are context, not meetings: a document signed, named by its date or ratified, an
organisation founded, someone taking office or given one, an office opened, a commemoration. ``set_aside``
moves them into the comments under the timeline.
"""

from __future__ import annotations

import re

from .entries import TimelineEntry
from .vocabulary import EVENT_NOUNS

#: Someone taking office, or a building opened: not a meeting by the corpus's rule (bench/extract/expected.toml
#: lists meetings, summits, conferences, sessions, debates, visits and acts adopted), so context like a
#: crisis. "The inaugural meeting of the Council" is a meeting, and stays.
_TAKING_OFFICE = re.compile(r"\b(?:inauguration|inaugurated|swearing[\s\-]in|sworn\s+in)\b", re.IGNORECASE)


#: A document's signing: "X and Y signed a ceasefire agreement in 1994", "the signing of the 1962 Treaty".
_SIGNED = re.compile(r"\b(?:signed|signing|signature)\b", re.IGNORECASE)

_DOCUMENT = re.compile(
    r"\b(?:agreements?|treaty|treaties|accords?|memorand(?:um|a)|MOUs?|protocols?|pacts?|contracts?|deals?|"
    r"conventions?)\b",
    re.IGNORECASE,
)


#: "the Joint Declaration of December 14, 2004", "the Accord of 3 May 1999": a document's name, its date in it.
_NAMED_BY_ITS_DATE = re.compile(
    r"\b(?:Declaration|Treaty|Accords?|Agreement|Charter|Protocol|Concord|Communiqu[ée]|Memorandum|Pact|"
    r"Compact|Consensus)\s+of\s+$"
)


def _named_by_its_date(e: TimelineEntry) -> bool:
    """A document named with its date ("the Joint Declaration of 14 December 2004", on the anniversary of
    whose signing a summit meets): the date is the document's, not a meeting's (bench/extract/expected.toml)."""
    if e.kind != "milestone" or not e.date_text:
        return False
    at = e.evidence.find(e.date_text)
    return at > 0 and bool(_NAMED_BY_ITS_DATE.search(e.evidence[:at]))


def _document_signed(e: TimelineEntry) -> bool:
    """A treaty or an agreement signed in a year ("X and Y signed a ceasefire agreement in 1994") is a
    document's date, cited as background, not a meeting (bench/extract/expected.toml lists meetings and the
    resolutions and plans they adopt; the year-dated signings of the tuning sets are annotated as documents):
    dated context. A signing said to the day ("On 18 May 2008 we signed the Kesh Protocol") is an act the
    speaker dates as a milestone, and a signing said as a meeting ("the signing ceremony") a meeting."""
    if e.kind != "milestone" or e.date is None or e.date.first is None or e.date.first.month is not None:
        return False
    said = f"{e.title} {e.evidence}"
    nouns = {w.lower() for w in re.findall(r"[\w\-]+", said)} & EVENT_NOUNS - {"convention"}
    return bool(_SIGNED.search(said) and _DOCUMENT.search(said)) and not nouns


#: An organisation brought into being: "which established the Basin Union", "giving birth to the Forum".
_FOUNDED = re.compile(
    r"\b(?:establish(?:ed|es|ing)|found(?:ed|ing)|creat(?:ed|es|ing)|gave\s+birth\s+to|giving\s+birth\s+to|"
    r"set\s+up|brought\s+into\s+being)\s+(?:the\s+)?[A-Z]",
)


def _founding_signed(e: TimelineEntry) -> bool:
    """A treaty or a declaration signed that founded an organisation ("the signing of the Treaty of X, which
    established the Basin Union on 18 June 1981", "On 25 June 1992 eleven heads of state signed the
    Declaration giving birth to the Y"): the organisation's founding, which the corpus leaves out of the
    timeline (bench/extract/expected.toml), whatever the precision of its date: dated context."""
    if e.kind != "milestone":
        return False
    said = f"{e.title} {e.significance}"
    return bool(_SIGNED.search(said) and _FOUNDED.search(said))


#: Joining a treaty: "ratify the river convention", "Korvia's accession to the Protocol".
_RATIFIED = re.compile(r"\b(?:ratif\w*|accede[sd]?|acceding|accession)\b", re.IGNORECASE)


def _document_ratified(e: TimelineEntry) -> bool:
    """A convention ratified or acceded to ("called on all states to ratify the river convention before
    June", "Korvia ratified the Basin Convention in March 2011") is a treaty, not a meeting, though a
    convention may be one: dated context, unless the words say it was held or met. Ratified on a day ("the
    accession treaty was ratified on 8 May") it is an act the speaker dates, as a signing is."""
    if e.date is None or e.date.first is None or e.date.first.day is not None:
        return False
    said = f"{e.title} {e.evidence} {e.significance}"
    if not (_RATIFIED.search(said) and _DOCUMENT.search(e.title)):
        return False
    return not re.search(r"\b(?:held|met|convened|gathered|opened|took\s+place)\b", said, re.IGNORECASE)


#: A commemoration or a celebration: "a memorial session in honour of the late X", "the celebrations
#: commemorating the Golden Jubilee Anniversary of X's independence".
_COMMEMORATION = re.compile(
    r"\b(?:memorial|commemorat\w*|jubilee|anniversary|celebrations?|funeral)\b", re.IGNORECASE
)

#: What stays a meeting, though it marks an anniversary: "the Anniversary Summit", "a jubilee conference".
_GATHERED = frozenset(("summit", "conference", "forum", "council", "assembly", "visit", "talks", "congress"))


def _commemorated(e: TimelineEntry) -> bool:
    """An anniversary, a jubilee or a memorial said in the item's title ("Memorial session", "Golden Jubilee
    Anniversary of X's independence"): a commemoration, which the corpus leaves out of the timeline as it
    does a founding (bench/extract/expected.toml: "an anniversary celebration, not a meeting", "the memorial
    session is a commemoration"). A summit, a conference or a visit held for an anniversary stays."""
    if not _COMMEMORATION.search(e.title):
        return False
    heads = {w.lower() for w in re.findall(r"[\w\-]+", e.title)}
    return not heads & _GATHERED


#: An office given by a vote or a decree: "The parliament endorsed Mr. X as the Minister of Foreign Affairs".
_OFFICE_GIVEN = re.compile(
    r"\b(?:endorsed|confirmed|approved|appointed|nominated|designated)\s+(?:[A-Z][\w.'’\-]*\s+){1,5}as\s+"
    r"(?:the\s+)?(?:new\s+)?[A-Z]"
)

#: An office opened: "opened a new gateway … by opening an X Travel Service Centre in Y".
_OFFICE_OPENED = re.compile(
    r"\b(?:open(?:ed|s|ing)|launch(?:ed|es|ing))\s+(?:a|an|the|its|their)\s+(?:new\s+)?(?:[\w'’\-]+\s+){0,5}?"
    r"(?:Centre|Center|Office|Embassy|Consulate|Bureau|Chancery|building|premises)s?\b"
)


def _office_given_or_opened(e: TimelineEntry) -> bool:
    """An item with no meeting word whose sentence gives someone an office or opens one (a ministry's news
    listing: "11th April, X;The parliament endorsed Mr. Y as the Minister …", "… opening a Travel Service
    Centre in Z"): as someone taking office, not a meeting (bench/extract/expected.toml)."""
    words = {w.lower() for w in re.findall(r"[\w\-]+", e.title)}
    if words & EVENT_NOUNS:
        return False
    said = e.significance or e.evidence
    return bool(_OFFICE_GIVEN.search(said) or _OFFICE_OPENED.search(said))
