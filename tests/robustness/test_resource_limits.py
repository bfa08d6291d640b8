"""Promise 3: a document that takes too long or needs too much memory ends
with a message naming it, never a hang, a traceback or a swapping machine.

Tests that could hang run briefkit in a subprocess with a hard deadline; the
ones that could eat memory also get an address-space cap of their own, so a
broken limit fails the test instead of hurting the machine.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from helpers import CONTENT, DEFAULT_EVENT, EVENT, REPO, snapshot
from trust_helpers import FACT_SHEET, FACT_SHEET_WITH, STYLESHEET, Attack

from generator.content.models import MAX_ITEMS

#: Seconds a subprocess may run before the test calls it a hang.
HANG = 25


@dataclass
class Run:
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float

    @property
    def hung(self) -> bool:
        return self.returncode is None


def briefkit(project: Path, *args: str, deadline: float = HANG, memory_cap_mb: int | None = None) -> Run:
    """``python -m generator --project PROJECT ARGS`` in a subprocess, killed after ``deadline``."""

    def cap():
        if memory_cap_mb:
            limit = memory_cap_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "--project", str(project), *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=cap,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=deadline)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        out, err = proc.communicate()
        code = None
    return Run(code, out, err, time.monotonic() - start)


def assert_stopped(run: Run, exit_code: int, *fragments: str) -> None:
    assert not run.hung, (
        f"still running after {run.seconds:.0f} s: the limit did not stop it\n{run.stderr[-2000:]}"
    )
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode == exit_code, f"exit {run.returncode}, expected {exit_code}:\n{run.stderr[-2000:]}"
    for fragment in fragments:
        assert fragment in run.stderr, f"{fragment!r} not in:\n{run.stderr[-2000:]}"


# -- time -------------------------------------------------------------------------


def test_the_pack_over_the_time_limit_is_stopped(attacked: Attack):
    """A pack whose timeline is as long as a list may be (500 items, a table of pages): the shipped pack
    alone laid out in under the 1 s limit on a quiet machine, and the test passed or failed on the load."""
    shutil.copytree(CONTENT / DEFAULT_EVENT, attacked.root / "content" / DEFAULT_EVENT)
    path = attacked.root / "content" / DEFAULT_EVENT / "event.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    dated = [item for item in data["timeline"] if not item.get("planned")]
    data["timeline"] = [
        {**dated[n % len(dated)], "date": f"{1900 + n // 12}-{n % 12 + 1:02d}"} for n in range(MAX_ITEMS)
    ]
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = attacked.build(DEFAULT_EVENT, "-d", "briefing-pack", "-f", "pdf", "--timeout", "1")
    output = attacked.refused(result, 4, "Rendering 'briefing-pack' as PDF took longer than 1 s", "--timeout")
    assert "very long table" in output and "loop in the template" not in output  # advice for a layout


@pytest.mark.slow
def test_a_huge_generated_document_is_stopped(attacked: Attack):
    """Twenty thousand paragraphs from a template loop: the writer's limit stops it."""
    attacked.write(
        {
            FACT_SHEET: FACT_SHEET_WITH.format(
                body="{% for i in range(20000) %}<p>Paragraph {{ i }} of a very long annex.</p>{% endfor %}"
            )
        }
    )
    result = attacked.build("-d", "fact-sheet", "-f", "pdf", "--timeout", "1")
    attacked.refused(result, 4, "Rendering 'fact-sheet' as PDF took longer than 1 s")


@pytest.mark.slow
def test_an_svg_drawn_for_ever_is_stopped_at_the_time_limit(attacked: Attack):
    """feTurbulence with 10⁸ octaves keeps librsvg in C for hours, where the time limit's
    alarm never runs: the build ignored --timeout 3 and waited for ever. The picture is
    drawn in a child that is killed in time, and the error names the template's <svg>."""
    from generator.writers.docx import raster

    if raster.drawer() != "librsvg":
        pytest.skip("librsvg is not installed (Debian: librsvg2-2); CairoSVG draws no filters")
    attacked.write(
        {
            FACT_SHEET: FACT_SHEET_WITH.format(
                body='<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" aria-label="x">'
                '<filter id="f"><feTurbulence baseFrequency="0.01" numOctaves="100000000"/></filter>'
                '<rect width="600" height="400" filter="url(#f)"/></svg>'
            )
        }
    )
    before = snapshot(attacked.build_dir)
    run = briefkit(attacked.root, "build", "-d", "fact-sheet", "-f", "docx", "--timeout", "3")
    assert_stopped(run, 3, "fact_sheet.html.j2", "<svg>", "librsvg was still running after", "--timeout")
    assert snapshot(attacked.build_dir) == before


@pytest.mark.slow
def test_pathological_css_ends_or_is_stopped(attacked: Attack):
    """An unbreakable block taller than a page, in type bigger than the page."""
    lines = "".join(f"<p>Line {i}</p>" for i in range(300))
    attacked.write(
        {
            FACT_SHEET: FACT_SHEET_WITH.format(
                body=f'<div style="break-inside: avoid; font-size: 900pt; line-height: 40; '
                f'orphans: 999; widows: 999">{lines}</div>'
            )
        }
    )
    start = time.monotonic()
    result = attacked.build("-d", "fact-sheet", "-f", "pdf", "--timeout", "2")
    assert time.monotonic() - start < HANG
    if result.exit_code != 0:
        attacked.refused(result, 4, "Rendering 'fact-sheet' as PDF took longer than 2 s")


@pytest.mark.slow
def test_templating_is_under_the_time_limit_too(attacked: Attack):
    """A template loop of ten billion steps: the limit must cover templating, not only writing."""
    attacked.write(
        {
            FACT_SHEET: FACT_SHEET_WITH.format(
                body="{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
            )
        }
    )
    run = briefkit(
        attacked.root, "build", "-j", "1", "-d", "fact-sheet", "-f", "html", "--timeout", "1", deadline=12
    )
    assert_stopped(run, 4, "fact-sheet", "took longer than 1 s", "loop in the template")
    assert "long table" not in run.stderr  # a template's loop, not a layout
    assert snapshot(attacked.build_dir) == {}


@pytest.mark.slow
def test_the_stylesheet_template_is_under_the_time_limit(attacked: Attack):
    """A loop in an event's css/theme.css.j2: the stylesheet is templated under the same limit."""
    attacked.write(
        {
            STYLESHEET: '{% extends "!builtin/css/theme.css.j2" %}{% block extra %}'
            "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}"
            "{% endfor %}{% endblock %}\n"
        }
    )
    run = briefkit(
        attacked.root, "build", "-j", "1", "-d", "fact-sheet", "-f", "html", "--timeout", "1", deadline=12
    )
    assert_stopped(run, 4, "stylesheet", "css/theme.css.j2", "took longer than 1 s")
    assert snapshot(attacked.build_dir) == {}


# -- memory -------------------------------------------------------------------------


@pytest.mark.slow
def test_a_template_doubling_a_text_is_stopped_by_the_memory_ceiling(attacked: Attack):
    """Forty doublings of a text (a terabyte) in the build's own process: templating runs
    under --memory-limit too, so the build stops with the template's line, not the machine.
    (The subprocess's own 3 GB address-space cap only guards the test machine.)"""
    attacked.write(
        {
            FACT_SHEET: FACT_SHEET_WITH.format(
                body=(
                    '{% set ns = namespace(s="x") %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}'
                    "{% endfor %}<p>{{ ns.s|length }}</p>"
                )
            )
        }
    )
    run = briefkit(
        attacked.root,
        "build",
        "-j",
        "1",
        "-d",
        "fact-sheet",
        "-f",
        "html",
        "--memory-limit",
        "256",
        deadline=30,
        memory_cap_mb=3072,
    )
    assert_stopped(run, 3, "fact_sheet.html.j2:", "larger than the memory")
    assert snapshot(attacked.build_dir) == {}


def _huge_picture(side: int) -> bytes:
    """A PNG of side x side transparent pixels: a few hundred kB on disk,
    4 * side * side bytes once decoded (WeasyPrint decodes it to split the alpha)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    packer = zlib.compressobj(6)
    row = bytes(1 + 4 * side)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


@pytest.mark.slow
def test_a_document_over_the_memory_ceiling_is_stopped(attacked: Attack):
    """A picture that decodes to 324 MB, under a 256 MB ceiling (it builds under the default)."""
    attacked.write({f"content/{EVENT}/poster.png": _huge_picture(9000)})
    attacked.write(
        {FACT_SHEET: FACT_SHEET_WITH.format(body='<img src="poster.png" alt="poster" width="50">')}
    )
    run = briefkit(
        attacked.root, "build", "-j", "1", "-d", "fact-sheet", "-f", "pdf", "--memory-limit", "256"
    )
    assert_stopped(run, 4, "'fact-sheet'", "memory", "--memory-limit")
    assert snapshot(attacked.build_dir) == {}


def _smallest_memory_limit() -> int:
    from generator.cli import build

    (option,) = [p for p in build.params if p.name == "memory_limit"]
    return option.type.min


@pytest.mark.slow
def test_the_smallest_memory_ceiling_leaves_room_for_a_normal_document(attacked: Attack):
    """The control: a one-page fact sheet fits in the smallest ceiling the CLI accepts,
    every time (the ceiling caps address space, which threads and allocators reserve
    generously, so a too-small minimum fails only now and then: hence two builds)."""
    smallest = str(_smallest_memory_limit())
    for _ in range(2):
        run = briefkit(
            attacked.root,
            "build",
            "-j",
            "1",
            "--force",
            "-d",
            "fact-sheet",
            "-f",
            "pdf",
            "--memory-limit",
            smallest,
        )
        assert run.returncode == 0, f"--memory-limit {smallest}:\n{run.stderr[-2000:]}"


# -- special files in the event folder ---------------------------------------------


def test_a_named_pipe_in_the_event_folder_does_not_hang_the_build(attacked: Attack):
    """A FIFO (say, left by a tool) must not be read: reading one blocks forever."""
    os.mkfifo(attacked.event_dir / "notes.pipe")
    run = briefkit(
        attacked.root, "build", "-j", "1", "-d", "fact-sheet", "-f", "html", "--timeout", "2", deadline=10
    )
    assert not run.hung, "the build blocked on a named pipe in the event folder"
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode in (0, 2), run.stderr[-2000:]


@pytest.mark.parametrize("name", ["programme.json", "programme.yaml", "delegates.csv"])
def test_a_named_pipe_in_the_data_folder_does_not_hang_the_build(attacked: Attack, name):
    """A FIFO among the event's data files was read (and waited on) like a file."""
    (attacked.event_dir / "data").mkdir()
    os.mkfifo(attacked.event_dir / "data" / name)
    run = briefkit(attacked.root, "build", "-j", "1", "-d", "fact-sheet", "-f", "html", deadline=15)
    assert_stopped(run, 2, f"data/{name}", "not a regular file")


def test_a_link_to_an_endless_device_is_not_read(attacked: Attack):
    """A link to /dev/zero in the event folder must not be read to the end (it has none)."""
    attacked.link(f"content/{EVENT}/zeros.bin", "/dev/zero")
    run = briefkit(
        attacked.root, "build", "-j", "1", "-d", "fact-sheet", "-f", "html", deadline=20, memory_cap_mb=1500
    )
    assert not run.hung
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode in (0, 2), run.stderr[-2000:]


def test_a_sparse_100_gb_file_in_the_event_folder_is_not_read(attacked: Attack):
    """The rebuild check hashes the event's files: a 100 GB file (sparse, so it costs
    no disk) is keyed by its size and time, not read (which took minutes)."""
    big = attacked.event_dir / "recording.bin"
    with big.open("wb") as fh:
        try:
            fh.truncate(100 * 1024**3)
        except OSError as exc:  # pragma: no cover - a file system without sparse files
            pytest.skip(f"cannot make a sparse file here: {exc}")
    for _ in range(2):  # the first build, then the up-to-date check
        run = briefkit(attacked.root, "build", "-j", "1", "-d", "fact-sheet", "-f", "html", deadline=15)
        assert not run.hung, "the build read the 100 GB file"
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr[-2000:]


def test_a_sparse_10_gb_template_is_not_read(attacked: Attack):
    """An override template of 10 GB (sparse): read whole into the build's memory, it
    ended in a MemoryError traceback. Templates are read with a size limit."""
    path = attacked.root / FACT_SHEET
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        fh.truncate(10 * 1024**3)
    run = briefkit(
        attacked.root, "build", "-j", "1", "-d", "fact-sheet", "-f", "html", deadline=15, memory_cap_mb=3072
    )
    assert_stopped(run, 3, "fact_sheet.html.j2", "10,737,418,240 bytes")


def _built_once(a: Attack) -> Path:
    from helpers import assert_ok

    assert_ok(a.build("-d", "fact-sheet", "-f", "html"))
    manifest = a.build_dir / EVENT / ".briefkit-manifest.json"
    assert manifest.is_file()
    manifest.unlink()
    return manifest


def _manifest_naming(a: Attack, deps: list[str]) -> None:
    entry = {"key": "0" * 64, "outputs": {"html": "0" * 64}, "deps": deps}
    manifest = a.build_dir / EVENT / ".briefkit-manifest.json"
    manifest.write_text(json.dumps({"schema": 1, "documents": {"fact-sheet": entry}}), encoding="utf-8")


@pytest.mark.parametrize("device", ["fifo", "link-to-dev-zero", "naming-a-fifo", "naming-dev-zero"])
def test_a_manifest_that_is_or_names_a_pipe_or_a_device_does_not_hang(attacked: Attack, device):
    """A FIFO in the manifest's place hung the up-to-date check; a link to /dev/zero
    ended in MemoryError; so did a manifest whose template list named them. Now
    anything but a plain file is ignored, and so is a template outside the
    template folders: the documents are rebuilt, and the manifest written afresh."""
    manifest = _built_once(attacked)
    if device == "fifo":
        os.mkfifo(manifest)
    elif device == "link-to-dev-zero":
        manifest.symlink_to("/dev/zero")
    elif device == "naming-a-fifo":
        os.mkfifo(attacked.outside / "pipe")
        _manifest_naming(attacked, [str(attacked.outside / "pipe")])
    else:
        _manifest_naming(attacked, ["/dev/zero"])
    run = briefkit(
        attacked.root, "build", "-j", "1", "-d", "fact-sheet", "-f", "html", deadline=15, memory_cap_mb=3072
    )
    assert not run.hung, "the up-to-date check blocked on the manifest"
    assert "Traceback" not in run.stderr and "MemoryError" not in run.stderr, run.stderr[-3000:]
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(manifest.read_text(encoding="utf-8"))["documents"], "the manifest was not rewritten"


def test_a_manifest_linked_out_of_build_is_not_read(attacked: Attack):
    manifest = _built_once(attacked)
    real = attacked.outside / "manifest.json"
    real.write_text('{"schema": 1, "documents": {}}', encoding="utf-8")
    attacked.outside_before = {}
    manifest.symlink_to(real)
    from helpers import assert_ok
    from helpers import snapshot as snap

    outside = snap(attacked.outside)
    assert_ok(attacked.build("-d", "fact-sheet", "-f", "html"))
    assert attacked.reads.opened() == [], attacked.reads.opened()
    assert snap(attacked.outside) == outside


def test_manifest_dependencies_outside_the_templates_are_not_read(attacked: Attack):
    """A manifest whose template list names a file outside the project: it is not opened."""
    from helpers import assert_ok

    _built_once(attacked)
    _manifest_naming(attacked, [str(attacked.canary("canary.txt"))])
    assert_ok(attacked.build("-d", "fact-sheet", "-f", "html"))
    attacked.assert_nothing_leaked()
    manifest = attacked.build_dir / EVENT / ".briefkit-manifest.json"
    recorded = json.loads(manifest.read_text(encoding="utf-8"))["documents"]["fact-sheet"]["deps"]
    assert recorded and all(str(attacked.outside) not in d for d in recorded)


# -- the limits themselves -------------------------------------------------------------


@pytest.mark.parametrize(
    "option,value,says",
    [
        pytest.param("--timeout", "0", "--timeout", id="timeout-zero"),
        pytest.param("--timeout", "-5", "--timeout", id="timeout-negative"),
        pytest.param("--timeout", "soon", "--timeout", id="timeout-not-a-number"),
        pytest.param("--memory-limit", "16", "--memory-limit", id="memory-limit-too-small"),
    ],
)
def test_limits_out_of_range_are_refused(attacked: Attack, option, value, says):
    result = attacked.build("-d", "fact-sheet", "-f", "html", option, value)
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{says}'" in result.output
    assert snapshot(attacked.build_dir) == {}
    attacked.assert_nothing_leaked()
