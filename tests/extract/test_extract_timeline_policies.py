"""What the timeline is of: meetings, not what happened to people, and not the statement's own occasion.

Three decisions of issue 11 (docs/extract.md, "Header round 4"): a dated crisis, war or disaster is the
statement's context, listed in a comment under the timeline; the statement's own meeting, read again in its
body (its day, or a span of days holding it), is a header fact; an inauguration or a swearing-in is no
meeting (bench/extract/expected.toml's rule). The statements are invented, in the shapes real ones have.
"""

from __future__ import annotations

import pytest
from extract_helpers import score_module

from generator.content.partial_date import DatePoint, PartialDate
from generator.extract import extract_event
from generator.extract.timeline.occasion import holds_the_day, occasion_head

OTHER = "We thank all the partners for the work they have done together on the rivers we share.\n"


def read(text: str):
    result = extract_event(text, source_name="policies.txt")
    items = [(str(i["date"]), i["kind"], i["title"]) for i in result.data["timeline"]]
    return result, items


def speech(dateline: str, body: str, title: str = "Statement by Ms. Ilka Varn") -> str:
    return f"{title}\n{dateline}\n\nMr. President,\n\n{body}\n\n{OTHER}"


def test_a_named_crisis_or_war_is_dated_context_in_a_comment_not_a_meeting():
    result, items = read(
        speech(
            "Lindhaven, 20 November 2009",
            "The Asian Financial Crisis in 1997 taught us much. The Balkan War of 1999 divided the region. "
            "The Basin Council met in Tarnow on 3 March 2009.",
        )
    )
    assert items == [("2009-03-03", "meeting", "Meeting of Basin Council")]
    context = [(e.date.iso(), e.title) for e in result.findings.timeline.context]
    assert context == [("1997", "Asian Financial Crisis"), ("1999", "Balkan War")]
    draft = result.yaml
    assert "# Dated context the statement names" in draft
    assert "# 1997 — Asian Financial Crisis (paragraph 1)" in draft
    assert "title: Asian Financial Crisis" not in draft


def test_a_meeting_about_a_crisis_stays_a_meeting():
    # a ministry's announcement: the conference is dated, the crisis is only its subject
    _, items = read(
        "Press release\nLindhaven, 31 July 2009\n\n"
        "Secretary-General Ilka Varn will attend the 40th Island Forum Leaders’ Meeting in Tarnow from 5-6 "
        "August 2009.\n\nBefore her arrival in Tarnow, Ms Varn will attend a conference hosted by Amsel’s "
        "Institute for Island Policy in Brisbane on 3 August, focused on the impact of the global economic "
        f"crisis on the Pacific islands.\n\n{OTHER}"
    )
    assert ("2009-08-03", "planned", "Conference on the global economic crisis on the Pacific") in items


def test_a_communiques_own_meeting_is_its_occasion_not_a_timeline_item():
    result, items = read(
        "Joint Press Statement of the 10th Basin Ministers' Meeting\nTarnow, 22 July 2009\n\n"
        "1. The 10th Meeting of the Basin Ministers was held in Tarnow on 22 July 2009. The Meeting was "
        "chaired by the Minister of Foreign Affairs of Amsel.\n\n"
        "2. The Ministers recalled the Basin Summit held in Amsel on 9 April 2009.\n"
    )
    assert items == [("2009-04-09", "summit", "Basin Summit")]
    assert [(e.date.iso(), e.title) for e in result.findings.timeline.occasion] == [
        ("2009-07-22", "10th Meeting of the Basin Ministers")
    ]
    assert "# The statement's own occasion, named in its body" in result.yaml


def test_a_two_day_conference_holding_the_statements_day_is_the_occasion():
    result, items = read(
        speech(
            "Amsel, 5 December 2008",
            "The Second Basin Conference, held here on 4 and 5 December 2008, has shown what we can do. "
            "We prepared it at the Basin Workshop in Tarnow on 3 June 2008.",
            title="Statement at the Second Basin Conference",
        )
    )
    assert items == [("2008-06-03", "meeting", "Basin Workshop")]
    assert [e.date.iso() for e in result.findings.timeline.occasion] == ["2008-12-04/2008-12-05"]


def test_another_meeting_of_the_statements_day_stays_on_the_timeline():
    # said at the summit's dinner: the summit is another meeting than the occasion
    result, items = read(
        "Remarks at the Basin Summit dinner\nAmsel, 7 May 2009\n\nExcellencies,\n\n"
        "Let me welcome you to this dinner on the occasion of the Basin Summit, which has been taking place "
        f"in Amsel today.\n\n{OTHER}"
    )
    assert items == [("2009-05-07", "summit", "Basin Summit")]
    assert result.findings.timeline.occasion == []


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Informal Plenary Session of the General Assembly", "session"),
        ("Basin Summit dinner", "dinner"),
        ("Ministerial Meetings of the Basin", "meeting"),
        # a page's sentence taken for the event's name names no occasion
        ("The first announcement is on the 11th Basin Business Convention", None),
        ("Amsel to host Basin Summit in late October", None),
        (None, None),
    ],
)
def test_the_occasions_meeting_word(name, head):
    assert occasion_head(name) == head


@pytest.mark.parametrize(
    ("date", "day", "held"),
    [
        ("2008-12-05", "2008-12-05", True),
        ("2008-12-04/2008-12-05", "2008-12-05", True),
        ("2008-12-04/2008-12-06", "2008-12-05", True),
        ("2008-12-06", "2008-12-05", False),
        ("2008-12-06/2008-12-07", "2008-12-05", False),
        # a month holds many meetings; a statement dated by its month has no day to hold
        ("2008-12", "2008-12-05", False),
        ("2008-12-05", "2008-12", False),
    ],
)
def test_a_day_or_a_span_of_days_holds_the_statements_day(date, day, held):
    assert holds_the_day(PartialDate.parse(date), DatePoint.parse(day)) is held


def test_the_scorer_counts_the_occasion_by_the_extractors_rule():
    score = score_module()
    assert score.is_occasion("2008-12-04/2008-12-05", "2008-12-05")
    assert not score.is_occasion("2008-12", "2008-12-05")
    assert not score.is_occasion("planned", "2008-12-05")


def test_an_inauguration_or_a_swearing_in_is_no_meeting_but_an_inaugural_meeting_is():
    result, items = read(
        speech(
            "Lindhaven, 20 April 2013",
            "We attended the inauguration of President Arno Vell on 9 April 2013. The swearing-in "
            "ceremony of the new Council was held on 3 March 2013. The inaugural meeting of the Basin "
            "Council took place on 12 January 2013.",
        )
    )
    assert items == [("2013-01-12", "meeting", "Inaugural meeting of the Basin Council")]
    context = [e.date.iso() for e in result.findings.timeline.context]
    assert context == ["2013-03-03"]
    assert "9 April 2013" in [u.text for u in result.findings.timeline.unplaced]
