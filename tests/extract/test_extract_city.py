"""A capital or a seat city where a header says where (generator/extract/city.py): the place when the
header's shapes find none, read only in a dateline's positions. The headers are invented, in the shapes
statements have; the cities are real, as the rule knows only real ones."""

from __future__ import annotations

import pytest
from extract_helpers import NO_PLACE

from generator.extract import extract_event
from generator.extract.city import city_beside_date

BODY = (
    "Mr. Chairman,\n\nThe rivers of the basin need common rules, and my Government will work with all "
    "partners for them this year.\n\nWe thank the hosts of this meeting for their warm welcome.\n"
)


@pytest.mark.parametrize(
    ("top", "place", "shape"),
    [
        # (a dated bracket closing a header line is read by the header itself since the dev7 round)
        ("Address by the Minister (Kampala, 12 May 2010)", "Kampala", "a dated bracket closing"),
        ("Opening remarks | Nairobi | 12 May 2010", "Nairobi", "a capital or a seat city"),
    ],
)
def test_a_known_city_beside_the_date_places_the_statement(top, place, shape):
    r = extract_event(f"{top}\n\n{BODY}", source_name="city.txt")
    assert r.data["event"]["place"] == place
    assert r.findings.header.place_shape.startswith(shape)


@pytest.mark.parametrize(
    ("lines", "city"),
    [
        (["ADDIS ABABA, Ethiopia, January 25, 2012"], "Addis Ababa"),
        (["UN headquarters New York - 2 October 2007"], "New York"),
        (["Chair's Summary of the Ministerial Meeting held on 3-4 Sept 2009 in New Delhi"], "New Delhi"),
        (["Washington, DC"], "Washington"),
        (["(Ulaanbaatar, 12 May 2010)"], "Ulaanbaatar"),
    ],
)
def test_positions_of_a_dateline(lines, city):
    assert city_beside_date(lines) == city


@pytest.mark.parametrize(
    "line",
    [
        "Next Round of Geneva Talks",  # the city names something else
        "Remarks on Singapore-Estravia relations, 12 May 2010",
        "Estravian Embassy in New Delhi, 12 May 2010",  # an office's seat: who publishes
        "President Lind to attend the Basin Summit in London, 12 May 2010",  # a journey announced
        "Lind to address the diaspora in London",  # "in City" without a date
        "1. Meeting with Mr Oskar Lind (President of the Basin Association) – Strasbourg (24 November)",
        "Will the Minister report on the meeting held in Luxembourg on 24 June 2013?",
    ],
)
def test_a_city_that_does_not_say_where_this_is_said(line):
    assert city_beside_date([line]) is None


@pytest.mark.parametrize(
    "top",
    [
        "Next Round of Geneva Talks\n12 May 2010",
        "Estravian Embassy in New Delhi\nStatement on the Basin Summit\n12 May 2010",
        "President Lind to attend the Basin Summit in London\n12 May 2010",
    ],
)
def test_no_place_is_printed_from_such_a_header(top):
    r = extract_event(f"{top}\n\n{BODY}", source_name="city.txt")
    assert r.data["event"]["place"].startswith(NO_PLACE)


def test_a_capital_said_in_the_opening_is_the_place_and_another_place_a_candidate():
    """ "here in Geneva" in the opening: a seat city, printed, with a comment saying where it was read;
    "here in Port Sella" (no known city) stays a candidate to check."""
    top = "Statement by H.E. Ms. Lena Kost\n4 May 2012\n\nMr. Chairman,\n\n"
    said = "It is a pleasure for my delegation to be here in {} for the first session of the Council.\n\n"
    rest = "The rivers of the basin need common rules, and we will work for them.\n"
    r = extract_event(top + said.format("Geneva") + rest, source_name="city.txt")
    assert r.data["event"]["place"] == "Geneva"
    assert "# Not in the header: the statement says so in paragraph 1." in r.yaml
    r = extract_event(top + said.format("Port Sella") + rest, source_name="city.txt")
    assert r.data["event"]["place"].startswith(NO_PLACE) and "Port Sella" in r.data["event"]["place"]


def test_welcoming_the_guests_to_a_capital_places_the_statement():
    text = (
        "Statement by the Secretary-General\n4 May 2012\n\nExcellencies,\n\n"
        "It is a great pleasure to be welcoming you to Kampala for the meeting of the heads of government.\n\n"
        "The rivers of the basin need common rules, and we will work for them.\n"
    )
    assert extract_event(text, source_name="city.txt").data["event"]["place"] == "Kampala"


@pytest.mark.parametrize(
    ("header", "place"),
    [
        (
            "Remarks by the Minister at the Basin Forum\n\nNairobi Convention Centre\n\n20 July 2012",
            "Nairobi",
        ),
        ("Remarks by the Minister\n\nBasin Forum, Bangkok Convention Centre, 20 July 2012", "Bangkok"),
        ("Remarks by the Minister at the Geneva International Conference Centre\n\n20 July 2012", "Geneva"),
        ("Remarks by the Minister\n\nSingapore Embassy\n\n20 July 2012", NO_PLACE),
    ],
)
def test_a_venue_named_after_a_known_city_places_the_statement(header, place):
    """The dev7 header round: a venue named after the capital or seat city it stands in; never an embassy."""
    r = extract_event(f"{header}\n\n{BODY}", source_name="city.txt")
    assert r.data["event"]["place"] == place
