"""One process that imports the writers' libraries once; every worker is forked from it.

Each forked worker used to import WeasyPrint, python-docx and CairoSVG itself:
about 0.5 CPU seconds per worker, paid twice on two cores for every build.
Importing them in the build process instead, before forking, puts the import
on the build's critical path (measured: +0.3–1.0 s wall). multiprocessing's
``forkserver`` start method forks workers from a process that has imported
them, and hands each its queues over a Unix socket, but it starts that
server as a fresh interpreter, which would import pydantic, Jinja2 and lxml
again. Here the server is *forked* from the build process, after the
build's own imports, and imports the writers' libraries while the build
reads and templates; then it serves multiprocessing's own forkserver loop,
so the pool, its queues and its workers are the standard library's.

The server dies with the build: at once by ``PR_SET_PDEATHSIG`` when the
build's main thread started it (the signal is bound to the thread that
forks, see ``orphans.die_with_parent``), and in any case when the build's end
of a pipe only it holds closes, which the kernel does when the build dies;
workers forked from it die with it.
Where the standard library's forkserver is not as this module expects,
:func:`start` returns None and the workers are forked from the build as
before.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing.context import BaseContext
from typing import Any

log = logging.getLogger(__name__)


class ForkServer:
    """A running server (see the module's docstring), installed as multiprocessing's."""

    def __init__(self, pid: int, alive_w: int, own_w: int, address: str) -> None:
        self.pid, self.alive_w, self.own_w, self.address = pid, alive_w, own_w, address
        self.context: BaseContext = multiprocessing.get_context("forkserver")

    def stop(self) -> None:
        """End the server (its workers die with it) and forget it."""
        from multiprocessing import util

        server = _stdlib_server()
        with server._lock:
            if server._forkserver_pid == self.pid:
                server._forkserver_pid = server._forkserver_alive_fd = server._forkserver_address = None
        for fd in (self.own_w, self.alive_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        if not util.is_abstract_socket_namespace(self.address):
            with contextlib.suppress(OSError):
                os.unlink(self.address)


def _stdlib_server() -> Any:
    """multiprocessing's forkserver state (private, hence typed loosely)."""
    from multiprocessing import forkserver

    return forkserver._forkserver


def usable() -> bool:
    """Whether multiprocessing's forkserver is the one this module drives (CPython 3.10–3.14 on Linux)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        from multiprocessing import forkserver
    except ImportError:  # pragma: no cover
        return False
    server = getattr(forkserver, "_forkserver", None)
    needed = ("_forkserver_pid", "_forkserver_alive_fd", "_forkserver_address", "_lock")
    return (
        server is not None
        and all(hasattr(server, name) for name in needed)
        and callable(getattr(forkserver, "main", None))
        and server._forkserver_pid is None  # nobody else's server is running in this process
    )


def _private_address() -> str:
    """A socket path in multiprocessing's private temporary folder (mode 0700, made by mkdtemp).

    Not ``connection.arbitrary_address``: on Python 3.10.0–3.10.8 and 3.11.0 it
    gives a Linux abstract socket, which has no permissions, so any local user
    could connect and have a worker forked running their pickled task
    (CVE-2022-42919). A path in a folder only this user can enter is private on
    every version.
    """
    from multiprocessing import util

    return tempfile.mktemp(prefix="forkserver-", dir=util.get_temp_dir())


def start(warm: Callable[[], None], die_with_parent: Callable[[int], None]) -> ForkServer | None:
    """Fork the server, which runs ``warm`` (the imports) and then serves fork requests.

    Returns at once: the server warms up while the build goes on; the first
    worker is forked when the pool first needs one.
    """
    if not usable():
        return None
    from multiprocessing import resource_tracker, util

    server = _stdlib_server()
    parent = os.getpid()
    with server._lock:
        # Started here, not in the server: workers get its pipe from the build with each request.
        resource_tracker.ensure_running()
        listener = socket.socket(socket.AF_UNIX)
        try:
            address = _private_address()
            listener.bind(address)
            if not util.is_abstract_socket_namespace(address):
                os.chmod(address, 0o600)
            listener.listen()
            # multiprocessing's "alive" pipe: its write end goes to every worker with its
            # queues, so it closes only when they are all gone, not when the build dies.
            alive_r, alive_w = os.pipe()
            # The build's own, held by nothing else: the server ends when it closes.
            own_r, own_w = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the server process (coverage does not follow forks)
                _serve(listener.fileno(), own_r, (alive_r, alive_w, own_w), parent, warm, die_with_parent)
            os.close(alive_r)
            os.close(own_r)
        finally:
            listener.close()
        server._forkserver_address = address
        server._forkserver_alive_fd = alive_w
        server._forkserver_pid = pid
    return ForkServer(pid, alive_w, own_w, address)


#: Seconds the server waits, once warm, for the threads its libraries started to end.
ALONE_WAIT = 2.0


def alone(seconds: float = ALONE_WAIT) -> bool:
    """Wait until this process has one thread, at most *seconds*; whether it has (Linux).

    The server forks every worker, and a worker forked while another thread holds
    a lock has it held for ever by a thread it does not have. The warm-up's first
    layout (``writers.pdf.first_use``) starts Pango's font threads ("[pango]
    FcFontSetSort"), which are often still running, holding fontconfig's lock,
    when the layout has returned: a worker forked then would wait for ever in its
    first layout. They end within milliseconds.
    """
    deadline = time.monotonic() + seconds
    while True:
        try:
            threads = len(os.listdir("/proc/self/task"))
        except OSError:  # pragma: no cover - not Linux (the server runs on Linux only)
            return True
        if threads <= 1:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.001)


def _serve(
    listener_fd: int,
    own_r: int,
    unused: tuple[int, ...],
    parent: int,
    warm: Callable[[], None],
    die_with_parent: Callable[[int], None],
) -> None:  # pragma: no cover - runs in the server process
    """The server: never returns to the build's code it was forked from.

    It serves until *own_r* reads end of file: the build closed its end, or
    died. (Not multiprocessing's "alive" pipe, which its workers hold too:
    they would keep it alive, and it them.)"""
    from multiprocessing import forkserver

    code = 1
    try:
        for fd in unused:
            os.close(fd)
        # Ctrl-C reaches the whole process group: the build handles it and stops the
        # server; SIGTERM ends it quietly, not through the build's handler.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        die_with_parent(parent)
        warm()
        if not alone():
            log.debug("The writers' fork server still had a library's threads after %s s", ALONE_WAIT)
        if os.getppid() != parent:  # the build ended while this warmed up
            raise SystemExit
        forkserver.main(listener_fd, own_r, [])
    except SystemExit:  # the build closed its end of the pipe, or died: done
        code = 0
    except BaseException:
        log.exception("The writers' fork server failed")
    finally:
        os._exit(code)
