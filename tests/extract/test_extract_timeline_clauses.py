"""A date no shape-specific rule placed is read through its clause (timeline.clause_event._clause_event).

The clause says what happened at the date: people met, someone was received or
travelled, a meeting named in the clause was held or had. Clauses about a deadline,
a period, an office taken, a document, a hope or the statement's own day make no
item. Statements are invented, dated 20 November 2009 in their header.
"""

from __future__ import annotations

import pytest
from extract_helpers import timeline_of


def items(sentence: str) -> list[tuple[str, str, str | None]]:
    return timeline_of(sentence, "clauses.txt")


@pytest.mark.parametrize(
    ("sentence", "date", "title", "place"),
    [
        # people met, said by the verb alone; the title is the clause's own words, the place its "in X"
        (
            "The G20 leaders met in Pittsburgh in September.",
            "2009-09",
            "G20 leaders met in Pittsburgh",
            "Pittsburgh",
        ),
        # a person received is a meeting
        (
            "The President received the Foreign Minister of Estravia on 4 September.",
            "2009-09-04",
            "Meeting with the Foreign Minister of Estravia",
            None,
        ),
        # a meeting named in the clause, with a verb that says it took place
        (
            "Our ministers had a fruitful meeting with their counterparts on 2 October in Rome.",
            "2009-10-02",
            "Fruitful meeting with their counterparts",
            "Rome",
        ),
        # reported: the clause is who met, not who said so; the title names with whom
        (
            "The Envoy explained that he met with the elders of Tarnow last week.",
            "2009-11",
            "Meeting with the elders of Tarnow",
            None,
        ),
    ],
)
def test_a_clause_saying_people_met_dates_the_meeting(sentence, date, title, place):
    assert items(sentence) == [(date, title, place)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2010 Amsel hosted two million visitors from the Basin States.",  # hosted, but no meeting
        "In 2009 we received 300 requests for asylum from Estravia.",  # received, but nobody
        "The Minister of Estravia took office in January 2008.",  # an office taken
        "The Minister of Estravia's letter of 4 May set out our position.",  # a document
        "We hope to meet the Ministers of Estravia again in Tarnow in 2011, if funds allow.",  # a hope
        "By 2015 the leaders of Estravia must meet the Goals.",  # a deadline
        "Since 2004 we have met the Ministers of Estravia every year in Lindhaven.",  # a period
        "The Ministers of Estravia did not meet in March, as planned.",  # a negation
        "Today we met the Ministers of Estravia, and tomorrow we sign the Accord.",  # the occasion's day
        "We met our targets for Estravia in 2010.",  # met as in satisfied
        "They met their commitments to the Amsel Fund in 2008.",
    ],
)
def test_a_clause_about_something_else_makes_no_item(sentence):
    assert items(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # the names of what happened, not the clause that says it
        ("The Treaty of Amsel was signed on 3 December 1997.", "1997-12-03", "Treaty of Amsel signed"),
        (
            "The Foreign Minister of Estravia called on the Prime Minister at the Palace on 22 July.",
            "2009-07-22",
            "Call on the Prime Minister",
        ),
        (
            "During its 11 January meeting on the situation in Estravia, the Council discussed the plan.",
            "2009-01-11",
            "Meeting on the situation in Estravia",
        ),
        # an agreement in lower case, signed; a passive of ratifying
        (
            "The two sides signed a memorandum of understanding on 4 April.",
            "2009-04-04",
            "Memorandum of understanding signed",
        ),
        (
            "The accession treaty was ratified by Parliament on 8 May.",
            "2009-05-08",
            "Accession treaty ratified",
        ),
        (
            "Two years ago, the Basin Plan was officially endorsed by Forum Leaders at the 36th Basin Forum "
            "Meeting held in Amsel.",
            "2007",
            "Basin Plan endorsed",
        ),
        # the organiser is not the meeting: what it convened is
        ("Earlier this month, the Committee convened an emergency session.", "2009-11", "Emergency session"),
        (
            "He briefed the Security Council on 6 June on Estravia.",
            "2009-06-06",
            "Briefing to the Security Council",
        ),
    ],
)
def test_titles_name_the_meeting_or_the_act(sentence, date, title):
    assert [(d, t) for d, t, _ in items(sentence)] == [(date, title)]


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            "In a telephone conversation on 3 November, the two Ministers discussed the floods.",
            "2009-11-03",
            "Telephone conversation",
        ),
        (
            "The Basin Declaration adopted in Amsel on 9 September 2009 sets out our aims.",
            "2009-09-09",
            "Basin Declaration adopted",
        ),
        (
            "On Thursday the Prime Minister will receive his Estravian counterpart.",
            "2009-11-26",
            "Meeting with his Estravian counterpart",
        ),
        (
            "The Minister paid a courtesy call on the King of Estravia on 4 February.",
            "2009-02-04",
            "Call on the King of Estravia",
        ),
        (
            "Following consultations in Tarnow on 14 May, the parties agreed to a ceasefire.",
            "2009-05-14",
            "Consultations in Tarnow",
        ),
        (
            "Delegations from twenty countries gathered in Amsel in June for the Water Week.",
            "2009-06",
            "Delegations from twenty countries gathered in Amsel for the Water Week",
        ),
    ],
)
def test_calls_conversations_acts_named_before_their_participle(sentence, date, title):
    assert [(d, t) for d, t, _ in items(sentence)] == [(date, title)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a document's date is not the date of the crisis its title ends with
        "The ministers welcomed the Joint Press Statement on Cooperation in Response to the Global Food "
        "Crisis issued by Estravia, as Chair of the Group, on 3 June 2009.",
        # travellers counted are a figure, not a visit
        "More than 270,000 Estravians visited Lindhaven last year, while the number of our visitors grew.",
        "Thousands of young Amselians travelled to Lindhaven in 2008 for the games.",
    ],
)
def test_a_document_issued_or_travellers_counted_make_no_item(sentence):
    assert items(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # the rules above leave this alone: a visit by a few people (a dated crisis is context:
        # test_extract_timeline_policies.py)
        ("Our 12 ministers visited Lindhaven in March.", "2009-03", "Visit to Lindhaven"),
    ],
)
def test_a_small_delegation_still_makes_an_item(sentence, date, title):
    assert [(d, t) for d, t, _ in items(sentence)] == [(date, title)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a meeting "scheduled for" its place, then its date, beside a second meeting of its own date
        (
            "Ministers prepared for a Basin Ministerial meeting scheduled for Tarnow in July and for the "
            "Basin Summit that will take place in Lindhaven in November.",
            [("2009-11", "Basin Summit", "Lindhaven"), ("2010-07", "Basin Ministerial meeting", "Tarnow")],
        ),
        # a visit said in the future progressive
        (
            "Foreign Minister Ilka Varn and Trade Minister Ona Lind will be visiting Amsel, Tarnow and "
            "Estravia from 7 to 11 December.",
            [("2009-12-07/2009-12-11", "Visit to Amsel", None)],
        ),
        # a body that heard a briefing met to hear it
        (
            "On 20 August, the Council heard a briefing by the Special Envoy on the situation in the "
            "Basin, which was followed by consultations.",
            [("2009-08-20", "Briefing", None)],
        ),
    ],
)
def test_scheduled_for_a_place_visits_ahead_and_briefings_heard(sentence, expected):
    assert items(sentence) == expected


def test_a_report_heard_is_no_meeting():
    assert items("On 20 August, the Council heard the report of the Panel.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an act agreed by someone, named before its which-clause, with both parts of its name
        (
            "We must follow up the Lindhaven Declaration and Programme of Action, which was agreed by "
            "Member States in May this year.",
            [("2009-05", "Lindhaven Declaration and Programme of Action agreed", None)],
        ),
        (
            "The Tarnow Accord, which was agreed in 2005, still holds.",
            [("2005", "Tarnow Accord agreed", None)],
        ),
    ],
)
def test_an_act_agreed_is_a_milestone(sentence, expected):
    assert items(sentence) == expected


def test_agreed_without_a_named_act_is_no_item():
    assert items("It was agreed in May that we would meet again.") == []
