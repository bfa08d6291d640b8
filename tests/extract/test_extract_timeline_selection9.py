"""Timeline selection and precision, round 9 (docs/extract.md, "Round 9: timeline selection and precision").

Each test is one general class of a meeting missed or an item invented on the statements of dev12 and
dev13, written with invented statements in the shapes real ones have, and with variants those sets did
not show (other months, tenses, orders and ways of naming a meeting).
"""

from __future__ import annotations

import pytest
from extract_helpers import OTHER, items_of, timeline

from generator.extract import extract_event

# -- "between": whom a meeting is between, and the days it lasts --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President Dora Vell will host a Basin Summit in Amsel between August 5 and 6.",
            "2014-08-05/2014-08-06",
        ),
        (
            "The Prime Minister was invited to attend the first River Commission Summit to be held in Tarnow, "
            "Korvia, between 4 and 5 September.",
            "2014-09-04/2014-09-05",
        ),
        (
            "The ministers also discussed the coming meeting between the Korvian and Veltrian presidents that "
            "will be held in Orlen on 9 August.",
            "2014-08-09",
        ),
        (
            "The talks between the two delegations took place in Lindhaven on 14 June.",
            "2014-06-14",
        ),
    ],
)
def test_between_before_a_meetings_days_or_its_parties_is_no_period(sentence, expected):
    text = f"Press release, Amsel, 2 July 2014\n\n{sentence}\n\n{OTHER}"
    assert [d for d, _ in items_of(text)] == [expected], items_of(text)


def test_between_before_a_meetings_days_or_its_parties_but_not_a_period():
    said = (
        "The talks between the two delegations took place in Lindhaven on 14 June.\n\n"
        # a period stays no meeting: "between" two months, a count over them
        "The Basin Forum met four times between March and September 2013 to prepare the charter.\n\n"
        "The talks on the water rules were held in Amsel between March and May 2013.\n\n"
    )
    text = f"Press release, Amsel, 2 July 2014\n\n{said}{OTHER}"
    assert [d for d, _ in items_of(text)] == ["2014-06-14"], items_of(text)


# -- a meeting said by its noun and a month, then by its name and days ---------------------------------


def test_a_summit_said_by_its_month_then_by_its_name_and_days_is_one_item_at_that_place_only():
    text = (
        "Press release, Amsel, 25 March 2010\n\n"
        "The Prime Minister will lead a delegation to a summit to be held in Korvia early April.\n\n"
        "The Prime Minister of Korvia has invited him to the first Basin Commission Summit to be held in "
        "Tarnow, Korvia, on 4 and 5 April.\n\n"
        f"{OTHER}"
    )
    items = timeline(text)
    assert len(items) == 1, items
    assert str(items[0]["date"]) == "2010-04-04/2010-04-05", items
    assert "Basin Commission Summit" in items[0]["title"], items
    # a summit of that month said at another place is another one
    elsewhere = (
        "Press release, Amsel, 25 March 2010\n\n"
        "The Prime Minister will attend a summit to be held in Veltria in April.\n\n"
        "The first Basin Commission Summit will be held in Tarnow on 4 and 5 April.\n\n"
        f"{OTHER}"
    )
    assert len(timeline(elsewhere)) == 2, items_of(elsewhere)


# -- a long meeting name, then "held in X on DATE" --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministers noted with satisfaction the holding of the trilateral meeting of experts of Korvia, "
            "Veltria and Amsel in the area of Flood Prevention and Relief held in Tarnow, Korvia on 28 July "
            "2008.",
            "2008-07-28",
        ),
        (
            "Ministers welcomed the results of the second meeting of the working group of Korvia, Veltria and "
            "Amsel on river data and early warning which took place in Tarnow on 3 June 2008.",
            "2008-06-03",
        ),
    ],
)
def test_a_long_meeting_name_then_held_at_a_place_on_a_date(sentence, expected):
    text = f"Communiqué, Amsel, 27 November 2008\n\n{sentence}\n\n{OTHER}"
    assert [d for d, _ in items_of(text)] == [expected], items_of(text)


def test_a_news_items_dateline_run_into_its_headline_dates_no_meeting():
    text = (
        "Bulletin of the Ministry, 28 October 2009\n\n"
        "Prime Minister attends special meeting of the Basin leaders LINDHAVEN, 27 Oct—The Prime Minister of "
        "Amsel attended the special meeting of the Basin leaders held in Tarnow, Korvia, on 24 October.\n\n"
        f"{OTHER}"
    )
    assert [d for d, _ in items_of(text)] == ["2009-10-24"], items_of(text)


# -- a date opening its sentence dates the clause after its comma ---------------------------------------


def test_a_date_opening_its_sentence_dates_the_call_after_its_comma():
    text = (
        "Press release, Amsel, 20 October 2010\n\n"
        "On 19 October 2010, Korvian journalists paid a courtesy call on Foreign Minister Oto Brand at the "
        "Ministry during their visit to Amsel on 18 – 22 October 2010 as guests of the Ministry.\n\n"
        f"{OTHER}"
    )
    items = items_of(text)
    assert ("2010-10-19", "Call on Oto Brand") in items, items
    assert "2010-10-18/2010-10-22" in [d for d, _ in items], items


# -- a meeting named by its capital inside the sentence -------------------------------------------------


def test_a_meeting_named_with_a_capital_as_the_setting_of_its_day():
    text = (
        "Press briefing, Amsel, 12 June 2013\n\n"
        "For example, at the Intergenerational dialogue with young people on 24 May, the young delegates "
        "asked for a commissioner of their own.\n\n"
        # the same words in lower case name no meeting of that day
        "For example, at the dialogue with young people on 27 May, the young delegates asked for more.\n\n"
        f"{OTHER}"
    )
    assert [d for d, _ in items_of(text)] == ["2013-05-24"], items_of(text)


# -- a body that sits, named after its date -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our discussion looked forward to next week's European Council, at which the Prime Minister will "
            "brief his colleagues.",
            "2008-10",
        ),
        (
            "The two ministers will prepare the December Basin Council of Ministers in detail, with their "
            "advisers.",
            "2008-12",
        ),
        # what a body made at its date is no meeting: only the Council is
        (
            "We discussed last month's Security Council resolution on the river basin with our neighbours, "
            "and next week’s Basin Council.",
            "2008-10",
        ),
    ],
)
def test_a_body_named_after_its_date_is_its_meeting(sentence, expected):
    text = f"Written answers, Amsel, 8 October 2008\n\n{sentence}\n\n{OTHER}"
    assert [d for d, _ in items_of(text)] == [expected], items_of(text)


def test_a_named_summit_of_a_month_and_the_summits_of_its_days_are_one_item():
    text = (
        "10:21, March 07, 2012\n\n"
        "LINDHAVEN, March 6 (Agency) -- The meetings of the senior officials of the Basin Association were "
        "concluded here on Tuesday, agreeing on a number of issues.\n\n"
        "The meetings were to prepare agendas and documents for the 20th Basin Summit and related Summits on "
        "April 3-4.\n\n"
        "The charter is to be signed by the leaders in April during the 20th Basin Summit, the officials "
        "said.\n\n"
        f"{OTHER}"
    )
    assert items_of(text) == [("2012-04-03/2012-04-04", "20th Basin Summit")], items_of(text)


def test_the_forum_of_a_year_and_the_named_forum_of_its_days_are_one_item():
    text = (
        "Media release, 24 November 2006\n\n"
        "The second Amsel Korvia Partnership Forum will be held in Tarnow, 9-11 September 2007.\n\n"
        "The chairman said the 2007 Forum will be a chance to deepen the ties between the two countries.\n\n"
        f"{OTHER}"
    )
    assert [d for d, _ in items_of(text)] == ["2007-09-09/2007-09-11"], items_of(text)


# -- a visit and its talks said by the same month -------------------------------------------------------


def test_a_visit_and_the_talks_it_is_for_said_by_one_month_are_one_item():
    text = (
        "June 24, 2011\n\n"
        "Amsel is looking forward to Korvian Foreign Minister Ida Roe's visit to the country next month for "
        "talks between the two sides.\n\n"
        "There are reports that she will be given full Cabinet rank ahead of crucial talks with Amsel next "
        "month.\n\n"
        "Amsel has said it will have no hesitation in hosting her for the foreign minister-level talks in "
        "July.\n\n"
        f"{OTHER}"
    )
    assert [d for d, _ in items_of(text)] == ["2011-07"], items_of(text)
    # talks of that month at another place are other talks
    elsewhere = (
        "June 24, 2011\n\n"
        "Amsel is looking forward to Korvian Foreign Minister Ida Roe's visit to Tarnow next month.\n\n"
        "The basin talks will resume in Lindhaven in July, the ministry said in a statement.\n\n"
        f"{OTHER}"
    )
    assert len(items_of(elsewhere)) == 2, items_of(elsewhere)
    # with their days, a visit and the talks held during it are two meetings
    days = (
        "Press release, Amsel, 2 July 2011\n\n"
        "Foreign Minister Ida Roe of Korvia paid an official visit to Amsel on 3-4 July 2011.\n\n"
        "The talks on 4 July between the two ministers covered the river basin and trade.\n\n"
        f"{OTHER}"
    )
    assert len(items_of(days)) == 2, items_of(days)


# -- a document signed, said by a participle after its parties --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Contemporary cooperation is premised on the Basin Partnership Treaty between the two nations signed "
        "in 2004, and the one on Allied Relations reached in 2005.",
        "Relations between our countries stand on the Treaty of Friendship and Cooperation with Veltria "
        "signed in 1995 in Tarnow.",
    ],
)
def test_a_document_signed_in_a_year_said_by_its_participle_is_context(sentence):
    text = f"Information bulletin, Amsel, 1 May 2010\n\n{sentence}\n\n{OTHER}"
    result = extract_event(text, source_name="selection9.txt")
    assert result.data["timeline"] == [], result.data["timeline"]
    context = result.findings.timeline.context
    assert [e.title for e in context if e.title.endswith(" signed")], result.findings.timeline


# -- a visit said by its noun at a relative date, and who paid it -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister's visit comes amid concerns arising from last week's visit by Basin Union secretary "
            "general Ida Roe.",
            ("2010-10", "Visit by Basin Union secretary general Ida Roe"),
        ),
        (
            "Trade grew after the border crossing was opened during last month's visit by Korvian Prime "
            "Minister Oto Brand.",
            ("2010-09", "Visit by Korvian Prime Minister Oto Brand"),
        ),
    ],
)
def test_a_visit_at_a_relative_date_is_named_by_who_paid_it(sentence, expected):
    text = f"Sunday, 31 October 2010\n\n{sentence}\n\n{OTHER}"
    assert expected in items_of(text), items_of(text)


# -- leaders who will discuss a crisis at a date meet about it --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "After her trip to Korvia, the minister left for Tarnow, where Union leaders will discuss the Orlen "
        "crisis on September 1.",
        "The foreign ministers discussed the financial crisis in Lindhaven on 1 September, with the central "
        "bankers.",
    ],
)
def test_leaders_discussing_a_crisis_at_a_date_is_their_meeting(sentence):
    text = f"Press review, Amsel, 30 August 2008\n\n{sentence}\n\n{OTHER}"
    assert [(d, t.split(" on the ")[0]) for d, t in items_of(text)] == [("2008-09-01", "Meeting")], items_of(
        text
    )


# -- a visitor welcomed with ceremony ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On 10 January 2014, Prime Minister Ida Roe will be accorded a ceremonial welcome at the Palace of "
        "the Republic.",
        "On 10 January 2014 the President of Korvia was given an official welcome at the Harbour Square by "
        "the Prime Minister.",
    ],
)
def test_a_ceremonial_welcome_at_a_date_is_a_meeting(sentence):
    text = f"Press release of the Ministry, Amsel, 8 January 2014\n\n{sentence}\n\n{OTHER}"
    assert [d for d, t in items_of(text) if "welcome" in t.lower()] == ["2014-01-10"], items_of(text)


# -- "when they met in X in DATE" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary-General would discuss the mandates given to the Union by heads of government when "
        "they met in Tarnow in November 2007.",
        "Heads of government will review the water rules which they agreed when they met in Tarnow in "
        "November 2007.",
    ],
)
def test_a_meeting_said_by_they_or_we_met_in_a_place_at_a_date(sentence):
    text = f"Media release, Amsel, 24 January 2008\n\n{sentence}\n\n{OTHER}"
    assert items_of(text) == [("2007-11", "Meeting in Tarnow")], items_of(text)
