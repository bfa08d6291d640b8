"""A wire dateline run into a masthead or a caption still places the news item (issue 11, round 8, second
wave: docs/extract.md, "Round 8, second wave: pages that are not one statement").

Invented pages in the shapes real ones have: a newspaper's front page whose masthead (volume, number, a
calendar's date, the weekday's date, a slogan, the paper's name) runs on one line into its lead's dateline
("… Basin Herald NAIROBI, 6 March — The President …"), and a lead whose dateline follows a photo's caption
and its agency's initials ("… at the Centre.—bna Ottawa, 15 Nov—The Minister …"). Only a capital or a seat
city is read there: the words before it are the masthead's.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event
from generator.extract.city import city_in_run_in_dateline

LEAD = (
    "The President held talks with the visiting Foreign Minister of Estravia at the presidential palace, "
    "where the two sides discussed the river treaty and trade between their countries.\n\n"
    "The Foreign Minister also met the Minister of Commerce and visited the port.\n"
)


@pytest.mark.parametrize(
    ("page", "place"),
    [
        (
            "Volume XII, Number 88 3rd Waning of Nadaw 1372 ME Friday, 7 January, 2011 THE PAPER YOU TRUST "
            "Basin Herald NAIROBI, 6 Jan — ",
            "Nairobi",
        ),
        (
            "Page 1\n\nBasin Herald\n\nTuesday, 16 April, 2013\n\nThe Minister poses for a photo with the "
            "delegates at the Centre.—bna Ottawa, 15 Apr—",
            "Ottawa",
        ),
        # the month first, an en dash
        ("The Weekly Courier No 12 Monday April 8 2013 Sports Weather CANBERRA, April 7 – ", "Canberra"),
    ],
)
def test_a_dateline_run_into_a_masthead_places_the_item(page: str, place: str) -> None:
    text = page + LEAD
    assert city_in_run_in_dateline(text) == place
    assert str(extract_event(text, source_name="page.txt").data["event"]["place"]) == place


@pytest.mark.parametrize(
    "page",
    [
        # a city no gazetteer knows: the masthead's words might run into it
        "Volume XII, Number 88 Friday, 7 January, 2011 Basin Herald PORT SELLA, 6 Jan — ",
        # a known city in a sentence, with a year and no dash: no dateline
        "The ministers met in Nairobi, 6 January 2011, and agreed to meet again. ",
    ],
)
def test_no_run_in_dateline(page: str) -> None:
    assert city_in_run_in_dateline(page + LEAD) is None
