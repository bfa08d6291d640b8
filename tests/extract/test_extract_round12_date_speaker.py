"""Header facts, round 12 (issue 11): the statement's date and speaker in shapes the released sets showed
and the tuning sets confirm.

Every text is invented (names, places, sites), in the shapes the pages have. A fact the text does not give
must come out TO CHECK; a value only inferred is held as a candidate, never printed.
"""

from __future__ import annotations

import pytest
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


SPEECH_BODY = (
    "Honourable Ministers, distinguished delegates,\n\n"
    "Our Conference gathers this week to review the survey of the river and the fund for its delta.\n\n"
    "The ministers have prepared the decisions we are asked to take before the rains return.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        # a header typed in capitals: the role, then the occasion after a comma
        "ADDRESS GIVEN BY HIS EXCELLENCY OREN HALM, SECRETARY-GENERAL, BASIN COMMUNITY, ON THE OCCASION OF "
        "THE OPENING OF THE TENTH ANNUAL MEETING OF BASIN MINISTERS, 14-16 MARCH 2011, LINDHAVEN, ESTRAVIA",
        "Remarks by Oren Halm on the occasion of the official opening of the Tenth Annual Meeting of Basin "
        "Ministers, 14-16 March 2011, Lindhaven",
    ],
)
def test_remarks_at_the_opening_of_a_meeting_of_several_days_are_its_first_day(title):
    """A title dating the remarks only by the meeting's span of days, "on the occasion of the opening of"
    the meeting: the opening is its first day."""
    speaker, date, place = header_facts(f"{title}\n\n", SPEECH_BODY, source_name="remarks.txt")
    assert (speaker, date, place) == ("Oren Halm", "2011-03-14", "Lindhaven")


@pytest.mark.parametrize(
    ("title", "turn", "speaker"),
    [
        (
            "Statements of Foreign Minister Kost and the Foreign Minister of Korval, O. Varn, following their "
            "meeting",
            "L. KOST",
            "Kost",
        ),
        (
            "Remarks With Korval's Foreign Minister Oren Varn Before Their Talks by Lena Kost",
            "MINISTER KOST",
            "Lena Kost",
        ),
    ],
)
def test_a_transcripts_first_turn_says_which_person_the_title_names_is_speaking(title, turn, speaker):
    """A title naming the two people who speak, then the turns in capitals: the first turn's surname is
    the one of the title's people whose statement the page opens with."""
    body = (
        f"{turn}: Thank you all for coming. My colleague from Korval and I have just finished our talks in "
        "Lindhaven on the survey of the river and the donors' conference.\n\n"
        "We will meet again before the end of the year to review the progress we have made together.\n"
    )
    assert (
        header_facts(f"{title}\n\nWatch the recording\n\n", body, source_name="transcript.txt")[0] == speaker
    )
