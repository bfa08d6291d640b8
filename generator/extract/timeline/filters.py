"""Dates that are no meeting's date, for precision: a deadline ("by 2015"), a journey to a meeting, a
period up to now, a meeting called off, a paper's date, a count of meetings, a hedged or undecided plan. A
rule that finds a meeting beside such a date leaves the date unplaced.
"""

from __future__ import annotations

import re

from ..dates import DateMention
from .phrases import _Phrase

#: A deadline's "by": "by 2015", "by the end of 2010", "no later than June 2011".
_DEADLINE = re.compile(
    r"\b(?:by|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+(?:end|middle)\s+of\s+)?$", re.IGNORECASE
)

_TOWARDS = re.compile(r"\b(?:towards?|before)\s+$", re.IGNORECASE)


def _is_deadline(text: str, m: DateMention) -> bool:
    """ "by 2015", "by the end of 2013", "towards the end of 2009": a target, not the day anything meets."""
    before = text[: m.start]
    return bool(
        _DEADLINE.search(before)
        or (_TOWARDS.search(before) and re.match(r"(?:the\s+)?(?:end|middle)\b", m.text, re.IGNORECASE))
    )


#: Someone's travel, dated, then the meeting it was for: "arrived here on Monday to take part in the 36th
#: meeting", "left for Tarnow on 3 May to attend the Summit": the date is the journey's.
_TRAVEL_FOR = re.compile(
    r"\b(?:arriv(?:ed|es|ing)|landed|left\s+for|departed(?:\s+for)?|set\s+off|flew\s+(?:in|to))\b[^.;]{0,80}$"
)

_TO_ATTEND = re.compile(
    r"^[^.;]{0,80}?\b(?:to\s+(?:attend|take\s+part\s+in|participate\s+in|join|be\s+present\s+at)|for)\s+"
    r"(?:the\s+|a\s+|an\s+)?$"
)

#: "She spoke on Sunday after two days of meetings", "on 3 May, ahead of the Summit": the date is of what
#: happened before or after the meeting, not the meeting's; its time of day may be said between ("on
#: Wednesday evening after returning from an official visit to X", "on 17 May in the morning, before …").
_BEFORE_OR_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:in\s+the\s+)?(?:morning|afternoon|evening|night)\s*,?\s*)?"
    r"(?:just\s+|shortly\s+|soon\s+|right\s+|the\s+day\s+)?(?:after|following|before|ahead\s+of|"
    r"prior\s+to|on\s+the\s+eve\s+of)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)

#: "the summit in 2006, but (it was) postponed", "was due in March but was cancelled": a date no one met on.
_CALLED_OFF = re.compile(
    r"^[^.;]{0,60}?\b(?:but\s+(?:was\s+|were\s+|had\s+been\s+|it\s+was\s+)?|which\s+was\s+|(?:was|were)\s+)"
    r"(?:later\s+|then\s+|eventually\s+)?(?:postponed|cancell?ed|called\s+off|put\s+off|deferred|adjourned)\b",
    re.IGNORECASE,
)

#: "the activities in the past year", "over the last twelve months": a span of time up to now, not a date.
_PERIOD_TO_NOW = re.compile(r"^the\s+(?:past|last|previous)\s+(?:year|twelve\s+months|12\s+months)$", re.I)

#: "the budget for the years 2013-2015", "the plan for the period 2010-2012": the years a text covers.
_COVERS_YEARS = re.compile(r"\bfor\s+(?:the\s+)?(?:years?|period|biennium|triennium|cycle)?\s*$", re.I)


#: A journey's end said right after its date: "on Saturday concluded a successful visit to X", "on 3 May
#: wrapped up her tour of Y" — the date is the last day of a visit whose first day the text does not give.
_ENDED = re.compile(
    r"^\s*,?\s*(?:concluded|ended|completed|wrapped\s+up|wound\s+up|rounded\s+off)\s+"
    r"(?:(?:a|an|his|her|their|its|the)\s+)?(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)


#: A paper dated by the date right before its noun: "the President's 23 February Speech on X announcing the
#: visit", "the 2008 Report" (not an address, nor "the 2010 Review Conference"; nor a speech said where it was
#: given, "the 12 May Statement at the Summit", whose day is the meeting's too).
_PAPER_AFTER = re.compile(
    r"\s*(?:Speech|Statement|Remarks|Letter|Report|Message|Article|Editorial|Interview)\b"
    r"(?!\s+(?:Conference|Meeting|Session|Summit)\b)"
    r"(?!\s+(?:(?:delivered|given|made|read)\s+)?(?:at|during|before|to)\b)"
)

#: A named paper, its year ending its name: "the Nuclear Safety Review 2009", "the Basin Report for the Year
#: 2008", "the Annual Review 2010" (a periodical paper, reviewed at the meeting, not a meeting).
_PAPER_BEFORE = re.compile(
    r"\b[A-Z][\w\-]*\s+(?:Review|Report|Survey|Outlook|Yearbook)\s+(?:for\s+(?:the\s+)?(?:Year\s+)?)?$"
)
#: How far before a year its paper's name is looked for (more than the longest name ``_PAPER_BEFORE`` reads:
#: a sentence of thousands of years read the whole text before each of them).
_PAPER_REACH = 120


def _a_papers_date(text: str, m: DateMention) -> bool:
    """The date is a paper's, said as part of its name: a speech, a report or a review, however a meeting
    is named beside it."""
    d = m.date
    year_only = d is not None and d.first is not None and d.first.month is None and d.last is None
    return bool(_PAPER_AFTER.match(text, m.end)) or (
        year_only and bool(_PAPER_BEFORE.search(text, max(0, m.start - _PAPER_REACH), m.start))
    )


def _not_the_meetings_date(text: str, m: DateMention, phrase: _Phrase | None) -> bool:
    """A date its sentence ties to something other than the meeting named beside it: a journey to it, a
    journey's last day, a meeting that was called off, a span of time up to now, the years a budget or a
    plan covers, a paper's date (``_a_papers_date``)."""
    if _a_papers_date(text, m):
        return True
    if (
        phrase is not None
        and m.end <= phrase.start
        and _TRAVEL_FOR.search(text[: m.start])
        and _TO_ATTEND.match(text[m.end : phrase.start])
    ):
        return True
    if phrase is not None and m.end <= phrase.start and _BEFORE_OR_AFTER.match(text[m.end : phrase.start]):
        return True
    if (
        phrase is not None
        and phrase.head in ("visit", "trip", "tour", "mission")
        and m.end <= phrase.start
        and _ENDED.match(text[m.end : phrase.start])
    ):
        return True
    after = text[max(m.end, phrase.end if phrase is not None else m.end) :]
    if _CALLED_OFF.match(after):
        return True
    if _PERIOD_TO_NOW.match(m.text) and re.search(
        r"\b(?:in|over|during|through(?:out)?)\s+$", text[: m.start]
    ):
        return True
    d = m.date
    spans_years = (
        d is not None
        and d.first is not None
        and d.last is not None
        and d.first.month is None
        and d.last.year > d.first.year
    )
    return spans_years and bool(_COVERS_YEARS.search(text[: m.start]))


#: A number of meetings: "219 such meetings", "three formal sessions", "dozens of meetings".
_COUNTED = re.compile(
    r"(?:(?<![\d,.])(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|hundred|several|many|numerous|countless|dozens\s+of|hundreds\s+of|"
    r"a\s+number\s+of|a\s+series\s+of))\s+(?:(?:such|more|other|further|formal|informal|separate|official|"
    r"[a-z]+-level|bilateral|regional|plenary)\s+){0,2}$",
    re.IGNORECASE,
)


#: Words that make a future meeting a possibility, not a plan ("there has been talk of a summit in 2010").
_HEDGE = re.compile(
    r"\b(?:possibility|possible|possibly|might|could|would\s+be\s+(?:good|useful)|idea\s+of|option|talk\s+of)\b",
    re.I,
)

#: A hedge on the day alone, right before the date: "possibly on 15 May", "possibly in March".
_DATE_HEDGED = re.compile(r"^\s*(?:on|in|by|around|at|from)?\s*(?:the\s+)?$", re.I)

#: Said after the date in its sentence, the same: "…, but nothing has been decided", "no decision has yet been
#: taken" (a detail left open — "the venue has not been decided", "nothing has been decided about its agenda"
#: — is not: the meeting is still planned; "no decision has been taken on whether to hold it" is).
_UNDECIDED = re.compile(
    r"\b(?:nothing\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:decided|agreed|settled)|"
    r"no\s+decision\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:taken|made|reached))\b"
    r"(?!\s+(?:yet\s+)?(?:about|on|upon|as\s+to|regarding|concerning|over)\s+(?!whether\b|if\b))",
    re.I,
)

_PREPARING = re.compile(r"\b(?:explor|consider|examin|prepar|plan|work)\w*", re.I)
