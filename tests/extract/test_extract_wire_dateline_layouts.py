"""A release's or a news item's dateline run into its first lines below the header ("New York: …",
"( February 11, Islamabad, Agency) …"): a known city there is the place (header round 4, docs/extract.md).

Invented texts in the shapes real ones have; the cities are real capitals, since the rule reads only
known cities (``city.py``).
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event
from generator.extract.city import city_opening_lines


def place(text: str) -> str | None:
    result = extract_event(text, source_name="wire.txt")
    value = result.data["event"].get("place")
    return None if value is None or "TO CHECK" in str(value) else value


def test_a_ministrys_release_with_its_city_opening_the_first_paragraph():
    text = (
        "Minister Kost to meet Secretary Vell, 28 Sept\n\n"
        "Foreign Minister Kost to meet with the Estravian Secretary of State Arno Vell\n\n"
        "28 September 2007\n\n"
        "Nairobi: Foreign Minister Dr Lena Kost will today Friday, 28 September, hold bilateral political and "
        "economic discussions with her Estravian counterpart Arno Vell. The discussions will take place on the "
        "sidelines of the General Assembly and will focus on the river treaty, the coming summit and the "
        "situation in the basin.\n\n"
        "Minister Kost will also attend multilateral meetings on Friday, among them the Ministerial meeting of "
        "the Basin Group.\n"
    )
    assert place(text) == "Nairobi"


def test_a_news_items_bracketed_dateline_under_a_photo_caption():
    text = (
        "Joint Statement: Estravia - Amsel relation\n\n"
        "Joint Statement issued on the occasion of the visit of Arno Vell, President of Estravia, to Amsel\n\n"
        "President Lena Kost (top R) and President Arno Vell (top L) at the signing of a memorandum\n"
        "( February 11, Islamabad, Basin Guardian) On the invitation of President Lena Kost, the President "
        "of Estravia paid a state visit to Amsel from 10 to 12 February 2012.\n\n"
        "2. The talks between the two leaders were held in a warm and cordial atmosphere.\n"
    )
    assert place(text) == "Islamabad"


@pytest.mark.parametrize(
    "lines",
    [
        # a numbered item's heading: a meeting's place, not the document's
        [
            "1. Meeting with the Basin Association",
            "– Vienna (24 November)",
            "The Secretary General met them.",
        ],
        # a meeting announced, and a venue's address: not where the text is said
        ["Next Tuesday evening (29 May), in Berlin, the Troika will meet a delegation from Amsel."],
        ["At Conway Hall, 25 Red Lion Square, London, on Saturday 6th October, 2007, from 2.00pm."],
        # a bracket that is no agency's dateline
        ["The Council (Geneva) will meet again; the talks (in Vienna, last year) went well."],
    ],
)
def test_a_city_further_into_a_line_or_after_a_dash_is_no_dateline(lines):
    assert city_opening_lines(lines) is None


def test_the_dateline_below_the_header_is_read_only_when_the_header_gives_no_place():
    text = (
        "Statement by Ms. Lena Kost\nLindhaven, 4 May 2010\n\nMr. President,\n\n"
        "Nairobi: the ministers met to review the treaty.\n\nThe rivers of the basin need common rules.\n"
    )
    assert place(text) == "Lindhaven"
