"""The PNG beside each SVG picture: drawn by librsvg (CairoSVG without it), written unfiltered.

Each test opens the PNG it gets with Pillow and reads its pixels.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import sys
import zipfile
from pathlib import Path

import apart_calls
import pytest
from helpers import EVENT, alone, assert_ok, make_project, process_alive, run_cli
from PIL import Image

from generator.drawing import svg_png
from generator.pipeline import apart
from generator.writers.docx import images, raster

SHAPES = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" width="100" height="50">'
    '<rect x="0" y="0" width="50" height="50" fill="#1d3557"/>'
    '<circle cx="75" cy="25" r="20" fill="#9b1c1c" fill-opacity="0.5"/></svg>'
)


def opened(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def labelled(text: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 40" width="300" height="40" '
        f'font-family="DejaVu Sans"><text x="5" y="28" font-size="20">{text}</text></svg>'
    ).encode()


@pytest.fixture
def librsvg():
    if raster.drawer() != "librsvg":
        pytest.skip("librsvg is not installed (Debian: librsvg2-2)")


def test_librsvg_draws_shapes_as_cairosvg_does(librsvg):
    """Same size, same colours; straight (not premultiplied) alpha in the half-transparent circle."""
    ours = opened(raster.svg_to_png(SHAPES.encode(), (200, 100)))
    theirs = opened(raster.svg_to_png(SHAPES.encode(), (200, 100), using="CairoSVG"))
    assert ours.size == theirs.size == (200, 100) and ours.mode == "RGBA"
    assert ours.getpixel((50, 50)) == (0x1D, 0x35, 0x57, 255)
    red, green, blue, alpha = ours.getpixel((150, 50))
    assert abs(alpha - 128) <= 1 and abs(red - 0x9B) <= 2 and abs(green - 0x1C) <= 2 and abs(blue - 0x1C) <= 2
    assert ours.getpixel((199, 0))[3] == 0  # outside the circle: transparent
    differing = sum(1 for a, b in zip(ours.tobytes(), theirs.tobytes(), strict=True) if abs(a - b) > 8)
    assert differing < 0.02 * 200 * 100 * 4  # antialiased edges only


def test_text_in_a_script_the_named_font_lacks_is_drawn_in_a_fallback_font(librsvg):
    """The PDF shows Japanese labels (Pango falls back to Noto CJK); so does the DOCX's PNG.

    Missing glyphs would be drawn as the same empty box for every character,
    so two different labels of equal length would give the same pixels.
    """
    one = opened(raster.svg_to_png(labelled("アジア通貨危機"), (300, 40)))
    other = opened(raster.svg_to_png(labelled("東京国際会議場"), (300, 40)))
    assert one.getbbox() is not None and one.tobytes() != other.tobytes()


@pytest.mark.parametrize("using", ["librsvg", "CairoSVG"])
def test_nothing_outside_the_svg_is_loaded(librsvg, tmp_path, using):
    """Without a base URL librsvg loads no file, however it is named; a data: URI is drawn.
    CairoSVG, drawing where librsvg is missing, loads none either (its safe mode)."""
    red = io.BytesIO()
    Image.new("RGBA", (4, 4), (255, 0, 0, 255)).save(red, "PNG")
    (tmp_path / "red.png").write_bytes(red.getvalue())
    uri = "data:image/png;base64," + base64.b64encode(red.getvalue()).decode()
    for href in (tmp_path.joinpath("red.png").as_uri(), "red.png", str(tmp_path / "red.png"), uri):
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="20" height="20"><image xlink:href="{href}" width="20" height="20"/></svg>'
        )
        cwd = os.getcwd()
        os.chdir(tmp_path)  # a relative name would be found here, if anything looked
        apart.stop_warm()  # the drawing child, started anew, starts in this folder too
        try:
            image = opened(raster.svg_to_png(svg.encode(), (20, 20), using=using))
        finally:
            os.chdir(cwd)
            apart.stop_warm()
        drawn = image.getpixel((10, 10))
        if href == uri:
            assert drawn == (255, 0, 0, 255)
        else:
            assert drawn[3] == 0, href


@pytest.mark.parametrize("using", ["librsvg", "CairoSVG"])
def test_a_style_sheet_outside_the_svg_is_not_loaded(librsvg, tmp_path, using):
    """``@import`` in the SVG's own style sheet, or ``<?xml-stylesheet?>`` before it, naming a file
    that paints the square red: the square stays black with either library."""
    sheet = tmp_path / "red.css"
    sheet.write_text("rect { fill: #ff0000 }")
    square = '<rect width="20" height="20"/></svg>'
    head = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">'
    for svg in (
        f'{head}<style>@import url("{sheet.as_uri()}");</style>{square}',
        f'<?xml-stylesheet href="{sheet.as_uri()}"?>{head}{square}',
    ):
        image = opened(raster.svg_to_png(svg.encode(), (20, 20), using=using)).convert("RGBA")
        assert image.getpixel((10, 10)) == (0, 0, 0, 255)


def test_an_svg_librsvg_cannot_read_is_a_clear_error(librsvg):
    with pytest.raises(raster.DrawError, match=r"\w"):
        raster.svg_to_png(b"<svg xmlns='http://www.w3.org/2000/svg'><rect", (10, 10))


def test_a_negative_size_is_ignored_as_a_browser_ignores_it(render):
    """The picture takes the line's width, as with no size at all (it was a traceback)."""
    document = render(
        '<figure><svg viewBox="0 0 10 5" width="-5" height="-5"><rect width="5" height="5"/></svg></figure>'
    )
    (shape,) = document.inline_shapes
    text_width = 210 - 22 - 20  # mm, the test theme's A4 page
    assert abs(shape.width.mm - text_width) < 0.5 and abs(shape.width / shape.height - 2) < 0.01


@pytest.mark.parametrize("size", [(1, 1), (3, 2), (257, 3)])
def test_the_png_writer_keeps_every_pixel(size):
    width, height = size
    rgba = bytes((i * 37 + i // 4) % 256 for i in range(width * height * 4))
    image = opened(raster.encode_png(rgba, width, height))
    assert image.size == size and image.mode == "RGBA" and image.tobytes() == rgba


def test_the_png_is_deflated_by_isal_a_dependency():
    """ISA-L deflates the picture eight times faster than zlib (docs/performance.md); zlib is
    only the fallback of a checkout run without the dependencies installed."""
    from isal import isal_zlib

    assert svg_png._compress is isal_zlib.compress


def test_the_drawing_library_in_use_is_librsvg_where_it_is_installed(librsvg):
    """The DOCX writer's pictures come from librsvg, not the CairoSVG fallback."""
    images.forget_drawn()
    source = SHAPES.encode()
    assert images.rasterise(source, (200, 100)) == raster.svg_to_png(source, (200, 100), using="librsvg")


def test_a_raster_image_with_a_negative_size_keeps_its_own(render):
    png = io.BytesIO()
    Image.new("RGB", (96, 48), "white").save(png, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(png.getvalue()).decode()
    (shape,) = render(f'<p><img src="{uri}" alt="A box" width="-10" height="-3"></p>').inline_shapes
    (natural,) = render(f'<p><img src="{uri}" alt="A box"></p>').inline_shapes
    assert (shape.width, shape.height) == (natural.width, natural.height) and natural.width > 0


def convolution(order: int) -> bytes:
    """An ``feConvolveMatrix`` of ``order`` × ``order`` ones: librsvg 2.54 panics, and aborts, from order 30."""
    kernel = " ".join(["1"] * order * order)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40" viewBox="0 0 60 40">'
        f'<filter id="f"><feConvolveMatrix order="{order}" kernelMatrix="{kernel}"/></filter>'
        '<rect width="60" height="40" fill="red" filter="url(#f)"/></svg>'
    ).encode()


#: ``feTurbulence`` with 10⁸ octaves: librsvg loops in C for hours, where no Python signal handler runs.
ENDLESS = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40" viewBox="0 0 60 40">'
    b'<filter id="f"><feTurbulence baseFrequency="0.01" numOctaves="100000000"/></filter>'
    b'<rect width="60" height="40" fill="red" filter="url(#f)"/></svg>'
)


def test_a_picture_that_crashes_the_library_is_an_error_and_this_process_lives(librsvg):
    """The abort used to end the process drawing (a worker, or a whole watch or preview server).
    The warm child it ended is reaped, and the next picture has a new one."""
    raster.svg_to_png(SHAPES.encode(), (20, 10))
    crashed = apart.warm_pid()
    with pytest.raises(raster.DrawError, match=r"librsvg crashed \(SIGABRT\): .*dimension mismatch"):
        raster.svg_to_png(convolution(30), (60, 40))
    assert opened(raster.svg_to_png(SHAPES.encode(), (200, 100))).getpixel((50, 50))[3] == 255
    assert crashed is not None and apart.warm_pid() not in (None, crashed)
    assert ended(crashed) and crashed not in children()


@pytest.mark.slow
def test_a_picture_drawn_for_ever_is_stopped_within_the_time_limit(librsvg):
    """The time limit's alarm cannot interrupt C code; the child drawing is killed when the limit has
    2 × MARGIN left or less, and the error names the library (in a watch, with no alarm, after
    ``apart.DEFAULT_SECONDS``). A test process that hangs is a failure too."""
    import time

    from generator.errors import BuildError
    from generator.pipeline.limits import time_limit

    raster.svg_to_png(SHAPES.encode(), (20, 10))
    stopped = apart.warm_pid()
    start = time.monotonic()
    with pytest.raises(raster.DrawError, match="librsvg was still running after"):
        try:
            with time_limit(3, "Drawing"):
                raster.svg_to_png(ENDLESS, (60, 40))
        except BuildError as exc:  # the alarm, not the child's deadline: also stopped, but unnamed
            pytest.fail(f"stopped by the document's limit instead of the picture's: {exc}")
    assert time.monotonic() - start < 10
    # The child drawing for ever was killed, and is reaped by the next call at the latest (that
    # is not left waiting for it to end); the next picture has a new one.
    assert stopped is not None and ended(stopped)
    assert opened(raster.svg_to_png(SHAPES.encode(), (200, 100))).getpixel((50, 50))[3] == 255
    assert apart.warm_pid() not in (None, stopped) and stopped not in children()


def children() -> set[int]:
    """This process's children (Linux), zombies included."""
    found = set()
    for task in Path("/proc/self/task").iterdir():
        found |= {int(pid) for pid in (task / "children").read_text().split()}
    return found


def test_one_warm_child_draws_picture_after_picture(librsvg):
    """Forking a child for each picture cost 20–30 ms, more than drawing a logo: one child,
    forked once, draws them all, and is this process's only child."""
    first = opened(raster.svg_to_png(SHAPES.encode(), (200, 100)))
    drawer = apart.warm_pid()
    second = opened(raster.svg_to_png(labelled("Bangkok"), (300, 40)))
    assert drawer is not None and drawer != os.getpid() and apart.warm_pid() == drawer
    assert process_alive(drawer) and drawer in children()
    assert first.getpixel((50, 50)) == (0x1D, 0x35, 0x57, 255) and second.getbbox() is not None
    assert apart.unreaped_cpu() > 0  # what it says it used, for the benchmarks' CPU clock


def test_the_warm_child_holds_no_pipe_of_this_process(librsvg):
    """A pipe this process writes to, open when the child was forked: closed here, its reader
    sees the end at once (a child holding a copy would keep it waiting while the child lives)."""
    import select

    read, write = os.pipe()
    apart.stop_warm()
    raster.svg_to_png(SHAPES.encode(), (20, 10))  # a child forked now
    assert apart.warm_pid() is not None
    os.close(write)
    try:
        assert select.select([read], [], [], 2)[0] and os.read(read, 1) == b""
    finally:
        os.close(read)


def test_a_picture_drawn_while_another_thread_draws_gets_a_spare_child_kept_for_the_next(librsvg):
    """A preview's threads draw at once: the one that finds the warm child busy is not made to wait
    for it (its picture may take the whole time limit) but draws in a spare child, a fresh
    interpreter kept for the next such picture rather than started for each; at most
    ``apart.SPARES`` are kept, and all end with the warm child."""
    apart.stop_warm()
    raster.svg_to_png(SHAPES.encode(), (20, 10))
    warm = apart.warm_pid()
    before = children()
    with apart._state.lock:  # what another thread's drawing holds
        image = opened(raster.svg_to_png(SHAPES.encode(), (200, 100)))
        (spare,) = apart.spare_pids()
        again = opened(raster.svg_to_png(labelled("Bangkok"), (300, 40)))
        assert apart.spare_pids() == [spare]  # the same one, kept
    assert image.getpixel((50, 50)) == (0x1D, 0x35, 0x57, 255) and again.getbbox() is not None
    assert apart.warm_pid() == warm and children() == before | {spare} and spare not in before
    with apart._state.lock, pytest.raises(raster.DrawError):  # a spare that failed is not kept
        raster.svg_to_png(b"<svg xmlns='http://www.w3.org/2000/svg'><rect", (10, 10))
    assert apart.spare_pids() == [] and ended(spare)
    raster.svg_to_png(SHAPES.encode(), (20, 10))
    apart.stop_warm()
    assert ended(warm) and not (children() - before)


def test_an_error_in_the_child_is_raised_here_and_the_child_is_replaced(librsvg):
    """An SVG librsvg refuses is the picture's error; a child that failed draws nothing more."""
    raster.svg_to_png(SHAPES.encode(), (20, 10))
    refused = apart.warm_pid()
    with pytest.raises(raster.DrawError, match=r"\w"):
        raster.svg_to_png(b"<svg xmlns='http://www.w3.org/2000/svg'><rect", (10, 10))
    raster.svg_to_png(SHAPES.encode(), (20, 10))
    assert apart.warm_pid() not in (None, refused) and not process_alive(refused)


def test_a_forked_process_starts_a_warm_child_of_its_own(librsvg, request):
    """A worker forked after its parent drew (a fork server, a pool) must not share the parent's
    child: two processes writing to one pipe would read each other's pictures. (Forked from a fresh
    interpreter, not from the test worker and its threads: ``alone``.)"""
    if not alone(request):
        return
    raster.svg_to_png(SHAPES.encode(), (20, 10))
    parents = apart.warm_pid()
    child = apart._state.child
    assert child is not None
    ends = (child.request_w, child.answer_r, child.err_r)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the forked process
        status = 1
        try:
            os.close(read)
            # Holding the parent's end of the request pipe, it would keep the parent's child from
            # ending when the parent closes its own.
            inherited = apart.warm_pid() or sum(1 for fd in ends if _open(fd))
            image = opened(raster.svg_to_png(SHAPES.encode(), (200, 100)))
            own = apart.warm_pid()
            os.write(write, json.dumps([inherited, own, image.getpixel((50, 50))]).encode())
            status = 0
        finally:
            os._exit(status)  # no atexit: the child must end on its pipe's end
    os.close(write)
    with os.fdopen(read, "rb") as answer:
        inherited, own, pixel = json.loads(answer.read() or b"[0, 0, 0]")
    os.waitpid(pid, 0)
    assert not inherited and own not in (None, parents) and pixel == [0x1D, 0x35, 0x57, 255]
    # The parent's child still answers; the forked process's ended with it.
    assert opened(raster.svg_to_png(SHAPES.encode(), (200, 100))).getpixel((50, 50))[3] == 255
    assert apart.warm_pid() == parents
    assert ended(own)


def _open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def ended(pid: int, seconds: float = 5) -> bool:
    """Whether *pid* ends (or is a zombie) within *seconds*."""
    import time

    deadline = time.monotonic() + seconds
    while process_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    return not process_alive(pid)


#: A process that has its warm child answer (its own pid), says the child's pid, then ends or waits.
ASK_AND_SAY = (
    "import os, sys\n"
    "from generator.pipeline import apart\n"
    "assert apart.run_apart(os.getpid, what='a test') == apart.warm_pid()\n"
    "print(apart.warm_pid(), flush=True)\n"
    "if sys.argv[1] == 'wait':\n"
    "    sys.stdin.read()\n"
)


def test_the_warm_child_ends_with_the_interpreter_or_the_killed_process():
    """At exit the child is stopped and reaped (atexit); a process killed outright closes the
    child's pipe, and the child ends on reading its end: nothing is left running either way."""
    import signal
    import subprocess

    run = [sys.executable, "-c", ASK_AND_SAY]
    with subprocess.Popen([*run, "wait"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as killed:
        exited = subprocess.run([*run, "exit"], capture_output=True, text=True, timeout=60, check=True)
        assert killed.stdout is not None
        left = int(killed.stdout.readline())
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=30)
    at_exit = int(exited.stdout)
    assert not process_alive(at_exit)  # reaped by the interpreter before it ended
    assert ended(left)


PR_SET_CHILD_SUBREAPER = 36


def _described(pid: int) -> str:
    """A process's command line and state, for a failure's message."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "ended"
    return f"{command[:200]} ({stat.rsplit(')', 1)[1].split()[0]})"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="orphans are adopted so on Linux only")
def test_a_build_leaves_no_drawing_child_running(librsvg, tmp_path):
    """Each worker draws in a warm child of its own; when the build ends, its workers end, and so
    do their children. This process adopts whatever they leave behind (it is made a subreaper):
    nothing may still run."""
    import ctypes
    import time
    from multiprocessing import resource_tracker

    libc = ctypes.CDLL(None, use_errno=True)
    before = children()
    project = make_project(tmp_path)
    assert libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    try:
        assert_ok(run_cli(["build", "-f", "docx", "-d", "timeline", "--jobs", "2"], project=project))
        # multiprocessing's resource tracker, started for the pool, serves this process to its end.
        before.add(getattr(resource_tracker._resource_tracker, "_pid", None) or 0)
        deadline = time.monotonic() + 10
        while (
            running := [p for p in children() - before if process_alive(p)]
        ) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = {pid: _described(pid) for pid in running}
    finally:
        libc.prctl(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)
        for pid in children() - before:
            with contextlib.suppress(ProcessLookupError, ChildProcessError):
                if process_alive(pid):
                    os.kill(pid, 9)
                os.waitpid(pid, 0)
    assert not left, left
    with zipfile.ZipFile(project / "build" / EVENT / "timeline.docx") as docx:
        assert any(name.endswith(".png") for name in docx.namelist())  # the chart was drawn


def test_threads_drawing_their_first_pictures_at_once_all_get_them(librsvg):
    """Threads drawing their first pictures at once (a Dask worker's): one forked its drawing child
    while another was opening the library, or while Pango's font threads held fontconfig's lock,
    and the child waited for ever for a lock no thread of its own held; its picture was stopped
    after the time limit (two cold runs in five, 24 threads; once more in CI, six threads).
    Each child is now a fresh interpreter: all six pictures are drawn."""
    import threading

    apart.stop_warm()
    svg_png._librsvg.cache_clear()  # the library looked up anew, by the threads at once
    drawn: list[bytes] = []
    threads = [
        threading.Thread(target=lambda: drawn.append(raster.svg_to_png(SHAPES.encode(), (20, 10))))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(drawn) == 6
    assert all(opened(png).getpixel((5, 5)) == (0x1D, 0x35, 0x57, 255) for png in drawn)


def _command_line(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_drawing_child_is_a_fresh_interpreter_not_a_fork_of_this_process():
    """A forked child inherits every lock another thread of its parent holds, for ever (Pango's
    font threads outlive the drawing that started them); a child started by exec inherits none.
    It runs ``apart_child`` in this Python, and has imported none of this process's modules
    (pytest) nor the writers' package (pydantic, 0.3 s a child): only what drawing needs."""
    apart.stop_warm()
    assert apart.run_apart(os.getpid, what="a test") == apart.warm_pid()
    child = apart.warm_pid()
    assert child is not None
    command = _command_line(child)
    assert command[:2] == [sys.executable, "-I"] and "apart_child" in command[3], command[:4]
    svg_png_modules = apart.run_apart(apart_calls.modules, what="a test")
    raster.svg_to_png(SHAPES.encode(), (20, 10))
    modules = set(apart.run_apart(apart_calls.modules, what="a test"))
    assert "generator.drawing.svg_png" in modules and "generator.drawing.svg_png" not in svg_png_modules
    assert not {"pytest", "pydantic", "generator.writers", "generator.pipeline.workers", "cffi"} & modules


def test_a_lock_another_thread_holds_as_the_child_starts_is_not_held_in_the_child():
    """The deadlock itself, made certain: a thread of this process holds a C library's lock (a
    pthread mutex) while the drawing child starts, and the child then takes that library's lock.
    A forked child waited for it until the time limit; a fresh interpreter has a lock of its own."""
    import threading

    held, done = threading.Event(), threading.Event()

    def holder() -> None:
        apart_calls.hold_library_lock()
        held.set()
        done.wait(30)
        apart_calls.release_library_lock()

    thread = threading.Thread(target=holder)
    apart.stop_warm()
    thread.start()
    try:
        assert held.wait(10)
        assert apart.run_apart(apart_calls.use_library_lock, what="a test", seconds=15) == "drawn"
    finally:
        done.set()
        thread.join()


def test_the_drawing_child_started_ahead_warms_up_and_then_draws(librsvg):
    """``raster.start_drawing`` (a worker, while the build templates) starts the child with a
    warm-up drawing of its own, not waited for: the first picture asked for is that picture,
    from that child."""
    apart.stop_warm()
    raster.start_drawing()
    started = apart.warm_pid()
    image = opened(raster.svg_to_png(SHAPES.encode(), (200, 100)))
    assert started is not None and apart.warm_pid() == started
    assert image.size == (200, 100) and image.getpixel((50, 50)) == (0x1D, 0x35, 0x57, 255)
    raster.start_drawing()  # it has one: nothing more is started or sent
    assert apart.warm_pid() == started
    assert opened(raster.svg_to_png(labelled("Bangkok"), (300, 40))).getbbox() is not None


def test_a_call_from_a_folder_added_to_the_path_since_the_child_started(tmp_path, monkeypatch):
    """The child imports a call's module by name, from this process's ``sys.path`` as it is when
    the call is made (a test folder, a plug-in added later), not as it was at the child's start."""
    assert apart.run_apart(len, b"ab", what="a test") == 2  # a child started before the folder is added
    started = apart.warm_pid()
    (tmp_path / "briefkit_late_module.py").write_text("def answer():\n    return 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import briefkit_late_module

    try:
        assert apart.run_apart(briefkit_late_module.answer, what="a test") == 42
        assert apart.warm_pid() == started
    finally:
        sys.modules.pop("briefkit_late_module", None)


@pytest.mark.parametrize(
    "drawing",
    [
        '<g id="a"><use xlink:href="#a"/></g>',
        '<g id="a"><use xlink:href="#b"/></g><g id="b"><use xlink:href="#a"/></g><use xlink:href="#a"/>',
        '<pattern id="p" width="5" height="5"><rect width="5" height="5" fill="url(#p)"/></pattern>'
        '<rect width="10" height="10" fill="url(#p)"/>',
    ],
)
def test_a_picture_that_draws_itself_is_a_drawing_error_with_cairosvg(drawing):
    """CairoSVG follows a reference to itself until Python's recursion limit: the RecursionError
    reached the build as a traceback (librsvg, where installed, draws such a picture blank)."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="60" height="40">{drawing}</svg>'
    )
    with pytest.raises(raster.DrawError, match="draws itself"):
        raster.svg_to_png(svg.encode(), (60, 40), using="CairoSVG")


def test_an_answer_that_cannot_be_read_here_is_stopped_and_the_child_replaced():
    """Such an exception pickles in the child but not back here: a TypeError from pickle reached
    the writer past its handling of drawing errors."""
    with pytest.raises(apart.Stopped, match="gave an answer that cannot be read"):
        apart.run_apart(apart_calls.raise_two_part, what="the drawing")
    failed = apart.warm_pid()
    assert apart.run_apart(len, b"abc", what="the drawing") == 3
    assert apart.warm_pid() != failed


def test_the_child_s_answers_travel_the_same_with_tblib_loaded():
    """tblib (which Dask loads; a worker test loads it into the test process) registers a
    reduction for every exception class that sends tracebacks and chained exceptions along:
    a drawing error raised from CairoSVG's RecursionError failed to pickle, and an exception
    this side cannot rebuild came back as itself (both passed alone and failed in the suite)."""
    pytest.importorskip("tblib.pickling_support").install()
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="60" height="40"><g id="a"><use xlink:href="#a"/></g></svg>'
    )
    with pytest.raises(raster.DrawError, match="draws itself"):
        raster.svg_to_png(svg.encode(), (60, 40), using="CairoSVG")
    with pytest.raises(apart.Stopped, match="gave an answer that cannot be read"):
        apart.run_apart(apart_calls.raise_two_part, what="the drawing")


def test_the_warm_child_answers_on_pipes_numbered_past_select_s_limit():
    """A process holding over a thousand files (a worker's or a server's sockets) gives the child's
    pipes numbers of 1024 or more, which select() refuses: the drawing failed there."""
    # A warm child left by an earlier test is ended first: its pipes, closed after the files
    # are held, would leave low numbers free for the next child's.
    apart.stop_warm()
    null = os.open(os.devnull, os.O_RDONLY)
    held = [os.dup(null) for _ in range(1100)]
    try:
        probe = os.dup(null)
        os.close(probe)
        assert probe >= 1024, probe  # the child's pipes come after the files held
        assert apart.run_apart(len, b"abc", what="the drawing") == 3
        assert apart.run_apart(len, b"abcd", what="the drawing") == 4  # the warm child, again
    finally:
        apart.stop_warm()
        for fd in held:
            os.close(fd)
        os.close(null)
