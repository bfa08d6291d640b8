"""Timeline selection and precision, round 7 (docs/extract.md, "The round-7 timeline classes").

Each test is one general class of a meeting missed or an item invented on the statements of dev8 and
dev9, written with invented statements in the shapes real ones have, and with variants those sets did
not show (other months, other orders, other joining words).
"""

from __future__ import annotations

import pytest
from extract_helpers import timeline_of

from generator.extract import extract_event

OTHER = "We thank all the partners for the work they have done together on the rivers we share.\n"


def items_of(text: str) -> list[tuple[str, str]]:
    data = extract_event(text, source_name="round7.txt").data
    return [(str(i["date"]), i["title"]) for i in data["timeline"]]


def dates_of(text: str) -> list[str]:
    return [date for date, _ in items_of(text)]


# -- a day without its year, in a release without a date of its own ------------------------------------


@pytest.mark.parametrize(
    ("opening", "later", "expected"),
    [
        (
            "The Secretary-General paid an official visit to Amsel from 14 to 16 March 2011.",
            "On 15 March, she addressed the opening session of the Regional Water Forum in Tarnow.",
            "2011-03-15",
        ),
        (
            "The Basin Commission held its spring session in Lindhaven on 2 October 2008.",
            "The Commission's working group met in Orlen Bay on October 3 to review the budget.",
            "2008-10-03",
        ),
        (
            # a month said alone after a span, in the future tense: the December after it
            "Delegates arrived in Tarnow for the Fisheries Conference of 28-30 November 2012.",
            "The next meeting of senior officials will be held in December in Lindhaven.",
            "2012-12",
        ),
        (
            # in the past tense, after a date still to come: the January before it
            "The Council decided to hold the Basin Summit in Tarnow on 6 and 7 December 2010.",
            "The chair proposed the summit in an address to the Council in January.",
            "2010-01",
        ),
    ],
)
def test_a_day_without_its_year_takes_the_year_of_the_date_said_before_it(opening, later, expected):
    # a press release with no date line: nothing else gives the year
    text = f"Press Release\n\n{opening}\n\n{later}\n\n{OTHER}"
    assert expected in dates_of(text)


def test_a_date_counted_from_the_day_of_speaking_is_not_dated_by_an_earlier_date():
    # "last May" counts from the statement's own day, which this release does not give
    text = (
        "Press Release\n\nThe Basin Commission met in Lindhaven from 1 to 3 October 2008.\n\n"
        f"Its chair recalled the Regional Water Forum held in Tarnow last May.\n\n{OTHER}"
    )
    found = extract_event(text, source_name="round7.txt").findings.timeline
    # (the meeting the undated release opens by reporting is its occasion since round 8, not an item)
    assert [e.date.iso() for e in found.entries + found.occasion if e.date] == ["2008-10-01/2008-10-03"]


def test_a_statement_with_its_own_date_reads_a_day_against_that_date_not_an_earlier_one():
    text = (
        "Statement by Ms. Ilka Varn\nLindhaven, 20 January 2010\n\nMr. President,\n\n"
        "We recall the Basin Summit of 3 May 2004 in Tarnow. The Water Forum met in Orlen Bay on "
        f"12 January to prepare this session.\n\n{OTHER}"
    )
    assert "2010-01-12" in dates_of(text)


# -- two days in a row, one meeting -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Standing Committee will hold its 12th session on March 3 and March 4 in Tarnow.",
            "2010-03-03/2010-03-04",
        ),
        (
            "The Standing Committee will hold its 12th session on 3 March and 4 March in Tarnow.",
            "2010-03-03/2010-03-04",
        ),
        (
            "The Standing Committee will hold its 12th session on 31 March and 1 April in Tarnow.",
            "2010-03-31/2010-04-01",
        ),
        # said on a Friday (12 February 2010): last Monday and Tuesday
        (
            "The ministers met with the Basin Commission on Monday and Tuesday in Tarnow.",
            "2010-02-08/2010-02-09",
        ),
    ],
)
def test_two_days_in_a_row_are_one_meeting_over_both(sentence, expected):
    text = (
        f"Statement by Ms. Ilka Varn\nLindhaven, 12 February 2010\n\nMr. President,\n\n{sentence}\n\n{OTHER}"
    )
    assert dates_of(text) == [expected]


def test_two_days_apart_are_not_joined_into_a_span():
    text = (
        "Statement by Ms. Ilka Varn\nLindhaven, 12 February 2010\n\nMr. President,\n\n"
        f"The Water Forum met in Tarnow on 3 February and on 5 February.\n\n{OTHER}"
    )
    assert dates_of(text) == ["2010-02-03", "2010-02-05"]


# -- one meeting said twice, once by its noun alone -------------------------------------------------------


def test_talks_said_by_their_noun_alone_at_the_same_place_and_days_are_the_named_meeting():
    text = (
        "Statement by Ms. Ilka Varn\nLindhaven, 17 June 2011\n\nMr. President,\n\n"
        "We welcome the outcome of the consultations in Tarnow on 14 and 15 June.\n\n"
        "The envoys of the Basin Group met with the delegation of Amsel on 14 and 15 June in Tarnow "
        f"and discussed the sharing of the river.\n\n{OTHER}"
    )
    items = items_of(text)
    assert [d for d, _ in items] == ["2011-06-14/2011-06-15"], items


def test_two_named_meetings_at_one_place_and_day_stay_two():
    text = (
        "Statement by Ms. Ilka Varn\nLindhaven, 17 June 2011\n\nMr. President,\n\n"
        "The Basin Council met in Tarnow on 14 June.\n\n"
        f"The Fisheries Commission of Amsel also held its annual session in Tarnow on 14 June.\n\n{OTHER}"
    )
    assert len(items_of(text)) == 2


# -- a meeting said by its verb, with the person met -------------------------------------------------------


def release(body: str) -> str:
    return f"Press Release\nLindhaven, 20 May 2011\n\n{body}\n\n{OTHER}"


@pytest.mark.parametrize(
    ("sentence", "date", "who"),
    [
        (
            "On 16 May, the Commissioner called on H. E. Mr. Oren Dask, President of Amsel.",
            "2011-05-16",
            "Oren Dask",
        ),
        (
            "The delegation paid a courtesy call on Dr. Mira Solen, Minister of Water, on 17 May.",
            "2011-05-17",
            "Mira Solen",
        ),
        (
            "The Secretary-General met Mr. Tavi Orm, Deputy Minister of Trade, on 18 May in Tarnow.",
            "2011-05-18",
            "Tavi Orm",
        ),
        ("The envoys held talks with President Ana Keld in Orlen Bay on 12 May.", "2011-05-12", "Ana Keld"),
        ("The ministers were received by His Majesty King Osric on 9 May.", "2011-05-09", "Osric"),
        (
            "On 19 May the former Prime Ministers paid courtesy calls on the President.",
            "2011-05-19",
            "President",
        ),
    ],
)
def test_a_call_paid_on_a_person_is_a_meeting_with_that_person(sentence, date, who):
    items = items_of(release(sentence))
    assert [d for d, _ in items] == [date], items
    assert who in items[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 16 May, the Council called on the President to release the prisoners.",
        "On 16 May, the ministers called on Mr. Oren Dask to resume the talks.",
    ],
)
def test_an_appeal_to_a_person_is_no_meeting(sentence):
    assert items_of(release(sentence)) == []


def test_calls_on_two_people_the_same_day_are_two_meetings():
    items = items_of(
        release(
            "On 16 May, the Commissioner called on H. E. Mr. Oren Dask, President of Amsel.\n\n"
            "On 16 May, the Commissioner also called on Dr. Mira Solen, Minister of Water."
        )
    )
    assert len(items) == 2, items
    assert any("Oren Dask" in title for _, title in items)
    assert any("Mira Solen" in title for _, title in items)


# -- the date a meeting is printed with: the finest the text gives ---------------------------------------


def dated(body: str, dateline: str = "Lindhaven, 14 June 2012") -> list[tuple[str, str]]:
    return items_of(f"Statement by Ms. Ilka Varn\n{dateline}\n\nMr. President,\n\n{body}\n\n{OTHER}")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One year ago, at our June Board meeting, I spoke of the drought.", "2011-06"),
        ("Two years ago, at the September session of this Council, we adopted a plan.", "2010-09"),
        ("Last year's March Ministerial Meeting in Tarnow set the course.", "2011-03"),
    ],
)
def test_a_meeting_named_by_its_month_and_dated_by_a_year_is_dated_to_that_month(body, expected):
    assert [d for d, _ in dated(body)] == [expected]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Delegates at the Regional Ministers meeting in Tarnow last week spoke of the river.",
            "A communiqué was issued at the end of the 8-9 June Regional Ministers meeting in Tarnow.",
            "2012-06-08/2012-06-09",
        ),
        (
            "The Basin Summit in Orlen Bay in 2010 was a turning point.",
            "The Basin Summit in Orlen Bay, held in October 2010, adopted the charter.",
            "2010-10",
        ),
    ],
)
def test_one_meeting_said_twice_is_printed_with_the_finer_date(first, second, expected):
    items = dated(f"{first}\n\n{second}")
    assert [d for d, _ in items] == [expected], items


def test_a_meeting_name_ending_in_a_plural_word_is_not_a_count_of_meetings():
    # "11 Tenth meeting … Relations": the day before the name is no count, and "Relations" no plural meeting
    items = dated(
        "The Ministers met at the 11-12 June Fourth meeting of the Council for Water Relations in Tarnow."
    )
    assert [d for d, _ in items] == ["2012-06-11/2012-06-12"], items
    counted = dated("The Council held 12 such meetings in 2011 in Tarnow.")
    assert counted == []


def test_a_month_said_after_a_preposition_inside_a_title_does_not_date_it():
    # "… in July next year and another …": the title's month is another meeting's date, not its name
    items = dated(
        "There are three forthcoming meetings: one in Tarnow in July next year and another one of the "
        "Basin Group in Orlen Bay in 2014."
    )
    assert ("2014", "Meeting of the Basin Group in Orlen Bay") in items, items


# -- meetings said without a name ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Since we last met on 3 March, prices have fallen by a third.", "2012-03-03"),
        ("When this Conference last met in Tarnow in February, the outlook was darker.", "2012-02"),
        ("As you last convened on 12 April, much work has been done.", "2012-04-12"),
    ],
)
def test_the_bodys_last_meeting_is_dated(body, expected):
    items = dated(body)
    assert [d for d, _ in items] == [expected], items


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "There are two upcoming summits, one in Tarnow in May next year and another one of the Basin "
            "Group in Orlen Bay in 2014.",
            [("2013-05", "Summit in Tarnow"), ("2014", "Summit of the Basin Group in Orlen Bay")],
        ),
        (
            "The ministers held several consultations: the first in Tarnow on 3 May, the second in Lindhaven "
            "on 9 May.",
            [("2012-05-03", "Consultation in Tarnow"), ("2012-05-09", "Consultation in Lindhaven")],
        ),
    ],
)
def test_each_of_several_meetings_counted_then_said_one_by_one(body, expected):
    assert sorted(dated(body)) == expected


@pytest.mark.parametrize("building", ["Palace of Independence", "Hall of Friendship", "House of Unity"])
def test_a_building_named_x_of_y_is_where_a_meeting_is_not_the_meeting(building):
    items = dated(f"Leaders are in Tarnow for the Basin Summit, set to open tomorrow in the {building}.")
    assert items == [("2012-06-15", "Basin Summit")], items


def test_the_meeting_said_by_its_noun_alone_after_its_name_is_one_item():
    items = dated(
        "Leaders are in Tarnow for the Basin Summit, set to open tomorrow.\n\n"
        "The meeting will begin on 15 June with an address by the chair."
    )
    assert items == [("2012-06-15", "Basin Summit")], items


def test_a_bare_noun_of_another_day_stays_its_own_item():
    items = dated(
        "Leaders are in Tarnow for the Basin Summit, set to open tomorrow.\n\n"
        "A meeting in Orlen Bay on 20 June will follow it."
    )
    assert len(items) == 2, items


# -- dates the sentence ties to something else than the meeting beside them ------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Most of the ministers arrived here on Monday to take part in the 12th meeting of the Basin Council.",
        "The delegation left for Tarnow on 10 June to attend the Fisheries Conference.",
        "The envoys landed in Orlen Bay on Saturday for the Water Forum.",
    ],
)
def test_a_journey_dated_before_the_meeting_it_is_for_does_not_date_the_meeting(body):
    assert dated(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Amsel was to host the summit in 2009, but postponed it for lack of funds.",
        "The Basin Forum planned for March was later cancelled because of the floods.",
        "The conference of 3 May, which was called off at the last minute, would have adopted the plan.",
    ],
)
def test_a_meeting_called_off_has_no_date_on_the_timeline(body):
    assert dated(body) == []


def test_a_span_of_time_up_to_now_is_not_a_meetings_date():
    body = "The chair will report to the summit on the Commission's work over the past year."
    assert dated(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The Council approved the budget of the Secretariat for the years 2013-2015.",
        "Ministers endorsed the work plan for the period 2014-2016 of the Basin Commission.",
    ],
)
def test_the_years_a_budget_or_a_plan_covers_are_not_a_meetings_date(body):
    assert dated(body) == []


def test_a_meeting_held_on_the_day_of_arrival_keeps_its_date():
    # the day is the meeting's when nothing says it is only the journey's
    items = dated("The Basin Council met in Tarnow on 4 June, a day after the ministers arrived.")
    assert [d for d, _ in items] == ["2012-06-04"], items


# -- what an item says: whom they met; a document's date is not a meeting's ------------------------------------


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Director Ana Keld and Commissioner Oren Dask will meet in Tarnow tomorrow with the heads of their "
            "regional offices to plan the season.",
            "heads of their regional offices",
        ),
        (
            "Ministers Ana Keld and Oren Dask met on 12 June with the mayors of the river towns.",
            "mayors of the river towns",
        ),
    ],
)
def test_a_meeting_said_by_its_verb_says_whom_they_met(body, words):
    items = dated(body)
    assert len(items) == 1, items
    assert words in items[0][1]


@pytest.mark.parametrize(
    "body",
    [
        "The leaders met in Tarnow on 13-14 June 2012, on the fifth anniversary of the Joint Declaration of "
        "14 June 2007.",
        "Ministers recalled the Accord of 3 May 1999. They met again in Tarnow on 13 June 2012.",
    ],
)
def test_a_document_named_with_its_date_is_not_a_timeline_item(body):
    dates = [d for d, _ in dated(body)]
    assert not any(d.startswith(("2007", "1999")) for d in dates), dates
    assert any(d.startswith("2012-06-13") for d in dates), dates


# -- one meeting, said in several ways -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # the opening and the closing of one summit, each with its own day
            "Opening the Basin Summit (13/6/12), the President spoke of the river.\n\n"
            "Closing the 2012 Basin Summit (14/6/12), he thanked the hosts.",
            "2012-06-13/2012-06-14",
        ),
        (
            # a day of the summit, and the summit's days said with its place
            "On June 12, the 4th summit of the Basin Alliance issued a joint statement.\n\n"
            "The leaders of the Basin Alliance, meeting in Tarnow on June 11-12, 2012, agreed on a fund.",
            "2012-06-11/2012-06-12",
        ),
        (
            # a visit dated by its year, then by its month with its place
            "The official visit is planned for 2013.\n\n"
            "President Keld will make an official visit to Tarnow in March next year.",
            "2013-03",
        ),
    ],
)
def test_one_meeting_said_in_several_ways_is_one_item_over_all_its_days(body, expected):
    items = dated(body)
    assert [d for d, _ in items] == [expected], items


def test_two_summits_on_consecutive_days_with_other_names_stay_two():
    items = dated(
        "The Basin Summit met in Tarnow on 11 June.\n\nThe Fisheries Summit of Amsel met in Orlen Bay on 12 June."
    )
    assert len(items) == 2, items


@pytest.mark.parametrize(
    "body",
    [
        "She was speaking in Tarnow on Sunday after two days of meetings of the Basin Council.",
        "On 10 June, ahead of the Basin Summit, the ministers toured the dam.",
    ],
)
def test_a_date_before_or_after_a_meeting_is_not_its_date(body):
    assert dated(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Council reaffirmed the position taken at its March meeting.", "2012-03"),
        ("The ministers recalled the decisions of their April session in Tarnow.", "2012-04"),
    ],
)
def test_the_bodys_own_meeting_named_by_its_month_is_dated(body, expected):
    assert [d for d, _ in dated(body)] == [expected]


def test_a_chair_held_after_a_summit_leaves_the_summit_its_date():
    # "the Chair of X" names an office; the clause after it ("following its Summit in …") dates the summit
    items = dated("Amsel holds the Chair of the Basin Group following its Fifth Summit in November 2011.")
    assert items == [("2011-11", "Fifth Summit")], items


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "It was only a year ago that we were together in your beautiful country for the Water Forum.",
            "2011",
        ),
        ("Six months ago we were all together in Tarnow to open the new dam.", "2011-12"),
    ],
)
def test_being_together_somewhere_is_a_meeting(body, expected):
    assert [d for d, _ in dated(body)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary-General called on all member states to ratify the river convention before June.",
        "Korvia ratified the Basin Convention in March 2011, the tenth state to do so.",
        "Amsel's accession to the Convention on River Navigation in April 2010 was welcomed by all.",
    ],
)
def test_a_convention_ratified_is_a_treaty_not_a_meeting(sentence):
    assert timeline_of(sentence) == []


def test_a_convention_held_is_still_a_meeting():
    items = timeline_of("The Basin Convention, held in Amsel in March 2009, brought together 300 delegates.")
    assert [(date, title) for date, title, _ in items] == [("2009-03", "Basin Convention")]
