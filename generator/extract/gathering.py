"""The last reading of a date: does its clause say that people came together at it?

The ``timeline`` package ties a date to a meeting by one shape of sentence after another, each written
from statements that had been read; on statements nobody had read, most of the meetings it
missed had their date and their name in one sentence, and no shape of the list linked them. This
module reads a date no shape placed by what its clause says, whatever the shape: something that
people do together happened (or will happen) at that date — a gathering named by a noun phrase
("the X Forum", "the Y Round", "consultations with Z", "the signing ceremony"), or a capitalised
name that a verb of holding, attending or hosting governs ("attended the Bali Democracy …",
"the Z Process was launched") — and nothing *between the gathering and its date* gives a reason
against it: a deadline, a period, a figure, a document, an office, someone's words, a hope or a
condition, a negation, the statement's own occasion. Reasons further off in the clause belong to
another part of it ("… opened in Niamey on Monday, following the election of …").

The rule is deliberately one rule, not a list of shapes; what it returns still goes through the
timeline's own checks (planned or hedged, a count of meetings, a crisis as context).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..content.partial_date import DatePoint
from .dates import DateMention

#: A stop that ends a clause: a semicolon, a colon, "!", "?", or a full stop that is not an abbreviation's
#: ("a special U.S. envoy", "Mr. X", "St. Kitts", "Dr. Y" go on with the same clause), before a space or the
#: end. The one home of that rule for this module and the ``timeline`` package.
STOP = (
    r"(?:[;:!?]|(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bJr)(?<!\bSr)"
    r"(?<!\bProf)(?<!\bHon)\.)(?:\s|$)"
)
#: A capitalised word, at most 41 characters, in every rule of this module and of ``timeline/``: with no
#: bound, a search from each capital of a run like "Ab-Ab-Ab-…" read to the run's end, and 30 kB of it took
#: the rules 33 s (quadratic).
CAPITAL_WORD = r"[A-Z][\w'’\-]{0,40}"


class PhraseLike(Protocol):
    start: int
    end: int
    title: str
    head: str


@dataclass(frozen=True)
class Gathering:
    """What the clause says happened at the date: an index into the phrases, or a name of its own."""

    phrase: int | None
    title: str
    head: str
    start: int
    end: int


#: A verb that says a gathering happened, is held, attended, hosted — any tense, active or passive.
_HAPPENING = re.compile(
    r"\b(?:met|meet|meets|meeting|held|hold|holds|holding|hosted|host|hosts|hosting|convened|convene|"
    r"convenes|convening|gathered|gather|gathers|assembled|attended|attend|attends|attending|"
    r"participated|participate|participating|took\s+part|take\s+part|taking\s+part|took\s+place|"
    r"take\s+place|takes\s+place|taking\s+place|visited|visit|visiting|travel(?:l)?ed|travel(?:l)?ing|"
    r"opened|opens|open|concluded|concludes|conclude|closed|began|begins|begin|started|starts|"
    r"resumed|resume|organi[sz]ed|organi[sz]e|organi[sz]ing|chaired|chair|chairing|co-chaired|"
    r"addressed|address|addressing|launched|launch|signed|sign|signing|adopted|adopt|ratified|"
    r"endorsed|inaugurated|brought\s+together|bring\s+together|joined|join)\b",
    re.IGNORECASE,
)
#: "at the X Summit", "during the Y Round", "on the sidelines of …": a gathering as the date's setting.
_SETTING = re.compile(
    r"\b(?:at|during|in\s+the\s+margins\s+of|on\s+the\s+(?:sidelines|margins)\s+of|on\s+the\s+occasion\s+of)"
    r"\s+(?:(?:the|a|an|its|their|our)\s+)?$",
    re.IGNORECASE,
)
#: A verb whose object is a gathering when the object is a name: "hosted the Bali Democracy Forum".
_GOVERNS = re.compile(
    r"\b(?:held|hold|holds|holding|hosted|host|hosts|hosting|convened|convene|convenes|convening|"
    r"attended|attend|attends|attending|organi[sz]ed|organi[sz]e|organi[sz]ing|chaired|chair|chairing|"
    r"co-chaired|opened|open|opens|launched|launch|participated\s+in|participate\s+in|"
    r"took\s+part\s+in|take\s+part\s+in|addressed|address|joined|join)\s+"
    r"(?:(?:the|a|an|its|their|our|his|her)\s+)?$"
    # "came to Amsel for the X Hearings": where someone went, and what for
    r"|\b(?:came|come|comes|went|go|goes|travel(?:l)?ed|travel(?:l)?ing|travels?|arrived?|arrives)\b"
    r"[^,;.]{0,40}\bfor\s+(?:the\s+)?$"
    # "had a working lunch", "will have talks": "have" holds a gathering only as its object
    r"|\b(?:had|have|has|having)\s+(?:(?:a|an|the|our|their|its|two|several|further)\s+)(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: Joining, as ``_GOVERNS`` reads it before a name.
_JOINED = re.compile(r"(?:joined|join)\b", re.IGNORECASE)
#: A passive or intransitive of happening right after a name: "the Z Process was launched".
_HAPPENS_AFTER = re.compile(
    r"\s*(?:,[^,]{0,60},\s*)?(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been|"
    r"is\s+to\s+be|are\s+to\s+be)\s+(?:jointly\s+)?(?:held|convened|hosted|organi[sz]ed|opened|launched|"
    r"inaugurated)|(?:took|takes|will\s+take)\s+place|met|meets|will\s+meet|convened|opened|began|"
    r"concluded|kicked\s+off)\b",
    re.IGNORECASE,
)
#: A capitalised name of two to eight words, "of", "on", "for", "and", "the" allowed inside.
_NAME = re.compile(
    rf"(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{CAPITAL_WORD})\s+)"
    r"(?:(?:of|on|for|and|the|de)\s+)?"
    rf"(?:{CAPITAL_WORD}(?:\s+(?:(?:of|on|for|and|the|de)\s+){{0,2}}{CAPITAL_WORD}){{0,6}})"
)
#: A name of one word inside its clause, an acronym or a capitalised word after a word in lower case ("take
#: part in Ambassadorial, which …", "the report of the FMM that …"): a gathering only when a relative clause
#: after it says it was held (``_HELD_RELATIVE``), never by a verb before it ("met Mr. X", "visited Paris").
_ONE_WORD_NAME = re.compile(r"(?<=[a-z,]\s)(?:[A-Z]{2,8}|[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\b(?!\s+[A-Z])")
#: "…, which will be held in Georgia on 5-7 September", "… that was convened in X on 17 June".
_HELD_RELATIVE = re.compile(
    r"\s*,?\s*(?:which|that)\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been|is\s+to\s+be|are\s+to\s+be)"
    r"\s+(?:jointly\s+)?(?:held|convened|hosted|organi[sz]ed)\b",
    re.IGNORECASE,
)
#: The head of a name that is a person, an office, a place's kind or a spectacle, not a gathering.
_NOT_A_GATHERING_HEAD = frozenset(
    (
        "president", "minister", "secretary", "secretary-general", "ambassador", "king", "queen",
        "prince", "chancellor", "envoy", "commissioner", "chairman", "chairperson", "chair", "presidency",
        "chairmanship", "office", "post", "seat", "ministry", "government", "embassy", "mission",
        "cup", "games", "olympics", "championship", "championships", "tournament",
    )
)  # fmt: skip
#: Reasons against, said between a gathering and its date (or right before the date).
_AGAINST = re.compile(
    # a deadline or a period
    r"\b(?:until|till|by\s+the\s+end|no\s+later\s+than|deadline|throughout|period|since|"
    # "between 2003 and 2005", "between May and July": a period; not whom a meeting is between ("the meeting
    # between the two presidents that will be held in Prague on 7 May"), nor the date's own word before its
    # days ("will host a summit in Washington between August 5 and 6": ``_against``)
    r"between(?=\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:early|mid|late)\b))|"
    # a figure
    r"per\s*cent|percent|million|billion|trillion|"
    # a document, and what is done with one
    r"letter|report|reports|article|note|communication|document|documents|published|issued|circulated|"
    r"released|dated|"
    # an office or a founding
    r"elected|election|elections|referendum|appointed|took\s+office|assumed|became|founded|established|"
    r"gave\s+birth|giving\s+birth|"
    r"anniversary|"
    # someone's words, and what they say of a meeting ("on Friday expressed satisfaction with the outcome of
    # the Summit", "on Monday urged an early meeting of the Council": the date is the words')
    r"said|says|stated|declared|announced|told|wrote|noted|stressed|recalled|expressed|demanded|denied|urged|"
    r"praised|condemned|critici[sz]ed|reiterated|insisted|warned|claimed|argued|proposed|suggested|appealed|"
    r"requested|"
    # a purpose or a target ("meetings on the plans … aimed at establishing a state in 2011")
    r"aim|aims|aimed|aiming|goal|goals|target|targets|objective|with\s+a\s+view\s+to|in\s+order\s+to|"
    # a hope, a condition, a negation
    r"hope|hoped|hopes|hoping|wish|wished|if|unless|whether|would|could|might|"
    r"not|never|no|cannot|without|failed|postponed|cancell?ed)\b|%|n['’]t\b"
    # an appeal to someone to act ("On 16 May the ministers called on Mr. X to resume the talks"): what is
    # asked for is not done at the date
    r"|\b(?:called\s+(?:up)?on|asked|invited|appealed\s+to)\s+[^;:]{0,60}?\bto\s+[a-z]",
    re.IGNORECASE,
)
#: A date's own "between", right before it, and the days it says: "between August 5 and 6".
_OWN_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)
#: The days a meeting lasts at most, said "between" one and the other; a longer span is a period.
_MEETING_DAYS = 14


def _against(between: str, m: DateMention) -> bool:
    """Words between a gathering and its date say it is something else (``_AGAINST``). The date's own
    "between" before a span of a few days is the meeting's days ("to be held in X between 4 and 5 April");
    before a longer span ("between March and May") it is a period."""
    if _AGAINST.search(between):
        return True
    if _OWN_BETWEEN.search(between) and m.date is not None:
        start, end = m.date.sort_key()[1:]
        return (end - start).days > _MEETING_DAYS
    return False


#: The date's own role, said right before it: a deadline, the span of a period, a count of years.
_ROLE_BEFORE = re.compile(
    r"\b(?:by|until|till|through|throughout|towards?|before|after|since|over|within|beyond|"
    r"the\s+year)\s+(?:the\s+(?:end|middle|beginning|start|course|first\s+half|second\s+half|rest)\s+of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: Said before a year alone, these make it a span ("from 2011", "for 2010", "during 2009"); before a day
#: they only frame it ("from 5-6 August", "during 8-9 April").
_SPAN_BEFORE_YEAR = re.compile(r"\b(?:from|for|during|in\s+the\s+course\s+of)\s+(?:the\s+)?$", re.I)
#: The statement's own day and its occasion.
_OCCASION = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|here\s+today)\b|"
    r"\b(?:this|today['’]s|the\s+present)\s+(?:[\w\-]+\s+){0,2}(?:meeting|session|conference|summit|debate|"
    r"forum|gathering|dialogue|seminar|workshop|symposium|retreat|occasion|event)\b",
    re.IGNORECASE,
)
#: "this summit", "that meeting": a meeting the statement may have named before.
_THIS_ONE = re.compile(r"\b(?:this|that)\s+$", re.IGNORECASE)
#: A date written as a document's, after it or before it: "my 24 November letter", "Published 3 May".
_DOCUMENT_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:letter|report|note|communication|statement|press\s+release|article|decision|resolution)\b",
    re.I,
)
#: Words between a gathering and its date: more than this, the two are not one thing said.
_LINK_WORDS = 16
#: A named gathering this close to its date needs no verb: the words between are its place at most.
_BESIDE_WORDS = 5


def _dateline(text: str, m: DateMention) -> bool:
    """A date standing at the top of a passage as its dateline: "VIENNA, 29 October 2009 - …",
    "Published 23 July 2010", a date alone on its line."""
    before = text[: m.start]
    after = text[m.end :]
    if len(before.split()) > 4:
        return False
    return (
        not after.strip()
        or bool(re.match(r"^\s*(?:\)|,)?\s*(?:[-–—/|]|\(|$)", after))
        or (not before.strip() and len(text.split()) <= 8)
        # "June 02 2012, Lindhaven: The Minister will …": a news item's date and city before its first words
        or (not before.strip() and bool(_CITY_AFTER.match(after)))
    )


#: (for the timeline: a date the text opens with as its dateline)
opening_dateline = _dateline

#: A news item's dateline inside a text, even where a page's lines run on into it ("… of ASEAN countries NAY
#: PYI TAW, 27 Oct— Prime Minister X attended …", "PHNOM PENH, March 6 (Xinhua) --", "LINDHAVEN, Oct. 3:"):
#: a city in capitals and a comma before the date, a dash or a colon after it (the agency's name between).
_WIRE_CITY = re.compile(r"(?:^|(?<=[\s.\]|]))[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}\s*,\s*$")
_WIRE_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:[-–—:]|-{2})")


def after_a_wire_city(text: str, m: DateMention) -> bool:
    """The date follows a city in capitals and a comma, as a news item's dateline does."""
    return bool(_WIRE_CITY.search(text[max(0, m.start - 40) : m.start]))


def news_dateline(text: str, m: DateMention) -> bool:
    """The date of a news item's dateline, wherever the text has it: the day the item was written, no
    gathering's (and the day its "yesterday" counts from: ``timeline.relative``)."""
    return after_a_wire_city(text, m) and bool(_WIRE_AFTER.match(text, m.end))


_CITY_AFTER = re.compile(rf"^\s*,\s*{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,2}}\s*(?::|\s[-–—]\s)")


def _against_the_date(text: str, m: DateMention, speech_date: DatePoint | None) -> bool:
    """The date itself says it is no gathering's: a deadline, a period, the occasion, a document's date."""
    d = m.date
    if d is None or d.first is None or m.since:
        return True
    last = d.last
    if last is not None and last.year != d.first.year:
        return True  # "2011–2020", "1989-90": a period
    before = text[max(0, m.start - 40) : m.start]
    if _ROLE_BEFORE.search(before):
        return True
    if d.first.month is None and _SPAN_BEFORE_YEAR.search(before):
        return True
    if re.search(r"\d\s*\($", before):
        return True  # "resolution 2033 (2012)": the year is the act's number
    return (
        bool(_DOCUMENT_AFTER.match(text[m.end : m.end + 30])) or _dateline(text, m) or news_dateline(text, m)
    )


def context_date(text: str, m: DateMention, context_heads: frozenset[str] | set[str]) -> bool:
    """The date qualifies a crisis, a war or a disaster said right before it ("devastated by a tsunami
    nearly three years ago as part of his visit", "the floods of 2009"): it is that event's date, not a
    gathering's further on."""
    before = re.search(
        r"([\w\-]+)\s+(?:(?:in|of|on|during|nearly|almost|some|about|just|over|exactly)\s+){0,2}$",
        text[max(0, m.start - 60) : m.start],
    )
    return before is not None and before[1].lower() in context_heads


def _the_occasion_day(m: DateMention, speech_date: DatePoint | None) -> bool:
    """The statement's own day ("today", "this morning", or its date): what is said to happen on it is
    mostly the occasion itself, a header fact — but for someone met apart from it (``_MET_WITH``)."""
    d = m.date
    assert d is not None and d.first is not None
    if re.match(r"(?i)earlier\b", m.text):
        return False  # "earlier today": something before the occasion
    own = (
        speech_date is not None and speech_date.day is not None and d.first == speech_date and d.last is None
    )
    return own or bool(_OCCASION.search(m.text))


def _year_only(m: DateMention) -> bool:
    return m.date is not None and m.date.first is not None and m.date.first.month is None


_WORD = re.compile(r"[\w'’\-]+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


@functools.lru_cache(maxsize=4)
def _word_spans(text: str) -> tuple[list[int], list[int]]:
    """Where each word of a sentence starts and ends, found once (``_words_between``)."""
    spans = [m.span() for m in _WORD.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


def _words_between(text: str, lo: int, hi: int) -> int:
    """``_words(text[lo:hi])`` by bisection: a sentence's dates were each compared with every other, the
    words between them counted anew each time (20 dates and a few hundred meeting names in one sentence of
    7 kB took half a minute)."""
    if hi <= lo:
        return 0
    starts, ends = _word_spans(text)
    first = bisect.bisect_right(ends, lo)  # the first word ending after lo
    last = bisect.bisect_left(starts, hi)  # the words starting before hi
    return max(0, last - first)


#: Where a sentence's clauses part: a stop, a semicolon or colon, a dash, a comma before a conjunction
#: (not before "which" or "who": a relative clause sits inside the clause it qualifies).
_HARD_BREAK = re.compile(
    STOP + r"|\s[–—]\s|,\s*(?:and|but|while|whereas|although|though|because|so|yet)\b", re.IGNORECASE
)


def _between_hard_breaks(text: str, m: DateMention) -> tuple[int, int]:
    start = 0
    for b in _HARD_BREAK.finditer(text, 0, m.start):
        start = b.end()
    after = _HARD_BREAK.search(text, m.end)
    return start, after.start() if after else len(text)


def _hoped(text: str, first: int, start: int, m: DateMention, end: int) -> bool:
    """A hope or a condition governs what the clause says: "We hope to meet X in May", "… in 2011, if
    funds allow"."""
    return bool(
        _hope_before(text, max(start, first - 80), first)
        or re.match(r"\s*,?\s*(?:if|unless|provided|should\s+(?:we|they|it))\b", text[m.end : end], re.I)
    )


#: A gathering said as the setting of what is hoped for: "hope that during tomorrow's meeting they will …"
#: hopes for what is done at the meeting, not that it takes place.
_SETTING_AFTER_HOPE = re.compile(
    r"\b(?:during|at|after|ahead\s+of|following|on\s+the\s+(?:sidelines|margins)\s+of)\s+"
    r"(?:(?:the|its|their|our|this|next|tomorrow['’]s|today['’]s)\s+)?$",
    re.IGNORECASE,
)


def _hope_before(text: str, lo: int, hi: int) -> bool:
    window = text[lo:hi]
    return bool(_HOPED.search(window)) and not _SETTING_AFTER_HOPE.search(window)


#: A participle of holding and where, right before the date: "the meeting of experts of X, Y and Z in the area
#: of … held in Samara, Russia on 28 July 2008", "… held at the Grand Ballroom (B) of the Dusit Hotel in Hua
#: Hin, Thailand, on 24 October": the words before it are the meeting's name, those after it its place.
_HELD_WHERE = re.compile(
    r"\b(?:held|convened|organi[sz]ed|hosted|(?:that|which)\s+(?:took|takes|will\s+take)\s+place)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][^;:!?–—]{0,120}?)?\s*,?\s*(?:on|in)\s+(?:the\s+)?$"
)


def _link_clean(text: str, a: int, b: int, m: DateMention) -> bool:
    """Nothing between a gathering and its date that says it is something else."""
    between = text[a:b]
    held = _HELD_WHERE.search(between) if b == m.start else None
    named = between[: held.start()] if held else between
    return (
        _words(named) <= _LINK_WORDS
        and not _against(between, m)
        and not _OCCASION.search(between)
        and not _office_year(text, m)
    )


def _nearer_date(text: str, start: int, end: int, lo: int, hi: int, dates: Sequence[DateMention]) -> bool:
    """Another date of the sentence stands nearer the gathering (``start``–``end``) than the one read,
    whose link to it is ``lo``–``hi``: "will on Saturday the 14th travel to attend a meeting on the 16th"."""
    link = _words_between(text, lo, hi)
    for d in dates:
        gap = _words_between(text, end, d.start) if d.start >= end else _words_between(text, d.end, start)
        if gap < link or lo <= d.start < hi:
            return True
    return False


def _named(title: str) -> bool:
    return any(c.isupper() for c in title[1:]) or bool(re.match(r"\d{1,3}(?:st|nd|rd|th)\b", title))


def _capitalised(text: str, p: PhraseLike) -> bool:
    """The phrase's own words start with a capital inside the sentence: "at the Intergenerational dialogue
    with young people on 24 May" names a meeting (its title, capitalised by the rules, shows no more)."""
    return bool(re.search(r"\w[\s,]*$", text[: p.start])) and text[p.start : p.start + 1].isupper()


def read_gathering(
    text: str,
    m: DateMention,
    mentions: Sequence[DateMention],
    clause: tuple[int, int],
    phrases: Sequence[PhraseLike],
    used: set[int],
    speech_date: DatePoint | None,
    meeting_heads: frozenset[str] | set[str],
    context_heads: frozenset[str] | set[str],
    named_before: frozenset[str] | set[str] = frozenset(),
) -> Gathering | None:
    """The gathering the date's clause says happened at it, or None.

    ``phrases`` are the sentence's meeting phrases (``timeline.phrases.event_phrases``), ``meeting_heads``
    the nouns that head a gathering, ``context_heads`` those of a crisis, a war or a disaster (the
    statement's context, never a meeting), ``named_before`` the heads of meetings the statement named
    before this sentence: "this summit" after "the EU-Africa Summit" is that summit, not the occasion
    (which ``timeline.set_aside`` still takes off by its date and name when it is the same).
    """
    if _against_the_date(text, m, speech_date) or context_date(text, m, context_heads):
        return None  # (the clause reading of timeline/clause_event.py asks the same first)
    start, end = clause
    dates = [d for d in mentions if d is not m and not _dateline(text, d) and not news_dateline(text, d)]
    if _the_occasion_day(m, speech_date):
        if re.search(r"\b(?:we|I|us)\b", text[start:end]):
            return None  # "Today we met the Ministers": the speaker's own day is the occasion
        return _doing(text, m, start, end, dates, only=(_MET_WITH,))
    found: list[Gathering] = []
    for i, p in enumerate(phrases):
        if i in used or not (start <= p.start and p.end <= end) or p.head in context_heads:
            continue
        if p.head not in meeting_heads:
            continue
        said = _OCCASION.search(text[max(0, p.start - 30) : p.end])
        if said and not (p.head in named_before and _THIS_ONE.search(text[max(0, p.start - 12) : p.start])):
            continue
        lo, hi = (p.end, m.start) if p.end <= m.start else (m.end, p.start)
        if _nearer_date(text, p.start, p.end, lo, hi, dates) or not _link_clean(text, lo, hi, m):
            continue  # another date stands nearer: the gathering is that date's
        if _hoped(text, min(p.start, m.start), start, m, end):
            continue
        governed = bool(_GOVERNS.search(text[max(start, p.start - 40) : p.start]))
        setting = bool(_SETTING.search(text[max(start, p.start - 60) : p.start]))
        happened = (
            governed
            or bool(_HAPPENING.search(text[min(p.start, m.start) : max(p.end, m.end)]))
            or bool(_HAPPENS_AFTER.match(text, p.end))
        )
        # a name said with its date and a place at most ("the APEC Summit in Lima next November")
        beside = (
            _named(p.title)
            and _words(text[lo:hi]) <= _BESIDE_WORDS
            and (p.end <= m.start or not re.search(r"[,;:()]", text[lo:hi]))
        )
        if _year_only(m) and not _named(p.title):
            continue  # "last year … the discussions": a year says which only of a gathering with a name
        if happened or ((setting or beside) and _named(p.title)) or (setting and _capitalised(text, p)):
            found.append(Gathering(i, p.title, p.head, p.start, p.end))
    if not found:
        found = _named_gatherings(text, m, start, end, phrases, dates)
    if not found:
        body = _body_of_the_date(text, m)
        found = [body] if body is not None else []
    if not found:
        done = _doing(text, m, start, end, dates)
        found = [done] if done is not None else []
    wider = _between_hard_breaks(text, m)
    if not found and wider != (start, end) and wider[0] <= start and end <= wider[1]:
        # "On 14 September, the X Partnership, which had met only twice before, held its annual plenary":
        # a clause set inside another one does not part the date from what happened at it
        return read_gathering(
            text, m, mentions, wider, phrases, used, speech_date, meeting_heads, context_heads
        )
    if not found:
        return None
    return min(found, key=lambda g: min(abs(g.start - m.end), abs(m.start - g.end)))


def _named_gatherings(
    text: str,
    m: DateMention,
    start: int,
    end: int,
    phrases: Sequence[PhraseLike],
    dates: Sequence[DateMention],
) -> list[Gathering]:
    """A capitalised name that a verb of holding or attending governs, or that is said to be held: its
    head may be any noun ("the Bali Process", "the Doha Round", "the Annual Plenary")."""
    out = []
    for n in _NAME.finditer(text, start, end):
        if n.start() < m.end and n.end() > m.start:
            continue  # the date's own words
        if any(p.start <= n.start() < p.end or n.start() <= p.start < n.end() for p in phrases):
            continue  # a meeting phrase: read above
        name = n.group().strip()
        head = name.split()[-1].lower().strip("'’")
        if head in _NOT_A_GATHERING_HEAD or len(name.split()) < 2:
            continue
        governed = _GOVERNS.search(text[max(start, n.start() - 40) : n.start()])
        if governed and _JOINED.match(governed.group()):
            # "Korvia joined the Partnership for Peace in December 2006", "joined the Basin Union in 1995": a
            # name joined that is no meeting's is a body one becomes a member of, not a gathering (the corpus
            # leaves a founding and the start of relations out); "joined the Summit" is read above
            governed = None
        said_held = _HAPPENS_AFTER.match(text, n.end())
        if not (governed or said_held):
            continue
        lo, hi = (n.end(), m.start) if n.end() <= m.start else (m.end, n.start())
        if (
            _nearer_date(text, n.start(), n.end(), lo, hi, dates)
            or not _link_clean(text, lo, hi, m)
            or _hoped(text, min(n.start(), m.start), start, m, end)
        ):
            continue
        out.append(Gathering(None, re.sub(r"^(?:The|A|An)\s+", "", name), head, n.start(), n.end()))
    for n in _ONE_WORD_NAME.finditer(text, start, end):
        # a name of one word that a relative clause says was (or will be) held: its head is its own
        if (n.start() < m.end and n.end() > m.start) or not _HELD_RELATIVE.match(text, n.end()):
            continue
        if any(p.start <= n.start() < p.end for p in phrases) or n.group().lower() in _NOT_A_GATHERING_HEAD:
            continue
        lo, hi = (n.end(), m.start) if n.end() <= m.start else (m.end, n.start())
        if _nearer_date(text, n.start(), n.end(), lo, hi, dates) or not _link_clean(text, lo, hi, m):
            continue
        out.append(Gathering(None, n.group(), n.group().lower(), n.start(), n.end()))
    return out


def said_against(text: str, m: DateMention, clause: tuple[int, int], speech_date: DatePoint | None) -> bool:
    """The reasons the rules hold against a date, for a date another reader chose (``selector``): the date's
    own role (a period, a deadline, an act's number, a document's date), or a hope or a condition opening
    the date's clause ("if the Conference meets in March")."""
    return _against_the_date(text, m, speech_date) or _hope_before(text, clause[0], m.start)


def link_against(text: str, start: int, end: int, m: DateMention) -> bool:
    """Words between a gathering (``start``–``end``) and its date say it is something else."""
    lo, hi = (end, m.start) if end <= m.start else (m.end, start)
    between = text[lo:hi]
    first = min(start, m.start)
    return bool(
        _against(between, m)
        or _office_year(text, m)
        or _hope_before(text, max(0, first - 80), first)
        or _OFFICE_OF.search(text[max(0, start - 60) : start])
    )


#: The gathering is the body whose office someone took: "assumed the chairmanship of the Basin Forum in …".
_OFFICE_OF = re.compile(
    r"\b(?:chairmanship|chair|presidency|helm)\s+of\s+(?:the\s+|this\s+|our\s+)?"
    # (the body's name, not the clause after it: "holds the Chair of X following its Summit in 2014")
    r"(?:(?!(?:following|after|before|since|during|when|at|until)\b)[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)


#: A hope or a condition governing what follows: "We hope that the Summit can be held in May".
_HOPED = re.compile(
    r"\b(?:hope|hopes|hoped|hoping|wish|wishes|wished|if|unless|whether)\b(?:\s+that)?[^,;.:!?]{0,60}$",
    re.IGNORECASE,
)


#: An office held, right before a year: the year is the office's span ("the first summit under our
#: Chairmanship of the Group in 2010"); a day is not ("… the high point of our chairmanship, on 11 May"),
#: nor is an office said as the time of something else ("during its presidency of the Council, X convened").
_OFFICE = re.compile(
    rf"\b(?:chairmanship|presidency|tenure|term|mandate)(?:\s+of\s+(?:the\s+)?{CAPITAL_WORD}"
    rf"(?:\s+{CAPITAL_WORD}){{0,3}})?\s*,?\s*(?:in|of|for|during)?\s*(?:the\s+year\s+)?$",
    re.IGNORECASE,
)


def _office_year(text: str, m: DateMention) -> bool:
    return _year_only(m) and bool(_OFFICE.search(text[max(0, m.start - 80) : m.start]))


# -- what people do together, said by its verb ------------------------------------------------
#
# A clause may say that people met without a meeting noun: someone will *be in* a place, *makes a
# tour* or a trip to it, *speaks in* a parliament, *had talks with* a person. Each reading gives the
# words it found and the title they make.

#: The person met, after a possessive and the word that says whose peer they are ("with his counterpart
#: Minister X", "his Estravian counterpart, Y"): the name, not the adjective, is who.
_WHO = r"(?:the\s+|his\s+|her\s+|their\s+|our\s+)?(?:(?:[A-Z][\w\-]*\s+)?counterparts?,?\s+)?(?P<who>[A-Z][\w'’.\-]{0,40}(?:\s+(?:[A-Z][\w'’.\-]{0,40}|of|the|for|and|de))*)"
#: Someone met: "had bilaterals today with the Japanese Prime Minister Mr Fukuda", "will meet the Prime
#: Minister", "talks with President X".
_MET_WITH = re.compile(
    r"\b(?P<verb>met|meet|meets|meeting|meetings|bilaterals?|talks|discussions|consultations|"
    r"conversation|audience|lunch|dinner|breakfast)\s+"
    r"(?:(?:today|this\s+morning|this\s+afternoon|earlier|again|separately)\s+)?"
    rf"(?P<with>with\s+)?{_WHO}"
)
#: Someone's presence somewhere: "Our Defence Minister will be in China in two days' time".
_BE_IN = re.compile(
    rf"\b(?:{CAPITAL_WORD}\s+){{1,4}}(?:(?:will\s+be|would\s+be|was|were|is\s+to\s+be|are\s+to\s+be|"
    r"will\s+arrive|arrived|arrives)\s+(?:in|at)|"
    # "X will leave for India soon, possibly on May 15": a departure names where the visit is
    r"(?:will\s+leave|is\s+to\s+leave|leaves|left|will\s+depart|departs|departed|will\s+fly|flew)\s+(?:for|to))"
    rf"\s+(?P<where>{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,3}})"
)
#: A journey made: "will make a tour to Latin American countries and France", "paid an official visit to".
_JOURNEY = re.compile(
    r"\b(?:make|makes|made|making|undertake|undertakes|undertook|pay|pays|paid|paying|begin|begins|began|"
    r"start|starts|started|embark(?:s|ed)?\s+on|go|goes|went|set\s+off\s+on)\s+(?:a|an|his|her|their|its)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?P<noun>tour|trip|journey|mission|visit)\s+(?:to|of|through|around)\s+"
    rf"(?P<where>(?:the\s+)?{CAPITAL_WORD}(?:\s+(?:{CAPITAL_WORD}|and|countries|states|nations|region)){{0,5}})"
)
#: A speech in a body: "to speak in your people's representative house", "spoke before the Assembly".
_SPOKE_IN = re.compile(
    r"\b(?:speak|speaks|spoke|speaking|address|addressed|addressing)\s+(?:in|at|to|before)\s+"
    r"(?P<body>(?:the|your|our|this|its|their)\s+(?:[\w'’\-]{1,40}\s+){0,4}?"
    r"(?:house|parliament|assembly|congress|council|chamber|senate|conference|session|summit|forum|"
    r"committee|convention|diet|legislature))\b",
    re.IGNORECASE,
)

#: A body that acts only when it sits, named with its date or acting as the clause's subject: "the
#: conclusions of the Basin Council on 29-30 October", "Last week the Basin Council placed …", "the Council of
#: Ministers agreed on 3 May", "was designated by the Executive Board on 22 September" (a board, as a council). Its office ("the President of the Basin Council visited …") is a person's
#: act, not the body's: the subject reading takes no body after "of".
_BODY = rf"(?P<body>(?:{CAPITAL_WORD}\s+){{1,3}}(?:Council|Assembly|Board)(?:\s+of\s+(?:the\s+)?{CAPITAL_WORD}(?:\s+{CAPITAL_WORD})?)?)"
_BODY_DATED = re.compile(rf"\b{_BODY}(?=\s+(?:on|of)\s)")
#: What stands between such a body and its own date: "on", "of the".
_BODY_DATE_GAP = re.compile(r"^\s+(?:on|of)\s+(?:the\s+)?$")
_BODY_ACTED = re.compile(
    rf"(?<!\bof\s)(?<!\bof\sthe\s)\b{_BODY}\s+(?:has\s+|had\s+|will\s+|would\s+)?(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|met|meets|meet|took|takes|take|made|makes|make|gave|gives|give|set|sets|agreed|agrees|"
    r"agree|adopt|adopts|endorse|endorses|approve|approves|decide|decides|hold|holds|held)\b"
)
#: Those who hold an office together, acting at a day ("heads of state and government will support the
#: strategy on 23-24 June", "the foreign ministers agreed on 5 May"): they meet to do it.
_OFFICE_HOLDERS = re.compile(
    r"\b(?P<who>heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?|heads\s+of\s+government|"
    rf"(?:(?:the\s+)?(?:{CAPITAL_WORD}\s+){{0,2}})(?:foreign\s+|finance\s+|trade\s+|prime\s+)?(?:[Mm]inisters|[Ll]eaders))"
    r"\s+(?:have\s+|had\s+|will\s+|would\s+|are\s+to\s+)?(?:\w+ly\s+)?"
    r"(?:met|meet|agreed|agree|adopted|adopt|endorsed|endorse|approved|approve|supported|support|decided|"
    r"decide|signed|sign|launched|launch)\b"
)


#: What a body makes at a sitting: its date is the document's.
_BODY_MADE = r"resolutions?|decisions?|conclusions|statements?|declarations?|reports?|communiqu[ée]s?|documents?|texts?"
#: A body that sits named right after its date: "next week's European Council", "last month's Basin
#: Assembly", "the October Council of Ministers"; not what it made ("last month's Security Council
#: resolution", "… conclusions"), nor its part ("… presidency").
_BODY_OF_THE_DATE = re.compile(
    rf"\s+{_BODY}(?!['’]s)(?!\w)(?!\s+(?i:{_BODY_MADE}|agenda|presiden(?:cy|t)|chair(?:man|manship)?|"
    r"members?|secretariat|vote|votes)\b)"
)
#: What a body made, said after its name and its date: "last month's Security Council resolution".
_BODY_MADE_AFTER = re.compile(rf"\s+{_BODY}(?!['’]s)\s+(?i:{_BODY_MADE})\b")


def a_bodys_document(text: str, m: DateMention) -> bool:
    """The date is that of what a body made ("last month's Security Council resolution"): a document's
    date, no meeting's — the rules read no meeting there, and neither may the model (``selector``)."""
    return bool(re.search(r"['’]s$", m.text)) and bool(_BODY_MADE_AFTER.match(text, m.end))


def _body_of_the_date(text: str, m: DateMention) -> Gathering | None:
    """A meeting of a body said by the body's name after a possessive date, or after "the" and its month."""
    if not (re.search(r"['’]s$", m.text) or re.search(r"\bthe\s+$", text[max(0, m.start - 5) : m.start])):
        return None
    found = _BODY_OF_THE_DATE.match(text, m.end)
    if found is None:
        return None
    return Gathering(None, f"{found['body']} meeting", "meeting", found.start("body"), found.end("body"))


#: A visitor welcomed with ceremony: "will be accorded a ceremonial welcome at Perdana Putra", "was given an
#: official welcome", "received a state welcome": the first act of a visit's day, with its hosts.
_WELCOMED = re.compile(
    r"\b(?:accorded|given|granted|received|receives|receive)\s+(?:a|an)\s+"
    r"(?P<what>(?:ceremonial|official|formal|state|red[\s\-]carpet)\s+welcome)\b",
    re.IGNORECASE,
)


def _doing(
    text: str,
    m: DateMention,
    start: int,
    end: int,
    dates: Sequence[DateMention],
    only: tuple[re.Pattern[str], ...] = (
        _WELCOMED,
        _MET_WITH,
        _BE_IN,
        _JOURNEY,
        _SPOKE_IN,
        _BODY_DATED,
        _BODY_ACTED,
        _OFFICE_HOLDERS,
    ),
) -> Gathering | None:
    """People met, someone went somewhere or spoke to a body, a body that sits to act acted, said by the
    clause's verb near the date."""
    best: Gathering | None = None
    for pattern in only:
        for found in pattern.finditer(text, start, end):
            if found.start() < m.end and found.end() > m.start:
                if pattern is not _MET_WITH or m.end > found.start("who"):
                    continue
                lo = hi = m.end  # "had bilaterals today with X": the date inside the words that say it
            else:
                lo, hi = (found.end(), m.start) if found.end() <= m.start else (m.end, found.start())
            if (
                _nearer_date(text, found.start(), found.end(), lo, hi, dates)
                or not _link_clean(text, lo, hi, m)
                or _hoped(text, min(found.start(), m.start), start, m, end)
            ):
                continue
            if pattern is _BODY_DATED and not _BODY_DATE_GAP.match(text[lo:hi]):
                continue  # "the Basin Council on Amsel's proposal … in May": the date is not the body's
            title = _title(pattern, found)
            if title is None:
                continue
            g = Gathering(None, title, _HEADS[pattern.pattern], *found.span())
            if best is None or _words(text[lo:hi]) < _words(text[best.start : best.end]):
                best = g
    return best


#: The kind of each reading. Someone met is "talks" (people, not the body's meeting a header names as
#: the statement's occasion: ``timeline.set_aside`` keeps talks of the statement's own day).
_HEADS = {
    _WELCOMED.pattern: "ceremony",
    _MET_WITH.pattern: "talks",
    _BE_IN.pattern: "visit",
    _JOURNEY.pattern: "visit",
    _SPOKE_IN.pattern: "address",
    _BODY_DATED.pattern: "meeting",
    _BODY_ACTED.pattern: "meeting",
    _OFFICE_HOLDERS.pattern: "meeting",
}


def _title(pattern: re.Pattern[str], found: re.Match[str]) -> str | None:
    if pattern is _MET_WITH:
        if not found["with"] and not found["verb"].startswith("meet") and found["verb"] != "met":
            return None  # "talks Tarnow": a noun holds a person only with "with"
        who = found["who"] or ""
        who = re.split(r"\s+(?:and|of|the|for|de)$", who)[0].strip()
        return f"Meeting with {who}" if who else None
    if pattern is _WELCOMED:
        what = found["what"]
        return f"{what[:1].upper()}{what[1:].lower()}"
    if pattern is _BE_IN:
        return f"Visit to {found['where']}"
    if pattern is _JOURNEY:
        where = re.sub(r"^the\s+", "", found["where"])
        return f"{found['noun'].capitalize()} to {where}"
    if pattern is _OFFICE_HOLDERS:
        return "Meeting of " + re.sub(r"^the\s+", "", found["who"], flags=re.IGNORECASE)
    if pattern is _SPOKE_IN:
        body = re.sub(r"^(?:the|your|our|this|its|their)\s+", "", found["body"], flags=re.IGNORECASE)
        return f"Address to the {body}"
    return f"{found['body']} meeting"
