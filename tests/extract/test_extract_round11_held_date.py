"""Round 11: relative dates counted from a statement date the header only holds (``statement_date``).

A page with no dateline whose opening lines write out one day holds that day as a candidate for the
statement's date (``provenance.WEAK``: never printed as ``event.date``). Its relative dates ("last week",
"yesterday") are counted from it, and every item dated so says in a TO CHECK mark that its date hangs on an
unconfirmed statement date: ``briefkit validate`` lists it and ``briefkit build --strict`` refuses the
draft. A day the text itself dates is not marked, and a held day that is a meeting's the page reports is
not counted from at all. The statements are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import NO_DATE, assert_clean_failure, held, run

from generator.content.drafts import find_to_check
from generator.content.yaml_source import LineMap
from generator.extract import extract_event

#: A ministry's note with no dateline: its title line gives the day it was put out, and the body says
#: "last week" of a meeting.
NOTE = (
    "River talks: a note from the Ministry of Water, put out on 12 March 2012\n\n"
    "Minister Ilka Vell told the press she was pleased with how the talks on the upper river were going.\n\n"
    "Last week we met in Lindhaven with the ministers of the basin to agree on the shared gauges.\n\n"
    "The Minister thanked the delegations for their work.\n"
)


def _extract(text: str, reader: str = "rules"):
    return extract_event(text, source_name="held.txt", timeline_reader=reader)


def _lindhaven(r) -> dict:
    return next(item for item in r.data["timeline"] if item.get("place") == "Lindhaven")


@pytest.mark.parametrize("reader", ["rules", "hybrid"])
def test_last_week_is_counted_from_the_held_day_and_marked_to_check(reader):
    r = _extract(NOTE, reader)
    h = r.findings.header
    # the day stays a candidate: the draft never prints it as the statement's date
    assert h.date is None and h.candidates == {"date": "2012-03-12"}
    assert (
        str(r.data["event"]["date"]).startswith(NO_DATE)
        and held(str(r.data["event"]["date"])) == "2012-03-12"
    )
    item = _lindhaven(r)
    assert str(item["date"]) == "2012-03"  # the week before 12 March 2012
    assert item["significance"].startswith("TO CHECK: dated from an unconfirmed statement date (2012-03-12).")
    assert "Last week we met in Lindhaven" in item["significance"]  # (the sentence still follows)
    assert any("Lindhaven" in t and "2012-03-12" in t and t.startswith("timeline:") for t in r.todo)
    assert "the statement's date is not confirmed" in r.yaml


def test_validate_lists_the_counted_item():
    r = _extract(NOTE)
    marked = [p for p in find_to_check(r.data, LineMap(), Path("event.yaml")) if "unconfirmed" in p.message]
    assert len(marked) == 1 and "timeline" in str(marked[0])


@pytest.fixture(scope="module")
def draft(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    statement = root / "statement.txt"
    statement.write_text(NOTE, encoding="utf-8")
    result = run(
        "--project", str(root), "init", "held-day", "--speech", str(statement), "--timeline", "rules"
    )
    assert result.exit_code == 0, result.output
    return root


def test_briefkit_validate_warns_and_strict_build_refuses(draft):
    result = run("--project", str(draft), "validate", "content/held-day")
    assert result.exit_code == 0, result.output
    assert any(
        "unconfirmed statement date" in line for line in result.output.splitlines() if "warning" in line
    )
    strict = run("--project", str(draft), "build", "content/held-day", "--strict", "-f", "html")
    assert_clean_failure(strict, 2, "is a draft", "unconfirmed statement date")


def test_a_day_the_text_itself_dates_is_not_marked():
    # "on 2 March" takes its year from the last date the text wrote, with or without the held day
    r = _extract(
        "River talks: a note from the Ministry of Water, put out on 12 March 2012\n\n"
        "The gauge survey of the upper river was finished on 28 February 2012 by both countries' teams.\n\n"
        "On 2 March the ministers met in Tarnow to receive the survey.\n\n"
        "Last week we met in Lindhaven with the ministers of the basin to agree on the shared gauges.\n"
    )
    tarnow = next(item for item in r.data["timeline"] if item.get("place") == "Tarnow")
    assert str(tarnow["date"]) == "2012-03-02"
    assert not str(tarnow["significance"]).startswith("TO CHECK")
    assert _lindhaven(r)["significance"].startswith("TO CHECK:")


def test_a_held_day_that_is_a_reported_meetings_day_counts_nothing():
    # the opening's only day is the summit's, which the release reports: the page's own day is not known
    r = _extract(
        "Basin Presidents close their summit\n\n"
        "The Presidents of the basin states held their fourth Basin Summit in Korval on 30 July 2010 to "
        "discuss the river.\n\n"
        "They recalled that their ministers had met last month in Lindhaven to prepare the summit.\n"
    )
    assert r.findings.header.candidates.get("date") == "2010-07-30"
    assert r.findings.speech_date is None and r.findings.speech_date_origin is None
    assert not any("TO CHECK" in str(item.get("significance", "")) for item in r.data.get("timeline", []))
    assert all(str(item.get("date", "")) != "2010-06" for item in r.data.get("timeline", []))
    assert [u.date for u in r.findings.timeline.unplaced if u.text == "last month"] == [None]
