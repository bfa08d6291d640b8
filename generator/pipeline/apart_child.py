"""The child's side of ``pipeline.apart``: a fresh interpreter that answers one call after another.

The child is started by exec (``python -I -c``), not forked. A process forked
while another of its threads holds a lock has a child that waits for that
lock for ever, and the processes that draw have such threads: Pango sorts
fonts in threads of its own that outlive the drawing which started them
(holding fontconfig's lock), cffi and the loader hold theirs while a library
opens, a Dask worker or a preview server has threads of its own. A fresh
interpreter inherits no lock, no module state and no file of its parent's
but the pipes it is given.

It imports the standard library and ``orphans`` only; a call's module is
imported when the call is read (``generator.drawing.svg_png`` for a
picture), so it must not be one that imports much (the writers' package
would load pydantic, 0.3 s a child).

Messages both ways are length-prefixed pickles. A request is two: *path*,
then ``(call, args)``; *path*, when not None, is the parent's ``sys.path``
as it is now (a call's module may come from a folder the parent added since
the child started).
An answer is ``(CPU seconds used so far, pickle((ok, result or exception)))``.
"""

from __future__ import annotations

import io
import os
import pickle
import signal
import struct
import sys

#: The length before each message.
LENGTH = struct.Struct(">Q")


class Stopped(Exception):
    """The call was stopped, crashed or could not be made; the message says which."""


def command(request_r: int, answer_w: int, parent: int, by_main_thread: bool) -> list[str]:
    """The command that starts a child reading requests from *request_r* and answering on
    *answer_w* (descriptors it inherits), in this interpreter with this ``sys.path``.

    ``-I``: no environment variable (``PYTHONPATH``, ``PYTHONSTARTUP``), no user site
    folder and not the working folder changes what the child imports; the parent's own
    ``sys.path`` is given instead, so that it imports what the parent would.
    """
    boot = "import sys; sys.path[:] = sys.argv[5:]; from generator.pipeline import apart_child; apart_child.main()"
    numbers = (request_r, answer_w, parent, int(by_main_thread))
    return [sys.executable, "-I", "-c", boot, *map(str, numbers), *sys.path]


def main() -> None:  # pragma: no cover - runs in the child
    """Answer requests until the request pipe ends; never return (``os._exit``)."""
    request_r, answer_w, parent, by_main_thread = (int(word) for word in sys.argv[1:5])
    status = 70
    try:
        # Ctrl-C is the parent's to handle; the parent stops the child if it must.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        from .orphans import die_with_parent

        die_with_parent(parent, forked_by_main_thread=bool(by_main_thread), watch=True)
        _ceiling()
        import resource

        while True:
            request = read_frame(request_r)
            if request is None:
                break
            answer = _answer(request)
            used = resource.getrusage(resource.RUSAGE_SELF)
            data = pickle.dumps((used.ru_utime + used.ru_stime, answer))
            write_all(answer_w, LENGTH.pack(len(data)) + data)
        status = 0
    finally:
        os._exit(status)


def _answer(request: bytes) -> bytes:
    """``pickle((ok, value))`` of the request's call: its result, or the exception it raised."""
    try:
        stream = io.BytesIO(request)
        path = pickle.load(stream)
        if path is not None:  # before the call is read: reading it imports its module
            sys.path[:] = path
        call, args = pickle.load(stream)
        answer = (True, call(*args))
    except MemoryError:
        answer = (False, Stopped("ran out of memory"))
    except Exception as exc:  # handed to the parent, which raises it
        answer = (False, exc)
    try:
        return _plainly_pickled(answer)
    except Exception as exc:  # an exception that cannot travel
        return _plainly_pickled((False, Stopped(f"failed: {exc}")))


def _plainly_pickled(answer) -> bytes:
    """The answer pickled by the standard reductions only, whatever a library registered.

    tblib (which Dask loads, in a worker and in any process that ran one) registers
    its own reduction for every exception class, sending the traceback and the chained
    exceptions along: a drawing error raised from CairoSVG's RecursionError then failed
    to pickle ("maximum recursion depth exceeded while pickling"), and an exception the
    parent cannot rebuild came back as itself instead of as an answer that cannot be read.
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {}  # not copyreg's, where such registrations go
    pickler.dump(answer)
    return buffer.getvalue()


def _ceiling() -> None:  # pragma: no cover - runs in the child
    """A memory ceiling when the parent has none (a watch, a preview, a test); under the
    parent's (a worker's), the child has inherited it."""
    try:
        import resource
    except ImportError:
        return
    kind = getattr(resource, "RLIMIT_DATA", None)
    if kind is not None and resource.getrlimit(kind)[0] == resource.RLIM_INFINITY:
        from .limits import DEFAULT_MEMORY_MB, set_memory_ceiling

        set_memory_ceiling(DEFAULT_MEMORY_MB)


def read_frame(fd: int) -> bytes | None:
    """One length-prefixed message, or None where the pipe ends first."""
    head = _read_exactly(fd, LENGTH.size)
    if head is None:
        return None
    return _read_exactly(fd, LENGTH.unpack(head)[0])


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
