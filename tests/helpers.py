"""Small helpers shared by the tests: tmp projects, the CLI, PDF text."""

from __future__ import annotations

import contextlib
import copy
import io
import re
import shutil
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner, Result

from generator.cli import cli

#: The repository checkout the tests run from.
REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"
DEFAULT_EVENT = "hsn-bangkok-2006"
TEMPLATES = REPO / "templates"

#: The event folder tmp projects get when a test names no other.
EVENT = "test-event"

#: A statement small enough to reason about: a header, an opening salutation,
#: three numbered paragraphs.
MINIMAL_SPEECH = """\
Statement by the Delegate of Testland

Mr. Chairman,

We welcome the adoption of the outcome document at the summit in September 2005.

We propose an informal forum of friends, open to all interested countries.

Thank you.
"""


def minimal_event() -> dict[str, Any]:
    """The smallest valid event.yaml for MINIMAL_SPEECH, as a dict to edit and dump."""
    return copy.deepcopy(
        {
            "event": {"name": "Test Meeting", "place": "Geneva", "date": "2006-05"},
            "speech": {
                "title": "Test Statement",
                "speaker": {"name": "A. Delegate", "role": "Delegate of Testland"},
            },
            "summary": "A short summary of the statement.",
            "key_messages": [
                {
                    "text": "The delegation welcomes the outcome document.",
                    "cite": 1,
                    "evidence": "welcome the adoption of the outcome document",
                }
            ],
        }
    )


def dump_yaml(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def make_project(
    tmp_path: Path,
    files: Mapping[str, Any] | None = None,
    *,
    copy_content: bool = False,
    event: dict | None = None,
) -> Path:
    """A project folder under tmp_path; returns its root.

    The project holds one minimal valid event at ``content/test-event`` (or
    ``event`` as its event.yaml), or with ``copy_content`` a copy of the
    repository's content/. ``files`` then adds or replaces files by relative
    path: a dict is dumped as YAML, a str written as UTF-8, bytes as they are,
    and None removes the file.
    """
    root = tmp_path / "project"
    root.mkdir(parents=True, exist_ok=True)
    if copy_content:
        shutil.copytree(CONTENT, root / "content")
    else:
        write_files(
            root,
            {
                f"content/{EVENT}/event.yaml": event if event is not None else minimal_event(),
                f"content/{EVENT}/speech.txt": MINIMAL_SPEECH,
            },
        )
    write_files(root, files or {})
    return root


def write_files(root: Path, files: Mapping[str, Any]) -> None:
    for name, value in files.items():
        path = root / name
        if value is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(value, (dict, list)):
            path.write_text(dump_yaml(value), encoding="utf-8")
        elif isinstance(value, bytes):
            path.write_bytes(value)
        else:
            path.write_text(value, encoding="utf-8")


def run_cli(args: Iterable[str], project: Path | None = None, env: Mapping[str, str] | None = None) -> Result:
    """Run ``briefkit [--project PROJECT] ARGS`` in-process."""
    argv = (["--project", str(project)] if project is not None else []) + [str(a) for a in args]
    return CliRunner().invoke(cli, argv, env=dict(env or {}), prog_name="briefkit")


def assert_user_error(result: Result, exit_code: int) -> str:
    """A user's mistake: the given exit code, a message, no traceback. Returns the output."""
    output = result.output
    assert result.exit_code == exit_code, f"exit {result.exit_code}, expected {exit_code}:\n{output}"
    assert isinstance(result.exception, SystemExit), f"uncaught {result.exception!r}\n{output}"
    assert "Traceback" not in output
    assert output.startswith("Error: "), output
    return output


def assert_ok(result: Result) -> str:
    assert result.exit_code == 0, f"exit {result.exit_code}:\n{result.output}\n{result.exception!r}"
    return result.output


def line_of(text: str, needle: str, start: int = 1) -> int:
    """1-based number of the first line (from ``start``) containing ``needle``."""
    for number, line in enumerate(text.splitlines(), 1):
        if number >= start and needle in line:
            return number
    raise AssertionError(f"{needle!r} not in the text")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path: to show nothing changed."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- PDF text ---------------------------------------------------------------

_SOFT_BREAK = re.compile(r"[\u00ad\u2010]\s*\n\s*")  # "hu‐\nman": hyphenation, drop the hyphen
_HARD_BREAK = re.compile(r"-\s*\n\s*")  # "non-\nHSN": a real hyphen at the end of a line


def normalise(text: str) -> str:
    """Text for comparison: hyphenation undone, quotes and spaces made plain."""
    text = unicodedata.normalize("NFKC", text)
    text = _SOFT_BREAK.sub("", text)
    text = _HARD_BREAK.sub("-", text)
    text = text.replace("\u00ad", "")
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(path: Path) -> list[str]:
    """The extracted text of each page."""
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """The whole document's text, normalised."""
    return normalise("\n".join(pdf_pages(path)))


def page_bands(page, top: float, bottom: float) -> tuple[str, str]:
    """Text in a page's top margin and bottom margin (heights in points), normalised."""
    height = float(page.mediabox.height)
    head: list[str] = []
    foot: list[str] = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if y > height - top:
            head.append(text)
        elif y < bottom:
            foot.append(text)

    page.extract_text(visitor_text=visit)
    return normalise(" ".join(head)), normalise(" ".join(foot))


def examples(ci: int) -> int:
    """Hypothesis examples for a property: all of them in CI, a quarter in the inner loop."""
    import os

    if (
        os.environ.get("CI", "").lower() in ("1", "true", "yes")
        or os.environ.get("HYPOTHESIS_PROFILE") == "ci"
    ):
        return ci
    return max(5, ci // 4)


def documents_of(event_folder: Path):
    """The document types an event gets (a programme only with a programme, a
    timeline only with timeline items), as its build decides."""
    from generator.config.event_setup import setup_event
    from generator.config.project import Project

    event_folder = Path(event_folder)
    setup = setup_event(Project(root=event_folder.parent.parent), event_folder)
    kept = {k: v for k, v in setup.documents.documents.items() if k not in setup.without_content}
    return setup.documents.model_copy(update={"documents": kept})


def default_sigint() -> None:
    """For ``preexec_fn``: Ctrl-C as a terminal delivers it.

    A shell starts background jobs with SIGINT ignored, and Python keeps an
    ignored SIGINT ignored; a build started from such a test run would never
    see the Ctrl-C a test sends it.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def descendants(pid: int) -> list[int]:
    """The processes under *pid* (Linux): its children, theirs, and so on.

    A build's workers are its grandchildren where they are forked from the
    writers' fork server, its children elsewhere."""
    found: list[int] = []
    try:
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return found
    for child in children:
        found += [child, *descendants(child)]
    return found


def process_alive(pid: int) -> bool:
    """Whether *pid* runs (a zombie, dead and not yet reaped, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_for_workers(proc, timeout: float = 90) -> list[int]:
    """The processes under a running build once its rendering workers exist (at least
    two processes forked from it, with its command line), then a little longer."""
    import time

    # Right after Popen the child may not have exec'd yet: its command line is then empty
    # or still ours, and would match unrelated processes.
    ours = Path("/proc/self/cmdline").read_bytes()
    command = b""
    deadline = time.monotonic() + timeout
    while command in (b"", ours) and time.monotonic() < deadline and proc.poll() is None:
        command = Path(f"/proc/{proc.pid}/cmdline").read_bytes()
        time.sleep(0.01)

    def forked() -> list[int]:
        found = []
        for pid in descendants(proc.pid):
            try:
                if Path(f"/proc/{pid}/cmdline").read_bytes() == command:
                    found.append(pid)
            except OSError:
                pass
        return found

    def lasting() -> bool:
        """Two forked processes that are still there a moment later: a short-lived fork (the one that
        runs ``ldconfig -p`` while a library is looked up) carries the build's command line until it
        execs, and was once taken for a second worker (CI29: the check after the wait then found one)."""
        first = set(forked())
        if len(first) < 2:
            return False
        time.sleep(0.1)
        return len(first & set(forked())) >= 2

    started = time.monotonic()
    found = lasting()
    while not found and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        found = lasting()
    if not found:
        # Say which way it failed: a build that ended first (and how) is not one whose workers went unseen.
        seen = {}
        for pid in descendants(proc.pid):
            with contextlib.suppress(OSError):
                seen[pid] = Path(f"/proc/{pid}/cmdline").read_bytes()[:120]
        state = (
            f"the build ended first, exit {proc.returncode}"
            if proc.poll() is not None
            else f"still running after {time.monotonic() - started:.1f} s"
        )
        raise AssertionError(
            f"the build never started its workers ({state}; its command line {command[:120]!r}; "
            f"processes under it: {seen})"
        )
    time.sleep(0.5)
    return descendants(proc.pid)


def blank_pdf(pages: int = 1, width: float = 595, height: float = 842) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=width, height=height)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


#: Set in the interpreter ``alone`` starts, so that the test it runs there runs its body.
ALONE = "BRIEFKIT_TEST_ALONE"


def alone(request) -> bool:
    """Run the calling test again in a fresh interpreter of its own, without test workers, and check it
    passed there; True when this call is that run (the caller goes on with its body), False when the
    caller should return. For tests that fork: a fork of a test worker copies its threads' locks (xdist's
    channel, a preview's helpers) held, and a child once waited 600 s on one in CI."""
    import os
    import subprocess
    import sys

    if os.environ.get(ALONE) == request.node.nodeid:
        return True
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", request.node.nodeid],
        cwd=request.config.rootpath,
        env={**os.environ, ALONE: request.node.nodeid},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout[-3000:] + done.stderr[-2000:]
    return False
