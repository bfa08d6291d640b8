"""Mistakes in the content, through the CLI: one clear message, exit 2, nothing written."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import (
    EVENT,
    MINIMAL_SPEECH,
    assert_ok,
    assert_user_error,
    documents_of,
    line_of,
    make_project,
    run_cli,
    snapshot,
)

from generator.content.speech import parse_speech

#: The minimal valid event, written out so that tests can edit it as text.
BASE = """\
event:
  name: Test Meeting
  number: 3
  place: Geneva
  date: 2006-05
speech:
  title: Test Statement
  file: speech.txt
  speaker:
    name: A. Delegate
    role: Delegate of Testland
summary: A short summary of the statement.
key_messages:
- text: The delegation welcomes the outcome document.
  cite: 1
  evidence: welcome the adoption of the outcome document
sources:
- id: un
  title: United Nations
"""

EVENT_YAML = f"content/{EVENT}/event.yaml"
SPEECH_TXT = f"content/{EVENT}/speech.txt"
PARAGRAPHS = len(parse_speech(MINIMAL_SPEECH).paragraphs)


def edited(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def build_fails(tmp_path, files, *args: str, code: int = 2) -> tuple[str, object]:
    """Run a build that must fail with ``code``; return its output and project root."""
    root = make_project(tmp_path, {EVENT_YAML: BASE, **files})
    output = assert_user_error(run_cli(["build", *args], project=root), code)
    assert not (root / "build").exists(), "a failed build wrote files"
    return output, root


def problem_line(output: str, line: int, file: str = "event.yaml") -> str:
    """The output line reporting a problem at ``file:line`` of the test event."""
    found = [l for l in output.splitlines() if f"{file}:{line}:" in l]
    assert found, f"no problem reported at {file}:{line} in:\n{output}"
    assert f"{EVENT}/{file}:{line}:" in found[0]
    return found[0]


def test_base_event_is_valid(tmp_path):
    root = make_project(tmp_path, {EVENT_YAML: BASE})
    assert f"{EVENT}: ok ({PARAGRAPHS} speech paragraphs" in assert_ok(run_cli(["validate"], project=root))


# -- one mistake at a time: (edit, line needle, field, message) -------------

CASES = {
    "yaml-syntax": (
        ("  place: Geneva", "  place: Geneva: Switzerland"),
        "Geneva: Switzerland",
        None,
        "mapping values are not allowed here; a value holding ': ' must be quoted",
    ),
    "yaml-tab": (
        ("  place: Geneva", "\tplace: Geneva"),
        "place: Geneva",
        None,
        "replace the tab with spaces",
    ),
    # An item uncommented by deleting the "#" alone starts one column deeper than its list's other items.
    "yaml-item-one-column-deeper": (
        (
            "sources:",
            "timeline:\n  - date: 2005-09\n    title: Summit\n    cite: 1\n"
            "   - date: 2006-05\n     title: Forum\n     cite: 1\nsources:",
        ),
        "   - date: 2006-05",
        None,
        "start in the same column. Uncommenting a line? Delete the '#' and the space after it.",
    ),
    "unknown-key": (
        ("  evidence: welcome", "  evidnce: welcome"),
        "evidnce:",
        "key_messages[0].evidnce",
        "unknown field; did you mean 'evidence'?",
    ),
    "unknown-top-level-key": (
        ("summary: A short", "sumary: A short"),
        "sumary:",
        "sumary",
        "did you mean 'summary'?",
    ),
    "wrong-type": (
        ("  number: 3", "  number: eight"),
        "number: eight",
        "event.number",
        "(got 'eight')",
    ),
    "wrong-type-cite": (
        ("  cite: 1", "  cite: first"),
        "cite: first",
        "key_messages[0].cite",
        "(got 'first')",
    ),
    "wrong-type-bool-cite": (
        # YAML's true is not a paragraph number.
        ("  cite: 1", "  cite: true"),
        "cite: true",
        "key_messages[0].cite",
        "integer",
    ),
    "missing-field": (
        ("  title: Test Statement\n", ""),
        "speech:",
        "speech.title",
        "required field is missing",
    ),
    "missing-list": (
        (
            "key_messages:\n- text: The delegation welcomes the outcome document.\n  cite: 1\n"
            "  evidence: welcome the adoption of the outcome document\n",
            "",
        ),
        "event:",
        "key_messages",
        "required field is missing",
    ),
    "duplicate-key": (
        ("sources:", "summary: Again.\nsources:"),
        "summary: Again.",
        "summary",
        f"duplicate key (first defined on line {line_of(BASE, 'summary:')})",
    ),
    "bad-partial-date": (
        ("  date: 2006-05", "  date: '2006-02-30'"),
        "date: '2006-02-30'",
        "event.date",
        "day 30 does not exist in that month",
    ),
    "bad-partial-date-word": (
        ("  date: 2006-05", "  date: soon"),
        "date: soon",
        "event.date",
        "'soon' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD",
    ),
    # A bare 'date:' (YAML's null) read as planned: "Date  Planned" on the fact sheet of a past meeting
    # (review of 2026-12-02).
    "empty-date": (
        ("  date: 2006-05", "  date:"),
        "  date:",
        "event.date",
        "no date is written; write one: YYYY, YYYY-MM, YYYY-MM-DD, a range such as 1997/1998",
    ),
    "empty-date-quoted": (
        ("  date: 2006-05", "  date: ''"),
        "date: ''",
        "event.date",
        "no date is written; write one:",
    ),
    "empty-timeline-date": (
        ("sources:", "timeline:\n- date:\n  title: Second meeting\nsources:"),
        "- date:",
        "timeline[0].date",
        "no date is written; write one: YYYY, YYYY-MM, YYYY-MM-DD",
    ),
    "bad-partial-date-unquoted": (
        # YAML itself reads an unquoted 2006-02-30 as a (non-existent) timestamp.
        ("  date: 2006-05", "  date: 2006-02-30"),
        "date: 2006-02-30",
        None,
        "2006-02-30",
    ),
    "cite-missing-paragraph": (
        ("  cite: 1", "  cite: [1, 99]"),
        "cite: [1, 99]",
        "key_messages[0].cite",
        f"paragraph 99 does not exist; the speech has paragraphs 1–{PARAGRAPHS}",
    ),
    "evidence-not-in-paragraph": (
        ("  cite: 1", "  cite: 2"),
        "evidence:",
        "key_messages[0].evidence",
        "the words are not in paragraph 2",
    ),
    "unknown-source": (
        ("  cite: 1\n", "  cite: 1\n  source: unesco\n"),
        "source: unesco",
        "key_messages[0].source",
        "no source with id 'unesco'; add it under 'sources:'",
    ),
    "missing-speech-file": (
        ("  file: speech.txt", "  file: statement.txt"),
        "file: statement.txt",
        "speech.file",
        "statement.txt does not exist",
    ),
    "speech-outside-folder": (
        ("  file: speech.txt", "  file: ../speech.txt"),
        "file: ../speech.txt",
        "speech.file",
        "'../speech.txt' leaves the folder",
    ),
    # Files the rebuild key does not hash: edited, nothing was rebuilt, and a watch kept rendering with
    # the speech it had read before (review of 2026-11-30, third round).
    "hidden-speech-file": (
        ("  file: speech.txt", "  file: .speech.txt"),
        "file: .speech.txt",
        "speech.file",
        "'.speech.txt' is hidden, a backup or inside templates/",
    ),
    "speech-file-among-templates": (
        ("  file: speech.txt", "  file: templates/speech.txt"),
        "file: templates/speech.txt",
        "speech.file",
        "an edit would not rebuild anything",
    ),
    "not-a-mapping": (
        (BASE, "- just\n- a list\n"),
        "- just",
        None,
        "start with 'event:'",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_content_error(tmp_path, case):
    (old, new), needle, field, message = CASES[case]
    text = edited(old, new)
    # -f html: should validation wrongly pass, the test stays quick.
    output, _ = build_fails(tmp_path, {EVENT_YAML: text}, "-j", "1", "-f", "html")
    reported = problem_line(output, line_of(text, needle))
    if field:
        assert f": {field}: " in reported
    assert message in reported


@pytest.mark.parametrize("case", ["unknown-key", "cite-missing-paragraph", "missing-speech-file"])
def test_validate_reports_the_same(tmp_path, case):
    (old, new), needle, field, message = CASES[case]
    text = edited(old, new)
    root = make_project(tmp_path, {EVENT_YAML: text})
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    assert message in problem_line(output, line_of(text, needle))


def test_event_yaml_not_utf8(tmp_path):
    text = edited("  place: Geneva", "  place: Genève")
    output, _ = build_fails(tmp_path, {EVENT_YAML: text.encode("latin-1")})
    assert "not valid UTF-8" in output
    assert "save the file as UTF-8" in problem_line(output, line_of(text, "Genève"))


def test_speech_not_utf8(tmp_path):
    speech = MINIMAL_SPEECH.replace("informal forum", "informal forum à la carte")
    output, _ = build_fails(tmp_path, {SPEECH_TXT: speech.encode("cp1252")})
    assert "UTF-8" in problem_line(output, line_of(speech, "à la carte"), file="speech.txt")


# -- several at once --------------------------------------------------------


def test_every_field_error_is_reported(tmp_path):
    text = edited("  number: 3", "  number: eight")
    text = edited("  evidence: welcome", "  evidnce: welcome", text)
    text = edited("  date: 2006-05", "  date: soon", text)
    output, _ = build_fails(tmp_path, {EVENT_YAML: text})
    assert "3 problem(s)" in output
    assert "event.number" in problem_line(output, line_of(text, "number: eight"))
    assert "key_messages[0].evidnce" in problem_line(output, line_of(text, "evidnce"))
    assert "event.date" in problem_line(output, line_of(text, "date: soon"))


@pytest.mark.parametrize(("written", "listed"), [("15-17", "[15, 16, 17]"), ("3, 5", "[3, 5]")])
def test_a_cite_of_several_paragraphs_written_as_text_says_how_to_write_a_list(tmp_path, written, listed):
    """'cite: 15-16' was an integer error and a second, false one: "evidence without 'cite:'"."""
    text = edited("  cite: 1", f"  cite: {written}")
    output, _ = build_fails(tmp_path, {EVENT_YAML: text})
    assert "1 problem(s)" in output
    assert f"write several as a list: cite: {listed}" in problem_line(
        output, line_of(text, f"cite: {written}")
    )


def test_every_citation_error_is_reported(tmp_path):
    text = edited("  cite: 1\n", "  cite: [1, 99]\n  source: unesco\n")
    text = edited(
        "sources:",
        "talking_points:\n- text: Another point.\n  cite: 3\n  evidence: not there\nsources:",
        text,
    )
    output, _ = build_fails(tmp_path, {EVENT_YAML: text})
    assert "3 problem(s)" in output
    assert "paragraph 99 does not exist" in problem_line(output, line_of(text, "cite: [1, 99]"))
    assert "no source with id 'unesco'" in problem_line(output, line_of(text, "source: unesco"))
    assert "talking_points[0].evidence" in problem_line(output, line_of(text, "evidence: not there"))


def test_every_duplicate_key_is_reported(tmp_path):
    text = edited("summary: A short", "summary: First.\nsummary: A short")
    text = edited("  role: Delegate", "  name: Again\n    role: Delegate", text)
    output, _ = build_fails(tmp_path, {EVENT_YAML: text})
    assert "summary" in problem_line(output, line_of(text, "summary: A short"))
    assert "speech.speaker.name" in problem_line(output, line_of(text, "name: Again"))


# -- choices on the command line --------------------------------------------


def test_unknown_document(tmp_path):
    output, root = build_fails(tmp_path, {}, "--doc", "nope", "-f", "html")
    assert "Unknown document 'nope'" in output
    for doc_id in documents_of(root / "content" / EVENT).all_ids:
        assert doc_id in output


def test_unknown_format(tmp_path):
    output, _ = build_fails(tmp_path, {}, "-f", "rtf")
    assert "Unknown format 'rtf'" in output
    assert "pdf" in output and "html" in output


def test_no_events_found(tmp_path):
    output, root = build_fails(tmp_path, {EVENT_YAML: None, SPEECH_TXT: None})
    assert "No events found" in output
    assert "content" in output
    assert_user_error(run_cli(["validate"], project=root), 2)


def test_no_content_folder(tmp_path):
    root = tmp_path / "empty"
    root.mkdir()
    assert "No events found" in assert_user_error(run_cli(["build"], project=root), 2)
    assert not (root / "build").exists()


def test_event_argument_that_does_not_exist(tmp_path):
    output, _ = build_fails(tmp_path, {}, "no-such-event")
    assert "no-such-event" in output


def test_event_argument_is_a_folder_under_content(tmp_path):
    # 'briefkit build EVENTS': folders under content/, wherever briefkit runs from.
    root = make_project(tmp_path, {EVENT_YAML: BASE})
    assert f"{EVENT}: ok" in assert_ok(run_cli(["validate", EVENT], project=root))


def test_event_argument_may_be_the_event_file_itself(tmp_path):
    """'briefkit validate content/my-event/event.yaml', as a shell completes it, said "No event.yaml in
    content/my-event/event.yaml"."""
    root = make_project(tmp_path, {EVENT_YAML: BASE})
    assert f"{EVENT}: ok" in assert_ok(run_cli(["validate", str(root / EVENT_YAML)], project=root))
    assert_ok(
        run_cli(["build", "-j", "1", "-f", "html", "-d", "fact-sheet", str(root / EVENT_YAML)], project=root)
    )
    assert (root / "build" / EVENT / "fact-sheet.html").is_file()


# -- a failed build keeps what was there ------------------------------------


def test_failed_build_leaves_earlier_output_byte_identical(tmp_path):
    root = make_project(tmp_path, {EVENT_YAML: BASE})
    assert_ok(run_cli(["build", "-j", "1", "-f", "pdf", "-f", "html", "-d", "fact-sheet"], project=root))
    before = snapshot(root / "build")
    assert {"fact-sheet.pdf", "fact-sheet.html"} <= {p.rsplit("/", 1)[-1] for p in before}
    stamps = {p: p.stat().st_mtime_ns for p in (root / "build").rglob("*")}

    broken = edited("  cite: 1", "  cite: 42")
    (root / EVENT_YAML).write_text(broken, encoding="utf-8")
    for args in (
        ["build", "-f", "pdf", "-f", "html"],
        ["build", "-f", "pdf", "-f", "html", "-d", "fact-sheet"],
    ):
        output = assert_user_error(run_cli(args, project=root), 2)
        assert "paragraph 42 does not exist" in output
        assert snapshot(root / "build") == before
        assert {p: p.stat().st_mtime_ns for p in (root / "build").rglob("*")} == stamps


# -- the real command -------------------------------------------------------


def test_console_script_prints_no_traceback(tmp_path):
    root = make_project(tmp_path, {EVENT_YAML: edited("  number: 3", "  number: eight")})
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--project", str(root), "validate"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith("Error: ")
    assert "event.number" in proc.stderr
    assert "Traceback" not in proc.stderr


# -- an empty key ------------------------------------------------------------


def test_a_list_key_left_empty_is_an_empty_list(tmp_path):
    """An editor empties a list by deleting its items and leaving the key, often with comments under it;
    YAML reads the key as null, and the event is valid with nothing in that list."""
    text = BASE + "timeline:\n  # - date: 2005-09\n  #   title: TO CHECK\nglossary:\nbackground:\n"
    root = make_project(tmp_path, {EVENT_YAML: text})
    assert "0 timeline items" in assert_ok(run_cli(["validate"], project=root))


def test_key_messages_left_empty_is_still_an_error(tmp_path):
    text = edited(BASE[BASE.index("key_messages:") : BASE.index("sources:")], "key_messages:\n")
    root = make_project(tmp_path, {EVENT_YAML: text})
    output = assert_user_error(run_cli(["validate"], project=root), 2)
    reported = problem_line(output, line_of(text, "key_messages:"))
    assert "key_messages" in reported and "nothing is written after the key" in reported
