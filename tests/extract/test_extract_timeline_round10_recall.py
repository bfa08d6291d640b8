"""Dated meetings round 10 read (docs/extract.md, "Round 10: timeline recall"): dates the finder did not read
or did not resolve — a day run into its month by a copy, "on 22nd this month", "the second half of February",
a future told in reported speech ("said … would be attended … on Thursday"), an invitation's infinitive.

Invented releases and reports in the shapes real ones have, with the cases where nothing may change.
"""

from __future__ import annotations

from generator.content.partial_date import DatePoint
from generator.extract import extract_event
from generator.extract.dates import find_dates


def items_of(text: str) -> list[tuple[str, str]]:
    data = extract_event(text, source_name="round10.txt", timeline_reader="rules").data
    return [(str(i["date"]), i["title"]) for i in data["timeline"]]


def read(text: str, said: DatePoint) -> list[tuple[str, str]]:
    return [(m.text, m.date.iso()) for m in find_dates(text, said) if m.date is not None]


def test_a_day_run_into_its_month_by_the_copy():
    said = DatePoint(2014, 9, 20)
    found = read("Ministers noted the outcome of the meeting held on 3 and 4May, 2014 in Port Sella.", said)
    assert ("3 and 4May, 2014", "2014-05-03/2014-05-04") in found, found
    # (without its year, a number run onto a month stays no date, as round 8 left it: it may be a code)
    assert read("The envoys met on 9June to review the roadmap.", said) == []
    # (a code or a count before a word in capitals is no day: only a month's whole name follows)
    assert read("The 12Juniper group and the G20Mayors met.", said) == []


def test_a_day_of_this_month_written_with_its_ordinal_and_no_of():
    said = DatePoint(2011, 9, 27)
    found = read("At the invitation of the Chair, on 21st this month we held a gathering of leaders.", said)
    assert found == [("21st this month", "2011-09-21")], found
    assert read("They will meet on 3rd next month.", said) == [("3rd next month", "2011-10-03")]
    # (a number without its ordinal is a count: "12 this month" is not read as a day)
    assert all(t != "12 this month" for t, _ in read("Some 12 this month alone were arrested.", said))


def test_a_half_of_a_month_is_that_month():
    said = DatePoint(2009, 1, 20)
    found = read(
        "The Government extended an official invitation to Foreign Minister Abel Tanu to visit Lindhaven "
        "during the second half of February.",
        said,
    )
    # (an invitation's infinitive looks ahead: the February after the January release, not the one before)
    assert found == [("the second half of February", "2009-02")], found
    assert read("The talks resume in the latter half of March.", said) == [
        ("the latter half of March", "2009-03")
    ]


def test_a_future_told_in_reported_speech():
    wednesday = DatePoint(2013, 3, 6)
    found = read(
        "The source said that a meeting on Thursday for all the factions would be attended by the leaders.",
        wednesday,
    )
    assert found == [("on Thursday", "2013-03-07")], found
    # (a report of what happened is still the past: the Thursday before)
    assert read("The source said that a meeting on Thursday was attended by the leaders.", wednesday) == [
        ("on Thursday", "2013-02-28")
    ]


REPORT = """Korvia news agency

PORT SELLA, 6 March 2013 (KNA) - Leaders of the two movements met in Port Sella on Wednesday to discuss the reconciliation.
The source said that a meeting on Thursday for all the factions would be attended by Ana Brel, Tomas Vide and other leaders.
"""


def test_a_meeting_of_the_next_day_told_in_reported_speech_is_dated():
    items = items_of(REPORT)
    assert any(d == "2013-03-07" and "meeting" in t.lower() for d, t in items), items


BULLETIN = """Embassy of Korvia

Upcoming Events

 June 2024

News Bulletin No 9, May 14, 2009

On May 4-5, 2009 Korvia’s Foreign Minister, Ana Brel, visited Lindhaven for consultations with officials.
On May 4 Minister Brel met with Tomas Vide, the former Foreign Secretary.
Later that day she delivered a lecture at the Institute of Basin Studies.
On May 5 the Basin Council hosted a lunch for Ana Brel.
"""


def test_a_day_without_its_year_is_of_the_month_the_text_wrote_before():
    # (the page's "June 2024" furniture would put "On May 4" in 2024: the text wrote May 2009 just before)
    items = items_of(BULLETIN)
    dates = {d for d, _ in items}
    assert "2009-05-04" in dates and "2009-05-05" in dates, items
    assert not any(d.startswith("202") for d in dates), items


SPEECH = """Statement by the Minister, Port Sella, 10 March 2012

On 3 March 2008 the Council met in Port Sella for the first time. We will meet again on 12 March.
"""


def test_a_month_written_a_few_years_before_leaves_the_statements_reading_alone():
    # (not years apart from the statement's own March: "on 12 March" is this year's, by its tense)
    said = DatePoint(2012, 3, 10)
    assert ("12 March", "2012-03-12") in read(SPEECH.splitlines()[2], said)
    items = items_of(SPEECH)
    assert any(d == "2012-03-12" for d, _ in items), items
    assert not any(d.endswith("-03-12") and not d.startswith("2012") for d, _ in items), items


def test_a_long_clause_dates_the_meeting_named_before_its_date_not_one_after():
    long_one = (
        "We will be holding the third annual maritime dialogue as well as the third joint naval exercise this "
        "year in an effort to continue deepening mutual understanding and trust between our two navies."
    )
    items = items_of(f"Statement by the Minister\n\nLindhaven, 3 March 2011\n\nMr. Speaker,\n\n{long_one}\n")
    assert ("2011", "Third annual maritime dialogue") in items, items
    after = (
        "During the first ministerial meeting hosted by the Basin Commissioner for Refugees (BCR) Ana Brel on 4 "
        "September 2010 in Port Sella, the Minister proposed holding the second meeting in Lindhaven in one of "
        "the shelters for the displaced and this invitation was accepted by all the participants."
    )
    items = items_of(f"Statement by the Minister\n\nLindhaven, 3 March 2011\n\nMr. Speaker,\n\n{after}\n")
    assert not any(t.lower().startswith("second meeting") for _, t in items), items
