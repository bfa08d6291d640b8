"""Progress on a terminal: shown for a long build on a terminal, never in a pipe or with -q."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys

import pytest
from helpers import EVENT, make_project

from generator.pipeline.options import Progress
from generator.pipeline.progress import TerminalProgress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def feed(progress: TerminalProgress, labels: list[str]) -> None:
    for i, label in enumerate(labels):
        progress(Progress(i, len(labels), label))
    progress(Progress(len(labels), len(labels), ""))


LABELS = ["ev/note.pdf", "ev/note.html", "ev/sheet.pdf", "ev/sheet.html"]


def test_the_bar_counts_documents_and_names_the_one_being_rendered():
    screen = Terminal()
    with TerminalProgress(2, screen, delay=0) as progress:
        progress(Progress(0, 4, LABELS[0]))
        assert "0/2" in screen.getvalue() and "ev / note" in screen.getvalue()
        progress(Progress(1, 4, LABELS[1]))
        assert progress.documents == (0, 2)  # one of the note's two formats
        progress(Progress(2, 4, LABELS[2]))
        assert progress.documents == (1, 2)
        assert "1/2" in screen.getvalue() and "ev / sheet" in screen.getvalue()
        progress(Progress(4, 4, ""))
        assert progress.documents == (2, 2)
    assert "Rendering" in screen.getvalue() and "2/2" in screen.getvalue()


def test_documents_rendered_in_fewer_formats_than_asked_for_count_when_their_outputs_are_done():
    """A print build after a plain one renders only the PDFs: each document is done with it."""
    screen = Terminal()
    pdfs = ["ev/note.pdf", "ev/sheet.pdf", "ev/pack.pdf"]
    outputs = {"ev/note": 1, "ev/sheet": 1, "ev/pack": 1}
    with TerminalProgress(3, screen, delay=0) as progress:
        progress(Progress(0, 3, pdfs[0], outputs))
        assert progress.documents == (0, 3)
        progress(Progress(1, 3, pdfs[1], outputs))
        assert progress.documents == (1, 3)
        progress(Progress(2, 3, pdfs[2], outputs))
        assert progress.documents == (2, 3)
        progress(Progress(3, 3, "", outputs))
        assert progress.documents == (3, 3)


@pytest.mark.parametrize(
    "stream, enabled", [(io.StringIO(), True), (Terminal(), False)], ids=["not a terminal", "quiet"]
)
def test_nothing_is_drawn_off_a_terminal_or_when_quiet(stream, enabled):
    with TerminalProgress(2, stream, enabled=enabled, delay=0) as progress:
        feed(progress, LABELS)
    assert stream.getvalue() == ""


def test_a_quick_build_draws_nothing():
    screen = Terminal()
    with TerminalProgress(2, screen, delay=30) as progress:
        feed(progress, LABELS)
    assert screen.getvalue() == ""


#: briefkit with the bar drawn from the start: a build here can end within the one second a real one
#: waits before drawing (a warm machine built the test event in less).
_AT_ONCE = "import generator.pipeline.progress as p; p.DELAY = 0; from generator.cli import main; main()"


def run_on_a_terminal(args: list[str], cwd) -> str:
    """Run briefkit with stdout and stderr on a pseudo-terminal; everything it drew."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    child = subprocess.Popen(
        [sys.executable, "-c", _AT_ONCE, *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 120)
            if not ready:
                raise AssertionError(f"briefkit drew nothing for 120 s: {seen[-500:]!r}")
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    finally:
        assert child.wait(timeout=120) == 0, seen.decode(errors="replace")
        os.close(leader)
    return seen.decode(errors="replace")


@pytest.mark.slow
def test_a_build_on_a_terminal_shows_progress_and_a_quiet_or_piped_one_does_not(tmp_path):
    """The bar, on a terminal only; its wait of a second is the quick-build test's (above)."""
    root = make_project(tmp_path)
    drawn = run_on_a_terminal(["build", "--force"], root)
    documents = drawn.count(".pdf\r\n")  # each document's "wrote …pdf" line
    assert documents >= 3
    assert "Rendering" in drawn
    assert f"{documents}/{documents}" in drawn
    assert f"{EVENT} / " in drawn  # the event and document being rendered
    assert "wrote build/test-event/fact-sheet.pdf" in drawn

    quiet = run_on_a_terminal(["-q", "build", "--force"], root)
    assert quiet == ""

    piped = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--force"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Rendering" not in piped.stderr and "\r" not in piped.stderr + piped.stdout
    assert "wrote build/test-event/fact-sheet.pdf" in piped.stdout
