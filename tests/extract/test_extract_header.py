"""Header shapes: stacked lines, "Statement by …" lines, one-line headers, datelines."""

from __future__ import annotations

import pytest

from generator.extract.header import parse_header
from generator.extract.header.facts import Header
from generator.extract.header.place import is_place


def header(*blocks: list[str]) -> Header:
    return parse_header([list(b) for b in blocks])


def test_stacked_header_with_run_on_lines():
    h = header(
        ["(Check against delivery)"],
        [
            '"Towards Forming Friends of Human Security"',
            "On the Occasion of 8th Ministerial Meeting of",
            "The Human Security Network, Bangkok",
        ],
        ["H.E. Yukio Takasu", "Ambassador of Japan", "in charge of Human Security"],
    )
    assert (h.delivery_note, h.title) == (
        "Check against delivery",
        "Towards Forming Friends of Human Security",
    )
    assert (h.event_name, h.number, h.series, h.place) == (
        "8th Ministerial Meeting of the Human Security Network",
        8,
        "Ministerial Meeting of the Human Security Network",
        "Bangkok",
    )
    assert (h.honorific, h.speaker, h.role, h.country) == (
        "H.E.",
        "Yukio Takasu",
        "Ambassador of Japan in charge of Human Security",
        "Japan",
    )
    assert h.unused == []


def test_one_line_remarks_header():
    h = header(
        [
            "Remarks by Dr. Ilse Varga, Special Envoy of the Kingdom of Norland for Disaster Risk "
            "Reduction, at the Second Ministerial Conference on Disaster Risk Reduction in the "
            "Northern Seas, Halvik, 2 February 2009"
        ]
    )
    assert (h.kind, h.honorific, h.speaker) == ("Remarks", "Dr.", "Ilse Varga")
    assert h.role == "Special Envoy of the Kingdom of Norland for Disaster Risk Reduction"
    assert h.country == "Kingdom of Norland"
    assert (h.number, h.place, h.date.iso()) == (2, "Halvik", "2009-02-02")


def test_to_the_united_nations_stays_in_the_role():
    h = header(
        [
            "Statement by Amb. Rana Idris, Permanent Representative of Quorvia to the United Nations, "
            "at the Sixty-first Session of the General Assembly, New York"
        ]
    )
    assert h.role == "Permanent Representative of Quorvia to the United Nations"
    assert (h.country, h.number, h.place) == ("Quorvia", 61, "New York")
    assert h.event_name == "Sixty-first Session of the General Assembly"


@pytest.mark.parametrize(
    ("line", "place", "iso"),
    [
        ("Port Sella, 18 May 2007", "Port Sella", "2007-05-18"),
        ("18 May 2007", None, "2007-05-18"),
        ("New York, May 18, 2008.", "New York", "2008-05-18"),
    ],
)
def test_datelines(line, place, iso):
    h = header(["3rd Regional Dialogue on Water", line])
    assert (h.place, h.date.iso()) == (place, iso)


def test_a_role_of_an_organisation_names_no_country():
    h = header(["Ms. Ada Norr", "Secretary-General of the United Nations"])
    assert (h.speaker, h.role, h.country) == ("Ada Norr", "Secretary-General of the United Nations", None)


def test_what_is_not_understood_is_kept():
    h = header(["Some words that mean nothing here"])
    assert h.unused == ["Some words that mean nothing here"]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Mexico City", True),
        ("Port Sella", True),
        ("New York", True),
        ("the UN", False),
        ("Human Security Network", False),
        ("Minister of Finance", False),
        ("Ministerial Meeting", False),
        ("a b", False),
    ],
)
def test_is_place(text, ok):
    assert is_place(text) is ok
