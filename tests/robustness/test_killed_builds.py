"""Builds that are killed, or stopped twice: nothing mixed, nothing left behind, no orphans.

Each build here runs in its own process (a real SIGKILL, real signals), with
``os.replace`` in the writer wrapped so that the signal lands in the middle
of the swap that puts an event's outputs in place.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from helpers import (
    EVENT,
    REPO,
    assert_ok,
    default_sigint,
    make_project,
    minimal_event,
    process_alive,
    run_cli,
    snapshot,
    wait_for_workers,
)

ARGS = ("-f", "docx", "-f", "html", "-d", "fact-sheet", "-d", "timeline")
#: Four outputs and the manifest: five renames in the swap.
SWAP = 5
REWRITTEN = "Test Meeting, rewritten after the first build"

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path) -> Path:
    """A project built once, then edited so that the next build replaces every output."""
    root = make_project(tmp_path)
    assert_ok(run_cli(["build", "-j", "1", *ARGS], project=root))
    event = minimal_event()
    event["event"]["name"] = REWRITTEN
    (root / "content" / EVENT / "event.yaml").write_text(json.dumps(event), encoding="utf-8")
    return root


def _build_in_a_process(root: Path, on_replace: str, *args: str) -> subprocess.CompletedProcess:
    """``briefkit build`` in a child process; ``on_replace`` (Python, with ``n``: the
    1-based count of ``os.replace`` calls) runs before each rename."""
    action = textwrap.indent(textwrap.dedent(on_replace).strip(), "    ")
    script = "\n".join(
        [
            "import os, signal, sys",
            "real, calls = os.replace, [0]",
            "def action(n):",
            action,
            "def replace(*args, **kwargs):",
            "    calls[0] += 1",
            "    action(calls[0])",
            "    return real(*args, **kwargs)",
            "os.replace = replace",
            "from generator.cli import main",
            f"sys.argv = ['briefkit', '--project', {str(root)!r}, 'build', '-j', '1', *{list(args)!r}]",
            "main()",
        ]
    )
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        preexec_fn=default_sigint,
    )


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "build").rglob(".*") if p.suffix in (".tmp", ".bak"))


def _outputs(root: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(root / "build").items() if not k.endswith((".tmp", ".bak"))}


def _recorded_hashes_match(root: Path) -> bool:
    """True when the manifest describes exactly the outputs on disk."""
    import hashlib

    out = root / "build" / EVENT
    manifest = json.loads((out / ".briefkit-manifest.json").read_text(encoding="utf-8"))
    for doc_id, entry in manifest["documents"].items():
        for fmt, digest in entry["outputs"].items():
            if hashlib.sha256((out / f"{doc_id}.{fmt}").read_bytes()).hexdigest() != digest:
                return False
    return True


def test_a_build_killed_during_the_swap_is_cleaned_and_repaired_by_the_next(project):
    killed = _build_in_a_process(project, "if n == 3: os.kill(os.getpid(), signal.SIGKILL)", *ARGS)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    # The witness: a killed swap leaves backups, temporary files and a mixed set.
    assert any(name.endswith(".bak") for name in _leftovers(project)), _leftovers(project)
    assert any(name.endswith(".tmp") for name in _leftovers(project)), _leftovers(project)
    assert not _recorded_hashes_match(project)

    assert_ok(run_cli(["build", "-j", "1", *ARGS], project=project))

    assert _leftovers(project) == []
    assert _recorded_hashes_match(project)
    for doc in ("fact-sheet", "timeline"):
        assert REWRITTEN.encode() in (project / "build" / EVENT / f"{doc}.html").read_bytes()
    assert "up to date" in run_cli(["build", "-j", "1", *ARGS], project=project).output


def test_a_temporary_file_of_a_running_build_is_left_alone(project):
    """Two builds at once: the second must not remove what the first is writing."""
    out = project / "build" / EVENT
    mine = out / f".fact-sheet.html.{os.getpid()}.abc123.tmp"  # this process is alive
    mine.write_bytes(b"half")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    theirs = out / f".fact-sheet.html.{int(dead.stdout)}.abc123.tmp"
    theirs.write_bytes(b"half")

    assert_ok(run_cli(["build", "-j", "1", *ARGS], project=project))

    assert mine.exists() and not theirs.exists()


def test_a_second_signal_during_the_rollback_still_restores_everything(project):
    earlier = _outputs(project)
    # The second rename fails after a Ctrl-C has arrived; SIGTERM then comes at every
    # rename of the rollback.
    result = _build_in_a_process(
        project,
        """
        if n == 2:
            os.kill(os.getpid(), signal.SIGINT)
            raise OSError(5, "Input/output error")
        if n > 2:
            os.kill(os.getpid(), signal.SIGTERM)
    """,
        *ARGS,
    )

    assert result.returncode != 0
    assert "Aborted!" in result.stderr and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert _outputs(project) == earlier, "an interrupted rollback left old and new outputs mixed"
    assert _leftovers(project) == []


def test_ctrl_c_during_the_swap_lets_the_event_finish_then_stops(project):
    result = _build_in_a_process(project, "if n == 2: os.kill(os.getpid(), signal.SIGINT)", *ARGS)

    assert result.returncode != 0
    assert "Aborted!" in result.stderr and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert _leftovers(project) == []
    assert _recorded_hashes_match(project)
    for doc in ("fact-sheet", "timeline"):
        assert REWRITTEN.encode() in (project / "build" / EVENT / f"{doc}.html").read_bytes()
    assert "up to date" in run_cli(["build", "-j", "1", *ARGS], project=project).output


def test_workers_die_with_a_killed_build(project):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "--project",
            str(project),
            "build",
            "-j",
            "2",
            "--force",
            "-f",
            "pdf",
            "-f",
            "docx",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    workers: list[int] = []
    try:
        workers = wait_for_workers(proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(process_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        orphans = [w for w in workers if process_alive(w)]
    finally:
        for w in workers:
            if process_alive(w):
                os.kill(w, signal.SIGKILL)
    assert orphans == [], "rendering workers outlived the build that was killed"
    assert_ok(run_cli(["build", "-j", "1", *ARGS], project=project))
    assert _leftovers(project) == []
