"""Timeline precision, round 12 (docs/extract.md, "Round 12: timeline precision").

Each case is a class of item the extractor printed on the opened sets that no briefing officer would put
on the timeline, seen in two or more statements, written with invented statements in the shapes real pages
have; beside each, a case of the same words that stays a meeting.
"""

from __future__ import annotations

import pytest
from extract_helpers import OTHER, items_of, timeline_of

from generator.extract import extract_event


def occasion_of(text: str) -> list[str]:
    result = extract_event(text, source_name="precision12.txt", timeline_reader="rules")
    return [e.date.iso() for e in result.findings.timeline.occasion if e.date is not None]


# -- the meeting's own paper, dated the morning after ---------------------------------------------------


REPORTED = (
    "1. The Heads of State of the Basin Council met in Tarnow on 10 March 2010 to review the situation in "
    "Korvia.\n\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Final Communiqué of the Extraordinary Summit of the Basin Council",
        "Basin Foreign Ministers' Meeting in Tarnow – Chairman's Statement",
        "Chair's Summary of the Basin Ministerial",
    ],
)
def test_the_meetings_own_paper_dated_the_next_day_reports_its_occasion(title):
    text = (
        f"{title}\n\nTarnow, 11 March 2010\n\n{REPORTED}"
        f"2. They recalled the Basin Summit held in Amsel on 9 April 2009.\n\n{OTHER}"
    )
    assert items_of(text) == [("2009-04-09", "Basin Summit")], items_of(text)
    assert occasion_of(text) == ["2010-03-10"]
    # two days after, the paper reports a meeting it was not issued at: the meeting stays
    later = text.replace("11 March 2010", "12 March 2010")
    assert [d for d, _ in items_of(later)] == ["2009-04-09", "2010-03-10"], items_of(later)


def test_a_press_release_of_the_next_day_keeps_the_meeting_it_reports():
    # the ministry reports a meeting it was not issued at: the briefing officer dates it
    text = f"Ministry of Foreign Affairs of Amsel\nPress Release\n11 March 2010\n\n{REPORTED}{OTHER}"
    assert [d for d, _ in items_of(text)] == ["2010-03-10"], items_of(text)
    paper = text.replace("Press Release", "Final Communiqué")
    assert items_of(paper) == [], items_of(paper)
    press = text.replace("Press Release", "Press Communiqué")
    assert [d for d, _ in items_of(press)] == ["2010-03-10"], items_of(press)


# -- a paper's date: a speech or a review named with its date -------------------------------------------


@pytest.mark.parametrize(
    ("paper", "meeting", "date"),
    [
        # the date is the speech's, not the visit's the speech announced
        (
            "Excerpt from the President's November 12 Speech on Korvia Announcing the Visit",
            "The President announced on 12 November the visit to Korvia.",
            "2009-11-12",
        ),
        # a periodical paper named with its year; a meeting named with its year stays
        (
            "You have before you the Basin Technology Review 2009.",
            "The 2010 Review Conference will be held in Tarnow.",
            "2010",
        ),
        (
            "You have before you the Basin Technology Review 2009.",
            "The Basin Annual Review met in Tarnow in July 2009.",
            "2009-07",
        ),
    ],
)
def test_a_papers_date_dates_no_meeting(paper, meeting, date):
    assert timeline_of(paper) == [], timeline_of(paper)
    assert [d for d, _, _ in timeline_of(meeting)] == [date], timeline_of(meeting)
    # a speech said where it was given: its day is the meeting's
    given = "Text of the Minister's 12 November Statement at the Basin Summit in Tarnow."
    assert [d for d, _, _ in timeline_of(given)] == ["2009-11-12"], timeline_of(given)


# -- a point of talks reported after another: "They also welcomed …" goes on from the point, not its date --


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The leaders looked forward to the Basin Working Group's session in 2010. They also welcomed "
            "the idea of convening a further Basin Dialogue of ministers.",
            ["2010"],
        ),
        (
            # a verb that only reports, as the dates read one (dates.REPORTING_VERBS)
            "The leaders looked forward to the Basin Working Group's session in 2010. They also announced "
            "the idea of convening a further Basin Dialogue of ministers.",
            ["2010"],
        ),
        (
            "Since next year would be the Basin Charter's tenth anniversary, the ministers renewed their ties. "
            "They also agreed that both sides will strive to make President Ruud's coming visit to Korvia, "
            "which is being arranged, a success.",
            [],
        ),
    ],
)
def test_a_point_said_also_takes_no_date_from_the_point_before(text, dates):
    assert [d for d, _, _ in timeline_of(text)] == dates, timeline_of(text)
    # what the ministers also did goes on in the time of the sentence before
    held = "The Basin Working Group met in Tarnow in 2008. The ministers also held the first Basin Forum."
    assert [d for d, _, _ in timeline_of(held)] == ["2008", "2008"], timeline_of(held)


# -- a month said under a verb that reports it: the nearest such month, not the last one ----------------


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "She said the Government of Amsel is organising a meeting in Tarnow between the end of December "
            "and early January for ministers from key countries.",
            ["2009-12"],
        ),
        (
            "The two sides welcomed the coming visit of President Ruud for the Basin Games in February and "
            "the Premier's visit to Tarnow for the Basin Summit in March.",
            ["2010-02", "2010-03"],
        ),
    ],
)
def test_a_month_under_a_reporting_verb_is_the_nearest(sentence, dates):
    assert [d for d, _, _ in timeline_of(sentence)] == dates, timeline_of(sentence)
    # what was said of a meeting in the past keeps it in the past
    past = "She said the Basin Summit in December had given new hope."
    assert [d for d, _, _ in timeline_of(past)] == ["2008-12"], timeline_of(past)
