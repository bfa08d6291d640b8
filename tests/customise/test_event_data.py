"""The event's own data: event.yaml's ``data:`` and the files in data/, as ``data.<name>`` in templates.

Each test writes real files (a spreadsheet export, a calendar, JSON, YAML)
into a tmp event, builds or validates it, and opens what came out.
"""

from __future__ import annotations

import json

from customise_helpers import project, small_event
from helpers import EVENT, assert_user_error, dump_yaml, line_of, normalise, run_cli
from lxml import html as lxml_html

from generator.content.event_data import MAX_HEADER_PROBLEMS

DATA = f"content/{EVENT}/data"
TEMPLATE = f"content/{EVENT}/templates/documents/data_sheet.html.j2"
DOCS = f"content/{EVENT}/documents.toml"

#: A template that prints every kind of data it is given.
SHEET = """\
{% extends "base.html.j2" %}
{% from "_macros.html.j2" import doc_head with context %}
{% block article %}
{{ doc_head(doc.title) }}
<p id="venue">{{ data.logistics.venue }} ({{ data.logistics.rooms | join(", ") }})</p>
<table><tbody>
{% for row in data.attendance %}
<tr><td>{{ row.Country }}</td><td>{{ row["Head of delegation"] }}</td></tr>
{% endfor %}
</tbody></table>
<p id="source">{{ data_source("attendance").title }}</p>
<p id="budget">{{ data.budget.total }} {{ data.budget.currency }}</p>
<p id="notes">{{ data.notes.hotel }}</p>
<ul>{% for e in data.sessions %}
<li>{{ e.date }} {{ e.time }} {{ e.timezone }} {{ e.title }} — {{ e.place }}</li>
{% endfor %}</ul>
{% endblock %}
"""

CSV = 'Country,Head of delegation,Size\r\nTestland,A. Delegate,4\r\n"Other, Republic of",B. Envoy,2\r\n'

ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Calendar//EN
BEGIN:VEVENT
UID:opening@example.org
DTSTART;TZID=Europe/Zurich:20060512T093000
DTEND;TZID=Europe/Zurich:20060512T103000
SUMMARY:Opening session
LOCATION:Room XVII
END:VEVENT
BEGIN:VEVENT
UID:dinner@example.org
DTSTART:20060512T170000Z
SUMMARY:Working dinner
LOCATION:Hotel
END:VEVENT
END:VCALENDAR
"""

SOURCES = [
    {
        "id": "attendance",
        "title": "Secretariat list of delegations, 10 May 2006",
        "file": "data/attendance.csv",
    },
    {"id": "budget", "title": "Budget note", "file": "data/budget.json"},
    {"id": "notes", "title": "Logistics note", "file": "data/notes.yaml"},
    {"id": "sessions", "title": "Meeting calendar", "file": "data/sessions.ics"},
]


def data_event(**changes):
    event = small_event(sources=SOURCES, data={"logistics": {"venue": "Palais", "rooms": ["XVII", "XX"]}})
    event.update(changes)
    return event


def data_files(**changes):
    files = {
        f"{DATA}/attendance.csv": CSV,
        f"{DATA}/budget.json": json.dumps({"total": 1200, "currency": "CHF"}),
        f"{DATA}/notes.yaml": "hotel: Hotel du Lac\n",
        f"{DATA}/sessions.ics": ICS,
        TEMPLATE: SHEET,
        DOCS: '[documents.data-sheet]\ntitle = "Data Sheet"\ntemplate = "documents/data_sheet.html.j2"\n',
    }
    files.update(changes)
    return files


def test_every_kind_of_data_reaches_the_template(tmp_path):
    root = project(tmp_path, data_files(), event=data_event())
    result = run_cli(["build", "-d", "data-sheet", "-f", "html"], project=root)
    assert result.exit_code == 0, result.output
    page = lxml_html.parse(str(root / "build" / EVENT / "data-sheet.html")).getroot()
    text = normalise(page.text_content())
    assert page.get_element_by_id("venue").text_content() == "Palais (XVII, XX)"
    rows = [[td.text_content() for td in tr] for tr in page.iter("tr")]
    assert rows == [["Testland", "A. Delegate"], ["Other, Republic of", "B. Envoy"]]
    assert page.get_element_by_id("source").text_content() == "Secretariat list of delegations, 10 May 2006"
    assert page.get_element_by_id("budget").text_content() == "1200 CHF"
    assert page.get_element_by_id("notes").text_content() == "Hotel du Lac"
    # Calendar times stay in the zone the calendar gives.
    assert "2006-05-12 09:30 Europe/Zurich Opening session — Room XVII" in text
    assert "2006-05-12 17:00 UTC Working dinner — Hotel" in text


def test_validate_counts_the_data(tmp_path):
    root = project(tmp_path, data_files(), event=data_event())
    result = run_cli(["validate"], project=root)
    assert result.exit_code == 0, result.output
    assert "5 data set(s)" in result.output


def test_a_data_file_needs_a_source(tmp_path):
    event = data_event(sources=SOURCES[1:])
    root = project(tmp_path, data_files(), event=event)
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert f"{DATA}/attendance.csv: no entry of 'sources:'" in output
    assert "file: data/attendance.csv" in output


def test_csv_errors_name_the_line(tmp_path):
    bad = "Country,Head of delegation,Size\nTestland,A. Delegate,4\nOther,B. Envoy\nThird,C. \x07Bell,1\n"
    root = project(tmp_path, data_files(**{f"{DATA}/attendance.csv": bad}), event=data_event())
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert f"{DATA}/attendance.csv:3: this row has 2 cells and the header row 3" in output
    assert f"{DATA}/attendance.csv:4: [1].Head of delegation: contains U+0007" in output


def test_json_and_yaml_errors_name_the_line(tmp_path):
    files = data_files(
        **{
            f"{DATA}/budget.json": '{\n  "total": 1200,\n  "currency": "CHF",\n}\n',
            f"{DATA}/notes.yaml": "hotel: Hotel du Lac\nhotel: Again\n",
        }
    )
    root = project(tmp_path, files, event=data_event())
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    # Python 3.13 places a trailing comma's error on the comma's line, earlier ones after it.
    assert (
        f"{DATA}/budget.json:4: not valid JSON" in output or f"{DATA}/budget.json:3: not valid JSON" in output
    )
    assert f"{DATA}/notes.yaml:2: hotel: duplicate key (first defined on line 1)" in output


def test_every_problem_at_once_fields_citations_data_and_config(tmp_path):
    event = data_event()
    event["event"]["number"] = "eight"
    event["asks"][0]["evidence"] = "words the speech does not have"
    files = data_files(
        **{
            f"{DATA}/attendance.csv": "Country,Country\nA,B\n",
            f"content/{EVENT}/theme.toml": '[color]\naccent = "#123456"\n',
            DOCS: '[pack]\ndocuments = ["briefing-note", "fact-shet"]\n',
        }
    )
    root = project(tmp_path, files, event=event)
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    text = dump_yaml(event)
    yaml_file = f"content/{EVENT}/event.yaml"
    assert f"{yaml_file}:{line_of(text, 'number: eight')}: event.number" in output
    assert (
        f"{yaml_file}:{line_of(text, 'words the speech')}: asks[0].evidence: the words are not in" in output
    )
    assert f"{DATA}/attendance.csv:1: two columns are called 'Country'" in output
    assert f"content/{EVENT}/theme.toml:1: color: unknown table; did you mean 'colours'?" in output
    assert (
        f"{DOCS}:2: pack.documents names fact-shet, which is not a document; did you mean 'fact-sheet'?"
        in output
    )


def test_facts_in_the_data_section_are_cited_like_any_other(tmp_path):
    event = data_event()
    event["data"]["logistics"]["welcome"] = {"text": "x", "cite": 9, "source": "nowhere"}
    root = project(tmp_path, data_files(), event=event)
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert "data.logistics.welcome.cite: paragraph 9 does not exist" in output
    assert "data.logistics.welcome.source: no source with id 'nowhere'" in output


def test_name_clash_unknown_file_and_calendar_errors(tmp_path):
    event = data_event()
    event["data"]["notes"] = {"hotel": "Inline"}
    files = data_files(**{f"{DATA}/readme.txt": "notes", f"{DATA}/broken.ics": "BEGIN:VCALENDAR\nnot ical\n"})
    root = project(tmp_path, files, event=event)
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert "data.notes is also given in event.yaml" in output
    assert f"{DATA}/readme.txt: not a data file briefkit reads" in output
    assert f"{DATA}/broken.ics: not a valid iCalendar file" in output


def test_a_data_file_linking_outside_the_event_is_refused(tmp_path):
    root = project(tmp_path, data_files(), event=data_event())
    secret = tmp_path / "secret.csv"
    secret.write_text("Country\nHidden\n", encoding="utf-8")
    link = root / DATA / "attendance.csv"
    link.unlink()
    link.symlink_to(secret)
    output = assert_user_error(run_cli(["build", "-f", "html"], project=root), 2)
    assert "leads outside" in output
    assert not (root / "build" / EVENT).exists()


def test_the_core_model_stays_closed(tmp_path):
    event = data_event()
    event["logistics"] = {"venue": "Palais"}
    root = project(tmp_path, data_files(), event=event)
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert "logistics: unknown field" in output


# -- JSON Schema declared by a document type -------------------------------------------

SCHEMA = {
    "type": "object",
    "required": ["attendance"],
    "properties": {
        "attendance": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["Country", "Size"],
                "properties": {"Size": {"type": "string", "pattern": "^[0-9]+$"}},
            },
        },
    },
}

SCHEMA_DOCS = """\
[documents.data-sheet]
title = "Data Sheet"
template = "documents/data_sheet.html.j2"
data = ["attendance"]
schema = "schemas/data_sheet.json"
"""


def test_schema_errors_are_located_in_the_data_file_all_at_once(tmp_path):
    csv = (
        "Country,Head of delegation,Size\nTestland,A. Delegate,four\nOther,B. Envoy,2\nThird,C. Envoy,many\n"
    )
    files = data_files(
        **{
            DOCS: SCHEMA_DOCS,
            f"content/{EVENT}/schemas/data_sheet.json": json.dumps(SCHEMA),
            f"{DATA}/attendance.csv": csv,
        }
    )
    root = project(tmp_path, files, event=data_event())
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert f"{DATA}/attendance.csv:2: [0].Size: 'four' does not match" in output
    assert f"{DATA}/attendance.csv:4: [2].Size: 'many' does not match" in output
    assert "the data-sheet document needs this" in output
    # Fixed, the same setup validates and builds.
    (root / DATA / "attendance.csv").write_text(CSV, encoding="utf-8")
    assert run_cli(["validate"], project=root).exit_code == 0


def test_a_document_without_its_data_is_left_out(tmp_path):
    files = data_files(
        **{
            DOCS: SCHEMA_DOCS,
            f"content/{EVENT}/schemas/data_sheet.json": json.dumps(SCHEMA),
            f"{DATA}/attendance.csv": None,
        }
    )
    event = data_event(sources=SOURCES[1:])
    root = project(tmp_path, files, event=event)
    result = run_cli(["validate"], project=root)
    assert result.exit_code == 0, result.output
    assert "data-sheet: not built for this event, which has no data.attendance" in result.output
    output = assert_user_error(run_cli(["build", "-d", "data-sheet", "-f", "html"], project=root), 2)
    assert "'data-sheet' is made from data.attendance" in output


def test_a_schema_that_is_not_one_is_reported(tmp_path):
    files = data_files(
        **{DOCS: SCHEMA_DOCS, f"content/{EVENT}/schemas/data_sheet.json": '{"type": "objekt"}'}
    )
    root = project(tmp_path, files, event=data_event())
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert "schemas/data_sheet.json: type: not a valid JSON Schema" in output


def test_a_missing_schema_file_names_the_line_declaring_it(tmp_path):
    files = data_files(**{DOCS: SCHEMA_DOCS})
    root = project(tmp_path, files, event=data_event())
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert f"{DOCS}:5: documents.data-sheet.schema: 'schemas/data_sheet.json' is not a file" in output


def test_schema_errors_come_with_the_event_file_errors_in_one_run(tmp_path):
    csv = "Country,Head of delegation,Size\nTestland,A. Delegate,four\n"
    event = data_event()
    event["event"]["number"] = "eight"
    files = data_files(
        **{
            DOCS: SCHEMA_DOCS,
            f"content/{EVENT}/schemas/data_sheet.json": json.dumps(SCHEMA),
            f"{DATA}/attendance.csv": csv,
        }
    )
    root = project(tmp_path, files, event=event)
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert "event.number" in output
    assert f"{DATA}/attendance.csv:2: [0].Size: 'four' does not match" in output


def test_schema_errors_in_the_data_section_name_the_event_file_line(tmp_path):
    event = data_event(sources=SOURCES[1:])
    event["data"]["attendance"] = [{"Country": "Testland", "Size": "4"}, {"Country": "Other", "Size": "two"}]
    files = data_files(
        **{
            DOCS: SCHEMA_DOCS,
            f"content/{EVENT}/schemas/data_sheet.json": json.dumps(SCHEMA),
            f"{DATA}/attendance.csv": None,
        }
    )
    root = project(tmp_path, files, event=event)
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    text = dump_yaml(event)
    line = line_of(text, "Size: two")
    assert f"content/{EVENT}/event.yaml:{line}: data.attendance[1].Size: 'two' does not match" in output


def test_a_schema_where_briefkit_does_not_look_for_changes_is_refused(tmp_path):
    """A schema in the event's templates/ or a hidden folder is not in the rebuild key: an edit to it
    would rebuild nothing and a build would keep output the schema now refuses."""
    for place in ("templates/data_sheet.json", ".schemas/data_sheet.json"):
        files = data_files(
            **{
                DOCS: SCHEMA_DOCS.replace("schemas/data_sheet.json", place),
                f"content/{EVENT}/{place}": json.dumps(SCHEMA),
                f"{DATA}/attendance.csv": CSV,
            }
        )
        root = project(tmp_path / place.split("/")[0], files, event=data_event())
        output = assert_user_error(run_cli(["validate"], project=root), 2)
        assert f"{DOCS}:5: documents.data-sheet.schema: '{place}' is hidden" in output, output
        assert "Move it" in output


def test_a_header_row_of_thousands_of_names_is_read_in_one_pass_and_said_in_a_few_lines(tmp_path):
    """A pasted header of 60,000 names took 75 s at 150,000 (each looked up in the whole row), and one of
    900,000 copies of 'a' printed 900,000 lines."""
    header = ";".join([f"c{i}" for i in range(60_000)] + ["a"] * 500)
    root = project(tmp_path, {f"{DATA}/wide.csv": header + "\n"})
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    said = [line for line in output.splitlines() if f"{DATA}/wide.csv:1:" in line]
    assert len(said) == MAX_HEADER_PROBLEMS + 1, said[:3]
    assert "two columns are called 'a'" in said[0] and "and 489 more problems of the header row" in said[-1]
