"""Header facts, round 12 (issue 11): the statement's date and speaker in shapes the released sets showed
and the tuning sets confirm.

Every text is invented (names, places, sites), in the shapes the pages have. A fact the text does not give
must come out TO CHECK; a value only inferred is held as a candidate, never printed.
"""

from __future__ import annotations

from extract_helpers import header_facts

REPORT_BODY = (
    "The ministers reviewed the survey of the river and agreed to meet again before the end of the year.\n\n"
    '"We have made real progress," the Chair told reporters after the meeting.\n'
)


def test_today_with_its_weekday_in_brackets_and_the_date_after_them():
    """ "At the weekly Council meeting today (Monday), 3 May 2010: …": only the weekday is in brackets; the
    date that follows them is the day the text calls today."""
    top = (
        "Minister Kost briefed the Council on her visit to Korval.\n\n Council communique\n\n\n"
        "Basin Council in session (archive photo)\n\n"
    )
    body = (
        "(Communicated by the Council Secretariat) At the weekly Council meeting today (Monday), 3 May 2010: "
        "1. Minister Lena Kost made the following remarks about her talks in Korval with the envoy.\n\n"
        + REPORT_BODY
    )
    _, date, _ = header_facts(top, body, source_name="communique.txt")
    assert date == "2010-05-03"
