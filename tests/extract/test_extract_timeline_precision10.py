"""Timeline precision, round 10 (docs/extract.md, "Round 10: timeline precision").

Each test is one general class of an item the rules printed that no expected meeting matches on the
tuning sets (dev14 first), written with invented statements in the shapes real pages have, and with
variants those sets did not show.
"""

from __future__ import annotations

import pytest
from extract_helpers import timeline_of

# -- a date before or after a meeting, with its time of day -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foreign Minister spoke to reporters at Lorsk airport on Wednesday evening after returning from "
        "an official visit to Veltria.",
        "The delegation met the press on 17 November in the morning, before the River Summit opened.",
        "The minister addressed the staff on Monday night ahead of the Basin Conference in Tarnow.",
    ],
)
def test_a_day_and_its_time_before_or_after_a_meeting_is_not_the_meetings(sentence):
    assert timeline_of(sentence) == []


def test_a_meeting_of_a_morning_stays():
    got = timeline_of("The ministers met in Tarnow on Tuesday morning for the River Summit.")
    assert [d for d, _, _ in got] == ["2009-11-17"], got
