"""Find the dates a statement mentions and turn them into PartialDates.

Statements write "Oct 2005", "18 May 2007", "May 18, 2008", "4–5 June 2008",
"in 1997-98", "2007/08", "on 19 October", "last year", "in March last year",
"ten years ago" and "in the near future". Absolute dates become PartialDates
with the precision the text has. Relative ones ("last year", "on 19 October")
are resolved against the statement's own date when it is known, and otherwise
kept as relative: the phrase is recorded and the date left empty, because
guessing the year would invent a fact.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import difflib
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..content.partial_date import DatePoint, PartialDate

_MONTH_NAMES = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
#: The abbreviations a statement writes ("Jan.", "Sept."); "May", "June" and "July" have none.
_MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_ABBREVIATIONS = frozenset(_MONTH_ABBREVIATIONS)
_MONTH_NAMES.update(_MONTH_ABBREVIATIONS)
#: Every word that names a month, written out or shortened.
MONTH_WORDS = frozenset(_MONTH_NAMES)
#: A month's name or abbreviation, in lower case → its number.
MONTH_NUMBERS: dict[str, int] = _MONTH_NAMES
WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# Month names must be capitalised ("May", "MAY"), so the verb "may" and the
# verb "march" are never read as months. Only an abbreviation takes a full stop
# ("Sept."): the stop after "December." ends the sentence.
_FULL_MONTHS = sorted(
    {w.title() for w in _MONTH_NAMES if w not in _MONTH_ABBREVIATIONS}
    | {w.upper() for w in _MONTH_NAMES if w not in _MONTH_ABBREVIATIONS},
    key=len,
    reverse=True,
)
_SHORT_MONTHS = sorted(
    {w.title() for w in _MONTH_ABBREVIATIONS} | {w.upper() for w in _MONTH_ABBREVIATIONS},
    key=len,
    reverse=True,
)


def _month(name: str) -> str:
    return (
        rf"(?P<{name}>(?:{'|'.join(_FULL_MONTHS)})(?![A-Za-z])|(?:{'|'.join(_SHORT_MONTHS)})(?![A-Za-z])\.?)"
    )


_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
#: Between a day and its month: a space, or none after an ordinal, as a copy run together writes it
#: ("14thDecember, 2013", "the 3rdof May"), or none after the day's digits when the month's whole name and a
#: year follow ("on 6 and 7June, 2011": a communiqué's copy that lost the space); without its year, a number
#: run onto a month may be a code or a count ("Reference 14December").
_SP = r"(?:\s+|(?<=\d(?:st|nd|rd|th))|(?<=\d)(?=(?:" + "|".join(_FULL_MONTHS) + r"),?\s+(?:1[89]|20)\d\d\b))"
#: Between a month and its day: a space, or none after a month's full name, as a copy run together writes it
#: ("on February19, 2010", "March3"); an abbreviation stays apart ("Feb19" may be a code).
_MSP = (
    r"(?:\s+|(?:(?<=ary)|(?<=rch)|(?<=ril)|(?<=May)|(?<=une)|(?<=uly)|(?<=ust)|(?<=ber))(?=[0-3]?\d(?!\d)))"
)
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)"
#: The years a statement's dates are read in (``_YEAR``): a statement's own date given by hand (``--date``) is
#: one of them too, since every relative date is counted from it (from year 9999 "in 99 days" overflowed).
STATEMENT_YEARS = range(1800, 2100)
_YEAR2 = r"(?P<y2>(?:1[89]|20)\d\d|\d\d)"
#: ("from the 2nd to the 4th of May": the article again before the second day)
_TO = r"(?:\s*[-–—&]\s*|(?<=\d)/(?=\d)|\s+(?:to|and|until|through)\s+(?:the\s+)?)"
_NO_YEAR_AFTER = r"(?!\s*,?\s*(?:1[89]|20)\d\d)(?![\d–-])"

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "one hundred": 100,
}
_ORDINAL_WORDS = {
    w: n
    for n, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
_ORDINAL_WORDS.update({f"twenty-{w}": 20 + n for w, n in list(_ORDINAL_WORDS.items())[:9]})
_ORDINAL_WORDS.update({"thirtieth": 30, "thirty-first": 31})
#: "the twenty-third of May": a day written as a word, as a formal speech says it (only with "the … of").
_ORDINAL_DAY = r"(?P<ow>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")"
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: A count as a statement writes it: "25", "twenty-five", "sixty", "a hundred" (not the "five" of "twenty-five").
_COUNT = (
    rf"(?<![\w-])(?:(?:{'|'.join(_TENS)})[-\s](?:{'|'.join(_ONES)})|\d{{1,3}}|a\s+hundred|one\s+hundred|"
    rf"{'|'.join(sorted((w for w in _NUMBER_WORDS if ' ' not in w), key=len, reverse=True))})"
)


def _count(text: str) -> int | None:
    """The number of "twenty-five", "25", "sixty" or "a hundred"."""
    words = " ".join(text.lower().replace("-", " ").split())
    if words.isdigit():
        return int(words)
    if words in _NUMBER_WORDS:
        return _NUMBER_WORDS[words]
    tens, _, ones = words.partition(" ")
    if tens in _TENS and ones in _ONES:
        return _NUMBER_WORDS[tens] + _NUMBER_WORDS[ones]
    return None


#: Sentences that speak of the future: a date in them is planned, not past.
FUTURE = re.compile(
    r"\b(will|shall|is to be|are to be|to be (?:held|convened|organi[sz]ed|hosted)|"
    # "Lindhaven is to host the next meeting", "the ministers are to meet": a plan announced
    r"(?:is|are) to (?:host|hold|meet|visit|attend|sign|open|convene|travel|chair|launch|address|take part|"
    r"participate)\b|"
    r"plans? to|planned|intends? to|aims? to|hopes? to|(?:is|are) (?:expected|due|set|slated) to|"
    r"due to (?:take place|be held|open|begin|start|meet|convene)|slated for|look(?:s|ing)? forward|"
    r"up-?coming|forthcoming|"
    r"stands? ready to|exploring|scheduled|would like to (?:host|invite|convene)|ahead of|in the run-up to|"
    r"in preparation for|leading up to|com(?:ing|es) (?:as it does )?before|"
    # "the source said that a meeting on Thursday would be attended by …": a future told in reported speech
    r"would (?:be (?:held|attended|convened|hosted|organi[sz]ed)|take place|meet|visit|attend|host|hold|travel|"
    r"convene)\b|"
    # "the Presidential Summit to begin on Wednesday", "talks to open in May": a meeting's own infinitive
    r"(?:summit|meeting|conference|session|talks|forum|dialogue|round|visit|congress)s?\s+to\s+"
    r"(?:begin|open|start|take\s+place|convene|resume)\b|"
    # "discussed with him holding an emergency meeting on …": a meeting still to be held when it was discussed
    r"(?:agreed|decided|discussed|proposed|suggested|considered)\s+(?:with\s+\w+\s+)?(?:to\s+)?"
    r"(?:hold(?:ing)?|conven(?:e|ing)|organi[sz](?:e|ing)|host(?:ing)?)\b)\b|'ll\b",
    re.IGNORECASE,
)


def is_future(sentence: str) -> bool:
    return bool(FUTURE.search(sentence))


@dataclass(frozen=True)
class DateMention:
    """A date phrase in a piece of text, with what it means."""

    start: int
    end: int
    #: The words of the phrase as written ("Oct 2005", "last year's").
    text: str
    #: The date, or None when it is relative and the statement's date is unknown,
    #: or when the phrase names no date at all ("in the near future").
    date: PartialDate | None
    #: The phrase, when the date depends on the statement's own date.
    relative: str | None = None
    #: The phrase itself points forward ("next year", "in the near future").
    future: bool = False
    #: "since 1999": the start of a period, not the date of an event.
    since: bool = False
    #: "later that year", "two years later": counted from the date said before it (unit, offset) …
    anaphor: tuple[str, int] | None = None
    #: … whose words, once resolved, are kept here.
    anchor: str | None = None

    @property
    def vague(self) -> bool:
        """A future with no date at all: "in the near future"."""
        return self.date is None and self.relative is None

    @property
    def resolved(self) -> bool:
        return self.date is not None


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    make: Callable[[], DateMention | None]


def _as_is(mention: DateMention) -> DateMention:
    return mention


def _point(y: int, m: int | None = None, d: int | None = None) -> DatePoint | None:
    if not dt.MINYEAR <= y <= dt.MAXYEAR:
        return None  # "300 decades ago": counted back past the calendar's first year, no date
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None and (m is None or not 1 <= d <= calendar.monthrange(y, m)[1]):
        return None
    return DatePoint(y, m, d)


def _pd(a: DatePoint | None, b: DatePoint | None = None) -> PartialDate | None:
    if a is None:
        return None
    if b is None or b == a:
        return PartialDate(a)
    if b.start() < a.start():
        return None
    return PartialDate(a, b)


def _month_of(text: str) -> int:
    return _MONTH_NAMES[text.rstrip(".").lower()]


def _year2(y1: int, text: str) -> int:
    if len(text) == 4:
        return int(text)
    y2 = (y1 // 100) * 100 + int(text)
    return y2 + 100 if y2 < y1 else y2


class _Context:
    """What resolving a relative date needs: the statement's date and the sentence's tense."""

    def __init__(self, speech_date: DatePoint | None, future_tense: bool | None, reported: bool = False):
        self.speech = speech_date
        #: None: the sentence has no tense to go by ("count on me to make the meeting in Doha in November a
        #: success"): the nearest such day, before or after the statement.
        self.future = future_tense
        #: The only past is the verb that reports what was said (``_Tense.reported_at``): the year of a month
        #: or a day said without one is the nearest, as when there is no tense.
        self.reported = reported

    def year_of(self, month: int, day: int | None) -> int | None:
        """The year of "19 October" or "in March": the statement's, or the one before/after."""
        s = self.speech
        if s is None:
            return None
        if s.month is None:
            return s.year
        if day is not None and s.day is not None and _point(s.year, month, day) is not None:
            gap = (dt.date(s.year, month, day) - dt.date(s.year, s.month, s.day)).days
            if abs(gap) <= 14:
                return (
                    s.year
                )  # "the Summit on the 19th-20th January", said on 17 January: days apart, not a year
        if self.future is None or self.reported:
            said = dt.date(s.year, s.month, s.day or 15)
            candidates = [y for y in (s.year - 1, s.year, s.year + 1) if _point(y, month, day or 15)]
            if not candidates:
                return None  # "February 30", "32nd January": a day none of those years has
            return min(
                candidates, key=lambda y: (abs((dt.date(y, month, day or 15) - said).days), y > s.year)
            )
        # A month without a day ("in October", said on 13 October) is any day of it: the statement's own
        # month is this year's, whether the sentence looks ahead or back.
        here = (month, day or (31 if self.future else 1))
        now = (s.month, s.day or (31 if self.future else 1))
        if not self.future and here > now:
            return s.year - 1
        if self.future and here < now:
            return s.year + 1
        return s.year


#: Verbs in the past tense that decide a clause's tense against the sentence's: "As agreed at the
#: Summit in April, we will meet again" speaks of a past April.
_PAST = re.compile(
    r"\b(?:was|were|had|did|met|held|took\s+place|agreed|adopted|convened|hosted|attended|signed|"
    r"launched|decided|opened|concluded|gathered|established|endorsed|approved|began|started|ended|"
    r"visited|saw|marked|recalled|witnessed|made|reached|issued|expressed|done|travelled|traveled)\b",
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(r"[,;:()]")
#: Any sign of the past: a verb in -ed or an irregular past. A sentence without one (nor a future) has no tense.
_ANY_PAST = re.compile(
    r"\b(?:was|were|had|did|met|held|took|saw|made|gave|came|went|began|won|led|set|said|told|ago|last|"
    r"paid|spoke|sent|left|flew|brought|wrote|chose|sought|stood|fought|kept|felt|found|heard|"
    r"(?!(?:United|based|related|needed|interested|concerned|committed|dedicated|advanced)\b)[A-Za-z]{2,}ed)\b"
)


#: "reaffirmed its commitment to reaching an agreement in December", "with a view to concluding the talks in
#: March": a noun's aim, which looks ahead from the past verb of its sentence, so its month may fall on either
#: side of the statement. (A verb's infinitive does not: "acted promptly to convene a meeting in February"
#: convened it; nor "to" before a gerund after a verb: "contributed to ending the war".)
_PROSPECTIVE = re.compile(
    r"\b(?:commitment|committed|view|road|path|steps?|closer|dedicated)\s+to\s+[a-z]+ing\b|"
    # "called on all states to ratify it before June", "urged the parties to resume talks in March": an
    # appeal's infinitive looks ahead from the appeal
    r"\b(?:called\s+(?:up)?on|urged|asked|invited|encouraged|appealed\s+to)\s+(?:[\w'’\-]+\s+){1,6}?to\s+[a-z]+\b|"
    # "extended an invitation to the Minister to visit Washington in February": an invitation's, as an appeal's
    r"\binvitation\s+(?:[\w'’\-]+\s+){0,8}?to\s+[a-z]+\b"
)
#: How far before a date such an aim governs it.
_PROSPECTIVE_REACH = 120
#: "agreed to finalise the text before the Summit in November", "the meetings were to prepare the Summit on
#: April 3-4": what was agreed or set to be done is still ahead of the agreement, reported the day it was made.
_AGREED_TO = re.compile(
    r"\b(?:agreed|decided|pledged|promised|resolved|undertook|(?:was|were)(?!\s+to\s+be\b))\s+to\s+[a-z]+\b"
)

#: A verb that reports what someone said or welcomed: "She said the Government is organising a meeting in
#: June", "they welcomed the visits to the Games in August". Its past is the saying's; what was said may
#: still be ahead (``reported_at``, ``_reported_present``).
REPORTING_VERBS = r"(?:said|says|stated|told|welcomed|noted|announced|indicated|added|explained|informed|mentioned|confirmed)"
_REPORTING = re.compile(rf"\b{REPORTING_VERBS}\b", re.IGNORECASE)
#: The present of the reported words ("said the Government is organising a meeting …", "said that 'X is
#: open to receive the President … on July 10'"): a plan as it stands when it is reported.
_REPORTED_PRESENT = re.compile(r"\b(?:is|are|am)\b", re.IGNORECASE)
#: How far before a date its reporting verb may stand.
_REPORTED_REACH = 160

#: "to be held", "will be signed": the words before a participle that make it a future.
_TO_BE = re.compile(r"\b(?:to|will|shall|would|is|are)\s+be\s+$", re.IGNORECASE)
_TO_BE_REACH = 80


class _Tense:
    """The tense at each point of a text: the nearest tense marker of the clause, else the sentence's."""

    def __init__(self, text: str):
        self.text = text
        self.sentence_future = is_future(text)
        marks = [(m.start(), True) for m in FUTURE.finditer(text)]
        if self.sentence_future:
            marks += [
                (m.start(), False)
                for m in _PAST.finditer(text)
                # "to be held", "will be signed": a participle of the future
                # (the words just before: searching all the text before each verb was quadratic)
                if not _TO_BE.search(text[max(0, m.start() - _TO_BE_REACH) : m.start()])
            ]
        self.marks = sorted(marks)
        self.mark_at = [at for at, _ in self.marks]
        self.cuts = [m.start() for m in _CLAUSE_MARK.finditer(text)]
        # Asked at every date: found once (a sentence of thousands of dates searched it thousands of times).
        self.any_past = self.sentence_future or bool(_ANY_PAST.search(text))
        #: Where each past verb starts, and whether it reports (``reported_at``).
        self.pasts: list[tuple[int, bool]] | None = None

    def reported_at(self, pos: int) -> bool:
        """The sentence's past before ``pos`` is only the verb that reports it, and none follows: "She said
        the Government is organising a meeting in June" tells of June whichever side of the saying it is
        ("She said the summit in June was a success" does not)."""
        if self.pasts is None:  # found once, then bisected (a sentence may hold thousands of dates)
            self.pasts = [
                (m.start(), bool(_REPORTING.fullmatch(m.group()))) for m in _ANY_PAST.finditer(self.text)
            ]
        i = bisect.bisect_left(self.pasts, (pos, False))
        return i == len(self.pasts) and i > 0 and self.pasts[i - 1][1]

    def future_at(self, pos: int) -> bool | None:
        if not self.sentence_future:
            if not self.any_past:
                return None
            # the past verb nearest before the date governs an infinitive that looks ahead: no tense of its own
            before = self.text[max(0, pos - _PROSPECTIVE_REACH) : pos]
            agreed = [m.end() for m in _AGREED_TO.finditer(before)]
            if (
                agreed
                and not _ANY_PAST.search(before[agreed[-1] :])
                and not _CLAUSE_MARK.search(before[agreed[-1] :])
            ):
                return True
            ahead = [m.end() for m in _PROSPECTIVE.finditer(before)]
            if ahead and not _ANY_PAST.search(before[ahead[-1] :]):
                return None
            if self._reported_present(pos):
                return None
            return False
        # The clause around pos, and the tense marks in it, by bisection (was a scan of every
        # comma and mark for every date: 90,000 dates in a sentence of commas never ended).
        i = bisect.bisect_left(self.cuts, pos)
        lo = self.cuts[i - 1] if i else -1
        hi = self.cuts[i] if i < len(self.cuts) else len(self.text)
        j = bisect.bisect_left(self.mark_at, pos)
        if j and self.mark_at[j - 1] > lo:
            return self.marks[j - 1][1]
        if j < len(self.marks) and self.mark_at[j] < hi:
            return self.marks[j][1]
        return True

    def _reported_present(self, pos: int) -> bool:
        """ "She said the Government is organising a meeting in Tarnow at the end of June": the past of the
        verb that reports is not the tense of the words reported. Their present says a plan as it stands,
        which may fall on either side of the statement: no tense of its own, the nearest such month (a past
        verb in the reported words keeps the past: "said the talks, which were held in June, are over")."""
        before = self.text[max(0, pos - _REPORTED_REACH) : pos]
        said = [m.end() for m in _REPORTING.finditer(before)]
        if not said:
            return False
        reported = before[said[-1] :]
        return bool(_REPORTED_PRESENT.search(reported)) and not _ANY_PAST.search(reported)


#: Something every date phrase has: a digit, a month's name, or a word of time ("ago", "yesterday" …).
_HINT = re.compile(
    r"\d|(?i:year|month|week|day|ago|morning|afternoon|night|tomorrow|decade|future|course|later|earlier|"
    r"spring|summer|autumn|fall|winter)|"
    rf"(?:{'|'.join(_FULL_MONTHS + _SHORT_MONTHS)})(?![A-Za-z])"
)


#: Languages whose month names datelines of English statements keep ("Cancún, 5 de diciembre de 2010").
_DATELINE_LANGUAGES = ("es", "fr", "de", "pt", "it", "nl", "ru")
_ENGLISH_MONTHS = [m for m in _MONTH_NAMES if m not in _MONTH_ABBREVIATIONS]


@functools.lru_cache(maxsize=1)
def _foreign_months() -> dict[str, str]:
    """Month names in the dateline languages, from babel's CLDR data, each mapped to the English name."""
    from babel import Locale

    out: dict[str, str] = {}
    for lang in _DATELINE_LANGUAGES:
        for width in ("wide", "abbreviated"):
            for number, name in Locale(lang).months["format"][width].items():
                word = name.lower().rstrip(".")
                if len(word) >= 3 and word not in _MONTH_NAMES:
                    out[word] = _ENGLISH_MONTHS[number - 1].title()
        # a page's date with its weekday: "giovedì 15 ottobre 2009", "lundi 5 mars 2012" (babel counts the days
        # of the week from Monday, 0)
        for number, name in Locale(lang).days["format"]["wide"].items():
            word = name.lower()
            if len(word) >= 3 and word not in WEEKDAYS and word not in out:
                out[word] = _WEEKDAY_NAMES[number]
    return out


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_WORD_BESIDE_NUMBER = re.compile(
    r"(?<=\d)(?:st|nd|rd|th)?(?:\.?\s+(?:de\s+)?)([^\W\d_]{3,})|(?<![^\W\d_])([^\W\d_]{3,})(?=\.?\s+\d)"
)


def in_english(text: str) -> str:
    """A dateline's date in the English the date rules read: month names of other languages ("5 de
    diciembre de 2010", "le 5 décembre 2010", "5. Dezember 2010") and misspelt ones ("Feburary 5",
    "5 Decemeber") put in English, a year-first date ("2010.09.05", "2010/09/05", "2010 09 05") written
    with dashes, a dashed day-first one ("12-05-2010") with dots.
    Only words beside a number change: elsewhere "Member" or "mars" stay what they are."""
    foreign = _foreign_months()

    def month(m: re.Match) -> str:
        word = m.group(1) or m.group(2)
        low = word.lower()
        if low in _MONTH_NAMES or low in ("de", "del", "le", "of", "the"):
            return m.group(0)
        english = foreign.get(low)
        if english is None and len(low) >= 5:
            close = difflib.get_close_matches(low, _ENGLISH_MONTHS, n=1, cutoff=0.85)
            english = close[0].title() if close else None
        return m.group(0).replace(word, english) if english else m.group(0)

    text = re.sub(r"\b(\d{1,2})\s+(st|nd|rd|th)\b", r"\1\2", text)  # "12 th May": a PDF's spaced ordinal
    text = _WORD_BESIDE_NUMBER.sub(month, text)
    text = re.sub(
        r"\b(\d{1,2})\s+de\s+([A-Z][a-z]+)\s+de\s+((?:19|20)\d\d)\b", r"\1 \2 \3", text
    )  # "5 de December de 2010"
    text = re.sub(
        r"\b(\d{1,2})\.\s+([A-Z][a-z]+)\s+((?:19|20)\d\d)\b", r"\1 \2 \3", text
    )  # "5. December 2010"
    text = re.sub(r"^le\s+(?=\d)|(?<=,\s)le\s+(?=\d)", "", text)  # "Genève, le 5 décembre 2010"
    # "12-05-2010": day first, as dotted dates are read (a month-first date is written with slashes)
    text = re.sub(r"(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b", r"\1.\2.\3", text)
    # "2009 11 06": year, month and day apart, as Baltic sites print a date (only a real month and day)
    text = re.sub(
        r"(?<![\d.,/-])((?:19|20)\d\d) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])(?![\d.,/-])", r"\1-\2-\3", text
    )
    return re.sub(r"\b((?:19|20)\d\d)[./](\d{1,2})[./](\d{1,2})\b", r"\1-\2-\3", text)


def exact_days(text: str) -> list[DateMention]:
    """The dates of ``text`` said to the day and not relative: what a dateline is made of."""
    return [
        d
        for d in find_dates(text)
        if d.date is not None
        and d.relative is None
        and d.date.first is not None
        and d.date.first.day is not None
    ]


def find_dates(
    text: str,
    speech_date: DatePoint | None = None,
    *,
    list_line: bool = False,
    anchor: tuple[str, PartialDate] | None = None,
) -> list[DateMention]:
    """Every date phrase in ``text``, left to right, longest reading first.

    ``list_line`` also accepts a bare year at the start ("2004 Tsunami …").
    ``anchor`` is the last date said before ``text`` (its words and its
    value): "later that year" and "two years later" count from it, or from
    an earlier date in ``text`` itself.
    """
    if not _HINT.search(text):
        return []  # no digit, month, or word of time: most sentences of a statement
    tense = _Tense(text)
    contexts: dict[tuple[bool | None, bool], _Context] = {}

    def context(pos: int) -> _Context:
        future = tense.future_at(pos)
        key = (future, future is False and tense.reported_at(pos))
        if key not in contexts:
            contexts[key] = _Context(speech_date, *key)
        return contexts[key]

    found: list[_Found] = []
    for pattern, builder in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span("core") if m.groupdict().get("core") is not None else m.span()
            found.append(
                _Found(start, end, functools.partial(builder, m, context(start), text[start:end], start, end))
            )
    if list_line:
        year = re.match(rf"\s*{_YEAR}\b(?![-–/]\d)", text)
        if year:
            bare = DateMention(year.start("y"), year.end("y"), year["y"], _pd(_point(int(year["y"]))))
            found.append(_Found(bare.start, bare.end, functools.partial(_as_is, bare)))
    # Longest first, then leftmost; keep those that do not overlap a kept one.
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[DateMention] = []
    # The kept spans never overlap, so in order of start only the neighbours of a new span can
    # overlap it (checking every kept span was quadratic: 8,000 dates in a sentence took 8 s).
    starts: list[int] = []
    ends: list[int] = []
    for f in found:
        i = bisect.bisect_left(starts, f.start)
        if (i and ends[i - 1] > f.start) or (i < len(starts) and starts[i] < f.end):
            continue
        mention = f.make()
        if mention is None:
            continue
        kept.append(mention)
        starts.insert(i, f.start)
        ends.insert(i, f.end)
    in_order = _weekday_before_its_day(sorted(kept, key=lambda m: m.start), text)
    beside = _year_said_beside(in_order, text)
    return _resolve_anaphors(_month_said_before(_year_of_the_row(beside, text), text), anchor, text)


_WEEKDAY_WORD = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def _weekday_before_its_day(mentions: list[DateMention], text: str) -> list[DateMention]:
    """ "ended on Sunday, November 25, 2007": a weekday with its day written after it is that day, not the
    last such weekday before the statement."""
    out = list(mentions)
    for i, m in enumerate(out[:-1]):
        after = out[i + 1]
        day = after.date.first if after.date is not None else None
        if (
            m.relative is not None
            and _WEEKDAY_WORD.search(m.text)
            and re.fullmatch(r",?\s*(?:the\s+)?", text[m.end : after.start])
            and day is not None
            and day.day is not None
            and after.date is not None
            and after.date.last is None
        ):
            out[i] = replace(m, date=after.date)
    return out


_MONTH_WORD = re.compile(r"\b(?:" + "|".join(_FULL_MONTHS + _SHORT_MONTHS) + r")\b")
#: A year said right after a day or month without one: "October 26 to 27, this year", "on 3 March, last year".
_REL_YEAR_AFTER = re.compile(r",?\s*(?:of\s+)?$")
_REL_YEAR = re.compile(r"(?:last|this|next)\s+year", re.IGNORECASE)
#: A count back to a year: "one year ago", "two years ago".
_YEARS_AGO = re.compile(r"\b(?:years?|decades?)\s+ago$", re.IGNORECASE)
#: How far apart, in one clause, a count back and the month it places may stand.
_AGO_REACH = 80


def _yearless(m: DateMention) -> bool:
    """A day or a month said without its year ("October 26 to 27", "June"), resolved by the tense alone."""
    return (
        m.relative is not None
        and m.date is not None
        and m.date.first is not None
        and m.date.first.month is not None
        and not re.search(r"\d{4}|\b(?:last|next|this|past|coming|year|month|week|ago)\b", m.text, re.I)
        and bool(_MONTH_WORD.search(m.text))
    )


def _year_said_beside(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A day or month without its year takes the year said beside it, rather than the one the tense picks:
    "from October 26 to 27, this year" (the year after it), "One year ago, at our June meeting" (the year a
    count back gives, in the same clause)."""
    out = list(mentions)
    # the counts back, in order: each day or month looks only at the nearest one on either side (a sentence
    # of thousands of dates is read in n log n, not n²)
    agos = [
        m
        for m in out
        if m.date is not None
        and m.date.first is not None
        and not m.date.first.month
        and _YEARS_AGO.search(m.text)
    ]
    ago_starts = [m.start for m in agos]
    for i, m in enumerate(out):
        if not _yearless(m) or m.date is None or m.date.first is None:
            continue
        year = None
        after = out[i + 1] if i + 1 < len(out) else None
        if (
            after is not None
            and _REL_YEAR.fullmatch(after.text)
            and _REL_YEAR_AFTER.fullmatch(text[m.end : after.start])
            and after.date is not None
            and after.date.first is not None
        ):
            year = after.date.first.year
        else:
            k = bisect.bisect_left(ago_starts, m.start)
            for other in agos[max(0, k - 1) : k + 1]:
                near = text[min(m.end, other.end) : max(m.start, other.start)]
                if other.date is not None and len(near) <= _AGO_REACH and not re.search(r"[.;:!?]", near):
                    year = other.date.first.year if other.date.first is not None else None
                    break
        if year is not None:
            out[i] = _in_year(m, year)
    return out


def _in_year(m: DateMention, year: int) -> DateMention:
    """The yearless day or month ``m`` moved to ``year`` (a span keeps its length: "3 December to 7 January"
    moves as one)."""
    assert m.date is not None and m.date.first is not None
    first, last = m.date.first, m.date.last
    if year == first.year:
        return m
    shift = year - first.year
    moved = _pd(
        _point(year, first.month, first.day),
        _point(last.year + shift, last.month, last.day) if last is not None else None,
    )
    return m if moved is None else replace(m, date=moved)


#: Between two dates of one row: a comma or "and", and at most a place's capitalised words with "in/at/on"
#: ("visited Tarnow on 3 March, Amsel on 5 March and Nordholm on 7 March 2009").
_ROW_BETWEEN = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:again\s+)?(?:(?:in|at|to)\s+)?(?:(?:the\s+)?[A-Z][\w'’\-.]*\s+){0,4}?"
    r"(?:(?:on|in)\s+)?(?:the\s+)?"
)


def _year_of_the_row(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A row of days whose year is said once, at its end, takes that year: "Tarnow on 3 March, Amsel on 5
    March and Nordholm on 7 March 2009" are all of 2009, not the tense's year for the first two (a month later
    than the year's date in the row is of the year before: "3 December and 7 January 2009"). Only a row:
    commas, "and", places between the dates, nothing said in between ("On 3 March we agreed to meet on 7 March
    2011" is two times)."""
    out = list(mentions)
    donor: DatePoint | None = None  # the year's date of the row being read, right to left
    for i in range(len(out) - 1, -1, -1):
        m = out[i]
        first = m.date.first if m.date is not None else None
        if first is None or m.date is None:
            donor = None
            continue
        if not _yearless(m):
            said = re.search(r"\d{4}", m.text) and m.relative is None and first.month is not None
            donor = first if said else None
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if donor is None or nxt is None or not _ROW_BETWEEN.fullmatch(text, m.end, nxt.start):
            donor = None
            continue
        last = m.date.last
        month = last.month if last is not None and last.month is not None else first.month
        year = (
            donor.year - 1
            if month is not None and donor.month is not None and month > donor.month
            else donor.year
        )
        out[i] = _in_year(m, year)
        donor = _point(year, first.month, first.day)
    return out


#: "from 17 to 18", "between the 5th and the 7th": a span of days without a month (not hours, figures or ages).
_DAYS_WITHOUT_MONTH = re.compile(
    r"\b(?:from|between)\s+(?P<core>(?:the\s+)?(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?\s*"
    r"(?:to|until|till|through|and|-|–)\s*(?:the\s+)?(?P<d2>[12]?\d|3[01])(?:st|nd|rd|th)?)\b(?![.:,/]?\d)",
    re.IGNORECASE,
)
#: What may follow such a span: the end of its clause, or a word that is no unit ("and", "to attend").
_AFTER_DAYS = re.compile(r"\s*(?:[.,;:)]|$|(?:and|to|for|in|at|with|on|where|when|then|while|before)\b)")
#: At most so many characters between the dated phrase whose month such a span takes and the span.
_MONTH_BESIDE_REACH = 140


def _month_said_before(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A span of days without a month takes the month of the day said just before it in the same sentence:
    "a visit to Lindhaven from 14 to 17 March and to Port Sella from 17 to 18" (17 to 18 March), as a briefing
    lists a tour. Only days that come on or after that day's (no guess of the month after)."""
    days = [d for d in _DAYS_WITHOUT_MONTH.finditer(text) if _AFTER_DAYS.match(text, d.end())]
    if not days or not mentions:
        return mentions
    out = list(mentions)
    for d in days:
        if any(m.start < d.end() and d.start() < m.end for m in out):
            continue
        before = [m for m in out if m.end <= d.start() and m.date is not None]
        if not before:
            continue
        prev = before[-1]
        said_before = prev.date
        if said_before is None or said_before.first is None:
            continue
        point = said_before.last or said_before.first
        gap = text[prev.end : d.start()]
        if point.day is None or point.month is None:
            continue
        if len(gap) > _MONTH_BESIDE_REACH or re.search(r"[.;!?]\s", gap):
            continue
        a, b = int(d["d"]), int(d["d2"])
        first = said_before.first.day or 0
        if not first <= a < b:
            continue
        value = _pd(_point(point.year, point.month, a), _point(point.year, point.month, b))
        if value is None:
            continue
        start = d.start("core")
        said = text[start : d.end()]
        mention = DateMention(
            start, d.end(), said, value, relative=said if prev.relative is not None else None
        )
        out.insert(bisect.bisect_left([m.start for m in out], start), mention)
    return out


def _resolve_anaphors(
    mentions: list[DateMention], anchor: tuple[str, PartialDate] | None, text: str = ""
) -> list[DateMention]:
    """ "In 2005 … Later that year": each anaphor counts from the date said last before it.

    An anaphor with nothing to count from is dropped: its date is unknown, and
    it names no date of its own to report.
    """
    out: list[DateMention] = []
    last = anchor
    told = False  # a date said earlier in this text itself
    for i, m in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.anaphor is not None
            and m.text.lower().endswith("after")
            and after is not None
            and after.date is not None
            and after.date.first is not None
            and not re.search(r"[.;:!?]", text[m.end : after.start])
            and after.start - m.end <= _AGO_REACH
        ):
            # "two years after the adoption of the Charter in 1945": from the date its own clause gives
            value = _from_anchor(m.anaphor, after.date)
            if value is not None:
                out.append(replace(m, date=value, anchor=after.text, anaphor=None))
            continue
        if told and last is not None and m.relative is not None and _PREVIOUS_YEAR.fullmatch(m.text):
            # "In 2005 the Council met; the previous year it had not": the year before the one just said,
            # not before the statement's
            first = last[1].first
            value = _pd(_point(first.year - 1)) if first is not None else None
            m = replace(m, date=value, anchor=last[0], relative=None) if value else m
        if m.anaphor is not None:
            value = _from_anchor(m.anaphor, last[1]) if last is not None else None
            if value is None or last is None:
                continue
            m = replace(m, date=value, anchor=last[0], anaphor=None)
        if m.date is not None and m.date.first is not None:
            last = (m.text, m.date)
            told = True
        out.append(m)
    return out


_PREVIOUS_YEAR = re.compile(r"the\s+(?:previous|preceding)\s+year(?:'s|’s)?", re.IGNORECASE)


def _from_anchor(anaphor: tuple[str, int], anchor: PartialDate) -> PartialDate | None:
    unit, offset = anaphor
    first = (anchor.last or anchor.first) if offset > 0 else anchor.first
    if first is None:
        return None
    if unit == "year":
        return _pd(_point(first.year + offset))
    if unit == "month":
        if first.month is None:
            return None
        index = first.year * 12 + first.month - 1 + offset
        return _pd(_point(index // 12, index % 12 + 1))
    if first.month is None or first.day is None:
        return None
    day = dt.date(first.year, first.month, first.day) + dt.timedelta(
        days=offset * (7 if unit == "week" else 1)
    )
    return _pd(_point(day.year, day.month, day.day if unit == "day" else None))


# -- builders: one per pattern -------------------------------------------------


def _abs(m, ctx, text, s, e, a, b=None):
    value = _pd(a, b)
    return DateMention(s, e, text, value) if value else None


def _b_day_range(m, ctx, text, s, e):
    y, mo = int(m["y"]), _month_of(m["m"])
    return _abs(m, ctx, text, s, e, _point(y, mo, int(m["d"])), _point(y, mo, int(m["d2"])))


def _b_cross_month(m, ctx, text, s, e):
    y = int(m["y"])
    a, b = _point(y, _month_of(m["m"]), int(m["d"])), _point(y, _month_of(m["m2"]), int(m["d2"]))
    if a is not None and b is not None and b.start() < a.start():
        a = _point(y - 1, _month_of(m["m"]), int(m["d"]))  # "29 December to 2 January 2009"
    return _abs(m, ctx, text, s, e, a, b)


def _b_dmy(m, ctx, text, s, e):
    y, mo = int(m["y"]), _month_of(m["m"])
    a = _point(y, mo, int(m["d"]))
    b = _point(y, mo, int(m["d2"])) if m.groupdict().get("d2") else None
    return _abs(m, ctx, text, s, e, a, b)


def _b_short_year_line(m, ctx, text, s, e):
    """A line that is only a day with a two-digit year ("October 24, 08", "3 March 11"): a page's stamp. The
    year is this century's below 50, the last one's above (the statements read are of 1990 onwards)."""
    y2 = int(m["yy"])
    y = 2000 + y2 if y2 < 50 else 1900 + y2
    return _abs(m, ctx, text, s, e, _point(y, _month_of(m["m"]), int(m["d"])))


def _b_month_range(m, ctx, text, s, e):
    y = int(m["y"])
    return _abs(m, ctx, text, s, e, _point(y, _month_of(m["m"])), _point(y, _month_of(m["m2"])))


def _b_my(m, ctx, text, s, e):
    return _abs(m, ctx, text, s, e, _point(int(m["y"]), _month_of(m["m"])))


def _b_numeric(m, ctx, text, s, e):
    return _abs(m, ctx, text, s, e, _point(int(m["y"]), int(m["mm"]), int(m["d"])))


def _b_short_numeric(m, ctx, text, s, e):
    a, b, yy = int(m["a"]), int(m["b"]), int(m["yy"])
    year = 2000 + yy if yy <= 50 else 1900 + yy
    days = {p for p in (_point(year, b, a), _point(year, a, b)) if p is not None}
    return DateMention(s, e, text, _pd(days.pop())) if len(days) == 1 else None


def _b_iso(m, ctx, text, s, e):
    return _abs(m, ctx, text, s, e, _point(int(m["y"]), int(m["mm"]), int(m["dd"])))


def _b_year_range(m, ctx, text, s, e):
    y1 = int(m["y"])
    y2 = _year2(y1, m["y2"])
    if y2 <= y1 or y2 - y1 > 50:
        return None
    return _abs(m, ctx, text, s, e, _point(y1), _point(y2))


def _b_half(m, ctx, text, s, e):
    y = int(m["y"])
    if m.groupdict().get("q"):
        return _abs(m, ctx, text, s, e, *_quarter(y, int(m["q"])))
    part = m["part"].lower()
    if part.endswith("quarter"):
        value = _part_of_year(y, part.split()[0], "quarter")
        return DateMention(s, e, text, value) if value else None
    if part.startswith("first"):
        return _abs(m, ctx, text, s, e, _point(y, 1), _point(y, 6))
    if part.startswith("second"):
        return _abs(m, ctx, text, s, e, _point(y, 7), _point(y, 12))
    return _abs(m, ctx, text, s, e, _point(y))


def _quarter(y: int, q: int) -> tuple[DatePoint | None, DatePoint | None]:
    """ "Q4 2010" as its first and last months, as "the fourth quarter of 2010" is read."""
    return _point(y, 3 * q - 2), _point(y, 3 * q) if 1 <= q <= 4 else None


def _b_year(m, ctx, text, s, e):
    since = (m.groupdict().get("prep") or "").lower() in ("since", "from")
    value = _pd(_point(int(m["y"])))
    return DateMention(s, e, text, value, since=since) if value else None


def _relative(text, s, e, value, future=False):
    """A relative phrase: resolved when ``value`` is known, else kept as relative."""
    return DateMention(s, e, text, value, relative=text, future=future)


def _no_such_day(month: int, *days: int) -> bool:
    """ "31 February", "32nd January": a day no year has (2000 was a leap year), so not a date."""
    return any(_point(2000, month, d) is None for d in days)


def _b_day_month(m, ctx, text, s, e):
    mo, d = _month_of(m["m"]), int(m["d"])
    if _no_such_day(mo, d):
        return None
    y = ctx.year_of(mo, d)
    value = _pd(_point(y, mo, d)) if y else None
    if y and value is None:
        return None  # "31 February": not a date
    return _relative(text, s, e, value, future=bool(ctx.future))


def _b_month_alone(m, ctx, text, s, e):
    mo = _month_of(m["m"])
    y = ctx.year_of(mo, None)
    return _relative(text, s, e, _pd(_point(y, mo)) if y else None, future=bool(ctx.future))


_OFFSETS = {"last": -1, "this": 0, "next": 1, "previous": -1, "coming": 1, "current": 0}


def _b_day_of_rel_month(m, ctx, text, s, e):
    """ "on the 27th of last month", "the 3rd of this month", "by the 5th of next month": a day of the month
    counted from the statement's."""
    off = _OFFSETS[m["rel"].lower().split()[-1]]
    sp = ctx.speech
    value = None
    if sp is not None and sp.month is not None:
        index = sp.year * 12 + (sp.month - 1) + off
        value = _pd(_point(index // 12, index % 12 + 1, int(m["d"] or m["d0"])))
    return _relative(text, s, e, value, future=off > 0)


def _b_month_rel_year(m, ctx, text, s, e):
    mo = _month_of(m["m"])
    off = _OFFSETS[m["rel"].lower()]
    value = _pd(_point(ctx.speech.year + off, mo)) if ctx.speech else None
    return _relative(text, s, e, value, future=off > 0)


def _b_ordinal_word_day(m, ctx, text, s, e):
    """ "the twenty-third of May": as "23 May" (with its year, or relative to the statement)."""
    day, mo = _ORDINAL_WORDS[m["ow"].lower()], _month_of(m["m"])
    if _no_such_day(mo, day):
        return None
    if m["y"]:
        return _abs(m, ctx, text, s, e, _point(int(m["y"]), mo, day))
    y = ctx.year_of(mo, day)
    return _relative(text, s, e, _pd(_point(y, mo, day)) if y else None, future=bool(ctx.future))


def _b_day_month_rel_year(m, ctx, text, s, e):
    mo, d = _month_of(m["m"]), int(m["d"])
    off = _OFFSETS[m["rel"].lower()]
    value = _pd(_point(ctx.speech.year + off, mo, d)) if ctx.speech else None
    if ctx.speech and value is None:
        return None
    return _relative(text, s, e, value, future=off > 0)


def _b_month_range_no_year(m, ctx, text, s, e):
    """ "between March and May", "from March to May", "in March-April": the months of the nearest such span."""
    if m["word"] and not m["span"]:
        return None  # "in March and May": two months, not the span between them
    mo, mo2 = _month_of(m["m"]), _month_of(m["m2"])
    y = ctx.year_of(mo, None)
    value = _pd(_point(y, mo), _point(y + (1 if mo2 < mo else 0), mo2)) if y else None
    return _relative(text, s, e, value, future=bool(ctx.future))


_LISTED_MONTH = re.compile(rf"{_month('m')}\s*(?:,|,?\s+(?:and|or))\s+$")


def _b_listed_month(m, ctx, text, s, e):
    """ "in March, May and June": a month after another one and a comma or "and" is a month of that list."""
    if not _LISTED_MONTH.search(m.string[max(0, s - 20) : s]):
        return None
    return _b_month_alone(m, ctx, text, s, e)


def _b_rel_month_name(m, ctx, text, s, e):
    """ "last March", "next March": the nearest such month before or after the statement."""
    mo = _month_of(m["m"])
    rel = " ".join(m["rel"].lower().split())
    if rel.endswith("coming"):
        rel = "next"  # "this coming December": the next one
    elif rel.endswith("past"):
        rel = "last"  # "this past March": the last one
    value = None
    sp = ctx.speech
    if sp is not None and sp.month is not None:
        if rel == "last":
            y = sp.year if mo < sp.month else sp.year - 1
        elif rel == "next":
            y = sp.year if mo > sp.month else sp.year + 1
        else:
            y = sp.year
        value = _pd(_point(y, mo))
    elif sp is not None and rel == "this":
        value = _pd(_point(sp.year, mo))
    day = m.groupdict().get("d")
    if day is not None and _no_such_day(mo, int(day)):
        # "last February 30 times": a count after the month, not its day
        e = m.end("m")
        text, day = m.string[s:e], None
    if day is not None and value is not None and value.first is not None:
        value = _pd(_point(value.first.year, mo, int(day)))
    return _relative(text, s, e, value, future=rel == "next")


#: The first month of each season, north and south of the equator: the text rarely says which it means.
_SEASON_STARTS = {
    "spring": (3, 9),
    "summer": (6, 12),
    "autumn": (9, 3),
    "fall": (9, 3),
    "winter": (12, 6),
}


def _season_year(season: str, rel: str, said: DatePoint) -> int | None:
    """The year of "last spring" (the latest one over before the statement's month), "next autumn" (the
    first one after it) or "this summer" (the one begun in the statement's year): only when both
    hemispheres' seasons give the same single year, since the text seldom says which it follows."""
    now = said.year * 12 + (said.month or 1) - 1
    years = set()
    for first in _SEASON_STARTS[season]:
        starts = [y * 12 + first - 1 for y in (said.year - 2, said.year - 1, said.year, said.year + 1)]
        if rel == "last":
            start = max(a for a in starts if a + 2 < now)
        elif rel == "next":
            start = min(a for a in starts if a > now)
        else:
            start = next(a for a in starts if a // 12 == said.year)
        years |= {start // 12, (start + 2) // 12}
    return years.pop() if len(years) == 1 else None


def _b_rel_season(m, ctx, text, s, e):
    """ "last spring", "next autumn", "this summer": a year, when the statement's month says which."""
    rel = " ".join(m["rel"].lower().split())
    rel = {"this past": "last", "previous": "last", "this coming": "next", "coming": "next"}.get(rel, rel)
    sp = ctx.speech
    year = _season_year(m["season"].lower(), rel, sp) if sp is not None and sp.month is not None else None
    return _relative(text, s, e, _pd(_point(year)) if year else None, future=rel == "next")


def _b_rel_year(m, ctx, text, s, e):
    words = m["rel"].lower().split()
    if words[-2:] == ["new", "year"]:
        # "in the new year": the next one, or the one just begun when said in its first weeks
        early = ctx.speech is not None and ctx.speech.month is not None and ctx.speech.month <= 2
        words = ["this" if early else "next", "year"]
    # "earlier during the year": the statement's own year
    off = _OFFSETS.get(words[-2] if len(words) >= 2 and words[-2] in _OFFSETS else words[0], 0)
    future = off > 0 or words[0] in ("later",)
    value = _pd(_point(ctx.speech.year + off)) if ctx.speech else None
    return _relative(text, s, e, value, future=future)


def _b_rel_month(m, ctx, text, s, e):
    words = m["rel"].lower().split()
    off = _OFFSETS[words[-2]]
    sp = ctx.speech
    value = None
    if sp is not None and sp.month is not None:
        index = sp.year * 12 + (sp.month - 1) + off
        value = _pd(_point(index // 12, index % 12 + 1))
    return _relative(text, s, e, value, future=off > 0)


def _b_ago(m, ctx, text, s, e):
    n = _count(m["n"])
    if n is None:
        return None
    if m["unit"].lower().startswith("decade"):
        n *= 10
    value = None
    if m["unit"].lower().startswith(("week", "day")):
        sp = ctx.speech
        if sp is not None and sp.day is not None:
            days = n * (7 if m["unit"].lower().startswith("week") else 1)
            target = dt.date(sp.year, sp.month, sp.day) - dt.timedelta(days=days)
            exact = m["unit"].lower().startswith("day")
            value = _pd(_point(target.year, target.month, target.day if exact else None))
    elif m["unit"].lower().startswith("month"):
        sp = ctx.speech
        if sp is not None and sp.month is not None:
            index = sp.year * 12 + (sp.month - 1) - n
            value = _pd(_point(index // 12, index % 12 + 1))
    elif ctx.speech is not None:
        value = _pd(_point(ctx.speech.year - n))
    return _relative(text, s, e, value)


def _b_half_ago(m, ctx, text, s, e):
    """ "half a year ago" (six months back), "a year and a half ago" (eighteen): the month it falls in."""
    n = 0 if m["half"] else _count(m["n"])
    if n is None:
        return None
    months = n * 12 + 6
    sp = ctx.speech
    value = None
    if sp is not None and sp.month is not None:
        index = sp.year * 12 + (sp.month - 1) - months
        value = _pd(_point(index // 12, index % 12 + 1))
    return _relative(text, s, e, value)


#: How far back "a few", "several" or "some" days or weeks reach, in days: (nearest, farthest); "the past
#: week" and "the past few days" reach back from the day before.
_FEW_DAYS = {"days": (2, 6), "weeks": (14, 35), "week": (1, 7), "past days": (1, 6), "past weeks": (1, 35)}


def _b_few_ago(m, ctx, text, s, e):
    """ "a few days ago": not a day, but its month when the whole span falls in one (else both months)."""
    sp = ctx.speech
    value = None
    if sp is not None and sp.day is not None:
        unit = (m["unit"] or m["span"] or "").lower()
        if m["past"] and (
            ctx.future or ("last" in m["past"].lower() and not _ANY_PAST.search(m.string[:s] + m.string[e:]))
        ):
            # "in the last two days we have the Dialogue": the final days of what is ahead, unless a past tense
            # (other than the phrase's own "last") says they are the latest ("the past" always are)
            return None
        if m["past"] and unit != "week":
            unit = "past " + unit
        near, far = (14, 14) if m["fortnight"] else _FEW_DAYS[unit]
        if m["pn"]:
            count = _count(m["pn"])
            if count is None:
                return None
            near, far = 1, count * (7 if unit.endswith("weeks") else 1)
        said = dt.date(sp.year, sp.month, sp.day)
        a, b = said - dt.timedelta(days=far), said - dt.timedelta(days=near)
        first, last = _point(a.year, a.month), _point(b.year, b.month)
        value = _pd(first, None if (a.year, a.month) == (b.year, b.month) else last)
    return _relative(text, s, e, value)


#: A participle right before "in …": what follows is how long it took ("lost in a few days", "built in").
_DONE_IN = re.compile(
    r"\b(?:[a-z]{3,}ed|lost|built|done|made|won|gone|seen|undone|spent|taken|given|broken)\s+$", re.IGNORECASE
)


def _b_few_ahead(m, ctx, text, s, e):
    """ "in a few days": ahead of the statement as "a few days ago" is behind it (its month, or both)."""
    sp = ctx.speech
    if not ctx.future and not re.search(r"next", m["few"], _I):
        return None  # "the hall was built in a few days": a duration, unless the clause looks ahead
    if _DONE_IN.search(m.string, max(0, s - 30), s):
        return None  # "will restore the confidence lost in just a few days": how long it took, not when
    value = None
    if sp is not None and sp.day is not None:
        near, far = _FEW_DAYS[m["unit"].lower()]
        said = dt.date(sp.year, sp.month, sp.day)
        a, b = said + dt.timedelta(days=near), said + dt.timedelta(days=far)
        value = _pd(
            _point(a.year, a.month),
            None if (a.year, a.month) == (b.year, b.month) else _point(b.year, b.month),
        )
    return _relative(text, s, e, value, future=True)


_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


#: "yesterday, Sunday": the day a weekday restates, said right before it.
_SAID_OF = re.compile(r"\b(yesterday|tomorrow),\s*$", re.IGNORECASE)
#: Words before a weekday that make it no day of the statement's week: "every Friday", "Ash Wednesday", "Good
#: Friday", a holiday's name, "Fridays" (the pattern reads the word whole).
_NOT_THE_WEEKS_DAY = re.compile(
    r"\b(?:every|each|ash|good|black|holy|maundy|easter|palm|super|cyber|bloody|shrove|whit|red|blue|giving|"
    r"great|fat|low|clean|spy|a|one|any|some|that|which|the|on|from|since|until|by|last|next|past|coming|this)"
    r",?\s+$",
    re.IGNORECASE,
)
_SAID_OF_REACH = 40
#: "Monday and Tuesday", "Monday to Wednesday": the words before a weekday that end a span's first day.
_SECOND_OF_TWO = re.compile(r"(?:\b(?:and|to|or|through|till|until)|[&–—\-])\s*$", re.IGNORECASE)


def _b_weekday(m, ctx, text, s, e):
    """ "on Thursday" (past tense: the last one before the statement), "starting on Wednesday" (the next)."""
    sp = ctx.speech
    rel = " ".join((m.groupdict().get("rel") or "").lower().split())
    coming = rel == "this coming"  # the next such day, a week on when said on it
    rel = {"this past": "last", "this coming": ""}.get(rel, rel)
    future = (
        coming or rel == "next" or (rel != "last" and bool(ctx.future)) or bool(m.groupdict().get("opens"))
    )
    # looked for just before the weekday: searching all the text before it was quadratic ("this past Friday"
    # 20,000 times took 98 s)
    wd = m.start("wd")
    said_of = _SAID_OF.search(m.string, max(0, wd - _SAID_OF_REACH), wd)
    if said_of:
        future = said_of.group(1).lower() == "tomorrow"  # "yesterday, Sunday": the day it restates
    value = None
    if sp is not None and sp.day is not None:
        day = dt.date(sp.year, sp.month, sp.day)
        delta = (_WEEKDAYS[m["wd"].lower()] - day.weekday()) % 7
        if future:
            # "will attend … on Friday" in a release of a Friday is that day; "next Friday" is a week on
            target = day + dt.timedelta(days=delta or (7 if rel == "next" or coming else 0))
        else:
            # "was speaking on Sunday" in an item of a Sunday is that day; "last Sunday" is the one before
            target = day - dt.timedelta(days=(7 - delta) % 7 or (7 if rel == "last" else 0))
        value = _pd(_point(target.year, target.month, target.day))
    return _relative(text, s, e, value, future=future)


def _b_weekday_span(m, ctx, text, s, e):
    """ "from Monday to Wednesday": the first day as "on Monday" would be read, to the next such last day."""
    first = _b_weekday(m, ctx, text, s, e)
    start = first.date.first if first is not None and first.date is not None else None
    if first is None or start is None or start.day is None or start.month is None:
        return first
    days = (_WEEKDAYS[m["wd2"].lower()] - _WEEKDAYS[m["wd"].lower()]) % 7
    if not days:
        return None  # "from Monday to Monday": a week, or a typing slip
    begin = dt.date(start.year, start.month, start.day)
    end = begin + dt.timedelta(days=days)
    sp = ctx.speech
    if (
        not first.future
        and sp is not None
        and sp.day is not None
        and end > dt.date(sp.year, sp.month, sp.day)
    ):
        begin, end = (
            begin - dt.timedelta(days=7),
            end - dt.timedelta(days=7),
        )  # a past span ends by the statement
    return replace(
        first, date=_pd(_point(begin.year, begin.month, begin.day), _point(end.year, end.month, end.day))
    )


def _b_day_alone(m, ctx, text, s, e):
    """ "on the 28th", "on the 3rd of next month": a day of the statement's month, or of the month before or
    after when the tense (or the nearer of the two) says so."""
    sp = ctx.speech
    d = int(m["d"])
    said = (m["which"] or "").lower()
    future = said == "next" or (said != "last" and bool(ctx.future))
    value = None
    if sp is not None and sp.day is not None:
        if said:
            off = _OFFSETS[said]
        elif ctx.future is None:
            off = min((-1, 0, 1), key=lambda o: abs(o * 30 + d - sp.day))
        else:
            off = 0 if (d >= sp.day if ctx.future else d <= sp.day) else (1 if ctx.future else -1)
        index = sp.year * 12 + (sp.month - 1) + off
        value = _pd(_point(index // 12, index % 12 + 1, d))
        if value is None:
            return None  # "the 31st" of a month of thirty days
    return _relative(text, s, e, value, future=future)


def _b_weekday_and_day(m, ctx, text, s, e):
    """ "on Tuesday 14th", "on Friday the 1st": the day of a month near the statement that falls on that
    weekday (the latest before it in the past tense, the first after it ahead, else the nearest); none
    within three months, no date."""
    sp = ctx.speech
    value = None
    if sp is not None and sp.day is not None:
        said = dt.date(sp.year, sp.month, sp.day)
        d, weekday = int(m["d"] or m["d2"]), _WEEKDAYS[m["wd"].lower()]
        days = []
        for off in range(-3, 4):
            index = sp.year * 12 + sp.month - 1 + off
            if _point(index // 12, index % 12 + 1, d) is not None:
                day = dt.date(index // 12, index % 12 + 1, d)
                if day.weekday() == weekday:
                    days.append(day)
        if ctx.future is True:
            days = [x for x in days if x >= said]
        elif ctx.future is False:
            days = [x for x in days if x <= said]
        if days:
            best = min(days, key=lambda x: abs((x - said).days))
            value = _pd(_point(best.year, best.month, best.day))
    return _relative(text, s, e, value, future=bool(ctx.future))


def _b_day_range_no_year(m, ctx, text, s, e):
    mo = _month_of(m["m"])
    if _no_such_day(mo, int(m["d"]), int(m["d2"])):
        return None
    y = ctx.year_of(mo, int(m["d2"]))
    value = _pd(_point(y, mo, int(m["d"])), _point(y, mo, int(m["d2"]))) if y else None
    return _relative(text, s, e, value, future=bool(ctx.future))


def _b_cross_month_no_year(m, ctx, text, s, e):
    mo, mo2 = _month_of(m["m"]), _month_of(m["m2"])
    if _no_such_day(mo, int(m["d"])) or _no_such_day(mo2, int(m["d2"])):
        return None
    y = ctx.year_of(mo, int(m["d"]))
    value = None
    if y:
        a = _point(y, mo, int(m["d"]))
        b = _point(y + (1 if mo2 < mo else 0), mo2, int(m["d2"]))  # "29 December to 2 January"
        value = _pd(a, b)
    return _relative(text, s, e, value, future=bool(ctx.future))


_UNIT_DAYS = {"day": 1, "week": 7}
_NEAR_DAYS = {
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "this morning": 0,
    "this afternoon": 0,
    "earlier today": 0,
    "later today": 0,
    "this evening": 0,
    "tonight": 0,
    "last night": -1,
}


def _b_near_day(m, ctx, text, s, e):
    """ "yesterday" (a day), "last week" (its month: the day is not said)."""
    rel = " ".join(m["rel"].lower().split())
    sp = ctx.speech
    coming = "coming" in rel  # "this coming weekend", "the coming week": the next one
    future = (
        coming
        or rel.startswith(("next", "later in"))
        or rel in ("tomorrow", "the day after tomorrow", "later today")
    )
    if rel in ("this evening", "tonight"):
        future = bool(ctx.future)
    value = None
    if sp is not None and sp.day is not None and rel.endswith("weekend"):
        future = (
            coming
            or rel.startswith("next")
            or (not rel.startswith(("last", "this past", "the past")) and bool(ctx.future))
        )
        return _relative(text, s, e, _weekend(dt.date(sp.year, sp.month, sp.day), future), future=future)
    if sp is not None and sp.day is not None:
        day = dt.date(sp.year, sp.month, sp.day)
        if rel in _NEAR_DAYS:
            target = day + dt.timedelta(days=_NEAR_DAYS[rel])
            value = _pd(_point(target.year, target.month, target.day))
        else:
            offset = -7 if rel.startswith("last") else 7 if rel.startswith("next") or coming else 0
            target = day + dt.timedelta(days=offset)
            value = _pd(_point(target.year, target.month))
    elif sp is not None and sp.month is not None and not rel.startswith(("yesterday", "tomorrow", "the day")):
        value = _pd(_point(sp.year, sp.month)) if rel.startswith(("this", "earlier")) and not coming else None
    return _relative(text, s, e, value, future=future)


def _weekend(said: dt.date, future: bool) -> PartialDate | None:
    """The Saturday and Sunday "last weekend" (the latest before the statement's day) or "this weekend" in
    the future (the next, or the one the statement is said on)."""
    if future:
        saturday = said + dt.timedelta(days=(5 - said.weekday()) % 7)
        if said.weekday() == 6:
            saturday = said - dt.timedelta(days=1)
    else:
        saturday = said - dt.timedelta(days=(said.weekday() - 5) % 7 or 7)
    sunday = saturday + dt.timedelta(days=1)
    return _pd(
        _point(saturday.year, saturday.month, saturday.day), _point(sunday.year, sunday.month, sunday.day)
    )


def _b_from_now(m, ctx, text, s, e):
    """ "10 months away", "in less than two weeks from now", "in another nine months": forward from the
    statement."""
    if (m["n3"] or m["fortnight"]) and ctx.future is not True:
        return None
    n_text = (m["n"] or m["n2"] or m["n3"] or "two").lower()
    n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text)
    if n is None:
        return None
    unit = (m["unit"] or m["unit2"] or m["unit3"] or "week").lower().rstrip("s")
    if unit == "fortnight":
        n, unit = n * 2, "week"
    sp = ctx.speech
    value = None
    if sp is not None and sp.month is not None:
        if unit in _UNIT_DAYS and sp.day is not None:
            target = dt.date(sp.year, sp.month, sp.day) + dt.timedelta(days=n * _UNIT_DAYS[unit])
            exact = not (m["about"] or m["about2"] or m["about3"]) and unit == "day"
            value = _pd(_point(target.year, target.month, target.day if exact else None))
        elif unit == "month":
            index = sp.year * 12 + (sp.month - 1) + n
            value = _pd(_point(index // 12, index % 12 + 1))
        elif unit == "year":
            value = _pd(_point(sp.year + n))
    elif sp is not None and unit == "year":
        value = _pd(_point(sp.year + n))
    return _relative(text, s, e, value, future=True)


def _b_anaphor(m, ctx, text, s, e):
    """ "later that year", "the following month", "two years later": a date counted from the one before."""
    words = " ".join(m.group().lower().split())
    unit = next(u for u in ("year", "month", "week", "day") if u in words)
    n_text = (m.groupdict().get("n") or "").lower()
    if n_text:
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text)
        if n is None:
            return None
        if re.search(r"\b(?:earlier|before\s+that)$", words):
            n = -n  # "two years earlier": counted back from the date said before
    else:
        n = 1 if re.search(r"\b(?:following|next|after|later)\b", words.split(unit)[0] + " " + words) else 0
        if re.search(r"\b(?:previous|preceding|before)\b", words):
            n = -1  # "the previous day", "the week before"
        if re.search(r"\b(?:later|earlier)\s+(?:in\s+)?that\b|\bthat\b|\bsame\b", words):
            n = 0
    return DateMention(s, e, text, None, anaphor=(unit, n))


#: The statement speaks of its own occasion: "This meeting is taking place …", "we meet today".
_OCCASION_NOW = re.compile(
    r"\b(?:this|today's|the\s+present|our)\s+(?:[\w\-]+\s+){0,3}(?:meeting|session|summit|conference|"
    r"gathering|debate|forum|dialogue|visit)\b|\b(?:we|I)\s+(?:meet|are\s+meeting|gather|are\s+gathered)\b|"
    r"\btoday\b",
    re.IGNORECASE,
)


def _b_span_from_now(m, ctx, text, s, e):
    """ "taking place barely four months before the Fourteenth Summit": only when the sentence is about
    its own occasion does the span count from the statement's date."""
    n_text = m["n"].lower()
    n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text)
    sp = ctx.speech
    if n is None or not _OCCASION_NOW.search(m.string) or sp is None or sp.month is None:
        return None
    sign = -1 if m["rel"].lower() == "after" else 1
    unit = m["unit"].lower().rstrip("s")
    if unit == "year":
        value = _pd(_point(sp.year + sign * n))
    elif unit == "month" or sp.day is None:
        weeks = n if unit == "month" else round(n * 7 / 30)
        index = sp.year * 12 + (sp.month - 1) + sign * weeks
        value = _pd(_point(index // 12, index % 12 + 1))
    else:
        days = n * (7 if unit == "week" else 1)
        target = dt.date(sp.year, sp.month, sp.day) + dt.timedelta(days=sign * days)
        value = _pd(_point(target.year, target.month, target.day if unit == "day" else None))
    return _relative(text, s, e, value, future=sign > 0)


def _part_of_year(year: int, part: str, unit: str) -> PartialDate | None:
    """ "the second half", "the first quarter" of a year, as months."""
    order = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}[part.lower()]
    size = 6 if unit.lower() == "half" else 3
    count = 12 // size
    if order >= count:
        return None
    index = order % count
    return _pd(_point(year, index * size + 1), _point(year, index * size + size))


def _b_vague_future(m, ctx, text, s, e):
    return DateMention(s, e, text, None, future=True)


_I = re.IGNORECASE
#: A meeting's noun in lower case, as a page writes "the 1991 OIC summit" or "the June session".
_MEETING_NOUN = (
    r"(?:summit|conference|meeting|session|forum|dialogue|congress|council|talks|ministerial|round|"
    r"consultations|negotiations|retreat|plenary)s?"
)
_PATTERNS: list[tuple[re.Pattern, Callable]] = [
    # "29 November to 2 December 2008", "30 June – 2 July 2009"
    (
        re.compile(
            rf"\b{_DAY}{_SP}(?:of\s+)?{_month('m')}{_TO}{_DAY2}{_SP}(?:of\s+)?{_month('m2')},?\s+{_YEAR}\b"
        ),
        _b_cross_month,
    ),
    # "the 2005 World Summit", "the 2010 Review Conference", "the 1991 OIC summit": a year naming the
    # meeting after it
    (
        re.compile(
            r"\b(?i:the|its|their|our)\s+(?P<core>(?P<y>(?:19|20)\d\d))\s+(?=(?:[A-Z][\w\-]*\s+){0,5}"
            r"(?:Summit|Conference|Meeting|Session|Forum|Review|Dialogue|Congress|Assembly|Olympics|Games)\b|"
            # (not "the 2010 session": a year's session is the body's working year, not a meeting)
            rf"(?:[A-Z][\w\-]*\s+){{0,3}}(?!sessions?\b){_MEETING_NOUN}\b)"
        ),
        _b_year,
    ),
    # "the World Summit 2005", "the Conference on Sustainable Development 2012": a meeting's name, then its year
    (
        re.compile(
            r"\b(?:Summit|Conference|Meeting|Forum|Review|Dialogue|Congress|Talks|Round)"
            r"(?:\s+(?:on|of|for)(?:\s+(?:the|and|of|for|on|[A-Z][\w\-+]*)){1,6})?\s+"
            rf"(?P<core>{_YEAR})\b(?![-–/]\d)(?!\s*(?:per\b|%))"
        ),
        _b_year,
    ),
    # "the 1976 and 2003 Summits": two years naming meetings after them
    (
        re.compile(
            r"\b(?i:the)\s+(?P<core>(?P<y>(?:19|20)\d\d))(?=\s+and\s+(?:19|20)\d\d\s+(?:[A-Z][\w\-]*\s+){0,5}"
            r"(?:Summits|Conferences|Meetings|Sessions|Fora|Forums|Reviews|Dialogues|Congresses)\b)"
        ),
        _b_year,
    ),
    (
        re.compile(
            r"(?<=\d\d\sand\s)(?P<core>(?P<y>(?:19|20)\d\d))\s+(?=(?:[A-Z][\w\-]*\s+){0,5}"
            r"(?:Summits|Conferences|Meetings|Sessions|Fora|Forums|Reviews|Dialogues|Congresses)\b)"
        ),
        _b_year,
    ),
    # "4–5 June 2008", "9 and 10 September 2008"
    (re.compile(rf"\b{_DAY}{_TO}{_DAY2}{_SP}(?:of\s+)?{_month('m')},?\s+{_YEAR}\b"), _b_day_range),
    # "18 May 2007", "the 18th of May, 2007"; a stamp's year run onto its hour ("8 June 201117:14")
    (re.compile(rf"\b{_DAY}{_SP}(?:of\s+)?{_month('m')},?\s+{_YEAR}(?:\b|(?=[0-2]?\d:[0-5]\d\b))"), _b_dmy),
    # "till 13. January 2011": a day written with a stop, as German and Nordic pages do (after a word, so that
    # a numbered line's "3. May 2010 …" stays the month it says)
    (re.compile(rf"(?<=[^\W\d_]\s)(?P<core>{_DAY}\.\s{_month('m')},?\s+{_YEAR})\b"), _b_dmy),
    # "May 18, 2008", "June 4-5, 2008", "September 26 , 2009" (a space before the comma)
    (re.compile(rf"\b{_month('m')}{_MSP}{_DAY}(?:{_TO}{_DAY2})?(?:\s*,\s*|\s+){_YEAR}\b"), _b_dmy),
    # "October 24, 08", "24 Oct 08": a stamp's two-digit year, only on a line of its own (in prose, "on March 3,
    # 12 delegations …" is a count)
    (
        re.compile(rf"^\s*(?P<core>{_month('m')}\s+{_DAY},?\s+(?P<yy>\d\d))\s*$"),
        _b_short_year_line,
    ),
    (
        re.compile(rf"^\s*(?P<core>{_DAY}\s+{_month('m')},?\s+(?P<yy>\d\d))\s*$"),
        _b_short_year_line,
    ),
    # "April–May 2006"
    (re.compile(rf"\b{_month('m')}{_TO}{_month('m2')}\s+{_YEAR}\b"), _b_month_range),
    # "Oct 2005", "October of 2005"
    (re.compile(rf"\b{_month('m')},?\s+(?:of\s+)?{_YEAR}\b"), _b_my),
    # "08.09.2008", "7. 5. 2009" (day.month.year, as European sites print it); "23/09/2010" only when the
    # day is over 12
    (
        re.compile(r"(?<![\d./])(?P<d>[0-3]?\d)\.\s?(?P<mm>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)(?![\d.]\d)"),
        _b_numeric,
    ),
    (
        re.compile(r"(?<![\d/])(?P<d>1[3-9]|2\d|3[01])/(?P<mm>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?![\d/])"),
        _b_numeric,
    ),
    # "12/25/2010": month first, as US pages write it, when only the day can be over 12
    (
        re.compile(r"(?<![\d/])(?P<mm>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d\d)(?![\d/])"),
        _b_numeric,
    ),
    # "15-10-2009", "10-15-2009", as a page's "Publication Date" writes it: the same orders with hyphens (not
    # inside a longer run of numbers)
    (
        re.compile(
            r"(?<![\d/-])(?P<d>1[3-9]|2\d|3[01])-(?P<mm>0?[1-9]|1[0-2])-(?P<y>(?:19|20)\d\d)(?![\d/-])"
        ),
        _b_numeric,
    ),
    (
        re.compile(
            r"(?<![\d/-])(?P<mm>0?[1-9]|1[0-2])-(?P<d>1[3-9]|2\d|3[01])-(?P<y>(?:19|20)\d\d)(?![\d/-])"
        ),
        _b_numeric,
    ),
    # "(17/8/05)": a day with a two-digit year in brackets, as a circular lists its items' days, when only one
    # order of day and month is a date
    (re.compile(r"\((?P<core>(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d\d))\)"), _b_short_numeric),
    # "2006-02-14"; "2012-11-4", "2012-3-09", as a site's stamp writes it without its zeros (not "2012-11-4-7")
    (re.compile(rf"\b{_YEAR}-(?P<mm>0?[1-9]|1[0-2])-(?P<dd>[0-3]?\d)\b(?![-–/]\d)"), _b_iso),
    # "2012/06/04", "2012.06.04": the year first, as a site's stamp writes it (its month then comes before its day)
    (
        re.compile(
            rf"(?<![\d/.])\b{_YEAR}(?P<sep>[/.])(?P<mm>0?[1-9]|1[0-2])(?P=sep)(?P<dd>[0-3]?\d)\b(?![/.]?\d)"
        ),
        _b_iso,
    ),
    # "1997-98", "2005–06", "2007/08", "2004-2007", "between 2003 and 2005", "from 2004 to 2007"
    (re.compile(rf"(?P<core>\b{_YEAR}\s*[-–—/]\s*{_YEAR2}\b)(?![-–/]?\d)"), _b_year_range),
    (
        re.compile(rf"(?P<core>\b(?:between|from)\s+{_YEAR}\s+(?:and|to|until|through)\s+{_YEAR2}\b)", _I),
        _b_year_range,
    ),
    # "the first half of 2006", "early 2006", "mid-2006", "in the spring of 2009", "the end of 2005"
    (
        re.compile(
            rf"(?P<core>\b(?:the\s+)?(?P<part>first half|second half|(?:first|second|third|fourth|last)\s+quarter|"
            rf"early|mid|late|spring|summer|autumn|fall|"
            rf"winter|beginning|start|end|middle)(?:\s*-\s*|\s+of\s+(?:the\s+year\s+)?|\s+){_YEAR}\b)",
            _I,
        ),
        _b_half,
    ),
    # "in 2004", "since 1999", "(2000)"
    (
        re.compile(
            rf"\b(?P<prep>in|since|by|until|till|from|during|throughout|before|after|of|around)\s+"
            rf"(?P<core>{_YEAR})\b(?![-–/]\d)(?!\s*(?:per\b|%|people|persons|delegates|participants))",
            _I,
        ),
        _b_year,
    ),
    (re.compile(rf"\((?P<core>{_YEAR})\)"), _b_year),
    # "the revolutionary year 1848"
    (re.compile(rf"\b(?i:year)\s+(?P<core>{_YEAR})\b(?![-–/]\d)"), _b_year),
    # "19 October", "on the 19th of October", "October 19" (no year: relative to the statement)
    (re.compile(rf"(?P<core>\b(?:the\s+)?{_DAY}{_SP}(?:of\s+)?{_month('m')}){_NO_YEAR_AFTER}"), _b_day_month),
    (re.compile(rf"(?P<core>\b{_month('m')}{_MSP}{_DAY})\b{_NO_YEAR_AFTER}(?!\s*(?:per\b|%))"), _b_day_month),
    # "the twenty-third of May 2011", "on the first of June"
    (
        re.compile(
            rf"\b(?i:the)\s+(?P<core>(?i:{_ORDINAL_DAY})(?:\s+|-)(?i:day\s+)?of\s+{_month('m')}"
            rf"(?:,?\s+{_YEAR}\b)?)(?![-–/]\d)"
        ),
        _b_ordinal_word_day,
    ),
    # "1 July this year", "on 3 March last year"
    (
        re.compile(
            rf"(?P<core>\b{_DAY}{_SP}(?:of\s+)?{_month('m')}\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)\b)"
        ),
        _b_day_month_rel_year,
    ),
    # "On January 17 this year", "on March 3 of last year": the month first
    (
        re.compile(
            rf"(?P<core>\b{_month('m')}{_MSP}{_DAY},?\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)\b)"
        ),
        _b_day_month_rel_year,
    ),
    # "in March last year", "March next year"
    (
        re.compile(rf"(?P<core>\b{_month('m')}\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)\b)"),
        _b_month_rel_year,
    ),
    # "last March", "this coming December", "this past March"; with its day, "next March 2", "last June 14th"
    (
        re.compile(
            rf"(?P<core>\b(?P<rel>(?i:last|this\s+coming|this\s+past|this|next|coming))\s+{_month('m')}"
            r"(?:\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?\b(?![.:,/]\d)(?!\s*(?:%|per\b)))?)"
            rf"{_NO_YEAR_AFTER}"
        ),
        _b_rel_month_name,
    ),
    # "last spring", "this past summer", "next autumn", "last winter's"
    (
        re.compile(
            r"(?P<core>\b(?P<rel>last|next|this\s+past|this\s+coming|this|coming|previous)\s+"
            r"(?P<season>spring|summer|autumn|fall|winter)(?:'s|’s)?)(?!\w)(?!\s+(?:of\s+)?(?:19|20)\d\d)",
            _I,
        ),
        _b_rel_season,
    ),
    # "in March" (the statement's year)
    (
        re.compile(
            rf"(?:\b(?i:in|since|until|till|by|during|early|late|mid|for|before|after|throughout)\s+"
            rf"(?:(?i:both)\s+)?|\b(?i:mid|end|early|late)-|"
            rf"\b(?i:the\s+(?:end|beginning|start|middle)\s+of)\s+)(?P<core>{_month('m')})"
            rf"{_NO_YEAR_AFTER}"
            rf"(?!\s+(?i:last|this|next)\b)"
        ),
        _b_month_alone,
    ),
    # "between March and May", "from March to May", "in March-April" (no year: the nearest such span)
    (
        re.compile(
            rf"(?P<core>(?:\b(?P<span>(?i:between|from))\s+)?{_month('m')}"
            rf"(?:\s+(?P<word>(?i:and|to|until|till|through))\s+|\s*[-–]\s*){_month('m2')}){_NO_YEAR_AFTER}"
        ),
        _b_month_range_no_year,
    ),
    # "in March, May and June": the months after the first
    (
        re.compile(rf"(?:(?<=,\s)|(?<=\sand\s)|(?<=\sor\s))(?P<core>{_month('m')}){_NO_YEAR_AFTER}"),
        _b_listed_month,
    ),
    # "December's European Council", "at September's summit": a month naming the meeting after it
    (
        re.compile(
            rf"(?P<core>{_month('m')})(?:'s|’s)(?=\s+(?:[A-Z0-9][\w\-]*\s+){{0,4}}"
            r"(?:Meeting|Conference|Summit|Session|Committee|Forum|Council|Review|Dialogue|Talks)|"
            rf"\s+(?:[A-Z0-9][\w\-]*\s+){{0,3}}{_MEETING_NOUN}\b)"
        ),
        _b_month_alone,
    ),
    # "in the first week of June", "the last days of May", "during the second half of February": that month
    # (not "last week")
    (
        re.compile(
            r"(?P<core>\b(?i:the)\s+(?i:first|second|third|fourth|last|final|closing|opening|latter)\s+"
            rf"(?i:weeks?|days|fortnight|half)\s+(?i:of)\s+{_month('m')}){_NO_YEAR_AFTER}"
        ),
        _b_month_alone,
    ),
    # "Q4 2010"
    (re.compile(rf"(?P<core>\bQ(?P<q>[1-4])\s+{_YEAR})\b"), _b_half),
    # "in the second half of the year", "the first quarter of this year", "the second half of next year": the
    # statement's year, or the one before or after
    (
        re.compile(
            r"(?P<core>\b(?:the\s+)?(?P<part>first|second|third|fourth|last)\s+(?P<unit>half|quarter)\s+of\s+"
            r"(?P<rel>the|this|next|last)\s+year)\b",
            _I,
        ),
        lambda m, ctx, text, s, e: _relative(
            text,
            s,
            e,
            _part_of_year(ctx.speech.year + _OFFSETS.get(m["rel"].lower(), 0), m["part"], m["unit"])
            if ctx.speech
            else None,
            future=m["rel"].lower() == "next",
        ),
    ),
    # "last year('s)", "earlier this year", "later this year", "the previous year"
    (
        re.compile(
            r"(?P<core>\b(?P<rel>(?:earlier|later|early|late)\s+(?:this|last|next)\s+year|"
            r"(?:earlier|later)\s+(?:during|in)\s+the\s+year|"
            r"(?:last|this|next)\s+year|the\s+(?:previous|preceding)\s+year|"
            # "at the end of the current year"
            r"the\s+current\s+year)(?:'s|’s)?)(?!\w)",
            _I,
        ),
        _b_rel_year,
    ),
    # "by the end of the year", "towards the end of the year", "by year-end": the statement's year; "in the new
    # year": the next one
    (
        re.compile(
            r"\b(?:by|at|before|until|towards?)\s+(?P<core>(?P<rel>the\s+end\s+of\s+the\s+year|year[\s-]end))(?!\w)",
            _I,
        ),
        _b_rel_year,
    ),
    (
        re.compile(
            r"\bin\s+(?P<core>(?P<rel>the\s+new\s+year))(?![\w'’])"
            r"(?!\s+(?:holidays?|celebrations?|festivals?|message|address|reception|day|eve)\b)",
            _I,
        ),
        _b_rel_year,
    ),
    # "on the 27th of last month", "the 3rd of this month"; "on 22nd this month" (an ordinal's suffix, no "of")
    (
        re.compile(
            r"(?P<core>\b(?:the\s+)?(?:"
            + _DAY
            + r"\s+of|(?P<d0>[0-3]?\d)(?:st|nd|rd|th))\s+(?P<rel>last|this|next|the\s+current)\s+month)\b",
            _I,
        ),
        _b_day_of_rel_month,
    ),
    # "last month", "earlier this month"
    (
        re.compile(
            r"(?P<core>\b(?P<rel>(?:earlier\s+)?(?:last|this|next)\s+month|the\s+current\s+month)(?:'s|’s)?)(?!\w)",
            _I,
        ),
        _b_rel_month,
    ),
    # "on Thursday", "starting on Wednesday", "last Friday", "next Monday", "yesterday, Sunday"
    (
        re.compile(
            r"(?P<core>(?:\b(?P<rel>(?i:last|next|this\s+past|this\s+coming|this))\s+|"
            r"\b(?i:on|from|since|until|by)\s+|(?<=[a-z],\s)|"
            # "a two-day visit starting Monday", "talks beginning Tuesday": a span that opens on the day, to come
            r"\b(?P<opens>(?i:starting|beginning|commencing))\s+(?:(?i:on)\s+)?|"
            # "will arrive later Friday", "met early Saturday", "left late on Monday", as news agencies write it
            r"\b(?i:later|earlier|early|late)\s+(?:(?i:on)\s+)?)"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?!\s*,?\s*\d)"
        ),
        _b_weekday,
    ),
    # "from Monday to Wednesday", "Tuesday-Thursday": the days of a span of one week, counted as its first day is
    (
        re.compile(
            r"(?P<core>\b(?:(?i:from)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"\s*(?:[-–]|\s(?i:to|until|till|through)\s)\s*"
            r"(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!\s*,?\s*\d)"
        ),
        _b_weekday_span,
    ),
    # "held in Lindhaven Wednesday.", "the ministers said Tuesday,", "arrived Monday evening": a weekday without
    # "on", as news agencies write it, at the end of its clause
    (
        re.compile(
            r"(?<=[\w,]\s)(?P<core>(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
            r"(?=\s*[.;,)]|\s+(?:morning|afternoon|evening|night)\b|"
            # "met the Foreign Minister Thursday at the Basin Forum": before the place or the meeting its
            # clause goes on to name
            r"(?P<placed>\s+(?:at|in)\s+(?:the\s+)?[A-Z0-9]))"
            # (not a dateline's "Saturday, September 26, 2009": the day it names follows)
            rf"(?!\s*,?\s*(?:\d|{_month('mx')}))"
        ),
        lambda m, ctx, text, s, e: (
            None
            if _NOT_THE_WEEKS_DAY.search(m.string[max(0, s - 12) : s])
            # ("met on Monday and Tuesday in Geneva": the second day of a pair, which the first one reads)
            or (m["placed"] and _SECOND_OF_TWO.search(m.string[max(0, s - 12) : s]))
            else (_b_weekday(m, ctx, text, s, e))
        ),
    ),
    # "on Tuesday 14th", "on Friday the 1st": a weekday and a day of a month the text does not name
    (
        re.compile(
            # (an ordinal, or "the" before the number: "on Monday 10 delegates came" is a count)
            r"(?P<core>\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
            r"(?:the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?|(?P<d2>[12]?\d|3[01])(?:st|nd|rd|th)))\b"
            rf"(?!\s*(?:of\s+)?{_month('mx')})(?!\s*[\d/.:-]\d)(?!\s*(?:%|per\b|[ap]\.?m\b|hours?\b))"
        ),
        _b_weekday_and_day,
    ),
    # "from 30 June to 2 July" (no year: relative to the statement)
    (
        re.compile(
            rf"(?P<core>\b{_DAY}{_SP}(?:of\s+)?{_month('m')}\s*(?:[-–]|(?i:to|until))\s*{_DAY2}\s+(?:of\s+)?"
            rf"{_month('m2')}){_NO_YEAR_AFTER}"
        ),
        _b_cross_month_no_year,
    ),
    # "July 20-28", "(July 21-22)", "June 5 and 6" (no year: relative to the statement), as US pages write a
    # range
    (
        re.compile(
            rf"(?P<core>\b{_month('m')}\s+{_DAY}(?:\s*[-–&]\s*|\s+(?:and|to|through|until)\s+){_DAY2})"
            rf"{_NO_YEAR_AFTER}(?!\s*(?:%|per\b|[A-Za-z]*\s*(?:percent|per cent)\b))"
        ),
        _b_day_range_no_year,
    ),
    # "from July 30 to August 2" (no year)
    (
        re.compile(
            rf"(?P<core>\b{_month('m')}\s+{_DAY}\s*(?:[-–]|(?i:to|until))\s*{_month('m2')}\s+{_DAY2})"
            rf"{_NO_YEAR_AFTER}"
        ),
        _b_cross_month_no_year,
    ),
    # "on 28–29 April" (no year: relative to the statement)
    (
        re.compile(
            rf"(?P<core>\b{_DAY}(?:\s*[-–&]\s*|(?<=\d)/(?=\d)|\s+(?:and|to|until|through)\s+){_DAY2}{_SP}(?:of\s+)?"
            rf"{_month('m')})"
            rf"{_NO_YEAR_AFTER}"
        ),
        _b_day_range_no_year,
    ),
    # "on the 28th", "on the 3rd of next month": a day of a month the text does not name (never an ordinal
    # before a noun: "on the 18th Summit", "the 18th, 19th and 20th sessions")
    (
        re.compile(
            r"\b(?i:on|by|until|till|from|since|before|after)\s+(?P<core>the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)"
            r"(?:\s+of\s+(?P<which>this|next|last)\s+month)?)"
            r"(?=\s*(?:[.;:)]|,(?!\s*\d)|$)|\s+of\s+(?:this|next|last)\s+month)"
        ),
        _b_day_alone,
    ),
    # "last week", "next week", "yesterday", "tomorrow", "the day before yesterday"
    (
        re.compile(
            r"(?P<core>\b(?P<rel>(?:(?:last|next|this|earlier\s+this|this\s+coming|the\s+coming)\s+week(?:end)?|"
            # "discussions earlier in the week", "will meet later in the week": the statement's week
            r"(?:earlier|later)\s+in\s+the\s+week(?!\s+(?:of|before|after))|"
            r"yesterday|tomorrow|"
            r"(?:over|during|at)\s+the\s+weekend|(?:this|the)\s+past\s+weekend|"
            r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|this\s+morning|this\s+afternoon|"
            r"earlier\s+today|later\s+today|this\s+evening|tonight|last\s+night))(?:'s|’s)?)(?!\w)",
            _I,
        ),
        _b_near_day,
    ),
    # "10 months away", "in less than two weeks from now", "in three months' time", "two weeks from now"
    (
        re.compile(
            r"(?P<core>\b(?:in\s+|within\s+)?(?P<about>(?:less than|about|some|around|just over|over)\s+)?"
            r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>days?|weeks?|months?|years?|fortnight)\s*(?:away|from\s+(?:now|today)|(?:'|’)s?\s*time)|"
            r"\b[Ii]n\s+(?P<fortnight>a\s+fortnight)|"
            r"\b[Ii]n\s+(?:another|a\s+further|just|only)\s+(?P<about2>(?:about|some)\s+)?"
            r"(?P<n2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit2>days|weeks|months|years)|"
            # "will meet in two weeks": only in a clause that looks ahead ("built in ten days" is a duration)
            r"\b[Ii]n\s+(?P<about3>(?:about|some|around)\s+)?"
            r"(?P<n3>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit3>days|weeks|months)(?!\s*(?:'|’)?\s*time))\b",
            _I,
        ),
        _b_from_now,
    ),
    # "the past year" (the year before the statement's)
    (
        re.compile(r"(?P<core>\b(?P<rel>the\s+past\s+year))\b", _I),
        lambda m, ctx, text, s, e: _relative(
            text, s, e, _pd(_point(ctx.speech.year - 1)) if ctx.speech else None
        ),
    ),
    # "the May NPT Preparatory Committee", "the June session of the Council", "the December EU summit", "at
    # its June meeting", "our March Board session": a month alone, naming the meeting after it
    (
        re.compile(
            rf"\b(?i:the|its|their|our|his|her)\s+(?P<core>{_month('m')})(?=\s+(?:[A-Z0-9][\w\-]*\s+){{0,4}}"
            r"(?:Meeting|Conference|Summit|Session|Committee|Forum|Council|Review|Dialogue|Talks)|"
            rf"\s+(?:[A-Z0-9][\w\-]*\s+){{0,3}}{_MEETING_NOUN}\b)"
        ),
        _b_month_alone,
    ),
    # "It has been three years since", "ten years have passed since": counted back from the statement
    (
        re.compile(
            r"(?P<core>\b(?:it\s+(?:has|is)\s+(?:now\s+)?(?:been\s+)?|it[’']s\s+(?:been\s+)?)"
            r"(?:(?:almost|nearly|over|more\s+than|some|about|just|exactly)\s+)?"
            rf"(?P<n>{_COUNT})\s+(?P<unit>years?|decades?|months?)\s+since)\b",
            _I,
        ),
        _b_ago,
    ),
    (
        re.compile(
            rf"(?P<core>\b(?P<n>{_COUNT})\s+(?P<unit>years|decades|months)\s+ha(?:ve|d)\s+(?:now\s+|already\s+)?"
            r"(?:passed|elapsed|gone\s+by)"
            r"\s+since)\b",
            _I,
        ),
        _b_ago,
    ),
    # "This has been a busy year", "this past year has been": the statement's year
    (
        re.compile(
            r"(?P<core>\b(?:[Tt]his\s+has\s+(?:certainly\s+|truly\s+|indeed\s+|really\s+)?been\s+an?\s+"
            r"(?:[a-z]+\s+){0,2}year|[Tt]his\s+(?:past\s+)?year\s+has\s+been))\b"
        ),
        lambda m, ctx, text, s, e: _relative(
            text, s, e, _pd(_point(ctx.speech.year)) if ctx.speech else None
        ),
    ),
    # "barely four months before the Summit", said of this meeting: counted from the statement
    (
        re.compile(
            r"(?P<core>\b(?:(?:barely|just|only|some|about|nearly|almost|less\s+than|more\s+than)\s+)?"
            r"(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>days?|weeks?|months?|years?)\s+(?P<rel>before|ahead\s+of|after))(?=\s+the\s+[A-Z0-9])",
            _I,
        ),
        _b_span_from_now,
    ),
    # "a few days ago", "several weeks ago", "a fortnight ago": the months the span can fall in
    (
        re.compile(
            r"(?P<core>\b(?P<few>a\s+few|a\s+couple\s+of|several|some)\s+(?P<unit>days|weeks)\s+ago|"
            r"\ba\s+(?P<fortnight>fortnight)\s+ago|"
            # "over the past week", "in the past few days", "this past week" (not "the past weeks'")
            r"\b(?P<past>(?:this|the)\s+(?:past|last))\s+(?:few\s+|couple\s+of\s+|several\s+|"
            r"(?P<pn>two|three|four|five|six|seven|ten|\d{1,2})\s+)?(?P<span>week|days|weeks)(?!\s*(?:'|’)))\b",
            _I,
        ),
        _b_few_ago,
    ),
    # "in just a few days", "within the next few days", "in a couple of weeks": ahead, the months the span can
    # fall in (as "a few days ago" is behind); "in the coming days" stays vague (a programme's own days, often)
    (
        re.compile(
            r"(?P<core>\b(?:in|within)\s+(?:(?:just|only)\s+)?(?P<few>a\s+few|a\s+couple\s+of|several|"
            r"the\s+next\s+few)\s+(?P<unit>days|weeks))\b(?!\s*(?:'|’|of\b))",
            _I,
        ),
        _b_few_ahead,
    ),
    # "ten years ago", "a decade ago", "18 months ago" (not the "a year ago" of "half a year ago")
    (
        re.compile(
            rf"(?P<core>\b(?<!half\s)(?P<n>{_COUNT})\s+(?P<unit>years?|decades?|months?|weeks?|days?)\s+ago)\b",
            _I,
        ),
        _b_ago,
    ),
    # "half a year ago", "a year and a half ago", "two and a half years ago": counted in months
    (
        re.compile(
            rf"(?P<core>\b(?:(?P<half>half\s+a)\s+year|(?P<n>{_COUNT})\s+(?:years?\s+and\s+a\s+half|and\s+a\s+half\s+"
            r"years?))\s+ago)\b",
            _I,
        ),
        _b_half_ago,
    ),
    # "later that year", "in that same month", "the following year", "the next day", "two years later"
    (
        re.compile(
            r"(?P<core>\b(?:(?:later|earlier|early|late)\s+(?:in\s+)?that\s+(?:same\s+)?(?:year|month|week|day)|"
            r"(?<=[Ii]n\s)that\s+(?:same\s+|very\s+)?(?:year|month|week)|"
            r"(?<=[Oo]n\s)that\s+(?:same\s+|very\s+)?day|"
            r"[Tt]hat\s+same\s+(?:year|month|week|day)|"
            r"the\s+same\s+(?:year|month|week|day)|"
            r"the\s+(?:following|subsequent)\s+(?:year|month|week|day)|"
            # "the previous day", "the week before" (not "the day before the Summit": that counts from the Summit;
            # "the previous year" is the statement's year before)
            r"the\s+(?:previous|preceding)\s+(?:month|week|day)|the\s+(?:day|week)\s+before(?=\s*(?:[.,;:)]|$))|"
            r"the\s+(?:next|following)\s+day|the\s+(?:year|month|day)\s+after(?!\s+(?:tomorrow|next)\b)|"
            r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
            r"(?:years?|months?|weeks?|days?)\s+(?:later|after\s+that|earlier|before\s+that|"
            # "Three years after your country's admission, …": counted from the date said before, as "three
            # years later" is (an event named by a common noun; "after the Summit" counts from the occasion)
            r"after(?=\s+(?:your|his|her|its|their|our|the|this|that)\s+(?:[a-z][\w\-]*(?:'s|’s)?\s+){0,2}"
            r"(?:admission|accession|adoption|signing|founding|establishment|creation|launch|election|"
            r"independence|entry|opening|start|end|meeting|summit|conference|visit|agreement|decision)\b))))(?!\w)",
            _I,
        ),
        _b_anaphor,
    ),
    # "in the near future", "in the coming months", "in due course"
    (
        re.compile(
            r"(?P<core>\bin\s+the\s+(?:near|not\s+too\s+distant|foreseeable)\s+future|"
            r"\bin\s+the\s+coming\s+(?:days|weeks|months|year|years)|\bin\s+due\s+course|"
            r"\bat\s+a\s+later\s+(?:date|stage))\b",
            _I,
        ),
        _b_vague_future,
    ),
]
