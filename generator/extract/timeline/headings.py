"""Items dated by a heading rather than by their own sentence: a weekly round-up's "this week", a report's
numbered heading naming a meeting, a programme's lines under its day headings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...content.partial_date import DatePoint
from ..dates import DateMention, find_dates, is_future
from ..passages import Passage, evidence
from .clause_event import _HAPPENED, _MET_BY_ITSELF, _clause_event
from .clauses import _place_in_clause
from .entries import TimelineEntry, _significance, cut_title
from .lists import _list_entry, _list_kind
from .phrases import event_phrases
from .places import _place
from .vocabulary import EVENT_NOUNS, _head_of, _kind_of

#: A page that dates all it reports by its title: "This week at the Foreign Office", "The week in review".
_WEEK_TITLE = re.compile(r"\b(?:this\s+week|the\s+week\s+in\s+review|week\s+in\s+review)\b", re.IGNORECASE)


def _week_frame(
    passages: list[Passage], header_lines: set[str] | frozenset[str], speech_date: DatePoint | None
) -> DateMention | None:
    """A weekly round-up's own "this week", said in its title (a short line at the top): every meeting it
    reports in the past without a date of its own happened then."""
    if speech_date is None or speech_date.day is None:
        return None
    tops = [line for line in header_lines if len(line.split()) <= 8]
    tops += [p.text for p in passages[:3] if len(p.text.split()) <= 8]
    if not any(_WEEK_TITLE.search(line) for line in tops):
        return None
    week = find_dates("this week", speech_date)
    return week[0] if week and week[0].date is not None else None


def _in_the_frame(passage: Passage, frame: DateMention, speech_date: DatePoint | None) -> list[TimelineEntry]:
    """A sentence of a weekly round-up with no date of its own, read through the clause of its first verb
    of meeting, in the past tense: "David Cameron met US president X and discussed …"."""
    text = passage.text
    verb = _MET_BY_ITSELF.search(text) or _HAPPENED.search(text)
    if verb is None or is_future(text):
        return []
    # the verb's own clause: up to the next comma or "and" after it ("… met X and discussed A, B and C")
    cut = re.compile(r",|\s(?:and|to|where|while)\s").search(text, verb.end())
    part = text[: cut.start()] if cut else text
    at = DateMention(verb.start(), verb.start(), frame.text, frame.date, relative=frame.text)
    phrases = event_phrases(part, [])
    found = _clause_event(part, at, [at], phrases, set(), speech_date)
    if found is None:
        return []
    index, title, head = found
    kind = "milestone" if head == "milestone" else _kind_of(head, title)
    return [
        TimelineEntry(
            date=frame.date,
            title=title if index is None else phrases[index].title,
            kind=kind,
            place=_place_in_clause(part, at),
            planned=False,
            cite=[passage.paragraph],
            evidence=evidence(text, None, high=14),
            evidence_paragraph=passage.paragraph,
            significance=_significance(text),
            relative=frame.text,
            found_in=[f"sentence ¶{passage.paragraph}, dated by the page's title"],
            date_text=f"{frame.text} (the page's title)",
            head=head,
        )
    ]


def _under_heading(
    heading: Passage | None, passage: Passage, speech_date: DatePoint | None
) -> TimelineEntry | None:
    """A report's numbered heading naming a meeting, and under it a line with only its place and date:
    "4. Meeting of the Assembly of Contributors" / "– Strasbourg (24 November)"."""
    if heading is None or heading.paragraph != passage.paragraph - 1 or passage.words > 8:
        return None
    mentions = find_dates(passage.text, speech_date)
    if len(mentions) != 1 or mentions[0].date is None or mentions[0].since:
        return None
    m = mentions[0]
    date = m.date
    if date is None:
        return None
    rest = (passage.text[: m.start] + " " + passage.text[m.end :]).strip(" –—-()[],.;:\t")
    place = _place(rest) if rest else None
    if rest and place is None:
        return None
    title = re.sub(r"^\s*(?:\d{1,2}[.)]|[IVX]{1,4}\.)\s*", "", heading.text)
    title = re.sub(r"\s*\([^()]*(?:\)|$)", "", title).strip(" .:–—-")  # "(Executive Director of …)"
    words = title.split()
    if not words or len(words) > 20 or title.endswith(("?", "!")) or find_dates(heading.text, speech_date):
        return None
    if not any(p.head in EVENT_NOUNS for p in event_phrases(title, [])):
        return None
    future = m.future or (
        speech_date is not None and date.first is not None and date.first.start() > speech_date.end()
    )
    title = cut_title(words, 14)
    head = _head_of(title)
    return TimelineEntry(
        date=m.date,
        title=title[:1].upper() + title[1:],
        kind="planned" if future else _kind_of(head, title),
        place=place,
        planned=future,
        cite=[heading.paragraph],
        evidence=evidence(heading.text, None, high=14),
        evidence_paragraph=heading.paragraph,
        significance=f"Heading of paragraph {heading.paragraph}, dated by the line under it.",
        relative=m.relative,
        found_in=[f"heading ¶{heading.paragraph}"],
        date_text=m.text,
        head=head,
    )


#: What may stand beside the day on a programme's heading line: its weekday, "Day 2", "Programme".
_HEADING_REST = re.compile(
    r"^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day\s+\d{1,2}|programme|program|"
    r"schedule|agenda)\b|[\s,.:;|()–—-])*$",
    re.IGNORECASE,
)

#: An hour opening a programme's line: "10h00", "14:15", "09.30 –", "2.30 pm", "7 p.m.".
_HOUR_FIRST = re.compile(
    # (a bare "a.m." first: "10.30 a.m. …" whose "10." the speech parser took for a paragraph's number)
    r"^\s*(?:\d{1,2}\s*[h:.]\s*\d{2}(?:\s*(?:hrs?|[ap]\.?\s?m\.?))?|\d{1,2}\s*[ap]\.?\s?m\.?|[ap]\.?m\.?(?=\s)|"
    # "Morning - …", "Evening – …", "Morning and afternoon - …": a programme's part of the day
    # ("Late evening: …", "Early morning – …" too)
    r"(?:(?i:early|late)\s+)?(?i:morning|afternoon|evening|night|noon|midday|lunchtime)"
    r"(?:\s+(?i:and)\s+(?i:morning|afternoon|evening))?"
    r"(?=\s*[-–—:]))"
    r"(?:\s*[-–—]\s*\d{1,2}\s*[h:.]\s*\d{2})?\s*[-–—:]?\s*",
    re.IGNORECASE,
)

#: A programme's line for the press names the event it comes for after these words.
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|prior\s+to|in\s+time\s+for)\s+(?:the\s+)?", re.IGNORECASE)

#: A programme's line names its event in a few words; a longer one is prose, read through its verb.
_PROGRAMME_LINE_WORDS = 25


def _day_heading(passage: Passage, speech_date: DatePoint | None) -> DateMention | None:
    """The day a line gives when it is only a day, with its weekday ("Tuesday 3 June 2008", "Day 2 – 4 May
    2010", "09 Jul. 2008"): a programme's or a listing's heading."""
    if passage.words > 8:
        return None
    mentions = find_dates(passage.text, speech_date)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    if m.date is None or m.date.first is None or m.date.first.day is None or m.date.last is not None:
        return None
    if not _HEADING_REST.match(passage.text[: m.start] + " " + passage.text[m.end :]):
        return None
    return m


def _day_headings(passages: list[Passage], speech_date: DatePoint | None) -> dict[int, DateMention]:
    """The passages under each day heading of a page that has several (a visit's programme, a listing of
    dated items), with the heading's day. An item opening with a day of its own ("25 Nov. 2008 Visit to …")
    ends the heading's reach, as the next heading does."""
    heads = {p.index: h for p in passages if (h := _day_heading(p, speech_date)) is not None}
    if len({h.date for h in heads.values()}) < 2:
        return {}  # one dated line is a dateline, not a programme
    out: dict[int, DateMention] = {}
    current: DateMention | None = None
    for p in passages:
        if p.index in heads:
            current = heads[p.index]
            continue
        own = find_dates(p.text, speech_date, list_line=True)
        if own and own[0].start <= 2:
            current = None  # a line dated by itself: another item of the listing
        if current is not None:
            out[p.index] = current
    return out


def _under_day_heading(
    passage: Passage, heading: DateMention, speech_date: DatePoint | None
) -> list[TimelineEntry]:
    """An undated line under a day heading: a programme's line naming its event ("14h15 President X to
    address the Joint Sitting of Parliament", "Bilateral talks between …") is on the heading's day, as a list
    line is on the date of its lead-in."""
    timed = _HOUR_FIRST.match(passage.text)
    text = _HOUR_FIRST.sub("", passage.text, count=1).strip(" .;,")
    phrases = [p for p in event_phrases(text, []) if p.head in EVENT_NOUNS]
    # (a line ending with a full stop is a sentence: a numbered programme's "2. Visit to the Museum." reads
    # as a report's line, which dev12's schedule showed costs more items than it finds; but a line that opens
    # with a meeting of people is the programme's own: "3. Business summit organised by the Council.")
    sentence = (
        passage.text.rstrip().endswith((".", "!", "?"))
        and not timed
        and not _opens_with_meeting(text, phrases)
    )
    if passage.words > _PROGRAMME_LINE_WORDS or sentence or _SENTENCE_BREAK.search(text) or not phrases:
        # prose under a listing's day ("09 Jul. 2008" above a news item) is left to its own dates: read through
        # its verb, it gave the item's ceremony without the act that named it (measured on dev10); a
        # programme's timed line is read through its verb in the present ("Evening – The Queen attends …")
        said = _programme_prose(passage.text) if timed else None
        if said is None:
            return []
        text = said
    # "Arrival of media ahead of the official welcoming ceremony": the press's arrangements name the event
    ahead = _AHEAD_OF.search(text)
    if ahead and any(p.head in EVENT_NOUNS for p in event_phrases(text[ahead.end() :], [])):
        text = text[ahead.end() :]
    entry = _list_entry(replace(passage, text=f"{heading.text} {text}"), speech_date, None)
    if entry is None:
        return []
    entry.date, entry.relative, entry.date_text = heading.date, heading.relative, heading.text
    later = heading.future
    if speech_date is not None and heading.date is not None and heading.date.first is not None:
        later = heading.date.first.start() > speech_date.end()
    entry.planned = later
    entry.kind = "planned" if later else _list_kind(entry.title, None)
    entry.evidence = evidence(passage.text, None, high=12)  # the line as written
    entry.significance = f"Under the day heading “{heading.text}”."
    entry.found_in = [f"programme ¶{passage.paragraph}, dated by its day heading"]
    return [entry]


#: A sentence's end inside a programme's line, not an abbreviation's full stop ("Mrs. Obama", "H.E. Mr. X").
_SENTENCE_BREAK = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?]\s+[A-Z]")

#: Meetings of people a programme's numbered line may open with, though it ends with a full stop ("2. Bilateral
#: meeting with the Prime Minister.", "6. Private dinner with …"): not a visit to a place, nor a ceremony.
_PEOPLE_MEETING = frozenset(
    {
        "meeting",
        "summit",
        "talks",
        "dinner",
        "banquet",
        "luncheon",
        "lunch",
        "breakfast",
        "conference",
        "address",
    }
)


def _opens_with_meeting(text: str, phrases: list) -> bool:
    """The line opens with its meeting phrase (at most two words before it, no verb): a programme's item."""
    if not phrases:
        return False
    first = phrases[0]
    return (
        first.head.lower() in _PEOPLE_MEETING
        and len(text[: first.start].split()) <= 2
        # ("Meetings with other officials.": several, unnamed, are the day's business, not one meeting)
        and not re.search(r"\bmeetings\b", first.title, re.IGNORECASE)
    )


#: A programme's line in the present tense, its subject doing the day's business: "President X visits the
#: Parliament", "The Queen attends a dinner given by …", "The Minister meets his counterpart".
_PROGRAMME_VERB = re.compile(
    r"\b(?P<verb>visits|meets|meet|attends|attend|hosts|host|holds\s+talks\s+with|addresses|calls\s+on)\s+(?:(?:a|an|the)\s+)?"
    r"(?P<what>(?:\b(?:Mrs|Mr|Ms|Dr|St)\.\s|[^;:.!?]){3,120}?)(?=\s*(?:[;:.!?]|$|,\s+(?:and|where|before|after)\b))",
    re.IGNORECASE,
)


def _programme_prose(line: str) -> str | None:
    """What a programme's timed line written as a sentence says is done ("Morning – President X visits the
    Parliament.", "Evening – The Queen attends a dinner given by the President at …"), named by its verb: a
    visit to the place named, a meeting with whom is met, the meeting attended or hosted."""
    text = _HOUR_FIRST.sub("", line, count=1)
    verb = _PROGRAMME_VERB.search(text)
    if verb is None or is_future(text):
        return None
    what = verb["what"].strip(" ,")
    lower = verb["verb"].lower()
    if lower == "visits":
        return f"Visit to {what}"
    if lower in ("meets", "meet", "calls on") or lower.startswith("holds"):
        return f"Meeting with {what}"
    named = [p for p in event_phrases(what, []) if p.head in EVENT_NOUNS]
    return what[named[0].start :] if named else None
