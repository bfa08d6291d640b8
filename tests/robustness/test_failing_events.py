"""One event of many fails: the others are not lost (``--keep-going``), or the build stops
keeping what it finished, and says so.

Three events a-event, b-event, c-event are built once; then every event's
content changes (so a rebuild replaces every output) and b-event breaks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import (
    MINIMAL_SPEECH,
    REPO,
    assert_ok,
    make_project,
    minimal_event,
    run_cli,
    snapshot,
    write_files,
)

EVENTS = ("a-event", "b-event", "c-event")
ARGS = ("-f", "html", "-f", "docx", "-d", "fact-sheet", "-d", "timeline")
BROKEN_TEMPLATE = (
    '{% extends "!builtin/documents/timeline.html.j2" %}{% block graphic %}{{ no_such_name }}{% endblock %}'
)
NEW = "Test Meeting, changed after the first build"

pytestmark = pytest.mark.slow


def _event(name: str) -> dict:
    event = minimal_event()
    event["event"]["name"] = name
    return event


@pytest.fixture
def project(tmp_path) -> Path:
    root = make_project(
        tmp_path, {"content/test-event/event.yaml": None, "content/test-event/speech.txt": None}
    )
    for event in EVENTS:
        write_files(
            root,
            {
                f"content/{event}/event.yaml": _event("Test Meeting"),
                f"content/{event}/speech.txt": MINIMAL_SPEECH,
            },
        )
    assert_ok(run_cli(["build", "-j", "2", *ARGS], project=root))
    for event in EVENTS:
        write_files(root, {f"content/{event}/event.yaml": _event(NEW)})
    return root


def _outputs(root: Path, event: str) -> dict[str, bytes]:
    return snapshot(root / "build" / event)


def _rebuilt(root: Path, event: str) -> bool:
    return all(
        NEW.encode() in (root / "build" / event / f"{doc}.html").read_bytes()
        for doc in ("fact-sheet", "timeline")
    )


def test_keep_going_builds_the_other_events_and_leaves_the_failed_one_as_it_was(project):
    write_files(project, {"content/b-event/templates/documents/timeline.html.j2": BROKEN_TEMPLATE})
    before = _outputs(project, "b-event")

    result = run_cli(["build", "-j", "2", "--keep-going", *ARGS], project=project)

    assert result.exit_code == 3, result.output  # a template error's code, as without --keep-going
    assert "no_such_name" in result.output and "timeline.html.j2" in result.output  # located as today
    assert "1 event(s) failed and kept their earlier outputs: b-event." in result.output
    assert "Traceback" not in result.output
    assert _rebuilt(project, "a-event") and _rebuilt(project, "c-event")
    assert _outputs(project, "b-event") == before
    assert "wrote build/c-event/timeline.docx" in result.output


def test_without_keep_going_the_first_failure_stops_and_keeps_what_was_finished(project):
    write_files(project, {"content/b-event/templates/documents/timeline.html.j2": BROKEN_TEMPLATE})
    before = {event: _outputs(project, event) for event in ("b-event", "c-event")}

    result = run_cli(["build", "-j", "2", *ARGS], project=project)

    assert result.exit_code == 3, result.output
    assert "no_such_name" in result.output
    assert "Built before it, and kept: a-event" in result.output
    assert _rebuilt(project, "a-event")
    assert {event: _outputs(project, event) for event in ("b-event", "c-event")} == before
    # The next build brings the rest up to date, and only the rest.
    write_files(project, {"content/b-event/templates/documents/timeline.html.j2": None})
    again = run_cli(["build", "-j", "2", *ARGS], project=project)
    assert_ok(again)
    assert "a-event" not in again.output.replace("document(s) up to date", "")
    assert _rebuilt(project, "b-event") and _rebuilt(project, "c-event")


def test_a_content_error_is_reported_with_its_line_and_the_others_built(project):
    write_files(project, {"content/b-event/event.yaml": "event:\n  name: [unclosed\n"})

    result = run_cli(["build", "-j", "2", "-k", *ARGS], project=project)

    assert result.exit_code == 2, result.output
    assert "b-event/event.yaml:3: expected" in result.output
    assert _rebuilt(project, "a-event") and _rebuilt(project, "c-event")


def test_a_worker_that_dies_loses_only_its_event(project):
    """A real worker death (os._exit in the DOCX writer for b-event): the pool is replaced."""
    before = _outputs(project, "b-event")
    write_files(project, {"content/b-event/event.yaml": _event(NEW + " (dies)")})
    script = "\n".join(
        [
            "import os, sys",
            "from generator import writers",
            "real = writers.WRITERS['docx']",
            "def docx(document):",
            "    if '(dies)' in document.html:",
            "        os._exit(9)",
            "    return real(document)",
            "writers.WRITERS['docx'] = docx",
            "from generator.cli import main",
            f"sys.argv = ['briefkit', '--project', {str(project)!r}, 'build', '-j', '2', '-k', *{list(ARGS)!r}]",
            "main()",
        ]
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )

    assert done.returncode == 4, done.stderr
    assert "worker rendering" in done.stderr and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "b-event" in done.stderr.splitlines()[-1]
    assert _outputs(project, "b-event") == before
    assert _rebuilt(project, "a-event") and _rebuilt(project, "c-event")
    manifest = json.loads((project / "build" / "c-event" / ".briefkit-manifest.json").read_text())
    assert set(manifest["documents"]) == {"fact-sheet", "timeline"}
