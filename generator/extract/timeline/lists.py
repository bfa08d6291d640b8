"""List lines and bullets: a line that starts (or ends) with a date is an item, titled by the rest of the
line, its kind and date from the sentence that introduces the list when the line does not say them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...content.partial_date import DatePoint, PartialDate
from ...content.speech import Speech
from ..dates import DateMention, find_dates, is_future
from ..passages import Passage, evidence
from .entries import TimelineEntry
from .filters import _is_deadline
from .phrases import event_phrases
from .places import _PLACE_WORDS, _place
from .vocabulary import _DETERMINER, EVENT_NOUNS, _head_of, _kind_of

_CONSULT = re.compile(
    r"\b(consult\w*|discuss\w*|brief\w*|present\w*|exchang\w+ (?:of )?views|sounded out|raised)\b",
    re.IGNORECASE,
)

_DISCOURSE = re.compile(
    r"^(?:based on (?:such|these|this) \w+|in this (?:regard|context|spirit)|to this end|for (?:instance|example)|"
    r"in addition|moreover|furthermore|since then|currently|recently|firstly|secondly|thirdly|finally|"
    r"also|indeed|however|in particular|likewise|so far|to date),\s+",
    re.IGNORECASE,
)


def _lead_ins(speech: Speech, passages: list[Passage]) -> dict[int, str]:
    """The sentence introducing each list line or bullet ("… the following meetings:")."""
    out: dict[int, str] = {}
    last_prose: dict[int, str] = {}
    for p in passages:
        if p.role == "sentence":
            last_prose[p.paragraph] = p.text
    parent: str | None = None
    for p in passages:
        if p.role in ("line", "bullet"):
            intro = None
            for number in range(p.paragraph - 1, 0, -1):
                para = speech.paragraph(number)
                if para is None or para.kind == "item":
                    continue
                intro = last_prose.get(number)
                break
            if p.role == "line" and intro is None:
                intro = last_prose.get(p.paragraph)
            if intro and intro.rstrip().endswith(":"):
                out[p.index] = intro
            if p.role == "bullet":
                parent = p.text
        elif p.role == "sub-bullet" and parent:
            out[p.index] = parent
    return out


def _list_entry(passage: Passage, speech_date: DatePoint | None, lead_in: str | None) -> TimelineEntry | None:
    text = passage.text
    mentions = find_dates(text, speech_date, list_line=True)
    if mentions and mentions[0].start > 2 and len(mentions) == 1:
        return _list_entry_dated_last(passage, mentions[0], speech_date, lead_in)
    if not mentions and lead_in:
        return _dated_by_lead_in(passage, speech_date, lead_in)
    if not mentions or mentions[0].start > 2 or mentions[0].since:
        return None
    m = mentions[0]
    if m.date is None and m.relative is None:
        return None
    rest = text[m.end :]
    rest = re.sub(r"^[\s:–—\-|,.]+", "", rest)
    place = None
    title = rest
    for pattern in (
        re.compile(r"\s*\((?P<p>[^()]{2,60})\)\s*[.;,]?\s*$"),
        re.compile(rf",\s*(?P<p>{_PLACE_WORDS})\s*[.;]?\s*$"),
        re.compile(rf"\s+[–—-]\s+(?P<p>{_PLACE_WORDS})\s*[.;]?\s*$"),
    ):
        pm = pattern.search(rest)
        if pm and _place(pm["p"]):
            place = _place(pm["p"])
            title = rest[: pm.start()]
            break
    # "OSCE - Thailand Human Security Seminar" → "OSCE-Thailand …"
    title = re.sub(r"\b([A-Z][\w]*) - (?=[A-Z])", r"\1-", title.strip(" ,;:–—-."))
    if len(title.split()) < 1:
        return None
    title = title[:1].upper() + title[1:]
    future = m.future or (
        speech_date is not None
        and m.date is not None
        and m.date.first is not None
        and m.date.first.start() > speech_date.end()
    )
    if speech_date is None and lead_in and is_future(lead_in):
        future = True
    kind = "planned" if future else _list_kind(title, lead_in)
    significance = (
        _tidy_lead_in(lead_in) if lead_in else f"Listed in paragraph {passage.paragraph} of the statement."
    )
    return TimelineEntry(
        date=m.date if m.date is not None else (PartialDate(None) if future else None),
        title=title,
        kind=kind,
        place=place,
        planned=future,
        cite=[passage.paragraph],
        evidence=evidence(text, None, high=12),
        evidence_paragraph=passage.paragraph,
        significance=significance,
        relative=m.relative,
        found_in=[f"list ¶{passage.paragraph}"],
        date_text=m.text,
        head=_head_of(title),
    )


#: A list line ending in its date: "Expert workshop on floods – Lindhaven – 20 April 2010",
#: "Basin Summit (Tarnow, 4 March 2010)".
_DATED_LAST = re.compile(
    rf"^(?P<title>.+?)\s*(?:[,(]|\s[–—-])\s*(?:(?P<place>{_PLACE_WORDS})\s*(?:,|\s[–—-])\s*)?$"
)


def _list_entry_dated_last(
    passage: Passage, m: DateMention, speech_date: DatePoint | None, lead_in: str | None
) -> TimelineEntry | None:
    """A list line whose one date closes it: the words before are the meeting's name (a meeting word
    among them) and, between them and the date, its place."""
    text = passage.text
    if m.date is None or m.since or text[m.end :].strip(" .;)") != "":
        return None
    found = _DATED_LAST.match(text[: m.start])
    if found is None:
        return None
    title = _DETERMINER.sub("", found["title"].strip(" ,;:–—-"))
    if (
        not title
        or not any(p.head in EVENT_NOUNS for p in event_phrases(title, []))
        or len(title.split()) > 14
    ):
        return None
    entry = _list_entry(
        replace(
            passage,
            text=f"{text[m.start : m.end]} {title}" + (f" ({found['place']})" if found["place"] else ""),
        ),
        speech_date,
        lead_in,
    )
    if entry is not None:
        entry.evidence = evidence(text, None, high=12)  # the line as written, not as re-ordered
    return entry


#: A lead-in that introduces meetings: "scheduled to attend a number of meetings in X on Friday, including:".
_LEAD_IN_MEETINGS = re.compile(
    r"\b(?:attend\w*|participat\w*|meet|meetings|met|held|hold|host\w*|sessions|events|conferences)\b",
    re.IGNORECASE,
)

#: Where a lead-in places what it lists: "… meetings in New York on Friday".
_LEAD_IN_PLACE = re.compile(rf"\b(?:in|at)\s+(?P<p>{_PLACE_WORDS})")


def _dated_by_lead_in(passage: Passage, speech_date: DatePoint | None, lead_in: str) -> TimelineEntry | None:
    """An undated list line naming a meeting, under a lead-in with one date that introduces meetings
    ("She will attend several meetings in New York on Friday, including:"): the line's meeting is on
    the lead-in's date, and at its place."""
    text = passage.text.strip(" .;,")
    dates = find_dates(lead_in, speech_date)
    if len(dates) != 1 or dates[0].date is None or dates[0].since or _is_deadline(lead_in, dates[0]):
        return None
    if not _LEAD_IN_MEETINGS.search(lead_in) or len(text.split()) > 14:
        return None
    if not any(p.head in EVENT_NOUNS for p in event_phrases(text, [])):
        return None  # "Foreign Minister X" under "meetings with:" names a person, not a meeting
    m = dates[0]
    where = _LEAD_IN_PLACE.search(lead_in)
    place = _place(where["p"]) if where else None
    entry = _list_entry(
        replace(passage, text=f"{m.text} {text}" + (f" ({place})" if place else "")), speech_date, lead_in
    )
    if entry is None:
        return None
    # the date as the lead-in said it, with its tense ("is scheduled to attend … on Friday")
    date = m.date
    entry.date, entry.relative, entry.date_text = date, m.relative, m.text
    ahead = m.future
    if speech_date is not None and date is not None and date.first is not None:
        ahead = date.first.start() > speech_date.end()
    entry.planned = ahead
    entry.kind = "planned" if ahead else _list_kind(entry.title, lead_in)
    entry.evidence = evidence(passage.text, None, high=12)  # the line as written
    return entry


def _list_kind(title: str, lead_in: str | None) -> str:
    if lead_in and _CONSULT.search(lead_in):
        return "consultation"
    return _kind_of(_head_of(title), title)


def _tidy_lead_in(text: str) -> str:
    text = _DISCOURSE.sub("", text.strip())
    text = text[:1].upper() + text[1:]
    if text.endswith(":"):
        text = text[:-1].rstrip() + "."
    return text
