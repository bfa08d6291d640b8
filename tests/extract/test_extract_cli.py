"""The two commands' wiring and messages: briefkit extract and briefkit init."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from extract_helpers import FIXTURES, assert_clean_failure, run

from generator.content.drafts import find_to_check
from generator.content.yaml_source import LineMap

VELTRIA = FIXTURES / "veltria-water-2007.txt"
MARONESIA = FIXTURES / "maronesia-resilience.txt"


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_extract_prints_the_draft_and_lists_what_to_check_on_stderr(project):
    result = run("extract", str(MARONESIA))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Draft briefing content for “Statement at the Twelfth Session")
    assert yaml.safe_load(result.stdout)["speech"]["speaker"]["name"] == "Teuila Vaimoana-Hart"
    listed = re.search(r"(\d+) thing\(s\) to check, (\d+) of them value\(s\) marked TO CHECK", result.stderr)
    assert listed, result.stderr
    # The values validate will count; the rest are items written commented out (the March one here).
    marked = find_to_check(yaml.safe_load(result.stdout), LineMap(), Path("event.yaml"))
    assert int(listed[2]) == len(marked) < int(listed[1]), (marked, result.stderr)
    assert '"March last year"' in result.stderr


def test_extract_output_writes_the_draft_and_the_cleaned_statement(project):
    result = run("extract", str(MARONESIA), "-o", "content/isles/event.yaml")
    assert result.exit_code == 0, result.output
    assert "wrote content/isles/speech.txt\nwrote content/isles/event.yaml\n" in result.output
    speech = (project / "content/isles/speech.txt").read_bytes()
    assert b"\r" not in speech and b"Vaimoana-Hart" in speech and b"Back to Top" not in speech
    assert run("validate", "content/isles").exit_code == 0


def test_extract_will_not_overwrite_without_force(project):
    assert run("extract", str(VELTRIA), "-o", "out/event.yaml").exit_code == 0
    again = run("extract", str(MARONESIA), "-o", "out/event.yaml")
    assert_clean_failure(again, 2, "out/event.yaml and out/speech.txt already exist(s)", "--force")
    assert "Veltria" in (project / "out/speech.txt").read_text()
    forced = run("extract", str(MARONESIA), "-o", "out/event.yaml", "--force")
    assert forced.exit_code == 0
    assert "Maronesia" in (project / "out/speech.txt").read_text()


def test_extract_with_a_date_resolves_relative_dates(project):
    result = run("extract", str(MARONESIA), "--date", "2009-03-20")
    assert result.exit_code == 0
    data = yaml.safe_load(result.stdout)
    assert "2008-03" in [item["date"] for item in data["timeline"]]
    assert "(from --date)" in result.stdout


@pytest.mark.parametrize("value", ["yesterday", "2009-13", "2009/2010", "planned"])
def test_extract_refuses_a_date_that_is_not_one(project, value):
    result = run("extract", str(VELTRIA), "--date", value)
    assert_clean_failure(result, 2, "Invalid value for '--date'")


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("06/2006", "'06/2006' is written month/year; write dates year first, as 2006-06."),
        ("yesterday", "'yesterday' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD."),
    ],
)
def test_a_statement_date_written_wrong_says_how_to_write_it_and_nothing_it_may_not_be(project, value, said):
    """--date took the event file's advice: ranges and 'planned', which a statement's date cannot be."""
    result = run("extract", str(VELTRIA), "--date", value)
    assert_clean_failure(result, 2, said)
    assert "range" not in result.output and "planned" not in result.output


@pytest.mark.parametrize("value", ["9999-12-31", "9999", "0000-01-01"])
def test_extract_refuses_a_date_the_calendar_cannot_count_from(project, value):
    """The review of the evening of 2026-11-30: every relative date counts from --date, and "in 99 days",
    "between December and January" from 9999 (or anything from year 0) was a traceback."""
    statement = project / "edge.txt"
    statement.write_text(
        "The Minister said:\n\nWe met between December and January, and we will meet again in 99 days.\n",
        encoding="utf-8",
    )
    result = run("extract", str(statement), "--date", value)
    assert_clean_failure(result, 2, "Invalid value for '--date'", "between 1800 and 2099")


def test_init_makes_an_event_folder_under_content(project):
    result = run("init", "veltria-water", "--speech", str(VELTRIA))
    assert result.exit_code == 0, result.output
    folder = project / "content" / "veltria-water"
    assert sorted(p.name for p in folder.iterdir()) == ["event.yaml", "speech.txt"]
    assert result.output.splitlines()[:2] == [
        "wrote content/veltria-water/speech.txt",
        "wrote content/veltria-water/event.yaml",
    ]
    assert "  - glossary: ORBA is not spelt out" in result.output
    assert result.output.endswith(
        "briefkit validate content/veltria-water\n  briefkit build content/veltria-water\n"
    )
    event = (folder / "event.yaml").read_text()
    assert event.startswith("# Draft briefing content for “Water Without Borders”")
    assert "# What to do with it:" in event
    validated = run("validate", "content/veltria-water")
    assert validated.exit_code == 0 and "6 timeline items" in validated.output


def test_init_takes_a_path_too(project):
    assert run("init", "elsewhere/isles-2008", "--speech", str(MARONESIA)).exit_code == 0
    assert (project / "elsewhere/isles-2008/event.yaml").is_file()


def test_init_refuses_an_existing_folder_unless_forced(project):
    assert run("init", "content/water", "--speech", str(VELTRIA)).exit_code == 0
    (project / "content/water/theme.toml").write_text("# mine\n")
    again = run("init", "content/water", "--speech", str(MARONESIA))
    assert_clean_failure(again, 2, "already exists (event.yaml, speech.txt, theme.toml)", "--force")
    assert "Veltria" in (project / "content/water/speech.txt").read_text()
    forced = run("init", "content/water", "--speech", str(MARONESIA), "--force")
    assert forced.exit_code == 0, forced.output
    assert "Maronesia" in (project / "content/water/speech.txt").read_text()
    assert (project / "content/water/theme.toml").read_text() == "# mine\n"


def test_init_accepts_an_empty_existing_folder(project):
    (project / "content/empty").mkdir(parents=True)
    assert run("init", "content/empty", "--speech", str(VELTRIA)).exit_code == 0


@pytest.mark.parametrize("name", ["My Event", "my_event", "Water", "-water", "water-", "wa--ter", "é"])
def test_init_refuses_a_folder_name_that_is_not_a_slug(project, name):
    result = run("init", f"content/{name}", "--speech", str(VELTRIA))
    assert_clean_failure(
        result, 2, f"'{name}' cannot name an event folder", "lower-case letters, digits and dashes"
    )
    assert not (project / "content" / name).exists()


def test_init_does_not_create_the_folder_when_the_statement_is_unusable(project):
    bad = project / "statement.pdf"
    bad.write_bytes(b"%PDF-1.4\n...")
    result = run("init", "content/new-event", "--speech", str(bad))
    assert_clean_failure(result, 2, "cannot be read as a PDF")
    assert not (project / "content/new-event").exists()


def test_init_refuses_a_file_where_the_folder_should_be(project):
    (project / "content").mkdir()
    (project / "content/taken").write_text("x")
    assert_clean_failure(run("init", "content/taken", "--speech", str(VELTRIA)), 2, "is a file")


def test_quiet_init_prints_nothing(project):
    result = run("-q", "init", "content/quiet", "--speech", str(VELTRIA))
    assert result.exit_code == 0 and result.output == ""


@pytest.mark.parametrize("command", ["extract", "init"])
def test_the_commands_offer_the_packages_timeline_readers_and_its_default(command):
    """The command line names the readers without importing the extract package (it would slow every
    command's start): what it offers and defaults to must be what the package has."""
    from generator.cli import cli
    from generator.extract import DEFAULT_TIMELINE_READER, TIMELINE_READERS

    option = next(p for p in cli.commands[command].params if p.name == "timeline_reader")
    assert tuple(option.type.choices) == TIMELINE_READERS
    assert option.default == DEFAULT_TIMELINE_READER
