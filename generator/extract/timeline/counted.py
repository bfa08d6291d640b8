"""Several meetings or several dates said together: a run of dates after one meeting noun ("seven
meetings; one on 11 November 2008, one on …"), days in a row after a verb of meeting, one of several
meetings counted before, a plural meeting noun followed by a list of places.
"""

from __future__ import annotations

import re

from ..dates import DateMention
from ..gathering import CAPITAL_WORD
from .beside import _POSSESSIVE_GAP
from .phrases import _Phrase
from .places import _PLACE_WORDS, _place
from .vocabulary import _STOP, EVENT_NOUNS

_PLACE_ITEM = rf"{_PLACE_WORDS}(?:\s*\([^()]{{1,40}}\))?"

#: "meetings held earlier this year at London (G20), Bali (Cairns Group) … and Singapore (APEC)".
_PLACE_LIST = re.compile(
    rf"\s*(?:held\s+|that\s+took\s+place\s+)?(?:\S+\s+){{0,5}}?(?:in|at)\s+(?P<list>{_PLACE_ITEM}"
    rf"(?:\s*,\s*{_PLACE_ITEM})*\s*,?\s+and\s+{_PLACE_ITEM})"
)


def _by_place(text: str, pairs: list) -> list:
    """A plural meeting word followed by a list of places: one meeting at each place, the words in
    brackets after a place naming whose meeting it was."""
    out = []
    for m, phrase, title, place in pairs:
        if phrase is None or not title or not title.split()[-1].lower().endswith("s"):
            out.append((m, phrase, title, place))
            continue
        found = _PLACE_LIST.match(text, max(phrase.end, m.end) if m.start > phrase.end else phrase.end)
        items: list[tuple[str, str]] = []
        if found:
            for item in re.findall(rf"({_PLACE_WORDS})(?:\s*\(([^()]{{1,40}})\))?", found["list"]):
                where = _place(item[0])
                if where is None:
                    items = []
                    break
                whose = item[1].strip()
                items.append((where, f"{whose} meeting in {where}" if whose else f"Meeting in {where}"))
        if len(items) < 2:
            out.append((m, phrase, title, place))
            continue
        for where, name in items:
            out.append((m, _Phrase(phrase.start, phrase.end, name, phrase.head), name, where))
    return out


_LIST_GAP = re.compile(
    r"^\s*[,;]?\s*(?:and\s+)?(?:(?:one|two|three|four|five|six|\d+|another|a\s+\w+)\s+)?"
    r"(?:(?:on|in)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _date_lists(text: str, mentions: list[DateMention], phrases: list[_Phrase]) -> dict[int, int]:
    """ "seven meetings; one on 11 November 2008, one on 17 November 2008, two on 5 December …".

    Two or more dates in a row, separated only by counts and commas, each date
    the meeting named before the run in the same sentence.
    """
    out: dict[int, int] = {}
    # Absolute dates only: "in July, and earlier this year" is two dates of two things.
    dated = [
        m
        for m in mentions
        if m.date is not None
        and not m.since
        # a day said without its year is as precise as a full date: "on 10 May and on 24 May"
        and (not m.relative or (m.date.first is not None and m.date.first.day is not None))
    ]
    runs: list[list[DateMention]] = []
    for m in dated:
        if runs and _LIST_GAP.match(text[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < 2:
            continue
        if len(run) == 2 and re.search(
            r"\b(?:between|from)\s+(?:the\s+)?$", text[: run[0].start], re.IGNORECASE
        ):
            continue  # "between August 2007 and July 2008": the two ends of a period, not two meetings
        after = next((p for p in phrases if p.start >= run[-1].end), None)
        if after is not None and _POSSESSIVE_GAP.match(text[run[-1].end : after.start]):
            continue  # "the 1976 and 2003 Summits": the years name the meetings after them
        before = [i for i, p in enumerate(phrases) if p.end <= run[0].start and p.head in EVENT_NOUNS]
        if before:
            for m in run:
                out[id(m)] = before[-1]
    return out


#: "the Council has met four times: on 12 January, 3 February …": a verb of meeting before a row of days.
_MET_BEFORE_ROW = re.compile(
    r"\b(?:met|meet|convened|gathered)\b(?:\s+\w+){0,3}?\s*(?:times?)?\s*[:,]?\s*(?:on\s+)?(?:the\s+)?$"
)


def _meeting_days(text: str, mentions: list[DateMention]) -> dict[int, str]:
    """Days in a row after a verb of meeting, each a meeting of the sentence's subject."""
    days = [m for m in mentions if m.date is not None and m.date.first is not None and m.date.first.day]
    row: list[DateMention] = []
    for m in days:
        if row and _LIST_GAP.match(text[row[-1].end : m.start]):
            row.append(m)
        elif not row:
            row = [m]
        else:
            break
    if len(row) < 2 or not _MET_BEFORE_ROW.search(text[: row[0].start]):
        return {}
    subjects = list(_ROW_SUBJECT.finditer(text[: row[0].start]))
    who = subjects[-1]["who"].strip() if subjects else ""
    title = f"Meeting of {who}" if who and who.split()[0].lower() not in _STOP else "Meeting"
    return {id(m): title for m in row}


_ROW_SUBJECT = re.compile(
    rf"(?P<who>{CAPITAL_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{CAPITAL_WORD}){{0,4}})\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:also\s+)?(?:met|convened|gathered)\b"
)


#: "two upcoming summits, one in Caracas in July and another one of the Rio Group in Santiago in 2012": each
#: of several meetings counted, then said one by one with its date.
_ONE_OF = re.compile(
    r"(?:^|[,;:]|\band\b)\s*(?:one|another(?:\s+one)?|the\s+other(?:\s+one)?|the\s+(?:first|second|third|next|last)"
    r"(?:\s+one)?)\s+(?P<rest>(?:in|at|of|on|for|hosted\s+by)\s+(?:(?!\b(?:one|another|other)\b)[^,;:]){0,120}?)"
    r"\s+(?:in|on|at|during|from)?\s*(?:the\s+)?$"
)

_SEVERAL = re.compile(
    r"\b(?:two|three|four|five|several|a\s+few|some)\s+(?:[\w\-]+\s+){0,2}?(?P<noun>[a-z]+s)\b(?=\s*[,:;])"
)


def _one_of_several(text: str, m: DateMention) -> tuple[str, str, str | None] | None:
    """The meeting a date names when it is one of several counted just before ("two summits, one in …")."""
    one = _ONE_OF.search(text, 0, m.start)
    if one is None:
        return None
    counted = [c for c in _SEVERAL.finditer(text, 0, one.start() + 1) if c["noun"][:-1] in EVENT_NOUNS]
    if not counted:
        return None
    head = counted[-1]["noun"][:-1]
    rest = " ".join(one["rest"].split())
    where = re.findall(rf"\b(?:in|at)\s+({_PLACE_WORDS})", rest)
    return f"{head.capitalize()} {rest}", head, _place(where[-1]) if where else None


def _singular(title: str) -> str:
    words = title.split()
    if words and words[-1].lower().rstrip("s") in EVENT_NOUNS and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    # "Seven meetings" → "Meeting": a count is not part of one meeting's name.
    while len(words) > 1 and words[0].lower() in _NUMBER_WORDS:
        words.pop(0)
    out = " ".join(words)
    return out[:1].upper() + out[1:]


_NUMBER_WORDS = {
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "several",
    "many",
    "numerous",
    "no",
    "fewer",
    "than",
    "these",
    "those",
    "all",
}
