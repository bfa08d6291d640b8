"""Where a report's first sentence says the meeting it reports was held: "The Session … was convened in
Lindhaven, Republic of Estravia, on …", "… approved … at a regular meeting held at its headquarters in
Lindhaven", "In a press conference held at the Basin Centre in Lindhaven, X explained …", "The Summit took
place from 28-29 June in Lindhaven under …".

A communiqué's first sentence is read by ``header_elsewhere.meeting_dateline`` only in its commonest
order (the meeting, then "was held in CITY on DATE"); a report's places its meeting with the day elsewhere,
or none (the page's date line gives it), a venue between the verb and the city, or the meeting as a noun
inside a longer clause. Those orders are many, so only the anchor is firm here: a capital or a seat city
(``city.is_known_city``) right after "in", after a verb saying the meeting was held, in the first sentence
of a text that addresses nobody. A meeting to come ("will be held", "scheduled to take place") places
nothing; so does a meeting the sentence dates on another day than the page's, unless the page is the
meeting's own paper (a communiqué, a chair's statement: ``timeline.occasion.meetings_own_paper``; "On 20
May, consultations … were held in Lindhaven" under a ministry's release of 21 May reports the day before,
from wherever the release was issued); a sentence naming another year than the page's may place an
earlier meeting.
"""

from __future__ import annotations

import re

from ..content.partial_date import DatePoint
from .city import is_known_city
from .dates import exact_days
from .header.words import EVENT_WORDS
from .timeline.occasion import meetings_own_paper
from .timeline.phrases import round_said_as_one

#: The meeting held, then up to a few dozen characters (a day, a span, a venue) before "in CITY".
_HELD_IN = re.compile(
    r"\b(?P<verb>(?:was|were)\s+(?:held|convened)|took\s+place|held|convened)\b"
    r"(?P<between>[^.;:!?]{0,70}?)\s+in\s+"
    r"(?P<p>[A-Z][\w'’\-]{1,40}(?:\s+[A-Z][\w'’\-]{1,40}){0,2})"
)
#: A meeting to come: "will be held", "is to be convened", "due to be held".
_TO_COME = re.compile(r"\b(?:will|to|shall)\s+(?:be\s+)?$", re.IGNORECASE)
#: A clause about something else between the verb and the city: "… held talks, which led to … in X".
_OTHER_CLAUSE = re.compile(r"\b(?:who|which|that|where|when)\b")
#: A relative clause recalling what its subject did before: "The President, who held talks in X last week".
_RECALLED_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:\w+\s+)?$")
_RECALLED_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:last|previous|earlier|ago|before|yesterday|former)\b", re.IGNORECASE
)
#: How far before the verb a meeting to come or a relative clause is looked for: more than either pattern
#: reads ("shall be ", "which was then "; a sentence of thousands of "will be held in X" was read back to its
#: start from each one).
_REACH = 80
#: A person or a thing "held" (kept, detained) is no meeting: "held" places one only with a meeting's word
#: in the words before it or between it and the city ("the engineers held in X since May", no; "a regular
#: meeting held at its headquarters in X", "the Council held its session in X", "held talks in X", "the
#: second round held in X", "a sitting of the Assembly held in X", yes).
#: ("sitting" only as a meeting's noun, a sitting of a body or held: not "the sitting judges held in X"; a
#: round by ``_a_meeting_word``)
_MEETING_WORD = re.compile(
    rf"{EVENT_WORDS.pattern}|\btalks\b"
    r"|\bsitting\s+(?:of|held|was|in|on|at)\b|\b(?:special|plenary|formal|solemn|extraordinary|closing|"
    r"opening|final|first|second|third|public|joint)\s+sitting\b",
    re.IGNORECASE,
)
_ROUND = re.compile(r"\b([\w'’\-]+)\s+round\b(?!-)", re.IGNORECASE)
_MEETING_REACH = 150


def _a_meeting_word(text: str, lo: int, hi: int) -> bool:
    """A meeting's word in ``text[lo:hi]``: a meeting noun, talks, a sitting, or a round of a series
    (``phrases.round_said_as_one``: "the next round", "the second round") or a named one ("the Amsel
    Round"); not "all year round", "a round of appeals", "round-the-clock"."""
    return bool(_MEETING_WORD.search(text, lo, hi)) or any(
        r[1][:1].isupper() or round_said_as_one(r[1]) for r in _ROUND.finditer(text, lo, hi)
    )


def held_in_city(first: str, day: DatePoint | None = None, header_lines: tuple[str, ...] = ()) -> str | None:
    """The known city the sentence ``first`` says its meeting was held in, as written, or None; ``day`` is
    the page's date, if known, and ``header_lines`` its header."""
    if day is not None and day.day is not None and not meetings_own_paper(header_lines):
        for said in exact_days(first):
            if said.date is not None and said.date.last is None and said.date.first != day:
                return None  # a meeting of another day than the page's
    if day is not None and any(int(y) != day.year for y in re.findall(r"\b(?:19|20)\d\d\b", first)):
        return None  # "Building on the summit held in Lindhaven in 2010, …": another year's meeting
    for m in _HELD_IN.finditer(first):
        reach = (max(0, m.start("verb") - _REACH), m.start("verb"))
        if _TO_COME.search(first, *reach) or _OTHER_CLAUSE.search(m["between"]):
            continue
        if _RECALLED_BEFORE.search(first, *reach) or _RECALLED_AFTER.match(first, m.end("p")):
            continue  # an earlier meeting recalled in a clause: not the one the page reports
        before = (max(0, m.start("verb") - _MEETING_REACH), m.start("verb"))
        if m["verb"].endswith("held") and not (
            _a_meeting_word(first, *before) or _a_meeting_word(first, m.start("between"), m.end("between"))
        ):
            continue
        words = m["p"].split()
        for n in range(len(words), 0, -1):  # "New York, US", "Washington, DC": the longest known city
            city = " ".join(words[:n])
            if is_known_city(city):
                return city
        return None  # (the first meeting held that the sentence places is not in a known city)
    return None
