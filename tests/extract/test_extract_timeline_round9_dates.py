"""Timeline items round 9 read (docs/extract.md, "Round 9: dates and item words the rules did not read"): a
programme's numbered lines that open with a meeting though they end with a full stop, its timed lines
written as sentences in the present tense, and a weekday that opens a span ("starting Monday").

Invented programmes and releases in the shapes real ones have, with the cases where nothing may be dated.
"""

from __future__ import annotations

import pytest

from generator.content.partial_date import DatePoint
from generator.extract import extract_event
from generator.extract.dates import find_dates
from generator.extract.timeline.clause_event import _MET_BY_ITSELF


def items_of(text: str) -> list[tuple[str, str]]:
    data = extract_event(text, source_name="round9.txt", timeline_reader="rules").data
    return [(str(i["date"]), i["title"]) for i in data["timeline"]]


def dated(items: list[tuple[str, str]], date: str, word: str) -> bool:
    return any(d == date and word.lower() in title.lower() for d, title in items)


NUMBERED = """Programme of the Prime Minister's visit to Korvia: 3-5 March, 2013

Tuesday, Mar 4:

1. Wreath-laying at the memorial.
2. Working breakfast with the Chamber of Commerce.
3. Meetings with other officials.

Wednesday, Mar 5:

1. Visit to the National Museum.
2. Bilateral meeting with President Amsel. Joint press conference after the meeting.
3. Address the Basin Assembly in the afternoon.
4. Private dinner with the Speaker along with Mrs. Amsel and Mr. Doran
"""


def test_a_numbered_programme_line_opening_with_a_meeting_is_on_its_day():
    items = items_of(NUMBERED)
    assert dated(items, "2013-03-05", "bilateral meeting"), items
    assert dated(items, "2013-03-05", "private dinner"), items  # "Mrs. Amsel" ends no sentence
    assert dated(items, "2013-03-04", "working breakfast"), items
    assert dated(items, "2013-03-05", "address the basin assembly"), items
    # (a visit to a place, and several meetings unnamed, are the day's business, not items)
    assert not any("museum" in t.lower() or "other officials" in t.lower() for _, t in items), items


TIMED = """State visit of the King of Korvia to Lindhaven

8-10th APRIL, 2014

Tuesday 8 April

Morning - The King arrives.

Wednesday 9 April

Morning and afternoon - The King visits the Parliament and the Supreme Court.

Evening – The Queen and the Crown Prince attend a dinner given by the King and Mrs. Doran at the residence of the Ambassador, Lindhaven; they bid farewell to the King.

Thursday 10 April

Morning - The King departs.
"""


def test_a_programmes_timed_sentence_is_read_through_its_verb():
    items = items_of(TIMED)
    assert dated(items, "2014-04-09", "visit to parliament and the supreme court"), items
    assert dated(items, "2014-04-09", "dinner given by the king and mrs. doran"), items
    assert not any("arrive" in t.lower() or "depart" in t.lower() for _, t in items), items


def test_a_weekday_that_opens_a_span_is_the_next_one():
    friday = DatePoint(2014, 1, 3)
    found = find_dates("The Minister's two-day visit to Lindhaven starting Monday was announced.", friday)
    assert [(m.text, m.date.iso()) for m in found if m.date] == [("starting Monday", "2014-01-06")]
    found = find_dates("Talks beginning Tuesday will cover trade.", friday)
    assert [m.date.iso() for m in found if m.date] == ["2014-01-07"]


def test_a_month_this_year_takes_the_year_the_text_speaks_in_without_a_date_of_its_own():
    text = """Joint Statement of Amsel and Korvia

At the invitation of President Doran of Korvia, President Lind of Amsel is paying a state visit to Korvia
from November 15-18, 2009. The Presidents held candid discussions on relations between the two countries.

Both sides believed that the first round of the Basin Dialogue held in Lindhaven in July this year was a
fruitful one.

On 3 August of this year, the Ministerial Council of the Basin Organisation adopted a decision on the summit.
"""
    items = items_of(text)
    assert dated(items, "2009-07", "basin dialogue"), items
    assert dated(items, "2009-08-03", "ministerial council"), items


def test_days_of_a_month_counted_from_the_statements_and_spans_with_the_article_again():
    said = DatePoint(2012, 6, 4)

    def read(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.date.iso()) for m in find_dates(text, said) if m.date]

    assert read("The Council met on the 27th of last month.") == [("the 27th of last month", "2012-05-27")]
    assert read("The talks resume on the 5th of next month.") == [("the 5th of next month", "2012-07-05")]
    assert read("The Forum met from the 2nd to the 4th of May 2011.") == [
        ("2nd to the 4th of May 2011", "2011-05-02/2011-05-04")
    ]
    assert read("Posted 2012/06/01 by the press office") == [("2012/06/01", "2012-06-01")]


def test_talks_earlier_in_the_week_with_a_person_named():
    said = DatePoint(2010, 7, 23)
    found = find_dates("Following on from discussions earlier in the week with the Minister of Korvia", said)
    assert [(m.text, m.date.iso()) for m in found if m.date] == [("earlier in the week", "2010-07")]
    text = """Statement of the Foreign Office of Amsel

23 July 2010

On 12 July the Minister of State discussed the reform of the basin's customs with the Deputy Prime Minister of Korvia.
"""
    items = items_of(text)
    assert any(d == "2010-07-12" for d, _ in items), items


def test_the_end_of_the_year_and_the_new_year_are_counted_from_the_statements():
    def read(text: str, said: DatePoint) -> list[tuple[str, str]]:
        return [(m.text, m.date.iso()) for m in find_dates(text, said) if m.date]

    september = DatePoint(2011, 9, 8)
    assert read("By the end of the year we shall hold a joint meeting.", september) == [
        ("the end of the year", "2011")
    ]
    assert read("The report is due by year-end.", september) == [("year-end", "2011")]
    assert read("The Council meets again in the new year.", DatePoint(2011, 12, 8)) == [
        ("the new year", "2012")
    ]
    assert read("The Council meets again in the new year.", DatePoint(2012, 1, 9)) == [
        ("the new year", "2012")
    ]
    assert read("Greetings in the New Year holidays", september) == []


def test_an_article_indented_under_its_titles_bullet_is_read():
    text = """Forum
No announcement yet.

  • Amsel minister, Korvian counterpart discuss ties

    Basin News, Amsel
    May 6 2009

    Lindhaven, 6 May: The Foreign Minister of Amsel discussed the river treaty
    in Ostrava with the Foreign Minister of Korvia, Oren Halm.

    At the meeting with the Minister, which took place on 5 May in Ostrava, Halm
    stated Korvia's interest in expanding relations with Amsel.
"""
    items = items_of(text)
    assert dated(items, "2009-05-05", "meeting"), items


def test_a_day_with_its_month_first_this_year_and_a_commander_received():
    said = DatePoint(2010, 8, 6)
    found = find_dates("On January 17 this year the President received the envoy.", said)
    assert [(m.text, m.date.iso()) for m in found if m.date] == [("January 17 this year", "2010-01-17")]
    found = find_dates("They met on March 3 of last year.", said)
    assert [(m.text, m.date.iso()) for m in found if m.date] == [("March 3 of last year", "2009-03-03")]
    text = """Chronicle of the President of Amsel

6 August 2010

On 24 July the President received Admiral Oren Halm, the Commander of the Basin Fleet, at the palace in Lindhaven.

On 28 July the President received the EU Special Representative for the Basin at the palace.
"""
    items = items_of(text)
    assert dated(items, "2010-07-24", "halm"), items
    assert dated(items, "2010-07-28", "special representative"), items


def test_a_summit_held_between_two_days():
    text = """Basin Ministry of Foreign Affairs

25 March 2010

The Prime Minister of Amsel has invited the Prime Minister of Korvia to attend the first Basin Commission Summit to be held in Ostrava, Amsel, between 4 and 5 April.
"""
    items = items_of(text)
    assert dated(items, "2010-04-04/2010-04-05", "basin commission summit"), items


def test_a_meeting_between_two_presidents_is_no_period():
    text = """Basin News

6 May 2009

The foreign ministers also discussed the forthcoming meeting between the Amselian and Korvian presidents that will be held in Ostrava on 7 May.
"""
    items = items_of(text)
    assert dated(items, "2009-05-07", "ostrava"), items


@pytest.mark.parametrize(
    ("clause", "met"),
    [
        ("discussed the budget with great interest", False),
        ("received general support", False),
        ("received a representative sample", False),
        ("held discussions on the budget with a view to", False),
        ("discussed reform with the Deputy Prime Minister", True),
        ("RECEIVED the Special Representative", True),
        ("received a delegation", True),
    ],
)
def test_the_people_met_are_named_in_capitals_whatever_the_verbs_case(clause, met):
    """A clause says people met when whom it names is written as a name or a title: ordinary words after the
    verb ("with great interest", "general support") are no person met, whatever the case of the verb."""
    assert bool(_MET_BY_ITSELF.search(clause)) is met
