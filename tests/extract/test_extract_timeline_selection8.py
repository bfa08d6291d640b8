"""Timeline selection and precision, round 8 (docs/extract.md, "The selection and precision round 8").

Each test is one general class of a meeting missed or an item invented on the statements of dev10 and
dev11, written with invented statements in the shapes real ones have, and with variants those sets did
not show (other months, tenses, orders and ways of naming a visitor).
"""

from __future__ import annotations

import pytest
from extract_helpers import OTHER, items_of, timeline

from generator.extract import extract_event

# -- two visitors, two visits -------------------------------------------------------------------------


def test_visits_announced_for_different_visitors_stay_apart_though_their_days_overlap():
    text = (
        "Spokesperson's briefing of 2 September 2013\n\n"
        "At the invitation of President Dora Vell, King Aldric of Korvia will pay a state visit to Amsel "
        "from 9 to 12 September.\n\n"
        "At the invitation of President Dora Vell, President Ilse Marrow of Veltria will pay a state visit "
        "to Amsel from 10 to 11 September.\n\n"
        "At the invitation of Foreign Minister Oto Brand, Prime Minister Jana Seld of Orlen will pay an "
        "official visit to Amsel from 8 to 13 September.\n\n"
        f"{OTHER}"
    )
    items = timeline(text)
    spans = sorted(str(i["date"]) for i in items)
    assert spans == ["2013-09-08/2013-09-13", "2013-09-09/2013-09-12", "2013-09-10/2013-09-11"], items
    # each visit keeps the sentence that names its visitor
    said = {str(i["date"]): f"{i.get('significance', '')} {i['evidence']}" for i in items}
    assert "Korvia" in said["2013-09-09/2013-09-12"]
    assert "Veltria" in said["2013-09-10/2013-09-11"]
    assert "Orlen" in said["2013-09-08/2013-09-13"]


def test_visits_paid_in_the_past_by_two_people_stay_apart():
    text = (
        "Press release\n\n"
        "In early March 2012, Vice-President Haro Lind paid a working visit to Tarnow.\n\n"
        "In March 2012 Ambassador Mira Osk also paid a visit to Tarnow to open the trade fair.\n\n"
        f"{OTHER}"
    )
    items = [i for i in timeline(text) if "isit" in i["title"]]
    assert len(items) == 2, items


def test_one_visitor_said_twice_is_one_visit():
    text = (
        "Spokesperson's briefing of 2 September 2013\n\n"
        "President Ilse Marrow of Veltria will pay a state visit to Amsel from 10 to 11 September.\n\n"
        "During her state visit to Amsel, President Marrow will meet the Speaker of the Parliament on "
        "10 September.\n\n"
        f"{OTHER}"
    )
    visits = [t for d, t in items_of(text) if "isit" in t]
    assert len(visits) == 1, items_of(text)


# -- a founding and a joining are not meetings --------------------------------------------------------


def test_joining_an_organisation_is_no_meeting():
    for sentence in (
        "Korvia joined the Partnership for Clean Rivers in December 2006 and the Basin Union in 2010.",
        "In May 1995 Veltria joined the Northern Trade Area, a step its people still remember.",
    ):
        text = f"Remarks by the Foreign Minister, 4 March 2013\n\n{sentence}\n\n{OTHER}"
        assert items_of(text) == [], items_of(text)


def test_joining_a_summit_is_still_a_meeting():
    text = (
        "Remarks by the Foreign Minister, 4 March 2013\n\n"
        "In June 2011 our Prime Minister joined the Basin Summit in Tarnow for its closing session.\n\n"
        f"{OTHER}"
    )
    assert [d for d, t in items_of(text) if "Summit" in t] == ["2011-06"], items_of(text)


def test_a_treaty_signed_that_founded_an_organisation_is_context_not_a_meeting():
    for sentence in (
        "The meeting marked the anniversary of the signing of the Treaty of Orlen, which established the "
        "Basin Union on 3 August 1979.",
        "On 12 October 1994, nine heads of government signed in Tarnow the Charter founding the Council of "
        "River States.",
        "In 1988 the four governments signed the Lindhaven Accord, giving birth to the Coastal Forum.",
    ):
        text = f"Communiqué of the Basin Union, Amsel, 2 May 2006\n\n{sentence}\n\n{OTHER}"
        result = extract_event(text, source_name="selection8.txt")
        assert items_of(text) == [], items_of(text)
        # it is still said under the timeline, as the statement's context or a date tied to no meeting
        found = result.findings.timeline
        assert found.context or found.unplaced, sentence


def test_a_treaty_signed_at_a_date_without_founding_anything_stays_a_milestone():
    text = (
        "Remarks by the Foreign Minister, 4 March 2013\n\n"
        "On 18 May 2008 we signed the Tarnow Protocol on shared fisheries with our neighbours.\n\n"
        f"{OTHER}"
    )
    assert [d for d, _ in items_of(text)] == ["2008-05-18"], items_of(text)


# -- meeting words and shapes the rules did not count ------------------------------------------------


def test_a_visit_said_by_a_present_tense_or_plural_visits():
    for sentence, where in (
        (
            "Foreign Minister Oto Brand is paying official visits to Korvia and Veltria from 3 to 9 June 2014.",
            "Korvia",
        ),
        ("Deputy Premier Lia Tann visits Orlen and Tarnow (June 3 – 9).", "Orlen"),
        ("The Minister for Trade pays working visits to Veltria from 3 to 5 June 2014.", "Veltria"),
    ):
        text = f"Weekly briefing, Amsel, 28 May 2014\n\n{sentence}\n\n{OTHER}"
        items = timeline(text)
        assert [str(i["date"])[:7] for i in items] == ["2014-06"], items
        assert where in items[0]["title"], items


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Both sides agreed to hold the third round in Tarnow in the autumn of 2015.", "2015"),
        ("The next round of talks will take place in Orlen on 4 March 2015.", "2015-03-04"),
        ("Delegations met for the 12th round of the Basin Dialogue in February 2015.", "2015-02"),
        ("I will open the high-level segment of the Conference on 9 March 2015.", "2015-03-09"),
        ("Ministers will gather for the ministerial segment in Orlen on 9 March 2015.", "2015-03-09"),
        ("We look forward to the fourth round, to be held in Lindhaven in May 2015.", "2015-05"),
    ],
)
def test_a_round_of_talks_and_a_conference_segment_are_meetings(sentence, expected):
    text = f"Statement by the Foreign Minister, Amsel, 10 January 2015\n\n{sentence}\n\n{OTHER}"
    assert [d for d, _ in items_of(text)] == [expected], items_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegates gave the negotiators a round of applause on 4 March 2015.",
        "Leaders set a deadline of 2016 for the conclusion of the Tarnow Round.",
        "Fishing goes on all year round, and in 2015 it reached a new segment of the market.",
        "Our programme reached a wider segment of society in March 2015.",
    ],
)
def test_a_round_or_a_segment_that_is_no_meeting(sentence):
    text = f"Statement by the Foreign Minister, Amsel, 10 January 2015\n\n{sentence}\n\n{OTHER}"
    assert items_of(text) == [], items_of(text)


# -- the meeting a text with no date opens by reporting is its occasion -------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "The twelfth Meeting of the Basin Council was held in Tarnow, Korvia, on 4-5 May 2009.",
        "The extraordinary summit of the heads of government of the Union met in Orlen on 9 and 10 "
        "November 2011 to review the situation in the region.",
        "COMMUNIQUE 21st Meeting of the River Authority 2-3 February 2004 Lindhaven The twenty-first Meeting "
        "of the Authority took place on 2 and 3 February 2004 at the Harbour Hall in Lindhaven.",
    ],
)
def test_the_meeting_an_undated_text_opens_by_reporting_is_its_occasion(opening):
    text = (
        f"{opening}\n\n"
        "Leaders welcomed the progress made on the shared management of the river and agreed to meet again "
        "in Amsel in March 2013.\n\n"
        f"{OTHER}"
    )
    result = extract_event(text, source_name="selection8.txt")
    assert [str(i["date"]) for i in result.data["timeline"]] == ["2013-03"], result.data["timeline"]
    assert result.findings.timeline.occasion


def test_a_meeting_reported_in_a_dated_statement_or_announced_stays_an_item():
    dated = (
        "Press release, Amsel, 30 June 2009\n\n"
        "The twelfth Meeting of the Basin Council was held in Tarnow, Korvia, on 4-5 May 2009.\n\n"
        f"{OTHER}"
    )
    assert [d for d, _ in items_of(dated)] == ["2009-05-04/2009-05-05"], items_of(dated)
    announced = (
        "The twelfth Meeting of the Basin Council will be held in Tarnow, Korvia, on 4-5 May 2009.\n\n"
        f"{OTHER}"
    )
    assert [d for d, _ in items_of(announced)] == ["2009-05-04/2009-05-05"], items_of(announced)
    # a meeting the opening sentence speaks of, not one it reports, on a span holding the statement's day
    spoken_of = (
        "Remarks, Lindhaven, 12 August 2011\n\n"
        "The ministers will review the results of the Basin Forum convened in Tarnow on 10-12 August 2011.\n\n"
        f"{OTHER}"
    )
    assert [d for d, _ in items_of(spoken_of)] == ["2011-08-10/2011-08-12"], items_of(spoken_of)


# -- travellers counted, and a meeting's length, name no visit and no other meeting -------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 1.4 million tourists, most of them from the region, visited Korvia last year.",
        "Over 40,000 students, many on scholarships, travelled to Veltria in 2012.",
        "Thousands of pilgrims visited Tarnow in May 2012.",
    ],
)
def test_travellers_counted_are_a_figure_not_a_visit(sentence):
    text = f"Remarks by the Minister of Tourism, Amsel, 4 March 2013\n\n{sentence}\n\n{OTHER}"
    assert items_of(text) == [], items_of(text)


@pytest.mark.parametrize("length", ["several-day", "three-day", "week-long", "two-day"])
def test_a_meeting_said_again_with_its_length_is_the_same_meeting(length):
    text = (
        "Royal Court, Amsel, 20 June 2011\n\n"
        "The King will begin an official visit to Korvia at the end of June, during which he will hold talks "
        "on trade.\n\n"
        f"The King will start the {length} visit on 28 June in Tarnow, where he will open a trade fair.\n\n"
        f"{OTHER}"
    )
    visits = [(d, t) for d, t in items_of(text) if "isit" in t]
    assert [d for d, _ in visits] == ["2011-06-28"], visits


# -- "the next summit" is not the summit of the statement's own day -----------------------------------


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("Ministers said Tarnow could host the next Basin Summit this year.", "2011"),
        ("Korvia offered to hold the coming Basin Summit in Tarnow in 2011.", "2011"),
        ("Leaders agreed that the upcoming Basin Summit will be held in Orlen in November.", "2011-11"),
    ],
)
def test_the_next_meeting_is_not_the_one_of_the_statements_day(later, expected):
    text = (
        "Basin Summit opens in Amsel\n\n"
        "AMSEL, 5 May 2011 - A decision on the Basin Summit is on the agenda of the ministers' meeting that "
        "opened in Amsel today.\n\n"
        f"{later}\n\n{OTHER}"
    )
    result = extract_event(text, source_name="selection8.txt")
    assert [str(i["date"]) for i in result.data["timeline"]] == [expected], result.data["timeline"]


# -- the talks held during a visit are a meeting of their own -----------------------------------------


@pytest.mark.parametrize(
    "part",
    [
        "The talks on Tuesday between President Vell and the Chancellor of Korvia focused on trade.",
        "Consultations on Tuesday between the two delegations covered the shared river.",
        "On Tuesday evening the Chancellor gave a dinner for the visiting President.",
    ],
)
def test_a_part_of_a_visit_said_by_its_noun_stays_apart_from_the_visit(part):
    text = (
        "Presidential briefing notes, Amsel, Thursday, 14 April 2011\n\n"
        "President Dora Vell on Tuesday paid a state visit to Korvia, where she addressed the Korvian "
        "Parliament.\n\n"
        f"{part}\n\n{OTHER}"
    )
    titles = [t for d, t in items_of(text) if d == "2011-04-12"]
    assert len(titles) == 2, items_of(text)


# -- a board that sits to act, as a council does -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ms Vell was nominated by the Agency's Executive Board on 22 September.", "2010-09-22"),
        ("The Basin Board of Governors on 5 March approved the new water plan.", "2010-03-05"),
        ("Last week the Executive Board adopted the budget for the coming year.", "2010-10"),
    ],
)
def test_a_board_acting_at_a_date_is_its_meeting(sentence, expected):
    text = f"Press release, Amsel, 14 October 2010\n\n{sentence}\n\n{OTHER}"
    assert [d for d, _ in items_of(text)] == [expected], items_of(text)


def test_a_boards_founding_year_is_no_meeting():
    text = (
        "Press release, Amsel, 14 October 2010\n\n"
        "The Tourism Board of Amsel, founded in 1990, welcomed the new airport.\n\n"
        f"{OTHER}"
    )
    assert items_of(text) == [], items_of(text)


# -- a date of someone's words about a meeting is not the meeting's ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "President Vell on Friday expressed satisfaction with the outcome of the recently held Basin Summit "
        "in Lusaka.",
        "The minister on Monday urged an early meeting of the Basin Council.",
        "On Tuesday the Foreign Office praised the Tarnow Conference for its results.",
        "Korvia on Monday demanded the start of new talks on the border.",
        "Veltria on Wednesday proposed a summit of the river states.",
        "On 14 August the ministers asked Dr. Ilse Marrow to convene a meeting of experts.",
        "On 16 August, the Council called on Mr. Oto Brand to resume the talks.",
    ],
)
def test_a_date_of_words_about_a_meeting_is_not_the_meetings(sentence):
    text = f"Harbour News, Amsel, Sunday 19 August 2007\n\n{sentence}\n\n{OTHER}"
    assert items_of(text) == [], items_of(text)


def test_a_meeting_that_speaks_at_its_date_is_still_dated():
    text = (
        "Harbour News, Amsel, Sunday 19 August 2007\n\n"
        "The Basin Summit on Monday urged all states to protect the river.\n\n"
        f"{OTHER}"
    )
    assert [d for d, _ in items_of(text)] == ["2007-08-13"], items_of(text)


# -- a visit said by its noun with where it went; an abbreviation's full stop ends no clause -----------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The talks stalled despite a visit by a special U.N. envoy, Ilse Marrow, to Tarnow last month.",
            "Tarnow",
        ),
        ("A trip by Dr. Haro Lind to Orlen last week ended the dispute.", "Orlen"),
        ("Relations improved after a visit by the Foreign Minister to Veltria last month.", "Veltria"),
    ],
)
def test_a_visit_said_by_its_noun_is_dated_with_where_it_went(sentence, expected):
    text = f"Harbour News, Amsel, 15 January 2010\n\n{sentence}\n\n{OTHER}"
    items = items_of(text)
    assert [d for d, _ in items] in (["2009-12"], ["2010-01"]), items
    assert expected in items[0][1], items


def test_a_meeting_said_by_its_noun_alone_at_a_relative_date_without_a_place_is_still_no_item():
    text = f"Harbour News, Amsel, 15 January 2010\n\nHe will speak to the Conference next week.\n\n{OTHER}"
    assert items_of(text) == [], items_of(text)


# -- a visit dated by its last day only is no item of that day ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "President Dora Vell on Saturday concluded a successful visit to Korvia.",
        "The Foreign Minister on 9 April wrapped up her three-nation tour of the region.",
        "The Prime Minister on Sunday completed an official visit to Orlen.",
    ],
)
def test_a_visit_dated_by_its_end_is_no_item_of_that_day(sentence):
    text = f"Briefing notes, Amsel, Monday, 11 April 2011\n\n{OTHER}\n{sentence}\n"
    assert items_of(text) == [], items_of(text)


def test_a_visit_that_began_on_a_day_is_still_dated():
    text = (
        f"Briefing notes, Amsel, Monday, 11 April 2011\n\n{OTHER}\n"
        "President Dora Vell on Saturday paid a one-day visit to Korvia.\n"
    )
    assert [d for d, _ in items_of(text)] == ["2011-04-09"], items_of(text)
