"""A call into a C library that untrusted input drives, made in a forked child the caller can stop.

The time limit (``limits.time_limit``) is a Python signal handler: it runs
only when the interpreter gets control back, so a C library that loops for
an hour on a crafted input (librsvg's ``feTurbulence`` with a hundred million
octaves) is never stopped, and a build with ``--timeout 20`` waited for ever.
A library that crashes on its input (librsvg panics, and aborts the process,
on an ``feConvolveMatrix`` of order 30) took the worker with it, which the
build then blamed on memory; in ``watch`` and ``serve``, which render in
their own process, it took the whole program.

:func:`run_apart` forks, makes the call in the child and sends the result
back through a pipe. The caller waits at most the time its own time limit
has left (or ``DEFAULT_SECONDS``), kills the child past it, and turns a
crash into an error that says what crashed. The child dies with its parent,
and is under a memory ceiling when the parent is not under one already.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import TypeVar

from .limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, set_memory_ceiling
from .workers import die_with_parent

T = TypeVar("T")

#: Seconds a call may take when no time limit is running (a watch's or a preview's thread).
DEFAULT_SECONDS = DEFAULT_TIMEOUT
#: What the time limit keeps for itself: the call is stopped this much sooner, so that the
#: error names the call (the picture) rather than the whole document.
MARGIN = 0.5
#: Seconds between two looks at the child (see ``_collect``).
POLL = 0.25
#: The child's report on stderr (a panic's message) kept for the error, in bytes.
STDERR_KEPT = 4096


class Stopped(Exception):
    """The call was stopped, crashed or could not be made; the message says which."""


def run_apart(call: Callable[..., T], *args, what: str, seconds: float | None = None) -> T:
    """``call(*args)`` in a forked child; its result, or its exception raised again here.

    ``what`` names the call in messages ("librsvg"). :class:`Stopped` is raised
    when the child takes longer than ``seconds`` (by default what the running
    time limit has left, else ``DEFAULT_SECONDS``) or dies without answering.
    Where there is no ``fork`` the call is made in this process.
    """
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        return call(*args)
    limit = seconds if seconds is not None else _time_left()
    result_r, result_w = os.pipe()
    err_r, err_w = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child (coverage does not follow os._exit)
        _child(call, args, parent, (result_r, err_r), result_w, err_w)
    os.close(result_w)
    os.close(err_w)
    try:
        data, stderr = _collect(result_r, err_r, time.monotonic() + limit)
    except TimeoutError:
        raise Stopped(
            f"{what} was still running after {limit:.1f} s and was stopped (the time limit, --timeout)"
        ) from None
    finally:
        os.close(result_r)
        os.close(err_r)
        status = _reap(pid)
    if data:
        ok, value = pickle.loads(data)
        if ok:
            return value
        raise value
    raise Stopped(f"{what} {_death(status)}{_said(stderr)}")


def _child(call, args, parent: int, close: tuple[int, int], result_w: int, err_w: int):
    """Make the call and write ``pickle((ok, value))``; never return (``os._exit``)."""
    status = 70
    try:
        for fd in close:
            os.close(fd)
        os.dup2(err_w, 2)
        os.close(err_w)
        faulthandler.disable()  # a crash is reported by the parent (a test runner enables it)
        # Ctrl-C is the parent's to handle; the parent stops the child if it must.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        die_with_parent(parent)
        _ceiling()
        try:
            answer = (True, call(*args))
        except MemoryError:
            answer = (False, Stopped("ran out of memory"))
        except Exception as exc:  # handed to the parent, which raises it
            answer = (False, exc)
        try:
            data = pickle.dumps(answer)
        except Exception as exc:  # an exception that cannot travel
            data = pickle.dumps((False, Stopped(f"failed: {exc}")))
        with os.fdopen(result_w, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)


def _ceiling() -> None:
    """A memory ceiling in the child when the parent has none (a watch, a preview, a test)."""
    try:
        import resource
    except ImportError:  # pragma: no cover
        return
    kind = getattr(resource, "RLIMIT_DATA", None)
    if kind is not None and resource.getrlimit(kind)[0] == resource.RLIM_INFINITY:
        set_memory_ceiling(DEFAULT_MEMORY_MB)


def _time_left() -> float:
    """What the running time limit (an ``ITIMER_REAL`` alarm) has left, less ``MARGIN``."""
    left = signal.getitimer(signal.ITIMER_REAL)[0] if hasattr(signal, "getitimer") else 0.0
    if left <= 0:
        return DEFAULT_SECONDS
    return left - MARGIN if left > 2 * MARGIN else left


def _collect(result_r: int, err_r: int, deadline: float) -> tuple[bytes, bytes]:
    """Everything the child writes on both pipes until it closes them; TimeoutError past the deadline."""
    chunks: dict[int, list[bytes]] = {result_r: [], err_r: []}
    kept = 0
    open_fds = [result_r, err_r]
    while open_fds:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        # In slices: a time limit in a thread other than the main one (a Dask worker's) is an
        # exception raised between two bytecodes, which a long select would hold back.
        ready, _, _ = select.select(open_fds, [], [], min(left, POLL))
        for fd in ready:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                open_fds.remove(fd)
            elif fd == result_r:
                chunks[fd].append(chunk)
            elif kept < STDERR_KEPT:
                chunks[fd].append(chunk)
                kept += len(chunk)
    return b"".join(chunks[result_r]), b"".join(chunks[err_r])[:STDERR_KEPT]


def _reap(pid: int) -> int:
    """The child's wait status, killing it first if it is still running."""
    with contextlib.suppress(ProcessLookupError):
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        return os.waitpid(pid, 0)[1]
    return 0


def _death(status: int) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"crashed ({name})"
    return f"stopped without an answer (exit status {os.WEXITSTATUS(status)})"


def _said(stderr: bytes) -> str:
    """A Rust panic's message, which says what the library did not accept (``panicked at 'message',
    file`` before Rust 1.73, ``panicked at file:`` and the message on the next line since)."""
    from ..clean_text import shown

    lines = stderr.decode("utf-8", "replace").splitlines()
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
