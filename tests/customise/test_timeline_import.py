"""Calendars and spreadsheets into the timeline: ``briefkit import-timeline``, times of day, time zones."""

from __future__ import annotations

import pytest
import yaml
from customise_helpers import project, small_event
from helpers import EVENT, assert_ok, assert_user_error, line_of, normalise, run_cli, snapshot
from lxml import html as lxml_html

#: A calendar as Thunderbird or Outlook export it: a VTIMEZONE, a UTC time, a whole-day event.
ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Calendar//EN
BEGIN:VTIMEZONE
TZID:Europe/Zurich
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:opening@example.org
DTSTART;TZID=Europe/Zurich:20060512T093000
DTEND;TZID=Europe/Zurich:20060512T103000
SUMMARY:Opening session
LOCATION:Room XVII
DESCRIPTION:The chair opens the meeting.
END:VEVENT
BEGIN:VEVENT
UID:dinner@example.org
DTSTART:20060512T170000Z
SUMMARY:Working dinner
END:VEVENT
BEGIN:VEVENT
UID:visit@example.org
DTSTART;VALUE=DATE:20060513
DTEND;VALUE=DATE:20060514
SUMMARY:Site visit
END:VEVENT
END:VCALENDAR
"""


def event_yaml(root):
    return (root / "content" / EVENT / "event.yaml").read_text(encoding="utf-8")


def test_a_calendar_becomes_cited_timeline_items_with_times(tmp_path):
    root = project(tmp_path)
    before = event_yaml(root)
    (tmp_path / "meeting.ics").write_text(ICS, encoding="utf-8")
    output = assert_ok(run_cli(["import-timeline", EVENT, str(tmp_path / "meeting.ics")], project=root))
    assert "added 3 timeline item(s)" in output and "citing source 'meeting'" in output
    after = event_yaml(root)
    assert after.startswith(before.rstrip("\n").split("\ntimeline:")[0])  # the rest of the file is kept
    data = yaml.safe_load(after)
    items = {i["title"]: i for i in data["timeline"]}
    assert items["Opening session"] == {
        "date": "2006-05-12",
        "time": "09:30",
        "end_time": "10:30",
        "timezone": "Europe/Zurich",
        "title": "Opening session",
        "kind": "meeting",
        "place": "Room XVII",
        "significance": "The chair opens the meeting.",
        "source": "meeting",
    }
    # The calendar's own zone is kept: 17:00 UTC stays 17:00 UTC.
    assert items["Working dinner"]["time"] == "17:00" and items["Working dinner"]["timezone"] == "UTC"
    assert "time" not in items["Site visit"] and "significance" not in items["Site visit"]
    assert {
        "id": "meeting",
        "title": "meeting.ics (kept in the event's data folder)",
        "file": "data/meeting.ics",
    } in data["sources"]
    assert (root / "content" / EVENT / "data" / "meeting.ics").read_text(encoding="utf-8") == ICS
    # Importing again adds nothing.
    output = assert_ok(run_cli(["import-timeline", EVENT, str(tmp_path / "meeting.ics")], project=root))
    assert "nothing to add: the 3 timeline item(s)" in output and "nothing was changed" in output
    assert event_yaml(root) == after

    # The times are printed in the timeline's table and graphic, in order within the day.
    assert_ok(run_cli(["build", "-d", "timeline", "-f", "html"], project=root))
    page = lxml_html.parse(str(root / "build" / EVENT / "timeline.html")).getroot()
    rows = [normalise(tr.text_content()) for tr in page.iter("tr")][1:]
    titles = [r for r in rows if "2006" in r and ("session" in r or "dinner" in r or "visit" in r)]
    assert "09:30–10:30 Europe/Zurich Opening session Room XVII The chair opens the meeting." in titles[0]
    assert "17:00 UTC Working dinner" in titles[1] and "Source: meeting.ics" in titles[1]
    assert "Site visit" in titles[2]
    svg_text = normalise(" ".join(t.text_content() for t in page.iter("{*}text", "text")))
    assert "09:30 Opening session" in svg_text


def test_a_file_whose_meetings_are_all_in_the_timeline_changes_nothing(tmp_path):
    """No item to add: the file is not copied to data/ and no sources: entry is added that
    nothing would cite (validate counts no new data set)."""
    event = small_event()
    event["timeline"] = [{"date": "2006-05-13", "title": "Site visit", "kind": "meeting"}]
    root = project(tmp_path, event=event)
    calendar = tmp_path / "visit.ics"
    visit = ICS[: ICS.index("BEGIN:VEVENT")] + ICS[ICS.index("BEGIN:VEVENT\nUID:visit") :]
    calendar.write_text(visit, encoding="utf-8")
    before = snapshot(root / "content")
    counted = assert_ok(run_cli(["validate"], project=root))
    output = assert_ok(run_cli(["import-timeline", EVENT, str(calendar)], project=root))
    assert "nothing to add: the 1 timeline item(s)" in output and "nothing was changed" in output
    assert "copied" not in output and "added" not in output
    assert snapshot(root / "content") == before
    assert assert_ok(run_cli(["validate"], project=root)) == counted


CSV = (
    "Date,Start time,End time,Time zone,Meeting,Venue,Type\n"
    "2006-05-11,14:00,15:30,Europe/Zurich,Coordination of the friends,Room IX,consultation\n"
    "2006-05-12,9:00,,Europe/Zurich,Delegation briefing,Mission,\n"
)


def test_a_spreadsheet_in_the_data_folder_is_imported_in_place(tmp_path):
    root = project(tmp_path, {f"content/{EVENT}/data/schedule.csv": CSV})
    # A data file needs its source before the event validates; the import adds it.
    output = assert_ok(
        run_cli(
            [
                "import-timeline",
                EVENT,
                str(root / f"content/{EVENT}/data/schedule.csv"),
                "--source-title",
                "Mission schedule, 8 May 2006",
            ],
            project=root,
        )
    )
    assert "copied" not in output
    data = yaml.safe_load(event_yaml(root))
    first, second = [i for i in data["timeline"] if i.get("source") == "schedule"]
    assert first["kind"] == "consultation" and first["end_time"] == "15:30"
    assert second["time"] == "09:00" and second["kind"] == "meeting"
    entry = {"id": "schedule", "title": "Mission schedule, 8 May 2006", "file": "data/schedule.csv"}
    assert entry in data["sources"]
    assert "1 data set(s)" in assert_ok(run_cli(["validate"], project=root))


def test_a_spreadsheet_saved_with_semicolons_or_tabs_is_read_like_one_with_commas(tmp_path):
    """Excel saves CSV with ';' where the decimal separator is a comma (French, German …): the cells were read
    as one, and every row said "no date is written"."""
    read = {}
    for sep, name in ((",", "commas"), (";", "semicolons"), ("\t", "tabs")):
        (tmp_path / name).mkdir()
        root = project(tmp_path / name)
        (tmp_path / f"{name}.csv").write_text(CSV.replace(",", sep), encoding="utf-8")
        assert_ok(run_cli(["import-timeline", EVENT, str(tmp_path / f"{name}.csv")], project=root))
        items = [i for i in yaml.safe_load(event_yaml(root))["timeline"] if i.get("source") == name]
        read[name] = [{k: v for k, v in i.items() if k != "source"} for i in items]
    assert len(read["commas"]) == 2 and read["commas"][0]["end_time"] == "15:30"
    assert read["semicolons"] == read["tabs"] == read["commas"]


@pytest.mark.parametrize("written", ["timeline: ~", "timeline: null", "timeline: []  # none yet"])
def test_a_timeline_written_empty_gets_the_items_under_its_own_key(tmp_path, written):
    """'timeline: ~' validates (an empty list); the import wrote a second 'timeline:' key and then blamed
    the user for a duplicate in a file named after its own temporary copy."""
    root = project(tmp_path)
    path = root / "content" / EVENT / "event.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("timeline", None)
    path.write_text(yaml.safe_dump(data, sort_keys=False) + written + "\n", encoding="utf-8")
    (tmp_path / "meet.csv").write_text("date,title\n2006-05-01,Opening session\n", encoding="utf-8")
    assert_ok(run_cli(["import-timeline", EVENT, str(tmp_path / "meet.csv")], project=root))
    text = path.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("timeline")] == [
        "timeline:" + ("  # none yet" if "#" in written else "")
    ]
    assert [i["title"] for i in yaml.safe_load(text)["timeline"]] == ["Opening session"]
    assert_ok(run_cli(["validate"], project=root))


def test_a_spreadsheet_without_a_date_column_says_which_columns_it_has(tmp_path):
    root = project(tmp_path)
    (tmp_path / "other.csv").write_text("when,what\n2006-05-12,Opening\n", encoding="utf-8")
    output = assert_user_error(
        run_cli(["import-timeline", EVENT, str(tmp_path / "other.csv")], project=root), 2
    )
    assert (
        "other.csv:1: no column is called 'date' or 'title' (the header row names 'when', 'what')" in output
    )


def test_bad_rows_are_reported_with_their_lines_and_nothing_is_written(tmp_path):
    bad = "date,title,kind\n14/03/2025,First,meeting\n2006-05-12,,meeting\n2006-05-13,Third,party\n"
    root = project(tmp_path)
    (tmp_path / "bad.csv").write_text(bad, encoding="utf-8")
    before = event_yaml(root)
    result = run_cli(["import-timeline", EVENT, str(tmp_path / "bad.csv")], project=root)
    output = assert_user_error(result, 2)
    assert (
        f"bad.csv:{line_of(bad, '14/03')}: date: '14/03/2025' is written day/month/year; write dates "
        "year first, as 2025-03-14" in output
    )
    assert f"bad.csv:{line_of(bad, ',,')}: title: the meeting has no title" in output
    assert f"bad.csv:{line_of(bad, 'party')}: kind: 'party' is not a kind of meeting" in output
    assert event_yaml(root) == before
    assert not (root / "content" / EVENT / "data").exists()


def test_a_time_typed_in_event_yaml_stays_a_time(tmp_path):
    from customise_helpers import small_event

    event = small_event()
    event["timeline"][0].update(date="2006-05-12", time="10:30", timezone="Asia/Bangkok")
    root = project(tmp_path, event=event)
    path = root / "content" / EVENT / "event.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("'10:30'", "10:30"), encoding="utf-8")
    assert "time: 10:30\n" in path.read_text(encoding="utf-8")  # unquoted: YAML 1.1 would read 630
    assert_ok(run_cli(["build", "-d", "timeline", "-f", "html"], project=root))
    text = normalise(lxml_html.parse(str(root / "build" / EVENT / "timeline.html")).getroot().text_content())
    assert "10:30 Asia/Bangkok" in text


def test_a_day_month_year_date_in_event_yaml_says_how_to_write_it(tmp_path):
    from customise_helpers import small_event
    from helpers import dump_yaml

    event = small_event()
    event["event"]["date"] = "14/03/2025"
    event["timeline"][0]["date"] = "03/04/2025"
    root = project(tmp_path, event=event)
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    text = dump_yaml(event)
    assert (
        f"event.yaml:{line_of(text, '14/03/2025')}: event.date: '14/03/2025' is written day/month/year; "
        "write dates year first, as 2025-03-14" in output
    )
    assert (
        "'03/04/2025' could be day/month/year or month/day/year; write dates year first: 2025-04-03 for "
        "day/month, 2025-03-04 for month/day" in output
    )


def test_the_import_never_writes_outside_the_event(tmp_path):
    root = project(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "content" / EVENT / "data").symlink_to(elsewhere)
    (tmp_path / "meeting.ics").write_text(ICS, encoding="utf-8")
    before = event_yaml(root)
    result = run_cli(["import-timeline", EVENT, str(tmp_path / "meeting.ics")], project=root)
    assert "leads outside" in assert_user_error(result, 2)
    assert list(elsewhere.iterdir()) == [] and event_yaml(root) == before


def test_a_file_name_templates_could_not_reach_is_refused(tmp_path):
    root = project(tmp_path)
    (tmp_path / "my meetings.ics").write_text(ICS, encoding="utf-8")
    result = run_cli(["import-timeline", EVENT, str(tmp_path / "my meetings.ics")], project=root)
    assert "rename it with letters, digits" in assert_user_error(result, 2)
    assert not (root / "content" / EVENT / "data").exists()
