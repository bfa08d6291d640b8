"""Resource limits for rendering: a wall-clock limit and a memory ceiling.

A pathological document (a table of 100,000 rows, a block that cannot be
broken across pages) must end with a message naming the document, not a
hang or the machine swapping. Both limits apply inside the process that
renders: worker processes, the main thread of a watch session, or a
thread of a Dask worker (the time limit only).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

from ..errors import BuildError

T = TypeVar("T")

#: Default seconds one document may take in one format.
DEFAULT_TIMEOUT = 120
#: Default memory ceiling of a rendering worker, in MiB.
DEFAULT_MEMORY_MB = 2048


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so library code cannot swallow it.

    Each block raises its own subclass carrying its message (:func:`_stop_for`): a stop that
    arrives in the instant the block ends can surface just outside it (in the ``with``
    statement's own exit), where :func:`run_within` still turns it into the block's error.
    """

    message = ""


def _stop_for(message: str) -> type[_Expired]:
    return type("_Expired", (_Expired,), {"message": message})


def run_within(seconds: float | None, what: str, call: Callable[[], T], hint: str = "") -> T:
    """``call()`` under :func:`time_limit`: the way the build runs a writer, a template or a
    schema check, so that no stop ever leaves as anything but a BuildError naming *what*.
    *hint* says where to look, which depends on the work stopped (a writer's layout, a template)."""
    try:
        with time_limit(seconds, what, hint):
            return call()
    except _Expired as stop:
        message = stop.message or _expired_message(seconds or 0, what, hint)
    except BuildError as error:
        # The stop it was raised for is its context: a worker pickles the error back to the
        # build, and with tblib loaded (Dask loads it) the context goes too, and a block's
        # own stop class cannot be pickled: the pool broke and the build blamed memory.
        if isinstance(error.__context__, _Expired):
            error.__context__ = None
        raise
    raise BuildError(message)  # outside the handler: no stop chained to it


#: Where to look when a writer's layout is stopped.
LAYOUT_HINT = "Look for a very long table or list, or a block that cannot break across pages."
#: Where to look when a template's rendering is stopped.
TEMPLATE_HINT = "Look for a loop in the template that does not end or runs over a very large list."


def _expired_message(seconds: float, what: str, hint: str = "") -> str:
    return (
        f"{what} took longer than {seconds:g} s and was stopped. {hint + ' ' if hint else ''}"
        "Raise the limit with --timeout if the work is really that large."
    )


@contextlib.contextmanager
def time_limit(seconds: float | None, what: str, hint: str = "") -> Iterator[None]:
    """Stop the block with a BuildError naming *what* after *seconds* (the build calls it
    through :func:`run_within`, which also catches a stop that lands as the block ends).

    In the main thread, with an alarm signal. Elsewhere (a Dask worker runs
    each task in a thread of its own, where no signal can be delivered) a
    timer raises the same stop in the block's thread (:func:`_thread_time_limit`).
    Either way the stop arrives between two steps of Python code, which is
    where layout and templating spend their time; a single C call that never
    returns is not interrupted.
    """
    if not seconds:
        yield
        return
    if not (hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()):
        with _thread_time_limit(seconds, what, hint):
            yield
        return

    expired = []
    message = _expired_message(seconds, what, hint)
    stop = _stop_for(message)

    def expire(signum, frame):
        expired.append(True)
        raise stop()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))
    try:
        yield
    except _Expired:
        raise BuildError(message) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:
        # Some libraries catch BaseException (WeasyPrint does around SVG
        # drawing): the stop was swallowed, but the limit still applies.
        raise BuildError(message)


@contextlib.contextmanager
def _thread_time_limit(seconds: float, what: str, hint: str = "") -> Iterator[None]:
    """The time limit in a thread other than the main one: a timer thread raises
    :class:`_Expired` in this one (CPython's ``PyThreadState_SetAsyncExc``).

    A stop requested just as the block ends is withdrawn before it can be
    delivered to whatever the thread runs next (a Dask worker's next task).
    Where the interpreter cannot raise in another thread, no limit applies.
    """
    import ctypes

    set_async_exc = getattr(getattr(ctypes, "pythonapi", None), "PyThreadState_SetAsyncExc", None)
    if set_async_exc is None:  # pragma: no cover - not CPython
        yield
        return
    thread = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"inside": True, "fired": False}
    message = _expired_message(seconds, what, hint)
    stop = _stop_for(message)

    def expire() -> None:
        with lock:
            if state["inside"]:
                state["fired"] = True
                set_async_exc(thread, ctypes.py_object(stop))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    try:
        try:
            timer.start()
            yield
        finally:
            timer.cancel()
            with lock:
                state["inside"] = False
                if state["fired"]:
                    set_async_exc(thread, None)  # withdraw it, if not delivered yet
    except _Expired:
        raise BuildError(message) from None
    if state["fired"]:
        raise BuildError(message)  # delivered and swallowed by a library, as above


def _data_in_use() -> int | None:
    """Bytes of this process's data segment (what RLIMIT_DATA counts), or None off Linux."""
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


@contextlib.contextmanager
def memory_ceiling(megabytes: int | None, what: str) -> Iterator[None]:
    """Let the block allocate at most ``megabytes`` more; MemoryError past it.

    For templating, which runs in the build's own process: a template that
    doubles a text forty times would otherwise take the machine's memory in
    a few C calls the time limit cannot interrupt. The soft limit is raised
    back afterwards (the hard limit is never touched).
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        resource = None  # type: ignore[assignment]
    used = _data_in_use()
    if not megabytes or resource is None or used is None or not hasattr(resource, "RLIMIT_DATA"):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    ceiling = used + megabytes * 1024 * 1024
    for limit in (soft, hard):
        if limit != resource.RLIM_INFINITY:
            ceiling = min(ceiling, limit)
    resource.setrlimit(resource.RLIMIT_DATA, (ceiling, hard))
    try:
        yield
    except MemoryError:
        raise BuildError(
            f"{what} needed more than {megabytes} MB (--memory-limit) and was stopped. "
            "Look for a loop that builds a very long text."
        ) from None
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


def set_memory_ceiling(megabytes: int | None) -> None:
    """Let this process allocate at most ``megabytes`` more; MemoryError past it.

    RLIMIT_DATA (heap and private mappings) rather than RLIMIT_AS: a process
    with Pango and HarfBuzz loaded maps hundreds of megabytes of shared
    libraries and thread stacks it never uses, and capping address space
    makes thread creation fail long before real memory runs short.
    """
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    kind = getattr(resource, "RLIMIT_DATA", resource.RLIMIT_AS)
    # On top of what the process already holds: a worker forked from a large
    # parent (a long watch or preview, a test run) counts the parent's heap
    # as its own, and an absolute ceiling would leave it no room at all.
    limit = (_data_in_use() or 0) + megabytes * 1024 * 1024
    soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(kind, (limit, hard))
