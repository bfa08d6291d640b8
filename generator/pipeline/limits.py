"""Resource limits for rendering: a wall-clock limit and a memory ceiling.

A pathological document (a table of 100,000 rows, a block that cannot be
broken across pages) must end with a message naming the document, not a
hang or the machine swapping. Both limits apply inside the process that
renders: worker processes, or the main thread of a watch session.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

from ..errors import BuildError

#: Default seconds one document may take in one format.
DEFAULT_TIMEOUT = 120
#: Default memory ceiling of a rendering worker, in MiB.
DEFAULT_MEMORY_MB = 2048


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so library code cannot swallow it."""


@contextlib.contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    usable = seconds and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable or seconds is None:
        yield
        return

    expired = []

    def expire(signum, frame):
        expired.append(True)
        raise _Expired()

    message = (
        f"{what} took longer than {seconds:g} s and was stopped. Look for a very long "
        "table or list, or a block that cannot break across pages; raise the limit "
        "with --timeout if the document is really that large."
    )
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
