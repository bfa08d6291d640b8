"""The writer workers: started before the build needs them, stopped at once when it fails."""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import EVENT, assert_user_error, make_project, run_cli

from generator.pipeline import workers


def _slow_warm_up(*args):
    time.sleep(60)


def test_abandoned_workers_are_stopped_not_waited_for(monkeypatch):
    monkeypatch.setattr(workers, "warm_up", _slow_warm_up)
    pool = workers.start(2, None, ("pdf",))
    assert pool is not None
    # Forked from the fork server when the pool needs them: two tasks, two workers.
    pool.ask(int), pool.ask(int)
    deadline = time.monotonic() + 30
    while len(pool.processes) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(pool.processes) == 2
    started = pool.processes

    closing = threading.Thread(target=pool.close, kwargs={"abandon": True})
    closing.start()
    closing.join(timeout=20)

    assert not closing.is_alive(), "close(abandon=True) waited for the workers' warm-up"
    assert not any(p.is_alive() for p in started)
    pool.close()  # a second close does nothing


def test_workers_are_forked_from_one_warm_server_that_imported_the_writers():
    """One import of the writers' libraries for all workers: the fork server's (Linux)."""
    import os
    import sys

    from generator.config.paths import builtin_templates
    from generator.config.theme import load_theme

    theme = load_theme([builtin_templates() / "theme.toml"])
    _forget_first_use()  # made by the server, not inherited from an earlier test's layout here
    pool = workers.start(2, None, ("pdf", "docx"), theme)
    assert pool is not None
    try:
        if not sys.platform.startswith("linux"):
            assert pool.server is None
            return
        assert pool.server is not None
        pids = {pool.ask(os.getpid).result(timeout=60) for _ in range(4)}
        parents = {pool.ask(os.getppid).result(timeout=60) for _ in range(4)}
        assert parents == {pool.server.pid} and pool.server.pid not in pids
        # The server itself imported WeasyPrint (which loads Pango) before forking them.
        maps = Path(f"/proc/{pool.server.pid}/maps").read_text()
        assert "libpango" in maps and "libcairo" in maps
        # And made the theme's DOCX styles: a worker asking for them finds them made
        # (the cache may hold other themes too, forked from this test process).
        assert pool.pool.submit(_themed_package_was_made, theme).result(timeout=60)
        # And what WeasyPrint makes on a process's first layout: the workers find it made, and
        # collect their own garbage (the server collected none while it warmed up).
        made = pool.ask(_first_use_made).result(timeout=60)
        assert made == {"patterns": True, "types": True, "arrays": True, "collecting": True, "frozen": True}
    finally:
        pool.close()
    assert not _alive(pool.server.pid)
    assert not any(p.is_alive() for p in pool.processes)


def _themed_package_was_made(theme) -> bool:
    from generator.writers.docx import base

    before = base._themed_package.cache_info()
    base.themed_package(theme, theme.locale.language)
    after = base._themed_package.cache_info()
    return after.misses == before.misses and after.hits == before.hits + 1


def _forget_first_use() -> None:
    import sys

    import pyphen

    pyphen.hdcache.pop(pyphen.LANGUAGES["en"], None)
    if "weasyprint.text.ffi" in sys.modules:
        sys.modules["weasyprint.text.ffi"].ffi._parsed_types.pop("PangoRectangle *", None)


def _first_use_made() -> dict[str, bool]:
    import gc

    import pyphen
    from weasyprint.text.ffi import ffi

    from generator.writers.pdf import first_use

    return {
        "patterns": pyphen.LANGUAGES["en"] in pyphen.hdcache,
        "types": "PangoRectangle *" in ffi._parsed_types,
        "arrays": isinstance(ffi._parsed_types, first_use._SizedArrayTypes),
        "collecting": gc.isenabled(),
        "frozen": gc.get_freeze_count() > 0,
    }


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_no_workers_for_html_or_without_jobs():
    assert workers.start(2, None, ("html",)) is None
    assert workers.start(0, None, ("pdf",)) is None


def test_a_content_error_leaves_no_worker_behind(tmp_path):
    root = make_project(tmp_path, {f"content/{EVENT}/event.yaml": "event: [unclosed\n"})
    before = set(multiprocessing.active_children())

    result = run_cli(["build", "-j", "2", "-f", "pdf"], project=root)

    assert "event.yaml" in assert_user_error(result, 2)
    assert set(multiprocessing.active_children()) <= before


def test_a_located_writer_error_crosses_to_the_build_where_tblib_pickles_contexts():
    """dask and distributed load tblib, which pickles an exception with its context: a
    located error raised ``from None`` while handling an lxml error still held that
    error, which cannot be pickled, and the pool broke ("the worker stopped")."""
    import pickle
    from types import SimpleNamespace

    from lxml import etree

    from generator.errors import BuildError
    from generator.writers import _returns_picklable_errors

    pytest.importorskip("tblib.pickling_support").install()

    def writer(doc):
        try:
            etree.fromstring(b"<a")
        except etree.XMLSyntaxError:
            raise BuildError("ref.docx: word/styles.xml is not well-formed") from None

    with pytest.raises(BuildError) as raised:
        _returns_picklable_errors(writer)(SimpleNamespace(id="fact-sheet", template="t.html.j2"))
    assert raised.value.__context__ is None
    assert "ref.docx" in str(pickle.loads(pickle.dumps(raised.value)))


def _warm_up_report(out: str) -> None:
    """Run in a fresh interpreter: the fork server's warm-up, recording the processes it starts."""
    import json
    import subprocess

    from generator.config.paths import builtin_templates
    from generator.config.theme import load_theme

    started: list[str] = []
    real = subprocess.Popen.__init__

    def recording(self, args, *a, **k):
        started.append(args if isinstance(args, str) else " ".join(map(str, args)))
        real(self, args, *a, **k)

    subprocess.Popen.__init__ = recording  # type: ignore[method-assign]
    workers.import_writers(("pdf", "docx"), load_theme([builtin_templates() / "theme.toml"]))
    from weasyprint.text import ffi as weasy

    libraries = {
        name: ffi_lib is not None
        for name, ffi_lib in (("pango", weasy.pango), ("harfbuzz_subset", weasy.harfbuzz_subset))
    }
    Path(out).write_text(json.dumps({"started": started, "libraries": libraries}))


@pytest.mark.slow
@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="the fork server is Linux's")
def test_the_warm_up_runs_no_compiler_and_finds_the_libraries_a_plain_import_finds(tmp_path):
    import json
    import subprocess
    import sys

    out = tmp_path / "report.json"
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).parent.parent)!r}); "
    code += f"from pipeline.test_workers import _warm_up_report; _warm_up_report({str(out)!r})"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent.parent.parent)
    report = json.loads(out.read_text())
    assert not [c for c in report["started"] if "gcc" in c or c.split()[0].endswith("ld")], report["started"]
    plain = subprocess.run(
        [sys.executable, "-c", "from weasyprint.text import ffi; print(ffi.harfbuzz_subset is not None)"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert report["libraries"] == {"pango": True, "harfbuzz_subset": plain.stdout.strip() == "True"}


def test_imports_that_need_the_compilers_search_get_it(monkeypatch):
    """Where a library is found only by find_library's gcc or ld search, the import is run again with it."""
    from ctypes import util

    calls = []

    def imports():
        searched = util._findLib_gcc is not workers._not_searched
        calls.append(searched)
        if not searched:
            raise OSError("cannot load library 'libpango-1.0-0'")

    workers.without_compiler_search(imports)
    assert calls == [False, True]
    assert util._findLib_gcc is not workers._not_searched and util._findLib_ld is not workers._not_searched


def _start_in_a_thread_that_ends(count: int = 2):
    started: list = []
    thread = threading.Thread(target=lambda: started.append(workers.start(count, None, ("pdf",))))
    thread.start()
    thread.join()
    assert not thread.is_alive() and started[0] is not None
    time.sleep(0.5)  # what the kernel does when the thread that forked a process ends, it has done
    return started[0]


@pytest.mark.parametrize("server", [True, False], ids=["fork-server", "forked-from-the-build"])
def test_a_pool_started_from_a_thread_that_ends_keeps_its_workers(server, monkeypatch):
    """PR_SET_PDEATHSIG fires when the forking *thread* ends: the pool's fork server (or
    its workers) must not die with the thread that started the pool."""
    import os

    from generator.pipeline import forkserver

    expected = server and forkserver.usable()
    if not server:
        monkeypatch.setattr(forkserver, "usable", lambda: False)
    pool = _start_in_a_thread_that_ends()
    try:
        assert (pool.server is not None) == expected
        pids = {pool.ask(os.getpid).result(timeout=60) for _ in range(6)}
        assert pids and os.getpid() not in pids
        if pool.server:
            assert _alive(pool.server.pid)
    finally:
        pool.close()


_ORPHAN = """
import os, sys, threading, time
sys.path.insert(0, {tests!r})
from generator.pipeline import workers
started = []
thread = threading.Thread(target=lambda: started.append(workers.start(2, None, ("pdf",))))
thread.start(); thread.join()
pool = started[0]
pids = {{pool.ask(os.getpid).result(timeout=60) for _ in range(6)}}
server = pool.server.pid if pool.server else None
print(" ".join(map(str, [server or 0, *pids])), flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="Linux's parent-death signal")
@pytest.mark.parametrize("server", [True, False], ids=["fork-server", "forked-from-the-build"])
def test_workers_of_a_pool_started_from_a_thread_still_die_with_a_killed_build(server):
    import signal
    import subprocess
    import sys

    from helpers import REPO, process_alive

    code = _ORPHAN.format(tests=str(Path(__file__).parent.parent))
    if not server:
        code = code.replace(
            "from generator.pipeline import workers",
            "from generator.pipeline import workers, forkserver\nforkserver.usable = lambda: False",
        )
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=REPO) as build:
        try:
            first = build.stdout.readline().split()
        finally:
            build.send_signal(signal.SIGKILL)
    assert first, "the build printed nothing"
    server_pid, *worker_pids = map(int, first)
    assert worker_pids
    assert (server_pid != 0) == server
    deadline = time.monotonic() + 20
    left = ([server_pid] if server_pid else []) + worker_pids
    while time.monotonic() < deadline and any(process_alive(p) for p in left):
        time.sleep(0.1)
    assert not [p for p in left if process_alive(p)], "processes outlived the killed build"


#: A process with a library's thread still running (it ends after argv[1] seconds, having done
#: its work): whether ``forkserver.alone`` saw it end within argv[2] seconds, and whether its
#: work was done when ``alone`` returned.
ALONE_AFTER_A_THREAD = """
import sys, threading, time
from generator.pipeline.forkserver import alone
done = []
threading.Thread(target=lambda: (time.sleep(float(sys.argv[1])), done.append(1)), daemon=True).start()
print(alone(float(sys.argv[2])), bool(done))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is Linux only")
def test_the_fork_server_waits_for_its_libraries_threads_before_it_forks_workers():
    """The warm-up's first layout starts Pango's font threads, which can outlive it holding
    fontconfig's lock; a worker forked then would wait for that lock for ever. The server waits
    until it is one thread again (a thread that does not end is waited for a bounded time)."""
    import subprocess

    def run(*args: str) -> list[str]:
        argv = [sys.executable, "-c", ALONE_AFTER_A_THREAD, *args]
        return subprocess.run(argv, capture_output=True, text=True, check=True, timeout=60).stdout.split()

    assert run("0.3", "30") == ["True", "True"]
    assert run("60", "0.2") == ["False", "False"]
