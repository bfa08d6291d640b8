"""Who published or wrote a page is not who spoke nor where (issue 11, round 8, second wave: docs/extract.md,
"Round 8, second wave: pages that are not one statement").

Invented pages in the shapes real ones have. A writer's by-line with the writer's title on the line below
("By X" / "Staff Writer") names the item's writer; a ministry's or an office's name in its own language run
straight into the page's date ("Ministerstvo … 12.04.2011") is the letterhead, not a place. A dateline
that sets a long place off by a comma, and a known city beside the date, still place the statement.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event, furniture
from generator.extract.city import city_beside_date

REPORT = (
    "LINDHAVEN — The foreign ministers of the basin states met on Tuesday to discuss the river treaty and trade between "
    "their countries, the ministry said in a statement.\n\n"
    "“We agreed to open talks on a customs union before the end of the year,” the Foreign Minister of "
    "Estravia, Ilka Varn, told reporters after the meeting. “The council will meet again in the spring.”\n\n"
    "The ministers also discussed the situation in the region and the work of the basin council.\n"
)


def event_of(text: str) -> dict:
    return extract_event(text, source_name="page.txt").data["event"]


def printed(value: object) -> bool:
    return bool(str(value or "").strip()) and not str(value).startswith("TO CHECK")


@pytest.mark.parametrize(
    "by_line",
    [
        "By Arno Vell\nStaff Writer",
        "By Lena M. Kost Jr.\nSenior Correspondent",
        "By Tomas Rell\nReporter, Basin News Agency",
    ],
)
def test_a_by_line_over_its_writers_title_names_no_speaker(by_line: str) -> None:
    text = f"October 24, 2008\n\nNEWS / Basin ministers agree to open customs talks\n\n{by_line}\n\n{REPORT}"
    speaker = extract_event(text, source_name="page.txt").data["speech"].get("speaker") or {}
    assert not printed(speaker.get("name")), speaker


def test_a_by_line_over_a_role_still_names_the_speaker() -> None:
    text = (
        "Address to the Basin Council\n\nBy Ilka Varn\nMinister of Foreign Affairs of Estravia\n\n"
        "Mr. President,\n\nI thank you for this opportunity. We welcome the decision of the council and I "
        "assure you of our support.\n\n" + REPORT
    )
    speaker = extract_event(text, source_name="page.txt").data["speech"].get("speaker") or {}
    assert speaker.get("name") == "Ilka Varn", speaker


@pytest.mark.parametrize(
    "letterhead",
    [
        # a ministry's name in its own language, the day in figures
        "Ministerstvo Zahranicnich Veci Estravie 12.04.2011",
        # an office's name with its city's name in another language, the month in that language
        "Ufficio Stampa Lindaveno Ambasciata 5 Marzo 2012",
    ],
)
def test_a_publishers_name_run_into_the_date_is_no_place(letterhead: str) -> None:
    text = f"Ministers agree to open customs talks\n\n{letterhead}\n\n{REPORT}"
    assert not printed(event_of(text).get("place")), event_of(text)


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        # a long place set off by a comma, with its country
        ("Port Sella Bay, Tarnia, 23 October 2009", "Port Sella Bay"),
        # a known city straight before its date
        ("Geneva 14 March 2011", "Geneva"),
    ],
)
def test_a_dateline_still_places_the_statement(dateline: str, place: str) -> None:
    text = f"Statement by the Foreign Minister of Estravia\n\n{dateline}\n\n{REPORT}"
    assert str(event_of(text).get("place")) == place


@pytest.mark.parametrize(
    "control", ["Clear All", "Filter", "Collapse", "Expand all", "Sort by date", "Show more"]
)
def test_a_listings_controls_are_page_furniture_not_a_speaker(control: str) -> None:
    """A forum's or a listing's controls copied with its item ("Collapse", "Filter", "Clear All" above the
    item's headline) are the page's, never a name."""
    assert furniture.anywhere(control)
    text = f"Announcement\n\n{control}\n\nMinisters agree to open customs talks\n\n{REPORT}"
    speaker = extract_event(text, source_name="page.txt").data["speech"].get("speaker") or {}
    assert speaker.get("name") != control, speaker


def test_a_heading_that_opens_with_a_control_word_is_kept() -> None:
    assert not furniture.anywhere("Clearing the river of mines: the basin plan")
    assert not furniture.anywhere("Filtering water for the refugee camps")


@pytest.mark.parametrize(
    "line",
    [
        "Arno Vell (London North East, Green Party)",
        "Ilka Varn (Paris Central, Independent)",
        "Tomas Rell (Nairobi West)",
    ],
)
def test_a_members_constituency_named_after_a_city_is_no_place(line: str) -> None:
    """A parliament's record names each member with the seat they sit for in brackets: a city's district,
    not where the answer was given."""
    assert city_beside_date([line]) is None


@pytest.mark.parametrize(
    ("line", "city"),
    [("Pretoria South Africa, 4 June 2012", "Pretoria"), ("(Nairobi, 4 June 2012)", "Nairobi")],
)
def test_a_city_and_its_country_still_place(line: str, city: str) -> None:
    assert city_beside_date([line]) == city
