"""Speakers under the styles of other traditions, and datelines of agencies (issue 11, the dev7 header round).

A style is not part of the name ("Samdech Akka Moha Sena Padei Techo X" is X; "Yang Berhormat Datuk Seri
Panglima X" is X; "HE Sheikh X" is X), a country's statement is read by the person "Delivered by" names,
and an agency's dateline may end with a colon or give the city's country before its dash. Every name and
city is invented, in the shapes statements have.
"""

from __future__ import annotations

import pytest
from extract_helpers import header_facts

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
