"""Round 11, timeline precision (issue 11): the hybrid adds no date that is a rules' meeting said again at
another precision — a day of a meeting the rules have over several days, or a year or a month holding a
meeting the rules have to the day (``selector._placed``). The texts are written for these tests, in the
shapes of real statements (a spokesperson's answer, a press circular's contents, a release quoting a
minister); a model that believes every date is a meeting stands for any weights learnt later.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_event, selector
from generator.extract.selector import Model

#: A model sure that every date is a meeting, completing the rules at 0.5.
BELIEVER = Model({"bias": 10.0}, print_at=0.8, comment_at=0.4, complete_at=0.5)


@pytest.fixture
def hybrid(monkeypatch):
    monkeypatch.setattr(selector, "load_model", lambda path=None: BELIEVER)

    def reader(text: str):
        return extract_event(text, source_name="round11.txt", timeline_reader="hybrid")

    return reader


def dates_of(result) -> list[str]:
    return sorted(str(i["date"]) for i in result.data["timeline"])


#: A spokesperson's answer: the talks "on Monday and Tuesday", whose Tuesday the model read apart.
TALKS = (
    "Spokesperson's Remarks on the Orlen Talks\n\nJune 12, 2013\n\n"
    "Q: What is your reaction to the statements following the talks in Orlen on Monday and Tuesday, "
    "particularly on the river treaty?\n\n"
    "The senior officials of the Delta Group met the Orlen delegation on Monday and Tuesday in Orlen "
    "and discussed the river treaty.\n\n"
    "We hope that the dialogue will go on.\n"
)

#: A press circular's contents dating each of the President's statements at a summit of two days (and the
#: week's "hosted the leaders", the summit said again: its month holds the summit's days).
CONTENTS = (
    "Republic of the Delta\n\nTHE DELTA WEEKLY no 23 of 2013, 21 August 2013\n\n"
    "The Weekly Press Circular of the Office of the President.\n\n"
    "This week the President hosted the leaders of the region, as the circular reports below.\n\n"
    "Statements by the President:\n"
    "1) Welcoming delegates to the Delta Heads of State and Government Summit (17/8/13)\n"
    "2) Accepting the Chair of the Delta (17/8/13)\n"
    "3) Closing the 2013 Delta Summit (18/8/13)\n\n"
    "The leaders of the twelve members met in Tarvik and reviewed the plans of the region.\n"
)

#: A release quoting a minister: the ministers meet "on Wednesday", which the leaders had agreed should be
#: "early in 2013".
RELEASE = (
    "Delta to host the River Forum ministers\n\nTuesday 12 March 2013\n\n"
    "The River Forum foreign ministers will meet in Tarvik on Wednesday to discuss the elections in "
    "Orlen, Minister Ona Reis said today.\n\n"
    '"The leaders agreed last year that the ministers should meet early in 2013 to review the progress '
    'the interim government is making," Ms Reis said.\n\n'
    "We stand ready to help.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TALKS, ["2013-06-10/2013-06-11"]),
        (CONTENTS, ["2013-08-17/2013-08-18"]),
        (RELEASE, ["2012", "2013-03-13"]),
    ],
    ids=["a day of talks over two days", "a contents line's day of a summit", "the year of a meeting's day"],
)
def test_a_rules_meeting_said_again_at_another_precision_is_no_second_item(hybrid, text, expected):
    result = hybrid(text)
    assert dates_of(result) == expected, result.data["timeline"]


def test_a_meeting_of_another_month_is_still_added(hybrid):
    """The guard: a date no rules' item holds is the model's to add."""
    text = RELEASE.replace(
        '"The leaders agreed last year that the ministers should meet early in 2013 to review the progress '
        'the interim government is making," Ms Reis said.',
        "The leaders will meet again in Orlen in September 2013 to review the progress.",
    )
    result = hybrid(text)
    assert "2013-09" in dates_of(result), result.data["timeline"]
