"""Speakers under the styles of other traditions, and datelines of agencies (issue 11, the dev7 header round).

A style is not part of the name ("Samdech Akka Moha Sena Padei Techo X" is X; "Yang Berhormat Datuk Seri
Panglima X" is X; "HE Sheikh X" is X), a country's statement is read by the person "Delivered by" names,
and an agency's dateline may end with a colon or give the city's country before its dash. Every name and
city is invented, in the shapes statements have.
"""

from __future__ import annotations

import pytest
from extract_helpers import NO_PLACE, header_facts

NEWS_BODY = (
    "The Minister will hold talks with the leaders of both countries on trade, transport and the "
    "shared river survey, the ministry said in a statement.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "Statement by Samdech Akka Moha Sena Padei Techo Oskar Lind, Prime Minister of the Kingdom",
        "Statement by Yang Berhormat Datuk Seri Panglima Oskar Lind, Minister of Foreign Affairs",
        "Statement by HE Sheikh Oskar Lind, Minister of Foreign Affairs",
        "Remarks by\nH.E. Pehin Dato Oskar Lind\nMinister of Foreign Affairs",
        "Statement by Norway\n\nDelivered by Ambassador Oskar Lind",
    ],
)
def test_the_name_under_its_style(header):
    speaker, date, _ = header_facts(f"{header}\n20 July 2012")
    assert (speaker, date) == ("Oskar Lind", "2012-07-20")


@pytest.mark.parametrize(
    "line",
    [
        "Lindhaven (Basin Wire): The Minister of Foreign Affairs will travel to the south next week.",
        "LINDHAVEN, Norway — The Minister of Foreign Affairs will travel to the south next week.",
    ],
)
def test_an_agency_city_before_a_colon_or_with_its_country_before_the_dash(line):
    _, _, place = header_facts(f"Minister to visit the south\n\n{line}", NEWS_BODY, source_name="news.txt")
    assert place == "Lindhaven"


@pytest.mark.parametrize(
    "dateline", ["Lindhaven, 20-Jul-2012", "Lindhaven, Jul-20-2012", "Lindhaven, 20.VII.2012"]
)
def test_a_dateline_with_hyphens_or_the_month_in_roman_numerals(dateline):
    _, date, place = header_facts(f"Statement by Oskar Lind\n{dateline}")
    assert (date, place) == ("2012-07-20", "Lindhaven")


@pytest.mark.parametrize(
    "header",
    [
        "Interview with Foreign Minister Oskar Lind (Basin Daily, 20 July 2012)",
        "Interview with H.E. Mr. Oskar Lind, Minister of Foreign Affairs of Norway\n20 July 2012",
    ],
)
def test_an_interview_is_the_words_of_the_person_it_is_with(header):
    speaker, date, _ = header_facts(header)
    assert (speaker, date) == ("Oskar Lind", "2012-07-20")


def test_remarks_with_a_counterpart_name_no_speaker():
    speaker, _, _ = header_facts(
        "Remarks With Foreign Minister Pavel Marek After Their Meeting\n20 July 2012"
    )
    assert speaker.startswith("TO CHECK")


def test_a_press_conference_of_a_spokesperson_on_a_day():
    top = "Regular Press Conference of Foreign Ministry Spokesperson Oskar Lind on July 20, 2012"
    body = (
        "On the afternoon of July 20, 2012, Foreign Ministry Spokesperson Oskar Lind held a regular press "
        "conference and answered questions.\n\nQ: Can you tell us about the visit?\n"
    )
    speaker, date, _ = header_facts(top, body)
    assert (speaker, date) == ("Oskar Lind", "2012-07-20")


def test_a_briefing_by_a_role_and_the_turn_that_names_it():
    """The title names the role; the first turn label gives the person in it."""
    top = "Transcript of Special Briefing by Official Spokesperson (July 20, 2012)"
    body = (
        "Official Spokesperson (Shri Oskar Lind): Good afternoon friends, and thank you for coming to this "
        "briefing on the visit.\n\nQuestion: Can you tell us about the visit?\n"
    )
    speaker, date, _ = header_facts(top, body)
    assert (speaker, date) == ("Oskar Lind", "2012-07-20")


def test_a_turn_of_another_role_names_nobody():
    top = "Transcript of Media Interaction by the Minister and the Foreign Minister of Norway (July 20, 2012)"
    body = (
        "Foreign Minister of Norway (Mr. Pavel Marek): We had a very good discussion today on many things.\n"
    )
    speaker, _, _ = header_facts(top, body)
    assert speaker.startswith("TO CHECK")


def test_a_statement_on_a_meeting_held_on_a_day_is_not_dated_by_it():
    top = "Statement of the Ministry of Foreign Affairs on the Ninth Round of the Basin Talks held on July 20, 2012"
    _, date, _ = header_facts(top)
    assert date.startswith("TO CHECK")


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("Lindhaven, den 20. Juli 2012", "2012-07-20"),
        ("Lindhaven, le 1er juillet 2012", "2012-07-01"),
        ("Lindhaven, the 20th day of July 2012", "2012-07-20"),
    ],
)
def test_a_dateline_with_an_article_before_the_day(dateline, day):
    _, date, place = header_facts(f"Statement by Oskar Lind\n{dateline}")
    assert (date, place) == (day, "Lindhaven")


def test_an_article_opening_a_dateline_is_not_a_place():
    _, date, place = header_facts("Statement by Oskar Lind\nLe 20 juillet 2012")
    assert (date, place) == ("2012-07-20", NO_PLACE)


def test_a_spokespersons_statement_for_a_named_person_names_no_speaker():
    """ "by the Spokesperson of High Representative X": the spokesperson speaks, for X."""
    top = "Statement by the Spokesperson of High Representative Oskar Lind on the elections in Estravia\n\nNorway, 20 July 2012"
    speaker, _, _ = header_facts(top)
    assert speaker.startswith("TO CHECK")


def test_the_spokesperson_named_after_the_office_is_the_speaker():
    top = "Statement by the Spokesperson of the Ministry of Foreign Affairs, Oskar Lind\n\n20 July 2012"
    speaker, _, _ = header_facts(top)
    assert speaker == "Oskar Lind"


def test_a_declaration_by_a_role_then_the_person():
    top = "Declaration by the High Representative, Oskar Lind, on behalf of the Union on the elections\n\n20 July 2012"
    speaker, _, _ = header_facts(top)
    assert speaker == "Oskar Lind"


def test_a_subjects_country_in_a_statement_line_is_not_the_place():
    """ "… attributable to the Spokesperson … on the floods in Estravia" over "Lindhaven, DATE": the dateline's
    city, not the subject's country."""
    top = (
        "Statement attributable to the Spokesperson for the Secretary-General on the floods in Estravia\n\n"
        "Lindhaven, 20 July 2012"
    )
    _, _, place = header_facts(top)
    assert place == "Lindhaven"
