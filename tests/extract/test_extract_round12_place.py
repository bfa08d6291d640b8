"""The header's place, round 12 (issue 11): shapes seen on the released sets once they were opened for
reading. The texts are invented, in the shapes real pages have; a city the rule knows only as a capital or
a seat city is a real one (Nairobi, Kampala, Vienna), every other name is invented."""

from __future__ import annotations

import pytest
from extract_helpers import NO_PLACE, header_facts

from generator.content.partial_date import DatePoint
from generator.extract.held_in import held_in_city


@pytest.mark.parametrize(
    ("top", "body", "place"),
    [
        # the meeting convened in the city, its country's long name, then the day (a numbered paragraph run into
        # its first word)
        (
            "Final Communique: Ninth Ordinary Session of the Basin Council\n\n12 March 2011",
            "1.With delegations of eleven river states present, the Basin Council's ninth ordinary session was "
            "convened in Nairobi, Republic of Kenya, on 10 March 2011 under Estravia's rotating chair.\n\n"
            "2. Eleven heads of state took part in its work.\n",
            "Nairobi",
        ),
        # the meeting's span of days before the city
        (
            "Basin Council Final Communique",
            "Opened by Estravia's President, the river states' tenth Basin Council session took place from "
            "8-9 October 2010 in Kampala, Republic of Uganda, with eleven delegations present.\n\n"
            "Eleven heads of state took part in its work.\n",
            "Kampala",
        ),
        # a venue between the verb and the city, and no day at all (the page's date line gives it)
        (
            "Press Release\n\nTwo new observers for the Basin Organization\n\nOctober 9, 2012",
            "Two river states became observers of the Basin Organization today, after its governing board "
            "voted on them in its monthly meeting held at the organization's seat in Vienna, Austria.\n\n"
            "Lena Kost, its Secretary General, spoke of her travels.\n",
            "Vienna",
        ),
        # a press conference held at a venue in the city, under a summary's date
        (
            "Basin Chair briefs the press\n\n12 March 2010",
            "12 March 2010: Lena Kost, Estravia's river minister, told journalists at a press conference held "
            "at the Basin Centre in Nairobi, Kenya, that the delta talks would need one more round.\n\n"
            "She hopes for an agreement by the autumn.\n",
            "Nairobi",
        ),
    ],
)
def test_a_reports_first_sentence_says_in_which_capital_its_meeting_was_held(top, body, place):
    assert header_facts(top, body, source_name="release.txt")[2] == place


def test_a_meeting_of_another_day_than_the_release_places_nothing():
    """ "On 11 March, consultations … were held in CITY" under a release of 12 March: the day before's
    meeting, not where the release was issued."""
    top = "River ministers near a deal\n\nPress Release\nMarch 12, 2011"
    body = (
        "On 11 March 2011, three river ministers' yearly consultations were held in Nairobi, hosted this "
        "time by Estravia's Foreign Minister Oren Vell.\n\n"
        "They spoke of the survey and of the treaty.\n"
    )
    assert header_facts(top, body, source_name="release.txt")[2] == NO_PLACE


@pytest.mark.parametrize(
    "sentence",
    [
        "The next session of the Council will be held in Nairobi on 4 June 2013.",
        "The ministers held talks on the survey, which was published in Nairobi last year.",
        "The Council met at its headquarters and adopted a resolution on Lindhaven.",
        "The Minister called today for the release of the two engineers held in Nairobi since the spring.",
        "The envoys were held in Nairobi for a week until their release was agreed.",
    ],
)
def test_no_meeting_held_in_a_capital(sentence):
    """A meeting to come, a clause about something else, a city that is no capital, people held (kept) in a
    capital with no meeting named: no place."""
    assert held_in_city(sentence) is None


@pytest.mark.parametrize(
    ("top", "body"),
    [
        # "… and the Minister of Rivers of Estravia, L. Kostova, at the close of their meeting": the words after
        # the role are the minister's name, an initial and a surname, not where the remarks were made
        (
            "Words to the press of Minister Vell and the Minister of Rivers of Estravia, L. Kostova, at the close "
            "of their meeting",
            "O. VELL: It is a real pleasure to welcome my friend Lara Kostova to the ministry today, after the "
            "talks we held last spring.\n\nWe spoke first of the river treaty and of the survey.\n",
        ),
        # a signature's initial left alone on a line above the date
        (
            "K.\n\nMarch 12, 2011",
            "The ministers of the river states met today and spoke of the survey and of the treaty.\n",
        ),
    ],
)
def test_an_initial_is_no_place(top, body):
    """An initial opens a person's name, or stands for one: never the place."""
    assert header_facts(top, body, source_name="remarks.txt")[2] == NO_PLACE


@pytest.mark.parametrize(
    ("line", "place", "shape"),
    [
        ("Place: Lindhaven", "Lindhaven", "a label"),
        ("Lindhaven, Estravia", "Lindhaven", "the place alone"),
        ("Washington, DC", "Washington", "the place alone"),
        ("Issued by the Ninth Summit of Heads of State, Lindhaven", "Lindhaven", "among a title's"),
    ],
)
def test_the_sources_table_tells_which_line_without_a_date_gave_the_place(line, place, shape):
    """A label or a line naming only the place states it; a place among a title's other words is read from
    them (the scorer's ``--sources`` counts each apart)."""
    from generator.extract.header.place_choice import undated_place_shape

    assert undated_place_shape(line, place).startswith(f"a line without a date: {shape}")


def test_the_openings_here_in_is_counted_from_below_the_header():
    """A page's notice above the header (cookies, a missing translation) numbered the opening's paragraphs
    from the top of the page: "here in Vienna" in the speech's fourth paragraph was out of reach."""
    text = (
        "We use cookies to give you the best experience of our site and to keep our records as the law asks; "
        "change your settings at any time.\n\n"
        "This page is not yet available in the other language of the site; read the version below instead.\n\n"
        "Address by the Minister to the Permanent Council of the Basin Organization\n\n"
        "Minister Oren Vell, Rivers, Speech, Estravia, 2011\n\n"
        "Madam Chair, colleagues,\n\n"
        "I am glad to be asked to speak to this Council today about what our year in its chair will "
        "bring.\n\n"
        "Estravia has taken part in the work of the Organization since the treaty of its founding was signed.\n\n"
        "We see the year of our Chairmanship as a chance to serve the values the Organization stands for.\n\n"
        "Our diplomats have worked on the programme for a year, in the capital and in our delegation here "
        "in Vienna.\n"
    )
    from generator.extract import extract_event

    assert extract_event(text, source_name="speech.txt").data["event"]["place"] == "Vienna"


def test_a_welcome_to_a_venue_then_its_capital():
    """ "to welcome you to Government House Nairobi tonight": the venue's name, then the capital."""
    body = (
        "Excellencies, ladies and gentlemen,\n\n"
        "My husband and I are delighted to welcome you to Government House Nairobi tonight, and to see so "
        "many envoys at our table.\n\n"
        "Some of you came a long way to be with us, and we thank you for it.\n"
    )
    assert header_facts("Reception for the Ambassadors", body, source_name="speech.txt")[2] == "Nairobi"


def test_a_meeting_of_another_year_places_nothing():
    """ "Building on the summit held in Nairobi in 2010, the ministers agreed …": an earlier meeting."""
    first = "Building on the summit held in Nairobi in 2010, the ministers agreed on a plan for the delta."
    assert held_in_city(first, DatePoint(2012, 5, 4)) is None
    assert held_in_city(first.replace(" in 2010", "")) == "Nairobi"


@pytest.mark.parametrize(
    "sentence",
    [
        "The President, who held talks in Nairobi last week, today received the envoys of the basin states.",
        "The ministers, who met last month, today reviewed the talks held in Nairobi last year on the delta.",
    ],
)
def test_a_meeting_recalled_in_a_clause_places_nothing(sentence):
    assert held_in_city(sentence) is None


def test_a_title_repeated_at_the_foot_leaves_the_opening_where_it_is():
    """The header's title given again at the end of the page does not move the opening down to it."""
    text = (
        "Address by the Minister to the Basin Forum\n\n"
        "Ladies and gentlemen,\n\n"
        "It is a pleasure to be here in Nairobi with so many friends of the basin and its rivers this week.\n\n"
        "The survey has shown how much the delta has changed in the last ten years of drought and flood.\n\n"
        "We must act together, and soon, if the delta is to be saved for the next generation.\n\n"
        "Address by the Minister to the Basin Forum\n"
    )
    from generator.extract import extract_event

    assert extract_event(text, source_name="speech.txt").data["event"]["place"] == "Nairobi"


@pytest.mark.parametrize(
    "sentence",
    [
        "The second round between the two delegations, held in Nairobi, closed with a joint text on the delta.",
        "At a special sitting of the Estravian Chamber held in Nairobi, the deputies adopted the survey.",
    ],
)
def test_a_round_or_a_sitting_held_in_a_capital_places_it(sentence):
    """A round of talks and a sitting are meetings as much as a session is: what was held there says where."""
    assert held_in_city(sentence) == "Nairobi"
