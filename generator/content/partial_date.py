"""Dates as people write them in briefings: a year, a month, a day, a range, or not yet.

Speeches say "in 1997-98", "Oct 2005" or "in the near future"; forcing those
into full dates would invent precision the source does not have.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import total_ordering
from typing import Any

from babel import Locale
from babel.dates import format_skeleton, match_skeleton, parse_pattern
from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import core_schema

_POINT = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?$")
_SHORT_YEAR_RANGE = re.compile(r"^(?P<y1>\d{4})\s*[/–-]\s*(?P<y2>\d{2})$")
PLANNED_WORDS = {"planned", "tbd", "undated"}
#: How a draft marks a value a person must still give (``briefkit extract``); see render/drafts.py.
TO_CHECK_WORDS = "TO CHECK"

#: The ways of writing a date, for messages.
DATE_FORMS = (
    "YYYY, YYYY-MM, YYYY-MM-DD, a range such as 1997/1998 or 2006-04/2006-05, "
    "or 'planned' for an undated future item"
)
PATTERN_HELP = f"use {DATE_FORMS}"
#: The ways of writing one day, month or year (a statement's date, a point of a range).
POINT_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"
#: Why an empty date (a bare ``date:``, which YAML reads as null, or ``date: ''``) is refused.
NO_DATE = f"no date is written; write one: {DATE_FORMS}"


_SLASHED = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})$")
#: 06/2006: a month written before its year.
_MONTH_YEAR = re.compile(r"^(?P<m>\d{1,2})[/.](?P<y>\d{4})$")


def _not_a_date(text: str, forms: str = DATE_FORMS) -> str:
    """Why a text is not a date; for 14/03/2025 or 06/2006, which order it is in and how to write it."""
    m = _MONTH_YEAR.match(text.strip())
    if m and 1 <= int(m["m"]) <= 12:
        return (
            f"'{text}' is written month/year; write dates year first, as {int(m['y']):04d}-{int(m['m']):02d}"
        )
    m = _SLASHED.match(text.strip())
    if m:
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        if a > 12 and 1 <= b <= 12:
            return (
                f"'{text}' is written day/month/year; write dates year first, as {year:04d}-{b:02d}-{a:02d}"
            )
        if b > 12 and 1 <= a <= 12:
            return (
                f"'{text}' is written month/day/year; write dates year first, as {year:04d}-{a:02d}-{b:02d}"
            )
        return (
            f"'{text}' could be day/month/year or month/day/year; write dates year first: "
            f"{year:04d}-{b:02d}-{a:02d} for day/month, {year:04d}-{a:02d}-{b:02d} for month/day"
        )
    return f"'{text}' is not a date; use {forms}"


@dataclass(frozen=True)
class DatePoint:
    """A year, a month of a year, or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> DatePoint:
        m = _POINT.match(text.strip())
        if not m:
            raise ValueError(_not_a_date(text, POINT_FORMS))
        year = int(m["y"])
        month = int(m["m"]) if m["m"] else None
        day = int(m["d"]) if m["d"] else None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{text}': month {month} is not between 1 and 12")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"'{text}': day {day} does not exist in that month")
        return cls(year, month, day)

    def start(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def end(self) -> dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def iso(self) -> str:
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
        if self.day:
            out += f"-{self.day:02d}"
        return out

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A point or range of partial dates, or an undated planned item.

    Sorting puts dated items in order of their start (then end) and undated
    planned items after everything dated.
    """

    first: DatePoint | None
    last: DatePoint | None = None
    #: A draft's placeholder ("TO CHECK: date of the statement"): no date yet, and not a planned one.
    to_check: bool = False

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if value is None:
            # Not "planned": a date left out would print as a fact the user never wrote.
            raise ValueError(NO_DATE)
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(DatePoint(value.year, value.month, value.day))
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise ValueError(f"expected a date, got {type(value).__name__}; {PATTERN_HELP}")
        text = str(value).strip()
        if not text:
            raise ValueError(NO_DATE)
        if text.lower() in PLANNED_WORDS:
            return cls(None)
        if text.upper().startswith(TO_CHECK_WORDS):
            return cls(None, to_check=True)
        if _SLASHED.match(text) or _MONTH_YEAR.match(text):  # 14/03/2025, 06/2006: not ranges, other orders
            raise ValueError(_not_a_date(text))
        # "2005-09" is ISO for September 2005; only "1997-98" (no month 98) or
        # the slash and dash forms ("1997/98", "1997–98") are year ranges.
        point = _POINT.match(text)
        month_like = point is not None and point["m"] is not None and int(point["m"]) <= 12
        short = None if month_like else _SHORT_YEAR_RANGE.match(text)
        if short:
            y1 = int(short["y1"])
            y2 = (y1 // 100) * 100 + int(short["y2"])
            if y2 < y1:
                y2 += 100
            return cls._range(DatePoint(y1), DatePoint(y2), text)
        if "/" in text:
            a, _, b = text.partition("/")
            return cls._range(DatePoint.parse(a), DatePoint.parse(b), text)
        if point is None:  # every form a date of an event file may take, not only a point's
            raise ValueError(_not_a_date(text))
        return cls(DatePoint.parse(text))

    @classmethod
    def _range(cls, a: DatePoint, b: DatePoint, text: str) -> PartialDate:
        if b.start() < a.start():
            raise ValueError(f"'{text}': the range ends before it starts")
        return cls(a, b)

    @property
    def planned(self) -> bool:
        return self.first is None

    def sort_key(self) -> tuple:
        if self.first is None:
            return (1, dt.date.max, dt.date.max)
        return (0, self.first.start(), (self.last or self.first).end())

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def iso(self) -> str:
        if self.to_check:
            return TO_CHECK_WORDS
        if self.first is None:
            return "planned"
        if self.last is None:
            return self.first.iso()
        return f"{self.first.iso()}/{self.last.iso()}"

    def __str__(self) -> str:
        return self.format()

    def format(self, locale: str = "en", planned_label: str = "Planned") -> str:
        """Print as people write it: '1997–98', 'September 2005', '14 February 2006', '2005年10月14日～16日'."""
        if self.to_check:
            return ""  # a date still to give prints as nothing: the page says DRAFT instead
        if self.first is None:
            return planned_label
        a, b = self.first, self.last
        cldr = _cldr_locale(locale)
        if b is None:
            return _format_point(a, cldr)
        if a.precision != b.precision:  # '2005 – March 2006': no locale has one pattern for it
            return _join(cldr, _format_point(a, cldr), _format_point(b, cldr))
        if a.precision == "year" and cldr.language == "en" and a.year // 100 == b.year // 100:
            return f"{a.year}–{b.year % 100:02d}"  # English writes a financial or school year '1997–98'
        if cldr.language == "en" and a.precision == "day" and a.month != b.month:
            # English packs have always printed both days in full; kept so English output does not move.
            return _join(cldr, _format_point(a, cldr), _format_point(b, cldr))
        return _format_range(a, b, cldr)

    # -- pydantic integration -------------------------------------------
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda d: d.iso()),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict:
        return {
            "anyOf": [
                {
                    "type": "string",
                    "pattern": r"^(\d{4}(-\d{1,2}(-\d{1,2})?)?(/\d{4}(-\d{1,2}(-\d{1,2})?)?)?|\d{4}[-/–]\d{2}|planned|tbd|undated|TO CHECK.*)$",
                },
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
            "description": "A partial date: " + PATTERN_HELP + ".",
            "examples": ["2005", "2005-10", "2006-02-14", "1997/1998", "planned"],
        }


#: The long form of each precision, as a CLDR skeleton: the locale orders the fields and adds its marks (年, ".").
_SKELETONS = {"year": "y", "month": "yMMMM", "day": "yMMMMd"}
#: The field of a skeleton a range may differ in while sharing the coarser ones ('April–May 2006').
_FINEST = {"year": "y", "month": "M", "day": "d"}
#: CLDR's range dash with thin spaces; the briefs print a bare dash between single fields, a spaced one else.
_THIN_DASH = "\u2009–\u2009"
_ABBREVIATED_MONTH = re.compile(r"(?<![ML])([ML])\1\1(?![ML])")
_FULL_MONTH = re.compile(r"(?<![ML])(MMMM|LLLL)(?![ML])")


def _cldr_locale(language: str) -> Locale:
    """The Babel locale of a theme's language tag ('pt-BR' too); bare English is this project's British English."""
    if language == "en":
        return Locale.parse("en_GB")
    return Locale.parse(language.replace("-", "_"))


def _format_point(p: DatePoint, locale: Locale) -> str:
    return format_skeleton(_SKELETONS[p.precision], p.start(), locale=locale)


def _join(locale: Locale, first: str, last: str) -> str:
    """Two dates of different precisions, joined as the locale joins any two dates ('～' in Japanese)."""
    fallback = str(locale.interval_formats.get(None, "{0} – {1}")).replace(_THIN_DASH, " – ")
    return fallback.replace("{0}", first).replace("{1}", last)


def _format_range(a: DatePoint, b: DatePoint, locale: Locale) -> str:
    """A range of two points of one precision, by the locale's interval pattern: shared fields said once.

    CLDR has interval patterns for abbreviated months only ('14–16 Oct 2005'); where the locale's long date
    spells the month out ('October', 'octobre'), that spelling replaces the abbreviated one.
    """
    skeleton = _SKELETONS[a.precision]
    formats = locale.interval_formats
    if skeleton not in formats:
        skeleton = match_skeleton(skeleton, formats) or ""
    differ = "y" if a.year != b.year else "M" if a.month != b.month else "d"
    halves = formats.get(skeleton, {}).get(differ) if skeleton else None
    if not halves:
        return _join(locale, _format_point(a, locale), _format_point(b, locale))
    long_form = locale.datetime_skeletons[match_skeleton(_SKELETONS[a.precision], locale.datetime_skeletons)]
    month = _FULL_MONTH.search(str(long_form.pattern))  # none where a month is a number ('10月' in Chinese)
    text = "".join(
        parse_pattern(_ABBREVIATED_MONTH.sub(month[0], half) if month else half).apply(point.start(), locale)
        for half, point in zip(halves, (a, b))
    )
    return text.replace(_THIN_DASH, "–" if differ == _FINEST[a.precision] else " – ")
