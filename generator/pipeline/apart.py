"""A call into a C library that untrusted input drives, made in a child process the caller can stop.

The time limit (``limits.time_limit``) is a Python signal handler: it runs
only when the interpreter gets control back, so a C library that loops for
an hour on a crafted input (librsvg's ``feTurbulence`` with a hundred million
octaves) is never stopped, and a build with ``--timeout 20`` waited for ever.
A library that crashes on its input (librsvg panics, and aborts the process,
on an ``feConvolveMatrix`` of order 30) took the worker with it, which the
build then blamed on memory; in ``watch`` and ``serve``, which render in
their own process, it took the whole program.

:func:`run_apart` makes the call in a child and has the result sent back
through a pipe. The caller waits at most the time its own time limit has
left (or ``DEFAULT_SECONDS``), kills the child past it, and turns a crash
into an error that says what crashed. The child dies with its parent, and is
under a memory ceiling when the parent is not under one already.

The child is started by exec, a fresh interpreter (``apart_child``, which
says why it is not forked), and kept warm (:class:`_Warm`): it answers one
request after another until it fails, is killed, has served ``MAX_CALLS`` or
its parent goes. A child for every call cost 20–30 ms of forking and
exiting, more than drawing a logo, and made a DOCX slower than 0.3× its PDF
(docs/performance.md); a fresh interpreter costs more again, once a process.
A caller can start it before it has anything to ask (:func:`start_warm`),
with a first call of its own (the drawing library's warm-up). The warm child
is the process's own: a process forked from its parent (a worker, the fork
server) drops the one it inherited and starts its own when it needs one. A
call made while another thread uses the warm child gets a spare one, kept
for the next such call (at most ``SPARES``).
"""

from __future__ import annotations

import atexit
import contextlib
import math
import os
import pickle
import re
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import TypeVar, cast

from .apart_child import LENGTH, Stopped, command, write_all
from .limits import DEFAULT_TIMEOUT

__all__ = ["Stopped", "run_apart", "start_warm", "stop_warm", "unreaped_cpu", "warm_pid"]

T = TypeVar("T")

#: Seconds a call may take when no time limit is running (a watch's or a preview's thread).
DEFAULT_SECONDS = DEFAULT_TIMEOUT
#: What the time limit keeps for itself: the call is stopped this much sooner, so that the
#: error names the call (the picture) rather than the whole document.
MARGIN = 0.5
#: Seconds between two looks at the child (see ``_Reader``).
POLL = 0.25
#: The child's report on stderr (a panic's message) kept for the error, in bytes.
STDERR_KEPT = 4096
#: Calls a warm child answers before it is replaced: what a library keeps between calls
#: (font caches, fragments of freed memory) does not grow without end.
MAX_CALLS = 500
#: Children kept for calls made while another thread uses the warm one (a preview's or a Dask
#: worker's threads drawing at once), at most: each is a fresh interpreter (0.1 s of CPU to start,
#: 13 MB of its own memory), no longer a fork (12 ms) to throw away after one call.
SPARES = 2
#: Seconds the child is given to end on its own (its pipe closed) before it is killed.
GRACE = 1.0
#: Seconds a killed child is waited for before it is left to be reaped later.
KILLED_WAIT = 0.1
#: The last line of a Python traceback: the exception's class and its message.
_PYTHON_ERROR = re.compile(r"[A-Za-z_][\w.]*(Error|Exception): ")


def run_apart(call: Callable[..., T], *args, what: str, seconds: float | None = None) -> T:
    """``call(*args)`` in a child process; its result, or its exception raised again here.

    ``call`` must be picklable (a module's function) and its module cheap to import (the
    child imports it). ``what`` names the call in messages ("librsvg"). :class:`Stopped` is
    raised when the child takes longer than ``seconds`` (by default what the running time
    limit has left, else ``DEFAULT_SECONDS``) or dies without answering; the next call has a
    new child. Where there is no POSIX (Windows) the call is made in this process.
    """
    if os.name != "posix":  # pragma: no cover - Windows
        return call(*args)
    limit = seconds if seconds is not None else _time_left()
    lock = _state.lock
    if lock.acquire(blocking=False):
        try:
            ok, value = _ask_warm(call, args, what, limit)
        finally:
            lock.release()
    else:  # another thread is using the warm child: a spare one
        child = _spare(what)
        try:
            ok, value = child.ask(call, args, what, limit)
        except _Gone:
            raise Stopped(f"{what} ended before it could be asked") from None
        finally:
            _put_back(child)
    if ok:
        return cast(T, value)
    raise cast(BaseException, value)


def start_warm(call: Callable[..., object], *args, what: str) -> None:
    """Start this process's warm child now, unless it has one, and have it make ``call(*args)``
    (a warm-up) while this process goes on; its answer is dropped when the first call is
    answered. A child that cannot be started is reported by that call."""
    if os.name != "posix":  # pragma: no cover - Windows
        return
    lock = _state.lock
    if not lock.acquire(blocking=False):  # a thread is using the warm child: it has one
        return
    try:
        child = _state.child
        if child is None or child.owner != os.getpid() or not child.usable():
            with contextlib.suppress(Stopped, _Gone):  # the next call starts another and says why
                _warm_child(what).post(call, args)
    finally:
        lock.release()


def _ask_warm(call, args: tuple, what: str, limit: float) -> tuple[bool, object]:
    try:
        return _warm_child(what).ask(call, args, what, limit)
    except _Gone:  # it had ended before it read the call (its starting thread ended, say)
        try:
            return _warm_child(what).ask(call, args, what, limit)
        except _Gone:
            raise Stopped(f"{what} ended before it could be asked") from None


def warm_pid() -> int | None:
    """The process id of this process's warm child, or None (the tests look at it)."""
    child = _state.child
    return child.pid if child is not None and child.owner == os.getpid() else None


def unreaped_cpu() -> float:
    """CPU seconds the warm child and the idle spares have used so far, as they last said;
    ``getrusage``'s ``RUSAGE_CHILDREN`` counts a child only once it has ended (the benchmarks
    add this)."""
    with _state.spare_lock:
        children = [_state.child, *_state.spares]
    return sum(child.cpu for child in children if child is not None and child.owner == os.getpid())


def spare_pids() -> list[int]:
    """The process ids of this process's spare children, idle (the tests look at them)."""
    with _state.spare_lock:
        return [child.pid for child in _state.spares if child.owner == os.getpid()]


def stop_warm() -> None:
    """End this process's warm child and idle spares: their pipes closed, they end; killed if
    they do not within ``GRACE``. Run at the interpreter's exit; the next call starts another."""
    lock = _state.lock
    held = lock.acquire(timeout=GRACE)  # a thread still drawing at exit is not waited for long
    child, _state.child = _state.child, None
    if held:
        lock.release()
    with _state.spare_lock:
        ending, _state.spares = [child, *_state.spares], []
    for one in ending:
        if one is not None and one.owner == os.getpid():
            one.close(grace=GRACE)
    _reap_dying(wait=True)


def _spare(what: str) -> _Warm:
    """An idle spare child, or a new one."""
    with _state.spare_lock:
        while _state.spares:
            child = _state.spares.pop()
            if child.usable():
                return child
            child.close()
    return _Warm(what)


def _put_back(child: _Warm) -> None:
    """Keep a spare child that answered for the next call made while the warm one is busy, up
    to ``SPARES``; end it otherwise (it failed, crashed or overran, or enough are kept)."""
    if child.owner == os.getpid() and child.usable():
        with _state.spare_lock:
            if len(_state.spares) < SPARES:
                _state.spares.append(child)
                return
    child.close(grace=GRACE)


class _Gone(Exception):
    """The warm child had ended before it read the call."""


class _State:
    """This process's warm child, the lock a thread holds while it uses it, and its idle spares."""

    def __init__(self) -> None:
        self.child: _Warm | None = None
        self.lock = threading.Lock()
        self.spares: list[_Warm] = []
        self.spare_lock = threading.Lock()
        #: Children killed that had not ended yet, reaped at the next call.
        self.dying: list[subprocess.Popen] = []


_state = _State()


def _warm_child(what: str) -> _Warm:
    """The running warm child, or a new one (the first call, or the last one failed)."""
    _reap_dying()
    child = _state.child
    if child is not None and (child.owner != os.getpid() or not child.usable()):
        _state.child = None
        if child.owner == os.getpid():
            child.close()
        child = None
    if child is None:
        child = _state.child = _Warm(what)
    return child


class _Warm:
    """One warm child: its process, the ends of its pipes this process holds, what it has done."""

    def __init__(self, what: str) -> None:
        request_r, self.request_w = os.pipe()
        self.answer_r, answer_w = os.pipe()
        self.err_r, err_w = os.pipe()
        self.owner = os.getpid()
        self.calls = 0
        #: Answers to calls posted without waiting (a warm-up), to be read before the next one's.
        self.pending = 0
        self.cpu = 0.0
        self.broken = False
        self.status: int | None = None  # its return code, once reaped
        self.closed = False
        #: The ``sys.path`` the child has (a call sends this process's when it has changed).
        self.path = list(sys.path)
        main = threading.current_thread() is threading.main_thread()
        try:
            self.process = subprocess.Popen(
                command(request_r, answer_w, self.owner, main),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err_w,
                pass_fds=(request_r, answer_w),
            )
        except (OSError, subprocess.SubprocessError) as exc:  # no process left to this user, no memory
            for fd in (self.request_w, self.answer_r, self.err_r):
                os.close(fd)
            raise Stopped(f"{what} could not be started: {getattr(exc, 'strerror', None) or exc}") from None
        finally:
            for fd in (request_r, answer_w, err_w):
                os.close(fd)
        self.pid = self.process.pid
        _at_exit()

    def usable(self) -> bool:
        if self.broken or self.calls >= MAX_CALLS or self.closed:
            return False
        if self.process.poll() is None:
            return True
        # It ended since the last call (its starting thread ended, say), and is reaped.
        self.status, self.closed = self.process.returncode, True
        return False

    def post(self, call, args: tuple) -> None:
        """Send a call whose answer nobody waits for (a warm-up); _Gone if the child has ended."""
        self._send(call, args)
        self.pending += 1

    def _send(self, call, args: tuple) -> None:
        path = None if sys.path == self.path else list(sys.path)
        request = pickle.dumps(path) + pickle.dumps((call, args))
        self.calls += 1
        try:
            write_all(self.request_w, LENGTH.pack(len(request)) + request)
        except BrokenPipeError:
            self.broken = True
            raise _Gone from None
        if path is not None:
            self.path = path

    def ask(self, call, args: tuple, what: str, limit: float) -> tuple[bool, object]:
        """(True, the result) or (False, the exception raised) of one call; Stopped when the
        child crashes or is too slow.

        Anything that ends this unfinished (the time limit's stop, Ctrl-C) ends
        the child too: its next answer would be this call's.
        """
        done = False
        try:
            _drain(self.err_r)  # what an earlier call left on stderr is not this call's
            self._send(call, args)
            deadline = time.monotonic() + limit
            reader = _Reader(self.answer_r, self.err_r)
            while True:
                try:
                    data, stderr = reader.frame(deadline)
                except TimeoutError:
                    raise Stopped(
                        f"{what} was still running after {limit:.1f} s and was stopped "
                        "(the time limit, --timeout)"
                    ) from None
                if data is None:  # it ended: how, once it has
                    status = self.close(grace=GRACE)
                    raise Stopped(f"{what} {_death(status)}{_said(stderr)}")
                self.cpu, answer = _loaded(data, what)
                if not self.pending:
                    break
                self.pending -= 1  # a warm-up's answer
            ok, value = _loaded(answer, what)
            done = True
            self.broken = not ok  # a child that failed is not trusted with the next call
            return ok, value
        finally:
            if not done:
                self.close()

    def close(self, grace: float = 0.0) -> int | None:
        """Close this end of the pipes (the child ends on reading their end), kill the child
        if it is still running after *grace* seconds; its return code (None: killed, not
        ended yet)."""
        self.broken = True
        for fd in (self.request_w, self.answer_r, self.err_r):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.request_w = self.answer_r = self.err_r = -1
        if not self.closed:
            self.closed = True
            self.status = _reap(self.process, grace)
        return self.status


class _Reader:
    """One answer from the child, read with stderr beside it so that neither pipe fills up."""

    def __init__(self, answer_r: int, err_r: int) -> None:
        self.answer_r, self.err_r = answer_r, err_r
        self.data = bytearray()
        self.stderr = bytearray()

    def frame(self, deadline: float) -> tuple[bytes | None, bytes]:
        """(the answer's bytes or None where the child ended first, what it said on stderr);
        TimeoutError past the deadline."""
        open_fds = [self.answer_r, self.err_r]
        while True:
            size = self._size()
            if size is not None and len(self.data) >= LENGTH.size + size:
                frame = bytes(self.data[LENGTH.size : LENGTH.size + size])
                del self.data[: LENGTH.size + size]  # the next answer's beginning, if any, stays
                return frame, bytes(self.stderr)
            if self.answer_r not in open_fds:
                while self.err_r in open_fds and self._read(self.err_r):
                    pass  # the child ended: all it said, up to the end of its stderr
                return None, bytes(self.stderr)
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            # In slices: a time limit in a thread other than the main one (a Dask worker's) is an
            # exception raised between two bytecodes, which a long select would hold back.
            for fd in _readable(open_fds, min(left, POLL)):
                if not self._read(fd):
                    open_fds.remove(fd)

    def _size(self) -> int | None:
        return LENGTH.unpack_from(self.data)[0] if len(self.data) >= LENGTH.size else None

    def _read(self, fd: int) -> bool:
        """Read what is there; False at the pipe's end."""
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return False
        if fd == self.answer_r:
            self.data += chunk
        elif len(self.stderr) < STDERR_KEPT:
            self.stderr += chunk[: STDERR_KEPT - len(self.stderr)]
        return True


def _drain(fd: int) -> None:
    """Read and drop what is waiting on the pipe, without waiting."""
    while _readable([fd], 0):
        if not os.read(fd, 1 << 16):
            return


def _readable(fds: list[int], timeout: float) -> list[int]:
    """Those of *fds* with something to read, or at their end, within *timeout* seconds.

    With poll, not select: select refuses a descriptor numbered 1024 or more ("filedescriptor
    out of range"), which a process holding many files or sockets gives the child's pipes.
    """
    poller = select.poll()
    for fd in fds:
        poller.register(fd, select.POLLIN)
    return [fd for fd, _ in poller.poll(math.ceil(timeout * 1000))]


def _loaded(data: bytes, what: str):
    """An answer unpickled; Stopped if it cannot be (an exception whose class needs more
    arguments than it keeps, such as a library's own, raised a TypeError here, past the
    caller's handling of the call's errors)."""
    try:
        return pickle.loads(data)
    except Exception as exc:
        from ..clean_text import shown

        raise Stopped(f"{what} gave an answer that cannot be read ({shown(exc)[:300]})") from None


def _time_left() -> float:
    """What the running time limit (an ``ITIMER_REAL`` alarm) has left, less ``MARGIN``."""
    left = signal.getitimer(signal.ITIMER_REAL)[0] if hasattr(signal, "getitimer") else 0.0
    if left <= 0:
        return DEFAULT_SECONDS
    return left - MARGIN if left > 2 * MARGIN else left


def _reap(process: subprocess.Popen, grace: float = 0.0) -> int | None:
    """The child's return code, killing it first if it is still running after *grace* seconds;
    None if, killed, it has not ended within ``KILLED_WAIT`` (it is then reaped later, by
    ``_reap_dying``: waiting here would spend what is left of the document's time limit)."""
    status = _waited(process, grace)
    if status is None:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        status = _waited(process, KILLED_WAIT)
    if status is None:
        _state.dying.append(process)
    return status


def _waited(process: subprocess.Popen, seconds: float) -> int | None:
    """The return code of a child that ends within *seconds*, else None."""
    end = time.monotonic() + seconds
    while True:
        status = process.poll()
        if status is not None or time.monotonic() >= end:
            return status
        time.sleep(0.002)


def _reap_dying(wait: bool = False) -> None:
    """Reap the children killed earlier that had not ended then."""
    for process in list(_state.dying):
        if wait:
            process.wait()
        elif process.poll() is None:
            continue
        _state.dying.remove(process)


def _death(status: int | None) -> str:
    if status is not None and status < 0:
        try:
            name = signal.Signals(-status).name
        except ValueError:
            name = f"signal {-status}"
        return f"crashed ({name})"
    if status is None:
        return "stopped without an answer"
    return f"stopped without an answer (exit status {status})"


def _said(stderr: bytes) -> str:
    """A Rust panic's message, which says what the library did not accept (``panicked at 'message',
    file`` before Rust 1.73, ``panicked at file:`` and the message on the next line since); else
    the exception that ended a child that could not start (``ModuleNotFoundError: …``)."""
    from ..clean_text import shown

    lines = stderr.decode("utf-8", "replace").splitlines()
    if lines and "panicked at" not in stderr.decode("utf-8", "replace"):
        last = lines[-1].strip()
        return f": {shown(last[:300])}" if _PYTHON_ERROR.match(last) else ""
    for i, line in enumerate(lines):
        if "panicked at" not in line:
            continue
        rest = line.split("panicked at", 1)[1].strip()
        if rest.startswith("'") and "'" in rest[1:]:
            message = rest[1 : rest.index("'", 1)]
        else:
            message = lines[i + 1].strip() if i + 1 < len(lines) else ""
        return f": {shown(message[:300])}" if message else ""
    return ""


_exit_registered: list[int] = []


def _at_exit() -> None:
    """End the warm child when the interpreter ends (once a process; a forked one registers again)."""
    if os.getpid() not in _exit_registered:
        _exit_registered.append(os.getpid())
        atexit.register(_stop_at_exit, os.getpid())


def _stop_at_exit(owner: int) -> None:
    if os.getpid() == owner:
        stop_warm()


def _forget_inherited() -> None:
    """In a forked process: the parent's warm child and spares are not this one's. Their pipes are closed here
    (the parent still holds its own), and the lock, which another thread may have held when the
    process forked, is made anew."""
    _state.lock = threading.Lock()
    _state.spare_lock = threading.Lock()
    _state.dying = []  # the parent's to reap
    inherited = [_state.child, *_state.spares]
    _state.child, _state.spares = None, []
    for child in inherited:
        if child is not None:
            for fd in (child.request_w, child.answer_r, child.err_r):
                with contextlib.suppress(OSError):
                    os.close(fd)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_inherited)
