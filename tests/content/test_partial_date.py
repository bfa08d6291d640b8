"""generator.content.partial_date: dates as briefings write them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pydantic import BaseModel, ValidationError

from generator.content.partial_date import DatePoint, PartialDate


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2005", (2005, None, None), None),
        ("2005-10", (2005, 10, None), None),
        ("2006-02-14", (2006, 2, 14), None),
        ("1997/1998", (1997, None, None), (1998, None, None)),
        ("1997-98", (1997, None, None), (1998, None, None)),
        ("1997/98", (1997, None, None), (1998, None, None)),
        ("1997–98", (1997, None, None), (1998, None, None)),
        ("1999/00", (1999, None, None), (2000, None, None)),
        # ISO year-month, not the range 2005–2009.
        ("2005-09", (2005, 9, None), None),
        ("2005-9", (2005, 9, None), None),
        ("2006-04/2006-05", (2006, 4, None), (2006, 5, None)),
        (" 2005 ", (2005, None, None), None),
    ],
)
def test_parse(text, first, last):
    date = PartialDate.parse(text)
    assert date.first == DatePoint(*first)
    assert date.last == (DatePoint(*last) if last else None)
    assert not date.planned


@pytest.mark.parametrize("value", ["planned", "Planned", "TBD", "undated"])
def test_parse_planned(value):
    date = PartialDate.parse(value)
    assert date.planned
    assert date.first is None and date.last is None
    assert date.iso() == "planned"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2005, PartialDate(DatePoint(2005))),
        (dt.date(2006, 2, 14), PartialDate(DatePoint(2006, 2, 14))),
        (dt.datetime(2006, 2, 14, 10, 30), PartialDate(DatePoint(2006, 2, 14))),
    ],
)
def test_parse_non_string_values(value, expected):
    # YAML gives ints for 2005 and dates for an unquoted 2006-02-14.
    assert PartialDate.parse(value) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2005", "2005"),
        ("2005-9", "2005-09"),
        ("2006-2-4", "2006-02-04"),
        ("1997-98", "1997/1998"),
        ("1997–98", "1997/1998"),
        ("2006-04/2006-05", "2006-04/2006-05"),
        ("planned", "planned"),
    ],
)
def test_iso_round_trips(text, iso):
    date = PartialDate.parse(text)
    assert date.iso() == iso
    assert PartialDate.parse(date.iso()) == date


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2005", "2005"),
        ("2005-10", "October 2005"),
        ("2005-09", "September 2005"),
        ("2006-02-14", "14 February 2006"),
        ("1997/1998", "1997–98"),
        ("1997-98", "1997–98"),
        ("1999/2000", "1999–2000"),
        ("2006-04/2006-05", "April–May 2006"),
        ("2005-10/2006-02", "October 2005 – February 2006"),
        ("planned", "Planned"),
    ],
)
def test_format(text, shown):
    date = PartialDate.parse(text)
    assert date.format() == shown
    assert str(date) == shown


def test_format_planned_label_and_locale():
    assert PartialDate.parse("planned").format(planned_label="Prévu") == "Prévu"
    assert PartialDate.parse("2005-10").format("fr") == "octobre 2005"
    assert PartialDate.parse("2006-02-14").format("de") == "14. Februar 2006"


def test_sort_order():
    texts = ["planned", "2006-02-14", "2005", "1997/1998", "2005-09", "2006-02", "2005-10", "2006"]
    ordered = sorted(PartialDate.parse(t) for t in texts)
    assert [d.iso() for d in ordered] == [
        "1997/1998",
        "2005",
        "2005-09",
        "2005-10",
        "2006",
        "2006-02",
        "2006-02-14",
        "planned",
    ]


def test_sort_same_start_shorter_first_and_planned_last():
    assert PartialDate.parse("2005-01") < PartialDate.parse("2005")
    assert PartialDate.parse("2005") < PartialDate.parse("2005/2006")
    assert PartialDate.parse("2999") < PartialDate.parse("planned")
    assert not PartialDate.parse("planned") < PartialDate.parse("tbd")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("soon", "'soon' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD"),
        ("06/2006", "'06/2006' is written month/year; write dates year first, as 2006-06"),
        ("2005-00", "'2005-00': month 0 is not between 1 and 12"),
        ("2006-13-01", "'2006-13-01': month 13 is not between 1 and 12"),
        ("2005-02-30", "'2005-02-30': day 30 does not exist in that month"),
        ("2006/2005", "'2006/2005': the range ends before it starts"),
        ("2006-05/2006-04", "'2006-05/2006-04': the range ends before it starts"),
        ("1997-1998", "'1997-1998' is not a date"),
        ("2005/", "'' is not a date"),
        # An empty date is no date, not a planned one: "Planned" would print as a fact (a bare 'date:'
        # reads as null; review of 2026-12-02).
        ("", "no date is written; write one: YYYY, YYYY-MM, YYYY-MM-DD"),
        ("  ", "no date is written; write one"),
        (None, "no date is written; write one: YYYY, YYYY-MM, YYYY-MM-DD"),
        (True, "expected a date, got bool"),
        (3.5, "expected a date, got float"),
        ([2005], "expected a date, got list"),
    ],
)
def test_invalid(value, message):
    with pytest.raises(ValueError) as info:
        PartialDate.parse(value)
    assert message in str(info.value)


def test_leap_day():
    assert PartialDate.parse("2004-02-29").first == DatePoint(2004, 2, 29)
    with pytest.raises(ValueError, match="day 29 does not exist"):
        PartialDate.parse("2005-02-29")


def test_pydantic_field_validates_and_serialises():
    class Item(BaseModel):
        date: PartialDate

    assert Item(date="1997-98").date == PartialDate.parse("1997/1998")
    assert Item(date="2005-09").model_dump() == {"date": "2005-09"}
    with pytest.raises(ValidationError) as info:
        Item(date="2005-13-01")
    assert "month 13 is not between 1 and 12" in str(info.value)


def test_json_schema_pattern_accepts_documented_forms():
    class Item(BaseModel):
        date: PartialDate

    schema = Item.model_json_schema()["properties"]["date"]
    pattern = next(s["pattern"] for s in schema["anyOf"] if s.get("type") == "string")
    for text in ["2005", "2005-10", "2006-02-14", "1997/1998", "1997-98", "2006-04/2006-05", "planned"]:
        assert re.match(pattern, text), text
        PartialDate.parse(text)
    for example in schema["examples"]:
        PartialDate.parse(example)


def test_json_schema_refuses_null_where_a_date_is_required():
    """``briefkit schema`` agrees with ``validate``: a bare 'date:' is no date (an optional date may be)."""

    class Item(BaseModel):
        date: PartialDate
        since: PartialDate | None = None

    properties = Item.model_json_schema()["properties"]
    assert {"type": "null"} not in properties["date"]["anyOf"]
    assert {"type": "null"} in properties["since"]["anyOf"]


_RANGES = [
    "2005",
    "2005-09",
    "2006-02-14",
    "1997/1998",
    "1999/2000",
    "2006-02/2006-03",
    "2005-10/2006-02",
    "2005-10-14/2005-10-16",
    "2005-09-30/2005-10-02",
    "2005-12-30/2006-01-02",
    "2005/2006-03",
]


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        (
            "en",
            [
                "2005",
                "September 2005",
                "14 February 2006",
                "1997–98",
                "1999–2000",
                "February–March 2006",
                "October 2005 – February 2006",
                "14–16 October 2005",
                "30 September 2005 – 2 October 2005",
                "30 December 2005 – 2 January 2006",
                "2005 – March 2006",
            ],
        ),
        (
            "fr",
            [
                "2005",
                "septembre 2005",
                "14 février 2006",
                "1997–1998",
                "1999–2000",
                "février–mars 2006",
                "octobre 2005 – février 2006",
                "14–16 octobre 2005",
                "30 septembre – 2 octobre 2005",
                "30 décembre 2005 – 2 janvier 2006",
                "2005 – mars 2006",
            ],
        ),
        # Japanese puts the year first and marks each field; its ranges say the shared fields once.
        (
            "ja",
            [
                "2005年",
                "2005年9月",
                "2006年2月14日",
                "1997年～1998年",
                "1999年～2000年",
                "2006年2月～3月",
                "2005年10月～2006年2月",
                "2005年10月14日～16日",
                "2005年9月30日～10月2日",
                "2005年12月30日～2006年1月2日",
                "2005年～2006年3月",
            ],
        ),
        (
            "de",
            [
                "2005",
                "September 2005",
                "14. Februar 2006",
                "1997–1998",
                "1999–2000",
                "Februar–März 2006",
                "Oktober 2005 – Februar 2006",
                "14.–16. Oktober 2005",
                "30. September – 2. Oktober 2005",
                "30. Dezember 2005 – 2. Januar 2006",
                "2005 – März 2006",
            ],
        ),
        # Chinese writes the month as a number with 月, not spelt out.
        (
            "zh",
            [
                "2005年",
                "2005年9月",
                "2006年2月14日",
                "1997–1998年",
                "1999–2000年",
                "2006年2月 – 3月",
                "2005年10月 – 2006年2月",
                "2005年10月14日–16日",
                "2005年9月30日 – 10月2日",
                "2005年12月30日 – 2006年1月2日",
                "2005年 – 2006年3月",
            ],
        ),
    ],
)
def test_format_in_the_locales_own_order(locale, shown):
    """Each precision and kind of range in the locale's own patterns (review of 2026-12-02: Japanese got
    '9月 2005' and '14–2005年10月16日' from patterns written for English)."""
    assert [PartialDate.parse(text).format(locale) for text in _RANGES] == shown


def test_format_with_a_region_tag():
    # A theme names its language as a tag ("pt-BR"); Babel spells it pt_BR.
    assert PartialDate.parse("2006-02-14").format("pt-BR") == "14 de fevereiro de 2006"
